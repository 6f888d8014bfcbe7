declare const _default: import("./define-rule.js").Rule<"randomImage">;
export default _default;
