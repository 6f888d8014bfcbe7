// SPDX-License-Identifier: GPL-2.0-only
/**
 * The rule registry, sorted by id (ESLint rules/index.js). A test keeps it sorted, unique
 * and documented (docs/rules/<ID>.md). Engine rules (CK, LM, PR) run on every simulated
 * layout through evaluateLayout() in src/rules/run.ts; the SC rules are the loader's.
 */
import ck001 from './ck001-reservation-failed.js'
import ck002 from './ck002-low-above-dma-reach.js'
import ck003 from './ck003-fell-back-high.js'
import ck004 from './ck004-option-ignored.js'
import ck005 from './ck005-endless-retry.js'
import ck006 from './ck006-parameter-not-modelled.js'
import ck007 from './ck007-early-param-stops-boot.js'
import ck008 from './ck008-cma-reservation-short.js'
import ck009 from './ck009-cma-sysfs-duplicate.js'
import ck010 from './ck010-not-requested.js'
import ck011 from './ck011-fixed-base-kaslr.js'
import ck012 from './ck012-boot-panics.js'
import ck013 from './ck013-smaller-than-image.js'
import { renderMessage, type Rule } from './define-rule.js'
import { deepFreeze } from '../freeze.js'
import lm001 from './lm001-linear-map-base-pages.js'
import pr001 from './pr001-protection-unavailable.js'
import sc001 from './sc001-json-syntax.js'
import sc002 from './sc002-schema-violation.js'
import sc003 from './sc003-semantic.js'
import sc004 from './sc004-not-simulated.js'
import sc005 from './sc005-unused-default.js'

export { defineRule, renderMessage, RULE_DOCS_BASE, type Rule, type RuleContext, type RuleMeta, type RuleReport, type RuleType, type SiblingLayout } from './define-rule.js'

/** Every rule, sorted by id. Frozen, meta and all (src/freeze.ts): every later check() runs them. */
export const RULES: readonly Rule[] = deepFreeze([ck001, ck002, ck003, ck004, ck005, ck006, ck007, ck008, ck009, ck010, ck011, ck012, ck013, lm001, pr001, sc001, sc002, sc003, sc004, sc005])

/** Rules by id and by name. */
const BY_REF = new Map<string, Rule>(RULES.flatMap((r) => [[r.id, r] as const, [r.name, r] as const]))

/**
 * Finds a rule by id (`SC002`) or name (`schema-violation`).
 *
 * @returns the rule, or undefined
 */
export function getRule(ref: string): Rule | undefined {
  return BY_REF.get(ref)
}

/** The loader's rules, typed for the loader's message ids. */
export const SC_RULES = { syntax: sc001, schema: sc002, semantic: sc003, notSimulated: sc004, unusedDefault: sc005 } as const

/**
 * A decoder problem in check's words (SC003's message for it), for the commands that report
 * one outside a finding (explain, sweep, verify, import); its id and data where SC003 has no
 * message of that id.
 */
export function semanticProblemText(p: { messageId: string; data: Readonly<Record<string, string>> }): string {
  const template = (SC_RULES.semantic.meta.messages as Readonly<Record<string, string>>)[p.messageId]
  return template === undefined ? `${p.messageId} ${JSON.stringify(p.data)}` : renderMessage(template, p.data)
}
