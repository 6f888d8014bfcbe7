// SPDX-License-Identifier: GPL-2.0-only
/**
 * Prediction versus a real boot: compares a SimulationResult with what a kernel printed and
 * exposed (the oracle's `observed` record, or the same facts read from a boot log). Pure.
 */
import type { GranuleHistogram, SimulationResult } from '../engine/index.js'
import { rangeText } from '../rules/common.js'

/** The facts of a real boot that the engine predicts (a subset of the oracle's `observed`). */
export interface ObservedBoot {
  /**
   * `Crash kernel` entries of /proc/iomem (inclusive ends), or the printed reservations.
   * `mib`: read from a line that prints base and size in whole MiB, rounded down (x86 ≤6.6
   * "Reserving %ldMB of memory at %ldMB"), so a prediction is compared at that granularity.
   */
  crashRanges?: Array<{ start: bigint; end: bigint; kind: 'main' | 'low'; mib?: true }>
  /** Parsed "Zone ranges:" (null = empty). */
  zoneRanges?: Record<string, { start: bigint; end: bigint } | null> | undefined
  /**
   * The "Zone ranges:" … "Initmem setup node" block as printed (free_area_init(),
   * mm/mm_init.c), without timestamps: the zones and the early memory node ranges.
   */
  zoneLines?: string[] | undefined
  /** The kernel's crash-kernel messages, without timestamps. */
  crashLines?: string[]
  /** arm64 linear-map bytes per granule, where the page tables were walked. */
  linearMap?: Record<string, number>
  /** Bytes per granule inside each crash range. */
  crashMapping?: Array<Record<string, number>>
  /** x86 DirectMap counters in kB. */
  directMapKb?: Record<string, number> | undefined
  /**
   * Whether init ran: false, the boot hung or died first, so nothing else was observed;
   * true, the boot got that far; absent, the source does not say.
   */
  initCompleted?: boolean | undefined
  /**
   * How a boot that never reached init stopped, where its log shows it: `fault`, the kernel's
   * last words (an early exception, a BUG, an oops, a panic; `fn` the function its RIP or pc
   * line names); `endless-retry`, the crash reservation's memblock_phys_alloc_range() line
   * over and over (memblock=debug) as the kernel retries one window for ever. Absent: the
   * source does not say (a silent log may be either).
   */
  stopped?: { kind: 'fault'; line: string; fn?: string } | { kind: 'endless-retry'; line: string }
  /**
   * A boot that got past the crash reservation and then died in setup_arch(), before
   * start_kernel() printed "Kernel command line:", or in x86's init_real_mode(), an early
   * initcall after it: the kernel's last words and the function its RIP or pc line names
   * (SimulationResult.panic is the model's). Absent: it did not, or the source does not say.
   */
  panicAfterReservation?: { line: string; fn?: string }
}

/**
 * The lines a kernel stops with before user space: x86's early exception handler (before the
 * IDT is up: it halts), a BUG, an oops (x86's "BUG: kernel NULL pointer dereference", arm64's
 * "Unable to handle kernel …") or a panic. test/boots/early-params has each; test/boots/ubuntu's
 * earlyprintk boots the x86 NULL dereference after the crash reservation.
 */
const BOOT_STOPPED = /^(PANIC: early exception |kernel BUG at |BUG: kernel NULL pointer dereference|Unable to handle kernel |Kernel panic - not syncing: )/

/** A fault's RIP (x86) or pc (arm64, riscv64: `epc :`) line, up to what it names. */
const FAULT_LINE = /^(?:RIP: [0-9a-f]{4}:|pc : |epc : )/
const SYMBOL_AT = /^([A-Za-z0-9_.]+)\+0x/
const HEX = /^[0-9a-f]+$/

/**
 * The function a fault's RIP or pc line names, past an address in front of it (`[<…>]`, or
 * hex digits and a space). Read in steps, not one pattern: an address and a name share
 * characters, and a pattern trying every split of a long run of them is quadratic.
 *
 * @example
 * faultFunction('RIP: 0010:parse_option_str+0x10/0xa0') // → 'parse_option_str'
 */
function faultFunction(line: string): string | undefined {
  const m = FAULT_LINE.exec(line)
  if (!m) return undefined
  let rest = line.slice(m[0].length)
  if (rest.startsWith('[<')) {
    const end = rest.indexOf('>]')
    if (end < 0) return undefined
    rest = rest.slice(end + 2).trimStart()
  } else {
    const space = rest.indexOf(' ')
    if (space > 0 && HEX.test(rest.slice(0, space))) rest = rest.slice(space + 1)
  }
  return SYMBOL_AT.exec(rest)?.[1]
}

