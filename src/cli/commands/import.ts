// SPDX-License-Identifier: GPL-2.0-only
/**
 * `crashkernel-check import <artefacts…>`: a board from what an engineer already has — a boot
 * log, a DTB or DTS (through dtc), /proc/iomem, a kernel .config — written as a one-board
 * matrix (valid against the schema, ready for `check`), with where each value came from in a
 * side file `<out>.provenance.json` (or summarised on stderr when the board goes to stdout).
 * With --out naming an existing matrix, the board is added to it (or replaces the board with
 * the same id), comments and formatting kept.
 */
import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree } from 'jsonc-parser'
import { dirname } from 'node:path'
import { DTC_MISSING, importBoard, rebaseProvenance, type ImportInputs, type ImportProblem, type ImportSource, type SpawnSyncLike } from '../../import/index.js'
import { ConfigurationError } from '../../errors.js'
import { firstSyntaxError } from '../../matrix/locate.js'
import { parseDocument, parseJsonFile } from '../../matrix/parse.js'
import { fileErrorText } from '../../file-errors.js'
import type { Board } from '../../matrix/generated/board-matrix.js'
import { validateMatrix } from '../../matrix/validate.js'
import { isSelectableId } from '../../matrix/decode.js'
import { slugId } from '../../import/types.js'
import type { CliIO, ExitCode } from '../main.js'
import { detectArtefact, KIND_NAME, readArtefact, type Artefact } from './artefact.js'
import { COMMON_OPTIONS, guarded, parseCommand, UsageError } from './args.js'
import type { Command } from './types.js'

/** The schema's public id: editors fetch it for completion. */
export const SCHEMA_URL = 'https://crashkernel-check.dev/schemas/board-matrix/v1.json'

const HELP = `Usage: crashkernel-check import <artefacts…> [options]

Writes a board for the matrix from the artefacts of a real machine, each recognised by its
content (or name):
  boot log      dmesg, serial console or journalctl -k (short*, with-unit, cat,
                export, json or verbose output; short* and the last three also
                without -k: the kernel's entries of the first boot are read), with or
                without timestamps (x86_64, arm64, riscv64); gzip'd logs are unpacked
  .dtb          a flattened device tree (memory, /memreserve/, /reserved-memory,
                dma-ranges, /chosen)
  .dts          device tree source, compiled with dtc (Debian package
                device-tree-compiler; run the DTS through cpp first if it uses #include)
  /proc/iomem   read as root (addresses are masked otherwise)
  .config       a kernel configuration (only the options the engine uses)
An artefact given as - is read from standard input (one of them). Where inputs disagree
the most direct evidence of what the kernel used wins, and the disagreement is reported.

The output is a one-board matrix, valid against the schema, that check reads directly.

Options:
  --id <id>          the board id: letters, digits, ".", "_" and "-", starting with a
                     letter or digit (default: from the machine model and kernel release)
  --out <file>       write the matrix there and the provenance (where each value came
                     from) to <file>.provenance.json; an existing matrix gets the board
                     added (or the board with the same id replaced), comments kept.
                     Default: the matrix to stdout, the provenance summary to stderr
${COMMON_OPTIONS}
Exit status: 0 board written, 2 an input cannot be read or is not usable (the problems are
listed with file:line:column or byte offset), or a usage error.
`

