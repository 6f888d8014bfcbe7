import { type Rule } from './define-rule.js';
export { defineRule, renderMessage, RULE_DOCS_BASE, type Rule, type RuleContext, type RuleMeta, type RuleReport, type RuleType, type SiblingLayout } from './define-rule.js';
/** Every rule, sorted by id. Frozen, meta and all (src/freeze.ts): every later check() runs them. */
export declare const RULES: readonly Rule[];
/**
 * Finds a rule by id (`SC002`) or name (`schema-violation`).
 *
 * @returns the rule, or undefined
 */
export declare function getRule(ref: string): Rule | undefined;
/** The loader's rules, typed for the loader's message ids. */
export declare const SC_RULES: {
    readonly syntax: Rule<"syntaxError" | "duplicateKey" | "notUtf8">;
    readonly schema: Rule<"other" | "unknownProperty" | "missingProperty" | "wrongType" | "notAllowed" | "badFormat" | "tooFew" | "outOfRange" | "exclusive" | "deviceReach" | "repeatedItem">;
    readonly semantic: Rule<"duplicateBoardId" | "unknownPreset" | "presetArch" | "missingSetting" | "duplicateVariant" | "overlappingBanks" | "overlappingPlacements" | "notPageAligned" | "outsideRam" | "imageMisaligned" | "acpiReservation" | "acpiDmaRanges" | "acpiNotOnArch" | "alignNotPowerOfTwo" | "limitNotInclusive" | "unknownBus" | "valueOutOfRange" | "emptyRange" | "unknownKernel" | "unknownPolicy" | "missingImageSize" | "missingImageSizeOverride" | "ramSizeWithoutPreset" | "ramSizeTooSmall" | "ramSizeTooLarge" | "pageSizeNotOnArch" | "vaBitsNotOnArch" | "memreserveOption" | "efiReservationOption" | "codeBeyondImage" | "cpuFlagNotOnArch" | "acpiNotRead" | "deviceTreeNotRead" | "iortWithoutAcpi" | "iortAcpiOff" | "dmaLimitNotOnArch" | "efiBootServicesNotRead" | "e820AcpiDataNotRead" | "sratMemoryNotRead" | "reservationOutsideRam" | "imageBeyondPhysLimit" | "ramBeyondPhysLimit" | "policyOutsideRelease" | "ramBeyondMaxmem" | "duplicateKernel" | "duplicateDevice">;
    readonly notSimulated: Rule<"notSimulated">;
    readonly unusedDefault: Rule<"unused">;
};
/**
 * A decoder problem in check's words (SC003's message for it), for the commands that report
 * one outside a finding (explain, sweep, verify, import); its id and data where SC003 has no
 * message of that id.
 */
export declare function semanticProblemText(p: {
    messageId: string;
    data: Readonly<Record<string, string>>;
}): string;
