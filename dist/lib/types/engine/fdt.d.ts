/**
 * The generic device-tree side of a boot (drivers/of, arm64 and riscv64): RAM banks from
 * /memory and the memblock allocations unflatten_device_tree() makes. /reserved-memory is
 * reserved-mem.ts.
 *
 * @kernel drivers/of/fdt.c early_init_dt_scan_memory, early_init_dt_add_memory_arch, unflatten_device_tree;
 *         drivers/of/base.c of_alias_scan (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import { type Memblock } from './memblock/memblock.js';
import { type ReservedMemContext, type ReservedMemState } from './reserved-mem.js';
import type { Trace } from './trace.js';
import type { DeviceTreeSummary, Layout, PhysAddr, PhysSize } from './types.js';
/**
 * Mirrors early_init_dt_scan_memory() — drivers/of/fdt.c: early_init_dt_add_memory_arch() for
 * each /memory bank (v5.10.223:1025, v6.12.117:1002): the base is rounded up and
 * the size down to whole pages, a bank smaller than the rest of its first page and what lies
 * under MIN_MEMBLOCK_ADDR are dropped with a warning, then memblock_add(). A bank firmware
 * marks no-map (EFI) is added with MEMBLOCK_NOMAP.
 *
 * MAX_MEMBLOCK_ADDR is the generic ~0 on both architectures, so its checks never apply.
 *
 * @param minAddr - MIN_MEMBLOCK_ADDR: arm64 the generic 0; riscv64 __pa(PAGE_OFFSET), the
 *   kernel's load address while setup_vm() bases the linear map there (≤6.3), 0 from 6.4
 *   (arch/riscv/include/asm/page.h)
 */
export declare function earlyInitDtScanMemory(mb: Memblock, layout: Layout, minAddr: PhysAddr, trace: Trace): void;
/**
 * sizeof(struct device_node), sizeof(struct property) and sizeof(struct alias_prop) of a
 * 64-bit build with CONFIG_OF_KOBJ (every Debian arm64 and riscv64 build) and without
 * CONFIG_OF_DYNAMIC, whose 8 bytes of property flags unflattenDtNodes() adds from the config.
 * Fitted to the unflatten_device_tree() allocations of the arm64 memblock=debug boots of
 * test/boots that keep their DTB (52 now: 5.10, 6.1, 6.12, 6.16 – 6.18, 7.0 – 7.3; every one exact,
 * test/verify/boots-dt-size.test.ts) and checked member by member against include/linux/of.h,
 * fwnode.h, kobject.h, sysfs.h and drivers/of/of_private.h of the four trees.
 */
export interface OfStructSizes {
    deviceNode: PhysSize;
    property: PhysSize;
    aliasProp: PhysSize;
}
/**
 * 5.10: struct device_node 168 bytes (its struct fwnode_handle 24: secondary, ops, dev), struct
 * property 88 (its struct bin_attribute 56) (include/linux/of.h:31,51, fwnode.h:17,
 * sysfs.h:168@v5.10.223).
 */
export declare const OF_STRUCTS_5_10: OfStructSizes;
/**
 * 5.11: fwnode_handle gains its suppliers and consumers lists and flags, 40 bytes (in
 * v6.1.192's fwnode.h:46-48, not v5.10.223's): 7b337cb3ebde "driver core: Add fwnode link
 * support" and c2c724c868c4 "driver core: Add fw_devlink_parse_fwtree()", pushed to Greg's
 * driver-core tree on 2020-12-09, for the 5.11 merge window.
 */
export declare const OF_STRUCTS_5_11: OfStructSizes;
/**
 * 5.12 – 6.6: bin_attribute gains an address_space pointer, 8 bytes (74b30195395c "sysfs:
 * Support zapping of binary attr mmaps", merged in v5.12 with 636b21b50152 "PCI: Revoke
 * mappings like devmem", as Bjorn Helgaas says of the series on linux-pci; renamed f_mapping,
 * a function, in 5.15: sysfs.h:179@v6.1.192).
 */
export declare const OF_STRUCTS_5_12: OfStructSizes;
/**
 * 6.7 – 7.x: bin_attribute gains llseek, 8 bytes (sysfs.h:302@v6.12.117, :320@v7.2.13;
 * 0fedefd4c4e3 "kernfs: sysfs: support custom llseek method for sysfs entries", pulled with
 * tags/driver-core-6.7-rc1, so mainline 6.7: include/linux/sysfs.h@v6.8 has it, @v6.5 not; it
 * was sent Cc stable, but 6.1.192 has no llseek, and whether a 6.6.y took it is UNCONFIRMED).
 */
