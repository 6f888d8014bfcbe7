// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import type { CpuFeatures, KernelConfig } from '../types.js'
import {
  getOptionIntV61,
  getOptionIntV72,
  LINEAR_MAP_FLAGS,
  LINEAR_MAP_GENERATIONS,
  linearMapFlags,
  type LinearMapFlagsFields,
} from './linear-map-flags.js'
import { kstrtoulBase0 } from '../memparse.js'
import { POLICIES, policyFor, WHAT_IF_POLICIES } from '../policies/index.js'
import { kstrtoboolV510, kstrtoboolV519, kstrtoboolV616, parameq, parseEarlyParams } from '../params.js'

/** Debian's arm64 configs as far as these flags care (kernels/config-arm64-*). */
const DEBIAN_5_10: KernelConfig = {
  ZONE_DMA: true,
  ZONE_DMA32: true,
  RODATA_FULL_DEFAULT_ENABLED: true,
  KFENCE: false,
  KFENCE_SAMPLE_INTERVAL: 0,
  DEBUG_PAGEALLOC: false,
  DEBUG_PAGEALLOC_ENABLE_DEFAULT: false,
  CMA_SIZE_MBYTES: 64,
  CMA: true,
  RANDOMIZE_BASE: true,
  X86_DIRECT_GBPAGES: false,
}
const DEBIAN_6_1 = DEBIAN_5_10
const DEBIAN_6_12: KernelConfig = { ...DEBIAN_5_10, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0 }
const DEBIAN_7_2: KernelConfig = { ...DEBIAN_6_12, RODATA_FULL_DEFAULT_ENABLED: false }
const CPU: CpuFeatures = { bbml2Noabort: false, lpa2: true, gbpages: false }
const BBML2: CpuFeatures = { ...CPU, bbml2Noabort: true }

/** The parse dialect of the first policy with that generation (a release's own, as paging.ts passes it). */
const numbersOf = (gen: string): LinearMapFlagsFields['numbers'] => ([...POLICIES, ...WHAT_IF_POLICIES].find((p) => p.arm64?.linearMap === gen) ?? POLICIES[0]!).parse
const flags = (gen: string, cmdline: string, config = DEBIAN_6_12, cpu = CPU, realmWorld = false) =>
  linearMapFlags(gen, { config, cpu, cmdline, realmWorld, numbers: numbersOf(gen) })
const texts = (f: { trace: Array<{ text: string }> }) => f.trace.map((t) => t.text)

describe('parseEarlyParams (parse_args/next_arg)', () => {
  it('splits tokens at the first =, keeps later = in the value, stops at --', () => {
    expect(parseEarlyParams('  console=ttyAMA0 crashkernel=1G-4G:256M,4G-:512M@0x80000000 rodata  -- rodata=off')).toEqual([
      { param: 'console', val: 'ttyAMA0' },
      { param: 'crashkernel', val: '1G-4G:256M,4G-:512M@0x80000000' },
      { param: 'rodata', val: null },
    ])
    expect(parseEarlyParams('a=b=c')).toEqual([{ param: 'a', val: 'b=c' }])
  })
  it('handles quotes around the value and around the whole token', () => {
    expect(parseEarlyParams('dyndbg="file x.c +p" rodata=off')).toEqual([
      { param: 'dyndbg', val: 'file x.c +p' },
      { param: 'rodata', val: 'off' },
    ])
    expect(parseEarlyParams('"rodata=off" x')).toEqual([{ param: 'rodata', val: 'off' }, { param: 'x', val: null }])
    expect(parseEarlyParams('"quoted flag"')).toEqual([{ param: 'quoted flag', val: null }])
  })
  it('a leading = is not a split (equals == 0 in the C code)', () => {
    expect(parseEarlyParams('=x=y')).toEqual([{ param: '=x', val: 'y' }])
  })
  it('parameq: dashes and underscores are equal, lengths must match', () => {
    expect(parameq('kfence.sample-interval', 'kfence.sample_interval')).toBe(true)
    expect(parameq('debug-pagealloc', 'debug_pagealloc')).toBe(true)
    expect(parameq('rodata_', 'rodata')).toBe(false)
  })
})

