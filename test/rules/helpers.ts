// SPDX-License-Identifier: GPL-2.0-only
/** Builds one-board matrices for the rule tests and picks findings out of a report. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { bootLogToBoard } from '../../src/import/bootlog.js'
import { check, getRule, type Finding, type Report, type Suggestion } from '../../src/index.js'

/** A matrix holding `boards`, as the text check() reads (pretty-printed, one value per line). */
export function matrix(...boards: ReadonlyArray<Record<string, unknown>>): string {
  return JSON.stringify({ version: 1, boards }, null, 2)
}

/** check() on a matrix of these boards. */
export function run(...boards: ReadonlyArray<Record<string, unknown>>): Report {
  return check(matrix(...boards), 'm.json')
}

/** The findings of one rule. */
export const of = (report: Report, ruleId: string): Finding[] => report.findings.filter((f) => f.ruleId === ruleId)

/** The rule's subject of a finding (its `meta.subject` data), '' for a rule without one. */
export const subject = (f: Finding): string => {
  const key = getRule(f.ruleId)?.meta.subject
  return key !== undefined ? (f.data[key] ?? '') : ''
}

/** For a kernel change, the layout names before → after: every RAM variant of that kernel entry is renamed. */
export function kernelRename(f: Finding, s: Suggestion): ((name: string) => string) | undefined {
  if (!/\/kernels\/\d+(\/release)?$/.test(s.pointer ?? '')) return undefined
  const name = f.layoutName ?? ''
  const old = name.slice(name.lastIndexOf('/') + 1)
  return (n: string) => (n === old ? s.replacement! : n.endsWith(`/${old}`) ? `${n.slice(0, n.length - old.length)}${s.replacement}` : n)
}

/** The layout a finding is about after the suggestion: a kernel change renames it. */
export function layoutAfter(f: Finding, s: Suggestion): string {
  return kernelRename(f, s)?.(f.layoutName ?? '') ?? f.layoutName ?? ''
}

/** RPi4 1 GB banks (firmware-trimmed); 2, 4 and 8 GB add to them. */
export const RPI4_1G = [{ base: '0x0', size: '0x3b400000' }]
export const RPI4_2G = [...RPI4_1G, { base: '0x40000000', size: '0x40000000' }]
/** RPi4 4 GB banks (firmware-trimmed), for boards that want one RAM variant of the preset. */
export const RPI4_4G = [...RPI4_1G, { base: '0x40000000', size: '0xbc000000' }]
export const RPI4_8G = [...RPI4_4G, { base: '0x100000000', size: '0x100000000' }]

/** A boot of test/boots/releases and the board `import` rebuilds from it. */
export function releasesBoot(name: string): { log: string; board: Record<string, unknown> } {
  const dir = join(import.meta.dirname, '../boots/releases')
  const log = gunzipSync(readFileSync(join(dir, `${name}.log.gz`))).toString('utf8')
  const board = { ...bootLogToBoard(log).board } as Record<string, unknown>
  // A build with no kernel profile: its image size from the set's builds.json, as verify takes it.
  const build = (JSON.parse(readFileSync(join(dir, 'builds.json'), 'utf8')) as Record<string, { imageSize?: string }>)[name.split('-q35-')[0]!]
  if (build?.imageSize) board['image'] = { ...(board['image'] as object), size: build.imageSize }
  return { log, board }
}
