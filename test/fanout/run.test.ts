// SPDX-License-Identifier: GPL-2.0-only
/**
 * run() in the three modes with a recording ActionsIO (no runner, no network): plan only
 * sets `matrix` and `count`; a check leg (`shard`) never touches the GitHub API and records
 * its shard; aggregate merges, comments once, writes one summary and one SARIF file, applies
 * fail-on to the merged counts and fails on missing shards.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { pathToFileURL } from 'node:url'
import { dirname, join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { getInputs, type ActionInputs } from '../../src/action/inputs.js'
import type { ActionsIO, AnnotationLevelName } from '../../src/action/io.js'
import { run } from '../../src/action/run.js'
import { DEFAULT_MATRIX_INPUT, toLegPattern } from '../../src/action/files.js'
import { resolveMatrixFiles } from '../resolve-files.js'
import { planFanout } from '../../src/fanout/plan.js'
import type { GitHubApi } from '../../src/github/client.js'
import { GitHubApiError } from '../../src/github/errors.js'
import { formatResults } from '../../src/fanout/results.js'
import { sarifResultGroups } from '../../src/report/sarif.js'
import { readShard, splitList, type ShardInput } from '../../src/fanout/shard.js'
import { finding, report } from '../report/helpers.js'
import { systemError } from '../system-error.js'
import { checkAll, fixture, matrix, type MatrixFile } from './helpers.js'

interface Recorded {
  annotations: Array<{ level: AnnotationLevelName; message: string }>
  outputs: Record<string, string | number>
  files: Map<string, string>
  summary: string[]
  failed: string[]
  api: string[]
  info: string[]
}

interface Workspace {
  dir: string
  event: string
  /** The pull request's comments, shared by every run in this workspace. */
  comments: Array<{ id: number; body: string; user: { login: string; type: string } }>
}

/** A workspace with these matrix files, and a pull_request event. */
function workspace(files: readonly MatrixFile[]): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'ckc-fanout-'))
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true })
    writeFileSync(join(dir, f.path), f.text)
  }
  const event = join(dir, 'event.json')
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }))
  return { dir, event, comments: [] }
}

function fakeApi(rec: Recorded, comments: Workspace['comments']): GitHubApi {
  return {
    listPullRequestFiles: async () => (rec.api.push('files'), []),
    listIssueComments: async () => (rec.api.push('list'), comments),
    createIssueComment: async (_pr, body) => {
      rec.api.push('create')
      comments.push({ id: comments.length + 1, body, user: { login: 'bot', type: 'Bot' } })
      return { id: comments.length }
    },
    updateIssueComment: async (_pr, id, body) => {
      rec.api.push('update')
      comments.find((c) => c.id === id)!.body = body
      return { id }
    },
    deleteIssueComment: async () => void rec.api.push('delete'),
  }
}

function fakeIO(ws: Workspace, inputs: Partial<ActionInputs>, env: Record<string, string> = {}): ActionsIO & { rec: Recorded } {
  const rec: Recorded = { annotations: [], outputs: {}, files: new Map(), summary: [], failed: [], api: [], info: [] }
  const api = fakeApi(rec, ws.comments)
  return {
    rec,
    // An aggregate job reads no matrix: it has the input's default, as getInputs() gives it.
    inputs: () => ({ mode: 'check', maxJobs: 256, matrix: inputs.mode === 'aggregate' ? [DEFAULT_MATRIX_INPUT] : ['boards/*.json'], failOn: 'error', annotations: true, summary: true, comment: true, token: 't', workspace: ws.dir, ...inputs }),
    env: { RUNNER_TEMP: join(ws.dir, 'runner-temp'), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: ws.event, GITHUB_REPOSITORY: 'o/r', ...env },
    debug: () => {},
    info: (m) => void rec.info.push(m),
    annotate: (level, message) => void rec.annotations.push({ level, message }),
    setOutput: (name, value) => void (rec.outputs[name] = value),
    writeSummary: async (md) => void rec.summary.push(md),
    setFailed: (m) => void rec.failed.push(m),
    readFile: async (path) => readFileSync(path, 'utf8'),
    writeFile: async (path, text) => {
      rec.files.set(path, text)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, text)
    },
    github: () => {
      rec.api.push('client')
      return api
    },
  }
}

const FILES = [
  { ...fixture('test/fixtures/broken.matrix.json'), path: 'boards/broken.json' },
  { ...fixture('test/fixtures/clean.matrix.json'), path: 'boards/clean.json' },
]

interface Entry {
  shard: string
  boards: string
  files: string
  kernel: string
}

/** The plan's entries (mode: plan with these inputs). */
async function planEntries(ws: Workspace, inputs: Partial<ActionInputs>): Promise<Entry[]> {
  const plan = fakeIO(ws, { mode: 'plan', ...inputs })
  await run(plan)
  expect(plan.rec.failed).toEqual([])
  return JSON.parse(String(plan.rec.outputs.matrix)).include as Entry[]
}

/** A `shard` input as getInputs() reads it (it refuses one readShard() does not read). */
function shardInput(text: string): ShardInput {
  const shard = readShard(text)
  if (!shard) throw new Error(`not a shard input: ${text}`)
  return shard
}

/** A leg as the README's check job runs it: `matrix`, `boards`, `kernel` and `shard` from the entry. */
function legInputs(e: Entry, i: number): Partial<ActionInputs> {
  const boards = splitList(e.boards)
  const kernels = splitList(e.kernel)
  return { matrix: splitList(e.files), ...(boards.length > 0 && { boards }), ...(kernels.length > 0 && { kernels }), shard: shardInput(e.shard), failOn: 'never', annotations: false, summary: false, resultsFile: `results/leg-${i}/crashkernel-check-results.json` }
}

/** plan, then every leg as the README's check job runs it; returns the legs' results paths. */
async function planAndCheck(ws: Workspace, maxJobs: number, kernels?: string[]): Promise<{ results: string[]; count: number }> {
  const include = await planEntries(ws, { maxJobs, ...(kernels && { kernels }) })
  const results: string[] = []
  for (const [i, e] of include.entries()) {
    const leg = fakeIO(ws, legInputs(e, i))
    await run(leg)
    expect(leg.rec.failed).toEqual([])
    expect(leg.rec.api).toEqual([])
    expect(leg.rec.summary).toEqual([])
    results.push(String(leg.rec.outputs['results-file']))
  }
  return { results, count: include.length }
}

