// SPDX-License-Identifier: GPL-2.0-only
/**
 * simulate(): one layout through the boot mirror of its architecture and kernel policy.
 * Pure: the same layout always gives the same result.
 */
import { acpiBootTableInit, acpiFirmwareOf, acpiParamsFromCmdline } from './arm64/acpi.js'
import { clearMapMemCache } from './arm64/mmu.js'
import { arm64ParamTrace, clearLinearMapFlagsStore } from './arm64/paging.js'
import { arm64Boot } from './arm64/setup.js'
import { setBootPrefixSharing } from './boot-prefix.js'
import type { ArchBoot } from './boot.js'
import { clearEarlyParamStore, parseEarlyParamStops, type EarlyParamStop, type ParamTrace } from './early-params.js'
import { memblockPhysMemSize } from './memblock/memblock.js'
import { crashkernelPresent, fixedAlignOf, reserveCrashkernelNone } from './crashkernel/reserve.js'
import { crashkernelRangeMatch, type CrashkernelRangeMatch } from './crashkernel/parse.js'
import { POLICIES, policyFor, policyModels, resolveKernelRelease as resolve, WHAT_IF_POLICIES } from './policies/index.js'
import { riscvBoot } from './riscv/setup.js'
import { bootCommandLine } from './params.js'
import { unflattenSizes, type UnflattenSizes } from './fdt.js'
import { Trace } from './trace.js'
import { formatKernelVersion, parseKernelVersion } from './kernel-version.js'
import type { KernelPolicy } from './policies/types.js'
import type { Arch, Layout, ParsedCrashkernelRequest, PhysSize, SimulationResult } from './types.js'
import { x86ParamTrace } from './x86/param-trace.js'
import { AllocLowPagesPanic } from './x86/init-mem-mapping.js'
import { x86Boot, x86MaxPhysmemBits } from './x86/setup.js'

const BOOT: Record<Arch, ArchBoot> = { arm64: arm64Boot, x86_64: x86Boot, riscv64: riscvBoot }
/**
 * What an arch's own parameter mirrors print: by token in parse_early_param()'s pass
 * (early-params.ts merges it), and in parse_args("Booting kernel") after setup_arch().
 */
const PARAM_TRACE: Partial<Record<Arch, (layout: Layout, policy: KernelPolicy) => ParamTrace>> = { arm64: arm64ParamTrace, x86_64: x86ParamTrace }

/**
 * An input the engine cannot simulate (unknown kernel or policy): a caller error, not a bug.
 * Also a layout whose boot ends before the reservation in a way the results have no outcome
 * for: x86's init_mem_mapping() with no page left for a page table (AllocLowPagesPanic).
 */
export class UnsupportedLayoutError extends Error {
  override readonly name: string = 'UnsupportedLayoutError'
}

/**
 * A layout whose kernel panics before the crash kernel reservation, where the results have no
 * outcome: x86's init_mem_mapping() with no page left for a page table (AllocLowPagesPanic,
 * `mem=1M`). An UnsupportedLayoutError for callers that only tell simulated from not; check()
 * reports it as the boot panic it is (CK012).
 */
export class LayoutDoesNotBootError extends UnsupportedLayoutError {
  override readonly name: string = 'LayoutDoesNotBootError'
  /** @param panic - where and why it panics, as the kernel would say it */
  constructor(readonly panic: string) {
    super(`the kernel does not boot: ${panic}`)
  }
}

/**
 * The release and policy of (arch, kernel, policy name). Both are pure functions of those
 * three strings and the registry is immutable data, so fleets that repeat a kernel look it
 * up once instead of parsing the version and scanning the registry per layout. Looked up by
 * arch, policy name and kernel string in nested maps: a key string built per layout would
 * cost a concatenation and a hash of it, while V8 keeps the hash of the layout's own strings.
 */
const POLICY_OF = new Map<Arch, Map<string, Map<string, { release: string; policy: KernelPolicy }>>>()

