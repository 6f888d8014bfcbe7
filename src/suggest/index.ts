// SPDX-License-Identifier: GPL-2.0-only
/**
 * The suggestion engine: for a finding whose rule names fix strategies, try their candidates
 * and keep only those the engine verifies.
 *
 * A candidate is a new value for one place in the matrix — the command line (the board's,
 * or a kernel entry's) or a kernel entry. Verification, in two steps:
 * 1. on the finding's own layout (command-line candidates): simulate, run every rule; the
 *    finding (same rule and subject) must be gone and no error may appear that was not there;
 * 2. on the document: write the value into a copy of the matrix, decode the board again
 *    (a kernel change brings its own Debian profile), simulate every layout of the board and
 *    run every rule. The value may be shared by several layouts (a board's cmdline by all its
 *    RAM variants and kernels): none of them may gain an error, none may disappear, the
 *    finding may be left as an error on none that reads a changed command line, and the
 *    board may gain no decoding problem.
 * Only then is it a Suggestion: `pointer` + `replacement` (+ `operation: 'add'` when the
 * board did not have its own `cmdline` yet), applied mechanically by applySuggestion().
 */
import { simulate, type SimulationResult } from '../engine/index.js'
import { decodeMatrix, kernelEntryKey } from '../matrix/decode.js'
import type { BoardMatrix } from '../matrix/generated/board-matrix.js'
import type { DecodedLayout, SemanticProblem } from '../matrix/types.js'
import type { JsonPointer, Severity, Suggestion } from '../report/types.js'
import { boardSeverity, evaluateLayout, siblingLayouts, type BoardPolicy, type Evaluated } from '../rules/run.js'
import { crashkernelTokens, crashkernelTokensOf, withCrashkernel } from '../rules/crashkernel-tokens.js'
import { memSize } from '../matrix/size.js'
import { boardCandidate, reservesAtMostHalf, suggestBoardValues, type BoardVerdict } from './board.js'
import { setValueAt, valueAt } from './pointer.js'
import { cmaNoLayoutReads, STRATEGIES } from './strategies.js'
import type { Change, FixStrategyId } from './types.js'

export { applySuggestion } from './apply.js'
export type { Change, FixRequest, FixStrategyId } from './types.js'

/** One simulated layout and its rule reports. */
export interface LayoutRun {
  layout: DecodedLayout
  sim: SimulationResult
  evaluated: Evaluated[]
}

/**
 * Identity of a layout across edits: RAM variant + kernel entry (its pointer survives a kernel
 * change). Kernels that share one pointer — a kernel override (`--kernel`), a preset's list —
 * are told apart by release; they are never edited, so their key need not survive a change.
 */
export const layoutKey = (l: DecodedLayout): string => `${l.variant ?? ''}|${l.pointers.kernel}${/\/kernels\/\d+$/.test(l.pointers.kernel) ? '' : `|${l.kernelSpec}`}`

/** The layout of `after` with the RAM variant and kernel release of `l`, if any. */
function sameRelease(after: ReadonlyMap<string, LayoutRun | 'unsimulated'>, l: DecodedLayout): LayoutRun | undefined {
  for (const a of after.values()) if (a !== 'unsimulated' && a.layout.variant === l.variant && a.layout.layout.kernel === l.layout.kernel && a.layout.layout.cmdline === l.layout.cmdline) return a
  return undefined
}

const reportKey = (e: Evaluated): string => `${e.rule.id}|${e.report.messageId}|${e.subject}`

const policyOf = (l: DecodedLayout): BoardPolicy => ({ severity: l.severity, suppress: l.suppress })

/** What the board policy leaves of a layout's reports: error keys and the other counted ones. */
function classify(evaluated: readonly Evaluated[], policy: BoardPolicy): { errors: Set<string>; others: Map<string, Severity> } {
  const errors = new Set<string>()
  const others = new Map<string, Severity>()
  for (const e of evaluated) {
    const s = boardSeverity(e.rule, e.severity, policy)
    if (s === undefined || s === 'off') continue
    if (s === 'error') errors.add(reportKey(e))
    else others.set(reportKey(e), s)
  }
  return { errors, others }
}

/** The finding a suggestion must remove. */
export interface Target {
  ruleId: string
  subject: string
}

/**
 * Compares a layout's reports before and after a change: the target (if any) must be gone —
 * no report of its rule with its subject or with a subject that was not there before — and
 * no new error may appear. Returns the new non-error reports (for the description).
 */
