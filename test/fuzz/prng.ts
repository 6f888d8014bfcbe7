// SPDX-License-Identifier: GPL-2.0-only
/** The differential fuzzers' deterministic random numbers: a fixed seed gives the same cases on every run. */

/** mulberry32 (scripts/mulberry32.mjs, shared with the scripts that draw cases): numbers in [0, 1) from a seed. */
export { mulberry32 } from '../../scripts/mulberry32.mjs'
