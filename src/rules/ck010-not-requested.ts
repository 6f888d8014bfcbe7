// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK010 not-requested: the board requires crash kernel memory (`expect.reservationRequired`,
 * true unless the board says otherwise) and its command line has no crashkernel= at all, so
 * the kernel reserves nothing and `kexec -p` has nowhere to load the kdump kernel. Every
 * generation returns early from its reserve_crashkernel() when __parse_crashkernel() finds no
 * "crashkernel=" (get_last_crashkernel() returns NULL: -EINVAL in
 * kernel/crash_core.c@v5.10.223:245-246, -ENOENT in kernel/crash_core.c@v6.1.192:255-256 and
 * kernel/crash_reserve.c@v6.12.117:268-269) and prints nothing (arch/arm64/mm/init.c@v6.12.117:107-111),
 * so the boot log shows no sign of it either. A command line that holds the name misspelt, or that
 * replaced one with crashkernel=, is CK004's (it names the text that was lost); a board whose
 * expectation is false asked for no kdump memory and is not reported. On a kernel without crash
 * kernel code (riscv64 before 5.13) no crashkernel= would help: `noCrashKernel` says so, as
 * CK004 does for the option there.
 */
import { crashkernelTokens, misspeltCrashkernel } from './crashkernel-tokens.js'
import { hasCrashKernel } from '../engine/index.js'
import { defineRule } from './define-rule.js'

export default defineRule<'absent' | 'noCrashKernel'>({
  id: 'CK010',
  name: 'not-requested',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    description: 'the board requires crash kernel memory and its command line has no crashkernel=',
    kernel: [
      'kernel/crash_core.c __parse_crashkernel, get_last_crashkernel (5.10, 6.1)',
      'kernel/crash_reserve.c __parse_crashkernel, get_last_crashkernel (6.12+)',
      'arch/arm64/mm/init.c reserve_crashkernel (5.10, 6.1), arch_reserve_crashkernel (6.12+)',
      'arch/x86/kernel/setup.c reserve_crashkernel (5.10, 6.1), arch_reserve_crashkernel (6.12+)',
      'arch/riscv/mm/init.c reserve_crashkernel (6.1), arch_reserve_crashkernel (6.12+)',
    ],
    messages: {
      absent:
        'the command line has no crashkernel=, so the kernel reserves no crash kernel memory and kdump cannot load a kdump kernel; it prints nothing about it (expect.reservationRequired: set it to false on a board that runs without kdump)',
      noCrashKernel:
        '{{kernel}} has no crash kernel support on {{arch}}: no crashkernel= would reserve memory, and kdump cannot work; a newer kernel has it (expect.reservationRequired: set it to false on a board that runs without kdump)',
    },
    fixes: { absent: ['addSize'], noCrashKernel: ['newerKernel'] },
  },
  check({ layout, sim, report }) {
    if (!layout.expect.reservationRequired || sim.crashkernel.kind !== 'not-requested') return
    const cmdline = layout.layout.cmdline
    if (crashkernelTokens(cmdline).length > 0 || misspeltCrashkernel(cmdline).length > 0) return
    if (layout.replacedCmdlines.some((r) => crashkernelTokens(r.value).length > 0)) return
    if (hasCrashKernel(sim) === false) {
      report({ messageId: 'noCrashKernel', data: { kernel: sim.kernel, arch: sim.arch }, at: layout.pointers.cmdline, evidence: [], severity: 'error', fix: {} })
      return
    }
    report({ messageId: 'absent', data: {}, at: layout.pointers.cmdline, evidence: [], severity: 'error', fix: {} })
  },
})
