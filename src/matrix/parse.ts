// SPDX-License-Identifier: GPL-2.0-only
/**
 * Text → syntax tree with offsets (jsonc-parser), plus every syntax problem with its
 * position. Comments and trailing commas are accepted (the matrix is JSONC, as VS Code
 * treats `*.json` files with a `$schema`).
 */
import { createScanner, parseTree, getNodeValue, printParseErrorCode, SyntaxKind, visit, type Node, type ParseError, type ParseErrorCode } from 'jsonc-parser'
import { errorMessage } from '../errors.js'
import { clip, LIMITS, limitMessage, utf8Length } from '../limits.js'
import type { JsonPointer } from '../report/types.js'
import { offsetToLineColumn, pathToPointer, pointerToPath, syntaxErrorMessage } from './locate.js'

/**
 * A syntax problem: a jsonc-parser error, an object key given twice, or a byte that was not
 * UTF-8 (`notUtf8`, a warning: the file is parsed as read).
 */
export interface SyntaxProblem {
  messageId: 'syntaxError' | 'duplicateKey' | 'notUtf8'
  data: Record<string, string>
  offset: number
  length: number
  /**
   * A duplicate key's member (`/boards/1/ramSize`), so the problem belongs to its board; a
   * syntax error has none (the structure around it is ambiguous).
   */
  pointer?: JsonPointer
  /** Below SC001's error: `notUtf8`, which leaves the file parsed. */
  severity?: 'warning'
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

/** What the parser's words leave unsaid for the errors that name only the symptom, by code. */
const PARSE_ERROR_CAUSES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  UnexpectedEndOfComment: 'the /* comment that starts here has no closing */, so the rest of the file is inside it',
  UnexpectedEndOfString: 'the string that starts here has no closing double quote on its line (a JSON string cannot span lines: write a line break as \\n)',
})

/** Why-comment: jsonc-parser's codes are enum names like "CommaExpected"; make them words. */
function describeParseError(error: Pick<ParseError, 'error'>): string {
  const code = printParseErrorCode(error.error)
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  const cause = PARSE_ERROR_CAUSES[code]
  return cause === undefined ? words : `${words}: ${cause}`
}

const isHexDigit = (c: string | undefined): boolean => c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))

/** The short escapes of the control characters that have one (RFC 8259 §7). */
const CONTROL_ESCAPES: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' }

/** The characters a JSON string may escape after its backslash (RFC 8259 §7), `u` apart. */
const SIMPLE_ESCAPES = '"\\/bfnrt'

/**
 * Each place in the string token at `start` (its opening quote) that jsonc-parser's scanner
 * objects to: an escape JSON does not have, a `\u` without four hex digits, a raw control
 * character. The scanner reports them at the quote, with its code for the last of them; an
 * editor's user needs the place and the character. Empty when the token has none of them.
 */
function stringTokenFaults(source: string, start: number): Array<{ offset: number; length: number; error: string }> {
  const out: Array<{ offset: number; length: number; error: string }> = []
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i]!
    if (c === '"' || c === '\n' || c === '\r') break
    if (c === '\\') {
      const next = source[i + 1]
      if (next === undefined) break
      if (next === 'u') {
        let n = 0
        while (n < 4 && isHexDigit(source[i + 2 + n])) n++
        if (n < 4) out.push({ offset: i, length: 2 + n, error: `invalid unicode sequence "${source.slice(i, i + 2 + n)}": \\u takes four hex digits` })
        i += 1 + n
        continue
      }
      if (!SIMPLE_ESCAPES.includes(next)) out.push({ offset: i, length: 2, error: `invalid escape character "\\${next}": a backslash starts an escape in JSON, \\\\ is one backslash` })
      i++
      continue
    }
    const code = c.charCodeAt(0)
    if (code < 0x20) out.push({ offset: i, length: 1, error: `invalid character U+${code.toString(16).toUpperCase().padStart(4, '0')} in a string: write it as ${CONTROL_ESCAPES[code] ?? `\\u00${code.toString(16).padStart(2, '0')}`}` })
  }
  return out
}

/** stringTokenFaults() where the scanner's error (its code's name) is one of a string token's, at its quote; else none. */
function stringFaultsAt(source: string, offset: number, code: string): ReturnType<typeof stringTokenFaults> {
  const inString = code === 'InvalidEscapeCharacter' || code === 'InvalidCharacter' || code === 'InvalidUnicode'
  return inString && source[offset] === '"' ? stringTokenFaults(source, offset) : []
}

/** Quotes a word processor writes for " and ': no JSON quotes. */
const TYPOGRAPHIC_QUOTES = '\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb'

