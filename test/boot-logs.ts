// SPDX-License-Identifier: GPL-2.0-only
/**
 * Checks of a simulation against a boot's serial log that the oracle's `observed` does not
 * carry: the dmesg lines, the memblock dump that memblock=debug prints after the crash
 * reservation, and the linear map of an arm64 page-table dump.
 */
import type { Layout, SimulationResult } from '../src/engine/index.js'
import { sizeKey } from '../src/engine/arm64/mmu-fast.js'
import { normalizeLine, shortJournal } from '../src/import/bootlog.js'

/**
 * The lines of a simulation's trace that appear nowhere in the log (timestamps and console
 * prefixes removed as the importer removes them): the engine's trace is the kernel's own
 * wording, so every line it has must be one that kernel printed.
 */
export function linesNotPrinted(result: Pick<SimulationResult, 'trace'>, log: string): string[] {
  const lines = log.split('\n')
  const journal = shortJournal(lines) !== undefined
  const printed = new Set(lines.map((l) => normalizeLine(l, { shortJournal: journal }).text.trimEnd()))
  return result.trace.map((t) => t.text.trimEnd()).filter((t) => !printed.has(t))
}

/**
 * The lines of `model` (in the model's order) that the log's first boot printed out of that
 * order: each line is looked for after the one before it; a line the log has only earlier is
 * out of order (`after` names the line it should have followed). Lines the log lacks are
 * linesNotPrinted()'s business and skipped here.
 */
export function linesOutOfOrder(model: readonly string[], log: string): Array<{ line: string; after: string }> {
  // The serial console only: the oracle's sections after it (=====ORACLE-BEGIN dmesg=====
  // among them) print the same lines again.
  const all = log.split('\n')
  const end = all.findIndex((l) => l.startsWith('=====ORACLE-BEGIN'))
  const lines = end < 0 ? all : all.slice(0, end)
  const journal = shortJournal(lines) !== undefined
  const printed = lines.map((l) => normalizeLine(l, { shortJournal: journal }).text.trimEnd())
  const out: Array<{ line: string; after: string }> = []
  let at = -1
  let previous = '(the start)'
  for (const raw of model) {
    const line = raw.trimEnd()
    const next = printed.indexOf(line, at + 1)
    if (next >= 0) {
      at = next
      previous = line
    } else if (printed.includes(line)) out.push({ line, after: previous })
  }
  return out
}

export type Span = [base: bigint, end: bigint]

/** Sorted spans with touching or overlapping neighbours merged. */
export function coalesce(spans: Span[]): Span[] {
  const out: Span[] = []
  for (const [b, e] of [...spans].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const last = out.at(-1)
    if (last && b <= last[1]) last[1] = e > last[1] ? e : last[1]
    else out.push([b, e])
  }
  return out
}

/** One reserved[] line of a memblock dump: [base, end), the node it prints (" on node %d") and the flags. */
export interface DumpedRegion {
  base: bigint
  end: bigint
  node?: number
  flags: number
}

/**
 * The reserved regions of the `n`-th (from 0) `MEMBLOCK configuration:` dump of the log's
 * first boot, as memblock_dump() prints them: `reserved[0x%x] [%pa-%pa], %pa bytes[ on node
 * %d] flags: %#x`, in the dump's order.
 */
export function parseReservedDump(log: string, n = 0): DumpedRegion[] {
  const lines = log.split('\n')
  let seen = -1
  let start = -1
  let banners = 0
  for (let i = 0; i < lines.length; i++) {
    if (/Linux version /.test(lines[i]!) && ++banners > 1) break
    // The dump reserve_regions() prints before the EFI memory map is read (an EFI boot:
    // drivers/firmware/efi/efi-init.c@v7.1.3:174) is nothing the model builds: not counted. On
    // arm64 with ACPI it has memory.cnt 0; on riscv64 it has the stub DT's /memory, and the
    // memblock_remove() that follows it names reserve_regions.
    if (lines[i]!.includes('MEMBLOCK configuration:') && !/memory\.cnt\s+=\s+0x0\b/.test(lines[i + 2] ?? '') && !beforeEfiMap(lines, i) && ++seen === n) {
      start = i
      break
    }
  }
  if (start < 0) return []
  const out: DumpedRegion[] = []
  for (const l of lines.slice(start + 1)) {
    const m = /reserved\[0x[0-9a-f]+\]\s+\[(0x[0-9a-f]+)-(0x[0-9a-f]+)\], 0x[0-9a-f]+ bytes( on node (\d+))? flags: (0x[0-9a-f]+)/.exec(l)
    if (m) out.push({ base: BigInt(m[1]!), end: BigInt(m[2]!) + 1n, ...(m[4] !== undefined && { node: Number(m[4]) }), flags: Number(m[5]!) })
    else if (out.length > 0 && !/reserved\.cnt|memory/.test(l)) break
  }
  return out
}

/** Whether the dump at line `at` is reserve_regions()'s: the first line after its regions is the memblock_remove() it dumps before. */
function beforeEfiMap(lines: string[], at: number): boolean {
  let i = at + 1
  while (i < lines.length && /\b(memory|reserved)(\.cnt|\[0x[0-9a-f]+\]| size)/.test(lines[i]!)) i++
  return /memblock_remove: .* reserve_regions\b/.test(lines[i] ?? '')
}