/** `file:line:col: severity message (code)` for one problem. */
function located(p: ImportProblem, paths: Partial<Record<ImportSource, string>>): string {
  // The id is the option's, not any input's: naming a file would send the user looking in it.
  if (p.code === 'idChanged') return `--id: ${p.severity}: ${p.message} (${p.code})`
  const file = paths[p.source] ?? (p.source === 'dtb' ? paths.dts : undefined) ?? Object.values(paths)[0] ?? ''
  const where = p.line !== undefined ? `${file}:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : p.offset !== undefined ? `${file} (byte ${p.offset})` : file
  const excerpt = p.excerpt !== undefined ? `\n    ${p.excerpt}` : ''
  return `${where}: ${p.severity}: ${p.message} (${p.code})${excerpt}`
}

/** The board added to (or replacing its namesake in) an existing matrix text, comments kept. */
function addToMatrix(text: string, board: Board, out: string): { text: string; index: number; replaced: boolean } {
  // jsonc-parser builds a tree around syntax errors; editing that tree would write a board
  // into a file whose structure it guessed. The first error is named where it is, as check names it.
  const bad = firstSyntaxError(parseDocument(text), out)
  if (bad !== undefined) throw new ConfigurationError(`${bad}; not adding the board to it: fix the file, or give another --out`)
  const tree = parseTree(text)
  const boards = tree ? findNodeAtLocation(tree, ['boards']) : undefined
  if (!tree || !boards || boards.type !== 'array') throw new ConfigurationError(`--out ${out} exists and is not a board matrix (no "boards" array); not overwriting it`)
  const items = boards.children ?? []
  const same = items.findIndex((n) => n.type === 'object' && findNodeAtLocation(n, ['id'])?.value === board.id)
  const index = same >= 0 ? same : items.length
  const edits = modify(text, ['boards', index], board, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' }, ...(same < 0 && { isArrayInsertion: true }) })
  return { text: applyEdits(text, edits), index, replaced: same >= 0 }
}

async function run(args: readonly string[], io: CliIO): Promise<ExitCode> {
  return guarded('import', HELP, io, async () => {
    const parsed = parseCommand(args, { id: { type: 'string' }, out: { type: 'string' } }, { min: 1, max: 5, names: 'an artefact to import (boot log, .dtb, .dts, /proc/iomem, .config)' })
    if (parsed === 'help') {
      io.stdout(HELP)
      return 0
    }
    // An id the schema refuses is a mistake in the command line: refused there, before any
    // input is read, rather than changed into another id the matrix then holds.
    const id = parsed.values.id
    if (id !== undefined && !isSelectableId(id)) throw new UsageError(`--id ${JSON.stringify(id)} is not a board id: use letters, digits, ".", "_" and "-", starting with a letter or digit (such as --id ${slugId(id)})`)
    const inputs: ImportInputs = {}
    const paths: Partial<Record<ImportSource, string>> = {}
    for (const given of parsed.positionals) {
      const a: Artefact = await readArtefact(io, given)
      const path = a.path
      const kind = detectArtefact(a)
      if (!kind) throw new ConfigurationError(`cannot tell what ${path} is: expected a boot log, a .dtb, a .dts, /proc/iomem or a kernel .config`)
      if (paths[kind] !== undefined) throw new UsageError(`${paths[kind]} and ${path} are both a ${KIND_NAME[kind]}; give one of each kind`)
      paths[kind] = path
      if (kind === 'dtb') inputs.dtb = a.bytes
      else inputs[kind] = a.text
    }
    if (inputs.dts !== undefined && inputs.dtb === undefined && !io.spawnSync) throw new ConfigurationError(`${paths.dts}: ${DTC_MISSING}`)
    // dtc reads the DTS from stdin: run in its directory, `/include/ "board.dtsi"` finds the
    // file next to it, as `dtc board.dts` would, whatever directory the command runs in.
    const spawnSync = io.spawnSync
    const dtsDir = paths.dts !== undefined ? dirname(paths.dts) : undefined
    const spawn: SpawnSyncLike | undefined = spawnSync && ((command, args, options) => spawnSync(command, args, { ...options, ...(dtsDir !== undefined && { cwd: dtsDir }) }))
    const result = importBoard(inputs, { ...(parsed.values.id !== undefined && { id: parsed.values.id }), ...(spawn && { spawn }) })
    const errors = result.problems.filter((p) => p.severity === 'error')
    const others = result.problems.filter((p) => p.severity !== 'error')
    if (errors.length > 0) {
      // Counted as listed: the errors that stop it, then the warnings and notes beside them.
      const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`
      const besides = (['warning', 'note'] as const).map((s) => [others.filter((p) => p.severity === s).length, s] as const).filter(([n]) => n > 0).map(([n, s]) => count(n, s))
      const and = besides.length > 0 ? ` (and ${besides.join(', ')})` : ''
      io.stderr(`crashkernel-check import: no board written: ${count(errors.length, 'error')} in the input${and}\n${[...errors, ...others].map((p) => `  ${located(p, paths)}\n`).join('')}`)
      return 2
    }
    const board = result.board
    const out = parsed.values.out
    let text: string
    let index = 0
    let replaced = false
    const exists = out !== undefined && (io.exists ? await io.exists(out) : false)
    // An existing --out is read back as a matrix: a device or a pipe (/dev/stdout, what a user
    // gives for "print it") would block, or never end (/dev/zero), or read as an empty file.
    if (out !== undefined && exists && io.isSpecialFile && (await io.isSpecialFile(out))) {
      throw new ConfigurationError(`--out ${out} is not a regular file (a device or a pipe): give the file to write the matrix to, or leave --out out to print the matrix on stdout`)
    }
    if (out !== undefined && exists) {
      let current: string
      try {
        current = await io.readFile(out)
      } catch (error) {
        // An existing --out is read to add the board to it: say so, or "cannot read" a
        // directory puzzles whoever asked to write.
        throw new ConfigurationError(`--out ${out} exists and cannot be read to add the board to it: ${fileErrorText(error)}; give the matrix file to write`)
      }
      ;({ text, index, replaced } = addToMatrix(current, board, out))
    } else {
      text = `${JSON.stringify({ $schema: SCHEMA_URL, version: 1, boards: [board] }, null, 2)}\n`
    }
    const tree = parseTree(text)
    const problems = validateMatrix(tree ? getNodeValue(tree) : undefined).filter((p) => p.pointer === `/boards/${index}` || p.pointer.startsWith(`/boards/${index}/`))
    if (problems.length > 0) throw new ConfigurationError(`Internal error: the imported board fails the schema at ${problems.map((p) => p.pointer).join(', ')}`)
    const provenance = rebaseProvenance(result.provenance, `/boards/${index}`)
    const summary = Object.entries(provenance).map(([p, why]) => `  ${p || '/'}: ${why}\n`).join('')
    const notes = others.map((p) => `  ${located(p, paths)}\n`).join('')
    if (out === undefined) {
      io.stdout(text)
      io.stderr(`Board "${board.id}" from ${Object.entries(paths).map(([k, p]) => `${KIND_NAME[k as ImportSource]} ${p}`).join(', ')}.\nWhere each value came from:\n${summary}${notes ? `Notes:\n${notes}` : ''}`)
      return 0
    }
    if (!io.writeFile) throw new ConfigurationError('this environment cannot write files (--out)')
    const side = `${out}.provenance.json`
    // The other boards' provenance stays: a matrix built by several imports keeps all of it.
    const earlier = exists && (io.exists ? await io.exists(side) : false) ? provenanceBoards(await readSide(io, side), side) : {}
    const boards = { ...earlier, [board.id]: { inputs: paths, provenance, problems: others } }
    for (const [path, content] of [[out, text], [side, `${JSON.stringify({ matrix: out, boards }, null, 2)}\n`]] as const) {
      try {
        await io.writeFile(path, content)
      } catch (error) {
        throw new ConfigurationError(`cannot write ${path}: ${fileErrorText(error, 'write')}`)
      }
    }
    io.stdout(`${exists ? (replaced ? 'Replaced' : 'Added') : 'Wrote'} board "${board.id}" ${exists ? 'in' : 'to'} ${out} (/boards/${index}); where each value came from: ${side}\n${notes ? `Notes:\n${notes}` : ''}`)
    return 0
  })
}

