// SPDX-License-Identifier: GPL-2.0-only
/**
 * pr_info()/pr_warn()/pr_err() equivalents: the simulation's dmesg, as structured events
 * carrying the kernel's exact wording (without the trailing newline of the format).
 */
import type { TraceEvent } from './types.js'

export class Trace {
  readonly events: TraceEvent[] = []
  info(source: string, text: string): void {
    this.events.push({ level: 'info', source, text })
  }
  warn(source: string, text: string): void {
    this.events.push({ level: 'warn', source, text })
  }
  err(source: string, text: string): void {
    this.events.push({ level: 'err', source, text })
  }
}
