/**
 * The x86_64 DirectMap counters of /proc/meminfo: `direct_pages_count[]` as init_mem_mapping()
 * left it (computed exactly in init-mem-mapping.ts), minus the large pages change_page_attr()
 * splits later in the boot. Every split moves one page down a level: a 1G split is −1 1G
 * +512 2M, a 2M split −1 2M +512 4K (split_page_count()). Splits of the kernel's high mapping
 * count too: __split_large_page() asks virt_addr_valid(), which is true for kernel-image
 * addresses.
 *
 * Which pages are split after boot is the policy's measured data (X86DirectMapPolicy): the
 * kernel image's aliases and the first BPF JIT image (ptp_classifier_init() runs a classic BPF
 * filter through the JIT at boot) depend on the build's section layout and on where the page
 * allocator hands out its first protected pages, not on anything the simulator can follow
 * allocation by allocation. The 1G pages are placed by rule: the protected allocations land at
 * the sites X86Split1GSite describes, of which the policy names those its build uses (5.10:
 * the lowest free run of the highest zone's deferred part that starts inside a pageblock,
 * unmovableRemnants(); 6.12: all of them and the zone's start; QEMU page-table reads,
 * test/boots/random/README.md), the zone being
 * Normal unless CMA areas or the crash kernel leave it next to nothing an unmovable
 * allocation may take (normalZoneServesUnmovable()).
 *
 * @kernel arch/x86/mm/pat/set_memory.c update_page_count, split_page_count,
 *         __split_large_page, cpa_process_alias, arch_report_meminfo; arch/x86/mm/init_64.c
 *         mark_rodata_ro; arch/x86/kernel/idt.c idt_setup_apic_and_irq_gates (v5.10.223, v6.1.192,
 *         v6.12.117, v7.2.13); kernel/bpf/core.c bpf_prog_pack_alloc
 *         (v6.1.192, v6.12.117, v7.2.13)
 */
import { type Memblock } from '../memblock/memblock.js';
import { type Kstrtobool } from '../params.js';
import type { X86DirectMapPolicy, X86Policy } from '../policies/types.js';
import type { PhysAddr, PhysRange } from '../types.js';
import { type DirectMapTables, type DirectPagesCount } from './init-mem-mapping.js';
/**
 * Engine helper (no kernel counterpart): whether a GiB of the direct map is a 1G leaf.
 * Is the 1 GiB page holding `addr` a 1G leaf of the direct map?
 */
export declare function isGbLeaf(tables: DirectMapTables, addr: PhysAddr): boolean;
/**
 * Engine helper (no kernel counterpart): model of where the page allocator's first allocations land.
 * The lowest and highest free byte of the highest populated zone (Normal when there is RAM
 * above 4 GiB, else DMA32) once the crash kernel is reserved: where the page allocator's first
 * allocations from that zone come from. `dma32` asks for DMA32's (below 4 GiB) where Normal
 * has RAM but serves no unmovable allocation.
 */
export declare function highestZoneFreeEnds(mb: Memblock, maxPfnAddr: PhysAddr, dma32?: boolean, free?: [bigint, bigint][]): {
    low: PhysAddr;
    high: PhysAddr;
} | undefined;
/**
 * Whether the Normal zone serves the first unmovable (protected) allocations: its free pages,
 * once the memmap is placed, must be above its low watermark, for zone_watermark_fast() leaves
 * free CMA pages out of an allocation that cannot use them (__zone_watermark_unusable_free());
 * else the page allocator falls back to DMA32. The managed pages behind the watermark are the
 * free ones and the CMA areas' (cma_init_reserved_areas() hands those over); a crash region
 * is neither. The boot that shows the fallback (releases/amd64-7.3.4-q35-4G-ckcma.short: CMA
 * areas over all but the last 32 MiB of Normal, which the vmemmap takes) leaves a few hundred
 * pages, far below; whether the watermark or the early allocations that would use up such a
 * remainder decide it in the kernel is UNCONFIRMED.
 * @kernel mm/page_alloc.c zone_watermark_fast, __zone_watermark_unusable_free
 *         (v7.3.4:3581-3600, 3693-3716)
 */