describe('mode: plan', () => {
  it('sets only `matrix` and `count`: no summary, annotation, file or API call', async () => {
    const ws = workspace(FILES)
    const io = fakeIO(ws, { mode: 'plan', maxJobs: 3 })
    await run(io)
    const expected = planFanout(
      FILES.map((f) => ({ path: f.path, text: f.text })),
      { maxJobs: 3 },
    ).matrix
    expect(io.rec.outputs).toEqual({ matrix: JSON.stringify(expected), count: 3 })
    expect(io.rec).toMatchObject({ annotations: [], summary: [], failed: [], api: [] })
    expect(io.rec.files.size).toBe(0)
  })

  it('warns, in one annotation, about the inputs of the check and aggregate jobs it was given, and writes none of their files', async () => {
    const ws = workspace(FILES)
    const io = fakeIO(ws, { mode: 'plan', maxJobs: 3, sarif: 'out.sarif', html: 'r.html', resultsFile: 'r.json', annotations: false, summary: false, failOn: 'never', results: ['x/*.json'], shard: shardInput('1/3') })
    await run(io)
    expect(io.rec.failed).toEqual([])
    expect(io.rec.outputs.count).toBe(3)
    const does = 'no effect with mode: plan, which only plans the check jobs (outputs "matrix" and "count")'
    expect(io.rec.annotations).toEqual([
      {
        level: 'warning',
        message: `input "sarif", "html", "results-file", "annotations", "summary", "fail-on" and "results" have ${does}: set them on the aggregate job\ninput "shard" has ${does}: set it on the check jobs (shard: \${{ matrix.shard }})`,
      },
    ])
    expect(io.rec.files.size).toBe(0)
    // Also when the plan then fails; and one input is "it".
    const failing = fakeIO(ws, { mode: 'plan', boards: ['nope'], sarif: 'out.sarif' })
    await run(failing)
    expect(failing.rec.failed).toHaveLength(1)
    expect(failing.rec.annotations).toEqual([{ level: 'warning', message: `input "sarif" has ${does}: set it on the aggregate job` }])
    expect(failing.rec.files.size).toBe(0)
    // The defaults are no values of their own (fail-on: error, annotations and summary: true).
    const defaults = fakeIO(ws, { mode: 'plan', failOn: 'error', annotations: true, summary: true, comment: false })
    await run(defaults)
    expect(defaults.rec.annotations).toEqual([])
  })

  it('plans a fleet whose ids would not fit one input into one job with max-jobs 1: that job checks every board', async () => {
    // 2,000 ids of 60 characters: 122,000 characters, more than a job's "boards" input can carry.
    const boards = Array.from({ length: 2000 }, (_, i) => ({ id: `board-${String(i).padStart(54, '0')}`, extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G' }))
    const ws = workspace([matrix(boards, 'boards/fleet.json')])
    const io = fakeIO(ws, { mode: 'plan', maxJobs: 1 })
    await run(io)
    expect(io.rec.failed).toEqual([])
    expect(JSON.parse(String(io.rec.outputs.matrix))).toEqual({ include: [{ shard: '1/1', boards: '', files: 'boards/fleet.json', layouts: 2000, kernel: '' }] })
    // With a filter, the one job keeps it.
    const filtered = fakeIO(ws, { mode: 'plan', maxJobs: 1, boards: ['board-*'] })
    await run(filtered)
    expect(filtered.rec.failed).toEqual([])
    expect(JSON.parse(String(filtered.rec.outputs.matrix)).include[0].boards).toBe('board-*')
  })

  it('fails when a job would get more matrix file names than its "matrix" input can carry (the job could not start)', async () => {
    // 600 files with 235-character names in one job: 144,000 bytes, over Linux's 128 KiB for one environment variable.
    const files = Array.from({ length: 600 }, (_, i) => matrix([{ id: `b${i}`, extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G' }], `boards/${'rack-'.repeat(45)}${i}.json`))
    const io = fakeIO(workspace(files), { mode: 'plan', maxJobs: 1 })
    await run(io)
    expect(io.rec.failed).toEqual(['job 1/1 would get 144489 bytes of matrix file names (more than an input can carry): raise input "max-jobs" (now 1), or plan fewer matrix files in one plan job (input "matrix")'])
    expect(io.rec.outputs).toEqual({})
  })

  it("counts boards in its log as the report does, each file's own, and says how many ids the jobs split", async () => {
    // Two files with the same two ids: the report counts four boards, the plan's jobs two ids.
    const boards = [{ id: 'a', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G' }, { id: 'b', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G' }]
    const shared = fakeIO(workspace([matrix(boards, 'boards/x.json'), matrix(boards, 'boards/y.json')]), { mode: 'plan' })
    await run(shared)
    expect(shared.rec.info.filter((m) => m.includes('job(s) for'))).toEqual(['crashkernel-check: 2 job(s) for 4 board(s) (2 board id(s): an id in several files is checked by one job) and 4 layout(s) from 2 file(s); layouts per job 2–2'])
    const one = fakeIO(workspace([matrix(boards, 'boards/x.json')]), { mode: 'plan' })
    await run(one)
    expect(one.rec.info.filter((m) => m.includes('job(s) for'))).toEqual(['crashkernel-check: 2 job(s) for 2 board(s) and 2 layout(s) from 1 file(s); layouts per job 1–1'])
  })

  it('plans a job for a matrix of no boards, whose check reports the empty list', async () => {
    const io = fakeIO(workspace([{ path: 'boards/empty.json', text: '{ "version": 1, "boards": [] }' }]), { mode: 'plan' })
    await run(io)
    expect(io.rec.outputs).toEqual({ matrix: '{"include":[{"shard":"1/1","boards":"","files":"boards/empty.json","layouts":0,"kernel":""}]}', count: 1 })
    expect(io.rec.failed).toEqual([])
  })

  it('plans the boards that match, sets the outputs, then fails on a "boards" pattern that matches no board', async () => {
    const io = fakeIO(workspace(FILES), { mode: 'plan', boards: ['rpi4', 'rpi5*'] })
    await run(io)
    // broken.json has findings of its own: a whole-file job that keeps the plan's filter.
    expect(JSON.parse(String(io.rec.outputs.matrix)).include.map((e: { boards: string; files: string }) => [e.files, e.boards])).toEqual([
      ['boards/broken.json', 'rpi4,rpi5*'],
      ['boards/clean.json', 'rpi4'],
    ])
    expect(io.rec.failed).toEqual(['input "boards": "rpi5*" matches no board id in boards/broken.json, boards/clean.json'])
  })

  it('gives count 0 only in a plan that fails because no board matches "boards", and says so in its log; an unreadable file sets no output', async () => {
    const clean = [{ ...fixture('test/fixtures/clean.matrix.json'), path: 'boards/clean.json' }]
    const io = fakeIO(workspace(clean), { mode: 'plan', boards: ['zz*'] })
    await run(io)
    expect(io.rec.outputs).toEqual({ matrix: '{"include":[]}', count: 0 })
    expect(io.rec.failed).toEqual(['input "boards": "zz*" matches no board id in boards/clean.json'])
    expect(io.rec.info).toContain('crashkernel-check: no board of the 1 file(s) matches input "boards": the matrix is {"include":[]} and count is 0')
    const missing = fakeIO(workspace(clean), { mode: 'plan', matrix: ['boards/nope.json'] })
    await run(missing)
    expect(missing.rec.outputs).toEqual({})
    expect(missing.rec.failed).toEqual([expect.stringMatching(/^matrix file "boards\/nope\.json" not found/)])
  })

  it('carries a matrix file whose name reads as a glob (boards/rack[1].json) to its check job, which checks that file', async () => {
    // The plan escapes the name (toLegPattern); the leg must read the escape as the character itself.
    const ws = workspace([{ ...fixture('test/fixtures/clean.matrix.json'), path: 'boards/rack[1].json' }, { ...fixture('test/fixtures/broken.matrix.json'), path: 'boards/rack1.json' }])
    const plan = fakeIO(ws, { mode: 'plan', maxJobs: 1 })
    await run(plan)
    expect(JSON.parse(String(plan.rec.outputs.matrix)).include[0].files).toBe('boards/rack1.json,boards/rack\\[1\\].json')
    const { results } = await planAndCheck(ws, 1)
    const leg = JSON.parse(readFileSync(results[0]!, 'utf8'))
    expect(leg.files).toEqual(['boards/rack1.json', 'boards/rack[1].json'])
    expect(leg.fanout.files).toEqual(['boards/rack1.json', 'boards/rack[1].json'])
  })

  it('carries a matrix file with a lone brace in its name (boards/a{b.json) to its check job without swallowing the files after it', async () => {
    // The leg's input keeps the commas after an unescaped `{` in one item, as in a brace
    // expansion: the name must reach it escaped, though alone it reads as no glob.
    const ws = workspace([{ ...fixture('test/fixtures/clean.matrix.json'), path: 'boards/a{b.json' }, { ...fixture('test/fixtures/broken.matrix.json'), path: 'boards/c.json' }])
    const [entry] = await planEntries(ws, { maxJobs: 1 })
    // The runner hands the entry's files over as INPUT_MATRIX; getInputs() reads it.
    vi.stubEnv('INPUT_MATRIX', entry!.files)
    const matrix = getInputs({ GITHUB_WORKSPACE: ws.dir }).matrix
    vi.unstubAllEnvs()
    const leg = fakeIO(ws, { ...legInputs(entry!, 0), matrix })
    await run(leg)
    expect(leg.rec.failed).toEqual([])
    expect(JSON.parse(readFileSync(String(leg.rec.outputs['results-file']), 'utf8')).fanout.files).toEqual(['boards/a{b.json', 'boards/c.json'])
  })

  it("names each planned file so that its check job's matrix input reads that file back, whatever characters the name has", () => {
    const names = ['a{b.json', '{a}.json', '!x.json', 'a(b).json', 'a(b.json', '@(x).json', 'x*.json', 'a[1].json', 'a?.json', 'a|b.json', '+(a).json', 'a\\b.json', 'a\\(1).json', 'a\\{b.json']
    const ws = workspace(names.map((n) => ({ path: `boards/${n}`, text: '{}' })))
    for (const n of names) expect(resolveMatrixFiles([toLegPattern(`boards/${n}`)], ws.dir)).toEqual([`boards/${n}`])
  })

  it('plans and checks the same way whatever the order of the matrix patterns', async () => {
    const ws = workspace(FILES)
    const outputs: Array<Record<string, string | number>> = []
    const files: string[][] = []
    for (const matrix of [['boards/*.json'], ['boards/clean.json', 'boards/broken.json']]) {
      const plan = fakeIO(ws, { mode: 'plan', matrix, maxJobs: 3 })
      await run(plan)
      outputs.push(plan.rec.outputs)
      const check = fakeIO(ws, { matrix, failOn: 'never', annotations: false, summary: false, comment: false })
      await run(check)
      files.push(JSON.parse(readFileSync(String(check.rec.outputs['results-file']), 'utf8')).files)
    }
    expect(outputs[1]).toEqual(outputs[0])
    expect(files).toEqual([
      ['boards/broken.json', 'boards/clean.json'],
      ['boards/broken.json', 'boards/clean.json'],
    ])
  })

  it('refuses to plan a matrix file with a comma or a newline in its name (a check job\'s input splits on them)', async () => {
    for (const name of ['boards/a,b.json', 'boards/a\nb.json']) {
      const io = fakeIO(workspace([{ ...fixture('test/fixtures/clean.matrix.json'), path: name }]), { mode: 'plan' })
      await run(io)
      expect(io.rec.failed).toEqual([`matrix file "${name}" has a comma or a newline in its name, which a check job's "matrix" input cannot carry: rename it for mode: plan`])
    }
  })

  it('fails, naming every matrix file it cannot read from the workspace and why in words, without a plan that would leave their boards out', async () => {
    const ws = workspace([...FILES, { ...FILES[1]!, path: 'boards/third.json' }])
    const io = fakeIO(ws, { mode: 'plan' })
    const read = io.readFile
    io.readFile = async (path) => {
      if (path.endsWith('clean.json')) throw systemError('EACCES', 'permission denied', 'open', path)
      if (path.endsWith('third.json')) throw systemError('EIO', 'i/o error', 'read')
      return read(path)
    }
    await run(io)
    expect(io.rec.failed).toEqual(['cannot read matrix file boards/clean.json: permission denied\ncannot read matrix file boards/third.json: input/output error'])
    expect(io.rec.outputs).toEqual({})
  })

  it('fails naming every matrix pattern that names no file, and every file it cannot read, not only the first', async () => {
    const ws = workspace(FILES)
    const io = fakeIO(ws, { mode: 'plan', matrix: ['nope/*.json', 'boards/*.json', 'gone.json'] })
    const read = io.readFile
    io.readFile = async (path) => {
      if (path.endsWith('clean.json')) throw systemError('EACCES', 'permission denied', 'open', path)
      return read(path)
    }
    await run(io)
    expect(io.rec.failed).toEqual([`matrix pattern "nope/*.json" matches no file in ${ws.dir}\nmatrix file "gone.json" not found in ${ws.dir}\ncannot read matrix file boards/clean.json: permission denied`])
    expect(io.rec.outputs).toEqual({})
  })

  it('refuses a directory given as a matrix file with a configuration error', async () => {
    const io = fakeIO(workspace(FILES), { mode: 'plan', matrix: ['boards'] })
    await run(io)
    expect(io.rec.failed).toEqual(['matrix file "boards" is not a regular file: it is a directory; name its matrix files with a glob, e.g. "boards/*.json"'])
  })

  // download-artifact's `path` given as is: EISDIR said "is a directory" but not what to write instead.
  it('refuses a directory given as a results file, naming a glob for the files in it, and merges the others', async () => {
    const ws = workspace(FILES)
    const { results } = await planAndCheck(ws, 2)
    mkdirSync(join(ws.dir, 'downloaded', 'crashkernel-check-results-0'), { recursive: true })
    const io = fakeIO(ws, { mode: 'aggregate', results: ['downloaded/', results[0]!], failOn: 'never', comment: false })
    await run(io)
    expect(io.rec.failed).toEqual([
      expect.stringMatching(/^results file "downloaded\/" is a directory: name the results files in it with a glob, e\.g\. "downloaded\/\*\*\/\*\.json"\n/),
    ])
    expect(Number(io.rec.outputs.layouts)).toBeGreaterThan(0)
  })

  it('fails on a configuration error without writing a SARIF file', async () => {
    const io = fakeIO(workspace(FILES), { mode: 'plan', kernels: ['4.19'], sarif: 'out.sarif' })
    await run(io)
    expect(io.rec.failed).toEqual([expect.stringMatching(/^kernel override: "4.19" is not a kernel crashkernel-check models/)])
    // The page that lists the kernels, as a link: the step's log is read on GitHub, not in a clone.
    expect(io.rec.failed[0]).toMatch(/\nSee https:\/\/github\.com\/crashkernel-check\/crashkernel-check\/blob\/main\/docs\/policies\.md$/)
    expect(io.rec.files.size).toBe(0)
  })
})

describe('mode: plan given the aggregate job\'s comment-key', () => {
  /** A workspace whose pull request has the ✅ comment an aggregate job with comment-key "ck" left. */
  async function withAggregateComment(): Promise<Workspace> {
    const ws = workspace([matrix([{ id: 'ok', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }], 'boards/clean.json')])
    const { results } = await planAndCheck(ws, 1)
    const aggregate = fakeIO(ws, { mode: 'aggregate', results, commentKey: 'ck' })
    await run(aggregate)
    expect(aggregate.rec.failed).toEqual([])
    expect(ws.comments).toHaveLength(1)
    expect(ws.comments[0]!.body).toContain('✅')
    return ws
  }

  it('a plan that fails updates the comment to say why (no check or aggregate job runs to do it), and creates none', async () => {
    const ws = await withAggregateComment()
    // The next push: a typo in "boards"; the workflow runs neither the check nor the aggregate jobs.
    const io = fakeIO(ws, { mode: 'plan', boards: ['okk'], commentKey: 'ck' }, { GITHUB_RUN_ID: '7' })
    await run(io)
    const why = 'input "boards": "okk" matches no board id in boards/clean.json'
    expect(io.rec.failed).toEqual([why])
    expect(ws.comments).toHaveLength(1)
    expect(io.rec.api).not.toContain('create')
    expect(ws.comments[0]!.body).not.toContain('✅')
    expect(ws.comments[0]!.body).toContain(`- ❌ the plan job failed, so no check job ran: ${why}`)
    // The plan job writes no summary: the comment links the run's log, not a summary.
    expect(io.rec.summary).toEqual([])
    expect(ws.comments[0]!.body).not.toContain('job summary')
    // Nor a report in the step's log, which a plan never prints: the plan job's log says why.
    expect(ws.comments[0]!.body).not.toContain('full report')
    expect(ws.comments[0]!.body).toContain("[workflow run (the plan job's log)](https://github.com/o/r/actions/runs/7)")
    // A matrix file the plan cannot read, in a pull request with no comment of this key: none is created.
    const other = workspace([])
    const unreadable = fakeIO(other, { mode: 'plan', matrix: ['nope.json'], commentKey: 'ck' })
    await run(unreadable)
    expect(unreadable.rec.failed).toEqual([expect.stringMatching(/^matrix file "nope\.json" not found in /)])
    expect(unreadable.rec.api).toEqual(['client', 'list'])
    expect(other.comments).toEqual([])
  })

  it('leaves the comment alone without a comment-key, on a fork, with comment: false, and when the plan succeeds', async () => {
    const ws = await withAggregateComment()
    const body = ws.comments[0]!.body
    const forkEvent = join(ws.dir, 'fork-event.json')
    writeFileSync(forkEvent, JSON.stringify({ pull_request: { number: 7, head: { repo: { full_name: 'someone/r' } }, base: { repo: { full_name: 'o/r' } } } }))
    for (const [inputs, env] of [
      [{ boards: ['okk'] }, {}],
      [{ boards: ['okk'], commentKey: 'ck' }, { GITHUB_EVENT_PATH: forkEvent }],
      [{ boards: ['okk'], commentKey: 'ck', comment: false }, {}],
      [{ commentKey: 'ck' }, {}],
    ] as Array<[Partial<ActionInputs>, Record<string, string>]>) {
      const io = fakeIO(ws, { mode: 'plan', ...inputs }, env)
      await run(io)
      expect(io.rec.failed).toHaveLength(inputs.boards ? 1 : 0)
      expect(io.rec.api).toEqual([])
      expect(ws.comments[0]!.body).toBe(body)
    }
  })

  it('says in its log why the comment was not corrected (a job without pull-requests: write)', async () => {
    const ws = await withAggregateComment()
    const body = ws.comments[0]!.body
    const refused = (what: string) => () => Promise.reject(new GitHubApiError(`${what}: HTTP 403`, 403, 'permission'))
    // A public repository: the comments are listed, the update is refused.
    const update = fakeIO(ws, { mode: 'plan', boards: ['okk'], commentKey: 'ck' })
    update.github = () => ({ ...fakeApi(update.rec, ws.comments), updateIssueComment: refused('PATCH /repos/o/r/issues/comments/1') })
    await run(update)
    expect(update.rec.failed).toEqual(['input "boards": "okk" matches no board id in boards/clean.json'])
    expect(update.rec.info).toContain('no pull request comment of comment-key "ck" that this job\'s token may update: none corrected')
    // A private one: not even the list.
    const list = fakeIO(ws, { mode: 'plan', boards: ['okk'], commentKey: 'ck' })
    list.github = () => ({ ...fakeApi(list.rec, ws.comments), listIssueComments: refused('GET /repos/o/r/issues/7/comments') })
    await run(list)
    expect(list.rec.info).toContain('cannot update the pull request comment after the failure: GET /repos/o/r/issues/7/comments: HTTP 403')
    expect(ws.comments[0]!.body).toBe(body)
  })
})

describe('mode: check with shard', () => {
  it('records the shard in the results file and never comments, even with comment: true and a token', async () => {
    const ws = workspace(FILES)
    const io = fakeIO(ws, { matrix: ['boards/clean.json'], boards: ['rpi4'], shard: shardInput('2/3'), annotations: false })
    await run(io)
    expect(io.rec.api).toEqual([])
    const results = JSON.parse(readFileSync(String(io.rec.outputs['results-file']), 'utf8'))
    // The workspace is the repository (no checkout below it holds .git): root ''.
    expect(results.fanout).toEqual({ shard: '2/3', files: ['boards/clean.json'], boards: ['rpi4'], kernel: [], root: '' })
    expect(results.layouts.map((l: { boardId: string }) => l.boardId)).toEqual(['rpi4', 'rpi4', 'rpi4', 'rpi4', 'rpi4', 'rpi4', 'rpi4', 'rpi4'])
  })
})

describe('a fan-out of a repository checked out below the workspace (actions/checkout `path: sub`)', () => {
  it('the legs record the root, and the aggregate SARIF takes it as %SRCROOT%, as a single job does', async () => {
    const ws = workspace(FILES.map((f) => ({ ...f, path: `sub/${f.path}` })))
    mkdirSync(join(ws.dir, 'sub', '.git'))
    const include = await planEntries(ws, { maxJobs: 2, matrix: ['sub/boards/*.json'] })
    const results: string[] = []
    for (const [i, e] of include.entries()) {
      const leg = fakeIO(ws, legInputs(e, i))
      await run(leg)
      const text = JSON.parse(readFileSync(String(leg.rec.outputs['results-file']), 'utf8'))
      expect(text.fanout.root).toBe('sub')
      expect(text.files.every((f: string) => f.startsWith('boards/'))).toBe(true)
      results.push(String(leg.rec.outputs['results-file']))
    }
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'], failOn: 'never', comment: false, sarif: 'merged.sarif' })
    await run(io)
    const sarif = JSON.parse(io.rec.files.get(join(ws.dir, 'merged.sarif'))!)
    expect(sarif.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(join(ws.dir, 'sub')).href}/` } })
  })

  it('the legs record their commit, and the aggregate fails on results of two commits (an older run\'s artifact for a leg)', async () => {
    const ws = workspace(FILES)
    const include = await planEntries(ws, { maxJobs: 2 })
    const shas = ['a'.repeat(40), 'b'.repeat(40)]
    for (const [i, e] of include.entries()) {
      const leg = fakeIO(ws, legInputs(e, i), { GITHUB_SHA: shas[i]! })
      await run(leg)
      expect(JSON.parse(readFileSync(String(leg.rec.outputs['results-file']), 'utf8')).fanout.commit).toBe(shas[i])
    }
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'], failOn: 'never', comment: false })
    await run(io)
    expect(io.rec.failed).toEqual([expect.stringContaining("the check jobs checked different commits: shard 1/2 at aaaaaaaaaaaa; shard 2/2 at bbbbbbbbbbbb; the merged report would mix them: download only this run's artifacts")])
  })

  it('compares commits only between legs of one repository: matrix files in two checkouts record two commits rightly', async () => {
    const board = (id: string) => ({ id, extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G' })
    const ws = workspace([matrix([board('x')], 'a/boards/x.json'), matrix([board('y')], 'b/boards/y.json')])
    for (const [repo, sha] of [['a', '1'.repeat(40)], ['b', '2'.repeat(40)]] as const) {
      mkdirSync(join(ws.dir, repo, '.git'))
      writeFileSync(join(ws.dir, repo, '.git', 'HEAD'), `${sha}\n`)
    }
    const include = await planEntries(ws, { maxJobs: 2, matrix: ['*/boards/*.json'] })
    const commits: string[] = []
    for (const [i, e] of include.entries()) {
      const leg = fakeIO(ws, legInputs(e, i))
      await run(leg)
      commits.push(JSON.parse(readFileSync(String(leg.rec.outputs['results-file']), 'utf8')).fanout.commit)
    }
    expect(commits.sort()).toEqual(['1'.repeat(40), '2'.repeat(40)])
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'], failOn: 'never', comment: false })
    await run(io)
    expect(io.rec.failed).toEqual([])
  })
})

describe('mode: check, boards filter', () => {
  it('checks and publishes what matches, then fails the step on a pattern that matches no board, naming it in the summary', async () => {
    const io = fakeIO(workspace(FILES), { boards: ['rpi4', 'vm-typo'], failOn: 'never', comment: false, annotations: false })
    await run(io)
    const results = JSON.parse(readFileSync(String(io.rec.outputs['results-file']), 'utf8'))
    expect(new Set(results.layouts.map((l: { boardId: string }) => l.boardId))).toEqual(new Set(['rpi4']))
    expect(io.rec.failed).toEqual([expect.stringContaining('input "boards": "vm-typo" matches no board id in boards/broken.json, boards/clean.json')])
    expect(io.rec.summary.join('')).toContain('"vm-typo" matches no board id')
  })

  // `boards: rpi4 vm` is one item, which no board id (no blanks in them) can match: say how
  // a list is separated instead of only that it matched nothing.
  it('says that ids are separated by commas when a pattern holds blanks', async () => {
    const io = fakeIO(workspace(FILES), { boards: ['rpi4 vm'], failOn: 'never', comment: false, annotations: false })
    await run(io)
    expect(io.rec.failed).toEqual([expect.stringContaining('input "boards": "rpi4 vm" matches no board id in boards/broken.json, boards/clean.json; the items of a list are separated by commas: "rpi4,vm"')])
  })

  it('leaves a fan-out leg\'s boards to the plan, which checked them against every file', async () => {
    const io = fakeIO(workspace(FILES), { matrix: ['boards/clean.json'], boards: ['rpi4', 'only-in-another-file'], shard: shardInput('1/2'), failOn: 'never', annotations: false })
    await run(io)
    expect(io.rec.failed).toEqual([])
  })
})

describe('mode: aggregate', () => {
  it('merges the legs into one report: one comment, one summary, one SARIF file, fail-on on the merged counts', async () => {
    const ws = workspace(FILES)
    const { results, count } = await planAndCheck(ws, 4)
    expect(results).toHaveLength(count)
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'], sarif: 'crashkernel-check.sarif' })
    await run(io)
    const full = checkAll(FILES)
    expect(io.rec.outputs).toMatchObject({ errors: full.counts.error, warnings: full.counts.warning, notes: full.counts.note, layouts: full.layouts.length })
    expect(io.rec.api.filter((c) => c === 'create')).toHaveLength(1)
    expect(io.rec.summary).toHaveLength(1)
    expect(io.rec.summary[0]).toContain(`**${full.counts.error}** error(s)`)
    const sarif = JSON.parse(readFileSync(String(io.rec.outputs['sarif-file']), 'utf8'))
    expect(sarif.runs[0].results).toHaveLength(sarifResultGroups(full.findings).length)
    expect(io.rec.failed).toEqual([expect.stringMatching(new RegExp(`^crashkernel-check: ${full.counts.error} error\\(s\\)`))])
    // Within GitHub's caps: 10 per level, one error slot kept for the failure message.
    expect(io.rec.annotations.filter((a) => a.level === 'error').length).toBeLessThanOrEqual(9)
    // The merged results file has no shard: it is the whole report.
    expect(JSON.parse(readFileSync(String(io.rec.outputs['results-file']), 'utf8')).fanout).toBeUndefined()

    // Run again (a re-run, a new push): the comment is updated, not duplicated.
    const again = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'] })
    await run(again)
    expect(again.rec.api.filter((c) => c === 'create')).toHaveLength(0)
    expect(again.rec.api.filter((c) => c === 'update')).toHaveLength(1)
    expect(ws.comments).toHaveLength(1)

    // Another aggregate job of the same name merging other results keeps its own comment.
    await run(fakeIO(ws, { mode: 'aggregate', results: [results[0]!] }))
    expect(ws.comments).toHaveLength(2)
  })

  it('writes at most GitHub code scanning\'s 25,000 results per SARIF run, the errors first, and warns', async () => {
    // 10,000 boards with a few findings each merge to more than code scanning accepts: a run
    // of 25,001 results is rejected whole, so the file keeps the most severe 25,000.
    const ws = workspace([])
    const findings = Array.from({ length: 25_002 }, (_, i) => finding(i + 1, i < 2 ? 'note' : i % 2 ? 'error' : 'warning'))
    mkdirSync(join(ws.dir, 'results'), { recursive: true })
    writeFileSync(join(ws.dir, 'results/leg.json'), formatResults(report(findings)))
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/leg.json'], sarif: 'out.sarif', failOn: 'never', comment: false })
    await run(io)
    expect(io.rec.failed).toEqual([])
    const sarif = JSON.parse(readFileSync(join(ws.dir, 'out.sarif'), 'utf8'))
    expect(sarif.runs[0].results).toHaveLength(25_000)
    expect(sarif.runs[0].results.some((r: { level: string }) => r.level === 'note')).toBe(false)
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^2 of 25002 findings are not in this SARIF file/)
    expect(io.rec.annotations.filter((a) => a.level === 'warning').at(-1)?.message).toMatch(/holds the 25000 most severe of 25002 results \(one per rule and board value, naming its layouts\)/)
    expect(io.rec.annotations.filter((a) => a.level === 'warning')).toHaveLength(10)
  })

  /** Aggregates one leg of `n` warning findings where the job summary cannot be written: the annotations. */
  async function aggregateWithoutSummary(n: number) {
    const ws = workspace([])
    mkdirSync(join(ws.dir, 'results'), { recursive: true })
    // A leg of a one-job fan-out (its shard recorded): the only warning of the action's own is the summary's.
    writeFileSync(join(ws.dir, 'results/leg.json'), formatResults(report(Array.from({ length: n }, (_, i) => finding(i + 1, 'warning'))), { shard: '1/1', files: [], boards: [], kernel: [] }))
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/leg.json'], failOn: 'never', comment: false })
    io.writeSummary = async () => {
      throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY')
    }
    await run(io)
    const of = (level: string) => io.rec.annotations.filter((a) => a.level === level).map((a) => a.message)
    return { warnings: of('warning'), notices: of('notice') }
  }

  it('keeps its own warning within GitHub\'s 10 warning annotations per step when the job summary cannot be written', async () => {
    const { warnings, notices } = await aggregateWithoutSummary(12)
    expect(warnings).toHaveLength(10)
    expect(warnings.at(-1)).toMatch(/^cannot write the job summary: Unable to find/)
    // 2 over the cap, and the one that gave its slot: in the step's log, not a summary.
    expect(notices).toEqual(["3 more finding(s) not shown as annotations (GitHub shows at most 10 per level in a step); all are listed in this step's log"])
  })

  it('with exactly 10 warning findings and no summary, its own warning says where the one it displaced is', async () => {
    const { warnings, notices } = await aggregateWithoutSummary(10)
    expect(warnings).toHaveLength(10)
    expect(warnings.at(-1)).toMatch(/^cannot write the job summary: Unable to find .*; 1 warning finding is in this step's log only$/)
    expect(notices).toEqual([])
  })

  it('fails when a shard is missing, and says so in the summary', async () => {
    const ws = workspace(FILES)
    const { results } = await planAndCheck(ws, 3)
    const io = fakeIO(ws, { mode: 'aggregate', results: [results[0]!, results[2]!], failOn: 'never' })
    await run(io)
    expect(io.rec.failed).toEqual([expect.stringMatching(/^results of 1 of 3 check job\(s\) are missing \(2\/3\)/)])
    expect(io.rec.summary[0]).toContain('results of 1 of 3 check job(s) are missing')
  })

  it('warns that boards, kernel and shard filter nothing in aggregate mode, naming the jobs that take them (plan: boards and kernel; check: shard), and merges what the legs checked', async () => {
    const ws = workspace(FILES)
    const { results } = await planAndCheck(ws, 3)
    const plain = fakeIO(ws, { mode: 'aggregate', results, failOn: 'never', comment: false })
    await run(plain)
    const io = fakeIO(ws, { mode: 'aggregate', results, failOn: 'never', comment: false, boards: ['zzz'], kernels: ['6.12'], shard: shardInput('1/3') })
    await run(io)
    const warnings = io.rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
    // In a fan-out the plan job takes boards and kernel (README "Fan-out"), the check jobs shard.
    expect(warnings).toContainEqual(
      [
        'input "boards" and "kernel" have no effect with mode: aggregate, which merges what the check jobs checked (their results record their boards and kernels): set them on the plan job, whose matrix gives the check jobs their boards and kernels (${{ matrix.boards }}, ${{ matrix.kernel }})',
        'input "shard" has no effect with mode: aggregate, which merges what the check jobs checked (their results record their shards): set it on the check jobs (shard: ${{ matrix.shard }})',
      ].join('\n'),
    )
    expect(plain.rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join('\n')).not.toContain('no effect')
    expect(Number(plain.rec.outputs.layouts)).toBeGreaterThan(0)
    expect(io.rec.outputs.layouts).toBe(plain.rec.outputs.layouts)
  })

  // An aggregate job without `mode: aggregate` checked the default matrix and failed naming that file alone.
  it('warns that results has no effect with mode: check, as the likely missing mode: aggregate', async () => {
    const ws = workspace(FILES)
    const io = fakeIO(ws, { results: ['crashkernel-check-results/**/*.json'], matrix: ['examples/boards.json'], comment: false })
    await run(io)
    expect(io.rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      `input "results" has no effect with mode: check, which checks the matrix files (input "matrix"): to merge the check jobs' results files, set mode: aggregate`,
    ])
    expect(io.rec.failed).toEqual([expect.stringMatching(/^matrix file "examples\/boards\.json" not found/)])
    const plain = fakeIO(ws, { comment: false, failOn: 'never' })
    await run(plain)
    expect(plain.rec.annotations.map((a) => a.message).join('\n')).not.toContain('no effect')
  })

  it('warns, in one annotation, that max-jobs (the plan job\'s) has no effect with mode: check; a leg\'s shard is its own', async () => {
    const ws = workspace(FILES)
    const io = fakeIO(ws, { maxJobs: 4, comment: false, failOn: 'never' })
    await run(io)
    expect(io.rec.failed).toEqual([])
    const maxJobs = 'input "max-jobs" has no effect with mode: check, which checks the matrix files (input "matrix"): set it on the plan job'
    expect(io.rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([maxJobs])
    // With results too: still one annotation.
    const both = fakeIO(ws, { maxJobs: 4, results: ['r/*.json'], comment: false, failOn: 'never' })
    await run(both)
    expect(both.rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      `input "results" has no effect with mode: check, which checks the matrix files (input "matrix"): to merge the check jobs' results files, set mode: aggregate\n${maxJobs}`,
    ])
    // A leg of a fan-out (shard, boards, kernel from the plan) at max-jobs' default warns of nothing.
    const [entry] = await planEntries(ws, { maxJobs: 2 })
    const leg = fakeIO(ws, { ...legInputs(entry!, 0), maxJobs: 256 })
    await run(leg)
    expect(leg.rec.failed).toEqual([])
    expect(leg.rec.annotations.map((a) => a.message).join('\n')).not.toContain('no effect')
    // A run that stops before its report (two outputs on one path) still says it: the report
    // that would have carried the warning is never published.
    const stopped = fakeIO(ws, { maxJobs: 4, sarif: 'out/x', html: 'out/x', comment: false, failOn: 'never' })
    await run(stopped)
    expect(stopped.rec.failed).toHaveLength(1)
    expect(stopped.rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([maxJobs])
  })

  it('warns, in one annotation, that matrix and max-jobs (the plan job\'s) have no effect in aggregate mode, as boards, kernel and shard do', async () => {
    const ws = workspace(FILES)
    const { results } = await planAndCheck(ws, 3)
    const io = fakeIO(ws, { mode: 'aggregate', results, failOn: 'never', comment: false, matrix: ['boards/*.json'], maxJobs: 3, boards: ['zzz'] })
    await run(io)
    expect(io.rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      [
        'input "boards" has no effect with mode: aggregate, which merges what the check jobs checked (their results record their boards and kernels): set it on the plan job, whose matrix gives the check jobs their boards and kernels (${{ matrix.boards }}, ${{ matrix.kernel }})',
        `input "matrix" and "max-jobs" have no effect with mode: aggregate, which merges the check jobs' results files (input "results"): set them on the plan job`,
      ].join('\n'),
    ])
    // One input is "it"; the action's defaults (matrix: examples/boards.json, max-jobs: 256) are not given.
    const one = fakeIO(ws, { mode: 'aggregate', results, failOn: 'never', comment: false, matrix: ['boards/a.json', 'boards/b.json'] })
    await run(one)
    expect(one.rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      `input "matrix" has no effect with mode: aggregate, which merges the check jobs' results files (input "results"): set it on the plan job`,
    ])
    const defaults = fakeIO(ws, { mode: 'aggregate', results, failOn: 'never', comment: false, matrix: [DEFAULT_MATRIX_INPUT], maxJobs: 256 })
    await run(defaults)
    expect(defaults.rec.annotations.map((a) => a.message).join('\n')).not.toContain('no effect')
    expect(io.rec.outputs.layouts).toBe(defaults.rec.outputs.layouts)
  })

  it('warns when no results file records a shard: a missing check job could not be told (legs run without shard: ${{ matrix.shard }})', async () => {
    const ws = workspace(FILES)
    const include = await planEntries(ws, { maxJobs: 3 })
    expect(include).toHaveLength(3)
    const results: string[] = []
    for (const [i, e] of include.entries()) {
      const { shard: _shard, ...inputs } = legInputs(e, i)
      const leg = fakeIO(ws, { ...inputs, comment: false })
      await run(leg)
      results.push(String(leg.rec.outputs['results-file']))
    }
    // The second leg's artifact is lost: nothing records that there were three.
    const io = fakeIO(ws, { mode: 'aggregate', results: [results[0]!, results[2]!], failOn: 'never', comment: false })
    await run(io)
    const warnings = io.rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
    expect(warnings).toEqual([expect.stringMatching(/^none of the 2 results file\(s\) records a shard .*shard: \$\{\{ matrix\.shard \}\}/)])
    expect(io.rec.summary[0]).toContain('none of the 2 results file(s) records a shard')
  })

  it('fails when a board the plan gave a leg is in none of its files (the matrix changed after the plan), not when a leg of whole files carries the plan\'s filter', async () => {
    const files = [
      matrix([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.1'] }, { id: 'b', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.1'] }], 'boards/one.json'),
      { path: 'boards/syntax.json', text: '{ "version": 1, "boards": [ { "id": "z" "x": 1 } ] }' },
    ]
    const ws = workspace(files)
    const include = await planEntries(ws, { maxJobs: 3, boards: ['a', 'b*'] })
    expect(include.map((e) => e.boards)).toEqual(['a', 'b', 'a,b*'])
    const legs = async (skip?: number) => {
      const results: string[] = []
      for (const [i, e] of include.entries()) {
        const leg = fakeIO(ws, legInputs(e, i))
        await run(leg)
        if (i !== skip) results.push(String(leg.rec.outputs['results-file']))
      }
      const io = fakeIO(ws, { mode: 'aggregate', results: results, failOn: 'never', comment: false })
      await run(io)
      return io
    }
    // As planned: the leg of the file with a syntax error matches no board with "a,b*", and need not.
    expect((await legs()).rec.failed).toEqual([])
    // Without the results of the leg that checked "a", the missing shard says why: no board left the files.
    expect((await legs(0)).rec.failed).toEqual([expect.stringMatching(/^results of 1 of 3 check job\(s\) are missing \(1\/3\)[^\n]*$/)])
    // Board b renamed after the plan: its leg checks nothing, and nothing else checks c.
    writeFileSync(join(ws.dir, 'boards/one.json'), matrix([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.1'] }, { id: 'c', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.1'] }]).text)
    const io = await legs()
    expect(io.rec.failed).toEqual([expect.stringMatching(/^shard 2\/3 was given board "b", which is in none of its files \(boards\/one\.json\)/)])
    expect(io.rec.summary[0]).toContain('was given board "b", which is in none of its files')
  })

  it('fails when a leg wrote its results but could not check a file it was given, naming the shard and the file', async () => {
    const ws = workspace(FILES)
    const include = await planEntries(ws, { maxJobs: 2 })
    const results: string[] = []
    for (const [i, e] of include.entries()) {
      // The second leg's checkout lacks a file the plan gave it (the other files are checked, the results written).
      const inputs = legInputs(e, i)
      const leg = fakeIO(ws, i === 1 ? { ...inputs, matrix: [...(inputs.matrix ?? []), 'boards/gone.json'] } : inputs)
      await run(leg)
      results.push(String(leg.rec.outputs['results-file']))
      if (i === 1) {
        expect(leg.rec.failed).toEqual(['matrix file "boards/gone.json" not found in ' + ws.dir])
        expect(JSON.parse(readFileSync(results[1]!, 'utf8')).fanout.problems).toEqual(leg.rec.failed)
      }
    }
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'], failOn: 'never', sarif: 'crashkernel-check.sarif' })
    await run(io)
    const why = `shard 2/2 did not check everything it was given, so the merged report is incomplete: matrix file "boards/gone.json" not found in ${ws.dir}`
    expect(io.rec.failed).toEqual([why])
    expect(io.rec.summary[0]).toContain(why)
    expect(JSON.parse(readFileSync(String(io.rec.outputs['sarif-file']), 'utf8')).runs[0].invocations[0].executionSuccessful).toBe(false)
  })

  it('reads a leg\'s results file where the leg left it by default, in RUNNER_TEMP (outside the workspace on a runner)', async () => {
    const ws = workspace(FILES)
    const env = { RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'ckc-runner-temp-')) }
    const leg = fakeIO(ws, { matrix: ['boards/clean.json'], shard: shardInput('1/1'), failOn: 'never', annotations: false, summary: false }, env)
    await run(leg)
    const path = String(leg.rec.outputs['results-file'])
    expect(path).toBe(join(env.RUNNER_TEMP, 'crashkernel-check-results.json'))
    const io = fakeIO(ws, { mode: 'aggregate', results: [path], comment: false }, env)
    await run(io)
    expect(io.rec.failed).toEqual([])
    expect(io.rec.outputs.layouts).toBe(leg.rec.outputs.layouts)
  })

  it('warns, in one annotation, about a layout merged twice and about results of another version', async () => {
    const ws = workspace([matrix([{ id: 'pi', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.1'] }], 'boards/one.json')])
    for (const name of ['a', 'b']) {
      const check = fakeIO(ws, { failOn: 'never', annotations: false, summary: false, comment: false, resultsFile: `results/${name}.json` })
      await run(check)
      expect(check.rec.outputs.layouts).toBe(1)
    }
    const old = join(ws.dir, 'results/b.json')
    const text = JSON.parse(readFileSync(old, 'utf8'))
    writeFileSync(old, JSON.stringify({ ...text, tool: { ...text.tool, version: '0.0.1' } }))
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*.json'], comment: false, failOn: 'never' })
    await run(io)
    expect(io.rec.outputs.layouts).toBe(1)
    const warnings = io.rec.annotations.filter((a) => a.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.message.split('\n')).toEqual([
      expect.stringMatching(/^1 layout\(s\) appear in more than one results file and are counted once \(e\.g\. boards\/one\.json pi /),
      expect.stringMatching(/^none of the 2 results file\(s\) records a shard /),
      expect.stringMatching(/^results written by other versions of crashkernel-check \(0\.0\.1\) were merged by /),
    ])
    expect(io.rec.failed).toEqual([])
  })

  it('merges the results files it can read, then fails naming each one it cannot from the workspace: why in words, or where its JSON breaks', async () => {
    const ws = workspace(FILES)
    const { results } = await planAndCheck(ws, 3)
    // Leg 2's upload was cut short; leg 3's file the file system refuses.
    const cut = readFileSync(results[1]!, 'utf8').split('\n').slice(0, 4).join('\n')
    writeFileSync(results[1]!, cut)
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'], failOn: 'never', comment: false })
    const read = io.readFile
    io.readFile = async (path) => (path === results[2] ? Promise.reject(systemError('EACCES', 'permission denied', 'open', path)) : read(path))
    await run(io)
    const lines = cut.split('\n')
    expect(io.rec.failed).toEqual([
      [
        `results file results/leg-1/crashkernel-check-results.json:4:${lines[3]!.length + 1}: JSON syntax error: close brace expected; input "results" must name the results files of the check jobs`,
        'cannot read results file results/leg-2/crashkernel-check-results.json: permission denied',
        // The two files above are those jobs' (their shards cannot be read): the message says they may be.
        'results of 2 of 3 check job(s) are missing (2/3, 3/3): the 2 results file(s) that could not be read may hold them, a job failed before writing them, or its artifact was not uploaded or downloaded; the merged report is incomplete',
      ].join('\n'),
    ])
    // Leg 1's layouts are merged and published.
    const leg1 = JSON.parse(readFileSync(results[0]!, 'utf8'))
    expect(io.rec.outputs.layouts).toBe(leg1.layouts.length)
    expect(io.rec.summary[0]).toContain('cannot read results file results/leg-2/crashkernel-check-results.json: permission denied')
  })

  it('fails naming a results file that is not there, and says so in the comment that an earlier run left', async () => {
    const ws = workspace([matrix([{ id: 'ok', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }], 'boards/clean.json')])
    const check = fakeIO(ws, { matrix: ['boards/clean.json'], comment: false, annotations: false, summary: false, resultsFile: 'results/leg-1.json' })
    await run(check)
    const earlier = fakeIO(ws, { mode: 'aggregate', results: ['results/leg-1.json'] })
    await run(earlier)
    expect(earlier.rec.failed).toEqual([])
    expect(ws.comments).toHaveLength(1)
    expect(ws.comments[0]!.body).toContain('✅')
    // The next push: the check job's artifact is not there.
    rmSync(join(ws.dir, 'results/leg-1.json'))
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/leg-1.json'] })
    await run(io)
    expect(io.rec.failed).toEqual([expect.stringMatching(/^results file "results\/leg-1\.json" not found in /)])
    // The earlier run's ✅ does not stay: the comment names what is missing.
    expect(ws.comments).toHaveLength(1)
    expect(ws.comments[0]!.body).not.toContain('✅')
    expect(ws.comments[0]!.body).toContain('results file "results/leg-1.json" not found in')
    expect(io.rec.summary[0]).toContain('results file "results/leg-1.json" not found in')
  })

  it('names the input when no results file is found, and creates no comment for a report of nothing', async () => {
    const ws = workspace(FILES)
    const io = fakeIO(ws, { mode: 'aggregate', results: ['nothing/*/*.json'], sarif: 'x.sarif' })
    await run(io)
    expect(io.rec.api.filter((c) => c === 'create')).toEqual([])
    expect(ws.comments).toEqual([])
    expect(io.rec.failed).toEqual([expect.stringMatching(/^results pattern "nothing\/\*\/\*\.json" matches no file in .*: did every check job upload its results file/)])
    // The SARIF file still says what went wrong.
    const sarif = JSON.parse([...io.rec.files.values()].find((t) => t.includes('"runs"'))!)
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false)
    expect(sarif.runs[0].invocations[0].toolConfigurationNotifications[0].message.text).toMatch(/^results pattern "nothing\/\*\/\*\.json" matches no file/)
  })

  it('merges what the other results patterns find when one matches nothing, then fails naming that one', async () => {
    const ws = workspace(FILES)
    const { results, count } = await planAndCheck(ws, 3)
    expect(count).toBe(3)
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json', 'typo/*.json'], failOn: 'never', comment: false })
    await run(io)
    const all = results.map((r) => JSON.parse(readFileSync(r, 'utf8')).layouts.length).reduce((a, b) => a + b, 0)
    expect(io.rec.outputs.layouts).toBe(all)
    expect(io.rec.failed).toEqual([expect.stringMatching(/^results pattern "typo\/\*\.json" matches no file in /)])
    expect(io.rec.failed[0]!.split('\n')).toHaveLength(1)
  })
})

describe('a kernel override in a fan-out', () => {
  const KERNEL = ['6.12']

  it('plan → legs with kernel: ${{ matrix.kernel }} → aggregate: the legs check the plan\'s kernels, record them, and the summary and comment say which', async () => {
    const ws = workspace(FILES)
    const entries = await planEntries(ws, { maxJobs: 3, kernels: KERNEL })
    expect(entries.map((e) => [e.shard, e.kernel])).toEqual([
      ['1/3 (kernel 6.12)', '6.12'],
      ['2/3 (kernel 6.12)', '6.12'],
      ['3/3 (kernel 6.12)', '6.12'],
    ])
    const { results } = await planAndCheck(ws, 3, KERNEL)
    for (const [i, path] of results.entries()) {
      const leg = JSON.parse(readFileSync(path, 'utf8'))
      // The results file records k/n, as aggregate counts shards, and the override apart.
      expect(leg.fanout).toMatchObject({ shard: `${i + 1}/3`, kernel: KERNEL })
    }
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'], failOn: 'never' })
    await run(io)
    expect(io.rec.failed).toEqual([])
    const full = checkAll(FILES, { kernels: KERNEL })
    expect(io.rec.outputs).toMatchObject({ errors: full.counts.error, warnings: full.counts.warning, layouts: full.layouts.length })
    // The aggregate job has no input "kernel": the override was the plan job's.
    expect(io.rec.summary[0]).toContain("Kernels checked: `6.12`, instead of each board's `kernels` (the plan job's input `kernel`).")
    expect(ws.comments).toHaveLength(1)
    expect(ws.comments[0]!.body).toContain("Kernels checked: `6.12`, instead of each board's `kernels` (the plan job's input `kernel`).")
  })

  it('says which kernels a single check job checked with input "kernel", too', async () => {
    const ws = workspace(FILES)
    const io = fakeIO(ws, { kernels: ['6.12', '7.2'], failOn: 'never', sarif: 'check.sarif' })
    await run(io)
    expect(io.rec.failed).toEqual([])
    expect(io.rec.summary[0]).toContain("Kernels checked: `6.12`, `7.2`, instead of each board's `kernels` (input `kernel`).")
    expect(ws.comments[0]!.body).toContain('Kernels checked: `6.12`, `7.2`')
    // … and its results file, the report as JSON, records them.
    const results = JSON.parse(io.rec.files.get(String(io.rec.outputs['results-file']))!)
    expect(results.kernelOverride).toEqual(['6.12', '7.2'])
    expect(JSON.parse(io.rec.files.get(join(ws.dir, 'check.sarif'))!).runs[0].properties).toEqual({ kernelOverride: ['6.12', '7.2'] })
    const plain = fakeIO(workspace(FILES), { failOn: 'never' })
    await run(plain)
    expect(plain.rec.summary[0]).not.toContain('Kernels checked')
    expect(JSON.parse(plain.rec.files.get(String(plain.rec.outputs['results-file']))!)).not.toHaveProperty('kernelOverride')
  })

  it('says nothing about kernels in a fan-out without an override', async () => {
    const ws = workspace(FILES)
    await planAndCheck(ws, 2)
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'], failOn: 'never' })
    await run(io)
    expect(io.rec.failed).toEqual([])
    expect(io.rec.summary[0]).not.toContain('Kernels checked')
    expect(ws.comments[0]!.body).not.toContain('Kernels checked')
  })

  it('fails a leg whose kernel input is not the plan\'s, with a configuration error, before checking anything', async () => {
    const ws = workspace(FILES)
    const [planned] = await planEntries(ws, { maxJobs: 3, kernels: KERNEL })
    const [unplanned] = await planEntries(ws, { maxJobs: 3 })
    const cases: Array<[Entry, string[] | undefined, RegExp]> = [
      // The workflow gave the plan `kernel: 6.12` and forgot it on the legs.
      [planned!, undefined, /^shard 1\/3: the plan was made for kernel 6\.12, but this check job's input "kernel" is empty: it would check other kernels than planned; pass kernel: \$\{\{ matrix\.kernel \}\} to the check job$/],
      // … or gave the legs another value.
      [planned!, ['7.2'], /^shard 1\/3: the plan was made for kernel 6\.12, but this check job's input "kernel" is 7\.2: /],
      [planned!, ['6.12', '7.2'], /^shard 1\/3: the plan was made for kernel 6\.12, but this check job's input "kernel" is 6\.12,7\.2: /],
      // … or gave only the legs an override.
      [unplanned!, KERNEL, /^shard 1\/3: the plan was made for each board's own kernels \(no input "kernel"\), but this check job's input "kernel" is 6\.12: .*give the plan job the same input "kernel"/],
    ]
    for (const [entry, kernels, message] of cases) {
      const leg = fakeIO(ws, { ...legInputs({ ...entry, kernel: '' }, 0), ...(kernels && { kernels }), sarif: 'leg.sarif' })
      await run(leg)
      expect(leg.rec.failed).toEqual([expect.stringMatching(message)])
      // No results file: the aggregate job then reports the shard as missing, too.
      expect(leg.rec.outputs['results-file']).toBeUndefined()
      expect(leg.rec.outputs.layouts).toBeUndefined()
      const sarif = JSON.parse(leg.rec.files.get(join(ws.dir, 'leg.sarif')) ?? '{}')
      expect(sarif.runs[0].invocations[0].toolConfigurationNotifications[0].message.text).toMatch(message)
    }
  })

  it('fails the aggregate, naming the shards, when the legs checked different kernels', async () => {
    const ws = workspace(FILES)
    // Legs of one plan that did not all get the plan's kernels (e.g. an older version's
    // legs, which did not compare): shard 1 checked 6.12, shards 2 and 3 each board's own.
    const entries = await planEntries(ws, { maxJobs: 3 })
    for (const [i, e] of entries.entries()) {
      const inputs = i === 0 ? { ...legInputs(e, i), shard: shardInput(`${e.shard} (kernel 6.12)`), kernels: KERNEL } : legInputs(e, i)
      const leg = fakeIO(ws, inputs)
      await run(leg)
      expect(leg.rec.failed).toEqual([])
    }
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'], failOn: 'never' })
    await run(io)
    const problem = /^the check jobs checked different kernels: shard 1\/3 with kernel 6\.12; shard 2\/3, shard 3\/3 with each board's own kernels \(no input "kernel"\); /
    expect(io.rec.failed).toEqual([expect.stringMatching(problem)])
    expect(io.rec.summary[0]).toContain('the check jobs checked different kernels: shard 1/3 with kernel 6.12; shard 2/3, shard 3/3 with')
    expect(io.rec.summary[0]).not.toContain('Kernels checked')
    expect(ws.comments[0]!.body).toContain('the check jobs checked different kernels')
  })

  it("reads a leg's results file written before reports had kernelOverride: the fan-out record's kernel stands for it", async () => {
    const ws = workspace(FILES)
    const { results } = await planAndCheck(ws, 3, KERNEL)
    for (const path of results) {
      const text = JSON.parse(readFileSync(path, 'utf8'))
      // What a leg writes now: the report's override, and the leg's input apart.
      expect([text.kernelOverride, text.fanout.kernel]).toEqual([KERNEL, KERNEL])
      delete text.kernelOverride
      writeFileSync(path, JSON.stringify(text))
    }
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'], failOn: 'never', comment: false, resultsFile: 'merged.json', html: 'merged.html', sarif: 'merged.sarif' })
    await run(io)
    expect(io.rec.failed).toEqual([])
    expect(io.rec.annotations.filter((a) => a.level === 'warning')).toEqual([])
    expect(io.rec.summary[0]).toContain("Kernels checked: `6.12`, instead of each board's `kernels` (the plan job's input `kernel`).")
    // The merged report records it, as one check() with the override would, and the HTML and SARIF files say it.
    expect(JSON.parse(io.rec.files.get(join(ws.dir, 'merged.json'))!).kernelOverride).toEqual(KERNEL)
    expect(JSON.parse(io.rec.files.get(join(ws.dir, 'merged.sarif'))!).runs[0].properties).toEqual({ kernelOverride: KERNEL })
    expect(io.rec.files.get(join(ws.dir, 'merged.html'))).toContain('<p class="override" role="note">Kernels checked: <code>6.12</code>, instead of each board\'s <code>kernels</code>.</p>')
  })

  it('reads results files that do not record the kernel override (older versions), and warns when other legs record one', async () => {
    const ws = workspace(FILES)
    const { results } = await planAndCheck(ws, 3, KERNEL)
    // A version before legs recorded their kernel input had no report field either.
    const strip = (path: string) => {
      const text = JSON.parse(readFileSync(path, 'utf8'))
      delete text.fanout.kernel
      delete text.kernelOverride
      writeFileSync(path, JSON.stringify(text))
    }
    strip(results[1]!)
    const io = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'], failOn: 'never', comment: false })
    await run(io)
    expect(io.rec.failed).toEqual([])
    expect(io.rec.outputs.layouts).toBe(checkAll(FILES, { kernels: KERNEL }).layouts.length)
    expect(io.rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      "1 results file(s) do not record which kernels they checked (shard 2/3: not a check job of a fan-out, or an older crashkernel-check); their kernels were not compared with the other jobs'",
    ])
    expect(io.rec.summary[0]).toContain('Kernels checked: `6.12`')

    // When none records it (every leg of an older version), the merge is as before.
    strip(results[0]!)
    strip(results[2]!)
    const old = fakeIO(ws, { mode: 'aggregate', results: ['results/*/*.json'], failOn: 'never', comment: false })
    await run(old)
    expect(old.rec.failed).toEqual([])
    expect(old.rec.annotations.filter((a) => a.level === 'warning')).toEqual([])
    expect(old.rec.summary[0]).not.toContain('Kernels checked')
  })
})
