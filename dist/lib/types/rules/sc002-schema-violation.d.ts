/** A value breaks schemas/board-matrix.schema.json. Reported by the loader (src/matrix/validate.ts). */
declare const _default: import("./define-rule.js").Rule<"other" | "unknownProperty" | "missingProperty" | "wrongType" | "notAllowed" | "badFormat" | "tooFew" | "outOfRange" | "exclusive" | "deviceReach" | "repeatedItem">;
export default _default;
