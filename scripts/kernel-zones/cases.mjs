// SPDX-License-Identifier: GPL-2.0-only
/**
 * The cases of test/fixtures/kernel-zones.json.gz, in the input format of harness.c (one case
 * per line: the zone set; the page size and the memblock operations that build memory; the
 * zone limits; the possible nodes; the command line). Deterministic: a fixed seed and
 * mulberry32 (../mulberry32.mjs), so a rerun of ../kernel-zones-fixture.sh gives the same cases.
 *
 * Each memory map:
 *   - DRAM from 0, 4 KiB, 1 GiB or 2 GiB (x86, arm64, riscv boards) up to 1 TiB, in 1 to 7
 *     pieces with holes, sometimes not page aligned at either end or smaller than a page (a
 *     64K page hides a 4K-aligned piece);
 *   - 1 to 4 memory nodes with ids up to 7, in ascending order or interleaved, given by
 *     memblock_add_node() or by memblock_add() then memblock_set_node(); CPU-only nodes,
 *     online or not;
 *   - MEMBLOCK_HOTPLUG, MEMBLOCK_MIRROR (from the start of a piece of RAM or inside one: see
 *     there) and MEMBLOCK_NOMAP ranges;
 *   - zone limits as x86 (16 MiB, 4 GiB, max_pfn), arm64 (DMA at 1 GiB or the top of a 30-,
 *     32-bit window, DMA32 at 4 GiB, Normal at the end of DRAM) and riscv (DMA32 4 GiB, Normal
 *     at max_low_pfn, sometimes below the end of DRAM) pass them, sometimes below DRAM's
 *     start (an empty zone), Normal always above it (no arch passes limits that leave every
 *     zone empty, and the kernel would then index arch_zone_lowest_possible_pfn[-1]);
 *   - 4K, 16K or 64K pages;
 *   - kernelcore= and movablecore= as sizes (K, M, G, hex, 0) or percentages (0 – 100, rarely
 *     more), kernelcore=mirror (alone or in a list), movable_node, bare movablecore, repeats.
 *
 * Usage: node scripts/kernel-zones/cases.mjs [cases [seed]]   (the fixture: 1000 cases, the default seed)
 */
import { draws } from '../mulberry32.mjs'

const cases = Number(process.argv[2] ?? 1000)
const { int, pick, chance } = draws(Number(process.argv[3] ?? 1914830291))
const hex = (v) => v.toString(16)
const K = 1024n
const M = K * K
const G = M * K
/** A random bigint below n (n > 0). */
const big = (n) => (BigInt(int(0x40000000)) * BigInt(int(0x40000000)) + BigInt(int(0x40000000))) % (n > 0n ? n : 1n)

