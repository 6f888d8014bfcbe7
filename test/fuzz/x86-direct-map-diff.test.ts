// SPDX-License-Identifier: GPL-2.0-only
/**
 * Differential fuzzing of src/engine/x86/init-mem-mapping.ts (initMemMapping(), the direct map
 * init_mem_mapping() builds before the crash reservation) against reference-x86-direct-map.ts,
 * a second model written from arch/x86/mm/init.c and init_64.c alone. Both get the same random
 * memblock (e820-like RAM with holes, odd alignments, pieces below 1 MiB, RAM above 4 GiB up to
 * 4 TiB, reservations at the top), brk buffer, PSE/gbpages and the 5.10 (find), 5.15 – 6.14 (unchecked) and 6.17/stable (checked) probes; fixed seed, own
 * PRNG, so a failure names its case and reproduces alone; 4- and 5-level paging. Compared:
 * DirectMap4k/2M/1G (direct_pages_count[]), the page-table pages by level (PUD, PMD, PTE
 * tables; the P4D page in the total), how many came from the brk buffer, the exact memblock
 * pages alloc_low_pages() took, max_pfn_mapped and the top-down probe's block.
 *
 * Bottom-up (memblock_bottom_up(), as movable_node sets it before init_mem_mapping()) is
 * compared too: a second PRNG stream (so the memory maps of all cases stay those of the first)
 * turns about a quarter of the cases bottom-up, with a kernel image [_text, _end) of 16 – 64 MiB
 * at 16 MiB or at a 2 MiB-aligned place at or above 16 MiB in the first RAM range that holds it
 * (LOAD_PHYSICAL_ADDR is the lowest place the boot code runs it), the brk buffer in its
 * .brk tail, memblock-reserved as setup_arch() leaves it, and kernelEnd = _end: both models map
 * [_end, end) and then [1 MiB, _end) with memory_map_bottom_up(), take memblock pages from the
 * lowest free page up, and the engine must report no top-down probe (0). A case whose RAM holds
 * no such image stays top-down.
 *
 * Left out, because the engine does not claim them (its header, init-mem-mapping.ts):
 *   - splits after init_mem_mapping() (set_memory_*() on the image, the crash region or the
 *     page allocator's pages: directMapAfterBoot()'s rules, checked against boots instead);
 *   - sizes whose per-entry walk in the model would be slow: 4K-only maps stay below 8 GiB, 2M
 *     maps without gbpages below 128 GiB.
 */
import { describe, expect, it } from 'vitest'
import { memblockAdd, memblockCreate, memblockReserve } from '../../src/engine/memblock/memblock.js'
import { AllocLowPagesPanic, initMemMapping, isDirectMapGbLeaf } from '../../src/engine/x86/init-mem-mapping.js'
import { liveRunLengthTables } from '../../src/engine/x86/init-mem-mapping-fast.js'
import { RefPanic, refInitMemMapping, SZ_1G, SZ_1M, SZ_2M, SZ_4K, type Range, type RefInput } from './reference-x86-direct-map.js'
import { mulberry32 } from './prng.js'

const prng = mulberry32

const CASES = Number(process.env.X86DIFF_CASES ?? 2500)
const SEED = 0x86d1ec7
/** The second stream: which cases map bottom-up, and their kernel image. */
const SEED_BOTTOM_UP = 0xb077e4

const merged = (rs: Range[]): Array<[bigint, bigint]> => {
  const out: Array<[bigint, bigint]> = []
  for (const [a, b] of [...rs].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const last = out[out.length - 1]
    if (last && a <= last[1]) last[1] = b > last[1] ? b : last[1]
    else if (b > a) out.push([a, b])
  }
  return out
}

/**
 * About a quarter of the cases: memblock bottom-up (movable_node: memblock_set_bottom_up(true),
 * linux-source-6.12 arch/x86/kernel/setup.c:886) and a kernel image for __pa_symbol(_end).
 * The image, 16 – 64 MiB, lies in RAM at 16 MiB (nokaslr, LOAD_PHYSICAL_ADDR) or, as KASLR or a
 * relocating loader may put it, at a 2 MiB-aligned place at or above 16 MiB in the first RAM
 * range that holds it. Its layout (upstream arch/x86/kernel/vmlinux.lds.S, which the unpacked
 * sources lack): _text … __end_of_kernel_reserve, then .brk (64 KiB of slop and the
 * RESERVE_BRK()s: pgt_buf, init.c:189, among them), then _end.
 * early_reserve_memory() reserves [_text, __end_of_kernel_reserve) (setup.c:649) and
 * reserve_brk() the brk used so far, [_brk_start, _brk_end) (setup.c:222-224): the unused brk
 * tail up to _end stays free (a QEMU boot with memblock=debug shows reserved
 * [0x1000000-0x3c10fff], brk from 0x3c00000). Half the cases reserve the whole image instead.
 */
