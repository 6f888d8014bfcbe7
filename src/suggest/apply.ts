// SPDX-License-Identifier: GPL-2.0-only
/**
 * Applies a suggestion to the matrix text, keeping comments and formatting (jsonc-parser's
 * modify()). Pure: text in, text out. Used by the tests that check every suggestion, and
 * available to callers that want to offer the change as a patch.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree } from 'jsonc-parser'
import { ConfigurationError, expectText, kindOf } from '../errors.js'
import type { Suggestion } from '../report/types.js'
import { ARRAY_INDEX, pointerSegments } from './pointer.js'

/**
 * The matrix text with the suggestion applied.
 *
 * @throws ConfigurationError when the suggestion is not a replacement (no pointer or
 *   replacement), or its pointer names no value of the text (`replace`) or no object that
 *   holds it (`add`): a suggestion of another matrix, or of this one before it changed,
 *   would otherwise add a board or a key that was never there
 * @example
 * applySuggestion('{"boards":[{"cmdline":"crashkernel=2G"}]}', { description: '', pointer: '/boards/0/cmdline', replacement: 'crashkernel=1G' })
 * // → '{"boards":[{"cmdline":"crashkernel=1G"}]}'
 */
export function applySuggestion(text: string, suggestion: Suggestion): string {
  expectText('applySuggestion', 'text', text, "the matrix's content")
  if (typeof suggestion !== 'object' || suggestion === null) throw new ConfigurationError(`applySuggestion(): suggestion must be a finding's suggestion, not ${kindOf(suggestion)} (a finding without a suggestion has nothing to apply)`, { docsPath: 'README.md#library' })
  if (suggestion.pointer === undefined || suggestion.replacement === undefined) throw new ConfigurationError('applySuggestion(): the suggestion has no pointer or no replacement: it is no edit of the matrix', { docsPath: 'README.md#library' })
  for (const key of ['pointer', 'replacement'] as const) {
    if (typeof suggestion[key] !== 'string') throw new ConfigurationError(`applySuggestion(): suggestion.${key} must be a string, not ${kindOf(suggestion[key])}`, { docsPath: 'README.md#library' })
  }
  const path = pointerSegments(suggestion.pointer).map((s) => (ARRAY_INDEX.test(s) ? Number(s) : s))
  // JSON Patch: `replace` needs the value, `add` the object it goes in (RFC 6902 §4.1, §4.3).
  const tree = parseTree(text)
  const adds = suggestion.operation === 'add'
  const target = tree && findNodeAtLocation(tree, adds ? path.slice(0, -1) : path)
  if (!target || (adds && target.type !== 'object')) {
    const what = adds ? `no object at ${suggestion.pointer.slice(0, suggestion.pointer.lastIndexOf('/')) || '/'} to add "${String(path[path.length - 1])}" to` : `no value at ${suggestion.pointer}`
    throw new ConfigurationError(`applySuggestion(): the text has ${what}: the suggestion is from another matrix, or from this one before it changed`, { docsPath: 'README.md#library' })
  }
  const edits = modify(text, path, suggestion.replacement, { formattingOptions: { insertSpaces: true, tabSize: 2 } })
  return applyEdits(text, edits)
}
