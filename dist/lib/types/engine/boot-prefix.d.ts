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
import { type Memblock, type MemblockRegion } from './memblock/memblock.js';
import type { KernelPolicy } from './policies/types.js';
import { Trace } from './trace.js';
import type { ArchBootResult } from './boot.js';
import type { Layout } from './types.js';
/** An architecture's boot split at the crash reservation. */
export interface SplitBoot<P extends {
    mb: Memblock;
}> {
    /** setup_arch() up to the reservation. Must not mutate anything but `mb` after returning. */
    prefix(layout: Layout, policy: KernelPolicy, trace: Trace): P;
    /**
     * The reservation and the rest, on `mb`: the prefix's memblock or a private copy of it.
     * Must not mutate `prefix`, nor read `prefix.mb` (it may be `mb` itself): what the prefix
     * left in memblock.memory is `prefixMemory`.
     */
    finish(prefix: P, mb: Memblock, prefixMemory: readonly MemblockRegion[], layout: Layout, policy: KernelPolicy, trace: Trace): ArchBootResult;
}
/**
 * Engine helper (no kernel counterpart): switches the boot-prefix store on or off.
 * Turns prefix sharing on or off (tests compare both; either way the store starts empty).
 */
export declare function setBootPrefixSharing(on: boolean): void;
/**
 * Engine helper (no kernel counterpart): the store key: the command line with crashkernel= values blanked.
 * The command line the prefix sees: each `crashkernel=VALUE` token reduced to `crashkernel=`.
 */
export declare function prefixCmdline(cmdline: string): string;
/**
 * Engine helper (no kernel counterpart): runs a split boot, reusing a stored prefix.
 * Runs `boot` on `layout`, reusing the prefix of an earlier layout with the same one.
 */
export declare function bootWithSharedPrefix<P extends {
    mb: Memblock;
}>(boot: SplitBoot<P>, layout: Layout, policy: KernelPolicy, trace: Trace): ArchBootResult;
