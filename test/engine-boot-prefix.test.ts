// SPDX-License-Identifier: GPL-2.0-only
/**
 * Shared boot prefixes (src/engine/boot-prefix.ts) never change a result: every oracle case,
 * a generated fleet and crashkernel= sweeps (malformed values, ,high/,low/,cma, @offset,
 * repeated and quoted options) simulate to deep-equal results with sharing off and on, and on
 * a cold and a warm store.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bootWithSharedPrefix, prefixCmdline, setBootPrefixSharing, type SplitBoot } from '../src/engine/boot-prefix.js'
import type { ArchBootResult } from '../src/engine/boot.js'
import { memblockAdd, memblockCreate, type Memblock, type MemblockRegion } from '../src/engine/memblock/memblock.js'
import type { KernelPolicy } from '../src/engine/policies/types.js'
import { Trace } from '../src/engine/trace.js'
import { simulate, type Layout, type SimulationResult } from '../src/engine/index.js'
import { clearEngineStores } from '../src/engine/simulate.js'
import { decodeMatrix } from '../src/matrix/decode.js'
import { caseToBoard } from '../src/oracle/case-board.js'
import { boardToLayouts } from '../src/oracle/decode-board.js'
import type { OracleCase } from '../src/oracle/run-case.js'
import { generateFleet } from '../scripts/fleet.js'

const dir = join(import.meta.dirname, 'oracle', 'cases')
const oracleLayouts: Layout[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => boardToLayouts(caseToBoard((JSON.parse(readFileSync(join(dir, f), 'utf8')) as OracleCase).input)))

const fleetLayouts: Layout[] = decodeMatrix(generateFleet(600) as never).layouts.map((l) => l.layout)

const CRASH_VALUES = [
  'crashkernel=64M', 'crashkernel=256M', 'crashkernel=2G', 'crashkernel=64G', 'crashkernel=0',
  'crashkernel=512M,high', 'crashkernel=512M,high crashkernel=0,low', 'crashkernel=1G,high crashkernel=256M,low',
  'crashkernel=256M@0x60000000', 'crashkernel=128M@16M', 'crashkernel=1G-4G:256M,4G-:512M',
  'crashkernel=1G-2G64M', 'crashkernel=abc', 'crashkernel=', 'crashkernel', 'crashkernel=256M crashkernel=1G',
  'crashkernel=256M,cma', 'crashkernel=256M crashkernel=64M,cma', 'crashkernel="256M"', 'crashkernel=99999999999999999999G',
]

/** Each oracle layout's board with its crashkernel= options replaced by each sweep value. */
const sweepLayouts: Layout[] = oracleLayouts.filter((_l, i) => i % 7 === 0).flatMap((l) =>
  CRASH_VALUES.map((v) => ({ ...l, cmdline: `${l.cmdline.split(' ').filter((t) => !t.startsWith('crashkernel')).join(' ')} ${v}`.trim() })),
)

const simulateAll = (layouts: Layout[]): Array<SimulationResult | string> =>
  layouts.map((l) => {
    try {
      return simulate(l)
    } catch (e) {
      return String(e)
    }
  })

afterAll(() => setBootPrefixSharing(true))