export declare function normalZoneServesUnmovable(mb: Memblock, maxPfnAddr: PhysAddr, cmaAreas: readonly PhysRange[], pol: X86DirectMapPolicy, before?: [bigint, bigint][], afterMemmap?: () => Memblock): boolean;
/**
 * Engine helper (no kernel counterpart): a copy of direct_pages_count[], field by field (a
 * spread copy is V8's slow path).
 */
export declare function copyDirectPagesCount(c: DirectPagesCount): DirectPagesCount;
/**
 * Mirrors split_page_count(level): one large page of `level` becomes PTRS_PER_PTE pages of the
 * level below (a no-op when the counter is already 0, as in the kernel).
 * @kernel arch/x86/mm/pat/set_memory.c split_page_count
 */
export declare function splitPageCount(count: DirectPagesCount, level: '2M' | '1G'): void;
/**
 * Mirrors split_page_count() — arch/x86/mm/pat/set_memory.c (n calls at once; v6.12.117:95).
 * `n` calls of split_page_count(level) at once: each one that does not find the counter at 0
 * moves one page down a level, so from a positive counter min(n, counter) of them do.
 */
export declare function splitPageCounts(count: DirectPagesCount, level: '2M' | '1G', n: number): void;
/**
 * Mirrors set_debug_rodata() — init/main.c — as x86 runs it (no arch_parse_debug_rodata()):
 * rodata_enabled once the command line is parsed, for mark_readonly() to read. It starts true;
 * each rodata= token the handler takes sets it, in command-line order, and a word it does not
 * take leaves it as it was (with a warning). The generations (5.10's __setup("rodata=") with
 * strtobool(), the early_param of 6.x and 7.x taking "on" and "off") are ../params.ts's
 * SET_DEBUG_RODATA; x86 brings no words of its own.
 * @kernel init/main.c set_debug_rodata (v5.10.223:1356-1362; v6.1.192:1429-1442;
 *         v7.3.4:1510-1523), mark_readonly (v7.3.4:1526-1541)
 */
export declare function setDebugRodata(cmdline: string, dialect: X86Policy['rodataParam'], strtobool: Kstrtobool): boolean;
/**
 * Engine helper (no kernel counterpart): the direct-map counters after boot, from measured splits.
 * The counters once the boot is over: init_mem_mapping()'s, minus the measured splits, of which
 * mark_rodata_ro()'s only where rodata_enabled (setDebugRodata()); `image` is the kernel image's
 * physical extent; `kfence` whether KFENCE allocates its pool at boot (kfenceAtBoot()).
 */
export declare function directMapAfterBoot(tables: DirectMapTables, mb: Memblock, maxPfnAddr: PhysAddr, pol: X86DirectMapPolicy, cmaAreas: readonly PhysRange[], rodataEnabled?: boolean, image?: PhysRange, kfence?: boolean): DirectPagesCount;
/**
 * Mirrors arch_report_meminfo(): the counters in kB as /proc/meminfo prints them;
 * DirectMap1G only when direct_gbpages is in use.
 * @kernel arch/x86/mm/pat/set_memory.c arch_report_meminfo
 */
export declare function directMapKb(c: DirectPagesCount, gbpages: boolean): Record<string, number>;
/**
 * Mirrors the start of kfence_alloc_pool_and_metadata() — mm/kfence/core.c@v7.3.4:917-920 — on
 * x86: the pool is allocated only when kfence_sample_interval is not 0, which is
 * CONFIG_KFENCE_SAMPLE_INTERVAL unless the builtin module parameter kfence.sample_interval=
 * set it (parse_args() runs before mm_core_init(); ../params.ts paramSetSampleInterval()).
 * @kernel mm/kfence/core.c kfence_alloc_pool_and_metadata, param_set_sample_interval
 *         (v7.3.4:917-941, 66-89); mm/mm_init.c mm_core_init (v7.3.4:2659)
 */
export declare function kfenceAtBoot(cmdline: string, config: {
    KFENCE: boolean;
    KFENCE_SAMPLE_INTERVAL: number;
}): boolean;
