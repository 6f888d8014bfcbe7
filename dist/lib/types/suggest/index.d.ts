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
import { type SimulationResult } from '../engine/index.js';
import type { DecodedLayout, SemanticProblem } from '../matrix/types.js';
import type { Suggestion } from '../report/types.js';
import { type BoardPolicy, type Evaluated } from '../rules/run.js';
export { applySuggestion } from './apply.js';
export type { Change, FixRequest, FixStrategyId } from './types.js';
/** One simulated layout and its rule reports. */
export interface LayoutRun {
    layout: DecodedLayout;
    sim: SimulationResult;
    evaluated: Evaluated[];
}
/**
 * Identity of a layout across edits: RAM variant + kernel entry (its pointer survives a kernel
 * change). Kernels that share one pointer — a kernel override (`--kernel`), a preset's list —
 * are told apart by release; they are never edited, so their key need not survive a change.
 */
export declare const layoutKey: (l: DecodedLayout) => string;
/** The finding a suggestion must remove. */
export interface Target {
    ruleId: string;
    subject: string;
}
/**
 * Compares a layout's reports before and after a change: the target (if any) must be gone —
 * no report of its rule with its subject or with a subject that was not there before — and
 * no new error may appear. Returns the new non-error reports (for the description).
 */
export declare function judge(before: readonly Evaluated[], after: readonly Evaluated[], policy: BoardPolicy, target?: Target): {
    ok: boolean;
    newOthers: string[];
};
export interface SuggesterOptions {
    /** The kernel override of the run (kernel changes are not suggested under one). */
    kernels?: readonly string[];
    /** Boards the schema rejected (decoding skips them, as in the run itself). */
    invalidBoards: ReadonlySet<number>;
    /** Upper bound of document-level verifications per finding (default 12). */
    budget?: number;
    /**
     * Upper bound of extra simulations (one layout simulated and evaluated) for the whole
     * run; default suggestionSimulationBudget(layouts registered). When it runs out, the
     * finding being worked on and every later one get no suggestion.
     */
    maxSimulations?: number;
    /**
     * Each board's layouts as the matrix lists them (DecodeResult.listed): a board value's
     * description says how many of them it could not be verified on (a layout with a problem,
     * or one the engine does not simulate, is never registered with add()).
     */
    listed?: ReadonlyMap<string, number>;
}
/** Extra simulations the suggester may spend per simulated layout of the run… */
export declare const SUGGEST_SIMULATIONS_PER_LAYOUT = 32;
/** …but never fewer than this (a small matrix gets every suggestion)… */
export declare const SUGGEST_SIMULATIONS_MIN = 256;
/** …nor more than this, whatever the size of the matrix. */
export declare const SUGGEST_SIMULATIONS_MAX = 2048;
/** The default simulation budget of the suggester for a run of `layouts` simulated layouts. */
export declare const suggestionSimulationBudget: (layouts: number) => number;
/**
 * The layouts of a board that read one command line, where the board's do not all read one:
 * its pointer, and how many layouts the matrix lists with it (those not simulated included).
 */
export interface CmdlineGroup {
    pointer: string;
    listed: number;
}
/** One crashkernel= value for a whole board (Suggester.boardValue()). */
export interface BoardValue {
    /** The tokens as they go on the command line: `crashkernel=512M`. */
    value: string;
    /** Layouts it was verified on (every simulated layout of the board in this run). */
    layouts: number;
    /** Layouts it leaves with a warning, and with a note. */
    warned: number;
    noted: number;
    /** The edit: the board's command line with the value in place of its crashkernel= tokens. */
    suggestion: Suggestion;
}
/** Finds verified suggestions for the findings of one matrix document. */
export declare class Suggester {
    private readonly doc;
    private readonly options;
    private readonly runs;
    private readonly problems;
    private readonly boards;
    /** One layout with a candidate command line, evaluated once per run: board, layout, cmdline → reports (null: threw). */
    private readonly candidates;
    /**
     * Layouts with a candidate command line, one object per layout and candidate (board,
     * cmdline → layout → copy), for the candidates last evaluated: each finding of a board
     * tries the same candidates on its own layout, and the rules that look at the siblings
     * (CK004) remember what they simulated per object, so a sibling is simulated once per
     * candidate rather than once per layout that asks. At most CANDIDATE_COPIES candidates
     * are kept (a board's copies are as many as its layouts).
     */
    private readonly withCandidate;
    private layoutCount;
    private spent;
    private exhausted;
    /** Boards with a boardValue() search that did not fit the budget (a board of several command lines counts once). */
    private readonly boardsUnpaid;
    /**
     * @param doc - the parsed matrix (it is copied, never changed)
     * @param problems - the decoding problems of the run (a change may not add any)
     */
    constructor(doc: unknown, options: SuggesterOptions, problems: readonly SemanticProblem[]);
    /** Registers a layout of the run (the "before" every change is compared with). */
    add(run: LayoutRun): void;
    /** Extra simulations spent so far. */
    get simulations(): number;
    /** Has the budget run out (some findings went without a suggestion)? */
    get budgetExhausted(): boolean;
    /** Boards whose one-value search (boardValue()) did not fit what was left of the budget. */
    get boardValuesNotSearched(): number;
    /** Takes one simulation from the run's budget, or throws BudgetExhausted. */
    private spend;
    /** The reports of `layout` with `cmdline`, simulated once per run; null when the engine throws. */
    private evaluateCandidate;
    /** `l` with the command line `cmdline`: the same object for every layout evaluated with that candidate. */
    private withCmdline;
    /**
     * Verified suggestions for one report, best first (at most one per strategy, at most three).
     *
     * @returns [] when the rule names no strategy, nothing verifies, or the run's simulation
     *   budget ran out (then the search is dropped whole: no half-verified suggestion)
     */
    suggest(run: LayoutRun, ev: Evaluated): Suggestion[];
    private search;
    /**
     * The command lines of a board whose layouts do not all read one (a kernel entry with a
     * `cmdline` of its own beside the board's): each read by several layouts (the RAM variants
     * of that kernel), which boardValue() can then give one value of their own. Empty when the
     * board reads one command line (boardValue() without a group covers it) or none is shared.
     */
    cmdlineGroups(boardId: string): string[];
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
    boardValue(boardId: string, proposed?: readonly Suggestion[], agreed?: Suggestion, group?: CmdlineGroup): BoardValue | undefined;
    /**
     * Whether the findings' agreed edit, as confirm() verified it on every layout of the board,
     * reserves on each at most half of its System RAM with no error, and leaves no more layouts
     * warned or noted than `best` does. False when it was not verified on every layout.
     */
    private agreedDoesAsWell;
    /** Verifies a change on every layout of the board; the Suggestion, or undefined. */
    private confirm;
    /** Where the change goes: the layout's own cmdline/kernel value, or a new board cmdline. */
    private editFor;
    /** Decodes, simulates and evaluates every layout of a board with the edit applied; null when decoding gets worse. */
    private evaluateBoard;
}
