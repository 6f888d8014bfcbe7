// SPDX-License-Identifier: GPL-2.0-only
/**
 * parse_early_param() as far as the engine follows it there: the early parameters whose
 * handler stops the boot, and the ones of the zones code that print "Malformed early option",
 * in command-line order.
 *
 * Every architecture's setup_arch() calls parse_early_param() before the memblock setup the
 * engine mirrors (x86: before e820__memblock_setup(), memblock still empty; arm64 and riscv64:
 * after the DT's memory nodes went into memblock (setup_machine_fdt() / parse_dtb() →
 * early_init_dt_scan()), before arm64_memblock_init() / setup_bootmem()), so a handler that
 * faults there stops the boot before anything else the engine mirrors, the crash reservation
 * included, and what it printed comes before all their lines. next_arg()
 * gives a parameter without '=' a NULL value, and parse_one() hands it to do_early_param()
 * unchecked (parse_early_options() passes no kernel_param table, so nothing rejects a
 * missing value first), which calls each matching early_param() handler with it.
 *
 * The handlers (the others the engine reads, such as `mem=` or `rodata=`, are read where they
 * take effect):
 *   kernelcore   (every arch) a NULL value: parse_option_str(NULL, "mirror") reads address 0;
 *   movablecore  (every arch) a NULL value: cmdline_parse_core() returns -EINVAL;
 *   memmap       (x86_64) an item `nn%ss-T+T` with one type on both sides: BUG_ON() in
 *                __e820__range_update() (x86/e820.ts parseMemmapOptBug()).
 * test/boots/early-params boots each on Debian's kernels.
 *
 * @kernel init/main.c parse_early_param, do_early_param; arch/x86/kernel/setup.c,
 *         arch/arm64/kernel/setup.c, arch/riscv/kernel/setup.c setup_arch; kernel/params.c parse_args, parse_one;
 *         lib/cmdline.c next_arg, parse_option_str; mm/page_alloc.c (v5.10.223, v6.1.192),
 *         mm/mm_init.c (v6.12.117, v7.2.13) cmdline_parse_kernelcore, cmdline_parse_movablecore,
 *         cmdline_parse_core; arch/x86/kernel/e820.c parse_memmap_opt
 */
import { parameq, parseEarlyParams } from './params.js'
import type { KernelPolicy } from './policies/types.js'
import type { Arch, EarlyParamFault, TraceEvent } from './types.js'
import { parseMemmapOptBug } from './x86/e820.js'

/** Where and how an early parameter stops the boot. */
export interface EarlyParamStop {
  /** The token as the command line has it (`kernelcore`, `memmap=256M%0x60000000-1+1`). */
  param: string
  fault: EarlyParamFault
  /** The kernel file and function that faults. */
  at: string
}

export interface EarlyParamsResult {
  /** What the handlers printed before the boot went on or stopped, in order. */
  events: TraceEvent[]
  stop?: EarlyParamStop
}

/** An early_param() handler: 0, a negative errno ("Malformed early option"), or the fault it stops the boot with. */
type EarlyHandler = (val: string | null, policy: KernelPolicy) => number | { fault: EarlyParamFault; at: string }

const EINVAL = -22

/**
 * Mirrors cmdline_parse_kernelcore(): `parse_option_str(p, "mirror")` comes first and reads
 * `*p` without testing p (cmdline_parse_core()'s `if (!p)` is never reached), so a bare
 * `kernelcore` reads address 0. A value is never malformed (cmdline_parse_core() returns 0).
 * @kernel mm/mm_init.c cmdline_parse_kernelcore; lib/cmdline.c parse_option_str (v5.10.223 – v7.2.13)
 */
const cmdlineParseKernelcore: EarlyHandler = (val) => (val === null ? { fault: 'null-dereference', at: 'lib/cmdline.c parse_option_str' } : 0)

/**
 * Mirrors cmdline_parse_movablecore() → cmdline_parse_core(): `if (!p) return -EINVAL`.
 * @kernel mm/mm_init.c cmdline_parse_movablecore, cmdline_parse_core (v5.10.223 – v7.2.13)
 */
const cmdlineParseMovablecore: EarlyHandler = (val) => (val === null ? EINVAL : 0)

/**
 * Mirrors parse_memmap_opt() as far as it can stop the boot; it always returns 0 (each
 * item's -EINVAL is dropped), so it never prints "Malformed early option".
 * @kernel arch/x86/kernel/e820.c parse_memmap_opt (v5.10.223 – v7.2.13)
 */
const parseMemmapOpt: EarlyHandler = (val, policy) =>
  val !== null && parseMemmapOptBug(val, policy.parse.memparse, policy.parse.strtoullSaturates) !== undefined
    ? { fault: 'bug', at: 'arch/x86/kernel/e820.c __e820__range_update' }
    : 0

/** The handlers by arch, with a word the command line must hold for any of them to match. */
const HANDLERS: Record<Arch, ReadonlyArray<{ name: string; word: string; fn: EarlyHandler }>> = {
  x86_64: [
    { name: 'kernelcore', word: 'core', fn: cmdlineParseKernelcore },
    { name: 'movablecore', word: 'core', fn: cmdlineParseMovablecore },
    { name: 'memmap', word: 'memmap', fn: parseMemmapOpt },
  ],
  arm64: [
    { name: 'kernelcore', word: 'core', fn: cmdlineParseKernelcore },
    { name: 'movablecore', word: 'core', fn: cmdlineParseMovablecore },
  ],
  riscv64: [
    { name: 'kernelcore', word: 'core', fn: cmdlineParseKernelcore },
    { name: 'movablecore', word: 'core', fn: cmdlineParseMovablecore },
  ],
}

const NOTHING: EarlyParamsResult = { events: [] }

/**
 * Mirrors do_early_param() over the command line for the handlers above: each matching
 * handler runs in command-line order; a negative return prints "Malformed early option
 * '<param>'"; the first fault stops it all.
 * @kernel init/main.c do_early_param, parse_early_options
 */
export function parseEarlyParamStops(arch: Arch, cmdline: string, policy: KernelPolicy): EarlyParamsResult {
  // A cheap first look (the handlers' names, spelt with '_' or '-'); the tokens decide.
  const handlers = HANDLERS[arch].filter((h) => cmdline.includes(h.word))
  if (handlers.length === 0) return NOTHING
  const events: TraceEvent[] = []
  for (const { param, val } of parseEarlyParams(cmdline)) {
    for (const h of handlers) {
      if (!parameq(param, h.name)) continue
      const ret = h.fn(val, policy)
      if (typeof ret !== 'number') return { events, stop: { param: val === null ? param : `${param}=${val}`, ...ret } }
      if (ret !== 0) events.push({ level: 'warn', source: 'params', text: `Malformed early option '${param}'` })
    }
  }
  return events.length === 0 ? NOTHING : { events }
}
