// SPDX-License-Identifier: GPL-2.0-only
/**
 * The engine's memblock against the kernel's own mm/memblock.c, compiled:
 * test/fixtures/kernel-memblock.json.gz holds what scripts/kernel-memblock/harness.c printed
 * after every operation of a few hundred operation sequences, built from eighteen trees from
 * 5.10.223 to 7.2.13 (KERNELS below; scripts/kernel-memblock-fixture.sh; CI needs neither gcc
 * nor the sources).
 * Each sequence is replayed here on the engine of the same generation (memblockCreate() with
 * the arm64 policy's memblockRsrvKern and memblock generation for that release) and the return
 * value, memory total, and the memory and reserved arrays (base, size, flags, nid) must match
 * after every step.
 *
 * The operations are those of test/fuzz/memblock-diff.ts, plus memblock_trim_memory() (x86's
 * e820__memblock_setup(), after the first adds only: at the top of the address space its
 * round_up() wraps to 0 and the next merge BUG()s), memblock_alloc_exact_nid_raw() and
 * memblock_alloc_range_nid() itself, and searches for a numbered node (0, 1, 2) whatever
 * nodes the memory is on (memblock-diff.ts asks for a node only while all memory is on one;
 * harness.c resolves its "same"/"other" on the kernel's arrays and the fixture names the node
 * it used). Left out as there (see its header): arrays near INIT_MEMBLOCK_REGIONS, mirrored
 * memory and movable_node (MIRROR and HOTPLUG appear only as region flags), MAX_NUMNODES as
 * the node asked for, and memblock_end_of_DRAM() of an empty array. Up to 6.2,
 * memblock_cap_memory_range() (and memblock_mem_limit_remove_map()) leave a split NOMAP
 * region for the next merge of the whole array to rejoin, and up to 5.14 they truncate the
 * reservations even with no memory: the engine's MemblockGeneration, which this fixture pins.
 * Every result is compared (the operations the engine has as void must return 0), except:
 *   - the count placed by a batch of single-page allocations (the engine's
 *     memblockAllocPages() returns nothing: its reservations are compared);
 *   - the empty ranges [x, x) for_each_free_mem_range() yields between touching reserved
 *     regions (freeMemRanges() lists non-empty ranges only, as memblock-diff.ts compares).
 */
import { describe, expect, it } from 'vitest'
import { expectAgreement, readKernelFixture } from './kernel-fixture.js'
import * as E from '../../src/engine/memblock/memblock.js'
import { policyFor } from '../../src/engine/policies/index.js'
import type { KernelPolicy } from '../../src/engine/policies/types.js'
import { memblockTrimMemory } from '../../src/engine/x86/e820.js'
import { NUMA_NO_NODE, RefMemblock, type Gen } from './reference-memblock.js'

interface Fixture {
  versions: Array<{ gen: string; kernel: string; tools: string }>
  cases: Array<{ page: string; ops: string[]; out: Record<string, string[] | string> }>
}

const fixture = readKernelFixture<Fixture>('kernel-memblock.json.gz')
/**
 * The trees: Debian's linux-source 5.10.223, 6.1.192, 6.12.117, 7.2.13 and the upstream
 * releases whose tarballs Ubuntu ships (5.11, 5.13, 5.14, 5.15, 5.17, 5.19, 6.0, 6.2, 6.5, 6.8,
 * 6.11, 6.14, 6.17, 7.0; those before 5.19 have no tools/ and build with 6.1.192's
 * tools/testing/memblock; see scripts/kernel-memblock-fixture.sh).
 */
const KERNELS = ['5.10.223', '5.11.0', '5.13.0', '5.14.0', '5.15.0', '5.17.0', '5.19.0', '6.0.0', '6.1.192', '6.2.0', '6.5.0', '6.8.0', '6.11.0', '6.12.117', '6.14.0', '6.17.0', '7.0.0', '7.2.13']
const REF_GENS: readonly string[] = ['5.10', '6.1', '6.12', '7.2'] satisfies readonly Gen[]

const hex = (v: bigint): string => v.toString(16)
/** A generation's VERSION * 100 + PATCHLEVEL, as harness.c's KV ('5.17' is 517). */
const kvnum = (gen: string): number => Number(gen.split('.')[0]) * 100 + Number(gen.split('.')[1])
/** A hex word of an operation (the node and type words are read where they are used). */
const num = (w: string | undefined): bigint => (w !== undefined && /^[0-9a-f]+$/.test(w) ? BigInt(`0x${w}`) : 0n)

