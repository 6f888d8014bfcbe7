// SPDX-License-Identifier: GPL-2.0-only
/**
 * The engine's trace is the kernel's own wording, line for line; a boot's serial log shows
 * which of those lines that kernel really printed. linesNotPrinted() lists the lines of a
 * simulation's trace that appear nowhere in the log (timestamps and console prefixes
 * removed as the importer removes them).
 */
import type { SimulationResult } from '../src/engine/index.js'
import { normalizeLine } from '../src/import/bootlog.js'

export function linesNotPrinted(result: Pick<SimulationResult, 'trace'>, log: string): string[] {
  const printed = new Set(log.split('\n').map((l) => normalizeLine(l).text.trimEnd()))
  return result.trace.map((t) => t.text.trimEnd()).filter((t) => !printed.has(t))
}
