// SPDX-License-Identifier: GPL-2.0-only
/**
 * The early command line as the kernel's generic code scans it, checked against the C:
 *
 * - next_arg() — lib/cmdline.c (v5.10.223, v6.1.192, v6.12.117, v7.2.13, the same loop in
 *   all four): a token ends at a space outside quotes; '=' splits at its first occurrence; a
 *   value that starts with '"' loses that quote and, when the token's last character is '"',
 *   that one too; a token that starts with '"' loses its last character when that is still
 *   '"' (not when the value's quote already took it).
 * - parse_args() — kernel/params.c: stops at a bare "--" (param "--" with val NULL only).
 * - parameq() — kernel/params.c: parameqn(a, b, strlen(a) + 1) with dash2underscore() on
 *   both sides, so the lengths must match and '-' equals '_' either way round.
 * - kstrtobool() — lib/kstrtox.c: the switch on s[0] (and s[1] after 'o'/'O') of each
 *   generation; NULL is -EINVAL.
 * - early_debug_pagealloc() — mm/page_alloc.c (5.10, 6.1), mm/debug_page_alloc.c (6.12, 7.2):
 *   kstrtobool() straight into _debug_pagealloc_enabled_early, which an invalid value leaves
 *   as it was and a valid "off" clears even when DEBUG_PAGEALLOC_ENABLE_DEFAULT set it.
 */
import { describe, expect, it } from 'vitest'
import { bootCommandLine, debugPageallocEnabled, kstrtoboolV510, kstrtoboolV519, kstrtoboolV616, parameq, parseEarlyParams, type Kstrtobool } from './params.js'

describe('parse_args() / next_arg()', () => {
  const CASES: Array<[string, string, Array<[string, string | null]>]> = [
    ['a quoted value keeps its spaces and loses its quotes', 'a="b c" d', [['a', 'b c'], ['d', null]]],
    ['an unterminated quoted value runs to the end and keeps its last character', 'a="b c', [['a', 'b c']]],
    ['a quote inside an unquoted value is kept (and opens a quote)', 'a=b" c', [['a', 'b" c']]],
    ['an unquoted token keeps its closing quote', 'a=b"', [['a', 'b"']]],
    ['a quoted token loses its closing quote', '"a=b c" d', [['a', 'b c'], ['d', null]]],
    ['the value\'s quote takes the last \'"\'; the token\'s quote then finds none to cut', '"a="b""', [['a', 'b"']]],
    ['a quoted token without a value', '"ab" c', [['ab', null], ['c', null]]],
    ['tabs and newlines separate tokens', 'a=1\tb=2\nc', [['a', '1'], ['b', '2'], ['c', null]]],
    ['the first \'=\' splits', 'a=b=c', [['a', 'b=c']]],
    ['a leading \'=\' is not a split (equals == 0)', '=x', [['=x', null]]],
    ['an empty value', 'a= b', [['a', ''], ['b', null]]],
    ['a bare "--" stops the scan', 'a -- b=1', [['a', null]]],
    ['"--" with a value is an ordinary token', '--=x a', [['--', 'x'], ['a', null]]],
    ['leading and repeated spaces', '  a   b ', [['a', null], ['b', null]]],
  ]
  it.each(CASES)('%s', (_name, cmdline, want) => {
    expect(parseEarlyParams(cmdline)).toEqual(want.map(([param, val]) => ({ param, val })))
  })
})

describe('parameq()', () => {
  it.each([
    ['debug_pagealloc', 'debug_pagealloc', true],
    ['debug-pagealloc', 'debug_pagealloc', true],
    ['debug_pagealloc', 'debug-pagealloc', true],
    ['a-b_c', 'a_b-c', true],
    ['debug', 'debug_pagealloc', false],
    ['debug_pagealloc', 'debug', false],
    ['debug_pageallox', 'debug_pagealloc', false],
  ] as const)('parameq(%j, %j) is %s', (a, b, want) => {
    expect(parameq(a, b)).toBe(want)
  })
})

describe('kstrtobool()', () => {
  const T = { ret: 0, res: true }
  const F = { ret: 0, res: false }
  const X = { ret: -22 }
  // [input, 5.10, 5.19 (6.1, 6.12), 7.x]
  const CASES: Array<[string | null, object, object, object]> = [
    [null, X, X, X],
    ['', X, X, X],
    ['y', T, T, T], ['Y', T, T, T], ['1', T, T, T], ['yes-please', T, T, T],
    ['n', F, F, F], ['N', F, F, F], ['0', F, F, F], ['noalias', F, F, F],
    ['on', T, T, T], ['ON', T, T, T], ['oN', T, T, T], ['On', T, T, T],
    ['off', F, F, F], ['OFF', F, F, F], ['oF', F, F, F], ['Of', F, F, F],
    ['o', X, X, X], ['ox', X, X, X],
    ['t', X, T, T], ['T', X, T, T], ['true', X, T, T],
    ['f', X, F, F], ['F', X, F, F], ['full', X, F, F],
    ['e', X, X, T], ['E', X, X, T], ['enable', X, X, T],
    ['d', X, X, F], ['D', X, X, F], ['disable', X, X, F],
    ['2', X, X, X], ['x', X, X, X],
  ]
  it.each(CASES)('kstrtobool(%j)', (s, v510, v519, v70) => {
    expect(kstrtoboolV510(s)).toEqual(v510)
    expect(kstrtoboolV519(s)).toEqual(v519)
    expect(kstrtoboolV616(s)).toEqual(v70)
  })
})

