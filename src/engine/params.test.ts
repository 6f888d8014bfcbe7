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
 * - set_debug_rodata() — init/main.c, per generation, with the arch hook's words as data, and
 *   param_set_sample_interval() — mm/kfence/core.c (the sections below cite the lines).
 */
import { describe, expect, it } from 'vitest'
import {
  bootCommandLine,
  debugPageallocEnabled,
  initrdFromCmdline,
  elfcorehdrAddr,
  isKdumpKernel,
  ELFCORE_ADDR_MAX,
  kfenceSampleIntervalFromCmdline,
  kstrtoboolV510,
  kstrtoboolV519,
  kstrtoboolV616,
  NO_ARCH_RODATA_WORDS,
  paramSetSampleInterval,
  parameq,
  parseEarlyParams,
  rodataFromCmdline,
  rodataTokenReaches,
  SET_DEBUG_RODATA,
  type ArchRodataWords,
  type Kstrtobool,
  type RodataParam,
} from './params.js'
import { memparseSaturating, memparseWrapping } from './memparse.js'
import { ARCH_RODATA_V60, ARCH_RODATA_V61, ARCH_RODATA_V7, linearMapFlags } from './arm64/linear-map-flags.js'
import { kfenceAtBoot, setDebugRodata } from './x86/direct-map.js'
import type { CpuFeatures, KernelConfig } from './types.js'
import { policyFor } from './policies/index.js'

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

