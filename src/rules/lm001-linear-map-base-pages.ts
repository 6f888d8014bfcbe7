// SPDX-License-Identifier: GPL-2.0-only
/**
 * LM001 linear-map-base-pages: on arm64 5.10.47–6.3 with ZONE_DMA/DMA32, any `crashkernel`
 * on the command line sets crash_mem_map and map_mem() maps the *whole* linear map with base
 * pages (NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS), so that the crash region can be unmapped
 * later — the 2022 LKML thread's problem, resolved in 6.4. The finding gives the cost from
 * the engine's two maps (as booted, and the same map with blocks): last-level page-table
 * memory and the number of translations (TLB entries) needed to cover the map.
 *
 * When rodata=full, KFENCE or debug_pagealloc force base pages anyway, crashkernel= adds
 * nothing; that is a note, reported only to boards that set `expect.noBasePageLinearMap`.
 */
import type { GranuleHistogram, PhysSize } from '../engine/index.js'
import { crashEvidence, expectSeverity, requiredText, sizeText } from './common.js'
import { humanSize } from '../report/memory-map.js'
import { forcedByWords } from '../report/outcome-words.js'
import { groupDigits } from '../group-digits.js'
import { defineRule } from './define-rule.js'

const UNIT: Record<string, bigint> = { K: 1n << 10n, M: 1n << 20n, G: 1n << 30n }
/** CONFIG_ARM64_CONT_PTE_SHIFT / CONT_PMD_SHIFT entries per page size (pgtable-hwdef.h). */
const CONT: Record<string, { pte: bigint; pmd: bigint }> = {
  '4096': { pte: 16n, pmd: 16n },
  '16384': { pte: 128n, pmd: 32n },
  '65536': { pte: 32n, pmd: 32n },
}

/** Bytes one translation of a histogram key covers (`2M-cont` = 16 × 2 MiB with 4K pages). */
export function granuleReach(key: string, pageSize: PhysSize): bigint {
  const m = /^(\d+)([KMG])(-cont)?$/.exec(key)
  if (!m) return pageSize
  const size = BigInt(m[1]!) * UNIT[m[2]!]!
  if (!m[3]) return size
  const cont = CONT[String(pageSize)] ?? { pte: 16n, pmd: 16n }
  return size * (size === pageSize ? cont.pte : cont.pmd)
}

/** Translations needed to map a histogram (one TLB entry each). */
export function translations(h: GranuleHistogram, pageSize: PhysSize): bigint {
  let n = 0n
  for (const [key, bytes] of Object.entries(h)) {
    const reach = granuleReach(key, pageSize)
    n += (bytes + reach - 1n) / reach
  }
  return n
}

/** The largest mapping in a histogram (`1G`), or the page size. */
function largest(h: GranuleHistogram, pageSize: PhysSize): bigint {
  let best = pageSize
  for (const [key, bytes] of Object.entries(h)) if (bytes > 0n && granuleReach(key, pageSize) > best) best = granuleReach(key, pageSize)
  return best
}

export default defineRule<'forcedByCrashkernel' | 'alsoForced'>({
  id: 'LM001',
  name: 'linear-map-base-pages',
  meta: {
    type: 'risk',
    defaultSeverity: 'warning',
    description: 'crashkernel= forces the whole arm64 linear map to base pages',
    kernel: [
      'arch/arm64/mm/mmu.c map_mem, enable_crash_mem_map (5.10.47–6.3)',
      'arch/arm64/include/asm/memory.h defer_reserve_crashkernel (6.0–6.3)',
      'arch/arm64/mm/pageattr.c can_set_direct_map',
      '04a2a7af3d97 "arm64: kdump: do not map crashkernel region specifically" (6.4)',
    ],
    messages: {
      forcedByCrashkernel:
        'crashkernel= makes map_mem() map all {{mapped}} of the linear map with {{page}} pages: {{pageTables}} of page tables instead of {{blockPageTables}}, and {{entries}} translations instead of {{blockEntries}} (each TLB entry covers {{page}} instead of up to {{largestBlock}}){{required}}',
      alsoForced:
        'crashkernel= would force base pages too (crash_mem_map), but they are forced anyway by {{others}}: crashkernel= costs nothing more here, and dropping {{others}} alone would not bring block mappings back',
    },
    fixes: { forcedByCrashkernel: ['newerKernel'] },
  },
  check({ layout, sim, report }) {
    const lm = sim.linearMap
    if (!lm || sim.arch !== 'arm64') return
    const pageSize = layout.layout.pageSize
    if (lm.forcedByCrashkernel) {
      const mapped = Object.values(lm.histogram).reduce((a, b) => a + b, 0n)
      report({
        messageId: 'forcedByCrashkernel',
        data: {
          mapped: humanSize(mapped),
          page: sizeText(pageSize),
          pageTables: humanSize(lm.pageTableBytes),
          blockPageTables: humanSize(lm.blockPageTableBytes),
          entries: groupDigits(translations(lm.histogram, pageSize)),
          blockEntries: groupDigits(translations(lm.blockHistogram, pageSize)),
          largestBlock: sizeText(largest(lm.blockHistogram, pageSize)),
          required: requiredText(layout, 'noBasePageLinearMap'),
        },
        at: layout.pointers.cmdline,
        evidence: crashEvidence(sim),
        severity: expectSeverity(layout, 'noBasePageLinearMap', 'warning'),
        fix: {
          kernelNote: 'fixed upstream in 6.4 by 04a2a7af3d97',
          // A newer kernel drops crash_mem_map, but rodata=full or KFENCE without an early pool
          // (Debian's 6.12 and 7.2) may keep every page of the map at base pages all the same.
          kernelStill: (after) => {
            const by = after.linearMap?.forcedBasePagesBy.filter((f) => f !== 'crash_mem_map') ?? []
            return by.length > 0 ? `the linear map is still at base pages, forced by ${forcedByWords(by, ' and ')}` : undefined
          },
        },
      })
      return
    }
    const others = lm.forcedBasePagesBy.filter((f) => f !== 'crash_mem_map')
    if (layout.expect.noBasePageLinearMap && lm.forcedBasePagesBy.includes('crash_mem_map') && others.length > 0) {
      report({
        messageId: 'alsoForced',
        data: { others: forcedByWords(others, ' and ') },
        at: layout.pointers.cmdline,
        evidence: crashEvidence(sim),
        severity: 'note',
      })
    }
  },
})