/** The existing provenance file's text. */
async function readSide(io: CliIO, side: string): Promise<string> {
  try {
    return await io.readFile(side)
  } catch (error) {
    throw new ConfigurationError(`cannot read ${side}: ${fileErrorText(error)}`)
  }
}

/** One board's entry of a provenance file. */
interface ProvenanceEntry {
  inputs: unknown
  provenance: unknown
  problems: unknown
}

/**
 * The boards of an existing provenance file, by id: `{ matrix, boards: { id: entry } }`, or the
 * one-board file earlier versions wrote (`{ matrix, board, inputs, provenance, problems }`).
 * Anything else is refused before a file is written, rather than overwritten.
 */
function provenanceBoards(text: string, path: string): Record<string, ProvenanceEntry> {
  // Not a matrix: parsed without the matrix's limits (a fleet's provenance has an entry per board).
  const parsed = parseJsonFile(text, path)
  if ('error' in parsed) throw new ConfigurationError(`${parsed.error}; it is not a provenance file of crashkernel-check import: move it away, or give another --out`)
  const value = parsed.value
  const v = value as { boards?: unknown; board?: unknown; inputs?: unknown; provenance?: unknown; problems?: unknown } | null
  if (v !== null && typeof v === 'object' && v.boards !== null && typeof v.boards === 'object' && !Array.isArray(v.boards)) return v.boards as Record<string, ProvenanceEntry>
  if (v !== null && typeof v === 'object' && typeof v.board === 'string') return { [v.board]: { inputs: v.inputs, provenance: v.provenance, problems: v.problems } }
  throw new ConfigurationError(`${path} exists but is not a provenance file of crashkernel-check import: move it away, or give another --out`)
}

export const importCommand: Command = {
  name: 'import',
  synopsis: 'import <artefacts…> [--id id] [--out file]',
  summary: 'write a board from a boot log, .dtb/.dts, /proc/iomem or .config',
  help: HELP,
  run,
}