/** parseReservedDump() as one string a region ("base+size node flags"), for readable comparisons. */
export const dumpedReservedRegions = (log: string, n = 0): string[] => parseReservedDump(log, n).map((r) => regionText(r.base, r.end - r.base, r.node, r.flags))

/** One region as dumpedReservedRegions() writes it: "0xbase+0xsize[ node N] flags 0xF". */
export const regionText = (base: bigint, size: bigint, node: number | undefined, flags: number): string =>
  `0x${base.toString(16)}+0x${size.toString(16)}${node === undefined ? '' : ` node ${node}`} flags 0x${flags.toString(16)}`

/** [base, end) of the reserved regions in the log's `n`-th (from 0, the first unless given) `MEMBLOCK configuration:` dump. */
export const dumpedReserved = (log: string, n = 0): Span[] => parseReservedDump(log, n).map((r): Span => [r.base, r.end])

/**
 * Where the dump and the simulation's memblock.reserved disagree: each page-aligned region
 * of one from `above` up (past the boot loader's images, which the board places by itself,
 * the DTB included or not) that no region of the other contains, touching regions merged.
 * Containment, not equality:
 * small allocations whose sizes the board may take from a profile (the unflattened DT,
 * NODE_DATA) decide what merges with what.
 */
export function reservedDisagreements(layout: Layout, result: Pick<SimulationResult, 'reserved'>, log: string, above: bigint, dump = 0): { kernelOnly: string[]; modelOnly: string[] } {
  // Touching regions merged on both sides: where the board is rebuilt from a log, sizes of
  // small allocations may come from a profile, and they decide what touches what (the engine
  // keeps nodes and flags apart as memblock does; the oracle tests compare region by region).
  const kernel = coalesce(dumpedReserved(log, dump))
  const model = coalesce(result.reserved.map((r): Span => [r.base, r.base + r.size]))
  const page = layout.pageSize
  const aligned = (rs: Span[]): Span[] => rs.filter(([b, e]) => b >= above && b % page === 0n && e % page === 0n)
  const uncovered = (inner: Span[], outer: Span[]): string[] =>
    inner.filter(([b, e]) => !outer.some(([ob, oe]) => ob <= b && e <= oe)).map(([b, e]) => `${b.toString(16)}-${e.toString(16)}`)
  return { kernelOnly: uncovered(aligned(kernel), model), modelOnly: uncovered(aligned(model), kernel) }
}

/**
 * The linear map of an arm64 kernel_page_tables dump (CONFIG_PTDUMP_DEBUGFS: the project's
 * own builds print it, scripts/boots/common.sh), as the engine's histogram: bytes mapped by
 * each granule, keyed as the walker keys them ('64K', '64K-cont', '512M' …). Only the lines
 * between "Linear Mapping start" and "end" count, and only mapped ones (a line with no
 * attributes after its level is a hole, one flagged F an invalid entry). 5.10 walks from address 0 and prints no start
 * marker: there the lines before the end marker count (below PAGE_OFFSET is one hole).
 * Undefined when the log has no dump.
 * @kernel arch/arm64/mm/ptdump.c note_page, dump_prot, pte_bits (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
export function ptdumpLinearMap(log: string, pageSize: bigint): Record<string, bigint> | undefined {
  const begin = log.indexOf('=====ORACLE-BEGIN kernel_page_tables=====')
  if (begin < 0) return undefined
  const end = log.indexOf('=====ORACLE-END kernel_page_tables=====', begin)
  const lines = log.slice(begin, end < 0 ? undefined : end).split('\n')
  const entrySize = (level: string): bigint => {
    // Entries per table: PAGE_SIZE / 8. PTE maps a page, PMD a table of them, PUD a table of those.
    const per = pageSize / 8n
    return level === 'PTE' ? pageSize : level === 'PMD' ? pageSize * per : pageSize * per * per
  }
  const out: Record<string, bigint> = {}
  let inLinear = !lines.some((l) => l.includes('---[ Linear Mapping start ]---'))
  for (const l of lines) {
    if (l.includes('---[ Linear Mapping start ]---')) inLinear = true
    else if (l.includes('---[ Linear Mapping end ]---')) inLinear = false
    if (!inLinear) continue
    const m = /^0x([0-9a-f]{16})-0x([0-9a-f]{16})\s+\d+[KMGTPE] (PGD|P4D|PUD|PMD|PTE)(.*)$/.exec(l.trimEnd())
    // No attributes: a hole. "F" first (pte_bits' PTE_VALID clear): present but invalid, as
    // kfence_protect() leaves a page (set_memory_valid(…, 0)), so not mapped.
    if (!m || m[4]!.trim() === '' || /^\s*F\s/.test(m[4]!)) continue
    const k = sizeKey(entrySize(m[3]!)) + (/\bCON\b/.test(m[4]!) ? '-cont' : '')
    out[k] = (out[k] ?? 0n) + (BigInt('0x' + m[2]!) - BigInt('0x' + m[1]!))
  }
  return out
}

/**
 * A boot log as a serial capture without `memblock=debug` would have it: the option's lines
 * (memblock_* calls, the MEMBLOCK dumps) taken out, and the option off the command lines.
 */
export function withoutMemblockDebug(log: string): string {
  return log
    .split('\n')
    .filter((l) => !/memblock_|MEMBLOCK|\]\s+(memory|reserved)\[|memory size|(memory|reserved)\.cnt/.test(l))
    .join('\n')
    .replaceAll(' memblock=debug', '')
}