export function judge(before: readonly Evaluated[], after: readonly Evaluated[], policy: BoardPolicy, target?: Target): { ok: boolean; newOthers: string[] } {
  if (target) {
    const subjects = new Set(before.filter((e) => e.rule.id === target.ruleId).map((e) => e.subject))
    const still = after.some((e) => e.rule.id === target.ruleId && boardSeverity(e.rule, e.severity, policy) !== 'off' && (e.subject === target.subject || !subjects.has(e.subject)))
    if (still) return { ok: false, newOthers: [] }
  }
  const b = classify(before, policy)
  const a = classify(after, policy)
  for (const k of a.errors) if (!b.errors.has(k)) return { ok: false, newOthers: [] }
  const newOthers = [...a.others.entries()].filter(([k]) => !b.errors.has(k) && !b.others.has(k)).map(([k, s]) => `${k.split('|')[0]} ${s}`)
  return { ok: true, newOthers }
}

/** Is the target finding (its rule and subject) an error on the layout, as the board counts it? */
const targetError = (run: LayoutRun, target: Target): boolean =>
  run.evaluated.some((e) => e.rule.id === target.ruleId && e.subject === target.subject && boardSeverity(e.rule, e.severity, policyOf(run.layout)) === 'error')

/** Where a change is written in the matrix. */
interface Edit {
  pointer: JsonPointer
  value: string
  operation: 'replace' | 'add'
}

/**
 * Where a command-line edit goes when the layout reads its preset's or the defaults' line:
 * the edit adds a `cmdline` of the board's own, that line changed (editFor()). The annotation,
 * summary and terminal show only the description, so it says so: adding just the new token as
 * the board's `cmdline` would drop the rest of the line it replaces (a preset's `nokaslr`),
 * which is not what was verified.
 */
function ownLineNote(layout: DecodedLayout, edit: Edit): string {
  return edit.operation === 'add' ? `, in a "cmdline" of the board's own: ${layout.cmdlineOwner.name} with this change` : ''
}

type BoardEvaluation = Map<string, LayoutRun | 'unsimulated'>

export interface SuggesterOptions {
  /** The kernel override of the run (kernel changes are not suggested under one). */
  kernels?: readonly string[]
  /** Boards the schema rejected (decoding skips them, as in the run itself). */
  invalidBoards: ReadonlySet<number>
  /** Upper bound of document-level verifications per finding (default 12). */
  budget?: number
  /**
   * Upper bound of extra simulations (one layout simulated and evaluated) for the whole
   * run; default suggestionSimulationBudget(layouts registered). When it runs out, the
   * finding being worked on and every later one get no suggestion.
   */
  maxSimulations?: number
  /**
   * Each board's layouts as the matrix lists them (DecodeResult.listed): a board value's
   * description says how many of them it could not be verified on (a layout with a problem,
   * or one the engine does not simulate, is never registered with add()).
   */
  listed?: ReadonlyMap<string, number>
}

/** Extra simulations the suggester may spend per simulated layout of the run… */
export const SUGGEST_SIMULATIONS_PER_LAYOUT = 32
/** …but never fewer than this (a small matrix gets every suggestion)… */
export const SUGGEST_SIMULATIONS_MIN = 256
/** …nor more than this, whatever the size of the matrix. */
export const SUGGEST_SIMULATIONS_MAX = 2048

/** The default simulation budget of the suggester for a run of `layouts` simulated layouts. */
export const suggestionSimulationBudget = (layouts: number): number =>
  Math.min(SUGGEST_SIMULATIONS_MAX, Math.max(SUGGEST_SIMULATIONS_MIN, SUGGEST_SIMULATIONS_PER_LAYOUT * layouts))

/** Every pointer string of a layout's pointers, rewritten by `f`. */
function remapPointers<T>(value: T, f: (pointer: string) => string): T {
  if (typeof value === 'string') return f(value) as T
  if (Array.isArray(value)) return value.map((v) => remapPointers(v, f)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapPointers(v, f)])) as T
  }
  return value
}

/** Candidates whose layout copies the Suggester keeps (a search tries at most 12 changes). */
const CANDIDATE_COPIES = 16

/**
 * The layouts of a board that read one command line, where the board's do not all read one:
 * its pointer, and how many layouts the matrix lists with it (those not simulated included).
 */
export interface CmdlineGroup {
  pointer: string
  listed: number
}

/** One crashkernel= value for a whole board (Suggester.boardValue()). */
export interface BoardValue {
  /** The tokens as they go on the command line: `crashkernel=512M`. */
  value: string
  /** Layouts it was verified on (every simulated layout of the board in this run). */
  layouts: number
  /** Layouts it leaves with a warning, and with a note. */
  warned: number
  noted: number
  /** The edit: the board's command line with the value in place of its crashkernel= tokens. */
  suggestion: Suggestion
}

