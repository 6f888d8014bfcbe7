/**
 * Schema validation with the precompiled (standalone) ajv validator, and the translation of
 * ajv's errors into short problems located at the exact value or key.
 *
 * ajv reports every branch of a `oneOf`; left raw that is three messages for one mistake.
 * simplifyErrors() keeps the errors of the branch the value was meant for (the one whose
 * type matches) and drops the rest, the way better-ajv-errors does.
 */
import type { ErrorObject } from 'ajv';
import { type LocateTarget } from './locate.js';
import type { JsonPointer } from '../report/types.js';
/** One schema violation, before it becomes an SC002 finding. */
export interface SchemaProblem {
    messageId: SchemaMessageId;
    data: Record<string, string>;
    pointer: JsonPointer;
    target: LocateTarget;
}
export type SchemaMessageId = 'unknownProperty' | 'missingProperty' | 'wrongType' | 'notAllowed' | 'badFormat' | 'tooFew' | 'outOfRange' | 'exclusive' | 'deviceReach' | 'repeatedItem' | 'other';
type AjvError = ErrorObject & {
    parentSchema?: {
        title?: string;
        properties?: Record<string, unknown>;
        allOf?: Array<{
            $ref?: string;
        }>;
    };
};
/** `; did you mean "x"?` for the candidate nearest to `name`, or '' when none is near. */
export declare function hintFor(name: string, candidates: readonly string[]): string;
/** Drops the branch noise of oneOf/discriminator/propertyNames errors (see the file comment). */
export declare function simplifyErrors(errors: readonly AjvError[]): AjvError[];
/**
 * What a value is, for messages that do not otherwise say: its path inside its board (the
 * board is named beside every finding), e.g. `ramSize`, `kernels[1]`, `memory[0].size`.
 *
 * @example
 * subjectOf('/boards/3/memory/0/size') // → 'memory[0].size'
 */
export declare function subjectOf(pointer: string): string;
/**
 * Checks src/limits.ts on the parsed value before the schema runs.
 *
 * @returns the problems, and `refused` when the whole file is beyond a limit (too many
 *   boards, layouts or simulated regions): its one problem points at `boards`, so no
 *   board is decoded
 */
export declare function checkLimits(data: unknown): {
    problems: SchemaProblem[];
    refused: boolean;
};
/**
 * Validates a parsed matrix against the board-matrix schema and src/limits.ts.
 *
 * @param data - the JSON value of the document
 * @returns every violation (allErrors), simplified and located by pointer; [] when valid
 * @example
 * validateMatrix({ version: 1, boards: [{ id: 'x', arch: 'arm65' }] })
 * // → [{ messageId: 'notAllowed', data: { subject: 'arch', value: '"arm65"', allowed: 'one of "arm64", "x86_64", "riscv64"' },
 * //      pointer: '/boards/0/arch', target: 'value' }]
 */
export declare function validateMatrix(data: unknown): SchemaProblem[];
/**
 * Boards whose values the schema rejected (decoding them would only report noise), or 'all'
 * when the document's shape or `defaults` is itself invalid, or `defaults` is misspelt
 * ("defualts", "default": the unknown property its hint names `defaults`), as every board would
 * be simulated without the settings meant for it (a CK010 and its fix on each board for a
 * `cmdline` there). Any other unknown top-level property is reported and skips nothing.
 */
export declare function invalidBoards(value: unknown, pointers: readonly string[]): Set<number> | 'all';
export {};
