declare const _default: import("./define-rule.js").Rule<"unavailable">;
export default _default;
