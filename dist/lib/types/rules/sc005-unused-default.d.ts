/**
 * A `defaults` setting no board takes: every board, or the preset it extends, sets its own
 * (a board's value wins, then its preset's, then `defaults`). Reported by the loader
 * (src/matrix/unused-defaults.ts). Nothing is wrong with a board, so a warning: the matrix
 * says something the check does not do.
 */
declare const _default: import("./define-rule.js").Rule<"unused">;
export default _default;
