// SPDX-License-Identifier: GPL-2.0-only
/**
 * Escaping for the HTML report. Everything that comes from the matrix or the engine (board ids,
 * names, layout names, messages, command lines, dmesg lines, owners) goes through `text()` or
 * `attr()` on its way into the page, so Markdown, HTML or script in a board name renders as
 * the characters it contains. Markdown needs no escaping here: the page is HTML, never
 * re-parsed as Markdown.
 */

import { visibleText } from '../escape.js'

const HTML_SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Why the extra replacements: C0 and C1 controls (other than tab and line breaks) are parse errors in
 * HTML and invisible anyway; U+2028/2029 and bidi overrides and marks could reorder what a
 * reader sees (a board named "evil\u202Egnp.exe"); zero-width characters (ZWSP, ZWNJ, ZWJ, word
 * joiner, BOM) make two names that differ look alike (RAM variants `4G` and `4G\u200b`). They
 * are shown as the other formats show them (visibleText()), tab and line breaks aside.
 */
function visible(value: string): string {
  return visibleText(value, true)
}

/**
 * Escapes text for element content.
 *
 * @example
 * text('<b>rpi</b> & "x"') // → '&lt;b&gt;rpi&lt;/b&gt; &amp; &quot;x&quot;'
 */
export function text(value: string): string {
  return visible(value).replace(/[&<>"']/g, (c) => HTML_SPECIAL[c]!)
}

/**
 * Escapes a file name (or a `file:line:col` naming one) for element content: as text(), but a
 * line break shown as its escape (`\n`), as the other formats show it, since a browser shows
 * it as a space, the name of another file.
 *
 * @example
 * fileText('boards/a\nb.json:3:1') // → 'boards/a\\nb.json:3:1'
 */
export function fileText(value: string): string {
  return text(visibleText(value))
}

/**
 * Escapes text for a double-quoted attribute value (newlines kept: `title` tooltips show them).
 *
 * @example
 * attr('a"b\nc') // → 'a&quot;b&#10;c'
 */
export function attr(value: string): string {
  return text(value).replace(/\r\n|\r|\n/g, '&#10;')
}

/**
 * A link target safe to put in `href`: http(s) URLs and relative paths; anything else (for
 * example `javascript:`) gives undefined and the caller renders plain text.
 *
 * @example
 * safeUrl('https://example.org/docs/CK001.md') // → 'https://example.org/docs/CK001.md'
 * safeUrl('javascript:alert(1)') // → undefined
 */
export function safeUrl(url: string): string | undefined {
  const trimmed = url.trim()
  if (/^https?:\/\//i.test(trimmed)) return trimmed
  // Relative: no scheme before the first '/', '?' or '#'.
  if (trimmed !== '' && !/^[^/?#]*:/.test(trimmed)) return trimmed
  return undefined
}