/** Spaces that show as a blank (or nothing) and are none of JSON's: the scanner calls them an invalid symbol. */
const INVISIBLE_SPACES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  '\u00a0': 'no-break space',
  '\u2002': 'en space',
  '\u2003': 'em space',
  '\u2007': 'figure space',
  '\u2009': 'thin space',
  '\u200b': 'zero-width space',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u202f': 'narrow no-break space',
  '\u2060': 'word joiner',
  '\u3000': 'ideographic space',
  '\ufeff': 'zero-width no-break space, a byte order mark inside the file',
})

/** A property name written without double quotes (`boards: [`), as JavaScript allows. */
const BARE_KEY = /^[A-Za-z_$][\w$-]{0,63}(?=[ \t]*:)/

/**
 * What is wrong at an "invalid symbol", in the words of the two mistakes that cause it most:
 * a property name without quotes and a string in single quotes. Undefined for anything else.
 */
function quoteHint(source: string, offset: number): string | undefined {
  if (source[offset] === "'") return 'strings and property names take double quotes, not single quotes'
  // Pasted from a document or a web page: quotes a word processor curled, spaces no one sees.
  const c = source[offset] ?? ''
  const u = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
  if (TYPOGRAPHIC_QUOTES.includes(c)) return `typographic quote ${c} (${u}) is no JSON quote: strings and property names take straight double quotes (")`
  const invisible = INVISIBLE_SPACES[c]
  if (invisible !== undefined) return `invisible character ${u} (${invisible}) here, as pasted from a document or web page: JSON allows only spaces, tabs and line breaks between values; replace it with a space`
  // A shell or YAML comment, a line of its own starting with #: each word of it was an error.
  if (source[offset] === '#') {
    let start = offset - 1
    while (start >= 0 && (source[start] === ' ' || source[start] === '\t')) start--
    if (start < 0 || source[start] === '\n' || source[start] === '\r') return 'comments start with // (or are /* … */), not #'
  }
  // Only where a property name goes: after `{` or `,` (not `1abc:` nor a value `"a": x:1`).
  let before = offset - 1
  while (before >= 0 && ' \t\r\n'.includes(source[before]!)) before--
  if (source[before] !== '{' && source[before] !== ',') return undefined
  const key = BARE_KEY.exec(source.slice(offset, offset + 80))?.[0]
  return key !== undefined ? `property name ${key} needs double quotes: "${key}"` : undefined
}

/** JSON's literals as other languages and YAML spell them, and the literal meant. */
// No prototype: a bare `constructor` or `toString` in the file is no spelling of a literal.
const LITERAL_SPELLINGS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, { True: 'true', TRUE: 'true', False: 'false', FALSE: 'false', Null: 'null', NULL: 'null', None: 'null', nil: 'null', undefined: 'null' })

/**
 * A value written without double quotes (`"arch": arm64`, `"size": 512M`, `"base": 0x40000000`,
 * `[6.12, 6.1.5]`, `True`): the word the scanner stopped in, and what to write instead. The
 * scanner reports it as an "invalid symbol" at the first character it could not read (the `M`
 * of 512M, the `x` of 0x…), so the word's start is looked for before it. Only where a value goes
 * (after `:`, `[` or `,`); undefined for anything else, or for a word that is no plain ASCII.
 */
