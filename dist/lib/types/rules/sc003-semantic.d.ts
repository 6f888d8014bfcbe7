/** Values that are well-formed but inconsistent. Reported by the loader (src/matrix/decode.ts, semantic.ts). */
declare const _default: import("./define-rule.js").Rule<"duplicateBoardId" | "unknownPreset" | "missingSetting" | "duplicateVariant" | "overlappingBanks" | "notPageAligned" | "outsideRam" | "imageMisaligned" | "alignNotPowerOfTwo" | "unknownBus" | "valueOutOfRange" | "emptyRange" | "unknownKernel" | "unknownPolicy" | "missingImageSize" | "ramSizeWithoutPreset" | "ramSizeTooSmall" | "pageSizeNotOnArch" | "memreserveOption" | "codeBeyondImage">;
export default _default;
