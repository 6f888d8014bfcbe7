// SPDX-License-Identifier: GPL-2.0-only
/**
 * The riscv64 kernel image's section boundaries that create_linear_mapping_page_table() reads
 * (6.4+, CONFIG_STRICT_KERNEL_RWX, which every Debian riscv64 build sets): it marks
 * [_start, __init_data_begin) (text and init text) and [__start_rodata, _data) (rodata) NOMAP,
 * maps memory with the loop, and maps those two ranges after it, so that no PUD or larger leaf
 * covers them. The init data [__init_data_begin, __start_rodata) and the data and BSS
 * [_data, _end) are left to the loop, which maps a 1 GiB leaf from a 1 GiB boundary inside them.
 *
 * The offsets are link-time constants of a build (arch/riscv/kernel/vmlinux.lds.S: every one of
 * these symbols follows an ALIGN(SECTION_ALIGN), 2 MiB with STRICT_KERNEL_RWX on rv64,
 * arch/riscv/include/asm/set_memory.h), so they are data per build, as arm64/mmu.ts's BUILDS.
 *
 * @kernel arch/riscv/mm/init.c create_linear_mapping_page_table (v6.12.117, v7.2.13);
 *         arch/riscv/kernel/vmlinux.lds.S, efi-header.S, head.S, setup.c init_resources
 *         (v6.12.117, v7.2.13)
 */
import { roundUp } from '../phys.js'
import type { Layout, PhysAddr, PhysSize } from '../types.js'
import { RISCV_PMD_SIZE } from './mmu.js'

/** The image symbols create_linear_mapping_page_table() isolates by (physical addresses). */
export interface RiscvImageSections {
  /** _start: the load address (the Image header's first byte). */
  start: PhysAddr
  /** __init_data_begin: the end of the isolated text. */
  initDataBegin: PhysAddr
  /** __start_rodata: the start of the isolated rodata. */
  startRodata: PhysAddr
  /** _data: the end of the isolated rodata. */
  data: PhysAddr
}

/** The section offsets of one Debian riscv64 build. */
export interface RiscvKernelBuild {
  /** Debian series ("6.12", "7.2"). */
  series: string
  release: string
  package: string
  /** Offsets from _start. */
  offsets: {
    initDataBegin: PhysSize
    startRodata: PhysSize
    data: PhysSize
    /** _end: the Image header's image_size (head.S `.dword _end - _start`). */
    end: PhysSize
  }
  /** How the offsets were measured. */
  measured: string
}

/**
 * The oracle's Debian riscv64 builds and trixie-backports' 6.16.3, 6.17.8, 7.0.4 and 7.1.3 (the
 * test/boots/releases boots), loaded at _start = 0x80200000 (QEMU virt; the Image
 * header's text_offset 0x200000 from the start of DRAM, and the first byte of the kernel's
 * memblock reservation: /proc/iomem's `80200000-80201fff : Reserved` before `Kernel image`).
 * - initDataBegin: the PE header's `.data` VirtualAddress (BaseOfData) in the package's Image
 *   (sha256 as shared/oracle/kernels/images.json's vmlinuz_sha256), that is
 *   __pecoff_text_end - _start (efi-header.S), and vmlinux.lds.S sets __init_data_begin right
 *   after __pecoff_text_end with nothing between (CONFIG_EFI=y). The oracle's logs agree:
 *   __init_begin is _etext (end of `Kernel code` + 1) rounded up to SECTION_ALIGN, the Memory:
 *   line's `init` is __init_end - __init_begin (mem_init_print_info(), init text inside it),
 *   and __init_data_begin is the one SECTION_ALIGN boundary after the init text (which is not
 *   empty) and not past __init_end.
 * - startRodata, data: the starts of /proc/iomem's `Kernel rodata` (__start_rodata) and
 *   `Kernel data` (_data) (init_resources(), arch/riscv/kernel/setup.c).
 * - end: the Image header's image_size (images.json) = _end - _start, equal to the PE
 *   header's SizeOfImage; the kernel reservation ends at it rounded up to PMD_SIZE
 *   (`Reserved` up to 0x821fffff in 6.12, 0x825fffff in 7.2), which is the profile's
 *   imageSize (src/presets/kernels.ts).
 */
