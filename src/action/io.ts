// SPDX-License-Identifier: GPL-2.0-only
/**
 * ActionsIO: everything the action does to the outside world, as a narrow interface
 * (codeql-action's Logger idea). run.ts holds the real one over @actions/core; tests pass a
 * recording fake and need no module mocking.
 */
import type { GitHubApi, GitHubClientOptions } from '../github/client.js'
import type { ActionInputs } from './inputs.js'

export type AnnotationLevelName = 'error' | 'warning' | 'notice'

/** @actions/core's AnnotationProperties. */
export interface AnnotationProps {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

export interface ActionsIO {
  /** The validated inputs (inputs.ts; masks the token). */
  inputs(): ActionInputs
  env: Readonly<Record<string, string | undefined>>
  debug(message: string): void
  info(message: string): void
  /**
   * Logs text that may hold anything a matrix holds (the report, file names) as inert data:
   * the real one wraps it in `::stop-commands::<random token>` … `::<token>::`, so no line of
   * it can be a workflow command. Fakes may leave it out (info() is used then).
   */
  infoUntrusted?(text: string): void
  /** `core.error` / `core.warning` / `core.notice`. */
  annotate(level: AnnotationLevelName, message: string, props?: AnnotationProps): void
  setOutput(name: string, value: string | number): void
  /** Appends Markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>
  setFailed(message: string): void
  readFile(path: string): Promise<string>
  /** Writes a file, creating its directory. */
  writeFile(path: string, text: string): Promise<void>
  /** A GitHub REST client for the token. */
  github(token: string, options: GitHubClientOptions): GitHubApi
}
