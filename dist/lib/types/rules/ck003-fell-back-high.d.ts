declare const _default: import("./define-rule.js").Rule<"fellBack">;
export default _default;
