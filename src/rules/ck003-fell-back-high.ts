// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK003 fell-back-high: a plain crashkernel=X did not fit below CRASH_ADDR_LOW_MAX and the
 * kernel's fallback placed it above (arm64 6.2+, x86 and riscv 6.1+, generic 6.7+). The
 * kdump kernel then depends on a separate low part for every device limited to low DMA
 * (DMA32-only devices, RPi4's 30-bit peripherals) — the finding says whether one was
 * reserved and which devices rely on it. A board with `expect.noFallbackAbove4G` makes it an
 * error.
 */
import { addrText, crashAndZoneEvidence, expectSeverity, quoteList, rangeText, requiredText, sizeText } from './common.js'
import { defineRule } from './define-rule.js'
import type { CrashkernelOutcome, SimulationResult } from '../engine/index.js'

const SZ_4G = 1n << 32n

/**
 * The outcome CK003 is about, or undefined: a plain crashkernel=X that did not fit below
 * CRASH_ADDR_LOW_MAX and was placed above it (not a `,high` the kernel placed below it when
 * nothing was free above). The reports ask it too (mute.ts outcomeRule()), so that the HTML
 * grid's "fell back" and the 🔕 of a suppressed CK003 mean what this rule reports.
 */
export function fellBackAbove(sim: SimulationResult): Extract<CrashkernelOutcome, { kind: 'reserved' }> | undefined {
  const ck = sim.crashkernel
  return ck.kind === 'reserved' && ck.fellBack && !ck.high && ck.main.base + ck.main.size > sim.lowMax ? ck : undefined
}

export default defineRule<'fellBack'>({
  id: 'CK003',
  name: 'fell-back-high',
  meta: {
    type: 'risk',
    defaultSeverity: 'warning',
    description: 'crashkernel=X did not fit below the low limit and was placed above it by the fallback',
    kernel: [
      'kernel/crash_reserve.c reserve_crashkernel_generic (6.7+: [0, LOW) then [LOW, HIGH))',
      'arch/arm64/mm/init.c reserve_crashkernel (6.2 a9ae89df7377: fall back above the DMA zones)',
      'arch/x86/kernel/setup.c reserve_crashkernel (≤6.6: [16M, 4G) then [16M, 64T))',
      'arch/riscv/mm/init.c reserve_crashkernel (6.1: below 4G, then anywhere)',
    ],
    messages: {
      fellBack:
        'crashkernel= asked for {{size}}, which did not fit below CRASH_ADDR_LOW_MAX {{lowMax}}; the kernel fell back to {{region}}{{above4g}} {{lowPart}}{{devices}}{{required}}',
    },
    fixes: { fellBack: ['smallerSize', 'explicitHigh'] },
  },
  check({ layout, sim, report }) {
    const ck = fellBackAbove(sim)
    if (!ck) return
    const end = ck.main.base + ck.main.size - 1n
    const quoted = (ds: typeof layout.layout.devices) => quoteList(ds.map((d) => d.name), ', ', (n) => `"${n}"`)
    // A device whose reach ends below the main region has the low part alone; one whose
    // reach ends inside it has that part of it as well.
    const below = layout.layout.devices.filter((d) => d.dmaLimit < ck.main.base)
    const partly = layout.layout.devices.filter((d) => d.dmaLimit >= ck.main.base && d.dmaLimit < end)
    const devices =
      (below.length === 0 ? '' : ck.low ? `; ${quoted(below)} can only use the low part for DMA` : `; ${quoted(below)} cannot reach the crash region`) +
      partly.map((d) => `; "${d.name}" reaches the main region only up to ${addrText(d.dmaLimit)}`).join('')
    report({
      messageId: 'fellBack',
      data: {
        size: sizeText(ck.main.size),
        lowMax: addrText(sim.lowMax),
        region: rangeText(ck.main),
        above4g: ck.main.base >= SZ_4G ? ' (above 4 GiB)' : '',
        lowPart: ck.low ? `and reserved a ${sizeText(ck.low.size)} low part at ${rangeText(ck.low)}` : 'and reserved no low part',
        devices,
        required: requiredText(layout, 'noFallbackAbove4G'),
      },
      at: layout.pointers.cmdline,
      evidence: crashAndZoneEvidence(sim),
      severity: expectSeverity(layout, 'noFallbackAbove4G', 'warning'),
    })
  },
})
