/**
 * Escaping for text that comes from the matrix (board ids, names, messages, kernel command
 * lines) on its way into GitHub-flavoured Markdown, HTML blocks and Mermaid labels. The aim
 * is that whatever a board description holds renders as the characters it contains: no
 * tags, no links (nor the ones GitHub makes of bare URLs), no emphasis, no math, no @-mentions, no emoji shortcodes, no way out of a table cell, a code
 * fence or a diagram.
 */
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
export declare function escapeInlineHtml(text: string, inCode?: boolean): string;
/**
 * Escapes free text for Markdown prose and table cells (one line: newlines become spaces).
 *
 * @example
 * escapeMarkdown('<b>hi</b> | @team *x*') // → '&lt;b&gt;hi&lt;/b&gt; \\| @\u200Bteam \\*x\\*'
 */
export declare function escapeMarkdown(text: string): string;
/**
 * Escapes text for an HTML context (attribute or element content inside raw HTML blocks).
 *
 * @example
 * escapeHtml('a < b & "c"') // → 'a &lt; b &amp; &quot;c&quot;'
 */
export declare function escapeHtml(text: string): string;
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
export declare function codeElement(text: string): string;
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
export declare function codeSpan(text: string, where?: 'inline' | 'table'): string;
/**
 * A fenced code block holding `lines` verbatim: the fence is longer than any backtick run
 * inside, so no line can close it.
 *
 * @example
 * codeFence(['```', 'x'], 'text') // → '````text\n```\nx\n````'
 */
export declare function codeFence(lines: readonly string[], info?: string): string;
/**
 * Text for a quoted Mermaid label (`n1["…"]`): everything except a small safe set becomes a
 * Mermaid entity code `#NNN;`, so quotes, brackets, HTML, backticks and `%%` cannot end the
 * label, open markup or comment out the rest of the diagram.
 *
 * @example
 * mermaidText('nvme0 "x" <y>') // → 'nvme0 #34;x#34; #60;y#62;'
 */
export declare function mermaidText(text: string): string;
/**
 * Text for one line of plain-text output: line breaks and control characters are shown as
 * escapes (`\n`, `\r`, `\t`, `\x1b`, `\u202e`), so matrix text can neither start a line of
 * its own (a workflow command in a runner's log) nor drive a terminal.
 *
 * @param keepLineBreaksAndTabs - leave \n, \r and tab as they are (the HTML report)
 * @example
 * visibleText('a\n::error::x\u001b[2J') // → 'a\\n::error::x\\x1b[2J'
 */
export declare function visibleText(text: string, keepLineBreaksAndTabs?: boolean): string;