function bottomUpCase(input: RefInput, r: () => number): RefInput {
  const int = (n: number): number => Math.floor(r() * n)
  if (r() >= 0.25) return input
  const size = 16n * SZ_1M + BigInt(int(12289)) * SZ_4K
  const ram = merged(input.memory)
  let base: bigint | undefined
  if (r() < 0.5 && ram.some(([a, b]) => a <= 16n * SZ_1M && 16n * SZ_1M + size <= b)) base = 16n * SZ_1M
  else {
    for (const [a, b] of ram) {
      let lo = a + ((SZ_2M - (a % SZ_2M)) % SZ_2M)
      if (lo < 16n * SZ_1M) lo = 16n * SZ_1M
      if (lo + size > b) continue
      base = lo + BigInt(int(Number((b - size - lo) / SZ_2M) + 1)) * SZ_2M
      break
    }
  }
  if (base === undefined) return input
  const kernelEnd = base + size
  const pages = [12, 16][int(2)]!
  const brkBase = kernelEnd - 0x10000n - BigInt(pages + int(16)) * SZ_4K
  const pgtBuf = { base: brkBase + BigInt(int(4)) * SZ_4K, pages }
  const brkEnd = pgtBuf.base + BigInt(pages + int(4)) * SZ_4K
  const image: Range = [base, r() < 0.5 ? kernelEnd : brkEnd]
  // reserved[0] is the top-down cases' image; the rest (the top of RAM) stays.
  return { ...input, reserved: [image, ...input.reserved.slice(1)], pgtBuf, bottomUp: true, kernelEnd }
}

/** An e820-like memory map with the parameters of one case. */
function randomInput(r: () => number): RefInput {
  const int = (n: number): number => Math.floor(r() * n)
  const big = (n: bigint): bigint => (BigInt(int(0x40000000)) * BigInt(int(0x40000000)) + BigInt(int(0x40000000))) % (n > 0n ? n : 1n)
  const use2M = r() < 0.9
  const use1G = use2M && r() < 0.6
  const cap = !use2M ? 8n * SZ_1G : !use1G ? 128n * SZ_1G : 4096n * SZ_1G
  // The top of RAM: mostly QEMU-like sizes, sometimes anything up to the cap.
  const tops = [16n * SZ_1M, 64n * SZ_1M, 256n * SZ_1M, SZ_1G, 2n * SZ_1G, 3n * SZ_1G, 6n * SZ_1G, 9n * SZ_1G, 65n * SZ_1G, 513n * SZ_1G, 1024n * SZ_1G, 3000n * SZ_1G]
  let top = r() < 0.5 ? tops[int(tops.length)]! : 32n * SZ_1M + big(cap)
  if (top > cap) top = cap
  const align = (): bigint => [1n, SZ_4K, 0x10000n, SZ_2M, SZ_1G][int(5)]!
  const memory: Array<[bigint, bigint]> = []
  // Below 1 MiB: usually [4K, 0x9f000) (trim_bios_range() takes page 0 and 640K-1M), odd ends.
  if (r() < 0.9) memory.push([r() < 0.8 ? SZ_4K : BigInt(int(0x9f)) * SZ_4K + BigInt(int(2) * int(4096)), 0x9f000n + (r() < 0.3 ? BigInt(int(0xc00)) : 0n)])
  if (r() < 0.05) memory.push([0x9f000n, SZ_1M]) // a BIOS that reports the hole as RAM
  // From 1 MiB up: RAM with holes of random sizes and alignments.
  let cur = SZ_1M + (r() < 0.1 ? BigInt(int(0x100000)) : 0n)
  const pieces = 1 + int(6)
  for (let i = 0; i < pieces && cur < top; i++) {
    const a = align()
    let end = i === pieces - 1 ? top : cur + big(top - cur)
    end = end - (end % a)
    if (r() < 0.3) end -= BigInt(int(0x40)) * SZ_4K // QEMU's 128 KiB under a boundary
    if (end > cur) memory.push([cur, end])
    const hole = [SZ_4K, 0x20000n, SZ_2M, 0x30000000n, SZ_1G, 2n * SZ_1G][int(6)]! * BigInt(1 + int(3))
    cur = (end > cur ? end : cur) + hole
    if (r() < 0.3 && cur < 4n * SZ_1G && top > 4n * SZ_1G) cur = 4n * SZ_1G // the PCI hole
  }
  for (const [a] of memory) if (a < 0n) throw new Error('generator: negative base')
  const end = memory.reduce((m, [, b]) => (b > m ? b : m), 0n)
  // Reservations: the kernel image with its brk, sometimes the top of RAM (initrd, firmware).
  const kernel = 0x1000000n + BigInt(int(32)) * SZ_2M
  const reserved: Range[] = [[kernel, kernel + 0x2000000n + BigInt(int(0x800)) * SZ_4K]]
  for (let i = int(4); i > 0; i--) {
    const size = [SZ_4K, 0x20000n, SZ_2M, 0x10000000n, SZ_1G][int(5)]! * BigInt(1 + int(4))
    const at = end - size - BigInt(int(8)) * [SZ_4K, SZ_2M, SZ_1G][int(3)]!
    if (at > SZ_1M) reserved.push([at, at + size])
  }
  const probeOf = (p: number): RefInput['probe'] => (p < 0.25 ? 'find' : p < 0.5 ? 'alloc-free-unchecked' : 'alloc-free')
  return {
    memory,
    reserved,
    end: end - (end % SZ_4K),
    pgtBuf: { base: kernel + 0x1800000n + BigInt(int(0x100)) * SZ_4K, pages: [12, 16][int(2)]! },
    use2M,
    use1G,
    probe: probeOf(r()),
    fiveLevel: r() < 0.5,
  }
}

