import { type Report } from '../types.js';
import type { FormatContext } from '../formatters.js';
export { renderMemoryMap } from './memory-map.js';
export { buildScale, type Scale, type ScaleSegment } from './scale.js';
export { layoutStatus, STATUS_META, type LayoutStatus } from './status.js';
export interface HtmlOptions {
    /**
     * Page title and heading; default `crashkernel-check report`, in the browser's tab followed by
     * the checked file (`: boards.json`) or the first of several (`: a.json and 2 more files`),
     * so tabs tell reports apart.
     */
    title?: string | undefined;
    /**
     * Most layouts with a full detail section (facts, regions, kernel messages). Default 1500
     * (about 4 KiB each without a map). Layouts beyond it keep their grid cell, with the outcome
     * in its tooltip; those with findings also keep a short section with the findings (about
     * 1.5 KiB each), which their cell links to.
     */
    maxDetails?: number | undefined;
    /**
     * What kept the run from checking everything (a matrix file it could not read, a --boards
     * pattern that matched no board): the CLI exits 2 for them, and the page says so at its top,
     * so a saved page does not read as a pass. Default none.
     */
    problems?: readonly string[] | undefined;
    /**
     * Most layouts whose memory map is drawn. Default 400 (a map is 3 to 8 KiB). A report
     * under both caps is complete; above them the page says what it left out.
     */
    maxMaps?: number | undefined;
}
/**
 * Renders a report as one self-contained HTML page.
 *
 * @param report - what `check()` returned (or `mergeReports()` of several)
 * @param options - title and size caps
 * @returns the page, deterministic for a given report and options
 * @example
 * renderHtml(check(text, 'boards.json')).startsWith('<!DOCTYPE html>') // → true
 */
export declare function renderHtml(report: Report, options?: HtmlOptions): string;
/**
 * renderHtml with default options, in the formatter registry's shape `(report, ctx) => string`:
 * the context's error notifications (what makes the CLI exit 2) head the page.
 */
export declare function formatHtml(report: Report, ctx?: FormatContext): string;
