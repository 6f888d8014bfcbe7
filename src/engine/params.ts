// SPDX-License-Identifier: GPL-2.0-only
/**
 * The early command-line parameters as the kernel's generic code hands them to their
 * handlers: parse_early_param() → parse_args() → next_arg() tokens (quotes, the `--` stop),
 * matched by parameq() (`-` and `_` alike). The engine's early_param() mirrors read the
 * command line through these, so that a token the kernel does not see is not seen here.
 * (crashkernel= is not an early param: each kernel finds it its own way.)
 *
 * @kernel init/main.c parse_early_param, do_early_param; kernel/params.c parse_args, parameq;
 *         lib/cmdline.c next_arg (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */

/** One `param[=val]` token as parse_args() hands it to its callbacks. */
export interface EarlyParam {
  param: string
  /** null when the token had no '=' (the kernel passes NULL). */
  val: string | null
}

/** isspace() of the kernel's ctype table for ASCII. */
const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r'

/** skip_spaces() — lib/string_helpers.c / lib/string.c. */
function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s[i])) i++
  return i
}

/**
 * Mirrors next_arg() — lib/cmdline.c (kernel/params.c before 5.x): one token, quotes
 * allowed around the whole token or the value, '=' splits at its first occurrence (but a
 * leading '=' at index 0 is not a split: the C code tests `equals == 0`).
 *
 * @kernel lib/cmdline.c next_arg
 */
function nextArg(s: string, start: number): { param: string; val: string | null; next: number } {
  let args = start
  let inQuote = false
  let quoted = false
  if (s[args] === '"') {
    args++
    inQuote = true
    quoted = true
  }
  let i = 0
  let equals = 0
  for (; args + i < s.length; i++) {
    const c = s[args + i]
    if (isSpace(c) && !inQuote) break
    if (equals === 0 && c === '=') equals = i
    if (c === '"') inQuote = !inQuote
  }
  // The token is s[args, args + i); the C code writes NULs into it, we slice instead.
  let tokenEnd = args + i
  let param: string
  let val: string | null
  let lastCharCut = false
  if (!equals) {
    val = null
    param = s.slice(args, tokenEnd)
  } else {
    param = s.slice(args, args + equals)
    let valStart = args + equals + 1
    // Don't include quotes in value.
    if (s[valStart] === '"') {
      valStart++
      if (s[tokenEnd - 1] === '"') {
        tokenEnd--
        lastCharCut = true
      }
    }
    val = s.slice(valStart, Math.max(valStart, tokenEnd))
  }
  if (quoted && i > 0 && !lastCharCut && s[args + i - 1] === '"') {
    if (val === null) param = param.slice(0, -1)
    else val = val.slice(0, -1)
  }
  const after = args + i < s.length ? args + i + 1 : args + i
  return { param, val, next: skipSpaces(s, after) }
}

/**
 * The tokens parse_args() passes to do_early_param(), in order, stopping at a bare "--"
 * (everything after it belongs to init).
 *
 * @kernel kernel/params.c parse_args; init/main.c parse_early_options
 */
export function parseEarlyParams(cmdline: string): EarlyParam[] {
  const out: EarlyParam[] = []
  let i = skipSpaces(cmdline, 0)
  while (i < cmdline.length) {
    const { param, val, next } = nextArg(cmdline, i)
    i = next
    // Stop at --
    if (val === null && param === '--') break
    out.push({ param, val })
  }
  return out
}

/** dash2underscore() + parameq() — kernel/params.c: '-' and '_' are the same in names. */
export function parameq(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i] === '-' ? '_' : a[i]
    const y = b[i] === '-' ? '_' : b[i]
    if (x !== y) return false
  }
  return true
}