/** The severities a board counts for one report: [] when suppressed or off. */
function counted(ev: Evaluated, policy: BoardPolicy): Severity[] {
  const s = boardSeverity(ev.rule, ev.severity, policy)
  return s === undefined || s === 'off' ? [] : [s]
}

/** Errors in all, and how many layouts have a warning and a note, from each layout's severities. */
function standing(layouts: ReadonlyArray<readonly Severity[]>): { errors: number; warned: number; noted: number } {
  return {
    errors: layouts.reduce((n, l) => n + l.filter((s) => s === 'error').length, 0),
    warned: layouts.filter((l) => l.includes('warning')).length,
    noted: layouts.filter((l) => l.includes('note')).length,
  }
}

/** What a verified value leaves: layouts with a warning and with a note (no errors: it works). */
function leftBy(v: BoardVerdict): { errors: number; warned: number; noted: number } {
  return standing(v.layouts.map((l) => [...l.warnings.map(() => 'warning' as const), ...l.notes.map(() => 'note' as const)]))
}

const sameStanding = (a: ReturnType<typeof standing>, b: ReturnType<typeof standing>): boolean => a.errors === b.errors && a.warned === b.warned && a.noted === b.noted

/** Thrown when the run's simulation budget is spent; never escapes the Suggester. */
class BudgetExhausted extends Error {}

/** What a layout reserves for the crash kernel: the main region and the low part (0 when nothing). */
function reservedBy(sim: SimulationResult): bigint {
  const ck = sim.crashkernel
  return ck.kind === 'reserved' ? ck.main.size + (ck.low?.size ?? 0n) : 0n
}

/** A layout evaluated with a candidate command line: its reports, and what it reserves (reservedBy()). */
interface Candidate {
  evaluated: Evaluated[]
  reserved: bigint
}

/** The key of a layout with a candidate command line (Suggester.candidates). */
const candidateKey = (boardId: string, layout: DecodedLayout, cmdline: string): string => `${boardId}\u0000${layoutKey(layout)}\u0000${cmdline}`

/** Finds verified suggestions for the findings of one matrix document. */
export class Suggester {
  private readonly runs = new Map<string, Map<string, LayoutRun>>()
  private readonly problems = new Map<string, Set<string>>()
  private readonly boards = new Map<string, BoardEvaluation | null>()
  /** One layout with a candidate command line, evaluated once per run: board, layout, cmdline → reports (null: threw). */
  private readonly candidates = new Map<string, Candidate | null>()
  /**
   * Layouts with a candidate command line, one object per layout and candidate (board,
   * cmdline → layout → copy), for the candidates last evaluated: each finding of a board
   * tries the same candidates on its own layout, and the rules that look at the siblings
   * (CK004) remember what they simulated per object, so a sibling is simulated once per
   * candidate rather than once per layout that asks. At most CANDIDATE_COPIES candidates
   * are kept (a board's copies are as many as its layouts).
   */
  private readonly withCandidate = new Map<string, Map<DecodedLayout, DecodedLayout>>()
  private layoutCount = 0
  private spent = 0
  private exhausted = false
  /** Boards with a boardValue() search that did not fit the budget (a board of several command lines counts once). */
  private readonly boardsUnpaid = new Set<string>()

  /**
   * @param doc - the parsed matrix (it is copied, never changed)
   * @param problems - the decoding problems of the run (a change may not add any)
   */
  constructor(
    private readonly doc: unknown,
    private readonly options: SuggesterOptions,
    problems: readonly SemanticProblem[],
  ) {
    for (const p of problems) {
      if (p.boardId === undefined) continue
      const set = this.problems.get(p.boardId) ?? new Set<string>()
      set.add(`${p.messageId}|${p.pointer}`)
      this.problems.set(p.boardId, set)
    }
  }

  /** Registers a layout of the run (the "before" every change is compared with). */
  add(run: LayoutRun): void {
    const m = this.runs.get(run.layout.boardId) ?? new Map<string, LayoutRun>()
    m.set(layoutKey(run.layout), run)
    this.runs.set(run.layout.boardId, m)
    this.layoutCount++
  }

  /** Extra simulations spent so far. */
  get simulations(): number {
    return this.spent
  }

  /** Has the budget run out (some findings went without a suggestion)? */
  get budgetExhausted(): boolean {
    return this.exhausted
  }

  /** Boards whose one-value search (boardValue()) did not fit what was left of the budget. */
  get boardValuesNotSearched(): number {
    return this.boardsUnpaid.size
  }