function bareValueHint(source: string, offset: number): { offset: number; length: number; error: string } | undefined {
  let start = offset
  while (start > 0 && offset - start < 64 && !endsWord(source.charCodeAt(start - 1))) start--
  let end = offset
  while (end < source.length && end - start < 64 && !endsWord(source.charCodeAt(end))) end++
  if (start === 0 || end < source.length && !endsWord(source.charCodeAt(end))) return undefined
  let before = start - 1
  while (before >= 0 && ' \t\r\n'.includes(source[before]!)) before--
  if (source[before] !== ':' && source[before] !== '[' && source[before] !== ',') return undefined
  // Words up to where the parser's recovery ends (`console=ttyS0 crashkernel=256M,`): one string meant.
  let through = recoveryEnd(source, start)
  while (through > end && (source[through - 1] === ' ' || source[through - 1] === '\t')) through--
  // Letters, digits and what a size, a version or a command-line word holds (`;`, `)` and the like are no value's).
  const plain = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const ch = source[i]!
      if (!((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || '._-=+@~ \t'.includes(ch))) return false
    }
    return true
  }
  if (!plain(start, end)) return undefined
  const word = through - start <= 80 && plain(end, through) ? source.slice(start, through) : source.slice(start, end)
  const first = word[0]!
  const literal = LITERAL_SPELLINGS[word]
  const error =
    literal !== undefined
      ? literal === 'null' && word.toLowerCase() !== 'null'
        ? `JSON has no ${word}: write null (or leave the property out)`
        : `JSON writes ${word} in lower case: ${literal}`
      : first >= '0' && first <= '9'
        ? `sizes, addresses and kernel versions are strings: write "${word}"`
        : ((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z') || first === '_') && word !== 'NaN' && word !== 'Infinity'
          ? `a string takes double quotes: write "${word}"`
          : undefined
  return error === undefined ? undefined : { offset: start, length: word.length, error }
}

/**
 * Where jsonc-parser's recovery from a mistake quoteHint() named ends: the first `,` or closing
 * bracket after the token at `offset` (outside strings and brackets opened after it; a
 * single-quoted string counts as one), or the end of its line. Up to there, the parser's
 * errors are that mistake's; a mistake after it on the same line (in a minified file, every
 * other one) is a problem of its own. A `#` comment runs to the end of its line.
 */
function recoveryEnd(source: string, offset: number): number {
  const lineBreak = (i: number) => source[i] === '\n' || source[i] === '\r'
  let i = offset
  if (source[i] === '#') {
    while (i < source.length && !lineBreak(i)) i++
    return i
  }
  if (source[i] === "'") {
    i++
    while (i < source.length && source[i] !== "'" && !lineBreak(i)) i++
    if (source[i] === "'") i++
  }
  let depth = 0
  for (; i < source.length && !lineBreak(i); i++) {
    const c = source[i]
    if (c === '"') {
      for (i++; i < source.length && source[i] !== '"' && !lineBreak(i); i++) if (source[i] === '\\') i++
      if (i >= source.length || lineBreak(i)) return i
    } else if (c === '{' || c === '[') {
      depth++
    } else if (c === '}' || c === ']') {
      if (depth === 0) return i
      depth--
    } else if (c === ',' && depth === 0) {
      return i
    }
  }
  return i
}

/**
 * Reads `source` as jsonc-parser's scanner reads it, token by token from the start: strings end
 * at a quote or a line break, a backslash escapes the next character, and `//` and `/* *\/`
 * comments hold no brackets and no strings. It answers for an offset what is open there and
 * which string ends there. Offsets asked in increasing order (the parser's errors) cost only
 * the text between them: read from the start for each, the thousands of errors of a minified
 * file took minutes. An offset before the last one asked is read from the start again.
 */
function tokenReader(source: string): { openBracketAt(offset: number): { bracket: string; offset: number } | undefined; stringEndingAt(quote: number): number } {
  let i = 0
  let open: number[] = []
  let last = { start: -1, end: -1 }
  let asked = 0
  // Every token that starts before `offset`, whole (a string or comment may end after it).
  const readTo = (offset: number) => {
    if (offset < asked) {
      i = 0
      open = []
      last = { start: -1, end: -1 }
    }
    asked = offset
    while (i < offset) {
      const c = source.charCodeAt(i)
      if (c === Ch.Quote) {
        const start = i
        for (i++; i < source.length; ) {
          const d = source.charCodeAt(i)
          if (d === Ch.Quote || d === Ch.LF || d === Ch.CR) break
          i += d === Ch.Backslash ? 2 : 1
        }
        last = { start, end: i }
        if (source.charCodeAt(i) === Ch.Quote) i++
      } else if (c === Ch.Slash && source.charCodeAt(i + 1) === Ch.Slash) {
        while (i < source.length && source.charCodeAt(i) !== Ch.LF && source.charCodeAt(i) !== Ch.CR) i++
      } else if (c === Ch.Slash && source.charCodeAt(i + 1) === Ch.Star) {
        const close = source.indexOf('*/', i + 2)
        i = close === -1 ? source.length : close + 2
      } else {
        if (c === Ch.OpenBrace || c === Ch.OpenBracket) open.push(i)
        // A close bracket that does not match the innermost open one is not taken off (checkInputLimits() does the same).
        else if ((c === Ch.CloseBrace || c === Ch.CloseBracket) && open.length > 0 && source.charCodeAt(open[open.length - 1]!) === (c === Ch.CloseBrace ? Ch.OpenBrace : Ch.OpenBracket)) open.pop()
        i++
      }
    }
  }
  return {
    /** The bracket still open at `offset` (its character and offset). */
    openBracketAt(offset) {
      readTo(offset)
      const at = open[open.length - 1]
      return at === undefined ? undefined : { bracket: source[at]!, offset: at }
    },
    /** Where the string whose closing quote is at `quote` opens; -1 when that quote opens one (or is in a comment). */
    stringEndingAt(quote) {
      readTo(quote)
      return last.end === quote && source.charCodeAt(quote) === Ch.Quote ? last.start : -1
    },
  }
}

/**
 * A close bracket of the other kind than the one open (`["6.12" }`, `{"b": 1 ]`): the parser
 * says "comma expected" there and "close bracket expected" at the end of the file; what is
 * missing is the open one's close bracket. Undefined for any other error place.
 */
function mismatchHint(source: string, tokens: ReturnType<typeof tokenReader>, offset: number, where: (offset: number) => { line: number; column: number }): string | undefined {
  const c = source[offset]
  if (c !== '}' && c !== ']') return undefined
  const open = tokens.openBracketAt(offset)
  if (open === undefined || (open.bracket === '[') === (c === ']')) return undefined
  const at = where(open.offset)
  const [what, close] = open.bracket === '[' ? ['array', ']'] : ['object', '}']
  return `${close} expected: the ${what} opened at line ${at.line}, column ${at.column} is not closed before this ${c}`
}

/**
 * A string that runs on past where it was meant to end (`"id": "a, "extends": …`): the missing
 * closing quote makes the next string's opening quote this one's end, and the parser calls
 * the word after it an "invalid symbol", then reports the rest of the line. Told by the string's text, which ends with the `,` or `:`
 * that was meant to follow it. The place and the message, or undefined.
 */
function unclosedStringHint(source: string, tokens: ReturnType<typeof tokenReader>, offset: number): { offset: number; error: string } | undefined {
  let before = offset - 1
  while (before >= 0 && (source[before] === ' ' || source[before] === '\t')) before--
  if (source[before] !== '"') return undefined
  // The string token that ends at that quote.
  const opening = tokens.stringEndingAt(before)
  if (opening < 0) return undefined
  let end = before
  while (end > opening + 1 && (source[end - 1] === ' ' || source[end - 1] === '\t')) end--
  const punctuation = source[end - 1]
  if ((punctuation !== ',' && punctuation !== ':') || end - 1 === opening + 1) return undefined
  // Quoted as the other hints quote a word: a 64 KiB string must not make a 128 KiB message.
  const meant = clip(source.slice(opening, end - 1), 80)
  // `"C:\dir\", "b"`: the quote was there, escaped by the backslash a path ends with (an odd
  // run of backslashes ends in an escape; an even one is backslashes alone).
  let backslashes = 0
  while (source[end - 3 - backslashes] === '\\') backslashes++
  if (source[end - 2] === '"' && backslashes % 2 === 1) {
    const path = clip(source.slice(opening, end - 3), 80)
    return { offset: end - 2, error: `this quote is escaped by the backslash before it, so the string ${path}\\" runs on to the next double quote: a backslash at the end of a string is written \\\\ (${path}\\\\")` }
  }
  return { offset: end - 1, error: `missing closing double quote: the string ${meant} runs on to the next double quote, and what follows that stands outside any string; write ${meant}"${punctuation}` }
}

/**
 * Where each line's text starts. A byte order mark is no character of the first line: editors
 * do not show it and ESLint does not count it, so line 1 starts after it and a value after it
 * keeps the column an editor shows (offsets stay those of the text read).
 */
function computeLineStarts(text: string): number[] {
  const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0]
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

function findDuplicateKeys(node: Node | undefined, out: SyntaxProblem[], path: Array<string | number> = []): void {
  if (!node) return
  if (node.type === 'object') {
    const seen = new Set<string>()
    for (const prop of node.children ?? []) {
      const key = prop.children?.[0]
      const name = key && typeof key.value === 'string' ? key.value : undefined
      if (key && name !== undefined) {
        if (seen.has(name)) {
          out.push({ messageId: 'duplicateKey', data: { key: name }, offset: key.offset, length: key.length, pointer: pathToPointer([...path, name]) })
        }
        seen.add(name)
      }
      findDuplicateKeys(prop.children?.[1], out, name === undefined ? path : [...path, name])
    }
  } else if (node.type === 'array') {
    for (const [i, child] of (node.children ?? []).entries()) findDuplicateKeys(child, out, [...path, i])
  }
}

const enum Ch {
  LF = 10,
  CR = 13,
  Quote = 34,
  Star = 42,
  Slash = 47,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}

/** Characters that end a literal or number word, as jsonc-parser's scanner reads it. */
function endsWord(c: number): boolean {
  return c === 32 || c === 9 || c === Ch.LF || c === Ch.CR || c === Ch.Quote || c === Ch.Slash || c === 44 || c === 58 || c === Ch.OpenBrace || c === Ch.CloseBrace || c === Ch.OpenBracket || c === Ch.CloseBracket
}

/**
 * Checks the limits that must hold before the text is parsed at all (src/limits.ts): its
 * size, its nesting depth (jsonc-parser recurses once per level and overflows the stack near
 * 5,000) and its number of values (the tree's memory).
 *
 * One linear pass over the characters, with jsonc-parser's token boundaries (strings end at
 * a quote or a line break, a backslash escapes the next character, `//` and `/* *\/`
 * comments), so it sees every bracket the parser will recurse on. No regex, no recursion.
 *
 * @returns the first limit crossed, located at the token that crossed it, or undefined
 */
/** How much of a file binaryProblem() looks at: git's test for a binary file reads as far. */
const BINARY_SAMPLE = 8000

/**
 * A file that is no text (a compressed matrix, a .dtb, an image): a tenth or more (and at
 * least 8) of its first BINARY_SAMPLE characters are control characters or bytes that are not
 * UTF-8 (read as U+FFFD). One problem: each of its stray bytes was a syntax error of its own.
 */
function binaryProblem(text: string): SyntaxProblem | undefined {
  const n = Math.min(text.length, BINARY_SAMPLE)
  let odd = 0
  let nul = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) nul++
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== Ch.LF && c !== Ch.CR) || c === 0x7f) odd++
  }
  // A few stray ones are a text file's mistakes, each located where it is.
  if (odd < 8 || odd * 10 < n) return undefined
  // Text in UTF-16 (Windows PowerShell 5's `>`, Notepad's "Unicode"): a NUL beside each ASCII character.
  if (nul * 5 >= n * 2) return { messageId: 'syntaxError', data: { error: 'not parsed: the file is UTF-16 text (a NUL byte beside each character, as Windows PowerShell 5\'s > and Notepad\'s "Unicode" write it): save it as UTF-8, which JSON requires' }, offset: 0, length: 0 }
  return { messageId: 'syntaxError', data: { error: `not parsed: the file is not text (${odd} of its first ${n} characters are control characters or bytes that are not UTF-8): a compressed file, a .dtb or another binary? A board matrix is JSON text` }, offset: 0, length: 0 }
}

