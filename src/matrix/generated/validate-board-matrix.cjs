// DO NOT EDIT: generated from schemas/board-matrix.schema.json by `npm run gen`.
"use strict";
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://crashkernel-check.dev/schemas/board-matrix/v1.json","title":"BoardMatrix","description":"A repository's board matrix for crashkernel-check: the boards a distribution or product ships, described as firmware hands them to Linux (RAM banks, early reservations, DMA limits) plus the kernels and command lines to check. Each board × RAM variant × kernel is one layout that crashkernel-check simulates. Addresses and sizes are strings (hex `0x…` or memparse style `512M`) and are decoded to 64-bit integers after validation.","type":"object","additionalProperties":false,"required":["version","boards"],"properties":{"$schema":{"description":"The schema this document follows, for editors (autocomplete and validation). Use https://crashkernel-check.dev/schemas/board-matrix/v1.json or a relative path to schemas/board-matrix.schema.json. Ignored by crashkernel-check.","type":"string"},"version":{"description":"Version of the board-matrix format. Only 1 exists.","const":1},"defaults":{"$ref":"#/$defs/defaults"},"boards":{"description":"The boards to check: at least one (a matrix of none would pass every check without checking anything).","type":"array","minItems":1,"items":{"$ref":"#/$defs/board"}}},"$defs":{"size":{"title":"Size","description":"A size in bytes: hex `0x10000000`, decimal `268435456`, or either with one memparse suffix K, M, G, T, P or E (powers of 1024, case-insensitive), e.g. `256M`. Underscores may separate hex digits (`0x1_0000_0000`). As in the kernel's memparse(), hex digits are read greedily, so `0x1E` is 30 bytes, not an exabyte. Leading-zero (octal) decimals are rejected.","type":"string","pattern":"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},"address":{"title":"Address","description":"A physical address: hex `0x40000000` (underscores allowed between hex digits) or a decimal/memparse value such as `4G`. Must fit in 64 bits.","type":"string","pattern":"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},"kernelVersion":{"title":"KernelVersion","description":"A kernel release (`6.1.192`) or a series (`6.12`). A series resolves to the Debian release of its kernel profile (5.10 → 5.10.223, 6.1 → 6.1.192, 6.12 → 6.12.117, 7.2 → 7.2.13, 7.3 → 7.3.4), any other series to its .0 release (`6.6` → 6.6.0); docs/policies.md.","type":"string","pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$"},"ruleRef":{"title":"RuleRef","description":"A rule of crashkernel-check by id, such as `CK001`, or by name, such as `reservation-failed` ([docs/rules](rules/README.md)). A rule that does not exist is an error, so a misspelt suppression or severity never silently leaves a finding in place.","type":"string","enum":["CK001","CK002","CK003","CK004","CK005","CK006","CK007","CK008","CK009","CK010","CK011","CK012","CK013","LM001","PR001","SC001","SC002","SC003","SC004","SC005","reservation-failed","low-above-dma-reach","fell-back-high","option-ignored","endless-retry","parameter-not-modelled","early-param-stops-boot","cma-reservation-short","cma-sysfs-duplicate","not-requested","fixed-base-kaslr","boot-panics","smaller-than-image","linear-map-base-pages","protection-unavailable","json-syntax","schema-violation","invalid-board","layout-not-simulated","unused-default"]},"range":{"description":"A physical range [base, base + size).","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}},"sratMemoryRange":{"description":"One ACPI SRAT memory affinity range: [base, base + size) on NUMA node `node`.","type":"object","additionalProperties":false,"required":["base","size","node"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"},"node":{"type":"integer","minimum":0,"maximum":1023,"description":"The NUMA node (the SRAT's proximity domain as the kernel numbered it)."}}},"memoryBank":{"description":"One RAM bank as firmware describes it: a DT /memory `reg` entry, an e820 RAM entry or a UEFI memory-map region.","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"},"nomap":{"type":"boolean","default":false,"description":"Firmware marks the bank no-map (EFI runtime services, ACPI NVS reported as memory). On arm64 and riscv64 it stays in memblock.memory, counts as system RAM and is never allocated or linear-mapped; on x86_64 it is not RAM (an e820 reserved entry)."},"node":{"type":"integer","minimum":0,"maximum":1023,"description":"The NUMA node the bank belongs to, as firmware says it: a DT memory node's `numa-node-id` (arm64, riscv64), an ACPI SRAT memory affinity entry (x86_64; QEMU's `-numa node`). Leave it out on a board whose firmware describes no NUMA (a DT without `numa-node-id`, ACPI without an SRAT: the kernel then fakes node 0 over all RAM, `Faking a node at …`); a server whose SRAT has one node gives `0` on every bank, and the kernel takes the SRAT's node as with several; give it on every bank of a board with several (where a bank has none, the kernel finds memory no node covers and fakes one node, and so does the simulation; but an x86_64 kernel keeps the firmware's nodes while at most 1 MiB of memblock RAM lies outside them (less than 1 MiB up to 6.1: numa_meminfo_cover_memory(), then memblock_validate_numa_coverage(SZ_1M)), which the simulation does not model: give such a bank, as the 640 KiB below 1 MiB, the node the firmware's SRAT gives it). Before the crash reservation the kernel allocates each node's NODE_DATA (and, on arm64 and riscv64 before 7.0, its memmap) at the top of that node, which moves a crash region below a node's end. A node with CPUs and no memory (a CPU-only node) has no bank: list it in `memorylessNodes`."},"description":{"type":"string","description":"Free text: where the bank comes from."}}},"memory":{"description":"RAM banks, in any order (they are read sorted by address, as the kernel's memblock keeps them); banks must not overlap. Mutually exclusive with `ram` and `ramSize`.","type":"array","minItems":1,"items":{"$ref":"#/$defs/memoryBank"}},"ramVariant":{"description":"One RAM size of a board (e.g. the 1, 2, 4 and 8 GB Raspberry Pi 4). Each variant is a separate layout per kernel. Placements given here override the board's for this variant only. A preset's variants (and those `ramSize` makes) carry QEMU's x86 initrd and riscv DTB, which move with the RAM size, unless the board sets its own.","type":"object","additionalProperties":false,"required":["name","memory"],"properties":{"name":{"type":"string","minLength":1,"description":"Variant name, unique within the board, e.g. `4G`."},"description":{"type":"string","description":"Free text."},"memory":{"$ref":"#/$defs/memory"},"image":{"$ref":"#/$defs/image"},"initrd":{"$ref":"#/$defs/initrd"},"dtb":{"$ref":"#/$defs/dtb"}}},"fixedReservation":{"description":"A static early reservation: a /reserved-memory node with `reg` (its first entry), a DT /memreserve/ entry (`memreserve`), or a firmware carve-out.","type":"object","additionalProperties":false,"required":["kind","name","base","size"],"properties":{"kind":{"const":"fixed","description":"Static region."},"name":{"type":"string","minLength":1,"description":"Node name as in the DT (`firmware@f0000000`) or a label."},"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size","description":"May be 0 for a /reserved-memory `reg` entry a bootloader left empty: the kernel reserves nothing and prints \"Reserved memory: failed to reserve memory for node …, size 0 MiB\". Not for `memreserve` (the kernel's /memreserve/ loop stops at a size of 0)."},"nomap":{"type":"boolean","default":false,"description":"DT `no-map`: the region stays in memblock.memory flagged MEMBLOCK_NOMAP and is left out of the linear map; without it the region is memblock_reserve()d. On x86_64 a no-map region is taken out of RAM, as an e820 reserved entry would be."},"memreserve":{"type":"boolean","default":false,"description":"A /memreserve/ entry of the FDT header, not a /reserved-memory node: memblock_reserve()d silently (before the /reserved-memory scan up to 6.3, between its static and dynamic nodes in 6.4 – 6.12.12, after it from 6.12.13), never printed or counted as a node; cannot be `nomap`, `cma`, `cmaDefault` or `dmaPool`, or have `moreReg`. Read on arm64 and riscv64."},"efi":{"type":"boolean","default":false,"description":"riscv64 booted through the kernel's EFI stub (U-Boot's or EDK2's UEFI): a region efi_init() memblock_reserve()s, silently and before setup_bootmem(), not a device-tree node: the EFI memory map itself, its `ACPI Reclaim` regions (reserve_regions()), the memory attributes and memreserve configuration tables (drivers/firmware/efi/efi-init.c, efi.c). The stub deletes the FDT header's /memreserve/ entries and the kernel takes its RAM from the EFI map, whose runtime-services and reserved regions are `memory` banks with `nomap`. Cannot be `nomap`, `memreserve`, `cma`, `cmaDefault` or `dmaPool`, or have `moreReg`. arm64 booted through the stub with a device tree reserves it the same way (efi_init() runs before arm64_memblock_init()); an `acpi` arm64 board reserves every fixed reservation so anyway; x86_64 treats it as any fixed reservation."},"moreReg":{"type":"array","items":{"$ref":"#/$defs/range"},"default":[],"description":"Further `reg` entries of the same /reserved-memory node (`base`/`size` is the first; sizes may be 0, as there). Up to 6.12 the kernel reserves (or flags no-map) each of them too, but the node is the first entry only (6.12.13+ warns that it ignores the rest); 7.x reserves only the first and warns. On x86_64 each is one more reserved range."},"cma":{"type":"boolean","default":false,"description":"`compatible = \"shared-dma-pool\"` plus `reusable`: the region becomes a CMA area (rmem_cma_setup()), or, when its base or size is not CMA-aligned, is given back (\"incorrect alignment of CMA region\"). Read on arm64 and riscv64; not for `memreserve`."},"cmaDefault":{"type":"boolean","default":false,"description":"`linux,cma-default`: the region replaces the default CMA area of CONFIG_CMA_SIZE_MBYTES (with CONFIG_DMA_CMA). A `cma=` on the command line wins instead: the region is given back (≤6.18) or never reserved (6.19+: drivers/of/of_reserved_mem.c@v6.19.6), and the command line's area is placed."},"dmaPool":{"type":"boolean","default":false,"description":"`compatible = \"shared-dma-pool\"` without `reusable` (with `cma` it is a CMA pool and this changes nothing): rmem_dma_setup() makes the region a per-device coherent DMA pool, which the kernel reports (\"Reserved memory: created DMA memory pool at …\", \"initialized node …, compatible id shared-dma-pool\"); the memory stays reserved, or no-map, as the node says. Read on arm64 and riscv64; not for `memreserve`."},"description":{"type":"string","description":"Free text."}}},"dynamicReservation":{"description":"A region the kernel allocates itself while scanning /reserved-memory (a node with `size` instead of `reg`), e.g. a `shared-dma-pool` CMA area with `alloc-ranges`.","type":"object","additionalProperties":false,"required":["kind","name","size"],"properties":{"kind":{"const":"dynamic","description":"Kernel-allocated region."},"name":{"type":"string","minLength":1,"description":"Node name as in the DT (`linux,cma`)."},"size":{"$ref":"#/$defs/size"},"align":{"$ref":"#/$defs/size"},"allocRanges":{"type":"array","items":{"$ref":"#/$defs/range"},"default":[],"description":"DT `alloc-ranges`: where the kernel may place the region, each window tried in turn. Empty: anywhere. As in the kernel, a window of size 0 holds nothing, except `{ \"base\": \"0x0\", \"size\": \"0\" }`, which ends at 0, and an end of 0 means anywhere (MEMBLOCK_ALLOC_ANYWHERE)."},"nomap":{"type":"boolean","default":false,"description":"DT `no-map`."},"cma":{"type":"boolean","default":false,"description":"`compatible = \"shared-dma-pool\"` plus `reusable`: the region becomes a CMA area."},"cmaDefault":{"type":"boolean","default":false,"description":"`linux,cma-default`: the region replaces the default CMA area of CONFIG_CMA_SIZE_MBYTES (with CONFIG_DMA_CMA). A `cma=` on the command line wins instead: the region is given back (≤6.18) or never allocated (6.19+: drivers/of/of_reserved_mem.c@v6.19.6), and the command line's area is placed."},"dmaPool":{"type":"boolean","default":false,"description":"`compatible = \"shared-dma-pool\"` without `reusable` (with `cma` it is a CMA pool and this changes nothing): once placed, rmem_dma_setup() makes the region a per-device coherent DMA pool, which the kernel reports (\"Reserved memory: created DMA memory pool at …\", \"initialized node …, compatible id shared-dma-pool\")."},"description":{"type":"string","description":"Free text."}}},"reservation":{"title":"Reservation","description":"An early reservation, in boot order.","type":"object","properties":{"kind":{"enum":["fixed","dynamic"],"description":"`fixed` (a region at a known address) or `dynamic` (allocated by the kernel)."}},"required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"$ref":"#/$defs/fixedReservation"},{"$ref":"#/$defs/dynamicReservation"}]},"dmaRange":{"description":"One `dma-ranges` entry of a bus node: bus addresses [busAddr, busAddr + size) map to CPU addresses [cpuAddr, cpuAddr + size).","type":"object","additionalProperties":false,"required":["node","cpuAddr","size"],"properties":{"node":{"type":"string","minLength":1,"description":"DT path or label of the bus node (`/soc`, `emmc2bus`). Several entries may name the same node; the node's limit is the highest CPU address any of its entries reaches."},"cpuAddr":{"$ref":"#/$defs/address"},"busAddr":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}},"dma":{"description":"DMA constraints as firmware describes them. The kernel takes the lowest limit of all of them when sizing ZONE_DMA (arm64 of_dma_get_max_cpu_address() and, on an ACPI boot, acpi_iort_dma_get_max_cpu_address()).","type":"object","additionalProperties":false,"properties":{"ranges":{"type":"array","items":{"$ref":"#/$defs/dmaRange"},"default":[],"description":"`dma-ranges` of bus nodes (only non-empty ones; an empty `dma-ranges;` means 1:1 and imposes no limit)."},"iortLimitBits":{"type":"array","items":{"type":"integer","minimum":0,"maximum":64},"default":[],"description":"ACPI IORT `memory_address_limit` values in bits of named components and root complexes (0 is ignored, as in the kernel). arm64 reads them only with `\"acpi\": true` and no `acpi=off`: on a device-tree boot acpi_iort_dma_get_max_cpu_address() returns no limit (SC003 warns)."},"zoneDmaLimit":{"$ref":"#/$defs/address","description":"The highest CPU physical address, inclusive, that ZONE_DMA devices reach, like the end of a `dma-ranges` window (`0x3fffffff` for the first GiB). The arm64 kernel takes the lowest of it, `ranges` and IORT; x86_64 and riscv64 end their DMA zones at fixed addresses and read none of them (SC003 warns)."}}},"device":{"title":"Device","description":"A device that does DMA, with its reach: either an explicit limit or the bus node it sits behind.","type":"object","additionalProperties":false,"required":["name"],"oneOf":[{"properties":{"dmaLimit":true},"required":["dmaLimit"]},{"properties":{"bus":true},"required":["bus"]}],"properties":{"name":{"type":"string","minLength":1,"description":"Device name (`emmc2`, `nvme0`): findings and memory maps name the device by it, so each device of a list has its own (SC003 `duplicateDevice` warns at a repeat)."},"dmaLimit":{"$ref":"#/$defs/address","description":"The highest CPU physical address, inclusive, that the device reaches (`0x3fffffff` for the first GiB)."},"bus":{"type":"string","minLength":1,"description":"The `node` of a `dma.ranges` entry the device sits behind; its reach is that node's highest CPU address."},"dumpTarget":{"type":"boolean","default":false,"description":"This device writes the vmcore (the disk or NIC kdump saves to), so the crash kernel's memory must be within its reach."},"description":{"type":"string","description":"Free text."}}},"kernelConfig":{"description":"Kernel configuration options that change where crashkernel lands or how the linear map is built. Default for each: the Debian kernel profile of the kernel's arch and series (docs/presets.md); for a kernel without a profile, the `default` given here.","type":"object","additionalProperties":false,"properties":{"ZONE_DMA":{"type":"boolean","default":true,"description":"CONFIG_ZONE_DMA."},"ZONE_DMA32":{"type":"boolean","default":true,"description":"CONFIG_ZONE_DMA32."},"RODATA_FULL_DEFAULT_ENABLED":{"type":"boolean","default":true,"description":"arm64 CONFIG_RODATA_FULL_DEFAULT_ENABLED (≤ 6.17; 6.18+ always behaves as if set)."},"KFENCE":{"type":"boolean","default":false,"description":"CONFIG_KFENCE."},"KFENCE_SAMPLE_INTERVAL":{"type":"integer","minimum":0,"maximum":9007199254740991,"default":100,"description":"CONFIG_KFENCE_SAMPLE_INTERVAL in ms. On arm64, 0 means the pool is not allocated early; riscv64 always allocates it with KFENCE; x86_64 does not model KFENCE."},"DEBUG_PAGEALLOC":{"type":"boolean","default":false,"description":"CONFIG_DEBUG_PAGEALLOC: the kernel has `debug_pagealloc=`. When that is on (`debug_pagealloc=on`, or DEBUG_PAGEALLOC_ENABLE_DEFAULT without `debug_pagealloc=off`), the linear map uses base pages."},"DEBUG_PAGEALLOC_ENABLE_DEFAULT":{"type":"boolean","default":false,"description":"CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT: `debug_pagealloc` is on unless the command line turns it off. Only with DEBUG_PAGEALLOC."},"CMA":{"type":"boolean","default":false,"description":"CONFIG_CMA together with CONFIG_DMA_CMA."},"DMA_NUMA_CMA":{"type":"boolean","default":false,"description":"CONFIG_DMA_NUMA_CMA (6.6+; CONFIG_DMA_PERNUMA_CMA, arm64 only, before it): `numa_cma=` and `cma_pernuma=` reserve per-node CMA areas before the crash kernel (simulated; without the option they are unknown parameters and reserve nothing). Only with CMA. Default: the Debian kernel profile (arm64 5.10, 6.1, 7.2 and 7.3, x86_64 7.2 and 7.3, riscv64 7.2; not arm64 6.12)."},"CMA_SIZE_PERNUMA":{"type":"boolean","default":false,"description":"CONFIG_CMA_SIZE_PERNUMA (7.x; needs DMA_NUMA_CMA): on a board with more than one NUMA node (memory banks with `node`), dma_contiguous_reserve() also reserves a CMA area of the default area's size on each node, before the crash kernel (a `linux,cma-default` pool's size where the device tree's pool is the default area). Default: the Debian kernel profile (arm64, x86_64 and riscv64 7.2, arm64 and x86_64 7.3)."},"NUMA_EMU":{"type":"boolean","default":false,"description":"CONFIG_NUMA_EMU (x86_64): `numa=fake=` splits the NUMA nodes (the firmware's, or the one the kernel fakes without them) into fake nodes before the crash kernel, each with its NODE_DATA at its own top (simulated; `Faking node N at …`). Without it `numa=fake=` is a malformed early option and nothing is split (Ubuntu's generic amd64 kernels). arm64 and riscv64 ignore it (Debian builds them without). Default: the Debian kernel profile (every x86_64 one)."},"CMA_SIZE_MBYTES":{"type":"integer","minimum":0,"maximum":17592186044415,"default":0,"description":"CONFIG_CMA_SIZE_MBYTES: size of the default CMA area (0 = none). At most 2^44 - 1: kernel/dma/contiguous.c multiplies it by SZ_1M into a 64-bit phys_addr_t."},"RANDOMIZE_BASE":{"type":"boolean","default":false,"description":"CONFIG_RANDOMIZE_BASE (KASLR). crashkernel-check never randomises: physical placement is simulated as with `nokaslr`. On x86_64 without `nokaslr`, CK011 warns about a fixed `crashkernel=X@Y` base, which the randomly placed kernel can overlap."},"X86_DIRECT_GBPAGES":{"type":"boolean","default":true,"description":"x86 CONFIG_X86_DIRECT_GBPAGES (1 GiB pages in the direct map)."},"ZONE_DEVICE":{"type":"boolean","default":false,"description":"CONFIG_ZONE_DEVICE (only adds the empty \"Device\" line to the kernel's \"Zone ranges:\" output)."},"LOG_BUF_SHIFT":{"type":"integer","minimum":12,"maximum":25,"default":17,"description":"CONFIG_LOG_BUF_SHIFT: the static printk buffer is 2^N bytes (17 in Debian's builds, 18 in Ubuntu's). A `log_buf_len=` no larger allocates nothing; a larger one is allocated before the crash kernel on x86."},"PRINTK_EXECUTION_CTX":{"type":"boolean","default":false,"description":"CONFIG_PRINTK_EXECUTION_CTX (7.0+; Debian's 7.x builds): each record of the printk ring buffer carries the task name, so `log_buf_len=` takes 112 bytes of record metadata per 32 bytes of text instead of 88. x86 allocates that buffer before the crash kernel."},"OF_DYNAMIC":{"type":"boolean","default":false,"description":"CONFIG_OF_DYNAMIC: each struct property of the unflattened device tree carries 8 bytes of flags (Debian's arm64 builds from 7.x)."},"PAGE_BLOCK_MAX_ORDER":{"type":"integer","minimum":1,"description":"arm64 CONFIG_PAGE_BLOCK_MAX_ORDER (6.16+; CONFIG_PAGE_BLOCK_ORDER when it came): caps pageblock_order, which sets the CMA alignment and the size of the sparse usemaps. Absent: nothing is capped, as with the option's default. A 64K kernel configured from a 4K config keeps 4K's 10: 64 MiB CMA alignment instead of 512 MiB. x86_64 and riscv64 ignore it (their 2 MiB pageblock is below every default)."}}},"cpuFeatures":{"description":"CPU features that change the outcome.","type":"object","additionalProperties":false,"properties":{"bbml2Noabort":{"type":"boolean","default":false,"description":"arm64 BBML2 without TLB conflict aborts, as the simulated kernel tests it, on every CPU of the system: 6.18 – 7.2 take a CPU list (Cortex-X4 r0p3+, Neoverse V3 and V3AE r0p2+, NVIDIA Olympus, AmpereOne, AmpereOne A), 7.3 tests BBML3 (ID_AA64MMFR2_EL1.BBM >= 3, or that list with Cortex-A520AE, A715, A720AE, A725, Neoverse N3, C1-Nano, C1-Pro, C1-Ultra and C1-Premium r1p1+). 6.18+ then keeps block mappings where rodata=full or a late KFENCE wants base pages (debug_pagealloc still forces them). map_mem() asks the boot CPU, but one secondary CPU without it makes the kernel split the linear map (all but the kernel's read-only alias) into pages later in boot, so leave it false for a mix."},"lpa2":{"type":"boolean","default":false,"description":"arm64 FEAT_LPA2: a 52-bit kernel (6.12+ Debian) runs with 52-bit VA and PA; without it, 48-bit VA (47 with 16K pages) and 48-bit PA (4K/16K pages). Set it for what the CPU has: `arm64.nolva` on the command line turns it off for the kernel (6.9+)."},"gbpages":{"type":"boolean","default":true,"description":"x86 GBPAGES (1 GiB pages)."},"la57":{"type":"boolean","default":false,"description":"x86 LA57 (5-level paging), as QEMU's -cpu max has: a kernel built for it (5.11+: X86_5LEVEL is default y; Debian's 5.10 build has none) then runs with 5-level page tables unless `no5lvl` is on the command line, and its direct map takes one more page-table page, from memblock once the brk buffer is used up."},"el2":{"type":"boolean","description":"arm64: the firmware enters the kernel at EL2, as most boards' firmware does (the Raspberry Pi's, UEFI on servers; QEMU virt with virtualization=on); false: at EL1 (QEMU virt's default). The boot log says which (\"CPU: All CPU(s) started at EL2\"). Only `kvm-arm.mode=protected` reads it: at EL2, protected KVM memblock-allocates its hypervisor's memory in bootmem_init() before the crash kernel (5.15+), tens of MiB at the top of RAM. Absent: simulated as EL1, and CK006 says the placement may differ."},"satpMode":{"type":"integer","enum":[39,48,57],"description":"riscv64: the deepest paging mode the CPU takes (Sv39, Sv48, Sv57), as set_satp_mode() finds it by writing SATP. Absent: the board's `vaBits`, which then stands for both the CPU and the DT's cpu `mmu-type`. Give it where the DT names less than the CPU has, as QEMU 7.2's virt machine does (`riscv,sv48` of an Sv57 CPU): up to 6.17.6 the kernel probes the CPU and runs its mode; 6.17.7 and 6.18+ take a DT's `riscv,sv39` or `riscv,sv48` as a limit (set_satp_mode_from_fdt()). `no4lvl` and `no5lvl` limit every release from 6.4."}}},"bootAllocations":{"description":"Sizes of boot-time allocations that depend on the kernel build and the firmware blob rather than on the algorithm. Default: the Debian kernel profile (measured with memblock=debug), else 0.","type":"object","additionalProperties":false,"properties":{"unflattenedDt":{"$ref":"#/$defs/size","description":"Bytes unflatten_device_tree() takes from memblock in all: the tree, then of_alias_scan()'s copy of the aliases (arm64, riscv64)."},"dtAliases":{"$ref":"#/$defs/size","description":"Of unflattenedDt, the bytes of of_alias_scan()'s allocations after the tree's, one per alias, placed as one: each but the last rounded up to 8 bytes, its alignment, so that it starts where the last one does (0: the DT has no /aliases). Default: the Debian kernel profile (QEMU virt's serial0 alias, 47), else 0."},"nodeData":{"$ref":"#/$defs/size","description":"NODE_DATA(0): sizeof(pg_data_t) of the build, cache-line rounded."},"kernelReserve":{"$ref":"#/$defs/size","description":"x86_64: __end_of_kernel_reserve - _text, the part of the image early_reserve_memory() reserves (the end of the 'Kernel bss' line of /proc/iomem, less the image base). 0: the whole image (`size`) is reserved. Default: the Debian kernel profile; none when the board gives the image's size."},"brk":{"$ref":"#/$defs/size","description":"x86_64: bytes of the .brk area in use when reserve_brk() reserves them (DMI's, then the early page-table buffer), after kernelReserve: the memblock=debug line `memblock_reserve: [<image base + kernelReserve>-…] setup_arch`. Default: the Debian kernel profile."}}},"kernelObject":{"description":"A kernel with overrides for this board.","type":"object","additionalProperties":false,"required":["release"],"properties":{"release":{"$ref":"#/$defs/kernelVersion"},"config":{"$ref":"#/$defs/kernelConfig"},"cmdline":{"type":"string","description":"The whole kernel command line for this kernel (replaces the board's)."},"imageSize":{"$ref":"#/$defs/size","description":"This kernel build's image size (replaces the image's `size`). Default: the Debian kernel profile's (docs/presets.md); a kernel of a series without a profile needs it or `image.size` (SC003 `missingImageSize`)."},"codeSize":{"$ref":"#/$defs/size","description":"arm64: this kernel build's `__init_begin - _text` (replaces the image's `codeSize`)."},"boot":{"$ref":"#/$defs/bootAllocations"},"deviceTree":{"$ref":"#/$defs/deviceTree","description":"The device tree this kernel gets, where it differs from the board's (distributions ship a DTB with each kernel package): replaces the board's `deviceTree` for this kernel. A measured `boot.unflattenedDt` in this object wins over it."},"policy":{"type":"string","minLength":1,"description":"Simulate with this named engine policy instead of the one for the release (what-if studies)."}}},"kernel":{"title":"Kernel","description":"A kernel to check: a release or series string, or an object with overrides.","oneOf":[{"$ref":"#/$defs/kernelVersion"},{"$ref":"#/$defs/kernelObject"}]},"expect":{"description":"What must hold for this board. Each expectation turns a fact the simulation finds into an error.","type":"object","additionalProperties":false,"properties":{"reservationRequired":{"type":"boolean","default":true,"description":"crashkernel= must actually reserve memory."},"dumpTargetReachable":{"type":"boolean","default":true,"description":"Every crash region the kdump kernel needs for DMA must be reachable by each `dumpTarget` device."},"protectionRequired":{"type":"boolean","default":false,"description":"The loaded crash kernel must be protected from stray writes (arch_kexec_protect_crashkres())."},"noFallbackAbove4G":{"type":"boolean","default":false,"description":"The reservation must not fall back above 4 GiB / to high memory."},"noBasePageLinearMap":{"type":"boolean","default":false,"description":"crashkernel= must not force the linear map to base pages."}}},"severityMap":{"description":"Severity per rule id or name, overriding the rule's default for this board. `off` drops the rule's findings, but for an SC002 or SC003 error, which keeps layouts from the engine: that one stays in the report, suppressed, so it still says which layouts were not simulated (and does not fail the run).","type":"object","propertyNames":{"$ref":"#/$defs/ruleRef"},"additionalProperties":{"enum":["error","warning","note","off"]},"default":{}},"suppression":{"description":"Silences one rule for this board, with the reason recorded in the report.","type":"object","additionalProperties":false,"required":["rule","reason"],"properties":{"rule":{"$ref":"#/$defs/ruleRef"},"reason":{"type":"string","minLength":1,"description":"Why the finding does not apply (shown in the report)."}}},"settings":{"title":"Settings","description":"Everything a board, its preset or `defaults` can set.","type":"object","properties":{"arch":{"enum":["arm64","x86_64","riscv64"],"description":"CPU architecture."},"kernels":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/kernel"},"description":"Kernels to check; each one is a layout per RAM variant. An entry that repeats an earlier one (the same release, a series and its release being one, with the same settings and `policy`) is pointless: SC003 `duplicateKernel` warns at it. One of a release with other settings (a `cmdline`, an `imageSize`, a what-if `policy`) is a layout of its own."},"pageSize":{"enum":["4K","16K","64K"],"description":"Kernel page size. Default: the Debian kernel profile (4K). 16K takes the figures of Debian's arm64-16k build of 6.12 and 7.2 (image size, NODE_DATA). With pages no Debian build of the series has (64K, or 16K on another series) the kernel keeps the figures of its 4K build, not those of the build that boots: give `imageSize` (or `image.size`, the Image header's `image_size`) and the kernel's `boot.nodeData` (the size of NODE_DATA depends on the page size: 14144 bytes with 4K pages and 14464 with 16K on 6.12) for placements to the byte."},"paBits":{"type":"integer","minimum":32,"maximum":64,"description":"Physical address bits (arm64 CONFIG_ARM64_PA_BITS; only arm64 reads it). Default: the Debian kernel profile. A 52-bit kernel with 4K or 16K pages uses 48 without `cpu.lpa2` (PHYS_MASK_SHIFT), which also sizes sparse_init()'s mem_section array."},"vaBits":{"type":"integer","minimum":32,"maximum":64,"description":"Kernel virtual address bits (arm64 CONFIG_ARM64_VA_BITS; riscv64: the paging mode the DT's cpu `mmu-type` names, 39, 48 or 57, and the CPU's unless `cpu.satpMode` says otherwise; x86_64 does not read it). Default: the Debian kernel profile; riscv64 without one: `cpu.satpMode`, else 39. An arm64 52-bit kernel with 4K or 16K pages runs with 48 bits (47 with 16K pages) without `cpu.lpa2`, as the kernel falls back at boot."},"memory":{"$ref":"#/$defs/memory"},"ram":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/ramVariant"},"description":"Several RAM variants of the board, each a layout. Mutually exclusive with `memory`."},"ramSize":{"$ref":"#/$defs/ramSize"},"reservations":{"type":"array","items":{"$ref":"#/$defs/reservation"},"default":[],"description":"Early reservations in boot order (after the kernel image, initrd and DTB)."},"image":{"$ref":"#/$defs/image"},"initrd":{"$ref":"#/$defs/initrd"},"dtb":{"$ref":"#/$defs/dtb"},"deviceTree":{"$ref":"#/$defs/deviceTree"},"acpi":{"type":"boolean","default":false,"description":"arm64: UEFI firmware with ACPI tables that hands the kernel no device tree of its own (servers, QEMU virt under EDK2): the kernel gets the EFI stub's tree, /chosen alone, so acpi_boot_table_init() runs it with ACPI (it prints `ACPI: RSDP` lines and no `Machine model:`) unless the command line has `acpi=off` (`acpi=on` and `acpi=force` change nothing here). With ACPI, setup_arch() unflattens no device tree: no late /reserved-memory pass, no unflattened tree, no `OF: reserved mem:` lines, and the IORT's limits apply (`dma.iortLimitBits`); with `acpi=off` it unflattens the stub's tree (`boot.unflattenedDt` is its size) and reads no IORT. Either way the firmware reservations come from the EFI memory map: give them as `fixed` reservations (memblock_reserve()d, or no-map, silently); /reserved-memory nodes of other kinds and `dma.ranges` do not exist there. `false`: the firmware hands over a device tree and no ACPI tables; `acpi=on` then prints `ACPI: Failed to init ACPI tables` and boots from the tree, `acpi=force` keeps ACPI on without tables (no tree unflattened, no dma-ranges read). Firmware with both a device tree and ACPI tables is not described. x86_64 ignores it (it has no device tree to leave out; SC003 warns about it there); riscv64 refuses it, as its ACPI boots are not modelled."},"numaDistances":{"type":"boolean","default":false,"description":"The firmware gives a NUMA distance table: an ACPI SLIT (x86_64; QEMU's `-numa dist`, the log's `ACPI: SLIT` line) or a device tree `/distance-map` (`numa-distance-map-v1`, arm64 and riscv64; the log's `NUMA: parsing numa-distance-map-v1`). Read only on a board with NUMA nodes (memory banks with `node`) and without `numa=off`: numa_set_distance() then allocates the distance table, a page-aligned page, from memblock before NODE_DATA (x86_64 in every version, arm64 and riscv64 from 6.12; before 6.12 those allocate it whether or not the firmware gives distances)."},"memorylessNodes":{"type":"array","items":{"type":"integer","minimum":0,"maximum":1023},"uniqueItems":true,"default":[],"description":"NUMA nodes that have CPUs and no memory (CPU-only nodes): the firmware gives a CPU the node (a DT cpu node's `numa-node-id`, an ACPI SRAT processor affinity entry; QEMU's `-numa node,nodeid=N,cpus=…` without `memdev`) and no memory. Read only on a board with NUMA nodes (memory banks with `node`) and without `numa=off`; a node a bank has is an ordinary node. arm64 and riscv64 set each up at NUMA init, in node order with the others, before the crash reservation: `NUMA: Initmem setup node N [<memory-less node>]`, and its NODE_DATA comes from another node's memory (memblock_phys_alloc_try_nid() falls back to any node: top-down from the top of memblock), `NODE_DATA(N) on node M`; that moves what is placed after it, the crash region included where the memory it takes is below the crash limit. With Debian's 7.x arm64 (CONFIG_CMA_SIZE_PERNUMA) the node is online, so a board with one memory node gets a per-node CMA area on that node too, and the one on the CPU-only node fails (`cma: dma_numa_cma_reserve: reservation failed: err -12, node N`). x86_64 brings such a node up only after the crash reservation (init_cpu_to_node(), or free_area_init()'s offline-node pg_data_t from 6.1): nothing moves, the zone block says `Initmem setup node N as memoryless` (5.10: not in the zone block). The log's lines naming it: `Initmem setup node N as memoryless` (5.17+), `NUMA: Initmem setup node N [<memory-less node>]` (arm64, riscv64), `SRAT: PXM P -> APIC 0xA -> Node N` without an `ACPI: SRAT: Node N` memory line (x86_64 ≤6.1)."},"efiBootServices":{"type":"array","items":{"$ref":"#/$defs/range"},"default":[],"description":"x86_64 booted through the kernel's EFI stub by UEFI firmware: the EFI memory map's boot-services code and data regions (`Boot Code`, `Boot Data` in the `efi: memNN:` lines of `efi=debug`). The stub hands them over as e820 RAM, so they belong in `memory` too; setup_arch() memblock_reserve()s each after e820__memblock_setup() and before the real-mode trampoline (efi_reserve_boot_services(), arch/x86/platform/efi/quirks.c), in this order, unless some part of it is reserved already (the kernel image, the initrd, an EFI table given as a `fixed` reservation), and frees them only after the crash reservation (efi_free_boot_services()): a top-down crash region below 4 GiB lands under the highest of them. Runtime-services, ACPI and reserved regions are not RAM in e820: leave them out of `memory`. Empty: a BIOS boot. arm64 and riscv64 ignore it (efi_init() leaves their boot-services memory usable RAM)."},"sratMemory":{"type":"array","items":{"$ref":"#/$defs/sratMemoryRange"},"default":[],"description":"x86_64: the ACPI SRAT's memory affinity ranges, where the firmware's NUMA nodes are (the log's `ACPI: SRAT: Node N PXM P [mem …]` lines; QEMU's `-numa`). They may cover more than the banks: QEMU's node 0 starts at 0 and runs to the top of low RAM, over the first page and the e820-reserved pages the banks leave out. Read only by NUMA emulation (`numa=fake=`), which splits these ranges rather than the banks (`Faking node N at …`), and only on a board whose banks give NUMA nodes; without them such a board's `numa=fake=` is simulated over the banks and CK006 says so. Empty: none (the banks' nodes stand for the SRAT). arm64 and riscv64 ignore it."},"e820AcpiData":{"type":"array","items":{"$ref":"#/$defs/range"},"default":[],"description":"x86_64: the firmware's e820 ACPI-data entries, where it keeps its ACPI tables (the log's `BIOS-e820: [mem …] ACPI data` lines; /proc/iomem's `ACPI Tables`). Not RAM: leave them out of `memory` (the e820 table gives an overlap to ACPI data, the higher type). The kernel never allocates from them, but from 6.11 (06fa48d85b09) e820__end_ram_pfn() counts them with RAM, so max_pfn ends at the highest end of either: with `mem=` below the tables (OVMF puts them near the top of low RAM), max_pfn, and with it the zones, the direct map init_mem_mapping() builds and the fake NUMA node (`Faking a node at`), end at the tables rather than at the `mem=` limit; 5.10 and 6.1 count RAM only. `mem=` and a bare `memmap=nn` remove RAM only and leave them; `memmap=exactmap` drops them as it drops every firmware entry; `memmap=nn%ss-3` (or `-3+t`, or a typeless `%`) takes them away or changes their type. Empty: none (a board without them gets max_pfn from RAM alone). arm64 and riscv64 ignore it (they have no e820)."},"dma":{"$ref":"#/$defs/dma"},"devices":{"type":"array","items":{"$ref":"#/$defs/device"},"default":[],"description":"DMA-capable devices, in particular the dump target."},"config":{"$ref":"#/$defs/kernelConfig"},"cpu":{"$ref":"#/$defs/cpuFeatures"},"boot":{"$ref":"#/$defs/bootAllocations"},"cmdline":{"type":"string","default":"","description":"The kernel command line (`crashkernel=`, `rodata=`, `kfence.sample_interval=`, `mem=`, `cma=` …)."},"expect":{"$ref":"#/$defs/expect"},"severity":{"$ref":"#/$defs/severityMap"},"suppress":{"type":"array","items":{"$ref":"#/$defs/suppression"},"default":[],"description":"Rules silenced for this board, each with a reason."}},"not":{"anyOf":[{"properties":{"memory":true,"ram":true},"required":["memory","ram"]},{"properties":{"memory":true,"ramSize":true},"required":["memory","ramSize"]},{"properties":{"ram":true,"ramSize":true},"required":["ram","ramSize"]}]}},"board":{"title":"Board","description":"One board: its identity, an optional preset, and its settings.","type":"object","allOf":[{"$ref":"#/$defs/settings"}],"unevaluatedProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","description":"Stable identifier, unique in the file (used in reports, fingerprints and `boards` filters)."},"name":{"type":"string","description":"Human-readable name."},"description":{"type":"string","description":"Free text: where the board's numbers come from."},"extends":{"type":"string","minLength":1,"description":"A built-in preset whose settings are merged under the board's: `qemu-virt-arm64`, `qemu-q35-x86_64`, `qemu-pc-x86_64`, `qemu-virt-riscv64`, `raspberrypi-4`."}}},"image":{"description":"Where the kernel image runs: a 2 MiB-aligned address (the arm64 boot protocol, Documentation/arch/arm64/booting.rst; x86_64 and riscv64 kernels run 2 MiB-aligned too; SC003 imageMisaligned otherwise). U-Boot's `booti` moves an Image loaded elsewhere (`kernel_addr_r` off a 2 MiB boundary) up to the next boundary and prints `Moving Image from … to …`: give that address, not `kernel_addr_r`. `size` defaults to the kernel's own size: arm64 [_text, _end) (Image header `image_size`), x86 `init_size` (what decompression needs; the kernel reserves `boot.kernelReserve` and `boot.brk` of it), riscv64 the reserved image (docs/presets.md). A board booted through the EFI stub (UEFI firmware, arm64 and riscv64) gives where the stub moved it (a PMD-aligned EFI allocation, near the top of RAM under EDK2), not where the firmware loaded the file: test/boots/riscv64-uefi/README.md.","type":"object","additionalProperties":false,"required":["base"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"},"codeSize":{"$ref":"#/$defs/size","description":"arm64: `__init_begin - _text`, the kernel's text and read-only data, whose linear alias map_mem() maps read-only with blocks where it can. /proc/iomem's `Kernel code` entry ends at __init_begin - 1. Defaults to the kernel build's (docs/presets.md); set it for a kernel built with another configuration."}}},"initrd":{"description":"Where the initrd (initramfs) is when the kernel starts. U-Boot's bootm/booti copies it elsewhere unless `initrd_high` is all ones, and prints `Loading Ramdisk to <start>, end <end>` (end exclusive): give that range, not `ramdisk_addr_r`. Default: no initrd.","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}},"dtb":{"description":"Where the flattened device tree is when the kernel starts (arm64, riscv64), and its fdt_totalsize(). U-Boot's bootm/booti copies it, with its fixups, unless `fdt_high` is all ones, and prints `Loading Device Tree to <start>, end <end>` (end inclusive; `Using Device Tree in place at …` when it does not move it): give that start, not `fdt_addr_r`, and the size of /sys/firmware/fdt on the running board, not that range's (U-Boot 2023.01's booti on QEMU virt prints 0x103000 bytes, its own reservation with padding, and the kernel reserves the tree's 0x2080). `import` reads both from an arm64 boot log with memblock=debug. Through the EFI stub, the stub's copy (a 2 MiB EFI allocation of which the kernel reserves fdt_totalsize()), not the firmware's tree. Default: none (ACPI/x86).","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}},"deviceTree":{"description":"What unflatten_device_tree() makes of the device tree the kernel gets (arm64, riscv64), counted from the blob: the tree's size follows from these and the kernel's struct sizes, so one description serves every kernel. The importers write it from a DTB or DTS; the DT as the kernel got it (/sys/firmware/fdt) has the boot loader's additions too. A kernel's object can give its own. A measured `boot.unflattenedDt` wins over it when given in the kernel's object, or in the same layer as it or a nearer one (board over preset over `defaults`); an ACPI board (`acpi`) does not unflatten it. Default: the preset's for the kernel (the Raspberry Pi 4's is the DTB of the kernel's Debian package), else the Debian kernel profile's `boot.unflattenedDt`.","type":"object","additionalProperties":false,"required":["nodes","properties","nameBytes"],"properties":{"nodes":{"type":"integer","minimum":1,"description":"Nodes, the root and disabled ones included (a CONFIG_OF_KOBJ kernel, every Debian build, unflattens them all)."},"properties":{"type":"integer","minimum":0,"description":"struct property the kernel makes: the blob's properties, plus a `name` property for each node without one (every node of a version-17 blob)."},"nameBytes":{"type":"integer","minimum":0,"description":"Bytes the names take after the structs, in the blob's node order: each node's name with its unit address and NUL, and for each node without a `name` property the name without the unit address and NUL, each rounded up to 8 bytes except the last."},"aliases":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"The /aliases properties whose path names a node of the tree (`serial0`), in blob order: of_alias_scan() allocates each one whose name ends in a decimal id."}}},"defaults":{"description":"Settings merged under every board: a board's own value wins, then its preset (`extends`), then these defaults, then the Debian kernel profile of the kernel, then the documented default of each property. Objects (`config`, `cpu`, `expect`, `severity`, `boot`, `dma`) merge key by key; arrays and strings are replaced whole, except `suppress`, which is concatenated. A default that no board takes (each board or its preset sets its own) is reported (SC005), and so is a `crashkernel=` that a command line above it drops (CK004 `replaced`).","type":"object","allOf":[{"$ref":"#/$defs/settings"}],"unevaluatedProperties":false},"ramSize":{"title":"RamSize","description":"The RAM size given to a machine whose preset computes its RAM map from it, like QEMU's `-m` (presets `qemu-*`): the preset derives the banks and the size-dependent placements (x86 initrd, riscv64 DTB), which an `initrd`, `dtb` or `image` set beside `ramSize` (or in a layer above it) replaces. One layout. Mutually exclusive with `memory` and `ram`.","type":"string","pattern":"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"}}};
const schema32 = {"description":"Settings merged under every board: a board's own value wins, then its preset (`extends`), then these defaults, then the Debian kernel profile of the kernel, then the documented default of each property. Objects (`config`, `cpu`, `expect`, `severity`, `boot`, `dma`) merge key by key; arrays and strings are replaced whole, except `suppress`, which is concatenated. A default that no board takes (each board or its preset sets its own) is reported (SC005), and so is a `crashkernel=` that a command line above it drops (CK004 `replaced`).","type":"object","allOf":[{"$ref":"#/$defs/settings"}],"unevaluatedProperties":false};
const schema33 = {"title":"Settings","description":"Everything a board, its preset or `defaults` can set.","type":"object","properties":{"arch":{"enum":["arm64","x86_64","riscv64"],"description":"CPU architecture."},"kernels":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/kernel"},"description":"Kernels to check; each one is a layout per RAM variant. An entry that repeats an earlier one (the same release, a series and its release being one, with the same settings and `policy`) is pointless: SC003 `duplicateKernel` warns at it. One of a release with other settings (a `cmdline`, an `imageSize`, a what-if `policy`) is a layout of its own."},"pageSize":{"enum":["4K","16K","64K"],"description":"Kernel page size. Default: the Debian kernel profile (4K). 16K takes the figures of Debian's arm64-16k build of 6.12 and 7.2 (image size, NODE_DATA). With pages no Debian build of the series has (64K, or 16K on another series) the kernel keeps the figures of its 4K build, not those of the build that boots: give `imageSize` (or `image.size`, the Image header's `image_size`) and the kernel's `boot.nodeData` (the size of NODE_DATA depends on the page size: 14144 bytes with 4K pages and 14464 with 16K on 6.12) for placements to the byte."},"paBits":{"type":"integer","minimum":32,"maximum":64,"description":"Physical address bits (arm64 CONFIG_ARM64_PA_BITS; only arm64 reads it). Default: the Debian kernel profile. A 52-bit kernel with 4K or 16K pages uses 48 without `cpu.lpa2` (PHYS_MASK_SHIFT), which also sizes sparse_init()'s mem_section array."},"vaBits":{"type":"integer","minimum":32,"maximum":64,"description":"Kernel virtual address bits (arm64 CONFIG_ARM64_VA_BITS; riscv64: the paging mode the DT's cpu `mmu-type` names, 39, 48 or 57, and the CPU's unless `cpu.satpMode` says otherwise; x86_64 does not read it). Default: the Debian kernel profile; riscv64 without one: `cpu.satpMode`, else 39. An arm64 52-bit kernel with 4K or 16K pages runs with 48 bits (47 with 16K pages) without `cpu.lpa2`, as the kernel falls back at boot."},"memory":{"$ref":"#/$defs/memory"},"ram":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/ramVariant"},"description":"Several RAM variants of the board, each a layout. Mutually exclusive with `memory`."},"ramSize":{"$ref":"#/$defs/ramSize"},"reservations":{"type":"array","items":{"$ref":"#/$defs/reservation"},"default":[],"description":"Early reservations in boot order (after the kernel image, initrd and DTB)."},"image":{"$ref":"#/$defs/image"},"initrd":{"$ref":"#/$defs/initrd"},"dtb":{"$ref":"#/$defs/dtb"},"deviceTree":{"$ref":"#/$defs/deviceTree"},"acpi":{"type":"boolean","default":false,"description":"arm64: UEFI firmware with ACPI tables that hands the kernel no device tree of its own (servers, QEMU virt under EDK2): the kernel gets the EFI stub's tree, /chosen alone, so acpi_boot_table_init() runs it with ACPI (it prints `ACPI: RSDP` lines and no `Machine model:`) unless the command line has `acpi=off` (`acpi=on` and `acpi=force` change nothing here). With ACPI, setup_arch() unflattens no device tree: no late /reserved-memory pass, no unflattened tree, no `OF: reserved mem:` lines, and the IORT's limits apply (`dma.iortLimitBits`); with `acpi=off` it unflattens the stub's tree (`boot.unflattenedDt` is its size) and reads no IORT. Either way the firmware reservations come from the EFI memory map: give them as `fixed` reservations (memblock_reserve()d, or no-map, silently); /reserved-memory nodes of other kinds and `dma.ranges` do not exist there. `false`: the firmware hands over a device tree and no ACPI tables; `acpi=on` then prints `ACPI: Failed to init ACPI tables` and boots from the tree, `acpi=force` keeps ACPI on without tables (no tree unflattened, no dma-ranges read). Firmware with both a device tree and ACPI tables is not described. x86_64 ignores it (it has no device tree to leave out; SC003 warns about it there); riscv64 refuses it, as its ACPI boots are not modelled."},"numaDistances":{"type":"boolean","default":false,"description":"The firmware gives a NUMA distance table: an ACPI SLIT (x86_64; QEMU's `-numa dist`, the log's `ACPI: SLIT` line) or a device tree `/distance-map` (`numa-distance-map-v1`, arm64 and riscv64; the log's `NUMA: parsing numa-distance-map-v1`). Read only on a board with NUMA nodes (memory banks with `node`) and without `numa=off`: numa_set_distance() then allocates the distance table, a page-aligned page, from memblock before NODE_DATA (x86_64 in every version, arm64 and riscv64 from 6.12; before 6.12 those allocate it whether or not the firmware gives distances)."},"memorylessNodes":{"type":"array","items":{"type":"integer","minimum":0,"maximum":1023},"uniqueItems":true,"default":[],"description":"NUMA nodes that have CPUs and no memory (CPU-only nodes): the firmware gives a CPU the node (a DT cpu node's `numa-node-id`, an ACPI SRAT processor affinity entry; QEMU's `-numa node,nodeid=N,cpus=…` without `memdev`) and no memory. Read only on a board with NUMA nodes (memory banks with `node`) and without `numa=off`; a node a bank has is an ordinary node. arm64 and riscv64 set each up at NUMA init, in node order with the others, before the crash reservation: `NUMA: Initmem setup node N [<memory-less node>]`, and its NODE_DATA comes from another node's memory (memblock_phys_alloc_try_nid() falls back to any node: top-down from the top of memblock), `NODE_DATA(N) on node M`; that moves what is placed after it, the crash region included where the memory it takes is below the crash limit. With Debian's 7.x arm64 (CONFIG_CMA_SIZE_PERNUMA) the node is online, so a board with one memory node gets a per-node CMA area on that node too, and the one on the CPU-only node fails (`cma: dma_numa_cma_reserve: reservation failed: err -12, node N`). x86_64 brings such a node up only after the crash reservation (init_cpu_to_node(), or free_area_init()'s offline-node pg_data_t from 6.1): nothing moves, the zone block says `Initmem setup node N as memoryless` (5.10: not in the zone block). The log's lines naming it: `Initmem setup node N as memoryless` (5.17+), `NUMA: Initmem setup node N [<memory-less node>]` (arm64, riscv64), `SRAT: PXM P -> APIC 0xA -> Node N` without an `ACPI: SRAT: Node N` memory line (x86_64 ≤6.1)."},"efiBootServices":{"type":"array","items":{"$ref":"#/$defs/range"},"default":[],"description":"x86_64 booted through the kernel's EFI stub by UEFI firmware: the EFI memory map's boot-services code and data regions (`Boot Code`, `Boot Data` in the `efi: memNN:` lines of `efi=debug`). The stub hands them over as e820 RAM, so they belong in `memory` too; setup_arch() memblock_reserve()s each after e820__memblock_setup() and before the real-mode trampoline (efi_reserve_boot_services(), arch/x86/platform/efi/quirks.c), in this order, unless some part of it is reserved already (the kernel image, the initrd, an EFI table given as a `fixed` reservation), and frees them only after the crash reservation (efi_free_boot_services()): a top-down crash region below 4 GiB lands under the highest of them. Runtime-services, ACPI and reserved regions are not RAM in e820: leave them out of `memory`. Empty: a BIOS boot. arm64 and riscv64 ignore it (efi_init() leaves their boot-services memory usable RAM)."},"sratMemory":{"type":"array","items":{"$ref":"#/$defs/sratMemoryRange"},"default":[],"description":"x86_64: the ACPI SRAT's memory affinity ranges, where the firmware's NUMA nodes are (the log's `ACPI: SRAT: Node N PXM P [mem …]` lines; QEMU's `-numa`). They may cover more than the banks: QEMU's node 0 starts at 0 and runs to the top of low RAM, over the first page and the e820-reserved pages the banks leave out. Read only by NUMA emulation (`numa=fake=`), which splits these ranges rather than the banks (`Faking node N at …`), and only on a board whose banks give NUMA nodes; without them such a board's `numa=fake=` is simulated over the banks and CK006 says so. Empty: none (the banks' nodes stand for the SRAT). arm64 and riscv64 ignore it."},"e820AcpiData":{"type":"array","items":{"$ref":"#/$defs/range"},"default":[],"description":"x86_64: the firmware's e820 ACPI-data entries, where it keeps its ACPI tables (the log's `BIOS-e820: [mem …] ACPI data` lines; /proc/iomem's `ACPI Tables`). Not RAM: leave them out of `memory` (the e820 table gives an overlap to ACPI data, the higher type). The kernel never allocates from them, but from 6.11 (06fa48d85b09) e820__end_ram_pfn() counts them with RAM, so max_pfn ends at the highest end of either: with `mem=` below the tables (OVMF puts them near the top of low RAM), max_pfn, and with it the zones, the direct map init_mem_mapping() builds and the fake NUMA node (`Faking a node at`), end at the tables rather than at the `mem=` limit; 5.10 and 6.1 count RAM only. `mem=` and a bare `memmap=nn` remove RAM only and leave them; `memmap=exactmap` drops them as it drops every firmware entry; `memmap=nn%ss-3` (or `-3+t`, or a typeless `%`) takes them away or changes their type. Empty: none (a board without them gets max_pfn from RAM alone). arm64 and riscv64 ignore it (they have no e820)."},"dma":{"$ref":"#/$defs/dma"},"devices":{"type":"array","items":{"$ref":"#/$defs/device"},"default":[],"description":"DMA-capable devices, in particular the dump target."},"config":{"$ref":"#/$defs/kernelConfig"},"cpu":{"$ref":"#/$defs/cpuFeatures"},"boot":{"$ref":"#/$defs/bootAllocations"},"cmdline":{"type":"string","default":"","description":"The kernel command line (`crashkernel=`, `rodata=`, `kfence.sample_interval=`, `mem=`, `cma=` …)."},"expect":{"$ref":"#/$defs/expect"},"severity":{"$ref":"#/$defs/severityMap"},"suppress":{"type":"array","items":{"$ref":"#/$defs/suppression"},"default":[],"description":"Rules silenced for this board, each with a reason."}},"not":{"anyOf":[{"properties":{"memory":true,"ram":true},"required":["memory","ram"]},{"properties":{"memory":true,"ramSize":true},"required":["memory","ramSize"]},{"properties":{"ram":true,"ramSize":true},"required":["ram","ramSize"]}]}};
const schema63 = {"title":"RamSize","description":"The RAM size given to a machine whose preset computes its RAM map from it, like QEMU's `-m` (presets `qemu-*`): the preset derives the banks and the size-dependent placements (x86 initrd, riscv64 DTB), which an `initrd`, `dtb` or `image` set beside `ramSize` (or in a layer above it) replaces. One layout. Mutually exclusive with `memory` and `ram`.","type":"string","pattern":"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"};
const schema47 = {"description":"What unflatten_device_tree() makes of the device tree the kernel gets (arm64, riscv64), counted from the blob: the tree's size follows from these and the kernel's struct sizes, so one description serves every kernel. The importers write it from a DTB or DTS; the DT as the kernel got it (/sys/firmware/fdt) has the boot loader's additions too. A kernel's object can give its own. A measured `boot.unflattenedDt` wins over it when given in the kernel's object, or in the same layer as it or a nearer one (board over preset over `defaults`); an ACPI board (`acpi`) does not unflatten it. Default: the preset's for the kernel (the Raspberry Pi 4's is the DTB of the kernel's Debian package), else the Debian kernel profile's `boot.unflattenedDt`.","type":"object","additionalProperties":false,"required":["nodes","properties","nameBytes"],"properties":{"nodes":{"type":"integer","minimum":1,"description":"Nodes, the root and disabled ones included (a CONFIG_OF_KOBJ kernel, every Debian build, unflattens them all)."},"properties":{"type":"integer","minimum":0,"description":"struct property the kernel makes: the blob's properties, plus a `name` property for each node without one (every node of a version-17 blob)."},"nameBytes":{"type":"integer","minimum":0,"description":"Bytes the names take after the structs, in the blob's node order: each node's name with its unit address and NUL, and for each node without a `name` property the name without the unit address and NUL, each rounded up to 8 bytes except the last."},"aliases":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"The /aliases properties whose path names a node of the tree (`serial0`), in blob order: of_alias_scan() allocates each one whose name ends in a decimal id."}}};
const schema38 = {"description":"Kernel configuration options that change where crashkernel lands or how the linear map is built. Default for each: the Debian kernel profile of the kernel's arch and series (docs/presets.md); for a kernel without a profile, the `default` given here.","type":"object","additionalProperties":false,"properties":{"ZONE_DMA":{"type":"boolean","default":true,"description":"CONFIG_ZONE_DMA."},"ZONE_DMA32":{"type":"boolean","default":true,"description":"CONFIG_ZONE_DMA32."},"RODATA_FULL_DEFAULT_ENABLED":{"type":"boolean","default":true,"description":"arm64 CONFIG_RODATA_FULL_DEFAULT_ENABLED (≤ 6.17; 6.18+ always behaves as if set)."},"KFENCE":{"type":"boolean","default":false,"description":"CONFIG_KFENCE."},"KFENCE_SAMPLE_INTERVAL":{"type":"integer","minimum":0,"maximum":9007199254740991,"default":100,"description":"CONFIG_KFENCE_SAMPLE_INTERVAL in ms. On arm64, 0 means the pool is not allocated early; riscv64 always allocates it with KFENCE; x86_64 does not model KFENCE."},"DEBUG_PAGEALLOC":{"type":"boolean","default":false,"description":"CONFIG_DEBUG_PAGEALLOC: the kernel has `debug_pagealloc=`. When that is on (`debug_pagealloc=on`, or DEBUG_PAGEALLOC_ENABLE_DEFAULT without `debug_pagealloc=off`), the linear map uses base pages."},"DEBUG_PAGEALLOC_ENABLE_DEFAULT":{"type":"boolean","default":false,"description":"CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT: `debug_pagealloc` is on unless the command line turns it off. Only with DEBUG_PAGEALLOC."},"CMA":{"type":"boolean","default":false,"description":"CONFIG_CMA together with CONFIG_DMA_CMA."},"DMA_NUMA_CMA":{"type":"boolean","default":false,"description":"CONFIG_DMA_NUMA_CMA (6.6+; CONFIG_DMA_PERNUMA_CMA, arm64 only, before it): `numa_cma=` and `cma_pernuma=` reserve per-node CMA areas before the crash kernel (simulated; without the option they are unknown parameters and reserve nothing). Only with CMA. Default: the Debian kernel profile (arm64 5.10, 6.1, 7.2 and 7.3, x86_64 7.2 and 7.3, riscv64 7.2; not arm64 6.12)."},"CMA_SIZE_PERNUMA":{"type":"boolean","default":false,"description":"CONFIG_CMA_SIZE_PERNUMA (7.x; needs DMA_NUMA_CMA): on a board with more than one NUMA node (memory banks with `node`), dma_contiguous_reserve() also reserves a CMA area of the default area's size on each node, before the crash kernel (a `linux,cma-default` pool's size where the device tree's pool is the default area). Default: the Debian kernel profile (arm64, x86_64 and riscv64 7.2, arm64 and x86_64 7.3)."},"NUMA_EMU":{"type":"boolean","default":false,"description":"CONFIG_NUMA_EMU (x86_64): `numa=fake=` splits the NUMA nodes (the firmware's, or the one the kernel fakes without them) into fake nodes before the crash kernel, each with its NODE_DATA at its own top (simulated; `Faking node N at …`). Without it `numa=fake=` is a malformed early option and nothing is split (Ubuntu's generic amd64 kernels). arm64 and riscv64 ignore it (Debian builds them without). Default: the Debian kernel profile (every x86_64 one)."},"CMA_SIZE_MBYTES":{"type":"integer","minimum":0,"maximum":17592186044415,"default":0,"description":"CONFIG_CMA_SIZE_MBYTES: size of the default CMA area (0 = none). At most 2^44 - 1: kernel/dma/contiguous.c multiplies it by SZ_1M into a 64-bit phys_addr_t."},"RANDOMIZE_BASE":{"type":"boolean","default":false,"description":"CONFIG_RANDOMIZE_BASE (KASLR). crashkernel-check never randomises: physical placement is simulated as with `nokaslr`. On x86_64 without `nokaslr`, CK011 warns about a fixed `crashkernel=X@Y` base, which the randomly placed kernel can overlap."},"X86_DIRECT_GBPAGES":{"type":"boolean","default":true,"description":"x86 CONFIG_X86_DIRECT_GBPAGES (1 GiB pages in the direct map)."},"ZONE_DEVICE":{"type":"boolean","default":false,"description":"CONFIG_ZONE_DEVICE (only adds the empty \"Device\" line to the kernel's \"Zone ranges:\" output)."},"LOG_BUF_SHIFT":{"type":"integer","minimum":12,"maximum":25,"default":17,"description":"CONFIG_LOG_BUF_SHIFT: the static printk buffer is 2^N bytes (17 in Debian's builds, 18 in Ubuntu's). A `log_buf_len=` no larger allocates nothing; a larger one is allocated before the crash kernel on x86."},"PRINTK_EXECUTION_CTX":{"type":"boolean","default":false,"description":"CONFIG_PRINTK_EXECUTION_CTX (7.0+; Debian's 7.x builds): each record of the printk ring buffer carries the task name, so `log_buf_len=` takes 112 bytes of record metadata per 32 bytes of text instead of 88. x86 allocates that buffer before the crash kernel."},"OF_DYNAMIC":{"type":"boolean","default":false,"description":"CONFIG_OF_DYNAMIC: each struct property of the unflattened device tree carries 8 bytes of flags (Debian's arm64 builds from 7.x)."},"PAGE_BLOCK_MAX_ORDER":{"type":"integer","minimum":1,"description":"arm64 CONFIG_PAGE_BLOCK_MAX_ORDER (6.16+; CONFIG_PAGE_BLOCK_ORDER when it came): caps pageblock_order, which sets the CMA alignment and the size of the sparse usemaps. Absent: nothing is capped, as with the option's default. A 64K kernel configured from a 4K config keeps 4K's 10: 64 MiB CMA alignment instead of 512 MiB. x86_64 and riscv64 ignore it (their 2 MiB pageblock is below every default)."}}};
const schema87 = {"description":"CPU features that change the outcome.","type":"object","additionalProperties":false,"properties":{"bbml2Noabort":{"type":"boolean","default":false,"description":"arm64 BBML2 without TLB conflict aborts, as the simulated kernel tests it, on every CPU of the system: 6.18 – 7.2 take a CPU list (Cortex-X4 r0p3+, Neoverse V3 and V3AE r0p2+, NVIDIA Olympus, AmpereOne, AmpereOne A), 7.3 tests BBML3 (ID_AA64MMFR2_EL1.BBM >= 3, or that list with Cortex-A520AE, A715, A720AE, A725, Neoverse N3, C1-Nano, C1-Pro, C1-Ultra and C1-Premium r1p1+). 6.18+ then keeps block mappings where rodata=full or a late KFENCE wants base pages (debug_pagealloc still forces them). map_mem() asks the boot CPU, but one secondary CPU without it makes the kernel split the linear map (all but the kernel's read-only alias) into pages later in boot, so leave it false for a mix."},"lpa2":{"type":"boolean","default":false,"description":"arm64 FEAT_LPA2: a 52-bit kernel (6.12+ Debian) runs with 52-bit VA and PA; without it, 48-bit VA (47 with 16K pages) and 48-bit PA (4K/16K pages). Set it for what the CPU has: `arm64.nolva` on the command line turns it off for the kernel (6.9+)."},"gbpages":{"type":"boolean","default":true,"description":"x86 GBPAGES (1 GiB pages)."},"la57":{"type":"boolean","default":false,"description":"x86 LA57 (5-level paging), as QEMU's -cpu max has: a kernel built for it (5.11+: X86_5LEVEL is default y; Debian's 5.10 build has none) then runs with 5-level page tables unless `no5lvl` is on the command line, and its direct map takes one more page-table page, from memblock once the brk buffer is used up."},"el2":{"type":"boolean","description":"arm64: the firmware enters the kernel at EL2, as most boards' firmware does (the Raspberry Pi's, UEFI on servers; QEMU virt with virtualization=on); false: at EL1 (QEMU virt's default). The boot log says which (\"CPU: All CPU(s) started at EL2\"). Only `kvm-arm.mode=protected` reads it: at EL2, protected KVM memblock-allocates its hypervisor's memory in bootmem_init() before the crash kernel (5.15+), tens of MiB at the top of RAM. Absent: simulated as EL1, and CK006 says the placement may differ."},"satpMode":{"type":"integer","enum":[39,48,57],"description":"riscv64: the deepest paging mode the CPU takes (Sv39, Sv48, Sv57), as set_satp_mode() finds it by writing SATP. Absent: the board's `vaBits`, which then stands for both the CPU and the DT's cpu `mmu-type`. Give it where the DT names less than the CPU has, as QEMU 7.2's virt machine does (`riscv,sv48` of an Sv57 CPU): up to 6.17.6 the kernel probes the CPU and runs its mode; 6.17.7 and 6.18+ take a DT's `riscv,sv39` or `riscv,sv48` as a limit (set_satp_mode_from_fdt()). `no4lvl` and `no5lvl` limit every release from 6.4."}}};
const schema88 = {"description":"What must hold for this board. Each expectation turns a fact the simulation finds into an error.","type":"object","additionalProperties":false,"properties":{"reservationRequired":{"type":"boolean","default":true,"description":"crashkernel= must actually reserve memory."},"dumpTargetReachable":{"type":"boolean","default":true,"description":"Every crash region the kdump kernel needs for DMA must be reachable by each `dumpTarget` device."},"protectionRequired":{"type":"boolean","default":false,"description":"The loaded crash kernel must be protected from stray writes (arch_kexec_protect_crashkres())."},"noFallbackAbove4G":{"type":"boolean","default":false,"description":"The reservation must not fall back above 4 GiB / to high memory."},"noBasePageLinearMap":{"type":"boolean","default":false,"description":"crashkernel= must not force the linear map to base pages."}}};
const schema34 = {"title":"Kernel","description":"A kernel to check: a release or series string, or an object with overrides.","oneOf":[{"$ref":"#/$defs/kernelVersion"},{"$ref":"#/$defs/kernelObject"}]};
const schema35 = {"title":"KernelVersion","description":"A kernel release (`6.1.192`) or a series (`6.12`). A series resolves to the Debian release of its kernel profile (5.10 → 5.10.223, 6.1 → 6.1.192, 6.12 → 6.12.117, 7.2 → 7.2.13, 7.3 → 7.3.4), any other series to its .0 release (`6.6` → 6.6.0); docs/policies.md.","type":"string","pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$"};
const pattern4 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$", "u");
const schema36 = {"description":"A kernel with overrides for this board.","type":"object","additionalProperties":false,"required":["release"],"properties":{"release":{"$ref":"#/$defs/kernelVersion"},"config":{"$ref":"#/$defs/kernelConfig"},"cmdline":{"type":"string","description":"The whole kernel command line for this kernel (replaces the board's)."},"imageSize":{"$ref":"#/$defs/size","description":"This kernel build's image size (replaces the image's `size`). Default: the Debian kernel profile's (docs/presets.md); a kernel of a series without a profile needs it or `image.size` (SC003 `missingImageSize`)."},"codeSize":{"$ref":"#/$defs/size","description":"arm64: this kernel build's `__init_begin - _text` (replaces the image's `codeSize`)."},"boot":{"$ref":"#/$defs/bootAllocations"},"deviceTree":{"$ref":"#/$defs/deviceTree","description":"The device tree this kernel gets, where it differs from the board's (distributions ship a DTB with each kernel package): replaces the board's `deviceTree` for this kernel. A measured `boot.unflattenedDt` in this object wins over it."},"policy":{"type":"string","minLength":1,"description":"Simulate with this named engine policy instead of the one for the release (what-if studies)."}}};
const schema39 = {"title":"Size","description":"A size in bytes: hex `0x10000000`, decimal `268435456`, or either with one memparse suffix K, M, G, T, P or E (powers of 1024, case-insensitive), e.g. `256M`. Underscores may separate hex digits (`0x1_0000_0000`). As in the kernel's memparse(), hex digits are read greedily, so `0x1E` is 30 bytes, not an exabyte. Leading-zero (octal) decimals are rejected.","type":"string","pattern":"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"};
const pattern6 = new RegExp("^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$", "u");
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const schema41 = {"description":"Sizes of boot-time allocations that depend on the kernel build and the firmware blob rather than on the algorithm. Default: the Debian kernel profile (measured with memblock=debug), else 0.","type":"object","additionalProperties":false,"properties":{"unflattenedDt":{"$ref":"#/$defs/size","description":"Bytes unflatten_device_tree() takes from memblock in all: the tree, then of_alias_scan()'s copy of the aliases (arm64, riscv64)."},"dtAliases":{"$ref":"#/$defs/size","description":"Of unflattenedDt, the bytes of of_alias_scan()'s allocations after the tree's, one per alias, placed as one: each but the last rounded up to 8 bytes, its alignment, so that it starts where the last one does (0: the DT has no /aliases). Default: the Debian kernel profile (QEMU virt's serial0 alias, 47), else 0."},"nodeData":{"$ref":"#/$defs/size","description":"NODE_DATA(0): sizeof(pg_data_t) of the build, cache-line rounded."},"kernelReserve":{"$ref":"#/$defs/size","description":"x86_64: __end_of_kernel_reserve - _text, the part of the image early_reserve_memory() reserves (the end of the 'Kernel bss' line of /proc/iomem, less the image base). 0: the whole image (`size`) is reserved. Default: the Debian kernel profile; none when the board gives the image's size."},"brk":{"$ref":"#/$defs/size","description":"x86_64: bytes of the .brk area in use when reserve_brk() reserves them (DMI's, then the early page-table buffer), after kernelReserve: the memblock=debug line `memblock_reserve: [<image base + kernelReserve>-…] setup_arch`. Default: the Debian kernel profile."}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "unflattenedDt") || (key0 === "dtAliases")) || (key0 === "nodeData")) || (key0 === "kernelReserve")) || (key0 === "brk"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.unflattenedDt !== undefined){
let data0 = data.unflattenedDt;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err1 = {instancePath:instancePath+"/unflattenedDt",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/unflattenedDt",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.dtAliases !== undefined){
let data1 = data.dtAliases;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err3 = {instancePath:instancePath+"/dtAliases",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/dtAliases",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.nodeData !== undefined){
let data2 = data.nodeData;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err5 = {instancePath:instancePath+"/nodeData",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/nodeData",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kernelReserve !== undefined){
let data3 = data.kernelReserve;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err7 = {instancePath:instancePath+"/kernelReserve",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/kernelReserve",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.brk !== undefined){
let data4 = data.brk;
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err9 = {instancePath:instancePath+"/brk",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/brk",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.release === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "release") || (key0 === "config")) || (key0 === "cmdline")) || (key0 === "imageSize")) || (key0 === "codeSize")) || (key0 === "boot")) || (key0 === "deviceTree")) || (key0 === "policy"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.release !== undefined){
let data0 = data.release;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/release",schemaPath:"#/$defs/kernelVersion/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$",parentSchema:schema35,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/release",schemaPath:"#/$defs/kernelVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.config !== undefined){
let data1 = data.config;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(func1.call(schema38.properties, key1))){
const err4 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/kernelConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.ZONE_DMA !== undefined){
let data2 = data1.ZONE_DMA;
if(typeof data2 !== "boolean"){
const err5 = {instancePath:instancePath+"/config/ZONE_DMA",schemaPath:"#/$defs/kernelConfig/properties/ZONE_DMA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ZONE_DMA.type,parentSchema:schema38.properties.ZONE_DMA,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.ZONE_DMA32 !== undefined){
let data3 = data1.ZONE_DMA32;
if(typeof data3 !== "boolean"){
const err6 = {instancePath:instancePath+"/config/ZONE_DMA32",schemaPath:"#/$defs/kernelConfig/properties/ZONE_DMA32/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ZONE_DMA32.type,parentSchema:schema38.properties.ZONE_DMA32,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.RODATA_FULL_DEFAULT_ENABLED !== undefined){
let data4 = data1.RODATA_FULL_DEFAULT_ENABLED;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/config/RODATA_FULL_DEFAULT_ENABLED",schemaPath:"#/$defs/kernelConfig/properties/RODATA_FULL_DEFAULT_ENABLED/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.RODATA_FULL_DEFAULT_ENABLED.type,parentSchema:schema38.properties.RODATA_FULL_DEFAULT_ENABLED,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.KFENCE !== undefined){
let data5 = data1.KFENCE;
if(typeof data5 !== "boolean"){
const err8 = {instancePath:instancePath+"/config/KFENCE",schemaPath:"#/$defs/kernelConfig/properties/KFENCE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.KFENCE.type,parentSchema:schema38.properties.KFENCE,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.KFENCE_SAMPLE_INTERVAL !== undefined){
let data6 = data1.KFENCE_SAMPLE_INTERVAL;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err9 = {instancePath:instancePath+"/config/KFENCE_SAMPLE_INTERVAL",schemaPath:"#/$defs/kernelConfig/properties/KFENCE_SAMPLE_INTERVAL/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.KFENCE_SAMPLE_INTERVAL.type,parentSchema:schema38.properties.KFENCE_SAMPLE_INTERVAL,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
const err10 = {instancePath:instancePath+"/config/KFENCE_SAMPLE_INTERVAL",schemaPath:"#/$defs/kernelConfig/properties/KFENCE_SAMPLE_INTERVAL/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema38.properties.KFENCE_SAMPLE_INTERVAL,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err11 = {instancePath:instancePath+"/config/KFENCE_SAMPLE_INTERVAL",schemaPath:"#/$defs/kernelConfig/properties/KFENCE_SAMPLE_INTERVAL/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.KFENCE_SAMPLE_INTERVAL,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data1.DEBUG_PAGEALLOC !== undefined){
let data7 = data1.DEBUG_PAGEALLOC;
if(typeof data7 !== "boolean"){
const err12 = {instancePath:instancePath+"/config/DEBUG_PAGEALLOC",schemaPath:"#/$defs/kernelConfig/properties/DEBUG_PAGEALLOC/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.DEBUG_PAGEALLOC.type,parentSchema:schema38.properties.DEBUG_PAGEALLOC,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.DEBUG_PAGEALLOC_ENABLE_DEFAULT !== undefined){
let data8 = data1.DEBUG_PAGEALLOC_ENABLE_DEFAULT;
if(typeof data8 !== "boolean"){
const err13 = {instancePath:instancePath+"/config/DEBUG_PAGEALLOC_ENABLE_DEFAULT",schemaPath:"#/$defs/kernelConfig/properties/DEBUG_PAGEALLOC_ENABLE_DEFAULT/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.DEBUG_PAGEALLOC_ENABLE_DEFAULT.type,parentSchema:schema38.properties.DEBUG_PAGEALLOC_ENABLE_DEFAULT,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.CMA !== undefined){
let data9 = data1.CMA;
if(typeof data9 !== "boolean"){
const err14 = {instancePath:instancePath+"/config/CMA",schemaPath:"#/$defs/kernelConfig/properties/CMA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.CMA.type,parentSchema:schema38.properties.CMA,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.DMA_NUMA_CMA !== undefined){
let data10 = data1.DMA_NUMA_CMA;
if(typeof data10 !== "boolean"){
const err15 = {instancePath:instancePath+"/config/DMA_NUMA_CMA",schemaPath:"#/$defs/kernelConfig/properties/DMA_NUMA_CMA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.DMA_NUMA_CMA.type,parentSchema:schema38.properties.DMA_NUMA_CMA,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.CMA_SIZE_PERNUMA !== undefined){
let data11 = data1.CMA_SIZE_PERNUMA;
if(typeof data11 !== "boolean"){
const err16 = {instancePath:instancePath+"/config/CMA_SIZE_PERNUMA",schemaPath:"#/$defs/kernelConfig/properties/CMA_SIZE_PERNUMA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.CMA_SIZE_PERNUMA.type,parentSchema:schema38.properties.CMA_SIZE_PERNUMA,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.NUMA_EMU !== undefined){
let data12 = data1.NUMA_EMU;
if(typeof data12 !== "boolean"){
const err17 = {instancePath:instancePath+"/config/NUMA_EMU",schemaPath:"#/$defs/kernelConfig/properties/NUMA_EMU/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.NUMA_EMU.type,parentSchema:schema38.properties.NUMA_EMU,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.CMA_SIZE_MBYTES !== undefined){
let data13 = data1.CMA_SIZE_MBYTES;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err18 = {instancePath:instancePath+"/config/CMA_SIZE_MBYTES",schemaPath:"#/$defs/kernelConfig/properties/CMA_SIZE_MBYTES/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.CMA_SIZE_MBYTES.type,parentSchema:schema38.properties.CMA_SIZE_MBYTES,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 17592186044415 || isNaN(data13)){
const err19 = {instancePath:instancePath+"/config/CMA_SIZE_MBYTES",schemaPath:"#/$defs/kernelConfig/properties/CMA_SIZE_MBYTES/maximum",keyword:"maximum",params:{comparison: "<=", limit: 17592186044415},message:"must be <= 17592186044415",schema:17592186044415,parentSchema:schema38.properties.CMA_SIZE_MBYTES,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err20 = {instancePath:instancePath+"/config/CMA_SIZE_MBYTES",schemaPath:"#/$defs/kernelConfig/properties/CMA_SIZE_MBYTES/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.CMA_SIZE_MBYTES,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data1.RANDOMIZE_BASE !== undefined){
let data14 = data1.RANDOMIZE_BASE;
if(typeof data14 !== "boolean"){
const err21 = {instancePath:instancePath+"/config/RANDOMIZE_BASE",schemaPath:"#/$defs/kernelConfig/properties/RANDOMIZE_BASE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.RANDOMIZE_BASE.type,parentSchema:schema38.properties.RANDOMIZE_BASE,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.X86_DIRECT_GBPAGES !== undefined){
let data15 = data1.X86_DIRECT_GBPAGES;
if(typeof data15 !== "boolean"){
const err22 = {instancePath:instancePath+"/config/X86_DIRECT_GBPAGES",schemaPath:"#/$defs/kernelConfig/properties/X86_DIRECT_GBPAGES/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.X86_DIRECT_GBPAGES.type,parentSchema:schema38.properties.X86_DIRECT_GBPAGES,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data1.ZONE_DEVICE !== undefined){
let data16 = data1.ZONE_DEVICE;
if(typeof data16 !== "boolean"){
const err23 = {instancePath:instancePath+"/config/ZONE_DEVICE",schemaPath:"#/$defs/kernelConfig/properties/ZONE_DEVICE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ZONE_DEVICE.type,parentSchema:schema38.properties.ZONE_DEVICE,data:data16};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data1.LOG_BUF_SHIFT !== undefined){
let data17 = data1.LOG_BUF_SHIFT;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err24 = {instancePath:instancePath+"/config/LOG_BUF_SHIFT",schemaPath:"#/$defs/kernelConfig/properties/LOG_BUF_SHIFT/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.LOG_BUF_SHIFT.type,parentSchema:schema38.properties.LOG_BUF_SHIFT,data:data17};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 25 || isNaN(data17)){
const err25 = {instancePath:instancePath+"/config/LOG_BUF_SHIFT",schemaPath:"#/$defs/kernelConfig/properties/LOG_BUF_SHIFT/maximum",keyword:"maximum",params:{comparison: "<=", limit: 25},message:"must be <= 25",schema:25,parentSchema:schema38.properties.LOG_BUF_SHIFT,data:data17};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data17 < 12 || isNaN(data17)){
const err26 = {instancePath:instancePath+"/config/LOG_BUF_SHIFT",schemaPath:"#/$defs/kernelConfig/properties/LOG_BUF_SHIFT/minimum",keyword:"minimum",params:{comparison: ">=", limit: 12},message:"must be >= 12",schema:12,parentSchema:schema38.properties.LOG_BUF_SHIFT,data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data1.PRINTK_EXECUTION_CTX !== undefined){
let data18 = data1.PRINTK_EXECUTION_CTX;
if(typeof data18 !== "boolean"){
const err27 = {instancePath:instancePath+"/config/PRINTK_EXECUTION_CTX",schemaPath:"#/$defs/kernelConfig/properties/PRINTK_EXECUTION_CTX/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.PRINTK_EXECUTION_CTX.type,parentSchema:schema38.properties.PRINTK_EXECUTION_CTX,data:data18};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data1.OF_DYNAMIC !== undefined){
let data19 = data1.OF_DYNAMIC;
if(typeof data19 !== "boolean"){
const err28 = {instancePath:instancePath+"/config/OF_DYNAMIC",schemaPath:"#/$defs/kernelConfig/properties/OF_DYNAMIC/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.OF_DYNAMIC.type,parentSchema:schema38.properties.OF_DYNAMIC,data:data19};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data1.PAGE_BLOCK_MAX_ORDER !== undefined){
let data20 = data1.PAGE_BLOCK_MAX_ORDER;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err29 = {instancePath:instancePath+"/config/PAGE_BLOCK_MAX_ORDER",schemaPath:"#/$defs/kernelConfig/properties/PAGE_BLOCK_MAX_ORDER/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.PAGE_BLOCK_MAX_ORDER.type,parentSchema:schema38.properties.PAGE_BLOCK_MAX_ORDER,data:data20};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 1 || isNaN(data20)){
const err30 = {instancePath:instancePath+"/config/PAGE_BLOCK_MAX_ORDER",schemaPath:"#/$defs/kernelConfig/properties/PAGE_BLOCK_MAX_ORDER/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38.properties.PAGE_BLOCK_MAX_ORDER,data:data20};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/kernelConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.cmdline !== undefined){
let data21 = data.cmdline;
if(typeof data21 !== "string"){
const err32 = {instancePath:instancePath+"/cmdline",schemaPath:"#/properties/cmdline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.cmdline.type,parentSchema:schema36.properties.cmdline,data:data21};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.imageSize !== undefined){
let data22 = data.imageSize;
if(typeof data22 === "string"){
if(!pattern6.test(data22)){
const err33 = {instancePath:instancePath+"/imageSize",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data22};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/imageSize",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data22};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.codeSize !== undefined){
let data23 = data.codeSize;
if(typeof data23 === "string"){
if(!pattern6.test(data23)){
const err35 = {instancePath:instancePath+"/codeSize",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data23};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/codeSize",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data23};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.boot !== undefined){
if(!(validate25(data.boot, {instancePath:instancePath+"/boot",parentData:data,parentDataProperty:"boot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.deviceTree !== undefined){
let data25 = data.deviceTree;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.nodes === undefined){
const err37 = {instancePath:instancePath+"/deviceTree",schemaPath:"#/$defs/deviceTree/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'",schema:schema47.required,parentSchema:schema47,data:data25};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data25.properties === undefined){
const err38 = {instancePath:instancePath+"/deviceTree",schemaPath:"#/$defs/deviceTree/required",keyword:"required",params:{missingProperty: "properties"},message:"must have required property '"+"properties"+"'",schema:schema47.required,parentSchema:schema47,data:data25};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data25.nameBytes === undefined){
const err39 = {instancePath:instancePath+"/deviceTree",schemaPath:"#/$defs/deviceTree/required",keyword:"required",params:{missingProperty: "nameBytes"},message:"must have required property '"+"nameBytes"+"'",schema:schema47.required,parentSchema:schema47,data:data25};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key2 in data25){
if(!((((key2 === "nodes") || (key2 === "properties")) || (key2 === "nameBytes")) || (key2 === "aliases"))){
const err40 = {instancePath:instancePath+"/deviceTree",schemaPath:"#/$defs/deviceTree/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data25};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data25.nodes !== undefined){
let data26 = data25.nodes;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err41 = {instancePath:instancePath+"/deviceTree/nodes",schemaPath:"#/$defs/deviceTree/properties/nodes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.nodes.type,parentSchema:schema47.properties.nodes,data:data26};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 1 || isNaN(data26)){
const err42 = {instancePath:instancePath+"/deviceTree/nodes",schemaPath:"#/$defs/deviceTree/properties/nodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.nodes,data:data26};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data25.properties !== undefined){
let data27 = data25.properties;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err43 = {instancePath:instancePath+"/deviceTree/properties",schemaPath:"#/$defs/deviceTree/properties/properties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.properties.type,parentSchema:schema47.properties.properties,data:data27};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err44 = {instancePath:instancePath+"/deviceTree/properties",schemaPath:"#/$defs/deviceTree/properties/properties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.properties,data:data27};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data25.nameBytes !== undefined){
let data28 = data25.nameBytes;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err45 = {instancePath:instancePath+"/deviceTree/nameBytes",schemaPath:"#/$defs/deviceTree/properties/nameBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.nameBytes.type,parentSchema:schema47.properties.nameBytes,data:data28};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err46 = {instancePath:instancePath+"/deviceTree/nameBytes",schemaPath:"#/$defs/deviceTree/properties/nameBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.nameBytes,data:data28};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data25.aliases !== undefined){
let data29 = data25.aliases;
if(Array.isArray(data29)){
const len0 = data29.length;
for(let i0=0; i0<len0; i0++){
let data30 = data29[i0];
if(typeof data30 === "string"){
if(func2(data30) < 1){
const err47 = {instancePath:instancePath+"/deviceTree/aliases/" + i0,schemaPath:"#/$defs/deviceTree/properties/aliases/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.aliases.items,data:data30};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/deviceTree/aliases/" + i0,schemaPath:"#/$defs/deviceTree/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.aliases.items.type,parentSchema:schema47.properties.aliases.items,data:data30};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/deviceTree/aliases",schemaPath:"#/$defs/deviceTree/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.aliases.type,parentSchema:schema47.properties.aliases,data:data29};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/deviceTree",schemaPath:"#/$defs/deviceTree/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.policy !== undefined){
let data31 = data.policy;
if(typeof data31 === "string"){
if(func2(data31) < 1){
const err51 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.policy,data:data31};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.policy.type,parentSchema:schema36.properties.policy,data:data31};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(!pattern4.test(data)){
const err0 = {instancePath,schemaPath:"#/$defs/kernelVersion/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$"+"\"",schema:"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$",parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/$defs/kernelVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate23.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema48 = {"description":"RAM banks, in any order (they are read sorted by address, as the kernel's memblock keeps them); banks must not overlap. Mutually exclusive with `ram` and `ramSize`.","type":"array","minItems":1,"items":{"$ref":"#/$defs/memoryBank"}};
const schema49 = {"description":"One RAM bank as firmware describes it: a DT /memory `reg` entry, an e820 RAM entry or a UEFI memory-map region.","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"},"nomap":{"type":"boolean","default":false,"description":"Firmware marks the bank no-map (EFI runtime services, ACPI NVS reported as memory). On arm64 and riscv64 it stays in memblock.memory, counts as system RAM and is never allocated or linear-mapped; on x86_64 it is not RAM (an e820 reserved entry)."},"node":{"type":"integer","minimum":0,"maximum":1023,"description":"The NUMA node the bank belongs to, as firmware says it: a DT memory node's `numa-node-id` (arm64, riscv64), an ACPI SRAT memory affinity entry (x86_64; QEMU's `-numa node`). Leave it out on a board whose firmware describes no NUMA (a DT without `numa-node-id`, ACPI without an SRAT: the kernel then fakes node 0 over all RAM, `Faking a node at …`); a server whose SRAT has one node gives `0` on every bank, and the kernel takes the SRAT's node as with several; give it on every bank of a board with several (where a bank has none, the kernel finds memory no node covers and fakes one node, and so does the simulation; but an x86_64 kernel keeps the firmware's nodes while at most 1 MiB of memblock RAM lies outside them (less than 1 MiB up to 6.1: numa_meminfo_cover_memory(), then memblock_validate_numa_coverage(SZ_1M)), which the simulation does not model: give such a bank, as the 640 KiB below 1 MiB, the node the firmware's SRAT gives it). Before the crash reservation the kernel allocates each node's NODE_DATA (and, on arm64 and riscv64 before 7.0, its memmap) at the top of that node, which moves a crash region below a node's end. A node with CPUs and no memory (a CPU-only node) has no bank: list it in `memorylessNodes`."},"description":{"type":"string","description":"Free text: where the bank comes from."}}};
const schema50 = {"title":"Address","description":"A physical address: hex `0x40000000` (underscores allowed between hex digits) or a decimal/memparse value such as `4G`. Must fit in 64 bits.","type":"string","pattern":"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.base === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "base") || (key0 === "size")) || (key0 === "nomap")) || (key0 === "node")) || (key0 === "description"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.base !== undefined){
let data0 = data.base;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema50,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.nomap !== undefined){
let data2 = data.nomap;
if(typeof data2 !== "boolean"){
const err7 = {instancePath:instancePath+"/nomap",schemaPath:"#/properties/nomap/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.nomap.type,parentSchema:schema49.properties.nomap,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.node !== undefined){
let data3 = data.node;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.node.type,parentSchema:schema49.properties.node,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1023 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1023},message:"must be <= 1023",schema:1023,parentSchema:schema49.properties.node,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49.properties.node,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.description.type,parentSchema:schema49.properties.description,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate30(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"description":"One RAM size of a board (e.g. the 1, 2, 4 and 8 GB Raspberry Pi 4). Each variant is a separate layout per kernel. Placements given here override the board's for this variant only. A preset's variants (and those `ramSize` makes) carry QEMU's x86 initrd and riscv DTB, which move with the RAM size, unless the board sets its own.","type":"object","additionalProperties":false,"required":["name","memory"],"properties":{"name":{"type":"string","minLength":1,"description":"Variant name, unique within the board, e.g. `4G`."},"description":{"type":"string","description":"Free text."},"memory":{"$ref":"#/$defs/memory"},"image":{"$ref":"#/$defs/image"},"initrd":{"$ref":"#/$defs/initrd"},"dtb":{"$ref":"#/$defs/dtb"}}};
const schema53 = {"description":"Where the kernel image runs: a 2 MiB-aligned address (the arm64 boot protocol, Documentation/arch/arm64/booting.rst; x86_64 and riscv64 kernels run 2 MiB-aligned too; SC003 imageMisaligned otherwise). U-Boot's `booti` moves an Image loaded elsewhere (`kernel_addr_r` off a 2 MiB boundary) up to the next boundary and prints `Moving Image from … to …`: give that address, not `kernel_addr_r`. `size` defaults to the kernel's own size: arm64 [_text, _end) (Image header `image_size`), x86 `init_size` (what decompression needs; the kernel reserves `boot.kernelReserve` and `boot.brk` of it), riscv64 the reserved image (docs/presets.md). A board booted through the EFI stub (UEFI firmware, arm64 and riscv64) gives where the stub moved it (a PMD-aligned EFI allocation, near the top of RAM under EDK2), not where the firmware loaded the file: test/boots/riscv64-uefi/README.md.","type":"object","additionalProperties":false,"required":["base"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"},"codeSize":{"$ref":"#/$defs/size","description":"arm64: `__init_begin - _text`, the kernel's text and read-only data, whose linear alias map_mem() maps read-only with blocks where it can. /proc/iomem's `Kernel code` entry ends at __init_begin - 1. Defaults to the kernel build's (docs/presets.md); set it for a kernel built with another configuration."}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.base === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "base") || (key0 === "size")) || (key0 === "codeSize"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.base !== undefined){
let data0 = data.base;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err2 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema50,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err4 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.codeSize !== undefined){
let data2 = data.codeSize;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err6 = {instancePath:instancePath+"/codeSize",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/codeSize",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = {"description":"Where the initrd (initramfs) is when the kernel starts. U-Boot's bootm/booti copies it elsewhere unless `initrd_high` is all ones, and prints `Loading Ramdisk to <start>, end <end>` (end exclusive): give that range, not `ramdisk_addr_r`. Default: no initrd.","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.base === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "base") || (key0 === "size"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.base !== undefined){
let data0 = data.base;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema50,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"description":"Where the flattened device tree is when the kernel starts (arm64, riscv64), and its fdt_totalsize(). U-Boot's bootm/booti copies it, with its fixups, unless `fdt_high` is all ones, and prints `Loading Device Tree to <start>, end <end>` (end inclusive; `Using Device Tree in place at …` when it does not move it): give that start, not `fdt_addr_r`, and the size of /sys/firmware/fdt on the running board, not that range's (U-Boot 2023.01's booti on QEMU virt prints 0x103000 bytes, its own reservation with padding, and the kernel reserves the tree's 0x2080). `import` reads both from an arm64 boot log with memblock=debug. Through the EFI stub, the stub's copy (a 2 MiB EFI allocation of which the kernel reserves fdt_totalsize()), not the firmware's tree. Default: none (ACPI/x86).","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.base === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "base") || (key0 === "size"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.base !== undefined){
let data0 = data.base;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema50,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.memory === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "memory"},message:"must have required property '"+"memory"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "description")) || (key0 === "memory")) || (key0 === "image")) || (key0 === "initrd")) || (key0 === "dtb"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.name.type,parentSchema:schema52.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.description.type,parentSchema:schema52.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.memory !== undefined){
if(!(validate29(data.memory, {instancePath:instancePath+"/memory",parentData:data,parentDataProperty:"memory",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.image !== undefined){
if(!(validate35(data.image, {instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.initrd !== undefined){
if(!(validate37(data.initrd, {instancePath:instancePath+"/initrd",parentData:data,parentDataProperty:"initrd",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.dtb !== undefined){
if(!(validate39(data.dtb, {instancePath:instancePath+"/dtb",parentData:data,parentDataProperty:"dtb",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"title":"Reservation","description":"An early reservation, in boot order.","type":"object","properties":{"kind":{"enum":["fixed","dynamic"],"description":"`fixed` (a region at a known address) or `dynamic` (allocated by the kernel)."}},"required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"$ref":"#/$defs/fixedReservation"},{"$ref":"#/$defs/dynamicReservation"}]};
const schema65 = {"description":"A static early reservation: a /reserved-memory node with `reg` (its first entry), a DT /memreserve/ entry (`memreserve`), or a firmware carve-out.","type":"object","additionalProperties":false,"required":["kind","name","base","size"],"properties":{"kind":{"const":"fixed","description":"Static region."},"name":{"type":"string","minLength":1,"description":"Node name as in the DT (`firmware@f0000000`) or a label."},"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size","description":"May be 0 for a /reserved-memory `reg` entry a bootloader left empty: the kernel reserves nothing and prints \"Reserved memory: failed to reserve memory for node …, size 0 MiB\". Not for `memreserve` (the kernel's /memreserve/ loop stops at a size of 0)."},"nomap":{"type":"boolean","default":false,"description":"DT `no-map`: the region stays in memblock.memory flagged MEMBLOCK_NOMAP and is left out of the linear map; without it the region is memblock_reserve()d. On x86_64 a no-map region is taken out of RAM, as an e820 reserved entry would be."},"memreserve":{"type":"boolean","default":false,"description":"A /memreserve/ entry of the FDT header, not a /reserved-memory node: memblock_reserve()d silently (before the /reserved-memory scan up to 6.3, between its static and dynamic nodes in 6.4 – 6.12.12, after it from 6.12.13), never printed or counted as a node; cannot be `nomap`, `cma`, `cmaDefault` or `dmaPool`, or have `moreReg`. Read on arm64 and riscv64."},"efi":{"type":"boolean","default":false,"description":"riscv64 booted through the kernel's EFI stub (U-Boot's or EDK2's UEFI): a region efi_init() memblock_reserve()s, silently and before setup_bootmem(), not a device-tree node: the EFI memory map itself, its `ACPI Reclaim` regions (reserve_regions()), the memory attributes and memreserve configuration tables (drivers/firmware/efi/efi-init.c, efi.c). The stub deletes the FDT header's /memreserve/ entries and the kernel takes its RAM from the EFI map, whose runtime-services and reserved regions are `memory` banks with `nomap`. Cannot be `nomap`, `memreserve`, `cma`, `cmaDefault` or `dmaPool`, or have `moreReg`. arm64 booted through the stub with a device tree reserves it the same way (efi_init() runs before arm64_memblock_init()); an `acpi` arm64 board reserves every fixed reservation so anyway; x86_64 treats it as any fixed reservation."},"moreReg":{"type":"array","items":{"$ref":"#/$defs/range"},"default":[],"description":"Further `reg` entries of the same /reserved-memory node (`base`/`size` is the first; sizes may be 0, as there). Up to 6.12 the kernel reserves (or flags no-map) each of them too, but the node is the first entry only (6.12.13+ warns that it ignores the rest); 7.x reserves only the first and warns. On x86_64 each is one more reserved range."},"cma":{"type":"boolean","default":false,"description":"`compatible = \"shared-dma-pool\"` plus `reusable`: the region becomes a CMA area (rmem_cma_setup()), or, when its base or size is not CMA-aligned, is given back (\"incorrect alignment of CMA region\"). Read on arm64 and riscv64; not for `memreserve`."},"cmaDefault":{"type":"boolean","default":false,"description":"`linux,cma-default`: the region replaces the default CMA area of CONFIG_CMA_SIZE_MBYTES (with CONFIG_DMA_CMA). A `cma=` on the command line wins instead: the region is given back (≤6.18) or never reserved (6.19+: drivers/of/of_reserved_mem.c@v6.19.6), and the command line's area is placed."},"dmaPool":{"type":"boolean","default":false,"description":"`compatible = \"shared-dma-pool\"` without `reusable` (with `cma` it is a CMA pool and this changes nothing): rmem_dma_setup() makes the region a per-device coherent DMA pool, which the kernel reports (\"Reserved memory: created DMA memory pool at …\", \"initialized node …, compatible id shared-dma-pool\"); the memory stays reserved, or no-map, as the node says. Read on arm64 and riscv64; not for `memreserve`."},"description":{"type":"string","description":"Free text."}}};
const schema68 = {"description":"A physical range [base, base + size).","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.base === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "base") || (key0 === "size"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.base !== undefined){
let data0 = data.base;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema50,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.base === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.size === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema65.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("fixed" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "fixed"},message:"must be equal to constant",schema:"fixed",parentSchema:schema65.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.name.type,parentSchema:schema65.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.base !== undefined){
let data2 = data.base;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err8 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema50,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.size !== undefined){
let data3 = data.size;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err10 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.nomap !== undefined){
let data4 = data.nomap;
if(typeof data4 !== "boolean"){
const err12 = {instancePath:instancePath+"/nomap",schemaPath:"#/properties/nomap/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.nomap.type,parentSchema:schema65.properties.nomap,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.memreserve !== undefined){
let data5 = data.memreserve;
if(typeof data5 !== "boolean"){
const err13 = {instancePath:instancePath+"/memreserve",schemaPath:"#/properties/memreserve/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.memreserve.type,parentSchema:schema65.properties.memreserve,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.efi !== undefined){
let data6 = data.efi;
if(typeof data6 !== "boolean"){
const err14 = {instancePath:instancePath+"/efi",schemaPath:"#/properties/efi/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.efi.type,parentSchema:schema65.properties.efi,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.moreReg !== undefined){
let data7 = data.moreReg;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate44(data7[i0], {instancePath:instancePath+"/moreReg/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/moreReg",schemaPath:"#/properties/moreReg/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.moreReg.type,parentSchema:schema65.properties.moreReg,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.cma !== undefined){
let data9 = data.cma;
if(typeof data9 !== "boolean"){
const err16 = {instancePath:instancePath+"/cma",schemaPath:"#/properties/cma/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.cma.type,parentSchema:schema65.properties.cma,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.cmaDefault !== undefined){
let data10 = data.cmaDefault;
if(typeof data10 !== "boolean"){
const err17 = {instancePath:instancePath+"/cmaDefault",schemaPath:"#/properties/cmaDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.cmaDefault.type,parentSchema:schema65.properties.cmaDefault,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.dmaPool !== undefined){
let data11 = data.dmaPool;
if(typeof data11 !== "boolean"){
const err18 = {instancePath:instancePath+"/dmaPool",schemaPath:"#/properties/dmaPool/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.dmaPool.type,parentSchema:schema65.properties.dmaPool,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.description !== undefined){
let data12 = data.description;
if(typeof data12 !== "string"){
const err19 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.description.type,parentSchema:schema65.properties.description,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"description":"A region the kernel allocates itself while scanning /reserved-memory (a node with `size` instead of `reg`), e.g. a `shared-dma-pool` CMA area with `alloc-ranges`.","type":"object","additionalProperties":false,"required":["kind","name","size"],"properties":{"kind":{"const":"dynamic","description":"Kernel-allocated region."},"name":{"type":"string","minLength":1,"description":"Node name as in the DT (`linux,cma`)."},"size":{"$ref":"#/$defs/size"},"align":{"$ref":"#/$defs/size"},"allocRanges":{"type":"array","items":{"$ref":"#/$defs/range"},"default":[],"description":"DT `alloc-ranges`: where the kernel may place the region, each window tried in turn. Empty: anywhere. As in the kernel, a window of size 0 holds nothing, except `{ \"base\": \"0x0\", \"size\": \"0\" }`, which ends at 0, and an end of 0 means anywhere (MEMBLOCK_ALLOC_ANYWHERE)."},"nomap":{"type":"boolean","default":false,"description":"DT `no-map`."},"cma":{"type":"boolean","default":false,"description":"`compatible = \"shared-dma-pool\"` plus `reusable`: the region becomes a CMA area."},"cmaDefault":{"type":"boolean","default":false,"description":"`linux,cma-default`: the region replaces the default CMA area of CONFIG_CMA_SIZE_MBYTES (with CONFIG_DMA_CMA). A `cma=` on the command line wins instead: the region is given back (≤6.18) or never allocated (6.19+: drivers/of/of_reserved_mem.c@v6.19.6), and the command line's area is placed."},"dmaPool":{"type":"boolean","default":false,"description":"`compatible = \"shared-dma-pool\"` without `reusable` (with `cma` it is a CMA pool and this changes nothing): once placed, rmem_dma_setup() makes the region a per-device coherent DMA pool, which the kernel reports (\"Reserved memory: created DMA memory pool at …\", \"initialized node …, compatible id shared-dma-pool\")."},"description":{"type":"string","description":"Free text."}}};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.size === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema71.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("dynamic" !== data0){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "dynamic"},message:"must be equal to constant",schema:"dynamic",parentSchema:schema71.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema71.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.name.type,parentSchema:schema71.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.size !== undefined){
let data2 = data.size;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.align !== undefined){
let data3 = data.align;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err9 = {instancePath:instancePath+"/align",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/align",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.allocRanges !== undefined){
let data4 = data.allocRanges;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate44(data4[i0], {instancePath:instancePath+"/allocRanges/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/allocRanges",schemaPath:"#/properties/allocRanges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema71.properties.allocRanges.type,parentSchema:schema71.properties.allocRanges,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.nomap !== undefined){
let data6 = data.nomap;
if(typeof data6 !== "boolean"){
const err12 = {instancePath:instancePath+"/nomap",schemaPath:"#/properties/nomap/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema71.properties.nomap.type,parentSchema:schema71.properties.nomap,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.cma !== undefined){
let data7 = data.cma;
if(typeof data7 !== "boolean"){
const err13 = {instancePath:instancePath+"/cma",schemaPath:"#/properties/cma/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema71.properties.cma.type,parentSchema:schema71.properties.cma,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.cmaDefault !== undefined){
let data8 = data.cmaDefault;
if(typeof data8 !== "boolean"){
const err14 = {instancePath:instancePath+"/cmaDefault",schemaPath:"#/properties/cmaDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema71.properties.cmaDefault.type,parentSchema:schema71.properties.cmaDefault,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.dmaPool !== undefined){
let data9 = data.dmaPool;
if(typeof data9 !== "boolean"){
const err15 = {instancePath:instancePath+"/dmaPool",schemaPath:"#/properties/dmaPool/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema71.properties.dmaPool.type,parentSchema:schema71.properties.dmaPool,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.description !== undefined){
let data10 = data.description;
if(typeof data10 !== "string"){
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.description.type,parentSchema:schema71.properties.description,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if(!((data0 === "fixed") || (data0 === "dynamic"))){
const err1 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema64.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.kind.enum,parentSchema:schema64.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "fixed"){
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "dynamic"){
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err2 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema64.discriminator,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema64.discriminator,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate42.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate42.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema75 = {"description":"One ACPI SRAT memory affinity range: [base, base + size) on NUMA node `node`.","type":"object","additionalProperties":false,"required":["base","size","node"],"properties":{"base":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"},"node":{"type":"integer","minimum":0,"maximum":1023,"description":"The NUMA node (the SRAT's proximity domain as the kernel numbered it)."}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.base === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.node === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "node"},message:"must have required property '"+"node"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "base") || (key0 === "size")) || (key0 === "node"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.base !== undefined){
let data0 = data.base;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err4 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema50,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.node !== undefined){
let data2 = data.node;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema75.properties.node.type,parentSchema:schema75.properties.node,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1023 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1023},message:"must be <= 1023",schema:1023,parentSchema:schema75.properties.node,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema75.properties.node,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema78 = {"description":"DMA constraints as firmware describes them. The kernel takes the lowest limit of all of them when sizing ZONE_DMA (arm64 of_dma_get_max_cpu_address() and, on an ACPI boot, acpi_iort_dma_get_max_cpu_address()).","type":"object","additionalProperties":false,"properties":{"ranges":{"type":"array","items":{"$ref":"#/$defs/dmaRange"},"default":[],"description":"`dma-ranges` of bus nodes (only non-empty ones; an empty `dma-ranges;` means 1:1 and imposes no limit)."},"iortLimitBits":{"type":"array","items":{"type":"integer","minimum":0,"maximum":64},"default":[],"description":"ACPI IORT `memory_address_limit` values in bits of named components and root complexes (0 is ignored, as in the kernel). arm64 reads them only with `\"acpi\": true` and no `acpi=off`: on a device-tree boot acpi_iort_dma_get_max_cpu_address() returns no limit (SC003 warns)."},"zoneDmaLimit":{"$ref":"#/$defs/address","description":"The highest CPU physical address, inclusive, that ZONE_DMA devices reach, like the end of a `dma-ranges` window (`0x3fffffff` for the first GiB). The arm64 kernel takes the lowest of it, `ranges` and IORT; x86_64 and riscv64 end their DMA zones at fixed addresses and read none of them (SC003 warns)."}}};
const schema79 = {"description":"One `dma-ranges` entry of a bus node: bus addresses [busAddr, busAddr + size) map to CPU addresses [cpuAddr, cpuAddr + size).","type":"object","additionalProperties":false,"required":["node","cpuAddr","size"],"properties":{"node":{"type":"string","minLength":1,"description":"DT path or label of the bus node (`/soc`, `emmc2bus`). Several entries may name the same node; the node's limit is the highest CPU address any of its entries reaches."},"cpuAddr":{"$ref":"#/$defs/address"},"busAddr":{"$ref":"#/$defs/address"},"size":{"$ref":"#/$defs/size"}}};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.node === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "node"},message:"must have required property '"+"node"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.cpuAddr === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cpuAddr"},message:"must have required property '"+"cpuAddr"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.size === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "node") || (key0 === "cpuAddr")) || (key0 === "busAddr")) || (key0 === "size"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.node !== undefined){
let data0 = data.node;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema79.properties.node,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/node",schemaPath:"#/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.node.type,parentSchema:schema79.properties.node,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.cpuAddr !== undefined){
let data1 = data.cpuAddr;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err6 = {instancePath:instancePath+"/cpuAddr",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema50,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/cpuAddr",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.busAddr !== undefined){
let data2 = data.busAddr;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err8 = {instancePath:instancePath+"/busAddr",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema50,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/busAddr",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.size !== undefined){
let data3 = data.size;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err10 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "ranges") || (key0 === "iortLimitBits")) || (key0 === "zoneDmaLimit"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.ranges !== undefined){
let data0 = data.ranges;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate59(data0[i0], {instancePath:instancePath+"/ranges/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema78.properties.ranges.type,parentSchema:schema78.properties.ranges,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.iortLimitBits !== undefined){
let data2 = data.iortLimitBits;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err2 = {instancePath:instancePath+"/iortLimitBits/" + i1,schemaPath:"#/properties/iortLimitBits/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.iortLimitBits.items.type,parentSchema:schema78.properties.iortLimitBits.items,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 64 || isNaN(data3)){
const err3 = {instancePath:instancePath+"/iortLimitBits/" + i1,schemaPath:"#/properties/iortLimitBits/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema78.properties.iortLimitBits.items,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err4 = {instancePath:instancePath+"/iortLimitBits/" + i1,schemaPath:"#/properties/iortLimitBits/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema78.properties.iortLimitBits.items,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/iortLimitBits",schemaPath:"#/properties/iortLimitBits/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema78.properties.iortLimitBits.type,parentSchema:schema78.properties.iortLimitBits,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.zoneDmaLimit !== undefined){
let data4 = data.zoneDmaLimit;
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err6 = {instancePath:instancePath+"/zoneDmaLimit",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema50,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/zoneDmaLimit",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema84 = {"title":"Device","description":"A device that does DMA, with its reach: either an explicit limit or the bus node it sits behind.","type":"object","additionalProperties":false,"required":["name"],"oneOf":[{"properties":{"dmaLimit":true},"required":["dmaLimit"]},{"properties":{"bus":true},"required":["bus"]}],"properties":{"name":{"type":"string","minLength":1,"description":"Device name (`emmc2`, `nvme0`): findings and memory maps name the device by it, so each device of a list has its own (SC003 `duplicateDevice` warns at a repeat)."},"dmaLimit":{"$ref":"#/$defs/address","description":"The highest CPU physical address, inclusive, that the device reaches (`0x3fffffff` for the first GiB)."},"bus":{"type":"string","minLength":1,"description":"The `node` of a `dma.ranges` entry the device sits behind; its reach is that node's highest CPU address."},"dumpTarget":{"type":"boolean","default":false,"description":"This device writes the vmcore (the disk or NIC kdump saves to), so the crash kernel's memory must be within its reach."},"description":{"type":"string","description":"Free text."}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dmaLimit === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "dmaLimit"},message:"must have required property '"+"dmaLimit"+"'",schema:schema84.oneOf[0].required,parentSchema:schema84.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.dmaLimit = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.bus === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "bus"},message:"must have required property '"+"bus"+"'",schema:schema84.oneOf[1].required,parentSchema:schema84.oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.bus = true;
}
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema84.oneOf,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema84.required,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "dmaLimit")) || (key0 === "bus")) || (key0 === "dumpTarget")) || (key0 === "description"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.name.type,parentSchema:schema84.properties.name,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.dmaLimit !== undefined){
let data1 = data.dmaLimit;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err7 = {instancePath:instancePath+"/dmaLimit",schemaPath:"#/$defs/address/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema50,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/dmaLimit",schemaPath:"#/$defs/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.bus !== undefined){
let data2 = data.bus;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/bus",schemaPath:"#/properties/bus/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.bus,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/bus",schemaPath:"#/properties/bus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.bus.type,parentSchema:schema84.properties.bus,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.dumpTarget !== undefined){
let data3 = data.dumpTarget;
if(typeof data3 !== "boolean"){
const err11 = {instancePath:instancePath+"/dumpTarget",schemaPath:"#/properties/dumpTarget/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema84.properties.dumpTarget.type,parentSchema:schema84.properties.dumpTarget,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.description.type,parentSchema:schema84.properties.description,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.type,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema89 = {"description":"Severity per rule id or name, overriding the rule's default for this board. `off` drops the rule's findings, but for an SC002 or SC003 error, which keeps layouts from the engine: that one stays in the report, suppressed, so it still says which layouts were not simulated (and does not fail the run).","type":"object","propertyNames":{"$ref":"#/$defs/ruleRef"},"additionalProperties":{"enum":["error","warning","note","off"]},"default":{}};
const schema90 = {"title":"RuleRef","description":"A rule of crashkernel-check by id, such as `CK001`, or by name, such as `reservation-failed` ([docs/rules](rules/README.md)). A rule that does not exist is an error, so a misspelt suppression or severity never silently leaves a finding in place.","type":"string","enum":["CK001","CK002","CK003","CK004","CK005","CK006","CK007","CK008","CK009","CK010","CK011","CK012","CK013","LM001","PR001","SC001","SC002","SC003","SC004","SC005","reservation-failed","low-above-dma-reach","fell-back-high","option-ignored","endless-retry","parameter-not-modelled","early-param-stops-boot","cma-reservation-short","cma-sysfs-duplicate","not-requested","fixed-base-kaslr","boot-panics","smaller-than-image","linear-map-base-pages","protection-unavailable","json-syntax","schema-violation","invalid-board","layout-not-simulated","unused-default"]};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 !== "string"){
const err0 = {instancePath,schemaPath:"#/$defs/ruleRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.type,parentSchema:schema90,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((key0 === "CK001") || (key0 === "CK002")) || (key0 === "CK003")) || (key0 === "CK004")) || (key0 === "CK005")) || (key0 === "CK006")) || (key0 === "CK007")) || (key0 === "CK008")) || (key0 === "CK009")) || (key0 === "CK010")) || (key0 === "CK011")) || (key0 === "CK012")) || (key0 === "CK013")) || (key0 === "LM001")) || (key0 === "PR001")) || (key0 === "SC001")) || (key0 === "SC002")) || (key0 === "SC003")) || (key0 === "SC004")) || (key0 === "SC005")) || (key0 === "reservation-failed")) || (key0 === "low-above-dma-reach")) || (key0 === "fell-back-high")) || (key0 === "option-ignored")) || (key0 === "endless-retry")) || (key0 === "parameter-not-modelled")) || (key0 === "early-param-stops-boot")) || (key0 === "cma-reservation-short")) || (key0 === "cma-sysfs-duplicate")) || (key0 === "not-requested")) || (key0 === "fixed-base-kaslr")) || (key0 === "boot-panics")) || (key0 === "smaller-than-image")) || (key0 === "linear-map-base-pages")) || (key0 === "protection-unavailable")) || (key0 === "json-syntax")) || (key0 === "schema-violation")) || (key0 === "invalid-board")) || (key0 === "layout-not-simulated")) || (key0 === "unused-default"))){
const err1 = {instancePath,schemaPath:"#/$defs/ruleRef/enum",keyword:"enum",params:{allowedValues: schema90.enum},message:"must be equal to one of the allowed values",schema:schema90.enum,parentSchema:schema90,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema89.propertyNames,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if(!((((data0 === "error") || (data0 === "warning")) || (data0 === "note")) || (data0 === "off"))){
const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema89.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema89.additionalProperties.enum,parentSchema:schema89.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema89.type,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema91 = {"description":"Silences one rule for this board, with the reason recorded in the report.","type":"object","additionalProperties":false,"required":["rule","reason"],"properties":{"rule":{"$ref":"#/$defs/ruleRef"},"reason":{"type":"string","minLength":1,"description":"Why the finding does not apply (shown in the report)."}}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rule === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reason === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "rule") || (key0 === "reason"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.rule !== undefined){
let data0 = data.rule;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/rule",schemaPath:"#/$defs/ruleRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.type,parentSchema:schema90,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((data0 === "CK001") || (data0 === "CK002")) || (data0 === "CK003")) || (data0 === "CK004")) || (data0 === "CK005")) || (data0 === "CK006")) || (data0 === "CK007")) || (data0 === "CK008")) || (data0 === "CK009")) || (data0 === "CK010")) || (data0 === "CK011")) || (data0 === "CK012")) || (data0 === "CK013")) || (data0 === "LM001")) || (data0 === "PR001")) || (data0 === "SC001")) || (data0 === "SC002")) || (data0 === "SC003")) || (data0 === "SC004")) || (data0 === "SC005")) || (data0 === "reservation-failed")) || (data0 === "low-above-dma-reach")) || (data0 === "fell-back-high")) || (data0 === "option-ignored")) || (data0 === "endless-retry")) || (data0 === "parameter-not-modelled")) || (data0 === "early-param-stops-boot")) || (data0 === "cma-reservation-short")) || (data0 === "cma-sysfs-duplicate")) || (data0 === "not-requested")) || (data0 === "fixed-base-kaslr")) || (data0 === "boot-panics")) || (data0 === "smaller-than-image")) || (data0 === "linear-map-base-pages")) || (data0 === "protection-unavailable")) || (data0 === "json-syntax")) || (data0 === "schema-violation")) || (data0 === "invalid-board")) || (data0 === "layout-not-simulated")) || (data0 === "unused-default"))){
const err4 = {instancePath:instancePath+"/rule",schemaPath:"#/$defs/ruleRef/enum",keyword:"enum",params:{allowedValues: schema90.enum},message:"must be equal to one of the allowed values",schema:schema90.enum,parentSchema:schema90,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.reason !== undefined){
let data1 = data.reason;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema91.properties.reason,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.reason.type,parentSchema:schema91.properties.reason,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.type,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.memory === undefined) && (missing0 = "memory")) || ((data.ram === undefined) && (missing0 = "ram"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.memory = true;
props0.ram = true;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.memory === undefined) && (missing1 = "memory")) || ((data.ramSize === undefined) && (missing1 = "ramSize"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.memory = true;
props0.ramSize = true;
}
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.ram === undefined) && (missing2 = "ram")) || ((data.ramSize === undefined) && (missing2 = "ramSize"))){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.ram = true;
props0.ramSize = true;
}
}
if(!valid1){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err4 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema33.not,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.arch !== undefined){
let data0 = data.arch;
if(!(((data0 === "arm64") || (data0 === "x86_64")) || (data0 === "riscv64"))){
const err5 = {instancePath:instancePath+"/arch",schemaPath:"#/properties/arch/enum",keyword:"enum",params:{allowedValues: schema33.properties.arch.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.arch.enum,parentSchema:schema33.properties.arch,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kernels !== undefined){
let data1 = data.kernels;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/kernels",schemaPath:"#/properties/kernels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.kernels,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data1[i0], {instancePath:instancePath+"/kernels/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/kernels",schemaPath:"#/properties/kernels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.kernels.type,parentSchema:schema33.properties.kernels,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.pageSize !== undefined){
let data3 = data.pageSize;
if(!(((data3 === "4K") || (data3 === "16K")) || (data3 === "64K"))){
const err8 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/enum",keyword:"enum",params:{allowedValues: schema33.properties.pageSize.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.pageSize.enum,parentSchema:schema33.properties.pageSize,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.paBits !== undefined){
let data4 = data.paBits;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/paBits",schemaPath:"#/properties/paBits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.paBits.type,parentSchema:schema33.properties.paBits,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 64 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/paBits",schemaPath:"#/properties/paBits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema33.properties.paBits,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4 < 32 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/paBits",schemaPath:"#/properties/paBits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 32},message:"must be >= 32",schema:32,parentSchema:schema33.properties.paBits,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.vaBits !== undefined){
let data5 = data.vaBits;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/vaBits",schemaPath:"#/properties/vaBits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.vaBits.type,parentSchema:schema33.properties.vaBits,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 64 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/vaBits",schemaPath:"#/properties/vaBits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema33.properties.vaBits,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5 < 32 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/vaBits",schemaPath:"#/properties/vaBits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 32},message:"must be >= 32",schema:32,parentSchema:schema33.properties.vaBits,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.memory !== undefined){
if(!(validate29(data.memory, {instancePath:instancePath+"/memory",parentData:data,parentDataProperty:"memory",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.ram !== undefined){
let data7 = data.ram;
if(Array.isArray(data7)){
if(data7.length < 1){
const err15 = {instancePath:instancePath+"/ram",schemaPath:"#/properties/ram/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.ram,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate33(data7[i1], {instancePath:instancePath+"/ram/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/ram",schemaPath:"#/properties/ram/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.ram.type,parentSchema:schema33.properties.ram,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.ramSize !== undefined){
let data9 = data.ramSize;
if(typeof data9 === "string"){
if(!pattern6.test(data9)){
const err17 = {instancePath:instancePath+"/ramSize",schemaPath:"#/$defs/ramSize/pattern",keyword:"pattern",params:{pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"},message:"must match pattern \""+"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$"+"\"",schema:"^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$",parentSchema:schema63,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/ramSize",schemaPath:"#/$defs/ramSize/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.reservations !== undefined){
let data10 = data.reservations;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(!(validate42(data10[i2], {instancePath:instancePath+"/reservations/" + i2,parentData:data10,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/reservations",schemaPath:"#/properties/reservations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.reservations.type,parentSchema:schema33.properties.reservations,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.image !== undefined){
if(!(validate35(data.image, {instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.initrd !== undefined){
if(!(validate37(data.initrd, {instancePath:instancePath+"/initrd",parentData:data,parentDataProperty:"initrd",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.dtb !== undefined){
if(!(validate39(data.dtb, {instancePath:instancePath+"/dtb",parentData:data,parentDataProperty:"dtb",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.deviceTree !== undefined){
let data15 = data.deviceTree;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.nodes === undefined){
const err20 = {instancePath:instancePath+"/deviceTree",schemaPath:"#/$defs/deviceTree/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'",schema:schema47.required,parentSchema:schema47,data:data15};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data15.properties === undefined){
const err21 = {instancePath:instancePath+"/deviceTree",schemaPath:"#/$defs/deviceTree/required",keyword:"required",params:{missingProperty: "properties"},message:"must have required property '"+"properties"+"'",schema:schema47.required,parentSchema:schema47,data:data15};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data15.nameBytes === undefined){
const err22 = {instancePath:instancePath+"/deviceTree",schemaPath:"#/$defs/deviceTree/required",keyword:"required",params:{missingProperty: "nameBytes"},message:"must have required property '"+"nameBytes"+"'",schema:schema47.required,parentSchema:schema47,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key0 in data15){
if(!((((key0 === "nodes") || (key0 === "properties")) || (key0 === "nameBytes")) || (key0 === "aliases"))){
const err23 = {instancePath:instancePath+"/deviceTree",schemaPath:"#/$defs/deviceTree/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data15.nodes !== undefined){
let data16 = data15.nodes;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err24 = {instancePath:instancePath+"/deviceTree/nodes",schemaPath:"#/$defs/deviceTree/properties/nodes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.nodes.type,parentSchema:schema47.properties.nodes,data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err25 = {instancePath:instancePath+"/deviceTree/nodes",schemaPath:"#/$defs/deviceTree/properties/nodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.nodes,data:data16};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data15.properties !== undefined){
let data17 = data15.properties;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err26 = {instancePath:instancePath+"/deviceTree/properties",schemaPath:"#/$defs/deviceTree/properties/properties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.properties.type,parentSchema:schema47.properties.properties,data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err27 = {instancePath:instancePath+"/deviceTree/properties",schemaPath:"#/$defs/deviceTree/properties/properties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.properties,data:data17};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data15.nameBytes !== undefined){
let data18 = data15.nameBytes;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err28 = {instancePath:instancePath+"/deviceTree/nameBytes",schemaPath:"#/$defs/deviceTree/properties/nameBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.nameBytes.type,parentSchema:schema47.properties.nameBytes,data:data18};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err29 = {instancePath:instancePath+"/deviceTree/nameBytes",schemaPath:"#/$defs/deviceTree/properties/nameBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.nameBytes,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data15.aliases !== undefined){
let data19 = data15.aliases;
if(Array.isArray(data19)){
const len3 = data19.length;
for(let i3=0; i3<len3; i3++){
let data20 = data19[i3];
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err30 = {instancePath:instancePath+"/deviceTree/aliases/" + i3,schemaPath:"#/$defs/deviceTree/properties/aliases/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.aliases.items,data:data20};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/deviceTree/aliases/" + i3,schemaPath:"#/$defs/deviceTree/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.aliases.items.type,parentSchema:schema47.properties.aliases.items,data:data20};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/deviceTree/aliases",schemaPath:"#/$defs/deviceTree/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.aliases.type,parentSchema:schema47.properties.aliases,data:data19};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/deviceTree",schemaPath:"#/$defs/deviceTree/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.acpi !== undefined){
let data21 = data.acpi;
if(typeof data21 !== "boolean"){
const err34 = {instancePath:instancePath+"/acpi",schemaPath:"#/properties/acpi/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema33.properties.acpi.type,parentSchema:schema33.properties.acpi,data:data21};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.numaDistances !== undefined){
let data22 = data.numaDistances;
if(typeof data22 !== "boolean"){
const err35 = {instancePath:instancePath+"/numaDistances",schemaPath:"#/properties/numaDistances/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema33.properties.numaDistances.type,parentSchema:schema33.properties.numaDistances,data:data22};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.memorylessNodes !== undefined){
let data23 = data.memorylessNodes;
if(Array.isArray(data23)){
const len4 = data23.length;
for(let i4=0; i4<len4; i4++){
let data24 = data23[i4];
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err36 = {instancePath:instancePath+"/memorylessNodes/" + i4,schemaPath:"#/properties/memorylessNodes/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.memorylessNodes.items.type,parentSchema:schema33.properties.memorylessNodes.items,data:data24};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 1023 || isNaN(data24)){
const err37 = {instancePath:instancePath+"/memorylessNodes/" + i4,schemaPath:"#/properties/memorylessNodes/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1023},message:"must be <= 1023",schema:1023,parentSchema:schema33.properties.memorylessNodes.items,data:data24};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err38 = {instancePath:instancePath+"/memorylessNodes/" + i4,schemaPath:"#/properties/memorylessNodes/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33.properties.memorylessNodes.items,data:data24};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
let i5 = data23.length;
let j0;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data23[i5];
if(!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err39 = {instancePath:instancePath+"/memorylessNodes",schemaPath:"#/properties/memorylessNodes/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i5+" are identical)",schema:true,parentSchema:schema33.properties.memorylessNodes,data:data23};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
break;
}
indices0[item0] = i5;
}
}
}
else {
const err40 = {instancePath:instancePath+"/memorylessNodes",schemaPath:"#/properties/memorylessNodes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.memorylessNodes.type,parentSchema:schema33.properties.memorylessNodes,data:data23};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.efiBootServices !== undefined){
let data25 = data.efiBootServices;
if(Array.isArray(data25)){
const len5 = data25.length;
for(let i6=0; i6<len5; i6++){
if(!(validate44(data25[i6], {instancePath:instancePath+"/efiBootServices/" + i6,parentData:data25,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err41 = {instancePath:instancePath+"/efiBootServices",schemaPath:"#/properties/efiBootServices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.efiBootServices.type,parentSchema:schema33.properties.efiBootServices,data:data25};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.sratMemory !== undefined){
let data27 = data.sratMemory;
if(Array.isArray(data27)){
const len6 = data27.length;
for(let i7=0; i7<len6; i7++){
if(!(validate55(data27[i7], {instancePath:instancePath+"/sratMemory/" + i7,parentData:data27,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath:instancePath+"/sratMemory",schemaPath:"#/properties/sratMemory/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.sratMemory.type,parentSchema:schema33.properties.sratMemory,data:data27};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.e820AcpiData !== undefined){
let data29 = data.e820AcpiData;
if(Array.isArray(data29)){
const len7 = data29.length;
for(let i8=0; i8<len7; i8++){
if(!(validate44(data29[i8], {instancePath:instancePath+"/e820AcpiData/" + i8,parentData:data29,parentDataProperty:i8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err43 = {instancePath:instancePath+"/e820AcpiData",schemaPath:"#/properties/e820AcpiData/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.e820AcpiData.type,parentSchema:schema33.properties.e820AcpiData,data:data29};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.dma !== undefined){
if(!(validate58(data.dma, {instancePath:instancePath+"/dma",parentData:data,parentDataProperty:"dma",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.devices !== undefined){
let data32 = data.devices;
if(Array.isArray(data32)){
const len8 = data32.length;
for(let i9=0; i9<len8; i9++){
if(!(validate62(data32[i9], {instancePath:instancePath+"/devices/" + i9,parentData:data32,parentDataProperty:i9,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
else {
const err44 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.devices.type,parentSchema:schema33.properties.devices,data:data32};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.config !== undefined){
let data34 = data.config;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key1 in data34){
if(!(func1.call(schema38.properties, key1))){
const err45 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/kernelConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data34};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data34.ZONE_DMA !== undefined){
let data35 = data34.ZONE_DMA;
if(typeof data35 !== "boolean"){
const err46 = {instancePath:instancePath+"/config/ZONE_DMA",schemaPath:"#/$defs/kernelConfig/properties/ZONE_DMA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ZONE_DMA.type,parentSchema:schema38.properties.ZONE_DMA,data:data35};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data34.ZONE_DMA32 !== undefined){
let data36 = data34.ZONE_DMA32;
if(typeof data36 !== "boolean"){
const err47 = {instancePath:instancePath+"/config/ZONE_DMA32",schemaPath:"#/$defs/kernelConfig/properties/ZONE_DMA32/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ZONE_DMA32.type,parentSchema:schema38.properties.ZONE_DMA32,data:data36};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data34.RODATA_FULL_DEFAULT_ENABLED !== undefined){
let data37 = data34.RODATA_FULL_DEFAULT_ENABLED;
if(typeof data37 !== "boolean"){
const err48 = {instancePath:instancePath+"/config/RODATA_FULL_DEFAULT_ENABLED",schemaPath:"#/$defs/kernelConfig/properties/RODATA_FULL_DEFAULT_ENABLED/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.RODATA_FULL_DEFAULT_ENABLED.type,parentSchema:schema38.properties.RODATA_FULL_DEFAULT_ENABLED,data:data37};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data34.KFENCE !== undefined){
let data38 = data34.KFENCE;
if(typeof data38 !== "boolean"){
const err49 = {instancePath:instancePath+"/config/KFENCE",schemaPath:"#/$defs/kernelConfig/properties/KFENCE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.KFENCE.type,parentSchema:schema38.properties.KFENCE,data:data38};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data34.KFENCE_SAMPLE_INTERVAL !== undefined){
let data39 = data34.KFENCE_SAMPLE_INTERVAL;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err50 = {instancePath:instancePath+"/config/KFENCE_SAMPLE_INTERVAL",schemaPath:"#/$defs/kernelConfig/properties/KFENCE_SAMPLE_INTERVAL/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.KFENCE_SAMPLE_INTERVAL.type,parentSchema:schema38.properties.KFENCE_SAMPLE_INTERVAL,data:data39};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 9007199254740991 || isNaN(data39)){
const err51 = {instancePath:instancePath+"/config/KFENCE_SAMPLE_INTERVAL",schemaPath:"#/$defs/kernelConfig/properties/KFENCE_SAMPLE_INTERVAL/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema38.properties.KFENCE_SAMPLE_INTERVAL,data:data39};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data39 < 0 || isNaN(data39)){
const err52 = {instancePath:instancePath+"/config/KFENCE_SAMPLE_INTERVAL",schemaPath:"#/$defs/kernelConfig/properties/KFENCE_SAMPLE_INTERVAL/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.KFENCE_SAMPLE_INTERVAL,data:data39};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data34.DEBUG_PAGEALLOC !== undefined){
let data40 = data34.DEBUG_PAGEALLOC;
if(typeof data40 !== "boolean"){
const err53 = {instancePath:instancePath+"/config/DEBUG_PAGEALLOC",schemaPath:"#/$defs/kernelConfig/properties/DEBUG_PAGEALLOC/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.DEBUG_PAGEALLOC.type,parentSchema:schema38.properties.DEBUG_PAGEALLOC,data:data40};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data34.DEBUG_PAGEALLOC_ENABLE_DEFAULT !== undefined){
let data41 = data34.DEBUG_PAGEALLOC_ENABLE_DEFAULT;
if(typeof data41 !== "boolean"){
const err54 = {instancePath:instancePath+"/config/DEBUG_PAGEALLOC_ENABLE_DEFAULT",schemaPath:"#/$defs/kernelConfig/properties/DEBUG_PAGEALLOC_ENABLE_DEFAULT/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.DEBUG_PAGEALLOC_ENABLE_DEFAULT.type,parentSchema:schema38.properties.DEBUG_PAGEALLOC_ENABLE_DEFAULT,data:data41};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data34.CMA !== undefined){
let data42 = data34.CMA;
if(typeof data42 !== "boolean"){
const err55 = {instancePath:instancePath+"/config/CMA",schemaPath:"#/$defs/kernelConfig/properties/CMA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.CMA.type,parentSchema:schema38.properties.CMA,data:data42};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data34.DMA_NUMA_CMA !== undefined){
let data43 = data34.DMA_NUMA_CMA;
if(typeof data43 !== "boolean"){
const err56 = {instancePath:instancePath+"/config/DMA_NUMA_CMA",schemaPath:"#/$defs/kernelConfig/properties/DMA_NUMA_CMA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.DMA_NUMA_CMA.type,parentSchema:schema38.properties.DMA_NUMA_CMA,data:data43};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data34.CMA_SIZE_PERNUMA !== undefined){
let data44 = data34.CMA_SIZE_PERNUMA;
if(typeof data44 !== "boolean"){
const err57 = {instancePath:instancePath+"/config/CMA_SIZE_PERNUMA",schemaPath:"#/$defs/kernelConfig/properties/CMA_SIZE_PERNUMA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.CMA_SIZE_PERNUMA.type,parentSchema:schema38.properties.CMA_SIZE_PERNUMA,data:data44};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data34.NUMA_EMU !== undefined){
let data45 = data34.NUMA_EMU;
if(typeof data45 !== "boolean"){
const err58 = {instancePath:instancePath+"/config/NUMA_EMU",schemaPath:"#/$defs/kernelConfig/properties/NUMA_EMU/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.NUMA_EMU.type,parentSchema:schema38.properties.NUMA_EMU,data:data45};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data34.CMA_SIZE_MBYTES !== undefined){
let data46 = data34.CMA_SIZE_MBYTES;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
const err59 = {instancePath:instancePath+"/config/CMA_SIZE_MBYTES",schemaPath:"#/$defs/kernelConfig/properties/CMA_SIZE_MBYTES/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.CMA_SIZE_MBYTES.type,parentSchema:schema38.properties.CMA_SIZE_MBYTES,data:data46};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 17592186044415 || isNaN(data46)){
const err60 = {instancePath:instancePath+"/config/CMA_SIZE_MBYTES",schemaPath:"#/$defs/kernelConfig/properties/CMA_SIZE_MBYTES/maximum",keyword:"maximum",params:{comparison: "<=", limit: 17592186044415},message:"must be <= 17592186044415",schema:17592186044415,parentSchema:schema38.properties.CMA_SIZE_MBYTES,data:data46};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data46 < 0 || isNaN(data46)){
const err61 = {instancePath:instancePath+"/config/CMA_SIZE_MBYTES",schemaPath:"#/$defs/kernelConfig/properties/CMA_SIZE_MBYTES/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.CMA_SIZE_MBYTES,data:data46};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
if(data34.RANDOMIZE_BASE !== undefined){
let data47 = data34.RANDOMIZE_BASE;
if(typeof data47 !== "boolean"){
const err62 = {instancePath:instancePath+"/config/RANDOMIZE_BASE",schemaPath:"#/$defs/kernelConfig/properties/RANDOMIZE_BASE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.RANDOMIZE_BASE.type,parentSchema:schema38.properties.RANDOMIZE_BASE,data:data47};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data34.X86_DIRECT_GBPAGES !== undefined){
let data48 = data34.X86_DIRECT_GBPAGES;
if(typeof data48 !== "boolean"){
const err63 = {instancePath:instancePath+"/config/X86_DIRECT_GBPAGES",schemaPath:"#/$defs/kernelConfig/properties/X86_DIRECT_GBPAGES/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.X86_DIRECT_GBPAGES.type,parentSchema:schema38.properties.X86_DIRECT_GBPAGES,data:data48};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data34.ZONE_DEVICE !== undefined){
let data49 = data34.ZONE_DEVICE;
if(typeof data49 !== "boolean"){
const err64 = {instancePath:instancePath+"/config/ZONE_DEVICE",schemaPath:"#/$defs/kernelConfig/properties/ZONE_DEVICE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ZONE_DEVICE.type,parentSchema:schema38.properties.ZONE_DEVICE,data:data49};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data34.LOG_BUF_SHIFT !== undefined){
let data50 = data34.LOG_BUF_SHIFT;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err65 = {instancePath:instancePath+"/config/LOG_BUF_SHIFT",schemaPath:"#/$defs/kernelConfig/properties/LOG_BUF_SHIFT/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.LOG_BUF_SHIFT.type,parentSchema:schema38.properties.LOG_BUF_SHIFT,data:data50};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 > 25 || isNaN(data50)){
const err66 = {instancePath:instancePath+"/config/LOG_BUF_SHIFT",schemaPath:"#/$defs/kernelConfig/properties/LOG_BUF_SHIFT/maximum",keyword:"maximum",params:{comparison: "<=", limit: 25},message:"must be <= 25",schema:25,parentSchema:schema38.properties.LOG_BUF_SHIFT,data:data50};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data50 < 12 || isNaN(data50)){
const err67 = {instancePath:instancePath+"/config/LOG_BUF_SHIFT",schemaPath:"#/$defs/kernelConfig/properties/LOG_BUF_SHIFT/minimum",keyword:"minimum",params:{comparison: ">=", limit: 12},message:"must be >= 12",schema:12,parentSchema:schema38.properties.LOG_BUF_SHIFT,data:data50};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
if(data34.PRINTK_EXECUTION_CTX !== undefined){
let data51 = data34.PRINTK_EXECUTION_CTX;
if(typeof data51 !== "boolean"){
const err68 = {instancePath:instancePath+"/config/PRINTK_EXECUTION_CTX",schemaPath:"#/$defs/kernelConfig/properties/PRINTK_EXECUTION_CTX/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.PRINTK_EXECUTION_CTX.type,parentSchema:schema38.properties.PRINTK_EXECUTION_CTX,data:data51};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data34.OF_DYNAMIC !== undefined){
let data52 = data34.OF_DYNAMIC;
if(typeof data52 !== "boolean"){
const err69 = {instancePath:instancePath+"/config/OF_DYNAMIC",schemaPath:"#/$defs/kernelConfig/properties/OF_DYNAMIC/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.OF_DYNAMIC.type,parentSchema:schema38.properties.OF_DYNAMIC,data:data52};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data34.PAGE_BLOCK_MAX_ORDER !== undefined){
let data53 = data34.PAGE_BLOCK_MAX_ORDER;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err70 = {instancePath:instancePath+"/config/PAGE_BLOCK_MAX_ORDER",schemaPath:"#/$defs/kernelConfig/properties/PAGE_BLOCK_MAX_ORDER/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.PAGE_BLOCK_MAX_ORDER.type,parentSchema:schema38.properties.PAGE_BLOCK_MAX_ORDER,data:data53};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 1 || isNaN(data53)){
const err71 = {instancePath:instancePath+"/config/PAGE_BLOCK_MAX_ORDER",schemaPath:"#/$defs/kernelConfig/properties/PAGE_BLOCK_MAX_ORDER/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38.properties.PAGE_BLOCK_MAX_ORDER,data:data53};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
}
else {
const err72 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/kernelConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data34};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.cpu !== undefined){
let data54 = data.cpu;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key2 in data54){
if(!((((((key2 === "bbml2Noabort") || (key2 === "lpa2")) || (key2 === "gbpages")) || (key2 === "la57")) || (key2 === "el2")) || (key2 === "satpMode"))){
const err73 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/cpuFeatures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data:data54};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data54.bbml2Noabort !== undefined){
let data55 = data54.bbml2Noabort;
if(typeof data55 !== "boolean"){
const err74 = {instancePath:instancePath+"/cpu/bbml2Noabort",schemaPath:"#/$defs/cpuFeatures/properties/bbml2Noabort/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties.bbml2Noabort.type,parentSchema:schema87.properties.bbml2Noabort,data:data55};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data54.lpa2 !== undefined){
let data56 = data54.lpa2;
if(typeof data56 !== "boolean"){
const err75 = {instancePath:instancePath+"/cpu/lpa2",schemaPath:"#/$defs/cpuFeatures/properties/lpa2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties.lpa2.type,parentSchema:schema87.properties.lpa2,data:data56};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data54.gbpages !== undefined){
let data57 = data54.gbpages;
if(typeof data57 !== "boolean"){
const err76 = {instancePath:instancePath+"/cpu/gbpages",schemaPath:"#/$defs/cpuFeatures/properties/gbpages/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties.gbpages.type,parentSchema:schema87.properties.gbpages,data:data57};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data54.la57 !== undefined){
let data58 = data54.la57;
if(typeof data58 !== "boolean"){
const err77 = {instancePath:instancePath+"/cpu/la57",schemaPath:"#/$defs/cpuFeatures/properties/la57/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties.la57.type,parentSchema:schema87.properties.la57,data:data58};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data54.el2 !== undefined){
let data59 = data54.el2;
if(typeof data59 !== "boolean"){
const err78 = {instancePath:instancePath+"/cpu/el2",schemaPath:"#/$defs/cpuFeatures/properties/el2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties.el2.type,parentSchema:schema87.properties.el2,data:data59};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data54.satpMode !== undefined){
let data60 = data54.satpMode;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err79 = {instancePath:instancePath+"/cpu/satpMode",schemaPath:"#/$defs/cpuFeatures/properties/satpMode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.satpMode.type,parentSchema:schema87.properties.satpMode,data:data60};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(!(((data60 === 39) || (data60 === 48)) || (data60 === 57))){
const err80 = {instancePath:instancePath+"/cpu/satpMode",schemaPath:"#/$defs/cpuFeatures/properties/satpMode/enum",keyword:"enum",params:{allowedValues: schema87.properties.satpMode.enum},message:"must be equal to one of the allowed values",schema:schema87.properties.satpMode.enum,parentSchema:schema87.properties.satpMode,data:data60};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/cpuFeatures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data:data54};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.boot !== undefined){
if(!(validate25(data.boot, {instancePath:instancePath+"/boot",parentData:data,parentDataProperty:"boot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.cmdline !== undefined){
let data62 = data.cmdline;
if(typeof data62 !== "string"){
const err82 = {instancePath:instancePath+"/cmdline",schemaPath:"#/properties/cmdline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.cmdline.type,parentSchema:schema33.properties.cmdline,data:data62};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.expect !== undefined){
let data63 = data.expect;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
for(const key3 in data63){
if(!(((((key3 === "reservationRequired") || (key3 === "dumpTargetReachable")) || (key3 === "protectionRequired")) || (key3 === "noFallbackAbove4G")) || (key3 === "noBasePageLinearMap"))){
const err83 = {instancePath:instancePath+"/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema88,data:data63};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data63.reservationRequired !== undefined){
let data64 = data63.reservationRequired;
if(typeof data64 !== "boolean"){
const err84 = {instancePath:instancePath+"/expect/reservationRequired",schemaPath:"#/$defs/expect/properties/reservationRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema88.properties.reservationRequired.type,parentSchema:schema88.properties.reservationRequired,data:data64};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data63.dumpTargetReachable !== undefined){
let data65 = data63.dumpTargetReachable;
if(typeof data65 !== "boolean"){
const err85 = {instancePath:instancePath+"/expect/dumpTargetReachable",schemaPath:"#/$defs/expect/properties/dumpTargetReachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema88.properties.dumpTargetReachable.type,parentSchema:schema88.properties.dumpTargetReachable,data:data65};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data63.protectionRequired !== undefined){
let data66 = data63.protectionRequired;
if(typeof data66 !== "boolean"){
const err86 = {instancePath:instancePath+"/expect/protectionRequired",schemaPath:"#/$defs/expect/properties/protectionRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema88.properties.protectionRequired.type,parentSchema:schema88.properties.protectionRequired,data:data66};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data63.noFallbackAbove4G !== undefined){
let data67 = data63.noFallbackAbove4G;
if(typeof data67 !== "boolean"){
const err87 = {instancePath:instancePath+"/expect/noFallbackAbove4G",schemaPath:"#/$defs/expect/properties/noFallbackAbove4G/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema88.properties.noFallbackAbove4G.type,parentSchema:schema88.properties.noFallbackAbove4G,data:data67};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data63.noBasePageLinearMap !== undefined){
let data68 = data63.noBasePageLinearMap;
if(typeof data68 !== "boolean"){
const err88 = {instancePath:instancePath+"/expect/noBasePageLinearMap",schemaPath:"#/$defs/expect/properties/noBasePageLinearMap/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema88.properties.noBasePageLinearMap.type,parentSchema:schema88.properties.noBasePageLinearMap,data:data68};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data:data63};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.severity !== undefined){
if(!(validate65(data.severity, {instancePath:instancePath+"/severity",parentData:data,parentDataProperty:"severity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.suppress !== undefined){
let data70 = data.suppress;
if(Array.isArray(data70)){
const len9 = data70.length;
for(let i10=0; i10<len9; i10++){
if(!(validate67(data70[i10], {instancePath:instancePath+"/suppress/" + i10,parentData:data70,parentDataProperty:i10,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
else {
const err90 = {instancePath:instancePath+"/suppress",schemaPath:"#/properties/suppress/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.suppress.type,parentSchema:schema33.properties.suppress,data:data70};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"arch":true,"kernels":true,"pageSize":true,"paBits":true,"vaBits":true,"memory":true,"ram":true,"ramSize":true,"reservations":true,"image":true,"initrd":true,"dtb":true,"deviceTree":true,"acpi":true,"numaDistances":true,"memorylessNodes":true,"efiBootServices":true,"sratMemory":true,"e820AcpiData":true,"dma":true,"devices":true,"config":true,"cpu":true,"boot":true,"cmdline":true,"expect":true,"severity":true,"suppress":true},"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if((((((((((((((((((((((((((((key0 !== "arch") && (key0 !== "kernels")) && (key0 !== "pageSize")) && (key0 !== "paBits")) && (key0 !== "vaBits")) && (key0 !== "memory")) && (key0 !== "ram")) && (key0 !== "ramSize")) && (key0 !== "reservations")) && (key0 !== "image")) && (key0 !== "initrd")) && (key0 !== "dtb")) && (key0 !== "deviceTree")) && (key0 !== "acpi")) && (key0 !== "numaDistances")) && (key0 !== "memorylessNodes")) && (key0 !== "efiBootServices")) && (key0 !== "sratMemory")) && (key0 !== "e820AcpiData")) && (key0 !== "dma")) && (key0 !== "devices")) && (key0 !== "config")) && (key0 !== "cpu")) && (key0 !== "boot")) && (key0 !== "cmdline")) && (key0 !== "expect")) && (key0 !== "severity")) && (key0 !== "suppress")){
const err0 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema93 = {"title":"Board","description":"One board: its identity, an optional preset, and its settings.","type":"object","allOf":[{"$ref":"#/$defs/settings"}],"unevaluatedProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","description":"Stable identifier, unique in the file (used in reports, fingerprints and `boards` filters)."},"name":{"type":"string","description":"Human-readable name."},"description":{"type":"string","description":"Free text: where the board's numbers come from."},"extends":{"type":"string","minLength":1,"description":"A built-in preset whose settings are merged under the board's: `qemu-virt-arm64`, `qemu-q35-x86_64`, `qemu-pc-x86_64`, `qemu-virt-riscv64`, `raspberrypi-4`."}}};
const pattern36 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern36.test(data0)){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema93.properties.id,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.id.type,parentSchema:schema93.properties.id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.name.type,parentSchema:schema93.properties.name,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.description.type,parentSchema:schema93.properties.description,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.extends !== undefined){
let data3 = data.extends;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema93.properties.extends,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.extends.type,parentSchema:schema93.properties.extends,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key0 in data){
if((((((((((((((((((((((((((((((((key0 !== "id") && (key0 !== "name")) && (key0 !== "description")) && (key0 !== "extends")) && (key0 !== "arch")) && (key0 !== "kernels")) && (key0 !== "pageSize")) && (key0 !== "paBits")) && (key0 !== "vaBits")) && (key0 !== "memory")) && (key0 !== "ram")) && (key0 !== "ramSize")) && (key0 !== "reservations")) && (key0 !== "image")) && (key0 !== "initrd")) && (key0 !== "dtb")) && (key0 !== "deviceTree")) && (key0 !== "acpi")) && (key0 !== "numaDistances")) && (key0 !== "memorylessNodes")) && (key0 !== "efiBootServices")) && (key0 !== "sratMemory")) && (key0 !== "e820AcpiData")) && (key0 !== "dma")) && (key0 !== "devices")) && (key0 !== "config")) && (key0 !== "cpu")) && (key0 !== "boot")) && (key0 !== "cmdline")) && (key0 !== "expect")) && (key0 !== "severity")) && (key0 !== "suppress")){
const err7 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://crashkernel-check.dev/schemas/board-matrix/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.boards === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "boards"},message:"must have required property '"+"boards"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "$schema") || (key0 === "version")) || (key0 === "defaults")) || (key0 === "boards"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(1 !== data1){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.version,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.defaults !== undefined){
if(!(validate21(data.defaults, {instancePath:instancePath+"/defaults",parentData:data,parentDataProperty:"defaults",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.boards !== undefined){
let data3 = data.boards;
if(Array.isArray(data3)){
if(data3.length < 1){
const err5 = {instancePath:instancePath+"/boards",schemaPath:"#/properties/boards/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.boards,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate71(data3[i0], {instancePath:instancePath+"/boards/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/boards",schemaPath:"#/properties/boards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.boards.type,parentSchema:schema31.properties.boards,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

