declare const _default: import("./define-rule.js").Rule<"smallerThanImage">;
export default _default;