function checkInputLimits(text: string): SyntaxProblem | undefined {
  // Every UTF-16 code unit takes at least one UTF-8 byte, so a long string needs no counting.
  if (text.length > LIMITS.maxInputBytes || utf8Length(text, LIMITS.maxInputBytes) > LIMITS.maxInputBytes) {
    // UTF-16 units are a lower bound on UTF-8 bytes: a long text is over without counting.
    const found = text.length > LIMITS.maxInputBytes ? `at least ${text.length} bytes` : `more than ${LIMITS.maxInputBytes} bytes`
    return { messageId: 'syntaxError', data: { error: `not parsed: ${limitMessage('maxInputBytes', `the file has ${found}`, ' bytes')}` }, offset: 0, length: 0 }
  }
  // Open brackets not closed yet. A close bracket that does not match the innermost open one
  // is a syntax error; it is not popped, so the depth is never under-counted.
  const open: number[] = []
  let values = 0
  const n = text.length
  const value = (at: number, length: number): SyntaxProblem | undefined =>
    ++values > LIMITS.maxJsonValues
      ? { messageId: 'syntaxError', data: { error: `not parsed: ${limitMessage('maxJsonValues', `value ${values} starts here`, ' values')}` }, offset: at, length }
      : undefined
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i)
    if (c === Ch.Quote) {
      const start = i++
      while (i < n) {
        const d = text.charCodeAt(i)
        if (d === Ch.Quote) {
          i++
          break
        }
        if (d === Ch.LF || d === Ch.CR) break
        i += d === Ch.Backslash ? 2 : 1
      }
      const p = value(start, 1)
      if (p) return p
    } else if (c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Slash) {
      i += 2
      while (i < n && text.charCodeAt(i) !== Ch.LF && text.charCodeAt(i) !== Ch.CR) i++
    } else if (c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Star) {
      const close = text.indexOf('*/', i + 2)
      i = close === -1 ? n : close + 2
    } else if (c === Ch.OpenBrace || c === Ch.OpenBracket) {
      open.push(c)
      if (open.length > LIMITS.maxNestingDepth) {
        return { messageId: 'syntaxError', data: { error: `not parsed: ${limitMessage('maxNestingDepth', `arrays and objects are nested ${open.length} deep here`, ' levels')}` }, offset: i, length: 1 }
      }
      const p = value(i, 1)
      if (p) return p
      i++
    } else if (c === Ch.CloseBrace || c === Ch.CloseBracket) {
      if (open[open.length - 1] === (c === Ch.CloseBrace ? Ch.OpenBrace : Ch.OpenBracket)) open.pop()
      i++
    } else if (endsWord(c)) {
      i++
    } else {
      // A number, true/false/null or an unknown word: one value.
      const start = i
      while (i < n && !endsWord(text.charCodeAt(i))) i++
      const p = value(start, i - start)
      if (p) return p
    }
  }
  return undefined
}

