// SPDX-License-Identifier: GPL-2.0-only
/**
 * pr_info()/pr_warn()/pr_err() equivalents: the simulation's dmesg, as structured events
 * carrying the kernel's exact wording (without the trailing newline of the format).
 */
import type { SimulationResult, TraceEvent } from './types.js'

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

/**
 * Engine helper (no kernel counterpart): a result's lines in the order the kernel prints them,
 * the "Zone ranges:" block (kept apart from the trace, as the oracle and verify compare it on
 * its own) put back where free_area_init() printed it (`zoneLinesAt`).
 * @example
 * dmesgOf(simulate(layout)).map((e) => e.text) // → [..., 'Zone ranges:', ..., 'crashkernel reserved: …'] on arm64 6.1
 */
export function dmesgOf(result: Pick<SimulationResult, 'trace' | 'zoneLines' | 'zoneLinesAt'>): TraceEvent[] {
  const at = Math.min(result.zoneLinesAt, result.trace.length)
  const zones = result.zoneLines.map((text): TraceEvent => ({ level: 'info', source: 'zones', text }))
  return [...result.trace.slice(0, at), ...zones, ...result.trace.slice(at)]
}
