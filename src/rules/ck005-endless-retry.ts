// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK005 endless-retry: the boot never finishes. When CRASH_ADDR_LOW_MAX equals
 * CRASH_ADDR_HIGH_MAX (arm64 built without ZONE_DMA and ZONE_DMA32; riscv whose RAM ends at
 * or below 4 GiB) and a plain crashkernel=X does not fit, the fallback of
 * reserve_crashkernel_generic() (and of arm64 6.5–6.6, which it came from) moves the window
 * to [HIGH, HIGH), and that of arm64 6.2–6.4 to [0, HIGH), the window that just failed;
 * either `goto retry`s forever (src/engine/crashkernel/reserve.ts retryLoop,
 * reserveCrashkernelArm64V62). 6.11 guarded only the `,high` path ("crash: fix x86_32 crash memory
 * reserve dead loop", kernel/crash_reserve.c@v6.11:423-427, not in v6.8); the plain path has no
 * guard in 6.11, 6.12 or 7.2.
 */
import { crashAndZoneEvidence, rangeText, sizeText, addrText } from './common.js'
import { defineRule } from './define-rule.js'

export default defineRule<'hang'>({
  id: 'CK005',
  name: 'endless-retry',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    description: 'crashkernel= makes the kernel retry a window without room forever: the boot hangs',
    kernel: [
      'kernel/crash_reserve.c reserve_crashkernel_generic (retry: label, 6.7+)',
      'arch/arm64/mm/init.c reserve_crashkernel (6.2–6.6 retry loop)',
      'arch/riscv/include/asm/crash_reserve.h CRASH_ADDR_LOW_MAX = dma32_phys_limit',
    ],
    messages: {
      hang: 'the boot hangs: the {{size}} crashkernel= asks for does not fit below {{lowMax}} and the fallback retries {{retried}} {{window}} forever (CRASH_ADDR_LOW_MAX {{lowMax}}, CRASH_ADDR_HIGH_MAX {{highMax}}); the kernel prints nothing',
    },
    fixes: { hang: ['smallerSize'] },
  },
  check({ layout, sim, report }) {
    const ck = sim.crashkernel
    if (ck.kind !== 'hang' || ck.cause !== 'endless-retry') return
    report({
      messageId: 'hang',
      // The generic code and arm64 6.5–6.6 retry [LOW, HIGH), empty when LOW == HIGH; arm64
      // 6.2–6.4 retries [0, HIGH), which is then the window that just had no room.
      data: { size: sizeText(ck.size), retried: ck.window.size === 0n ? 'the empty window' : 'the same window', window: rangeText(ck.window), lowMax: addrText(sim.lowMax), highMax: addrText(sim.highMax) },
      at: layout.pointers.cmdline,
      evidence: crashAndZoneEvidence(sim),
    })
  },
})
