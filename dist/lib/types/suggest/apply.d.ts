import type { Suggestion } from '../report/types.js';
/**
 * The matrix text with the suggestion applied. A kernel entry whose new release makes it an
 * entry its list has already (the same release and settings: kernelEntryKey()) is removed
 * instead, so the list names it once (the suggestion says "dropping … does the same").
 *
 * @throws ConfigurationError when the suggestion is not a replacement (no pointer or
 *   replacement), or its pointer names no value of the text (`replace`) or no object that
 *   holds it (`add`): a suggestion of another matrix, or of this one before it changed,
 *   would otherwise add a board or a key that was never there
 * @example
 * applySuggestion('{"boards":[{"cmdline":"crashkernel=2G"}]}', { description: '', pointer: '/boards/0/cmdline', replacement: 'crashkernel=1G' })
 * // → '{"boards":[{"cmdline":"crashkernel=1G"}]}'
 */
export declare function applySuggestion(text: string, suggestion: Suggestion): string;
