// SPDX-License-Identifier: GPL-2.0-only
/**
 * PR001 protection-unavailable: after `kexec -p` loads the crash kernel, the running kernel
 * can protect it from stray writes — arm64 ≤6.3 unmaps the loaded segments
 * (set_memory_valid(…, 0), which needs a page-mapped crash region), x86 makes them read-only
 * in every version, riscv never does, and arm64 dropped it in 6.4 (0d124e96051b). Reported
 * only for boards with `expect.protectionRequired` (an error then): without it, the fact is
 * part of every layout's result, not a finding.
 */
import { crashEvidence, requiredText } from './common.js'
import { defineRule } from './define-rule.js'

export default defineRule<'unavailable'>({
  id: 'PR001',
  name: 'protection-unavailable',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    description: 'the loaded crash kernel is not protected from stray writes, although the board requires it',
    kernel: [
      'arch/arm64/kernel/machine_kexec.c arch_kexec_protect_crashkres (≤6.3)',
      '0d124e96051b "arm64: kdump : take off the protection on crashkernel memory region" (6.4)',
      'arch/x86/kernel/machine_kexec_64.c arch_kexec_protect_crashkres, kexec_mark_crashkres',
      'include/linux/crash_core.h arch_kexec_protect_crashkres (generic no-op)',
    ],
    messages: {
      unavailable: 'the loaded crash kernel is not protected from stray writes: {{why}}{{required}}',
    },
    fixes: { unavailable: ['otherKernel'] },
  },
  check({ layout, sim, report }) {
    if (!layout.expect.protectionRequired || sim.protection.available) return
    if (sim.crashkernel.kind !== 'reserved') return
    // A boot that panics after the reservation loads no crash kernel at all: CK012 says so.
    if (sim.panic) return
    report({
      messageId: 'unavailable',
      data: { why: sim.protection.why, required: requiredText(layout, 'protectionRequired') },
      at: layout.pointers.kernel,
      evidence: crashEvidence(sim),
      fix: sim.arch === 'arm64' ? { kernelNote: 'arm64 protects the crash kernel up to 6.3; 0d124e96051b removed it in 6.4' } : {},
    })
  },
})
