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
