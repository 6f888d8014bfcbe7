// SPDX-License-Identifier: GPL-2.0-only
/**
 * Text → syntax tree with offsets (jsonc-parser), plus every syntax problem with its
 * position. Comments and trailing commas are accepted (the matrix is JSONC, as VS Code
 * treats `*.json` files with a `$schema`).
 */
import { parseTree, getNodeValue, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'

/** A syntax problem: a jsonc-parser error, or an object key given twice. */
export interface SyntaxProblem {
  messageId: 'syntaxError' | 'duplicateKey'
  data: Record<string, string>
  offset: number
  length: number
}

/** A parsed matrix file. `root` is undefined only for an empty or hopeless text. */
export interface ParsedDocument {
  text: string
  root: Node | undefined
  /** The plain JSON value (later duplicate keys win, as with JSON.parse). */
  value: unknown
  problems: SyntaxProblem[]
  /** Offsets at which each line starts, for offset → line:column. */
  lineStarts: number[]
}

/** Why-comment: jsonc-parser's codes are enum names like "CommaExpected"; make them words. */
function describeParseError(error: ParseError): string {
  const code = printParseErrorCode(error.error)
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

function computeLineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    } else if (c === 10 /* \n */) {
      starts.push(i + 1)
    }
  }
  return starts
}

function findDuplicateKeys(node: Node | undefined, out: SyntaxProblem[]): void {
  if (!node) return
  if (node.type === 'object') {
    const seen = new Set<string>()
    for (const prop of node.children ?? []) {
      const key = prop.children?.[0]
      if (key && typeof key.value === 'string') {
        if (seen.has(key.value)) {
          out.push({ messageId: 'duplicateKey', data: { key: key.value }, offset: key.offset, length: key.length })
        }
        seen.add(key.value)
      }
      findDuplicateKeys(prop.children?.[1], out)
    }
  } else if (node.type === 'array') {
    for (const child of node.children ?? []) findDuplicateKeys(child, out)
  }
}

/**
 * Parses a matrix file.
 *
 * @param text - the file's content
 * @returns the tree, the value and all syntax problems (never throws)
 * @example
 * parseDocument('{"version": 1,, }').problems[0]
 * // → { messageId: 'syntaxError', data: { error: 'value expected' }, offset: 14, length: 1 }
 */
export function parseDocument(text: string): ParsedDocument {
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false })
  // jsonc-parser may report two errors for one spot ("property name expected" and "value
  // expected" for `,,`); one problem per position is enough.
  const seenOffsets = new Set<number>()
  const problems: SyntaxProblem[] = []
  for (const e of errors) {
    if (seenOffsets.has(e.offset)) continue
    seenOffsets.add(e.offset)
    problems.push({ messageId: 'syntaxError', data: { error: describeParseError(e) }, offset: e.offset, length: e.length })
  }
  if (root === undefined && errors.length === 0) {
    problems.push({ messageId: 'syntaxError', data: { error: 'the file is empty' }, offset: 0, length: 0 })
  }
  findDuplicateKeys(root, problems)
  problems.sort((a, b) => a.offset - b.offset)
  return { text, root, value: root ? getNodeValue(root) : undefined, problems, lineStarts: computeLineStarts(text) }
}