describe('boot prefix sharing', () => {
  it.each([
    ['oracle cases', oracleLayouts],
    ['generated fleet', fleetLayouts],
    ['crashkernel= sweeps', sweepLayouts],
  ] as const)('%s: the same results with sharing off, on (cold) and on (warm)', (_name, layouts) => {
    expect(layouts.length).toBeGreaterThan(300)
    setBootPrefixSharing(false)
    const unshared = simulateAll(layouts)
    // Results to compare: an error thrown alike with sharing on and off would pass below.
    expect(unshared.filter((r) => typeof r === 'string')).toEqual([])
    setBootPrefixSharing(true)
    const cold = simulateAll(layouts)
    const warm = simulateAll(layouts)
    const hot = simulateAll([...layouts].reverse()).reverse()
    for (let i = 0; i < layouts.length; i++) {
      expect(cold[i], layouts[i]!.cmdline).toEqual(unshared[i])
      expect(warm[i], layouts[i]!.cmdline).toEqual(unshared[i])
      expect(hot[i], layouts[i]!.cmdline).toEqual(unshared[i])
    }
  })

  it('a caller changing its layout object afterwards does not change later results', () => {
    // The coarse key holds the policy, command line and memory map; the image base is outside
    // it, so a store that kept the caller's object would match the changed layout and hand
    // it the old layout's prefix.
    const base = oracleLayouts.find((l) => l.arch === 'arm64' && l.cmdline.includes('crashkernel='))!
    const moved = (l: Layout): Layout => ({ ...l, image: { ...l.image, base: l.image.base + (2n << 20n) } })
    setBootPrefixSharing(false)
    const expected = simulate(moved(base))
    setBootPrefixSharing(true)
    const layout: Layout = { ...base, image: { ...base.image } }
    simulate(layout)
    simulate(layout) // stored now
    layout.image.base += 2n << 20n // the object the store saw now describes moved(base)
    const got = simulate(moved(base))
    expect(got.reserved).toEqual(expected.reserved)
    expect(got).toEqual(expected)
  })

  it.each(['arm64', 'x86_64', 'riscv64'] as const)('%s: a caller changing a result does not change later results', (arch) => {
    // Results hand out their boot's memblock region lists; each boot must own its memblock,
    // including a boot whose prefix came from the store.
    const layout = oracleLayouts.find((l) => l.arch === arch && l.cmdline.includes('crashkernel='))!
    setBootPrefixSharing(true)
    const first = simulate(layout)
    const second = simulate(layout) // stored now
    const expected = structuredClone(second)
    for (const r of [first, second]) {
      r.reserved[0]!.size += 0x1000n
      r.reserved.push({ base: 0n, size: 0x1000n, flags: 0 })
      r.memory.pop()
    }
    expect(simulate(layout)).toEqual(expected)
    expect(simulate(layout)).toEqual(expected)
  })

  it('every store warm gives what every store empty gives, across the options the linear-map flags read', () => {
    // The arm64 linear-map flags are shared by a key of the few options they read; vary each
    // of them (and the command line) on every 3rd arm64 oracle layout, in an order where
    // neighbours differ in one option only, so that a key missing one would share wrongly.
    const flips = (l: Layout): Layout[] => [
      l,
      { ...l, config: { ...l.config, KFENCE: !l.config.KFENCE } },
      { ...l, config: { ...l.config, KFENCE_SAMPLE_INTERVAL: l.config.KFENCE_SAMPLE_INTERVAL === 0 ? 100 : 0 } },
      { ...l, config: { ...l.config, DEBUG_PAGEALLOC: !l.config.DEBUG_PAGEALLOC } },
      { ...l, config: { ...l.config, DEBUG_PAGEALLOC: true, DEBUG_PAGEALLOC_ENABLE_DEFAULT: !l.config.DEBUG_PAGEALLOC_ENABLE_DEFAULT } },
      { ...l, config: { ...l.config, RODATA_FULL_DEFAULT_ENABLED: !l.config.RODATA_FULL_DEFAULT_ENABLED } },
      { ...l, config: { ...l.config, ZONE_DMA: !l.config.ZONE_DMA } },
      { ...l, config: { ...l.config, ZONE_DMA32: !l.config.ZONE_DMA32 } },
      { ...l, cpu: { ...l.cpu, bbml2Noabort: !l.cpu.bbml2Noabort } },
    ]
    const variants = oracleLayouts
      .filter((l, i) => l.arch === 'arm64' && i % 3 === 0)
      .flatMap((l) => [...flips(l), ...flips({ ...l, cmdline: `${l.cmdline} rodata=full debug_pagealloc=on kfence.sample_interval=0` })])
    expect(variants.length).toBeGreaterThan(300)
    const cold = variants.map((l) => {
      clearEngineStores()
      return simulate(l)
    })
    clearEngineStores()
    for (let round = 0; round < 2; round++) for (let i = 0; i < variants.length; i++) expect(simulate(variants[i]!), String(i)).toEqual(cold[i])
  })

  it('prefixCmdline keeps the presence of crashkernel and drops its values', () => {
    expect(prefixCmdline('console=ttyS0 crashkernel=256M rodata=on')).toBe('console=ttyS0 crashkernel= rodata=on')
    expect(prefixCmdline('crashkernel=512M,high crashkernel=128M,low')).toBe('crashkernel= crashkernel=')
    // A bare token is left alone: x86's cmdline_find_option() does not find it, and must not.
    expect(prefixCmdline('crashkernel')).toBe('crashkernel')
    // riscv strstr()s the whole line for no4lvl/no5lvl: a value holding one keeps the line whole.
    expect(prefixCmdline('crashkernel=256Mno5lvl quiet')).toBe('crashkernel=256Mno5lvl quiet')
    expect(prefixCmdline('xcrashkernel=1G crashkernelx=2')).toBe('xcrashkernel=1G crashkernelx=2')
    // Quotes and control characters: next_arg() may join tokens, so nothing is rewritten.
    expect(prefixCmdline('a="b crashkernel=1G" crashkernel=2G')).toBe('a="b crashkernel=1G" crashkernel=2G')
    expect(prefixCmdline('crashkernel=1G\tmem=2G')).toBe('crashkernel=1G\tmem=2G')
  })

  it('stores a prefix from the second layout that needs it, run on the rewritten line, and hands it out from the third', () => {
    // A boot that records what its prefix saw: the equivalence tests above cannot tell a store
    // that never shares (or sharing that cannot be turned off) from one that works.
    const { boot, seen } = recordingBoot()
    const policy = { id: 'recording' } as KernelPolicy
    const at = (cmdline: string): Layout => ({ ...oracleLayouts[0]!, cmdline })
    const run = (cmdline: string) => bootWithSharedPrefix(boot, at(cmdline), policy, new Trace())
    setBootPrefixSharing(true)
    for (const v of ['256M', '512M', '1G', '2G']) run(`console=ttyAMA0 crashkernel=${v}`)
    // First sighting: the layout itself; second: stored, from `crashkernel=`; then shared.
    expect(seen).toEqual(['console=ttyAMA0 crashkernel=256M', 'console=ttyAMA0 crashkernel='])
    // Turning sharing on again starts with an empty store.
    setBootPrefixSharing(true)
    run('console=ttyAMA0 crashkernel=4G')
    expect(seen.length).toBe(3)
    // Sharing off: every layout runs its own prefix, on its own command line.
    setBootPrefixSharing(false)
    seen.length = 0
    for (const v of ['256M', '256M', '256M']) run(`console=ttyAMA0 crashkernel=${v}`)
    expect(seen).toEqual(Array(3).fill('console=ttyAMA0 crashkernel=256M'))
    setBootPrefixSharing(true)
  })

  it.each([true, false])('finish sees what the prefix left in memblock.memory, whatever it does to its memblock (sharing %s)', (on) => {
    // finish() may remove memory (no-map, mem=) before it reads prefixMemory: that list must
    // not be the live one of the memblock finish() works on.
    const { boot } = recordingBoot()
    const policy = { id: `recording-${on}` } as KernelPolicy
    setBootPrefixSharing(on)
    for (let i = 0; i < 3; i++) {
      const r = bootWithSharedPrefix(boot, { ...oracleLayouts[0]!, cmdline: `crashkernel=${i + 1}G` }, policy, new Trace()) as unknown as { before: MemblockRegion[]; after: number }
      expect(r.before.map((x) => ({ base: x.base, size: x.size, flags: x.flags }))).toEqual([{ base: 0x40000000n, size: 0x40000000n, flags: 0 }])
      expect(r.after).toBe(2)
    }
    setBootPrefixSharing(true)
  })
})

/** A SplitBoot whose prefix adds one bank and records its command line, and whose finish adds another. */
function recordingBoot(): { boot: SplitBoot<{ mb: Memblock }>; seen: string[] } {
  const seen: string[] = []
  const boot: SplitBoot<{ mb: Memblock }> = {
    prefix(layout) {
      seen.push(layout.cmdline)
      const mb = memblockCreate(0x1000n)
      memblockAdd(mb, 0x40000000n, 0x40000000n)
      return { mb }
    },
    finish(_prefix, mb, prefixMemory) {
      memblockAdd(mb, 0x100000000n, 0x40000000n)
      return { before: prefixMemory.map((r) => ({ ...r })), after: mb.memory.regions.length } as unknown as ArchBootResult
    },
  }
  return { boot, seen }
}