/** The table pages under the engine's run-length tables, by level. */
function engineTables(tables: Parameters<typeof liveRunLengthTables>[0]): { pud: number; pmd: number; pte: number } {
  const dm = liveRunLengthTables(tables)
  if (!dm) throw new Error('initMemMapping() left no run-length tables')
  let pud = 0, pmd = 0, pte = 0
  for (const t of dm.pgd.values()) {
    pud++
    for (const run of t.runs) {
      if (run.state !== 2) continue
      const n = run.last - run.first + 1
      pmd += n
      let below = 0
      for (const r2 of run.next!.runs) if (r2.state === 2) below += r2.last - r2.first + 1
      pte += n * below
    }
  }
  return { pud, pmd, pte }
}

function runEngine(input: RefInput) {
  const mb = memblockCreate(SZ_4K)
  for (const [a, b] of input.memory) memblockAdd(mb, a, b - a)
  for (const [a, b] of input.reserved) memblockReserve(mb, a, b - a)
  // setup_arch(): memblock_set_current_limit(ISA_END_ADDRESS) before init_mem_mapping(); the
  // allocations there name their end, so the limit must not matter.
  mb.currentLimit = SZ_1M
  // setup_arch(): memblock_set_bottom_up(true) with movable_node (setup.c:886).
  mb.bottomUp = input.bottomUp === true
  const st = initMemMapping(mb, { end: input.end, kernelEnd: input.kernelEnd, pgtBuf: input.pgtBuf, use2M: input.use2M, use1G: input.use1G, probe: input.probe, fiveLevel: input.fiveLevel })
  const t = engineTables(st.tables)
  return {
    '4K': Number(st.tables.count['4K']),
    '2M': Number(st.tables.count['2M']),
    '1G': Number(st.tables.count['1G']),
    ...t,
    brk: st.brkPages,
    memblock: st.memblockPages.map((p) => `0x${p.toString(16)}`),
    maxPfnMapped: st.maxPfnMapped,
    probe: st.topDownProbe,
    st,
  }
}

function runModel(input: RefInput) {
  const m = refInitMemMapping(input)
  return {
    '4K': m.count4K,
    '2M': m.count2M,
    '1G': m.count1G,
    pud: m.pudPages,
    pmd: m.pmdPages,
    pte: m.ptePages,
    brk: m.brkPages,
    memblock: m.memblockPages.map((p) => `0x${p.toString(16)}`),
    maxPfnMapped: m.maxPfnMapped,
    probe: m.probe,
    m,
  }
}

const show = (i: RefInput): string =>
  JSON.stringify(i, (_k, v) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v))

