// SPDX-License-Identifier: GPL-2.0-only
/**
 * Escaping for text that comes from the matrix (board ids, names, messages, kernel command
 * lines) on its way into GitHub-flavoured Markdown, HTML blocks and Mermaid labels. The aim
 * is that whatever a board description holds renders as the characters it contains: no
 * tags, no links, no emphasis, no math, no @-mentions, no way out of a table cell, a code
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

/** Why the zero-width space: GitHub links `@name` and `#123` in rendered text nodes, even when the `@` came from an entity. */
const ZWSP = '\u200B'

/**
 * Escapes free text for Markdown prose and table cells (one line: newlines become spaces).
 *
 * @example
 * escapeMarkdown('<b>hi</b> | @team *x*') // → '&lt;b&gt;hi&lt;/b&gt; \\| @\u200Bteam \\*x\\*'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[&<>]/g, (c) => MARKDOWN_ENTITIES[c] ?? c)
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWSP}`)
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
 * A Markdown code span that shows `text` literally, also inside a table cell.
 * The delimiter is one backtick longer than the longest run inside (CommonMark 6.1).
 *
 * @example
 * codeSpan('a|b') // → '`a\\|b`'
 * codeSpan('x`y') // → '``x`y``'
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ')
  const longest = Math.max(0, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  // GitHub splits table rows on `|` before it parses code spans; `\|` keeps the cell together.
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`
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
  for (const ch of text.replace(/\r\n|\r|\n/g, ' ')) {
    out += /^[A-Za-z0-9 .,:/()+\-_=~·–]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`
  }
  return out
}
