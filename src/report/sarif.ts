// SPDX-License-Identifier: GPL-2.0-only
/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif (code scanning), pure:
 * formatSarif(report, ctx) → string.
 *
 * - `tool.driver.rules`: every rule of the registry (src/rules/index.ts), in id order, with
 *   id, name, shortDescription, fullDescription, helpUri, help and
 *   defaultConfiguration.level; a rule id seen in a finding but missing from the registry
 *   is appended from the finding, so every `ruleIndex` resolves.
 * - `results` is always present (empty when the matrix is clean). One result per rule and
 *   line of a file (sarifResultGroups()): code scanning identifies an alert by the file, the
 *   rule and the `primaryLocationLineHash` upload-sarif computes from the text of the result's
 *   first line, so results that share those show as one alert with one result's message. The
 *   findings of one board's value on several layouts (every RAM variant and kernel of a
 *   command line), and those of several boards or values on one line (a minified matrix, a
 *   board written on one line), are one result that names the layouts, each distinct message
 *   with its own. Each result has one
 *   physicalLocation: the matrix file relative to the workspace (`%SRCROOT%`; a file: URI when the report names it by an absolute path) and the
 *   region of the value to change (1-based lines; columns in UTF-16 code units, end
 *   exclusive, as `columnKind` says).
 * - `partialFingerprints["crashkernelCheck/v2"]` (the result's first finding's) =
 *   ruleId|boardId|pointer, the pointer taken from the board (`/cmdline`, not
 *   `/boards/3/cmdline`) when the finding names one: stable across runs and edits elsewhere in
 *   the file (boards added, removed or moved above it included), for a consumer that tracks
 *   results by it. A finding about the whole file (no board, the empty pointer: a syntax
 *   error) adds its line and column. GitHub code scanning matches alerts by the
 *   `primaryLocationLineHash` upload-sarif adds instead (docs.github.com, "SARIF support for
 *   code scanning"); one written here would be kept, but upload-sarif warns for each result
 *   whose hash differs from the one it computes (github/codeql-action#4052), so there is none.
 * - A result whose every finding is suppressed carries `suppressions` (kind inSource, the
 *   board's reason); one that also has an active finding (two boards on one line, one with a
 *   `suppress`) is active, its suppressed findings' messages saying so: code scanning would
 *   show the two as one alert, suppressed or not.
 * - `invocations[0]`: executionSuccessful, toolConfigurationNotifications (bad inputs,
 *   missing files) and toolExecutionNotifications (internal errors), from ctx.
 * - `properties.kernelOverride` (the run's property bag, SARIF 2.1.0 §3.8): the kernels that
 *   replaced every board's `kernels`, when the report has an override; each result's
 *   `properties.kernel` is then the release one of them resolved to.
 */
import { expectReport } from '../errors.js'
import { RULE_DOCS_BASE, RULES } from '../rules/index.js'
import type { FormatContext, ToolNotification } from './formatters.js'
import { groupFindings, groupScope, SEVERITY_RANK, type Finding, type Report } from './types.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
/**
 * GitHub code scanning rejects a SARIF run with more than 25,000 results as a whole
 * ("Analysis SARIF file rejected due to result limits"; docs.github.com, code scanning,
 * "SARIF results exceed limit"), so the action writes at most this many.
 */
export const SARIF_MAX_RESULTS = 25_000
/** The key of our fingerprint; bump the version if its recipe ever changes (v2: the pointer from the board, not the file). */
export const FINGERPRINT_KEY = 'crashkernelCheck/v2'
const INFORMATION_URI = RULE_DOCS_BASE.replace(/\/blob\/.*$/, '')

interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  helpUri: string
  help: { text: string; markdown: string }
  defaultConfiguration: { level: 'error' | 'warning' | 'note' }
  properties: { tags: string[]; kernel?: string[] }
}

/**
 * `text` ending as a sentence, so that what follows in the same string reads apart: most rule
 * descriptions are phrases without a full stop ("… so kdump has no memory"), and code scanning
 * shows fullDescription and help as one paragraph.
 */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`)

function registryRules(findings: readonly Finding[]): SarifRule[] {
  const rules: SarifRule[] = RULES.map((r) => ({
    id: r.id,
    name: r.name,
    shortDescription: { text: r.meta.description },
    fullDescription: { text: r.meta.kernel.length > 0 ? `${sentence(r.meta.description)} Kernel: ${r.meta.kernel.join('; ')}.` : r.meta.description },
    helpUri: r.docsUrl,
    help: { text: `${sentence(r.meta.description)} See ${r.docsUrl}`, markdown: `${r.meta.description}\n\n[${r.id} ${r.name}](${r.docsUrl})` },
    defaultConfiguration: { level: r.meta.defaultSeverity },
    properties: { tags: ['kdump', 'crashkernel', r.meta.type], ...(r.meta.kernel.length > 0 && { kernel: [...r.meta.kernel] }) },
  }))
  const known = new Set(rules.map((r) => r.id))
  for (const f of findings) {
    if (known.has(f.ruleId)) continue
    known.add(f.ruleId)
    rules.push({
      id: f.ruleId,
      name: f.ruleName,
      shortDescription: { text: f.ruleName },
      fullDescription: { text: f.ruleName },
      helpUri: f.docsUrl,
      help: { text: `See ${f.docsUrl}`, markdown: `[${f.ruleId} ${f.ruleName}](${f.docsUrl})` },
      defaultConfiguration: { level: f.severity },
      properties: { tags: ['kdump', 'crashkernel'] },
    })
  }
  return rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * A workspace-relative, `/`-separated path as a URI reference (each segment percent-encoded).
 * A backslash is a character of the file's name (Linux allows it), not a separator: it
 * becomes `%5C`, as RFC 3986 has no backslash; read as `/` it would name another file.
 *
 * @example
 * toUriReference('boards/my board#1.json') // → 'boards/my%20board%231.json'
 * toUriReference('boards/a\\b.json') // → 'boards/a%5Cb.json'
 */
export function toUriReference(path: string): string {
  return path.split('/').map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/')
}

/**
 * A matrix file's artifactLocation: relative to `%SRCROOT%` as the report names it, or, for
 * a path the report gives absolute (a CLI run on a file outside the working directory), a
 * `file:` URI of its own, since a uriBaseId must be followed by a relative reference
 * (SARIF 2.1.0 §3.4.4). Only a path that starts with a drive letter (`C:\`, `C:/`, what the
 * CLI on Windows names a file outside the repository by) has backslashes for separators; in
 * any other a backslash is part of a name.
 *
 * @example
 * artifactLocation('boards/a.json') // → { uri: 'boards/a.json', uriBaseId: '%SRCROOT%' }
 * artifactLocation('/tmp/a b.json') // → { uri: 'file:///tmp/a%20b.json' }
 * artifactLocation('C:\\work\\a.json') // → { uri: 'file:///C:/work/a.json' }
 */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (path.startsWith('/')) return { uri: `file://${toUriReference(path)}` }
  if (/^[A-Za-z]:[\\/]/.test(path)) return { uri: `file:///${path.slice(0, 2)}${toUriReference(path.slice(2).replace(/\\/g, '/'))}` }
  return { uri: toUriReference(path), uriBaseId: '%SRCROOT%' }
}

/**
 * The stable fingerprint of a finding: rule, board and the value's JSON pointer, from the
 * board when it names one. The board's index in `boards` changes when a board is added,
 * removed or moved above it, and a consumer matching results by it would then close them as
 * fixed and open them again as new; its id is what the schema calls stable.
 *
 * @example
 * fingerprint({ ruleId: 'CK001', boardId: 'rpi4', pointer: '/boards/0/cmdline' }) // → 'CK001|rpi4|/cmdline'
 * fingerprint({ ruleId: 'SC001', pointer: '' }) // → 'SC001||'
 */
export function fingerprint(f: Pick<Finding, 'ruleId' | 'boardId' | 'pointer' | 'location'>): string {
  const at = f.boardId === undefined && f.pointer === '' && f.location ? `|${f.location.line}:${f.location.column}` : ''
  return `${f.ruleId}|${f.boardId ?? ''}|${f.boardId !== undefined ? fromBoard(f.pointer) : f.pointer}${at}`
}

/**
 * The findings that make one SARIF result each: those of one file, rule and start line
 * (line 1 for a finding without a place, where its result is), in the order of each group's
 * first finding, the active findings first in its group, the most severe first. Code scanning
 * identifies an alert by file, rule and the hash of its first line's text (the
 * `primaryLocationLineHash` upload-sarif adds), and shows results that share them as one
 * alert with one result's message: one result per rule and line keeps every layout's, board's
 * and value's message in that alert.
 *
 * @example
 * sarifResultGroups([rpi1G, rpi2G]) // → [[rpi1G, rpi2G]] (one board, one cmdline, one rule)
 * sarifResultGroups([aOnLine1, bOnLine1]) // → [[aOnLine1, bOnLine1]] (a minified matrix: two boards, one line)
 */
export function sarifResultGroups(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) {
    // Not the fingerprint: code scanning does not tell results apart by it (two boards with
    // one id, SC003 duplicateBoardId, share one, but not a line: two results, each at its place).
    // Nor the suppression: a suppressed and an active result on one line would be one alert.
    const key = `${f.file}\0${f.ruleId}\0${f.location?.line ?? 1}`
    const group = groups.get(key)
    if (group) group.push(f)
    else groups.set(key, [f])
  }
  const rank = (f: Finding) => (f.suppressed ? 3 : 0) + SEVERITY_RANK[f.severity]
  return [...groups.values()].map((g) => (g.length === 1 ? g : [...g].sort((a, b) => rank(a) - rank(b))))
}

