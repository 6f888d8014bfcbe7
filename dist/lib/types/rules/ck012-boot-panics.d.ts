declare const _default: import("./define-rule.js").Rule<"nodeWithoutPgdat" | "noRealModeTrampoline" | "panicsBeforeReservation">;
export default _default;
