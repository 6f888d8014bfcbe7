/** The matrix file is not valid JSON (with comments). Reported by the loader (src/matrix/parse.ts). */
declare const _default: import("./define-rule.js").Rule<"syntaxError" | "duplicateKey" | "notUtf8">;
export default _default;
