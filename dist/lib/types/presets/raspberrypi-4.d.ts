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
import type { Preset } from './types.js';
export declare const raspberryPi4: Preset;
