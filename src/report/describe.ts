// SPDX-License-Identifier: GPL-2.0-only
/** Short texts about engine results, shared by the formatters. */
import { kernelCommandLine, type EarlyParamFault, type SimulationResult } from '../engine/index.js'
import { fmtAddr, humanSize } from './memory-map.js'

/** How an early parameter's handler faults, as words after the parameter (`"kernelcore" reads through a NULL pointer`). */
export const FAULT_WORDS: Readonly<Record<EarlyParamFault, string>> = {
  bug: 'hits a BUG_ON()',
  'null-dereference': 'reads through a NULL pointer',
  panic: 'leaves a table the kernel panics on',
}

/**
 * What the kernel did with `crashkernel=X,cma` (x86_64 6.17+, arm64 and riscv64 7.3+), or
 * undefined where it read no `,cma` size.
 *
 * @example
 * describeCrashkernelCma(sim) // → 'reserved 128 MiB in 1 CMA area: 128 MiB at 0x1_0000_0000 – 0x1_07ff_ffff'
 */
export function describeCrashkernelCma(sim: SimulationResult): string | undefined {
  const c = sim.crashkernelCma
  if (!c) return undefined
  if (c.unsupported) return 'not reserved: this kernel has no CONFIG_CMA ("crashkernel CMA reservation not supported")'
  if (c.ranges.length === 0) return `FAILED: no CMA area of ${humanSize(c.requested)} or a fraction of it found room`
  const areas = `${c.ranges.length} CMA area${c.ranges.length === 1 ? '' : 's'}: ${c.ranges.map((r) => `${humanSize(r.size)} at ${fmtAddr(r.base)} – ${fmtAddr(r.base + r.size - 1n)}`).join(', ')}`
  return c.reserved < c.requested ? `only ${humanSize(c.reserved)} of ${humanSize(c.requested)} reserved, in ${areas}` : `reserved ${humanSize(c.reserved)} in ${areas}`
}

/**
 * Whether the simulated boot stopped in parse_early_param() (CK007): the memory map, the
 * zones and CRASH_ADDR_LOW_MAX were never set up, and the result's zeros for them are no
 * figures to show.
 */
export function bootStoppedEarly(sim: SimulationResult): boolean {
  return sim.crashkernel.kind === 'hang' && sim.crashkernel.cause === 'early-param'
}

/**
 * How the boot panics after the reservation (SimulationResult.panic, CK012), in words, or
 * undefined when it does not: the crash region is reserved first, but nothing ever loads a
 * crash kernel into it.
 *
 * @example
 * bootPanicWords(sim) // → 'the boot panics in memmap_init(): NUMA node 1 (2 MiB) has no pg_data_t'
 */
export function bootPanicWords(sim: SimulationResult): string | undefined {
  const p = sim.panic
  if (!p) return undefined
  return `the boot panics in ${p.fn}(): ${panicCause(p, true)}`
}

/**
 * Why a boot panics after the reservation (SimulationResult.panic), in a few words; `sized`
 * adds a node's memory.
 *
 * @example
 * panicCause({ cause: 'no-real-mode-trampoline', at: 'arch/x86/realmode/init.c init_real_mode', fn: 'init_real_mode' }) // → 'no real-mode trampoline under 1 MiB'
 */
export function panicCause(p: NonNullable<SimulationResult['panic']>, sized = false): string {
  if (p.cause === 'no-real-mode-trampoline') return 'no real-mode trampoline under 1 MiB'
  return sized ? `NUMA node ${p.nid} (${humanSize(p.memory)}) has no pg_data_t` : `NUMA node ${p.nid} has no pg_data_t`
}

/**
 * Protection of the loaded crash kernel in words: "available" or "none", with why (a boot
 * that panics after the reservation, CK012, has none: the engine says so).
 *
 * @example
 * protectionWords(sim) // → { available: false, words: 'none (the boot panics in memmap_init() after the reservation, before a crash kernel could be loaded)' }
 */
export function protectionWords(sim: SimulationResult): { available: boolean; words: string } {
  return sim.protection.available ? { available: true, words: `available (${sim.protection.why})` } : { available: false, words: `none (${sim.protection.why})` }
}

/**
 * The COMMAND_LINE_SIZE of `sim`'s kernel when the layout requested nothing because every
 * crashkernel= of `cmdline` lies past the part of it the kernel keeps (CK004 `truncated`):
 * its "not requested" is then no absent option, and the formatters say it was cut off rather
 * than "no crashkernel= on the command line" next to a command line that shows one.
 * Undefined otherwise, and without the command line (results files of earlier versions).
 *
 * @example
 * crashkernelCutOff(sim, `${'x'.repeat(2100)} crashkernel=256M`) // → 2048 (arm64 6.12)
 */
export function crashkernelCutOff(sim: SimulationResult, cmdline: string | undefined): number | undefined {
  if (sim.crashkernel.kind !== 'not-requested' || cmdline === undefined || !cmdline.includes('crashkernel=')) return undefined
  const line = kernelCommandLine(sim, cmdline)
  return line && !line.kept.includes('crashkernel=') ? line.commandLineSize : undefined
}

/** What a layout whose crashkernel= was cut off (crashkernelCutOff()) did, in words. */
export function cutOffText(commandLineSize: number): string {
  return `crashkernel= cut off: the kernel keeps only the first ${commandLineSize - 1} bytes of the command line (COMMAND_LINE_SIZE ${commandLineSize})`
}