describe('debug_pagealloc_enabled() at early boot', () => {
  const on = { DEBUG_PAGEALLOC: true, DEBUG_PAGEALLOC_ENABLE_DEFAULT: false }
  const onByDefault = { DEBUG_PAGEALLOC: true, DEBUG_PAGEALLOC_ENABLE_DEFAULT: true }
  const off = { DEBUG_PAGEALLOC: false, DEBUG_PAGEALLOC_ENABLE_DEFAULT: true }
  const CASES: Array<[string, typeof on, string, Kstrtobool, boolean]> = [
    ['without CONFIG_DEBUG_PAGEALLOC nothing turns it on', off, 'debug_pagealloc=on', kstrtoboolV510, false],
    ['the config default without a parameter', onByDefault, 'quiet', kstrtoboolV510, true],
    ['the config default is off without a parameter', on, 'quiet', kstrtoboolV510, false],
    ['=on turns it on', on, 'debug_pagealloc=on', kstrtoboolV510, true],
    ['a dash is an underscore', on, 'debug-pagealloc=1', kstrtoboolV510, true],
    ['=off clears the default (kstrtobool() writes the bool)', onByDefault, 'debug_pagealloc=off', kstrtoboolV510, false],
    ['no value: kstrtobool(NULL) fails and the default stays', onByDefault, 'debug_pagealloc', kstrtoboolV510, true],
    ['an invalid value leaves the earlier setting', on, 'debug_pagealloc=on debug_pagealloc=bogus', kstrtoboolV510, true],
    ['the last valid value wins', onByDefault, 'debug_pagealloc=on debug_pagealloc=0', kstrtoboolV510, false],
    ['after "--" the parameters are init\'s', on, 'debug_pagealloc=1 -- debug_pagealloc=0', kstrtoboolV510, true],
    ['"true" is invalid in 5.10', on, 'debug_pagealloc=true', kstrtoboolV510, false],
    ['"true" is true from 5.19', on, 'debug_pagealloc=true', kstrtoboolV519, true],
    ['"enable" is true in 7.x only', on, 'debug_pagealloc=enable', kstrtoboolV616, true],
    ['"enable" is invalid in 6.12', on, 'debug_pagealloc=enable', kstrtoboolV519, false],
  ]
  it.each(CASES)('%s', (_name, config, cmdline, kstrtobool, want) => {
    expect(debugPageallocEnabled(config, cmdline, kstrtobool)).toBe(want)
  })
})

describe('bootCommandLine(): the first COMMAND_LINE_SIZE - 1 bytes', () => {
  const x = (n: number): string => 'x'.repeat(n)

  it('keeps a line of up to 2047 bytes whole, and cuts a longer one to 2047', () => {
    expect(bootCommandLine(x(2047), 2048)).toBe(x(2047))
    expect(bootCommandLine(x(2048), 2048)).toBe(x(2047))
    expect(bootCommandLine(x(5000), 2048)).toBe(x(2047))
    expect(bootCommandLine(x(1100), 1024)).toBe(x(1023))
    // The 7.1.3 boots of test/boots/cmdline-size: a token at byte 2033 is read as "crashkernel=25".
    expect(bootCommandLine(`${x(2032)} crashkernel=256M`, 2048).slice(2033)).toBe('crashkernel=25')
  })

  it('counts UTF-8 bytes and drops a character the cut would split', () => {
    // 'é' is 2 bytes: 1023 of them are 2046 bytes, the 1024th would end at byte 2048.
    expect(bootCommandLine('é'.repeat(1100), 2048)).toBe('é'.repeat(1023))
    expect(bootCommandLine(`${x(2045)}é`, 2048)).toBe(`${x(2045)}é`)
    expect(bootCommandLine(`${x(2046)}é`, 2048)).toBe(x(2046))
    // '€' is 3 bytes, '😀' (a surrogate pair) 4.
    expect(bootCommandLine(`${x(2044)}€`, 2048)).toBe(`${x(2044)}€`)
    expect(bootCommandLine(`${x(2045)}€`, 2048)).toBe(x(2045))
    expect(bootCommandLine(`${x(2043)}😀`, 2048)).toBe(`${x(2043)}😀`)
    expect(bootCommandLine(`${x(2044)}😀`, 2048)).toBe(x(2044))
    // Short lines of any characters are returned as they are.
    expect(bootCommandLine('😀'.repeat(300), 2048)).toBe('😀'.repeat(300))
    expect(bootCommandLine('😀'.repeat(600), 2048)).toBe('😀'.repeat(511))
  })
})
