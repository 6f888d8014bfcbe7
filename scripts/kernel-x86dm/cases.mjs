// SPDX-License-Identifier: GPL-2.0-only
/**
 * The memory maps of test/fixtures/kernel-x86dm.json.gz, in the input format of harness.c (one
 * case per line: CPU and command-line flags; the kernel image; the e820 table; other memblock
 * reservations; max_pfn). Deterministic: a fixed seed and mulberry32 (../mulberry32.mjs), so a
 * rerun of ../kernel-x86dm-fixture.sh gives the same cases.
 *
 * The maps are those of test/fuzz/x86-direct-map-diff.test.ts's generator, made e820 tables:
 * RAM below 1 MiB with odd ends, RAM from 1 MiB up with holes of random sizes and alignments
 * (pieces ending 128 KiB under a boundary as QEMU's, mid-2M and mid-1G), the PCI hole up to
 * 4 GiB, RAM up to 4 TiB; ACPI, NVS and reserved entries in some holes (they count for
 * phys_*_init()'s clearing of entries past a range's end); sometimes entries not page aligned
 * at either end (memblock_trim_memory() cuts them, e820__mapped_any() does not). Then:
 *   - mem=: e820__range_remove(mem_size, ULLONG_MAX - mem_size, E820_TYPE_RAM, 1), as
 *     parse_memopt() does, cuts the RAM entries at the limit (other types stay);
 *   - max_pfn: PFN_DOWN() of the end of the highest RAM entry (e820__end_of_ram_pfn()); no
 *     other entry lies above it, so the 6.11+ count of ACPI types does not move it;
 *   - the kernel image at 16 MiB (nokaslr) or a higher 2 MiB-aligned place (KASLR), its brk
 *     after __end_of_kernel_reserve;
 *   - reservations at the top of RAM (initrd, firmware), sometimes over all of it but a few
 *     pages or 2 MiB blocks (memory_map_top_down()'s probe and alloc_low_pages() search);
 *   - PSE (rarely off), GBPAGES, nogbpages, debug_pagealloc, 5-level paging.
 * 4K-only maps stay below 8 GiB and 2M-only below 128 GiB, as in the diff test (their walk
 * allocates a page-table page per 2 MiB or 1 GiB).
 *
 * Usage: node scripts/kernel-x86dm/cases.mjs [cases [seed]]   (the fixture: 600 cases, the default seed)
 */
import { draws } from '../mulberry32.mjs'

const cases = Number(process.argv[2] ?? 600)
const { int, pick, chance } = draws(Number(process.argv[3] ?? 0x86d4e7c7))
const hex = (v) => v.toString(16)
const K = 1024n
const M = K * K
const G = M * K
const SZ_4K = 4n * K
const SZ_2M = 2n * M
/** A random bigint below n (n > 0). */
const big = (n) => (BigInt(int(0x40000000)) * BigInt(int(0x40000000)) + BigInt(int(0x40000000))) % (n > 0n ? n : 1n)