export declare const OF_STRUCTS_6_7: OfStructSizes;
/**
 * 6.13 – 6.17: bin_attribute also has read_new and write_new, 16 bytes, while the tree moved to
 * callbacks taking a const bin_attribute (eb2e6c3a8d66 "sysfs: bin_attribute: add const
 * read/write callback variants", after v6.12-rc6, so mainline 6.13; gone with "sysfs: remove
 * bin_attribute::read_new/write_new()" once the tree had switched back, a driver-core change
 * after 6.17-rc1's). Measured: Debian's 6.16.3 and 6.17.8 allocate 128 bytes a property with
 * CONFIG_OF_DYNAMIC, 6.18.5 112 (test/boots/random-dt, boots-dt-size.test.ts).
 */
export declare const OF_STRUCTS_6_13: OfStructSizes;
/**
 * Mirrors the dry run of unflatten_dt_nodes() — drivers/of/fdt.c (v5.10.223:287, v6.1.192:284, v6.12.117:269,
 * v7.2.13:270): populate_node() takes sizeof(struct device_node) plus the node's name and NUL, and
 * populate_properties() sizeof(struct property) for each property, plus the name without its
 * unit address for a node without a `name` property, each piece at the 8-byte alignment of
 * its struct (unflatten_dt_alloc()); the size is where the last piece ends. The pieces'
 * padding is in `nameBytes` (the names rounded up to 8, the last one not), so the sum is
 * the walk's. A CONFIG_OF_KOBJ kernel unflattens disabled nodes too.
 *
 * @example
 * unflattenDtNodes({ nodes: 57, properties: 279, nameBytes: 1831n, aliases: [] }, OF_STRUCTS_6_7, false) // → 42703n
 */
export declare function unflattenDtNodes(tree: DeviceTreeSummary, structs: OfStructSizes, ofDynamic: boolean): PhysSize;
/**
 * Mirrors of_alias_scan()'s allocations — drivers/of/base.c (v5.10.223:1968, v6.1.192:1909, v6.12.117:1775,
 * v7.2.13:1934):
 * for each /aliases property but `name`, `phandle` and `linux,phandle` whose path names a
 * node (the summary lists only those) and whose name ends in a decimal id that kstrtoint()
 * takes, one dt_alloc() of sizeof(struct alias_prop) plus the stem (the name without the id,
 * in bytes) and NUL. Returns the sizes in order; each is its own memblock allocation.
 *
 * @example
 * ofAliasScan(['serial0', 'ethernet', 'mmc10'], OF_STRUCTS_6_7) // → [47n, 44n]
 */
export declare function ofAliasScan(aliases: readonly string[], structs: OfStructSizes): PhysSize[];
/** The memblock allocations of unflatten_device_tree(): the tree, then each alias. */
export interface UnflattenSizes {
    treeBytes: PhysSize;
    aliasBytes: readonly PhysSize[];
}
/**
 * Engine helper (no kernel counterpart): the sizes unflatten_device_tree() allocates for a
 * layout. From its device-tree summary, __unflatten_device_tree() (drivers/of/fdt.c@v6.12.117:
 * 385-389, @v5.10.223:397-401) rounds the dry run's size up to 4 and adds 4 bytes for its 0xdeadbeef end marker;
 * without one, the measured `boot` sizes (the alias bytes as one allocation).
 */
export declare function unflattenSizes(layout: Layout, structs: OfStructSizes): UnflattenSizes;
/**
 * Mirrors the memblock side of unflatten_device_tree() — drivers/of/fdt.c (v6.12.117:1210): first the late /reserved-memory pass
 * of 6.12+ (fdtScanReservedMemLate(): the reserved_mem array, the static nodes), then the
 * unflattened tree and the alias table of of_alias_scan(), both through
 * early_init_dt_alloc_memory_arch() (memblock_alloc, 8-byte alignment).
 */
export declare function unflattenDeviceTree(mb: Memblock, st: ReservedMemState, ctx: ReservedMemContext, trace: Trace, sizes: UnflattenSizes): void;
