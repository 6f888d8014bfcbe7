// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK008 cma-reservation-short: `crashkernel=Z,cma` asked for CMA the kernel could not
 * reserve in full. reserve_crashkernel_cma() tries the size, halves it after each failure and
 * stops after four areas; what it did not reserve is memory the kdump kernel will not have
 * (it prints "crashkernel CMA reservation failed: … MB requested, … MB reserved in … ranges").
 * The main reservation is a finding of its own (CK001).
 */
import { crashEvidence, sizeText } from './common.js'
import { crashkernelTokens } from './crashkernel-tokens.js'
import { defineRule } from './define-rule.js'

export default defineRule<'short' | 'none'>({
  id: 'CK008',
  name: 'cma-reservation-short',
  meta: {
    type: 'problem',
    defaultSeverity: 'warning',
    description: 'crashkernel=Z,cma is reserved only in part, or not at all, so the kdump kernel gets less memory than asked for',
    kernel: [
      'kernel/crash_reserve.c reserve_crashkernel_cma (6.17+: up to CRASHKERNEL_CMA_RANGES_MAX areas, halving after a failure)',
      'arch/x86/kernel/setup.c arch_reserve_crashkernel (6.17+), arch/arm64/mm/init.c and arch/riscv/mm/init.c arch_reserve_crashkernel (7.3+)',
      'mm/cma.c cma_declare_contiguous_nid',
    ],
    messages: {
      short: '{{token}} asked for {{requested}} of CMA, but the kernel reserved only {{reserved}} in {{areas}}: the kdump kernel has {{missing}} less than asked for — "{{line}}"',
      none: '{{token}} asked for {{requested}} of CMA, but the kernel found room for none of it, nor for any fraction down to a page — "{{line}}"',
    },
    fixes: { short: ['smallerCma'], none: ['smallerCma'] },
  },
  check({ layout, sim, report }) {
    const cma = sim.crashkernelCma
    if (!cma || cma.unsupported || cma.reserved >= cma.requested) return
    // get_last_crashkernel(): the last ,cma token is the one the kernel read.
    const token = crashkernelTokens(layout.layout.cmdline).filter((t) => t.suffix === ',cma').at(-1)
    const evidence = crashEvidence(sim)
    const line = evidence.find((e) => e.text.startsWith('crashkernel CMA reservation failed'))?.text ?? ''
    const n = cma.ranges.length
    report({
      messageId: n === 0 ? 'none' : 'short',
      data: {
        token: token?.text ?? 'crashkernel=…,cma',
        requested: sizeText(cma.requested),
        reserved: sizeText(cma.reserved),
        areas: `${n} area${n === 1 ? '' : 's'}${n === 4 ? ' (the most it makes)' : ''}`,
        missing: sizeText(cma.requested - cma.reserved),
        line,
      },
      at: layout.pointers.cmdline,
      evidence,
    })
  },
})
