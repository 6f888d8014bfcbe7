// SPDX-License-Identifier: GPL-2.0-only
/** Argument handling shared by the commands: parseArgs with usage errors, lists, the error boundary. */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { ConfigurationError, errorMessage } from '../../errors.js'
import { hintFor } from '../../matrix/validate.js'
import type { CliIO, ExitCode } from '../main.js'
import { VERSION } from '../../version.js'
import { emptyItemMessage, emptyItemWhere, wordsOf } from '../../list-items.js'

/** A usage error: exit 2 with the command's help. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/**
 * The options every command takes, as the last lines of its help's option list: the same two
 * as the top level, spelt the same way (parseCommand() accepts both for every command).
 */
export const COMMON_OPTIONS = `  -h, --help         show this help
  -v, --version      show the version
`

/** `--version` (`-v`) given to a command: guarded() prints the version and exits 0, as `check --version` does. */
class VersionRequested extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>

/** The values parseArgs returns for an option table (strings and booleans only). */
export type Values<O extends Options> = { [K in keyof O]: O[K] extends { type: 'boolean' } ? boolean | undefined : string | undefined }

/**
 * parseArgs' error in the words of the other usage errors. Node's own text for an unknown
 * option is about positionals after `--` (with an unbalanced quote), which is not the mistake;
 * a misspelt option gets the nearest one instead.
 *
 * @example
 * parseArgsMessage(error, { format: { type: 'string' } }) // → 'unknown option --formt; did you mean "--format"?'
 */
export function parseArgsMessage(error: unknown, options: Options): string {
  const message = errorMessage(error)
  const code = (error as { code?: unknown } | null)?.code
  const names = Object.keys(options).map((n) => `--${n}`)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /^Unknown option '([^']*)'/.exec(message)?.[1]
    if (option !== undefined) return `unknown option ${option}${option.startsWith('--') ? hintFor(option.replace(/=.*/, ''), names) : ''}`
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message)?.[1]
    if (missing !== undefined) return `${missing} needs a value`
    const flag = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message)?.[1]
    if (flag !== undefined) return `${flag} takes no value`
    // `--id -x`: Node's advice, `--id=-XYZ`, gives a value no option here takes (no board id,
    // kernel or file name the commands read starts with "-").
    const ambiguous = /^Option '(-[\w-]+)' argument is ambiguous/.exec(message)?.[1]
    if (ambiguous !== undefined) return `${ambiguous} needs a value: the argument after it starts with "-" and is read as an option`
  }
  return message
}

/**
 * The first option given an empty value (`--kernel ''`, `--kernel=`, only spaces), in the
 * words parseArgsMessage uses for a missing one: left alone, an empty value would read as
 * "not given" and silently fall back to the default (every kernel of the board, the default
 * matrix …), which is not what the person who typed the option asked for.
 *
 * @param values - parseArgs' values
 * @param allowEmpty - options whose empty value is documented to mean something (check --boards "")
 * @returns the message, or undefined when no option is empty
 * @example
 * emptyOptionMessage({ kernel: '' }) // → '--kernel needs a value'
 */
export function emptyOptionMessage(values: Readonly<Record<string, string | boolean | undefined>>, allowEmpty: readonly string[] = []): string | undefined {
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.trim() === '' && !allowEmpty.includes(name)) return `--${name} needs a value`
  }
  return undefined
}

/** The options that take a comma-separated list (optionList()). */
const LIST_OPTIONS: ReadonlySet<string> = new Set(['kernel', 'kernels', 'boards', 'ram', 'sizes'])

/**
 * A value option given twice: parseArgs keeps the last, so `--kernel 6.12 --kernel 7.2` would
 * check 7.2 alone without a word. Lists take one comma-separated value.
 *
 * @example
 * repeatedOption([{ kind: 'option', name: 'kernel' }, { kind: 'option', name: 'kernel' }], { kernel: { type: 'string' } })
 * // → '--kernel given more than once: give one comma-separated list (--kernel a,b)'
 */