// set_debug_rodata() — init/main.c: 5.10's __setup("rodata=") reads a token with '=' through
// strtobool() (init/main.c@v5.10.223:1356-1362); the early_param of v6.1.192 (:1429-1442),
// v6.12.117 (:1387-1400) and v7.2.13 (:1500-1513) asks arch_parse_debug_rodata() first, then
// takes "on" and "off" (strcmp(), so "ON" is not "on") for rodata_enabled alone. x86 has no
// hook; arm64's words are those of arch/arm64/include/asm/setup.h: "full" only before
// acfa60dbe038 (6.0 – 6.1.64), "full"/"off"/"on" (on = not full) @v6.1.192:27-41 and
// @v6.12.117:24-38, "on" (= full)/"off"/"noalias" @v7.2.13:24-38.
describe('set_debug_rodata() per generation, with x86\'s and arm64\'s words', () => {
  type R = { rodataEnabled: boolean; rodataFull: boolean; invalid: Array<string | null> }
  const r = (rodataEnabled: boolean, rodataFull: boolean, ...invalid: Array<string | null>): R => ({ rodataEnabled, rodataFull, invalid })
  const T = true
  const F = false
  // The generations, as x86's policies and arm64's dialects run them.
  const GENERATIONS: Array<[string, RodataParam, Kstrtobool, ArchRodataWords]> = [
    ['5.10 (x86, arm64\'s generic part)', 'setup-strtobool', kstrtoboolV510, NO_ARCH_RODATA_WORDS],
    ['5.19 kstrtobool()', 'setup-strtobool', kstrtoboolV519, NO_ARCH_RODATA_WORDS],
    ['x86 6.x/7.x', 'early-on-off', kstrtoboolV519, NO_ARCH_RODATA_WORDS],
    ['arm64 6.0 – 6.1.64', 'early-on-off', kstrtoboolV519, ARCH_RODATA_V60],
    ['arm64 6.1.65 – 6.17', 'early-on-off', kstrtoboolV519, ARCH_RODATA_V61],
    ['arm64 6.18+', 'early-on-off', kstrtoboolV616, ARCH_RODATA_V7],
  ]
  // rodata_enabled starts true; rodata_full true (RODATA_FULL_DEFAULT_ENABLED, 6.18+'s default),
  // so that a word that clears it shows. Columns as GENERATIONS.
  const CASES: Array<[string, [R, R, R, R, R, R]]> = [
    ['', [r(T, T), r(T, T), r(T, T), r(T, T), r(T, T), r(T, T)]],
    ['rodata=on', [r(T, T), r(T, T), r(T, T), r(T, T), r(T, F), r(T, T)]],
    ['rodata=off', [r(F, T), r(F, T), r(F, T), r(F, T), r(F, F), r(F, F)]],
    ['rodata=full', [r(T, T, 'full'), r(F, T), r(T, T, 'full'), r(T, T), r(T, T), r(T, T, 'full')]],
    ['rodata=noalias', [r(F, T), r(F, T), r(T, T, 'noalias'), r(T, T, 'noalias'), r(T, T, 'noalias'), r(T, F)]],
    ['rodata', [r(T, T), r(T, T), r(T, T, null), r(T, T, null), r(T, T, null), r(T, T, null)]],
    ['rodata=off rodata', [r(F, T), r(F, T), r(F, T, null), r(F, T, null), r(F, F, null), r(F, F, null)]],
    ['rodata=off rodata=on', [r(T, T), r(T, T), r(T, T), r(T, T), r(T, F), r(T, T)]],
    ['rodata=1', [r(T, T), r(T, T), r(T, T, '1'), r(T, T, '1'), r(T, T, '1'), r(T, T, '1')]],
    ['rodata=ON', [r(T, T), r(T, T), r(T, T, 'ON'), r(T, T, 'ON'), r(T, T, 'ON'), r(T, T, 'ON')]],
    ['rodata=true', [r(T, T, 'true'), r(T, T), r(T, T, 'true'), r(T, T, 'true'), r(T, T, 'true'), r(T, T, 'true')]],
    ['rodata=disable', [r(T, T, 'disable'), r(T, T, 'disable'), r(T, T, 'disable'), r(T, T, 'disable'), r(T, T, 'disable'), r(T, T, 'disable')]],
    ['rodata=off -- rodata=on', [r(F, T), r(F, T), r(F, T), r(F, T), r(F, F), r(F, F)]],
    ['rodata-x=off rodata_=off', [r(T, T), r(T, T), r(T, T), r(T, T), r(T, T), r(T, T)]],
  ]
  it.each(CASES)('%j', (cmdline, want) => {
    const got = GENERATIONS.map(([, param, strtobool, words]) => rodataFromCmdline(cmdline, param, strtobool, words, { rodataEnabled: true, rodataFull: true }))
    expect(Object.fromEntries(got.map((g, i) => [GENERATIONS[i]![0], g]))).toEqual(Object.fromEntries(want.map((w, i) => [GENERATIONS[i]![0], w])))
  })
  it('x86\'s default state: rodata_full stays false, no word of its own sets it', () => {
    expect(rodataFromCmdline('rodata=full rodata=on', 'early-on-off', kstrtoboolV519)).toEqual(r(T, F, 'full'))
  })
  it('5.11 – 5.17 take the same values as 5.10 and warn about none (init/main.c@v5.11:1377-1381, @v5.17:1453-1457)', () => {
    for (const cmdline of ['rodata=full', 'rodata=off rodata=true', 'rodata=disable', 'rodata=off']) {
      const loud = rodataFromCmdline(cmdline, 'setup-strtobool', kstrtoboolV510, NO_ARCH_RODATA_WORDS, { rodataEnabled: true, rodataFull: true })
      expect(rodataFromCmdline(cmdline, 'setup-strtobool-silent', kstrtoboolV510, NO_ARCH_RODATA_WORDS, { rodataEnabled: true, rodataFull: true })).toEqual({ ...loud, invalid: [] })
    }
    expect(SET_DEBUG_RODATA['setup-strtobool-silent'].registration).toBe('__setup')
    // x86: 5.11 – 5.18 silent, 5.19 the warning with the __setup() (init/main.c@v5.19:1448-1454), 6.0 the early_param (@v6.0:1454-1467).
    expect(['5.10.223', '5.11.0', '5.17.0', '5.19.0', '6.0.0'].map((v) => policyFor('x86_64', v)!.x86!.rodataParam)).toEqual(['setup-strtobool', 'setup-strtobool-silent', 'setup-strtobool-silent', 'setup-strtobool', 'early-on-off'])
  })
  it('only an early_param() sees a bare rodata (5.10\'s __setup("rodata=") needs the \'=\')', () => {
    expect(rodataTokenReaches('setup-strtobool', { param: 'rodata', val: null })).toBe(false)
    expect(rodataTokenReaches('setup-strtobool', { param: 'rodata', val: '' })).toBe(true)
    expect(rodataTokenReaches('early-on-off', { param: 'rodata', val: null })).toBe(true)
    expect(SET_DEBUG_RODATA['setup-strtobool'].registration).toBe('__setup')
    expect(SET_DEBUG_RODATA['early-on-off'].registration).toBe('early_param')
  })
})