/**
 * Parses a matrix file.
 *
 * A UTF-8 byte order mark at the start is accepted (RFC 8259 §8.1 lets parsers ignore it;
 * editors on Windows write it). Files beyond src/limits.ts are not parsed: they get one
 * problem located where the limit was crossed.
 *
 * @param text - the file's content
 * @returns the tree, the value and all syntax problems (never throws)
 * @example
 * parseDocument('{"version": 1,, }').problems[0]
 * // → { messageId: 'syntaxError', data: { error: 'value expected' }, offset: 14, length: 1 }
 */
export function parseDocument(text: string): ParsedDocument {
  const limit = checkInputLimits(text) ?? binaryProblem(text)
  // Lines only up to the problem: a refused file may be huge, and nothing else is located in it.
  if (limit) return { text, root: undefined, value: undefined, problems: [limit], lineStarts: computeLineStarts(text.slice(0, limit.offset + limit.length)) }
  const errors: ParseError[] = []
  // Why a space: it keeps every offset of the file unchanged (line 1's columns start after the mark: computeLineStarts).
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false })
  // An empty file (or one of blanks, or of comments only) is "value expected" to the parser:
  // say what it is.
  const nothing = isBlank(source) ? EMPTY_FILE : onlyComments(source) ? ONLY_COMMENTS : undefined
  if (nothing !== undefined) errors.length = 0
  // jsonc-parser may report two errors for one spot ("property name expected" and "value
  // expected" for `,,`); one problem per position is enough.
  const seenOffsets = new Set<number>()
  const problems: SyntaxProblem[] = []
  // After a missing quote the parser's recovery reports the rest of that value (of a `#`
  // comment, that line), and the end of the file, as errors of their own: the hint says what
  // to fix, and they go with it. Not the rest of the line: in a minified file that is every
  // other mistake of the file.
  let hintedUntil = -1
  // Where the parser's recovery from a close bracket of the wrong kind (mismatchHint()) ends:
  // the next `,` or bracket after it, as after a missing quote (recoveryEnd()); not the rest of
  // the line, which in a minified file holds every other mistake.
  let mismatchedUntil = -1
  // One reading of the text for every error's hint, in the errors' order.
  const tokens = tokenReader(source)
  // The BOM's space keeps every offset, so the text's lines are the source's.
  const lineStarts = computeLineStarts(text)
  let contentEnd: number | undefined
  // A /* comment never closed takes the rest of the file: the brackets and values the parser
  // then misses at the end of the file are its error, not mistakes of their own.
  const unclosedComment = errors.some((err) => printParseErrorCode(err.error) === 'UnexpectedEndOfComment')
  for (const err of errors) {
    if (unclosedComment && err.offset >= source.length) continue
    // One scan for all of them: an unclosed file reports one error at its end per open bracket.
    const e = { ...err, offset: err.offset < source.length ? err.offset : (contentEnd ??= atContentEnd(source, err.offset)) }
    if (seenOffsets.has(e.offset)) continue
    seenOffsets.add(e.offset)
    // A bare name is an "invalid symbol", except true, false and null, which the scanner reads
    // as values: a "property name expected" there, at `true:`, is the same mistake.
    const code = printParseErrorCode(e.error)
    // After a close bracket of the wrong kind the parser's recovery reports brackets missing
    // further on: all the one mistake.
    if (mismatchedUntil >= 0 && (e.offset <= mismatchedUntil || code === 'CloseBracketExpected' || code === 'CloseBraceExpected' || code === 'EndOfFileExpected')) continue
    const mismatch = mismatchHint(source, tokens, e.offset, (at) => offsetToLineColumn({ lineStarts }, at))
    if (mismatch !== undefined) {
      mismatchedUntil = recoveryEnd(source, e.offset + 1)
      problems.push({ messageId: 'syntaxError', data: { error: mismatch }, offset: e.offset, length: 1 })
      continue
    }
    const hint = code === 'InvalidSymbol' || code === 'PropertyNameExpected' ? quoteHint(source, e.offset) : undefined
    if (hint === undefined && hintedUntil >= 0 && (e.offset <= hintedUntil || code === 'EndOfFileExpected')) continue
    if (hint !== undefined) hintedUntil = recoveryEnd(source, e.offset)
    const unclosed = hint === undefined && code === 'InvalidSymbol' ? unclosedStringHint(source, tokens, e.offset) : undefined
    if (unclosed !== undefined) {
      hintedUntil = recoveryEnd(source, e.offset)
      problems.push({ messageId: 'syntaxError', data: { error: unclosed.error }, offset: unclosed.offset, length: 1 })
      continue
    }
    const bare = hint === undefined && code === 'InvalidSymbol' ? bareValueHint(source, e.offset) : undefined
    if (bare !== undefined) {
      hintedUntil = recoveryEnd(source, bare.offset)
      problems.push({ messageId: 'syntaxError', data: { error: bare.error }, offset: bare.offset, length: bare.length })
      continue
    }
    const faults = stringFaultsAt(source, e.offset, code)
    if (faults.length > 0) {
      for (const f of faults) problems.push({ messageId: 'syntaxError', data: { error: f.error }, offset: f.offset, length: f.length })
      continue
    }
    problems.push({ messageId: 'syntaxError', data: { error: hint ?? describeParseError(e) }, offset: e.offset, length: e.length })
  }
  if (root === undefined && errors.length === 0) {
    problems.push({ messageId: 'syntaxError', data: { error: nothing ?? EMPTY_FILE }, offset: 0, length: 0 })
  }
  findDuplicateKeys(root, problems)
  // The shells read files as UTF-8 (as JSON requires), so a byte that is not UTF-8 arrives as
  // U+FFFD: said once, at the first.
  const notUtf8 = text.indexOf('\uFFFD')
  if (notUtf8 >= 0) problems.push({ messageId: 'notUtf8', data: {}, offset: notUtf8, length: 1, severity: 'warning' })
  problems.sort((a, b) => a.offset - b.offset)
  return { text, root, value: root ? getNodeValue(root) : undefined, problems, lineStarts }
}