  /** Takes one simulation from the run's budget, or throws BudgetExhausted. */
  private spend(): void {
    const max = this.options.maxSimulations ?? suggestionSimulationBudget(this.layoutCount)
    if (this.spent >= max) {
      this.exhausted = true
      throw new BudgetExhausted()
    }
    this.spent++
  }

  /** The reports of `layout` with `cmdline`, simulated once per run; null when the engine throws. */
  private evaluateCandidate(layout: DecodedLayout, cmdline: string): Candidate | null {
    const key = candidateKey(layout.boardId, layout, cmdline)
    const cached = this.candidates.get(key)
    if (cached !== undefined) return cached
    this.spend()
    let candidate: Candidate | null = null
    try {
      // The layouts that read the same command line get the candidate too (the rules simulate
      // them only when they need to, as check() would see them after the edit).
      const siblings = siblingLayouts(layout, [...(this.runs.get(layout.boardId)?.values() ?? [])]).map((r) => ({ layout: this.withCmdline(r.layout, cmdline) }))
      const changed = this.withCmdline(layout, cmdline)
      const sim = simulate(changed.layout)
      candidate = { evaluated: evaluateLayout(changed, sim, siblings), reserved: reservedBy(sim) }
    } catch {
      candidate = null
    }
    this.candidates.set(key, candidate)
    return candidate
  }

  /** `l` with the command line `cmdline`: the same object for every layout evaluated with that candidate. */
  private withCmdline(l: DecodedLayout, cmdline: string): DecodedLayout {
    const key = `${l.boardId}\u0000${cmdline}`
    let copies = this.withCandidate.get(key)
    if (!copies) {
      if (this.withCandidate.size >= CANDIDATE_COPIES) this.withCandidate.delete(this.withCandidate.keys().next().value!)
      this.withCandidate.set(key, (copies = new Map()))
    }
    let out = copies.get(l)
    if (!out) copies.set(l, (out = { ...l, layout: { ...l.layout, cmdline } }))
    return out
  }

  /**
   * Verified suggestions for one report, best first (at most one per strategy, at most three).
   *
   * @returns [] when the rule names no strategy, nothing verifies, or the run's simulation
   *   budget ran out (then the search is dropped whole: no half-verified suggestion)
   */
  suggest(run: LayoutRun, ev: Evaluated): Suggestion[] {
    const ids = ev.rule.meta.fixes?.[ev.report.messageId] ?? []
    if (ids.length === 0 || this.exhausted) return []
    try {
      return this.search(run, ev, ids)
    } catch (e) {
      if (e instanceof BudgetExhausted) return []
      throw e
    }
  }

  private search(run: LayoutRun, ev: Evaluated, ids: readonly FixStrategyId[]): Suggestion[] {
    const { layout, sim } = run
    const policy = policyOf(layout)
    const target: Target = { ruleId: ev.rule.id, subject: ev.subject }
    const layoutOk = (cmdline: string, maxReserved?: bigint): boolean => {
      const after = this.evaluateCandidate(layout, cmdline)
      // Reserving: a fix ends with crash kernel memory, whichever rule the failure moved to (a
      // CK004 the board suppresses is still a kernel that reserves nothing).
      return after !== null && after.reserved > 0n && judge(run.evaluated, after.evaluated, policy, target).ok && (maxReserved === undefined || after.reserved <= maxReserved)
    }
    // What layoutOk() refuses only for a non-error report of the target's rule (another message).
    const ruleLeaves = (cmdline: string, maxReserved?: bigint): { ruleId: string; severities: Severity[] } | undefined => {
      const after = this.evaluateCandidate(layout, cmdline)
      if (after === null || after.reserved === 0n || (maxReserved !== undefined && after.reserved > maxReserved)) return undefined
      if (judge(run.evaluated, after.evaluated, policy, target).ok || !judge(run.evaluated, after.evaluated, policy).ok) return undefined
      const same = after.evaluated.filter((e) => e.rule.id === target.ruleId && boardSeverity(e.rule, e.severity, policy) !== 'off')
      // The finding's own message left (as a warning, where the board counts the rule so) is no other report.
      if (same.some((e) => e.report.messageId === ev.report.messageId)) return undefined
      const left = same.map((e) => boardSeverity(e.rule, e.severity, policy)).filter((s): s is Severity => s !== undefined && s !== 'off')
      return left.length > 0 && !left.includes('error') ? { ruleId: target.ruleId, severities: left } : undefined
    }
    const siblings = siblingLayouts(layout, [...(this.runs.get(layout.boardId)?.values() ?? [])]).map((r) => r.sim)
    const out: Suggestion[] = []
    let budget = this.options.budget ?? 12
    for (const id of ids) {
      for (const change of STRATEGIES[id]({ layout, sim, siblings, fix: ev.report.fix ?? {}, layoutOk, ruleLeaves })) {
        if (budget-- <= 0) return out
        const s = this.confirm(run, change, target)
        if (s) {
          if (!out.some((o) => o.pointer === s.pointer && o.replacement === s.replacement)) out.push(s)
          break
        }
      }
      if (out.length >= 3) break
    }
    return out
  }

