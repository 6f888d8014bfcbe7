// SPDX-License-Identifier: GPL-2.0-only
/**
 * Escaping for text that comes from the matrix (board ids, names, messages, kernel command
 * lines) on its way into GitHub-flavoured Markdown, HTML blocks and Mermaid labels. The aim
 * is that whatever a board description holds renders as the characters it contains: no
 * tags, no links (nor the ones GitHub makes of bare URLs), no emphasis, no math, no @-mentions, no emoji shortcodes, no way out of a table cell, a code
 * fence or a diagram.
 */

/**
 * What makes inline Markdown: emphasis, code, links (`[`; without it `(` and `!` are plain),
 * strikethrough, math (`$`), table cells (`|`) and backslash itself. `<`, `>` and `&` become
 * entities, so no tag or entity can form. Lines are never started with matrix text, so the
 * block markers (`#`, `-`, `>` …) need nothing.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|$]/g
const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const MARKDOWN_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** Why the zero-width space: GitHub links `@name` and `#123` and makes emoji of `:name:` in rendered text nodes, even when the `@` or `:` came from an entity (noMention(), noReference(), noEmoji()). */
const ZWSP = '\u200B'

/**
 * A zero-width space after each `@` that could start a mention: one at the start of the text
 * or after a non-word character. GitHub links `@name` only there (`user@host`, the `256M@0x…`
 * of `crashkernel=256M@0x1ee00000` are no mentions), and a zero-width space inside such a
 * value is copied along with it, breaking a command line pasted from the report. The escaped
 * text is read: an entity before the `@` ends in `;`, which keeps the space; a backslash
 * escape leaves the character itself, as it renders.
 *
 * @example
 * noMention('@team crashkernel=256M@0x1ee00000') // → '@\u200Bteam crashkernel=256M@0x1ee00000'
 */
function noMention(text: string): string {
  return text.replace(/@/g, (at: string, i: number) => (i > 0 && isWordChar(text[i - 1]!) ? at : `@${ZWSP}`))
}

/**
 * A zero-width space between `#` (or `GH-`) and the number of an issue reference: `#5`,
 * `(#5)`, `owner/repo#5` and `GH-5` link the issue on GitHub, and in a pull-request comment
 * add a "mentioned this" event to it. GitHub links a `#` only at the start, after a non-word
 * character or after `owner/repo`, so `rev#2` stays as written. Applied to the raw text,
 * before any entity (`&#91;`) is written.
 *
 * @example
 * noReference('fixes #5, o/r#6, rev#2, GH-7') // → 'fixes #\u200B5, o/r#\u200B6, rev#2, GH-\u200B7'
 */
function noReference(text: string): string {
  const out = text.replace(/#(?=\d)/g, (hash: string, i: number) => {
    if (i === 0 || !isWordChar(text[i - 1]!)) return `#${ZWSP}`
    // owner/repo#5: walk back over the repository name (no regex over the whole prefix: linear).
    let j = i
    while (j > 0 && isNameChar(text[j - 1]!)) j--
    return j >= 2 && text[j - 1] === '/' && isNameChar(text[j - 2]!) ? `#${ZWSP}` : hash
  })
  // GH-5 is GitHub's other spelling of #5 (where a word starts).
  let joined = ''
  let from = 0
  for (let i = 0; i + 3 < out.length; i++) {
    const digit = out.charCodeAt(i + 3) >= 48 && out.charCodeAt(i + 3) <= 57
    if (digit && asciiAt(out, i, 'gh-') && (i === 0 || !isWordChar(out[i - 1]!))) {
      joined += `${out.slice(from, i + 3)}${ZWSP}`
      from = i + 3
    }
  }
  return joined + out.slice(from)
}

