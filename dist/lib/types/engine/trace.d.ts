/**
 * pr_info()/pr_warn()/pr_err() equivalents: the simulation's dmesg, as structured events
 * carrying the kernel's exact wording (without the trailing newline of the format).
 */
import type { TraceEvent } from './types.js';
export declare class Trace {
    readonly events: TraceEvent[];
    info(source: string, text: string): void;
    warn(source: string, text: string): void;
    err(source: string, text: string): void;
}
