// SPDX-License-Identifier: GPL-2.0-only
/**
 * A backtracking regular-expression matcher that counts its steps, for the hostile tests: it
 * explores alternatives in the order ECMAScript's backtracking semantics do (greedy
 * quantifiers try one more iteration first, alternatives left to right, an empty iteration
 * past the minimum fails), so its step count is the work a backtracking engine such as V8's
 * Irregexp does in the worst case. Catastrophic (exponential) or polynomial backtracking shows
 * up as a step count that grows faster than the input, deterministically, where a wall-clock
 * bound would depend on the machine.
 *
 * Only the syntax the audited patterns use: literals, escapes (`\d`, `\w`, `\s`, `\.`, `\xHH`,
 * `\uHHHH`, …), classes, `.`, `^`/`$`, `\b`/`\B`, groups (capturing, `(?:`, `(?<name>`),
 * lookahead, `*` `+` `?` `{m}` `{m,}` `{m,n}` (greedy or lazy), alternation; flags `g`, `u`,
 * `i` (ASCII case folding: the inputs and patterns here are ASCII), `m` (`^`/`$` at line
 * terminators) and `s` (`.` matches line terminators too). Anything else throws, so a pattern the model cannot read is not silently passed.
 */

type Node =
  | { t: 'char'; test: (c: string) => boolean }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'look'; negate: boolean; body: Node }
  | { t: 'bol' }
  | { t: 'eol' }
  | { t: 'wordb'; negate: boolean }
  | { t: 'rep'; body: Node; min: number; max: number; lazy: boolean }

const CLASS_ESCAPES: Record<string, (c: string) => boolean> = {
  d: (c) => c >= '0' && c <= '9',
  D: (c) => !(c >= '0' && c <= '9'),
  w: (c) => /^[A-Za-z0-9_]$/.test(c),
  W: (c) => !/^[A-Za-z0-9_]$/.test(c),
  s: (c) => /^\s$/.test(c),
  S: (c) => !/^\s$/.test(c),
}

/** Thrown when a pattern uses syntax the model does not know. */
export class UnsupportedPattern extends Error {}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z0-9_]$/.test(c)
const isLineTerminator = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029'

/** `test` made case-insensitive the way a non-Unicode `i` regex compares ASCII characters. */
const folded = (test: (c: string) => boolean): ((c: string) => boolean) => (c) => test(c) || test(c.toLowerCase()) || test(c.toUpperCase())

