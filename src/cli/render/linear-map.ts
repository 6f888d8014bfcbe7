// SPDX-License-Identifier: GPL-2.0-only
/**
 * The linear map (arm64/riscv64 map_mem(), x86 direct map) as a histogram: bytes mapped at
 * each granule, as booted and as it would be with block mappings allowed, plus the memory
 * the last-level page tables take.
 */
import type { GranuleHistogram, SimulationResult } from '../../engine/index.js'
import { groupDigits } from '../../group-digits.js'
import { humanSize } from '../../report/memory-map.js'
import { forcedByWords, satpModeWords } from '../../report/outcome-words.js'
import type { Palette } from './color.js'
import { renderTable } from './table.js'
import { wrapLine } from './wrap.js'

const BAR = 24
const UNIT: Record<string, number> = { K: 10, M: 20, G: 30, T: 40 }

/** Granules in size order, a contiguous-hint variant right after its base size. */
function granuleKey(g: string): number {
  const m = /^(\d+)([KMGT])(-cont)?$/.exec(g)
  if (!m) return Number.MAX_SAFE_INTEGER
  return Number(m[1]) * 2 ** (UNIT[m[2]!] ?? 0) * 2 + (m[3] ? 1 : 0)
}

function bar(bytes: bigint, total: bigint, c: Palette): string {
  if (total === 0n) return ''
  const n = Number((bytes * BigInt(BAR) + total / 2n) / total)
  return c.cyan('█'.repeat(n)) + c.dim('·'.repeat(BAR - n))
}

function percent(bytes: bigint, total: bigint): string {
  if (total === 0n) return '—'
  const tenths = Number((bytes * 1000n + total / 2n) / total)
  return `${(tenths / 10).toFixed(1)} %`
}

/**
 * Renders the histogram section of one layout.
 *
 * @returns lines ending in `\n`; a one-line note when the engine has no linear-map facts
 */
export function renderLinearMap(sim: SimulationResult, c: Palette): string {
  const lm = sim.linearMap
  const hasHistogram = lm !== undefined && Object.keys(lm.histogram).length > 0
  if (!hasHistogram && sim.directMapKb) {
    const hist: GranuleHistogram = {}
    for (const [k, kb] of Object.entries(sim.directMapKb)) hist[k.replace(/^DirectMap/, '').toUpperCase()] = BigInt(kb) * 1024n
    const total = Object.values(hist).reduce((a, b) => a + b, 0n)
    const rows = Object.keys(hist)
      .sort((a, b) => granuleKey(a) - granuleKey(b))
      .map((g) => [g, humanSize(hist[g]!), percent(hist[g]!, total), bar(hist[g]!, total, c)])
    const splits = sim.directMapRuntimeSplits2M ? `  Up to ${sim.directMapRuntimeSplits2M} more 2M page(s) may be split after boot.\n` : ''
    // A boot that panics (CK012) never reaches /proc/meminfo: the figures are what it would show.
    const shows = sim.panic ? `would show it had the boot come up (DirectMap*; it panics in ${sim.panic.fn}() first)` : 'would show it (DirectMap*)'
    return `  x86 direct map as /proc/meminfo ${shows}:\n${renderTable(['page', 'mapped', 'share', ''], rows, { indent: '  ', right: [1, 2] })}${splits}`
  }
  if (!lm || !hasHistogram) return '  (no linear-map facts for this layout)\n'
  const granules = [...new Set([...Object.keys(lm.histogram), ...Object.keys(lm.blockHistogram)])].sort((a, b) => granuleKey(a) - granuleKey(b))
  const total = Object.values(lm.histogram).reduce((a, b) => a + b, 0n)
  const blockTotal = Object.values(lm.blockHistogram).reduce((a, b) => a + b, 0n)
  const rows = granules.map((g) => {
    const booted = lm.histogram[g] ?? 0n
    const blocks = lm.blockHistogram[g] ?? 0n
    return [g, booted === 0n ? '—' : humanSize(booted), percent(booted, total), bar(booted, total, c), blocks === 0n ? '—' : humanSize(blocks), percent(blocks, blockTotal)]
  })
  const out = [renderTable(['granule', 'as booted', 'share', '', 'with blocks', 'share'], rows, { indent: '  ', right: [1, 2, 4, 5] })]
  const forced = lm.forcedBasePagesBy.length > 0 ? `base pages forced by ${forcedByWords(lm.forcedBasePagesBy)}${lm.forcedByCrashkernel ? ' (crashkernel= alone would force them)' : ''}` : 'block mappings allowed'
  const times = lm.blockPageTableBytes > 0n ? Number((lm.pageTableBytes * 10n) / lm.blockPageTableBytes) / 10 : 0
  const ratio = times > 1 ? ` (${times >= 100 ? groupDigits(Math.round(times)) : times}×)` : ''
  // Prose: wrapped at 80 columns, as explain's other prose.
  out.push(`${wrapLine(`  page tables: ${c.bold(humanSize(lm.pageTableBytes))} as booted, ${humanSize(lm.blockPageTableBytes)} with blocks${ratio}; ${forced}`)}\n`)
  lm.crashHistogram.forEach((h, i) => {
    const parts = Object.keys(h)
      .sort((a, b) => granuleKey(a) - granuleKey(b))
      .map((g) => `${humanSize(h[g]!)} at ${g}`)
    if (parts.length > 0) out.push(`${wrapLine(`  crash region ${i + 1}: ${parts.join(', ')}`)}\n`)
  })
  if (lm.kfenceRuntimeUnmappablePages) out.push(`${wrapLine(`  KFENCE may unmap up to ${lm.kfenceRuntimeUnmappablePages} base pages at run time`)}\n`)
  const paging = satpModeWords(sim)
  if (paging) out.push(`${wrapLine(`  paging mode: ${paging}`)}\n`)
  return out.join('')
}
