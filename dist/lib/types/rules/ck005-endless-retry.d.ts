declare const _default: import("./define-rule.js").Rule<"hang">;
export default _default;
