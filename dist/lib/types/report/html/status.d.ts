/** What happened to crashkernel= in one layout, as one of a few statuses for the grid. */
import type { SimulationResult } from '../../engine/index.js';
/**
 * Grid statuses. `panics`: the boot panics after the reservation (SimulationResult.panic,
 * CK012), whatever the reservation did: the machine never comes up. `cut-off`: the engine's 'not-requested' for a command line whose every
 * crashkernel= lies past the part the kernel keeps (crashkernelCutOff(), CK004 `truncated`):
 * asked for, never read. `not-simulated`: the engine does not model the combination (an
 * SC004 finding exists, no result).
 */
export type LayoutStatus = 'reserved' | 'fell-back' | 'failed' | 'hang' | 'panics' | 'ignored' | 'cut-off' | 'not-requested' | 'not-simulated';
export interface StatusMeta {
    /** Words for the grid cell and legend. */
    label: string;
    /** A glyph so the status does not rest on colour alone (DejaVu/Liberation cover these). */
    glyph: string;
    /** A problem status counts for "problems only" and for which maps are drawn first. */
    problem: boolean;
    /** Sort order in counts and legend (most serious first). */
    rank: number;
}
export declare const STATUS_META: Readonly<Record<LayoutStatus, StatusMeta>>;
/** Statuses in legend order. */
export declare const STATUSES: readonly LayoutStatus[];
/**
 * The grid status of a simulated layout; `cmdline` (the layout's command line) tells a
 * crashkernel= cut off by COMMAND_LINE_SIZE from none at all.
 *
 * @example
 * layoutStatus({ crashkernel: { kind: 'reserved', fellBack: true, main: <above lowMax>, … } }) // → 'fell-back'
 */
export declare function layoutStatus(result: SimulationResult, cmdline?: string): LayoutStatus;
