// SPDX-License-Identifier: GPL-2.0-only
/**
 * SARIF 2.1.0: validated against the official OASIS schema (sarif-2.1.0-rtm.5.json as
 * shipped by the npm package @microsoft/jest-sarif, a devDependency; draft-04, hence
 * ajv-draft-04), plus what code scanning relies on: rule metadata from the registry,
 * relative URIs, regions, stable fingerprints, results always present, notifications.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import AjvDraft04Module from 'ajv-draft-04'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { check } from '../../src/index.js'
import { RULES } from '../../src/rules/index.js'
import type { ToolNotification } from '../../src/report/formatters.js'
import { artifactLocation, FINGERPRINT_KEY, fingerprint, formatSarif, SARIF_MAX_RESULTS, sarifResultGroups, toUriReference } from '../../src/report/sarif.js'
import { SARIF_FORMATS } from '../fanout/sarif-schema.js'
import { finding, report } from './helpers.js'

// A CommonJS module whose class is also its `default` export (what NodeNext types see).
const AjvDraft04 = AjvDraft04Module.default
const require = createRequire(import.meta.url)
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
// Formats the schema uses (SARIF_FORMATS: `uri` absolute, `uri-reference` may be relative, both RFC 3986).
// unicodeRegExp: false because the schema's `language` pattern ends in a stray `]`, which is
// an error with the `u` flag but a literal without it (as in the schema's own draft-04 world).
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false, formats: SARIF_FORMATS })
const validate = ajv.compile(schema)

function valid(text: string): Record<string, any> {
  const log = JSON.parse(text)
  const ok = validate(log)
  expect(ok ? [] : validate.errors).toEqual([])
  return log
}

const ROOT = new URL('../../', import.meta.url)

describe('formatSarif', () => {
  it('is valid SARIF 2.1.0 for SC findings of a broken matrix, with exact regions and relative URIs', () => {
    const path = 'test/fixtures/broken.matrix.json'
    const r = check(readFileSync(new URL(path, ROOT), 'utf8'), path)
    const log = valid(formatSarif(r, { srcRoot: 'file:///home/runner/work/r/r/' }))
    const run = log.runs[0]
    expect(log.version).toBe('2.1.0')
    // One result per fingerprint: a problem of several layouts of a board is one result.
    expect(run.results).toHaveLength(sarifResultGroups(r.findings).length)
    expect(run.results.length).toBeLessThan(r.findings.length)
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/runner/work/r/r/' } })
    const first = r.findings[0]!
    expect(run.results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: path, uriBaseId: '%SRCROOT%' },
      region: { startLine: first.location!.line, startColumn: first.location!.column, endLine: first.location!.endLine, endColumn: first.location!.endColumn },
    })
    for (const res of run.results) expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId)
  })

  it('takes rule metadata from the registry: id, name, descriptions, helpUri, default level', () => {
    const log = valid(formatSarif(report([])))
    const rules = log.runs[0].tool.driver.rules
    expect(rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id).sort())
    const sc002 = rules.find((r: { id: string }) => r.id === 'SC002')
    const meta = RULES.find((r) => r.id === 'SC002')!
    expect(sc002).toMatchObject({ name: meta.name, shortDescription: { text: meta.meta.description }, helpUri: meta.docsUrl, defaultConfiguration: { level: meta.meta.defaultSeverity } })
    expect(log.runs[0].results).toEqual([])
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: true }])
  })

  it('covers a finding without a location, a suppressed one, an unknown rule id and a suggestion', () => {
    const { location: _drop, ...noLocation } = finding(1, 'warning')
    const findings = [
      noLocation,
      finding(2, 'note', { suppressed: { reason: 'no SD card on this board' } }),
      finding(3, 'error', { ruleId: 'ZZ999', ruleName: 'future-rule', docsUrl: 'https://example.invalid/ZZ999.md', boardId: 'rpi4', layoutName: '4G/6.12', kernel: '6.12.117', suggestion: { description: 'use crashkernel=256M,high', pointer: '/boards/0/cmdline', replacement: 'crashkernel=256M,high' }, evidence: [{ level: 'warn', source: 'crashkernel', text: 'cannot allocate crashkernel (size:0x10000000)' }] }),
    ]
    const log = valid(formatSarif(report(findings)))
    const [a, b, c] = log.runs[0].results
    expect(a.locations[0].physicalLocation.region).toEqual({ startLine: 1 })
    expect(b.suppressions).toEqual([{ kind: 'inSource', justification: 'no SD card on this board' }])
    expect(c.message.text).toBe('problem at line 3 [rpi4 4G/6.12] Suggested fix: use crashkernel=256M,high')
    expect(c.properties).toMatchObject({ boardId: 'rpi4', layoutName: '4G/6.12', kernel: '6.12.117', dmesg: ['cannot allocate crashkernel (size:0x10000000)'] })
    expect(log.runs[0].tool.driver.rules[c.ruleIndex]).toMatchObject({ id: 'ZZ999', name: 'future-rule', helpUri: 'https://example.invalid/ZZ999.md', defaultConfiguration: { level: 'error' } })
  })

  it('fingerprints from rule + board + pointer: stable when lines move, distinct across boards', () => {
    const at = (line: number, boardId: string) => finding(line, 'error', { boardId, pointer: '/boards/3/cmdline' })
    const fp = (f: ReturnType<typeof at>) => JSON.parse(formatSarif(report([f]))).runs[0].results[0].partialFingerprints[FINGERPRINT_KEY]
    expect(fp(at(10, 'rpi4'))).toBe('SC002|rpi4|/cmdline')
    expect(fp(at(42, 'rpi4'))).toBe(fp(at(10, 'rpi4')))
    expect(fp(at(10, 'cm4'))).not.toBe(fp(at(10, 'rpi4')))
    expect(fingerprint({ ruleId: 'CK001', pointer: '' })).toBe('CK001||')
    // Without a board the pointer is all there is; one outside `boards` stays whole.
    expect(fingerprint({ ruleId: 'SC002', pointer: '/boards/3/cmdline' })).toBe('SC002||/boards/3/cmdline')
    expect(fingerprint({ ruleId: 'CK004', boardId: 'vm', pointer: '/defaults/cmdline' })).toBe('CK004|vm|/defaults/cmdline')
    expect(fingerprint({ ruleId: 'SC003', boardId: 'vm', pointer: '/boards/12' })).toBe('SC003|vm|')
  })

  it('one result per fingerprint and line: a board\'s value on several layouts is one result naming them, each message with its layouts', () => {
    // Raspberry Pi 4 with crashkernel=900M on 6.1 and 6.12: the layouts that fail share the
    // rule, the board and the value; code scanning would show results with one fingerprint as
    // one alert and keep one layout's message.
    const text = JSON.stringify({ version: 1, boards: [{ id: 'pi', extends: 'raspberrypi-4', kernels: ['6.1', '6.12'], cmdline: 'crashkernel=900M' }] }, null, 2)
    const r = check(text, 'm.json')
    const ck001 = r.findings.filter((f) => f.ruleId === 'CK001')
    expect(ck001.length).toBeGreaterThan(2)
    const run = valid(formatSarif(r)).runs[0]
    const prints = run.results.map((res: any) => res.partialFingerprints[FINGERPRINT_KEY])
    expect(new Set(prints).size).toBe(prints.length)
    const ck = run.results.filter((res: any) => res.ruleId === 'CK001')
    expect(ck).toHaveLength(1)
    // Every CK001 layout is named in the one message, and in the result's properties.
    for (const f of ck001) expect(ck[0].message.text).toContain(f.layoutName)
    expect(ck[0].properties.layouts.map((l: any) => l.layoutName)).toEqual(ck001.map((f) => f.layoutName))
    // Each distinct message once, on a line of its own.
    expect(ck[0].message.text.split('\n')).toHaveLength(new Set(ck001.map((f) => `${f.message}|${f.suggestion?.description}`)).size)
  })
  it('one result per rule and line: boards of a minified matrix are one result naming each, as code scanning keys an alert by file, rule and line hash', () => {
    // upload-sarif adds primaryLocationLineHash from the text of a result's start line, and code
    // scanning identifies an alert by file, rule and that hash: three results of one rule on one
    // line would show as one alert with one board's message, the other two boards' lost.
    const board = (id: string) => ({ id, extends: 'raspberrypi-4', kernels: ['6.12'], cmdline: 'crashkernel=900M' })
    const boards = [board('a'), board('b'), board('c')]
    const pretty = valid(formatSarif(check(JSON.stringify({ version: 1, boards }, null, 2), 'm.json', { suggest: false }))).runs[0]
    const minified = valid(formatSarif(check(JSON.stringify({ version: 1, boards }), 'm.json', { suggest: false }))).runs[0]
    const identity = (res: any) => `${res.ruleId}|${res.locations[0].physicalLocation.region.startLine}`
    const rules = new Set(pretty.results.map((res: any) => res.ruleId))
    expect(pretty.results).toHaveLength(3 * rules.size)
    for (const run of [pretty, minified]) expect(new Set(run.results.map(identity)).size).toBe(run.results.length)
    expect(minified.results).toHaveLength(rules.size)
    for (const res of minified.results) {
      // Every board's messages, each at its own place, in the one result: those of the three
      // results the pretty-printed matrix has for the rule.
      const apart = pretty.results.filter((p: any) => p.ruleId === res.ruleId)
      expect(res.message.text.split('\n')).toHaveLength(apart.flatMap((p: any) => p.message.text.split('\n')).length)
      for (const id of ['a', 'b', 'c']) expect(res.message.text).toMatch(new RegExp(`\\[${id} [^\\]]*/6\\.12\\]`))
    }
    // The result's layouts name their board and value: '1G/6.12' alone is on each of the three.
    const ck = minified.results.find((res: any) => res.ruleId === 'CK001')
    const layouts = ck.properties.layouts.map((l: any) => `${l.boardId} ${l.pointer} ${l.layoutName}`)
    expect(new Set(layouts).size).toBe(layouts.length)
    expect(ck.properties.layouts.filter((l: any) => l.layoutName === '1G/6.12').map((l: any) => [l.boardId, l.pointer])).toEqual([['a', '/boards/0/cmdline'], ['b', '/boards/1/cmdline'], ['c', '/boards/2/cmdline']])
  })
  it('one result per rule and line whatever the suppression: a board that suppresses the rule beside one that does not, on one line, is one active result, the suppressed messages saying so', () => {
    // Two results of one rule on one line are one alert in code scanning; one suppressed, the
    // other active, the alert could be shown suppressed and board b's error with it.
    const board = (id: string, suppress: boolean) => ({ id, extends: 'raspberrypi-4', kernels: ['6.1'], cmdline: 'crashkernel=4G', ...(suppress && { suppress: [{ rule: 'CK001', reason: 'tracked in #12' }] }) })
    const r = check(JSON.stringify({ version: 1, boards: [board('a', true), board('b', false)] }), 'm.json', { suggest: false })
    expect(r.findings.filter((f) => f.ruleId === 'CK001' && f.suppressed).map((f) => f.boardId)).toContain('a')
    expect(r.findings.filter((f) => f.ruleId === 'CK001' && !f.suppressed).map((f) => f.boardId)).toContain('b')
    const ck = valid(formatSarif(r)).runs[0].results.filter((x: any) => x.ruleId === 'CK001')
    expect(ck).toHaveLength(1)
    expect(ck[0].level).toBe('error')
    expect(ck[0].suppressions).toBeUndefined()
    const lines: string[] = ck[0].message.text.split('\n')
    // b's (active) first, then a's, each of a's saying it is suppressed and why.
    expect(lines[0]).toMatch(/\[b /)
    for (const line of lines) expect(line.includes('(suppressed: tracked in #12)')).toBe(/\[a /.test(line))
    expect(lines.some((line) => /\[a /.test(line))).toBe(true)
    expect(new Set(ck[0].properties.layouts.map((l: any) => `${l.boardId} ${l.suppressed ?? false}`))).toEqual(new Set(['b false', 'a true']))
    // Every finding suppressed: one suppressed result, its messages as they are.
    const both = valid(formatSarif(check(JSON.stringify({ version: 1, boards: [board('a', true), board('b', true)] }), 'm.json', { suggest: false }))).runs[0].results.filter((x: any) => x.ruleId === 'CK001')
    expect(both).toHaveLength(1)
    expect(both[0].suppressions).toEqual([{ kind: 'inSource', justification: 'tracked in #12' }])
    expect(both[0].message.text).not.toContain('(suppressed:')
  })
  it('a result of one rule on one line shows at most 25 messages and counts the rest (a minified matrix of thousands of boards is one line)', () => {
    const boards = Array.from({ length: 40 }, (_, i) => ({ id: `b${i}`, extends: 'raspberrypi-4', kernels: ['6.12'], ramSize: 'lots' }))
    const r = check(JSON.stringify({ version: 1, boards }), 'm.json', { suggest: false })
    const sc = r.findings.filter((f) => f.ruleId === 'SC002')
    expect(sc).toHaveLength(40)
    const res = valid(formatSarif(r)).runs[0].results.filter((x: any) => x.ruleId === 'SC002')
    expect(res).toHaveLength(1)
    const lines = res[0].message.text.split('\n')
    expect(lines).toHaveLength(26)
    expect(lines[24]).toContain('[b24]')
    expect(lines[25]).toBe('… and 15 more findings of this rule on this line; the JSON results file has them all')
  })
  it('findings with one fingerprint at two places (two boards with one id) are two results, each at its place', () => {
    const a = finding(3, 'error', { boardId: 'dup', pointer: '/boards/0/ramSize' })
    const b = finding(4, 'error', { boardId: 'dup', pointer: '/boards/1/ramSize' })
    const run = valid(formatSarif(report([a, b]))).runs[0]
    expect(run.results.map((r: any) => r.locations[0].physicalLocation.region.startLine)).toEqual([3, 4])
  })
  it('two syntax errors of one file are two results with two fingerprints (the whole file\'s finding adds its line and column)', () => {
    const a = finding(8, 'error', { ruleId: 'SC001', pointer: '' })
    const b = finding(18, 'error', { ruleId: 'SC001', pointer: '' })
    const run = valid(formatSarif(report([a, b]))).runs[0]
    expect(run.results).toHaveLength(2)
    expect(run.results.map((res: any) => res.partialFingerprints[FINGERPRINT_KEY])).toEqual(['SC001|||8:3', 'SC001|||18:3'])
  })
  it('fingerprints do not change when a board is added above, or the boards are reordered', () => {
    // Code scanning matches alerts across runs by fingerprint: with the board's index in it,
    // a board added at the top closed every later board's alerts as fixed and opened them anew.
    const board = (id: string, cmdline: string) => ({ id, extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline })
    const fps = (boards: object[]) =>
      (JSON.parse(formatSarif(check(JSON.stringify({ version: 1, boards }, null, 2), 'm.json'))).runs[0].results as Array<{ ruleId: string; partialFingerprints: Record<string, string> }>)
        .map((r) => r.partialFingerprints[FINGERPRINT_KEY])
        .sort()
    const a = board('a', 'crashkernel=900M')
    const b = board('b', 'crashkernel=256MB')
    const before = fps([a, b])
    expect(before).toEqual(['CK001|a|/cmdline', 'CK004|b|/cmdline'])
    expect(fps([board('new', 'crashkernel=0'), b, a]).filter((f) => !f.includes('|new|'))).toEqual(before)
  })

  it('records configuration problems as toolConfigurationNotifications and internal ones as toolExecutionNotifications', () => {
    const log = valid(
      formatSarif(report([], [], []), {
        executionSuccessful: false,
        notifications: [
          { kind: 'configuration', level: 'error', message: 'matrix file "x.json" not found', id: 'configuration-error' },
          { kind: 'execution', level: 'error', message: 'Internal error: boom', id: 'internal-error' },
        ],
      }),
    )
    expect(log.runs[0].invocations[0]).toEqual({
      executionSuccessful: false,
      toolConfigurationNotifications: [{ level: 'error', message: { text: 'matrix file "x.json" not found' }, descriptor: { id: 'configuration-error' } }],
      toolExecutionNotifications: [{ level: 'error', message: { text: 'Internal error: boom' }, descriptor: { id: 'internal-error' } }],
    })
    expect(log.runs[0].results).toEqual([])
  })

  it('keeps each finding’s severity as the result level, and columns in UTF-16 code units', () => {
    const log = valid(formatSarif(report([finding(1, 'error'), finding(2, 'warning'), finding(3, 'note')])))
    expect(log.runs[0].results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'note'])
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits')
  })

  it('describes a rule id missing from the registry once, however many findings carry it', () => {
    const future = (line: number) => finding(line, 'warning', { ruleId: 'ZZ999', ruleName: 'future-rule', docsUrl: 'https://example.invalid/ZZ999.md' })
    const log = valid(formatSarif(report([future(1), future(2)])))
    const ids = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)
    expect(ids.filter((id: string) => id === 'ZZ999')).toHaveLength(1)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('cites the kernel sources of a rule in its full description', () => {
    const rules = valid(formatSarif(report([]))).runs[0].tool.driver.rules
    const cited = RULES.filter((r) => r.meta.kernel.length > 0)
    expect(cited.length).toBeGreaterThan(0)
    for (const r of cited) {
      const full = rules.find((x: { id: string }) => x.id === r.id).fullDescription.text
      for (const k of r.meta.kernel) expect(full).toContain(k)
    }
  })

  // "… so kdump has no memory Kernel: kernel/crash_reserve.c …" and "… no memory See https://…":
  // a description without a full stop ran into what followed it in one paragraph.
  it('ends the description as a sentence before "Kernel:" and "See" in the full description and help text', () => {
    const rules = valid(formatSarif(report([]))).runs[0].tool.driver.rules as Array<{ id: string; fullDescription: { text: string }; help: { text: string } }>
    expect(RULES.some((r) => !/[.!?]$/.test(r.meta.description))).toBe(true)
    for (const r of RULES) {
      const rule = rules.find((x) => x.id === r.id)!
      const end = /[.!?]$/.test(r.meta.description) ? r.meta.description : `${r.meta.description}.`
      if (r.meta.kernel.length > 0) expect(rule.fullDescription.text, r.id).toBe(`${end} Kernel: ${r.meta.kernel.join('; ')}.`)
      expect(rule.help.text, r.id).toBe(`${end} See ${r.docsUrl}`)
    }
  })

  it('fails the execution when a notification is an error, and files configuration warnings as configuration', () => {
    const inv = (notifications: ToolNotification[]) => valid(formatSarif(report([], [], []), { notifications })).runs[0].invocations[0]
    expect(inv([{ kind: 'execution', level: 'error', message: 'Internal error: boom' }]).executionSuccessful).toBe(false)
    const warned = inv([{ kind: 'configuration', level: 'warning', message: 'input "x" is deprecated' }])
    expect(warned.executionSuccessful).toBe(true)
    expect(warned.toolConfigurationNotifications).toEqual([{ level: 'warning', message: { text: 'input "x" is deprecated' } }])
    expect(warned.toolExecutionNotifications).toBeUndefined()
  })

  it('keeps the most severe findings, in report order, up to maxResults, and says how many it left out', () => {
    const findings = [finding(1, 'note'), finding(2, 'warning'), finding(3, 'error', { suppressed: { reason: 'known' } }), finding(4, 'error'), finding(5, 'note'), finding(6, 'warning')]
    const log = valid(formatSarif(report(findings), { maxResults: 3 }))
    expect(log.runs[0].results.map((r: { properties: { pointer: string } }) => r.properties.pointer)).toEqual(['/boards/2', '/boards/4', '/boards/6'])
    expect(log.runs[0].invocations[0]).toEqual({
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: 'warning', message: { text: expect.stringMatching(/^3 of 6 findings are not in this SARIF file .*more than 25000\)/) }, descriptor: { id: 'results-truncated' } }],
    })
    // Under the cap nothing changes.
    expect(formatSarif(report(findings), { maxResults: 6 })).toBe(formatSarif(report(findings)))
    expect(SARIF_MAX_RESULTS).toBe(25_000)
  })

  it('uses a validator that does reject broken SARIF (the schema is live)', () => {
    const log = JSON.parse(formatSarif(report([finding(1, 'error')])))
    log.runs[0].results[0].level = 'fatal'
    expect(validate(log)).toBe(false)
    delete log.runs[0].results[0].level
    delete log.runs[0].results[0].message
    expect(validate(log)).toBe(false)
  })

  it('percent-encodes path segments into URI references', () => {
    expect(toUriReference('boards/my board#1.json')).toBe('boards/my%20board%231.json')
    expect(toUriReference('../up/x.json')).toBe('../up/x.json')
    valid(formatSarif(report([finding(1, 'error', { file: 'dir with space/a%b.json' })])))
  })

  it('percent-encodes a backslash in a file name (legal on Linux) as %5C instead of reading it as a separator, which would name another file', () => {
    expect(toUriReference('configs/a\\b.json')).toBe('configs/a%5Cb.json')
    expect(artifactLocation('configs/a\\b.json')).toEqual({ uri: 'configs/a%5Cb.json', uriBaseId: '%SRCROOT%' })
    expect(artifactLocation('/tmp/x\\y/a.json')).toEqual({ uri: 'file:///tmp/x%5Cy/a.json' })
    // Resolved against %SRCROOT%, the URI names the file itself: one segment, the backslash in it.
    const log = valid(formatSarif(report([finding(1, 'error', { file: 'configs/a\\b.json' })]), { srcRoot: 'file:///ws/' }))
    const { uri } = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation
    expect(decodeURIComponent(new URL(uri, 'file:///ws/').pathname)).toBe('/ws/configs/a\\b.json')
    // A Windows absolute path (what the CLI on Windows names a file outside the repository by) has separators, either way.
    expect(artifactLocation('C:/work/my boards/a.json')).toEqual({ uri: 'file:///C:/work/my%20boards/a.json' })
    expect(artifactLocation('D:\\work\\a.json')).toEqual({ uri: 'file:///D:/work/a.json' })
  })

  it('gives a file the report names by an absolute path a file: URI of its own, with no %SRCROOT% before it', () => {
    expect(artifactLocation('boards/a.json')).toEqual({ uri: 'boards/a.json', uriBaseId: '%SRCROOT%' })
    expect(artifactLocation('/tmp/my boards/a.json')).toEqual({ uri: 'file:///tmp/my%20boards/a.json' })
    expect(artifactLocation('C:\\work\\a.json')).toEqual({ uri: 'file:///C:/work/a.json' })
    const log = valid(formatSarif(report([finding(1, 'error', { file: '/tmp/m.json' })])))
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///tmp/m.json' })
  })

  it('ends the %SRCROOT% base URI with a slash, as SARIF requires, also when the caller gave none', () => {
    for (const srcRoot of ['file:///ws/repo', 'file:///ws/repo/']) {
      const log = valid(formatSarif(report([finding(1, 'error')]), { srcRoot }))
      expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///ws/repo/' } })
    }
  })

  it("records a kernel override in the run's property bag, and the release each result's layout resolved to", () => {
    const text = readFileSync(new URL('examples/boards.json', ROOT), 'utf8')
    const log = valid(formatSarif(check(text, 'examples/boards.json', { kernels: ['6.1', '7.2'], suggest: false })))
    expect(log.runs[0].properties).toEqual({ kernelOverride: ['6.1', '7.2'] })
    // '6.1' and '7.2' resolve to Debian's 6.1.192 and 7.2.13 (the oracle's linux-image
    // packages 6.1.192-3 and 7.2.13-1). Only ampere-altra's 6.1 layout has a finding with a
    // kernel: its crashkernel=1G makes 6.1's map_mem() page-map the whole linear map
    // (crash_mem_map with defer_reserve_crashkernel(), the DMA zones being built; rodata=on
    // is not rodata_full, arch/arm64/include/asm/setup.h), against its noBasePageLinearMap
    // expectation; 7.2's force_pte_mapping() has no crashkernel term (04a2a7af3d97 dropped
    // crash_mem_map), so its 7.2 layout keeps block mappings. visionfive2's SC003 (no 6.1
    // riscv64 profile) keeps that one layout from the engine, and names its kernel too.
    type Result = { ruleId: string; properties: { kernel?: string; boardId?: string; messageId?: string } }
    const withKernel = log.runs[0].results.filter((r: Result) => r.properties.kernel !== undefined)
    expect(new Set(withKernel.map((r: Result) => r.properties.kernel))).toEqual(new Set(['6.1.192']))
    expect(withKernel.map((r: Result) => [r.ruleId, r.properties.messageId, r.properties.boardId, r.properties.kernel])).toEqual([
      ['LM001', 'forcedByCrashkernel', 'ampere-altra', '6.1.192'],
      ['SC003', 'missingImageSizeOverride', 'visionfive2', '6.1.192'],
    ])
    // Without one the run has no property bag.
    expect(valid(formatSarif(check(text, 'examples/boards.json', { suggest: false }))).runs[0]).not.toHaveProperty('properties')
  })

  it('is what the CLI prints with --format sarif', async () => {
    let out = ''
    const code = await main(['check', 'test/fixtures/broken.matrix.json', '--format', 'sarif', '--fail-on', 'never'], {
      stdout: (t) => void (out += t),
      stderr: () => {},
      readFile: async (p) => readFileSync(new URL(p, ROOT), 'utf8'),
    })
    expect(code).toBe(0)
    expect(valid(out).runs[0].results).toHaveLength(15)
  })
})
