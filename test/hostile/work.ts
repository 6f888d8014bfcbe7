// SPDX-License-Identifier: GPL-2.0-only
/**
 * Deterministic work counters for the hostile tests, in place of wall-clock bounds: a hang or
 * a quadratic scan is a count that grows faster than the input, the same on every machine.
 *
 * {@link countStringWork} wraps the String.prototype methods that scan or read a string for
 * the duration of one call and charges each by the characters it examines (a search: from
 * where it starts to where it stops; a per-character read: 1), and counts RegExp executions
 * (every regex operation — test, exec, match, replace, split — goes through
 * RegExp.prototype.exec once it is replaced). What it does not see: indexing with `s[i]` and
 * native code that reads a string without these methods (JSON.parse, BigInt()); loops built on
 * them still call the counted methods in the code under test.
 */

type Method = 'indexOf' | 'lastIndexOf' | 'includes' | 'charCodeAt' | 'charAt' | 'codePointAt' | 'at' | 'startsWith' | 'endsWith' | 'split' | 'trim' | 'trimStart' | 'trimEnd' | 'toLowerCase' | 'toUpperCase'

/** What one call did: the characters examined and the regex executions. */
export interface StringWork<T> {
  result: T
  /** Characters examined by the counted String.prototype methods. */
  reads: number
  /** RegExp.prototype.exec calls (each regex operation on a string makes at least one). */
  regexExecs: number
  /** Characters regex executions started on (input length from lastIndex), summed. */
  regexInput: number
  /** The regexes executed, as `/source/flags`: each must be one the regex audit certified. */
  regexes: Set<string>
}

/**
 * Runs `f` with the string methods counted.
 *
 * @param f - the operation under test (synchronous)
 * @returns its result and the work it did
 */
export function countStringWork<T>(f: () => T): StringWork<T> {
  const proto = String.prototype as unknown as Record<Method, (...a: unknown[]) => unknown>
  const saved = new Map<Method, (...a: unknown[]) => unknown>()
  const exec = RegExp.prototype.exec
  let reads = 0
  let regexExecs = 0
  let regexInput = 0
  const regexes = new Set<string>()
  const charge = (name: Method, self: string, args: unknown[], result: unknown): number => {
    const len = self.length
    const pat = typeof args[0] === 'string' ? args[0].length : 1
    switch (name) {
      case 'indexOf':
      case 'includes': {
        const from = Math.max(0, Math.min(len, Number(args[1] ?? 0) || 0))
        const at = name === 'indexOf' ? (result as number) : self.indexOf(args[0] as string, from)
        return (at < 0 ? len - from : at - from) + pat
      }
      case 'lastIndexOf': {
        const from = args[1] === undefined ? len : Math.max(0, Math.min(len, Number(args[1]) || 0))
        const at = result as number
        return (at < 0 ? from : from - at) + pat
      }
      case 'charCodeAt':
      case 'charAt':
      case 'codePointAt':
      case 'at':
        return 1
      case 'startsWith':
      case 'endsWith':
        return pat
      default:
        return len
    }
  }
  const names: Method[] = ['indexOf', 'lastIndexOf', 'includes', 'charCodeAt', 'charAt', 'codePointAt', 'at', 'startsWith', 'endsWith', 'split', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase']
  // The counters' own calls (self.indexOf in charge) must not count.
  let inside = false
  for (const name of names) {
    const original = proto[name]
    saved.set(name, original)
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args)
      if (!inside) {
        inside = true
        try {
          reads += charge(name, String(this), args, result)
        } finally {
          inside = false
        }
      }
      return result
    }
  }
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (!inside) {
      regexExecs++
      regexes.add(`/${this.source}/${this.flags}`)
      const str = String(s)
      regexInput += str.length - (this.global || this.sticky ? Math.min(this.lastIndex, str.length) : 0)
    }
    return exec.call(this, s)
  }
  try {
    const result = f()
    return { result, reads, regexExecs, regexInput, regexes }
  } finally {
    for (const [name, original] of saved) proto[name] = original
    RegExp.prototype.exec = exec
  }
}

/**
 * The growth of `work(n)` from n to 2n to 4n, as the ratio of the second increment to the
 * first: 2 for linear work (whatever its constant part), about 2.2 for n log n, 4 for
 * quadratic. Both increments 0 (work that does not grow) gives 0.
 *
 * @example
 * growth((n) => 5 + 3 * n, 100) // → 2
 * growth((n) => n * n, 100) // → 4
 */
export function growth(work: (n: number) => number, n: number): number {
  const [a, b, c] = [work(n), work(2 * n), work(4 * n)]
  const d1 = b - a
  const d2 = c - b
  if (d1 === 0 && d2 === 0) return 0
  return d1 <= 0 ? Infinity : d2 / d1
}
