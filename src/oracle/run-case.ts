// SPDX-License-Identifier: GPL-2.0-only
/**
 * One oracle case end to end: its input as a board, decoded to a layout, simulated, and
 * compared with its observed boot. Pure (the caller reads the file).
 */
import { simulate, type SimulationResult } from '../engine/index.js'
import { caseToBoard, type OracleInput } from './case-board.js'
import { compareWithBoot, stoppedFromLines, stripTimestamp, type Difference, type ObservedBoot } from './compare.js'
import { boardToLayouts } from './decode-board.js'

export interface OracleCase {
  id: string
  input: OracleInput & Record<string, unknown>
  observed: Record<string, unknown>
}

export interface OracleCaseResult {
  ok: boolean
  differences: Difference[]
  error?: string
  result?: SimulationResult
}

const big = (s: string): bigint => BigInt(s)

/** The facts of `observed` the engine predicts. */
export function observedBoot(o: Record<string, any>): ObservedBoot {
  const zoneRanges: ObservedBoot['zoneRanges'] = {}
  for (const [k, v] of Object.entries(o.zone_ranges ?? {})) {
    zoneRanges[k] = v === 'empty' ? null : { start: big((v as any).start), end: big((v as any).end) }
  }
  const walk = o.linear_map_walk
  // How a boot that never reached init stopped, read as verify reads it from a log: from the
  // lines the case kept, the kernel's last words among its problem lines and memblock=debug's
  // crash kernel allocations among its crash kernel lines (they name reserve_crashkernel*()).
  const stopped = o.init_completed === false ? stoppedFromLines([...(o.dmesg_problem_lines ?? []), ...(o.dmesg_crash_lines ?? [])].map(stripTimestamp)) : undefined
  return {
    crashRanges: (o.crash_ranges ?? []).map((r: any) => ({ start: big(r.start), end: big(r.end), kind: r.kind })),
    zoneRanges: o.zone_ranges ? zoneRanges : undefined,
    zoneLines: o.init_completed === false || !o.dmesg_zone_lines ? undefined : o.dmesg_zone_lines.map(stripTimestamp),
    crashLines: (o.dmesg_crash_lines ?? []).map(stripTimestamp),
    linearMap: walk?.linear_map_bytes_by_granule,
    crashMapping: walk?.crash_ranges_mapping?.map((c: any) => c.mapped_bytes_by_granule ?? {}),
    directMapKb: o.directmap_kB ?? undefined,
    initCompleted: typeof o.init_completed === 'boolean' ? o.init_completed : undefined,
    ...(stopped && { stopped }),
  }
}

export function runOracleCase(c: OracleCase): OracleCaseResult {
  try {
    const layouts = boardToLayouts(caseToBoard(c.input))
    if (layouts.length !== 1) return { ok: false, differences: [], error: `expected one layout, got ${layouts.length}` }
    const result = simulate(layouts[0]!)
    const differences = compareWithBoot(result, observedBoot(c.observed))
    return { ok: differences.length === 0, differences, result }
  } catch (e) {
    return { ok: false, differences: [], error: e instanceof Error ? e.message : String(e) }
  }
}
