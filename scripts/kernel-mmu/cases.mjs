// SPDX-License-Identifier: GPL-2.0-only
/**
 * The boots of test/fixtures/kernel-mmu.json.gz, in the input format of harness.c preceded by
 * the build variant (PAGE_SHIFT VA_BITS): one line per case. Deterministic: a fixed seed and
 * mulberry32 (../mulberry32.mjs), so a rerun of ../kernel-mmu-fixture.sh gives the same cases.
 *
 * Drawn as test/fuzz/mmu-diff.ts draws them: memblock.memory of one to five banks with holes
 * (absent or NOMAP, some smaller than a page, so banks start or end inside a page, and two
 * banks may share the page at an aligned boundary), at
 * alignments that matter to some granule (page, CONT_PTE, PMD, CONT_PMD, PUD); memstart_addr
 * at or below the lowest bank (KASLR moves it down); the kernel image, a crashkernel region
 * (mapped on its own by the 5.10 and 6.1 map_mem()) and an early KFENCE pool placed in the
 * banks, at bank edges or next to each other; about a third of the boots with
 * NO_BLOCK_MAPPINGS|NO_CONT_MAPPINGS.
 *
 * Usage: node scripts/kernel-mmu/cases.mjs VARIANTS [cases-per-variant [seed]]
 *   VARIANTS: comma-separated PAGE_SHIFT:VA_BITS, e.g. 12:48,14:48,16:48,16:52
 */
import { draws } from '../mulberry32.mjs'

const variants = (process.argv[2] ?? '12:48').split(',').map((v) => v.split(':').map(Number))
const perVariant = Number(process.argv[3] ?? 100)
const { int, pick, chance, below } = draws(Number(process.argv[4] ?? 0x6d6d7531))
const hex = (v) => v.toString(16)
const KiB = 1n << 10n
const MiB = 1n << 20n
const GiB = 1n << 30n
const ALIGNS = [4n * KiB, 16n * KiB, 64n * KiB, 2n * MiB, 32n * MiB, 512n * MiB, 1n * GiB, 16n * GiB, 64n * GiB]
const alignUp = (x, a) => (x + a - 1n) & ~(a - 1n)

/** ARM64_MEMSTART_ALIGN (arch/arm64/mm/init.c): PUD, CONT_PMD or PMD size by granule. */
const memstartAlign = (shift) => (shift === 12 ? GiB : shift === 14 ? 32n * MiB : 512n * MiB)