describe('number and boolean parsers', () => {
  it('kstrtobool: 5.10 has no t/f, so "full" is EINVAL there and false from 5.19', () => {
    expect(kstrtoboolV510('full')).toEqual({ ret: -22 })
    expect(kstrtoboolV519('full')).toEqual({ ret: 0, res: false })
    expect(kstrtoboolV510('noalias')).toEqual({ ret: 0, res: false })
    expect(kstrtoboolV510('on')).toEqual({ ret: 0, res: true })
    expect(kstrtoboolV510('off')).toEqual({ ret: 0, res: false })
    expect(kstrtoboolV510('oops')).toEqual({ ret: -22 })
    expect(kstrtoboolV510('Yes')).toEqual({ ret: 0, res: true })
    expect(kstrtoboolV510(null)).toEqual({ ret: -22 })
    expect(kstrtoboolV510('')).toEqual({ ret: -22 })
  })
  it('kstrtobool: 7.x adds e/E (enable) and d/D (disable)', () => {
    expect(kstrtoboolV519('enable')).toEqual({ ret: -22 })
    expect(kstrtoboolV616('enable')).toEqual({ ret: 0, res: true })
    expect(kstrtoboolV616('Disable')).toEqual({ ret: 0, res: false })
    expect(kstrtoboolV616('full')).toEqual({ ret: 0, res: false })
    expect(kstrtoboolV616('x')).toEqual({ ret: -22 })
  })
  it('get_option() of 6.1+: base 0, int truncation, no number unless a digit follows the "-"', () => {
    expect(getOptionIntV61('100')).toEqual({ ok: true, value: 100 })
    expect(getOptionIntV61('0x10')).toEqual({ ok: true, value: 16 })
    expect(getOptionIntV61('010')).toEqual({ ok: true, value: 8 })
    expect(getOptionIntV61('100ms')).toEqual({ ok: true, value: 100 })
    expect(getOptionIntV61('4294967296')).toEqual({ ok: true, value: 0 })
    expect(getOptionIntV61('-1')).toEqual({ ok: true, value: -1 })
    expect(getOptionIntV61('-0x10')).toEqual({ ok: true, value: -16 })
    // get_option() compares the end with the position after the '-' (lib/cmdline.c v6.1.192):
    // a lone "-", or one followed by anything but a digit, is not a number.
    expect(getOptionIntV61('-')).toEqual({ ok: false })
    expect(getOptionIntV61('--1')).toEqual({ ok: false })
    expect(getOptionIntV61('-x')).toEqual({ ok: false })
    expect(getOptionIntV61('abc')).toEqual({ ok: false })
    expect(getOptionIntV61('')).toEqual({ ok: false })
    expect(getOptionIntV61(null)).toEqual({ ok: false })
  })
  it('get_option() past 2^64: 6.x wraps, 7.x saturates at ULLONG_MAX (_parse_integer_limit)', () => {
    expect(getOptionIntV61('18446744073709551616')).toEqual({ ok: true, value: 0 })
    expect(getOptionIntV72('18446744073709551616')).toEqual({ ok: true, value: -1 })
    expect(getOptionIntV72('-18446744073709551616')).toEqual({ ok: true, value: 1 })
    expect(getOptionIntV72('4294967296')).toEqual({ ok: true, value: 0 })
    expect(getOptionIntV72('-')).toEqual({ ok: false })
  })
  it('kstrtoul(…, 0): whole string, one trailing newline, no overflow', () => {
    expect(kstrtoulBase0('100')).toBe(100n)
    expect(kstrtoulBase0('100\n')).toBe(100n)
    expect(kstrtoulBase0('0x1f')).toBe(31n)
    expect(kstrtoulBase0('+7')).toBe(7n)
    expect(kstrtoulBase0('100ms')).toBeUndefined()
    expect(kstrtoulBase0('0x')).toBeUndefined()
    // kstrtoull() steps over a '+', then finds no digit: -EINVAL.
    expect(kstrtoulBase0('+')).toBeUndefined()
    expect(kstrtoulBase0('18446744073709551616')).toBeUndefined()
    expect(kstrtoulBase0('18446744073709551615')).toBe((1n << 64n) - 1n)
    expect(kstrtoulBase0(null)).toBeUndefined()
  })
})

describe('arm64-5.18 and 5.19: the same parsers, kstrtobool() gains t/f in 5.19', () => {
  const off = { ...DEBIAN_5_10, RODATA_FULL_DEFAULT_ENABLED: false }
  it('5.18: rodata=full is full', () => {
    const r = flags('arm64-5.18', 'rodata=full', off)
    expect(r.forcedBy).toEqual(['rodata_full'])
    expect(r.state.rodataEnabled).toBe(true)
  })
  it('5.19: parse_rodata() reads "full" as false first: rodata off (fixed in 6.0 by 2e8cff0a0eee)', () => {
    const r = flags('arm64-5.19', 'rodata=full', off)
    expect(r.forcedBy).toEqual([])
    expect(r.state).toMatchObject({ rodataEnabled: false, rodataFull: false })
  })
  it('5.18: crash_mem_map forces pages only with DMA zones; without them the early region is page-mapped alone (031495635b46)', () => {
    const dma = flags('arm64-5.18', 'crashkernel=256M rodata=off', DEBIAN_5_10)
    expect(dma.forcedBy).toEqual(['crash_mem_map'])
    expect(dma.crashEarlyPageMapped).toBe(false)
    const noDma = flags('arm64-5.18', 'crashkernel=256M rodata=off', { ...DEBIAN_5_10, ZONE_DMA: false, ZONE_DMA32: false })
    expect(noDma.forcedBy).toEqual([])
    expect(noDma.crashEarlyPageMapped).toBe(true)
  })
  it('5.18: CONFIG_KFENCE=y alone forces base pages (map_mem(): can_set_direct_map() || IS_ENABLED(CONFIG_KFENCE))', () => {
    const r = flags('arm64-5.18', 'rodata=off', { ...DEBIAN_5_10, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 100 })
    expect(r.forcedBy).toEqual(['kfence'])
    expect(r.kfenceEarly).toBe(false)
    // 5.18 has no kfence_early_init: the state says so whatever CONFIG_KFENCE_SAMPLE_INTERVAL is.
    expect(r.state.kfenceEarlyInit).toBe(false)
    expect(r.kfenceEnabled).toBe(true)
  })
})