/** `/boards/<n>/rest` → `/rest` (`/boards/<n>` → ''); any other pointer as it is. */
function fromBoard(pointer: string): string {
  const PREFIX = '/boards/'
  if (!pointer.startsWith(PREFIX)) return pointer
  const slash = pointer.indexOf('/', PREFIX.length)
  const index = pointer.slice(PREFIX.length, slash < 0 ? undefined : slash)
  if (index === '' || ![...index].every((c) => c >= '0' && c <= '9')) return pointer
  return slash < 0 ? '' : pointer.slice(slash)
}

/** One finding's text in a result: its message, the layouts it is on, its fix; `mixed`: a suppressed one says so, beside active ones. */
const findingText = (fs: readonly Finding[], mixed: boolean): string => {
  const f = fs[0]!
  const suppressed = mixed && f.suppressed ? ` (suppressed: ${f.suppressed.reason})` : ''
  return `${f.message}${groupScope(fs, GROUP_SCOPE_MAX)}${suppressed}${f.suggestion ? ` Suggested fix: ${f.suggestion.description}` : ''}`
}
/** Layouts a result names before counting the rest (as an annotation does). */
const GROUP_SCOPE_MAX = 12
/** Messages a result shows before counting the rest: one rule's findings on one line of a minified matrix can be thousands. */
const RESULT_MESSAGES_MAX = 25

