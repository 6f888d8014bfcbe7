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
 * Only the syntax the audited patterns use: literals, escapes (`\d`, `\w`, `\s`, `\.`, …),
 * classes, `.`, `^`/`$` (no multiline), groups (capturing, `(?:`, `(?<name>`), lookahead,
 * `*` `+` `?` `{m}` `{m,}` `{m,n}` (greedy or lazy), alternation; flags `g` and `u`. Anything
 * else throws, so a pattern the model cannot read is not silently passed.
 */

type Node =
  | { t: 'char'; test: (c: string) => boolean }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'look'; negate: boolean; body: Node }
  | { t: 'bol' }
  | { t: 'eol' }
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

function parse(source: string): Node {
  let i = 0
  const fail = (what: string): never => {
    throw new UnsupportedPattern(`regex model: ${what} at ${i} in /${source}/`)
  }
  const escape = (): ((c: string) => boolean) => {
    const e = source[i++]
    if (e === undefined) return fail('trailing backslash')
    if (CLASS_ESCAPES[e]) return CLASS_ESCAPES[e]
    if (/[0-9bBkpPucx]/.test(e)) return fail(`escape \\${e}`)
    const lit = e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e
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
        if (/[0-9bBkpPucx]/.test(e)) fail(`class escape \\${e}`)
        lo = e === 'n' ? '\n' : e === 't' ? '\t' : e
        i++
      } else lo = source[i++]!
      if (source[i] === '-' && source[i + 1] !== undefined && source[i + 1] !== ']') {
        i++
        let hi = source[i++]!
        if (hi === '\\') hi = source[i++]!
        const l = lo
        parts.push((c) => c >= l && c <= hi)
      } else {
        const l = lo
        parts.push((c) => c === l)
      }
    }
    if (source[i] !== ']') fail('unterminated class')
    i++
    return (c) => parts.some((p) => p(c)) !== negated
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
      else if (c === '\\') atom = { t: 'char', test: escape() }
      else if (c === '.') atom = { t: 'char', test: (x) => x !== '\n' && x !== '\r' && x !== '\u2028' && x !== '\u2029' }
      else if (c === '^') atom = { t: 'bol' }
      else if (c === '$') atom = { t: 'eol' }
      else if ('*+?{'.includes(c)) return fail(`quantifier ${c} without an atom`)
      else atom = { t: 'char', test: (x) => x === c }
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
        if (atom.t === 'bol' || atom.t === 'eol' || atom.t === 'look') fail('quantified assertion')
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
  for (const f of re.flags) if (f !== 'g' && f !== 'u') throw new UnsupportedPattern(`regex model: flag ${f} in /${re.source}/`)
  const root = parse(re.source)
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
        return i === 0 && k(i)
      case 'eol':
        return i === n && k(i)
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