describe('arm64-5.10.110 (Debian 5.10.223)', () => {
  const g = 'arm64-5.10.110'
  const f = (cmdline: string, config = DEBIAN_5_10) => flags(g, cmdline, config)
  it('rodata=full by default; rodata=off|on|noalias are booleans that clear it', () => {
    expect(f('console=ttyAMA0').forcedBy).toEqual(['rodata_full'])
    for (const v of ['off', 'on', 'noalias', '1', 'n']) {
      const r = f(`rodata=${v}`)
      expect(r.forcedBy).toEqual([])
      expect(r.noBlock || r.noCont).toBe(false)
      expect(texts(r)).toEqual([])
    }
    expect(f('rodata=off').state.rodataEnabled).toBe(false)
    expect(f('rodata=noalias').state.rodataEnabled).toBe(false)
    expect(f('rodata=on').state.rodataEnabled).toBe(true)
  })
  it('rodata=full: the early hook takes it, the generic __setup() still warns', () => {
    const r = f('rodata=off rodata=full')
    expect(r.forcedBy).toEqual(['rodata_full'])
    expect(texts(r)).toEqual(["Invalid option string for rodata: 'full'"])
  })
  it('the __setup() pass runs after the early one, so its booleans decide rodata_enabled', () => {
    // parse_rodata(): off, then full (enabled and full); set_debug_rodata(): off again, "full" warns.
    const r = f('rodata=off rodata=full')
    expect(r.state).toMatchObject({ rodataEnabled: false, rodataFull: true })
  })
  it('an unknown value: malformed early option, then the __setup() warning', () => {
    const r = f('rodata=xyz')
    expect(r.forcedBy).toEqual(['rodata_full'])
    expect(texts(r)).toEqual(["Malformed early option 'rodata'", "Invalid option string for rodata: 'xyz'"])
  })
  it('any crashkernel token forces base pages with DMA zones (highlight 14)', () => {
    for (const ck of ['crashkernel=256M', 'crashkernel=abc', 'crashkernel=512M,high', 'crashkernel=0', 'crashkernel']) {
      const r = f(`${ck} rodata=off`)
      expect(r.forcedBy).toEqual(['crash_mem_map'])
      expect(r.forcedByCrashkernel).toBe(true)
      expect(r.noBlock && r.noCont).toBe(true)
      expect(r.crashEarlyPageMapped).toBe(false)
    }
    expect(f('crashkernel=256M').forcedByCrashkernel).toBe(false)
    expect(f('rodata=off -- crashkernel=256M').forcedBy).toEqual([])
  })
  it('ZONE_DMA32 alone is enough for crash_mem_map to force base pages', () => {
    const r = f('crashkernel=256M rodata=off', { ...DEBIAN_5_10, ZONE_DMA: false })
    expect(r.forcedBy).toEqual(['crash_mem_map'])
    expect(r.crashEarlyPageMapped).toBe(false)
  })
  it('without DMA zones the crash region alone is page-mapped (early reservation)', () => {
    const r = f('crashkernel=256M rodata=off', { ...DEBIAN_5_10, ZONE_DMA: false, ZONE_DMA32: false })
    expect(r.forcedBy).toEqual([])
    expect(r.crashEarlyPageMapped).toBe(true)
  })
  it('debug_pagealloc is only a parameter with CONFIG_DEBUG_PAGEALLOC', () => {
    expect(f('rodata=off debug_pagealloc=on').forcedBy).toEqual([])
    const cfg = { ...DEBIAN_5_10, DEBUG_PAGEALLOC: true }
    expect(f('rodata=off debug_pagealloc=on', cfg).forcedBy).toEqual(['debug_pagealloc'])
    expect(f('rodata=off debug-pagealloc=1', cfg).forcedBy).toEqual(['debug_pagealloc'])
    expect(texts(f('rodata=off debug_pagealloc', cfg))).toEqual(["Malformed early option 'debug_pagealloc'"])
  })
  it('CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT turns it on unless the command line turns it off', () => {
    const cfg = { ...DEBIAN_5_10, DEBUG_PAGEALLOC: true, DEBUG_PAGEALLOC_ENABLE_DEFAULT: true }
    expect(f('rodata=off', cfg).forcedBy).toEqual(['debug_pagealloc'])
    expect(f('rodata=off debug_pagealloc=off', cfg).forcedBy).toEqual([])
    // debug_pagealloc_enabled() is IS_ENABLED(CONFIG_DEBUG_PAGEALLOC) && the early flag.
    expect(f('rodata=off', { ...DEBIAN_5_10, DEBUG_PAGEALLOC_ENABLE_DEFAULT: true }).forcedBy).toEqual([])
  })
})

