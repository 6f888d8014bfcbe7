/** The formatter registry: pure functions (report, ctx) → string (ESLint formatters). */
import type { Finding, Report } from './types.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html/index.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
/**
 * Something the tool says about its own run rather than about the matrix: SARIF's
 * toolConfigurationNotifications (`configuration`: a bad input, a missing file) and
 * toolExecutionNotifications (`execution`: an internal error, an output not written).
 */
export interface ToolNotification {
    kind: 'configuration' | 'execution';
    level: 'error' | 'warning' | 'note';
    message: string;
    /** A stable id for the kind of problem, e.g. `missing-file`, `bad-input`, `internal`. */
    id?: string;
}
export interface FormatContext {
    /** Findings that got no annotation (the summary lists them). */
    overflow?: readonly Finding[] | undefined;
    /** Notifications about the run (SARIF invocations). */
    notifications?: readonly ToolNotification[] | undefined;
    /** False when the run did not complete (SARIF `executionSuccessful`); default true. */
    executionSuccessful?: boolean | undefined;
    /** Absolute `file://` URI of the workspace (SARIF `originalUriBaseIds`; a `/` is added when it does not end in one). */
    srcRoot?: string | undefined;
    /**
     * SARIF: at most this many results, the most severe kept (the action passes code
     * scanning's 25,000 per run, SARIF_MAX_RESULTS); a notification says how many were left
     * out. Default: every finding.
     */
    maxResults?: number | undefined;
}
export type Formatter = (report: Report, ctx?: FormatContext) => string;
export { formatGithub, formatHtml, formatJson, formatMarkdown, formatSarif, formatStylish };
/** Formatters by `--format` name. */
export declare const formatters: {
    readonly text: typeof formatStylish;
    readonly json: typeof formatJson;
    readonly markdown: typeof formatMarkdown;
    readonly github: typeof formatGithub;
    readonly sarif: typeof formatSarif;
    readonly html: typeof formatHtml;
};
