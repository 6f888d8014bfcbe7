/**
 * Checks a caller's layout before simulate() runs it.
 *
 * @throws ConfigurationError naming the first field that is missing or of the wrong type
 */
export declare function checkLayoutArgument(layout: unknown): void;