describe('older 5.10/5.x generations', () => {
  it('5.10.0: no crash_mem_map; an early crash region is page-mapped on its own', () => {
    const r = flags('arm64-5.10.0', 'crashkernel=256M rodata=off', DEBIAN_5_10)
    expect(r.forcedBy).toEqual([])
    expect(r.state.crashMemMap).toBe(false)
    expect(r.crashEarlyPageMapped).toBe(true)
  })
  it('5.10 has no KFENCE (no mm/kfence): a config that claims it changes nothing', () => {
    const kf = { ...DEBIAN_5_10, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 100 }
    for (const g of ['arm64-5.10.0', 'arm64-5.10.47', 'arm64-5.10.110']) {
      const r = flags(g, 'rodata=off kfence.sample_interval=100', kf)
      expect(r.forcedBy).toEqual([])
      expect(r.kfenceEnabled).toBe(false)
      expect(r.kfenceEarly).toBe(false)
    }
  })
  it('forcedByCrashkernel only when crash_mem_map is the sole reason', () => {
    const cfg = { ...DEBIAN_5_10, DEBUG_PAGEALLOC: true }
    const r = flags('arm64-5.10.47', 'crashkernel=256M rodata=off debug_pagealloc=on', cfg)
    expect(r.forcedBy).toEqual(['crash_mem_map', 'debug_pagealloc'])
    expect(r.forcedByCrashkernel).toBe(false)
    expect(flags('arm64-5.10.47', 'crashkernel=256M rodata=off', cfg).forcedByCrashkernel).toBe(true)
  })
  it('5.12 – 5.17: the early pass first, then parse_args() in command-line order (module parameters and __setup())', () => {
    const r = flags('arm64-5.12', 'kfence.sample_interval=abc rodata=xyz', { ...DEBIAN_5_10, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 100 })
    // set_debug_rodata() of 5.11 – 5.17 returns strtobool()'s result and prints nothing
    // (init/main.c@v5.11:1377-1381, @v5.17:1453-1457); v5.19:1448-1454 warns.
    expect(texts(r)).toEqual([
      "Malformed early option 'rodata'",
      "Booting kernel: `abc' invalid for parameter `kfence.sample_interval'",
    ])
    expect(r.kfenceEnabled).toBe(true)
    expect(texts(flags('arm64-5.11', 'rodata=xyz', DEBIAN_5_10))).toEqual(["Malformed early option 'rodata'"])
    expect(texts(flags('arm64-5.19', 'rodata=xyz', DEBIAN_5_10))).toEqual(["Malformed early option 'rodata'", "Invalid option string for rodata: 'xyz'"])
    expect(texts(flags('arm64-5.10.110', 'rodata=xyz', DEBIAN_5_10))).toEqual(["Malformed early option 'rodata'", "Invalid option string for rodata: 'xyz'"])
  })
  it('5.10.47 – 5.17: crash_mem_map forces even without DMA zones', () => {
    const noDma = { ...DEBIAN_5_10, ZONE_DMA: false, ZONE_DMA32: false }
    expect(flags('arm64-5.10.47', 'crashkernel=256M rodata=off', noDma).forcedBy).toEqual(['crash_mem_map'])
    expect(flags('arm64-5.11', 'crashkernel=256M rodata=off', noDma).forcedBy).toEqual(['crash_mem_map'])
    expect(flags('arm64-5.12', 'crashkernel=256M rodata=off', noDma).forcedBy).toEqual(['crash_mem_map'])
    expect(flags('arm64-5.12', 'rodata=off', { ...noDma, KFENCE: true }).forcedBy).toEqual(['kfence'])
  })
  it('5.11 has no KFENCE (mmu.c@v5.11:495, no mm/kfence): CONFIG_KFENCE and kfence.sample_interval= change nothing', () => {
    const cfg = { ...DEBIAN_5_10, RODATA_FULL_DEFAULT_ENABLED: false, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 100 }
    const r = flags('arm64-5.11', 'kfence.sample_interval=abc', cfg)
    expect(r.forcedBy).toEqual([])
    expect(r.kfenceEnabled).toBe(false)
    expect(texts(r)).toEqual([])
    // 5.12 – 5.17 (map_mem()'s IS_ENABLED(CONFIG_KFENCE), mmu.c@v5.13:518-519 … @v5.17:520).
    expect(flags('arm64-5.12', 'kfence.sample_interval=abc', cfg).forcedBy).toEqual(['kfence'])
    expect(['5.11.0', '5.12.0', '5.14.0', '5.15.0', '5.17.0'].map((r) => policyFor('arm64', r)!.arm64!.linearMap)).toEqual(['arm64-5.11', 'arm64-5.12', 'arm64-5.12', 'arm64-5.12', 'arm64-5.12'])
  })
})

