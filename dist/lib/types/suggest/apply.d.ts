import type { Suggestion } from '../report/types.js';
/**
 * The matrix text with the suggestion applied.
 *
 * @throws Error when the suggestion is not a replacement (no pointer or replacement)
 * @example
 * applySuggestion('{"boards":[{"cmdline":"crashkernel=2G"}]}', { description: '', pointer: '/boards/0/cmdline', replacement: 'crashkernel=1G' })
 * // → '{"boards":[{"cmdline":"crashkernel=1G"}]}'
 */
export declare function applySuggestion(text: string, suggestion: Suggestion): string;
