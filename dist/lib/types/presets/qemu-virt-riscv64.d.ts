import { type Preset } from './types.js';
/**
 * fdt_totalsize() of the DTB QEMU virt makes for one CPU, as paging_init() reserves it in the
 * oracle's memblock=debug cases (QEMU 10; QEMU 7.2's is 0x1547 – 0x157b by the command line).
 */
export declare const QEMU_VIRT_RISCV64_DTB_SIZE = "0x1855";
export declare const qemuVirtRiscv64: Preset;
