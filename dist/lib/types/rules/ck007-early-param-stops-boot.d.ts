declare const _default: import("./define-rule.js").Rule<"stops">;
export default _default;
