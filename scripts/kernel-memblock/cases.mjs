// SPDX-License-Identifier: GPL-2.0-only
/**
 * The operation sequences of test/fixtures/kernel-memblock.json.gz, in the input format of
 * harness.c (one case per line: page size, then operations, separated by ';'). Deterministic:
 * a fixed seed and mulberry32 (../mulberry32.mjs, as test/fuzz/prng.ts), so a rerun of
 * ../kernel-memblock-fixture.sh gives the same cases.
 *
 * The values lean to memblock's edges: ranges start and end where earlier ones did (so they
 * touch, overlap and merge), sizes run to PHYS_ADDR_MAX or wrap past 2^64, bases sit at 2^32,
 * 2^63 and the top of the address space, sizes and alignments are 0, 1 or 2^63, and the
 * allocation windows use the MEMBLOCK_ALLOC_* sentinels and inverted or empty bounds.
 *
 * Usage: node scripts/kernel-memblock/cases.mjs [cases [seed]]   (the fixture: 400 cases, the default seed)
 */
import { draws } from '../mulberry32.mjs'

const MAX = (1n << 64n) - 1n
const MAX_NUMNODES = 1024
const NUMA_NO_NODE = -1
const cases = Number(process.argv[2] ?? 400)

const { int, pick, chance } = draws(Number(process.argv[3] ?? 0x6b6d6263))
const hex = (v) => v.toString(16)
/** u64 arithmetic: what the kernel's phys_addr_t sums do. */
const u64 = (v) => ((v % (1n << 64n)) + (1n << 64n)) % (1n << 64n)

/**
 * Cases written out, first: the disagreements the random cases found, kept in the fixture
 * whatever the seed. After memblock_trim_memory() has left partial pages counted:
 * memblock_cap_memory_range() on an emptied array (a total, so the reservations are
 * truncated), an add into it (total_size reset), and memory over the whole address space
 * again (the u64 total wraps).
 */
const PINNED = [
  '1000;add 400 2000;trim_memory 1000;reserve 0 10000;remove 0 ffffffffffffffff;cap_memory_range 1000 1000;add 5000 1000;queries 0 1',
  '1000;add 400 2000;trim_memory 1000;remove 0 ffffffffffffffff;add_node 5000 3000 1 0;queries 5000 1000',
  '1000;add 400 2000;trim_memory 1000;add 1 ffffffffffffffff;queries 0 1',
]
for (const c of PINNED.slice(0, cases)) console.log(c)

