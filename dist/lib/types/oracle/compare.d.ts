/**
 * Prediction versus a real boot: compares a SimulationResult with what a kernel printed and
 * exposed (the oracle's `observed` record, or the same facts read from a boot log). Pure.
 */
import type { SimulationResult } from '../engine/index.js';
/** The facts of a real boot that the engine predicts (a subset of the oracle's `observed`). */
export interface ObservedBoot {
    /**
     * `Crash kernel` entries of /proc/iomem (inclusive ends), or the printed reservations.
     * `mib`: read from a line that prints base and size in whole MiB, rounded down (x86 ≤6.6
     * "Reserving %ldMB of memory at %ldMB"), so a prediction is compared at that granularity.
     */
    crashRanges?: Array<{
        start: bigint;
        end: bigint;
        kind: 'main' | 'low';
        mib?: true;
    }>;
    /** Parsed "Zone ranges:" (null = empty). */
    zoneRanges?: Record<string, {
        start: bigint;
        end: bigint;
    } | null> | undefined;
    /**
     * The "Zone ranges:" … "Initmem setup node" block as printed (free_area_init(),
     * mm/mm_init.c), without timestamps: the zones and the early memory node ranges.
     */
    zoneLines?: string[] | undefined;
    /** The kernel's crash-kernel messages, without timestamps. */
    crashLines?: string[];
    /** arm64 linear-map bytes per granule, where the page tables were walked. */
    linearMap?: Record<string, number>;
    /** Bytes per granule inside each crash range. */
    crashMapping?: Array<Record<string, number>>;
    /** x86 DirectMap counters in kB. */
    directMapKb?: Record<string, number> | undefined;
    /**
     * Whether init ran: false, the boot hung or died first, so nothing else was observed;
     * true, the boot got that far; absent, the source does not say.
     */
    initCompleted?: boolean | undefined;
    /**
     * How a boot that never reached init stopped, where its log shows it: `fault`, the kernel's
     * last words (an early exception, a BUG, an oops, a panic; `fn` the function its RIP or pc
     * line names); `endless-retry`, the crash reservation's memblock_phys_alloc_range() line
     * over and over (memblock=debug) as the kernel retries one window for ever. Absent: the
     * source does not say (a silent log may be either).
     */
    stopped?: {
        kind: 'fault';
        line: string;
        fn?: string;
    } | {
        kind: 'endless-retry';
        line: string;
    };
    /**
     * A boot that got past the crash reservation and then died in setup_arch(), before
     * start_kernel() printed "Kernel command line:", or in x86's init_real_mode(), an early
     * initcall after it: the kernel's last words and the function its RIP or pc line names
     * (SimulationResult.panic is the model's). Absent: it did not, or the source does not say.
     */
    panicAfterReservation?: {
        line: string;
        fn?: string;
    };
}
/**
 * How a boot that never reached init stopped, as its kernel lines show it ({@link ObservedBoot}
 * `stopped`), timestamps removed: read alike from a boot log's first boot (verify) and from
 * the lines an oracle case kept of its boot (run-case.ts observedBoot()).
 *
 * @returns undefined where the lines show neither a fault nor the endless retry
 */
export declare function stoppedFromLines(lines: readonly string[]): ObservedBoot['stopped'];
export interface Difference {
    /**
     * `acpi`: how an arm64 kernel ran, ACPI or a device tree; `line`: another message the
     * kernel printed with other values (verify only: src/verify/index.ts).
     */
    what: 'crash' | 'zones' | 'dmesg' | 'linear-map' | 'direct-map' | 'acpi' | 'line';
    expected: string;
    predicted: string;
    /** Where in the log the kernel printed `expected` (1-based line and column; verify only). */
    at?: {
        line: number;
        column: number;
    };
}
/** Lines of a crash-kernel dmesg selection that are the kernel's own reservation messages. */
export declare function isCrashMessage(line: string): boolean;
/** Strip the printk timestamp "[    0.000000] ". */
export declare const stripTimestamp: (line: string) => string;
/**
 * KFENCE unmaps the data page of each object freed at run time, which no boot-time model can
 * know. When the walked map differs from the prediction only by fewer base pages, and by no
 * more than the pages KFENCE may unmap, the prediction is taken as the walked one.
 */
export declare function kfenceAdjusted(lm: NonNullable<SimulationResult['linearMap']>, walked: Record<string, number | bigint>): Record<string, bigint>;
/** Compare one simulation with one observed boot; [] means the model agrees. */
export declare function compareWithBoot(sim: SimulationResult, obs: ObservedBoot): Difference[];
