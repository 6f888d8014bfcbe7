// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK013 smaller-than-image: the kernel reserved its crash kernel region, and the region (the
 * main one, crashk_res) is smaller than the memory image of the board's own kernel build. The
 * kexec loaders put the kdump kernel's image into crashk_res and ask for that image's whole
 * memory size there, not its file size: arm64 image_load() asks for the Image header's
 * `image_size` (plus a text_offset of 0; arch/arm64/kernel/kexec_image.c@v7.2.13:83-88), x86
 * bzImage64_load() for PAGE_ALIGN(init_size), the room the kernel decompresses in
 * (arch/x86/kernel/kexec-bzimage64.c@v7.2.13:612), riscv image_load() for `image_size`
 * (arch/riscv/kernel/kexec_image.c@v7.2.13:72); the initrd, the device tree or boot
 * parameters, the purgatory and the ELF core header come on top. kexec-tools' kexec_load path
 * reads the same header fields. So a region smaller than the image cannot hold this build as
 * the kdump kernel: `kexec -p` fails, and the boot that reserved it prints nothing wrong. The
 * image size is the board's (`image.size`, a kernel entry's `imageSize`) or the kernel
 * profile's, which is that header field of the Debian build (docs/presets.md); on riscv64 the
 * profile's is the image the kernel reserves, image_size rounded up to 2 MiB, so a layout
 * whose image is a Debian build's is compared with that build's image_size. A warning: a
 * smaller kdump kernel build, loaded instead of the running one, could fit.
 *
 * The ,low part holds no image (the kernel and its segments go to crashk_res) and a `,cma`
 * area is for the kdump kernel's own use once it runs, so neither counts.
 */
import { crashkernelTokens } from './crashkernel-tokens.js'
import { crashEvidence, sizeText } from './common.js'
import { defineRule } from './define-rule.js'
import { riscvHeaderImageSize } from '../engine/index.js'

/** What the image size is of each architecture, as its kexec loader reads it. */
const IMAGE_FIELD: Readonly<Record<string, string>> = {
  arm64: "the Image header's image_size, which kexec asks for",
  x86_64: "the bzImage's init_size, which kexec asks for to decompress it in",
  riscv64: "the Image header's image_size, which kexec asks for",
}

export default defineRule<'smallerThanImage'>({
  id: 'CK013',
  name: 'smaller-than-image',
  meta: {
    type: 'problem',
    defaultSeverity: 'warning',
    description: "the crash kernel region is smaller than the kernel build's own image, so kexec cannot load that build as the kdump kernel",
    kernel: [
      'arch/arm64/kernel/kexec_image.c image_load (kbuf.memsz = image_size + text_offset)',
      'arch/x86/kernel/kexec-bzimage64.c bzImage64_load (kbuf.memsz = PAGE_ALIGN(init_size))',
      'arch/riscv/kernel/kexec_image.c image_load (kbuf.memsz = image_size)',
      'kernel/kexec_file.c kexec_add_buffer, kexec_locate_mem_hole (a crash image is placed inside crashk_res)',
    ],
    messages: {
      smallerThanImage:
        'the crash kernel region is {{size}}, smaller than the {{image}} image of {{kernel}} ({{field}}): kexec -p cannot load this kernel build into it as the kdump kernel, before its initrd, device tree and ELF core header, and the boot prints nothing about it; reserve at least the image and the initrd, or load a smaller kdump kernel build',
    },
    fixes: { smallerThanImage: ['addSize'] },
  },
  check({ layout, sim, report }) {
    const ck = sim.crashkernel
    if (ck.kind !== 'reserved') return
    const image = (sim.arch === 'riscv64' ? riscvHeaderImageSize(layout.layout) : undefined) ?? layout.layout.image.size
    if (ck.main.size >= image) return
    // The token the kernel read the main size from: the last that is neither ,low nor ,cma.
    // addSize() puts a plain size in place of the line's tokens (a ,cma one kept): right for a
    // plain size; a ,high one would lose its placement above the low limit and its ,low, so
    // it gets no automatic fix (the message says what to reserve).
    const tokens = crashkernelTokens(layout.layout.cmdline).filter((t) => t.suffix !== ',low' && t.suffix !== ',cma')
    const main = tokens[tokens.length - 1]
    report({
      messageId: 'smallerThanImage',
      data: { size: sizeText(ck.main.size), image: sizeText(image), kernel: sim.kernel, field: IMAGE_FIELD[sim.arch] ?? 'its memory size' },
      at: layout.pointers.cmdline,
      evidence: crashEvidence(sim),
      fix: main !== undefined && main.suffix === null ? { token: main.text } : {},
    })
  },
})
