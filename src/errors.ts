// SPDX-License-Identifier: GPL-2.0-only
/**
 * The two error types that cross the library boundary (STYLE.md §2.9). Problems *in* a
 * matrix are findings, never exceptions.
 */

/** The repository's files on GitHub: docs links in messages are absolute, since a CLI installed from npm runs outside any clone. */
export const REPOSITORY_BLOB_BASE = 'https://github.com/crashkernel-check/crashkernel-check/blob/main/'

/** A problem with the invocation (missing file, bad input, unknown kernel override): exit 2. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError'
  /** One-line summary, shown first. */
  readonly shortMessage: string
  /** docs/ page that explains the setting, relative to the repository (and the package). */
  readonly docsPath?: string
  constructor(shortMessage: string, options: { docsPath?: string; details?: readonly string[] } = {}) {
    super([shortMessage, ...(options.details ?? [])].join('\n'))
    this.shortMessage = shortMessage
    if (options.docsPath !== undefined) this.docsPath = options.docsPath
  }

  /** The page of docsPath on GitHub, for a message printed where no clone is at hand (the CLI's stderr). */
  get docsUrl(): string | undefined {
    return this.docsPath === undefined ? undefined : `${REPOSITORY_BLOB_BASE}${this.docsPath}`
  }
}

/** A broken invariant: a bug in crashkernel-check (exit 2, "Internal error: …"). */
export class InternalError extends Error {
  override readonly name = 'InternalError'
}

/** How a value of the wrong type is named in a message about a library call's argument. */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value)
  if (value instanceof Uint8Array) return 'a Uint8Array'
  if (Array.isArray(value)) return 'an array'
  return /^[aeiou]/.test(typeof value) ? `an ${typeof value}` : `a ${typeof value}`
}

/**
 * How a list argument of the wrong shape is named: undefined when `value` is an array whose
 * every item passes `ok`, else `an array holding <kind of the first that does not>` or the
 * kind of `value`. A sparse array's holes are items too (`[, 'x']`), which every() skips.
 *
 * @example
 * listMisfit(['a', 5], (v) => typeof v === 'string') // → 'an array holding a number'
 */
export function listMisfit(value: unknown, ok: (item: unknown) => boolean): string | undefined {
  if (!Array.isArray(value)) return kindOf(value)
  for (let i = 0; i < value.length; i++) if (!ok(value[i])) return `an array holding ${kindOf(value[i])}`
  return undefined
}

/**
 * Throws a ConfigurationError when `value`, the argument `name` of library function `fn`,
 * is not a string (a caller without the types passed a Buffer, say). `objectHint` says what
 * to do with a plain object instead (the parsed or built document the text would hold).
 */
export function expectText(fn: string, name: string, value: unknown, what: string, objectHint?: string): void {
  if (typeof value === 'string') return
  const isPlainObject = typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  const hint = value instanceof Uint8Array ? " (read the file with readFileSync(path, 'utf8'))" : isPlainObject && objectHint !== undefined ? ` (${objectHint})` : ''
  throw new ConfigurationError(`${fn}(): ${name} must be ${what} as a string, not ${kindOf(value)}${hint}`, { docsPath: 'README.md#library' })
}

/**
 * Throws a ConfigurationError when `value`, the argument `name` of library function `fn`, is
 * not a Report as check() returns it (a caller without the types passed nothing, an options
 * object, or several reports where one array goes). With `bigints`, for the functions that
 * draw memory maps, also when its layouts hold their addresses and sizes as strings: a report
 * parsed back from JSON (`--format json`, the action's results file), which would fail deep
 * inside on arithmetic that mixes bigint and string.
 */
export function expectReport(fn: string, value: unknown, options: { name?: string; bigints?: boolean } = {}): void {
  const name = options.name ?? 'report'
  const misuse = (message: string) => new ConfigurationError(`${fn}(): ${name} must be a report as check() returns it, ${message}`, { docsPath: 'README.md#library' })
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw misuse(`not ${kindOf(value)}`)
  const r = value as Record<string, unknown>
  for (const key of ['files', 'findings', 'layouts']) if (!Array.isArray(r[key])) throw misuse(`with ${key} an array, not ${kindOf(r[key])}`)
  if (typeof r.counts !== 'object' || r.counts === null) throw misuse(`with counts an object, not ${kindOf(r.counts)}`)
  if (options.bigints && (r.layouts as Array<{ result?: { systemRam?: unknown } } | null>).some((l) => typeof l?.result?.systemRam === 'string')) {
    throw misuse('not one parsed back from JSON: its addresses and sizes are strings, not bigint (render the report check() or mergeReports() returns)')
  }
}

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
