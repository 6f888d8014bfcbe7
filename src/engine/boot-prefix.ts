// SPDX-License-Identifier: GPL-2.0-only
/**
 * The boot up to the crash reservation, shared by layouts that differ only in the values of
 * their crashkernel= options.
 *
 * Everything a boot does before reserve_crashkernel() runs is a pure function of the layout
 * and the policy, and none of it reads a crashkernel= value: the only earlier readers of the
 * option look at its presence (arm64's enable_crash_mem_map() early_param, x86's
 * crash_reserve_low_1M() via cmdline_find_option()). So an architecture's boot is split in
 * two: `prefix` runs on the layout with every `crashkernel=VALUE` token replaced by
 * `crashkernel=` (the presence kept as both readers see it: cmdline_find_option() needs the
 * '=', the early_param() ignores the value; the value gone), and `finish` runs the reservation and
 * what follows on a copy of the prefix's memblock with the real layout. A sweep of one board
 * over many crashkernel= sizes, or a fleet whose boards share memory maps, runs the prefix
 * once per board shape.
 *
 * A prefix that is stored runs on the rewritten command line, so what the store hands out
 * cannot depend on a crashkernel= value. A prefix that is not stored (the first layout of
 * its kind) runs on the layout itself, as with sharing off; that is the same prefix only
 * because no prefix reads a crashkernel= value, which the kernel sources above show and
 * test/engine-boot-prefix.test.ts checks: shared and unshared runs, on cold and warm
 * stores and in both orders, give deep-equal results on every oracle case, a generated
 * fleet and crashkernel= sweeps.
 *
 * Command lines with a double quote (next_arg() quoting can hide or join tokens), a
 * character outside printable ASCII, or a crashkernel= value holding a word some prefix
 * finds by substring (riscv's `no4lvl`/`no5lvl`) are not rewritten: they share only with
 * themselves.
 */
import { memblockClone, memblockMemoryCopy, type Memblock, type MemblockRegion } from './memblock/memblock.js'
import type { KernelPolicy } from './policies/types.js'
import { HashedStore, SeenOnce } from './stores.js'
import { Trace } from './trace.js'
import type { ArchBootResult } from './boot.js'
import type { Layout, TraceEvent } from './types.js'
import { HASH_SEED, mixBigint, mixNumber, mixString, valueCopy, valueEqual } from './value-key.js'

/** An architecture's boot split at the crash reservation. */
export interface SplitBoot<P extends { mb: Memblock }> {
  /** setup_arch() up to the reservation. Must not mutate anything but `mb` after returning. */
  prefix(layout: Layout, policy: KernelPolicy, trace: Trace): P
  /**
   * The reservation and the rest, on `mb`: the prefix's memblock or a private copy of it.
   * Must not mutate `prefix`, nor read `prefix.mb` (it may be `mb` itself): what the prefix
   * left in memblock.memory is `prefixMemory`.
   */
  finish(prefix: P, mb: Memblock, prefixMemory: readonly MemblockRegion[], layout: Layout, policy: KernelPolicy, trace: Trace): ArchBootResult
}

interface Entry {
  policy: KernelPolicy
  layout: Layout
  prefix: { mb: Memblock }
  events: TraceEvent[]
}

/**
 * Prefixes by a coarse key, a 32-bit hash of the policy, the command line and the memory
 * map (coarseKey()); entries compare the policy and the whole layout, so two layouts whose
 * keys collide never share. At most 256 (each holds a memblock and the arch's page-table
 * summary), each kept from the second layout that needs it (SeenOnce).
 */
const PREFIXES = new HashedStore<Entry>(256)
const SEEN = new SeenOnce(16384)
let sharing = true

/**
 * Engine helper (no kernel counterpart): switches the boot-prefix store on or off.
 * Turns prefix sharing on or off (tests compare both; either way the store starts empty).
 */
export function setBootPrefixSharing(on: boolean): void {
  sharing = on
  PREFIXES.clear()
  SEEN.clear()
  CMDLINES.clear()
}

const PLAIN_CMDLINE = /^[\x21\x23-\x7e ]*$/

/**
 * Words a prefix looks for anywhere in the line, by substring, so also inside a
 * crashkernel= value: riscv's set_satp_mode() strstr()s for them.
 */
const SUBSTRING_READS = ['no4lvl', 'no5lvl']