function genCase(shift, vaBits) {
  const page = 1n << BigInt(shift)
  const forced = chance(0.35)
  // Forced maps cost one entry per page: keep them small.
  const budget = forced ? pick([16n * MiB, 128n * MiB, 512n * MiB]) : chance(0.05) ? pick([256n * GiB, 1024n * GiB]) : pick([1n * GiB, 8n * GiB, 64n * GiB])
  const piece = () => {
    const a = pick(ALIGNS)
    const x = a * (below(budget / a / 3n + 1n) + 1n)
    return x > budget ? a : x
  }
  const topPa = 1n << BigInt(vaBits)
  let cursor = below(topPa - (1n << BigInt(vaBits - 2))) & ~(pick(ALIGNS) - 1n)
  const regions = [] // [base, size, nomap]
  const nBanks = 1 + int(5)
  let used = 0n
  for (let b = 0; b < nBanks && used < budget; b++) {
    let base = cursor
    let size = piece()
    if (used + size > budget) size = budget - used
    if (size < 2n * page) break
    if (b > 0 && chance(0.15)) base += below(page - 1n) + 1n // odd start after a hole
    let end = cursor + size
    if (chance(0.15)) end -= below(page - 1n) + 1n // odd end before a hole
    else if (chance(0.1)) end += below(page - 1n) + 1n // odd end just past a boundary: the next bank may share that page
    if (end <= base) break
    regions.push([base, end - base, 0])
    used += size
    const hole = chance(0.3) ? below(page) + 1n : piece()
    if (chance(0.5)) regions.push([end, hole, 1]) // a NOMAP region (firmware's)
    cursor = end + hole
  }
  if (regions.length === 0) return undefined
  // A NOMAP region is only a region between banks: drop trailing ones past the last bank.
  while (regions.at(-1)[2] === 1) regions.pop()
  const banks = regions.filter((x) => x[2] === 0)
  const lowest = banks[0][0]
  const top = banks.at(-1)[0] + banks.at(-1)[1]
  const align = memstartAlign(shift)
  let memstart = lowest & ~(align - 1n)
  if (chance(0.4)) memstart -= align * below(memstart / align + 1n > 64n ? 64n : memstart / align + 1n)
  if (top - memstart > 1n << BigInt(vaBits - 1)) return undefined // past the linear region

  const busy = []
  const place = (size, a) => {
    for (let tries = 0; tries < 8; tries++) {
      const [rb, rs] = pick(banks)
      const lo = alignUp(rb, a)
      const hi = rb + rs - size
      if (hi < lo) continue
      const after = busy.length > 0 ? alignUp(pick(busy)[1], a) : lo
      const at = chance(0.15) ? lo : chance(0.15) ? hi & ~(a - 1n) : chance(0.2) && after >= lo && after <= hi ? after : lo + below((hi - lo) / a + 1n) * a
      if (at < lo) continue
      if (busy.some(([s, e]) => at < e && at + size > s)) continue
      busy.push([at, at + size])
      return at
    }
    return undefined
  }
  const seg = 64n * KiB
  const initBeginOff = alignUp(8n * MiB + below(32n * MiB), seg)
  const initEndOff = initBeginOff + alignUp(MiB + below(7n * MiB), seg)
  const bssStopOff = initEndOff + alignUp(MiB + below(15n * MiB), page)
  const endOff = alignUp(bssStopOff, seg)
  const text = place(endOff, chance(0.8) ? 2n * MiB : seg)
  if (text === undefined) return undefined
  let crash = [0n, 0n]
  if (chance(0.4)) {
    const size = alignUp(below(budget / 4n < 256n * MiB ? budget / 4n : 256n * MiB) + page, page)
    const at = place(size, pick([page, 2n * MiB]))
    if (at !== undefined) crash = [at, at + size]
  }
  let pool = [0n, 0]
  if (chance(0.5)) {
    const objects = pick([255, 255, 1, 63, 1000])
    const at = place(BigInt(objects + 1) * 2n * page, page)
    if (at !== undefined) pool = [at, objects]
  }
  const words = [
    shift, vaBits, forced ? 1 : 0, hex(memstart), hex(text), hex(text + seg), hex(text + initBeginOff), hex(text + initEndOff), hex(text + bssStopOff),
    hex(crash[0]), hex(crash[1]), hex(pool[0]), pool[1].toString(16), regions.length,
    ...regions.flatMap(([b, s, n]) => [hex(b), hex(s), n]),
  ]
  return words.join(' ')
}

/**
 * Cases written out (4K, 48 bits), first: the disagreements the random cases found, kept in
 * the fixture whatever the seed. Two banks sharing the page at a 2M boundary (seed 11, and
 * the same cut down) or a 1G one: ≤7.1's pmd_set_huge()/pud_set_huge() refuse the block over
 * the first bank's table, no BUG_ON, the rest of the 2M or 1G unmapped. And 7.2's data alias
 * [__init_end, __bss_stop) inside the text alias: three blocks refused, WARN_ON().
 */
const PINNED = [
  '12 48 0 790a80000000 791711e00000 791711e10000 791712e10000 791713150000 7917134ff000 791733234000 79173e000000 791b0a52f000 1 7 ' +
    '7913de000000 360000000 0 79173e000000 3afe00000 1 791aede001e7 29fffe19 0 791b17e00a9b 3dffff5ce 0 791ef7e00069 d3a 1 ' +
    '791ef7e00da3 235253000 0 7924eb793da3 285db4000 0',
  '12 48 0 40000000 48000000 48010000 49000000 49400000 49800000 0 0 0 0 3 40000000 20000069 0 60000069 d3a 1 60000da3 1ffff25d 0',
  '12 48 0 40000000 48000000 48010000 49000000 49400000 49800000 0 0 0 0 3 40000000 40000069 0 80000069 d3a 1 80000da3 3ffff25d 0',
  '12 48 0 40000000 40000000 40010000 44000000 41000000 41600000 0 0 0 0 1 40000000 80000000 0',
]

for (const [shift, vaBits] of variants) {
  const pinned = shift === 12 && vaBits === 48 ? PINNED.slice(0, perVariant) : []
  for (const line of pinned) console.log(line)
  for (let c = pinned.length; c < perVariant; ) {
    const line = genCase(shift, vaBits)
    if (line === undefined) continue
    console.log(line)
    c++
  }
}
