declare const _default: import("./define-rule.js").Rule<"nodeWithoutPgdat">;
export default _default;
