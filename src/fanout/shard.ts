// SPDX-License-Identifier: GPL-2.0-only
/**
 * A plan entry's `shard` and the kernel override it was planned for, pure.
 *
 * The plan balances the legs by layout count, and a layout is a board × RAM variant × kernel:
 * with input `kernel` the plan counted other kernels than each board's own, and a leg that
 * is not given the same override checks other layouts than were planned and reports them as
 * if nothing were amiss. So the plan writes its override twice into each entry:
 *
 * - `kernel`: the override as the leg's `kernel` input takes it (`6.12,7.2`; empty: none),
 *   for `kernel: ${{ matrix.kernel }}`;
 * - `shard`: `k/n`, followed by ` (kernel 6.12,7.2)` when there is an override. Every leg
 *   already passes `matrix.shard`, so a leg whose `kernel` input is missing or different
 *   sees it, even in a workflow written before the entries had `kernel`.
 *
 * Kernels are compared by the release they resolve to (`6.1` and `6.1.192` are one kernel,
 * as check() counts them), as sets: the order of the list changes no layout's result.
 */
import { kernelKey } from '../matrix/decode.js'

/** A `shard` input read back: `k/n`, and the plan's kernel override when the shard names one. */
export interface ShardInput {
  k: number
  n: number
  /** The plan's override (` (kernel …)`); undefined when the shard names none. */
  kernel?: string[]
}

/**
 * `<k/n> (kernel <list>)`. The shard part ends at a non-space: a lazy `(.*?)\s+` tried the
 * spaces from each of their positions, quadratic on a long run.
 */
const KERNEL_SUFFIX = /^((?:.*\S)?)\s+\(kernel ([^()]*)\)$/

/**
 * `k/n` → [k, n], or undefined (a results file's `fanout.shard`; the input is read by readShard).
 *
 * @example
 * parseShard('3/4') // → [3, 4]
 */
export function parseShard(shard: string): [number, number] | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(shard.trim())
  if (!m) return undefined
  const k = Number(m[1])
  const n = Number(m[2])
  return k >= 1 && k <= n ? [k, n] : undefined
}

/**
 * A comma- or newline-separated list as the action's inputs read it (src/action/inputs.ts),
 * trimmed, empty items dropped: the shard's kernel list is the `kernel` input's, read alike.
 *
 * @example
 * splitList(' 6.12, 7.2,') // → ['6.12', '7.2']
 */
export function splitList(value: string): string[] {
  return value.split(/[\n,]/).map((s) => s.trim()).filter(Boolean)
}

/**
 * The `shard` of plan entry k of n.
 *
 * @example
 * formatShard(1, 3, []) // → '1/3'
 * formatShard(1, 3, ['6.12', '7.2']) // → '1/3 (kernel 6.12,7.2)'
 */
export function formatShard(k: number, n: number, kernel: readonly string[]): string {
  return kernel.length > 0 ? `${k}/${n} (kernel ${kernel.join(',')})` : `${k}/${n}`
}

/**
 * Reads a `shard` input: `k/n` with 1 <= k <= n, optionally followed by the plan's kernel override.
 *
 * @example
 * readShard('2/3') // → { k: 2, n: 3 }
 * readShard('2/3 (kernel 6.12)') // → { k: 2, n: 3, kernel: ['6.12'] }
 * readShard('4/3') // → undefined
 */
export function readShard(shard: string): ShardInput | undefined {
  const m = KERNEL_SUFFIX.exec(shard.trim())
  const parsed = parseShard(m ? m[1]! : shard)
  if (!parsed) return undefined
  const kernel = m ? splitList(m[2]!) : undefined
  if (kernel && kernel.length === 0) return undefined
  return { k: parsed[0], n: parsed[1], ...(kernel && { kernel }) }
}

/** The error for a `shard` input readShard() refuses (the action's inputs and a leg's own check). */
export function shardInputError(shard: string): string {
  return `input "shard" must be k/n with 1 <= k <= n, optionally followed by " (kernel <list>)" (the plan's matrix.shard), not "${shard}"`
}

/**
 * Whether a leg's `kernel` input checks what its plan was made for.
 *
 * @param shard - the leg's `shard` input, read (readShard)
 * @param kernel - the leg's `kernel` input (empty: each board's own kernels)
 * @returns why the leg would check other kernels than planned, or undefined when it would not
 * @example
 * legKernelMismatch(readShard('1/2 (kernel 6.12)')!, []) // → 'the plan was made for kernel 6.12 …'
 */
export function legKernelMismatch(shard: ShardInput, kernel: readonly string[]): string | undefined {
  const planned = shard.kernel ?? []
  if (kernelKey(planned) === kernelKey(kernel)) return undefined
  const plannedText = planned.length > 0 ? `kernel ${planned.join(',')}` : `each board's own kernels (no input "kernel")`
  const givenText = kernel.length > 0 ? `input "kernel" is ${kernel.join(',')}` : 'input "kernel" is empty'
  const fix = shard.kernel
    ? 'pass kernel: ${{ matrix.kernel }} to the check job'
    : 'give the plan job the same input "kernel" and pass kernel: ${{ matrix.kernel }} to the check job (a plan made by an older crashkernel-check does not record its kernels in matrix.shard: run one version in every job)'
  return `shard ${shard.k}/${shard.n}: the plan was made for ${plannedText}, but this check job's ${givenText}: it would check other kernels than planned; ${fix}`
}