for (let c = PINNED.length; c < cases; c++) {
  const page = pick([0x1000n, 0x1000n, 0x1000n, 0x4000n, 0x10000n])
  const unit = pick([0x1000n, 0x10000n, 0x200000n, 0x40000000n])
  /** Bases and ends of earlier ranges: later ones start and end there. */
  const points = [0n]
  const remember = (base, size) => {
    points.push(base, u64(base + size))
    if (points.length > 24) points.splice(1, 2)
  }

  const addr = () => {
    if (chance(0.35)) {
      const p = pick(points)
      return u64(p + pick([0n, 0n, 0n, unit, -unit, 1n, -1n]))
    }
    switch (int(12)) {
      case 0:
        return MAX - BigInt(int(4)) * unit - BigInt(int(2))
      case 1:
        return (1n << 63n) + BigInt(int(5) - 2) * unit
      case 2:
        return (1n << 32n) + BigInt(int(5) - 2) * unit
      case 3:
        return BigInt(int(32)) * unit + pick([1n, 0x10n, 0x800n, page - 1n])
      case 4:
        return BigInt(int(3))
      default:
        return BigInt(int(32)) * unit
    }
  }

  const size = (base) => {
    switch (int(14)) {
      case 0:
        return MAX - BigInt(int(3))
      case 1:
        return 1n << 63n
      case 2:
        return pick([0n, 1n, 0x10n, 0x40n, page - 1n, page])
      case 3:
        // To the top of the address space, or one past it (base + size wraps to 0).
        return pick([MAX - base, u64(MAX - base + 1n)])
      case 4: {
        // Up to an earlier range's edge (touching it), when that lies above.
        const above = points.filter((p) => p > base)
        return above.length ? pick(above) - base : BigInt(1 + int(8)) * unit
      }
      default:
        return BigInt(1 + int(12)) * unit
    }
  }

  const align = () => {
    const k = int(10)
    if (k === 0) return 0n
    if (k === 1) return 1n << 63n
    if (k === 2) return page
    return 1n << BigInt(pick([0, 6, 12, 12, 14, 16, 21, 21, 30]))
  }

  /** An allocation size: mostly one that fits somewhere, some at the edges. */
  const allocSize = () => {
    const k = int(10)
    if (k < 6) return pick([page, 2n * page, unit / 2n || 1n, unit, 3n * unit, 0x40n])
    if (k < 7) return pick([0n, 1n])
    return size(0n)
  }

  /** An allocation window edge: the sentinels, the 64-bit edge, or an address. */
  const limit = () => {
    switch (int(8)) {
      case 0:
        return 0n // MEMBLOCK_ALLOC_ACCESSIBLE
      case 1:
        return 1n // MEMBLOCK_ALLOC_NOLEAKTRACE (5.10: MEMBLOCK_ALLOC_KASAN)
      case 2:
        return MAX // MEMBLOCK_ALLOC_ANYWHERE
      case 3:
        return MAX - BigInt(int(3))
      default:
        return addr()
    }
  }

  /** A window's lower bound: half the time none. */
  const low = () => (chance(0.5) ? 0n : limit())

  const range = () => {
    const b = addr()
    const s = size(b)
    remember(b, s)
    return `${hex(b)} ${hex(s)}`
  }
  const nid = () => pick([MAX_NUMNODES, MAX_NUMNODES, 0, 0, 1, 2, NUMA_NO_NODE])
  /** The node an allocation asks for (see harness.c): never MAX_NUMNODES, which 5.10 – 7.2 warn about. */
  const node = () => pick(['any', 'any', 'same', 'other', '0', '1', '2'])
  const flags = () => pick([0, 0, 0, 4, 1, 2]) // NOMAP, HOTPLUG, MIRROR
  const grid = () => {
    const b = BigInt(int(24)) * unit
    const s = BigInt(1 + int(12)) * unit
    remember(b, s)
    return `${hex(b)} ${hex(s)}`
  }

  const ops = []
  // Some memory first, mostly plain ranges on the grid. Or as x86's e820__memblock_setup()
  // leaves it: ranges with partial pages at their edges, then memblock_trim_memory(PAGE_SIZE)
  // (only there: a region within a page of 2^64 would round up to 0 and overlap the others,
  // which the next merge BUG()s on).
  const e820 = chance(0.15)
  for (let i = 1 + int(3); i > 0; i--) {
    if (e820) {
      const b = BigInt(int(24)) * unit + pick([0n, 0n, 0x400n, page - 0x400n])
      const s = BigInt(1 + int(12)) * unit - pick([0n, 0x400n, 0xc00n])
      remember(b, s)
      ops.push(`add ${hex(b)} ${hex(s)}`)
    } else ops.push(chance(0.5) ? `add ${grid()}` : `add_node ${grid()} ${nid()} ${flags()}`)
  }
  if (e820) ops.push(`trim_memory ${hex(pick([page, page, 0x1000n, 0x200000n]))}`)
  const steps = 10 + int(21)
  while (ops.length < steps) {
    const k = int(200)
    if (k < 20) ops.push(`add_node ${range()} ${nid()} ${flags()}`)
    else if (k < 34) ops.push(`add ${range()}`)
    else if (k < 58) ops.push(`reserve ${range()}`)
    else if (k < 66) ops.push(`reserve_kern ${range()}`)
    else if (k < 78) ops.push(`remove ${range()}`)
    else if (k < 90) ops.push(`phys_free ${range()}`)
    else if (k < 98) ops.push(`mark_nomap ${range()}`)
    else if (k < 104) ops.push(`clear_nomap ${range()}`)
    else if (k < 111) ops.push(`set_node ${range()} ${chance(0.3) ? 'reserved' : 'memory'} ${nid()}`)
    else if (k < 135) {
      ops.push(`phys_alloc_range ${hex(allocSize())} ${hex(align())} ${hex(low())} ${hex(limit())}`)
    } else if (k < 147) {
      // memblock_alloc_try_nid_raw(), _exact_nid_raw(), memblock_phys_alloc_try_nid() or
      // memblock_alloc_range_nid() itself.
      const op = pick(['alloc_try_nid', 'alloc_try_nid', 'alloc_exact_nid', 'phys_alloc_try_nid', 'alloc_range_nid'])
      if (op === 'phys_alloc_try_nid') ops.push(`${op} ${hex(allocSize())} ${hex(align())} ${node()}`)
      else {
        const exact = op === 'alloc_range_nid' ? ` ${int(2)}` : ''
        ops.push(`${op} ${hex(allocSize())} ${hex(align())} ${hex(low())} ${hex(limit())} ${node()}${exact}`)
      }
    } else if (k < 157) {
      ops.push(`find ${hex(allocSize())} ${hex(align() || 1n)} ${hex(low())} ${hex(limit())}`)
    } else if (k < 164) {
      ops.push(`alloc_pages ${hex(BigInt(1 + int(chance(0.2) ? 300 : 12)))} ${hex(low())} ${hex(limit())} ${pick(['any', 'same', 'any', '0', '1'])}`)
    } else if (k < 170) ops.push(`bottom_up ${int(2)}`)
    else if (k < 176) ops.push(`current_limit ${hex(chance(0.8) ? pick([MAX, addr()]) : limit())}`)
    else if (k < 180) ops.push(`enforce_memory_limit ${hex(chance(0.5) ? size(0n) : BigInt(int(8)) * unit)}`)
    else if (k < 183) ops.push(`mem_limit_remove_map ${hex(chance(0.5) ? size(0n) : BigInt(int(8)) * unit)}`)
    else if (k < 186) ops.push(`cap_memory_range ${hex(addr())} ${hex(chance(0.5) ? size(0n) : BigInt(int(8)) * unit)}`)
    else ops.push(`queries ${range()}`)
  }
  console.log([hex(page), ...ops].join(';'))
}