/**
 * memblock=debug's line for a crash-kernel allocation (memblock_phys_alloc_range(), called
 * from reserve_crashkernel*()): size, window and caller. The same line this many times is
 * the reservation retrying one window for ever (a boot prints a window once or twice: the
 * retries that end move to another window).
 */
const CRASH_ALLOC = /^memblock_phys_alloc_range: \d+ bytes .* reserve_crashkernel/
const ENDLESS_RETRY_REPEATS = 8

/**
 * How a boot that never reached init stopped, as its kernel lines show it ({@link ObservedBoot}
 * `stopped`), timestamps removed: read alike from a boot log's first boot (verify) and from
 * the lines an oracle case kept of its boot (run-case.ts observedBoot()).
 *
 * @returns undefined where the lines show neither a fault nor the endless retry
 */
export function stoppedFromLines(lines: readonly string[]): ObservedBoot['stopped'] {
  const at = lines.findIndex((l) => BOOT_STOPPED.test(l))
  if (at >= 0) {
    // The RIP or pc line of the fault's own register dump follows its first line; an earlier
    // warning's dump names another function. A log without one after it names the first.
    let fn: string | undefined
    for (let i = at; i < lines.length && fn === undefined; i++) fn = faultFunction(lines[i]!)
    for (let i = 0; i < at && fn === undefined; i++) fn = faultFunction(lines[i]!)
    return { kind: 'fault', line: lines[at]!, ...(fn !== undefined && { fn }) }
  }
  const seen = new Map<string, number>()
  for (const l of lines) {
    if (!CRASH_ALLOC.test(l)) continue
    const n = (seen.get(l) ?? 0) + 1
    if (n >= ENDLESS_RETRY_REPEATS) return { kind: 'endless-retry', line: l }
    seen.set(l, n)
  }
  return undefined
}

export interface Difference {
  /**
   * `acpi`: how an arm64 kernel ran, ACPI or a device tree; `line`: another message the
   * kernel printed with other values (verify only: src/verify/index.ts).
   */
  what: 'crash' | 'zones' | 'dmesg' | 'linear-map' | 'direct-map' | 'acpi' | 'line'
  expected: string
  predicted: string
  /** Where in the log the kernel printed `expected` (1-based line and column; verify only). */
  at?: { line: number; column: number }
}

const hex = (x: bigint): string => '0x' + x.toString(16)

/** Lines of a crash-kernel dmesg selection that are the kernel's own reservation messages. */
export function isCrashMessage(line: string): boolean {
  if (/^(Kernel command line|Command line):/.test(line)) return false
  if (/^\s/.test(line)) return false // x86 echoes the command line in indented pieces
  if (/^memblock_/.test(line)) return false // memblock=debug request lines
  // An initcall's, not the reservation's: reserve_crashkernel_cma() names every area
  // "crashkernel" (kernel/crash_reserve.c@v7.3.4:488-489), cma_sysfs_init() gives each area a
  // directory of its name (mm/cma_sysfs.c@v7.3.4:132-133), so from a second area on sysfs
  // warns of the duplicate (fs/sysfs/dir.c@v7.2.13:29) and kobject_add_internal() fails
  // (lib/kobject.c@v7.3.4:248): releases/amd64-7.3.4-q35-4G-ckcma.short.log.gz.
  if (/^(sysfs|kobject): /.test(line)) return false
  return /crash ?kernel/i.test(line)
}

/** Strip the printk timestamp "[    0.000000] ". */
export const stripTimestamp = (line: string): string => line.replace(/^\[\s*\d+\.\d+\]\s/, '')

function fmtRanges(r: Array<{ start: bigint; end: bigint; kind: string }>): string {
  return r.length ? r.map((x) => `${x.kind} ${hex(x.start)}-${hex(x.end)}`).join(', ') : 'none'
}

function histogramText(h: Record<string, number | bigint>): string {
  const keys = Object.keys(h).filter((k) => Number(h[k]) !== 0).sort()
  return keys.length ? keys.map((k) => `${k}=${h[k]}`).join(' ') : 'none'
}

/**
 * KFENCE unmaps the data page of each object freed at run time, which no boot-time model can
 * know. When the walked map differs from the prediction only by fewer base pages, and by no
 * more than the pages KFENCE may unmap, the prediction is taken as the walked one.
 */
