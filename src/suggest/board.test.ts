// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { simulate } from '../engine/index.js'
import { check } from '../index.js'
import { decodeMatrix } from '../matrix/decode.js'
import type { BoardMatrix } from '../matrix/generated/board-matrix.js'
import { evaluateLayout, siblingLayouts } from '../rules/run.js'
import { crashkernelTokens } from '../rules/crashkernel-tokens.js'
import { applySuggestion, Suggester } from './index.js'
import { boardCandidate, boardCandidates, MAX_REFINE_PROBES, overHalfLayouts, ownValue, rankBoardVerdicts, sizeSeries, suggestBoardValues } from './board.js'

const layoutsOf = (board: Record<string, unknown>) =>
  decodeMatrix({ version: 1, boards: [{ id: 'b', ...board }] } as unknown as BoardMatrix).layouts
const MiB = 1n << 20n
/** The simulations of the default candidates alone (no finer sizes). */
const ladderSimulations = (layouts: ReturnType<typeof layoutsOf>): number => {
  const baseline = layouts.map((l) => simulate(l.layout))
  const own = crashkernelTokens(layouts[0]!.layout.cmdline)
  expect(own.length).toBeGreaterThan(0)
  const current = baseline[0]!.request.high ?? baseline[0]!.request.size
  return boardCandidates(layouts, baseline, current, undefined).length * layouts.length
}

