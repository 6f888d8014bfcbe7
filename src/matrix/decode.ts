// SPDX-License-Identifier: GPL-2.0-only
/**
 * Wire document → engine layouts: one per board × RAM variant × kernel. Merges the board
 * over its preset over `defaults` over the Debian kernel profile over the schema defaults,
 * decodes sizes to bigint and runs the semantic checks. Runs on schema-valid boards only;
 * every problem is returned (never thrown) with the pointer of the value to change, and a
 * problem only drops what it affects (the board, the RAM variant, the kernel or the layout).
 */
import { listPolicies, policyOutsideRelease, resolveKernelRelease, runsWithAcpi, x86PhysmemBits } from '../engine/index.js'
import type { Arch, BootAllocations, CpuFeatures, DmaDevice, EarlyReservation, KernelConfig, Layout, MemoryBank, PhysRange } from '../engine/index.js'
import { debianSeries, getPreset, kernelProfile, PRESETS, type KernelProfile, type Preset } from '../presets/index.js'
import type { JsonPointer } from '../report/types.js'
import { boardMatrixSchema } from './generated/schema.js'
import type { Board, BoardMatrix, DeviceTree, Expect, Kernel, KernelObject, Settings } from './generated/board-matrix.js'
import { child, mergeSeverity, mergeSuppress, pick, pickIn, pickRam, pointerIn, type Layer, type Sourced } from './merge.js'
import { checkAlignment, checkImageAlignment, checkInclusiveLimit, checkInsideRam, checkOverlaps, checkPageAligned, checkPhysLimit, checkPlacementOverlap, checkRangeBounds, type PlacedRange } from './semantic.js'
import { fmtSize, parseSize, U64_LIMIT } from './size.js'
import { clip } from '../limits.js'
import { spaceSeparatedHint } from '../list-items.js'
import { hintFor } from './validate.js'
import { ConfigurationError, kindOf, listMisfit } from '../errors.js'
import type { CmdlineOwner, DecodedLayout, ReplacedCmdline, SemanticProblem, SemanticWarningId } from './types.js'

/** Options that narrow or change what is decoded. */
export interface DecodeOptions {
  /** Board ids (with `*` wildcards) to keep; all when empty or absent. */
  boards?: readonly string[]
  /** Kernel list replacing every board's `kernels` (each release once, named by its first spelling). */
  kernels?: readonly string[]
  /** Indexes of boards that failed schema validation: reported already, not decoded. */
  invalidBoards?: ReadonlySet<number>
  /**
   * Of those, the boards whose `severity` and `suppress` (and the defaults') the schema
   * accepted (a preset `extends` names that does not exist adds no layer): their policy is still read, so a board's `"SC002": "off"` reaches its
   * own schema errors, as the schema's severityMap says.
   */
  policyReadable?: ReadonlySet<number>
}

export interface DecodeResult {
  layouts: DecodedLayout[]
  problems: SemanticProblem[]
  /**
   * Settings the board's kernels do not read (SC003 warnings: the board is decoded and
   * simulated as without them), such as a CPU feature or `acpi` of another architecture.
   */
  warnings: SemanticProblem[]
  /**
   * Each decoded board's `severity` and `suppress` (merged from defaults, preset and board),
   * also for a board whose every layout has a problem, so its suppressions apply to those.
   */
  policies: Map<string, Pick<DecodedLayout, 'severity' | 'suppress'>>
  /**
   * Each board's layouts as the matrix lists them (RAM variants × kernels), once both decode:
   * `layouts` holds fewer when a layout has a problem, and the engine may not simulate them all.
   */
  listed: Map<string, number>
}

const defs = boardMatrixSchema.$defs
/** The schema's size/address pattern (linear: no nested quantifier can backtrack). */
export const SIZE_PATTERN = new RegExp(defs.size.pattern)
const PAGE_SIZES: Record<string, bigint> = { '4K': 4096n, '16K': 16384n, '64K': 65536n }
/** Fallbacks when neither the matrix nor a Debian profile says (kernel-model.md §4, §5). */
const ARCH_DEFAULT_BITS: Record<Arch, { pa: number; va: number }> = {
  arm64: { pa: 48, va: 48 },
  x86_64: { pa: 46, va: 48 },
  riscv64: { pa: 56, va: 39 },
}
/**
 * The kernel virtual address widths each architecture's kernels have: arm64 CONFIG_ARM64_VA_BITS
 * (arch/arm64/Kconfig, linux-source-6.12:1492), riscv64's paging modes Sv39, Sv48, Sv57
 * (SATP_MODE_39/48/57, arch/riscv/include/asm/csr.h, linux-source-6.12:63). x86_64 does not read vaBits.
 */
export const VA_BITS_CHOICES: Partial<Record<Arch, readonly number[]>> = {
  arm64: [36, 39, 42, 47, 48, 52],
  riscv64: [39, 48, 57],
}

/** The schema's documented default of `def.properties[key]` (the schema is the single source). */
function schemaDefault<T>(def: unknown, key: string): T {
  return (def as { properties: Record<string, { default?: unknown } | undefined> }).properties[key]?.default as T
}

/**
 * Whether `text` matches `pattern`, where `*` stands for any run of characters. No regex:
 * `^.*a.*b$` backtracks polynomially on a long id from a pull request; this greedy matcher
 * (retry from the last `*` only) takes O(pattern × text) at worst.
 *
 * @example
 * wildcardMatch('rpi*-8g', 'rpi4-8g') // → true
 */
export function wildcardMatch(pattern: string, text: string): boolean {
  let p = 0
  let t = 0
  let star = -1
  let resume = 0
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      p++
      t++
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++
      resume = t
    } else if (star !== -1) {
      p = star + 1
      t = ++resume
    } else {
      return false
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++
  return p === pattern.length
}

/**
 * The patterns of a boards filter that match none of `ids` (a typo, or a board that moved):
 * the CLI and the action report them rather than check nothing and pass.
 *
 * @example
 * unmatchedPatterns(['rpi*', 'x86-srv'], ['rpi4', 'virt']) // → ['x86-srv']
 */
export function unmatchedPatterns(patterns: readonly string[], ids: Iterable<string>): string[] {
  if (!Array.isArray(patterns)) throw new ConfigurationError(`unmatchedPatterns(): patterns must be an array of strings (check()'s \`boards\`), not ${kindOf(patterns)}`, { docsPath: 'README.md#library' })
  if (typeof (ids as Partial<Iterable<string>> | null | undefined)?.[Symbol.iterator] !== 'function') throw new ConfigurationError(`unmatchedPatterns(): ids must be the board ids (an array, as onBoardIds gives them), not ${kindOf(ids)}`, { docsPath: 'README.md#library' })
  const left = new Set(patterns)
  // A fan-out leg's `boards` are thousands of plain ids: those by lookup, only wildcards by matching.
  const wildcards = new Set(patterns.filter((p) => p.includes('*')))
  for (const id of ids) {
    left.delete(id)
    for (const p of wildcards) {
      if (!wildcardMatch(p, id)) continue
      left.delete(p)
      wildcards.delete(p)
    }
  }
  return [...left]
}

/**
 * Throws a ConfigurationError naming every kernel of an override (`--kernel`, the action's
 * `kernel` input, check()'s `kernels`) that the engine does not model, all of them at once.
 *
 * @param what - how the caller's user wrote the override (`--kernel`, `input "kernel"`)
 */
export function checkKernelOverride(kernels: readonly string[] | undefined, what: string): void {
  // From JavaScript: a string was "kernels.filter is not a function", a number read as a version.
  const misfit = kernels === undefined ? undefined : listMisfit(kernels, (k) => typeof k === 'string')
  if (misfit !== undefined) throw new ConfigurationError(`${what}: must be an array of kernel strings, not ${misfit}`, { docsPath: 'README.md#library' })
  const bad = (kernels ?? []).filter((k) => resolveKernelRelease(k) === undefined)
  if (bad.length === 0) return
  const names = bad.map((k) => JSON.stringify(clip(k))).join(', ')
  throw new ConfigurationError(`${what}: ${names} ${bad.length > 1 ? 'are not kernels' : 'is not a kernel'} crashkernel-check models (5.10.0 … 7.x, e.g. 6.1.192 or 6.12)${bad.map(spaceSeparatedHint).find((h) => h !== '') ?? ''}`, { docsPath: 'docs/policies.md' })
}

/**
 * A kernel list with each release once: "6.1" and "6.1.192", or a kernel given twice, are one
 * kernel, named by its first spelling (check's layouts, sweep's rows).
 *
 * @example
 * uniqueReleases(['6.1', '6.12', '6.1.192']) // → ['6.1', '6.12']
 */
export function uniqueReleases(kernels: readonly string[]): string[] {
  const seen = new Set<string>()
  return kernels.filter((spec) => {
    const release = resolveKernelRelease(spec) ?? spec
    if (seen.has(release)) return false
    seen.add(release)
    return true
  })
}

/**
 * The identity of what a kernel override checks: the releases it resolves to, each once,
 * sorted. Two overrides check the same layouts exactly when their keys are equal: the order of
 * the list changes no layout's result, and a series is the release it resolves to (`6.12` and
 * `6.12.117`), as check() simulates each release once (uniqueReleases). Every comparison of
 * overrides uses it: a leg's against its plan's (src/fanout/shard.ts), the legs' in the
 * aggregate (src/fanout/merge.ts) and mergeReports() (src/index.ts). An empty list (each
 * board's own kernels) has the key ''.
 *
 * @example
 * kernelKey(['7.2', '6.12']) === kernelKey(['6.12.117', '7.2', '6.12']) // → true
 */
export function kernelKey(kernel: readonly string[]): string {
  return [...new Set(kernel.map((k) => resolveKernelRelease(k) ?? k))].sort().join(',')
}