function releaseAndPolicy(layout: Layout): { release: string; policy: KernelPolicy } {
  const name = layout.policy ?? ''
  const hit = POLICY_OF.get(layout.arch)?.get(name)?.get(layout.kernel)
  if (hit) return hit
  const release = resolve(layout.kernel)
  if (!release) throw new UnsupportedLayoutError(`kernel ${layout.kernel} is not supported (5.10.0 … 7.x)`)
  const policy = policyFor(layout.arch, release, layout.policy)
  if (!policy) throw new UnsupportedLayoutError(`no ${layout.arch} policy ${layout.policy ?? `for ${release}`}`)
  let byName = POLICY_OF.get(layout.arch)
  if (!byName) POLICY_OF.set(layout.arch, (byName = new Map()))
  let byKernel = byName.get(name)
  if (!byKernel) byName.set(name, (byKernel = new Map()))
  // Bounded by the number of distinct kernel strings a run names; kept small regardless.
  if (byKernel.size >= 1024) byKernel.clear()
  byKernel.set(layout.kernel, { release, policy })
  return { release, policy }
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
export function simulate(given: Layout): SimulationResult {
  const { release, policy } = releaseAndPolicy(given)
  // The kernel reads only the first COMMAND_LINE_SIZE - 1 bytes of the command line.
  const cmdline = bootCommandLine(given.cmdline, policy.commandLineSize)
  const layout = cmdline === given.cmdline ? given : { ...given, cmdline }
  const trace = new Trace()
  // setup_arch() → parse_early_param(), before each arch's memblock setup: what the handlers
  // print comes first, and a handler that faults stops the boot there.
  const bootLayout = release === layout.kernel ? layout : { ...layout, kernel: release }
  const params = PARAM_TRACE[layout.arch]?.(bootLayout, policy)
  const early = parseEarlyParamStops(layout.arch, layout.cmdline, policy, layout, params?.early, params?.fault)
  for (const e of early.events) trace.events.push(e)
  if (early.stop) return stoppedInEarlyParams(layout, release, policy, early.stop, trace)
  let boot: ReturnType<ArchBoot>
  try {
    boot = BOOT[layout.arch](bootLayout, policy, trace)
  } catch (error) {
    if (error instanceof AllocLowPagesPanic) throw new LayoutDoesNotBootError(`init_mem_mapping() has no page for a page table (${error.message})`)
    throw error
  }
  // start_kernel(): setup_arch() has returned (the crash kernel, CMA and zone lines are out),
  // "Kernel command line:" is printed, then parse_args("Booting kernel") runs the __setup()
  // handlers and builtin module parameters. A boot that hangs in the reservation never gets there.
  // Nor does one that panics after it, in setup_arch() (boot.panic); one whose panic waits for
  // the early initcalls (no real-mode trampoline) parses them first.
  const stopsInSetupArch = boot.panic !== undefined && boot.panic.cause !== 'no-real-mode-trampoline'
  if (params && boot.crash.outcome.kind !== 'hang' && !stopsInSetupArch) for (const e of params.bootingKernel) trace.events.push(e)
  // The required fields in one literal, so that the compiler checks none is missing; the
  // optional ones are assigned after it, and only when there is something in them (spreading
  // a conditional object into the literal made V8 copy it through its generic path on every
  // layout). So they come last in a result's JSON.
  const result: SimulationResult = {
    arch: layout.arch,
    kernel: release,
    policy: policy.id,
    crashkernel: boot.crash.outcome,
    // With no crashkernel= at all, the parse results some generations keep (a size and base
    // of 0 from a parser that found no token) describe nothing the user wrote: the request is
    // just its absence.
    request: requestOf(boot.crash.request),
    zones: boot.zoneRanges,
    zoneLines: boot.zoneLines,
    zoneLinesAt: boot.zoneLinesAt,
    lowMax: boot.lowMax,
    highMax: boot.highMax,
    systemRam: memblockPhysMemSize(boot.mb),
    // The boot's memblock is its own (boot-prefix.ts hands every finish a private copy) and
    // nothing touches it after the boot, so the result takes its region lists as they are.
    memory: boot.mb.memory.regions,
    reserved: boot.mb.reserved.regions,
    protection: boot.protection,
    trace: trace.events,
  }
  if (boot.crash.cma) result.crashkernelCma = boot.crash.cma
  if (boot.panic) result.panic = boot.panic
  if (boot.linearMap) result.linearMap = boot.linearMap
  if (boot.satpMode) result.satpMode = boot.satpMode
  if (boot.directMapKb) {
    result.directMapKb = boot.directMapKb
    result.directMapRuntimeSplits2M = boot.directMapRuntimeSplits2M ?? 0
  }
  return result
}

/**
 * Engine helper (no kernel counterpart): whether the layout's kernel runs with ACPI.
 * arm64's acpi_boot_table_init() on the command line the kernel keeps and the firmware the
 * layout describes (arm64/acpi.ts); false on the other architectures, whose ACPI boots are
 * not modelled. For comparing a board with a boot log (verify).
 * @throws UnsupportedLayoutError for a kernel or policy the engine does not model
 */
export function runsWithAcpi(given: Layout): boolean {
  if (given.arch !== 'arm64') return false
  const { policy } = releaseAndPolicy(given)
  const cmdline = bootCommandLine(given.cmdline, policy.commandLineSize)
  const gen = policy.arm64!.acpiBoot
  return !acpiBootTableInit(acpiParamsFromCmdline(cmdline, gen), acpiFirmwareOf(given.acpi), gen, cmdline).acpiDisabled
}

/**
 * Engine helper (no kernel counterpart): x86_64's MAX_PHYSMEM_BITS for the layout's kernel, CPU
 * and the command line the kernel keeps (46, or 52 with 5-level paging); undefined on the other
 * architectures. RAM past 2^bits is beyond MAXMEM: e820__end_of_ram_pfn() stops there.
 * @throws UnsupportedLayoutError for a kernel or policy the engine does not model
 */
export function x86PhysmemBits(given: Layout): number | undefined {
  if (given.arch !== 'x86_64') return undefined
  const { policy } = releaseAndPolicy(given)
  const cmdline = bootCommandLine(given.cmdline, policy.commandLineSize)
  return Number(x86MaxPhysmemBits({ ...given, cmdline }, policy.x86!))
}

/**
 * A boot an early parameter stopped (early-params.ts): the kernel never set memblock up (x86's
 * is empty; arm64's and riscv64's hold only the DT's memory nodes), laid out zones, mapped
 * memory or parsed crashkernel=, so the result has none of them; the
 * outcome says where it stopped, the request only whether crashkernel= was given.
 */
function stoppedInEarlyParams(layout: Layout, release: string, policy: KernelPolicy, stop: EarlyParamStop, trace: Trace): SimulationResult {
  return {
    arch: layout.arch,
    kernel: release,
    policy: policy.id,
    crashkernel: { kind: 'hang', cause: 'early-param', param: stop.param, fault: stop.fault, at: stop.at, fn: stop.fn },
    // Present as every reservation path decides it (strstr() of "crashkernel="), never parsed.
    request: { present: crashkernelPresent(layout.cmdline) },
    zones: [],
    zoneLines: [],
    zoneLinesAt: trace.events.length,
    lowMax: 0n,
    highMax: 0n,
    systemRam: 0n,
    memory: [],
    reserved: [],
    protection: { available: false, why: `the boot stops in parse_early_param() at "${stop.param}", before a crash kernel could be loaded` },
    trace: trace.events,
  }
}

/** The request at the engine's boundary: a present one as parsed, an absent one as just that. */
function requestOf(r: ParsedCrashkernelRequest): SimulationResult['request'] {
  return r.present ? (r as SimulationResult['request']) : { present: false }
}

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
export function resolveKernelRelease(kernel: string): string | undefined {
  return resolve(kernel)
}

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
export function crashkernelRangeOf(result: Pick<SimulationResult, 'arch' | 'kernel' | 'policy' | 'systemRam' | 'request'>, cmdline: string): CrashkernelRangeMatch | undefined {
  const policy = policyFor(result.arch, result.kernel, result.policy)
  if (!policy) return undefined
  const match = crashkernelRangeMatch(bootCommandLine(cmdline, policy.commandLineSize), result.systemRam, policy.parse, new Trace())
  if (match?.matched !== undefined && match.entries[match.matched]!.size !== result.request.size) return undefined
  return match
}

/**
 * Engine helper (no kernel counterpart): for rules: the part of a command line the kernel
 * reads under the policy `result` was simulated with (bootCommandLine()) and the policy's
 * COMMAND_LINE_SIZE; undefined for a policy id the registry does not know.
 *
 * @example
 * kernelCommandLine({ arch: 'riscv64', kernel: '6.12.117', policy: 'riscv64-6.12.103' }, line) // → { kept: <at most 1023 bytes of line>, commandLineSize: 1024 }
 */
export function kernelCommandLine(result: Pick<SimulationResult, 'arch' | 'kernel' | 'policy'>, cmdline: string): { kept: string; commandLineSize: number } | undefined {
  const policy = policyFor(result.arch, result.kernel, result.policy)
  return policy && { kept: bootCommandLine(cmdline, policy.commandLineSize), commandLineSize: policy.commandLineSize }
}

/**
 * Engine helper (no kernel counterpart): for importers: the memblock allocations
 * unflatten_device_tree() makes for a layout under its policy (fdt.ts unflattenSizes(): from
 * its `deviceTree` counts, else its measured `boot` sizes); undefined for a kernel without a
 * policy, and for x86_64, which unflattens no tree.
 */
export function unflattenedTreeOf(layout: Layout): UnflattenSizes | undefined {
  const release = resolve(layout.kernel)
  const policy = release === undefined ? undefined : policyFor(layout.arch, release, layout.policy)
  const structs = policy?.arm64?.ofStructs ?? policy?.riscv?.ofStructs
  return structs && unflattenSizes(layout, structs)
}

/** The smallest COMMAND_LINE_SIZE of any modelled kernel (riscv64's 1024 before 7.1). */
const SMALLEST_COMMAND_LINE_SIZE = Math.min(...POLICIES.map((p) => p.commandLineSize))

/**
 * Engine helper (no kernel counterpart): for edits that place crashkernel= on a command line
 * meant for several kernels: the part of it that every modelled kernel keeps (bootCommandLine()
 * with the smallest COMMAND_LINE_SIZE of any policy).
 *
 * @example
 * commandLineKeptByAll('console=ttyS0 crashkernel=256M') // → the same string
 * commandLineKeptByAll('x'.repeat(1030)) // → 'x'.repeat(1023)
 */
export function commandLineKeptByAll(cmdline: string): string {
  return bootCommandLine(cmdline, SMALLEST_COMMAND_LINE_SIZE)
}

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
export function crashkernelFixedAlign(result: Pick<SimulationResult, 'arch' | 'kernel' | 'policy'>): PhysSize | undefined {
  const policy = policyFor(result.arch, result.kernel, result.policy)
  return policy && fixedAlignOf(policy.crash)
}

/**
 * Engine helper (no kernel counterpart): for rules: whether the kernel `result` was simulated
 * with has crash kernel code at all (riscv64 before 5.13 has none: reserveCrashkernelNone());
 * undefined for a policy id the registry does not know.
 *
 * @example
 * hasCrashKernel({ arch: 'riscv64', kernel: '5.10.223', policy: 'riscv64-5.10' }) // → false
 */
export function hasCrashKernel(result: Pick<SimulationResult, 'arch' | 'kernel' | 'policy'>): boolean | undefined {
  const policy = policyFor(result.arch, result.kernel, result.policy)
  return policy && policy.crash.reserve !== reserveCrashkernelNone
}

/**
 * Engine helper (no kernel counterpart): lists the policy ids.
 * Every policy id, regular and what-if, for `--policy` help and docs.
 */
export function listPolicies(arch?: Arch): string[] {
  return [...POLICIES, ...WHAT_IF_POLICIES].filter((p) => arch === undefined || p.arch === arch).map((p) => p.id)
}

/**
 * Engine helper (no kernel counterpart): a policy chosen by name for a release outside the
 * releases it models (a what-if policy of the 6.0 – 6.1 thread on 6.12, say), or undefined
 * when it models the release or is unknown. The layout then runs the named policy's boot code
 * under the release's name and Debian profile, which the user should be told.
 */
export function policyOutsideRelease(arch: Arch, release: string, name: string): { releases: string; own: string | undefined } | undefined {
  const chosen = policyFor(arch, release, name)
  const v = parseKernelVersion(release)
  if (!chosen || !v) return undefined
  if (policyModels(chosen, v)) return undefined
  const { from, before } = chosen.appliesTo
  return { releases: `${formatKernelVersion(from)} – ${before ? `< ${formatKernelVersion(before)}` : '…'}`, own: policyFor(arch, release)?.id }
}

/**
 * Engine helper (no kernel counterpart): empties every engine store.
 * Empties every store the engine shares results through (boot prefixes, command-line
 * rewrites, arm64 map_mem() results and linear-map flags, which command lines name an early
 * parameter handler), with prefix sharing on: the state of a fresh process.
 * Results never depend on it; benchmarks call it to measure a cold engine.
 */
export function clearEngineStores(): void {
  setBootPrefixSharing(true)
  clearEarlyParamStore()
  clearMapMemCache()
  clearLinearMapFlagsStore()
}
