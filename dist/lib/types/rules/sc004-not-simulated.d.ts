/**
 * The engine has no model for this layout (an architecture or kernel it does not simulate
 * yet). Not a mistake in the matrix, so a warning: the layout is simply not checked.
 */
declare const _default: import("./define-rule.js").Rule<"notSimulated">;
export default _default;
