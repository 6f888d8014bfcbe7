// SPDX-License-Identifier: GPL-2.0-only
/**
 * One board of a matrix file, for the commands that look at a single board (explain, sweep,
 * suggest, verify): read the file, refuse it with located messages when the board (or the
 * document around it) has errors, and decode its layouts — with other kernels, other RAM
 * variants or other command lines when a command asks.
 *
 * A board id that is not in the file but names a preset (`raspberrypi-4`) stands for a board
 * that only extends that preset, checked with the Debian kernels of its architecture.
 */
import { check, PRESETS, type CheckOptions, type Finding, type Report } from '../../index.js'
import { ConfigurationError } from '../../errors.js'
import { visibleText } from '../../report/escape.js'
import { fileErrorText } from '../../file-errors.js'
import { resolveKernelRelease, runsWithAcpi, type Arch } from '../../engine/index.js'
import { checkKernelOverride, decodeMatrix } from '../../matrix/decode.js'
import type { Board, BoardMatrix } from '../../matrix/generated/board-matrix.js'
import { parseDocument } from '../../matrix/parse.js'
import { parseSize } from '../../matrix/size.js'
import { hintFor } from '../../matrix/validate.js'
import { SEMANTIC_WARNING_IDS, type DecodedLayout, type SemanticMessageId } from '../../matrix/types.js'
import { debianSeries } from '../../presets/index.js'
import { semanticProblemText } from '../../rules/index.js'
import { keepsLayoutsFromEngine } from '../../rules/run.js'
import type { CliIO } from '../main.js'
import { shellWord } from './args.js'
import { LIMITS } from '../../limits.js'

/** The matrix the commands read when none is given (as `check` does). */
export const DEFAULT_MATRIX = 'examples/boards.json'

/** Rules whose errors make a board unusable: syntax, schema, semantics. */
const FATAL_RULES = new Set(['SC001', 'SC002', 'SC003'])

export interface LoadedBoard {
  /** The matrix file (or `preset <name>`). */
  file: string
  id: string
  /** The board as written (a preset stand-in: `{ id, extends }`). */
  wire: Board
  /** `defaults` of the document. */
  defaults: BoardMatrix['defaults']
  /** The board came from a preset name, not from the file. */
  fromPreset: boolean
  /** The matrix text and the board's index in `boards` (none for a preset stand-in). */
  source?: { text: string; index: number }
  /** check() of this board alone (kernels as asked). */
  report: Report
  /** Its layouts as decoded for that check. */
  layouts: DecodedLayout[]
  arch: Arch
  /**
   * `partial`: the errors that kept some of the board's layouts from being simulated (a
   * DTB that overlaps one kernel's image), while others were.
   */
  unsimulated: Finding[]
}

export interface LoadOptions {
  matrix?: string | undefined
  board: string
  /** Kernels replacing the board's (releases or series). */
  kernels?: readonly string[] | undefined
  /** Verified suggestions in the report (explain shows them). */
  suggest?: boolean
  /**
   * Load the board when errors keep only some of its layouts from being simulated, with
   * those errors in `unsimulated` (explain shows the others); without it they are fatal.
   */
  partial?: boolean
  /**
   * The caller replaces the board's kernels (verify: the log's release), so a board that sets
   * none is not refused for it.
   */
  kernelsGiven?: boolean
}

/**
 * The matrix text; undefined when no `--matrix` was given, the default file cannot be read and
 * the board names a preset: outside a clone of this repository there is no
 * examples/boards.json, and a preset needs no matrix.
 */
async function readMatrix(io: CliIO, file: string | undefined, board: string): Promise<string | undefined> {
  try {
    return await io.readFile(file ?? DEFAULT_MATRIX, LIMITS.maxInputBytes + 1)
  } catch (error) {
    if (file !== undefined) throw new ConfigurationError(`cannot read matrix file ${file}: ${fileErrorText(error)}`)
    if (Object.hasOwn(PRESETS, board)) return undefined
    throw new ConfigurationError(`no --matrix given, and the default ${DEFAULT_MATRIX} cannot be read: ${fileErrorText(error)}`, {
      details: [`give the board's matrix with --matrix <file>, or a preset name as the board: ${Object.keys(PRESETS).join(', ')}`],
    })
  }
}

