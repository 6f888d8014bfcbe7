// SPDX-License-Identifier: GPL-2.0-only
/**
 * The boots of test/fixtures/kernel-riscv-mmu.json.gz, in the input format of riscv-harness.c
 * preceded by the build variant (KFENCE 0 or 1): one line per case. Deterministic: a fixed
 * seed and mulberry32 (../mulberry32.mjs), so a rerun of ../kernel-riscv-mmu-fixture.sh gives
 * the same cases.
 *
 * A paging mode (Sv39, Sv48, Sv57); memblock.memory of one to five page-aligned banks (as
 * early_init_dt_add_memory_arch() leaves them) from a PMD-aligned start of DRAM, often with a
 * firmware NOMAP region first (OpenSBI's no-map node at the start of DRAM) and NOMAP regions
 * inside or between banks, some with edges inside a page (a no-map /reserved-memory node need
 * not be page aligned), at alignments that matter to some leaf size (page, PMD, PUD, P4D);
 * the kernel image at a PMD boundary of a bank with SECTION_ALIGN (2M) text, init data and
 * rodata, reserved to the next PMD boundary (setup_bootmem()), a fifth of the time with a 1 GiB
 * boundary inside its init data or its data (the parts 6.4+ does not isolate), and a few other reserved ranges
 * (where the KFENCE pool cannot go); a tenth of the boots with debug_pagealloc (small ones:
 * every page is a PTE). Sv39 boots sometimes reach past ≤6.3's memory_limit. Boots of more than
 * 64G keep every edge PMD aligned (≤6.3 maps a range with an odd edge page by page: slow here).
 *
 * Usage: node scripts/kernel-mmu/riscv-cases.mjs [cases [seed]]
 */
import { draws } from '../mulberry32.mjs'

const count = Number(process.argv[2] ?? 300)
const { int, pick, chance, below } = draws(Number(process.argv[3] ?? 0x72766d6d))
const hex = (v) => v.toString(16)
const KiB = 1n << 10n
const MiB = 1n << 20n
const GiB = 1n << 30n
const PAGE = 4n * KiB
const PMD = 2n * MiB
const ALIGNS = [PAGE, 64n * KiB, PMD, 64n * MiB, GiB, 4n * GiB, 512n * GiB]
const alignUp = (x, a) => (x + a - 1n) & ~(a - 1n)
/** How far above phys_ram_base the linear map may reach in a mode (under 2^64 from PAGE_OFFSET). */
const SPAN = { 3: 150n * GiB, 4: 60n * 1024n * GiB, 5: 1n << 55n }