  /**
   * The command lines of a board whose layouts do not all read one (a kernel entry with a
   * `cmdline` of its own beside the board's): each read by several layouts (the RAM variants
   * of that kernel), which boardValue() can then give one value of their own. Empty when the
   * board reads one command line (boardValue() without a group covers it) or none is shared.
   */
  cmdlineGroups(boardId: string): string[] {
    const counts = new Map<string, number>()
    for (const r of this.runs.get(boardId)?.values() ?? []) counts.set(r.layout.pointers.cmdline, (counts.get(r.layout.pointers.cmdline) ?? 0) + 1)
    return counts.size < 2 ? [] : [...counts].filter(([, n]) => n >= 2).map(([p]) => p)
  }

  /**
   * One crashkernel= value for the whole board (suggestBoardValues()), when it does better
   * than the board's own: each finding's suggestion fixes that finding, and on a board with
   * several RAM variants and kernels they can differ (the Raspberry Pi 4 with crashkernel=1G
   * gets 464M, 512M, 624M and 672M), while one value that works on every layout is what the
   * command line needs. Only for a board whose layouts all read one command line; the
   * simulations come from the run's budget. Like the findings' size suggestions, it reserves
   * at most half of the System RAM of every layout.
   *
   * @param proposed - the suggestions the board's findings got: their command lines are
   *   tried besides suggestBoardValues()' own candidates
   * @param agreed - the edit every finding of the board suggests first, when they agree
   * @param group - only the layouts that read this command line (cmdlineGroups()): a kernel
   *   entry's own line read by its RAM variants, on a board whose other kernels read another
   *   line, gets one value too (their findings' own fixes must each work on all of them, and
   *   often none does), written at that entry's pointer
   *
   * @returns undefined when the board's own value does as well, no value works on every
   *   layout, its layouts (of the group) read different command lines, or what is left of the budget
   *   cannot pay for its search (then nothing is spent, and a later board may still fit);
   *   the agreed edit itself when it does as well as the best value (no new advice)
   */
  boardValue(boardId: string, proposed: readonly Suggestion[] = [], agreed?: Suggestion, group?: CmdlineGroup): BoardValue | undefined {
    const all = [...(this.runs.get(boardId)?.values() ?? [])]
    const runs = group === undefined ? all : all.filter((r) => r.layout.pointers.cmdline === group.pointer)
    const first = runs[0]
    // One layout: its findings' own suggestions already say it all.
    if (!first || runs.length < 2 || this.exhausted || runs.some((r) => r.layout.pointers.cmdline !== first.layout.pointers.cmdline)) return undefined
    const before = standing(runs.map((r) => r.evaluated.flatMap((ev) => counted(ev, policyOf(r.layout)))))
    if (before.errors === 0 && before.warned === 0 && before.noted === 0) return undefined
    // The findings' own command-line suggestions are candidates too (their sizes are exact,
    // the default ladder's are round), when they change nothing but the crashkernel= tokens.
    const cmdline = first.layout.layout.cmdline
    // A ,cma none of the board's kernels reads goes from every value (suggestBoardValues()).
    const dropCma = cmaNoLayoutReads(cmdline, runs.map((r) => r.sim)).length > 0
    const valueOf = (p: Suggestion): string | undefined => {
      if (p.replacement === undefined || p.pointer !== this.editFor(first.layout, { target: 'cmdline', value: p.replacement, description: '' })?.pointer) return undefined
      const tokens = crashkernelTokens(p.replacement).map((t) => t.text)
      if (withCrashkernel(cmdline, tokens, { dropCma }) !== p.replacement) return undefined
      return tokens.map((t) => t.slice('crashkernel='.length)).join('+')
    }
    const extra = proposed.flatMap((p) => {
      const value = valueOf(p)
      if (value === undefined) return []
      // Its main size alone too: a ,low that one kernel needs can be what another warns about.
      const { size } = boardCandidate(value)
      return size > 0n ? [value, memSize(size)] : [value]
    })
    // As the findings' size suggestions do: at most half of the System RAM of every layout,
    // the running system needs the rest (`suggest` lists the larger ones too). A larger
    // value is not even simulated: on a board whose smallest variant is the problem, most
    // of the default candidates are, and the search did not fit the budget.
    const halfRam = runs.reduce((m, r) => (r.sim.systemRam / 2n < m ? r.sim.systemRam / 2n : m), first.sim.systemRam / 2n)
    const max = (this.options.maxSimulations ?? suggestionSimulationBudget(this.layoutCount)) - this.spent
    const agreedValue = agreed && valueOf(agreed)
    // Finer sizes are searched around the best value this method could offer, and not at all
    // when the agreed edit does as well (it would be kept, see below).
    const values = suggestBoardValues(
      runs.map((r) => r.layout),
      { baseline: runs.map((r) => r.sim), extra, maxSize: halfRam, accept: reservesAtMostHalf, ...(agreedValue !== undefined && { prefer: agreedValue }), maxSimulations: max, tick: () => this.spent++ },
    )
    if (values === undefined) {
      // Nothing was spent: a later board whose search is smaller may still fit what is left.
      this.boardsUnpaid.add(boardId)
      return undefined
    }
    // The half is counted as reserved on each layout, not as written: a lone ,high also
    // takes the kernel's default low part.
    const ranked = values.working.find(reservesAtMostHalf)
    if (!ranked || ranked.candidate.value === values.own) return undefined
    // Where the findings agree on one edit that does as well on every layout, that edit is
    // the board's value: another one as good (a plain 512M where they all say 512M,high)
    // would only contradict them.
    const theirs = agreedValue === undefined ? undefined : values.working.find((v) => v.candidate.value === agreedValue && reservesAtMostHalf(v))
    // An agreed edit that is no crashkernel= value (a respelt `crashkernal=`) was verified on
    // every layout when the findings got it: where it does as well, it is the board's value,
    // and one searched without it would keep the misspelt word and contradict every finding.
    if (agreed && agreedValue === undefined && this.agreedDoesAsWell(boardId, agreed, leftBy(ranked))) return undefined
    const best = theirs && sameStanding(leftBy(theirs), leftBy(ranked)) ? theirs : ranked
    const after = leftBy(best)
    const better = before.errors > 0 || before.warned > after.warned || (before.warned === after.warned && before.noted > after.noted)
    if (!better) return undefined
    const tokens = crashkernelTokensOf(best.candidate.value)
    const edit = this.editFor(first.layout, { target: 'cmdline', value: withCrashkernel(first.layout.layout.cmdline, tokens, { dropCma }), description: '' })
    if (!edit) return undefined
    const left = [after.warned > 0 ? `a warning on ${after.warned}` : '', after.noted > 0 ? `a note on ${after.noted}` : ''].filter(Boolean).join(' and ')
    // "All N layouts" only when N is all the board lists: the rest were never simulated, so
    // nothing is known of the value there.
    const unsimulated = Math.max(0, (group !== undefined ? group.listed : (this.options.listed?.get(boardId) ?? runs.length)) - runs.length)
    // Under a kernel override the board's layouts are those of the kernels checked, not its own.
    const overridden = this.options.kernels !== undefined && this.options.kernels.length > 0
    const of = `${group !== undefined ? 'that read this command line' : 'of this board'}${overridden ? ' with the kernels checked' : ''}`
    const which = unsimulated > 0 ? `all ${runs.length} simulated layouts ${of} (${unsimulated} could not be simulated)` : `all ${runs.length} layouts ${of}`
    // The value as it goes on the line: a ,cma token some kernel of the board reads stays
    // there (withCrashkernel()), and a reader who wrote the searched tokens alone would drop it.
    const value = crashkernelTokens(edit.value).map((t) => t.text).join(' ')
    return {
      value,
      layouts: runs.length,
      warned: after.warned,
      noted: after.noted,
      suggestion: {
        description: `"${value}" works on ${which}${left ? `, leaving ${left}` : ', with no warning or note'}${ownLineNote(first.layout, edit)} — verified by simulation`,
        pointer: edit.pointer,
        replacement: edit.value,
        ...(edit.operation === 'add' && { operation: 'add' as const }),
      },
    }
  }