function parse(source: string, ignoreCase: boolean, dotAll = false): Node {
  let i = 0
  const fail = (what: string): never => {
    throw new UnsupportedPattern(`regex model: ${what} at ${i} in /${source}/`)
  }
  /** The character of `\xHH` or `\uHHHH` whose letter is at i - 1, consumed. */
  const hexEscape = (e: string): string => {
    const len = e === 'x' ? 2 : 4
    const digits = source.slice(i, i + len)
    if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(digits)) return fail(`escape \\${e}${digits}`)
    i += len
    return String.fromCharCode(parseInt(digits, 16))
  }
  const escape = (): ((c: string) => boolean) => {
    const e = source[i++]
    if (e === undefined) return fail('trailing backslash')
    if (CLASS_ESCAPES[e]) return CLASS_ESCAPES[e]
    if (e === 'x' || e === 'u') {
      const lit = hexEscape(e)
      return (c) => c === lit
    }
    if (/[0-9bBkpPc]/.test(e)) return fail(`escape \\${e}`)
    const lit = e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'f' ? '\f' : e === 'v' ? '\v' : e
    return (c) => c === lit
  }
  const klass = (): ((c: string) => boolean) => {
    const negated = source[i] === '^'
    if (negated) i++
    const parts: Array<(c: string) => boolean> = []
    let first = true
    while (i < source.length && (source[i] !== ']' || first)) {
      first = false
      let lo: string
      if (source[i] === '\\') {
        i++
        const e = source[i]!
        if (CLASS_ESCAPES[e]) {
          i++
          parts.push(CLASS_ESCAPES[e])
          continue
        }
        i++
        if (e === 'x' || e === 'u') lo = hexEscape(e)
        else if (/[0-9bBkpPc]/.test(e)) return fail(`class escape \\${e}`)
        else lo = e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'f' ? '\f' : e === 'v' ? '\v' : e
      } else lo = source[i++]!
      if (source[i] === '-' && source[i + 1] !== undefined && source[i + 1] !== ']') {
        i++
        let hi = source[i++]!
        if (hi === '\\') {
          const e = source[i++]!
          if (e === 'x' || e === 'u') hi = hexEscape(e)
          else if (/[a-zA-Z0-9]/.test(e)) return fail(`class range end \\${e}`)
          else hi = e
        }
        const l = lo
        parts.push((c) => c >= l && c <= hi)
      } else {
        const l = lo
        parts.push((c) => c === l)
      }
    }
    if (source[i] !== ']') fail('unterminated class')
    i++
    const member = (c: string): boolean => parts.some((p) => p(c))
    const test = ignoreCase ? folded(member) : member
    return (c) => test(c) !== negated
  }
  const alt = (): Node => {
    const options: Node[] = [seq()]
    while (source[i] === '|') {
      i++
      options.push(seq())
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options }
  }
  const seq = (): Node => {
    const items: Node[] = []
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let atom: Node
      const c = source[i++]!
      if (c === '(') {
        let look: boolean | undefined
        if (source[i] === '?') {
          const k = source[i + 1]
          if (k === ':') i += 2
          else if (k === '=' || k === '!') {
            look = k === '!'
            i += 2
          } else if (k === '<' && source[i + 2] !== '=' && source[i + 2] !== '!') i = source.indexOf('>', i) + 1
          else fail(`group (?${k}`)
        }
        const body = alt()
        if (source[i] !== ')') fail('unterminated group')
        i++
        atom = look === undefined ? body : { t: 'look', negate: look, body }
      } else if (c === '[') atom = { t: 'char', test: klass() }
      else if (c === '\\' && (source[i] === 'b' || source[i] === 'B')) atom = { t: 'wordb', negate: source[i++] === 'B' }
      else if (c === '\\') atom = { t: 'char', test: ignoreCase ? folded(escape()) : escape() }
      else if (c === '.') atom = { t: 'char', test: dotAll ? () => true : (x) => !isLineTerminator(x) }
      else if (c === '^') atom = { t: 'bol' }
      else if (c === '$') atom = { t: 'eol' }
      else if ('*+?{'.includes(c)) return fail(`quantifier ${c} without an atom`)
      else atom = { t: 'char', test: ignoreCase ? folded((x) => x === c) : (x) => x === c }
      let q: { min: number; max: number } | undefined
      const n = source[i]
      if (n === '*') q = { min: 0, max: Infinity }
      else if (n === '+') q = { min: 1, max: Infinity }
      else if (n === '?') q = { min: 0, max: 1 }
      else if (n === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i))
        if (m) {
          q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]) }
          i += m[0].length - 1
        }
      }
      if (q) {
        i++
        const lazy = source[i] === '?'
        if (lazy) i++
        if (atom.t === 'bol' || atom.t === 'eol' || atom.t === 'wordb' || atom.t === 'look') fail('quantified assertion')
        atom = { t: 'rep', body: atom, ...q, lazy }
      }
      items.push(atom)
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items }
  }
  const root = alt()
  if (i !== source.length) fail('unbalanced )')
  return root
}

/** Thrown when a match spends more steps than its budget (the pattern backtracks badly). */
export class StepBudgetExceeded extends Error {}

/**
 * Runs `re` over `input` as `input.replace(re-with-g, replacement)` would (every match, left to
 * right) and counts the matcher's steps.
 *
 * @param budget - steps after which the run stops with {@link StepBudgetExceeded}
 * @returns the replaced text (compare it with the real engine's) and the steps spent
 */
