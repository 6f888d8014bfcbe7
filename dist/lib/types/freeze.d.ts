/**
 * The registries the library exports (PRESETS, KERNEL_PROFILES, RULES) are the very objects
 * the decoder, the suggestions and the rule runner read on every later call: a caller that
 * changed one in place (a preset's cmdline, a sorted RULES) changed every check() after it in
 * the process, silently. Frozen, such a write throws where it is made (ES modules are strict).
 */
/** Freezes `value` and every object and array it holds (functions are left as they are), and returns it. */
export declare function deepFreeze<T>(value: T): T;
