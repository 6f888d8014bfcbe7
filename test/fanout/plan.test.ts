// SPDX-License-Identifier: GPL-2.0-only
/**
 * Planning the fan-out (src/fanout/plan.ts): one job per board while they fit, at most 256
 * jobs (GitHub's matrix cap) or `max-jobs`, balanced by layout count, deterministic, every
 * board in exactly one job, and nothing to check planned as `{"include":[]}` (a matrix of no boards
 * is an SC002 problem, which a job reports).
 */
import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { collectUnits, fileUnits, MATRIX_MAX_JOBS, planFanout, planShards, type PlanUnit } from '../../src/fanout/plan.js'
import { checkAll, fanOut, findingSet, fixture, fleet, matrix } from './helpers.js'

const ids = (boards: string) => boards.split(',').filter(Boolean)

describe('planShards', () => {
  it('gives each unit its own job while they fit, in file order', () => {
    const units: PlanUnit[] = [
      { id: 'a', files: ['m.json'], layouts: 1 },
      { id: 'b', files: ['m.json'], layouts: 5 },
      { id: 'c', files: ['n.json'], layouts: 2 },
    ]
    expect(planShards(units).include).toEqual([
      { shard: '1/3', boards: 'a', files: 'm.json', layouts: 1, kernel: '' },
      { shard: '2/3', boards: 'b', files: 'm.json', layouts: 5, kernel: '' },
      { shard: '3/3', boards: 'c', files: 'n.json', layouts: 2, kernel: '' },
    ])
  })

  it('packs largest first onto the least-loaded job (the documented example)', () => {
    const units: PlanUnit[] = [
      { id: 'a', files: ['m.json'], layouts: 3 },
      { id: 'b', files: ['m.json'], layouts: 1 },
      { id: 'c', files: ['m.json'], layouts: 2 },
    ]
    expect(planShards(units, { maxJobs: 2 })).toEqual({
      include: [
        { shard: '1/2', boards: 'a', files: 'm.json', layouts: 3, kernel: '' },
        { shard: '2/2', boards: 'b,c', files: 'm.json', layouts: 3, kernel: '' },
      ],
    })
  })

  it('breaks ties in size by order in the files, and between equally loaded jobs by job order', () => {
    const units: PlanUnit[] = [
      { id: 'a', files: ['m.json'], layouts: 2 },
      { id: 'b', files: ['m.json'], layouts: 1 },
      { id: 'c', files: ['m.json'], layouts: 1 },
      { id: 'd', files: ['m.json'], layouts: 1 },
    ]
    // a → job 1; b, c (the first of the 1s) → job 2; d → job 1 (both jobs hold 2 then).
    expect(planShards(units, { maxJobs: 2 }).include.map((e) => e.boards)).toEqual(['a,d', 'b,c'])
  })

  it('plans nothing for no units', () => {
    expect(planShards([])).toEqual({ include: [] })
    expect(planShards([], { maxJobs: 1 })).toEqual({ include: [] })
  })

  it('refuses max-jobs outside 1…256', () => {
    for (const maxJobs of [0, 257, 1.5, -1, Number.NaN]) expect(() => planShards([{ id: 'a', files: ['m'], layouts: 1 }], { maxJobs })).toThrow(ConfigurationError)
  })

  it('stays within one largest unit of perfect balance', () => {
    // Weights 1…40, uneven on purpose.
    const units: PlanUnit[] = Array.from({ length: 300 }, (_, i) => ({ id: `b${i}`, files: ['m.json'], layouts: 1 + ((i * 37) % 40) }))
    for (const maxJobs of [2, 7, 16, 100, 256]) {
      const loads = planShards(units, { maxJobs }).include.map((e) => e.layouts)
      expect(loads).toHaveLength(maxJobs)
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(40)
      expect(loads.reduce((a, b) => a + b, 0)).toBe(units.reduce((a, u) => a + u.layouts, 0))
    }
  })
})

