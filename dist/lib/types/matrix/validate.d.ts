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
export type SchemaMessageId = 'unknownProperty' | 'missingProperty' | 'wrongType' | 'notAllowed' | 'badFormat' | 'tooFew' | 'outOfRange' | 'exclusive' | 'deviceReach' | 'other';
type AjvError = ErrorObject & {
    parentSchema?: {
        title?: string;
        properties?: Record<string, unknown>;
        allOf?: Array<{
            $ref?: string;
        }>;
    };
};
/** Drops the branch noise of oneOf/discriminator/propertyNames errors (see the file comment). */
export declare function simplifyErrors(errors: readonly AjvError[]): AjvError[];
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
 * // → [{ messageId: 'notAllowed', data: { value: '"arm65"', allowed: '"arm64", "x86_64", "riscv64"' },
 * //      pointer: '/boards/0/arch', target: 'value' }]
 */
export declare function validateMatrix(data: unknown): SchemaProblem[];
/**
 * Boards whose values the schema rejected (decoding them would only report noise), or 'all'
 * when the document's shape or `defaults` is itself invalid.
 */
export declare function invalidBoards(value: unknown, pointers: readonly string[]): Set<number> | 'all';
export {};