/** The string ids of a parsed document's boards, whatever else is wrong with them. */
export function boardIds(value: unknown): string[] {
  const boards = (value as { boards?: unknown } | null | undefined)?.boards
  if (!Array.isArray(boards)) return []
  return boards.map((b: unknown) => (b as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string')
}

const BOARD_ID = new RegExp(boardMatrixSchema.$defs.board.properties.id.pattern, 'u')

/**
 * Whether a `boards` filter can name exactly this id: a string the schema accepts as an id.
 * Any other id (`"a,b"`, `"rk*"`, `" a"`, `""`) cannot be selected alone, as the inputs
 * split on commas and trim, and `*` is a wildcard; problems of a board with such an id are
 * reported whatever the filter, like those of a board without an id.
 *
 * @example
 * isSelectableId('rpi4-8g') // → true
 * isSelectableId('a,b') // → false
 */
export function isSelectableId(id: unknown): id is string {
  return typeof id === 'string' && BOARD_ID.test(id)
}

/** The `boards` option as a test of a board id (every id when it is absent or empty). */
export function boardFilter(patterns: readonly string[] | undefined): (id: string) => boolean {
  if (!patterns || patterns.length === 0) return () => true
  return (id) => patterns.some((p) => wildcardMatch(p, id))
}

/** Where a missing setting may go, for every setting a preset can supply. */
const PRESET_OR_DEFAULTS = 'here, in "defaults", or extend a preset that does'

/** What a board without RAM lacks, by its settings' names. */
const MISSING_RAM = 'RAM ("memory", "ram" or "ramSize")'

/** Where a missing `kernels` goes: no preset names any. */
const KERNELS_WHERE = 'here or in "defaults", e.g. "kernels": ["6.1", "6.12"] (presets name no kernels)'

/** Collects problems while decoding one board. */
class Collector {
  readonly problems: SemanticProblem[] = []
  readonly warnings: SemanticProblem[] = []
  /**
   * The layout being decoded, while the kernel loop runs: an error there keeps that one
   * layout from the engine, and says which (the reports show it where the layout would be).
   */
  layout: { layoutName: string; kernel: string } | undefined
  constructor(readonly boardId: string) {}
  /** A setting the kernel does not read: reported, and the board decodes on. */
  warn(problem: SemanticProblem & { messageId: SemanticWarningId }): void {
    this.warnings.push({ ...problem, data: Object.fromEntries(Object.entries(problem.data).map(([k, v]) => [k, clip(v, 1000)])), boardId: this.boardId })
  }
  /**
   * A warning about a bank and a limit that several kernels share (RAM past the physical
   * address space): one per bank, limit and reason, naming every kernel it concerns.
   */
  warnPerKernel(problem: SemanticProblem & { messageId: SemanticWarningId }, release: string): void {
    const warned = this.warnings.find((w) => w.messageId === problem.messageId && w.pointer === problem.pointer && w.data.limit === problem.data.limit && w.data.why === problem.data.why)
    if (!warned) this.warn(problem)
    else if (!warned.data.kernel!.split(', ').includes(release)) warned.data.kernel += `, ${release}`
  }
  add(problems: readonly SemanticProblem[]): boolean {
    // Data quotes user strings (names, buses, node lists): keep each one message-sized.
    for (const p of problems) this.problems.push({ ...p, data: Object.fromEntries(Object.entries(p.data).map(([k, v]) => [k, clip(v, 1000)])), boardId: this.boardId, ...this.layout })
    return problems.length === 0
  }
  /** Decodes a size/address string; out-of-range values become a problem (returns undefined). */
  num(text: string, pointer: JsonPointer, what: string): bigint | undefined {
    // Why the pattern test: values a preset derives from `ramSize` have not met the schema;
    // a size too small for the preset's layout comes back negative ("0x-120000").
    const value = SIZE_PATTERN.test(text) ? parseSize(text) : undefined
    if (value === undefined || value >= U64_LIMIT) {
      this.add([{ messageId: 'valueOutOfRange', data: { what, value: text }, pointer, target: 'value' }])
      return undefined
    }
    return value
  }
  /**
   * Decodes a [base, base + size) range. `allowEmpty`: a size of 0 is kept, for a
   * /reserved-memory `reg` entry a bootloader left empty (the kernel refuses each with a
   * "failed to reserve" line); elsewhere it is SC003 emptyRange.
   */
  range(what: string, base: string, size: string, pointer: JsonPointer, allowEmpty = false): PlacedRange | undefined {
    const b = this.num(base, child(pointer, 'base'), `${what} base`)
    const s = this.num(size, child(pointer, 'size'), `${what} size`)
    if (b === undefined || s === undefined) return undefined
    const range = { what, base: b, size: s, pointer }
    if (allowEmpty && s === 0n) return range
    return this.add(checkRangeBounds(range)) ? range : undefined
  }
}

interface Variant {
  name?: string
  pointer: JsonPointer
  banks: PlacedRange[]
  nomap: boolean[]
  /** Each bank's NUMA node, where the board gives one. */
  nodes: Array<number | undefined>
  image?: Sourced<NonNullable<Settings['image']>>
  initrd?: Sourced<NonNullable<Settings['initrd']>>
  dtb?: Sourced<NonNullable<Settings['dtb']>>
}

/** An image placement on the board's layers or one of its RAM variants. */
function imageGiven(layers: readonly Layer[]): boolean {
  return pick(layers, 'image') !== undefined || (pick(layers, 'ram')?.value ?? []).some((v) => v.image !== undefined)
}

/** Where a missing image placement can come from. */
function imageWhere(arch: string): string {
  // x86_64 has one answer a user can give without a boot log: nokaslr runs the kernel at
  // LOAD_PHYSICAL_ADDR, CONFIG_PHYSICAL_START's default (arch/x86/Kconfig@v6.12.117:2097-2099).
  return arch === 'x86_64' ? `${PRESET_OR_DEFAULTS} (booted with nokaslr, x86_64 runs it at CONFIG_PHYSICAL_START: "image": { "base": "0x1000000" } by default)` : PRESET_OR_DEFAULTS
}

function decodeVariants(layers: readonly Layer[], preset: Preset | undefined, c: Collector, boardPointer: JsonPointer): Variant[] | undefined {
  const picked = pickRam(layers)
  if (!picked) {
    c.add([{ messageId: 'missingSetting', data: { id: c.boardId, setting: MISSING_RAM, where: PRESET_OR_DEFAULTS }, pointer: boardPointer, target: 'value' }])
    return undefined
  }
  const { layer } = picked
  let ram = picked.ram
  if (picked.ramSize !== undefined) {
    const sizePointer = pointerIn(layer, 'ramSize')
    if (!preset?.ramForSize) {
      c.add([{ messageId: 'ramSizeWithoutPreset', data: { presets: Object.values(PRESETS).filter((p) => p.ramForSize).map((p) => p.name).join(', ') }, pointer: sizePointer, target: 'value' }])
      return undefined
    }
    const size = c.num(picked.ramSize, sizePointer, 'ramSize')
    if (size === undefined) return undefined
    if (preset.ramSizeMin && size < preset.ramSizeMin.size) {
      c.add([{ messageId: 'ramSizeTooSmall', data: { value: picked.ramSize, bytes: bareBytesHint(picked.ramSize, preset), min: `${fmtSize(preset.ramSizeMin.size)} (0x${preset.ramSizeMin.size.toString(16)})`, preset: preset.name, reason: preset.ramSizeMin.reason }, pointer: sizePointer, target: 'value' }])
      return undefined
    }
    if (preset.ramSizeMax && size > preset.ramSizeMax.size) {
      c.add([{ messageId: 'ramSizeTooLarge', data: { value: picked.ramSize, max: `${fmtSize(preset.ramSizeMax.size)} (0x${preset.ramSizeMax.size.toString(16)})`, preset: preset.name, reason: preset.ramSizeMax.reason }, pointer: sizePointer, target: 'value' }])
      return undefined
    }
    ram = [{ ...preset.ramForSize(size), name: picked.ramSize }]
  }
  const lists = picked.memory
    ? [{ name: undefined, pointer: pointerIn(layer, 'memory'), memory: picked.memory, raw: undefined }]
    : (ram ?? []).map((v, j) => ({ name: v.name, pointer: picked.ramSize !== undefined ? pointerIn(layer, 'ramSize') : pointerIn(layer, 'ram', j), memory: v.memory, raw: v }))
  const seen = new Map<string, JsonPointer>()
  const variants: Variant[] = []
  for (const list of lists) {
    if (list.name !== undefined) {
      const first = seen.get(list.name)
      if (first !== undefined) {
        c.add([{ messageId: 'duplicateVariant', data: { name: list.name, first }, pointer: child(list.pointer, 'name'), target: 'value' }])
        continue
      }
      seen.set(list.name, list.pointer)
    }
    const memoryPointer = picked.memory ? list.pointer : child(list.pointer, 'memory')
    const banks: PlacedRange[] = []
    const nomap: boolean[] = []
    const nodes: Array<number | undefined> = []
    let ok = true
    list.memory.forEach((bank, i) => {
      const bankPointer = layer.base === undefined ? layer.anchor : picked.ramSize !== undefined ? list.pointer : `${memoryPointer}/${i}`
      // A variant from "ramSize" is named by the size as written: say so ('bank 0 of "ramSize" 0').
      const of = list.name === undefined ? '' : picked.ramSize !== undefined ? ` of "ramSize" ${list.name}` : ` of ${list.name}`
      const before = c.problems.length
      const range = c.range(`bank ${i}${of}`, bank.base, bank.size, bankPointer)
      // The preset made the bank from the one "ramSize" string: its problems point there, not
      // at a base or size the file does not have.
      if (picked.ramSize !== undefined) for (let k = before; k < c.problems.length; k++) c.problems[k] = { ...c.problems[k]!, pointer: bankPointer }
      if (!range) ok = false
      else {
        banks.push(range)
        nomap.push(bank.nomap ?? false)
        nodes.push(bank.node)
      }
    })
    if (!ok || !c.add(checkOverlaps(banks))) continue
    const own = <K extends 'image' | 'initrd' | 'dtb'>(key: K): Sourced<NonNullable<Settings[K]>> | undefined => {
      const value = list.raw?.[key] as NonNullable<Settings[K]> | undefined
      return value === undefined ? undefined : { value, pointer: layer.base === undefined ? layer.anchor : picked.ramSize !== undefined ? list.pointer : `${list.pointer}/${key}` }
    }
    // A RAM variant's own placement is more specific than its layer's and those below, but a
    // layer above it says otherwise; a variant the preset made for "ramSize" ranks as the
    // preset's, under whatever the layer that wrote "ramSize" (and those above) sets (an x86
    // board's own initrd over the one QEMU loads at the top of that much RAM).
    const over = layers.slice(0, layers.indexOf(layer) + (picked.ramSize !== undefined ? 1 : 0))
    const placement = <K extends 'image' | 'initrd' | 'dtb'>(key: K): Sourced<NonNullable<Settings[K]>> | undefined => pick(over, key) ?? own(key) ?? pick(layers, key)
    variants.push({
      ...(list.name !== undefined && { name: list.name }),
      pointer: list.pointer,
      banks,
      nomap,
      nodes,
      ...optional('image', placement('image')),
      ...optional('initrd', placement('initrd')),
      ...optional('dtb', placement('dtb')),
    })
  }
  return variants
}

/** `{ [key]: value }` or `{}` (exactOptionalPropertyTypes-friendly spreading). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>)
}

/**
 * The board's CPU-only NUMA nodes, ascending (the schema keeps them unique); undefined for
 * none, so that a board without them decodes as before.
 */
function memorylessNodesOf(nodes: readonly number[] | undefined): number[] | undefined {
  return nodes && nodes.length > 0 ? [...nodes].sort((a, b) => a - b) : undefined
}

/**
 * The board's EFI boot-services regions (x86_64's efi_reserve_boot_services()), each a range
 * inside the address space; they may overlap anything, as the firmware's map may overlap the
 * kernel's own reservations (the kernel then skips the region).
 */
function decodeEfiBootServices(layers: readonly Layer[], c: Collector): PhysRange[] | undefined {
  return decodeFirmwareRanges(layers, 'efiBootServices', 'EFI boot-services region', c)?.map((r) => ({ base: r.base, size: r.size }))
}

/**
 * A board list of firmware ranges (`efiBootServices`, `e820AcpiData`, `sratMemory`), each inside
 * the address space, empty ones dropped, with where each is written and its place in the list
 * (`index`); undefined when one is not a range.
 */
function decodeFirmwareRanges(layers: readonly Layer[], key: 'efiBootServices' | 'e820AcpiData' | 'sratMemory', what: string, c: Collector): Array<PlacedRange & { index: number }> | undefined {
  const picked = pick(layers, key)
  const out: Array<PlacedRange & { index: number }> = []
  let ok = true
  for (const [i, r] of (picked?.value ?? []).entries()) {
    const at = picked && !picked.pointer.endsWith('/extends') ? `${picked.pointer}/${i}` : (picked?.pointer ?? '')
    const range = c.range(`${what} ${i}`, r.base, r.size, at, true)
    if (!range) ok = false
    else if (range.size > 0n) out.push({ ...range, index: i })
  }
  return ok ? out : undefined
}

/**
 * The firmware's e820 ACPI-data entries (x86_64's `e820AcpiData`), each a range inside the
 * address space. They are not RAM: one overlapping a RAM bank is refused (overlappingBanks),
 * as the e820 table would give the overlap to ACPI data and the bank would count RAM the
 * kernel does not have.
 */
function decodeE820AcpiData(layers: readonly Layer[], c: Collector): PlacedRange[] | undefined {
  return decodeFirmwareRanges(layers, 'e820AcpiData', 'ACPI data entry', c)
}

/**
 * The firmware's SRAT memory ranges (x86_64's `sratMemory`), each a range inside the address
 * space with its node; undefined when one is not a range, or when ranges of two nodes overlap
 * (numa_cleanup_meminfo() refuses such a table, "node N … overlaps with node M …", and the
 * kernel fakes one node instead: a board would describe a firmware no one ships).
 */
function decodeSratMemory(layers: readonly Layer[], c: Collector): Array<{ node: number; base: bigint; size: bigint }> | undefined {
  const ranges = decodeFirmwareRanges(layers, 'sratMemory', 'SRAT memory range', c)
  if (!ranges) return undefined
  const list = pick(layers, 'sratMemory')?.value ?? []
  const placed = ranges.map((r) => {
    const node = list[r.index]!.node
    return { ...r, what: `${r.what} (node ${node})`, node }
  })
  // Overlaps within a node are joined (with a warning); across nodes they are refused.
  let ok = true
  for (const [i, a] of placed.entries()) {
    const other = placed.slice(0, i).find((b) => b.node !== a.node && a.base < b.base + b.size && b.base < a.base + a.size)
    if (other && !c.add(checkOverlaps([other, a]))) ok = false
  }
  return ok ? placed.map((r) => ({ node: r.node, base: r.base, size: r.size })) : undefined
}

/** ACPI-data entries overlapping a RAM bank (not a `nomap` one) of the variant. */
function checkAcpiDataOutsideRam(acpiData: readonly PlacedRange[], banks: readonly PlacedRange[], nomap: readonly boolean[]): SemanticProblem[] {
  const ram = banks.filter((_, i) => !nomap[i])
  return acpiData.flatMap((r) => checkOverlaps([...ram, r]).filter((p) => p.pointer === child(r.pointer, 'base')).slice(0, 1))
}

function decodeReservations(layers: readonly Layer[], c: Collector, acpi: boolean): { list: EarlyReservation[]; pointers: JsonPointer[]; placed: PlacedRange[] } | undefined {
  const picked = pick(layers, 'reservations')
  const list: EarlyReservation[] = []
  const pointers: JsonPointer[] = []
  const placed: PlacedRange[] = []
  let ok = true
  for (const [i, r] of (picked?.value ?? []).entries()) {
    const at = picked && !picked.pointer.endsWith('/extends') ? `${picked.pointer}/${i}` : (picked?.pointer ?? '')
    pointers.push(at)
    // An ACPI boot has no device tree of the firmware's, so no /reserved-memory node and no
    // /memreserve/: what the firmware keeps comes from the EFI memory map (fixed ranges).
    const dtOnly = r.kind === 'dynamic' ? 'dynamically placed /reserved-memory node' : r.memreserve ? '/memreserve/ entry' : r.cma || r.cmaDefault ? 'CMA pool node' : r.dmaPool ? 'DMA pool node' : undefined
    if (acpi && dtOnly !== undefined) {
      c.add([{ messageId: 'acpiReservation', data: { name: r.name, what: dtOnly }, pointer: at, target: 'value' }])
      ok = false
      continue
    }
    if (r.kind === 'fixed') {
      // A /memreserve/ entry of size 0 would end the kernel's list: only node entries may be empty.
      const allowEmpty = !r.memreserve
      const range = c.range(`reservation "${r.name}"`, r.base, r.size, at, allowEmpty)
      const more = (r.moreReg ?? []).map((a, j) => c.range(`reg entry ${j + 1} of "${r.name}"`, a.base, a.size, child(at, 'moreReg', j), allowEmpty))
      // /memreserve/ is one range with no no-map: the kernel memblock_reserve()s such an entry.
      const notForMemreserve = r.memreserve ? (['nomap', 'moreReg', 'cma', 'cmaDefault', 'dmaPool'] as const).filter((k) => (k === 'moreReg' ? more.length > 0 : r[k])) : []
      // An EFI reservation is one range efi_init() memblock_reserve()s: no node, no no-map.
      const notForEfi = r.efi ? (['nomap', 'memreserve', 'moreReg', 'cma', 'cmaDefault', 'dmaPool'] as const).filter((k) => (k === 'moreReg' ? more.length > 0 : r[k])) : []
      if (notForMemreserve.length > 0) {
        c.add(notForMemreserve.map((option) => ({ messageId: 'memreserveOption' as const, data: { name: r.name, option }, pointer: child(at, option), target: 'key' as const })))
        ok = false
      } else if (notForEfi.length > 0) {
        c.add(notForEfi.map((option) => ({ messageId: 'efiReservationOption' as const, data: { name: r.name, option }, pointer: child(at, option), target: 'key' as const })))
        ok = false
      } else if (!range || more.some((x) => x === undefined)) {
        ok = false
      } else {
        // An empty entry occupies nothing: it is not checked against RAM or other regions.
        if (range.size > 0n) placed.push(range)
        const moreReg = more.map((x) => ({ base: x!.base, size: x!.size }))
        list.push({
          kind: 'fixed',
          name: r.name,
          base: range.base,
          size: range.size,
          nomap: r.nomap ?? false,
          ...optional('memreserve', r.memreserve || undefined),
          ...optional('efi', r.efi || undefined),
          ...optional('moreReg', moreReg.length > 0 ? moreReg : undefined),
          ...optional('cma', r.cma || undefined),
          ...optional('cmaDefault', r.cmaDefault || undefined),
          ...optional('dmaPool', r.dmaPool || undefined),
        })
      }
    } else {
      const size = c.num(r.size, child(at, 'size'), `reservation "${r.name}" size`)
      const align = r.align === undefined ? 0n : c.num(r.align, child(at, 'align'), `reservation "${r.name}" alignment`)
      // An entry of size 0 is the kernel's too: [base, base) fits nothing, and (0, 0) ends at 0,
      // which early_init_dt_alloc_reserved_memory_arch() reads as MEMBLOCK_ALLOC_ANYWHERE.
      const ranges = (r.allocRanges ?? []).map((a, j) => c.range(`alloc-range ${j} of "${r.name}"`, a.base, a.size, child(at, 'allocRanges', j), true))
      if (size === undefined || align === undefined || ranges.some((x) => x === undefined) || !c.add(checkAlignment(align, child(at, 'align')))) {
        ok = false
        continue
      }
      list.push({
        kind: 'dynamic',
        name: r.name,
        size,
        align,
        allocRanges: ranges.map((x) => ({ base: x!.base, size: x!.size })),
        nomap: r.nomap ?? false,
        cma: r.cma ?? false,
        cmaDefault: r.cmaDefault ?? false,
        ...optional('dmaPool', r.dmaPool || undefined),
      })
    }
  }
  return ok ? { list, pointers, placed } : undefined
}

function decodeDma(layers: readonly Layer[], c: Collector, acpi: boolean): { dma: Layout['dma']; nodes: Map<string, bigint> } | undefined {
  const nodes = new Map<string, bigint>()
  const ranges = pickIn(layers, 'dma', 'ranges')
  let ok = true
  for (const [i, r] of (ranges?.value ?? []).entries()) {
    const at = ranges!.pointer.endsWith('/extends') ? ranges!.pointer : `${ranges!.pointer}/${i}`
    // An ACPI boot unflattens no device tree, so of_root is NULL when zone_sizes_init() asks
    // of_dma_get_max_cpu_address(NULL) (drivers/of/address.c@v6.12.117:973-976, of_root set only
    // by unflatten_device_tree(), drivers/of/fdt.c@v6.12.117:1230): no dma-ranges limits ZONE_DMA,
    // the IORT does (acpi_iort_dma_get_max_cpu_address(), which in turn reads nothing when
    // acpi_disabled, drivers/acpi/arm64/iort.c@v6.12.117:1994-1995).
    // (The node is still recorded below, so that a device behind it is not also an unknown bus.)
    if (acpi) {
      c.add([{ messageId: 'acpiDmaRanges', data: { node: r.node }, pointer: at, target: 'value' }])
      ok = false
    }
    const cpu = c.num(r.cpuAddr, child(at, 'cpuAddr'), 'dma-ranges CPU address')
    const size = c.num(r.size, child(at, 'size'), 'dma-ranges size')
    if (r.busAddr !== undefined) c.num(r.busAddr, child(at, 'busAddr'), 'dma-ranges bus address')
    if (cpu === undefined || size === undefined) {
      ok = false
      continue
    }
    if (!c.add(checkRangeBounds({ what: `dma-ranges entry of ${r.node}`, base: cpu, size, pointer: at }))) {
      ok = false
      continue
    }
    // of_dma_get_max_cpu_address(): per node, the highest CPU address any entry reaches.
    const end = cpu + size - 1n
    const prev = nodes.get(r.node)
    nodes.set(r.node, prev === undefined || end > prev ? end : prev)
  }
  const limit = pickIn(layers, 'dma', 'zoneDmaLimit')
  const dmaRanges = [...nodes].map(([node, cpuEnd]) => ({ node, cpuEnd }))
  if (limit) {
    const value = c.num(limit.value, limit.pointer, 'zoneDmaLimit')
    if (value === undefined || !c.add(checkInclusiveLimit(value, 'zoneDmaLimit', limit.pointer))) ok = false
    // An explicit limit acts like one more bus node whose window ends there (the kernel takes the minimum).
    else dmaRanges.push({ node: '(zoneDmaLimit)', cpuEnd: value })
  }
  const iort = pickIn(layers, 'dma', 'iortLimitBits')?.value ?? []
  return ok ? { dma: { dmaRanges, iortLimitBits: [...iort] }, nodes } : undefined
}

function decodeDevices(layers: readonly Layer[], nodes: Map<string, bigint>, c: Collector): { list: DmaDevice[]; pointers: JsonPointer[] } | undefined {
  const picked = pick(layers, 'devices')
  const list: DmaDevice[] = []
  const pointers: JsonPointer[] = []
  let ok = true
  for (const [i, d] of (picked?.value ?? []).entries()) {
    const at = picked!.pointer.endsWith('/extends') ? picked!.pointer : `${picked!.pointer}/${i}`
    pointers.push(at)
    let limit: bigint | undefined
    if (d.dmaLimit !== undefined) {
      limit = c.num(d.dmaLimit, child(at, 'dmaLimit'), `dmaLimit of "${d.name}"`)
      if (limit !== undefined && !c.add(checkInclusiveLimit(limit, `dmaLimit of "${d.name}"`, child(at, 'dmaLimit')))) limit = undefined
    }
    else if (d.bus !== undefined) {
      limit = nodes.get(d.bus)
      if (limit === undefined) {
        c.add([{ messageId: 'unknownBus', data: { device: d.name, bus: d.bus, known: [...nodes.keys()].map((n) => `"${n}"`).join(', ') || 'none' }, pointer: child(at, 'bus'), target: 'value' }])
      }
    }
    if (limit === undefined) ok = false
    else list.push({ name: d.name, dmaLimit: limit, dumpTarget: d.dumpTarget ?? false })
  }
  return ok ? { list, pointers } : undefined
}

/**
 * Two devices of one name: findings, memory maps and the job summary name a device by its
 * name, which then says not which one. Warned about at the later one's name (a preset's
 * devices have names of their own); both are simulated.
 */
function warnRepeatedDeviceNames(layers: readonly Layer[], c: Collector): void {
  const picked = pick(layers, 'devices')
  if (!picked || picked.pointer.endsWith('/extends')) return
  const firsts = new Map<string, JsonPointer>()
  for (const [i, d] of picked.value.entries()) {
    const first = firsts.get(d.name)
    if (first === undefined) firsts.set(d.name, `${picked.pointer}/${i}`)
    else c.warn({ messageId: 'duplicateDevice', data: { name: d.name, first }, pointer: `${picked.pointer}/${i}/name`, target: 'value' })
  }
}

const CONFIG_KEYS = Object.keys(defs.kernelConfig.properties) as Array<keyof KernelConfig & string>
const CPU_KEYS = Object.keys(defs.cpuFeatures.properties) as Array<keyof CpuFeatures>
const EXPECT_KEYS = Object.keys(defs.expect.properties) as Array<keyof Expect>

function decodeConfig(layers: readonly Layer[], kernel: KernelObject | undefined, profile: KernelProfile | undefined): KernelConfig {
  const config: Record<string, boolean | number> = {}
  for (const key of CONFIG_KEYS) {
    const wireKey = key as keyof NonNullable<KernelObject['config']>
    config[key] = (kernel?.config?.[wireKey] ?? pickIn(layers, 'config', wireKey)?.value ?? profile?.config[key] ?? schemaDefault(defs.kernelConfig, key)) as boolean | number
  }
  return config as unknown as KernelConfig
}

interface KernelEntry {
  spec: string
  /**
   * The kernel in its layouts' names (`<RAM variant>/<name>`): as written; with the policy
   * an entry names (`6.1+whatif-bhe-4g-low-end`, a what-if beside the release's own); `#2`,
   * `#3` after a later entry named as an earlier one (two command lines of one release).
   */
  name: string
  object?: KernelObject
  pointer: JsonPointer
  /** Named by the caller's kernel override, not by the board (its pointer is the board's list). */
  override?: true
}

/**
 * The entry of a board's `kernels` that gives release `spec` its settings (the build's image
 * size, boot allocations and options `import` writes, a `cmdline` of its own) where the release
 * is chosen from outside the list (`--kernel`, a sweep's rows): the object entry of that
 * release (a series and its release are one) without a `policy`, else a string entry of it
 * (the release's own, with no settings), else one with a `policy`, whose settings are taken
 * without the policy (a what-if beside the release, not its algorithm). Undefined when no
 * entry names it.
 *
 * @returns the entry's settings and its index in `kernels`
 */
export function releaseEntry(kernels: readonly Kernel[], spec: string): { settings: KernelObject; index: number } | undefined {
  const release = (k: string) => resolveKernelRelease(k) ?? k
  // A string entry is the release's own too, with no settings of its own.
  const of = kernels.flatMap((k, index) => {
    const entry: KernelObject | undefined = typeof k === 'string' ? { release: k } : typeof k === 'object' && k !== null ? k : undefined
    return entry !== undefined && release(entry.release) === release(spec) ? [{ entry, index }] : []
  })
  // An entry with settings before a plain one, whatever their order (`["6.12", { "release":
  // "6.12.117", "imageSize": … }]`: the build import wrote), and either before a what-if.
  const own = of.find((e) => e.entry.policy === undefined && typeof kernels[e.index] === 'object') ?? of.find((e) => e.entry.policy === undefined) ?? of[0]
  if (!own) return undefined
  const { policy: _policy, ...settings } = own.entry
  return { settings, index: own.index }
}

function kernelEntries(layers: readonly Layer[], override: readonly string[] | undefined, boardPointer: JsonPointer, c: Collector): KernelEntry[] | undefined {
  if (override && override.length > 0) {
    // One layout per release (each copy would repeat every finding and count).
    // A release the board lists with settings of its own (the build's image size and boot
    // allocations `import` writes in its entry) keeps them, as without the override, and as a
    // sweep's row does (releaseEntry()).
    const listed = pick(layers, 'kernels')
    return uniqueReleases(override).map((spec) => {
      const own = listed && !listed.pointer.endsWith('/extends') ? releaseEntry(listed.value, spec) : undefined
      if (own && typeof listed!.value[own.index] === 'object') return { spec, name: spec, object: own.settings, pointer: `${listed!.pointer}/${own.index}`, override: true }
      return { spec, name: spec, pointer: listed?.pointer ?? boardPointer, override: true }
    })
  }
  const picked = pick(layers, 'kernels')
  if (!picked) {
    c.add([{ messageId: 'missingSetting', data: { id: c.boardId, setting: 'kernels', where: KERNELS_WHERE }, pointer: boardPointer, target: 'value' }])
    return undefined
  }
  // A release listed twice as a plain string ("6.12" twice, or "6.1" and "6.1.192") is one
  // layout, as with the override: each copy would repeat every finding and count, and two
  // copies of one spelling share a layout name. (An LM001 or PR001 suggestion that replaces a
  // kernel by one the board already lists makes such a list while it is verified.) Kernel
  // objects may differ in their overrides, so each stays.
  const plain = new Set(uniqueReleases(picked.value.filter((k): k is string => typeof k === 'string')))
  const entries: KernelEntry[] = []
  // Layout names are how findings, reports and a fan-out's merge tell layouts apart: each
  // entry's is its own.
  const named = new Map<string, number>()
  const name = (written: string): string => {
    const n = (named.get(written) ?? 0) + 1
    named.set(written, n)
    return n === 1 ? written : `${written}#${n}`
  }
  // An entry that is an earlier one again (the release, a series and its release being one,
  // with the same settings and policy) is pointless: warned about at the repeat, naming the first.
  const firsts = new Map<string, { pointer: JsonPointer; written: string }>()
  picked.value.forEach((k: Kernel, i) => {
    const pointer = picked.pointer.endsWith('/extends') ? picked.pointer : `${picked.pointer}/${i}`
    const count = entries.length
    if (typeof k !== 'string') entries.push({ spec: k.release, name: name(k.policy !== undefined ? `${k.release}+${k.policy}` : k.release), object: k, pointer })
    else if (plain.delete(k)) entries.push({ spec: k, name: name(k), pointer })
    if (pointer === picked.pointer) return
    const written = typeof k === 'string' ? k : k.release
    const key = kernelEntryKey(k)!
    const first = firsts.get(key)
    if (!first) {
      firsts.set(key, { pointer, written })
      return
    }
    const effect = entries.length > count ? `its layouts are simulated again (kernel ${entries.at(-1)!.name}) and repeat every finding` : 'it adds no layout'
    c.warn({ messageId: 'duplicateKernel', data: { kernel: written, as: first.written === written ? '' : ` as "${first.written}"`, first: first.pointer, effect }, pointer, target: 'value' })
  })
  return entries
}

/**
 * What a kernel entry simulates: its release (a series resolved, `6.12` and `6.12.117` are
 * one) with its settings and policy. Two entries with one key are one entry repeated (a string
 * is the release with no settings: `"6.12"` and `{ "release": "6.12" }`). Undefined for what
 * is no kernel entry.
 */
export function kernelEntryKey(entry: unknown): string | undefined {
  const object = typeof entry === 'string' ? { release: entry } : entry
  if (typeof object !== 'object' || object === null || typeof (object as { release?: unknown }).release !== 'string') return undefined
  const { release, ...settings } = object as { release: string }
  return `${resolveKernelRelease(release) ?? release}\0${sortedJson(settings)}`
}

/** A JSON value's text with each object's keys sorted: equal for equal values whatever their keys' order. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`
  if (value !== null && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`).join(',')}}`
  return JSON.stringify(value)
}

/**
 * The architecture whose kernels read each CPU feature (the schema's cpuFeatures): arm64
 * cpu_has_lpa2() (arch/arm64/kernel/cpufeature.c), the BBML2 test of the linear-map code and
 * is_hyp_mode_available() (arch/arm64/include/asm/virt.h);
 * x86 X86_FEATURE_GBPAGES and X86_FEATURE_LA57 (arch/x86/mm/init.c, arch/x86/kernel/head64.c);
 * riscv64 set_satp_mode()'s probe (arch/riscv/mm/init.c).
 */
const CPU_FEATURE_ARCH: Readonly<Record<keyof CpuFeatures, { arch: Arch; feature: string }>> = {
  lpa2: { arch: 'arm64', feature: 'FEAT_LPA2, 52-bit addresses' },
  bbml2Noabort: { arch: 'arm64', feature: 'BBML2 without TLB conflict aborts' },
  gbpages: { arch: 'x86_64', feature: 'GBPAGES, 1 GiB pages' },
  la57: { arch: 'x86_64', feature: 'LA57, 5-level paging' },
  el2: { arch: 'arm64', feature: 'entry at EL2' },
  satpMode: { arch: 'riscv64', feature: 'the paging mode set_satp_mode() probes for' },
}

/**
 * Warns about the board's own settings that its architecture's kernels never read, which the
 * engine ignores as they do: a CPU feature of another architecture, `acpi` on x86_64 (it tells
 * an arm64 boot without a device tree; x86_64 has none to leave out, as the schema says),
 * `efiBootServices` and `e820AcpiData` off x86_64.
 * riscv64's `"acpi": true` is refused instead (acpiNotOnArch). Only the board's own: a value in
 * `defaults` may be meant for the matrix's boards of the other architecture.
 */
function warnOtherArchSettings(board: Board, boardPointer: JsonPointer, arch: Arch, c: Collector): void {
  for (const flag of CPU_KEYS) {
    const owner = CPU_FEATURE_ARCH[flag]
    if (board.cpu?.[flag] === undefined || owner.arch === arch) continue
    c.warn({ messageId: 'cpuFlagNotOnArch', data: { flag, owner: owner.arch, feature: owner.feature, arch }, pointer: `${boardPointer}/cpu/${flag}`, target: 'key' })
  }
  if (board.acpi !== undefined && arch === 'x86_64') c.warn({ messageId: 'acpiNotRead', data: { arch }, pointer: `${boardPointer}/acpi`, target: 'key' })
  if (board.deviceTree !== undefined && arch === 'x86_64') c.warn({ messageId: 'deviceTreeNotRead', data: { arch, owner: 'the board' }, pointer: `${boardPointer}/deviceTree`, target: 'key' })
  // Only x86_64's setup_arch() reserves the boot-services regions (arch/x86/platform/efi/quirks.c
  // efi_reserve_boot_services()); arm64's and riscv64's efi_init() counts them usable memory
  // (drivers/firmware/efi/efi-init.c@v6.12.117:142-143 is_usable_memory()).
  if (board.efiBootServices !== undefined && arch !== 'x86_64') c.warn({ messageId: 'efiBootServicesNotRead', data: { arch }, pointer: `${boardPointer}/efiBootServices`, target: 'key' })
  // Only x86_64 has an e820 table whose ACPI-data entries e820__end_ram_pfn() counts (6.11+);
  // arm64 and riscv64 take their memory from the EFI map or the device tree.
  if (board.e820AcpiData !== undefined && arch !== 'x86_64') c.warn({ messageId: 'e820AcpiDataNotRead', data: { arch }, pointer: `${boardPointer}/e820AcpiData`, target: 'key' })
  // Only x86_64's NUMA emulation reads the SRAT's ranges (x86/setup.ts x86NumaEmulation()).
  if (board.sratMemory !== undefined && arch !== 'x86_64') c.warn({ messageId: 'sratMemoryNotRead', data: { arch }, pointer: `${boardPointer}/sratMemory`, target: 'key' })
  // Only arm64 sizes ZONE_DMA from the firmware's limits (zone_dma_limit); x86_64's zones end
  // at MAX_DMA_PFN and MAX_DMA32_PFN (arch/x86/mm/init.c@v6.12.117:1000-1015 zone_sizes_init()), riscv64's DMA32 at
  // dma32_phys_limit (arch/riscv/mm/init.c@v6.12.117:83-93): an IORT limit or zoneDmaLimit
  // narrows nothing there. (dma.ranges stay: a device's `bus` reads its node.)
  if (arch !== 'arm64') {
    for (const field of ['iortLimitBits', 'zoneDmaLimit'] as const) {
      if (board.dma?.[field] === undefined) continue
      c.warn({ messageId: 'dmaLimitNotOnArch', data: { field, arch, zones: arch === 'x86_64' ? 'ZONE_DMA at 16 MiB and ZONE_DMA32 at 4 GiB' : 'ZONE_DMA32 at 4 GiB' }, pointer: `${boardPointer}/dma/${field}`, target: 'key' })
    }
  }
}

/**
 * For a size written as a bare number ("512"): it is bytes, where QEMU's -m reads MiB, so a
 * "512" meant as 512 MiB is too small for a reason the message would not show. Said only
 * where "512M" is a size the preset lays out: "100M" is too small as well, and "200000000"
 * (190 MiB) was bytes.
 */
function bareBytesHint(text: string, preset: Pick<Preset, 'ramSizeMin' | 'ramSizeMax'>): string {
  if (text === '' || ![...text].every((ch) => ch >= '0' && ch <= '9')) return ''
  // Under 1 MiB as bytes, no RAM size anyone writes in bytes: meant as MiB.
  const mib = BigInt(text) << 20n
  const fits = BigInt(text) < 1n << 20n && mib >= (preset.ramSizeMin?.size ?? 1n) && (preset.ramSizeMax === undefined || mib <= preset.ramSizeMax.size)
  return fits ? ` (a number without a suffix is bytes, where QEMU's -m reads MiB: write "${text}M" for ${text} MiB)` : ''
}

/**
 * The nearest policy id to a misspelt one: the first of a series written without its
 * release ("arm64-5.10" for arm64-5.10.0, which the typo distance would take for
 * arm64-5.11), else the closest spelling.
 */
function policyHint(policy: string, policies: readonly string[]): string {
  const first = policies.find((p) => p.startsWith(`${policy}.`))
  return first !== undefined ? `; did you mean "${first}"?` : hintFor(policy, policies)
}

/** A board's settings, its preset's and the defaults, the nearest first (pick() and the merges read them in this order). */
function boardLayers(board: Board, index: number, defaults: Settings | undefined): Layer[] {
  const boardPointer = `/boards/${index}`
  const layers: Layer[] = [{ settings: board, base: boardPointer, anchor: boardPointer }]
  const preset = board.extends === undefined ? undefined : getPreset(board.extends)
  if (preset) layers.push({ settings: preset.settings, anchor: `${boardPointer}/extends` })
  if (defaults) layers.push({ settings: defaults, base: '/defaults', anchor: '/defaults' })
  return layers
}

/** The `severity` and `suppress` a board's layers merge to. */
function boardPolicy(layers: readonly Layer[]): Pick<DecodedLayout, 'severity' | 'suppress'> {
  return { severity: mergeSeverity(layers), suppress: mergeSuppress(layers) }
}

/** Decodes one schema-valid board into its layouts. */
function decodeBoard(
  board: Board,
  index: number,
  defaults: Settings | undefined,
  options: DecodeOptions,
  c: Collector,
  policy?: (policy: Pick<DecodedLayout, 'severity' | 'suppress'>) => void,
  listed?: (layouts: number) => void,
  boardIds?: ReadonlyMap<string, number>,
): DecodedLayout[] {
  const boardPointer = `/boards/${index}`
  const layers = boardLayers(board, index, defaults)
  const preset = board.extends === undefined ? undefined : getPreset(board.extends)
  // Known before anything can fail, so the board's suppressions cover its own problems.
  const { severity, suppress } = boardPolicy(layers)
  policy?.({ severity, suppress })
  if (board.extends !== undefined && !preset) {
    // Why the board-id case: "extends" reads like inheritance, so users name the board they
    // copied from; say that only presets can be extended rather than leave them guessing.
    const sibling = boardIds?.get(board.extends)
    const hint = sibling !== undefined
      ? `: "${board.extends}" is the board at /boards/${sibling}, and "extends" names a built-in preset only (settings several boards share go in "defaults")`
      : hintFor(board.extends, Object.keys(PRESETS))
    c.add([{ messageId: 'unknownPreset', data: { name: board.extends, hint, known: Object.keys(PRESETS).join(', ') }, pointer: `${boardPointer}/extends`, target: 'value' }])
    return []
  }

  // A preset is one machine of one architecture: its RAM map, devices and boot placements
  // simulated under another architecture's kernel describe no board (defaults' arch is below
  // the preset's and never conflicts).
  if (preset && board.arch !== undefined && board.arch !== preset.settings.arch) {
    const others = Object.entries(PRESETS).filter(([, p]) => p.settings.arch === board.arch).map(([name]) => name)
    c.add([{ messageId: 'presetArch', data: { preset: board.extends!, presetArch: String(preset.settings.arch), arch: board.arch, presets: others.length > 0 ? others.join(', ') : 'there is none' }, pointer: `${boardPointer}/arch`, target: 'value' }])
    return []
  }
  const arch = pick(layers, 'arch')?.value
  if (!arch) {
    c.add([{ messageId: 'missingSetting', data: { id: c.boardId, setting: 'arch', where: PRESET_OR_DEFAULTS }, pointer: boardPointer, target: 'value' }])
    // Why the others here too: a board imported from a DT lacks arch, kernels and image at
    // once (import says so), and naming one per run would take three runs to learn them.
    if (!pickRam(layers)) c.add([{ messageId: 'missingSetting', data: { id: c.boardId, setting: MISSING_RAM, where: PRESET_OR_DEFAULTS }, pointer: boardPointer, target: 'value' }])
    if (!options.kernels && !pick(layers, 'kernels')) c.add([{ messageId: 'missingSetting', data: { id: c.boardId, setting: 'kernels', where: KERNELS_WHERE }, pointer: boardPointer, target: 'value' }])
    if (!imageGiven(layers)) c.add([{ messageId: 'missingSetting', data: { id: c.boardId, setting: 'kernel image placement ("image")', where: PRESET_OR_DEFAULTS }, pointer: boardPointer, target: 'value' }])
    return []
  }
  const variants = decodeVariants(layers, preset, c, boardPointer)
  const kernels = kernelEntries(layers, options.kernels, boardPointer, c)
  // A kernel's own tree on x86_64, as the board's above; only the board's kernels, as there.
  for (const entry of kernels ?? []) {
    if (arch === 'x86_64' && entry.object?.deviceTree !== undefined && entry.pointer.startsWith(`${boardPointer}/`)) {
      c.warn({ messageId: 'deviceTreeNotRead', data: { arch, owner: "the kernel's object" }, pointer: child(entry.pointer, 'deviceTree'), target: 'key' })
    }
  }
  // Why here too: without RAM or kernels no variant reaches the image check below, and a board
  // missing several settings should learn them in one run, as one without arch does.
  if ((!variants || !kernels) && !imageGiven(layers)) c.add([{ messageId: 'missingSetting', data: { id: c.boardId, setting: 'kernel image placement ("image")', where: imageWhere(arch) }, pointer: boardPointer, target: 'value' }])
  const acpiSetting = pick(layers, 'acpi')
  const acpi = acpiSetting?.value ?? false
  const deviceTree = pick(layers, 'deviceTree')
  // riscv64 boots with ACPI too from 6.5, and setup_arch() then unflattens no device tree
  // (arch/riscv/kernel/setup.c@v6.12.117:299-306), which its model does not know: refused
  // rather than simulated as a device-tree boot. x86_64 has no device tree to leave out.
  if (acpi && arch === 'riscv64') c.add([{ messageId: 'acpiNotOnArch', data: { arch }, pointer: acpiSetting!.pointer, target: 'value' }])
  warnOtherArchSettings(board, boardPointer, arch, c)
  // acpi_iort_dma_get_max_cpu_address() returns no limit when acpi_disabled (drivers/acpi/arm64/
  // iort.c@v6.12.117:1994, the same in 5.10, 6.1 and 7.2): a device-tree boot reads no IORT.
  // Matrices from before the `acpi` setting described ACPI servers with iortLimitBits alone,
  // and the engine applied them: say that they limit nothing now, wherever they are written.
  const iort = pickIn(layers, 'dma', 'iortLimitBits')
  if (arch === 'arm64' && !acpi && iort && iort.value.length > 0) c.warn({ messageId: 'iortWithoutAcpi', data: { bits: `[${iort.value.join(', ')}]` }, pointer: iort.pointer, target: 'key' })
  const reservations = decodeReservations(layers, c, acpi && arch === 'arm64')
  const efiBootServices = decodeEfiBootServices(layers, c)
  const e820AcpiData = decodeE820AcpiData(layers, c)
  const sratMemory = decodeSratMemory(layers, c)
  const dma = decodeDma(layers, c, acpi && arch === 'arm64')
  warnRepeatedDeviceNames(layers, c)
  const devices = dma && decodeDevices(layers, dma.nodes, c)
  if (variants && kernels) listed?.(variants.length * kernels.length)
  if (!variants || !kernels || !reservations || !efiBootServices || !e820AcpiData || !sratMemory || !dma || !devices || (acpi && arch === 'riscv64')) return []
  // x86_64 and riscv64 have 4K pages only; 16K and 64K granules are arm64's.
  const pageSizeSetting = pick(layers, 'pageSize')
  if (pageSizeSetting && arch !== 'arm64' && pageSizeSetting.value !== '4K') {
    c.add([{ messageId: 'pageSizeNotOnArch', data: { arch, pageSize: pageSizeSetting.value }, pointer: pageSizeSetting.pointer, target: 'value' }])
    return []
  }
  // A kernel virtual address width no build of the architecture has: riscv64 would be read as
  // the paging mode below it (pagingLevels(): 47 bits is Sv39), arm64 as a linear map no kernel lays out.
  const vaBitsSetting = pick(layers, 'vaBits')
  const vaChoices = VA_BITS_CHOICES[arch]
  if (vaBitsSetting && vaChoices && !vaChoices.includes(vaBitsSetting.value)) {
    c.add([{ messageId: 'vaBitsNotOnArch', data: { arch, vaBits: String(vaBitsSetting.value), choices: vaChoices.join(', ') }, pointer: vaBitsSetting.pointer, target: 'value' }])
    return []
  }

  const cpu = Object.fromEntries(CPU_KEYS.map((k) => [k, pickIn(layers, 'cpu', k)?.value ?? schemaDefault(defs.cpuFeatures, k)])) as unknown as CpuFeatures
  const expect = Object.fromEntries(EXPECT_KEYS.map((k) => [k, pickIn(layers, 'expect', k)?.value ?? schemaDefault(defs.expect, k)])) as Required<Expect>
  const cmdline = pick(layers, 'cmdline')
  // Every layer's command line, topmost first: the one a layout reads replaces the rest.
  const cmdlines: ReplacedCmdline[] = layers.flatMap((layer) => {
    const value = layer.settings.cmdline
    if (value === undefined) return []
    const owner: CmdlineOwner =
      layer.base === undefined ? { layer: 'preset', name: `preset ${board.extends}'s` } : layer.base === '/defaults' ? { layer: 'defaults', name: "the defaults'" } : { layer: 'board', name: "the board's" }
    return [{ value, pointer: pointerIn(layer, 'cmdline'), owner }]
  })
  // A policy mirrors one architecture's boot: only this board's are known here.
  const policies = listPolicies(arch)

  const layouts: DecodedLayout[] = []
  // Kernels whose command line turns ACPI off (parse_acpi(), arch/arm64/kernel/acpi.c): on
  // them the IORT is not read (acpi_boot_table_init() leaves acpi_disabled set).
  const acpiOff = new Set<string>()
  for (const variant of variants) {
    // Variant-level placement checks (the same for every kernel except the image size).
    const placed: Array<{ key: 'initrd' | 'dtb'; range: PlacedRange }> = []
    // The preset's initrd that its boot loader puts after the kernel image: placed per kernel.
    const initrdAfterImage = preset?.initrdAfterImage !== undefined && variant.initrd?.value === preset.settings.initrd ? preset.initrdAfterImage : undefined
    let afterImage: PlacedRange | undefined
    let variantOk = true
    for (const key of ['initrd', 'dtb'] as const) {
      const p = variant[key]
      if (!p) continue
      // One placement for several RAM variants (the board's, over a list): name the variant.
      const what = key === 'dtb' ? 'DTB' : 'initrd'
      const shared = variants.length > 1 && variant.name !== undefined && !p.pointer.startsWith(variant.pointer)
      const range = c.range(shared ? `${what} (with RAM "${variant.name}")` : what, p.value.base, p.value.size, p.pointer)
      if (range && key === 'initrd' && initrdAfterImage) afterImage = range
      else if (!range || !c.add(checkInsideRam(range, variant.banks))) variantOk = false
      else placed.push({ key, range })
    }
    // A fixed reservation outside RAM is the kernel's to reserve as well (memblock_reserve() of
    // any range, memblock_mark_nomap() of none: drivers/of/of_reserved_mem.c@v7.2.13
    // early_init_dt_reserve_memory()): a warning, once a region, and the board decodes on.
    for (const r of reservations.placed) {
      for (const p of checkInsideRam(r, variant.banks)) {
        const warned = c.warnings.some((w) => w.messageId === 'reservationOutsideRam' && w.pointer === p.pointer && w.data.start === p.data.start && w.data.gapStart === p.data.gapStart)
        if (!warned) c.warn({ ...p, messageId: 'reservationOutsideRam' })
      }
    }
    // Only x86_64 reads them (the e820 table); on the others they are warned about and ignored.
    if (arch === 'x86_64' && !c.add(checkAcpiDataOutsideRam(e820AcpiData, variant.banks, variant.nomap))) variantOk = false
    const fixedInitrd = placed.find((p) => p.key === 'initrd')?.range
    const fixedDtb = placed.find((p) => p.key === 'dtb')?.range
    if (fixedInitrd && fixedDtb && !c.add(checkPlacementOverlap(fixedDtb, fixedInitrd, arch))) variantOk = false
    if (!variant.image) {
      c.add([{ messageId: 'missingSetting', data: { id: c.boardId, setting: 'kernel image placement ("image")', where: imageWhere(arch) }, pointer: boardPointer, target: 'value' }])
      variantOk = false
    }
    if (!variantOk || !variant.image) continue
    const image = variant.image

    for (const entry of kernels) {
      c.layout = undefined
      const release = resolveKernelRelease(entry.spec)
      const versionPointer = entry.object ? child(entry.pointer, 'release') : entry.pointer
      if (!release) {
        c.add([{ messageId: 'unknownKernel', data: { kernel: entry.spec, known: debianSeries(arch).join(', ') }, pointer: versionPointer, target: 'value' }])
        continue
      }
      const policy = entry.object?.policy
      if (policy !== undefined && !policies.includes(policy)) {
        c.add([{ messageId: 'unknownPolicy', data: { policy, hint: policyHint(policy, policies), known: policies.join(', ') || 'none' }, pointer: child(entry.pointer, 'policy'), target: 'value' }])
        continue
      }
      // Once per kernel entry, not per RAM variant: the same entry in each.
      const outside = policy !== undefined ? policyOutsideRelease(arch, release, policy) : undefined
      const policyPointer = child(entry.pointer, 'policy')
      if (outside && !c.warnings.some((w) => w.messageId === 'policyOutsideRelease' && w.pointer === policyPointer)) {
        c.warn({ messageId: 'policyOutsideRelease', data: { policy: policy!, release, releases: outside.releases, own: outside.own ? ` (its own is ${outside.own})` : '' }, pointer: policyPointer, target: 'value' })
      }
      c.layout = { layoutName: variant.name !== undefined ? `${variant.name}/${entry.name}` : entry.name, kernel: release }
      const pageSizeName = pick(layers, 'pageSize')?.value
      const profile = kernelProfile(arch, release, pageSizeName ? PAGE_SIZES[pageSizeName] : undefined)
      const pageSize = pageSizeName ? (PAGE_SIZES[pageSizeName] ?? 4096n) : (profile?.pageSize ?? 4096n)

      const sizeText = entry.object?.imageSize ?? image.value.size
      const sizePointer = entry.object?.imageSize !== undefined ? child(entry.pointer, 'imageSize') : child(image.pointer, 'size')
      const imageSize = sizeText !== undefined ? c.num(sizeText, sizePointer, 'kernel image size') : profile?.imageSize
      if (imageSize === undefined) {
        // An override's kernel has no entry in the board to put an "imageSize" on.
        if (sizeText === undefined && entry.override) c.add([{ messageId: 'missingImageSizeOverride', data: { kernel: release, arch, known: debianSeries(arch).join(', ') }, pointer: entry.pointer, target: 'value' }])
        else if (sizeText === undefined) c.add([{ messageId: 'missingImageSize', data: { kernel: release, arch }, pointer: entry.pointer, target: 'value' }])
        continue
      }
      // arm64 map_mem()'s read-only kernel alias ends at __init_begin, inside the image.
      const codeText = entry.object?.codeSize ?? image.value.codeSize
      const codePointer = entry.object?.codeSize !== undefined ? child(entry.pointer, 'codeSize') : child(image.pointer, 'codeSize')
      const codeSize = codeText !== undefined ? c.num(codeText, codePointer, 'kernel code size') : undefined
      if (codeText !== undefined && codeSize === undefined) continue
      if (codeSize !== undefined && codeSize > imageSize) {
        c.add([{ messageId: 'codeBeyondImage', data: { code: codeText!, image: `0x${imageSize.toString(16)}` }, pointer: codePointer, target: 'value' }])
        continue
      }
      const imageBase = c.num(image.value.base, child(image.pointer, 'base'), 'kernel image base')
      if (imageBase === undefined) continue
      const imageRange: PlacedRange = { what: 'kernel image', base: imageBase, size: imageSize, pointer: image.pointer }
      if (!c.add([...checkRangeBounds(imageRange), ...checkImageAlignment(imageRange, arch)]) || !c.add(checkInsideRam(imageRange, variant.banks))) continue
      let initrd = fixedInitrd
      if (afterImage && initrdAfterImage) {
        initrd = { ...afterImage, base: initrdAfterImage(imageBase + imageSize) }
        if (!c.add(checkRangeBounds(initrd)) || !c.add(checkInsideRam(initrd, variant.banks)) || (fixedDtb && !c.add(checkPlacementOverlap(fixedDtb, initrd, arch)))) continue
      }
      // The image's size is this kernel's: a blob clear of one release's image can lie in the next's.
      const sizedImage: PlacedRange = { ...imageRange, what: `the ${release} kernel image` }
      if (!c.add([initrd, fixedDtb].flatMap((blob) => (blob ? checkPlacementOverlap(blob, sizedImage, arch) : [])))) continue
      if (!c.add(variant.banks.flatMap((b) => checkPageAligned(b, pageSize)))) continue

      const bootSize = (key: keyof BootAllocations, fromProfile = true): bigint | undefined => {
        const text = entry.object?.boot?.[key] ?? pickIn(layers, 'boot', key)?.value
        if (text === undefined) return (fromProfile ? profile?.boot[key] : undefined) ?? 0n
        return c.num(text, entry.object?.boot?.[key] !== undefined ? child(entry.pointer, 'boot', key) : (pickIn(layers, 'boot', key)?.pointer ?? entry.pointer), `boot.${key}`)
      }
      const unflattenedDt = bootSize('unflattenedDt')
      const dtAliases = bootSize('dtAliases')
      // The tree's counts size it for this kernel unless a measured size is given as close to
      // the board: in the kernel's object, or in the layer that has the counts (both describe
      // its tree) or a nearer one; a board's counts win over a preset's or the defaults' size.
      // The kernel's object's own tree is nearer than any layer. A preset's tree can be the
      // one the kernel's package ships (deviceTreeFor()).
      // An ACPI board's kernel unflattens the EFI stub's tree, if any (acpi=off), not this one.
      const measuredInKernel = entry.object?.boot?.unflattenedDt !== undefined
      let counts: DeviceTree | undefined
      if (entry.object?.deviceTree !== undefined) counts = measuredInKernel ? undefined : entry.object.deviceTree
      else if (deviceTree !== undefined && !measuredInKernel) {
        const countsLayer = layers.findIndex((l) => l.settings.deviceTree !== undefined)
        const measuredLayer = layers.findIndex((l) => l.settings.boot?.unflattenedDt !== undefined)
        const fromPreset = preset?.deviceTreeFor !== undefined && deviceTree.value === preset.settings.deviceTree
        if (measuredLayer < 0 || countsLayer < measuredLayer) counts = fromPreset ? preset.deviceTreeFor!(release) : deviceTree.value
      }
      const treeCounts = arch !== 'x86_64' && !acpi ? counts : undefined
      const nodeData = bootSize('nodeData')
      // The x86 image's parts belong to the profile's build: a board that gives the image's
      // size describes another build, whose parts it gives too or the whole image is reserved.
      const kernelReserve = bootSize('kernelReserve', sizeText === undefined)
      const brk = bootSize('brk', sizeText === undefined)
      if (unflattenedDt === undefined || dtAliases === undefined || nodeData === undefined || kernelReserve === undefined || brk === undefined) continue

      let paBits = pick(layers, 'paBits')?.value ?? profile?.paBits ?? ARCH_DEFAULT_BITS[arch].pa
      // riscv64's vaBits is the DT's mmu-type, a limit from 6.17.7 on: where neither the board
      // nor a profile names it, the CPU's own mode (cpu.satpMode) stands in, so that the
      // fallback's Sv39 never limits a CPU the board says has more.
      let vaBits = pick(layers, 'vaBits')?.value ?? profile?.vaBits ?? (arch === 'riscv64' ? cpu.satpMode : undefined) ?? ARCH_DEFAULT_BITS[arch].va
      // A 52-bit arm64 kernel with 4K or 16K pages (CONFIG_ARM64_LPA2) falls back at boot when
      // the CPU lacks LPA2, whether the 52 comes from the profile or from the board (a .config
      // import writes CONFIG_ARM64_VA_BITS/PA_BITS): the VA to VA_BITS_MIN, 48 bits, or 47 with
      // 16K pages, one level less (arch/arm64/kernel/pi/map_kernel.c:236-238@v6.12.117,
      // :260-262@v7.2.13; arch/arm64/include/asm/memory.h:56-61@v6.12.117), and PHYS_MASK_SHIFT,
      // so MAX_PHYSMEM_BITS, to 48 (arch/arm64/include/asm/pgtable-prot.h:90@v6.12.117,
      // :94@v7.2.13; sparsemem.h:10): sparse_init()'s mem_section root array is 2^(48 -
      // SECTION_SIZE_BITS) / SECTIONS_PER_ROOT pointers, 128 KiB with 4K pages, not 2 MiB
      // (test/boots/nolpa2: -cpu max,lpa2=off). 64K pages reach 52 bits with FEAT_LVA/LPA alone.
      let paLowered = false
      if (arch === 'arm64' && pageSize !== 65536n && !cpu.lpa2) {
        if (vaBits > 48) vaBits = pageSize === 16384n ? 47 : 48
        if (paBits > 48) {
          paBits = 48
          paLowered = true
        }
      }
      if (arch === 'arm64') {
        const why = paLowered ? ' (52 bits fall back to 48 on a CPU without LPA2: "cpu.lpa2")' : ''
        const past = checkPhysLimit(imageRange, variant.banks, paBits, release, why)
        if (!c.add(past.image)) continue
        // One warning per bank and limit, naming every kernel with that limit.
        for (const p of past.banks) c.warnPerKernel({ ...p, messageId: 'ramBeyondPhysLimit' }, release)
      }

      const memory: MemoryBank[] = variant.banks.map((b, i) => ({ base: b.base, size: b.size, ...(variant.nomap[i] && { nomap: true }), ...(variant.nodes[i] !== undefined && { node: variant.nodes[i] }) }))
      const cmdlineValue = entry.object?.cmdline ?? cmdline?.value ?? schemaDefault<string>(defs.settings, 'cmdline')
      const layout: Layout = {
        arch,
        kernel: release,
        ...optional('policy', policy),
        pageSize,
        paBits,
        vaBits,
        memory,
        image: { base: imageBase, size: imageSize, ...optional('codeSize', codeSize) },
        ...optional('initrd', initrd && { base: initrd.base, size: initrd.size }),
        ...optional('dtb', fixedDtb && { base: fixedDtb.base, size: fixedDtb.size }),
        ...optional('deviceTree', treeCounts && { nodes: treeCounts.nodes, properties: treeCounts.properties, nameBytes: BigInt(treeCounts.nameBytes), aliases: treeCounts.aliases ?? [] }),
        ...optional('acpi', (arch === 'arm64' && acpi) || undefined),
        ...optional('numaDistances', pick(layers, 'numaDistances')?.value || undefined),
        ...optional('memorylessNodes', memorylessNodesOf(pick(layers, 'memorylessNodes')?.value)),
        reservations: reservations.list,
        // Only x86_64's setup_arch() reserves them (arch/x86/platform/efi/quirks.c).
        ...optional('efiBootServices', arch === 'x86_64' && efiBootServices.length > 0 ? efiBootServices : undefined),
        // Only x86_64 has an e820 table (x86/e820.ts e820FromFirmware()).
        ...optional('e820AcpiData', arch === 'x86_64' && e820AcpiData.length > 0 ? e820AcpiData.map((r) => ({ base: r.base, size: r.size })) : undefined),
        // Only x86_64's NUMA emulation reads them.
        ...optional('sratMemory', arch === 'x86_64' && sratMemory.length > 0 ? sratMemory : undefined),
        dma: dma.dma,
        devices: devices.list,
        config: decodeConfig(layers, entry.object, profile),
        cpu,
        boot: { unflattenedDt, dtAliases, nodeData, kernelReserve, brk },
        cmdline: cmdlineValue,
      }
      // x86_64: RAM past MAXMEM (2^46 under 4-level paging) is no RAM the kernel maps.
      const physmemBits = x86PhysmemBits(layout)
      if (physmemBits !== undefined) {
        // Why 4-level paging: the CPU (no "cpu.la57"), the build (5.10's, CONFIG_X86_5LEVEL=n) or `no5lvl`.
        const fourLevel = !cpu.la57 ? 'the CPU has no LA57 ("cpu.la57")' : x86PhysmemBits({ ...layout, cmdline: '' }) === 52 ? '"no5lvl" on the command line' : 'the build has no CONFIG_X86_5LEVEL'
        const why = physmemBits < 52 ? ` (4-level paging: ${fourLevel})` : ''
        for (const p of checkPhysLimit(imageRange, variant.banks, physmemBits, release, why).banks) c.warnPerKernel({ ...p, messageId: 'ramBeyondMaxmem', data: { ...p.data, fiveLevel: physmemBits < 52 ? ' (5-level paging moves MAXMEM to 4 PiB)' : '' } }, release)
      }
      // The engine's own acpi_boot_table_init() mirror, on the command line the kernel keeps.
      if (layout.acpi && iort && iort.value.length > 0 && !runsWithAcpi(layout)) acpiOff.add(entry.spec)
      const layoutName = variant.name !== undefined ? `${variant.name}/${entry.name}` : entry.name
      layouts.push({
        boardId: board.id,
        ...optional('boardName', board.name),
        layoutName,
        ...optional('variant', variant.name),
        kernelSpec: entry.spec,
        layout,
        pointers: {
          board: boardPointer,
          kernel: entry.pointer,
          cmdline: entry.object?.cmdline !== undefined ? child(entry.pointer, 'cmdline') : (cmdline?.pointer ?? boardPointer),
          ram: variant.pointer,
          memory: variant.banks.map((b) => b.pointer),
          image: image.pointer,
          ...optional('initrd', variant.initrd?.pointer),
          ...optional('dtb', variant.dtb?.pointer),
          reservations: reservations.pointers,
          devices: devices.pointers,
        },
        expect,
        severity,
        suppress,
        // A kernel's own command line replaces the board's too.
        replacedCmdlines: entry.object?.cmdline !== undefined ? cmdlines : cmdlines.slice(1),
        cmdlineOwner: entry.object?.cmdline !== undefined ? { layer: 'kernel', name: "this kernel's" } : (cmdlines[0]?.owner ?? { layer: 'board', name: "the board's" }),
      })
    }
    c.layout = undefined
  }
  if (acpiOff.size > 0) c.warn({ messageId: 'iortAcpiOff', data: { bits: `[${iort!.value.join(', ')}]`, kernels: `${acpiOff.size > 1 ? 'kernels' : 'kernel'} ${[...acpiOff].join(', ')}` }, pointer: iort!.pointer, target: 'key' })
  return layouts
}

/**
 * The index of each board id's first board. Ids count even on boards the schema rejected, so
 * a later board with the same id is a duplicate (decodeMatrix() refuses it) all the same.
 */
export function firstBoardOfEachId(boards: readonly unknown[]): Map<string, number> {
  const first = new Map<string, number>()
  boards.forEach((board, index) => {
    const id = (board as { id?: unknown } | null)?.id
    if (typeof id === 'string' && !first.has(id)) first.set(id, index)
  })
  return first
}

/**
 * Decodes a schema-checked matrix into engine layouts.
 *
 * @param doc - the document (only boards not listed in `options.invalidBoards` are read)
 * @param options - board filter, kernel override, boards to skip
 * @returns the layouts of every board without problems, and all semantic problems
 * @example
 * decodeMatrix({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', kernels: ['6.12'] }] })
 *   .layouts.map((l) => l.layoutName)
 * // → ['1G/6.12', '2G/6.12', '4G/6.12', '8G/6.12', '16G/6.12']
 */
export function decodeMatrix(doc: BoardMatrix, options: DecodeOptions = {}): DecodeResult {
  const keep = boardFilter(options.boards)
  const firstIndex = firstBoardOfEachId(doc.boards)
  const layouts: DecodedLayout[] = []
  const problems: SemanticProblem[] = []
  const warnings: SemanticProblem[] = []
  const policies: DecodeResult['policies'] = new Map()
  const listed: DecodeResult['listed'] = new Map()
  doc.boards.forEach((board, index) => {
    const id = typeof board?.id === 'string' ? board.id : undefined
    const first = id === undefined ? undefined : firstIndex.get(id)
    // A repeated id whatever the schema says of either board: fixing a later board's schema
    // error must not be what reveals that its id is taken.
    if (id !== undefined && first !== undefined && first !== index) {
      const c = new Collector(id)
      c.add([{ messageId: 'duplicateBoardId', data: { id, first: `/boards/${first}` }, pointer: `/boards/${index}/id`, target: 'value' }])
      problems.push(...c.problems)
      return
    }
    // Not an object, or not schema-valid: reported already.
    if (options.invalidBoards?.has(index)) {
      // A board no filter can select ("a,b") is reported whatever the filter (readMatrix()):
      // so is its policy, or a fan-out leg failed on what a whole run suppressed.
      if (id !== undefined && options.policyReadable?.has(index) && (keep(id) || !isSelectableId(id))) policies.set(id, boardPolicy(boardLayers(board, index, doc.defaults)))
      return
    }
    const c = new Collector(board.id)
    if (!keep(board.id)) return
    layouts.push(...decodeBoard(board, index, doc.defaults, options, c, (p) => policies.set(board.id, p), (n) => listed.set(board.id, n), firstIndex))
    problems.push(...c.problems)
    warnings.push(...c.warnings)
  })
  return { layouts, problems: dedupe(problems), warnings, policies, listed }
}

/**
 * The same problem found twice for one layout of one board is reported once (boards that
 * share a `defaults` value share its pointer and their layout names). Found for several layouts
 * (one image base, every kernel of the board), it is one problem per layout: each keeps its
 * layout from the engine, and the reports name them all (grouped, as findings that differ
 * only in their layout are); kept once, it named the first kernel only.
 */
function dedupe(problems: SemanticProblem[]): SemanticProblem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.pointer}\0${p.messageId}\0${JSON.stringify(p.data)}\0${p.boardId ?? ''}\0${p.layoutName ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