/** A result's text: each distinct message with its layouts, at most RESULT_MESSAGES_MAX of them. */
function resultText(group: readonly Finding[]): string {
  // Suppressed findings apart from active ones (the group leads with its active findings).
  const messages = groupFindings(group, { bySuppression: true })
  const mixed = group[0]!.suppressed === undefined && group.some((f) => f.suppressed)
  const shown = messages.slice(0, RESULT_MESSAGES_MAX).map((fs) => findingText(fs, mixed))
  const rest = messages.slice(RESULT_MESSAGES_MAX).flat().length
  return [...shown, ...(rest > 0 ? [`… and ${rest} more finding${rest === 1 ? '' : 's'} of this rule on this line; the JSON results file has them all`] : [])].join('\n')
}

function result(group: readonly Finding[], ruleIndex: number) {
  const f = group[0]!
  const loc = f.location
  const region = loc
    ? { startLine: loc.line, startColumn: loc.column, endLine: Math.max(loc.line, loc.endLine), endColumn: loc.endLine > loc.line || loc.endColumn > loc.column ? loc.endColumn : loc.column + 1 }
    : { startLine: 1 }
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    // Findings that differ only in their layout read as one message naming the layouts;
    // different messages (one layout fails, another falls back) one after the other.
    message: { text: resultText(group) },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.file), region } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f) },
    ...(f.suppressed && { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] }),
    properties: {
      messageId: f.messageId,
      pointer: f.pointer,
      ...(f.boardId !== undefined && { boardId: f.boardId }),
      ...(f.layoutName !== undefined && { layoutName: f.layoutName }),
      ...(f.kernel !== undefined && { kernel: f.kernel }),
      ...(f.evidence.length > 0 && { dmesg: f.evidence.map((e) => e.text) }),
      ...(f.suggestion && { suggestion: { ...f.suggestion } }),
      // Each with its board and value: one line of a minified matrix holds several boards.
      ...(group.length > 1 && { layouts: group.map((g) => ({ ...(g.boardId !== undefined && { boardId: g.boardId }), pointer: g.pointer, layoutName: g.layoutName, kernel: g.kernel, level: g.severity, messageId: g.messageId, ...(g.suppressed && { suppressed: true }) })) }),
    },
  }
}