function genCase() {
  const levels = pick([3, 4, 5])
  const kfence = chance(0.6)
  const dbg = chance(0.1)
  const budget = dbg ? pick([64n * MiB, 512n * MiB]) : levels === 3 && chance(0.05) ? 140n * GiB : chance(0.04) && levels > 3 ? 1024n * GiB : pick([GiB, 8n * GiB, 64n * GiB])
  // A huge boot keeps its edges PMD aligned: ≤6.3 maps a range with an odd edge page by page.
  const big = budget > 64n * GiB
  const piece = () => {
    const a = big ? pick(ALIGNS.filter((y) => y >= PMD)) : pick(ALIGNS)
    const x = a * (below(budget / a / 3n + 1n) + 1n)
    return x > budget ? a : x
  }
  const dram = pick([0x80000000n, 0n, 0x40000000n, 512n * GiB, below(1n << 40n) & ~(PMD - 1n)])
  const regions = [] // [base, size, nomap]
  let cursor = dram
  if (!big && chance(0.5)) {
    // Firmware's no-map node at the start of DRAM (OpenSBI: 256K or 512K; sometimes odd).
    const fw = chance(0.8) ? pick([0x40000n, 0x80000n, 0x200000n]) : below(PMD) + 1n
    regions.push([cursor, fw, 1])
    cursor += fw
  }
  const nBanks = 1 + int(5)
  let used = 0n
  for (let b = 0; b < nBanks && used < budget; b++) {
    let size = piece()
    if (used + size > budget) size = budget - used
    // The bank is page aligned; a NOMAP region before it covers an odd gap.
    const base = alignUp(cursor, PAGE)
    if (base > cursor) regions.push([cursor, base - cursor, 1])
    size &= ~(PAGE - 1n)
    if (size < 4n * PAGE) break
    regions.push([base, size, 0])
    used += size
    // NOMAP inside the bank: cut out of it (edges anywhere, or at an alignment).
    if (!big && chance(0.3)) {
      const at = chance(0.5) ? below(size) & ~(pick(ALIGNS) - 1n) : below(size)
      const len = chance(0.4) ? below(PAGE) + 1n : pick(ALIGNS) * (1n + below(4n))
      if (at + len < size) {
        regions.pop()
        if (at > 0n) regions.push([base, at, 0])
        regions.push([base + at, len, 1])
        regions.push([base + at + len, size - at - len, 0])
      }
    }
    const hole = !big && chance(0.3) ? below(PAGE) + 1n : piece()
    if (chance(0.5)) regions.push([base + size, hole, 1])
    cursor = base + size + hole
  }
  while (regions.length && regions.at(-1)[2] === 1) regions.pop()
  const banks = regions.filter((x) => x[2] === 0)
  if (banks.length === 0) return undefined
  const top = banks.at(-1)[0] + banks.at(-1)[1]
  if (top - dram > SPAN[levels]) return undefined

  // The kernel image: SECTION_ALIGN (2M) pieces from a PMD boundary, inside one bank.
  const text = PMD * BigInt(2 + int(10))
  const initData = PMD * BigInt(1 + int(2))
  const rodata = PMD * BigInt(1 + int(4))
  const tail = alignUp(MiB + below(15n * MiB), PAGE)
  const image = text + initData + rodata + tail
  const span = alignUp(image, PMD)
  let start
  // A fifth of the boots put a 1 GiB boundary at a PMD of the init data
  // [__init_data_begin, __start_rodata) or of the data [_data, _end), the parts 6.4+'s
  // create_linear_mapping_page_table() leaves to its loop: from a boundary in the data, with a
  // GiB of the bank above it, the loop maps a PUD (most of these boots have that room).
  const straddle = chance(0.2) ? pick(['init', 'data']) : undefined
  if (straddle) {
    const [off, len] = straddle === 'init' ? [text, initData] : [text + initData + rodata, span - text - initData - rodata]
    const rel = off + PMD * below(len / PMD)
    // In each bank, the lowest PMD-aligned start whose boundary (start + rel) is GiB aligned.
    const places = banks.flatMap(([b, s]) => {
      const at = alignUp(alignUp(b, PMD) + rel, GiB) - rel
      return at + span <= b + s ? [[at, b + s]] : []
    })
    if (places.length === 0) return undefined
    const roomy = places.filter(([at, top]) => at + rel + GiB <= top)
    start = pick(roomy.length > 0 && chance(0.8) ? roomy : places)[0]
  } else {
    const fits = banks.filter(([b, s]) => alignUp(b, PMD) + span <= b + s)
    if (fits.length === 0) return undefined
    const [kb, ks] = pick(fits)
    const lo = alignUp(kb, PMD)
    const slots = (kb + ks - span - lo) / PMD + 1n
    start = lo + PMD * (chance(0.4) ? (slots > 1n ? 1n : 0n) : below(slots))
  }
  const reserved = [[start, span]]
  // Other reserved ranges (DTB, initrd, firmware's map-able nodes): some at the top of a bank.
  for (let k = int(4); k > 0; k--) {
    const [b, s] = pick(banks)
    const len = chance(0.3) ? below(64n * KiB) + 1n : alignUp(below(s / 4n) + 1n, PAGE)
    if (len >= s) continue
    const at = chance(0.4) ? b + s - len : b + below(s - len)
    reserved.push([at, len])
  }
  const words = [
    kfence ? 1 : 0, levels, dbg ? 1 : 0, hex(start), hex(start + text), hex(start + text + initData), hex(start + text + initData + rodata),
    hex(BigInt(reserved.length)), ...reserved.flatMap(([b, s]) => [hex(b), hex(s)]),
    hex(BigInt(regions.length)), ...regions.flatMap(([b, s, n]) => [hex(b), hex(s), n]),
  ]
  return words.join(' ')
}

for (let c = 0; c < count; ) {
  const line = genCase()
  if (line === undefined) continue
  console.log(line)
  c++
}
