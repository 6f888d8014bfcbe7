// SPDX-License-Identifier: GPL-2.0-only
/**
 * Applies a suggestion to the matrix text, keeping comments and formatting (jsonc-parser's
 * modify()). Pure: text in, text out. Used by the tests that check every suggestion, and
 * available to callers that want to offer the change as a patch.
 */
import { applyEdits, modify } from 'jsonc-parser'
import type { Suggestion } from '../report/types.js'
import { ARRAY_INDEX, pointerSegments } from './pointer.js'

/**
 * The matrix text with the suggestion applied.
 *
 * @throws Error when the suggestion is not a replacement (no pointer or replacement)
 * @example
 * applySuggestion('{"boards":[{"cmdline":"crashkernel=2G"}]}', { description: '', pointer: '/boards/0/cmdline', replacement: 'crashkernel=1G' })
 * // → '{"boards":[{"cmdline":"crashkernel=1G"}]}'
 */
export function applySuggestion(text: string, suggestion: Suggestion): string {
  if (suggestion.pointer === undefined || suggestion.replacement === undefined) throw new Error('assertion failed: the suggestion is not a replacement')
  const path = pointerSegments(suggestion.pointer).map((s) => (ARRAY_INDEX.test(s) ? Number(s) : s))
  const edits = modify(text, path, suggestion.replacement, { formattingOptions: { insertSpaces: true, tabSize: 2 } })
  return applyEdits(text, edits)
}
