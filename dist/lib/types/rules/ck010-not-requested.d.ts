declare const _default: import("./define-rule.js").Rule<"absent" | "noCrashKernel">;
export default _default;