/**
 * Zero-width spaces that keep GitHub from turning matrix text into links of its own (GFM's
 * autolink extension, which works on rendered text nodes, so escaping cannot stop it):
 * after the `:` of `https://` (any scheme), after the `www` of a `www.` that starts a word,
 * and after the `@` of an e-mail address (`@` with a dotted domain after it; a command
 * line's `256M@0x1ee00000` has no dot and stays as written). String scans, not regexes: the
 * text is the user's. Applied to the raw text, before any escape or entity is written.
 *
 * @example
 * noAutolink('see https://x.example or www.x.example, ops@x.example') // → 'see https:\u200B//x.example or www\u200B.x.example, ops@\u200Bx.example'
 */
function noAutolink(text: string): string {
  const out = text.split('://').join(`:${ZWSP}//`)
  const cuts: number[] = []
  // Matched in place, not in out.toLowerCase(): that can be longer ('İ' is 'i̇'), and its
  // indexes put the space after a later character, leaving `www.x` to be linked.
  for (let i = 0; i + 4 <= out.length; i++) if (asciiAt(out, i, 'www.') && (i === 0 || !isWordChar(out[i - 1]!))) cuts.push(i + 3)
  for (let i = out.indexOf('@'); i >= 0; i = out.indexOf('@', i + 1)) if (i > 0 && isWordChar(out[i - 1]!) && dottedDomainAt(out, i + 1)) cuts.push(i + 1)
  if (cuts.length === 0) return out
  cuts.sort((a, b) => a - b)
  let joined = ''
  let from = 0
  for (const cut of cuts) {
    joined += `${out.slice(from, cut)}${ZWSP}`
    from = cut
  }
  return joined + out.slice(from)
}

/**
 * The emoji names GitHub knows that are spelled in hexadecimal digits alone: every other such
 * name (`:34:`, `:9a:` of a MAC address, `:30:` of a time) shows as written.
 */
const HEX_EMOJI_NAMES: ReadonlySet<string> = new Set(['a', 'b', 'ab', 'abc', 'abcd', 'bed', 'bee', 'cd', 'de', '100', '1234'])

/**
 * A zero-width space after the opening `:` of what GitHub would show as an emoji: it turns
 * `:name:` into one in rendered text, wherever it stands (`a:b:c` shows a🅱️c, a location
 * `r.json:100:3` shows 💯), and neither a backslash nor an entity (`&#58;`) stops it. Names
 * are letters, digits, `_`, `+` and `-`; one of hexadecimal digits alone is an emoji only as
 * one of HEX_EMOJI_NAMES, so a MAC address, an IPv6 address or a time (`12:34:56:78:9a:bc`,
 * `10:30:00`) stays as written, copyable, but for such a name. Applied to the raw text, before
 * any escape or entity is written (`\_` renders as `_`).
 *
 * @example
 * noEmoji('a:b:c, r.json:100:3, 10:30:00, 00:ab:12') // → 'a:\u200Bb:c, r.json:\u200B100:3, 10:30:00, 00:\u200Bab:12'
 */
function noEmoji(text: string): string {
  let joined = ''
  let from = 0
  for (let i = text.indexOf(':'); i >= 0; ) {
    let end = i + 1
    let hex = true
    for (; end < text.length && isEmojiNameChar(text[end]!); end++) hex &&= isHexDigit(text[end]!)
    const name = text.slice(i + 1, end)
    if (end < text.length && text[end] === ':' && name !== '' && (!hex || HEX_EMOJI_NAMES.has(name.toLowerCase()))) {
      joined += `${text.slice(from, i + 1)}${ZWSP}`
      from = i + 1
    }
    // The closing colon may open the next name (`:a:b:`).
    i = end < text.length && text[end] === ':' ? end : text.indexOf(':', end)
  }
  return joined + text.slice(from)
}

/** A character of an emoji name as GitHub spells them (`+1`, `-1`, `t-rex`, `non-potable_water`). */
function isEmojiNameChar(c: string): boolean {
  return isWordChar(c) || c === '+' || c === '-'
}

/** An ASCII hexadecimal digit, in either case. */
function isHexDigit(c: string): boolean {
  const code = c.charCodeAt(0)
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102)
}

