// SPDX-License-Identifier: GPL-2.0-only
/**
 * QEMU `-M virt` (arm64) booted with `-kernel`, as in shared/oracle/README.md "How a case
 * boots": RAM at 0x40000000, Image at 0x40200000, initrd at 0x48000000, DTB right after it
 * at 0x48200000 (QEMU's 1 MiB FDT buffer, seen reserved as 0x48200000-0x482fffff).
 *
 * QEMU's hw/arm/boot.c arm_setup_direct_kernel_boot() puts the initrd at
 * MIN(ram_size / 2, 128 MiB) from the RAM base (and the DTB after it, 2 MiB aligned), so these
 * fixed placements are QEMU's from 256 MiB of RAM up; a smaller `ramSize` is refused
 * (`ramSizeMin`) rather than simulated with an initrd where QEMU would not put it.
 */
import type { RamVariant } from '../matrix/generated/board-matrix.js'
import { nonEmpty, type Preset } from './types.js'

const hex = (v: bigint): string => `0x${v.toString(16)}`
const SIZES: Array<[string, bigint]> = [['1G', 1n << 30n], ['2G', 2n << 30n], ['4G', 4n << 30n], ['8G', 8n << 30n], ['16G', 16n << 30n]]

/** `-m size`: one bank from 0x40000000 (QEMU's VIRT_MEM base). */
function ramForSize(size: bigint, name = hex(size)): RamVariant {
  return { name, memory: nonEmpty([{ base: '0x40000000', size: hex(size) }]) }
}

export const qemuVirtArm64: Preset = {
  name: 'qemu-virt-arm64',
  description: 'QEMU virt, -cpu max (FEAT_LPA2), -kernel boot, dtb-randomness=off; RAM from 0x40000000 in the sizes the oracle booted.',
  settings: {
    arch: 'arm64',
    ram: nonEmpty(SIZES.map(([name, size]) => ramForSize(size, name))),
    image: { base: '0x40200000' },
    // initramfs-arm64.cpio.gz of the oracle (0xf13d8 bytes); boards with their own initrd override it.
    initrd: { base: '0x48000000', size: '0xf13d8' },
    dtb: { base: '0x48200000', size: '0x100000' },
    // QEMU 10.0's virt tree for -smp 1 -cpu max as the kernel gets it (the oracle's QEMU): the
    // 56 nodes of QEMU 7.2's (test/boots' DTBs, /chosen with bootargs and the initrd) and
    // /aliases, 222 properties and a name for each node, /chosen last. It gives the oracle's
    // unflatten_device_tree() allocations of all four series (35964, 40476, 42708 and 44940
    // bytes) and the 47 of serial0's alias.
    deviceTree: { nodes: 57, properties: 279, nameBytes: 1831, aliases: ['serial0'] },
    // No `el2`: QEMU enters at EL1 unless -M virtualization=on, which the preset cannot know
    // (CK006 asks for it where `kvm-arm.mode=protected` reads it).
    cpu: { lpa2: true, bbml2Noabort: false, gbpages: false },
    cmdline: 'console=ttyAMA0',
  },
  ramForSize,
  ramSizeMin: { size: 256n << 20n, reason: 'QEMU puts the initrd at half of a smaller RAM instead of at 128 MiB, where this preset places it (and the DTB after it); describe such a machine with `memory`, `initrd` and `dtb`' },
}
