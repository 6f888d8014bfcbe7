// SPDX-License-Identifier: GPL-2.0-only
/**
 * Applies a suggestion to the matrix text, keeping comments and formatting (jsonc-parser's
 * modify()). Pure: text in, text out. Used by the tests that check every suggestion, and
 * available to callers that want to offer the change as a patch.
 */
import { applyEdits, createScanner, findNodeAtLocation, getNodeValue, modify, parseTree, SyntaxKind, type Edit, type Node } from 'jsonc-parser'
import { ConfigurationError, expectText, kindOf } from '../errors.js'
import { kernelEntryKey } from '../matrix/decode.js'
import type { Suggestion } from '../report/types.js'
import { ARRAY_INDEX, pointerSegments } from './pointer.js'

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
  // A kernel replaced by one the list already has, with the same settings ("Use kernel 6.12
  // instead of 6.1 … dropping 6.1 does the same"): the entry goes, so the list names it once.
  const entry = path.at(-1) === 'release' ? path.slice(0, -1) : path
  const list = !adds && entry.at(-2) === 'kernels' && typeof entry.at(-1) === 'number' ? findNodeAtLocation(tree, entry.slice(0, -1)) : undefined
  const edited = list?.type === 'array' ? list.children?.[entry.at(-1) as number] : undefined
  const replaced = edited && kernelEntryKey(edited === target ? suggestion.replacement : { ...getNodeValue(edited), release: suggestion.replacement })
  const repeats = replaced !== undefined && list!.children!.some((k) => k !== edited && kernelEntryKey(getNodeValue(k)) === replaced)
  if (repeats) return applyEdits(text, removeElement(text, list!, entry.at(-1) as number))
  const edits = modify(text, path, suggestion.replacement, { formattingOptions: { insertSpaces: true, tabSize: 2 } })
  return applyEdits(text, edits)
}

/**
 * The edits that take element `index` out of the array `list` with its comma, and its line
 * where it is alone on it, leaving comments and the other elements as they are (jsonc-parser's
 * modify() dropped the comments around it, and of the last of `["6.1","6.12"]` left `["6.1""]`).
 */
function removeElement(text: string, list: Node, index: number): Edit[] {
  const items = list.children!
  const item = items[index]!
  const end = item.offset + item.length
  if (items.length === 1) return [{ offset: item.offset, length: item.length, content: '' }]
  // The comma after the element, or before the last one.
  const scanner = createScanner(text, false)
  const trivia = new Set([SyntaxKind.Trivia, SyntaxKind.LineBreakTrivia, SyntaxKind.LineCommentTrivia, SyntaxKind.BlockCommentTrivia])
  scanner.setPosition(index < items.length - 1 ? end : items[index - 1]!.offset + items[index - 1]!.length)
  let kind = scanner.scan()
  while (trivia.has(kind)) kind = scanner.scan()
  const comma = scanner.getTokenOffset()
  const blank = (from: number, to: number): boolean => text.slice(from, to).trim() === '' && !text.slice(from, to).includes('\n')
  const lineStart = text.lastIndexOf('\n', item.offset - 1) + 1
  if (index < items.length - 1) {
    let after = comma + 1
    while (text[after] === ' ' || text[after] === '\t') after++
    // Alone on its line with its comma: the line goes.
    const lineEnd = text.startsWith('\r\n', after) ? after + 2 : text[after] === '\n' ? after + 1 : -1
    if (lineEnd >= 0 && blank(lineStart, item.offset)) return [{ offset: lineStart, length: lineEnd - lineStart, content: '' }]
    return [{ offset: item.offset, length: after - item.offset, content: '' }]
  }
  if (blank(comma + 1, item.offset)) return [{ offset: comma, length: end - comma, content: '' }]
  const lineEnd = text.startsWith('\r\n', end) ? end + 2 : text[end] === '\n' ? end + 1 : -1
  const own = lineEnd >= 0 && blank(lineStart, item.offset) ? { offset: lineStart, length: lineEnd - lineStart } : { offset: item.offset, length: item.length }
  return [{ offset: comma, length: 1, content: '' }, { ...own, content: '' }]
}
