// SPDX-License-Identifier: GPL-2.0-only
/**
 * The CLI: `crashkernel-check check [files…] [options]`. main() does argument handling and
 * I/O through `io` and returns the exit code (ESLint's cli.execute): 0 nothing at or above
 * --fail-on, 1 findings at or above it, 2 configuration or internal error.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { Progress } from './progress.js'
import { sarifPaths } from './sarif-paths.js'
import { SARIF_MAX_RESULTS } from '../report/sarif.js'
import { visibleText } from '../report/escape.js'
import { check, checkKernelOverride, failsAt, formatMarkdown, formatters, mergeReports, unmatchedPatterns, type Report, type Severity, type ToolNotification } from '../index.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import { VERSION } from '../version.js'
import { fileErrorText } from '../file-errors.js'
import { spaceSeparatedHint } from '../list-items.js'
import { hintFor } from '../matrix/validate.js'
import { FAIL_ON, failOnHint, type FailOn } from '../fail-on.js'
import { commandList, COMMANDS, findCommand, formatNames, synopses, type CliCapabilities } from './commands/index.js'
import { COMMON_OPTIONS, emptyOptionMessage, optionList, parseArgsMessage, repeatedOption, shellWord, splitList, UsageError } from './commands/args.js'
import { LIMITS } from '../limits.js'

export type ExitCode = 0 | 1 | 2

/** What the CLI needs from the outside world (tests pass a fake; the other commands use CliCapabilities). */
export interface CliIO extends CliCapabilities {
  stdout(text: string): void
  stderr(text: string): void
  /**
   * A text file (UTF-8). With `limit`, no more than that many bytes of it are read: a matrix
   * is refused past LIMITS.maxInputBytes, and a device such as /dev/zero has no end.
   */
  readFile(path: string, limit?: number): Promise<string>
}

export const HELP = `Usage: crashkernel-check check [files…] [options]
${synopses()}
Checks board-matrix files (JSON with comments) for crash-kernel (kdump) reservation
problems by simulating the Linux kernel. Default file: examples/boards.json.

Commands:
${commandList()}Run "crashkernel-check <command> --help" for the options of each; docs/cli.md has examples.

Options of check:
  --format <name>    ${formatNames(Object.keys(formatters))}
  --boards <ids>     only these board ids (comma-separated, * wildcards)
  --kernel <list>    check these kernels instead of each board's (comma-separated,
                     releases like 6.1.192 or series like 6.12)
  --fail-on <level>  error (default), warning, note or never
  -o, --output <file>
                     write the report to this file instead of stdout (- for stdout;
                     its missing directories are made; never a matrix file the run reads)
${COMMON_OPTIONS}
Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage or configuration
error (a file that cannot be read, an unknown kernel, a --boards pattern that matches no
board) or internal error.
Format reference: docs/format.md
`