export function kfenceAdjusted(lm: NonNullable<SimulationResult['linearMap']>, walked: Record<string, number | bigint>): Record<string, bigint> {
  const h = { ...lm.histogram }
  const key = Object.keys(h).find((k) => /^(4K|16K|64K)$/.test(k))
  if (!key || !lm.kfenceRuntimeUnmappablePages) return h
  const page = key === '4K' ? 4096n : key === '16K' ? 16384n : 65536n
  const missing = h[key]! - BigInt(walked[key] ?? 0)
  const othersEqual = Object.keys({ ...h, ...walked }).every((k) => k === key || BigInt(walked[k] ?? 0) === (h[k] ?? 0n))
  if (othersEqual && missing >= 0n && missing % page === 0n && missing / page <= BigInt(lm.kfenceRuntimeUnmappablePages)) h[key] = h[key]! - missing
  return h
}

/**
 * The DirectMap counters with 0 … n further 2M→4K splits: the page allocator decides where
 * the first BPF JIT image lands, so a running system may show up to n more split 2M pages.
 */
function directMapAfterRuntimeSplits(dm: Record<string, number>, n: number): Array<Record<string, number>> {
  return Array.from({ length: n + 1 }, (_, k) => ({ ...dm, DirectMap2M: dm['DirectMap2M']! - 2048 * k, DirectMap4k: dm['DirectMap4k']! + 2048 * k }))
}

