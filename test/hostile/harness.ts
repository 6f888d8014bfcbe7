// SPDX-License-Identifier: GPL-2.0-only
/**
 * The hostile-input harness: one call per catalogue entry checks that
 *   - check() returns (no throw; time is bounded by construction: inputs are bounded),
 *   - the expected findings are there, at file:line:col,
 *   - the good board next to the bad one is still simulated,
 *   - the CLI's main() stays well-formed on every channel: `--format json` parses,
 *     `--format github` is one workflow command per line with escaped data and properties and
 *     no command a user string started, `--format text` starts no workflow command,
 *   - Object.prototype and Array.prototype are unchanged (no prototype pollution).
 */
import { expect } from 'vitest'
import { check, toAnnotations, type Finding, type Report } from '../../src/index.js'
import { main, type CliIO, type ExitCode } from '../../src/cli/main.js'
import { LIMITS } from '../../src/limits.js'

export const FILE = 'boards/hostile.json'

/** A board that is fine, with one layout; every hostile file carries it first. */
export const GOOD = { id: 'good', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'console=ttyAMA0 crashkernel=256M' }

/** A small valid board to mutate (arm64, one bank, one kernel). */
export function board(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'bad', arch: 'arm64', kernels: ['6.12'], memory: [{ base: '0x40000000', size: '2G' }], image: { base: '0x40200000' }, cmdline: 'crashkernel=256M', ...over }
}

/** The file text: the good board first, then the others, pretty-printed (one value per line). */
export function matrix(...boards: unknown[]): string {
  return JSON.stringify({ version: 1, boards: [GOOD, ...boards] }, null, 2)
}

/** 1-based line and column of the first occurrence of `needle` (after `after`, if given). */
export function position(text: string, needle: string, after?: string): { line: number; column: number } {
  const from = after === undefined ? 0 : text.indexOf(after)
  const offset = text.indexOf(needle, from < 0 ? 0 : from)
  if (offset < 0) throw new Error(`test bug: ${JSON.stringify(needle)} is not in the text`)
  const before = text.slice(0, offset)
  const line = before.split(/\r\n|\r|\n/).length
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  return { line, column: offset - lastBreak }
}

export interface Expected {
  ruleId: string
  messageId?: string
  /** Substring (or pattern) of the message. */
  message?: string | RegExp
  /** Where the finding must point; omitted = anywhere (but it must have a location). */
  at?: { line: number; column: number }
}

export interface HostileOptions {
  /** The good board is simulated (default true; false for inputs that refuse the whole file). */
  goodChecked?: boolean
  /** Skip the text-channel check (the user strings hold newlines: see injection.test.ts). */
  skipTextChannel?: boolean
  /** The report has no findings at all (the input is hostile but valid). */
  clean?: boolean
}

const PROTO_SNAPSHOT = (): string => [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(',')).join('|')

/** Runs the CLI's main() on `text` with a recording io. */
export async function runCli(text: string, format: string, extra: string[] = []): Promise<{ code: ExitCode; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: async (path) => {
      if (path !== FILE) throw new Error(`ENOENT: ${path}`)
      return text
    },
  }
  const code = await main(['check', FILE, '--format', format, '--fail-on', 'error', ...extra], io)
  return { code, stdout, stderr }
}

const ESCAPED_DATA = /^(?:[^%\r\n]|%25|%0D|%0A)*$/
const ESCAPED_PROPERTY = /^(?:[^%\r\n:,]|%25|%0D|%0A|%3A|%2C)*$/
const COMMAND = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/

/**
 * Every line of `--format github` is one workflow command whose data and properties are
 * escaped the way @actions/core escapes them, and there is one line per planned annotation
 * (plus the overflow notice): no user string made a line of its own.
 */
export function expectWellFormedGithub(stdout: string, report: Report): void {
  const lines = stdout.split('\n')
  expect(lines.pop()).toBe('')
  for (const line of lines) {
    const m = COMMAND.exec(line)
    expect(m, `not a single workflow command: ${JSON.stringify(line.slice(0, 200))}`).not.toBeNull()
    const [, , props = '', data = ''] = m!
    expect(ESCAPED_DATA.test(data), `unescaped message: ${JSON.stringify(data.slice(0, 200))}`).toBe(true)
    for (const prop of props === '' ? [] : props.split(',')) {
      const eq = prop.indexOf('=')
      expect(eq, `property without "=": ${prop}`).toBeGreaterThan(0)
      expect(['title', 'file', 'line', 'endLine', 'col', 'endColumn']).toContain(prop.slice(0, eq))
      expect(ESCAPED_PROPERTY.test(prop.slice(eq + 1)), `unescaped property: ${JSON.stringify(prop)}`).toBe(true)
    }
  }
  const plan = toAnnotations(report)
  expect(lines.length).toBe(plan.emit.length + (plan.overflow.length > 0 ? 1 : 0))
}

/** No line of plain output can be taken for a workflow command (a runner reads stdout). */
export function expectNoWorkflowCommands(stdout: string): void {
  const commands = stdout.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l))
  expect(commands, 'a line of the text output starts a workflow command').toEqual([])
}

function describeFinding(f: Finding): string {
  return `${f.location?.line}:${f.location?.column} ${f.ruleId} ${f.messageId} ${f.message.slice(0, 160)}`
}

/**
 * The whole catalogue contract for one hostile input.
 *
 * @returns the library's report, for extra assertions
 */
export async function expectHostile(text: string, expected: Expected[], options: HostileOptions = {}): Promise<Report> {
  const proto = PROTO_SNAPSHOT()
  const report = check(text, FILE)

  for (const e of expected) {
    const hit = report.findings.find(
      (f) =>
        f.ruleId === e.ruleId &&
        (e.messageId === undefined || f.messageId === e.messageId) &&
        (e.message === undefined || (typeof e.message === 'string' ? f.message.includes(e.message) : e.message.test(f.message))) &&
        (e.at === undefined || (f.location?.line === e.at.line && f.location?.column === e.at.column)),
    )
    expect(hit, `expected ${JSON.stringify(e)} among:\n${report.findings.map(describeFinding).join('\n')}`).toBeDefined()
  }
  if (options.clean) expect(report.findings.map(describeFinding)).toEqual([])
  for (const f of report.findings) {
    expect(f.file).toBe(FILE)
    expect(f.location, `finding without a location: ${describeFinding(f)}`).toBeDefined()
    expect(f.location!.offset).toBeLessThanOrEqual(text.length)
    // User strings are quoted clipped; only a command line (at most maxCmdlineLength) may be quoted whole.
    expect(f.message.length).toBeLessThan(LIMITS.maxCmdlineLength + 1024)
  }
  const goodLayouts = report.layouts.filter((l) => l.boardId === 'good')
  if (options.goodChecked !== false) expect(goodLayouts.map((l) => l.result.crashkernel.kind)).toEqual(['reserved'])

  const json = await runCli(text, 'json')
  expect(json.stderr).toBe('')
  expect([0, 1]).toContain(json.code)
  const parsed = JSON.parse(json.stdout) as Report
  expect(parsed.counts).toEqual(report.counts)

  const github = await runCli(text, 'github')
  expect(github.stderr).toBe('')
  expectWellFormedGithub(github.stdout, report)

  const textOut = await runCli(text, 'text')
  expect(textOut.stderr).toBe('')
  expect(textOut.code).toBe(json.code)
  if (!options.skipTextChannel) expectNoWorkflowCommands(textOut.stdout)

  expect(PROTO_SNAPSHOT()).toBe(proto)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  return report
}
