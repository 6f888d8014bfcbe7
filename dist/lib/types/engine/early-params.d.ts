import type { KernelPolicy } from './policies/types.js';
import type { Arch, EarlyParamFault, Layout, TraceEvent } from './types.js';
/** How and where a handler faults. */
interface EarlyParamFaultAt {
    fault: EarlyParamFault;
    /** The kernel file and function that faults (`lib/cmdline.c parse_option_str`). */
    at: string;
    /** The function alone, as the fault's RIP or pc line names it (`parse_option_str`). */
    fn: string;
}
/** An arch handler's fault (arm64/linear-map-flags.ts), at the token of parseEarlyParams() index `index`. */
export interface ArchEarlyParamFaultAt extends EarlyParamFaultAt {
    index: number;
}
/** Where and how an early parameter stops the boot. */
export interface EarlyParamStop extends EarlyParamFaultAt {
    /** The token as the command line has it (`kernelcore`, `memmap=256M%0x60000000-1+1`). */
    param: string;
}
export interface EarlyParamsResult {
    /** What the handlers printed before the boot went on or stopped, in order. */
    events: TraceEvent[];
    stop?: EarlyParamStop;
}
/**
 * What an arch's parameters outside this file print (arm64's linear-map ones, x86's rodata= and
 * kfence.sample_interval=), and where the boot prints it.
 */
export interface ParamTrace {
    /**
     * What their early_param() handlers print in parse_early_param(), by the index of their token
     * in parseEarlyParams(cmdline): simulate() hands it to parseEarlyParamStops(), which prints it
     * in command-line order with this file's handlers' lines.
     */
    early: ReadonlyArray<readonly TraceEvent[] | undefined>;
    /**
     * What parse_args("Booting kernel") prints for them (5.10's `rodata=` __setup() handler, the
     * builtin module parameter `kfence.sample_interval` with CONFIG_KFENCE). start_kernel() runs
     * it after setup_arch() has returned and printed "Kernel command line:", so after every line
     * of the arch's boot that the engine mirrors (the crash kernel, CMA and zone lines among
     * them): simulate() puts it there.
     */
    bootingKernel: readonly TraceEvent[];
    /** The handler that faults in parse_early_param() (arm64 ≤ 5.19's parse_rodata() on a bare `rodata`): the boot stops there. */
    fault?: ArchEarlyParamFaultAt;
}
/** Nothing printed. */
export declare const NO_PARAM_TRACE: ParamTrace;
/** What of the layout the handlers read: the page size (PAGE_MASK), CONFIG_DMA_CMA, CONFIG_DEBUG_PAGEALLOC, CONFIG_DMA_NUMA_CMA, CONFIG_NUMA_EMU, the hardware's VA bits (riscv64's paging mode). */
export type EarlyParamLayout = Pick<Layout, 'pageSize' | 'vaBits'> & {
    config: Pick<Layout['config'], 'CMA' | 'DEBUG_PAGEALLOC' | 'DMA_NUMA_CMA' | 'NUMA_EMU'>;
} & Partial<Pick<Layout, 'memory' | 'e820AcpiData' | 'reservations' | 'cpu'>>;
/**
 * Engine helper (no kernel counterpart): empties the early-param handler-name store.
 * Empties namesAHandler()'s memory (clearEngineStores(): a cold engine for benchmarks).
 */
export declare function clearEarlyParamStore(): void;
/**
 * Mirrors do_early_param() over the command line for the handlers above: each matching
 * handler runs in command-line order; a non-zero return prints "Malformed early option
 * '<param>'"; the first fault stops it all. `printed` is what the arch's own early_param()
 * mirrors printed, by token (parseEarlyParams() index), put in its place among these lines,
 * and `archFault` where one of them faulted (at its token, after what it printed: the
 * arch's handlers are the only ones of their parameters).
 * @kernel init/main.c do_early_param, parse_early_options
 */
export declare function parseEarlyParamStops(arch: Arch, cmdline: string, policy: KernelPolicy, layout: EarlyParamLayout, printed?: ReadonlyArray<readonly TraceEvent[] | undefined>, archFault?: ArchEarlyParamFaultAt): EarlyParamsResult;
export {};