/** Compare one simulation with one observed boot; [] means the model agrees. */
export function compareWithBoot(sim: SimulationResult, obs: ObservedBoot): Difference[] {
  const out: Difference[] = []
  if (obs.initCompleted === false) {
    // A boot that never reached init left no /proc/iomem and no zone block to compare; the
    // one prediction that matches it is the engine's own 'hang', or a panic after the
    // reservation where the log shows none (no crashkernel=, so no line to be past).
    const ck = sim.crashkernel
    const stop = obs.stopped
    if (sim.panic && stop?.kind === 'fault' && (stop.fn === sim.panic.fn || stop.fn === 'free_area_init')) return out
    if (ck.kind !== 'hang') {
      out.push({ what: 'crash', expected: 'boot hang (init never ran)', predicted: ck.kind })
      return out
    }
    // Both hang; where the log says how, the model's cause must be the same: a fault in an
    // early parameter's handler (in the function the log names), or the retry loop.
    if (stop === undefined) return out
    const predicted = ck.cause === 'early-param' ? `boot stops at "${ck.param}": ${ck.fault} in ${ck.at}` : `boot hangs: the crash reservation retries the ${ck.window.size === 0n ? 'empty' : 'same'} window ${rangeText(ck.window)} for ever`
    const expected = stop.kind === 'fault' ? `boot stopped: ${stop.line}${stop.fn === undefined ? '' : ` (in ${stop.fn})`}` : `boot hangs in the crash reservation's retry loop: ${stop.line}`
    const same = ck.cause === 'early-param' ? stop.kind === 'fault' && (stop.fn === undefined || ck.fn === stop.fn) : stop.kind === 'endless-retry'
    if (!same) out.push({ what: 'crash', expected, predicted })
    return out
  }
  if (obs.initCompleted === true && sim.crashkernel.kind === 'hang') {
    // Both sides may show no crash range, yet the one boot ran init and the other never would.
    out.push({ what: 'crash', expected: 'boot completed (init ran)', predicted: 'hang' })
  }
  // A panic after the reservation: the crash range is compared as usual (the kernel printed
  // it), and whether the boot went on must agree too. The function memmap_init() faults in is
  // named as such, or as its caller free_area_init() where the build inlined it (Ubuntu's 5.13
  // and 5.14).
  const died = obs.panicAfterReservation
  const predictedPanic = sim.panic && `boot panics after the reservation in ${sim.panic.fn} (${sim.panic.cause === 'node-without-pgdat' ? `NUMA node ${sim.panic.nid} without a pg_data_t` : 'no real-mode trampoline'})`
  if (died && !sim.panic) out.push({ what: 'crash', expected: `boot panics after the reservation: ${died.line}${died.fn === undefined ? '' : ` (in ${died.fn})`}`, predicted: sim.crashkernel.kind === 'hang' ? 'hang' : 'the boot goes on' })
  else if (died && sim.panic && died.fn !== undefined && died.fn !== sim.panic.fn && died.fn !== 'free_area_init') out.push({ what: 'crash', expected: `boot panics after the reservation: ${died.line} (in ${died.fn})`, predicted: predictedPanic! })
  else if (!died && predictedPanic && obs.initCompleted === true) out.push({ what: 'crash', expected: 'boot completed (init ran)', predicted: predictedPanic })
  if (obs.crashRanges) {
    const predicted: Array<{ start: bigint; end: bigint; kind: 'main' | 'low' }> = []
    if (sim.crashkernel.kind === 'reserved') {
      const { main, low } = sim.crashkernel
      if (low) predicted.push({ kind: 'low', start: low.base, end: low.base + low.size - 1n })
      predicted.push({ kind: 'main', start: main.base, end: main.base + main.size - 1n })
    }
    const sort = (a: { start: bigint }, b: { start: bigint }) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)
    // A region the log gives in whole MiB is compared as the kernel printed it: base and size
    // each rounded down to MiB (>> 20).
    const inMib = new Set(obs.crashRanges.filter((r) => r.mib).map((r) => r.kind))
    const asPrinted = (r: { start: bigint; end: bigint; kind: 'main' | 'low' }) => {
      if (!inMib.has(r.kind)) return r
      const start = (r.start >> 20n) << 20n
      return { kind: r.kind, start, end: start + (((r.end + 1n - r.start) >> 20n) << 20n) - 1n }
    }
    const e = fmtRanges([...obs.crashRanges].sort(sort))
    const p = fmtRanges(predicted.sort(sort))
    if (e !== fmtRanges(predicted.map(asPrinted))) {
      out.push({ what: 'crash', expected: e + (inMib.size > 0 ? ' (printed in MiB)' : ''), predicted: p + (sim.crashkernel.kind !== 'reserved' ? ` (${sim.crashkernel.kind})` : '') })
    }
  }
  if (obs.zoneRanges) {
    const predicted: Record<string, string> = {}
    for (const z of sim.zones) predicted[z.name] = z.start === null ? 'empty' : `${hex(z.start)}-${hex(z.end!)}`
    const expected: Record<string, string> = {}
    for (const [k, v] of Object.entries(obs.zoneRanges)) expected[k] = v === null ? 'empty' : `${hex(v.start)}-${hex(v.end)}`
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(predicted)])].filter((k) => k !== 'Movable')
    const e = keys.map((k) => `${k} ${expected[k] ?? '-'}`).join('; ')
    const p = keys.map((k) => `${k} ${predicted[k] ?? '-'}`).join('; ')
    if (e !== p) out.push({ what: 'zones', expected: e, predicted: p })
  }
  if (obs.zoneLines && !out.some((d) => d.what === 'zones')) {
    // The ranges agree (or were not given): the block as printed must too, to the byte
    // (column widths, "empty", the node ranges memblock.memory gives).
    const e = obs.zoneLines
    const p = sim.zoneLines
    const i = e.findIndex((line, k) => line !== p[k])
    const at = i === -1 ? e.length : i
    if (i !== -1 || p.length !== e.length) out.push({ what: 'zones', expected: `Zone ranges block, line ${at + 1}: ${e[at] ?? '(end of block)'}`, predicted: `Zone ranges block, line ${at + 1}: ${p[at] ?? '(end of block)'}` })
  }
  if (obs.crashLines) {
    const e = obs.crashLines.filter(isCrashMessage)
    const p = sim.trace.filter((t) => t.source === 'crashkernel').map((t) => t.text).filter(isCrashMessage)
    if (e.join('\n') !== p.join('\n')) out.push({ what: 'dmesg', expected: e.join(' | ') || 'none', predicted: p.join(' | ') || 'none' })
  }
  if (obs.linearMap && sim.linearMap) {
    const e = histogramText(obs.linearMap)
    const p = histogramText(kfenceAdjusted(sim.linearMap, obs.linearMap))
    if (e !== p) out.push({ what: 'linear-map', expected: e, predicted: p })
    if (obs.crashMapping) {
      const ec = obs.crashMapping.map(histogramText).join(' / ')
      const pc = sim.linearMap.crashHistogram.map((h: GranuleHistogram) => histogramText(h)).join(' / ')
      if (ec !== pc) out.push({ what: 'linear-map', expected: `crash ${ec}`, predicted: `crash ${pc}` })
    }
  } else if (obs.linearMap && !sim.linearMap) {
    out.push({ what: 'linear-map', expected: histogramText(obs.linearMap), predicted: 'not simulated' })
  }
  // No counters simulated: arm64 and riscv64 print none, and x86 with fake NUMA nodes takes
  // splits per node after boot the model does not follow (numa=fake=: test/boots/numa-fake).
  if (obs.directMapKb && sim.directMapKb) {
    const dm = sim.directMapKb
    const e = histogramText(obs.directMapKb)
    const candidates = dm ? directMapAfterRuntimeSplits(dm, sim.directMapRuntimeSplits2M ?? 0).map(histogramText) : []
    if (!candidates.includes(e)) out.push({ what: 'direct-map', expected: e, predicted: candidates[0] ?? 'not simulated' })
  }
  return out
}
