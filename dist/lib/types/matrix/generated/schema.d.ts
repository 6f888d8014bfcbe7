export declare const boardMatrixSchema: {
    readonly $schema: "https://json-schema.org/draft/2020-12/schema";
    readonly $id: "https://crashkernel-check.dev/schemas/board-matrix/v1.json";
    readonly title: "BoardMatrix";
    readonly description: "A repository's board matrix for crashkernel-check: the boards a distribution or product ships, described as firmware hands them to Linux (RAM banks, early reservations, DMA limits) plus the kernels and command lines to check. Each board × RAM variant × kernel is one layout that crashkernel-check simulates. Addresses and sizes are strings (hex `0x…` or memparse style `512M`) and are decoded to 64-bit integers after validation.";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["version", "boards"];
    readonly properties: {
        readonly $schema: {
            readonly description: "The schema this document follows, for editors (autocomplete and validation). Use https://crashkernel-check.dev/schemas/board-matrix/v1.json or a relative path to schemas/board-matrix.schema.json. Ignored by crashkernel-check.";
            readonly type: "string";
        };
        readonly version: {
            readonly description: "Version of the board-matrix format. Only 1 exists.";
            readonly const: 1;
        };
        readonly defaults: {
            readonly $ref: "#/$defs/defaults";
        };
        readonly boards: {
            readonly description: "The boards to check: at least one (a matrix of none would pass every check without checking anything).";
            readonly type: "array";
            readonly minItems: 1;
            readonly items: {
                readonly $ref: "#/$defs/board";
            };
        };
    };
    readonly $defs: {
        readonly size: {
            readonly title: "Size";
            readonly description: "A size in bytes: hex `0x10000000`, decimal `268435456`, or either with one memparse suffix K, M, G, T, P or E (powers of 1024, case-insensitive), e.g. `256M`. Underscores may separate hex digits (`0x1_0000_0000`). As in the kernel's memparse(), hex digits are read greedily, so `0x1E` is 30 bytes, not an exabyte. Leading-zero (octal) decimals are rejected.";
            readonly type: "string";
            readonly pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$";
        };
        readonly address: {
            readonly title: "Address";
            readonly description: "A physical address: hex `0x40000000` (underscores allowed between hex digits) or a decimal/memparse value such as `4G`. Must fit in 64 bits.";
            readonly type: "string";
            readonly pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$";
        };
        readonly kernelVersion: {
            readonly title: "KernelVersion";
            readonly description: "A kernel release (`6.1.192`) or a series (`6.12`). A series resolves to the Debian release of its kernel profile (5.10 → 5.10.223, 6.1 → 6.1.192, 6.12 → 6.12.117, 7.2 → 7.2.13, 7.3 → 7.3.4), any other series to its .0 release (`6.6` → 6.6.0); docs/policies.md.";
            readonly type: "string";
            readonly pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$";
        };
        readonly ruleRef: {
            readonly title: "RuleRef";
            readonly description: "A rule of crashkernel-check by id, such as `CK001`, or by name, such as `reservation-failed` ([docs/rules](rules/README.md)). A rule that does not exist is an error, so a misspelt suppression or severity never silently leaves a finding in place.";
            readonly type: "string";
            readonly enum: readonly ["CK001", "CK002", "CK003", "CK004", "CK005", "CK006", "CK007", "CK008", "CK009", "CK010", "CK011", "CK012", "CK013", "LM001", "PR001", "SC001", "SC002", "SC003", "SC004", "SC005", "reservation-failed", "low-above-dma-reach", "fell-back-high", "option-ignored", "endless-retry", "parameter-not-modelled", "early-param-stops-boot", "cma-reservation-short", "cma-sysfs-duplicate", "not-requested", "fixed-base-kaslr", "boot-panics", "smaller-than-image", "linear-map-base-pages", "protection-unavailable", "json-syntax", "schema-violation", "invalid-board", "layout-not-simulated", "unused-default"];
        };
        readonly range: {
            readonly description: "A physical range [base, base + size).";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["base", "size"];
            readonly properties: {
                readonly base: {
                    readonly $ref: "#/$defs/address";
                };
                readonly size: {
                    readonly $ref: "#/$defs/size";
                };
            };
        };
        readonly sratMemoryRange: {
            readonly description: "One ACPI SRAT memory affinity range: [base, base + size) on NUMA node `node`.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["base", "size", "node"];
            readonly properties: {
                readonly base: {
                    readonly $ref: "#/$defs/address";
                };
                readonly size: {
                    readonly $ref: "#/$defs/size";
                };
                readonly node: {
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly maximum: 1023;
                    readonly description: "The NUMA node (the SRAT's proximity domain as the kernel numbered it).";
                };
            };
        };
        readonly memoryBank: {
            readonly description: "One RAM bank as firmware describes it: a DT /memory `reg` entry, an e820 RAM entry or a UEFI memory-map region.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["base", "size"];
            readonly properties: {
                readonly base: {
                    readonly $ref: "#/$defs/address";
                };
                readonly size: {
                    readonly $ref: "#/$defs/size";
                };
                readonly nomap: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "Firmware marks the bank no-map (EFI runtime services, ACPI NVS reported as memory). On arm64 and riscv64 it stays in memblock.memory, counts as system RAM and is never allocated or linear-mapped; on x86_64 it is not RAM (an e820 reserved entry).";
                };
                readonly node: {
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly maximum: 1023;
                    readonly description: "The NUMA node the bank belongs to, as firmware says it: a DT memory node's `numa-node-id` (arm64, riscv64), an ACPI SRAT memory affinity entry (x86_64; QEMU's `-numa node`). Leave it out on a board whose firmware describes no NUMA (a DT without `numa-node-id`, ACPI without an SRAT: the kernel then fakes node 0 over all RAM, `Faking a node at …`); a server whose SRAT has one node gives `0` on every bank, and the kernel takes the SRAT's node as with several; give it on every bank of a board with several (where a bank has none, the kernel finds memory no node covers and fakes one node, and so does the simulation; but an x86_64 kernel keeps the firmware's nodes while at most 1 MiB of memblock RAM lies outside them (less than 1 MiB up to 6.1: numa_meminfo_cover_memory(), then memblock_validate_numa_coverage(SZ_1M)), which the simulation does not model: give such a bank, as the 640 KiB below 1 MiB, the node the firmware's SRAT gives it). Before the crash reservation the kernel allocates each node's NODE_DATA (and, on arm64 and riscv64 before 7.0, its memmap) at the top of that node, which moves a crash region below a node's end. A node with CPUs and no memory (a CPU-only node) has no bank: list it in `memorylessNodes`.";
                };
                readonly description: {
                    readonly type: "string";
                    readonly description: "Free text: where the bank comes from.";
                };
            };
        };
        readonly memory: {
            readonly description: "RAM banks, in any order (they are read sorted by address, as the kernel's memblock keeps them); banks must not overlap. Mutually exclusive with `ram` and `ramSize`.";
            readonly type: "array";
            readonly minItems: 1;
            readonly items: {
                readonly $ref: "#/$defs/memoryBank";
            };
        };
        readonly ramVariant: {
            readonly description: "One RAM size of a board (e.g. the 1, 2, 4 and 8 GB Raspberry Pi 4). Each variant is a separate layout per kernel. Placements given here override the board's for this variant only. A preset's variants (and those `ramSize` makes) carry QEMU's x86 initrd and riscv DTB, which move with the RAM size, unless the board sets its own.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["name", "memory"];
            readonly properties: {
                readonly name: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly description: "Variant name, unique within the board, e.g. `4G`.";
                };
                readonly description: {
                    readonly type: "string";
                    readonly description: "Free text.";
                };
                readonly memory: {
                    readonly $ref: "#/$defs/memory";
                };
                readonly image: {
                    readonly $ref: "#/$defs/image";
                };
                readonly initrd: {
                    readonly $ref: "#/$defs/initrd";
                };
                readonly dtb: {
                    readonly $ref: "#/$defs/dtb";
                };
            };
        };
        readonly fixedReservation: {
            readonly description: "A static early reservation: a /reserved-memory node with `reg` (its first entry), a DT /memreserve/ entry (`memreserve`), or a firmware carve-out.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["kind", "name", "base", "size"];
            readonly properties: {
                readonly kind: {
                    readonly const: "fixed";
                    readonly description: "Static region.";
                };
                readonly name: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly description: "Node name as in the DT (`firmware@f0000000`) or a label.";
                };
                readonly base: {
                    readonly $ref: "#/$defs/address";
                };
                readonly size: {
                    readonly $ref: "#/$defs/size";
                    readonly description: "May be 0 for a /reserved-memory `reg` entry a bootloader left empty: the kernel reserves nothing and prints \"Reserved memory: failed to reserve memory for node …, size 0 MiB\". Not for `memreserve` (the kernel's /memreserve/ loop stops at a size of 0).";
                };
                readonly nomap: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "DT `no-map`: the region stays in memblock.memory flagged MEMBLOCK_NOMAP and is left out of the linear map; without it the region is memblock_reserve()d. On x86_64 a no-map region is taken out of RAM, as an e820 reserved entry would be.";
                };
                readonly memreserve: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "A /memreserve/ entry of the FDT header, not a /reserved-memory node: memblock_reserve()d silently (before the /reserved-memory scan up to 6.3, between its static and dynamic nodes in 6.4 – 6.12.12, after it from 6.12.13), never printed or counted as a node; cannot be `nomap`, `cma`, `cmaDefault` or `dmaPool`, or have `moreReg`. Read on arm64 and riscv64.";
                };
                readonly efi: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "riscv64 booted through the kernel's EFI stub (U-Boot's or EDK2's UEFI): a region efi_init() memblock_reserve()s, silently and before setup_bootmem(), not a device-tree node: the EFI memory map itself, its `ACPI Reclaim` regions (reserve_regions()), the memory attributes and memreserve configuration tables (drivers/firmware/efi/efi-init.c, efi.c). The stub deletes the FDT header's /memreserve/ entries and the kernel takes its RAM from the EFI map, whose runtime-services and reserved regions are `memory` banks with `nomap`. Cannot be `nomap`, `memreserve`, `cma`, `cmaDefault` or `dmaPool`, or have `moreReg`. arm64 booted through the stub with a device tree reserves it the same way (efi_init() runs before arm64_memblock_init()); an `acpi` arm64 board reserves every fixed reservation so anyway; x86_64 treats it as any fixed reservation.";
                };
                readonly moreReg: {
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/$defs/range";
                    };
                    readonly default: readonly [];
                    readonly description: "Further `reg` entries of the same /reserved-memory node (`base`/`size` is the first; sizes may be 0, as there). Up to 6.12 the kernel reserves (or flags no-map) each of them too, but the node is the first entry only (6.12.13+ warns that it ignores the rest); 7.x reserves only the first and warns. On x86_64 each is one more reserved range.";
                };
                readonly cma: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "`compatible = \"shared-dma-pool\"` plus `reusable`: the region becomes a CMA area (rmem_cma_setup()), or, when its base or size is not CMA-aligned, is given back (\"incorrect alignment of CMA region\"). Read on arm64 and riscv64; not for `memreserve`.";
                };
                readonly cmaDefault: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "`linux,cma-default`: the region replaces the default CMA area of CONFIG_CMA_SIZE_MBYTES (with CONFIG_DMA_CMA). A `cma=` on the command line wins instead: the region is given back (≤6.18) or never reserved (6.19+: drivers/of/of_reserved_mem.c@v6.19.6), and the command line's area is placed.";
                };
                readonly dmaPool: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "`compatible = \"shared-dma-pool\"` without `reusable` (with `cma` it is a CMA pool and this changes nothing): rmem_dma_setup() makes the region a per-device coherent DMA pool, which the kernel reports (\"Reserved memory: created DMA memory pool at …\", \"initialized node …, compatible id shared-dma-pool\"); the memory stays reserved, or no-map, as the node says. Read on arm64 and riscv64; not for `memreserve`.";
                };
                readonly description: {
                    readonly type: "string";
                    readonly description: "Free text.";
                };
            };
        };
        readonly dynamicReservation: {
            readonly description: "A region the kernel allocates itself while scanning /reserved-memory (a node with `size` instead of `reg`), e.g. a `shared-dma-pool` CMA area with `alloc-ranges`.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["kind", "name", "size"];
            readonly properties: {
                readonly kind: {
                    readonly const: "dynamic";
                    readonly description: "Kernel-allocated region.";
                };
                readonly name: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly description: "Node name as in the DT (`linux,cma`).";
                };
                readonly size: {
                    readonly $ref: "#/$defs/size";
                };
                readonly align: {
                    readonly $ref: "#/$defs/size";
                };
                readonly allocRanges: {
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/$defs/range";
                    };
                    readonly default: readonly [];
                    readonly description: "DT `alloc-ranges`: where the kernel may place the region, each window tried in turn. Empty: anywhere. As in the kernel, a window of size 0 holds nothing, except `{ \"base\": \"0x0\", \"size\": \"0\" }`, which ends at 0, and an end of 0 means anywhere (MEMBLOCK_ALLOC_ANYWHERE).";
                };
                readonly nomap: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "DT `no-map`.";
                };
                readonly cma: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "`compatible = \"shared-dma-pool\"` plus `reusable`: the region becomes a CMA area.";
                };
                readonly cmaDefault: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "`linux,cma-default`: the region replaces the default CMA area of CONFIG_CMA_SIZE_MBYTES (with CONFIG_DMA_CMA). A `cma=` on the command line wins instead: the region is given back (≤6.18) or never allocated (6.19+: drivers/of/of_reserved_mem.c@v6.19.6), and the command line's area is placed.";
                };
                readonly dmaPool: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "`compatible = \"shared-dma-pool\"` without `reusable` (with `cma` it is a CMA pool and this changes nothing): once placed, rmem_dma_setup() makes the region a per-device coherent DMA pool, which the kernel reports (\"Reserved memory: created DMA memory pool at …\", \"initialized node …, compatible id shared-dma-pool\").";
                };
                readonly description: {
                    readonly type: "string";
                    readonly description: "Free text.";
                };
            };
        };
        readonly reservation: {
            readonly title: "Reservation";
            readonly description: "An early reservation, in boot order.";
            readonly type: "object";
            readonly properties: {
                readonly kind: {
                    readonly enum: readonly ["fixed", "dynamic"];
                    readonly description: "`fixed` (a region at a known address) or `dynamic` (allocated by the kernel).";
                };
            };
            readonly required: readonly ["kind"];
            readonly discriminator: {
                readonly propertyName: "kind";
            };
            readonly oneOf: readonly [{
                readonly $ref: "#/$defs/fixedReservation";
            }, {
                readonly $ref: "#/$defs/dynamicReservation";
            }];
        };
        readonly dmaRange: {
            readonly description: "One `dma-ranges` entry of a bus node: bus addresses [busAddr, busAddr + size) map to CPU addresses [cpuAddr, cpuAddr + size).";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["node", "cpuAddr", "size"];
            readonly properties: {
                readonly node: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly description: "DT path or label of the bus node (`/soc`, `emmc2bus`). Several entries may name the same node; the node's limit is the highest CPU address any of its entries reaches.";
                };
                readonly cpuAddr: {
                    readonly $ref: "#/$defs/address";
                };
                readonly busAddr: {
                    readonly $ref: "#/$defs/address";
                };
                readonly size: {
                    readonly $ref: "#/$defs/size";
                };
            };
        };
        readonly dma: {
            readonly description: "DMA constraints as firmware describes them. The kernel takes the lowest limit of all of them when sizing ZONE_DMA (arm64 of_dma_get_max_cpu_address() and, on an ACPI boot, acpi_iort_dma_get_max_cpu_address()).";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly ranges: {
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/$defs/dmaRange";
                    };
                    readonly default: readonly [];
                    readonly description: "`dma-ranges` of bus nodes (only non-empty ones; an empty `dma-ranges;` means 1:1 and imposes no limit).";
                };
                readonly iortLimitBits: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 64;
                    };
                    readonly default: readonly [];
                    readonly description: "ACPI IORT `memory_address_limit` values in bits of named components and root complexes (0 is ignored, as in the kernel). arm64 reads them only with `\"acpi\": true` and no `acpi=off`: on a device-tree boot acpi_iort_dma_get_max_cpu_address() returns no limit (SC003 warns).";
                };
                readonly zoneDmaLimit: {
                    readonly $ref: "#/$defs/address";
                    readonly description: "The highest CPU physical address, inclusive, that ZONE_DMA devices reach, like the end of a `dma-ranges` window (`0x3fffffff` for the first GiB). The arm64 kernel takes the lowest of it, `ranges` and IORT; x86_64 and riscv64 end their DMA zones at fixed addresses and read none of them (SC003 warns).";
                };
            };
        };
        readonly device: {
            readonly title: "Device";
            readonly description: "A device that does DMA, with its reach: either an explicit limit or the bus node it sits behind.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["name"];
            readonly oneOf: readonly [{
                readonly properties: {
                    readonly dmaLimit: true;
                };
                readonly required: readonly ["dmaLimit"];
            }, {
                readonly properties: {
                    readonly bus: true;
                };
                readonly required: readonly ["bus"];
            }];
            readonly properties: {
                readonly name: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly description: "Device name (`emmc2`, `nvme0`): findings and memory maps name the device by it, so each device of a list has its own (SC003 `duplicateDevice` warns at a repeat).";
                };
                readonly dmaLimit: {
                    readonly $ref: "#/$defs/address";
                    readonly description: "The highest CPU physical address, inclusive, that the device reaches (`0x3fffffff` for the first GiB).";
                };
                readonly bus: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly description: "The `node` of a `dma.ranges` entry the device sits behind; its reach is that node's highest CPU address.";
                };
                readonly dumpTarget: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "This device writes the vmcore (the disk or NIC kdump saves to), so the crash kernel's memory must be within its reach.";
                };
                readonly description: {
                    readonly type: "string";
                    readonly description: "Free text.";
                };
            };
        };
        readonly kernelConfig: {
            readonly description: "Kernel configuration options that change where crashkernel lands or how the linear map is built. Default for each: the Debian kernel profile of the kernel's arch and series (docs/presets.md); for a kernel without a profile, the `default` given here.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly ZONE_DMA: {
                    readonly type: "boolean";
                    readonly default: true;
                    readonly description: "CONFIG_ZONE_DMA.";
                };
                readonly ZONE_DMA32: {
                    readonly type: "boolean";
                    readonly default: true;
                    readonly description: "CONFIG_ZONE_DMA32.";
                };
                readonly RODATA_FULL_DEFAULT_ENABLED: {
                    readonly type: "boolean";
                    readonly default: true;
                    readonly description: "arm64 CONFIG_RODATA_FULL_DEFAULT_ENABLED (≤ 6.17; 6.18+ always behaves as if set).";
                };
                readonly KFENCE: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "CONFIG_KFENCE.";
                };
                readonly KFENCE_SAMPLE_INTERVAL: {
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly maximum: 9007199254740991;
                    readonly default: 100;
                    readonly description: "CONFIG_KFENCE_SAMPLE_INTERVAL in ms. On arm64, 0 means the pool is not allocated early; riscv64 always allocates it with KFENCE; x86_64 does not model KFENCE.";
                };
                readonly DEBUG_PAGEALLOC: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "CONFIG_DEBUG_PAGEALLOC: the kernel has `debug_pagealloc=`. When that is on (`debug_pagealloc=on`, or DEBUG_PAGEALLOC_ENABLE_DEFAULT without `debug_pagealloc=off`), the linear map uses base pages.";
                };
                readonly DEBUG_PAGEALLOC_ENABLE_DEFAULT: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT: `debug_pagealloc` is on unless the command line turns it off. Only with DEBUG_PAGEALLOC.";
                };
                readonly CMA: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "CONFIG_CMA together with CONFIG_DMA_CMA.";
                };
                readonly DMA_NUMA_CMA: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "CONFIG_DMA_NUMA_CMA (6.6+; CONFIG_DMA_PERNUMA_CMA, arm64 only, before it): `numa_cma=` and `cma_pernuma=` reserve per-node CMA areas before the crash kernel (simulated; without the option they are unknown parameters and reserve nothing). Only with CMA. Default: the Debian kernel profile (arm64 5.10, 6.1, 7.2 and 7.3, x86_64 7.2 and 7.3, riscv64 7.2; not arm64 6.12).";
                };
                readonly CMA_SIZE_PERNUMA: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "CONFIG_CMA_SIZE_PERNUMA (7.x; needs DMA_NUMA_CMA): on a board with more than one NUMA node (memory banks with `node`), dma_contiguous_reserve() also reserves a CMA area of the default area's size on each node, before the crash kernel (a `linux,cma-default` pool's size where the device tree's pool is the default area). Default: the Debian kernel profile (arm64, x86_64 and riscv64 7.2, arm64 and x86_64 7.3).";
                };
                readonly NUMA_EMU: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "CONFIG_NUMA_EMU (x86_64): `numa=fake=` splits the NUMA nodes (the firmware's, or the one the kernel fakes without them) into fake nodes before the crash kernel, each with its NODE_DATA at its own top (simulated; `Faking node N at …`). Without it `numa=fake=` is a malformed early option and nothing is split (Ubuntu's generic amd64 kernels). arm64 and riscv64 ignore it (Debian builds them without). Default: the Debian kernel profile (every x86_64 one).";
                };
                readonly CMA_SIZE_MBYTES: {
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly maximum: 17592186044415;
                    readonly default: 0;
                    readonly description: "CONFIG_CMA_SIZE_MBYTES: size of the default CMA area (0 = none). At most 2^44 - 1: kernel/dma/contiguous.c multiplies it by SZ_1M into a 64-bit phys_addr_t.";
                };
                readonly RANDOMIZE_BASE: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "CONFIG_RANDOMIZE_BASE (KASLR). crashkernel-check never randomises: physical placement is simulated as with `nokaslr`. On x86_64 without `nokaslr`, CK011 warns about a fixed `crashkernel=X@Y` base, which the randomly placed kernel can overlap.";
                };
                readonly X86_DIRECT_GBPAGES: {
                    readonly type: "boolean";
                    readonly default: true;
                    readonly description: "x86 CONFIG_X86_DIRECT_GBPAGES (1 GiB pages in the direct map).";
                };
                readonly ZONE_DEVICE: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "CONFIG_ZONE_DEVICE (only adds the empty \"Device\" line to the kernel's \"Zone ranges:\" output).";
                };
                readonly LOG_BUF_SHIFT: {
                    readonly type: "integer";
                    readonly minimum: 12;
                    readonly maximum: 25;
                    readonly default: 17;
                    readonly description: "CONFIG_LOG_BUF_SHIFT: the static printk buffer is 2^N bytes (17 in Debian's builds, 18 in Ubuntu's). A `log_buf_len=` no larger allocates nothing; a larger one is allocated before the crash kernel on x86.";
                };
                readonly PRINTK_EXECUTION_CTX: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "CONFIG_PRINTK_EXECUTION_CTX (7.0+; Debian's 7.x builds): each record of the printk ring buffer carries the task name, so `log_buf_len=` takes 112 bytes of record metadata per 32 bytes of text instead of 88. x86 allocates that buffer before the crash kernel.";
                };
                readonly OF_DYNAMIC: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "CONFIG_OF_DYNAMIC: each struct property of the unflattened device tree carries 8 bytes of flags (Debian's arm64 builds from 7.x).";
                };
                readonly PAGE_BLOCK_MAX_ORDER: {
                    readonly type: "integer";
                    readonly minimum: 1;
                    readonly description: "arm64 CONFIG_PAGE_BLOCK_MAX_ORDER (6.16+; CONFIG_PAGE_BLOCK_ORDER when it came): caps pageblock_order, which sets the CMA alignment and the size of the sparse usemaps. Absent: nothing is capped, as with the option's default. A 64K kernel configured from a 4K config keeps 4K's 10: 64 MiB CMA alignment instead of 512 MiB. x86_64 and riscv64 ignore it (their 2 MiB pageblock is below every default).";
                };
            };
        };
        readonly cpuFeatures: {
            readonly description: "CPU features that change the outcome.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly bbml2Noabort: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "arm64 BBML2 without TLB conflict aborts, as the simulated kernel tests it, on every CPU of the system: 6.18 – 7.2 take a CPU list (Cortex-X4 r0p3+, Neoverse V3 and V3AE r0p2+, NVIDIA Olympus, AmpereOne, AmpereOne A), 7.3 tests BBML3 (ID_AA64MMFR2_EL1.BBM >= 3, or that list with Cortex-A520AE, A715, A720AE, A725, Neoverse N3, C1-Nano, C1-Pro, C1-Ultra and C1-Premium r1p1+). 6.18+ then keeps block mappings where rodata=full or a late KFENCE wants base pages (debug_pagealloc still forces them). map_mem() asks the boot CPU, but one secondary CPU without it makes the kernel split the linear map (all but the kernel's read-only alias) into pages later in boot, so leave it false for a mix.";
                };
                readonly lpa2: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "arm64 FEAT_LPA2: a 52-bit kernel (6.12+ Debian) runs with 52-bit VA and PA; without it, 48-bit VA (47 with 16K pages) and 48-bit PA (4K/16K pages). Set it for what the CPU has: `arm64.nolva` on the command line turns it off for the kernel (6.9+).";
                };
                readonly gbpages: {
                    readonly type: "boolean";
                    readonly default: true;
                    readonly description: "x86 GBPAGES (1 GiB pages).";
                };
                readonly la57: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "x86 LA57 (5-level paging), as QEMU's -cpu max has: a kernel built for it (5.11+: X86_5LEVEL is default y; Debian's 5.10 build has none) then runs with 5-level page tables unless `no5lvl` is on the command line, and its direct map takes one more page-table page, from memblock once the brk buffer is used up.";
                };
                readonly el2: {
                    readonly type: "boolean";
                    readonly description: "arm64: the firmware enters the kernel at EL2, as most boards' firmware does (the Raspberry Pi's, UEFI on servers; QEMU virt with virtualization=on); false: at EL1 (QEMU virt's default). The boot log says which (\"CPU: All CPU(s) started at EL2\"). Only `kvm-arm.mode=protected` reads it: at EL2, protected KVM memblock-allocates its hypervisor's memory in bootmem_init() before the crash kernel (5.15+), tens of MiB at the top of RAM. Absent: simulated as EL1, and CK006 says the placement may differ.";
                };
                readonly satpMode: {
                    readonly type: "integer";
                    readonly enum: readonly [39, 48, 57];
                    readonly description: "riscv64: the deepest paging mode the CPU takes (Sv39, Sv48, Sv57), as set_satp_mode() finds it by writing SATP. Absent: the board's `vaBits`, which then stands for both the CPU and the DT's cpu `mmu-type`. Give it where the DT names less than the CPU has, as QEMU 7.2's virt machine does (`riscv,sv48` of an Sv57 CPU): up to 6.17.6 the kernel probes the CPU and runs its mode; 6.17.7 and 6.18+ take a DT's `riscv,sv39` or `riscv,sv48` as a limit (set_satp_mode_from_fdt()). `no4lvl` and `no5lvl` limit every release from 6.4.";
                };
            };
        };
        readonly bootAllocations: {
            readonly description: "Sizes of boot-time allocations that depend on the kernel build and the firmware blob rather than on the algorithm. Default: the Debian kernel profile (measured with memblock=debug), else 0.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly unflattenedDt: {
                    readonly $ref: "#/$defs/size";
                    readonly description: "Bytes unflatten_device_tree() takes from memblock in all: the tree, then of_alias_scan()'s copy of the aliases (arm64, riscv64).";
                };
                readonly dtAliases: {
                    readonly $ref: "#/$defs/size";
                    readonly description: "Of unflattenedDt, the bytes of of_alias_scan()'s allocations after the tree's, one per alias, placed as one: each but the last rounded up to 8 bytes, its alignment, so that it starts where the last one does (0: the DT has no /aliases). Default: the Debian kernel profile (QEMU virt's serial0 alias, 47), else 0.";
                };
                readonly nodeData: {
                    readonly $ref: "#/$defs/size";
                    readonly description: "NODE_DATA(0): sizeof(pg_data_t) of the build, cache-line rounded.";
                };
                readonly kernelReserve: {
                    readonly $ref: "#/$defs/size";
                    readonly description: "x86_64: __end_of_kernel_reserve - _text, the part of the image early_reserve_memory() reserves (the end of the 'Kernel bss' line of /proc/iomem, less the image base). 0: the whole image (`size`) is reserved. Default: the Debian kernel profile; none when the board gives the image's size.";
                };
                readonly brk: {
                    readonly $ref: "#/$defs/size";
                    readonly description: "x86_64: bytes of the .brk area in use when reserve_brk() reserves them (DMI's, then the early page-table buffer), after kernelReserve: the memblock=debug line `memblock_reserve: [<image base + kernelReserve>-…] setup_arch`. Default: the Debian kernel profile.";
                };
            };
        };
        readonly kernelObject: {
            readonly description: "A kernel with overrides for this board.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["release"];
            readonly properties: {
                readonly release: {
                    readonly $ref: "#/$defs/kernelVersion";
                };
                readonly config: {
                    readonly $ref: "#/$defs/kernelConfig";
                };
                readonly cmdline: {
                    readonly type: "string";
                    readonly description: "The whole kernel command line for this kernel (replaces the board's).";
                };
                readonly imageSize: {
                    readonly $ref: "#/$defs/size";
                    readonly description: "This kernel build's image size (replaces the image's `size`). Default: the Debian kernel profile's (docs/presets.md); a kernel of a series without a profile needs it or `image.size` (SC003 `missingImageSize`).";
                };
                readonly codeSize: {
                    readonly $ref: "#/$defs/size";
                    readonly description: "arm64: this kernel build's `__init_begin - _text` (replaces the image's `codeSize`).";
                };
                readonly boot: {
                    readonly $ref: "#/$defs/bootAllocations";
                };
                readonly deviceTree: {
                    readonly $ref: "#/$defs/deviceTree";
                    readonly description: "The device tree this kernel gets, where it differs from the board's (distributions ship a DTB with each kernel package): replaces the board's `deviceTree` for this kernel. A measured `boot.unflattenedDt` in this object wins over it.";
                };
                readonly policy: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly description: "Simulate with this named engine policy instead of the one for the release (what-if studies).";
                };
            };
        };
        readonly kernel: {
            readonly title: "Kernel";
            readonly description: "A kernel to check: a release or series string, or an object with overrides.";
            readonly oneOf: readonly [{
                readonly $ref: "#/$defs/kernelVersion";
            }, {
                readonly $ref: "#/$defs/kernelObject";
            }];
        };
        readonly expect: {
            readonly description: "What must hold for this board. Each expectation turns a fact the simulation finds into an error.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly reservationRequired: {
                    readonly type: "boolean";
                    readonly default: true;
                    readonly description: "crashkernel= must actually reserve memory.";
                };
                readonly dumpTargetReachable: {
                    readonly type: "boolean";
                    readonly default: true;
                    readonly description: "Every crash region the kdump kernel needs for DMA must be reachable by each `dumpTarget` device.";
                };
                readonly protectionRequired: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "The loaded crash kernel must be protected from stray writes (arch_kexec_protect_crashkres()).";
                };
                readonly noFallbackAbove4G: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "The reservation must not fall back above 4 GiB / to high memory.";
                };
                readonly noBasePageLinearMap: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "crashkernel= must not force the linear map to base pages.";
                };
            };
        };
        readonly severityMap: {
            readonly description: "Severity per rule id or name, overriding the rule's default for this board. `off` drops the rule's findings, but for an SC002 or SC003 error, which keeps layouts from the engine: that one stays in the report, suppressed, so it still says which layouts were not simulated (and does not fail the run).";
            readonly type: "object";
            readonly propertyNames: {
                readonly $ref: "#/$defs/ruleRef";
            };
            readonly additionalProperties: {
                readonly enum: readonly ["error", "warning", "note", "off"];
            };
            readonly default: {};
        };
        readonly suppression: {
            readonly description: "Silences one rule for this board, with the reason recorded in the report.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["rule", "reason"];
            readonly properties: {
                readonly rule: {
                    readonly $ref: "#/$defs/ruleRef";
                };
                readonly reason: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly description: "Why the finding does not apply (shown in the report).";
                };
            };
        };
        readonly settings: {
            readonly title: "Settings";
            readonly description: "Everything a board, its preset or `defaults` can set.";
            readonly type: "object";
            readonly properties: {
                readonly arch: {
                    readonly enum: readonly ["arm64", "x86_64", "riscv64"];
                    readonly description: "CPU architecture.";
                };
                readonly kernels: {
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly items: {
                        readonly $ref: "#/$defs/kernel";
                    };
                    readonly description: "Kernels to check; each one is a layout per RAM variant. An entry that repeats an earlier one (the same release, a series and its release being one, with the same settings and `policy`) is pointless: SC003 `duplicateKernel` warns at it. One of a release with other settings (a `cmdline`, an `imageSize`, a what-if `policy`) is a layout of its own.";
                };
                readonly pageSize: {
                    readonly enum: readonly ["4K", "16K", "64K"];
                    readonly description: "Kernel page size. Default: the Debian kernel profile (4K). 16K takes the figures of Debian's arm64-16k build of 6.12 and 7.2 (image size, NODE_DATA). With pages no Debian build of the series has (64K, or 16K on another series) the kernel keeps the figures of its 4K build, not those of the build that boots: give `imageSize` (or `image.size`, the Image header's `image_size`) and the kernel's `boot.nodeData` (the size of NODE_DATA depends on the page size: 14144 bytes with 4K pages and 14464 with 16K on 6.12) for placements to the byte.";
                };
                readonly paBits: {
                    readonly type: "integer";
                    readonly minimum: 32;
                    readonly maximum: 64;
                    readonly description: "Physical address bits (arm64 CONFIG_ARM64_PA_BITS; only arm64 reads it). Default: the Debian kernel profile. A 52-bit kernel with 4K or 16K pages uses 48 without `cpu.lpa2` (PHYS_MASK_SHIFT), which also sizes sparse_init()'s mem_section array.";
                };
                readonly vaBits: {
                    readonly type: "integer";
                    readonly minimum: 32;
                    readonly maximum: 64;
                    readonly description: "Kernel virtual address bits (arm64 CONFIG_ARM64_VA_BITS; riscv64: the paging mode the DT's cpu `mmu-type` names, 39, 48 or 57, and the CPU's unless `cpu.satpMode` says otherwise; x86_64 does not read it). Default: the Debian kernel profile; riscv64 without one: `cpu.satpMode`, else 39. An arm64 52-bit kernel with 4K or 16K pages runs with 48 bits (47 with 16K pages) without `cpu.lpa2`, as the kernel falls back at boot.";
                };
                readonly memory: {
                    readonly $ref: "#/$defs/memory";
                };
                readonly ram: {
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly items: {
                        readonly $ref: "#/$defs/ramVariant";
                    };
                    readonly description: "Several RAM variants of the board, each a layout. Mutually exclusive with `memory`.";
                };
                readonly ramSize: {
                    readonly $ref: "#/$defs/ramSize";
                };
                readonly reservations: {
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/$defs/reservation";
                    };
                    readonly default: readonly [];
                    readonly description: "Early reservations in boot order (after the kernel image, initrd and DTB).";
                };
                readonly image: {
                    readonly $ref: "#/$defs/image";
                };
                readonly initrd: {
                    readonly $ref: "#/$defs/initrd";
                };
                readonly dtb: {
                    readonly $ref: "#/$defs/dtb";
                };
                readonly deviceTree: {
                    readonly $ref: "#/$defs/deviceTree";
                };
                readonly acpi: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "arm64: UEFI firmware with ACPI tables that hands the kernel no device tree of its own (servers, QEMU virt under EDK2): the kernel gets the EFI stub's tree, /chosen alone, so acpi_boot_table_init() runs it with ACPI (it prints `ACPI: RSDP` lines and no `Machine model:`) unless the command line has `acpi=off` (`acpi=on` and `acpi=force` change nothing here). With ACPI, setup_arch() unflattens no device tree: no late /reserved-memory pass, no unflattened tree, no `OF: reserved mem:` lines, and the IORT's limits apply (`dma.iortLimitBits`); with `acpi=off` it unflattens the stub's tree (`boot.unflattenedDt` is its size) and reads no IORT. Either way the firmware reservations come from the EFI memory map: give them as `fixed` reservations (memblock_reserve()d, or no-map, silently); /reserved-memory nodes of other kinds and `dma.ranges` do not exist there. `false`: the firmware hands over a device tree and no ACPI tables; `acpi=on` then prints `ACPI: Failed to init ACPI tables` and boots from the tree, `acpi=force` keeps ACPI on without tables (no tree unflattened, no dma-ranges read). Firmware with both a device tree and ACPI tables is not described. x86_64 ignores it (it has no device tree to leave out; SC003 warns about it there); riscv64 refuses it, as its ACPI boots are not modelled.";
                };
                readonly numaDistances: {
                    readonly type: "boolean";
                    readonly default: false;
                    readonly description: "The firmware gives a NUMA distance table: an ACPI SLIT (x86_64; QEMU's `-numa dist`, the log's `ACPI: SLIT` line) or a device tree `/distance-map` (`numa-distance-map-v1`, arm64 and riscv64; the log's `NUMA: parsing numa-distance-map-v1`). Read only on a board with NUMA nodes (memory banks with `node`) and without `numa=off`: numa_set_distance() then allocates the distance table, a page-aligned page, from memblock before NODE_DATA (x86_64 in every version, arm64 and riscv64 from 6.12; before 6.12 those allocate it whether or not the firmware gives distances).";
                };
                readonly memorylessNodes: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 1023;
                    };
                    readonly uniqueItems: true;
                    readonly default: readonly [];
                    readonly description: "NUMA nodes that have CPUs and no memory (CPU-only nodes): the firmware gives a CPU the node (a DT cpu node's `numa-node-id`, an ACPI SRAT processor affinity entry; QEMU's `-numa node,nodeid=N,cpus=…` without `memdev`) and no memory. Read only on a board with NUMA nodes (memory banks with `node`) and without `numa=off`; a node a bank has is an ordinary node. arm64 and riscv64 set each up at NUMA init, in node order with the others, before the crash reservation: `NUMA: Initmem setup node N [<memory-less node>]`, and its NODE_DATA comes from another node's memory (memblock_phys_alloc_try_nid() falls back to any node: top-down from the top of memblock), `NODE_DATA(N) on node M`; that moves what is placed after it, the crash region included where the memory it takes is below the crash limit. With Debian's 7.x arm64 (CONFIG_CMA_SIZE_PERNUMA) the node is online, so a board with one memory node gets a per-node CMA area on that node too, and the one on the CPU-only node fails (`cma: dma_numa_cma_reserve: reservation failed: err -12, node N`). x86_64 brings such a node up only after the crash reservation (init_cpu_to_node(), or free_area_init()'s offline-node pg_data_t from 6.1): nothing moves, the zone block says `Initmem setup node N as memoryless` (5.10: not in the zone block). The log's lines naming it: `Initmem setup node N as memoryless` (5.17+), `NUMA: Initmem setup node N [<memory-less node>]` (arm64, riscv64), `SRAT: PXM P -> APIC 0xA -> Node N` without an `ACPI: SRAT: Node N` memory line (x86_64 ≤6.1).";
                };
                readonly efiBootServices: {
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/$defs/range";
                    };
                    readonly default: readonly [];
                    readonly description: "x86_64 booted through the kernel's EFI stub by UEFI firmware: the EFI memory map's boot-services code and data regions (`Boot Code`, `Boot Data` in the `efi: memNN:` lines of `efi=debug`). The stub hands them over as e820 RAM, so they belong in `memory` too; setup_arch() memblock_reserve()s each after e820__memblock_setup() and before the real-mode trampoline (efi_reserve_boot_services(), arch/x86/platform/efi/quirks.c), in this order, unless some part of it is reserved already (the kernel image, the initrd, an EFI table given as a `fixed` reservation), and frees them only after the crash reservation (efi_free_boot_services()): a top-down crash region below 4 GiB lands under the highest of them. Runtime-services, ACPI and reserved regions are not RAM in e820: leave them out of `memory`. Empty: a BIOS boot. arm64 and riscv64 ignore it (efi_init() leaves their boot-services memory usable RAM).";
                };
                readonly sratMemory: {
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/$defs/sratMemoryRange";
                    };
                    readonly default: readonly [];
                    readonly description: "x86_64: the ACPI SRAT's memory affinity ranges, where the firmware's NUMA nodes are (the log's `ACPI: SRAT: Node N PXM P [mem …]` lines; QEMU's `-numa`). They may cover more than the banks: QEMU's node 0 starts at 0 and runs to the top of low RAM, over the first page and the e820-reserved pages the banks leave out. Read only by NUMA emulation (`numa=fake=`), which splits these ranges rather than the banks (`Faking node N at …`), and only on a board whose banks give NUMA nodes; without them such a board's `numa=fake=` is simulated over the banks and CK006 says so. Empty: none (the banks' nodes stand for the SRAT). arm64 and riscv64 ignore it.";
                };
                readonly e820AcpiData: {
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/$defs/range";
                    };
                    readonly default: readonly [];
                    readonly description: "x86_64: the firmware's e820 ACPI-data entries, where it keeps its ACPI tables (the log's `BIOS-e820: [mem …] ACPI data` lines; /proc/iomem's `ACPI Tables`). Not RAM: leave them out of `memory` (the e820 table gives an overlap to ACPI data, the higher type). The kernel never allocates from them, but from 6.11 (06fa48d85b09) e820__end_ram_pfn() counts them with RAM, so max_pfn ends at the highest end of either: with `mem=` below the tables (OVMF puts them near the top of low RAM), max_pfn, and with it the zones, the direct map init_mem_mapping() builds and the fake NUMA node (`Faking a node at`), end at the tables rather than at the `mem=` limit; 5.10 and 6.1 count RAM only. `mem=` and a bare `memmap=nn` remove RAM only and leave them; `memmap=exactmap` drops them as it drops every firmware entry; `memmap=nn%ss-3` (or `-3+t`, or a typeless `%`) takes them away or changes their type. Empty: none (a board without them gets max_pfn from RAM alone). arm64 and riscv64 ignore it (they have no e820).";
                };
                readonly dma: {
                    readonly $ref: "#/$defs/dma";
                };
                readonly devices: {
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/$defs/device";
                    };
                    readonly default: readonly [];
                    readonly description: "DMA-capable devices, in particular the dump target.";
                };
                readonly config: {
                    readonly $ref: "#/$defs/kernelConfig";
                };
                readonly cpu: {
                    readonly $ref: "#/$defs/cpuFeatures";
                };
                readonly boot: {
                    readonly $ref: "#/$defs/bootAllocations";
                };
                readonly cmdline: {
                    readonly type: "string";
                    readonly default: "";
                    readonly description: "The kernel command line (`crashkernel=`, `rodata=`, `kfence.sample_interval=`, `mem=`, `cma=` …).";
                };
                readonly expect: {
                    readonly $ref: "#/$defs/expect";
                };
                readonly severity: {
                    readonly $ref: "#/$defs/severityMap";
                };
                readonly suppress: {
                    readonly type: "array";
                    readonly items: {
                        readonly $ref: "#/$defs/suppression";
                    };
                    readonly default: readonly [];
                    readonly description: "Rules silenced for this board, each with a reason.";
                };
            };
            readonly not: {
                readonly anyOf: readonly [{
                    readonly properties: {
                        readonly memory: true;
                        readonly ram: true;
                    };
                    readonly required: readonly ["memory", "ram"];
                }, {
                    readonly properties: {
                        readonly memory: true;
                        readonly ramSize: true;
                    };
                    readonly required: readonly ["memory", "ramSize"];
                }, {
                    readonly properties: {
                        readonly ram: true;
                        readonly ramSize: true;
                    };
                    readonly required: readonly ["ram", "ramSize"];
                }];
            };
        };
        readonly board: {
            readonly title: "Board";
            readonly description: "One board: its identity, an optional preset, and its settings.";
            readonly type: "object";
            readonly allOf: readonly [{
                readonly $ref: "#/$defs/settings";
            }];
            readonly unevaluatedProperties: false;
            readonly required: readonly ["id"];
            readonly properties: {
                readonly id: {
                    readonly type: "string";
                    readonly pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$";
                    readonly description: "Stable identifier, unique in the file (used in reports, fingerprints and `boards` filters).";
                };
                readonly name: {
                    readonly type: "string";
                    readonly description: "Human-readable name.";
                };
                readonly description: {
                    readonly type: "string";
                    readonly description: "Free text: where the board's numbers come from.";
                };
                readonly extends: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly description: "A built-in preset whose settings are merged under the board's: `qemu-virt-arm64`, `qemu-q35-x86_64`, `qemu-pc-x86_64`, `qemu-virt-riscv64`, `raspberrypi-4`.";
                };
            };
        };
        readonly image: {
            readonly description: "Where the kernel image runs: a 2 MiB-aligned address (the arm64 boot protocol, Documentation/arch/arm64/booting.rst; x86_64 and riscv64 kernels run 2 MiB-aligned too; SC003 imageMisaligned otherwise). U-Boot's `booti` moves an Image loaded elsewhere (`kernel_addr_r` off a 2 MiB boundary) up to the next boundary and prints `Moving Image from … to …`: give that address, not `kernel_addr_r`. `size` defaults to the kernel's own size: arm64 [_text, _end) (Image header `image_size`), x86 `init_size` (what decompression needs; the kernel reserves `boot.kernelReserve` and `boot.brk` of it), riscv64 the reserved image (docs/presets.md). A board booted through the EFI stub (UEFI firmware, arm64 and riscv64) gives where the stub moved it (a PMD-aligned EFI allocation, near the top of RAM under EDK2), not where the firmware loaded the file: test/boots/riscv64-uefi/README.md.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["base"];
            readonly properties: {
                readonly base: {
                    readonly $ref: "#/$defs/address";
                };
                readonly size: {
                    readonly $ref: "#/$defs/size";
                };
                readonly codeSize: {
                    readonly $ref: "#/$defs/size";
                    readonly description: "arm64: `__init_begin - _text`, the kernel's text and read-only data, whose linear alias map_mem() maps read-only with blocks where it can. /proc/iomem's `Kernel code` entry ends at __init_begin - 1. Defaults to the kernel build's (docs/presets.md); set it for a kernel built with another configuration.";
                };
            };
        };
        readonly initrd: {
            readonly description: "Where the initrd (initramfs) is when the kernel starts. U-Boot's bootm/booti copies it elsewhere unless `initrd_high` is all ones, and prints `Loading Ramdisk to <start>, end <end>` (end exclusive): give that range, not `ramdisk_addr_r`. Default: no initrd.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["base", "size"];
            readonly properties: {
                readonly base: {
                    readonly $ref: "#/$defs/address";
                };
                readonly size: {
                    readonly $ref: "#/$defs/size";
                };
            };
        };
        readonly dtb: {
            readonly description: "Where the flattened device tree is when the kernel starts (arm64, riscv64), and its fdt_totalsize(). U-Boot's bootm/booti copies it, with its fixups, unless `fdt_high` is all ones, and prints `Loading Device Tree to <start>, end <end>` (end inclusive; `Using Device Tree in place at …` when it does not move it): give that start, not `fdt_addr_r`, and the size of /sys/firmware/fdt on the running board, not that range's (U-Boot 2023.01's booti on QEMU virt prints 0x103000 bytes, its own reservation with padding, and the kernel reserves the tree's 0x2080). `import` reads both from an arm64 boot log with memblock=debug. Through the EFI stub, the stub's copy (a 2 MiB EFI allocation of which the kernel reserves fdt_totalsize()), not the firmware's tree. Default: none (ACPI/x86).";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["base", "size"];
            readonly properties: {
                readonly base: {
                    readonly $ref: "#/$defs/address";
                };
                readonly size: {
                    readonly $ref: "#/$defs/size";
                };
            };
        };
        readonly deviceTree: {
            readonly description: "What unflatten_device_tree() makes of the device tree the kernel gets (arm64, riscv64), counted from the blob: the tree's size follows from these and the kernel's struct sizes, so one description serves every kernel. The importers write it from a DTB or DTS; the DT as the kernel got it (/sys/firmware/fdt) has the boot loader's additions too. A kernel's object can give its own. A measured `boot.unflattenedDt` wins over it when given in the kernel's object, or in the same layer as it or a nearer one (board over preset over `defaults`); an ACPI board (`acpi`) does not unflatten it. Default: the preset's for the kernel (the Raspberry Pi 4's is the DTB of the kernel's Debian package), else the Debian kernel profile's `boot.unflattenedDt`.";
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["nodes", "properties", "nameBytes"];
            readonly properties: {
                readonly nodes: {
                    readonly type: "integer";
                    readonly minimum: 1;
                    readonly description: "Nodes, the root and disabled ones included (a CONFIG_OF_KOBJ kernel, every Debian build, unflattens them all).";
                };
                readonly properties: {
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly description: "struct property the kernel makes: the blob's properties, plus a `name` property for each node without one (every node of a version-17 blob).";
                };
                readonly nameBytes: {
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly description: "Bytes the names take after the structs, in the blob's node order: each node's name with its unit address and NUL, and for each node without a `name` property the name without the unit address and NUL, each rounded up to 8 bytes except the last.";
                };
                readonly aliases: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                    readonly default: readonly [];
                    readonly description: "The /aliases properties whose path names a node of the tree (`serial0`), in blob order: of_alias_scan() allocates each one whose name ends in a decimal id.";
                };
            };
        };
        readonly defaults: {
            readonly description: "Settings merged under every board: a board's own value wins, then its preset (`extends`), then these defaults, then the Debian kernel profile of the kernel, then the documented default of each property. Objects (`config`, `cpu`, `expect`, `severity`, `boot`, `dma`) merge key by key; arrays and strings are replaced whole, except `suppress`, which is concatenated. A default that no board takes (each board or its preset sets its own) is reported (SC005), and so is a `crashkernel=` that a command line above it drops (CK004 `replaced`).";
            readonly type: "object";
            readonly allOf: readonly [{
                readonly $ref: "#/$defs/settings";
            }];
            readonly unevaluatedProperties: false;
        };
        readonly ramSize: {
            readonly title: "RamSize";
            readonly description: "The RAM size given to a machine whose preset computes its RAM map from it, like QEMU's `-m` (presets `qemu-*`): the preset derives the banks and the size-dependent placements (x86 initrd, riscv64 DTB), which an `initrd`, `dtb` or `image` set beside `ramSize` (or in a layer above it) replaces. One layout. Mutually exclusive with `memory` and `ram`.";
            readonly type: "string";
            readonly pattern: "^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0|[1-9][0-9]*)[KMGTPEkmgtpe]?$";
        };
    };
};
