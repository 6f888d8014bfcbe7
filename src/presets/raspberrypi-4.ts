// SPDX-License-Identifier: GPL-2.0-only
/**
 * Raspberry Pi 4 Model B (BCM2711) in its 1, 2, 4 and 8 GB versions, from
 * shared/reference/kernel-model.md §8 and §9: RAM from 0 with the GPU carve-out trimmed by
 * the firmware ([0, 0x3b400000), [0x40000000, 0xfc000000), 8 GB: + [4G, 8G)); the 30-bit
 * `/soc` and `emmc2bus` dma-ranges (CPU 0x0-0x3fffffff at bus 0xc0000000); PCIe (VL805 USB3)
 * limited to 3 GiB; the DT CMA pool of 64 MiB with alloc-ranges below 1 GiB; the spin-table
 * page at 0 reserved. The image and DTB addresses are the §9 worked example's; the initrd is
 * the firmware's `initramfs <file> followkernel`, right after the kernel image (docs/presets.md:
 * the firmware's exact placement is UNCONFIRMED).
 */
import { compareKernelVersions, kv } from '../engine/kernel-version.js'
import type { DeviceTree } from '../matrix/generated/board-matrix.js'
import type { Preset } from './types.js'

/**
 * Debian's bcm2711-rpi-4-b.dtb of each series, counted by unflattenCounts() (src/import/dtb.ts;
 * test/fixtures/dtb/ keeps the blobs, src/presets/presets.test.ts recounts them): the nodes, the
 * properties (6.12 on: 180 more, the labels of /__symbols__, which Debian's earlier builds do
 * not have), and the aliases of_alias_scan() finds (serial0, serial1, ethernet0 and pcie0
 * allocate; emmc2bus and blconfig have no id). Each release takes the tree of the newest
 * measured series at or before it; the releases between two measured ones (6.2 – 6.11) are
 * UNCONFIRMED.
 */
const PI4_ALIASES = ['serial0', 'serial1', 'emmc2bus', 'ethernet0', 'pcie0', 'blconfig']
/** linux-image-5.10.0-32-arm64 5.10.223-1 (no blconfig alias yet). */
const PI4_TREE_5_10: DeviceTree = { nodes: 251, properties: 1110, nameBytes: 6715, aliases: PI4_ALIASES.filter((a) => a !== 'blconfig') }
/** linux-image-6.1.0-57-arm64 6.1.192-3. */
const PI4_TREE_6_1: DeviceTree = { nodes: 254, properties: 1140, nameBytes: 6811, aliases: PI4_ALIASES }
/** linux-image-6.12.117+deb13-arm64 6.12.117-1; the same blob in 6.16.3 and 6.17.8, the same counts in 6.18.5 and 6.19.6. */
const PI4_TREE_6_12: DeviceTree = { nodes: 267, properties: 1518, nameBytes: 7156, aliases: PI4_ALIASES }
/** linux-base-7.0.4+deb13-arm64 7.0.4-1~bpo13+1: longer names, as many nodes. */
const PI4_TREE_7_0: DeviceTree = { nodes: 267, properties: 1518, nameBytes: 7180, aliases: PI4_ALIASES }
/** linux-base-7.2.13+deb14-arm64 7.2.13-1; the same blob in 7.3.4, the same counts in 7.1.3. */
const PI4_TREE_7_1: DeviceTree = { nodes: 268, properties: 1519, nameBytes: 7212, aliases: PI4_ALIASES }
const PI4_TREES: ReadonlyArray<readonly [string, DeviceTree]> = [
  ['5.10.0', PI4_TREE_5_10],
  ['6.1.0', PI4_TREE_6_1],
  ['6.12.0', PI4_TREE_6_12],
  ['7.0.0', PI4_TREE_7_0],
  ['7.1.0', PI4_TREE_7_1],
]