describe('arm64-6.0 (6.0.0 – 6.0.9), arm64-6.0.10 (– 6.1.64) and arm64-6.1.65 (Debian 6.1.192)', () => {
  it('6.0.0 – 6.0.9: nothing clears a Kconfig-default rodata_full (fixed by 2081b3bd0c11)', () => {
    // 2081b3bd0c11: "the resulting code never clears the rodata_full boolean variable if it
    // defaults to true and rodata=on or rodata=off is passed".
    for (const cmd of ['rodata=on', 'rodata=off', 'console=ttyAMA0']) expect(flags('arm64-6.0', cmd, DEBIAN_6_1).forcedBy).toEqual(['rodata_full'])
    expect(flags('arm64-6.0', 'rodata=off', DEBIAN_6_1).state).toMatchObject({ rodataEnabled: false, rodataFull: true })
    const noFull = { ...DEBIAN_6_1, RODATA_FULL_DEFAULT_ENABLED: false }
    expect(flags('arm64-6.0', 'rodata=on', noFull).forcedBy).toEqual([])
    expect(flags('arm64-6.0', 'rodata=full', noFull).forcedBy).toEqual(['rodata_full'])
  })
  it('6.0.10: before acfa60dbe038 rodata=on leaves rodata_full; only off lifts it', () => {
    expect(flags('arm64-6.0.10', 'rodata=on', DEBIAN_6_1).forcedBy).toEqual(['rodata_full'])
    expect(flags('arm64-6.0.10', 'rodata=off', DEBIAN_6_1).forcedBy).toEqual([])
    expect(flags('arm64-6.0.10', 'rodata=off', { ...DEBIAN_6_1, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 100 }).forcedBy).toEqual(['kfence'])
  })
  it('6.0.10: rodata_enabled starts true, "full" sets both, a later "on" re-enables the untouched rodata_full', () => {
    expect(flags('arm64-6.0.10', 'console=ttyAMA0', DEBIAN_6_1).forcedBy).toEqual(['rodata_full'])
    const noFull = { ...DEBIAN_6_1, RODATA_FULL_DEFAULT_ENABLED: false }
    expect(flags('arm64-6.0.10', 'console=ttyAMA0', noFull).forcedBy).toEqual([])
    expect(flags('arm64-6.0.10', 'rodata=full', noFull).forcedBy).toEqual(['rodata_full'])
    expect(flags('arm64-6.0.10', 'rodata=off rodata=on', DEBIAN_6_1).forcedBy).toEqual(['rodata_full'])
  })
  it('6.0: debug_pagealloc= takes kstrtobool()\'s true/false (0d6ea3ac94ca, 5.19)', () => {
    const cfg = { ...DEBIAN_6_1, DEBUG_PAGEALLOC: true }
    expect(flags('arm64-6.0.10', 'rodata=off debug_pagealloc=true', cfg).forcedBy).toEqual(['debug_pagealloc'])
  })
  it('6.0 and 6.1.65: crash_mem_map forces only with DMA zones, else the early region is page-mapped alone', () => {
    const noDma = { ...DEBIAN_6_1, ZONE_DMA: false, ZONE_DMA32: false, RODATA_FULL_DEFAULT_ENABLED: false }
    for (const g of ['arm64-6.0', 'arm64-6.0.10', 'arm64-6.1.65']) {
      const dma = flags(g, 'crashkernel=256M rodata=off', { ...DEBIAN_6_1, RODATA_FULL_DEFAULT_ENABLED: false })
      expect(dma.forcedBy).toEqual(['crash_mem_map'])
      expect(dma.crashEarlyPageMapped).toBe(false)
      const early = flags(g, 'crashkernel=256M rodata=off', noDma)
      expect(early.forcedBy).toEqual([])
      expect(early.crashEarlyPageMapped).toBe(true)
    }
  })
  it('6.0 has no kfence_early_init: CONFIG_KFENCE forces pages whatever the sample interval', () => {
    const r = flags('arm64-6.0.10', 'rodata=off kfence.sample_interval=100', { ...DEBIAN_6_1, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 100 })
    expect(r.forcedBy).toEqual(['kfence'])
    expect(r.kfenceEarly).toBe(false)
    expect(r.state.kfenceEarlyInit).toBe(false)
    expect(r.kfenceEnabled).toBe(true)
  })
  it('without CONFIG_KFENCE neither the early param nor the module parameter exists', () => {
    // A config with a stale CONFIG_KFENCE_SAMPLE_INTERVAL: arm64_kfence_alloc_pool() is the
    // stub, kfence_early_init does not exist, and no kfence.* parameter is registered.
    const cfg = { ...DEBIAN_6_1, KFENCE: false, KFENCE_SAMPLE_INTERVAL: 100 }
    for (const g of ['arm64-6.1.65', 'arm64-6.12']) {
      for (const cmd of ['rodata=off', 'rodata=off kfence.sample_interval=100']) {
        const r = flags(g, cmd, cfg)
        expect(r.forcedBy).toEqual([])
        expect(r.kfenceEarly).toBe(false)
        expect(r.kfenceEnabled).toBe(false)
        expect(r.state.kfenceEarlyInit).toBe(false)
      }
    }
  })
  it('6.1.65 and 6.12: rodata=off clears rodata_enabled as well as rodata_full', () => {
    for (const g of ['arm64-6.1.65', 'arm64-6.12']) expect(flags(g, 'rodata=off', DEBIAN_6_1).state).toMatchObject({ rodataEnabled: false, rodataFull: false })
  })
  it('6.1.65: rodata=on means not full; noalias is rejected and rodata stays full', () => {
    expect(flags('arm64-6.1.65', 'rodata=on', DEBIAN_6_1).forcedBy).toEqual([])
    const r = flags('arm64-6.1.65', 'rodata=noalias', DEBIAN_6_1)
    expect(r.forcedBy).toEqual(['rodata_full'])
    expect(texts(r)).toEqual(["Invalid option string for rodata: 'noalias'"])
    expect(texts(flags('arm64-6.1.65', 'rodata', DEBIAN_6_1))).toEqual(["Invalid option string for rodata: '(null)'"])
  })
  it("≤ 5.19: a bare `rodata` faults in parse_rodata()'s strcmp(NULL, \"full\") and stops the boot at its token; 6.x warns", () => {
    // test/boots/early-params/arm64-5.10-4G-rodata-bare: "pc : __pi_strcmp+0x18/0x154".
    for (const g of ['arm64-5.10.0', 'arm64-5.10.47', 'arm64-5.10.110', 'arm64-5.11', 'arm64-5.12', 'arm64-5.18', 'arm64-5.19']) {
      const r = flags(g, 'crashkernel=256M rodata rodata=junk', DEBIAN_5_10)
      expect([g, r.earlyParamFault]).toEqual([g, { index: 1, fault: 'null-dereference', at: 'arch/arm64/lib/strcmp.S __pi_strcmp', fn: '__pi_strcmp' }])
      // Nothing after it is parsed: not the next token, not parse_args("Booting kernel").
      expect(texts(r)).toEqual([])
    }
    expect(flags('arm64-5.10.110', 'rodata=off rodata=full', DEBIAN_5_10).earlyParamFault).toBeUndefined()
    for (const g of ['arm64-6.0', 'arm64-6.1.65', 'arm64-6.12.117', 'arm64-7.2']) expect([g, flags(g, 'rodata', DEBIAN_6_1).earlyParamFault]).toEqual([g, undefined])
  })
  it('6.1.65: crash_mem_map with DMA zones; the KFENCE backport (early pool does not force)', () => {
    expect(flags('arm64-6.1.65', 'crashkernel=abc rodata=off', DEBIAN_6_1).forcedBy).toEqual(['crash_mem_map'])
    const kf = { ...DEBIAN_6_1, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0 }
    expect(flags('arm64-6.1.65', 'rodata=off', kf).forcedBy).toEqual(['kfence_late'])
    const early = flags('arm64-6.1.65', 'rodata=off kfence.sample_interval=100', kf)
    expect(early.forcedBy).toEqual([])
    expect(early.kfenceEarly).toBe(true)
    expect(early.kfenceEnabled).toBe(true)
    // Debian 6.1 has no KFENCE: the parameter does nothing.
    expect(flags('arm64-6.1.65', 'rodata=on kfence.sample_interval=0', DEBIAN_6_1).kfenceEarly).toBe(false)
  })
})

