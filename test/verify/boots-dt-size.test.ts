// SPDX-License-Identifier: GPL-2.0-only
/**
 * The unflattened device tree sized from the DTB alone, for each arm64 boot of test/boots that
 * keeps the DTB it booted with and printed memblock=debug: the counts the importer takes from
 * the blob (unflattenCounts()), with the kernel's struct sizes (its policy's, and the Debian
 * build's CONFIG_OF_DYNAMIC), give the bytes unflatten_device_tree() asked memblock for, to
 * the byte; and after it, one request per /aliases entry of_alias_scan() allocates (a path that
 * resolves, a name that ends in a decimal id: ofAliasScan()), in the order of the entries, and
 * none where the DTB has no /aliases (test/boots/arm64-aliases and random-dt have some).
 * riscv64's DTB files are what QEMU gave OpenSBI, which edits the tree before the
 * kernel gets it, so they are not the kernel's tree and are left out.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { unflattenSizes } from '../../src/engine/fdt.js'
import { policyFor } from '../../src/engine/policies/index.js'
import type { KernelConfig, Layout } from '../../src/engine/types.js'
import { parseDtb, unflattenCounts } from '../../src/import/dtb.js'
import { kernelProfile } from '../../src/presets/kernels.js'

const root = join(import.meta.dirname, '../boots')
const boots = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.startsWith('arm64-') && f.endsWith('.dtb')).map((f) => join(d.name, f.replace(/\.dtb$/, ''))))
  .sort()

// The memblock=debug request of the tree: 8-byte aligned, from the generic allocator
// (early_init_dt_alloc_memory_arch() up to 6.x, __memblock_alloc_or_panic() in 7.x).
const TREE_REQUEST = /memblock_alloc_try_nid: (\d+) bytes align=0x8 nid=-1 from=0x0+ max_addr=0x0+ (?:early_init_dt_alloc_memory_arch|__memblock_alloc_or_panic)\+/

/**
 * The requests of_alias_scan() makes right after the tree's (drivers/of/fdt.c@v7.2.13
 * unflatten_device_tree(): __unflatten_device_tree(), then of_alias_scan() with the same
 * allocator, drivers/of/base.c@v7.2.13:1934): the tree's request's kind, each followed only
 * by the reservation memblock_alloc_range_nid() makes for it; the first other line ends them.
 */
function aliasRequests(log: string, tree: RegExpExecArray): bigint[] {
  const after = log.slice(tree.index + tree[0].length).split('\n').slice(1)
  const sizes: bigint[] = []
  for (const line of after) {
    if (/\] (?:__)?memblock_reserve: \[0x[0-9a-f]+-0x[0-9a-f]+\].* memblock_alloc_range_nid\+/.test(line)) continue
    const asked = TREE_REQUEST.exec(line)
    if (!asked) break
    sizes.push(BigInt(asked[1]!))
  }
  return sizes
}

/**
 * Debian builds without a kernel profile: 6.16.3, 6.17.8 and 6.18.5 have CONFIG_OF_DYNAMIC=y
 * in the /boot/config of their linux-image packages (test/boots/random-dt); 6.19.6, 7.0.4 and
 * 7.1.3 (linux-binary packages, no config; test/boots/releases keeps 7.3.4's .config) are taken
 * to have it as the builds before and after them do (6.19.6: random-dt b01, to the byte).
 */
const NO_PROFILE: Record<string, Partial<KernelConfig>> = Object.fromEntries(['6.16.3', '6.17.8', '6.18.5', '6.19.6', '7.0.4', '7.1.3'].map((r) => [r, { OF_DYNAMIC: true }]))

describe('the unflattened tree sized from the DTB alone is the kernel\'s', () => {
  it('has boots to check', () => expect(boots.length).toBeGreaterThanOrEqual(20))
  it('has boots with /aliases', () => expect(boots.filter((b) => b.startsWith('arm64-aliases/')).length).toBeGreaterThanOrEqual(4))
  it.each(boots)('%s', (boot) => {
    const log = gunzipSync(readFileSync(join(root, `${boot}.log.gz`))).toString('utf8')
    const release = /Linux version (\d+\.\d+\.\d+)/.exec(log)![1]!
    const asked = TREE_REQUEST.exec(log)
    expect(asked, 'the log has no memblock=debug request for the tree').not.toBeNull()
    const fdt = parseDtb(new Uint8Array(readFileSync(join(root, `${boot}.dtb`)))).fdt!
    const policy = policyFor('arm64', release)!
    const config = kernelProfile('arm64', release)?.config ?? NO_PROFILE[release]!
    const counts = unflattenCounts(fdt.root)
    const layout = { deviceTree: { ...counts, nameBytes: BigInt(counts.nameBytes) }, config, boot: { unflattenedDt: 0n, dtAliases: 0n } } as unknown as Layout
    const sizes = unflattenSizes(layout, policy.arm64!.ofStructs)
    expect(sizes.treeBytes).toBe(BigInt(asked![1]!))
    expect(aliasRequests(log, asked!)).toEqual(sizes.aliasBytes)
  })
})
