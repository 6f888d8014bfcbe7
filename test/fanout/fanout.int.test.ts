// SPDX-License-Identifier: GPL-2.0-only
/**
 * Done-when of issue 5's fan-out: the README's three-job workflow (plan → check matrix →
 * aggregate) run end to end on a generated 600-board matrix, with the bundled action
 * (dist/action/index.js) started the way the runner starts it and the outputs wired by hand as
 * the runner wires them:
 *
 *   plan       GITHUB_OUTPUT `matrix` → fromJSON → one check job per `include` entry
 *   check      `with:` from the README, `${{ matrix.* }}` from the entry; upload-artifact
 *              emulated by copying `results-file` to <download path>/<artifact name>/
 *   aggregate  `with:` from the README, against a local stand-in GitHub API (127.0.0.1)
 *
 * Inputs the README leaves out get action.yml's defaults, as the runner gives them. The only
 * change to the README's workflow: `max-jobs: 4` instead of 16, to keep the test short.
 * Rebuild dist/ first (npm run build).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { load } from 'js-yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { check } from '../../src/index.js'
import { sarifResultGroups } from '../../src/report/sarif.js'
import { FakeGitHub } from '../github/fake-github.js'
import { ROOT, runActionAsync, type ActionRun } from '../run-dist.js'
import { fleet } from './helpers.js'
import { sarifErrors } from './sarif-schema.js'

const TOKEN = 'ghs_fanoutTokenThatMustNeverBePrinted0123456789'
const USES = 'crashkernel-check/crashkernel-check@'

interface Step {
  id?: string
  if?: string
  uses?: string
  with?: Record<string, string | number | boolean>
}
interface Job {
  needs?: string | string[]
  if?: string
  permissions?: Record<string, string>
  outputs?: Record<string, string>
  strategy?: { 'fail-fast'?: boolean; matrix?: string }
  steps: Step[]
}
interface Workflow {
  name: string
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: Record<'plan' | 'check' | 'aggregate', Job>
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const block = /<!-- fanout-workflow:start[^>]*-->\n```yaml\n([\s\S]*?)```\n<!-- fanout-workflow:end -->/.exec(readme)
const workflow = load(block?.[1] ?? '') as Workflow
const action = load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }

function stepOf(job: Job, uses: string): Step {
  const step = job.steps.find((s) => s.uses?.startsWith(uses))
  if (!step) throw new Error(`the README's workflow has no ${uses} step`)
  return step
}

/**
 * What the runner passes to the action: the step's `with:` (expressions from the matrix
 * context evaluated), then action.yml's defaults for the rest.
 */
function actionInputs(step: Step, matrix: Record<string, string> = {}, overrides: Record<string, string> = {}): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const [name, raw] of Object.entries(step.with ?? {})) {
    const value = String(raw).replace(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g, (_, key: string) => {
      if (!(key in matrix)) throw new Error(`matrix.${key} is not in the plan's entries`)
      return matrix[key]!
    })
    if (value.includes('${{')) throw new Error(`unexpected expression in input ${name}: ${value}`)
    inputs[name] = value
  }
  for (const [name, input] of Object.entries(action.inputs)) {
    if (!(name in inputs) && input.default !== undefined) inputs[name] = input.default === '${{ github.token }}' ? TOKEN : input.default
  }
  return { ...inputs, ...overrides }
}