describe('arm64-6.4 (6.4.0 – 6.6.3) and arm64-6.6.4: acfa60dbe038 came after the KFENCE decoupling', () => {
  it('6.4: rodata=on leaves rodata_full at its default, only rodata=off lifts it', () => {
    expect(flags('arm64-6.4', 'rodata=on kfence.sample_interval=100').forcedBy).toEqual(['rodata_full'])
    expect(flags('arm64-6.4', 'rodata=off kfence.sample_interval=100').forcedBy).toEqual([])
    expect(flags('arm64-6.4', 'rodata=off').forcedBy).toEqual(['kfence_late'])
    const noFull = { ...DEBIAN_6_12, RODATA_FULL_DEFAULT_ENABLED: false }
    expect(flags('arm64-6.4', 'rodata=full kfence.sample_interval=100', noFull).forcedBy).toEqual(['rodata_full'])
    expect(texts(flags('arm64-6.4', 'rodata=noalias'))).toEqual(["Invalid option string for rodata: 'noalias'"])
  })
  it('6.6.4: rodata=on means not full', () => {
    const r = flags('arm64-6.6.4', 'rodata=on kfence.sample_interval=100')
    expect(r.forcedBy).toEqual([])
    expect(r.state).toMatchObject({ rodataEnabled: true, rodataFull: false })
    expect(flags('arm64-6.6.4', 'kfence.sample_interval=100').forcedBy).toEqual(['rodata_full'])
  })
})