/** A region array as harness.c prints it: BASE,SIZE,FLAGS,NID separated by spaces. */
const show = (rs: readonly E.MemblockRegion[]): string => rs.map((r) => `${hex(r.base)},${hex(r.size)},${r.flags.toString(16)},${r.nid}`).join(' ')

/** The kernel's steps of a case: references to another version followed, "=" fields filled in. */
function kernelSteps(c: Fixture['cases'][number], gen: string): string[][] {
  let out = c.out[gen]!
  while (typeof out === 'string') out = c.out[out]!
  const steps: string[][] = []
  let prev: string[] = []
  for (const line of out) {
    const f = line.split(';').map((v, i) => (i > 0 && v === '=' ? prev[i]! : v))
    steps.push(f)
    prev = f
  }
  return steps
}

/**
 * Runs operation `op` on `mb` and returns its result as harness.c prints it; `kernelResult`
 * supplies the node harness.c resolved, and stands in where the engine has no answer.
 */
function step(mb: E.Memblock, gen: string, op: string, kernelResult: string, pageSize: bigint): string {
  const w = op.split(' ')
  const [a, b, c, d] = [num(w[1]), num(w[2]), num(w[3]), num(w[4])]
  const nid = /^n=(-?\d+) /.exec(kernelResult)?.[1]
  switch (w[0]) {
    case 'add_node':
      // memblock_add_node() takes flags from 5.17 (harness.c leaves them out before).
      E.memblockAddNode(mb, a, b, Number(w[3]), kvnum(gen) < 517 ? 0 : Number(w[4]))
      return '0'
    case 'add':
      E.memblockAdd(mb, a, b)
      return '0'
    case 'reserve':
      E.memblockReserve(mb, a, b)
      return '0'
    case 'reserve_kern':
      E.memblockReserveKern(mb, a, b)
      return '0'
    case 'remove':
      E.memblockRemove(mb, a, b)
      return '0'
    case 'phys_free':
      E.memblockPhysFree(mb, a, b)
      return '0'
    case 'mark_nomap':
      E.memblockMarkNomap(mb, a, b)
      return '0'
    case 'clear_nomap':
      E.memblockClearNomap(mb, a, b)
      return '0'
    case 'set_node':
      E.memblockSetNode(w[3] === 'reserved' ? mb.reserved : mb.memory, a, b, Number(w[4]))
      return '0'
    case 'phys_alloc_range':
      return hex(E.memblockPhysAllocRange(mb, a, b, c, d))
    case 'alloc_try_nid':
      return `n=${nid} ${hex(E.memblockAllocTryNid(mb, a, b, c, d, undefined, Number(nid)))}`
    case 'alloc_exact_nid':
      return `n=${nid} ${hex(E.memblockAllocTryNid(mb, a, b, c, d, undefined, Number(nid), true))}`
    case 'alloc_range_nid':
      return `n=${nid} ${hex(E.memblockAllocRangeNid(mb, a, b, c, d, undefined, Number(nid), w[6] === '1'))}`
    case 'phys_alloc_try_nid':
      // memblock_phys_alloc_try_nid(): memblock_alloc_range_nid() from 0 to MEMBLOCK_ALLOC_ACCESSIBLE.
      return `n=${nid} ${hex(E.memblockAllocRangeNid(mb, a, b, 0n, E.MEMBLOCK_ALLOC_ACCESSIBLE, undefined, Number(nid)))}`
    case 'trim_memory':
      memblockTrimMemory(mb, a)
      return '0'
    case 'find':
      return hex(E.memblockFindInRangeNode(mb, a, b, c, d))
    case 'alloc_pages':
      E.memblockAllocPages(mb, Number(a), pageSize, b, c, undefined, Number(nid))
      return kernelResult
    case 'bottom_up':
      mb.bottomUp = a !== 0n
      return '0'
    case 'current_limit':
      mb.currentLimit = a
      return '0'
    case 'enforce_memory_limit':
      E.memblockEnforceMemoryLimit(mb, a)
      return '0'
    case 'mem_limit_remove_map':
      E.memblockMemLimitRemoveMap(mb, a)
      return '0'
    case 'cap_memory_range':
      E.memblockCapMemoryRange(mb, a, b)
      return '0'
    case 'queries': {
      const free = E.freeMemRanges(mb).map(([lo, hi]) => `${hex(lo)}-${hex(hi)}`)
      const end = mb.memory.regions.length ? hex(E.memblockEndOfDram(mb)) : '-'
      return `${+E.memblockIsRegionMemory(mb, a, b)} ${+E.memblockIsRegionReserved(mb, a, b)} ${hex(E.memblockStartOfDram(mb))} ${end} ${free.join(',')}`
    }
    default:
      throw new Error(`unknown operation ${op}`)
  }
}