// param_set_sample_interval() — mm/kfence/core.c@v6.1.192:66-85 (@v6.12.117:65-84,
// @v7.2.13:66-90): kstrtoul(val, 0, &num), and an error leaves kfence_sample_interval; a bare
// token never reaches it (parse_one(), kernel/params.c@v6.12.117, -EINVAL for a NULL value).
describe('param_set_sample_interval() and kfence.sample_interval=', () => {
  it.each([
    ['100', 100n], ['0', 0n], ['0x10', 16n], ['0X1f', 31n], ['010', 8n], ['+5', 5n], ['5\n', 5n],
    ['18446744073709551615', 18446744073709551615n],
    [null, undefined], ['', undefined], ['-1', undefined], ['0x', undefined], ['08', undefined],
    ['1k', undefined], ['abc', undefined], ['18446744073709551616', undefined],
  ] as const)('paramSetSampleInterval(%j) is %s', (val, want) => {
    expect(paramSetSampleInterval(val)).toBe(want)
  })
  it.each([
    ['', undefined],
    ['kfence.sample_interval=100', 100n],
    ['kfence.sample-interval=0', 0n],
    ['kfence.sample_interval', undefined],
    ['kfence.sample_interval=abc', undefined],
    ['kfence.sample_interval=100 kfence.sample_interval=0', 0n],
    ['kfence.sample_interval=0 kfence.sample_interval=abc', 0n],
    ['kfence.sample_interval=0x10 kfence.sample_interval', 16n],
    ['kfence.sample_interval=5 -- kfence.sample_interval=0', 5n],
    ['kfence.sample_intervals=5 sample_interval=5', undefined],
  ] as const)('kfenceSampleIntervalFromCmdline(%j) is %s', (cmdline, want) => {
    expect(kfenceSampleIntervalFromCmdline(cmdline)).toBe(want)
  })
})

// x86's direct map and arm64's linear-map flags read rodata= and kfence.sample_interval= through
// the calls above: what they end with is what the shared walk ends with.
describe('x86 and arm64 read rodata= and kfence.sample_interval= alike', () => {
  const CMDLINES = [
    '', 'rodata=on', 'rodata=off', 'rodata=full', 'rodata=noalias', 'rodata=off rodata=on', 'rodata=n', 'rodata=off rodata',
    'kfence.sample_interval=0', 'kfence.sample_interval=100', 'kfence.sample_interval=0x0 kfence.sample_interval=x',
    'kfence.sample_interval rodata=off', 'kfence.sample-interval=7 -- kfence.sample_interval=0',
  ]
  const config: KernelConfig = {
    ZONE_DMA: true, ZONE_DMA32: true, RODATA_FULL_DEFAULT_ENABLED: true, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 100,
    DEBUG_PAGEALLOC: false, DEBUG_PAGEALLOC_ENABLE_DEFAULT: false, CMA_SIZE_MBYTES: 64, CMA: true, RANDOMIZE_BASE: true, X86_DIRECT_GBPAGES: false,
  }
  const cpu: CpuFeatures = { bbml2Noabort: false, lpa2: false, gbpages: false }
  it.each([
    ['arm64-5.10.110', 'setup-strtobool', kstrtoboolV510, NO_ARCH_RODATA_WORDS],
    ['arm64-6.0', 'early-on-off', kstrtoboolV519, ARCH_RODATA_V60],
    ['arm64-6.12.117', 'early-on-off', kstrtoboolV519, ARCH_RODATA_V61],
    ['arm64-7.2', 'early-on-off', kstrtoboolV616, ARCH_RODATA_V7],
  ] as const)('%s', (gen, param, kstrtobool, words) => {
    for (const cmdline of CMDLINES) {
      const f = linearMapFlags(gen, { config, cpu, cmdline, numbers: { kstrtobool, strtoullSaturates: false } })
      const { state } = f
      const shared = rodataFromCmdline(cmdline, param, kstrtobool, words, { rodataEnabled: true, rodataFull: true })
      // ≤ 5.19 arm64's own early_param("rodata") runs first (and stops the boot on a bare
      // `rodata`); the generic __setup() runs after it, so rodata_enabled is still its.
      if (f.earlyParamFault) continue
      expect(state.rodataEnabled, cmdline).toBe(shared.rodataEnabled)
      if (param === 'early-on-off') expect(state.rodataFull, cmdline).toBe(shared.rodataFull)
      expect(state.kfenceSampleInterval, cmdline).toBe(kfenceSampleIntervalFromCmdline(cmdline) ?? 100n)
      expect(setDebugRodata(cmdline, param, kstrtobool), cmdline).toBe(rodataFromCmdline(cmdline, param, kstrtobool).rodataEnabled)
      expect(kfenceAtBoot(cmdline, { KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0 }), cmdline).toBe((kfenceSampleIntervalFromCmdline(cmdline) ?? 0n) !== 0n)
    }
  })
})