describe('arm64-6.12 (Debian 6.12.117)', () => {
  const g = 'arm64-6.12'
  it('Debian: rodata_full and late KFENCE (CONFIG_KFENCE_SAMPLE_INTERVAL=0)', () => {
    expect(flags(g, 'console=ttyAMA0').forcedBy).toEqual(['rodata_full', 'kfence_late'])
    expect(flags(g, 'rodata=off').forcedBy).toEqual(['kfence_late'])
    expect(flags(g, 'rodata=on kfence.sample_interval=0').forcedBy).toEqual(['kfence_late'])
  })
  it('an early KFENCE pool lifts the KFENCE rule; crashkernel no longer matters', () => {
    for (const cmd of ['rodata=off kfence.sample_interval=100', 'crashkernel=256M rodata=on kfence.sample-interval=0x64']) {
      const r = flags(g, cmd)
      expect(r.forcedBy).toEqual([])
      expect(r.kfenceEarly).toBe(true)
      expect(r.kfenceEnabled).toBe(true)
    }
    expect(flags(g, 'crashkernel=256M rodata=off').forcedBy).toEqual(['kfence_late'])
  })
  it('get_option and kstrtoul disagree on "100ms": the pool is early but KFENCE stays off', () => {
    const r = flags(g, 'rodata=off kfence.sample_interval=100ms')
    expect(r.kfenceEarly).toBe(true)
    expect(r.kfenceEnabled).toBe(false)
    expect(r.forcedBy).toEqual([])
    // parse_args() reports the module parameter's -EINVAL, with the name as written.
    expect(r.trace).toEqual([{ level: 'err', source: 'params', text: "Booting kernel: `100ms' invalid for parameter `kfence.sample_interval'" }])
    expect(texts(flags(g, 'rodata=off kfence.sample-interval'))).toEqual(["Booting kernel: `' invalid for parameter `kfence.sample-interval'"])
    expect(texts(flags(g, 'rodata=off kfence.sample_interval=18446744073709551616'))).toEqual([
      "Booting kernel: `18446744073709551616' invalid for parameter `kfence.sample_interval'",
    ])
    // Without CONFIG_KFENCE there is no such parameter, and unknown dotted names pass silently.
    expect(texts(flags(g, 'rodata=off kfence.sample_interval=100ms', DEBIAN_6_1))).toEqual([])
  })
  it('kfence.sample_interval: what get_option() cannot read leaves kfence_early_init at the Kconfig default', () => {
    // The upstream default CONFIG_KFENCE_SAMPLE_INTERVAL=100: the pool is early, and kstrtoul()
    // rejects "abc" too, so the interval stays 100.
    const r = flags(g, 'rodata=off kfence.sample_interval=abc', { ...DEBIAN_6_12, KFENCE_SAMPLE_INTERVAL: 100 })
    expect(r.kfenceEarly).toBe(true)
    expect(r.kfenceEnabled).toBe(true)
    expect(r.forcedBy).toEqual([])
  })
  it('kfence.sample_interval=-: no number for get_option(), so the Kconfig default stays', () => {
    const r = flags(g, 'rodata=off kfence.sample_interval=-', { ...DEBIAN_6_12, KFENCE_SAMPLE_INTERVAL: 100 })
    expect(r.kfenceEarly).toBe(true)
    expect(r.kfenceEnabled).toBe(true)
    expect(r.forcedBy).toEqual([])
    expect(flags('arm64-6.1.65', 'rodata=off kfence.sample_interval=-', { ...DEBIAN_6_12, KFENCE_SAMPLE_INTERVAL: 100 }).forcedBy).toEqual([])
  })
  it('kfence.sample_interval=-1: get_option() reads -1 (early pool), kstrtoul() rejects it (KFENCE stays off)', () => {
    const r = flags(g, 'rodata=off kfence.sample_interval=-1')
    expect(r.kfenceEarly).toBe(true)
    expect(r.kfenceEnabled).toBe(false)
    expect(r.forcedBy).toEqual([])
  })
  it('kfence.sample_interval given twice: the last one wins, for the early param and the module parameter', () => {
    const on = flags(g, 'rodata=off kfence.sample_interval=0 kfence.sample_interval=100')
    expect([on.kfenceEarly, on.kfenceEnabled, on.forcedBy]).toEqual([true, true, []])
    const off = flags(g, 'rodata=off kfence.sample_interval=100 kfence.sample_interval=0')
    expect([off.kfenceEarly, off.kfenceEnabled, off.forcedBy]).toEqual([false, false, ['kfence_late']])
  })
  it('no crash_mem_map any more (04a2a7af3d97): a crashkernel token sets nothing', () => {
    expect(flags(g, 'crashkernel=256M rodata=off kfence.sample_interval=100').state.crashMemMap).toBe(false)
  })
  it('a value that names an Object.prototype property is just another unknown word', () => {
    for (const v of ['constructor', 'toString', '__proto__']) {
      const r = flags(g, `rodata=${v}`)
      expect(r.forcedBy).toEqual(['rodata_full', 'kfence_late'])
      expect(r.state).toMatchObject({ rodataEnabled: true, rodataFull: true })
      expect(texts(r)).toEqual([`Invalid option string for rodata: '${v}'`])
    }
  })
  it('noalias is rejected (rodata stays full)', () => {
    const r = flags(g, 'rodata=noalias kfence.sample_interval=100')
    expect(r.forcedBy).toEqual(['rodata_full'])
    expect(texts(r)).toEqual(["Invalid option string for rodata: 'noalias'"])
  })
})

