// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue, part 9: regular expressions on user input. Every RegExp in src/matrix
 * is listed here (a test fails when one is added without being listed), each has star height
 * ≤ 1 and at most one unbounded "any character" run (so no catastrophic or polynomial
 * backtracking by construction), and each is run by a step-counting backtracking matcher
 * (regex-model.ts) on adversarial strings of growing length, whose steps must grow linearly.
 * The engine's command-line parsing (through simulate()), the --boards wildcard filter and
 * src/suggest's command-line helpers (string scans that replaced quadratic regexes) are
 * measured by the characters they examine (work.ts), which must grow linearly too. No test
 * here reads a clock: the counts are the same on every machine.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { simulate } from '../../src/engine/index.js'
import { decodeMatrix, wildcardMatch } from '../../src/matrix/decode.js'
import { boardMatrixSchema } from '../../src/matrix/generated/schema.js'
import { parseSize } from '../../src/matrix/size.js'
import { atSuffix, openRangeEntry, replaceDecimalSizes, trimTrailingCommas, withoutAtSuffix } from '../../src/suggest/strategies.js'
import { derivedId } from '../../src/import/types.js'
import { replaceAllCounted, StepBudgetExceeded } from './regex-model.js'
import { countStringWork, growth } from './work.js'

/** Every regex in src/matrix (non-test files), by file: [source, what it sees]. */
const AUDITED: Record<string, Array<[RegExp, string]>> = {
  'decode.ts': [
    [new RegExp(boardMatrixSchema.$defs.size.pattern), 'size/address strings, also those a preset derives'],
    [new RegExp(boardMatrixSchema.$defs.board.properties.id.pattern, 'u'), 'board ids (whether a boards filter can select one)'],
  ],
  'locate.ts': [
    [/~1/g, 'JSON pointer segments (property names from the file)'],
    [/~0/g, 'JSON pointer segments'],
    [/~/g, 'path segments'],
    [/\//g, 'path segments'],
    [/^(0|[1-9][0-9]*)$/, 'pointer segments (array index test)'],
  ],
  'parse.ts': [[/([a-z])([A-Z])/g, "jsonc-parser's error code names (not user input)"]],
  'validate.ts': [
    [/^\/boards\/(\d+)(\/|$)/, "ajv's instance pointers (board indexes)"],
    [/^0[0-9]+[KMGTPEkmgtpe]?$/, 'a size the schema refused (the octal hint)'],
    [/^0+(?=[0-9])/, 'the same size, its leading zeros dropped for the hint'],
    [/^(0|[1-9][0-9]*)$/, "ajv's instance pointer segments (array index test)"],
  ],
  'size.ts': [
    [/^(0[xX][0-9a-fA-F_]+|[0-9]+)([KMGTPEkmgtpe]?)$/, 'schema-valid sizes'],
    [/_/g, 'digits of a schema-valid size'],
  ],
}

/**
 * Nested quantifiers that cannot backtrack: each repetition starts with a character the
 * inner run cannot match, so there is one way to split any input.
 */
const UNAMBIGUOUS: Record<string, string> = {
  '^([A-Z]{2}[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$': 'every (-…)+ repetition begins with "-", which [a-z0-9] cannot match',
}

/** Schema patterns ajv applies to strings from the file. */
const SCHEMA_PATTERNS = Object.values(boardMatrixSchema.$defs).flatMap((d) => ('pattern' in d && typeof d.pattern === 'string' ? [new RegExp(d.pattern)] : []))

const MATRIX = join(import.meta.dirname, '../../src/matrix')

/** Regex literals and RegExp constructions in a source file (comments removed first). */
function countRegexes(source: string): number {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
  const literals = code.match(/(?:[(=,:!&|?[]|return)\s*\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/[dgimsuy]*/g) ?? []
  return literals.length + (code.match(/new RegExp\(/g) ?? []).length
}

/**
 * Star height of a pattern (unbounded quantifiers nested in quantified groups), and how many
 * unbounded runs of "anything" (`.`, negated classes) it has. Enough for the patterns here.
 */
function analyse(source: string): { starHeight: number; anyRuns: number } {
  const stack: Array<{ unbounded: boolean; height: number }> = [{ unbounded: false, height: 0 }]
  let anyRuns = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    const quantifier = (): { unbounded: boolean; len: number } | undefined => {
      const q = source[i + 1]
      if (q === '*' || q === '+') return { unbounded: true, len: 1 }
      if (q === '?') return { unbounded: false, len: 1 }
      if (q === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i + 1))
        if (m) return { unbounded: m[2] !== undefined && m[3] === '', len: m[0].length }
      }
      return undefined
    }
    let atom: { any: boolean; height: number } | undefined
    if (c === '\\') {
      i++
      atom = { any: false, height: 0 }
    } else if (c === '[') {
      const negated = source[i + 1] === '^'
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
      atom = { any: negated, height: 0 }
    } else if (c === '(') {
      stack.push({ unbounded: false, height: 0 })
      if (source[i + 1] === '?') i += source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!' ? source.indexOf('>', i) - i : 2
      continue
    } else if (c === ')') {
      const group = stack.pop()!
      atom = { any: false, height: group.height }
    } else if (c === '|' || c === '^' || c === '$') {
      continue
    } else {
      atom = { any: c === '.', height: 0 }
    }
    const q = quantifier()
    let height = atom.height
    if (q) {
      i += q.len
      if (q.unbounded) {
        height = atom.height + 1
        if (atom.any) anyRuns++
      }
    }
    const top = stack[stack.length - 1]!
    top.height = Math.max(top.height, height)
  }
  return { starHeight: stack[0]!.height, anyRuns }
}

/** The pieces adversarial strings repeat: the patterns' own alphabets. */
const PIECES = ['0', '1', 'a', 'x', 'E', '_', '~', '/', '.', '-', ':', ',', '@', ' ', '0x', '0x1_', '~1', 'aA', '1.']

/** An adversarial string: `piece` repeated to n characters, ending in a character that fails. */
const adversarial = (piece: string, n: number): string => `${piece.repeat(Math.ceil(n / piece.length)).slice(0, n)}!`

/**
 * Linear growth, with room for n log n: 2 is linear, 4 quadratic (see growth() in work.ts).
 * Deterministic counts, so the margin is not for noise but for sub-linear constant parts.
 */
const LINEAR = 2.5

/** Steps the model may spend per input character before a run is stopped as runaway. */
const STEPS_PER_CHAR = 1000

/** Steps of `re` replacing every match in `s`, checked against the real engine's result. */
function modelSteps(re: RegExp, s: string): number {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)
  const r = replaceAllCounted(g, s, '', STEPS_PER_CHAR * (s.length + 1))
  expect(r.output, `the model agrees with V8 on /${re.source}/`).toBe(s.replace(g, ''))
  return r.steps
}

