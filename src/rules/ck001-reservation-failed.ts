// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK001 reservation-failed: crashkernel= was parsed, but the kernel could not reserve it —
 * no free block below the limit(s), the low part failed (and the kernel freed the main
 * region), or a fixed `@offset` is in use, not memory or misaligned. Quotes the kernel's own
 * line and names the real cause of a fixed-offset failure (6.5+ prints "memory is in use"
 * for all of them).
 */
import { isUnmapped, type SimulationResult } from '../engine/index.js'
import { humanSize } from '../report/memory-map.js'
import { addrText, crashEvidence, expectSeverity, quoteList, rangeText, requiredText, sizeText } from './common.js'
import { fixedTokenText } from './crashkernel-tokens.js'
import { defineRule } from './define-rule.js'
import { crashAlign, kernelAtLeast, MEMBLOCK_NOMAP_FLAG } from './kernel-facts.js'

type MessageId = 'noRoom' | 'noWindow' | 'lowFailed' | 'fixedInUse' | 'fixedNotMemory' | 'fixedOverlaps' | 'fixedMisaligned' | 'fixedUnmapped'

type FailedReason = Extract<SimulationResult['crashkernel'], { kind: 'failed' }>['reason']

const BY_REASON: Record<FailedReason, MessageId> = {
  'no-room': 'noRoom',
  'low-failed': 'lowFailed',
  'fixed-in-use': 'fixedInUse',
  'fixed-not-memory': 'fixedNotMemory',
  'fixed-overlaps': 'fixedOverlaps',
  'fixed-misaligned': 'fixedMisaligned',
}

/**
 * Why [base, base + size) could not be reserved, in words, from the final memblock state,
 * with the failure reason those words amount to (6.5+ reports every fixed-offset failure as
 * `fixed-in-use`, the path the kernel took; this is the cause). The crash kernel's own
 * reservations are no cause: the main region is what failed, and the `,cma` areas (owner
 * `crashkernel cma`) come after it (reserve_crashkernel_cma() runs once the main reservation
 * is done or failed), so one placed in the window did not take it. A region memblock merged
 * counts by every owner it holds.
 */
export function fixedCause(sim: SimulationResult, base: bigint, size: bigint): { reason: FailedReason; words: string } {
  const end = base + size
  // memblock.memory keeps a NOMAP part of a bank as a region of its own: a range across one
  // is inside RAM, in regions that touch, and the NOMAP part is the cause (5.10's
  // memblock_is_region_memory() wants one region; 6.1+'s allocator skips NOMAP memory).
  const regions = sim.memory.filter((m) => m.base < end && base < m.base + m.size)
  let reach = base
  for (const m of regions) if (m.base <= reach && m.base + m.size > reach) reach = m.base + m.size
  if (reach < end) return { reason: 'fixed-not-memory', words: 'it is not inside one RAM bank' }
  const nomap = regions.filter((m) => m.flags & MEMBLOCK_NOMAP_FLAG)
  if (nomap.length === regions.length) return { reason: 'fixed-not-memory', words: 'it lies in firmware (NOMAP) memory' }
  if (nomap.length > 0) return { reason: 'fixed-not-memory', words: `it overlaps firmware (NOMAP) memory ${quoteList(nomap.map(rangeText), ', ')}` }
  const earlier = (owner: string): boolean => owner !== 'crashkernel' && owner !== 'crashkernel cma'
  const owners = sim.reserved
    .filter((r) => r.base < end && base < r.base + r.size)
    .flatMap((r) => (r.owner === undefined ? [`reserved ${rangeText(r)}`] : [r.owner, ...(r.alsoOwners ?? [])].filter(earlier)))
  if (owners.length > 0) return { reason: 'fixed-in-use', words: `it overlaps ${quoteList([...new Set(owners)], ', ')}` }
  const align = crashAlign(sim)
  if (base % align !== 0n) return { reason: 'fixed-misaligned', words: `the base is not ${sizeText(align)}-aligned` }
  return { reason: 'fixed-in-use', words: 'it is not free' }
}