const BUILDS: Record<string, RiscvKernelBuild> = {
  '6.12': {
    series: '6.12',
    release: '6.12.117',
    package: 'linux-image-6.12.117+deb13-riscv64 6.12.117-1',
    offsets: { initDataBegin: 0xe00000n, startRodata: 0x1000000n, data: 0x1c00000n, end: 0x1e6c000n },
    measured:
      'logs/riscv64-6.12-virt-2G-ck256M.log.gz (cases/riscv64-6.12-virt-2G-ck256M.json): /proc/iomem 80202000-80c8159f Kernel code, 81200000-81bfffff Kernel rodata, 81e00000-81fb93ff Kernel data, 8206b3f8-821fffff Reserved; ' +
      'Memory: line "10749K kernel code, 5217K rwdata, 10240K rodata, 2691K init" (__init_begin 0x80e00000, __init_end in [0x810a0c00, 0x810a1000): __init_data_begin 0x81000000); ' +
      'the package\'s /boot/vmlinux-6.12.117+deb13-riscv64: PE .data VirtualAddress 0xe00000, SizeOfImage 0x1e6c000',
  },
  '6.16': {
    series: '6.16',
    release: '6.16.3',
    package: 'linux-image-6.16.3+deb13-riscv64 6.16.3-1~bpo13+1',
    offsets: { initDataBegin: 0x1000000n, startRodata: 0x1200000n, data: 0x1e00000n, end: 0x2137000n },
    measured:
      'test/boots/releases/riscv64-6.16.3-virt-2G-ck256M.log.gz: /proc/iomem 80202000-80e2e941 Kernel code, 81400000-81dfffff Kernel rodata, 82000000-8228bbff Kernel data, 82336a68-823fffff Reserved; ' +
      'Memory: line "12466K kernel code, 6016K rwdata, 10240K rodata, 2734K init"; ' +
      "the package's /boot/vmlinux-6.16.3+deb13-riscv64: PE .data VirtualAddress 0x1000000, SizeOfImage 0x2137000",
  },
  '6.17': {
    series: '6.17',
    release: '6.17.8',
    package: 'linux-image-6.17.8+deb13-riscv64 6.17.8-1~bpo13+1',
    offsets: { initDataBegin: 0x1000000n, startRodata: 0x1200000n, data: 0x1e00000n, end: 0x212d000n },
    measured:
      'test/boots/releases/riscv64-6.17.8-virt-2G-ck256M.log.gz: /proc/iomem 80202000-80e66a19 Kernel code, 81400000-81dfffff Kernel rodata, 82000000-82290dff Kernel data, 8232c3a8-823fffff Reserved; ' +
      'Memory: line "12690K kernel code, 6032K rwdata, 10240K rodata, 2738K init"; ' +
      "the package's /boot/vmlinux-6.17.8+deb13-riscv64: PE .data VirtualAddress 0x1000000, SizeOfImage 0x212d000",
  },
  '7.0': {
    series: '7.0',
    release: '7.0.4',
    package: 'linux-binary-7.0.4+deb13-riscv64 7.0.4-1~bpo13+1',
    offsets: { initDataBegin: 0x1000000n, startRodata: 0x1200000n, data: 0x2000000n, end: 0x237b000n },
    measured:
      'test/boots/releases/riscv64-7.0.4-virt-2G-ck256M.log.gz: /proc/iomem 80202000-80f0d959 Kernel code, 81400000-81ffffff Kernel rodata, 82200000-824db1ff Kernel data, 8257ac68-825fffff Reserved; ' +
      'Memory: line "13358K kernel code, 6288K rwdata, 12288K rodata, 2779K init"; ' +
      "the package's /boot/vmlinux-7.0.4+deb13-riscv64: PE .data VirtualAddress 0x1000000, SizeOfImage 0x237b000",
  },
  '7.1': {
    series: '7.1',
    release: '7.1.3',
    package: 'linux-binary-7.1.3+deb13-riscv64 7.1.3-1~bpo13+1',
    offsets: { initDataBegin: 0x1000000n, startRodata: 0x1200000n, data: 0x2000000n, end: 0x2388000n },
    measured:
      'test/boots/releases/riscv64-7.1.3-virt-2G-ck256M.log.gz: /proc/iomem 80202000-80f1b791 Kernel code, 81400000-81ffffff Kernel rodata, 82200000-824e27ff Kernel data, 82587840-825fffff Reserved; ' +
      'Memory: line "13413K kernel code, 6290K rwdata, 12288K rodata, 2807K init"; ' +
      "the package's /boot/vmlinux-7.1.3+deb13-riscv64: PE .data VirtualAddress 0x1000000, SizeOfImage 0x2388000",
  },
  '7.2': {
    series: '7.2',
    release: '7.2.13',
    package: 'linux-binary-7.2.13+deb14-riscv64 7.2.13-1',
    offsets: { initDataBegin: 0x1000000n, startRodata: 0x1200000n, data: 0x2000000n, end: 0x23a0000n },
    measured:
      'logs/riscv64-7.2-virt-2G-ck3G.log.gz (cases/riscv64-7.2-virt-2G-ck3G.json): /proc/iomem 80202000-80fd39f9 Kernel code, 81400000-81ffffff Kernel rodata, 82200000-824f45ff Kernel data, 8259fa90-825fffff Reserved; ' +
      'Memory: line "14150K kernel code, 6338K rwdata, 12288K rodata, 2831K init" (__init_begin 0x81000000, __init_end in [0x812c3c00, 0x812c3e00]: __init_data_begin 0x81200000); ' +
      'the package\'s /usr/lib/modules/7.2.13+deb14-riscv64/vmlinuz: PE .data VirtualAddress 0x1000000, SizeOfImage 0x23a0000',
  },
}