describe('planFanout', () => {
  it('caps a 600-board fleet at 256 jobs, each board in exactly one, balanced by layouts', () => {
    const f = fleet(600)
    const plan = planFanout([f])
    const jobs = plan.matrix.include
    expect(jobs).toHaveLength(MATRIX_MAX_JOBS)
    expect(jobs.map((j) => j.shard)).toEqual(Array.from({ length: 256 }, (_, i) => `${i + 1}/256`))
    const all = jobs.flatMap((j) => ids(j.boards))
    expect(all).toHaveLength(600)
    expect(new Set(all).size).toBe(600)
    expect(jobs.every((j) => j.files === 'boards/fleet.json')).toBe(true)
    // The largest board has a handful of layouts (a Raspberry Pi preset: 4 RAM variants).
    const loads = jobs.map((j) => j.layouts)
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(8)
    expect(plan).toMatchObject({ boards: 600, layouts: loads.reduce((a, b) => a + b, 0) })
  })

  it('uses max-jobs when it is lower, and is deterministic', () => {
    const f = fleet(600)
    const a = planFanout([f], { maxJobs: 4 })
    expect(a.matrix.include.map((j) => j.shard)).toEqual(['1/4', '2/4', '3/4', '4/4'])
    const loads = a.matrix.include.map((j) => j.layouts)
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(4)
    expect(planFanout([fleet(600)], { maxJobs: 4 })).toEqual(a)
    // Boards keep file order inside a job.
    for (const j of a.matrix.include) expect(ids(j.boards)).toEqual([...ids(j.boards)].sort())
  })

  it('plans one job per board when they fit', () => {
    const plan = planFanout([fixture('test/fixtures/clean.matrix.json')])
    expect(plan.matrix.include).toEqual([
      { shard: '1/2', boards: 'rpi4', files: 'test/fixtures/clean.matrix.json', layouts: 8, kernel: '' },
      { shard: '2/2', boards: 'vm', files: 'test/fixtures/clean.matrix.json', layouts: 1, kernel: '' },
    ])
  })

  it('plans nothing to check as {"include":[]} (the workflow skips on count 0), and a matrix of no boards as a job for its problem', () => {
    expect(planFanout([]).matrix).toEqual({ include: [] })
    expect(JSON.stringify(planFanout([]).matrix)).toBe('{"include":[]}')
    // An empty "boards" list is a schema violation (SC002), which a job must report.
    expect(planFanout([matrix([])]).matrix).toEqual({ include: [{ shard: '1/1', boards: '', files: 'm.json', layouts: 0, kernel: '' }] })
  })

  it('has the first leg read a file with no board to check beside the others, so the merged report names every file one job would', () => {
    // A reviewer: the aggregate left boards/empty.json out of its files, summary and title,
    // where a single job says "none from boards/empty.json".
    const board = { id: 'b1', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G', cmdline: 'crashkernel=256M' }
    const files = [matrix([board], 'a.json'), matrix([{ ...board, id: 'x1' }], 'other.json'), matrix([{ ...board, id: 'b2' }], 'c.json')]
    const plan = planFanout(files, { maxJobs: 2, boards: ['b*'] })
    expect(plan.matrix.include.map((e) => e.files)).toEqual(['a.json,other.json', 'c.json'])
    const { merged } = fanOut(files, { maxJobs: 2, boards: ['b*'] })
    expect(merged.report.files).toEqual(checkAll(files, { boards: ['b*'] }).files)
    expect(merged.report.files).toContain('other.json')
  })

  it('keeps a file with nothing to split but something to report in one job (syntax error, refused document)', () => {
    const syntax = fixture('test/fixtures/syntax.matrix.json')
    const notAnObject = { path: 'x.json', text: '[1, 2]' }
    const plan = planFanout([syntax, notAnObject, matrix([{ id: 'ok', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G' }])])
    expect(plan.matrix.include).toEqual([
      { shard: '1/3', boards: '', files: 'test/fixtures/syntax.matrix.json', layouts: 0, kernel: '' },
      { shard: '2/3', boards: '', files: 'x.json', layouts: 0, kernel: '' },
      { shard: '3/3', boards: 'ok', files: 'm.json', layouts: 1, kernel: '' },
    ])
    expect(plan.boards).toBe(1)
    // Two files planned for their problems alone (the action's plan line says so).
    expect(plan.problemFiles).toBe(2)
  })

  it('plans every board id once, schema-invalid ones too (check() reports their problems only to the leg that selects them); duplicates are left to any leg', () => {
    const units = fileUnits(fixture('test/fixtures/broken.matrix.json').text, 'b.json')
    // "typo" and "bad-values" fail the schema (no layouts); the second "typo" is a duplicate.
    expect(units.boards.map((b) => b.id)).toEqual(['typo', 'bad-values', 'overlap', 'outside', 'misaligned', 'no-preset', 'old-kernel', 'bus', 'fine'])
    expect(units.boards.slice(0, 2).map((b) => b.layouts)).toEqual([0, 0])
    expect(units.hasProblems).toBe(true)
    // Boards whose layouts were all dropped count none, but each still gets a leg.
    expect(collectUnits([units]).slice(0, 2)).toEqual([
      { id: 'typo', files: ['b.json'], layouts: 0 },
      { id: 'bad-values', files: ['b.json'], layouts: 0 },
    ])
  })

  it('weighs a unit that simulates nothing as 1 when it balances jobs, and counts its layouts as 0', () => {
    // Its leg still reads and reports the file: three such units and a one-layout board over
    // two jobs go two and two, not one job with the board and the other with the three.
    const units = [
      { id: 'a', files: ['m.json'], layouts: 0 },
      { id: 'b', files: ['m.json'], layouts: 0 },
      { id: 'd', files: ['m.json'], layouts: 0 },
      { id: 'c', files: ['m.json'], layouts: 1 },
    ]
    expect(planShards(units, { maxJobs: 2 }).include).toEqual([
      { shard: '1/2', boards: 'a,d', files: 'm.json', layouts: 0, kernel: '' },
      { shard: '2/2', boards: 'b,c', files: 'm.json', layouts: 1, kernel: '' },
    ])
  })

  it('gives a file whose only problem is a duplicate id a leg, even when the filter keeps none of its boards', () => {
    const board = { id: 'dup', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G' }
    const file = matrix([board, board])
    // check() reports the duplicate whatever the filter, so some leg must open the file.
    expect(checkAll([file], { boards: ['other*'] }).findings.map((f) => f.messageId)).toContain('duplicateBoardId')
    expect(planFanout([file], { boards: ['other*'] }).matrix.include).toEqual([{ shard: '1/1', boards: 'other*', files: 'm.json', layouts: 0, kernel: '' }])
     // The same for a duplicate key, a problem of the JSON text itself.
    const dupKey = { path: 'k.json', text: `{ "version": 1, "version": 1, "boards": [${JSON.stringify(board)}] }` }
    expect(checkAll([dupKey], { boards: ['other*'] }).findings.map((f) => f.messageId)).toContain('duplicateKey')
    expect(planFanout([dupKey], { boards: ['other*'] }).matrix.include).toEqual([{ shard: '1/1', boards: 'other*', files: 'k.json', layouts: 0, kernel: '' }])
  })

  it('gives no leg to a file whose only problems are in boards the filter leaves out', () => {
    const board = { id: 'x1', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G', cmdline: 'crashkernel=256M' }
    const wanted = matrix([board], 'a.json')
    // b.json's problem (an unknown property) is inside board "a", which the filter leaves out.
    const other = matrix([{ ...board, id: 'a', confg: {} }, { ...board, id: 'b' }], 'b.json')
    expect(checkAll([other]).findings.map((f) => f.messageId)).toEqual(['unknownProperty'])
    expect(checkAll([other], { boards: ['x*'] }).findings).toEqual([])
    const plan = planFanout([wanted, other], { boards: ['x*'] })
    // No leg of its own: the first leg reads it too, and finds nothing there.
    expect(plan.matrix.include).toEqual([{ shard: '1/1', boards: 'x*', files: 'a.json,b.json', layouts: 1, kernel: '' }])
    expect(plan.unmatchedBoards).toEqual([])
    // The merged report is still what one job checking both files reports, files and all.
    const { merged } = fanOut([wanted, other], { boards: ['x*'] })
    expect(findingSet(merged.report)).toEqual(findingSet(checkAll([wanted, other], { boards: ['x*'] })))
    expect(merged.report.files).toEqual(checkAll([wanted, other], { boards: ['x*'] }).files)
  })

  it('plans every board for an empty boards filter', () => {
    const clean = fixture('test/fixtures/clean.matrix.json')
    expect(planFanout([clean], { boards: [] })).toEqual(planFanout([clean]))
  })

  it('puts a board id found in several files in one job with all those files', () => {
    const board = { id: 'same', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G' }
    const plan = planFanout([matrix([board], 'a.json'), matrix([board, { ...board, id: 'other' }], 'b.json')])
    expect(plan.matrix.include).toEqual([
      { shard: '1/2', boards: 'same', files: 'a.json,b.json', layouts: 2, kernel: '' },
      { shard: '2/2', boards: 'other', files: 'b.json', layouts: 1, kernel: '' },
    ])
  })

  it('applies the boards filter and the kernel override; a file with nothing left keeps the filter', () => {
    const clean = fixture('test/fixtures/clean.matrix.json')
    const broken = fixture('test/fixtures/broken.matrix.json')
    const plan = planFanout([broken, clean], { boards: ['rpi*'], kernels: ['6.12'] })
    expect(plan.matrix.include).toEqual([
      // broken has no rpi* board but findings of its own: its leg keeps the filter.
      // The override is each entry's `kernel` and a suffix of its `shard` (src/fanout/shard.ts).
      { shard: '1/2 (kernel 6.12)', boards: 'rpi*', files: 'test/fixtures/broken.matrix.json', layouts: 0, kernel: '6.12' },
      { shard: '2/2 (kernel 6.12)', boards: 'rpi4', files: 'test/fixtures/clean.matrix.json', layouts: 4, kernel: '6.12' },
    ])
    expect(() => planFanout([clean], { kernels: ['4.19'] })).toThrow(/^kernel override: "4.19" is not a kernel crashkernel-check models/)
  })
})