/**
 * Where an error the parser reports at the end of the file ("close bracket expected") is
 * shown: right after the file's last token, on the line that needs the bracket, not on the
 * line after the file's final newline (a line GitHub does not show, where an annotation would
 * sit outside the file). Comments after that token are passed over as blanks are: the end of
 * a `// …` line is inside the comment, where no bracket can go. Any other offset is kept.
 *
 * @example
 * atContentEnd('[\n  1\n', 6) // → 5 (line 2, column 4)
 * atContentEnd('[\n  1 // more\n', 14) // → 5
 */
function atContentEnd(text: string, offset: number): number {
  if (offset < text.length) return offset
  let end = -1
  const scanner = createScanner(text, false)
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind !== SyntaxKind.Trivia && kind !== SyntaxKind.LineBreakTrivia && kind !== SyntaxKind.LineCommentTrivia && kind !== SyntaxKind.BlockCommentTrivia) {
      end = scanner.getTokenOffset() + scanner.getTokenLength()
    }
  }
  if (end >= 0) return end
  // No token at all (comments only): after the last character that is not blank.
  end = text.length
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--
  return end
}

/** A space, tab, line feed or carriage return: JSON's blanks. */
function isBlankCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}

/** What SC001 (and a results file's check) says of a file with nothing but blanks in it. */
const EMPTY_FILE = 'the file is empty'

