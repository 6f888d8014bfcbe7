// SPDX-License-Identifier: GPL-2.0-only
/**
 * /proc/iomem → RAM banks, reservations and the crash kernel regions.
 *
 * Format (kernel/resource.c r_show()): one resource per line, `start-end : name`, hex
 * without 0x, inclusive end, two spaces of indent per nesting level. Read without root,
 * every address prints as 0 (iomem_is_exclusive()/`kptr_restrict`-like masking), which is
 * reported, not silently turned into an empty board.
 *
 * What the kernel puts there: `System RAM` per memblock.memory region that is not NOMAP
 * (arm64/riscv request_standard_resources(); x86 e820 RAM entries), NOMAP memory as a
 * top-level `reserved`/`Reserved` entry (arm64/riscv), `Kernel code`/`Kernel data`
 * (arm64, x86), `Kernel image` (riscv), and each crash region as `Crash kernel` under
 * System RAM.
 */
import type { Board } from '../matrix/generated/board-matrix.js'
import { mergeSpans, type Span } from './ranges.js'
import { cite, hex, derivedId, toMemory, type ImportProblem, type ImportResult, type Provenance } from './types.js'

/** One /proc/iomem line. */
export interface IomemEntry {
  start: bigint
  /** Inclusive, as printed. */
  end: bigint
  name: string
  /** Nesting level (0 = top level). */
  depth: number
  /** Index of the enclosing entry, -1 at top level. */
  parent: number
  /** 1-based line in the input. */
  line: number
  text: string
}

export interface IomemFacts {
  entries: IomemEntry[]
  /** Top-level `System RAM` entries (exclusive ends). */
  systemRam: Array<Span & { entry: IomemEntry }>
  /** Top-level `reserved`/`Reserved` entries: NOMAP memory on arm64/riscv, firmware areas on x86. */
  topReserved: Array<Span & { entry: IomemEntry }>
  /** Top-level `ACPI Tables` entries: x86's e820 ACPI-data entries (e820_type_to_string()). */
  acpiTables: Array<Span & { entry: IomemEntry }>
  /** `Crash kernel` entries, in address order. */
  crashKernel: Array<Span & { entry: IomemEntry }>
  /** `Kernel code`, `Kernel data`, `Kernel image`, `Kernel rodata`, `Kernel bss`. */
  kernel: Partial<Record<'code' | 'data' | 'image' | 'rodata' | 'bss', IomemEntry>>
}

const LINE = /^( *)([0-9a-fA-F]+)-([0-9a-fA-F]+) : (.*)$/

const KERNEL_PARTS: Record<string, keyof IomemFacts['kernel']> = {
  'Kernel code': 'code',
  'Kernel data': 'data',
  'Kernel image': 'image',
  'Kernel rodata': 'rodata',
  'Kernel bss': 'bss',
}

/** Whether a line looks like a /proc/iomem entry (used to find one inside a boot log). */
export function isIomemLine(text: string): boolean {
  return LINE.test(text.replace(/\r$/, ''))
}

/**
 * Parses /proc/iomem.
 *
 * @param text - the file's content
 * @param firstLine - line number of the first line (when the text is cut out of a larger file)
 * @returns the entries and facts, plus located problems (never throws)
 * @example
 * parseIomem('40000000-13fffffff : System RAM\n  dc000000-fbffffff : Crash kernel\n').facts.crashKernel[0]
 * // → { base: 0xdc000000n, end: 0xfc000000n, entry: { … } }
 */
