// SPDX-License-Identifier: GPL-2.0-only
/**
 * Runs the registry's layout rules on one simulated layout and applies the board's severity
 * overrides and suppressions. Today no rule has `check` (the engine rules arrive with
 * issue 4); the SC rules are reported by the loader and go through applyBoardPolicy() too.
 */
import type { SimulationResult } from '../engine/index.js'
import type { DecodedLayout } from '../matrix/types.js'
import type { Finding, SourceLocation } from '../report/types.js'
import { getRule, RULES } from './index.js'
import { renderMessage, type Rule, type RuleReport } from './define-rule.js'

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
    severity: rule.meta.defaultSeverity,
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

/**
 * Runs every rule that has a `check` on one layout.
 *
 * @param layout - the decoded layout
 * @param sim - the engine's result for it
 * @param locate - pointer → location in the matrix file
 * @returns the findings, before severity overrides and suppressions
 */
export function runLayoutRules(
  layout: DecodedLayout,
  sim: SimulationResult,
  file: string,
  locate: (pointer: string) => SourceLocation,
): Finding[] {
  const findings: Finding[] = []
  for (const rule of RULES) {
    if (!rule.check) continue
    rule.check({
      layout,
      sim,
      report: (r) => findings.push(makeFinding(rule, r, { file, location: locate(r.at), boardId: layout.boardId, layoutName: layout.layoutName, kernel: layout.layout.kernel })),
    })
  }
  return findings
}

/** A board's merged `severity` and `suppress`. */
export interface BoardPolicy {
  severity: DecodedLayout['severity']
  suppress: DecodedLayout['suppress']
}

/**
 * Applies a board's severity overrides (`off` drops the finding) and suppressions (the
 * finding stays in the report, marked, and is not counted).
 */
export function applyBoardPolicy(findings: readonly Finding[], policy: BoardPolicy | undefined): Finding[] {
  if (!policy) return [...findings]
  const out: Finding[] = []
  for (const f of findings) {
    const rule = getRule(f.ruleId)
    const override = policy.severity[f.ruleId] ?? (rule ? policy.severity[rule.name] : undefined)
    if (override === 'off') continue
    const suppression = policy.suppress.find((s) => s.rule === f.ruleId || s.rule === f.ruleName)
    out.push({ ...f, ...(override !== undefined && { severity: override }), ...(suppression && { suppressed: { reason: suppression.reason } }) })
  }
  return out
}
