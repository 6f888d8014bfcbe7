/**
 * The page's stylesheet (inline; no fonts or images are fetched). Two palettes behind
 * `prefers-color-scheme`; text colours keep at least 4.5:1 against their backgrounds in both.
 * Status never rests on colour alone: every cell also carries a glyph and a word.
 */
export declare const CSS: string;