/** The options of `check` (the top level). */
const CHECK_OPTIONS = {
  format: { type: 'string', default: 'text' },
  boards: { type: 'string' },
  kernel: { type: 'string' },
  'fail-on': { type: 'string', default: 'error' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const

/**
 * The hint for an unknown command: the nearest command's name, or, for what looks like a
 * matrix file (`crashkernel-check boards.json`), the command line with `check` in front.
 */
function commandHint(command: string, argv: readonly string[]): string {
  const near = hintFor(command, ['check', ...COMMANDS.map((c) => c.name)])
  if (near !== '') return near
  const lower = command.toLowerCase()
  const file = lower.endsWith('.json') || lower.endsWith('.jsonc') || command.includes('/')
  return file ? `; the command comes first: ${['crashkernel-check', 'check', ...argv.map(shellWord)].join(' ')}` : ''
}

/** The command line with the command's name moved to the front, as it has to be written. */
function commandFirst(argv: readonly string[], name: string): string {
  const at = argv.indexOf(name)
  return ['crashkernel-check', name, ...[...argv.slice(at + 1), ...argv.slice(0, at).filter((a) => a !== '--')].map(shellWord)].join(' ')
}

/**
 * The line for `check --matrix m.json`: explain, sweep and suggest take `--matrix`, so it is
 * tried on check too, whose matrix files are its arguments. Every `--matrix` becomes its file;
 * '' when parseArgs refused something else (the line would keep it), or a `--matrix` has no file.
 *
 * @example
 * matrixAsArgument(['check', '--matrix', 'my boards.json'], error) // → "; check takes its matrix files as arguments: crashkernel-check check 'my boards.json'"
 */
function matrixAsArgument(argv: readonly string[], error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !errorMessage(error).startsWith("Unknown option '--matrix'")) return ''
  const line: string[] = []
  for (let i = argv[0] === 'check' ? 1 : 0; i < argv.length; i++) {
    const a = argv[i]!
    const file = a === '--matrix' ? argv[++i] : a.startsWith('--matrix=') ? a.slice('--matrix='.length) : a
    if (file === undefined || file === '') return ''
    line.push(file)
  }
  return `; check takes its matrix files as arguments: ${['crashkernel-check', 'check', ...line.map(shellWord)].join(' ')}`
}

/**
 * The matrix file of `files` that `output` names (the same path, or another name of the same
 * file: a symlink, a hard link), if any.
 */
async function matrixAt(output: string, files: readonly string[], io: CliIO): Promise<string | undefined> {
  // An output that does not exist (yet) is no matrix the run reads: only its path can match.
  const target = io.fileIdentity ? await io.fileIdentity(output) : undefined
  for (const file of files) if (resolve(file) === resolve(output) || (target !== undefined && (await io.fileIdentity!(file)) === target)) return file
  return undefined
}

/**
 * Writes the report to `output` (its missing directories made), or to stdout without one.
 * Returns why the file could not be written, if it could not.
 */
async function emit(io: CliIO, output: string | undefined, text: string): Promise<string | undefined> {
  if (output === undefined) {
    io.stdout(text)
    return undefined
  }
  if (!io.writeFile) return `this environment cannot write files (--output ${output})`
  try {
    await io.writeFile(output, text, { makeDirectories: true })
    return undefined
  } catch (error) {
    return `cannot write the report to ${output} (--output): ${fileErrorText(error, 'write')}`
  }
}

/**
 * Runs the CLI.
 *
 * @param argv - arguments after the program name
 * @param io - output and file access
 * @returns the exit code
 * @example
 * await main(['check', 'examples/boards.json', '--format', 'json'], nodeIO) // → 0
 */
export async function main(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const sub = argv[0] === undefined ? undefined : findCommand(argv[0])
  if (sub) return sub.run(argv.slice(1), io)
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: CHECK_OPTIONS, tokens: true })
  } catch (error) {
    // An option of another command before its name (`--matrix m.json explain vm`) is unknown to check.
    const later = argv[0] === 'check' ? undefined : argv.find((a) => findCommand(a) !== undefined)
    const where = later === undefined ? matrixAsArgument(argv, error) : `; options go after the command: ${commandFirst(argv, later)}`
    io.stderr(`crashkernel-check: ${parseArgsMessage(error, CHECK_OPTIONS)}${where}\n\n${HELP}`)
    return 2
  }
  const { values, positionals } = parsed
  // Options before another command's name (`--kernel 6.12 explain rpi4`): check's options parsed
  // them and the name is a positional. Each command takes its options after its name.
  const misplaced = positionals[0] === undefined ? undefined : findCommand(positionals[0])
  if (misplaced) {
    if (values.help) return misplaced.run(['--help'], io)
    io.stderr(`crashkernel-check: options go after the command: ${commandFirst(argv, misplaced.name)}\n\n${HELP}`)
    return 2
  }
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  const [command, ...files] = positionals
  if (command !== 'check') {
    io.stderr(`crashkernel-check: ${command === undefined ? 'missing command' : `unknown command "${command}"${commandHint(command, argv)}`}\n\n${HELP}`)
    return 2
  }
  // An empty value is a usage error like a missing one (`--kernel ''` would otherwise check
  // every board's own kernels); `--boards ""` is the documented exception: it filters nothing.
  let kernels: string[] | undefined
  let boards: string[] | undefined
  try {
    // An empty file argument (`check "$MATRIX"` with the variable unset) names no file: read as
    // a path it gave "cannot read matrix file : no such file".
    const empty = emptyOptionMessage(values, ['boards']) ?? repeatedOption(parsed.tokens, CHECK_OPTIONS) ?? (files.includes('') ? 'an empty argument (""): give a matrix file' : undefined)
    if (empty !== undefined) throw new UsageError(empty)
    kernels = optionList(values.kernel, '--kernel')
    // --boards "" (or only commas) filters nothing, as documented; a list with an empty item
    // among ids (`rpi4,,x86`) is refused as the other lists are.
    boards = splitList(values.boards) && optionList(values.boards, '--boards')
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`crashkernel-check: ${error.message}\n\n${HELP}`)
    return 2
  }
  const format = values.format as keyof typeof formatters
  if (!Object.hasOwn(formatters, format)) {
    io.stderr(`crashkernel-check: unknown format "${values.format}"; expected ${Object.keys(formatters).join(', ')}${hintFor(String(values.format), Object.keys(formatters))}\n`)
    return 2
  }
  const failOn = values['fail-on'] as FailOn
  if (!FAIL_ON.includes(failOn)) {
    io.stderr(`crashkernel-check: --fail-on must be one of ${FAIL_ON.join(', ')}, not "${values['fail-on']}"${failOnHint(String(values['fail-on']))}\n`)
    return 2
  }
  try {
    const reports: Report[] = []
    checkKernelOverride(kernels, '--kernel')
    // A file that cannot be read is reported and makes the exit status 2, after the other
    // files are checked and their report is written.
    const unreadable: string[] = []
    const ids: string[] = []
    // Each file once, as the action's `matrix` input has it: a shell glob and a name
    // (`boards/*.json boards/rpi.json`, `./boards/rpi.json`) would otherwise report every
    // finding of the file twice. The first spelling names it.
    const seen = new Set<string>()
    const given = files.length > 0 ? files : ['examples/boards.json']
    // The report never replaces a matrix it is made from (`-o boards.json`, a typo for
    // `boards.sarif`): refused before anything is read, as the action refuses its outputs.
    // `-o -` is stdout, as for most tools that write a file (a file named "-" is `-o ./-`).
    const output = values.output === '-' ? undefined : values.output
    const clash = output === undefined ? undefined : await matrixAt(output, given, io)
    if (clash !== undefined) throw new ConfigurationError(`--output ${output} is the matrix file ${clash} this run reads: give another file for the report`)
    // SARIF names the files from the repository's root, as code scanning places alerts; so do
    // workflow commands, whose relative `file=` the runner takes from the repository's root, not
    // from the directory the step ran in (`working-directory: configs`).
    const repoNames = format === 'sarif' || format === 'github' ? await sarifPaths(given, io) : undefined
    const sarif = format === 'sarif' ? repoNames : undefined
    for (const file of given) {
      // resolve(): `boards.json` and `$PWD/boards.json` are one file too.
      if (seen.has(resolve(file))) continue
      seen.add(resolve(file))
      let text: string
      try {
        // One byte past the limit: parseDocument() refuses a longer file, unread beyond it.
        text = await io.readFile(file, LIMITS.maxInputBytes + 1)
      } catch (error) {
        // Outside a clone of this repository there is no default file: say it was the default.
        // A quoted glob (`check 'boards/*.json'`, as the action's `matrix` input is written)
        // reaches the CLI unexpanded, as does an unquoted one that matched nothing (bash without
        // nullglob): the shell expands globs here, not the CLI.
        const glob = (error as { code?: unknown } | null)?.code === 'ENOENT' && /[*?[{]/.test(file) ? ' (the CLI does not expand globs: the shell does, for a pattern left unquoted that matches a file)' : ''
        unreadable.push(files.length > 0 ? `cannot read matrix file ${file}: ${fileErrorText(error)}${glob}` : `no matrix file given, and the default ${file} cannot be read: ${fileErrorText(error)}`)
        continue
      }
      // A progress line on stderr for big matrices, only on a terminal and never for machine formats.
      let progress: Progress | undefined
      const onLayout = (done: number, total: number): void => {
        progress ??= new Progress(io, { label: `simulating layouts of ${file}`, total, enabled: format === 'text' || format === 'markdown' })
        progress.tick()
        if (done === total) progress.done()
      }
      reports.push(check(text, repoNames?.names.get(file) ?? file, { ...(boards && { boards }), ...(kernels && { kernels }), onLayout, onBoardIds: (found) => ids.push(...found) }))
    }
    const report = mergeReports(reports)
    // A --boards pattern that matches no board is a typo or a stale id: checking nothing and
    // passing would hide it (exit 2, after the report of what did match).
    const unmatched = unmatchedPatterns(boards ?? [], ids)
    // When no file could be read, or the filter left nothing to check and nothing was found,
    // a report ("✔ 0 problems", an empty SARIF run) would read as a pass: the errors alone
    // are printed.
    const checkedNothing = reports.length === 0 || (unmatched.length > 0 && report.layouts.length === 0 && report.findings.length === 0)
    const problems = [...unreadable, ...unmatched.map((p) => `--boards "${p}" matches no board id in ${report.files.length > 0 ? report.files.join(', ') : 'the files'}${spaceSeparatedHint(p)}`)]
    // JSON keeps them in the report's `problems`; the other formats below.
    const shown: Report = problems.length > 0 ? { ...report, problems } : report
    // What exits 2 is also in the run itself where the format has a place for it (SARIF's
    // configuration notifications, executionSuccessful false), as the action writes it.
    const notifications = problems.map((message): ToolNotification => ({ kind: 'configuration', level: 'error', message, id: 'configuration-error' }))
    // SARIF keeps code scanning's 25,000 results per run (the action's cap; a notification says what it left out).
    const ctx = { ...(notifications.length > 0 && { notifications, executionSuccessful: false }), ...(sarif && { maxResults: SARIF_MAX_RESULTS, ...(sarif.srcRoot !== undefined && { srcRoot: sarif.srcRoot }) }) }
    // Every format says that --kernel replaced each board's kernels (the report's kernelOverride); Markdown also says where it was given.
    // Markdown names what exits 2 under its totals (❌), as the action's job summary does: a
    // file it could not read is no pass.
    const render = (): string => (format === 'markdown' ? formatMarkdown(shown, { kernelFrom: 'option `--kernel`', fullReport: 'The full report (every finding and layout) is in `--format json`.', ...(problems.length > 0 && { problems }) }) : formatters[format](shown, ctx))
    // GitHub's workflow commands have no pass line: the problems alone are annotations there.
    const written = !checkedNothing || problems.length === 0 || format === 'github' ? await emit(io, output, render()) : undefined
    // A file name as given: its control characters as escapes, never sent to the terminal.
    for (const message of written === undefined ? problems : [...problems, written]) io.stderr(`crashkernel-check: ${visibleText(message)}\n`)
    if (problems.length > 0 || written !== undefined) return 2
    return failsAt(report, failOn as Severity | 'never') ? 1 : 0
  } catch (error) {
    io.stderr(error instanceof ConfigurationError ? `crashkernel-check: ${error.message}\n${error.docsUrl !== undefined ? `See ${error.docsUrl}\n` : ''}` : `crashkernel-check: Internal error: ${errorMessage(error)}\n`)
    return 2
  }
}
