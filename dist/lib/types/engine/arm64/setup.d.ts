import { type ReservedMemContext, type ReservedMemState } from '../reserved-mem.js';
import { type Memblock } from '../memblock/memblock.js';
import type { KernelPolicy } from '../policies/types.js';
import type { Trace } from '../trace.js';
import type { Layout, PhysAddr } from '../types.js';
import { freeAreaInit } from '../zones.js';
import { type Arm64PagingResult } from './paging.js';
import type { ArchBootResult } from '../boot.js';
import { type SplitBoot } from '../boot-prefix.js';
/** What arm64's boot has done when the crash reservation comes. */
interface Arm64Prefix {
    mb: Memblock;
    memstartAddr: PhysAddr;
    /** /reserved-memory as the early scan left it (the late pass runs in unflatten_device_tree()). */
    reservedMem: ReservedMemState;
    reservedMemCtx: ReservedMemContext;
    /** The reservation runs in arm64_memblock_init() (before paging_init()). */
    early: boolean;
    /** Deferred reservation: paging_init() … dma_contiguous_reserve() have run. */
    middle?: Arm64Middle;
    /** Deferred reservation: free_area_init() on the prefix's memblock.memory. */
    zoneBlock?: ReturnType<typeof freeAreaInit>;
}
/** paging_init() … dma_contiguous_reserve(): the part of the boot between the two reservation points. */
interface Arm64Middle {
    paging: Arm64PagingResult;
    zones: ReturnType<NonNullable<KernelPolicy['arm64']>['zones']>;
    /** CRASH_ADDR_LOW_MAX of a deferred reservation (the policy's crashLowMax). */
    lowMax: PhysAddr;
}
/** arm64's boot split at the crash reservation (boot-prefix.ts). */
export declare const arm64SplitBoot: SplitBoot<Arm64Prefix>;
/** Runs arm64 boot up to and including the crash reservation. */
export declare function arm64Boot(layout: Layout, policy: KernelPolicy, trace: Trace): ArchBootResult;
export {};
