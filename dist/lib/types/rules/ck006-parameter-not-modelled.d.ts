/**
 * CK006 parameter-not-modelled: the command line holds an early parameter that moves memory
 * the kernel reserves before (or sizes) the crash reservation, and the simulation does not
 * model it. The layout is still simulated, without the parameter, so its placement may differ
 * from the real kernel's: the gap is reported instead of being silent.
 *
 * The table is the kernel's: which parameter, on which arch and releases, and why it matters.
 * Tokens are read as parse_early_param() reads them (next_arg(): quotes, `-` equal to `_`,
 * nothing after `--`).
 */
import { type Arch } from '../engine/index.js';
interface UnmodelledParam {
    param: string;
    arches: readonly Arch[];
    /** Releases it applies to: [from, before), either end open. */
    from?: string;
    before?: string;
    /** Only tokens whose value starts so (`numa=fake=…`). */
    valuePrefix?: string;
    /** Only tokens with exactly this value (`kvm-arm.mode=protected`). */
    value?: string;
    /** Only when the layout's kernel config has this option (`CMA`, `NUMA_EMU`). */
    config?: 'CMA' | 'NUMA_EMU';
    /** Only when the board leaves this CPU fact unsaid (`el2`). */
    cpuUnknown?: 'el2';
    /** Only on a board whose banks give NUMA nodes and which does not give the firmware's own node ranges (`sratMemory`). */
    firmwareNodes?: true;
    why: string;
}
/** What the engine leaves out, with each entry's kernel source. */
export declare const UNMODELLED_PARAMS: readonly UnmodelledParam[];
declare const _default: import("./define-rule.js").Rule<"notModelled">;
export default _default;
