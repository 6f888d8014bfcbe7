// SPDX-License-Identifier: GPL-2.0-only
/**
 * parse_early_param() as far as the engine follows it there: the early parameters of the
 * zones code that print "Malformed early option", in command-line order.
 *
 * Every architecture's setup_arch() calls parse_early_param() before it fills memblock
 * (x86: before e820__memblock_setup(); arm64 and riscv64: before their memblock init), so
 * what the handlers print comes before every line the engine's boot mirrors print (the
 * kernel prints them there, not when free_area_init() reads the values). next_arg() gives a
 * parameter without '=' a NULL value, and parse_one() hands it to do_early_param() unchecked
 * (parse_early_options() passes no kernel_param table, so nothing rejects a missing value
 * first), which calls each matching early_param() handler with it.
 *
 * The handlers (the others the engine reads, such as `mem=` or `rodata=`, are read where they
 * take effect):
 *   movablecore  (every arch) a NULL value: cmdline_parse_core() returns -EINVAL.
 *
 * @kernel init/main.c parse_early_param, do_early_param; kernel/params.c parse_args, parse_one;
 *         lib/cmdline.c next_arg; mm/page_alloc.c (v5.10.223, v6.1.192), mm/mm_init.c
 *         (v6.12.117, v7.2.13) cmdline_parse_movablecore, cmdline_parse_core
 */
import { parameq, parseEarlyParams } from './params.js'
import type { KernelPolicy } from './policies/types.js'
import type { Arch, TraceEvent } from './types.js'

export interface EarlyParamsResult {
  /** What the handlers printed, in order. */
  events: TraceEvent[]
}

/** An early_param() handler: 0 or a negative errno ("Malformed early option"). */
type EarlyHandler = (val: string | null, policy: KernelPolicy) => number

const EINVAL = -22

/**
 * Mirrors cmdline_parse_movablecore() → cmdline_parse_core(): `if (!p) return -EINVAL`.
 * @kernel mm/mm_init.c cmdline_parse_movablecore, cmdline_parse_core (v5.10.223 – v7.2.13)
 */
const cmdlineParseMovablecore: EarlyHandler = (val) => (val === null ? EINVAL : 0)

/** The handlers by arch, with a word the command line must hold for any of them to match. */
const HANDLERS: Record<Arch, ReadonlyArray<{ name: string; word: string; fn: EarlyHandler }>> = {
  x86_64: [{ name: 'movablecore', word: 'core', fn: cmdlineParseMovablecore }],
  arm64: [{ name: 'movablecore', word: 'core', fn: cmdlineParseMovablecore }],
  riscv64: [{ name: 'movablecore', word: 'core', fn: cmdlineParseMovablecore }],
}

const NOTHING: EarlyParamsResult = { events: [] }

/**
 * Mirrors do_early_param() over the command line for the handlers above: each matching
 * handler runs in command-line order; a negative return prints "Malformed early option
 * '<param>'".
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
      if (h.fn(val, policy) !== 0) events.push({ level: 'warn', source: 'params', text: `Malformed early option '${param}'` })
    }
  }
  return events.length === 0 ? NOTHING : { events }
}
