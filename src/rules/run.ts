// SPDX-License-Identifier: GPL-2.0-only
/**
 * Runs the registry's layout rules on one simulated layout and applies the board's severity
 * overrides and suppressions. The engine rules (CK, LM, PR) have a `check`; the SC rules are
 * reported by the loader and go through applyBoardPolicy() too. evaluateLayout() is the
 * finding-free form the suggestion engine re-runs on modified layouts.
 */
import type { SimulationResult } from '../engine/index.js'
import type { DecodedLayout } from '../matrix/types.js'
import type { Finding, Severity, SourceLocation } from '../report/types.js'
import { getRule, RULES } from './index.js'
import { renderMessage, type Rule, type RuleReport, type SiblingLayout } from './define-rule.js'

/** Turns a rule report into a finding (location filled in by the caller's locator). */
export function makeFinding(
  rule: Rule,
  report: RuleReport<string>,
  where: { file: string; location?: SourceLocation; boardId?: string; layoutName?: string; kernel?: string },
): Finding {
  const template = rule.meta.messages[report.messageId]
  if (template === undefined) throw new Error(`assertion failed: rule ${rule.id} has no message ${report.messageId}`)
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: report.severity ?? rule.meta.defaultSeverity,
    messageId: report.messageId,
    message: renderMessage(template, report.data),
    data: report.data,
    file: where.file,
    ...(where.boardId !== undefined && { boardId: where.boardId }),
    ...(where.layoutName !== undefined && { layoutName: where.layoutName }),
    ...(where.kernel !== undefined && { kernel: where.kernel }),
    pointer: report.at,
    ...(where.location !== undefined && { location: where.location }),
    evidence: report.evidence ?? [],
    ...(report.suggestion !== undefined && { suggestion: report.suggestion }),
    docsUrl: rule.docsUrl,
  }
}

/** One rule report on one layout, before it becomes a finding. */
export interface Evaluated {
  rule: Rule
  report: RuleReport<string>
  /** The report's severity (expectation-escalated), before the board's overrides. */
  severity: Severity
  /** `data[rule.meta.subject]`, or '' for rules without a subject. */
  subject: string
}

/**
 * The layouts of `all` that read the same command-line value as `layout`: same board, same
 * `cmdline` pointer (the board's, a `kernels` entry's, the preset's or `defaults`'), not the
 * layout itself (the same object: under a kernel override every kernel has the board's
 * `kernels` pointer, so pointers do not tell the layouts apart).
 *
 * @example
 * siblingLayouts(runs[0].layout, runs) // → the rpi4 board's 6.12 layout for its 6.1 one, both reading /boards/0/cmdline
 */
export function siblingLayouts<T extends SiblingLayout>(layout: DecodedLayout, all: Iterable<T>): T[] {
  const out: T[] = []
  for (const s of all) {
    const l = s.layout
    if (l !== layout && l.boardId === layout.boardId && l.pointers.cmdline === layout.pointers.cmdline) out.push(s)
  }
  return out
}

/**
 * Runs every rule that has a `check` on one layout.
 *
 * @param siblings - the board's other layouts that read the same command line (siblingLayouts())
 * @returns the reports in rule order
 */
export function evaluateLayout(layout: DecodedLayout, sim: SimulationResult, siblings: readonly SiblingLayout[]): Evaluated[] {
  const out: Evaluated[] = []
  for (const rule of RULES) {
    if (!rule.check) continue
    rule.check({
      layout,
      sim,
      siblings,
      report: (r) => out.push({ rule, report: r, severity: r.severity ?? rule.meta.defaultSeverity, subject: subjectOf(rule, r.data) }),
    })
  }
  return out
}

/** What a report is about (see RuleMeta.subject). */
export function subjectOf(rule: Rule, data: Readonly<Record<string, string>>): string {
  return rule.meta.subject !== undefined ? (data[rule.meta.subject] ?? '') : ''
}

/**
 * The severity a board gives a report: its `severity` override (by id or name), `off`, or
 * undefined when the board suppresses the rule (suppressed findings are not counted).
 */
export function boardSeverity(rule: Rule, severity: Severity, policy: BoardPolicy): Severity | 'off' | undefined {
  const override = policy.severity[rule.id] ?? policy.severity[rule.name]
  if (override === 'off') return 'off'
  if (policy.suppress.some((s) => s.rule === rule.id || s.rule === rule.name)) return undefined
  return override ?? severity
}

/** A board's merged `severity` and `suppress`. */
export interface BoardPolicy {
  severity: DecodedLayout['severity']
  suppress: DecodedLayout['suppress']
}

/**
 * Whether a finding is an error of the matrix that keeps the layouts it names from the engine
 * (SC002 in a board, SC003: the decoder drops them).
 */
export function keepsLayoutsFromEngine(f: Pick<Finding, 'ruleId' | 'severity'>): boolean {
  return (f.ruleId === 'SC002' || f.ruleId === 'SC003') && f.severity === 'error'
}

/** The reason a board's `off` leaves on a finding it cannot drop (keepsLayoutsFromEngine()). */
export const OFF_KEEPS_UNSIMULATED = 'severity "off" in the board\'s settings; the layouts it names are not simulated'

/**
 * Applies a board's severity overrides (`off` drops the finding) and suppressions (the
 * finding stays in the report, marked, and is not counted). An error that keeps layouts from
 * the engine is not dropped by `off`: it is suppressed, so the report still says which layouts
 * were not simulated, and the run does not fail for it.
 */
export function applyBoardPolicy(findings: readonly Finding[], policy: BoardPolicy | undefined): Finding[] {
  if (!policy) return [...findings]
  const out: Finding[] = []
  for (const f of findings) {
    const rule = getRule(f.ruleId)
    const override = policy.severity[f.ruleId] ?? (rule ? policy.severity[rule.name] : undefined)
    if (override === 'off') {
      if (keepsLayoutsFromEngine(f)) out.push({ ...f, suppressed: { reason: OFF_KEEPS_UNSIMULATED } })
      continue
    }
    const suppression = policy.suppress.find((s) => s.rule === f.ruleId || s.rule === f.ruleName)
    out.push({ ...f, ...(override !== undefined && { severity: override }), ...(suppression && { suppressed: { reason: suppression.reason } }) })
  }
  return out
}
