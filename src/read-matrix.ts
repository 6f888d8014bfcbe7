// SPDX-License-Identifier: GPL-2.0-only
/**
 * A matrix file read up to simulation, pure: parse (positions kept) → validate → decode, with
 * the matrix's own problems as located findings (SC001 syntax, SC002 schema, SC003 semantic)
 * under a `boards` filter. Shared by check() and decodeLayouts() (src/index.ts) and the
 * fan-out plan (src/fanout/plan.ts), so a plan counts exactly what a check would report.
 */
import { boardFilter, boardIds, decodeMatrix, firstBoardOfEachId, isSelectableId, type DecodeResult } from './matrix/decode.js'
import type { BoardMatrix } from './matrix/generated/board-matrix.js'
import { locate, spanLocation } from './matrix/locate.js'
import { unusedDefaults } from './matrix/unused-defaults.js'
import { parseDocument } from './matrix/parse.js'
import { validateMatrix, invalidBoards } from './matrix/validate.js'
import type { Finding, UnsimulatedInput } from './report/types.js'
import { SC_RULES } from './rules/index.js'
import { applyBoardPolicy, makeFinding } from './rules/run.js'

/** Each board's `severity` and `suppress` applied to its findings (those of no board stay as they are). */
export function withBoardPolicies(findings: readonly Finding[], policies: DecodeResult['policies'] | undefined): Finding[] {
  return findings.flatMap((f) => (f.boardId !== undefined ? applyBoardPolicy([f], policies?.get(f.boardId)) : [f]))
}

/** The SC003 messages whose `first` is the pointer of what the value repeats: given with its line. */
const NAMES_FIRST: ReadonlySet<string> = new Set(['duplicateBoardId', 'duplicateVariant', 'duplicateKernel', 'duplicateDevice'])

/** What readMatrix() takes: check()'s options that shape the decode. */
export interface ReadMatrixOptions {
  /** Board ids to decode (`*` wildcards); all when empty. The problems of boards left out are not reported. */
  boards?: readonly string[] | undefined
  /** Kernels replacing every board's `kernels`. */
  kernels?: readonly string[] | undefined
  /** Called once with the id of every board in the file. */
  onBoardIds?: ((ids: readonly string[]) => void) | undefined
}

/**
 * Parses, validates and decodes a matrix: the findings of the matrix itself (before the
 * board policies: withBoardPolicies), and the layouts unless a syntax error, or a schema
 * error outside the boards, leaves nothing to decode (`decoded` and `invalid` undefined).
 *
 * The one read of a matrix before simulation: check(), decodeLayouts() and the fan-out plan
 * (src/fanout/plan.ts, which must know what check() reports under a `boards` filter) share it.
 */
export function readMatrix(text: string, path: string, options: ReadMatrixOptions) {
  const doc = parseDocument(text)
  const at = (pointer: string, target: 'value' | 'key' = 'value') => locate(doc, path, pointer, target)
  const findings: Finding[] = []
  const result = (decoded?: DecodeResult, invalid?: Set<number>) => ({ doc, at, findings, decoded, invalid, unsimulated: (simulated: ReadonlySet<string>) => unsimulatedOf(doc.value, path, syntaxBroken, invalid, decoded, (id) => !leftOut(id, invalid !== undefined), simulated) })
  // A problem inside a board the `boards` option leaves out is not reported, as its layouts
  // are not (a fan-out plans a schema-invalid board like any other, so one leg reports it).
  // Problems of the document itself, of boards without an id a filter can select (none, or
  // one the schema refuses: "a,b", "rk*"), and every problem of a file that cannot be decoded
  // at all (a syntax error, a schema error outside the boards) always are: no leg of a
  // fan-out could select them otherwise.
  const selected = boardFilter(options.boards)
  const syntaxBroken = doc.problems.some((p) => p.messageId === 'syntaxError')
  const leftOut = (boardId: string | undefined, decodable: boolean) => decodable && isSelectableId(boardId) && !selected(boardId)

  if (options.onBoardIds) options.onBoardIds(boardIds(doc.value))
  // Whether the file decodes is known only after the schema: hold the JSON text's problems until then.
  const textProblems = doc.problems.map((p) => {
    // A duplicate key belongs to its board (explain, sweep and suggest refuse that board only).
    const boardId = p.pointer === undefined ? undefined : boardIdAt(doc.value, p.pointer)
    return { boardId, finding: makeFinding(SC_RULES.syntax, { messageId: p.messageId, data: p.data, at: p.pointer ?? '', ...(p.severity && { severity: p.severity }) }, { file: path, location: spanLocation(doc, path, p.offset, p.length), ...(boardId !== undefined && { boardId }) }) }
  })
  const reportTextProblems = (decodable: boolean) => {
    for (const t of textProblems) if (!leftOut(t.boardId, decodable)) findings.push(t.finding)
  }
  // A syntax error leaves the structure ambiguous: stop, as ESLint does with a fatal parse error.
  if (syntaxBroken) {
    reportTextProblems(false)
    return result()
  }

  const schemaProblems = validateMatrix(doc.value)
  const invalid = invalidBoards(doc.value, schemaProblems.map((p) => p.pointer))
  reportTextProblems(invalid !== 'all')
  for (const p of schemaProblems) {
    const boardId = boardIdAt(doc.value, p.pointer)
    if (leftOut(boardId, invalid !== 'all')) continue
    findings.push(makeFinding(SC_RULES.schema, { messageId: p.messageId, data: p.data, at: p.pointer }, { file: path, location: at(p.pointer, p.target), ...(boardId !== undefined && { boardId }) }))
  }
  if (invalid === 'all') return result()

  const decoded = decodeMatrix(doc.value as BoardMatrix, {
    invalidBoards: invalid,
    policyReadable: policyReadable(doc.value as BoardMatrix, invalid, schemaProblems.map((p) => p.pointer)),
    ...(options.boards !== undefined && { boards: options.boards }),
    ...(options.kernels !== undefined && { kernels: options.kernels }),
  })
  // Errors, and the settings the kernels never read (warnings: the board is simulated all the same).
  const semantic = [...decoded.problems.map((p) => ({ p, severity: undefined })), ...decoded.warnings.map((p) => ({ p, severity: 'warning' as const }))]
  for (const { p, severity } of semantic) {
    // The first board with the id (RAM variant, kernel entry, device name): where it is in the file, not only its pointer.
    const data = NAMES_FIRST.has(p.messageId) && p.data.first !== undefined ? { ...p.data, first: `${p.data.first} (line ${at(p.data.first).line})` } : p.data
    findings.push(makeFinding(SC_RULES.semantic, { messageId: p.messageId, data, at: p.pointer, ...(severity && { severity }) }, { file: path, location: at(p.pointer, p.target), ...(p.boardId !== undefined && { boardId: p.boardId }), ...(p.layoutName !== undefined && { layoutName: p.layoutName, kernel: p.kernel }) }))
  }
  // Judged on every board, whatever the `boards` filter: a fan-out leg must not call a
  // default unused because its own boards happen not to take it. Boards the schema refused
  // count too, for the settings they have or lack (fixed, one without a cmdline takes the
  // default's): leaving them out said "4 boards set their own" of 7 that did.
  const matrix = doc.value as BoardMatrix
  // A board without an id (refused) counts too; of a duplicated id, the first board.
  const first = firstBoardOfEachId(matrix.boards)
  const boardObjects = matrix.boards.flatMap((b, i) => {
    if (b === null || typeof b !== 'object' || Array.isArray(b)) return []
    const id = (b as { id?: unknown }).id
    return typeof id !== 'string' || first.get(id) === i ? [i] : []
  })
  for (const u of unusedDefaults(matrix, boardObjects, options.kernels !== undefined)) {
    const who = [...(u.setBy.presets.length > 0 ? [`the preset${u.setBy.presets.length > 1 ? 's' : ''} ${u.setBy.presets.join(', ')}`] : []), ...(u.setBy.boards > 0 ? [`${u.setBy.boards} board${u.setBy.boards > 1 ? 's' : ''}`] : [])]
    // One preset or one board alone "sets its own"; any more "set their own".
    const one = who.length === 1 && u.setBy.presets.length + u.setBy.boards === 1
    const setBy = `${who.join(' and ')} ${one ? 'sets its own' : 'set their own'}`
    findings.push(makeFinding(SC_RULES.unusedDefault, { messageId: 'unused', data: { name: u.name, setBy }, at: u.pointer }, { file: path, location: at(u.pointer, 'key') }))
  }
  return result(decoded, invalid)
}

