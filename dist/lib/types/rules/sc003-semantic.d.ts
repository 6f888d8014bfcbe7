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
declare const _default: import("./define-rule.js").Rule<"duplicateBoardId" | "unknownPreset" | "presetArch" | "missingSetting" | "duplicateVariant" | "overlappingBanks" | "overlappingPlacements" | "notPageAligned" | "outsideRam" | "imageMisaligned" | "acpiReservation" | "acpiDmaRanges" | "acpiNotOnArch" | "alignNotPowerOfTwo" | "limitNotInclusive" | "unknownBus" | "valueOutOfRange" | "emptyRange" | "unknownKernel" | "unknownPolicy" | "missingImageSize" | "missingImageSizeOverride" | "ramSizeWithoutPreset" | "ramSizeTooSmall" | "ramSizeTooLarge" | "pageSizeNotOnArch" | "vaBitsNotOnArch" | "memreserveOption" | "efiReservationOption" | "codeBeyondImage" | "cpuFlagNotOnArch" | "acpiNotRead" | "deviceTreeNotRead" | "iortWithoutAcpi" | "iortAcpiOff" | "dmaLimitNotOnArch" | "efiBootServicesNotRead" | "e820AcpiDataNotRead" | "sratMemoryNotRead" | "reservationOutsideRam" | "imageBeyondPhysLimit" | "ramBeyondPhysLimit" | "policyOutsideRelease" | "ramBeyondMaxmem" | "duplicateKernel" | "duplicateDevice">;
export default _default;