/** Whether `text` has `word` (lowercase ASCII) at `i`, its ASCII letters in either case. */
function asciiAt(text: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(i + k)
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false
  }
  return true
}

/** An ASCII letter, digit or `_`: where GitHub's mentions, references and autolinks see a word go on. */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0)
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
}

/** A word character, `.` or `-`: one of a repository name or a domain. */
function isNameChar(c: string): boolean {
  return isWordChar(c) || c === '.' || c === '-'
}

/**
 * Whether an e-mail domain GitHub links starts at `from`: letters, digits, `-`, `_` and `.`,
 * with a dot inside and a letter in its last label. An IP address is none (netconsole's
 * `4444@10.0.0.1/eth1` stays as written, copyable).
 */
function dottedDomainAt(text: string, from: number): boolean {
  let end = from
  while (end < text.length && isNameChar(text[end]!)) end++
  let domain = text.slice(from, end)
  while (domain.endsWith('.')) domain = domain.slice(0, -1)
  const dot = domain.lastIndexOf('.')
  if (dot <= 0) return false
  const last = domain.slice(dot + 1).toLowerCase()
  for (const c of last) if (c >= 'a' && c <= 'z') return true
  return false
}

/** Line breaks of any kind (and tabs) become one space: matrix text never starts a line of its own. */
function flatten(text: string): string {
  return text.replace(/\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g, ' ')
}