/** The kernel's result as the engine is compared with it (see the header for what is dropped). */
function kernelAnswer(op: string, result: string): string {
  if (!op.startsWith('queries ')) return result
  const w = result.split(' ')
  const free = (w[4] ?? '')
    .split(',')
    .filter((r) => r !== '' && r.split('-')[0] !== r.split('-')[1])
    .join(',')
  return `${w.slice(0, 4).join(' ')} ${free}`
}

/** Replays one case; returns the first disagreement, with the case's steps up to it, or undefined. */
function replay(gen: string, policy: KernelPolicy, index: number): string | undefined {
  const c = fixture.cases[index]!
  const pageSize = num(c.page)
  const mb = E.memblockCreate(pageSize, policy.arm64!.memblockRsrvKern, policy.memblock)
  const steps = kernelSteps(c, gen)
  const log: string[] = []
  for (let s = 0; s < c.ops.length; s++) {
    const op = c.ops[s]!
    const [result, total, memory, reserved] = steps[s]!
    const want = [kernelAnswer(op, result!), total, memory, reserved].join('\n    ')
    // An operation left out for this version (harness.c's "skip"): nothing runs on either side.
    const answer = result === 'skip' ? 'skip' : step(mb, gen, op, result!, pageSize)
    const got = [answer, hex(E.memblockPhysMemSize(mb)), show(mb.memory.regions), show(mb.reserved.regions)].join('\n    ')
    log.push(`  ${s}: ${op}`)
    if (got !== want) {
      return `${gen} case ${index} (page 0x${c.page}) step ${s}: ${op}\n${log.join('\n')}\n  kernel (result, memory total, memory, reserved):\n    ${want}\n  engine:\n    ${got}`
    }
  }
  return undefined
}

describe('memblock: engine against the kernel\'s own mm/memblock.c (test/fixtures/kernel-memblock.json.gz)', () => {
  it('holds the eighteen generations and the cases it was made with, every operation often, allocations that succeed and fail', () => {
    expect(fixture.versions.map((v) => v.kernel)).toEqual(KERNELS)
    expect(fixture.cases.length).toBe(400)
    const byOp = new Map<string, number>()
    let allocs = 0
    let found = 0
    for (const c of fixture.cases) {
      const steps = kernelSteps(c, '6.12')
      c.ops.forEach((op, s) => {
        const name = op.split(' ')[0]!
        byOp.set(name, (byOp.get(name) ?? 0) + 1)
        if (/alloc|^find/.test(name) && name !== 'alloc_pages') {
          allocs++
          if (steps[s]![0]!.replace(/^n=\S+ /, '') !== '0') found++
        }
      })
    }
    expect(byOp.size).toBe(23)
    for (const [op, n] of byOp) expect(n, op).toBeGreaterThanOrEqual(40)
    expect(found).toBeGreaterThan(allocs / 5)
    expect(allocs - found).toBeGreaterThan(allocs / 5)
  })
  for (const { gen, kernel } of fixture.versions) {
    it(`agrees after every step of every case (${kernel})`, () => {
      const policy = policyFor('arm64', kernel)!
      expectAgreement(fixture.cases.keys(), (i) => replay(gen, policy, i))
    })
  }
})

/**
 * The same cases on test/fuzz/reference-memblock.ts, the differential fuzzer's model, so that
 * the model memblock-diff.ts trusts is held to the kernel too. The model has no
 * memblock_trim_memory(): cases with one are left out. It answers everything literally, so
 * nothing else is: the empty free ranges and the count alloc_pages placed are compared.
 */
