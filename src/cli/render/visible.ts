// SPDX-License-Identifier: GPL-2.0-only
/**
 * Matrix text on its way to a terminal or a CI log, for the commands that render it from
 * the data (explain, sweep, suggest) rather than through the report's formatters: every
 * string shown as visibleText() shows it, so a RAM variant named `2G\n::error::…` or a device
 * name holding `\x1b[2J` can neither start a line of its own (a workflow command in a
 * runner's log) nor drive the terminal, as `check` already ensures.
 */
import { visibleText } from '../../report/escape.js'

/**
 * A copy of `value` for display: each string through visibleText(), in arrays, plain
 * objects and Maps alike; numbers, bigints and other values as they are. Only for what is
 * rendered: what is simulated keeps the text the user wrote.
 *
 * @example
 * displayCopy({ name: 'a\n::error::x', size: 1n }) // → { name: 'a\\n::error::x', size: 1n }
 */
export function displayCopy<T>(value: T): T {
  return copy(value) as T
}

function copy(value: unknown): unknown {
  if (typeof value === 'string') return visibleText(value)
  if (Array.isArray(value)) return value.map(copy)
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [copy(k), copy(v)]))
  if (value !== null && typeof value === 'object' && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = copy(v)
    return out
  }
  return value
}
