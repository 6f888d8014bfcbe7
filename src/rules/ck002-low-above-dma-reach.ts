// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK002 low-above-dma-reach: the kdump kernel runs in the crash regions only, so the device
 * that writes the vmcore (a `dumpTarget`) must reach them by DMA. Its DMA buffers come from
 * the low region when there is one, else from the main region. Reported per dump target:
 * the low region above its reach, a main region that landed low but still above its reach
 * (e.g. CRASH_ADDR_LOW_MAX = 4 GiB on RPi4 with arm64 5.10.0–5.10.36), or only a high region
 * and no low part at all (arm64 5.19–6.1 `crashkernel=X,high` without `,low`). Two cases are
 * told apart because "the kernel kept it below CRASH_ADDR_LOW_MAX" would be false there: a
 * region at the command line's own `@offset`, and a kernel whose low window is all of RAM
 * (CRASH_ADDR_LOW_MAX equal to CRASH_ADDR_HIGH_MAX: riscv 5.13–5.16, which has no low limit
 * at all; arm64 without DMA zones; riscv 6.6+ on RAM that ends at or below 4 GiB).
 */
import { crashAndZoneEvidence, dumpTargets, expectSeverity, rangeText, reachableBytes, requiredText, sizeText, addrText } from './common.js'
import { kernelAtLeast } from './kernel-facts.js'
import { defineRule } from './define-rule.js'

type MessageId = 'lowAboveReach' | 'mainAboveReach' | 'fixedAboveReach' | 'noLowLimit' | 'lowMissing'

export default defineRule<MessageId>({
  id: 'CK002',
  name: 'low-above-dma-reach',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    description: 'the crash memory the kdump kernel uses for DMA is out of reach of the device that writes the dump',
    kernel: [
      'arch/arm64/mm/init.c zone_sizes_init, max_zone_phys (arm64_dma_phys_limit = CRASH_ADDR_LOW_MAX)',
      'drivers/of/address.c of_dma_get_max_cpu_address',
      'kernel/crash_reserve.c reserve_crashkernel_low (6.7+)',
      'arch/arm64/mm/init.c reserve_crashkernel_low (5.19–6.6)',
    ],
    subject: 'device',
    messages: {
      lowAboveReach:
        'the low crash region {{region}} is not within the DMA reach of dump target "{{device}}" (up to {{reach}}; {{reachable}} of it reachable{{noRam}}): the kdump kernel cannot write the vmcore{{required}}',
      mainAboveReach:
        'the crash region {{region}} is not within the DMA reach of dump target "{{device}}" (up to {{reach}}; {{reachable}} of it reachable{{noRam}}): the kernel only kept it below CRASH_ADDR_LOW_MAX {{lowMax}}{{required}}',
      fixedAboveReach:
        'the crash region {{region}}, at the base the command line\'s @offset gives, is not within the DMA reach of dump target "{{device}}" (up to {{reach}}; {{reachable}} of it reachable{{noRam}}){{required}}',
      noLowLimit:
        'the crash region {{region}} is not within the DMA reach of dump target "{{device}}" (up to {{reach}}; {{reachable}} of it reachable{{noRam}}): nothing in this kernel keeps it lower, it searches all of RAM for it, up to {{lowMax}}{{required}}',
      lowMissing:
        'only a high crash region {{region}} was reserved, with no low part: dump target "{{device}}" (DMA up to {{reach}}{{noRam}}) cannot reach any kdump memory{{required}}',
    },
    fixes: {
      lowAboveReach: ['offsetInReach', 'newerKernel'],
      mainAboveReach: ['offsetInReach', 'newerKernel'],
      fixedAboveReach: ['offsetInReach'],
      noLowLimit: ['offsetInReach', 'newerKernel'],
      lowMissing: ['addLow', 'offsetInReach', 'newerKernel'],
    },
  },
  check({ layout, sim, report }) {
    const ck = sim.crashkernel
    if (ck.kind !== 'reserved') return
    for (const target of dumpTargets(layout)) {
      const reach = target.dmaLimit
      const dmaRegion = ck.low ?? ck.main
      if (dmaRegion.base + dmaRegion.size - 1n <= reach) continue
      const reachable = reachableBytes(dmaRegion, reach)
      const messageId: MessageId = ck.low
        ? 'lowAboveReach'
        : ck.fixed
          ? 'fixedAboveReach'
          : sim.lowMax === sim.highMax
            ? 'noLowLimit'
            : ck.main.base >= sim.lowMax
              ? 'lowMissing'
              : 'mainAboveReach'
      report({
        messageId,
        data: {
          region: rangeText(dmaRegion),
          device: target.name,
          devicePointer: target.pointer,
          reach: addrText(reach),
          reachable: reachable === 0n ? 'none' : sizeText(reachable),
          lowMax: addrText(sim.lowMax),
          noRam: noRamInReach(sim.memory, reach, layout.layout.acpi === true),
          required: requiredText(layout, 'dumpTargetReachable'),
        },
        at: layout.pointers.cmdline,
        evidence: crashAndZoneEvidence(sim),
        severity: expectSeverity(layout, 'dumpTargetReachable', 'warning'),
        fix: {
          reach,
          ...(messageId === 'lowMissing' && sim.arch === 'arm64' && kernelAtLeast(sim, 6, 2) === false && { kernelNote: 'arm64 reserves a default 128 MiB low part from 6.2, a149cf00b158' }),
        },
      })
    }
  },
})

/**
 * Where the device reaches no RAM at all (a reach below the first bank, as a 30-bit limit on
 * a board whose RAM starts at 2 GiB): no crash region or fix can be in reach, and the reach
 * itself is the likelier mistake, which the message then says.
 */
function noRamInReach(memory: ReadonlyArray<{ base: bigint }>, reach: bigint, acpi: boolean): string {
  let first: bigint | undefined
  for (const bank of memory) if (first === undefined || bank.base < first) first = bank.base
  // An ACPI boot reads no dma-ranges: the reach is the device's own "dmaLimit" there.
  const where = acpi ? '"dmaLimit"' : `"dmaLimit" or its bus's dma-ranges`
  return first !== undefined && first > reach ? `; no RAM is within that reach at all, RAM starts at ${addrText(first)}: check the device's ${where}` : ''
}