export function parseIomem(text: string, firstLine = 1): { facts: IomemFacts; problems: ImportProblem[] } {
  const problems: ImportProblem[] = []
  const entries: IomemEntry[] = []
  const stack: number[] = []
  const lines = text.split('\n')
  let zero = 0
  for (const [i, raw] of lines.entries()) {
    const t = raw.replace(/\r$/, '')
    const line = firstLine + i
    if (t.trim() === '') continue
    const m = LINE.exec(t)
    if (!m) {
      problems.push({ severity: 'error', source: 'iomem', code: 'badLine', message: 'not a /proc/iomem line (expected "start-end : name")', line, column: 1, excerpt: t })
      continue
    }
    const indent = m[1]!.length
    const start = BigInt(`0x${m[2]}`)
    const end = BigInt(`0x${m[3]}`)
    if (start === 0n && end === 0n) zero++
    if (end < start) {
      problems.push({ severity: 'error', source: 'iomem', code: 'badRange', message: `end ${hex(end)} is below start ${hex(start)}`, line, column: indent + 1, excerpt: t })
      continue
    }
    if (indent % 2 !== 0) problems.push({ severity: 'warning', source: 'iomem', code: 'oddIndent', message: 'indent is not a multiple of two spaces; nesting guessed', line, column: 1, excerpt: t })
    let depth = Math.floor(indent / 2)
    if (depth > stack.length) {
      problems.push({ severity: 'warning', source: 'iomem', code: 'badNesting', message: `nesting jumps to level ${depth} under level ${stack.length - 1}`, line, column: 1, excerpt: t })
      depth = stack.length
    }
    stack.length = depth
    const parent = depth > 0 ? (stack[depth - 1] ?? -1) : -1
    const p = parent >= 0 ? entries[parent] : undefined
    if (p && (start < p.start || end > p.end))
      problems.push({ severity: 'warning', source: 'iomem', code: 'outsideParent', message: `lies outside its parent "${p.name}" (line ${p.line})`, line, column: indent + 1, excerpt: t })
    entries.push({ start, end, name: m[4]!.trim(), depth, parent, line, text: t })
    stack.push(entries.length - 1)
  }
  if (entries.length > 0 && zero === entries.length)
    problems.push({
      severity: 'error',
      source: 'iomem',
      code: 'zeroAddresses',
      message: 'every address is 0: /proc/iomem was read without root (the kernel hides addresses from unprivileged readers); read it as root',
      line: firstLine,
    })
  const span = (e: IomemEntry) => ({ base: e.start, end: e.end + 1n, entry: e })
  const facts: IomemFacts = {
    entries,
    systemRam: entries.filter((e) => e.depth === 0 && e.name === 'System RAM').map(span),
    topReserved: entries.filter((e) => e.depth === 0 && /^reserved$/i.test(e.name)).map(span),
    acpiTables: entries.filter((e) => e.depth === 0 && e.name === 'ACPI Tables').map(span),
    crashKernel: entries.filter((e) => e.name === 'Crash kernel').map(span),
    kernel: {},
  }
  for (const e of entries) {
    const part = KERNEL_PARTS[e.name]
    if (part && !facts.kernel[part]) facts.kernel[part] = e
  }
  if (zero !== entries.length && facts.systemRam.length === 0 && entries.length > 0)
    problems.push({ severity: 'warning', source: 'iomem', code: 'noSystemRam', message: 'no top-level "System RAM" entry', line: firstLine })
  return { facts, problems }
}

/**
 * The architecture whose kernel wrote these `Kernel …` entries, with the entry that says so:
 * riscv64 nests its parts under `Kernel image` (init_resources()), x86_64 lists `Kernel bss`
 * (and `Kernel rodata`) without one, arm64 only `Kernel code` and `Kernel data`
 * (request_standard_resources()). Undefined where they do not say (no kernel entries).
 */
export function iomemArch(facts: IomemFacts): { arch: NonNullable<Board['arch']>; entry: IomemEntry } | undefined {
  const { code, data, image, rodata, bss } = facts.kernel
  if (image) return { arch: 'riscv64', entry: image }
  if (bss ?? rodata) return { arch: 'x86_64', entry: (bss ?? rodata)! }
  if (code && data) return { arch: 'arm64', entry: code }
  return undefined
}

/**
 * x86_64's e820 ACPI-data entries as /proc/iomem lists them (top-level `ACPI Tables`, the e820
 * table after the command line's edits), written into `board.e820AcpiData` with provenance.
 * Nothing is written when there are none.
 */
export function iomemAcpiData(board: Board, facts: IomemFacts, provenance: Provenance): void {
  if (facts.acpiTables.length === 0) return
  board.e820AcpiData = facts.acpiTables.map((e) => ({ base: hex(e.base), size: hex(e.end - e.base) }))
  facts.acpiTables.forEach((e, i) => {
    provenance[`/e820AcpiData/${i}`] = `e820 ACPI data, ${cite('iomem', e.entry)}`
  })
}

/**
 * /proc/iomem → a board with the System RAM banks. The kernel image's `Kernel code` entry is
 * a fact: importBoard() places the image from it once another input names the architecture.
 * Crash kernel entries are facts (they are the kernel's answer, not board input).
 *
 * @param text - /proc/iomem as root read it
 * @param opts - `id` of the board (default `iomem`)
 * @returns board, provenance (pointer → iomem line) and problems
 */
export function iomemToBoard(text: string, opts: { id?: string } = {}): ImportResult<IomemFacts> {
  const { facts, problems } = parseIomem(text)
  const provenance: Provenance = {}
  const board: Board = { id: opts.id ?? derivedId('iomem') }
  const banks = mergeSpans(facts.systemRam, false)
  if (banks.length > 0 && !problems.some((p) => p.code === 'zeroAddresses')) {
    board.memory = toMemory(banks.map((b) => ({ base: hex(b.base), size: hex(b.end - b.base) })))
    banks.forEach((b, i) => {
      const from = facts.systemRam.filter((s) => s.base >= b.base && s.end <= b.end)
      provenance[`/memory/${i}`] = from.map((s) => cite('iomem', s.entry)).join('; ')
    })
  } else problems.push({ severity: 'error', source: 'iomem', code: 'noMemory', message: 'no usable "System RAM" entry: the board has no memory banks' })
  return { board, provenance, problems, facts }
}