describe('suggestBoardValues', () => {
  // The Raspberry Pi 4's 1 GiB variant cannot hold crashkernel=1G on any kernel, so the
  // board's own value fails there and smaller ones are what works everywhere.
  const layouts = layoutsOf({ extends: 'raspberrypi-4', kernels: ['5.10', '6.12'], cmdline: 'console=ttyS0 crashkernel=1G', expect: { reservationRequired: true, dumpTargetReachable: true } })
  let total = 0
  let ticks = 0
  const values = suggestBoardValues(layouts, { onTotal: (n) => (total = n), tick: () => ticks++ })!

  it('reads the board\'s own value and size', () => {
    expect(values.own).toBe('1G')
    expect(values.current).toBe(1n << 30n)
    expect(ownValue(layouts)).toBe('1G')
  })

  it('simulates every candidate on every layout, and says how many at most first', () => {
    const tried = values.working.length + values.failing.length
    expect(tried).toBeGreaterThan(1)
    expect(ticks).toBe(tried * layouts.length)
    // The default candidates and at most MAX_REFINE_PROBES finer sizes.
    expect(total).toBe(ladderSimulations(layouts) + MAX_REFINE_PROBES * layouts.length)
    expect(ticks).toBeLessThanOrEqual(total)
    for (const v of [...values.working, ...values.failing]) expect(v.layouts).toHaveLength(layouts.length)
  })

  it('finds the size between two ladder steps where the working ones that leave half of RAM end (16M steps), by bisection', () => {
    // 512M works but takes more than half of the 1 GB variant's System RAM, 384M does not: the
    // best is in between, and the next 16M up is above that half (the search stops there).
    const best = values.working[0]!.candidate
    expect(best.form).toBe('size')
    expect(best.size).toBeGreaterThan(384n * MiB)
    expect(best.size).toBeLessThan(512n * MiB)
    expect(best.size % (16n * MiB)).toBe(0n)
    expect(overHalfLayouts(values.working[0]!)).toBe(0)
    const half = values.working[0]!.layouts.reduce((m, l) => (l.sim!.systemRam / 2n < m ? l.sim!.systemRam / 2n : m), 1n << 62n)
    expect(best.size).toBeLessThanOrEqual(half)
    expect(best.size + 16n * MiB).toBeGreaterThan(half)
    // What leaves less than half of RAM comes after it, however close to the board's own 1G.
    const over = values.working.filter((v) => overHalfLayouts(v) > 0)
    expect(over.map((v) => v.candidate.value)).toContain('512M')
    for (const v of over) expect(values.working.indexOf(v)).toBeGreaterThan(0)
    const finer = [...values.working, ...values.failing].filter((v) => v.candidate.size % (128n * MiB) !== 0n)
    expect(finer.length).toBeGreaterThan(0)
    expect(finer.length).toBeLessThanOrEqual(MAX_REFINE_PROBES)
  })

  it('calls a value working only when every layout reserved it with no error', () => {
    expect(values.working.length).toBeGreaterThan(0)
    for (const v of values.working) {
      for (const l of v.layouts) {
        expect(l.sim?.crashkernel.kind).toBe('reserved')
        expect(l.errors).toEqual([])
        // The verdict's layout carries the candidate, the rest of the command line kept.
        expect(l.layout.layout.cmdline.startsWith('console=ttyS0 ')).toBe(true)
        expect(crashkernelTokens(l.layout.layout.cmdline).map((t) => t.value).join('+')).toBe(v.candidate.value)
      }
    }
    for (const v of values.failing) expect(v.layouts.some((l) => !l.works)).toBe(true)
    const own = values.failing.find((v) => v.candidate.value === '1G')
    expect(own?.layouts.filter((l) => !l.works).map((l) => l.layout.layoutName)).toContain('1G/5.10')
  })

  it('ranks the working values best first', () => {
    for (let i = 1; i < values.working.length; i++) {
      expect(rankBoardVerdicts(values.working[i - 1]!, values.working[i]!, values.current, values.own)).toBeLessThanOrEqual(0)
    }
  })

  it('makes no simulation at all when the default candidates need more than maxSimulations, and never more than it', () => {
    const ladder = ladderSimulations(layouts)
    let simulated = 0
    expect(suggestBoardValues(layouts, { maxSimulations: ladder - 1, tick: () => simulated++ })).toBeUndefined()
    expect(simulated).toBe(0)
    // What is left after them pays for the finer sizes, a probe (every layout) at a time.
    for (let max = ladder; max <= ticks + layouts.length; max += 3) {
      let n = 0
      const found = suggestBoardValues(layouts, { maxSimulations: max, tick: () => n++ })
      expect(n, `maxSimulations ${max}`).toBeLessThanOrEqual(max)
      expect(n).toBe(ladder + Math.min(Math.floor((max - ladder) / layouts.length), (ticks - ladder) / layouts.length) * layouts.length)
      expect(found?.working[0]).toBeDefined()
    }
    expect(suggestBoardValues(layouts, { maxSimulations: ticks })?.working.map((v) => v.candidate.value)).toEqual(values.working.map((v) => v.candidate.value))
  })

  it('simulates no candidate whose main region is above `maxSize`, and finds the same working ones below it', () => {
    const maxSize = 384n << 20n
    let counted = 0
    let simulated = 0
    const small = suggestBoardValues(layouts, { maxSize, onTotal: (n) => (counted = n), tick: () => simulated++ })!
    const tried = [...small.working, ...small.failing]
    expect(tried.length).toBeGreaterThan(0)
    for (const v of tried) expect(v.candidate.size).toBeLessThanOrEqual(maxSize)
    expect(simulated).toBe(tried.length * layouts.length)
    expect(counted).toBeGreaterThanOrEqual(simulated)
    expect(simulated).toBeLessThan(ticks)
    expect(small.working.map((v) => v.candidate.value)).toEqual(values.working.filter((v) => v.candidate.size <= maxSize).map((v) => v.candidate.value))
  })

  it('searches no finer size where the caller keeps a value that does as well (the findings\' agreed edit)', () => {
    let n = 0
    const kept = suggestBoardValues(layouts, { prefer: '384M', tick: () => n++ })!
    expect(n).toBe(ladderSimulations(layouts))
    expect(kept.working[0]?.candidate.value).toBe('384M')
    // One that leaves a layout less than half of its RAM does not do as well: the search goes on.
    let m = 0
    suggestBoardValues(layouts, { prefer: '512M', tick: () => m++ })
    expect(m).toBeGreaterThan(ladderSimulations(layouts))
  })

  it('tries only the given sizes under `sizes`', () => {
    const only = suggestBoardValues(layouts, { sizes: [256n << 20n, 256n << 20n] })!
    const sizes = new Set([...only.working, ...only.failing].map((v) => v.candidate.size))
    expect([...sizes]).toEqual([256n << 20n])
    expect([...only.working, ...only.failing].some((v) => v.candidate.value === '1G')).toBe(false)
  })
})

