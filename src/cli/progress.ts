// SPDX-License-Identifier: GPL-2.0-only
/**
 * A progress indicator for long runs (sweeps, suggestions, big matrices): one line on stderr,
 * redrawn in place with `\r`, and only when stderr is a terminal — never in a pipe, a CI log
 * or a file, and never mixed into stdout (where JSON and SARIF go).
 *
 * It appears once a run is long: more than `minTotal` steps (default 500 layouts), or still
 * running after `afterMs` (default 1 s). The work is synchronous, so the line is redrawn from
 * tick() itself, at most every `intervalMs`, and erased by done().
 */
import { visibleText } from '../report/escape.js'
import { fitFromLeft } from './render/width.js'
import type { CliIO } from './main.js'

export interface ProgressOptions {
  /** What is being counted, e.g. `simulating layouts`. */
  label: string
  /** Steps expected. */
  total: number
  /** Show from the start when total exceeds this (default 500). */
  minTotal?: number
  /** Otherwise show once the run takes longer than this (default 1000 ms). */
  afterMs?: number
  /** Redraw at most this often (default 100 ms). */
  intervalMs?: number
  /** False forces it off (e.g. machine-readable output was asked for). */
  enabled?: boolean
}

/** A progress line; a no-op unless stderr is a terminal. */
export class Progress {
  private done_ = 0
  private shown = false
  private lastDraw = -Infinity
  private readonly start: number
  private readonly active: boolean
  private readonly now: () => number

  constructor(
    private readonly io: CliIO,
    private readonly options: ProgressOptions,
  ) {
    this.now = io.now ?? (() => Date.now())
    this.start = this.now()
    this.active = options.enabled !== false && io.isTTY?.stderr === true
  }

  /** Whether the line has been drawn at least once (for tests and callers that print after it). */
  get visible(): boolean {
    return this.shown
  }

  /** Counts `n` steps and redraws when due. */
  tick(n = 1): void {
    this.done_ += n
    if (!this.active) return
    const t = this.now()
    const long = this.options.total > (this.options.minTotal ?? 500) || t - this.start > (this.options.afterMs ?? 1000)
    if (!long || t - this.lastDraw < (this.options.intervalMs ?? 100)) return
    this.lastDraw = t
    this.shown = true
    const total = Math.max(this.options.total, this.done_)
    const pct = total > 0 ? Math.floor((this.done_ * 100) / total) : 100
    const count = ` ${this.done_}/${total} (${pct}%)`
    // The label names a file as given: its control characters shown as escapes, not sent to the
    // terminal; and cut from the left to the terminal's width, since a line that wraps is only
    // erased in its last row by `\r\x1b[K`, and each redraw left the rows above it behind. The
    // width is in columns (a CJK character or an emoji takes two), and the cut falls between
    // characters as a reader sees them, never inside a surrogate pair or before an accent.
    const room = (this.io.isTTY?.stderrColumns ?? Infinity) - 1 - count.length
    const shown = fitFromLeft(visibleText(this.options.label), room)
    this.io.stderr(`\r\x1b[K${shown}${count}`)
  }

  /** Erases the line (if it was drawn). */
  done(): void {
    if (this.shown) this.io.stderr('\r\x1b[K')
    this.shown = false
  }
}