/** The board that only extends preset `name`, with the Debian kernels of its architecture. */
function presetBoard(name: string, options: LoadOptions, checkOptions: CheckOptions): LoadedBoard {
  const arch = PRESETS[name]!.settings.arch ?? 'arm64'
  const wire = { id: name, extends: name, kernels: debianSeries(arch) } as Board
  const stand: BoardMatrix = { version: 1, boards: [wire] }
  const report = check(JSON.stringify(stand), `preset ${name}`, checkOptions)
  return finish({ file: `preset ${name}`, id: name, wire, defaults: undefined, fromPreset: true, report, unsimulated: [] }, options.kernels)
}

/**
 * Loads one board.
 *
 * @throws ConfigurationError when the file cannot be read, the board is not there, a kernel
 *   is unknown, or the board (or the document) has syntax, schema or semantic errors — those
 *   are listed as `file:line:column message (rule)`
 */
export async function loadBoard(io: CliIO, options: LoadOptions): Promise<LoadedBoard> {
  checkKernelOverride(options.kernels, '--kernel')
  const file = options.matrix ?? DEFAULT_MATRIX
  const checkOptions: CheckOptions = { boards: [options.board], suggest: options.suggest ?? false, ...(options.kernels !== undefined && { kernels: options.kernels }) }
  const text = await readMatrix(io, options.matrix, options.board)
  if (text === undefined) return presetBoard(options.board, options, checkOptions)
  const doc = parseDocument(text)
  const value = doc.value as Partial<BoardMatrix> | undefined
  const boards = Array.isArray(value?.boards) ? value.boards : []
  const index = boards.findIndex((b) => (b as { id?: unknown } | null)?.id === options.board)

  if (index < 0 && !doc.problems.some((p) => p.messageId === 'syntaxError')) {
    if (!Object.hasOwn(PRESETS, options.board)) {
      // Each id once: a file with a repeated id (SC003) lists it once here.
      const ids = [...new Set(boards.map((b) => (b as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'))]
      // A matrix may hold hundreds of boards: the nearest id first, then the list.
      throw new ConfigurationError(`no board "${options.board}" in ${file}${hintFor(options.board, [...ids, ...Object.keys(PRESETS)])}`, {
        details: [`boards in the file: ${ids.length > 0 ? ids.join(', ') : 'none'}`, `presets (usable as a board id): ${Object.keys(PRESETS).join(', ')}`],
      })
    }
    return presetBoard(options.board, options, checkOptions)
  }

  const report = check(text, file, checkOptions)
  // Every board of that id: a second one's SC003 (the id is already used) concerns the board
  // asked for as much as the first board's own problems, which board it means being unclear.
  const indices = boards.flatMap((b, i) => ((b as { id?: unknown } | null)?.id === options.board ? [i] : []))
  const inBoard = (pointer: string) => indices.some((i) => pointer === `/boards/${i}` || pointer.startsWith(`/boards/${i}/`))
  const kernelsMissing = (f: Finding) => f.ruleId === 'SC003' && f.messageId === 'missingSetting' && f.data.setting === 'kernels'
  // The decoder's warnings (a setting no kernel reads) stop nothing, even where the board's
  // `severity` makes SC003 an error: the board is simulated, and its findings say so.
  const decodeWarning = (f: Finding) => f.ruleId === 'SC003' && SEMANTIC_WARNING_IDS.has(f.messageId as SemanticMessageId)
  const fatal = report.findings.filter(
    (f) => FATAL_RULES.has(f.ruleId) && f.severity === 'error' && (!f.suppressed || keepsLayoutsFromEngine(f)) && !decodeWarning(f) && (index < 0 || !f.pointer.startsWith('/boards/') || inBoard(f.pointer)) && !(options.kernelsGiven === true && kernelsMissing(f)),
  )
  // An SC003 error keeps the layouts it concerns from the engine (the decoder drops them): when
  // others of the board were simulated, it concerned only some (one kernel's image overlapping
  // the DTB, say). SC001 and SC002 errors stop nothing there (a duplicate key): they stay fatal.
  const wire = boards[index] as Board
  // A second board of the id is no layout the first one lacks: which board is meant is unclear.
  const partial = options.partial === true && fatal.length > 0 && fatal.every((f) => f.ruleId === 'SC003' && f.messageId !== 'duplicateBoardId') && report.layouts.some((l) => l.boardId === options.board)
  if (fatal.length > 0 && !partial) {
    // The command that shows the same problems: with the same kernels, which may be what causes them.
    const again = `crashkernel-check check ${shellWord(file)}${options.kernels !== undefined ? ` --kernel ${shellWord(options.kernels.join(','))}` : ''}`
    throw new ConfigurationError(`${file}: board "${options.board}" cannot be used until these problems are fixed (${again} lists them all)`, {
      // One line per problem: the same finding of each RAM variant or kernel of the board (a
      // kernel's missing image size) says the same thing at the same place.
      details: findingLines(fatal),
    })
  }
  return finish({ file, id: options.board, wire, defaults: value?.defaults, fromPreset: false, source: { text, index }, report, unsimulated: partial ? fatal : [] }, options.kernels)
}

/**
 * Loads a board for `--kernel`: kernels the board lists are its own, as it lists them (a
 * `kernels` entry's `cmdline`, `imageSize`, `config`), with `only` their releases, and the
 * board is checked whole, so a fix is verified on every layout of it; a kernel the board does
 * not list replaces its kernels (a what-if), loaded with `options`. Without kernels, loadBoard().
 */
export async function loadBoardKernels(io: CliIO, options: LoadOptions): Promise<{ board: LoadedBoard; only: Set<string> | undefined }> {
  if (options.kernels !== undefined) {
    const releases = new Set(options.kernels.map((k) => resolveKernelRelease(k)))
    try {
      const whole = await loadBoard(io, { matrix: options.matrix, board: options.board, ...(options.suggest !== undefined && { suggest: options.suggest }) })
      const own = new Set(whole.layouts.map((l) => l.layout.kernel))
      if ([...releases].every((r) => r !== undefined && own.has(r))) return { board: whole, only: releases as Set<string> }
    } catch (error) {
      // The board as written cannot be checked (another of its kernels, say): the asked
      // kernels alone, below, say why or are used.
      if (!(error instanceof ConfigurationError)) throw error
    }
  }
  return { board: await loadBoard(io, options), only: undefined }
}

/**
 * What keeps a board or some of its layouts from the engine, one line per problem, located,
 * in the matrix's characters (visibleText()): `  m.json:3:7  bank 1 … overlaps bank 0 …  (SC003)`.
 * The same finding of each RAM variant or kernel (a kernel's missing image size) says the same
 * thing at the same place: once.
 */
export function findingLines(findings: readonly Finding[]): string[] {
  const where = (f: Finding) => (f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : f.file)
  return [...new Set(findings.map((f) => `  ${visibleText(where(f))}  ${visibleText(f.message)}  (${f.ruleId})`))]
}

/**
 * Whether a finding of a board concerns one of the layouts `shown` (explain --kernel: the board
 * is checked whole, its other kernels' findings are not about what is shown): one about a
 * layout or a kernel, only if it is one of theirs; a kernel entry repeating an earlier one
 * (SC003 duplicateKernel), only if its release is theirs; one at a kernels entry (a what-if "policy"
 * outside its release, SC003 policyOutsideRelease), only if that entry is one of theirs; a
 * warning naming the kernels it concerns (RAM past their physical address space), only if it
 * names one of theirs; an IORT that kernels with acpi=off do not read, only if one of theirs
 * boots without ACPI; any other, about the board as a whole, always.
 */
export function concernsShown(f: Finding, shown: readonly DecodedLayout[]): boolean {
  if (f.kernel !== undefined) return shown.some((l) => l.layout.kernel === f.kernel)
  // A repeated entry may have no layout of its own ("6.12.117" after "6.12"): its release says.
  if (f.ruleId === 'SC003' && f.messageId === 'duplicateKernel' && f.data.kernel !== undefined) return shown.some((l) => l.layout.kernel === (resolveKernelRelease(f.data.kernel!) ?? f.data.kernel))
  // The layouts are of the board decoded alone (`/boards/0`), the finding of the file (`/boards/3`).
  const entry = kernelEntryOf(f.pointer)
  if (entry !== undefined) return shown.some((l) => kernelEntryOf(l.pointers.kernel) === entry)
  // Not from the finding's list of entries, which is cut at 1,000 characters: the layouts whose
  // kernel disables ACPI, as decodeMatrix() found them (an IORT is the board's, read by all or none).
  if (f.ruleId === 'SC003' && f.messageId === 'iortAcpiOff') return shown.some((l) => l.layout.acpi === true && !runsWithAcpi(l.layout))
  const named = f.ruleId === 'SC003' ? namedKernels(f) : undefined
  return named === undefined || shown.some((l) => named.includes(l.layout.kernel))
}

/**
 * The kernels entry a pointer is in, whichever board's index it has (`/boards/-/kernels/2` for
 * `/boards/3/kernels/2/policy`; `/defaults/kernels/1`), if any.
 */
function kernelEntryOf(pointer: string): string | undefined {
  const parts = pointer.split('/')
  const at = parts[1] === 'boards' ? 3 : parts[1] === 'defaults' ? 2 : -1
  if (at === 3) parts[2] = '-'
  return at > 0 && parts[at] === 'kernels' && parts[at + 1] !== undefined ? parts.slice(0, at + 2).join('/') : undefined
}

/** The releases an SC003 warning about some of the board's kernels names in its data. */
function namedKernels(f: Finding): string[] | undefined {
  // checkPhysLimit()'s releases, joined by warnPerKernel() (each release once, never cut).
  if (f.messageId === 'ramBeyondPhysLimit' || f.messageId === 'ramBeyondMaxmem') return f.data.kernel?.split(', ')
  return undefined
}

function finish(partial: Omit<LoadedBoard, 'layouts' | 'arch'>, kernels: readonly string[] | undefined): LoadedBoard {
  const layouts = decodeBoard(partial, { kernels })
  const arch = layouts[0]?.layout.arch ?? partial.wire.arch ?? (partial.wire.extends !== undefined ? PRESETS[partial.wire.extends]?.settings.arch : undefined) ?? 'arm64'
  return { ...partial, layouts, arch }
}

/** The board's RAM variant names in matrix order (empty for a board with one bank set). */
export function ramVariants(layouts: readonly DecodedLayout[]): string[] {
  return [...new Set(layouts.map((l) => l.variant).filter((v): v is string => v !== undefined))]
}

/**
 * Decodes the board again, with other kernels and/or RAM sizes.
 *
 * @param ram - RAM variant names; a name that is not a variant is a RAM size for boards whose
 *   preset derives the map from one (`qemu-*`: `--ram 3G`)
 * @throws ConfigurationError for a RAM name the board cannot have
 */
export function decodeBoard(board: Pick<LoadedBoard, 'wire' | 'defaults' | 'id'>, options: { kernels?: readonly string[] | undefined; ram?: readonly string[] | undefined }): DecodedLayout[] {
  const decode = (wire: Board) => {
    const doc = { version: 1, ...(board.defaults !== undefined && { defaults: board.defaults }), boards: [wire] } as BoardMatrix
    return decodeMatrix(doc, options.kernels !== undefined ? { kernels: options.kernels } : {})
  }
  const all = decode(board.wire).layouts
  if (options.ram === undefined) return all
  const variants = ramVariants(all)
  const preset = board.wire.extends !== undefined ? PRESETS[board.wire.extends] : undefined
  const out: DecodedLayout[] = []
  const sized = sizedByPreset(board.wire)
  // A preset's RAM sizes by their bytes: `--ram 3G,3072M,3g` is one size, named as first given
  // (the board's own "ramSize" among them: its variant is named by that size).
  const sizes = new Set<bigint>()
  const seen = (name: string): boolean => {
    const bytes = sized ? sizeOf(name) : undefined
    if (bytes === undefined) return false
    if (sizes.has(bytes)) return true
    sizes.add(bytes)
    return false
  }
  // A size the board has a variant of (`--ram 4096M` on the preset's "4G") is that variant, by
  // its name: suggest's note tells the other variants from the asked one by it.
  const variantNamed = ramVariantNamer(board.wire, variants)
  // Each RAM variant once, as each kernel is simulated once (`--ram 2G,2G`).
  for (const given of new Set(options.ram)) {
    const name = variantNamed(given)
    if (variants.includes(name)) {
      if (seen(name)) continue
      out.push(...all.filter((l) => l.variant === name))
      continue
    }
    if (preset && sized) {
      const { ram: _ram, ...rest } = board.wire
      const decoded = decode({ ...rest, ramSize: name } as Board)
      const problem = decoded.problems.find((p) => p.boardId === board.id)
      if (problem || decoded.layouts.length === 0) {
        // A size the schema refuses (`010`: a leading 0, which memparse() reads as octal) in
        // SC002's words, as explain and check give them; the decoder's own would be wrong.
        const doc = { version: 1, ...(board.defaults !== undefined && { defaults: board.defaults }), boards: [{ ...rest, ramSize: name }] }
        const schema = check(JSON.stringify(doc), `${board.id} with ramSize ${name}`, { suggest: false }).findings.find((f) => f.ruleId === 'SC002')
        if (schema) throw new ConfigurationError(`--ram ${name}: ${schema.message}`)
        // In check's words (SC003), as "ramSize" in the matrix would be reported.
        const why = problem ? semanticProblemText(problem) : 'no layout'
        // The size itself (below or above what the preset allows), or something of the board's
        // own that does not fit that much RAM (an initrd it places, say).
        throw new ConfigurationError(
          !problem || problem.messageId.startsWith('ramSize')
            ? `--ram ${name}: not a RAM size for preset ${preset.name} (${why})`
            : `--ram ${name}: board "${board.id}" does not fit ${name} of RAM (${why})`,
        )
      }
      if (seen(name)) continue
      out.push(...decoded.layouts)
      continue
    }
    throw new ConfigurationError(
      variants.length > 0
        ? `--ram ${name}: board "${board.id}" has the RAM variants ${variants.join(', ')}`
        : `--ram ${name}: board "${board.id}" has one set of RAM banks and no RAM variants`,
    )
  }
  return out
}

/**
 * What a `--ram` item names on this board: on a board whose qemu-* preset derives its RAM from a
 * size (no banks of its own), a size equal in bytes to one of its variants is that variant
 * (`--ram 4096M` is the preset's `4G`); anything else is returned as given.
 *
 * @param variants - the board's RAM variant names (ramVariants())
 */
export function ramVariantNamer(wire: Pick<Board, 'extends' | 'memory' | 'ram'>, variants: readonly string[]): (given: string) => string {
  if (!sizedByPreset(wire)) return (given) => given
  const variantOfSize = new Map<bigint, string>()
  for (const v of variants) {
    const bytes = sizeOf(v)
    if (bytes !== undefined && !variantOfSize.has(bytes)) variantOfSize.set(bytes, v)
  }
  return (given) => {
    if (variants.includes(given)) return given
    const bytes = sizeOf(given)
    return (bytes !== undefined ? variantOfSize.get(bytes) : undefined) ?? given
  }
}

/** Whether a board's RAM comes from its qemu-* preset's size (no banks or `ram` of its own). */
export function sizedByPreset(wire: Pick<Board, 'extends' | 'memory' | 'ram'>): boolean {
  return wire.extends !== undefined && PRESETS[wire.extends]?.ramForSize !== undefined && wire.memory === undefined && wire.ram === undefined
}

/** A RAM name's bytes, undefined for a variant the preset names otherwise or no size at all. */
function sizeOf(name: string): bigint | undefined {
  try {
    return parseSize(name)
  } catch {
    return undefined
  }
}

/** The RAM variant of a layout name (`8G/6.12` → `8G`), undefined without variants. */
export function variantOf(layoutName: string): string | undefined {
  const i = layoutName.lastIndexOf('/')
  return i < 0 ? undefined : layoutName.slice(0, i)
}