/**
 * The NOMAP memory region a reserved range lies in, if any. Only arm64 5.10 – 5.14 and
 * riscv64 5.13 – 5.14 get there: their fixed-base checks (memblock_is_region_memory(),
 * memblock_is_region_reserved()) take a no-map reserved-memory node, which is in
 * memblock.memory and not in memblock.reserved, for free RAM (drivers/of/fdt.c
 * early_init_dt_reserve_memory_arch() only marks it NOMAP); arm64 and riscv64 5.15+ and
 * x86 search with memblock_phys_alloc_range(), which skips NOMAP. A
 * NOMAP mark isolates its range into regions of its own, and one region must hold the whole
 * range, so the range is inside NOMAP memory entirely or not at all.
 */
function nomapHolding(sim: SimulationResult, base: bigint, size: bigint): SimulationResult['memory'][number] | undefined {
  return sim.memory.find((m) => m.flags & MEMBLOCK_NOMAP_FLAG && m.base <= base && base + size <= m.base + m.size)
}

/**
 * Whether the engine's linear map leaves the main crash region out entirely (its
 * crashHistogram entry maps no byte). 5.10 without DMA zones reserves early, and map_mem()
 * then maps the region itself with pages, NOMAP or not: reserved, mapped and loadable.
 */
function mainRegionUnmapped(sim: SimulationResult): boolean {
  const ck = sim.crashkernel
  if (ck.kind !== 'reserved' || sim.linearMap === undefined) return false
  // The crash regions by address (arm64BootFinish()): main, and low below or above it.
  const h = sim.linearMap.crashHistogram[ck.low && ck.low.base < ck.main.base ? 1 : 0]
  return h !== undefined && isUnmapped(h)
}

/** The low size the failed line names (`size:0x8000000` / `Cannot reserve 256MB`), else the request's. */
function lowSizeText(sim: SimulationResult, line: string): string {
  const hex = /size:(0x[0-9a-f]+)/.exec(line)?.[1]
  if (hex) return sizeText(BigInt(hex))
  const mb = /reserve (\d+)MB/.exec(line)?.[1]
  if (mb) return sizeText(BigInt(mb) << 20n)
  return sim.request.low ? sizeText(sim.request.low) : 'default'
}

