/**
 * Escaping for the HTML report. Everything that comes from the matrix or the engine (board ids,
 * names, layout names, messages, command lines, dmesg lines, owners) goes through `text()` or
 * `attr()` on its way into the page, so Markdown, HTML or script in a board name renders as
 * the characters it contains. Markdown needs no escaping here: the page is HTML, never
 * re-parsed as Markdown.
 */
/**
 * Escapes text for element content.
 *
 * @example
 * text('<b>rpi</b> & "x"') // → '&lt;b&gt;rpi&lt;/b&gt; &amp; &quot;x&quot;'
 */
export declare function text(value: string): string;
/**
 * Escapes a file name (or a `file:line:col` naming one) for element content: as text(), but a
 * line break shown as its escape (`\n`), as the other formats show it, since a browser shows
 * it as a space, the name of another file.
 *
 * @example
 * fileText('boards/a\nb.json:3:1') // → 'boards/a\\nb.json:3:1'
 */
export declare function fileText(value: string): string;
/**
 * Escapes text for a double-quoted attribute value (newlines kept: `title` tooltips show them).
 *
 * @example
 * attr('a"b\nc') // → 'a&quot;b&#10;c'
 */
export declare function attr(value: string): string;
/**
 * A link target safe to put in `href`: http(s) URLs and relative paths; anything else (for
 * example `javascript:`) gives undefined and the caller renders plain text.
 *
 * @example
 * safeUrl('https://example.org/docs/CK001.md') // → 'https://example.org/docs/CK001.md'
 * safeUrl('javascript:alert(1)') // → undefined
 */
export declare function safeUrl(url: string): string | undefined;
