// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK011 fixed-base-kaslr: `crashkernel=X@Y` on an x86_64 kernel that picks its own physical
 * address at random at every boot (CONFIG_RANDOMIZE_BASE without `nokaslr`). The boot code
 * that places the kernel keeps clear of the initrd, the command line and memmap= regions but
 * knows nothing of crashkernel= (kernel-facts.ts physicalKaslr()), so on some boots the kernel
 * image lies in the requested range, and the fixed-base reservation fails with "crashkernel
 * reservation failed - memory is in use." (arch/x86/kernel/setup.c reserve_crashkernel()
 * @v5.10.223; kernel/crash_reserve.c reserve_crashkernel_generic() @v6.12.117): the failure
 * comes and goes with the boot, while the simulation, which places the image at `image.base`
 * as `nokaslr` does, reserved the range. Reported where the simulation reserved it (a failure
 * is CK001's).
 */
import { addrText, crashEvidence, rangeText, sizeText } from './common.js'
import { fixedTokenText } from './crashkernel-tokens.js'
import { defineRule } from './define-rule.js'
import { physicalKaslr } from './kernel-facts.js'

/** CONFIG_PHYSICAL_START, 16 MiB in the Debian builds (arch/x86/Kconfig's default). */
const LOAD_PHYSICAL_ADDR = 0x1000000n

export default defineRule<'randomImage'>({
  id: 'CK011',
  name: 'fixed-base-kaslr',
  meta: {
    type: 'risk',
    defaultSeverity: 'warning',
    description: 'crashkernel=X@Y on an x86_64 kernel that places itself at random: on some boots the kernel is where the region should be',
    kernel: [
      'arch/x86/boot/compressed/kaslr.c choose_random_location, mem_avoid_init',
      'drivers/firmware/efi/libstub/x86-stub.c efi_decompress_kernel, parse_options (a1b87d54f4e4, 15aa8fb852f9)',
      'arch/x86/kernel/setup.c reserve_crashkernel (5.10, 6.1)',
      'kernel/crash_reserve.c reserve_crashkernel_generic (6.7+)',
    ],
    messages: {
      randomImage:
        'crashkernel={{token}} asks for a fixed base, and this kernel places itself at a random physical address at every boot (CONFIG_RANDOMIZE_BASE, no "nokaslr"): KASLR keeps clear of the initrd, the command line and memmap= regions but not of crashkernel=, so on some boots the kernel\'s {{image}} image overlaps {{range}} and the kernel prints "crashkernel reservation failed - memory is in use." (the simulation places the image at {{imageBase}}, as nokaslr does, and reserves the range); without the @offset the kernel finds room itself',
    },
    fixes: { randomImage: ['autoPlacement'] },
  },
  check({ layout, sim, report }) {
    const ck = sim.crashkernel
    if (ck.kind !== 'reserved' || !ck.fixed) return
    if (!physicalKaslr(layout.layout, sim)) return
    // Both place the kernel at or above LOAD_PHYSICAL_ADDR (kaslr.c: min(output, 512M), the
    // output being there; the stub's efi_random_alloc() from it): a range below it is never hit.
    if (ck.main.base + ck.main.size <= LOAD_PHYSICAL_ADDR) return
    report({
      messageId: 'randomImage',
      data: {
        token: fixedTokenText(layout.layout.cmdline, ck.main.size, ck.main.base),
        range: rangeText(ck.main),
        image: sizeText(layout.layout.image.size),
        imageBase: addrText(layout.layout.image.base),
      },
      at: layout.pointers.cmdline,
      evidence: crashEvidence(sim),
    })
  },
})