export default defineRule<MessageId>({
  id: 'CK001',
  name: 'reservation-failed',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    description: 'crashkernel= is parsed but the kernel cannot reserve it, so kdump has no memory',
    kernel: [
      'kernel/crash_reserve.c reserve_crashkernel_generic, reserve_crashkernel_low (6.7+)',
      'arch/arm64/mm/init.c reserve_crashkernel (5.10–6.6)',
      'arch/x86/kernel/setup.c reserve_crashkernel, reserve_crashkernel_low (≤6.6)',
      'arch/riscv/mm/init.c reserve_crashkernel (≤6.5)',
      'mm/memblock.c memblock_phys_alloc_range',
    ],
    messages: {
      noRoom: 'crashkernel= cannot reserve {{size}}: no free block that large in {{windows}}{{largest}} — the kernel prints "{{line}}"{{required}}',
      noWindow: 'crashkernel= cannot reserve {{size}}: the search window {{windows}} is empty, the low limit {{lowMax}} being as high as the high one, so there is no memory above it to search — the kernel prints "{{line}}"{{required}}',
      lowFailed: 'crashkernel= found {{size}} above the low limit but not the {{low}} low part below {{lowMax}}, so it freed the main region again and reserved nothing — "{{line}}"{{required}}',
      fixedInUse: 'crashkernel={{token}} fails because {{cause}} — "{{line}}"{{required}}',
      fixedNotMemory: 'crashkernel={{token}} fails because {{cause}} — "{{line}}"{{required}}',
      fixedOverlaps: 'crashkernel={{token}} fails because {{cause}} — "{{line}}"{{required}}',
      fixedMisaligned: 'crashkernel={{token}} fails because {{cause}} — "{{line}}"{{required}}',
      fixedUnmapped:
        'crashkernel={{token}} is reserved ("{{line}}"), but in firmware (NOMAP) memory {{nomap}}, which {{mapper}} leaves out of the linear map: kexec -p faults copying the crash kernel in (kimage_load_crash_segment() writes through the linear map), so no crash kernel is ever loaded{{required}}',
    },
    fixes: {
      noRoom: ['highLowPair', 'plainSize', 'smallerSize', 'newerKernel'],
      noWindow: ['plainSize'],
      lowFailed: ['smallerLow', 'smallerSize', 'newerKernel'],
      fixedInUse: ['offsetInReach', 'autoPlacement'],
      fixedNotMemory: ['offsetInReach', 'autoPlacement'],
      fixedOverlaps: ['offsetInReach', 'autoPlacement'],
      fixedMisaligned: ['offsetInReach', 'autoPlacement'],
      fixedUnmapped: ['offsetInReach', 'autoPlacement'],
    },
  },
  check({ layout, sim, report }) {
    const ck = sim.crashkernel
    if (ck.kind === 'reserved') {
      const nomap = ck.fixed && mainRegionUnmapped(sim) ? nomapHolding(sim, ck.main.base, ck.main.size) : undefined
      if (!nomap) return
      const evidence = crashEvidence(sim)
      report({
        messageId: 'fixedUnmapped',
        data: {
          token: fixedTokenText(layout.layout.cmdline, ck.main.size, ck.main.base),
          // arm64's "crashkernel reserved: …", riscv64's "crashkernel: reserved …".
          line: evidence.find((e) => e.text.startsWith('crashkernel reserved') || e.text.startsWith('crashkernel: reserved'))?.text ?? '(no message)',
          nomap: rangeText(nomap),
          // What maps memblock.memory but its NOMAP regions (for_each_mem_range()).
          mapper: sim.arch === 'riscv64' ? 'setup_vm_final()' : 'map_mem()',
          required: requiredText(layout, 'reservationRequired'),
        },
        at: layout.pointers.cmdline,
        evidence,
        severity: expectSeverity(layout, 'reservationRequired', 'warning'),
        fix: { near: ck.main.base },
      })
      return
    }
    if (ck.kind !== 'failed') return
    const evidence = crashEvidence(sim)
    // The last failure line of the reservation itself: x86 7.x reserves crashkernel=…,cma
    // after it (reserve_crashkernel_cma()), and that line is about the CMA part.
    const line = [...evidence].reverse().find((e) => !e.text.startsWith('crashkernel CMA ') && (e.level !== 'info' || /failed/.test(e.text)))?.text ?? '(no message)'
    // A ,high search over [LOW, HIGH) with LOW = HIGH (arm64 without DMA zones: LOW is
    // PHYS_MASK + 1) finds nothing whatever memory there is: say so, not "no block that large".
    const empty = ck.reason === 'no-room' && ck.searched.length > 0 && ck.searched.every((w) => w.size === 0n)
    const messageId = empty ? 'noWindow' : BY_REASON[ck.reason]
    const fixedBase = messageId.startsWith('fixed') ? (sim.request.base ?? ck.searched[0]?.base ?? 0n) : undefined
    report({
      messageId,
      data: {
        size: sizeText(ck.size),
        windows: ck.searched.map(rangeText).join(' then ') || 'the search window',
        // How far off the request was, with the free memory as the failed search saw it
        // (early allocations after it, memmap and page tables, fill the final map further).
        // Written as explain and suggest write it: `~` when rounded, so a block 176 KiB short
        // of 2 GiB does not read "cannot reserve 2 GiB … the largest free block there was 2 GiB".
        largest: messageId === 'noRoom' && ck.largestFree ? ` (the largest free block there was ${humanSize(ck.largestFree.size)}, ${rangeText(ck.largestFree)})` : messageId === 'noRoom' ? ' (there was no free memory there)' : '',
        line,
        // Only a low-part failure names a low size; elsewhere `size:` in the line is the main one.
        low: messageId === 'lowFailed' ? lowSizeText(sim, line) : '',
        lowMax: addrText(sim.lowMax),
        token: fixedBase !== undefined ? fixedTokenText(layout.layout.cmdline, ck.size, fixedBase) : '',
        cause: fixedBase !== undefined ? fixedCause(sim, fixedBase, ck.size).words : '',
        required: requiredText(layout, 'reservationRequired'),
      },
      at: layout.pointers.cmdline,
      evidence,
      severity: expectSeverity(layout, 'reservationRequired', 'warning'),
      fix: {
        ...(fixedBase !== undefined && { near: fixedBase }),
        ...(messageId === 'noRoom' && kernelAtLeast(sim, 6, 2) === false && sim.arch === 'arm64' && { kernelNote: 'arm64 falls back above the DMA zone from 6.2, a9ae89df7377' }),
      },
    })
  },
})
