// SPDX-License-Identifier: GPL-2.0-only
/**
 * The `crashkernel=` tokens of a command line, found the way the kernel finds them
 * (get_last_crashkernel(): strstr() for "crashkernel=", the token runs to the next space),
 * plus the small edits the rules and the suggestion engine make on them. Text only: what a
 * token *means* is the engine's business (src/engine/crashkernel/parse.ts).
 *
 * @kernel kernel/crash_reserve.c get_last_crashkernel (v6.12.117); kernel/crash_core.c (v5.10.223)
 */
import { commandLineKeptByAll } from '../engine/index.js'
import { typoDistance } from '../typo-distance.js'
import { memSize } from '../matrix/size.js'

/** One `crashkernel=` occurrence. */
export interface CrashkernelToken {
  /** The whole token, `crashkernel=256M,high` (or `foo.crashkernel=…` as strstr() finds it). */
  text: string
  /** What follows `crashkernel=`. */
  value: string
  /** Index of the token's first character in the command line. */
  start: number
  end: number
  /** The suffix the token ends with, if it ends with one this project knows of. */
  suffix: ',high' | ',low' | ',cma' | null
  /** `start-[end]:size` entries (a ':' before the end of the token). */
  range: boolean
}

const NAME = 'crashkernel='
const SUFFIXES = [',high', ',low', ',cma'] as const

/**
 * Every `crashkernel=` token, in command-line order.
 *
 * @example
 * crashkernelTokens('console=ttyS0 crashkernel=1G,high crashkernel=128M,low').map((t) => t.suffix)
 * // → [',high', ',low']
 */
export function crashkernelTokens(cmdline: string): CrashkernelToken[] {
  const out: CrashkernelToken[] = []
  let from = 0
  for (;;) {
    const at = cmdline.indexOf(NAME, from)
    if (at === -1) return out
    // The token starts at the previous space (a `foo.crashkernel=` prefix belongs to it).
    const start = cmdline.lastIndexOf(' ', at) + 1
    const space = cmdline.indexOf(' ', at)
    const end = space === -1 ? cmdline.length : space
    const value = cmdline.slice(at + NAME.length, end)
    out.push({
      text: cmdline.slice(start, end),
      value,
      start,
      end,
      suffix: SUFFIXES.find((s) => value.endsWith(s)) ?? null,
      range: value.includes(':'),
    })
    from = at + NAME.length
  }
}

/** Text on the command line meant as `crashkernel=` that the kernel's strstr() does not find. */
export interface MisspeltCrashkernel {
  /** The words as written: `crashkernal=256M`, `Crashkernel=256M`, `crashkernel = 256M`. */
  text: string
  start: number
  end: number
  /** The value meant: `256M`. */
  value: string
}

const NAME_WORD = /^([A-Za-z_-]+)(?:([=:])(.*))?$/s

/**
 * Words meant as `crashkernel=` that get_last_crashkernel() does not see, since it looks for the
 * exact bytes "crashkernel=": a name at most two edits away or in other case (`crashkernal=`,
 * `crash_kernel=`, `CrashKernel=`), `:` for `=`, or spaces around the `=` (`crashkernel = 256M`).
 * Bounded: names longer than 16 characters are not compared.
 *
 * @example
 * misspeltCrashkernel('console=ttyS0 crashkernal=256M').map((m) => m.value) // → ['256M']
 */
