/**
 * Workflow commands (`::error file=…,line=…,col=…::message`) for `--format github`, escaped as
 * @actions/core escapes them (toolkit packages/core/src/command.ts), within the annotation
 * caps; the rest is summarised in a final `::notice`.
 */
import { type Annotation } from './annotations.js';
import type { FormatContext } from './formatters.js';
import type { Report } from './types.js';
/** One workflow command line for an annotation. */
export declare function annotationCommand(a: Annotation): string;
/** Formats a report as GitHub workflow commands. */
export declare function formatGithub(report: Report, _ctx?: FormatContext): string;
