declare const _default: import("./define-rule.js").Rule<"noCrashKernel" | "absent">;
export default _default;