describe('arm64-7.0 (the 7.x flags, Debian 7.2.13) and arm64-6.18', () => {
  const g = 'arm64-7.0'
  it('rodata=on is full, noalias is not, rodata_full defaults to true whatever the config says', () => {
    expect(flags(g, 'rodata=on kfence.sample_interval=100', DEBIAN_7_2).forcedBy).toEqual(['rodata_full'])
    expect(flags(g, 'rodata=noalias kfence.sample_interval=100', DEBIAN_7_2).forcedBy).toEqual([])
    expect(flags(g, 'rodata=off kfence.sample_interval=100', DEBIAN_7_2).forcedBy).toEqual([])
    expect(flags(g, 'kfence.sample_interval=100', DEBIAN_7_2).forcedBy).toEqual(['rodata_full'])
    expect(texts(flags(g, 'rodata=full', DEBIAN_7_2))).toEqual(["Invalid option string for rodata: 'full'"])
  })
  it('a BBML2_NOABORT CPU keeps blocks unless debug_pagealloc', () => {
    const r = flags(g, 'console=ttyAMA0', DEBIAN_7_2, BBML2)
    expect(r.forcedBy).toEqual([])
    expect(r.bbml2KeepsBlocks).toBe(true)
    const dp = flags(g, 'debug_pagealloc=on', { ...DEBIAN_7_2, DEBUG_PAGEALLOC: true }, BBML2)
    expect(dp.forcedBy).toEqual(['debug_pagealloc'])
  })
  it('BBML2 keeps blocks only where something wanted pages (linear_map_requires_bbml2)', () => {
    const r = flags(g, 'rodata=noalias kfence.sample_interval=100', DEBIAN_7_2, BBML2)
    expect(r.forcedBy).toEqual([])
    expect(r.bbml2KeepsBlocks).toBe(false)
  })
  it('7.x kstrtobool(): debug_pagealloc=enable turns it on', () => {
    const r = flags(g, 'rodata=noalias kfence.sample_interval=100 debug_pagealloc=enable', { ...DEBIAN_7_2, DEBUG_PAGEALLOC: true })
    expect(r.forcedBy).toEqual(['debug_pagealloc'])
  })
  // get_option() goes through simple_strtoull(), which saturates from 7.2 (lib/kstrtox.c@v7.2.13
  // _parse_integer_limit; @v7.1.3 still wraps): the release's parse dialect decides, not the map.
  it('kfence.sample_interval=2^64: 7.2+ reads it as -1 (early pool), kstrtoul() rejects it (KFENCE off)', () => {
    const r = flags('arm64-7.2', 'rodata=noalias kfence.sample_interval=18446744073709551616', DEBIAN_7_2)
    expect(r.kfenceEarly).toBe(true)
    expect(r.kfenceEnabled).toBe(false)
    expect(r.forcedBy).toEqual([])
    // 6.x and 7.0 – 7.1 wrap it to 0: the pool is late and forces base pages.
    expect(flags('arm64-6.12', 'rodata=off kfence.sample_interval=18446744073709551616').forcedBy).toEqual(['kfence_late'])
    expect(flags(g, 'rodata=noalias kfence.sample_interval=18446744073709551616', DEBIAN_7_2).forcedBy).toEqual(['kfence_late'])
  })
  it('a realm guest needs base pages', () => {
    expect(flags(g, 'rodata=noalias kfence.sample_interval=100', DEBIAN_7_2, CPU, true).forcedBy).toEqual(['realm_world'])
  })
  // arch/arm64/include/asm/setup.h:24,34 and arch/arm64/mm/pageattr.c:83 of v6.18.5 already
  // read "on" as full, "noalias" as the old "on", and start rodata_full at true; v6.17.8 does not.
  it('6.18 has the 7.x rodata words and default; 6.17 (arm64-6.12.54) the 6.x ones', () => {
    expect(flags('arm64-6.18', 'rodata=on kfence.sample_interval=100', DEBIAN_6_12).forcedBy).toEqual(['rodata_full'])
    expect(flags('arm64-6.18', 'rodata=noalias kfence.sample_interval=100', DEBIAN_6_12).forcedBy).toEqual([])
    expect(flags('arm64-6.18', 'kfence.sample_interval=100', { ...DEBIAN_6_12, RODATA_FULL_DEFAULT_ENABLED: false }).forcedBy).toEqual(['rodata_full'])
    expect(flags('arm64-6.12.54', 'rodata=on kfence.sample_interval=100', DEBIAN_6_12).forcedBy).toEqual([])
    expect(flags('arm64-6.12.54', 'kfence.sample_interval=100', { ...DEBIAN_6_12, RODATA_FULL_DEFAULT_ENABLED: false }).forcedBy).toEqual([])
    expect(flags('arm64-6.18', 'kfence.sample_interval=100', DEBIAN_6_12, BBML2).bbml2KeepsBlocks).toBe(true)
  })
  // kstrtobool() takes e/E/d/D from 6.16 (lib/kstrtox.c@v6.16.3, not @v6.12.117), whatever
  // the linear-map generation: 6.16 shares 6.12's map_mem() but not its kstrtobool().
  it('debug_pagealloc=enable: on from 6.16 (kstrtobool() e/d), rejected by 6.12\'s', () => {
    const on = (release: string) => {
      const p = policyFor('arm64', release)!
      const cmdline = 'rodata=noalias kfence.sample_interval=100 debug_pagealloc=enable'
      return linearMapFlags(p.arm64!.linearMap, { config: { ...DEBIAN_6_12, DEBUG_PAGEALLOC: true }, cpu: CPU, cmdline, numbers: p.parse }).forcedBy.includes('debug_pagealloc')
    }
    expect(['6.12.117', '6.15.11', '6.16.3', '6.18.5', '7.2.13'].map(on)).toEqual([false, false, true, true, true])
  })
})

describe('what-if generations', () => {
  it('Baoquan 4G: crash_mem_map never forces; the crash region is page-mapped alone', () => {
    const r = flags('whatif-bhe-4g', 'crashkernel=256M rodata=off', DEBIAN_6_1)
    expect(r.forcedBy).toEqual([])
    expect(r.crashEarlyPageMapped).toBe(true)
  })
  it('Rapoport: deferred reservations force nothing', () => {
    const r = flags('whatif-rppt', 'crashkernel=256M rodata=off', DEBIAN_6_1)
    expect(r.forcedBy).toEqual([])
    expect(r.crashEarlyPageMapped).toBe(false)
  })
})

describe('registry', () => {
  it('covers every generation id and rejects unknown ones', () => {
    expect(Object.keys(LINEAR_MAP_FLAGS).sort()).toEqual([...LINEAR_MAP_GENERATIONS].sort())
    for (const g of LINEAR_MAP_GENERATIONS) expect(flags(g, 'rodata=off').generation).toBe(g)
    expect(() => flags('arm64-4.19', '')).toThrow(/unknown arm64 linear-map generation/)
  })
})