/** What SC001 says of a file with comments and blanks but no value (a matrix commented out). */
const ONLY_COMMENTS = 'the file has only comments, no value'

/** Comments (// or /* … *\/, closed) and blanks, and nothing else. */
function onlyComments(text: string): boolean {
  const scanner = createScanner(text, false)
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind !== SyntaxKind.Trivia && kind !== SyntaxKind.LineBreakTrivia && kind !== SyntaxKind.LineCommentTrivia && kind !== SyntaxKind.BlockCommentTrivia) return false
    if (scanner.getTokenError() !== 0) return false
  }
  return true
}

/** Only JSON's whitespace (space, tab, CR, LF) and a byte order mark, or nothing. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!isBlankCode(c) && c !== 0xfeff) return false
  }
  return true
}

/** Where strictJsonError() found the first error: SC001's words and the position. */
export interface JsonSyntaxError {
  /** As a matrix's SC001 says it ("comma expected", "invalid comment token" …). */
  error: string
  offset: number
  /** 1-based, as offsetToLineColumn() counts. */
  line: number
  column: number
}

/** Thrown inside the visitor to stop it at the first error (or past the nesting limit). */
class StopVisit {
  constructor(readonly found: JsonSyntaxError | undefined) {}
}

/**
 * The first syntax error of a text that must be strict JSON (RFC 8259: no comments, no
 * trailing commas, no byte order mark), in the words and at the line:column a matrix's SC001
 * has; undefined when there is none.
 *
 * For JSON files that are not matrices (the results files the aggregate job reads): JSON.parse
 * reads them fast, but says where it stopped only as "at position N", and for some errors not
 * at all. Called once JSON.parse has refused a text. It builds no tree and applies none of a
 * matrix's size limits (a results file of a large fleet holds tens of megabytes); only nesting
 * deeper than `maxNestingDepth` stops the search (undefined), before jsonc-parser's recursive
 * visitor could overflow the stack.
 *
 * @param text - the file's content
 * @returns the first error, or undefined (valid JSON, or nested too deep to look further)
 * @example
 * strictJsonError('{\n  "a": 1,\n}') // → { error: 'property name expected', offset: 12, line: 3, column: 1 }
 */
