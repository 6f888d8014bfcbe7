// SPDX-License-Identifier: GPL-2.0-only
/** Findings, layouts and reports built by hand for the reporter tests. */
import type { CrashkernelOutcome, MemblockRegionSnapshot, SimulationResult, TraceEvent } from '../../src/engine/index.js'
import type { Finding, LayoutReport, Report, Severity } from '../../src/report/types.js'

const GiB = 1n << 30n
const MiB = 1n << 20n
export { GiB, MiB }

/** A finding on line `line` of `file` (defaults: SC002 in m.json). */
export function finding(line: number, severity: Severity, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'SC002',
    ruleName: 'schema-violation',
    severity,
    messageId: 'other',
    message: `problem at line ${line}`,
    data: {},
    file: 'm.json',
    pointer: `/boards/${line}`,
    location: { file: extra.file ?? 'm.json', line, column: 3, endLine: line, endColumn: 9, offset: line * 100, length: 6 },
    evidence: [],
    docsUrl: 'https://example.invalid/SC002.md',
    ...extra,
  }
}

export function report(findings: Finding[], layouts: LayoutReport[] = [], files = ['m.json']): Report {
  const counts = { error: 0, warning: 0, note: 0, suppressed: 0 }
  for (const f of findings) f.suppressed ? counts.suppressed++ : counts[f.severity]++
  return { tool: { name: 'crashkernel-check', version: '0.1.0' }, files, findings, layouts, counts }
}

export interface SimOptions {
  memory: Array<[bigint, bigint]>
  reserved?: MemblockRegionSnapshot[]
  crashkernel?: CrashkernelOutcome
  zones?: SimulationResult['zones']
  lowMax?: bigint
  trace?: TraceEvent[]
}

/** A SimulationResult with only the fields the reporters read filled in meaningfully. */
export function sim(o: SimOptions): SimulationResult {
  return {
    arch: 'arm64',
    kernel: '6.12.117',
    policy: 'arm64-6.12.117',
    crashkernel: o.crashkernel ?? { kind: 'not-requested' },
    request: { present: o.crashkernel !== undefined },
    zones: o.zones ?? [],
    zoneLines: [],
    zoneLinesAt: 0,
    lowMax: o.lowMax ?? 1n << 32n,
    highMax: 1n << 48n,
    systemRam: o.memory.reduce((s, [, size]) => s + size, 0n),
    memory: o.memory.map(([base, size]) => ({ base, size, flags: 0 })),
    reserved: o.reserved ?? [],
    protection: { available: true, why: '' },
    trace: o.trace ?? [],
  }
}

export function layout(boardId: string, layoutName: string, result: SimulationResult, extra: Partial<LayoutReport> = {}): LayoutReport {
  return { file: 'm.json', boardId, layoutName, kernel: result.kernel, pointer: '/boards/0', result, ...extra }
}
