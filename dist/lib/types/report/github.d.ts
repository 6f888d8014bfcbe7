import { type Annotation } from './annotations.js';
import type { FormatContext } from './formatters.js';
import type { Report } from './types.js';
/** One workflow command line for an annotation (or a message of the run, without a file). */
export declare function annotationCommand(a: Pick<Annotation, 'level' | 'title' | 'message'> & Partial<Pick<Annotation, 'file' | 'startLine' | 'endLine' | 'startColumn' | 'endColumn'>>): string;
/**
 * Formats a report as GitHub workflow commands. The run's notifications (a matrix file that
 * could not be read, a --boards pattern that matched nothing: what exits 2) come first, as
 * annotations without a file: in a workflow log the plain stderr line is easy to miss.
 */
export declare function formatGithub(report: Report, ctx?: FormatContext): string;
