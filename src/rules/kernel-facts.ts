// SPDX-License-Identifier: GPL-2.0-only
/**
 * The few kernel facts the rules need that a SimulationResult does not carry (yet): the
 * alignment a fixed `@offset` must have (from the simulated policy), a version test, and
 * whether an x86_64 kernel places itself at random (the boot code before the kernel proper,
 * which the engine does not simulate).
 */
import { cmdlineFindOptionBool, crashkernelFixedAlign, isSpace, parseEarlyParams, type Layout, type SimulationResult } from '../engine/index.js'
import { InternalError } from '../errors.js'

/** MEMBLOCK_NOMAP — include/linux/memblock.h (1 << 2 in every version checked). */
export const MEMBLOCK_NOMAP_FLAG = 1 << 2

/** `major.minor` of the simulated release ≥ the given one; undefined for an unparsable release. */
export function kernelAtLeast(sim: Pick<SimulationResult, 'kernel'>, major: number, minor: number): boolean | undefined {
  const m = /^(\d+)\.(\d+)/.exec(sim.kernel)
  if (!m) return undefined
  const [ma, mi] = [Number(m[1]), Number(m[2])]
  return ma > major || (ma === major && mi >= minor)
}

/**
 * The alignment a fixed base must have under the policy the layout was simulated with (the
 * engine's crashkernelFixedAlign(): CRASH_ALIGN, or x86 ≤6.6's 1 MiB). A policy named by the
 * layout decides, not the release, so the rules agree with what the simulation did.
 */
export function crashAlign(sim: Pick<SimulationResult, 'arch' | 'kernel' | 'policy'>): bigint {
  const align = crashkernelFixedAlign(sim)
  if (align === undefined) throw new InternalError(`assertion failed: no ${sim.arch} policy "${sim.policy}" for a simulated result`)
  return align
}

/**
 * The options whose presence makes the x86 EFI stub drop physical KASLR, as its
 * parse_options() looks for them: strstr() finds each one's first occurrence, which counts
 * only at the start of the line or after white space (drivers/firmware/efi/libstub/x86-stub.c
 * @v6.12.117:848-865, @v7.2.13; @v6.1.192:746-764 also has "efi_fake_mem=", which later
 * kernels dropped with the option itself: 6.12's kernel-parameters.txt has none). From
 * 15aa8fb852f9 "x86/efistub: Omit physical KASLR when memory reservations exist" (6.10, and
 * stable 6.1.93 and 6.6.33).
 */
function efiStubKaslrOverrides(sim: Pick<SimulationResult, 'kernel'>): readonly string[] {
  return kernelAtLeast(sim, 6, 12) === false ? ['mem=', 'memmap=', 'efi_fake_mem=', 'hugepages='] : ['mem=', 'memmap=', 'hugepages=']
}

/** x86-stub.c parse_options(): the first override option the stub sees, if any. */
function efiStubKaslrOverride(cmdline: string, sim: Pick<SimulationResult, 'kernel'>): string | undefined {
  for (const opt of efiStubKaslrOverrides(sim)) {
    const p = cmdline.indexOf(opt)
    if (p === 0 || (p > 0 && isSpace(cmdline[p - 1]))) return opt
  }
  return undefined
}

/**
 * Whether the x86_64 kernel of a layout picks its physical address at random at boot, with
 * CONFIG_RANDOMIZE_BASE. Two pieces of boot code place it, each reading `nokaslr` its own way:
 * - the decompressor, arch/x86/boot/compressed/kaslr.c choose_random_location(), on a BIOS
 *   boot, and on an EFI boot of a kernel without a1b87d54f4e4 (5.10.223's x86-stub.c has no
 *   efi_decompress_kernel() and hands over to it): `nokaslr` as cmdline_find_option_bool()
 *   finds it (a word split at any byte up to ' ', anywhere on the line); it randomises with
 *   mem=, memmap= and hugepages= too, within and around them;
 * - the EFI stub, efi_decompress_kernel() (drivers/firmware/efi/libstub/x86-stub.c
 *   @v6.12.117:868-915, stable 6.1.192 too): `nokaslr` as efi_parse_options() finds it
 *   (next_arg() parameters up to `--`, so `nokaslr=1` counts), and from 15aa8fb852f9 no
 *   randomness with an override option above. A layout's release below 6.1 is taken to have
 *   no such stub; 6.1 releases before 6.1.93 that randomise with the override options are
 *   not told apart (not reported).
 * Neither keeps clear of a crashkernel= region: kaslr.c mem_avoid_init() avoids the
 * compressed kernel, the initrd, the command line, boot_params, setup_data and memmap=
 * regions only; the stub asks the firmware for any free memory. An EFI boot is one with
 * `efiBootServices`. The decompressor gives up physical randomisation with more than four
 * memmap= regions (kaslr.c memmap_too_large): not modelled. arm64 and riscv64 EFI stubs
 * randomise too, with the firmware's EFI_RNG_PROTOCOL (libstub/kaslr.c
 * efi_kaslr_relocate_kernel()), but a board does not say whether it boots through one: false
 * there.
 */
export function physicalKaslr(layout: Pick<Layout, 'config' | 'cmdline' | 'efiBootServices'>, sim: Pick<SimulationResult, 'arch' | 'kernel'>): boolean {
  if (sim.arch !== 'x86_64' || !layout.config.RANDOMIZE_BASE) return false
  const efiStub = (layout.efiBootServices?.length ?? 0) > 0 && kernelAtLeast(sim, 6, 1) !== false
  if (!efiStub) return !cmdlineFindOptionBool(layout.cmdline, 'nokaslr')
  if (parseEarlyParams(layout.cmdline).some((p) => p.param === 'nokaslr')) return false
  return efiStubKaslrOverride(layout.cmdline, sim) === undefined
}