describe('finer sizes under a board\'s own size as large as memparse reads', () => {
  // 4000000G: the sizes between the ladder's 1G and it are counted, never listed, and none
  // above the layouts' System RAM is tried, so the few probes land where values can work.
  const layouts = layoutsOf({ extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.1', '6.12'], cmdline: 'crashkernel=4000000G' })
  let ticks = 0
  const values = suggestBoardValues(layouts, { tick: () => ticks++ })!

  it('stays within MAX_REFINE_PROBES and finds a size above the ladder\'s, below System RAM', () => {
    expect(ticks).toBeLessThanOrEqual(ladderSimulations(layouts) + MAX_REFINE_PROBES * layouts.length)
    const best = values.working[0]!
    expect(best.candidate.size).toBeGreaterThan(1n << 30n)
    for (const l of best.layouts) expect(best.candidate.size).toBeLessThan(l.sim!.systemRam)
    const baseline = layouts.map((l) => simulate(l.layout))
    const ladder = new Set(boardCandidates(layouts, baseline, values.current, undefined).map((c) => c.value))
    const finer = [...values.working, ...values.failing].filter((v) => !ladder.has(v.candidate.value))
    expect(finer.length).toBeGreaterThan(0)
    for (const v of finer) for (const b of baseline) expect(v.candidate.size).toBeLessThanOrEqual(b.systemRam)
  })
})

describe('the board\'s own size where a plain token asks for none', () => {
  // x86_64 with 64 GiB, kernels 6.12 and 7.2: both reject `abc` and reserve nothing for `0`, so
  // no kernel's own reading gives the size either, and the ranking wanted the smallest (128M).
  // The size meant is the ,high one's; a unit spelt with a B is the size before it.
  const x86 = (cmdline: string) =>
    layoutsOf({ arch: 'x86_64', kernels: ['6.12', '7.2'], memory: [{ base: '0x0', size: '0x9c000' }, { base: '0x100000', size: '0x6ff00000' }, { base: '0x100000000', size: '0xf90000000' }], image: { base: '0x1000000' }, cmdline })

  it.each([
    ['crashkernel=0 crashkernel=512M,high', 512n * MiB],
    ['crashkernel=abc crashkernel=1G,high', 1024n * MiB],
    ['crashkernel=256MB', 256n * MiB],
  ])('%s asks for its %s bytes, and the best value is that size', (cmdline, size) => {
    const values = suggestBoardValues(x86(cmdline))!
    expect(values.current).toBe(size)
    expect(values.working[0]?.candidate.size).toBe(size)
  })

  it('still has none where no token gives a size', () => {
    expect(suggestBoardValues(x86('crashkernel=abc'))!.current).toBeUndefined()
  })
})

describe('sizeSeries', () => {
  it('writes a plain size, a lone ,high or a pair with the same low part at another size; nothing else', () => {
    expect(sizeSeries(boardCandidate('512M'))?.(464n * MiB)).toBe('464M')
    expect(sizeSeries(boardCandidate('1G,high'))?.(1040n * MiB)).toBe('1040M,high')
    expect(sizeSeries(boardCandidate('512M,high+128M,low'))?.(464n * MiB)).toBe('464M,high+128M,low')
    for (const v of ['256M@0x30000000', '0x20000000', '1G-4G:256M,4G-:512M', '512M,high+,low', '512M,high+64M,low+1M,low']) expect(sizeSeries(boardCandidate(v)), v).toBeUndefined()
  })
})

describe('a Raspberry Pi 4 on 5.10 and 6.12 with crashkernel=768M,high crashkernel=64M,low', () => {
  // 5.10 ignores ,high and 768M does not fit the 1 GB variant (948 MiB of System RAM, so at
  // most 474 MiB): the ladder's 384M worked, the largest 16M step at most half of it is 464M.
  const text = JSON.stringify({ version: 1, boards: [{ id: 'pi', extends: 'raspberrypi-4', kernels: ['5.10', '6.12'], cmdline: 'console=ttyS0 crashkernel=768M,high crashkernel=64M,low' }] })
  const report = check(text, 'pi.json')
  const [board] = report.boardSuggestions ?? []

  it('gets one value of at least 448M for the board', () => {
    expect(board?.value).toMatch(/^crashkernel=\d+M$/)
    expect(BigInt(board!.value.slice('crashkernel='.length, -1)) * MiB).toBeGreaterThanOrEqual(448n * MiB)
  })

  it('that the engine reserves on every layout, at most half of its System RAM, with no error left', () => {
    const edited = applySuggestion(text, board!.suggestion)
    const size = BigInt(board!.value.slice('crashkernel='.length, -1)) * MiB
    const layouts = decodeMatrix(JSON.parse(edited) as BoardMatrix).layouts
    expect(layouts).toHaveLength(8)
    for (const l of layouts) {
      const ck = simulate(l.layout).crashkernel
      expect(ck.kind, l.layoutName).toBe('reserved')
      if (ck.kind !== 'reserved') continue
      expect(ck.main.size).toBe(size)
      expect(ck.main.size + (ck.low?.size ?? 0n)).toBeLessThanOrEqual(simulate(l.layout).systemRam / 2n)
    }
    expect(check(edited, 'pi.json').counts.error).toBe(0)
  })

  it('within the run budget: the board search never simulates more than what is left of it', () => {
    const doc = JSON.parse(text) as BoardMatrix
    const suggester = (maxSimulations?: number): Suggester => {
      const decoded = decodeMatrix(doc)
      const s = new Suggester(doc, { invalidBoards: new Set(), ...(maxSimulations !== undefined && { maxSimulations }) }, decoded.problems)
      const simulated = decoded.layouts.map((layout) => ({ layout, sim: simulate(layout.layout) }))
      for (const { layout, sim } of simulated) s.add({ layout, sim, evaluated: evaluateLayout(layout, sim, siblingLayouts(layout, simulated)) })
      return s
    }
    const free = suggester()
    expect(free.boardValue('pi')?.value).toBe(board?.value)
    const cost = free.simulations
    for (let max = 0; max <= cost + 8; max += 4) {
      const s = suggester(max)
      const value = s.boardValue('pi')
      expect(s.simulations, `budget ${max}`).toBeLessThanOrEqual(max)
      // Too little for the default candidates: nothing spent; less than the whole search: a coarser value.
      if (value === undefined) expect(s.simulations).toBe(0)
      else if (max >= cost) expect(value.value).toBe(board?.value)
    }
  })
})

// Found by a review: each layout's bases were aligned for its own kernel, so on an x86_64
// board of 5.10 (a fixed base aligned to 1 MiB) and 6.12 (16 MiB) every @offset tried was
// misaligned on 6.12, and none was offered.
describe('@offset bases on a board whose kernels align a fixed base differently', () => {
  const layouts = layoutsOf({ extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['5.10', '6.12'], cmdline: 'console=ttyS0 crashkernel=256M' })
  const values = suggestBoardValues(layouts)!
  const offsets = [...values.working, ...values.failing].filter((v) => v.candidate.form === 'offset')

  it('tries bases every kernel accepts, and some work', () => {
    expect(offsets.length).toBeGreaterThan(0)
    for (const v of offsets) expect(BigInt(v.candidate.value.slice(v.candidate.value.indexOf('@') + 1)) % (16n * MiB), v.candidate.value).toBe(0n)
    expect(values.working.some((v) => v.candidate.form === 'offset')).toBe(true)
  })
})

// Found by a review: `suggest` listed "crashkernel=0x10000000 (the board's own value)" and then
// "crashkernel=256M", the same request twice.
describe('a board whose plain size is spelt otherwise than the ladder writes it', () => {
  it('tries it once, as the board wrote it', () => {
    for (const spelt of ['0x10000000', '262144K', '256m']) {
      const layouts = layoutsOf({ extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: `console=ttyAMA0 crashkernel=${spelt}` })
      const values = suggestBoardValues(layouts)!
      const plain = [...values.working, ...values.failing].filter((v) => v.candidate.form === 'size' && v.candidate.size === 256n * MiB).map((v) => v.candidate.value)
      expect(plain, spelt).toEqual([spelt])
      expect(values.working[0]!.candidate.value).toBe(spelt)
    }
    // An octal size is another request than its digits say (0256M is 174 MiB): both are tried.
    const octal = suggestBoardValues(layoutsOf({ extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=0256M' }))!
    expect([...octal.working, ...octal.failing].map((v) => v.candidate.value)).toEqual(expect.arrayContaining(['0256M', '256M']))
  })
})

// Found by a review: on the VisionFive 2 of examples/boards.json the board-wide @offset bases
// began right above the 16 MiB initrd (0x47200000, 1 MiB above its end), where the region fails
// once the initrd grows; the per-finding fix already put such bases last.
describe('@offset bases with room around what the boot loader places', () => {
  it('tries a base right above the initrd after those with room', () => {
    const board = { arch: 'riscv64', kernels: ['6.12', '7.2'], vaBits: 39, ram: [{ name: '4G', memory: [{ base: '0x40000000', size: '4G' }] }, { name: '8G', memory: [{ base: '0x40000000', size: '8G' }] }], image: { base: '0x40200000' }, initrd: { base: '0x46100000', size: '16M' }, dtb: { base: '0x46000000', size: '0x10000' }, devices: [{ name: 'sd', dmaLimit: '0xffffffff', dumpTarget: true }], cmdline: 'console=ttyS0 crashkernel=512M' }
    const values = suggestBoardValues(layoutsOf(board))!
    // Of the bases that work on every layout, the one right above the initrd is the low edge on
    // both RAM variants and the other the top on 4G only: by votes alone it came first.
    const working = values.working.filter((v) => v.candidate.form === 'offset').map((v) => v.candidate.value)
    expect(working).toEqual(['512M@0xd8000000', '512M@0x47200000'])
  })
})
