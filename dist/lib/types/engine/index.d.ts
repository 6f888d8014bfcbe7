/**
 * The engine's only entry points: simulate() one layout, the kernel-version registry, and
 * the kernel's own command-line tokeniser and version order for the rules, and a result's
 * lines in the kernel's order.
 * Pure: no I/O, no process, no clock, no randomness.
 */
export type * from './types.js';
export { simulate, runsWithAcpi, x86PhysmemBits, resolveKernelRelease, listPolicies, policyOutsideRelease, UnsupportedLayoutError, LayoutDoesNotBootError, crashkernelRangeOf, crashkernelFixedAlign, kernelCommandLine, commandLineKeptByAll, hasCrashKernel, unflattenedTreeOf } from './simulate.js';
export type { CrashkernelRangeEntry, CrashkernelRangeMatch } from './crashkernel/parse.js';
export { isSpace, parameq, parseEarlyParams, type EarlyParam } from './params.js';
export { giganticPagesAsked } from './hugetlb-bootmem.js';
export { riscvHeaderImageSize } from './riscv/image.js';
export { compareKernelVersions, parseKernelVersion } from './kernel-version.js';
export { cmdlineFindOptionBool } from './x86/setup.js';
export { isUnmapped } from './arm64/protection.js';
export { dmesgOf } from './trace.js';