export function repeatedOption(tokens: ReadonlyArray<{ kind: string; name?: string }>, options: Options): string | undefined {
  const seen = new Set<string>()
  for (const t of tokens) {
    if (t.kind !== 'option' || t.name === undefined || options[t.name]?.type !== 'string') continue
    if (seen.has(t.name)) return LIST_OPTIONS.has(t.name) ? `--${t.name} given more than once: give one comma-separated list (--${t.name} a,b)` : `--${t.name} given more than once: give it once`
    seen.add(t.name)
  }
  return undefined
}

/**
 * Parses a command's arguments strictly (unknown options are usage errors).
 *
 * @returns the option values and positionals, or 'help' when -h/--help was given
 * @throws UsageError on an unknown option, a missing or empty value, or a wrong number of
 *   positionals; for -v/--version, the signal guarded() answers with the version
 */
export function parseCommand<O extends Options>(args: readonly string[], options: O, positionals: { min: number; max: number; names: string }): { values: Values<O>; positionals: string[] } | 'help' {
  const withCommon: Options = { ...options, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } }
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[]; tokens: Array<{ kind: string; name?: string; rawName?: string }> }
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: withCommon, tokens: true }) as typeof parsed
  } catch (error) {
    throw new UsageError(parseArgsMessage(error, withCommon))
  }
  if (parsed.values['help'] === true) return 'help'
  if (parsed.values['version'] === true) throw new VersionRequested()
  const again = repeatedOption(parsed.tokens, withCommon)
  if (again !== undefined) throw new UsageError(again)
  const empty = emptyOptionMessage(parsed.values)
  if (empty !== undefined) throw new UsageError(empty)
  const n = parsed.positionals.length
  // An empty argument (`verify ""`, what an unset "$LOG" leaves) names nothing, as an empty
  // option value does not: read as a path it gave "cannot read : no such file".
  if (parsed.positionals.includes('')) throw new UsageError(`an empty argument (""): give ${positionals.names}`)
  if (n < positionals.min) throw new UsageError(`missing ${positionals.names}`)
  if (n > positionals.max) {
    const extra = parsed.positionals[positionals.max]!
    // `explain <board> boards.json`, as `check boards.json` reads it: these commands take the
    // matrix as an option, and without it they read examples/boards.json.
    const matrixHint = 'matrix' in options && parsed.values['matrix'] === undefined && /\.jsonc?$/i.test(extra) ? ` (give a matrix file with --matrix ${extra})` : ''
    throw new UsageError(`unexpected argument "${extra}"${matrixHint}`)
  }
  return { values: parsed.values as Values<O>, positionals: parsed.positionals }
}

/** Characters a shell word may hold unquoted (POSIX sh, bash, zsh): no space, quote, glob, `$`, `~`, `!` or `#`. */
const PLAIN_WORD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_@%+=:,./-'

/**
 * An argument as it has to be typed in a command line a message suggests: as is when that is
 * safe, else in single quotes (a file `my boards.json` would otherwise be two arguments).
 *
 * @example
 * shellWord('boards.json') // → 'boards.json'
 * shellWord("my board's.json") // → `'my board'\\''s.json'`
 */
export function shellWord(arg: string): string {
  if (arg !== '' && [...arg].every((c) => PLAIN_WORD.includes(c))) return arg
  return `'${arg.split("'").join("'\\''")}'`
}

/** `a,b , c` → ['a', 'b', 'c']; undefined for an absent or empty value. */
export function splitList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  const items = value.split(',').map((s) => s.trim()).filter(Boolean)
  return items.length > 0 ? items : undefined
}

/**
 * An option's comma-separated list (items trimmed), where a value that lists nothing (`,`,
 * `' , '`) is a usage error rather than "option not given", as an empty value is
 * (emptyOptionMessage), and so is an empty item among others (`6.1,,6.12`, `6.1,`).
 *
 * @param value - the option's value, undefined when the option was not given
 * @param option - the option as typed, e.g. `--kernel`, for the message
 * @throws UsageError when the value is given but lists no item, or has an empty item
 * @example
 * optionList('6.1, 6.12', '--kernel') // → ['6.1', '6.12']
 * optionList(',', '--kernel') // throws '--kernel needs a value: "," lists none'
 * optionList('6.1,', '--kernel') // throws '--kernel: "6.1," has an empty item at the end'
 */
