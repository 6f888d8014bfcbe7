declare const _default: import("./define-rule.js").Rule<"none" | "short">;
export default _default;