export function strictJsonError(text: string): JsonSyntaxError | undefined {
  // As parseDocument() says it (the parser's "value expected" at the end of the blanks).
  if (isBlank(text)) return { error: EMPTY_FILE, offset: 0, line: 1, column: 1 }
  let depth = 0
  const enter = () => {
    if (++depth > LIMITS.maxNestingDepth) throw new StopVisit(undefined)
  }
  const leave = () => void depth--
  const onError = (error: ParseErrorCode, at: number) => {
    // A string's bad escape or control character where it is, as parseDocument() has it.
    const fault = stringFaultsAt(text, at, printParseErrorCode(error))[0]
    const offset = fault?.offset ?? atContentEnd(text, at)
    // Lines only up to the error: the text may be large, and nothing else is located in it.
    const lineStarts = computeLineStarts(text.slice(0, offset + 1))
    const { line, column } = offsetToLineColumn({ lineStarts }, offset)
    const mismatch = fault === undefined ? mismatchHint(text, tokenReader(text), offset, (o) => offsetToLineColumn({ lineStarts }, o)) : undefined
    throw new StopVisit({ error: fault?.error ?? mismatch ?? describeParseError({ error }), offset, line, column })
  }
  try {
    visit(text, { onObjectBegin: enter, onArrayBegin: enter, onObjectEnd: leave, onArrayEnd: leave, onError }, { allowTrailingComma: false, disallowComments: true })
  } catch (stop) {
    if (stop instanceof StopVisit) return stop.found
    throw stop
  }
  return undefined
}

/**
 * Where the value a JSON Pointer names starts in a strict JSON text (a results file that
 * JSON.parse read but the report schema refuses), found by walking the text without building
 * a tree and without a matrix's size limits; undefined when the pointer names nothing or the
 * value lies deeper than `maxNestingDepth`.
 *
 * @example
 * jsonValuePosition('{\n  "a": [1, 2]\n}', '/a/1') // → { line: 2, column: 12 }
 */
export function jsonValuePosition(text: string, pointer: JsonPointer): { line: number; column: number } | undefined {
  const target = pointerToPath(pointer)
  let depth = 0
  const at = (offset: number, path: () => (string | number)[]) => {
    const here = path()
    if (here.length === target.length && here.every((step, i) => String(step) === target[i])) {
      throw new StopVisit({ error: '', offset, ...offsetToLineColumn({ lineStarts: computeLineStarts(text.slice(0, offset + 1)) }, offset) })
    }
  }
  const enter = (offset: number, _length: number, _line: number, _column: number, path: () => (string | number)[]) => {
    at(offset, path)
    if (++depth > LIMITS.maxNestingDepth) throw new StopVisit(undefined)
  }
  const leave = () => void depth--
  try {
    visit(text, { onObjectBegin: enter, onArrayBegin: enter, onObjectEnd: leave, onArrayEnd: leave, onLiteralValue: (_v, offset, _l, _line, _c, path) => at(offset, path) }, { allowTrailingComma: false, disallowComments: true })
  } catch (stop) {
    if (stop instanceof StopVisit) return stop.found && { line: stop.found.line, column: stop.found.column }
    throw stop
  }
  return undefined
}

/**
 * JSON.parse() of a file the project wrote that is no matrix (a results file, a provenance
 * file): no matrix limits (a fleet's files are larger), and a syntax error worded as a
 * matrix's, at file:line:col (JSON.parse says "at position N", or nothing).
 *
 * @example
 * parseJsonFile('{"a": 1,}', 'r.json') // → { error: 'r.json:1:9: JSON syntax error: property name expected' }
 */
export function parseJsonFile(text: string, file: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (error) {
    const at = strictJsonError(text)
    return { error: at ? syntaxErrorMessage(file, at, at.error) : `${file} is not JSON (${errorMessage(error)})` }
  }
}