function replayReference(gen: Gen, index: number): string | undefined {
  const c = fixture.cases[index]!
  const page = num(c.page)
  const ref = new RefMemblock({ gen, maxNumnodes: E.MAX_NUMNODES, pageSize: page })
  const steps = kernelSteps(c, gen)
  const view = (t: typeof ref.memory): string => show(ref.view(t))
  for (let s = 0; s < c.ops.length; s++) {
    const op = c.ops[s]!
    const w = op.split(' ')
    const [a, b, cc, d] = [num(w[1]), num(w[2]), num(w[3]), num(w[4])]
    const want = steps[s]!
    const nid = Number(/^n=(-?\d+) /.exec(want[0]!)?.[1])
    let r = '0'
    if (want[0] === 'skip') r = 'skip'
    else if (w[0] === 'add_node') ref.addNode(a, b, Number(w[3]), gen === '5.10' ? 0 : Number(w[4]))
    else if (w[0] === 'add') ref.add(a, b)
    else if (w[0] === 'reserve') ref.reserve(a, b)
    // memblock_reserve_kern() from 6.16 (__memblock_reserve(NUMA_NO_NODE, MEMBLOCK_RSRV_KERN)); memblock_reserve() before.
    else if (w[0] === 'reserve_kern') gen === '7.2' ? ref.addRange(ref.reserved, a, b, NUMA_NO_NODE, E.MEMBLOCK_RSRV_KERN) : ref.reserve(a, b)
    else if (w[0] === 'remove') ref.remove(a, b)
    else if (w[0] === 'phys_free') ref.physFree(a, b)
    else if (w[0] === 'mark_nomap') ref.markNomap(a, b)
    else if (w[0] === 'clear_nomap') ref.clearNomap(a, b)
    else if (w[0] === 'set_node') ref.setNode(a, b, w[3] === 'reserved' ? ref.reserved : ref.memory, Number(w[4]))
    else if (w[0] === 'phys_alloc_range') r = hex(ref.physAllocRange(a, b, cc, d))
    else if (w[0] === 'alloc_try_nid') r = `n=${nid} ${hex(ref.allocTryNid(a, b, cc, d, nid) ?? 0n)}`
    else if (w[0] === 'alloc_exact_nid') r = `n=${nid} ${hex(ref.allocInternal(a, b, cc, d, nid, true) ?? 0n)}`
    else if (w[0] === 'alloc_range_nid') r = `n=${nid} ${hex(ref.allocRangeNid(a, b, cc, d, nid, w[6] === '1'))}`
    else if (w[0] === 'phys_alloc_try_nid') r = `n=${nid} ${hex(ref.physAllocTryNid(a, b, nid))}`
    else if (w[0] === 'find') r = hex(ref.findInRangeNode(a, b, cc, d, NUMA_NO_NODE, 0))
    else if (w[0] === 'alloc_pages') {
      let k = 0n
      while (k < a && ref.allocRangeNid(page, page, b, cc, nid, false)) k++
      r = `n=${nid} ${hex(k)}`
    } else if (w[0] === 'bottom_up') ref.setBottomUp(a !== 0n)
    else if (w[0] === 'current_limit') ref.setCurrentLimit(a)
    else if (w[0] === 'enforce_memory_limit') ref.enforceMemoryLimit(a)
    else if (w[0] === 'mem_limit_remove_map') ref.memLimitRemoveMap(a)
    else if (w[0] === 'cap_memory_range') ref.capMemoryRange(a, b)
    else if (w[0] === 'queries') {
      const free = [...ref.freeRanges(NUMA_NO_NODE, 0, ref.memory, ref.reserved)].map(([lo, hi]) => `${hex(lo)}-${hex(hi)}`)
      const end = ref.view(ref.memory).length ? hex(ref.endOfDRAM()!) : '-'
      r = `${+ref.isRegionMemory(a, b)} ${+ref.isRegionReserved(a, b)} ${hex(ref.startOfDRAM())} ${end} ${free.join(',')}`
    } else throw new Error(`unknown operation ${op}`)
    const got = [r, hex(ref.physMemSize()), view(ref.memory), view(ref.reserved)]
    if (got.join(';') !== want.join(';')) return `${gen} case ${index} step ${s}: ${op}\n  kernel ${want.join(';')}\n  model  ${got.join(';')}`
  }
  return undefined
}

describe('memblock: reference-memblock.ts (memblock-diff\'s model) against the same cases', () => {
  // The model has the generations it was written for (reference-memblock.ts Gen).
  for (const { gen, kernel } of fixture.versions.filter((v) => REF_GENS.includes(v.gen))) {
    it(`agrees after every step of every case without memblock_trim_memory() (${kernel})`, () => {
      const untrimmed = [...fixture.cases.keys()].filter((i) => !fixture.cases[i]!.ops.some((op) => op.startsWith('trim_memory ')))
      expect(expectAgreement(untrimmed, (i) => replayReference(gen as Gen, i))).toBeGreaterThan(300)
    })
  }
})