  /**
   * Whether the findings' agreed edit, as confirm() verified it on every layout of the board,
   * reserves on each at most half of its System RAM with no error, and leaves no more layouts
   * warned or noted than `best` does. False when it was not verified on every layout.
   */
  private agreedDoesAsWell(boardId: string, agreed: Suggestion, best: ReturnType<typeof standing>): boolean {
    const after = this.boards.get(`${boardId}\u0000${agreed.pointer}\u0000${agreed.replacement}`)
    if (!after || after.size === 0) return false
    const runs = [...after.values()]
    if (runs.some((r) => r === 'unsimulated' || r.sim.crashkernel.kind !== 'reserved')) return false
    const simulated = runs as LayoutRun[]
    const halfOrLess = simulated.every((r) => r.sim.crashkernel.kind === 'reserved' && r.sim.crashkernel.main.size + (r.sim.crashkernel.low?.size ?? 0n) <= r.sim.systemRam / 2n)
    const theirs = standing(simulated.map((r) => r.evaluated.flatMap((ev) => counted(ev, policyOf(r.layout)))))
    return halfOrLess && theirs.errors === 0 && theirs.warned <= best.warned && theirs.noted <= best.noted
  }

  /** Verifies a change on every layout of the board; the Suggestion, or undefined. */
  private confirm(run: LayoutRun, change: Change, target: Target): Suggestion | undefined {
    const edit = this.editFor(run.layout, change)
    if (!edit) return undefined
    const boardId = run.layout.boardId
    const key = `${boardId}\u0000${edit.pointer}\u0000${edit.value}`
    let after = this.boards.get(key)
    if (after === undefined) {
      after = this.evaluateBoard(boardId, edit)
      this.boards.set(key, after)
    }
    if (!after) return undefined
    const notes = new Set<string>()
    // What the new kernel still does to this layout (FixRequest.kernelStill).
    let still: string | undefined
    const before = this.runs.get(boardId) ?? new Map<string, LayoutRun>()
    for (const [k, b] of before) {
      // A kernel replaced by one the board already lists: decode keeps one copy, the edited
      // entry, and the listed one's layout is that copy's.
      const a = after.get(k) ?? sameRelease(after, b.layout)
      if (a === undefined || a === 'unsimulated') return undefined
      // A command line is one value for every layout that reads it (the board's: all its
      // kernels and RAM variants), so the finding may be left as an error on none of them: an
      // @offset free on this kernel but taken or misaligned on another leaves that one's error
      // in place under the same key (6.5+ reports every fixed-offset failure as fixedInUse),
      // which "no new error" does not see, and the file still fails. One left as a warning or
      // note is what the description's "leaves" is for.
      if (change.target === 'cmdline' && a.layout.pointers.cmdline === edit.pointer && targetError(a, target)) return undefined
      // A fix leaves its own layout reserving, and none that reserved without: where the board
      // suppresses the rule a failure moves to (CK004, say), "no new error" does not see a
      // kernel that ignores the new value. A Raspberry Pi 4 1 GB suppressing CK004 was offered
      // "crashkernel=3G,high crashkernel=128M,low" for a CK001 on 5.10, "verified", which 5.10
      // (no ,high) and 7.2 (3G ≥ its RAM) both ignore.
      const reserving = (r: LayoutRun): boolean => r.sim.crashkernel.kind === 'reserved'
      if (!reserving(a) && (reserving(b) || k === layoutKey(run.layout))) return undefined
      const j = judge(b.evaluated, a.evaluated, policyOf(b.layout), k === layoutKey(run.layout) ? target : undefined)
      if (!j.ok) return undefined
      for (const n of j.newOthers) notes.add(n)
      if (change.target === 'kernel' && change.still && k === layoutKey(run.layout)) still = change.still(a.sim)
    }
    for (const [k, a] of after) {
      if (before.has(k) || a === 'unsimulated') continue
      if (!judge([], a.evaluated, policyOf(a.layout)).ok) return undefined
    }
    const leaves = notes.size > 0 ? ` (leaves ${[...notes].join(', ')})` : ''
    const listed = valueAt(this.doc, `${run.layout.pointers.board}/kernels`)
    // Only a listed entry the same as the edited one once edited (kernelEntryKey(): the release
    // with the same settings): one with a command line (or a config, an image size) of its own
    // is another layout, and dropping this kernel loses the one the fix verified (the new
    // release with this entry's values), or keeps only a listed one that reads other values
    // than the fix verified. applySuggestion() then drops the edited entry, not list it twice.
    const edited = valueAt(this.doc, run.layout.pointers.kernel)
    const index = Number(run.layout.pointers.kernel.slice(run.layout.pointers.kernel.lastIndexOf('/') + 1))
    const entryKey = change.target === 'kernel' ? kernelEntryKey(typeof edited === 'string' ? change.value : { ...(edited as object), release: change.value }) : undefined
    const duplicate =
      entryKey !== undefined && Array.isArray(listed) && listed.some((k, i) => i !== index && kernelEntryKey(k) === entryKey)
        ? `; ${change.value} is already in this board's kernels, so dropping ${run.layout.kernelSpec} does the same`
        : ''
    return {
      description: `${change.description}${change.target === 'cmdline' && change.ownLine ? '' : ownLineNote(run.layout, edit)} — verified by simulation${leaves}${still ? `; on ${change.value} ${still}` : ''}${duplicate}`,
      pointer: edit.pointer,
      replacement: edit.value,
      ...(edit.operation === 'add' && { operation: 'add' as const }),
    }
  }