/** Workflow commands of one kind (`::error …`). */
function commands(run: ActionRun, level: string): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`))
}

/**
 * A fake GitHub API and a workspace holding `fleet`, with the environment of one job of a
 * pull-request run (`pr`, run `runId`) of the README's workflow.
 */
async function fanoutWorkspace(fleet: { path: string; text: string }, prefix: string, pr: number, runId: string): Promise<{ server: FakeGitHub; ws: string; env: (job: string) => Record<string, string> }> {
  const server = await new FakeGitHub().start()
  const ws = mkdtempSync(join(tmpdir(), prefix))
  mkdirSync(join(ws, 'boards'))
  writeFileSync(join(ws, fleet.path), fleet.text)
  const event = join(ws, '..', `${basename(ws)}-event.json`)
  writeFileSync(event, JSON.stringify({ number: pr, pull_request: { number: pr, head: { repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }))
  const env = (job: string): Record<string, string> => ({
    GITHUB_WORKSPACE: ws,
    GITHUB_API_URL: server.url,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: runId,
    GITHUB_WORKFLOW: workflow.name,
    GITHUB_JOB: job,
    CRASHKERNEL_CHECK_RETRY_DELAY_MS: '5',
  })
  return { server, ws, env }
}

describe("the README's fan-out workflow, end to end on 600 generated boards", () => {
  let server: FakeGitHub
  let ws: string
  let env: (job: string) => Record<string, string>
  const FLEET = fleet(600, 'boards/fleet.json')

  beforeAll(async () => {
    ;({ server, ws, env } = await fanoutWorkspace(FLEET, 'ckc-fanout-ws-', 7, '4242'))
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('wires the jobs as documented: outputs, the count guard, artifacts and permissions', () => {
    const { plan, check: legs, aggregate } = workflow.jobs
    expect(workflow.permissions).toEqual({})
    expect(plan.outputs).toEqual({ matrix: '${{ steps.plan.outputs.matrix }}', count: '${{ steps.plan.outputs.count }}' })
    expect(stepOf(plan, USES)).toMatchObject({ id: 'plan', with: { mode: 'plan' } })
    expect(legs.needs).toBe('plan')
    expect(legs.if).toBe("needs.plan.outputs.count != '0'")
    expect(legs.strategy).toEqual({ 'fail-fast': false, matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}' })
    expect(aggregate.needs).toEqual(['plan', 'check'])
    expect(aggregate.if).toContain("needs.plan.outputs.count != '0'")
    expect(aggregate.if).toContain('!cancelled()')
    const upload = stepOf(legs, 'actions/upload-artifact@')
    const download = stepOf(aggregate, 'actions/download-artifact@')
    expect(upload.with?.path).toBe(`\${{ steps.${stepOf(legs, USES).id}.outputs.results-file }}`)
    expect(String(upload.with?.name)).toMatch(/^crashkernel-check-results-\$\{\{ strategy\.job-index \}\}$/)
    expect(download.with?.pattern).toBe('crashkernel-check-results-*')
    expect(stepOf(aggregate, 'github/codeql-action/upload-sarif@').with?.sarif_file).toBe(stepOf(aggregate, USES).with?.sarif)
    // Least privilege: only aggregate writes (the comment and code scanning), and the plan
    // corrects that comment when it fails: the two share its key.
    expect(plan.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    expect(stepOf(plan, USES).with?.['comment-key']).toBeTruthy()
    expect(stepOf(plan, USES).with?.['comment-key']).toBe(stepOf(aggregate, USES).with?.['comment-key'])
    expect(legs.permissions).toEqual({ contents: 'read' })
    expect(aggregate.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write', actions: 'read' })
    // The legs check the plan's kernels: `kernel` comes from the entry, as `shard` does.
    expect(stepOf(legs, USES).with).toMatchObject({ matrix: '${{ matrix.files }}', boards: '${{ matrix.boards }}', kernel: '${{ matrix.kernel }}', shard: '${{ matrix.shard }}' })
    // Every input the workflow passes exists.
    for (const job of [plan, legs, aggregate]) for (const name of Object.keys(stepOf(job, USES).with ?? {})) expect(Object.keys(action.inputs)).toContain(name)
  })

  it('plan → 4 check jobs → aggregate: every board once, counts of one full check, one comment, valid SARIF, one summary', { timeout: 180_000 }, async () => {
    const { plan: planJob, check: checkJob, aggregate: aggregateJob } = workflow.jobs

    // plan
    const plan = await runActionAsync(actionInputs(stepOf(planJob, USES), {}, { 'max-jobs': '4' }), env('plan'))
    expect(plan.stderr).toBe('')
    expect(plan.status).toBe(0)
    expect(plan.outputs.count).toBe('4')
    const matrix = JSON.parse(plan.outputs.matrix ?? '') as { include: Array<Record<string, string>> }
    expect(matrix.include.map((e) => e.shard)).toEqual(['1/4', '2/4', '3/4', '4/4'])
    expect(plan.summary).toBe('')
    // action.yml's defaults (fail-on: error, annotations: 'true' …) are no inputs the plan ignores.
    expect(commands(plan, 'warning')).toEqual([])
    expect(server.requests).toHaveLength(0)

    // check: one job per entry, as the runner would start them (here two at a time)
    const legs: ActionRun[] = []
    for (let i = 0; i < matrix.include.length; i += 2) {
      legs.push(...(await Promise.all(matrix.include.slice(i, i + 2).map((entry) => runActionAsync(actionInputs(stepOf(checkJob, USES), entry), env('check'))))))
    }
    const upload = stepOf(checkJob, 'actions/upload-artifact@')
    const download = stepOf(aggregateJob, 'actions/download-artifact@')
    const legBoards: string[][] = []
    const checked = new Map<string, number>()
    legs.forEach((leg, index) => {
      expect(leg.stderr).toBe('')
      expect(leg.status).toBe(0)
      expect(leg.summary).toBe('')
      expect(commands(leg, 'error')).toEqual([])
      expect(commands(leg, 'warning')).toEqual([])
      // artifact upload + download: <download path>/<artifact name>/<file>
      const resultsFile = leg.outputs['results-file'] ?? ''
      const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
      expect(results.fanout.shard).toBe(matrix.include[index]!.shard)
      legBoards.push(results.fanout.boards)
      for (const l of results.layouts as Array<{ boardId: string; layoutName: string }>) {
        expect(results.fanout.boards).toContain(l.boardId)
        const key = `${l.boardId} ${l.layoutName}`
        checked.set(key, (checked.get(key) ?? 0) + 1)
      }
      const artifact = String(upload.with?.name).replace('${{ strategy.job-index }}', String(index))
      mkdirSync(join(ws, String(download.with?.path), artifact), { recursive: true })
      copyFileSync(resultsFile, join(ws, String(download.with?.path), artifact, basename(resultsFile)))
    })
    // No leg talked to GitHub: no comment, no pull-request files.
    expect(server.requests).toHaveLength(0)
    // Every board in exactly one leg, every layout simulated once.
    const all = legBoards.flat()
    expect(all).toHaveLength(600)
    expect(new Set(all).size).toBe(600)
    expect([...checked.values()].every((n) => n === 1)).toBe(true)

    // aggregate
    const aggregate = await runActionAsync(actionInputs(stepOf(aggregateJob, USES), {}, { token: TOKEN }), env('aggregate'))
    expect(aggregate.stderr).toBe('')
    const full = check(FLEET.text, FLEET.path)
    expect(full.counts.error).toBeGreaterThan(0)
    expect(aggregate.outputs).toMatchObject({
      errors: String(full.counts.error),
      warnings: String(full.counts.warning),
      notes: String(full.counts.note),
      suppressed: String(full.counts.suppressed),
      findings: String(full.counts.error + full.counts.warning + full.counts.note),
      layouts: String(full.layouts.length),
    })
    expect(full.layouts.map((l) => `${l.boardId} ${l.layoutName}`).sort()).toEqual([...checked.keys()].sort())
    // fail-on: error on the merged counts.
    expect(aggregate.status).toBe(1)
    expect(commands(aggregate, 'error').at(-1)).toMatch(new RegExp(`^::error::crashkernel-check: ${full.counts.error} error\\(s\\)`))
    // Annotations within GitHub's caps.
    expect(commands(aggregate, 'error').length).toBeLessThanOrEqual(10)
    expect(commands(aggregate, 'warning').length).toBeLessThanOrEqual(10)

    // The merged report equals the full check, layouts in the same order.
    const merged = JSON.parse(readFileSync(aggregate.outputs['results-file'] ?? '', 'utf8'))
    expect(merged.counts).toEqual(full.counts)
    expect(merged.layouts.map((l: { boardId: string; layoutName: string }) => `${l.boardId} ${l.layoutName}`)).toEqual(full.layouts.map((l) => `${l.boardId} ${l.layoutName}`))

    // One comment, created by aggregate.
    expect(server.seen(/^POST \/repos\/o\/r\/issues\/7\/comments$/)).toHaveLength(1)
    expect(server.comments).toHaveLength(1)
    expect(server.comments[0]!.body).toContain(`**${full.counts.error}** error(s)`)
    expect(server.comments[0]!.body.length).toBeLessThanOrEqual(65_536)

    // SARIF: valid 2.1.0, one result per fingerprint (a board's value on several layouts is one).
    const sarif = JSON.parse(readFileSync(aggregate.outputs['sarif-file'] ?? '', 'utf8'))
    expect(sarifErrors(sarif)).toEqual([])
    expect(sarif.runs[0].results).toHaveLength(sarifResultGroups(full.findings).length)

    // The job summary: written once, by aggregate (plan and the legs wrote none).
    expect(aggregate.summary.match(/^## crashkernel-check$/gm)).toHaveLength(1)
    expect(aggregate.summary).toContain(`**${full.counts.error}** error(s)`)
    expect(Buffer.byteLength(aggregate.summary)).toBeLessThanOrEqual(1024 * 1024)

    // The token never leaks.
    for (const run of [plan, ...legs, aggregate]) {
      expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(TOKEN)
      expect(run.summary).not.toContain(TOKEN)
    }

    // A second run of the workflow (a new push): the comment is updated in place.
    const again = await runActionAsync(actionInputs(stepOf(aggregateJob, USES), {}, { token: TOKEN }), env('aggregate'))
    expect(again.status).toBe(1)
    expect(server.seen(/^POST \/repos\/o\/r\/issues\/7\/comments$/)).toHaveLength(1)
    expect(server.seen(/^PATCH \/repos\/o\/r\/issues\/comments\/1000$/)).toHaveLength(1)
    expect(server.comments).toHaveLength(1)

    // A push whose plan fails (here a `boards` typo): no check or aggregate job runs, and the
    // plan job, sharing the aggregate job's comment-key, says so in that comment.
    const failed = await runActionAsync(actionInputs(stepOf(planJob, USES), {}, { boards: 'nope', token: TOKEN }), env('plan'))
    expect(failed.status).toBe(1)
    expect(server.seen(/^POST \/repos\/o\/r\/issues\/7\/comments$/)).toHaveLength(1)
    expect(server.seen(/^PATCH \/repos\/o\/r\/issues\/comments\/1000$/)).toHaveLength(2)
    expect(server.comments).toHaveLength(1)
    expect(server.comments[0]!.body).toContain('- ❌ the plan job failed, so no check job ran: input "boards": "nope" matches no board id in boards/fleet.json')
    expect(server.comments[0]!.body).not.toContain(`**${full.counts.error}** error(s)`)
    expect(failed.summary).toBe('')

    // The same matrix in one job (the README's single-job workflow, no comment): the same
    // annotations, job summary, SARIF and results, byte for byte.
    const single = await runActionAsync(actionInputs({ with: { matrix: 'boards/*.json', 'fail-on': 'error', sarif: 'single.sarif', comment: 'false' } }, {}, { token: TOKEN }), env('check'))
    expect(single.status).toBe(1)
    expect(single.outputs).toMatchObject({ errors: aggregate.outputs.errors, warnings: aggregate.outputs.warnings, notes: aggregate.outputs.notes, layouts: aggregate.outputs.layouts })
    const located = (run: ActionRun) => run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l))
    expect(located(single)).toEqual(located(aggregate))
    expect(single.summary).toBe(aggregate.summary)
    expect(readFileSync(single.outputs['sarif-file'] ?? '', 'utf8')).toBe(readFileSync(aggregate.outputs['sarif-file'] ?? '', 'utf8'))
    const { fanout: _, ...mergedReport } = merged as Record<string, unknown>
    expect(readFileSync(single.outputs['results-file'] ?? '', 'utf8')).toBe(`${JSON.stringify(mergedReport, null, 2)}\n`)
  })
})

describe("the README's fan-out workflow with a kernel override on the plan job", () => {
  let server: FakeGitHub
  let ws: string
  let env: (job: string) => Record<string, string>
  const FLEET = fleet(30, 'boards/fleet.json')

  beforeAll(async () => {
    ;({ server, ws, env } = await fanoutWorkspace(FLEET, 'ckc-fanout-kernel-ws-', 8, '4243'))
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('the legs check the plan\'s kernels through matrix.kernel, a leg without it fails, and aggregate says which kernels', { timeout: 120_000 }, async () => {
    const { plan: planJob, check: checkJob, aggregate: aggregateJob } = workflow.jobs
    const plan = await runActionAsync(actionInputs(stepOf(planJob, USES), {}, { 'max-jobs': '2', kernel: '6.12' }), env('plan'))
    expect(plan.stderr).toBe('')
    expect(plan.status).toBe(0)
    const matrix = JSON.parse(plan.outputs.matrix ?? '') as { include: Array<Record<string, string>> }
    expect(matrix.include.map((e) => [e.shard, e.kernel])).toEqual([
      ['1/2 (kernel 6.12)', '6.12'],
      ['2/2 (kernel 6.12)', '6.12'],
    ])

    // A check step that forgot `kernel` (the README before entries carried it) fails, naming the shard.
    const forgot = { ...stepOf(checkJob, USES), with: { ...stepOf(checkJob, USES).with } }
    delete forgot.with.kernel
    const wrong = await runActionAsync(actionInputs(forgot, matrix.include[0]), env('check'))
    expect(wrong.status).toBe(1)
    expect(commands(wrong, 'error')).toEqual([
      expect.stringMatching(/^::error::shard 1\/2: the plan was made for kernel 6\.12, but this check job's input "kernel" is empty: it would check other kernels than planned; pass kernel: \$\{\{ matrix\.kernel \}\} to the check job$/),
    ])
    expect(wrong.outputs['results-file']).toBeUndefined()

    // The README's check step.
    const upload = stepOf(checkJob, 'actions/upload-artifact@')
    const download = stepOf(aggregateJob, 'actions/download-artifact@')
    for (const [index, entry] of matrix.include.entries()) {
      const leg = await runActionAsync(actionInputs(stepOf(checkJob, USES), entry), env('check'))
      expect(leg.stderr).toBe('')
      expect(leg.status).toBe(0)
      const resultsFile = leg.outputs['results-file'] ?? ''
      const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
      expect(results.fanout).toMatchObject({ shard: `${index + 1}/2`, kernel: ['6.12'] })
      const artifact = String(upload.with?.name).replace('${{ strategy.job-index }}', String(index))
      mkdirSync(join(ws, String(download.with?.path), artifact), { recursive: true })
      copyFileSync(resultsFile, join(ws, String(download.with?.path), artifact, basename(resultsFile)))
    }

    const aggregate = await runActionAsync(actionInputs(stepOf(aggregateJob, USES), {}, { token: TOKEN, 'fail-on': 'never' }), env('aggregate'))
    expect(aggregate.stderr).toBe('')
    expect(aggregate.status).toBe(0)
    const full = check(FLEET.text, FLEET.path, { kernels: ['6.12'] })
    expect(aggregate.outputs).toMatchObject({ errors: String(full.counts.error), layouts: String(full.layouts.length) })
    expect(aggregate.summary).toContain("Kernels checked: `6.12`, instead of each board's `kernels` (the plan job's input `kernel`).")
    expect(server.comments).toHaveLength(1)
    expect(server.comments[0]!.body).toContain("Kernels checked: `6.12`, instead of each board's `kernels` (the plan job's input `kernel`).")
  })
})
