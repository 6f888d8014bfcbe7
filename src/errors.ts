// SPDX-License-Identifier: GPL-2.0-only
/**
 * The two error types that cross the library boundary (STYLE.md §2.9). Problems *in* a
 * matrix are findings, never exceptions.
 */

/** A problem with the invocation (missing file, bad input, unknown kernel override): exit 2. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError'
  /** One-line summary, shown first. */
  readonly shortMessage: string
  /** docs/ page that explains the setting. */
  readonly docsPath?: string
  constructor(shortMessage: string, options: { docsPath?: string; details?: readonly string[] } = {}) {
    super([shortMessage, ...(options.details ?? [])].join('\n'))
    this.shortMessage = shortMessage
    if (options.docsPath !== undefined) this.docsPath = options.docsPath
  }
}

/** A broken invariant: a bug in crashkernel-check (exit 2, "Internal error: …"). */
export class InternalError extends Error {
  override readonly name = 'InternalError'
}

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