export function optionList(value: string | undefined, option: string): string[] | undefined {
  if (value === undefined) return undefined
  const items = value.split(',').map((s) => s.trim())
  if (items.every((s) => s === '')) throw new UsageError(value.trim() === '' ? `${option} needs a value` : `${option} needs a value: "${value}" lists none`)
  const empty = emptyItemMessage(value, items, option)
  if (empty !== undefined) throw new UsageError(empty)
  return items
}

/**
 * The kernels of `--kernel`, the name `check` and `explain` use, or of `--kernels`, which
 * `sweep` and `suggest` also accept: two spellings of one option. Given both, neither can
 * silently win (sweep once preferred `--kernels`, suggest `--kernel`), so that is a usage error.
 *
 * @param values - parseArgs' values of a command that declares both options
 * @returns the list (undefined when neither is given) and the option as typed, for messages
 * @throws UsageError when both are given, or the one given lists no kernel (optionList)
 * @example
 * kernelOption({ kernels: '6.1,6.12' }) // → { kernels: ['6.1', '6.12'], option: '--kernels' }
 * kernelOption({ kernel: '6.1', kernels: '6.12' }) // throws '--kernel and --kernels are one option; give it once'
 */
export function kernelOption(values: { kernel?: string | undefined; kernels?: string | undefined }): { kernels: string[] | undefined; option: '--kernel' | '--kernels' } {
  if (values.kernel !== undefined && values.kernels !== undefined) throw new UsageError('--kernel and --kernels are one option; give it once')
  const option = values.kernels !== undefined ? '--kernels' : '--kernel'
  return { kernels: optionList(values.kernels ?? values.kernel, option), option }
}

const SUFFIX = /^(high|low|cma)$/

/**
 * A list of crashkernel= values, where commas also occur inside a value: `,high` / `,low` /
 * `,cma` stay with the size before them, range entries (`1G-4G:192M,4G-:256M`) stay together,
 * and `+` joins several tokens into one value. `;` separates values too. An empty piece stays
 * as an empty item; a suffix right after it stays an item of its own (`256M,,high`: the empty
 * item is the slip, not the suffix), except at the start of a group, where `,high` is a value
 * whose size is missing: crashkernelList() names either as typed.
 *
 * @example
 * splitCrashkernelList('256M,512M,high+128M,low,1G-4G:192M,4G-:256M')
 * // → ['256M', '512M,high+128M,low', '1G-4G:192M,4G-:256M']
 * splitCrashkernelList(',high') // → [',high']
 * splitCrashkernelList('256M,,high') // → ['256M', '', 'high']
 */
export function splitCrashkernelList(value: string): string[] {
  const out: string[] = []
  for (const group of value.split(';')) {
    const items: string[] = []
    for (const raw of group.split(',')) {
      const piece = raw.trim()
      const last = items.length - 1
      const prev = items[last]
      // `512M,high+128M` → the suffix belongs to the previous item; the rest after `+` follows it.
      // Blanks around `+` are no part of a token (`512M,high + 128M,low`).
      const [head = '', ...tail] = piece.split('+').map((t) => t.trim())
      const joins = prev !== undefined && (prev !== '' || last === 0)
      if (joins && (SUFFIX.test(head) || (head.includes(':') && /:[^+]*$/.test(prev) && !/,(high|low|cma)$/.test(prev)))) {
        items[last] = `${prev},${head}${tail.length > 0 ? `+${tail.join('+')}` : ''}`
      } else if (prev !== undefined && prev.endsWith('+')) {
        items[last] = `${prev}${piece}`
      } else {
        items.push(piece)
      }
    }
    out.push(...items)
  }
  return out
}

const NAME = 'crashkernel='

/** Whether a crashkernel= value starts with a size: memparse() needs a digit first. */
function startsWithSize(token: string): boolean {
  const c = token.charCodeAt(0)
  return c >= 48 && c <= 57
}