  /** Where the change goes: the layout's own cmdline/kernel value, or a new board cmdline. */
  private editFor(layout: DecodedLayout, change: Change): Edit | undefined {
    const board = layout.pointers.board
    if (change.target === 'cmdline') {
      const p = layout.pointers.cmdline
      if (p.startsWith(`${board}/`) && p.endsWith('/cmdline') && typeof valueAt(this.doc, p) === 'string') return { pointer: p, value: change.value, operation: 'replace' }
      // From the preset or `defaults`: give this board its own cmdline (other boards keep theirs).
      return { pointer: `${board}/cmdline`, value: change.value, operation: 'add' }
    }
    if (this.options.kernels !== undefined) return undefined
    const p = layout.pointers.kernel
    if (!p.startsWith(`${board}/kernels/`)) return undefined
    const entry = valueAt(this.doc, p)
    if (typeof entry === 'string') return { pointer: p, value: change.value, operation: 'replace' }
    if (entry !== null && typeof entry === 'object' && typeof (entry as { release?: unknown }).release === 'string') return { pointer: `${p}/release`, value: change.value, operation: 'replace' }
    return undefined
  }

  /** Decodes, simulates and evaluates every layout of a board with the edit applied; null when decoding gets worse. */
  private evaluateBoard(boardId: string, edit: Edit): BoardEvaluation | null {
    // Only the edited board is copied and decoded (with the document's defaults): copying
    // the whole document per candidate made suggestions quadratic in the number of boards.
    const m = /^\/boards\/(\d+)(\/.*)?$/.exec(edit.pointer)
    if (!m) return null
    const index = Number(m[1])
    const doc = this.doc as { boards?: unknown[] }
    if (!Array.isArray(doc.boards) || index >= doc.boards.length) return null
    const copy = { ...(this.doc as object), boards: [structuredClone(doc.boards[index])] }
    if (!setValueAt(copy, `/boards/0${m[2] ?? ''}`, edit.value)) return null
    const decoded = decodeMatrix(copy as BoardMatrix, {
      invalidBoards: this.options.invalidBoards.has(index) ? new Set([0]) : new Set<number>(),
      boards: [boardId],
      ...(this.options.kernels !== undefined && { kernels: this.options.kernels }),
    })
    const known = this.problems.get(boardId) ?? new Set<string>()
    const original = (pointer: string): string => pointer.replace(/^\/boards\/0(?=\/|$)/, `/boards/${index}`)
    if (decoded.problems.some((p) => p.boardId === boardId && !known.has(`${p.messageId}|${original(p.pointer)}`))) return null
    // Every layout simulated first: the rules of each see the others that read its command line.
    const layouts: Array<{ layout: DecodedLayout; sim?: SimulationResult }> = []
    for (const copied of decoded.layouts) {
      if (copied.boardId !== boardId) continue
      // Pointers back into the real document (the copy holds the board at index 0).
      const layout = { ...copied, pointers: remapPointers(copied.pointers, original), suppress: copied.suppress.map((x) => ({ ...x, pointer: original(x.pointer) })) }
      this.spend()
      try {
        layouts.push({ layout, sim: simulate(layout.layout) })
      } catch {
        layouts.push({ layout })
      }
    }
    const simulated = layouts.filter((l): l is { layout: DecodedLayout; sim: SimulationResult } => l.sim !== undefined)
    const out: BoardEvaluation = new Map()
    for (const { layout, sim } of layouts) {
      if (!sim) {
        out.set(layoutKey(layout), 'unsimulated')
        continue
      }
      try {
        const evaluated = evaluateLayout(layout, sim, siblingLayouts(layout, simulated))
        out.set(layoutKey(layout), { layout, sim, evaluated })
        // A command-line edit: the same layout with this command line, as a finding's
        // pre-check would see it (a kernel edit keeps the cmdline and must not be cached so).
        if (edit.pointer.endsWith('/cmdline')) this.candidates.set(candidateKey(boardId, layout, layout.layout.cmdline), { evaluated, reserved: reservedBy(sim) })
      } catch {
        out.set(layoutKey(layout), 'unsimulated')
      }
    }
    return out
  }
}
