import { type CrashkernelRangeMatch } from './crashkernel/parse.js';
import { type UnflattenSizes } from './fdt.js';
import type { Arch, Layout, PhysSize, SimulationResult } from './types.js';
/**
 * An input the engine cannot simulate (unknown kernel or policy): a caller error, not a bug.
 * Also a layout whose boot ends before the reservation in a way the results have no outcome
 * for: x86's init_mem_mapping() with no page left for a page table (AllocLowPagesPanic).
 */
export declare class UnsupportedLayoutError extends Error {
    readonly name: string;
}
/**
 * A layout whose kernel panics before the crash kernel reservation, where the results have no
 * outcome: x86's init_mem_mapping() with no page left for a page table (AllocLowPagesPanic,
 * `mem=1M`). An UnsupportedLayoutError for callers that only tell simulated from not; check()
 * reports it as the boot panic it is (CK012).
 */
export declare class LayoutDoesNotBootError extends UnsupportedLayoutError {
    readonly panic: string;
    readonly name: string;
    /** @param panic - where and why it panics, as the kernel would say it */
    constructor(panic: string);
}
/**
 * Engine helper (no kernel counterpart): the engine's entry point; runs the policy's arch boot.
 * Simulates one layout's boot: memblock, the crashkernel= reservation, the zones and the
 * linear map, as the kernel of `layout.kernel` (a release, or a series resolved by
 * resolveKernelRelease()) would do them.
 *
 * The result may share objects (zone lines, trace events, page-table summaries) with the
 * results of other layouts and later calls (docs/engine.md "Sharing between layouts"): read
 * it, do not change it.
 *
 * @param layout - one board × RAM variant × kernel, decoded (addresses and sizes as bigint)
 * @returns what the kernel ends with; `kernel` is the resolved release
 * @throws UnsupportedLayoutError for a kernel or policy the engine does not model
 * @example
 * simulate({ ...layout, kernel: '6.12' }).kernel // → '6.12.117'
 * simulate({ ...layout, kernel: '4.19' })        // throws UnsupportedLayoutError: kernel 4.19 is not supported (5.10.0 … 7.x)
 */
export declare function simulate(given: Layout): SimulationResult;
/**
 * Engine helper (no kernel counterpart): whether the layout's kernel runs with ACPI.
 * arm64's acpi_boot_table_init() on the command line the kernel keeps and the firmware the
 * layout describes (arm64/acpi.ts); false on the other architectures, whose ACPI boots are
 * not modelled. For comparing a board with a boot log (verify).
 * @throws UnsupportedLayoutError for a kernel or policy the engine does not model
 */
export declare function runsWithAcpi(given: Layout): boolean;
/**
 * Engine helper (no kernel counterpart): x86_64's MAX_PHYSMEM_BITS for the layout's kernel, CPU
 * and the command line the kernel keeps (46, or 52 with 5-level paging); undefined on the other
 * architectures. RAM past 2^bits is beyond MAXMEM: e820__end_of_ram_pfn() stops there.
 * @throws UnsupportedLayoutError for a kernel or policy the engine does not model
 */
export declare function x86PhysmemBits(given: Layout): number | undefined;
/**
 * Engine helper (no kernel counterpart): the public name of the policy registry's release lookup.
 * The release the engine simulates for a kernel as written: a series with a Debian build in
 * the oracle becomes that release, any other series its .0, and a release inside the
 * modelled span stays as it is.
 *
 * @returns the release, or undefined for a kernel outside 5.10.0 … 7.x or not a version
 * @example
 * resolveKernelRelease('6.12')  // → '6.12.117'
 * resolveKernelRelease('6.6')   // → '6.6.0'
 * resolveKernelRelease('6.1.5') // → '6.1.5'
 * resolveKernelRelease('4.19')  // → undefined
 */
export declare function resolveKernelRelease(kernel: string): string | undefined;
/**
 * Engine helper (no kernel counterpart): for reports: the crashkernel= range entry a simulation used.
 * For reports (explain): when the `crashkernel=` a simulated layout's kernel read is a range
 * list, which entry it took and against which RAM figure (System RAM, rounded up to 128 MiB
 * from 6.1 on). Undefined for any other form, or when the entry read here is not the size the
 * simulation reserved for (a RAM figure that changed between the reservation and the end of
 * the boot): a report must not explain what the boot did not do.
 *
 * @param result - the simulation of the layout
 * @param cmdline - the layout's command line (as the board gives it: the part the kernel
 *   keeps is taken here)
 */
