/**
 * A matrix file read up to simulation, pure: parse (positions kept) → validate → decode, with
 * the matrix's own problems as located findings (SC001 syntax, SC002 schema, SC003 semantic)
 * under a `boards` filter. Shared by check() and decodeLayouts() (src/index.ts) and the
 * fan-out plan (src/fanout/plan.ts), so a plan counts exactly what a check would report.
 */
import { type DecodeResult } from './matrix/decode.js';
import type { Finding, UnsimulatedInput } from './report/types.js';
/** Each board's `severity` and `suppress` applied to its findings (those of no board stay as they are). */
export declare function withBoardPolicies(findings: readonly Finding[], policies: DecodeResult['policies'] | undefined): Finding[];
/** What readMatrix() takes: check()'s options that shape the decode. */
export interface ReadMatrixOptions {
    /** Board ids to decode (`*` wildcards); all when empty. The problems of boards left out are not reported. */
    boards?: readonly string[] | undefined;
    /** Kernels replacing every board's `kernels`. */
    kernels?: readonly string[] | undefined;
    /** Called once with the id of every board in the file. */
    onBoardIds?: ((ids: readonly string[]) => void) | undefined;
}
/**
 * Parses, validates and decodes a matrix: the findings of the matrix itself (before the
 * board policies: withBoardPolicies), and the layouts unless a syntax error, or a schema
 * error outside the boards, leaves nothing to decode (`decoded` and `invalid` undefined).
 *
 * The one read of a matrix before simulation: check(), decodeLayouts() and the fan-out plan
 * (src/fanout/plan.ts, which must know what check() reports under a `boards` filter) share it.
 */
export declare function readMatrix(text: string, path: string, options: ReadMatrixOptions): {
    doc: import("./matrix/parse.js").ParsedDocument;
    at: (pointer: string, target?: "value" | "key") => import("./report/types.js").SourceLocation;
    findings: Finding[];
    decoded: DecodeResult | undefined;
    invalid: Set<number> | undefined;
    unsimulated: (simulated: ReadonlySet<string>) => UnsimulatedInput[];
};