/** HTML specials and Markdown punctuation, as entities in text inside raw HTML (where a `\\` escape would show). */
const INLINE_HTML_SPECIAL = /[&<>"'\\`*_[\]~|$]/g

/**
 * Text for an inline HTML element inside Markdown (`<summary>…</summary>`): one line (a blank
 * line would end the HTML block and turn the rest into live Markdown), no control characters,
 * HTML special characters and Markdown punctuation as entities, no @-mention, no emoji.
 *
 * @param inCode - the element is `<code>`, where GitHub makes no emoji: a command line's
 *   `ip=…:myboard:eth0:off` stays as written, copyable
 * @example
 * escapeInlineHtml('v\n\n[x](y) <b>') // → 'v  &#91;x&#93;(y) &lt;b&gt;'
 */
export function escapeInlineHtml(text: string, inCode = false): string {
  const visible = visibleText(flatten(text))
  return noMention(noAutolink(noReference(inCode ? visible : noEmoji(visible))).replace(INLINE_HTML_SPECIAL, (c) => HTML_SPECIAL[c] ?? `&#${c.charCodeAt(0)};`))
}

/**
 * Escapes free text for Markdown prose and table cells (one line: newlines become spaces).
 *
 * @example
 * escapeMarkdown('<b>hi</b> | @team *x*') // → '&lt;b&gt;hi&lt;/b&gt; \\| @\u200Bteam \\*x\\*'
 */
export function escapeMarkdown(text: string): string {
  return noMention(
    noAutolink(noReference(noEmoji(visibleText(flatten(text)))))
      .replace(/[&<>]/g, (c) => MARKDOWN_ENTITIES[c] ?? c)
      .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`),
  )
}

/**
 * Escapes text for an HTML context (attribute or element content inside raw HTML blocks).
 *
 * @example
 * escapeHtml('a < b & "c"') // → 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_SPECIAL[c] ?? c)
}

/**
 * Text as a `<code>` element, for raw HTML (a `<summary>`) or a table cell whose code span
 * cannot spell it (codeSpan()): a line break or another control character shown as its escape,
 * as codeSpan() and the text output show it (a file `a\nb.json` is not `a b.json`, another
 * file's name), HTML and Markdown specials as entities, and no emoji guard (GitHub makes none
 * in code).
 *
 * @example
 * codeElement('boards/a\nb.json') // → '<code>boards/a\\nb.json</code>'
 */
export function codeElement(text: string): string {
  return `<code>${escapeInlineHtml(visibleText(text), true)}</code>`
}

/**
 * A Markdown code span that shows `text` literally. The delimiter is one backtick longer than
 * the longest run inside (CommonMark 6.1). In a table cell (`where: 'table'`) a `|` becomes
 * `\|`: GitHub splits table rows on `|` before it parses code spans, and takes the backslash
 * away again. Anywhere else a backslash in a code span is shown as itself, so `|` stays.
 * A `\|` in the text has no such spelling in a table (its `\\|` ends the cell: the row
 * splitter reads `\\` as an escaped backslash), so there it is a `<code>` element of
 * entities instead (escapeInlineHtml()). A line break or another control character is shown
 * as its escape, as the text output shows it (visibleText()): a file `a\nb.json` is not shown
 * as the name of another, `a b.json`, and cannot end the table row.
 *
 * @example
 * codeSpan('a|b') // → '`a|b`'
 * codeSpan('a\nb.json') // → '`a\\nb.json`'
 * codeSpan('a|b', 'table') // → '`a\\|b`'
 * codeSpan('a\\|b', 'table') // → '<code>a&#92;&#124;b</code>'
 * codeSpan('x`y') // → '``x`y``'
 */
export function codeSpan(text: string, where: 'inline' | 'table' = 'inline'): string {
  const flat = visibleText(text)
  if (where === 'table' && flat.includes('\\|')) return codeElement(flat)
  const longest = Math.max(0, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${where === 'table' ? flat.replace(/\|/g, '\\|') : flat}${pad}${fence}`
}

/**
 * A fenced code block holding `lines` verbatim: the fence is longer than any backtick run
 * inside, so no line can close it.
 *
 * @example
 * codeFence(['```', 'x'], 'text') // → '````text\n```\nx\n````'
 */
export function codeFence(lines: readonly string[], info = ''): string {
  const longest = Math.max(0, ...lines.flatMap((l) => Array.from(l.matchAll(/`+/g), (m) => m[0].length)))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return [`${fence}${info}`, ...lines.map((l) => l.replace(/\r/g, '')), fence].join('\n')
}

/**
 * Text for a quoted Mermaid label (`n1["…"]`): everything except a small safe set becomes a
 * Mermaid entity code `#NNN;`, so quotes, brackets, HTML, backticks and `%%` cannot end the
 * label, open markup or comment out the rest of the diagram.
 *
 * @example
 * mermaidText('nvme0 "x" <y>') // → 'nvme0 #34;x#34; #60;y#62;'
 */
export function mermaidText(text: string): string {
  let out = ''
  // A bidirectional override as an entity would still turn the rendered label around
  // (Mermaid decodes it): shown as its escape, as every other format shows it.
  for (const ch of visibleText(flatten(text))) {
    out += /^[A-Za-z0-9 .,:/()+\-_=~·–]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`
  }
  return out
}

/**
 * Characters that must never reach plain-text output (a terminal, a CI log) raw: C0 controls
 * (newline, ESC, BEL, BS …), DEL, C1 controls (0x9B is a one-byte CSI), the Unicode line and
 * paragraph separators, the bidirectional overrides (Trojan Source), and the zero-width
 * characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM), which make two names that differ look alike
 * (RAM variants `4G` and `4G\u200b`).
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g
const NAMED_CONTROLS: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/**
 * Text for one line of plain-text output: line breaks and control characters are shown as
 * escapes (`\n`, `\r`, `\t`, `\x1b`, `\u202e`), so matrix text can neither start a line of
 * its own (a workflow command in a runner's log) nor drive a terminal.
 *
 * @param keepLineBreaksAndTabs - leave \n, \r and tab as they are (the HTML report)
 * @example
 * visibleText('a\n::error::x\u001b[2J') // → 'a\\n::error::x\\x1b[2J'
 */
export function visibleText(text: string, keepLineBreaksAndTabs = false): string {
  return text.replace(INVISIBLE, (c) => {
    // The HTML report's text keeps them: a tooltip's lines, and white space to a browser.
    if (keepLineBreaksAndTabs && (c === '\n' || c === '\r' || c === '\t')) return c
    const named = NAMED_CONTROLS[c]
    if (named) return named
    const code = c.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}
