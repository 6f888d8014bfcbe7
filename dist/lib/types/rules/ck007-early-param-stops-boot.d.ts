declare const _default: import("./define-rule.js").Rule<"stops" | "stopsNoCrashkernel">;
export default _default;
