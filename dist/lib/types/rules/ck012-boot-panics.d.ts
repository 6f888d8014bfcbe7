declare const _default: import("./define-rule.js").Rule<"nodeWithoutPgdat" | "noRealModeTrampoline">;
export default _default;
