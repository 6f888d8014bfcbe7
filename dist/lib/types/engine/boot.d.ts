/** What an architecture's boot mirror hands back to simulate(). */
import type { CrashReserveResult } from './crashkernel/reserve.js';
import type { Memblock } from './memblock/memblock.js';
import type { KernelPolicy } from './policies/types.js';
import type { Trace } from './trace.js';
import type { BootPanic, Layout, LinearMapFacts, PhysAddr, ProtectionFacts, SatpModeFacts, ZoneRange } from './types.js';
export interface ArchBootResult {
    mb: Memblock;
    crash: CrashReserveResult;
    /** CRASH_ADDR_LOW_MAX / CRASH_ADDR_HIGH_MAX in force when the reservation ran. */
    lowMax: PhysAddr;
    highMax: PhysAddr;
    zoneLines: string[];
    /** Where the zone lines go among the trace's events (SimulationResult.zoneLinesAt). */
    zoneLinesAt: number;
    zoneRanges: ZoneRange[];
    linearMap?: LinearMapFacts;
    /** riscv64: the paging mode (setup.ts satpModeFacts()). */
    satpMode?: SatpModeFacts;
    protection: ProtectionFacts;
    /** x86 DirectMap counters in kB, keyed as /proc/meminfo prints them. */
    directMapKb?: Record<string, number> | undefined;
    directMapRuntimeSplits2M?: number;
    /** The boot panics after the reservation (x86: memmapInit()). */
    panic?: BootPanic;
    /** Arch-specific facts for debugging (not part of the public result). */
    extra?: Record<string, unknown>;
}
/** One architecture's boot, from the firmware hand-over to the crash reservation. */
export type ArchBoot = (layout: Layout, policy: KernelPolicy, trace: Trace) => ArchBootResult;
/**
 * Engine helper (no kernel counterpart): the zone block and the trace of a boot whose crash
 * reservation hangs. The kernel prints nothing after the hang, so the lines a finish put after
 * the reservation (`afterCrash`, the trace's length right after it: an early reservation's
 * paging_init() and bootmem_init(), 7.0+'s and x86's zone block, which come after it) are
 * dropped, and a zone block printed after it (`zonesAfterCrash`) has no lines. One printed before
 * it (arm64 and riscv64 up to 6.x, deferred) stays. Any other outcome keeps both as they are.
 */
export declare function linesBeforeHang(crash: CrashReserveResult, trace: Trace, afterCrash: number, zonesAfterCrash: boolean, zoneLines: string[], zoneLinesAt: number): {
    zoneLines: string[];
    zoneLinesAt: number;
};
