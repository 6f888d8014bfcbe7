// SPDX-License-Identifier: GPL-2.0-only
import { defineRule } from './define-rule.js'

/**
 * Values that are well-formed but inconsistent. Reported by the loader (src/matrix/decode.ts,
 * semantic.ts): errors, which keep what they concern from the engine, and warnings
 * (`cpuFlagNotOnArch`, `acpiNotRead`, `deviceTreeNotRead`, `iortWithoutAcpi`, `iortAcpiOff`, `dmaLimitNotOnArch`, `efiBootServicesNotRead`, `e820AcpiDataNotRead`, `sratMemoryNotRead`) for settings the board's kernels never read, and
 * `reservationOutsideRam` for a fixed reservation outside RAM, which the kernel reserves all the same,
 * `ramBeyondPhysLimit` for arm64 RAM past 2^PHYS_MASK_SHIFT, which the kernel drops,
 * `ramBeyondMaxmem` for x86_64 RAM past MAXMEM, which the kernel leaves unused, and
 * `policyOutsideRelease` for a policy named for a release it does not model,
 * `duplicateKernel` for a kernel entry that repeats an earlier one and
 * `duplicateDevice` for a device named like an earlier one.
 */
export default defineRule({
  id: 'SC003',
  name: 'invalid-board',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    description: 'A board must describe a layout the kernel could boot: known preset and kernel, the preset\'s architecture, RAM banks that do not overlap, a kernel image, initrd and DTB inside RAM that do not overlap, aligned bases (a reservation outside RAM is a warning).',
    kernel: ['mm/memblock.c memblock_add', 'drivers/of/of_reserved_mem.c', 'arch/arm64/kernel/head.S (2 MiB aligned Image)', 'Documentation/arch/arm64/booting.rst (image_size bytes free for the kernel)'],
    messages: {
      duplicateBoardId: 'board id "{{id}}" is already used by {{first}}',
      unknownPreset: 'unknown preset "{{name}}"{{hint}}; built-in presets: {{known}}',
      presetArch: 'preset "{{preset}}" describes a machine of arch {{presetArch}} (its RAM map, devices and boot placements), and the board sets "arch": "{{arch}}": remove "arch" from the board, or extend a preset of {{arch}} ({{presets}}) or none',
      missingSetting: 'board "{{id}}" sets no {{setting}}; set it {{where}}',
      duplicateVariant: 'RAM variant "{{name}}" is defined already by {{first}}, and only that one is simulated (layouts are named by their variant): give this one a name of its own, or remove it if it is the same RAM',
      duplicateKernel: 'kernel "{{kernel}}" is listed already{{as}} at {{first}}, the same release with the same settings: {{effect}}; remove this entry',
      duplicateDevice: 'device name "{{name}}" is used already by {{first}}: findings, memory maps and the job summary name a device by its name, which then says not which one; give each device its own name, or remove this entry if it is the same device',
      overlappingBanks: '{{what}} [{{start}}, {{end}}) overlaps {{other}} [{{otherStart}}, {{otherEnd}})',
      overlappingPlacements: '{{what}} [{{start}}, {{end}}) overlaps {{other}} [{{otherStart}}, {{otherEnd}}): {{reason}}',
      notPageAligned: '{{what}} {{value}} is not a multiple of the {{pageSize}} page size',
      outsideRam: '{{what}} [{{start}}, {{end}}) is not inside RAM: [{{gapStart}}, {{gapEnd}}) is in no bank',
      reservationOutsideRam: '{{what}} [{{start}}, {{end}}) is not inside RAM: [{{gapStart}}, {{gapEnd}}) is in no bank; nothing is allocated there, but the kernel reserves it (or marks it no-map) all the same, and an arm64 or riscv64 kernel prints it and, from 6.12.103, gives a /reserved-memory node a slot in its reserved_mem array: remove it if it was meant to lie in RAM',
      imageBeyondPhysLimit: '{{what}} [{{start}}, {{end}}) reaches past {{limit}}, the end of the {{bits}}-bit physical address space of {{kernel}}{{why}}: it cannot run there, and arm64_memblock_init() removes all memory from {{limit}} up (memblock_remove(1 << PHYS_MASK_SHIFT, ULLONG_MAX)); check the address, or give "paBits" (and "cpu.lpa2") of a kernel that has more',
      ramBeyondPhysLimit: '{{what}} [{{start}}, {{end}}) reaches past {{limit}}, the end of the {{bits}}-bit physical address space of {{kernel}}{{why}}: arm64_memblock_init() removes memory from there up (memblock_remove(1 << PHYS_MASK_SHIFT, ULLONG_MAX)), silently, so {{lost}} of it is not RAM to that kernel; check the address, or give "paBits" (and "cpu.lpa2") of a kernel that has more',
      ramBeyondMaxmem: '{{what}} [{{start}}, {{end}}) reaches past {{limit}}, MAXMEM of {{kernel}}{{why}}: e820__end_of_ram_pfn() stops max_pfn at MAX_ARCH_PFN, so the kernel maps none of the {{lost}} beyond it and gives it no zone, though memblock keeps it (System RAM counts it, and the range list of crashkernel= is read against it); the simulation does not model what it does to NUMA init (6.8+ checks that a node covers all memblock memory); check the address{{fiveLevel}}',
      acpiReservation: 'reservation "{{name}}" is a {{what}}, which only a device tree has, and the board\'s firmware is UEFI with ACPI tables ("acpi": true), which hands the kernel no device tree of its own: give what the firmware keeps as a fixed reservation (the EFI memory map\'s), or set "acpi": false',
      acpiDmaRanges: 'dma-ranges of bus node "{{node}}" are a device tree\'s, and the board\'s firmware is UEFI with ACPI tables ("acpi": true), which hands the kernel no device tree of its own: the kernel reads no dma-ranges there (with ACPI it unflattens no tree, with acpi=off only the EFI stub\'s /chosen), so they limit nothing; give the IORT\'s limits (dma.iortLimitBits) or dma.zoneDmaLimit, or set "acpi": false',
      acpiNotOnArch: '"acpi": true is simulated on arm64 only: a {{arch}} kernel booted with ACPI unflattens no device tree, which the engine does not model for {{arch}}: set "acpi": false (on the board, when it comes from defaults) to simulate a device-tree boot',
      imageMisaligned: 'kernel image base {{base}} is not 2 MiB aligned, which the {{arch}} boot protocol requires: give the address the kernel runs at ({{where}})',
      alignNotPowerOfTwo: 'alignment {{value}} is not a power of two',
      limitNotInclusive: '{{what}} {{value}} is where a {{reach}} reach ends, but the limit is the last address reached, inclusive: write {{last}}',
      unknownBus: 'device "{{device}}" is behind bus "{{bus}}", but no dma.ranges entry names that node (known: {{known}})',
      valueOutOfRange: '{{what}} {{value}} does not fit in 64 bits',
      emptyRange: '{{what}} has size 0',
      unknownKernel: 'kernel "{{kernel}}" is not modelled: the policies cover 5.10.0 up to 7.x, and Debian profiles (image sizes and build options) exist for {{known}}',
      unknownPolicy: 'unknown engine policy "{{policy}}"{{hint}}; known: {{known}}',
      policyOutsideRelease: 'policy "{{policy}}" models releases {{releases}}, and {{release}} is not one of them{{own}}: the layout runs that policy\'s kernel code with {{release}}\'s image and configuration; give a release the policy models, or drop "policy"',
      missingImageSize: 'no kernel image size for {{kernel}} on {{arch}} (no Debian profile); set "imageSize" on the kernel or "image.size"',
      missingImageSizeOverride: 'no kernel image size for {{kernel}} on {{arch}}: the kernel override names a release without a Debian profile ({{known}} have one); override with one of those, list the release in "kernels" with its "imageSize", or give the board "image.size"',
      ramSizeTooSmall: '"ramSize" {{value}}{{bytes}} is less than {{min}}, the least preset {{preset}} lays out: {{reason}}',
      ramSizeTooLarge: '"ramSize" {{value}} is more than {{max}}, the most preset {{preset}} lays out: {{reason}}',
      ramSizeWithoutPreset: '"ramSize" needs a preset that derives RAM from a size ({{presets}}); give "memory" or "ram" instead',
      pageSizeNotOnArch: '{{arch}} has 4K pages only; page size {{pageSize}} is an arm64 granule',
      vaBitsNotOnArch: 'no {{arch}} kernel has {{vaBits}}-bit virtual addresses: vaBits is one of {{choices}}',
      codeBeyondImage: 'kernel code size {{code}} is larger than the kernel image ({{image}}): __init_begin lies inside [_text, _end)',
      cpuFlagNotOnArch: '"cpu.{{flag}}" ({{feature}}) is a CPU feature only {{owner}} kernels read: {{arch}} ignores it, so it has no effect on this board; remove "{{flag}}" from the board\'s "cpu"',
      acpiNotRead: '"acpi" has no effect on {{arch}}, which ignores it: it says whether an arm64 kernel boots with ACPI instead of a device tree, and {{arch}} has no device tree to leave out; remove "acpi" from the board',
      iortWithoutAcpi: '"dma.iortLimitBits" {{bits}} limits nothing on this board: the kernel reads the IORT only when it boots with ACPI, and the board boots with a device tree ("acpi" is false), so ZONE_DMA and the crash kernel\'s low limit are sized without it; set "acpi": true if the board boots with ACPI (UEFI with ACPI tables, as servers do), else remove "iortLimitBits" (a device tree gives its DMA limits as dma.ranges)',
      iortAcpiOff: '"dma.iortLimitBits" {{bits}} limits nothing with `acpi=off` on the command line ({{kernels}}): the kernel then boots with the EFI stub\'s device tree instead of ACPI and reads no IORT, so ZONE_DMA and the crash kernel\'s low limit are sized without it; drop `acpi=off` if the limits should apply',
      dmaLimitNotOnArch: '"dma.{{field}}" has no effect on {{arch}}: only arm64 sizes ZONE_DMA from the firmware\'s DMA limits, and {{arch}} kernels end their zones at fixed addresses ({{zones}}); remove "{{field}}" from the board\'s "dma" (a device\'s own reach is its "dmaLimit" in "devices")',
      deviceTreeNotRead: '"deviceTree" has no effect on {{arch}}, which has no device tree to unflatten: it sizes the tree an arm64 or riscv64 kernel copies out of its DTB; remove "deviceTree" from {{owner}}',
      e820AcpiDataNotRead: '"e820AcpiData" has no effect on {{arch}}: only an x86_64 kernel has an e820 table, whose ACPI-data entries e820__end_ram_pfn() counts in max_pfn (from 6.11); remove "e820AcpiData" from the board',
      sratMemoryNotRead: '"sratMemory" has no effect on {{arch}}: only x86_64\'s NUMA emulation (numa=fake=) splits the SRAT\'s ranges; remove "sratMemory" from the board',
      efiBootServicesNotRead: '"efiBootServices" has no effect on {{arch}}: only an x86_64 kernel reserves the EFI boot-services regions before the crash kernel (efi_reserve_boot_services()); {{arch}}\'s efi_init() leaves them usable RAM; remove "efiBootServices" from the board',
      memreserveOption: 'reservation "{{name}}" is a /memreserve/ entry, a single range the kernel reserves: "{{option}}" does not apply; drop it or make the entry a /reserved-memory node',
      efiReservationOption: 'reservation "{{name}}" is one efi_init() reserves ("efi": true), a single range taken from the EFI memory map or a configuration table: "{{option}}" does not apply; drop it (a no-map EFI region is a memory bank with "nomap") or make the entry a device-tree reservation',
    },
  },
})