describe('x86 direct map: engine initMemMapping() against the reference model', () => {
  it(`agrees on ${CASES} random memory maps (seed ${SEED})`, () => {
    const r = prng(SEED)
    const rb = prng(SEED_BOTTOM_UP)
    const seen = { gb: 0, noPse: 0, above4G: 0, aboveTiB: 0, memblockPages: 0, doubleCounted: 0, panics: 0, probeFailed: 0, find: 0, uncheckedFailed: 0 }
    // bottom-up: cases, panics, cases with memblock pages at or above _end (first call), below
    // _end (second call, from 1 MiB up), and ones mapping above 4 GiB.
    const bu = { cases: 0, panics: 0, above: 0, below: 0, above4G: 0 }
    for (let c = 0; c < CASES; c++) {
      const input = bottomUpCase(randomInput(r), rb)
      if (input.bottomUp) bu.cases++
      let model
      try {
        model = runModel(input)
      } catch (e) {
        if (!(e instanceof RefPanic)) throw e
        seen.panics++
        if (input.bottomUp) bu.panics++
        // The engine must end the boot the same way: alloc_low_pages()'s panic, not any error,
        // and the same of its two (extend_brk()'s BUG once the brk is closed, or "can not alloc").
        let thrown: unknown
        try {
          runEngine(input)
        } catch (x) {
          thrown = x
        }
        expect(thrown, `case ${c}: ${show(input)}`).toBeInstanceOf(AllocLowPagesPanic)
        const brk = (m: string) => (m.includes('extend_brk()') ? 'extend_brk() BUG' : 'can not alloc memory')
        expect(brk((thrown as Error).message), `case ${c}: ${show(input)}`).toBe(brk(e.message))
        continue
      }
      const engine = runEngine(input)
      const pick = (x: typeof model | typeof engine) => ({ '4K': x['4K'], '2M': x['2M'], '1G': x['1G'], pud: x.pud, pmd: x.pmd, pte: x.pte, brk: x.brk, memblock: x.memblock, maxPfnMapped: x.maxPfnMapped, probe: x.probe })
      expect(pick(engine), `case ${c}: ${show(input)}`).toEqual(pick(model))
      // The 1G leaves the engine reports are the model's.
      expect(model.m.leaves1G, `case ${c}`).toBe(
        [...Array(Number((input.end + SZ_1G - 1n) / SZ_1G)).keys()].filter((g) => isDirectMapGbLeaf(engine.st.tables, BigInt(g) * SZ_1G)).length,
      )
      if (input.bottomUp) {
        expect(engine.st.topDownProbe, `case ${c}: bottom-up has no probe`).toBe(0n)
        const pages = model.m.memblockPages
        if (pages.some((p) => p >= input.kernelEnd!)) bu.above++
        if (pages.some((p) => p < input.kernelEnd!)) bu.below++
        if (input.end > 4n * SZ_1G) bu.above4G++
      }
      if (input.use1G) seen.gb++
      if (!input.use2M) seen.noPse++
      if (input.end > 4n * SZ_1G) seen.above4G++
      if (input.end > 1024n * SZ_1G) seen.aboveTiB++
      if (model.memblock.length) seen.memblockPages++
      if (!input.bottomUp && !model.m.probeFound) seen.probeFailed++
      if (!input.bottomUp && input.probe === 'find') seen.find++
      if (!input.bottomUp && !model.m.probeFound && input.probe === 'alloc-free-unchecked') seen.uncheckedFailed++
      const distinct = model.m.leaves1G * 262144 + model.m.leaves2M * 512 + model.m.ptes
      if (model['4K'] + model['2M'] * 512 + model['1G'] * 262144 > distinct) seen.doubleCounted++
    }
    // The generator reaches what it is meant to.
    expect(seen.gb).toBeGreaterThan(CASES / 3)
    expect(seen.noPse).toBeGreaterThan(CASES / 20)
    expect(seen.above4G).toBeGreaterThan(CASES / 3)
    expect(seen.aboveTiB).toBeGreaterThan(CASES / 50)
    expect(seen.memblockPages).toBeGreaterThan(CASES / 4)
    expect(seen.doubleCounted).toBeGreaterThan(CASES / 10)
    // The panic comparison above runs: 5 of the 2,500 default cases end the boot (1 bottom-up).
    expect(seen.panics).toBeGreaterThan(0)
    // The unchecked probe's failure branch (memblock_phys_free(0, SZ_2M)) runs: 15 of them.
    expect(seen.uncheckedFailed).toBeGreaterThan(0)
    // Bottom-up runs, above 4 GiB too, and reaches both calls' memblock pages (13 of the 4,485
    // bottom-up cases in 20,000 end the boot, all in extend_brk(): compared as above).
    expect(bu.cases).toBeGreaterThan(CASES / 6)
    expect(bu.above4G).toBeGreaterThan(CASES / 20)
    expect(bu.above).toBeGreaterThan(0)
    expect(bu.below).toBeGreaterThan(0)
    console.log('x86 direct map fuzz:', JSON.stringify(seen), 'bottom-up:', JSON.stringify(bu))
  })
})

