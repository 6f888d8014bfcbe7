// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue, part 8: the action's own channels. The runner reads every line the
 * action writes to stdout, so user text must never start a line there: annotations go
 * through @actions/core's escaping, and the log (core.info) must not carry raw newlines from
 * the matrix either — a file name from a pull request's checkout included.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import type { ActionInputs } from '../../src/action/inputs.js'
import type { ActionsIO } from '../../src/action/io.js'
import { coreIO, run } from '../../src/action/run.js'
import { expectNoWorkflowCommands, matrix } from './harness.js'
import { PAYLOAD, payloadMatrix } from './payload.js'

const root = mkdtempSync(join(tmpdir(), 'ckc-action-'))
const workspace = join(root, 'ws')
mkdirSync(join(workspace, 'boards'), { recursive: true })
writeFileSync(join(workspace, 'boards', 'payload.json'), payloadMatrix())
afterAll(() => rmSync(root, { recursive: true, force: true }))
afterEach(() => vi.restoreAllMocks())

async function runAction(patterns: string[]): Promise<{ log: string; annotations: Array<{ message: string; file?: string | undefined }>; failed: string[] }> {
  let log = ''
  const annotations: Array<{ message: string; file?: string | undefined }> = []
  const failed: string[] = []
  const inputs = { matrix: patterns, failOn: 'never', annotations: true, summary: true, comment: false, token: '', workspace } as ActionInputs
  const io: ActionsIO = {
    inputs: () => inputs,
    env: { RUNNER_TEMP: root },
    debug: (m) => (log += `::debug::${m}\n`),
    info: (m) => (log += `${m}\n`),
    annotate: (_level, message, props) => annotations.push({ message, file: props?.file }),
    setOutput: () => {},
    writeSummary: async () => {},
    setFailed: (m) => failed.push(m),
    readFile: async (p) => readFileSync(p, 'utf8'),
    writeFile: async () => {},
    github: () => {
      throw new Error('no GitHub API in this test')
    },
  }
  await run(io)
  return { log, annotations, failed }
}

describe('hostile input: the action\'s stdout', () => {
  it('annotations carry user text as data: @actions/core escapes message and properties onto one line', () => {
    const lines: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk))
      return true
    })
    coreIO().annotate('error', PAYLOAD, { title: PAYLOAD, file: 'boards/a\n::error::x,y:z.json', startLine: 1 })
    vi.restoreAllMocks()
    expect(lines).toHaveLength(1)
    expect(lines[0]!.trimEnd().split('\n')).toHaveLength(1)
    expect(lines[0]).toMatch(/^::error title=x%0A%3A%3Aerror%3A%3AINJECTED%250A%0D%0A%3A%3Aadd-mask%3A%3Asecret.*,file=boards\/a%0A%3A%3Aerror%3A%3Ax%2Cy%3Az\.json,line=1::x%0A::error::INJECTED%250A%0D%0A::add-mask::secret/)
  })

  it('the real io logs report text inside ::stop-commands::<random token> … ::<token>::', () => {
    const lines: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk))
      return true
    })
    const io = coreIO()
    io.infoUntrusted!('a\n::error::x')
    io.infoUntrusted!('b')
    vi.restoreAllMocks()
    const out = lines.join('').split('\n')
    const start = /^::stop-commands::([0-9a-f-]{36})$/.exec(out[0]!)
    expect(start).not.toBeNull()
    const token = start![1]!
    expect(out.slice(1, 4)).toEqual(['a', '::error::x', `::${token}::`])
    // A fresh token per block: one block's text cannot hold the next block's resume line.
    expect(out[4]).toMatch(/^::stop-commands::/)
    expect(out[4]).not.toContain(token)
  })

  it('a file name that starts like a workflow command is shown as ./… in the text output', async () => {
    const { formatStylish } = await import('../../src/report/stylish.js')
    const { check } = await import('../../src/index.js')
    const out = formatStylish(check(matrix({ id: 'bad', extends: 'nope', kernels: ['6.12'] }), '::warning::x.json'))
    expect(out.split('\n')[0]).toBe('./::warning::x.json')
    expectNoWorkflowCommands(out)
  })

  it('the action checks a matrix full of workflow-command text and annotates it', async () => {
    const r = await runAction(['boards/payload.json'])
    expect(r.failed).toEqual([])
    expect(r.annotations.length).toBeGreaterThan(5)
  })

  // Was a bug: run.ts logged formatStylish(report) raw, so a newline in a board's string put
  // "::add-mask::secret" at the start of a log line. The report now escapes line breaks, and the
  // real io logs it inside ::stop-commands::<random token> … ::<token>::.
  it('no line of the action\'s log is a workflow command a matrix string started', async () => {
    const r = await runAction(['boards/payload.json'])
    expectNoWorkflowCommands(r.log.split('\n').filter((l) => !l.startsWith('::debug::')).join('\n'))
  })

  // Same bug, through a file name: git allows a newline in a path, the `matrix` glob finds the
  // file, and stylish prints the path as a heading line.
  it('a matrix file whose name holds a newline and a command starts no command', async () => {
    const dir = join(workspace, 'names')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'x\n::warning::from-a-file-name.json'), matrix({ id: 'bad', extends: 'nope', kernels: ['6.12'] }))
    const r = await runAction(['names/*.json'])
    expect(r.annotations.length).toBeGreaterThan(0)
    expectNoWorkflowCommands(r.log.split('\n').filter((l) => !l.startsWith('::debug::')).join('\n'))
  })
})