export function replaceAllCounted(re: RegExp, input: string, replacement: string, budget: number): { output: string; steps: number } {
  for (const f of re.flags) if (!'gimsu'.includes(f)) throw new UnsupportedPattern(`regex model: flag ${f} in /${re.source}/`)
  const root = parse(re.source, re.flags.includes('i'), re.flags.includes('s'))
  const multiline = re.flags.includes('m')
  // Code points with `u`, UTF-16 units without: the patterns here are ASCII, and so is the input.
  const s = input
  const n = s.length
  let steps = 0
  const step = (): void => {
    if (++steps > budget) throw new StepBudgetExceeded(`/${re.source}/ spent more than ${budget} steps on ${n} characters`)
  }
  const m = (node: Node, i: number, k: (j: number) => boolean): boolean => {
    step()
    switch (node.t) {
      case 'char':
        return i < n && node.test(s[i]!) && k(i + 1)
      case 'bol':
        return (i === 0 || (multiline && isLineTerminator(s[i - 1]))) && k(i)
      case 'eol':
        return (i === n || (multiline && isLineTerminator(s[i]))) && k(i)
      case 'wordb':
        return (isWordChar(s[i - 1]) !== isWordChar(s[i])) !== node.negate && k(i)
      case 'seq': {
        const go = (idx: number, j: number): boolean => (idx === node.items.length ? k(j) : m(node.items[idx]!, j, (e) => go(idx + 1, e)))
        return go(0, i)
      }
      case 'alt':
        for (const o of node.options) if (m(o, i, k)) return true
        return false
      case 'look': {
        const found = m(node.body, i, () => true)
        return found !== node.negate && k(i)
      }
      case 'rep': {
        const rep = (count: number, j: number): boolean => {
          step()
          const more = (): boolean => count < node.max && m(node.body, j, (e) => (e === j && count >= node.min ? false : rep(count + 1, e)))
          const stop = (): boolean => count >= node.min && k(j)
          return node.lazy ? stop() || more() : more() || stop()
        }
        return rep(0, i)
      }
    }
  }
  let out = ''
  let last = 0
  let start = 0
  while (start <= n) {
    let end = -1
    if (m(root, start, (j) => ((end = j), true))) {
      out += s.slice(last, start) + replacement
      last = end
      start = end === start ? start + 1 : end
      if (!re.flags.includes('g')) break
    } else start++
  }
  return { output: out + s.slice(last), steps }
}

/** Characters tried, in this order, as a sample of what a pattern atom matches. */
const SAMPLE_ALPHABET = `a0A x.-_:,/@#=!${Array.from({ length: 95 }, (_, k) => String.fromCharCode(32 + k)).join('')}\t\n`

/**
 * A string shaped like what `re` matches, and where to pump it: each atom's first matching
 * character of a small alphabet, each quantifier at its minimum (at least once), an
 * alternation's first option, assertions left out; `pumps` are the quantified parts, each
 * with the index in `text` after which more repetitions go. Not always a match (assertions
 * are ignored): it gives adversarial strings the literal context around the runs they pump.
 *
 * @example
 * sampleOf(/^Machine model: (.+?)\s*$/).text // → 'Machine model: a '
 * sampleOf(/^(ab)+$/).pumps // → [{ at: 1, piece: 'a' }, …, { at: 2, piece: 'ab' }]
 */
export function sampleOf(re: RegExp): { text: string; pumps: Array<{ at: number; piece: string }> } {
  const root = parse(re.source, re.flags.includes('i'), re.flags.includes('s'))
  const pumps: Array<{ at: number; piece: string }> = []
  let text = ''
  const gen = (node: Node): void => {
    switch (node.t) {
      case 'char':
        text += [...SAMPLE_ALPHABET].find((c) => node.test(c)) ?? ''
        return
      case 'seq':
        for (const item of node.items) gen(item)
        return
      case 'alt':
        gen(node.options[0]!)
        return
      case 'rep': {
        const times = Math.max(1, Math.min(node.min, 4))
        for (let k = 0; k < times; k++) {
          const from = text.length
          gen(node.body)
          if (k === 0 && node.max > 1) pumps.push({ at: text.length, piece: text.slice(from) })
        }
        return
      }
      default:
    }
  }
  gen(root)
  return { text, pumps: pumps.filter((p) => p.piece !== '') }
}
