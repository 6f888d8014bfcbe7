/**
 * The few kernel facts the rules need that a SimulationResult does not carry (yet): the
 * alignment a fixed `@offset` must have (from the simulated policy), a version test, and
 * whether an x86_64 kernel places itself at random (the boot code before the kernel proper,
 * which the engine does not simulate).
 */
import { type Layout, type SimulationResult } from '../engine/index.js';
/** MEMBLOCK_NOMAP — include/linux/memblock.h (1 << 2 in every version checked). */
export declare const MEMBLOCK_NOMAP_FLAG: number;
/** `major.minor` of the simulated release ≥ the given one; undefined for an unparsable release. */
export declare function kernelAtLeast(sim: Pick<SimulationResult, 'kernel'>, major: number, minor: number): boolean | undefined;
/**
 * The alignment a fixed base must have under the policy the layout was simulated with (the
 * engine's crashkernelFixedAlign(): CRASH_ALIGN, or x86 ≤6.6's 1 MiB). A policy named by the
 * layout decides, not the release, so the rules agree with what the simulation did.
 */
export declare function crashAlign(sim: Pick<SimulationResult, 'arch' | 'kernel' | 'policy'>): bigint;
/**
 * Whether the x86_64 kernel of a layout picks its physical address at random at boot:
 * CONFIG_RANDOMIZE_BASE without `nokaslr` (arch/x86/boot/compressed/kaslr.c
 * choose_random_location(), the decompressor of a BIOS boot; the EFI stub's
 * efi_decompress_kernel() since a1b87d54f4e4, drivers/firmware/efi/libstub/x86-stub.c
 * @v6.12.117:868-915; both read `nokaslr` as a word of the command line). Neither keeps clear
 * of a crashkernel= region: kaslr.c mem_avoid_init() avoids the compressed kernel, the
 * initrd, the command line, boot_params and memmap= regions only; the stub asks the firmware
 * for any free memory. An EFI boot (`efiBootServices`) whose line has mem=, memmap= or
 * hugepages= is left out: kernels with 15aa8fb852f9 (above) place themselves without
 * randomness there, older ones still randomise, and the layout does not say which stub ran.
 * The decompressor gives up physical randomisation with more than four memmap= regions
 * (kaslr.c memmap_too_large): not modelled. arm64 and riscv64 EFI stubs randomise too, with
 * the firmware's EFI_RNG_PROTOCOL (libstub/kaslr.c efi_kaslr_relocate_kernel()), but a board
 * does not say whether it boots through one: false there.
 */
export declare function physicalKaslr(layout: Pick<Layout, 'config' | 'cmdline' | 'efiBootServices'>, sim: Pick<SimulationResult, 'arch'>): boolean;