// Two QEMU boots' memory maps, whose memblock page-table pages the logs show (memblock=debug).
describe('reference model on real boots', () => {
  const G = SZ_1G
  it('q35 4G (6.12): the two page-table pages at the top of RAM, and 1G [5G,6G) counted three times', () => {
    const input: RefInput = { memory: [[SZ_4K, 0x9f000n], [SZ_1M, 0x7ffe0000n], [4n * G, 6n * G]], reserved: [[0x1000000n, 0x4000000n]], end: 6n * G, pgtBuf: { base: 0x3000000n, pages: 16 }, use2M: true, use1G: true, probe: 'alloc-free' }
    const m = refInitMemMapping(input)
    // amd64-6.12-q35-4G-ck256M-mbdebug: memblock_reserve 0x17ffff000, then 0x17fffe000.
    expect(m.memblockPages).toEqual([0x17ffff000n, 0x17fffe000n])
    expect([m.count4K * 4, m.count2M * 2048, m.count1G * 1048576]).toEqual([3968, 2093056, 4194304])
    expect(runEngine(input).memblock).toEqual(['0x17ffff000', '0x17fffe000'])
  })
  it('q35 4G nogbpages with 18 one-page memmap= holes above 4 GiB: 5-level takes one more page (6.12, 7.2)', () => {
    // Booted as the oracle boots amd64 (-M q35 -cpu max -m 4G, nokaslr) with "nogbpages
    // memblock=debug memmap=4K$0x104001000 … memmap=4K$0x148001000" (every 64 MiB): the brk
    // buffer runs out and both Debian 6.12.117 and 7.2.13 take ten page-table pages from
    // memblock, 0x17ffff000 down to 0x17fff6000, and print NODE_DATA(0) at
    // [0x17ffcb680-0x17fff5fff] (7.2: 0x17ffcaf80). 4-level paging would take nine.
    const memory: Array<[bigint, bigint]> = [[SZ_4K, 0x9f000n], [SZ_1M, 0x7ffe0000n]]
    let cur = 4n * G
    for (let k = 1n; k <= 18n; k++) {
      memory.push([cur, 4n * G + k * 0x4000000n + SZ_4K])
      cur = 4n * G + k * 0x4000000n + 2n * SZ_4K
    }
    memory.push([cur, 6n * G])
    const input: RefInput = { memory, reserved: [[0x1000000n, 0x4000000n], [0x7f000000n, 0x7ffe0000n]], end: 6n * G, pgtBuf: { base: 0x3a00000n, pages: 16 }, use2M: true, use1G: false, probe: 'alloc-free' }
    const pages = (n: number) => [...Array(n).keys()].map((i) => 0x17ffff000n - BigInt(i) * SZ_4K)
    expect(refInitMemMapping({ ...input, fiveLevel: true }).memblockPages).toEqual(pages(10))
    expect(refInitMemMapping(input).memblockPages).toEqual(pages(9))
  })
  it('bottom-up (movable_node): the first table page at _end, the next from 1 MiB up (hand-computed)', () => {
    // RAM [1M, 10M + 4K) and [12M, 2G), the image [16M, 48M) reserved, a brk of 3 pages. The ISA
    // map takes the brk's PUD, PMD and PTE pages; memory_map_bottom_up(48M, 2G) maps [48M, 1G)
    // in the PMD page it has, then [1G, 2G) needs a PMD page: min_pfn_mapped is _end's, the
    // lowest free page from there is _end itself. memory_map_bottom_up(1M, 48M) then needs a
    // PTE page for [10M, 10M + 4K), and min_pfn_mapped is 1 MiB's: the page at 1 MiB.
    const input: RefInput = { memory: [[SZ_4K, 0x9f000n], [SZ_1M, 0xa01000n], [0xc00000n, 2n * G]], reserved: [[0x1000000n, 0x3000000n]], end: 2n * G, pgtBuf: { base: 0x2ff0000n, pages: 3 }, use2M: true, use1G: false, probe: 'alloc-free', bottomUp: true, kernelEnd: 0x3000000n }
    const m = refInitMemMapping(input)
    expect(m.memblockPages).toEqual([0x3000000n, 0x100000n])
    expect([m.brkPages, m.maxPfnMapped, m.probe]).toEqual([3, 0x80000n, 0n])
    const e = runEngine(input)
    expect(e.memblock).toEqual(['0x3000000', '0x100000'])
    expect(e.st.topDownProbe).toBe(0n)
  })
  it('the 2 MiB probe', () => expect(refInitMemMapping({ memory: [[SZ_1M, 3n * SZ_2M + SZ_4K]], reserved: [], end: 3n * SZ_2M, pgtBuf: { base: 0n, pages: 16 }, use2M: true, use1G: false, probe: 'alloc-free' }).realEnd).toBe(3n * SZ_2M))
})
