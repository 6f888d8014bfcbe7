// SPDX-License-Identifier: GPL-2.0-only
/**
 * The engine's only entry points: simulate() one layout, and the kernel-version registry.
 * Pure: no I/O, no process, no clock, no randomness.
 */
export type * from './types.js'
export { simulate, resolveKernelRelease, listPolicies, UnsupportedLayoutError } from './simulate.js'
