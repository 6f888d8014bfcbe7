/**
 * The two error types that cross the library boundary (STYLE.md §2.9). Problems *in* a
 * matrix are findings, never exceptions.
 */
/** The repository's files on GitHub: docs links in messages are absolute, since a CLI installed from npm runs outside any clone. */
export declare const REPOSITORY_BLOB_BASE = "https://github.com/crashkernel-check/crashkernel-check/blob/main/";
/** A problem with the invocation (missing file, bad input, unknown kernel override): exit 2. */
export declare class ConfigurationError extends Error {
    readonly name = "ConfigurationError";
    /** One-line summary, shown first. */
    readonly shortMessage: string;
    /** docs/ page that explains the setting, relative to the repository (and the package). */
    readonly docsPath?: string;
    constructor(shortMessage: string, options?: {
        docsPath?: string;
        details?: readonly string[];
    });
    /** The page of docsPath on GitHub, for a message printed where no clone is at hand (the CLI's stderr). */
    get docsUrl(): string | undefined;
}
/** A broken invariant: a bug in crashkernel-check (exit 2, "Internal error: …"). */
export declare class InternalError extends Error {
    readonly name = "InternalError";
}
/** How a value of the wrong type is named in a message about a library call's argument. */
export declare function kindOf(value: unknown): string;
/**
 * How a list argument of the wrong shape is named: undefined when `value` is an array whose
 * every item passes `ok`, else `an array holding <kind of the first that does not>` or the
 * kind of `value`. A sparse array's holes are items too (`[, 'x']`), which every() skips.
 *
 * @example
 * listMisfit(['a', 5], (v) => typeof v === 'string') // → 'an array holding a number'
 */
export declare function listMisfit(value: unknown, ok: (item: unknown) => boolean): string | undefined;
/**
 * Throws a ConfigurationError when `value`, the argument `name` of library function `fn`,
 * is not a string (a caller without the types passed a Buffer, say). `objectHint` says what
 * to do with a plain object instead (the parsed or built document the text would hold).
 */
export declare function expectText(fn: string, name: string, value: unknown, what: string, objectHint?: string): void;
/**
 * Throws a ConfigurationError when `value`, the argument `name` of library function `fn`, is
 * not a Report as check() returns it (a caller without the types passed nothing, an options
 * object, or several reports where one array goes). With `bigints`, for the functions that
 * draw memory maps, also when its layouts hold their addresses and sizes as strings: a report
 * parsed back from JSON (`--format json`, the action's results file), which would fail deep
 * inside on arithmetic that mixes bigint and string.
 */
export declare function expectReport(fn: string, value: unknown, options?: {
    name?: string;
    bigints?: boolean;
}): void;
/** The message of anything thrown. */
export declare function errorMessage(error: unknown): string;
