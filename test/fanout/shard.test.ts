// SPDX-License-Identifier: GPL-2.0-only
/**
 * A plan entry's shard and its kernel override (src/fanout/shard.ts): written by the plan,
 * read back by a leg, which refuses to check other kernels than the plan balanced.
 */
import { describe, expect, it } from 'vitest'
import { resolveKernelRelease } from '../../src/engine/index.js'
import { formatShard, legKernelMismatch, parseShard, readShard } from '../../src/fanout/shard.js'
import { kernelKey } from '../../src/matrix/decode.js'

describe('parseShard', () => {
  it("reads a results file's k/n", () => {
    expect(parseShard('3/4')).toEqual([3, 4])
    expect(parseShard(' 1/1 ')).toEqual([1, 1])
    for (const bad of ['0/4', '5/4', '1', 'a/b', '1/2/3', '']) expect(parseShard(bad)).toBeUndefined()
  })
})

describe('formatShard / readShard', () => {
  it('writes k/n alone without an override, and reads back what it writes', () => {
    expect(formatShard(2, 3, [])).toBe('2/3')
    expect(formatShard(2, 3, ['6.12', '7.2'])).toBe('2/3 (kernel 6.12,7.2)')
    expect(readShard('2/3')).toEqual({ k: 2, n: 3 })
    expect(readShard(' 2/3 ')).toEqual({ k: 2, n: 3 })
    expect(readShard(formatShard(2, 3, ['6.12', '7.2']))).toEqual({ k: 2, n: 3, kernel: ['6.12', '7.2'] })
    expect(readShard('1/1 (kernel 6.1.192, 7.2)')).toEqual({ k: 1, n: 1, kernel: ['6.1.192', '7.2'] })
  })

  it('refuses what is not k/n, with or without a kernel list', () => {
    for (const bad of ['0/3', '4/3', '2', '2/3 (kernel )', '2/3 (kernel 6.12', '2/3(kernel 6.12)', '2/3 (kernels 6.12)', '(kernel 6.12)', '']) expect(readShard(bad), bad).toBeUndefined()
  })
})

describe('legKernelMismatch', () => {
  const planned = readShard('1/3 (kernel 6.12,7.2)')!
  const none = readShard('1/3')!

  it('accepts the plan\'s kernels in any order and spelling (a series or the release it resolves to)', () => {
    const release = resolveKernelRelease('6.12')!
    expect(release).not.toBe('6.12')
    expect(legKernelMismatch(planned, ['6.12', '7.2'])).toBeUndefined()
    expect(legKernelMismatch(planned, ['7.2', release, '6.12'])).toBeUndefined()
    expect(kernelKey(['7.2', release])).toBe(kernelKey(['6.12', '7.2']))
    expect(legKernelMismatch(none, [])).toBeUndefined()
  })

  it('says what the plan was made for, what the job was given, and how to fix it', () => {
    expect(legKernelMismatch(planned, [])).toBe(
      'shard 1/3: the plan was made for kernel 6.12,7.2, but this check job\'s input "kernel" is empty: it would check other kernels than planned; pass kernel: ${{ matrix.kernel }} to the check job',
    )
    expect(legKernelMismatch(planned, ['6.12'])).toMatch(/^shard 1\/3: the plan was made for kernel 6\.12,7\.2, but this check job's input "kernel" is 6\.12: /)
    expect(legKernelMismatch(none, ['6.12'])).toBe(
      'shard 1/3: the plan was made for each board\'s own kernels (no input "kernel"), but this check job\'s input "kernel" is 6.12: it would check other kernels than planned; give the plan job the same input "kernel" and pass kernel: ${{ matrix.kernel }} to the check job (a plan made by an older crashkernel-check does not record its kernels in matrix.shard: run one version in every job)',
    )
  })
})
