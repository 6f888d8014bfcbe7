// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK009 cma-sysfs-duplicate: `crashkernel=Z,cma` reserved in two or more areas. Every area
 * reserve_crashkernel_cma() declares is named "crashkernel" (kernel/crash_reserve.c@v6.17.8:490-491,
 * @v7.3.4:488-489), and with CONFIG_CMA_SYSFS (Debian's configs) cma_sysfs_init() gives each
 * active area a directory of its name under /sys/kernel/mm/cma: the second "crashkernel" fails
 * ("sysfs: cannot create duplicate filename …" and a call trace, fs/sysfs/dir.c sysfs_warn_dup),
 * and the error path puts every directory made so far and the "cma" one itself
 * (mm/cma_sysfs.c@v7.3.4:119-147). The reservation stands; the releases boot
 * amd64-7.3.4-q35-4G-ckcma.short shows the lines.
 */
import { crashEvidence } from './common.js'
import { crashkernelTokens } from './crashkernel-tokens.js'
import { defineRule } from './define-rule.js'

/** What the kernel prints at boot (fs/sysfs/dir.c sysfs_warn_dup(): "/kernel/mm" + "/cma" + "/" + the name). */
export const CMA_SYSFS_DUPLICATE = "sysfs: cannot create duplicate filename '/kernel/mm/cma/crashkernel'"

export default defineRule<'duplicate'>({
  id: 'CK009',
  name: 'cma-sysfs-duplicate',
  meta: {
    type: 'risk',
    defaultSeverity: 'note',
    description: 'crashkernel=Z,cma is reserved in several areas of one name, which costs the boot a call trace and /sys/kernel/mm/cma',
    kernel: [
      'kernel/crash_reserve.c reserve_crashkernel_cma (6.17+: every area named "crashkernel")',
      'mm/cma_sysfs.c cma_sysfs_init (CONFIG_CMA_SYSFS)',
      'fs/sysfs/dir.c sysfs_warn_dup',
    ],
    messages: {
      duplicate:
        '{{token}} is reserved in {{areas}} areas, all named "crashkernel": at boot cma_sysfs_init() cannot add the second to /sys/kernel/mm/cma ("{{line}}", with a call trace) and removes the directory whole, so no CMA area has its statistics there; the reservation stands',
    },
    fixes: { duplicate: ['smallerCma'] },
  },
  check({ layout, sim, report }) {
    const cma = sim.crashkernelCma
    if (!cma || cma.unsupported || cma.ranges.length < 2) return
    // get_last_crashkernel(): the last ,cma token is the one the kernel read.
    const token = crashkernelTokens(layout.layout.cmdline).filter((t) => t.suffix === ',cma').at(-1)
    report({
      messageId: 'duplicate',
      data: { token: token?.text ?? 'crashkernel=…,cma', areas: String(cma.ranges.length), line: CMA_SYSFS_DUPLICATE },
      at: layout.pointers.cmdline,
      evidence: crashEvidence(sim).filter((e) => e.text.startsWith('crashkernel CMA')),
      fix: { oneCmaArea: true },
    })
  },
})