/**
 * Engine helper (no kernel counterpart): the store key: the command line with crashkernel= values blanked.
 * The command line the prefix sees: each `crashkernel=VALUE` token reduced to `crashkernel=`.
 */
export function prefixCmdline(cmdline: string): string {
  if (!cmdline.includes('crashkernel') || !PLAIN_CMDLINE.test(cmdline)) return cmdline
  const tokens = cmdline.split(' ')
  // A value that holds such a word keeps the line whole (it shares only with itself).
  if (tokens.some((t) => t.startsWith('crashkernel=') && SUBSTRING_READS.some((w) => t.includes(w)))) return cmdline
  return tokens.map((t) => (t.startsWith('crashkernel=') ? 'crashkernel=' : t)).join(' ')
}

/**
 * Per command line: the prefix's command line and its hash. Fleets repeat command lines
 * (every layout of a board has its board's), and the rewrite costs more than a lookup.
 */
const CMDLINES = new Map<string, { cmdline: string; hash: number }>()
const CMDLINES_MAX = 1024

function prefixCmdlineOf(cmdline: string): { cmdline: string; hash: number } {
  let c = CMDLINES.get(cmdline)
  if (c) return c
  const rewritten = prefixCmdline(cmdline)
  c = { cmdline: rewritten, hash: mixString(HASH_SEED, rewritten) }
  if (CMDLINES.size >= CMDLINES_MAX) CMDLINES.clear()
  CMDLINES.set(cmdline, c)
  return c
}

/**
 * The coarse key of a prefix: policy, the prefix's command line (hashed), and the memory
 * banks (their bases and sizes by their bits, mixBigint(): every layout pays for this key,
 * and a Number() of each was most of its cost). Entries compare the whole layout anyway.
 */
function coarseKey(policy: KernelPolicy, cmdlineHash: number, layout: Layout): number {
  let h = mixNumber(mixString(HASH_SEED, policy.id), cmdlineHash)
  for (const b of layout.memory) h = mixBigint(mixBigint(h, b.base), b.size)
  return h
}

/**
 * Engine helper (no kernel counterpart): runs a split boot, reusing a stored prefix.
 * Runs `boot` on `layout`, reusing the prefix of an earlier layout with the same one.
 */
export function bootWithSharedPrefix<P extends { mb: Memblock }>(
  boot: SplitBoot<P>,
  layout: Layout,
  policy: KernelPolicy,
  trace: Trace,
): ArchBootResult {
  if (sharing) {
    const { cmdline, hash } = prefixCmdlineOf(layout.cmdline)
    // The layout the prefix sees, built only when a stored prefix is compared or one is stored.
    let prefixLayout: Layout | undefined
    const prefixLayoutOf = (): Layout => (prefixLayout ??= cmdline === layout.cmdline ? layout : { ...layout, cmdline })
    const key = coarseKey(policy, hash, layout)
    const hit = PREFIXES.find(key, (e) => e.policy === policy && valueEqual(e.layout, prefixLayoutOf()))
    if (hit) {
      for (const e of hit.events) trace.events.push(e)
      return boot.finish(hit.prefix as P, memblockClone(hit.prefix.mb), hit.prefix.mb.memory.regions, layout, policy, trace)
    }
    // A prefix is kept from the second layout that needs it on: layouts whose memory maps
    // are all different never pay for storing what no other layout will read.
    if (SEEN.again(key)) {
      const t = new Trace()
      const prefix = boot.prefix(prefixLayoutOf(), policy, t)
      for (const e of t.events) trace.events.push(e)
      // finish() works on the prefix's own memblock; the store keeps an untouched copy, and
      // its own copy of the layout (the caller may reuse its object).
      const stored: { mb: Memblock } = { ...prefix, mb: memblockClone(prefix.mb) }
      PREFIXES.add(key, { policy, layout: valueCopy(prefixLayoutOf()), prefix: stored, events: t.events })
      return boot.finish(prefix, prefix.mb, stored.mb.memory.regions, layout, policy, trace)
    }
  }
  // Sharing off, or a prefix that is not kept: run on the layout itself (the prefix reads no
  // crashkernel= value, so it is the same prefix) and into the layout's own trace.
  const p = boot.prefix(layout, policy, trace)
  return boot.finish(p, p.mb, memblockMemoryCopy(p.mb), layout, policy, trace)
}