/**
 * The crashkernel= values of an option such as `sweep --sizes` (splitCrashkernelList), each
 * checked to be one: every `+`-joined token (with or without its `crashkernel=`) starts with
 * a size, as every form the kernel parses does (size[@offset], size,high, size,low,
 * start-[end]:size,…). A suffix with no size before it (`,high`), a token with none
 * (`hihg`, `@0x1000`) or an empty item would otherwise be swept as a value of its own, which
 * the kernel ignores, and read as a result. A size of 0 is kept: the kernel parses
 * crashkernel=0 and reserves nothing, which is what such a column shows.
 *
 * @param value - the option's value as typed
 * @param option - the option as typed, for messages
 * @throws UsageError when the value lists nothing, has an empty item, or an item without a size
 * @example
 * crashkernelList('256M,1G,high', '--sizes') // → ['256M', '1G,high']
 * crashkernelList(',high', '--sizes') // throws '--sizes: ",high" has no size: …'
 */
export function crashkernelList(value: string, option: string): string[] {
  // A fragment pasted from a command line (`crashkernel=512M,high crashkernel=64M,low`): no
  // value has a blank in it, and whether the words are tokens of one value or values of their
  // own is the user's to say, so neither reading is guessed.
  const pieces = value.split(';').map((group) => group.split(',').map((piece) => piece.split('+').map(wordsOf)))
  if (pieces.some((group) => group.some((tokens) => tokens.some((words) => words.length > 1)))) {
    const joined = pieces.map((group) => group.map((tokens) => tokens.map((words) => words.join('+')).join('+')).join(',')).join(';')
    throw new UsageError(`${option}: "${value}" separates words with blanks; join the tokens of one value with "+" ("${joined}"), the values with ","`)
  }
  const items = splitCrashkernelList(value)
  if (items.every((s) => s === '')) throw new UsageError(value.trim() === '' ? `${option} needs a value` : `${option} needs a value: "${value}" lists none`)
  const empty = emptyItemMessage(value, items, option)
  if (empty !== undefined) throw new UsageError(empty)
  for (const item of items) {
    const tokens = item.split('+').map((t) => t.trim())
    const gap = tokens.indexOf('')
    if (gap >= 0) throw new UsageError(`${option}: "${item}" has an empty value ${emptyItemWhere(tokens, gap)} (+ joins crashkernel= values: 512M,high+128M,low)`)
    const sizeless = tokens.find((t) => !startsWithSize(t.startsWith(NAME) ? t.slice(NAME.length) : t))
    if (sizeless !== undefined) {
      // A suffix in another case or misspelt (`256M,HIGH`, `256M,hihg`) is no suffix, so it was split off as a value: say which was meant.
      const suffix = sizeless === item && !['high', 'low', 'cma'].includes(item) && !item.startsWith(',') ? hintFor(item, ['high', 'low', 'cma']).replace('"', '",') : ''
      throw new UsageError(`${option}: "${item}" has no size${sizeless !== item ? ` in "${sizeless}"` : ''}; a crashkernel= value starts with one: 256M, 512M,high, 256M@0x40000000, 1G-4G:192M${suffix !== '' ? `${suffix.slice(0, -1)} (a suffix, lower case, right after its size)?` : ''}`)
    }
  }
  return items
}

/**
 * Runs a command body, turning errors into the exit codes of STYLE.md §2.8: usage and
 * configuration errors → 2 with a message (and the help for usage errors), anything else →
 * 2 as an internal error.
 */
export async function guarded(name: string, help: string, io: CliIO, body: () => Promise<ExitCode>): Promise<ExitCode> {
  try {
    return await body()
  } catch (error) {
    if (error instanceof VersionRequested) {
      io.stdout(`${VERSION}\n`)
      return 0
    }
    if (error instanceof UsageError) io.stderr(`crashkernel-check ${name}: ${error.message}\n\n${help}`)
    else if (error instanceof ConfigurationError) io.stderr(`crashkernel-check ${name}: ${error.message}\n${error.docsUrl !== undefined ? `See ${error.docsUrl}\n` : ''}`)
    else io.stderr(`crashkernel-check ${name}: Internal error: ${errorMessage(error)}\n`)
    return 2
  }
}
