// SPDX-License-Identifier: GPL-2.0-only
/**
 * Merging the legs' results (src/fanout/merge.ts, src/fanout/results.ts): the merged report
 * equals one check() of the whole matrix (counts, findings, layouts in the same order),
 * whatever the plan's size and the order the results files come in; document-level findings
 * seen by several legs are kept once; missing or mixed shards are problems; a results file
 * reads back with its bigints.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { findingKey, mergeResults } from '../../src/fanout/merge.js'
import { DEVICE_HEX64_PATHS, formatResults, parseResults, RESULT_HEX64_PATHS, type LegResults } from '../../src/fanout/results.js'
import { check, renderSummary, type Report } from '../../src/index.js'
import { resolveKernelRelease } from '../../src/engine/index.js'
import { formatJson } from '../../src/report/json.js'
import { finding, report } from '../report/helpers.js'
import { checkAll, checkLeg, fanOut, findingSet, fixture, fleet, layoutList, legInfo, matrix, ROOT, type MatrixFile } from './helpers.js'

const FILES: MatrixFile[] = [
  fixture('test/fixtures/broken.matrix.json'),
  fixture('test/fixtures/clean.matrix.json'),
  fixture('test/fixtures/syntax.matrix.json'),
  fixture('examples/boards.json'),
  fleet(40, 'boards/fleet.json'),
]

describe('fan-out in process: plan → legs → merge equals one check()', () => {
  const full = checkAll(FILES)
  for (const maxJobs of [1, 2, 3, 7, 256]) {
    it(`with max-jobs ${maxJobs}`, () => {
      const { plan, merged } = fanOut(FILES, { maxJobs })
      expect(plan.matrix.include.length).toBeLessThanOrEqual(maxJobs)
      expect(merged.problems).toEqual([])
      expect(merged.duplicateLayouts).toEqual([])
      expect(merged.otherVersions).toEqual([])
      expect(merged.report.counts).toEqual(full.counts)
      expect(findingSet(merged.report)).toEqual(findingSet(full))
      expect(layoutList(merged.report)).toEqual(layoutList(full))
      expect(merged.report.files).toEqual([...full.files].sort())
      // In check()'s order too: file, position, severity, rule, message.
      expect(merged.report.findings.map(findingKey)).toEqual(full.findings.map(findingKey))
    })
  }

  it("keeps each board's crashkernel= values (one per command line its layouts read), as one check() of the whole matrix has them", () => {
    // Two boards whose findings' own fixes differ per layout (test/report/board-suggestions.test.ts's PI), in two files.
    const pi = (id: string) => ({ id, extends: 'raspberrypi-4', kernels: ['5.10', '6.1', '6.12'], cmdline: 'console=ttyS0 crashkernel=1G', expect: { reservationRequired: true } })
    // pi-d reads two command lines (its 6.12 entry has its own): one value for each.
    const piD = { ...pi('pi-d'), kernels: ['5.10', { release: '6.12', cmdline: 'console=ttyS0 crashkernel=1G' }] }
    const files = [matrix([pi('pi-a'), pi('pi-b')], 'a.json'), matrix([pi('pi-c'), piD], 'b.json')]
    const full = checkAll(files)
    const values = (r: Report) => (r.boardSuggestions ?? []).map((b) => `${b.file} ${b.boardId} ${b.suggestion.pointer} ${b.value} ${b.location?.line}`)
    expect(values(full)).toHaveLength(5)
    for (const maxJobs of [1, 2, 3]) {
      const { merged, plan } = fanOut(files, { maxJobs })
      expect(values(merged.report), `max-jobs ${maxJobs}`).toEqual(values(full))
      // A leg downloaded twice gives each board's value once.
      const legs = plan.matrix.include.map((entry, i) => parseResults(formatResults(checkLeg(files, entry), legInfo(entry)), `leg-${i}.json`))
      expect(values(mergeResults([...legs, ...legs]).report)).toEqual(values(full))
    }
  })

  it('with a boards filter and a kernel override', () => {
    const options = { boards: ['rpi*', 'board-0001*', 'fine'], kernels: ['6.12'] }
    const { merged } = fanOut(FILES, { ...options, maxJobs: 3 })
    const full = checkAll(FILES, options)
    expect(merged.problems).toEqual([])
    expect(merged.report.kernelOverride).toEqual(['6.12'])
    expect(full.kernelOverride).toEqual(['6.12'])
    expect(merged.report.counts).toEqual(full.counts)
    expect(findingSet(merged.report)).toEqual(findingSet(full))
    expect(layoutList(merged.report)).toEqual(layoutList(full))
  })

  describe('with problems no leg selects by its boards input', () => {
    const board = (id: string) => ({ id, extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G' })
    const cases: Record<string, MatrixFile[]> = {
      // Ids the schema refuses: a leg's "boards" input splits "a,b", "a*" matches a1 and a2,
      // " a" is trimmed and "" dropped, so no leg could select the board alone.
      'ids a leg input cannot carry': [matrix([board('a'), board('b'), board('a1'), board('a2'), board('a,b'), board('a*'), board(' a'), board('')])],
      // A file that cannot be decoded (schema error in defaults) with a repeated key in a board
      // that another file's leg does not select when the plan packs them together.
      'a repeated key in an undecodable file': [
        { path: 'x.json', text: `{ "version": 1, "defaults": { "arch": "arm65" }, "boards": [{ "id": "b", "kernels": ["6.12"], "kernels": ["6.12"] }] }` },
        matrix([board('a')], 'y.json'),
      ],
    }
    for (const [name, files] of Object.entries(cases)) {
      for (const maxJobs of [1, 2, 256]) {
        it(`${name}, max-jobs ${maxJobs}: every finding once, every layout once`, () => {
          const full = checkAll(files)
          const { merged } = fanOut(files, { maxJobs })
          expect(findingSet(merged.report)).toEqual(findingSet(full))
          expect(merged.duplicateLayouts).toEqual([])
          expect(layoutList(merged.report)).toEqual(layoutList(full))
        })
      }
    }
  })

  it("orders findings that differ only in their layout as check() does (the board's layout order), not by layout name", () => {
    // The same CK004 note on both layouts of `v`, whose kernels are listed 7.2 first: check()
    // keeps the board's order (4G/7.2, 4G/6.12), which the name does not sort into.
    const files = [matrix([
      { id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['7.2', '6.12'], cmdline: 'crashkernel=512M,high crashkernel=128M,low' },
      { id: 'w', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.1'], cmdline: 'crashkernel=256M' },
    ])]
    const full = checkAll(files)
    const ck004 = (r: Report) => r.findings.filter((f) => f.ruleId === 'CK004').map((f) => `${f.boardId} ${f.layoutName}`)
    expect(ck004(full)).toEqual(['v 4G/7.2', 'v 4G/6.12'])
    for (const maxJobs of [1, 2]) {
      const { merged } = fanOut(files, { maxJobs })
      expect(merged.report.findings.map(findingKey), `max-jobs ${maxJobs}`).toEqual(full.findings.map(findingKey))
    }
  })

  it('folds the document-level findings every leg of a file reports, and counts them once', () => {
    const { legs, merged } = fanOut([fixture('test/fixtures/broken.matrix.json')], { maxJobs: 3 })
    const sc002 = (r: { findings: Array<{ ruleId: string; pointer: string }> }) => r.findings.filter((f) => f.ruleId === 'SC002' && f.pointer === '/extra').length
    expect(legs.map(sc002)).toEqual([1, 1, 1])
    expect(sc002(merged.report)).toBe(1)
    expect(merged.duplicateFindings).toBeGreaterThanOrEqual(2)
  })
})

function legsOf(files: MatrixFile[], maxJobs: number, kernels?: string[]): LegResults[] {
  const { plan, legs } = fanOut(files, { maxJobs, ...(kernels && { kernels }) })
  return legs.map((report, i) => parseResults(formatResults(report, legInfo(plan.matrix.include[i]!)), `r/${i}.json`))
}

describe('mergeResults', () => {
  it('does not depend on the order of the results files', () => {
    const legs = legsOf(FILES, 4)
    const a = mergeResults(legs)
    const b = mergeResults([...legs].reverse())
    const c = mergeResults([legs[2]!, legs[0]!, legs[3]!, legs[1]!].map((l, i) => ({ ...l, source: `z/${i}.json` })))
    expect(formatJson(b.report)).toBe(formatJson(a.report))
    expect(formatJson(c.report)).toBe(formatJson(a.report))
  })

  it('sorts findings at one position as check() does: severity, then rule, then message', () => {
    const at = (severity: 'error' | 'warning', ruleId: string, message: string) => finding(5, severity, { ruleId, message })
    const findings = [at('warning', 'SC001', 'A'), at('error', 'SC003', 'a'), at('error', 'SC002', 'b'), at('error', 'SC002', 'a')]
    const merged = mergeResults([{ source: 'r.json', report: report(findings) }])
    expect(merged.report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.message}`)).toEqual(['error SC002 a', 'error SC002 b', 'error SC003 a', 'warning SC001 A'])
  })

  it('says which shards are missing, and that the report is incomplete', () => {
    const legs = legsOf(FILES, 4)
    const merged = mergeResults([legs[0]!, legs[2]!])
    expect(merged.shards).toEqual({ total: 4, seen: [1, 3], missing: [2, 4], repeated: [] })
    expect(merged.problems).toEqual([expect.stringMatching(/^results of 2 of 4 check job\(s\) are missing \(2\/4, 4\/4\): .* the merged report is incomplete$/)])
  })

  it('keeps a leg downloaded twice once, and reports its layouts as duplicates', () => {
    const legs = legsOf([fixture('test/fixtures/clean.matrix.json')], 2)
    const merged = mergeResults([...legs, { ...legs[0]!, source: 'again.json' }])
    expect(merged.shards?.repeated).toEqual([1])
    expect(merged.problems).toEqual([])
    expect(merged.duplicateLayouts).toHaveLength(legs[0]!.report.layouts.length)
    expect(merged.report.counts).toEqual(checkAll([fixture('test/fixtures/clean.matrix.json')]).counts)
  })

  it('fails when one shard has results files that differ (an older run\'s artifact beside this run\'s): the merge would count both', () => {
    const clean = fixture('test/fixtures/clean.matrix.json')
    const legs = legsOf([clean], 2)
    // The same plan of the file at another commit: rpi4 asks for more than the board has.
    const older = legsOf([{ ...clean, text: clean.text.replace('"crashkernel=256M"', '"crashkernel=8G"') }], 2)
    expect(older[0]!.leg).toEqual(legs[0]!.leg)
    const merged = mergeResults([...legs, { ...older[0]!, source: 'old.json' }])
    expect(merged.problems).toEqual([`the results files of shard 1/2 differ (old.json, ${legs[0]!.source}): they come from different runs or commits, and the merged report would count both: download only this run's artifacts`])
  })

  it('says when one shard of a plan is missing, or a leg’s shard is not k/n', () => {
    const legs = legsOf(FILES, 3)
    expect(mergeResults([legs[0]!, legs[2]!]).problems).toEqual([expect.stringMatching(/^results of 1 of 3 check job\(s\) are missing \(2\/3\)/)])
    const odd = { ...legs[1]!, leg: { ...legs[1]!.leg!, shard: 'two' } }
    expect(mergeResults([legs[0]!, odd, legs[2]!]).problems).toContain(`${odd.source}: shard "two" is not k/n`)
  })

  it('names the other versions of crashkernel-check that wrote results, never this one', () => {
    const [a, b] = legsOf([fixture('test/fixtures/clean.matrix.json')], 2)
    const old = { ...b!, report: { ...b!.report, tool: { ...b!.report.tool, version: '0.0.1' } } }
    expect(mergeResults([a!, old]).otherVersions).toEqual(['0.0.1'])
  })

  it('says which kernels the legs checked: the override they agree on, in the merged report, or the shards that differ', () => {
    const clean = [fleet(6, 'boards/fleet.json')]
    const none = legsOf(clean, 3)
    expect(mergeResults(none)).toMatchObject({ kernelUnrecorded: [], problems: [] })
    expect('kernelOverride' in mergeResults(none).report).toBe(false)
    const k612 = legsOf(clean, 3, ['6.12'])
    expect(mergeResults(k612)).toMatchObject({ report: { kernelOverride: ['6.12'] }, kernelUnrecorded: [], problems: [] })
    // One kernel in other spellings (the series and its modelled release), in another order: the same layouts.
    const release = resolveKernelRelease('6.12')!
    expect(release).not.toBe('6.12')
    const respelled = { ...k612[1]!, leg: { ...k612[1]!.leg!, kernel: [release, '6.12'] } }
    expect(mergeResults([k612[0]!, respelled, k612[2]!])).toMatchObject({ report: { kernelOverride: ['6.12'] }, problems: [] })
    // A leg that forgot the plan's override, and one that checked another kernel.
    const other = { ...k612[2]!, leg: { ...k612[2]!.leg!, kernel: ['7.2'] } }
    const mixed = mergeResults([k612[0]!, none[1]!, other])
    expect(mixed.report.kernelOverride).toBeUndefined()
    expect(mixed.problems).toEqual([
      'the check jobs checked different kernels: shard 1/3 with kernel 6.12; shard 2/3 with each board\'s own kernels (no input "kernel"); shard 3/3 with kernel 7.2; the merged report mixes layouts of other kernels than the plan balanced: give the plan job input "kernel" and every check job kernel: ${{ matrix.kernel }}',
    ])
  })

  it('leaves results files that do not record the kernel override out of the comparison, and lists them', () => {
    const legs = legsOf([fleet(6, 'boards/fleet.json')], 3, ['6.12'])
    // A file of a version that recorded neither the leg's kernel input nor the report's override.
    const { kernel: _k, ...older } = legs[1]!.leg!
    const { kernelOverride: _o, ...olderReport } = legs[1]!.report
    const merged = mergeResults([legs[0]!, { ...legs[1]!, leg: older, report: olderReport }, legs[2]!])
    expect(merged).toMatchObject({ report: { kernelOverride: ['6.12'] }, kernelUnrecorded: ['shard 2/3'], problems: [] })
    // A plain check's results file (no fan-out record) is named by its path, without an override.
    const plain = parseResults(formatResults(check(FILES[1]!.text, FILES[1]!.path)), 'plain.json')
    expect(mergeResults([plain]).kernelUnrecorded).toEqual(['plain.json'])
    // With one, its report records it: compared with the legs', and kept in the merged report.
    const plainOverride = parseResults(formatResults(check(FILES[1]!.text, FILES[1]!.path, { kernels: ['6.12'] })), 'plain-6.12.json')
    expect(mergeResults([plainOverride])).toMatchObject({ report: { kernelOverride: ['6.12'] }, kernelUnrecorded: [], problems: [] })
    expect(mergeResults([...legs, plainOverride]).problems).toEqual([])
    const plain72 = parseResults(formatResults(check(FILES[1]!.text, FILES[1]!.path, { kernels: ['7.2'] })), 'plain-7.2.json')
    expect(mergeResults([...legs, plain72]).problems).toEqual([expect.stringMatching(/^the check jobs checked different kernels: shard 1\/3, shard 2\/3, shard 3\/3 with kernel 6\.12; plain-7\.2\.json with kernel 7\.2; /)])
  })

  it("merges a leg's results file written before reports had kernelOverride: its fan-out record's kernel is the report's override", () => {
    const legs = legsOf([fleet(6, 'boards/fleet.json')], 3, ['6.12'])
    const previous = legs.map((l, i) => {
      const text = JSON.parse(formatResults(l.report, l.leg)) as Record<string, unknown>
      expect(text.kernelOverride).toEqual(['6.12'])
      delete text.kernelOverride
      return parseResults(JSON.stringify(text), `previous/${i}.json`)
    })
    for (const l of previous) expect(l.report.kernelOverride).toEqual(['6.12'])
    expect(mergeResults(previous)).toMatchObject({ report: { kernelOverride: ['6.12'] }, kernelUnrecorded: [], problems: [] })
    expect(formatJson(mergeResults(previous).report)).toBe(formatJson(mergeResults(legs).report))
  })

  it('refuses a results file whose boardSuggestions are not board values', () => {
    const text = JSON.parse(formatResults(check(FILES[1]!.text, FILES[1]!.path))) as Record<string, unknown>
    for (const bad of [[], {}, [{ file: 'm.json', boardId: 'pi' }], null]) {
      expect(() => parseResults(JSON.stringify({ ...text, boardSuggestions: bad }), 'r.json')).toThrow(/^r\.json:1:\d+: not a results file this version of crashkernel-check reads: \/boardSuggestions(\/0)? must /)
    }
  })

  it("makes a leg's problems (a matrix file it could not check) the merge's, naming the shard, once each", () => {
    const legs = legsOf(FILES, 2)
    const failed = { ...legs[1]!, leg: { ...legs[1]!.leg!, problems: ['matrix file "boards/gone.json" not found in /ws'] } }
    const why = `shard ${failed.leg.shard} did not check everything it was given, so the merged report is incomplete: matrix file "boards/gone.json" not found in /ws`
    expect(mergeResults([legs[0]!, failed]).problems).toEqual([why])
    // The same results file downloaded twice.
    expect(mergeResults([legs[0]!, failed, { ...failed, source: 'again.json' }]).problems).toEqual([why])
  })

  it("makes the problems of a results file that is no leg's (a plain check's, read back) the merge's, naming the file", () => {
    const report = { ...check(FILES[1]!.text, FILES[1]!.path), problems: ['matrix file "boards/gone.json" not found in /ws'] }
    const read = parseResults(formatResults(report), 'plain.json')
    expect(read.report.problems).toEqual(report.problems)
    expect(mergeResults([read]).problems).toEqual(['plain.json did not check everything it was given, so the merged report is incomplete: matrix file "boards/gone.json" not found in /ws'])
    // The merged report carries no leg's problems itself: aggregate adds its own.
    expect(mergeResults([read]).report).not.toHaveProperty('problems')
    for (const bad of [[], 'x', [1], [''], null]) {
      expect(() => parseResults(JSON.stringify({ ...JSON.parse(formatResults(report)), problems: bad }), 'r.json')).toThrow(/^r\.json:1:\d+: not a results file this version of crashkernel-check reads: \/problems(\/0)? must /)
    }
  })

  it('refuses a results file whose fan-out problems are not a list of messages', () => {
    const text = JSON.parse(formatResults(check(FILES[1]!.text, FILES[1]!.path), { shard: '1/1', files: [FILES[1]!.path], boards: [], kernel: [] })) as { fanout: object }
    for (const bad of [[], 'x', [1], null]) {
      expect(() => parseResults(JSON.stringify({ ...text, fanout: { ...text.fanout, problems: bad } }), 'r.json')).toThrow(/^r\.json:1:\d+: not a results file this version of crashkernel-check reads: \/fanout\/problems(\/0)? must /)
    }
  })

  it('refuses a results file whose kernelOverride is not a list of kernels', () => {
    const text = JSON.parse(formatResults(check(FILES[1]!.text, FILES[1]!.path, { kernels: ['6.12'] }))) as Record<string, unknown>
    for (const bad of [[], '6.12', [6.12], null]) {
      expect(() => parseResults(JSON.stringify({ ...text, kernelOverride: bad }), 'r.json')).toThrow(/^r\.json:1:\d+: not a results file this version of crashkernel-check reads: \/kernelOverride(\/0)? must /)
    }
  })

  it('refuses results from plans of different sizes', () => {
    const a = legsOf(FILES, 2)
    const b = legsOf(FILES, 3)
    expect(mergeResults([...a, b[0]!]).problems).toContainEqual(expect.stringMatching(/plans of different sizes \(2 jobs, 3 jobs\)/))
  })

  it('merges results without shards (plain parallel jobs) without coverage checks', () => {
    const one = check(FILES[1]!.text, FILES[1]!.path)
    const merged = mergeResults([parseResults(formatResults(one), 'a.json')])
    expect(merged.shards).toBeUndefined()
    expect(merged.problems).toEqual([])
    expect(merged.report.counts).toEqual(one.counts)
  })

  it('keeps two different problems of one value apart', () => {
    const base = { file: 'm.json', ruleId: 'SC002', boardId: 'b', pointer: '/boards/0/x' }
    expect(findingKey({ ...base, messageId: 'wrongType', message: 'a' })).not.toBe(findingKey({ ...base, messageId: 'badFormat', message: 'a' }))
    // The same problem in two layouts of one board is two findings, as one check() counts them.
    expect(findingKey({ ...base, layoutName: '2G/6.12', messageId: 'm', message: 'a' })).not.toBe(findingKey({ ...base, layoutName: '4G/6.12', messageId: 'm', message: 'a' }))
  })
})

describe('results files', () => {
  it('read back with bigint addresses and the fan-out record', () => {
    const report = check(FILES[1]!.text, FILES[1]!.path)
    const text = formatResults(report, { shard: '1/2', files: ['test/fixtures/clean.matrix.json'], boards: ['rpi4'], kernel: ['6.12'] })
    const back = parseResults(text, 'r.json')
    expect(back.leg).toEqual({ shard: '1/2', files: ['test/fixtures/clean.matrix.json'], boards: ['rpi4'], kernel: ['6.12'] })
    // A results file of a version that did not record the override reads back without it (unknown).
    const older = JSON.parse(text)
    delete older.fanout.kernel
    expect(parseResults(JSON.stringify(older), 'r.json').leg).toEqual({ shard: '1/2', files: ['test/fixtures/clean.matrix.json'], boards: ['rpi4'] })
    expect(back.report.layouts[0]!.result.lowMax).toBe(report.layouts[0]!.result.lowMax)
    expect(typeof back.report.layouts[0]!.result.lowMax).toBe('bigint')
    // Device DMA limits too: the summary compares them with the crash regions.
    const withDevices = back.report.layouts.find((l) => (l.devices ?? []).length > 0)!
    expect(typeof withDevices.devices![0]!.dmaLimit).toBe('bigint')
    // Without a leg the results file is exactly the JSON report.
    expect(formatResults(report)).toBe(formatJson(report))
    // And a results file read back formats to the same JSON.
    expect(formatJson(parseResults(formatResults(report), 'r.json').report)).toBe(formatJson(report))
  })

  it('revives exactly the fields the report schema types hex64', () => {
    type Node = Record<string, unknown>
    const schema = JSON.parse(readFileSync(`${ROOT}schemas/report.schema.json`, 'utf8')) as { $defs: Record<string, Node> }
    const HEX64 = '#/$defs/hex64'
    const resolve = (n: Node): Node => (typeof n.$ref === 'string' && n.$ref !== HEX64 ? resolve(schema.$defs[n.$ref.replace('#/$defs/', '')]!) : n)
    // Every path below `n` whose value is a hex64 (alone, or one choice of a oneOf: a zone's "empty" null).
    const hex64Paths = (n: Node, at: string): string[] => {
      const node = resolve(n)
      if (node.$ref === HEX64 || ((node.oneOf as Node[] | undefined) ?? []).some((c) => c.$ref === HEX64)) return [at]
      const join = (step: string) => (at === '' ? step : step === '[]' ? `${at}[]` : `${at}.${step}`)
      return [
        ...((node.oneOf as Node[] | undefined) ?? []).flatMap((c) => hex64Paths(c, at)),
        ...Object.entries((node.properties as Record<string, Node> | undefined) ?? {}).flatMap(([k, v]) => hex64Paths(v, join(k))),
        ...(node.items ? hex64Paths(node.items as Node, join('[]')) : []),
        ...(typeof node.additionalProperties === 'object' ? hex64Paths(node.additionalProperties as Node, join('*')) : []),
      ]
    }
    expect([...new Set(hex64Paths(schema.$defs.simulationResult!, ''))].sort()).toEqual([...RESULT_HEX64_PATHS].sort())
    expect(hex64Paths(schema.$defs.dmaDevice!, '').sort()).toEqual([...DEVICE_HEX64_PATHS].sort())
  })

  it('keeps a name, owner or trace line that happens to read 0x + 16 hex digits a string', () => {
    // A device and a reservation named like an address: revived as bigint, they broke the
    // aggregate job's summary ("text.replace is not a function").
    const m = matrix([{
      id: 'b', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M',
      reservations: [{ kind: 'fixed', name: '0x0000000070000000', base: '0x70000000', size: '32M' }],
      devices: [{ name: '0x00000000ffffffff', dmaLimit: '0xffffffff', dumpTarget: true }],
    }])
    const report = check(m.text, m.path)
    const back = parseResults(formatResults(report), 'r.json').report
    const layout = back.layouts[0]!
    expect(layout.devices![0]!.name).toBe('0x00000000ffffffff')
    expect(layout.devices![0]!.dmaLimit).toBe(0xffffffffn)
    expect(layout.result.reserved.find((r) => r.base === 0x70000000n)!.owner).toBe('0x0000000070000000')
    expect(layout.result.memory[0]!.base).toBe(0x40000000n)
    expect(renderSummary(back)).toBe(renderSummary(report))
  })

  it('refuses what is not a results file, naming it', () => {
    expect(() => parseResults('{', 'a.json')).toThrow(ConfigurationError)
    expect(() => parseResults('{', 'a.json')).toThrow('results file a.json:1:2: JSON syntax error: close brace expected; input "results" must name the results files of the check jobs')
    expect(() => parseResults(matrix([]).text, 'boards.json')).toThrow(/^boards\.json is not a crashkernel-check results file \(no tool\.name/)
    expect(() => parseResults(JSON.stringify({ tool: { name: 'other-tool', version: '1' } }), 'x.json')).toThrow(/no tool\.name "crashkernel-check"/)
  })

  it('names the first place a results file departs from the report schema, at its line and column', () => {
    const ok = JSON.parse(formatResults(check(FILES[1]!.text, FILES[1]!.path)))
    // Each bad results file, indented as a leg writes it, and the line the error is on.
    const refused = (bad: unknown): string => {
      try {
        parseResults(JSON.stringify(bad, null, 2), 'x.json')
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError)
        const message = (error as Error).message
        expect(message).toMatch(/; input "results" must name the results files the check jobs wrote \(their output "results-file"\), with the same version of crashkernel-check as this job$/)
        return message.slice(0, message.indexOf(';'))
      }
      throw new Error('not refused')
    }
    // line:column of `value` in the first line holding `member` (a key and its value).
    const placeOf = (bad: unknown, member: string, value: string): string => {
      const lines = JSON.stringify(bad, null, 2).split('\n')
      const i = lines.findIndex((l) => l.includes(member))
      return `${i + 1}:${lines[i]!.indexOf(member) + member.lastIndexOf(value) + 1}`
    }
    const finding = { ruleId: 'SC002', ruleName: 'schema-violation', severity: 'error', messageId: 'x', message: 'x', data: {}, file: 'm.json', pointer: '/boards/0', evidence: [], docsUrl: 'https://x' }
    // A finding whose rule name is no string (it made the HTML renderer throw).
    const named = { ...ok, findings: [{ ...finding, ruleName: 7 }] }
    expect(refused(named)).toBe(`x.json:${placeOf(named, '"ruleName": 7', '7')}: not a results file this version of crashkernel-check reads: /findings/0/ruleName must be string`)
    const fatal = { ...ok, findings: [{ ...finding, severity: 'fatal' }] }
    expect(refused(fatal)).toMatch(new RegExp(`^x\\.json:${placeOf(fatal, '"severity": "fatal"', '"fatal"')}: not a results file this version of crashkernel-check reads: /findings/0/severity must be equal to one of the allowed values \\("error", "warning", "note"\\)$`))
    const { data: _d, ...bare } = finding
    expect(refused({ ...ok, findings: [bare] })).toMatch(/^x\.json:\d+:5: not a results file this version of crashkernel-check reads: \/findings\/0 must have required property 'data'$/)
    const noResult = { ...ok, layouts: [{ ...ok.layouts[0], result: null }] }
    expect(refused(noResult)).toBe(`x.json:${placeOf(noResult, '"result": null', 'null')}: not a results file this version of crashkernel-check reads: /layouts/0/result must be object`)
    // An address that is not 0x%016x, deep in a simulation result.
    const address = { ...ok, layouts: [{ ...ok.layouts[0], result: { ...ok.layouts[0].result, lowMax: '0x1' } }] }
    expect(refused(address)).toBe(`x.json:${placeOf(address, '"lowMax": "0x1"', '"0x1"')}: not a results file this version of crashkernel-check reads: /layouts/0/result/lowMax must match pattern "^0x[0-9a-f]{16}$"`)
    expect(refused({ ...ok, extra: 1 })).toBe('x.json:1:1: not a results file this version of crashkernel-check reads: (root) must NOT have additional properties ("extra")')
    expect(refused({ ...ok, tool: { name: 'crashkernel-check' } })).toBe("x.json:2:11: not a results file this version of crashkernel-check reads: /tool must have required property 'version'")
    expect(refused({ ...ok, fanout: { shard: 3, files: [], boards: [] } })).toMatch(/: \/fanout\/shard must be string$/)
    expect(refused({ ...ok, fanout: { shard: '1/2', files: [], boards: [], kernel: '6.12' } })).toMatch(/: \/fanout\/kernel must be array$/)
  })

  it('recomputes the counts', () => {
    const ok = JSON.parse(formatResults(check(FILES[1]!.text, FILES[1]!.path)))
    const finding = { ruleId: 'SC002', ruleName: 'schema-violation', severity: 'error', messageId: 'x', message: 'x', data: {}, file: 'm.json', pointer: '/boards/0', evidence: [], docsUrl: 'https://x' }
    const back = parseResults(JSON.stringify({ ...ok, findings: [finding], counts: { error: 0, warning: 0, note: 0, suppressed: 0 } }), 'x.json').report
    expect(back.counts).toEqual({ error: 1, warning: 0, note: 0, suppressed: 0 })
  })

  it('names a results file that is not JSON at the line and column of its first syntax error, in the words a matrix\'s SC001 has', () => {
    const text = formatResults(check(FILES[1]!.text, FILES[1]!.path))
    const lines = text.split('\n')
    // A results file cut short (an upload that stopped), and one edited by hand: a trailing comma on line 4.
    const cut = text.slice(0, text.indexOf('"layouts"') + 20)
    // The error is at the end of the text, shown after its last character that is not blank.
    const cutAt = cut.trimEnd().split('\n')
    expect(() => parseResults(cut, 'r/1/results.json')).toThrow(new RegExp(`^results file r/1/results\\.json:${cutAt.length}:${cutAt.at(-1)!.length + 1}: JSON syntax error: (value|comma|close bracket|close brace) expected; `))
    expect([lines[3]!.startsWith('    "version": '), lines[4]]).toEqual([true, '  },'])
    const edited = [...lines.slice(0, 3), `${lines[3]},`, ...lines.slice(4)].join('\n')
    expect(() => parseResults(edited, 'r/2/results.json')).toThrow('results file r/2/results.json:5:3: JSON syntax error: property name expected; ')
    // Strict JSON, as JSON.parse reads it: a comment, a trailing comma or a byte order mark is the error (the matrix, JSONC, accepts them).
    expect(() => parseResults(`// leg 1\n${text}`, 'c.json')).toThrow('results file c.json:1:1: JSON syntax error: invalid comment token; ')
    expect(() => parseResults('{"tool": {"name": "crashkernel-check",}}', 't.json')).toThrow('results file t.json:1:39: JSON syntax error: property name expected; ')
    expect(() => parseResults(`\ufeff${text}`, 'b.json')).toThrow('results file b.json:1:1: JSON syntax error: invalid symbol; ')
    // JSON.parse names no position for these; the location still comes.
    expect(() => parseResults('{"a": NaN}', 'n.json')).toThrow('results file n.json:1:7: JSON syntax error: invalid symbol; ')
    expect(() => parseResults('', 'e.json')).toThrow('results file e.json:1:1: JSON syntax error: the file is empty; ')
    // CRLF line ends count as one line break, as in a matrix.
    expect(() => parseResults('{\r\n  "a": 1\r\n  "b": 2\r\n}', 'w.json')).toThrow('results file w.json:3:3: JSON syntax error: comma expected; ')
  })

  it('falls back to JSON.parse\'s words for a text nested deeper than a matrix may be, where it does not look for the place', () => {
    const deep = `${'['.repeat(100)}x${']'.repeat(100)}`
    expect(() => parseResults(deep, 'd.json')).toThrow(/^results file d\.json is not JSON \(Unexpected token/)
  })

})