describe('early_initrdmem(): initrd= and initrdmem= over the device tree\'s initrd', () => {
  const dt = { base: 0x48000000n, size: 0xf13d8n }
  it('a start, a comma and a size replace it; the last such token wins, initrd= and initrdmem= alike', () => {
    expect(initrdFromCmdline('initrd=0x50000000,8M', memparseWrapping, dt)).toEqual({ base: 0x50000000n, size: 8n << 20n })
    expect(initrdFromCmdline('initrd=0x50000000,8M initrdmem=1G,0x1000 initrd=0x60000000', memparseWrapping, dt)).toEqual({ base: 1n << 30n, size: 0x1000n })
    expect(initrdFromCmdline('initrd=0x50000000,8M', memparseWrapping)).toEqual({ base: 0x50000000n, size: 8n << 20n })
    // A size of 0: phys_initrd_size = 0, no initrd reserved.
    expect(initrdFromCmdline('initrd=0x50000000,0', memparseWrapping, dt)).toEqual({ base: 0x50000000n, size: 0n })
  })
  it('anything without the comma after the start changes nothing: an EFI stub path, a start alone, a bare token, a token after --', () => {
    for (const cmdline of ['initrd=\\initrd.img', 'initrd=/boot/initrd.img-6.12', 'initrd=0x50000000', 'initrd', 'crashkernel=256M -- initrd=0x50000000,8M', 'noinitrd'])
      expect([cmdline, initrdFromCmdline(cmdline, memparseWrapping, dt)]).toEqual([cmdline, dt])
  })
  it("memparse() of the release: 7.x saturates, ≤6.x wraps", () => {
    expect(initrdFromCmdline('initrd=0x50000000,0x10000000000000000', memparseWrapping)?.size).toBe(0n)
    expect(initrdFromCmdline('initrd=0x50000000,0x10000000000000000', memparseSaturating)?.size).toBe(0xffffffffffffffffn)
  })
})

describe('setup_elfcorehdr(): elfcorehdr= and is_kdump_kernel()', () => {
  it('the address, or the one after "@" in size@offset; the last token with a value wins', () => {
    expect(elfcorehdrAddr('console=ttyS0 crashkernel=256M', memparseWrapping)).toBe(ELFCORE_ADDR_MAX)
    expect(elfcorehdrAddr('elfcorehdr=0xbf000000', memparseWrapping)).toBe(0xbf000000n)
    expect(elfcorehdrAddr('elfcorehdr=4K@0xbf000000', memparseWrapping)).toBe(0xbf000000n)
    expect(elfcorehdrAddr('elfcorehdr=4K@0xbf000000 elfcorehdr=1M', memparseWrapping)).toBe(1n << 20n)
  })
  it('a value that is no number still sets it (memparse() gives 0); a bare token or one after -- does not', () => {
    expect(elfcorehdrAddr('elfcorehdr=junk', memparseWrapping)).toBe(0n)
    expect(elfcorehdrAddr('elfcorehdr=', memparseWrapping)).toBe(0n)
    expect(isKdumpKernel('elfcorehdr', memparseWrapping)).toBe(false)
    expect(isKdumpKernel('crashkernel=256M -- elfcorehdr=0xbf000000', memparseWrapping)).toBe(false)
    expect(isKdumpKernel('elfcorehdr=0xffffffffffffffff', memparseWrapping)).toBe(false)
    expect(isKdumpKernel('elfcore-hdr=0x1000', memparseWrapping)).toBe(false)
    expect(isKdumpKernel('elfcorehdr=0x1000', memparseWrapping)).toBe(true)
  })
})