/** Characters examined (string methods and regex inputs) by f. */
const workOf = (f: () => unknown): number => {
  const w = countStringWork(f)
  return w.reads + w.regexInput
}

describe('regular expressions on user input', () => {
  it('every regex in src/matrix is in the audited list', () => {
    const files = readdirSync(MATRIX).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    for (const file of files) expect(countRegexes(readFileSync(join(MATRIX, file), 'utf8')), file).toBe(AUDITED[file]?.length ?? 0)
  })

  it('each audited regex and schema pattern has star height ≤ 1 and at most one unbounded wildcard run', () => {
    for (const re of [...Object.values(AUDITED).flat().map(([r]) => r), ...SCHEMA_PATTERNS]) {
      const a = analyse(re.source)
      expect(a.starHeight, re.source).toBeLessThanOrEqual(UNAMBIGUOUS[re.source] ? 2 : 1)
      expect(a.anyRuns, re.source).toBeLessThanOrEqual(1)
    }
    // The analyser does see nesting and wildcard runs.
    expect(analyse('^(a+)+$').starHeight).toBe(2)
    expect(analyse('^.*a.*$').anyRuns).toBe(2)
    expect(analyse('^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0)$').starHeight).toBe(1)
  })

  it('the step-counting model catches what backtracking would make slow', () => {
    // Exponential: stopped at its budget long before 30 characters.
    expect(() => modelSteps(/^(a+)+$/, adversarial('a', 30))).toThrow(StepBudgetExceeded)
    // Polynomial: two overlapping runs, and an unanchored run before a failing character.
    expect(growth((n) => modelSteps(/^[0-9]+[0-9]+x$/, adversarial('1', n)), 50)).toBeGreaterThan(3.5)
    expect(growth((n) => modelSteps(/a*b/, adversarial('a', n)), 50)).toBeGreaterThan(3.5)
    // Linear ones are linear.
    expect(growth((n) => modelSteps(/^[0-9]+x$/, adversarial('1', n)), 50)).toBeLessThanOrEqual(LINEAR)
  })

  it('each audited regex and schema pattern does linear work on adversarial strings (step-counting model)', () => {
    // 250, 500 and 1,000 characters: enough for quadratic work (4x per doubling) to stand out
    // from linear (2x); the model cross-checks each result against V8's.
    for (const re of [...Object.values(AUDITED).flat().map(([r]) => r), ...SCHEMA_PATTERNS])
      for (const piece of PIECES) expect(growth((n) => modelSteps(re, adversarial(piece, n)), 250), `/${re.source}/ on ${JSON.stringify(piece)}…`).toBeLessThanOrEqual(LINEAR)
  })

  it('parseSize and the decoder take 100,000-digit sizes, each regex of parseSize running once over it', () => {
    const text = `0x${'f'.repeat(100_000)}`
    const w = countStringWork(() => parseSize(text))
    expect(w.result).toBe(BigInt(text))
    // The two regexes of size.ts (audited and modelled above), once each over the size.
    expect(w.regexExecs).toBe(2)
    expect(w.regexInput).toBeLessThanOrEqual(2 * text.length)
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'x', arch: 'arm64', kernels: ['6.12'], memory: [{ base: '0x40000000', size: `0x${'1_'.repeat(50_000)}1` }], image: { base: '0x40200000' } }] } as never)
    expect(decoded.problems.map((p) => p.messageId)).toEqual(['valueOutOfRange'])
  })

  it('the --boards wildcard filter is linear in the id (was a backtracking RegExp)', () => {
    // Every character read of the id counted through a Proxy over a String object.
    const reads = (n: number): number => {
      let count = 0
      const id = new Proxy(new String('a'.repeat(n)), {
        get(target, key) {
          count++
          const v: unknown = Reflect.get(target, key)
          return typeof v === 'function' ? v.bind(target) : v
        },
      })
      expect(wildcardMatch('*a*a*a*a*b', id as unknown as string)).toBe(false)
      return count
    }
    expect(growth(reads, 16_384)).toBeLessThanOrEqual(LINEAR)
    // A RegExp would read the id natively, unseen by the Proxy: there must be none.
    expect(countStringWork(() => wildcardMatch('*a*a*a*a*b', 'a'.repeat(1000))).regexExecs).toBe(0)
    expect(wildcardMatch('*a*a*a*a*b', 'a'.repeat(65_536))).toBe(false)
    expect(wildcardMatch('rpi*-8g', 'rpi4-8g')).toBe(true)
    expect(wildcardMatch('*', '')).toBe(true)
    expect(wildcardMatch('a*b*c', 'axxbyyc')).toBe(true)
    expect(wildcardMatch('a*b*c', 'axxbyy')).toBe(false)
    expect(wildcardMatch('vm', 'vm2')).toBe(false)
    const d = decodeMatrix({ version: 1, boards: [{ id: 'rpi4-8g', extends: 'raspberrypi-4', kernels: ['6.12'] }, { id: 'vm', extends: 'qemu-virt-arm64', kernels: ['6.12'] }] } as never, { boards: ['rpi*'] })
    expect(new Set(d.layouts.map((l) => l.boardId))).toEqual(new Set(['rpi4-8g']))
  })

  it("the engine's command-line parsing (mem=, debug_pagealloc=, crashkernel=) does linear work on adversarial command lines", () => {
    const layout = decodeMatrix({ version: 1, boards: [{ id: 'x', arch: 'riscv64', kernels: ['6.12'], memory: [{ base: '0x80000000', size: '2G' }], image: { base: '0x80200000', size: '32M' } }] } as never).layouts[0]!.layout
    const arm = decodeMatrix({ version: 1, boards: [{ id: 'x', arch: 'arm64', kernels: ['6.12'], memory: [{ base: '0x40000000', size: '2G' }], image: { base: '0x40200000' } }] } as never).layouts[0]!.layout
    // Each shape with the growth its parse may have. One is quadratic on purpose: the kernel's
    // get_last_crashkernel() (kernel/crash_reserve.c, 6.12) runs strchr(p, ' ') for every
    // "crashkernel=" it finds, to the end of a command line without spaces, and
    // getLastCrashkernel() mirrors it; what bounds it is the length of a command line
    // (maxCmdlineLength in the decoder, COMMAND_LINE_SIZE in the kernel), and the growth
    // bound says no worse than that.
    const QUADRATIC = 4.5
    const cmdlines: Array<[(n: number) => string, number]> = [
      [(n) => `mem=${'E'.repeat(n)}!`, LINEAR],
      [(n) => ` mem=${'0x'.repeat(n / 2)}!`, LINEAR],
      [(n) => ' mem='.repeat(n / 5), LINEAR],
      [(n) => ' debug_pagealloc='.repeat(Math.floor(n / 17)), LINEAR],
      [(n) => ' crashkernel='.repeat(Math.floor(n / 13)), LINEAR],
      [(n) => 'crashkernel='.repeat(Math.floor(n / 12)), QUADRATIC],
      [(n) => `crashkernel=${','.repeat(n)}x`, LINEAR],
      [(n) => `crashkernel=1G-${'1'.repeat(n)}`, LINEAR],
    ]
    for (const [cmdline, bound] of cmdlines)
      for (const l of [layout, arm]) {
        expect(growth((n) => workOf(() => simulate({ ...l, cmdline: cmdline(n) })), 10_000), cmdline(26).slice(0, 26)).toBeLessThanOrEqual(bound)
        // No regex reads the command line (the counter charges a regex only its input length,
        // not its backtracking): one that does must be audited and modelled like those above.
        const regexInput = (n: number) => countStringWork(() => simulate({ ...l, cmdline: cmdline(n) })).regexInput
        expect(regexInput(20_000), cmdline(26).slice(0, 26)).toBe(regexInput(10_000))
      }
  })

  // These five were quadratic regexes on one long token (20,000 characters ≈ 0.6–0.9 s); they
  // are now string scans, checked here on runs of the character that made them backtrack:
  // no regex, and characters examined growing linearly (equivalence with the old patterns:
  // src/suggest/suggest.test.ts).
  const expectLinearScan = (f: (n: number) => unknown): void => {
    expect(countStringWork(() => f(1000)).regexExecs, 'a regex here belongs in the audited list').toBe(0)
    expect(growth((n) => workOf(() => f(n)), 10_000)).toBeLessThanOrEqual(LINEAR)
  }
  it('src/suggest/strategies.ts atSuffix (was /@.*$/) is linear on a value of many "@"', () => {
    expect(atSuffix(`256M${'@'.repeat(100_000)}`)).toHaveLength(100_000)
    expectLinearScan((n) => atSuffix(`256M${'@'.repeat(n)}`))
  })
  it('src/suggest/strategies.ts withoutAtSuffix (was /@[^ ]*$/) is linear on a token of many "@"', () => {
    const v = `crashkernel=256M${'@ '.repeat(50_000)}@`
    expect(withoutAtSuffix(v)).toBe(v.slice(0, -1))
    expectLinearScan((n) => withoutAtSuffix(`crashkernel=256M${'@ '.repeat(n / 2)}@`))
  })
  it('src/suggest/strategies.ts replaceDecimalSizes (was /(\\d+)\\.(\\d+)([KMGT])/gi) is linear on a long run of digits', () => {
    for (const v of [(n: number) => '1'.repeat(n), (n: number) => `${'1'.repeat(n / 2)}.${'2'.repeat(n / 2)}x`, (n: number) => '1.'.repeat(n / 2)]) {
      expect(replaceDecimalSizes(v(100_000), () => '!')).toBe(v(100_000))
      expectLinearScan((n) => replaceDecimalSizes(v(n), () => '!'))
    }
    expect(replaceDecimalSizes('1.5G,2.25m', (i, f, u) => `${i}_${f}${u}`)).toBe('1_5G,2_25m')
  })
  it('src/suggest/strategies.ts trimTrailingCommas (was /,+$/) is linear on a long run of commas', () => {
    const v = `${','.repeat(100_000)}x`
    expect(trimTrailingCommas(v)).toBe(v)
    expectLinearScan((n) => trimTrailingCommas(`${','.repeat(n)}x`))
    expectLinearScan((n) => trimTrailingCommas(`x${','.repeat(n)}`))
    expect(trimTrailingCommas('256M,,,')).toBe('256M')
  })
  it('src/suggest/strategies.ts openRangeEntry (was /-[^:]*:/) is linear on a long run of "-"', () => {
    const v = '-'.repeat(100_000)
    expect(openRangeEntry(v)).toBe(v)
    expectLinearScan((n) => openRangeEntry('-'.repeat(n)))
    expect(openRangeEntry('1G-4G:192M')).toBe('1G-:192M')
  })
  // A DT `model` or a boot log's "Machine model:" line is free text from the artefact: with
  // /^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g the trim backtracked over every run of '.', '_' or '-'
  // (80,000 characters of "._" took about 18 s).
  it('src/import/types.ts derivedId (was /[^A-Za-z0-9._]+/g and /^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g) is linear on a long run of "._"', () => {
    const v = (n: number) => `a${'._'.repeat(n / 2)}b`
    expectLinearScan((n) => derivedId(v(n), '6.1.192'))
    expect(derivedId(v(100_000), '6.1.192')).toBe(`${v(100_000)}-6.1.192`)
    expectLinearScan((n) => derivedId(`${'-'.repeat(n)}x${'_'.repeat(n)}`))
    expect(derivedId(' QEMU Standard PC (Q35 + ICH9, 2009) ', '6.1.192')).toBe('QEMU-Standard-PC-Q35-ICH9-2009-6.1.192')
    expect(derivedId('._2.0_.', undefined, '')).toBe('board-2.0')
  })
})
