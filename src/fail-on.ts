// SPDX-License-Identifier: GPL-2.0-only
/**
 * The `fail-on` levels the CLI's --fail-on and the action's input take, and the hint after a
 * value that is none of them.
 */
import { hintFor } from './matrix/validate.js'

export const FAIL_ON = ['error', 'warning', 'note', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

/** Words for "do not fail" other tools take for such an option. */
const NEVER_WORDS = new Set(['none', 'off', 'false', 'no', '0', 'disable', 'disabled', 'nothing', 'ignore'])

/**
 * `; did you mean "…"?` after a bad fail-on value, or nothing. A word for "do not fail" is
 * pointed at `never`, not at the level it is spelt closest to ("none" is one letter from
 * "note", the strictest level).
 *
 * @example
 * failOnHint('none') // → '; did you mean "never"?'
 * failOnHint('eror') // → '; did you mean "error"?'
 */
export function failOnHint(value: string): string {
  return NEVER_WORDS.has(value.trim().toLowerCase()) ? '; did you mean "never"?' : hintFor(value, FAIL_ON)
}
