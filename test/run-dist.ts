// SPDX-License-Identifier: GPL-2.0-only
/** Runs the bundled dist/ entry points as the runner (or a user) would, and collects what they wrote. */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))

export interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** Parses GITHUB_OUTPUT's `name<<delimiter … delimiter` records. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1] ?? ''] = m[3] ?? ''
  return out
}

/** `node dist/action/index.js` with INPUT_* variables and fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. */
export function runAction(inputs: Record<string, string>): ActionRun {
  const dir = mkdtempSync(join(tmpdir(), 'ckc-action-'))
  const output = join(dir, 'github_output')
  const summary = join(dir, 'step_summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const res = spawnSync(process.execPath, [join(ROOT, 'dist/action/index.js')], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 })
  return { status: res.status, stdout: res.stdout, stderr: res.stderr, outputs: parseOutputFile(readFileSync(output, 'utf8')), summary: readFileSync(summary, 'utf8') }
}

/**
 * Like runAction, but asynchronous (so an HTTP server in the test process can answer the
 * action) and with extra environment variables (GITHUB_API_URL, GITHUB_EVENT_PATH …).
 */
export async function runActionAsync(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ckc-action-'))
  const output = join(dir, 'github_output')
  const summary = join(dir, 'step_summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
    ...extraEnv,
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const child = spawn(process.execPath, [join(ROOT, 'dist/action/index.js')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)))
  clearTimeout(timer)
  return { dir, status, stdout, stderr, outputs: parseOutputFile(readFileSync(output, 'utf8')), summary: readFileSync(summary, 'utf8') }
}

/** `node dist/cli/index.js …` from the repository root (or from `cwd`), with `input` on its standard input. */
export function runCli(args: readonly string[], cwd: string = ROOT, input?: Uint8Array): { status: number | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000, ...(input && { input }) })
  return { status: res.status, stdout: res.stdout, stderr: res.stderr }
}
