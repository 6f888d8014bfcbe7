import type { SimulationResult, TraceEvent } from '../engine/index.js';
import type { DecodedLayout } from '../matrix/types.js';
import type { JsonPointer, Severity, Suggestion } from '../report/types.js';
import type { FixRequest, FixStrategyId } from '../suggest/types.js';
/** What a rule reports about: a sure problem, a risk, or information. */
export type RuleType = 'problem' | 'risk' | 'info';
export interface RuleMeta<M extends string> {
    type: RuleType;
    defaultSeverity: Severity;
    description: string;
    /** Kernel functions/files the rule is about ("kernel/crash_reserve.c reserve_crashkernel_generic"). */
    kernel: readonly string[];
    /** Message templates with `{{name}}` placeholders, by message id. */
    messages: Readonly<Record<M, string>>;
    /**
     * The `data` key naming what a report is about when one layout can have several reports of
     * the rule (`token` for CK004, `device` for CK002). A report is "the same finding" on a
     * modified layout when rule and subject match; without a subject, any report of the rule is.
     */
    subject?: string;
    /**
     * How the suggestion engine (src/suggest) may try to fix each message, in order of
     * preference. Every candidate is simulated and kept only when the finding is gone and no
     * new error appears (Biome's fix_kind, made verifiable).
     */
    fixes?: Partial<Readonly<Record<M, readonly FixStrategyId[]>>>;
}
/** What a layout rule reports; the runner adds board, layout, location and severity. */
export interface RuleReport<M extends string> {
    messageId: M;
    data: Record<string, string>;
    /** The value to change. */
    at: JsonPointer;
    evidence?: readonly TraceEvent[];
    suggestion?: Suggestion;
    /**
     * The severity for this report when it differs from `meta.defaultSeverity` — set when a
     * board's `expect` escalates the fact to an error (or relaxes it). Board `severity`
     * overrides still win.
     */
    severity?: Severity;
    /** What the suggestion engine needs to fix this report (the device's reach, the token …). */
    fix?: FixRequest;
}
/**
 * Another layout of the same board that reads the same command-line value (another kernel or
 * RAM variant of the board, the same `cmdline` in the matrix). `sim` when the caller has it.
 */
export interface SiblingLayout {
    layout: DecodedLayout;
    sim?: SimulationResult;
}
/** Passed to a layout rule's `check`: the decoded layout, the engine's result, and `report`. */
export interface RuleContext<M extends string> {
    layout: DecodedLayout;
    sim: SimulationResult;
    /**
     * The board's other layouts that read this layout's command line (siblingLayouts() in
     * src/rules/run.ts): a change to the command line is a change to all of them, so a rule
     * that tells the user to remove text checks that no sibling needs it.
     */
    siblings: readonly SiblingLayout[];
    report(finding: RuleReport<M>): void;
}
/**
 * A rule. Loader rules (the SC family) have no `check`: the loader reports them. Engine
 * rules (issue 4) implement `check` and are run on every simulated layout.
 */
export interface Rule<M extends string = string> {
    id: string;
    name: string;
    meta: RuleMeta<M>;
    docsUrl: string;
    /** Method syntax on purpose: a Rule<'a' | 'b'> is then usable as a Rule (the registry's type). */
    check?(context: RuleContext<M>): void;
}
/** Base of the per-rule documentation (docs/rules/<ID>.md in the repository). */
export declare const RULE_DOCS_BASE = "https://github.com/crashkernel-check/crashkernel-check/blob/main/docs/rules/";
/**
 * Declares a rule and fills in its docs URL.
 *
 * @param rule - id, name, meta and optionally check
 * @returns the rule with `docsUrl`
 * @example
 * defineRule({ id: 'SC001', name: 'json-syntax', meta: { … } }).docsUrl
 * // → 'https://github.com/crashkernel-check/crashkernel-check/blob/main/docs/rules/SC001.md'
 */
export declare function defineRule<M extends string>(rule: Omit<Rule<M>, 'docsUrl'>): Rule<M>;
/**
 * Renders a message template; a placeholder without data stays visible (a bug, not a crash).
 *
 * @example
 * renderMessage('unknown property "{{property}}"', { property: 'confg' }) // → 'unknown property "confg"'
 */
export declare function renderMessage(template: string, data: Readonly<Record<string, string>>): string;