/**
 * Engine helper (no kernel counterpart): looks up the measured section offsets of a Debian riscv64 build.
 * By series ("7.2") or release ("7.2.13"; another release of the series stands on the series'
 * build too: the image size decides in riscvImageSections()).
 */
export function riscvKernelBuild(release: string): RiscvKernelBuild | undefined {
  return BUILDS[seriesOf(release)]
}

/**
 * The release up to its second dot ("7.2.13" → "7.2"; "7.2" and "7" as they are), as
 * split('.').slice(0, 2).join('.') reads it, without the arrays (every riscv64 boot asks).
 */
function seriesOf(release: string): string {
  const dot = release.indexOf('.')
  const dot2 = dot < 0 ? -1 : release.indexOf('.', dot + 1)
  return dot2 < 0 ? release : release.slice(0, dot2)
}

/** Each build's _end rounded up to PMD_SIZE, what riscvImageSections() compares (computed once). */
const END_PMD = new Map(Object.values(BUILDS).map((b) => [b, roundUp(b.offsets.end, RISCV_PMD_SIZE)] as const))

/**
 * Engine helper (no kernel counterpart): the image sections of the build a layout boots, or undefined when unknown.
 * The build of the layout's series applies when the board's image takes what the build's does
 * (its size rounded up to PMD_SIZE, what setup_bootmem() reserves, equals the build's _end so
 * rounded): the profile's image or the Image header's image_size. A board with an image of its
 * own size is another build, whose section offsets nothing gives: undefined, and
 * setupVmFinal() then isolates the whole PMD-rounded image (which maps the init data and data
 * with PMDs even where the kernel's loop would put a 1 GiB leaf; every other part is the same).
 */
export function riscvImageSections(layout: Pick<Layout, 'kernel' | 'image'>): RiscvImageSections | undefined {
  const build = layoutBuild(layout)
  if (!build) return undefined
  const start = layout.image.base
  return { start, initDataBegin: start + build.offsets.initDataBegin, startRodata: start + build.offsets.startRodata, data: start + build.offsets.data }
}

/** The build of the layout's series where the layout's image is that build's (riscvImageSections()). */
function layoutBuild(layout: Pick<Layout, 'kernel' | 'image'>): RiscvKernelBuild | undefined {
  const build = riscvKernelBuild(layout.kernel)
  return build && roundUp(layout.image.size, RISCV_PMD_SIZE) === END_PMD.get(build) ? build : undefined
}

/**
 * Engine helper (no kernel counterpart): the Image header's image_size (_end - _start) of the
 * build a layout boots, where its image is that build's (as riscvImageSections() decides): the
 * size kexec's image_load() asks for, which the kernel's own reservation rounds up to PMD_SIZE
 * (the profile's imageSize). Undefined for an image of another size (another build).
 */
export function riscvHeaderImageSize(layout: Pick<Layout, 'kernel' | 'image'>): PhysSize | undefined {
  return layoutBuild(layout)?.offsets.end
}