export const raspberryPi4: Preset = {
  name: 'raspberrypi-4',
  description: 'Raspberry Pi 4 Model B (BCM2711, Cortex-A72) with the firmware DT: 30-bit /soc and emmc2bus DMA, DT CMA below 1 GiB.',
  settings: {
    arch: 'arm64',
    ram: [
      { name: '1G', memory: [{ base: '0x0', size: '0x3b400000' }] },
      { name: '2G', memory: [{ base: '0x0', size: '0x3b400000' }, { base: '0x40000000', size: '0x40000000' }] },
      { name: '4G', memory: [{ base: '0x0', size: '0x3b400000' }, { base: '0x40000000', size: '0xbc000000' }] },
      {
        name: '8G',
        memory: [{ base: '0x0', size: '0x3b400000' }, { base: '0x40000000', size: '0xbc000000' }, { base: '0x100000000', size: '0x100000000' }],
      },
    ],
    reservations: [
      { kind: 'fixed', name: 'spin-table', base: '0x0', size: '0x1000', memreserve: true, description: '/memreserve/ of the armstub spin table' },
      {
        kind: 'dynamic',
        name: 'linux,cma',
        size: '64M',
        allocRanges: [{ base: '0x0', size: '0x40000000' }],
        cma: true,
        cmaDefault: true,
        description: 'shared-dma-pool, reusable, linux,cma-default (bcm2711-rpi.dtsi)',
      },
    ],
    image: { base: '0x200000' },
    // The base is where it lands after the 6.12 image; initrdAfterImage() moves it per kernel.
    initrd: { base: '0x2700000', size: '0x1800000' },
    dtb: { base: '0x2eff0000', size: '0x10000' },
    dma: {
      ranges: [
        { node: '/soc', cpuAddr: '0x0', busAddr: '0xc0000000', size: '0x40000000' },
        { node: 'emmc2bus', cpuAddr: '0x0', busAddr: '0xc0000000', size: '0x40000000' },
        { node: 'pcie@7d500000', cpuAddr: '0x0', busAddr: '0x0', size: '0xc0000000' },
      ],
    },
    devices: [
      { name: 'emmc2 (SD card)', bus: 'emmc2bus', dumpTarget: true },
      { name: 'dwc2 (USB 2)', bus: '/soc' },
      { name: 'VL805 (USB 3)', bus: 'pcie@7d500000' },
    ],
    // Debian's bcm2711-rpi-4-b.dtb as trixie ships it with 6.12.117; each kernel gets the tree
    // of its own package instead (deviceTreeFor() below). The firmware's edits are not counted:
    // it fills /chosen (bootargs, the initrd, kaslr-seed, rpi-boardrev-ext, os_prefix,
    // overlay_prefix, a /chosen/bootloader node) and applies the overlays config.txt names, so
    // the kernel's tree has some more properties and a node or two: the size taken here is a
    // lower bound. A board imported from the Pi's /sys/firmware/fdt gets the exact tree, one
    // imported from its memblock=debug boot log the exact size.
    deviceTree: PI4_TREE_6_12,
    // The firmware (armstub8) enters the kernel at EL2: "CPU: All CPU(s) started at EL2", and KVM runs.
    cpu: { lpa2: false, bbml2Noabort: false, gbpages: false, el2: true },
    cmdline: 'console=ttyS0,115200',
  },
  // config.txt `initramfs <file> followkernel`: "after the kernel image" (raspberrypi/
  // documentation, config_txt/boot.adoc). At the image's end as the kernel's image size gives
  // it (7.2's 0x2f00000 from 0x200000 ends at 0x3100000, past the 0x2700000 that suits 6.12),
  // the least the arm64 boot protocol allows (booting.rst: image_size bytes from the image
  // start are the kernel's). Whether the firmware reads image_size, aligns the address or moves
  // the initrd higher is UNCONFIRMED (docs/presets.md).
  initrdAfterImage: (imageEnd) => imageEnd,
  // Debian installs the DTBs with the kernel (usr/lib/linux-image-<abi>/broadcom/, from 6.18
  // usr/lib/modules/<abi>/dtb/broadcom/; 6.19 on in the linux-base package), and the
  // raspi-firmware package's hook (/etc/kernel/postinst.d/z50-raspi-firmware) copies the
  // installed kernel's bcm*.dtb to /boot/firmware, where the Pi's firmware loads it.
  deviceTreeFor: (release) => {
    const v = kv(release)
    return [...PI4_TREES].reverse().find(([from]) => compareKernelVersions(v, kv(from)) >= 0)?.[1] ?? PI4_TREES[0][1]
  },
}