function one() {
  const zones = pick(['dma,dma32,device', 'dma,dma32,device', 'dma32,device', 'dma32', 'dma,dma32'])
  const page = pick([0x1000n, 0x1000n, 0x1000n, 0x4000n, 0x10000n])
  const base = pick([0n, 0x1000n, G, 2n * G, 0x80000000n, 0x40000000n])
  const top = base + pick([64n * M, 512n * M, 2n * G, 4n * G, 8n * G, 64n * G, 1024n * G]) + (chance(0.5) ? big(16n * G) : 0n)
  // [start, end) pieces of RAM, ascending and apart.
  const ram = []
  let cur = base
  const pieces = 1 + int(7)
  for (let i = 0; i < pieces && cur < top; i++) {
    const a = pick([1n, 0x1000n, page, 2n * M, G])
    let end = i === pieces - 1 ? top : cur + 1n + big(top - cur)
    end -= end % a
    if (chance(0.1)) end = cur + BigInt(1 + int(0x3000)) // smaller than a (64K) page
    if (chance(0.1)) end += BigInt(int(0x1000))
    if (end > cur) ram.push([cur, end])
    cur = (end > cur ? end : cur) + pick([0x1000n, 0x10000n, 2n * M, 256n * M, G]) * BigInt(1 + int(3)) + (chance(0.1) ? BigInt(int(0x1000)) : 0n)
  }
  if (ram.length === 0) return undefined
  const end = ram.at(-1)[1]
  // The nodes: ids, then which piece of memory (split at random points) goes to which.
  const nmem = 1 + int(4)
  const ids = []
  while (ids.length < nmem) {
    const id = chance(0.6) ? ids.length : int(8)
    if (!ids.includes(id)) ids.push(id)
  }
  if (chance(0.7)) ids.sort((x, y) => x - y)
  const cuts = [base]
  for (let i = 1; i < nmem; i++) cuts.push(base + big(end - base))
  cuts.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
  cuts.push(end + 1n)
  const nodeAt = (i) => ids[i]
  const ops = []
  const spans = []
  for (let i = 0; i < nmem; i++) spans.push([cuts[i], cuts[i + 1], nodeAt(i)])
  const viaSetNode = chance(0.4)
  for (const [a, b] of ram) {
    if (viaSetNode) ops.push(`add ${hex(a)} ${hex(b - a)}`)
    else
      for (const [s, e, nid] of spans) {
        const lo = a > s ? a : s
        const hi = b < e ? b : e
        if (hi > lo) ops.push(`add_node ${hex(lo)} ${hex(hi - lo)} ${nid} 0`)
      }
  }
  if (viaSetNode) for (const [s, e, nid] of spans) if (e > s) ops.push(`set_node ${hex(s)} ${hex(e - s)} memory ${nid}`)
  // Flags.
  if (chance(0.35)) {
    for (let i = 1 + int(2); i > 0; i--) {
      const at = base + big(end - base)
      ops.push(`mark_hotplug ${hex(at - (at % pick([1n, page, G])))} ${hex(chance(0.5) ? end - at : 1n + big(end - at))}`)
    }
  }
  // Mirrored ranges start in RAM, as the firmware's (efi_find_mirror()) do: memblock_mark_mirror()
  // sets system_has_some_mirror even for a range over no memory, and the engine, whose boots
  // never mark mirrors, reads memblock_has_mirror() from the regions' flags.
  if (chance(0.35)) {
    const [a, b] = pick(ram)
    const at = chance(0.5) ? a : a + big(b - a)
    ops.push(`mark_mirror ${hex(at)} ${hex(1n + big(end - at))}`)
  }
  if (chance(0.2)) {
    const at = base + big(end - base)
    ops.push(`mark_nomap ${hex(at)} ${hex(1n + big(chance(0.5) ? 64n * M : end - at))}`)
  }
  // Zone limits, in pages.
  const pfn = (x) => x / page
  const edge = () => (chance(0.1) ? base - (base > 0n ? big(base) : 0n) : 0n)
  let dma
  let dma32
  let normal
  switch (int(3)) {
    case 0: // x86: MAX_DMA_PFN, MAX_DMA32_PFN, max_pfn (min'ed with max_pfn)
      normal = end - (chance(0.2) ? big(end - base) : 0n)
      dma = 16n * M < normal ? 16n * M : normal
      dma32 = 4n * G < normal ? 4n * G : normal
      break
    case 1: // arm64: arm64_dma_phys_limit, dma32, end of DRAM
      normal = end
      dma = chance(0.5) ? (G < end ? G : end) : pick([base + G, base + 4n * G, 4n * G])
      if (dma > end) dma = end
      dma32 = 4n * G < end ? 4n * G : end
      break
    default: // riscv: dma32_phys_limit, max_low_pfn
      dma = 16n * M
      dma32 = 4n * G < end ? 4n * G : end
      normal = chance(0.2) ? base + big(end - base) : end
  }
  // Some zone must have pages: with none, find_usable_zone_for_movable() leaves movable_zone at
  // -1 (VM_BUG_ON(), nothing without CONFIG_DEBUG_VM) and arch_zone_lowest_possible_pfn[-1] is read.
  if (normal < ram[0][0] + page) normal = ram[0][0] + page
  if (chance(0.1)) dma = edge()
  if (chance(0.05)) dma32 = edge()
  const limits = []
  if (zones.includes('dma,')) limits.push(pfn(dma))
  limits.push(pfn(dma32), pfn(normal))
  if (zones.includes('device')) limits.push(0n)
  // Possible nodes: the memory's (online), and CPU-only ones.
  const nodes = ids.map((id) => `${id}:1`)
  for (let i = int(3); i > 0; i--) {
    const id = int(10)
    if (!nodes.some((n) => n.startsWith(`${id}:`))) nodes.push(`${id}:${chance(0.5) ? 1 : 0}`)
  }
  nodes.sort((x, y) => parseInt(x) - parseInt(y))
  // The command line.
  const size = () =>
    pick([
      () => `${1 + int(64)}${pick(['M', 'G', 'G'])}`,
      () => `${int(4096)}M`,
      () => `0x${hex(big(end))}`,
      () => `${int(101)}%`,
      () => `${pick([0, 1, 50, 99, 100, 150])}%`,
      () => `${big(end - base) / K}K`,
      () => '0',
    ])()
  const words = []
  for (let i = int(3); i >= 0; i--) {
    words.push(
      pick([
        () => `kernelcore=${size()}`,
        () => `kernelcore=${size()}`,
        () => `movablecore=${size()}`,
        () => `movablecore=${size()}`,
        () => pick(['kernelcore=mirror', 'kernelcore=mirror', 'kernelcore=mirror,foo', 'kernelcore=foo,mirror', 'kernelcore=mirrorx']),
        () => 'movable_node',
        () => 'movablecore',
        () => 'quiet',
      ])(),
    )
  }
  if (chance(0.1)) words.length = 0
  return [zones, [hex(page), ...ops].join(';'), limits.map(hex).join(' '), nodes.join(' '), words.join(' ')].join('|')
}

const out = []
while (out.length < cases) {
  const c = one()
  if (c) out.push(c)
}
console.log(out.join('\n'))