export function misspeltCrashkernel(cmdline: string): MisspeltCrashkernel[] {
  const words = [...cmdline.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
  const out: MisspeltCrashkernel[] = []
  for (let i = 0; i < words.length; i++) {
    const m = NAME_WORD.exec(words[i]!.text)
    const name = m?.[1]
    if (!m || name === undefined || name.length > 16 || typoDistance(name.toLowerCase(), 'crashkernel') > 2) continue
    if (name === 'crashkernel' && m[2] === '=') continue // the real thing
    const next = words[i + 1]
    let last = i
    let value = m[3] ?? ''
    if (m[2] === undefined && next?.text === '=' && words[i + 2] !== undefined) {
      last = i + 2 // crashkernel = 256M
      value = words[i + 2]!.text
    } else if ((m[2] === undefined && next?.text.startsWith('=')) || (m[2] !== undefined && value === '' && next !== undefined && !next.text.includes('='))) {
      last = i + 1 // crashkernel =256M, crashkernel: 256M
      value = next!.text.replace(/^=/, '')
    }
    if (value === '' || value.includes('=')) continue
    out.push({ text: cmdline.slice(words[i]!.start, words[last]!.end), start: words[i]!.start, end: words[last]!.end, value })
    i = last
  }
  return out
}

/**
 * The command line with its crashkernel= tokens removed and `tokens` put where the first one
 * was (after the last `,cma` token kept, where one follows it; or appended). `,cma` tokens stay unless `tokens` has its own: they ask for a
 * reservation of their own (reserve_crashkernel_cma()), which a new main size leaves alone;
 * with `dropCma` they go too, for a kernel that ignores them (arm64 and riscv64 before 7.3).
 * On a command line longer than some kernel keeps (COMMAND_LINE_SIZE - 1 bytes, 1023 on
 * riscv64 before 7.1), every crashkernel= token goes to the front, in its order, when one
 * would otherwise end past that cut: the kernel would never read it (CK004 `truncated`).
 */
export function withCrashkernel(cmdline: string, tokens: readonly string[], options: { dropCma?: boolean } = {}): string {
  const ownCma = options.dropCma === true || tokens.some((t) => t.endsWith(',cma'))
  const all = crashkernelTokens(cmdline)
  const found = all.filter((t) => ownCma || t.suffix !== ',cma')
  const first = found[0]
  if (!first) return tokensWhereKept(joinWords([cmdline, ...tokens]))
  // Never before a kept ,cma token: a kernel without the suffix (before 6.17) reads the last
  // crashkernel= with no suffix it knows, and a ,cma written after the main size is that one,
  // which it rejects ("unrecognized char: ,"); one with it reads the tokens in any order.
  const lastCma = ownCma ? undefined : all.filter((t) => t.suffix === ',cma' && t.start > first.start).at(-1)
  const at = lastCma ?? first
  const words: string[] = []
  let pos = 0
  for (const t of lastCma ? [...found, lastCma].sort((a, b) => a.start - b.start) : found) {
    words.push(cmdline.slice(pos, t.start))
    if (t === lastCma) words.push(t.text)
    if (t === at) words.push(tokens.join(' '))
    pos = t.end
  }
  words.push(cmdline.slice(pos))
  return tokensWhereKept(joinWords(words))
}

/**
 * The command line unchanged when every crashkernel= token lies in the part each kernel keeps,
 * else with the tokens moved to the front in their order (the order decides which one the
 * kernel reads).
 */
function tokensWhereKept(cmdline: string): string {
  const all = crashkernelTokens(cmdline)
  const last = all[all.length - 1]
  if (last === undefined || last.end <= commandLineKeptByAll(cmdline).length) return cmdline
  return tokensToFront(cmdline)
}

/**
 * The command line with every crashkernel= token moved to the front, in its order (the order
 * decides which one the kernel reads), the other words after them as they were.
 *
 * @example
 * tokensToFront('console=ttyS0 crashkernel=256M quiet') // → 'crashkernel=256M console=ttyS0 quiet'
 */
export function tokensToFront(cmdline: string): string {
  const all = crashkernelTokens(cmdline)
  return joinWords([...all.map((t) => t.text), withoutTokensAt(cmdline, all)])
}

/** The command line with one token (the first occurrence of `text`) removed. */
export function withoutToken(cmdline: string, text: string): string {
  const t = crashkernelTokens(cmdline).find((x) => x.text === text)
  if (!t) return cmdline
  return joinWords([cmdline.slice(0, t.start), cmdline.slice(t.end)])
}

/** The command line without the token at `token.start` (for repeated identical tokens). */
export function withoutTokenAt(cmdline: string, token: Pick<CrashkernelToken, 'start' | 'end'>): string {
  return withoutTokensAt(cmdline, [token])
}

/** The command line without the tokens at these positions (in command-line order, as crashkernelTokens() gives them). */
export function withoutTokensAt(cmdline: string, tokens: ReadonlyArray<Pick<CrashkernelToken, 'start' | 'end'>>): string {
  const pieces: string[] = []
  let pos = 0
  for (const t of tokens) {
    pieces.push(cmdline.slice(pos, t.start))
    pos = t.end
  }
  pieces.push(cmdline.slice(pos))
  return joinWords(pieces)
}

/** The command line with one token replaced. */
export function replaceToken(cmdline: string, text: string, replacement: string): string {
  const t = crashkernelTokens(cmdline).find((x) => x.text === text)
  if (!t) return cmdline
  return joinWords([cmdline.slice(0, t.start), replacement, cmdline.slice(t.end)])
}

/** The command line with the token at `token.start` replaced (the one the kernel reads when identical ones precede it). */
export function replaceTokenAt(cmdline: string, token: Pick<CrashkernelToken, 'start' | 'end'>, replacement: string): string {
  return joinWords([cmdline.slice(0, token.start), replacement, cmdline.slice(token.end)])
}

/** Joins pieces with single spaces, dropping empty ones (the kernel splits on spaces anyway). */
function joinWords(pieces: readonly string[]): string {
  return pieces
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(' ')
}


/**
 * The crashkernel= tokens of one value in `--sizes` notation (tokens joined by `+`, the
 * `crashkernel=` optional).
 *
 * @example
 * crashkernelTokensOf('512M,high+128M,low') // → ['crashkernel=512M,high', 'crashkernel=128M,low']
 */
export function crashkernelTokensOf(value: string): string[] {
  return value
    .split('+')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.startsWith('crashkernel=') ? s : `crashkernel=${s}`))
}