/** At most `max` results, in report order: errors first, then warnings, then notes, suppressed ones last (a group ranks by its most severe finding, which leads it). */
function mostSevere(groups: readonly Finding[][], max: number | undefined): readonly Finding[][] {
  if (max === undefined || groups.length <= max) return groups
  const rank = (g: readonly Finding[]) => (g[0]!.suppressed ? 3 : SEVERITY_RANK[g[0]!.severity])
  const kept = new Set(
    groups
      .map((g, i) => ({ g, i }))
      .sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i)
      .slice(0, Math.max(0, max))
      .map((x) => x.g),
  )
  return groups.filter((g) => kept.has(g))
}

function notification(n: ToolNotification) {
  return { level: n.level, message: { text: n.message }, ...(n.id !== undefined && { descriptor: { id: n.id } }) }
}

/**
 * Formats a report as a SARIF 2.1.0 log with one run.
 *
 * @param report - the report (may be empty, e.g. after a configuration error)
 * @param ctx - `notifications`, `executionSuccessful`, `srcRoot`
 * @returns the JSON text (two-space indent, trailing newline)
 * @example
 * JSON.parse(formatSarif(emptyReport)).runs[0].results // → []
 */
export function formatSarif(report: Report, ctx: FormatContext = {}): string {
  expectReport('formatSarif', report)
  const groups = mostSevere(sarifResultGroups(report.findings), ctx.maxResults)
  const findings = groups.flat()
  const rules = registryRules(findings)
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const left = report.findings.length - findings.length
  const notes = [
    ...(ctx.notifications ?? []),
    ...(left > 0
      ? [{ kind: 'execution', level: 'warning', id: 'results-truncated', message: `${left} of ${report.findings.length} findings are not in this SARIF file (at most ${groups.length} results, the most severe first; GitHub code scanning rejects a run with more than ${SARIF_MAX_RESULTS}); the JSON results file has them all` } satisfies ToolNotification]
      : []),
  ]
  const configuration = notes.filter((n) => n.kind === 'configuration').map(notification)
  const execution = notes.filter((n) => n.kind === 'execution').map(notification)
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        // SARIF §3.14.14: a base URI ends with a slash (else it would name a file, and its last segment would be dropped on resolving).
        ...(ctx.srcRoot !== undefined && { originalUriBaseIds: { '%SRCROOT%': { uri: ctx.srcRoot.endsWith('/') ? ctx.srcRoot : `${ctx.srcRoot}/` } } }),
        invocations: [
          {
            executionSuccessful: ctx.executionSuccessful ?? !notes.some((n) => n.level === 'error'),
            ...(configuration.length > 0 && { toolConfigurationNotifications: configuration }),
            ...(execution.length > 0 && { toolExecutionNotifications: execution }),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: groups.map((g) => result(g, index.get(g[0]!.ruleId) ?? 0)),
        ...(report.kernelOverride && report.kernelOverride.length > 0 && { properties: { kernelOverride: [...report.kernelOverride] } }),
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