function one() {
  const l5 = chance(0.4)
  const pse = !chance(0.05)
  const debugPagealloc = chance(0.05)
  const gbpages = chance(0.85)
  const direct = !chance(0.2)
  const use2M = pse && !debugPagealloc
  const use1G = use2M && gbpages && direct
  const cap = !use2M ? 8n * G : !use1G ? 128n * G : 4096n * G
  const tops = [16n * M, 64n * M, 256n * M, G, 2n * G, 3n * G, 6n * G, 9n * G, 65n * G, 513n * G, 1024n * G, 3000n * G]
  let top = chance(0.5) ? pick(tops) : 64n * M + big(cap)
  if (top > cap) top = cap
  // [start, end) pieces of RAM, ascending and apart.
  const ram = []
  if (chance(0.9)) ram.push([chance(0.8) ? SZ_4K : BigInt(int(0x9f)) * SZ_4K + BigInt(int(2) * int(4096)), 0x9f000n + (chance(0.3) ? BigInt(int(0xc00)) : 0n)])
  if (chance(0.05)) ram.push([0x9f000n, M])
  let cur = M + (chance(0.1) ? BigInt(int(0x100000)) : 0n)
  const pieces = 1 + int(7)
  for (let i = 0; i < pieces && cur < top; i++) {
    const a = pick([1n, SZ_4K, 0x10000n, SZ_2M, G])
    let end = i === pieces - 1 ? top : cur + big(top - cur)
    end -= end % a
    if (chance(0.3)) end -= BigInt(int(0x40)) * SZ_4K
    if (chance(0.15)) end += BigInt(1 + int(0xfff)) // not page aligned
    if (end > cur) ram.push([cur, end])
    const hole = pick([SZ_4K, 0x20000n, SZ_2M, 0x30000000n, G, 2n * G]) * BigInt(1 + int(3)) + (chance(0.1) ? BigInt(int(0x1000)) : 0n)
    cur = (end > cur ? end : cur) + hole
    if (chance(0.3) && cur < 4n * G && top > 4n * G) cur = 4n * G
  }
  // The image must lie in RAM below 4 GiB: keep it where the generator put RAM, else at 16 MiB
  // with RAM made for it.
  const kernel = chance(0.7) ? 16n * M : 16n * M + BigInt(int(400)) * SZ_2M
  const kernelEnd = kernel + 0x2000000n + BigInt(int(0x800)) * SZ_4K
  if (!ram.some(([a, b]) => a <= kernel && b >= kernelEnd + 0x100000n)) return undefined
  // mem=
  let e820 = ram.map(([a, b]) => [1, a, b])
  if (chance(0.2)) {
    const ends = ram.map(([, b]) => b)
    const limit = chance(0.5) ? pick(ends) - BigInt(int(3)) * pick([SZ_4K, SZ_2M, G]) : M * 64n + big(ends.at(-1))
    e820 = e820.map(([t, a, b]) => [t, a, b < limit ? b : limit]).filter(([, a, b]) => b > a)
  }
  if (!e820.some(([, a, b]) => a <= kernel && b >= kernelEnd + 0x100000n)) return undefined
  const ramEnd = e820.at(-1)[2]
  // Non-RAM entries in the holes below the top RAM entry.
  const table = []
  for (let i = 0; i < e820.length; i++) {
    table.push(e820[i])
    const next = e820[i + 1]
    if (!next || !chance(0.4)) continue
    const [, , b] = e820[i]
    const gap = next[1] - b
    if (gap <= 0n) continue
    const size = chance(0.5) ? gap : 1n + big(gap)
    table.push([pick([2, 3, 4, 2]), b, b + size])
  }
  // Reservations: at the top of RAM, sometimes most of it.
  const reserved = []
  for (let i = int(4); i > 0; i--) {
    const size = pick([SZ_4K, 0x20000n, SZ_2M, 0x10000000n, G]) * BigInt(1 + int(4))
    const at = ramEnd - size - BigInt(int(8)) * pick([SZ_4K, SZ_2M, G])
    if (at > M) reserved.push([at, size])
  }
  if (chance(0.1)) {
    // All of the top piece but a few pages or blocks.
    const [, a, b] = e820.at(-1)
    const keep = BigInt(int(40)) * pick([SZ_4K, SZ_2M])
    if (b - keep > a) reserved.push([a, b - keep - a])
  }
  const maxPfn = ramEnd / SZ_4K
  const flags = [l5, pse, gbpages, direct, debugPagealloc].map(Number).join(' ')
  return [
    flags,
    `${hex(kernel)} ${hex(kernelEnd)}`,
    table.map(([t, a, b]) => `${t}:${hex(a)}:${hex(b - a)}`).join(' '),
    reserved.map(([a, s]) => `${hex(a)}:${hex(s)}`).join(' '),
    hex(maxPfn),
  ].join(';')
}

const out = []
while (out.length < cases) {
  const c = one()
  if (c) out.push(c)
}
console.log(out.join('\n'))
