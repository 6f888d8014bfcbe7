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
import type { Preset } from './types.js'

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
    // Debian's bcm2711-rpi-4-b.dtb as trixie ships it (linux-image-6.12.117+deb13-arm64
    // 6.12.117-1, usr/lib/linux-image-6.12.117+deb13-arm64/broadcom/; test/fixtures/dtb/ keeps
    // it), counted by unflattenCounts(): 267 nodes, 1518 properties (180 of them the labels of
    // /__symbols__), and the aliases of_alias_scan() finds (serial0, serial1, ethernet0 and
    // pcie0 allocate; emmc2bus and blconfig have no id). Other series ship other trees: 6.1.192-3's
    // has 254 nodes, 1140 properties, 6811 name bytes (no /__symbols__), 7.2.13-1's
    // (linux-base-7.2.13+deb14-arm64) 268, 1519, 7212. The firmware's edits are not counted: it
    // fills /chosen (bootargs, the initrd, kaslr-seed, rpi-boardrev-ext, os_prefix,
    // overlay_prefix, a /chosen/bootloader node) and applies the overlays config.txt names, so
    // the kernel's tree has some more properties and a node or two: the size taken here is a
    // lower bound. A board imported from the Pi's /sys/firmware/fdt gets the exact tree, one
    // imported from its memblock=debug boot log the exact size.
    deviceTree: { nodes: 267, properties: 1518, nameBytes: 7156, aliases: ['serial0', 'serial1', 'emmc2bus', 'ethernet0', 'pcie0', 'blconfig'] },
    cpu: { lpa2: false, bbml2Noabort: false, gbpages: false },
    cmdline: 'console=ttyS0,115200',
  },
  // config.txt `initramfs <file> followkernel`: "after the kernel image" (raspberrypi/
  // documentation, config_txt/boot.adoc). At the image's end as the kernel's image size gives
  // it (7.2's 0x2f00000 from 0x200000 ends at 0x3100000, past the 0x2700000 that suits 6.12),
  // the least the arm64 boot protocol allows (booting.rst: image_size bytes from the image
  // start are the kernel's). Whether the firmware reads image_size, aligns the address or moves
  // the initrd higher is UNCONFIRMED (docs/presets.md).
  initrdAfterImage: (imageEnd) => imageEnd,
}