export declare function crashkernelRangeOf(result: Pick<SimulationResult, 'arch' | 'kernel' | 'policy' | 'systemRam' | 'request'>, cmdline: string): CrashkernelRangeMatch | undefined;
/**
 * Engine helper (no kernel counterpart): for rules: the part of a command line the kernel
 * reads under the policy `result` was simulated with (bootCommandLine()) and the policy's
 * COMMAND_LINE_SIZE; undefined for a policy id the registry does not know.
 *
 * @example
 * kernelCommandLine({ arch: 'riscv64', kernel: '6.12.117', policy: 'riscv64-6.12.103' }, line) // → { kept: <at most 1023 bytes of line>, commandLineSize: 1024 }
 */
export declare function kernelCommandLine(result: Pick<SimulationResult, 'arch' | 'kernel' | 'policy'>, cmdline: string): {
    kept: string;
    commandLineSize: number;
} | undefined;
/**
 * Engine helper (no kernel counterpart): for importers: the memblock allocations
 * unflatten_device_tree() makes for a layout under its policy (fdt.ts unflattenSizes(): from
 * its `deviceTree` counts, else its measured `boot` sizes); undefined for a kernel without a
 * policy, and for x86_64, which unflattens no tree.
 */
export declare function unflattenedTreeOf(layout: Layout): UnflattenSizes | undefined;
/**
 * Engine helper (no kernel counterpart): for edits that place crashkernel= on a command line
 * meant for several kernels: the part of it that every modelled kernel keeps (bootCommandLine()
 * with the smallest COMMAND_LINE_SIZE of any policy).
 *
 * @example
 * commandLineKeptByAll('console=ttyS0 crashkernel=256M') // → the same string
 * commandLineKeptByAll('x'.repeat(1030)) // → 'x'.repeat(1023)
 */
export declare function commandLineKeptByAll(cmdline: string): string;
/**
 * Engine helper (no kernel counterpart): for rules: a policy's fixed-base alignment.
 * The alignment a fixed `crashkernel=X@Y` base must have under the policy `result` was
 * simulated with: what the rules compare an `@offset` against and round suggested offsets
 * to. Taken from the policy, not the release, because a layout may name another policy.
 * Undefined for a policy id the registry does not know.
 *
 * @example
 * crashkernelFixedAlign({ arch: 'x86_64', kernel: '6.1.192', policy: 'x86_64-6.1.178' }) // → 1048576n
 */
export declare function crashkernelFixedAlign(result: Pick<SimulationResult, 'arch' | 'kernel' | 'policy'>): PhysSize | undefined;
/**
 * Engine helper (no kernel counterpart): for rules: whether the kernel `result` was simulated
 * with has crash kernel code at all (riscv64 before 5.13 has none: reserveCrashkernelNone());
 * undefined for a policy id the registry does not know.
 *
 * @example
 * hasCrashKernel({ arch: 'riscv64', kernel: '5.10.223', policy: 'riscv64-5.10' }) // → false
 */
export declare function hasCrashKernel(result: Pick<SimulationResult, 'arch' | 'kernel' | 'policy'>): boolean | undefined;
/**
 * Engine helper (no kernel counterpart): lists the policy ids.
 * Every policy id, regular and what-if, for `--policy` help and docs.
 */
export declare function listPolicies(arch?: Arch): string[];
/**
 * Engine helper (no kernel counterpart): a policy chosen by name for a release outside the
 * releases it models (a what-if policy of the 6.0 – 6.1 thread on 6.12, say), or undefined
 * when it models the release or is unknown. The layout then runs the named policy's boot code
 * under the release's name and Debian profile, which the user should be told.
 */
export declare function policyOutsideRelease(arch: Arch, release: string, name: string): {
    releases: string;
    own: string | undefined;
} | undefined;
/**
 * Engine helper (no kernel counterpart): empties every engine store.
 * Empties every store the engine shares results through (boot prefixes, command-line
 * rewrites, arm64 map_mem() results and linear-map flags, which command lines name an early
 * parameter handler), with prefix sharing on: the state of a fresh process.
 * Results never depend on it; benchmarks call it to measure a cold engine.
 */
export declare function clearEngineStores(): void;