/** An address for `@offset`: hex, as kernel documentation writes them. */
export const memAddr = (addr: bigint): string => `0x${addr.toString(16)}`

/**
 * How a message names a fixed `crashkernel=X@Y` the kernel acted on: `X@Y` as it reserved
 * it, and where the command line spells it as a range list, the list as written with the
 * entry this layout's RAM selected (a rebuilt `448M@0x40000000` is on no line the user has).
 *
 * @example
 * fixedTokenText('crashkernel=2G-:448M@0x40000000', 448n << 20n, 0x40000000n) // → '2G-:448M@0x40000000 (448M@0x40000000 for this RAM)'
 */
export function fixedTokenText(cmdline: string, size: bigint, base: bigint): string {
  const chosen = `${memSize(size)}@${memAddr(base)}`
  // The token the kernel reads: the last one without a ,high/,low/,cma suffix.
  const plain = crashkernelTokens(cmdline).filter((t) => t.suffix === null)
  const token = plain[plain.length - 1]
  return token?.range ? `${token.value} (${chosen} for this RAM)` : chosen
}

/** A number of a crashkernel= value that the kernel reads as octal, with what its digits say. */
export interface OctalNumber {
  /** As written, `0256`. */
  written: string
  /** What memparse() reads, 174. */
  octal: bigint
  /** What the digits say in decimal, 256. */
  decimal: bigint
}

/**
 * The digit runs of a crashkernel= value, each with its kind: `hex` after `0x`, `octal` for a
 * leading 0 and octal digits after it, else `decimal`. A string scan: the text is the user's.
 */
function digitRuns(value: string): Array<{ start: number; end: number; octal: boolean }> {
  const digit = (i: number) => i < value.length && value.charCodeAt(i) >= 0x30 && value.charCodeAt(i) <= 0x39
  const hexDigit = (i: number) => digit(i) || (i < value.length && 'abcdefABCDEF'.includes(value[i]!))
  const runs: Array<{ start: number; end: number; octal: boolean }> = []
  for (let i = 0; i < value.length; ) {
    if (!digit(i)) {
      i++
      continue
    }
    if (value[i] === '0' && (value[i + 1] === 'x' || value[i + 1] === 'X')) {
      let j = i + 2
      while (hexDigit(j)) j++
      i = j
      continue
    }
    let j = i
    while (digit(j)) j++
    const run = value.slice(i, j)
    let octal = run.length > 1 && run[0] === '0'
    for (const c of run) if (c === '8' || c === '9') octal = false
    runs.push({ start: i, end: j, octal })
    i = j
  }
  return runs
}

/**
 * The numbers of a crashkernel= value (sizes, range bounds, the `@offset`) that the kernel
 * reads as octal where their digits say something else in decimal: memparse() parses with
 * simple_strtoull(…, 0), which takes a leading 0 as octal, so `0256M` asks for 174 MiB.
 * (`01G` is 1 GiB either way; `08M` stops the parse at the 8, which the kernel rejects.)
 * @kernel lib/cmdline.c memparse; lib/kstrtox.c _parse_integer_fixup_radix (v6.12.117)
 *
 * @example
 * octalNumbers('0256M@016M') // → [{ written: '0256', octal: 174n, decimal: 256n }, { written: '016', octal: 14n, decimal: 16n }]
 */
export function octalNumbers(value: string): OctalNumber[] {
  return digitRuns(value)
    .filter((r) => r.octal)
    .map((r) => {
      const written = value.slice(r.start, r.end)
      return { written, octal: BigInt(`0o${written}`), decimal: BigInt(written) }
    })
    .filter((n) => n.octal !== n.decimal)
}

/**
 * The value with each number the kernel reads as octal written as what `how` says:
 * `decimal` drops its leading zeros (what the digits meant), `read` writes what the kernel reads.
 *
 * @example
 * octalRewritten('0256M', 'decimal') // → '256M'
 * octalRewritten('0256M', 'read') // → '174M'
 */
export function octalRewritten(value: string, how: 'decimal' | 'read'): string {
  let out = ''
  let from = 0
  for (const r of digitRuns(value)) {
    if (!r.octal) continue
    const written = value.slice(r.start, r.end)
    out += value.slice(from, r.start) + (how === 'read' ? BigInt(`0o${written}`).toString() : BigInt(written).toString())
    from = r.end
  }
  return out + value.slice(from)
}
