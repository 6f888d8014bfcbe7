// SPDX-License-Identifier: GPL-2.0-only
/**
 * JSON Pointer → position in the file, so every finding lands on the exact value (or key)
 * in the pull request.
 */
import type { Node } from 'jsonc-parser'
import type { JsonPointer, SourceLocation } from '../report/types.js'
import type { ParsedDocument } from './parse.js'

/** What to point at: the value itself, or the key of the property holding it. */
export type LocateTarget = 'value' | 'key'

/** Splits an RFC 6901 pointer into path segments (array indices become numbers). */
export function pointerToPath(pointer: JsonPointer): string[] {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) throw new Error(`assertion failed: not a JSON pointer: ${pointer}`)
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** Builds a pointer from segments, escaping `~` and `/`. */
export function pathToPointer(path: readonly (string | number)[]): JsonPointer {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
}

/** Offset → 1-based line and column. */
export function offsetToLineColumn(doc: Pick<ParsedDocument, 'lineStarts'>, offset: number): { line: number; column: number } {
  const starts = doc.lineStarts
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  // At least 1: the one offset before line 1's start is a byte order mark (computeLineStarts).
  return { line: lo + 1, column: Math.max(1, offset - (starts[lo] ?? 0) + 1) }
}

/** A source location for a character span. */
export function spanLocation(doc: ParsedDocument, file: string, offset: number, length: number): SourceLocation {
  const start = offsetToLineColumn(doc, offset)
  const end = offsetToLineColumn(doc, offset + length)
  return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset, length }
}

/** Resolves a pointer to a node, stopping at the deepest ancestor that exists (`exact`: undefined there). */
function resolveNode(root: Node, path: readonly string[], exact = false): Node | undefined {
  let node = root
  for (const segment of path) {
    let next: Node | undefined
    if (node.type === 'array' && /^(0|[1-9][0-9]*)$/.test(segment)) {
      next = node.children?.[Number(segment)]
    } else if (node.type === 'object') {
      // The last property with the key wins, as in JSON.parse.
      const prop = [...(node.children ?? [])].reverse().find((p) => p.children?.[0]?.value === segment)
      next = prop?.children?.[1]
    }
    if (!next) return exact ? undefined : node
    node = next
  }
  return node
}

/**
 * Locates a JSON Pointer in a parsed document.
 *
 * @param doc - the parsed file
 * @param file - the path reported in the location
 * @param pointer - where the value is
 * @param target - `'key'` to point at the property name instead of its value
 * @returns the location; a pointer to a missing value resolves to its nearest existing ancestor
 * @example
 * locate(parseDocument('{\n  "a": [1, 2]\n}'), 'm.json', '/a/1')
 * // → { file: 'm.json', line: 2, column: 12, endLine: 2, endColumn: 13, offset: 13, length: 1 }
 */
export function locate(doc: ParsedDocument, file: string, pointer: JsonPointer, target: LocateTarget = 'value'): SourceLocation {
  if (!doc.root) return spanLocation(doc, file, 0, 0)
  const path = pointerToPath(pointer)
  const node = resolveNode(doc.root, path)!
  if (target === 'key' && node.parent?.type === 'property' && node.parent.children?.[0]) {
    const key = node.parent.children[0]
    return spanLocation(doc, file, key.offset, key.length)
  }
  return spanLocation(doc, file, node.offset, node.length)
}

/** The node a pointer names, undefined when it is not in the document (of duplicate keys the last, as in JSON.parse). */
export function nodeAt(doc: ParsedDocument, pointer: JsonPointer): Node | undefined {
  return doc.root && resolveNode(doc.root, pointerToPath(pointer), true)
}

/**
 * A JSON syntax error of a file that is read outside check() (a file a CLI command reads back,
 * a results file of the aggregate job), as `file:line:column: JSON syntax error: …`: the place
 * as an editor takes it, and SC001's words.
 *
 * @example
 * syntaxErrorMessage('r.json', { line: 3, column: 1 }, 'property name expected') // → 'r.json:3:1: JSON syntax error: property name expected'
 */
export function syntaxErrorMessage(file: string, at: { line: number; column: number }, error: string): string {
  return `${file}:${at.line}:${at.column}: JSON syntax error: ${error}`
}

/**
 * The first JSON syntax error of a parsed document, as syntaxErrorMessage() words it, or
 * undefined when there is none (a duplicate key is no syntax error here: the value is read).
 */
export function firstSyntaxError(doc: ParsedDocument, file: string): string | undefined {
  const p = doc.problems.find((q) => q.messageId === 'syntaxError')
  return p === undefined ? undefined : syntaxErrorMessage(file, offsetToLineColumn(doc, p.offset), p.data.error ?? '')
}
