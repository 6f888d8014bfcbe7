// SPDX-License-Identifier: GPL-2.0-only
/** The formatter registry: pure functions (report, ctx) → string (ESLint formatters). */
import type { Finding, Report } from './types.js'
import { formatGithub } from './github.js'
import { formatJson } from './json.js'
import { formatMarkdown } from './markdown.js'
import { formatStylish } from './stylish.js'

export interface FormatContext {
  /** Findings that got no annotation (the summary lists them). */
  overflow?: readonly Finding[]
}

export type Formatter = (report: Report, ctx?: FormatContext) => string

export { formatGithub, formatJson, formatMarkdown, formatStylish }

/** Formatters by `--format` name. */
export const formatters = {
  text: formatStylish,
  json: formatJson,
  markdown: formatMarkdown,
  github: formatGithub,
} as const satisfies Record<string, Formatter>
