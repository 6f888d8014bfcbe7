// SPDX-License-Identifier: GPL-2.0-only
/**
 * The few kernel facts the rules need that a SimulationResult does not carry (yet): the
 * alignment a fixed `@offset` must have (from the simulated policy), a version test, and
 * whether an x86_64 kernel places itself at random (the boot code before the kernel proper,
 * which the engine does not simulate).
 */
import { crashkernelFixedAlign, type Layout, type SimulationResult } from '../engine/index.js'
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
 * @v6.12.117:848-865, @v7.2.13; @v6.1.192 also has "efi_fake_mem=", which later kernels
 * dropped with the option itself). From 15aa8fb852f9 "x86/efistub: Omit physical KASLR when
 * memory reservations exist" (6.10, and stable 6.1.93 and 6.6.33).
 */
const EFI_STUB_KASLR_OVERRIDES = ['mem=', 'memmap=', 'hugepages=']

/** The kernel's isspace() (lib/ctype.c: space, \t, \n, \v, \f, \r). */
const isSpace = (c: string | undefined): boolean => c !== undefined && ' \t\n\v\f\r'.includes(c)

/** `word` stands alone on the line, as cmdline_find_option_bool() finds a boolean option. */
function hasWord(cmdline: string, word: string): boolean {
  for (let p = cmdline.indexOf(word); p !== -1; p = cmdline.indexOf(word, p + 1)) {
    if ((p === 0 || isSpace(cmdline[p - 1])) && (p + word.length === cmdline.length || isSpace(cmdline[p + word.length]))) return true
  }
  return false
}

/** x86-stub.c parse_options(): the first override option the stub sees, if any. */
function efiStubKaslrOverride(cmdline: string): string | undefined {
  for (const opt of EFI_STUB_KASLR_OVERRIDES) {
    const p = cmdline.indexOf(opt)
    if (p === 0 || (p > 0 && isSpace(cmdline[p - 1]))) return opt
  }
  return undefined
}

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
export function physicalKaslr(layout: Pick<Layout, 'config' | 'cmdline' | 'efiBootServices'>, sim: Pick<SimulationResult, 'arch'>): boolean {
  if (sim.arch !== 'x86_64' || !layout.config.RANDOMIZE_BASE) return false
  if (hasWord(layout.cmdline, 'nokaslr')) return false
  const efi = (layout.efiBootServices?.length ?? 0) > 0
  return !(efi && efiStubKaslrOverride(layout.cmdline) !== undefined)
}