/**
 * The schema-refused boards whose `severity` and `suppress` the schema accepted (an object
 * with an id): decodeMatrix() reads their policy, which then applies to their SC002 findings.
 */
function policyReadable(matrix: BoardMatrix, invalid: ReadonlySet<number>, pointers: readonly string[]): Set<number> {
  const readable = new Set<number>()
  for (const index of invalid) {
    const board: unknown = matrix.boards[index]
    if (board === null || typeof board !== 'object' || Array.isArray(board) || typeof (board as { id?: unknown }).id !== 'string') continue
    const base = `/boards/${index}/`
    if (pointers.some((p) => p === `${base}severity` || p.startsWith(`${base}severity/`) || p === `${base}suppress` || p.startsWith(`${base}suppress/`))) continue
    readable.add(index)
  }
  return readable
}

/**
 * The file, or its selected boards, of which no layout was simulated (Report.unsimulated).
 * `simulated`: the pointers (`/boards/2`) of the boards with a simulated layout; `chosen`: whether
 * the `boards` option selects a board of that id. Every board of a file that does not decode is
 * counted, as its problems are reported, whatever the filter: a fan-out gives such a file to one
 * leg, whose filter may select none of them.
 */
function unsimulatedOf(value: unknown, file: string, syntaxBroken: boolean, invalid: ReadonlySet<number> | undefined, decoded: DecodeResult | undefined, chosen: (id: string | undefined) => boolean, simulated: ReadonlySet<string>): UnsimulatedInput[] {
  if (syntaxBroken) return [{ file, reason: 'syntax' }]
  const boards = (value as { boards?: unknown } | null)?.boards
  // A schema error with no boards to read (`boards` missing or no array): the file as a whole.
  if (!Array.isArray(boards)) return [{ file, reason: 'schema' }]
  const decodedBoards = new Set(decoded?.layouts.map((l) => l.pointers.board))
  return boards.flatMap((board: unknown, i): UnsimulatedInput[] => {
    const pointer = `/boards/${i}`
    const id = (board as { id?: unknown } | null)?.id
    const boardId = typeof id === 'string' ? id : undefined
    if (simulated.has(pointer) || !chosen(boardId)) return []
    const reason = !invalid || invalid.has(i) ? 'schema' : decodedBoards.has(pointer) ? 'engine' : 'semantic'
    return [{ file, pointer, ...(boardId !== undefined && { boardId }), reason }]
  })
}

function boardIdAt(value: unknown, pointer: string): string | undefined {
  const m = /^\/boards\/(\d+)(\/|$)/.exec(pointer)
  if (!m?.[1]) return undefined
  const board = (value as { boards?: Array<{ id?: unknown }> }).boards?.[Number(m[1])]
  return typeof board?.id === 'string' ? board.id : undefined
}
