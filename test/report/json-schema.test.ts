// SPDX-License-Identifier: GPL-2.0-only
/**
 * schemas/report.schema.json against real reports: `check --format json` output (check() +
 * formatJson, and once the CLI from source) for every matrix the repository has — the
 * examples, the test fixtures, every oracle case's board, a generated fleet — and boards made
 * here for the variants those may miss. The schema says `additionalProperties: false`
 * everywhere, so a field the report gains without a schema entry fails here; and every
 * property and variant the schema lists must turn up somewhere in the corpus, so the schema
 * cannot keep a field the report no longer writes, nor the corpus shrink unnoticed.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAjv, ROOT } from '../../scripts/gen-lib.js'
import { generateFleet } from '../../scripts/fleet.js'
import { formatResults } from '../../src/fanout/results.js'
import { check, formatJson, mergeReports, type Report } from '../../src/index.js'
import { caseToBoard, type OracleInput } from '../../src/oracle/case-board.js'
import { tinyNodeBoard } from '../tiny-node.js'

type Json = Record<string, unknown>

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')) as Json
const defs = schema.$defs as Record<string, Json>

const matrix = (...boards: Json[]): string => JSON.stringify({ version: 1, boards }, null, 2)

/** Boards for the variants the repository's matrices may not show. */
const VARIANTS: Record<string, string> = {
  'pages-16k-64k.json': matrix(
    { id: 'arm64-16k', extends: 'qemu-virt-arm64', ramSize: '4G', pageSize: '16K', kernels: ['6.1', '6.12', '7.2'], cmdline: 'crashkernel=256M' },
    { id: 'arm64-16k-blocks', extends: 'qemu-virt-arm64', ramSize: '8G', pageSize: '16K', kernels: ['6.12', '7.2'], config: { KFENCE: false }, cmdline: 'crashkernel=256M rodata=off' },
    { id: 'arm64-64k', extends: 'qemu-virt-arm64', ramSize: '8G', pageSize: '64K', kernels: ['5.10', '6.12', '7.2'], cmdline: 'crashkernel=512M rodata=off' },
    { id: 'arm64-64k-blocks', extends: 'qemu-virt-arm64', ramSize: '8G', pageSize: '64K', kernels: ['6.12', '7.2'], config: { KFENCE: false }, cmdline: 'crashkernel=512M rodata=off' },
    // 5.12 … 6.1.64: IS_ENABLED(CONFIG_KFENCE) alone forces base pages.
    { id: 'arm64-kfence', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.1.20'], config: { KFENCE: true }, cmdline: 'crashkernel=256M rodata=off' },
    { id: 'arm64-52bit', extends: 'qemu-virt-arm64', ramSize: '4G', pageSize: '64K', vaBits: 52, paBits: 52, kernels: ['6.12'], cmdline: 'crashkernel=512M,high' },
  ),
  'riscv64.json': matrix(
    // The endless retry: 512M does not fit below 4G on 1G of RAM at 0x80000000 (CK005).
    { id: 'riscv-hang', extends: 'qemu-virt-riscv64', ramSize: '1G', kernels: ['6.12', '7.2'], cmdline: 'crashkernel=512M' },
    { id: 'riscv-high', extends: 'qemu-virt-riscv64', ramSize: '8G', kernels: ['6.12', '7.2'], cmdline: 'crashkernel=512M,high crashkernel=64M,low' },
    // No Debian profile for riscv64 5.10 and 6.1: the image size is given. 5.10 has no crash kernel code on riscv64.
    { id: 'riscv-old', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['5.10', '6.1'], image: { base: '0x80200000', size: '32M' }, cmdline: 'crashkernel=256M' },
    // Booted as a capture kernel (elfcorehdr=): riscv64 ≤6.6 reserve nothing (kdump-kernel).
    { id: 'riscv-kdump', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['6.1'], image: { base: '0x80200000', size: '32M' }, cmdline: 'elfcorehdr=0xbf000000 crashkernel=256M' },
    { id: 'riscv-pagealloc', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['6.12'], config: { DEBUG_PAGEALLOC: true }, cmdline: 'crashkernel=256M debug_pagealloc=on' },
    // The paging mode (satpMode.setBy): the command line's limits, and the DT's mmu-type below the CPU's mode (6.17.7+).
    { id: 'riscv-no4lvl', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['7.2'], cmdline: 'crashkernel=256M no4lvl' },
    { id: 'riscv-no5lvl', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['7.2'], cmdline: 'crashkernel=256M no5lvl' },
    { id: 'riscv-mmu-type', extends: 'qemu-virt-riscv64', ramSize: '2G', vaBits: 48, cpu: { satpMode: 57 }, kernels: ['6.16', '7.2'], cmdline: 'crashkernel=256M' },
  ),
  'x86.json': matrix(
    { id: 'x86-high-low', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['5.10', '6.1', '6.12', '7.2'], cmdline: 'crashkernel=512M,high crashkernel=128M,low' },
    { id: 'x86-high-only', extends: 'qemu-pc-x86_64', ramSize: '8G', kernels: ['5.10', '6.12'], cmdline: 'crashkernel=512M,high', cpu: { gbpages: true } },
    { id: 'x86-low-failed', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['6.12'], cmdline: 'crashkernel=1G,high crashkernel=3G,low' },
    { id: 'x86-fallback', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['6.12'], cmdline: 'crashkernel=3G' },
    { id: 'x86-fixed', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M@0x1000000' },
  ),
  'failures.json': matrix(
    { id: 'too-big', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['5.10', '6.12'], cmdline: 'crashkernel=8G' },
    { id: 'no-room', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=3500M' },
    { id: 'zero', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['5.10', '6.12'], cmdline: 'crashkernel=0' },
    { id: 'range-miss', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=2G-:256M' },
    { id: 'syntax', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=lots' },
    { id: 'low-only', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=128M,low' },
    { id: 'suffix-unknown', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['5.10'], cmdline: 'crashkernel=256M,high' },
    { id: 'fixed-misaligned', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['5.10', '6.12'], cmdline: 'crashkernel=256M@0x50100000' },
    { id: 'fixed-not-memory', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['5.10', '6.12'], cmdline: 'crashkernel=256M@0x10000000' },
    { id: 'fixed-in-use', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['5.10', '6.12'], cmdline: 'crashkernel=256M@0x40000000' },
    { id: 'no-crashkernel', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'console=ttyAMA0' },
    {
      id: 'nomap-and-devices',
      extends: 'qemu-virt-arm64',
      kernels: ['6.1', '6.12'],
      memory: [{ base: '0x40000000', size: '0x10000000', nomap: true }, { base: '0x50000000', size: '0xf0000000' }],
      reservations: [{ kind: 'fixed', name: 'tee', base: '0x60000000', size: '16M', nomap: true }],
      devices: [{ name: 'sdhci (32-bit DMA)', dmaLimit: '0xffffffff', dumpTarget: true }, { name: 'gpu', dmaLimit: '0x3fffffff', dumpTarget: false }],
      cmdline: 'crashkernel=512M,high',
    },
  ),
  // No crashkernel= at all, on every generation: the request is `{ present: false }` and
  // nothing else (5.10's parsers left a size and base of 0 behind).
  'no-crashkernel.json': matrix(
    { id: 'arm64-none', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['5.10', '6.1', '6.12', '7.2'], cmdline: 'console=ttyAMA0' },
    { id: 'x86-none', extends: 'qemu-q35-x86_64', ramSize: '2G', kernels: ['5.10', '6.1', '6.12', '7.2'], cmdline: 'console=ttyS0' },
    { id: 'riscv-none-old', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['5.10', '5.13', '6.1'], image: { base: '0x80200000', size: '32M' }, cmdline: 'console=ttyS0' },
    { id: 'riscv-none', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['6.12', '7.2'], cmdline: 'console=ttyS0' },
  ),
  // crashkernel=X,cma (x86_64 6.17+, arm64 7.3+): areas reserved whole, short (CK008), none
  // without CONFIG_CMA; 6.12 and arm64 7.2 do not read the size.
  'crash-cma.json': matrix(
    { id: 'x86-cma', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['6.12', '7.2'], cmdline: 'crashkernel=256M crashkernel=7G,cma' },
    { id: 'x86-cma-unsupported', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['7.2'], config: { CMA: false }, cmdline: 'crashkernel=256M crashkernel=1G,cma' },
    { id: 'arm64-cma', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['7.2', '7.3'], cmdline: 'crashkernel=256M crashkernel=128M,cma' },
  ),
  // Early parameters that stop the boot before the reservation (CK007): a hang of cause early-param.
  'stops-early.json': matrix(
    { id: 'x86-memmap-bug', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], cmdline: 'memmap=256M%0x60000000-1+1 crashkernel=256M' },
    { id: 'arm64-kernelcore', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'movablecore kernelcore' },
    // memmap=exactmap and one entry: e820__finish_early_params() panics (fault 'panic').
    { id: 'x86-exactmap-one', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], cmdline: 'memmap=exactmap memmap=1G@1M crashkernel=256M' },
  ),
  // A boot that panics after the reservation (CK012): an x86 NUMA node of 2 MiB on 5.17.
  'panics.json': matrix(
    tinyNodeBoard([{ release: '5.17.15', imageSize: '0x3000000' }]) as Json,
    // And one in init_real_mode(): no free RAM under 1 MiB (test/boots/amd64-memmap memmap-no-sub1M).
    { id: 'no-sub1M', extends: 'qemu-q35-x86_64', ramSize: '2G', kernels: ['7.2'], cmdline: 'memmap=exactmap memmap=64K@0 memmap=1900M@1M crashkernel=256M' },
  ),
  'suppressed.json': matrix(
    { id: 'quiet', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=8G', suppress: [{ rule: 'CK004', reason: 'lab board, no kdump' }, { rule: 'CK001', reason: 'lab board, no kdump' }] },
    { id: 'quiet-riscv', extends: 'qemu-virt-riscv64', ramSize: '1G', kernels: ['7.2'], cmdline: 'crashkernel=512M', suppress: [{ rule: 'endless-retry', reason: 'known hang' }] },
  ),
  'schema-error.json': '{ "version": 1, "boards": [{ "id": "vm", "extends": "qemu-virt-arm64", "kernels": ["6.12"], "confg": {} }, { "id": "x", "arch": "sparc" }] }',
  'empty.json': '',
  'not-json.json': '{ "version": 1, "boards": [ }',
  'unknown-kernel.json': matrix({ id: 'old', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['4.19', '6.12'], cmdline: 'crashkernel=256M' }),
}

/** The repository's own matrices: examples and the test fixtures. */
function repositoryMatrices(): Record<string, string> {
  const out: Record<string, string> = {}
  const add = (dir: string, keep: (f: string) => boolean): void => {
    for (const f of readdirSync(join(ROOT, dir)).filter(keep).sort()) out[`${dir}/${f}`] = readFileSync(join(ROOT, dir, f), 'utf8')
  }
  add('examples', (f) => f.endsWith('.json'))
  add('test/fixtures', (f) => f.endsWith('.matrix.json'))
  add('test/rules/fixtures', (f) => f.endsWith('.json'))
  return out
}

/** Every oracle case's board (real QEMU boots of arm64, x86_64 and riscv64), in one matrix. */
function oracleMatrix(): string {
  const dir = join(ROOT, 'test/oracle/cases')
  const boards = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => caseToBoard((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { input: OracleInput }).input))
    // Case ids join options with `+`, which a board id does not allow.
    .map((board) => ({ ...board, id: board.id.replaceAll('+', '_') }))
  return JSON.stringify({ version: 1, boards }, null, 2)
}

/**
 * Values the schema allows but no report shows: the engine types allow nothing the engine
 * never writes (an ignored reason, a trace level no code prints were dropped from both).
 */
const NEVER_WRITTEN = [
  // A replacement leaves `operation` out (Suggestion: "absent or `replace`"): the schema
  // documents both spellings for readers that write suggestions themselves.
  'suggestion.operation=replace',
  // SC004 is the engine's safety net: the loader lets no layout through that it refuses
  // (docs/rules/SC004.md), so no matrix leaves a board unsimulated for it.
  'unsimulated.reason=engine',
]

const ajv = createAjv()
const validate = ajv.compile(schema)

/** The schema's complaints about a formatted report, readable in a failure message. */
function problems(text: string): string[] {
  return validate(JSON.parse(text)) ? [] : (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)
}

/**
 * Where the schema was exercised: `def.property` for each property present, `def|branch` for
 * each oneOf branch taken. Walks a value alongside the schema (whose only branching is the
 * `kind` discriminator and `hex64 | null`).
 */
function cover(value: unknown, s: Json, at: string, seen: Set<string>): void {
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/$defs/', '')
    cover(value, defs[name]!, name, seen)
    return
  }
  if (Array.isArray(s.oneOf)) {
    const branches = s.oneOf as Json[]
    // `kind` for crashkernelOutcome, `cause` for hang.
    const tag = (s.discriminator as Json | undefined)?.propertyName as string | undefined
    const branch = tag
      ? branches.find((b) => (defs[String(b.$ref).replace('#/$defs/', '')]!.properties as Record<string, Json>)[tag]!.const === (value as Json)[tag])
      : branches.find((b) => (value === null) === (b.type === 'null'))
    if (!branch) throw new Error(`no branch of ${at} for ${JSON.stringify(value)}`)
    if (tag) seen.add(`${at}.${tag}`).add(`${at}.${tag}=${String((value as Json)[tag])}`)
    // A branch that is itself tagged (hang) names the tag of the union above it too.
    for (const k of Object.keys((s.properties ?? {}) as Json)) if (value && typeof value === 'object' && k in value) seen.add(`${at}.${k}`)
    seen.add(`${at}|${String(branch.$ref ?? branch.type)}`)
    cover(value, branch, at, seen)
    return
  }
  if (Array.isArray(s.enum) && typeof value === 'string') seen.add(`${at}=${value}`)
  if (Array.isArray(value) && s.items) {
    for (const item of value) cover(item, s.items as Json, at, seen)
    return
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const props = (s.properties ?? {}) as Record<string, Json>
    for (const [k, v] of Object.entries(value as Json)) {
      const ps = props[k] ?? (typeof s.additionalProperties === 'object' ? (s.additionalProperties as Json) : undefined)
      if (!ps) continue
      if (props[k]) seen.add(`${at}.${k}`)
      else if (name(s) === 'granuleHistogram') seen.add(`granuleHistogram[${k}]`)
      cover(v, ps, props[k] ? `${at}.${k}` : at, seen)
    }
  }
}

const name = (s: Json): string | undefined => Object.entries(defs).find(([, d]) => d === s)?.[0]

/** Every `def.property`, `def|branch` and `def.property=value` (of an enum) the schema has. */
function schemaPlaces(): string[] {
  const out: string[] = []
  const walk = (s: Json, at: string): void => {
    for (const [k, ps] of Object.entries((s.properties ?? {}) as Record<string, Json>)) {
      out.push(`${at}.${k}`)
      for (const v of (ps.enum ?? (ps.items as Json | undefined)?.enum ?? []) as string[]) out.push(`${at}.${k}=${v}`)
      walk(ps, `${at}.${k}`)
    }
    if (Array.isArray(s.oneOf)) for (const b of s.oneOf as Json[]) out.push(`${at}|${String(b.$ref ?? b.type)}`)
  }
  walk(schema, 'root')
  for (const [name, d] of Object.entries(defs)) walk(d, name)
  return out.sort()
}

describe('schemas/report.schema.json', () => {
  it('compiles under ajv strict mode (the ajv options of the matrix schema)', () => {
    expect(() => createAjv().compile(schema)).not.toThrow()
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it('closes every object: additionalProperties false, or a schema for the values of a map', () => {
    const open: string[] = []
    const walk = (s: unknown, at: string): void => {
      if (Array.isArray(s)) return s.forEach((x, i) => walk(x, `${at}/${i}`))
      if (!s || typeof s !== 'object') return
      const o = s as Json
      if (o.type === 'object' && o.additionalProperties === undefined && !Array.isArray(o.oneOf)) open.push(at)
      for (const [k, v] of Object.entries(o)) walk(v, `${at}/${k}`)
    }
    walk(schema, '#')
    expect(open).toEqual([])
  })

  it('gives every object with properties its own definition (docs/report-json.md has a section per definition)', () => {
    const inline: string[] = []
    const walk = (s: unknown, at: string): void => {
      if (!s || typeof s !== 'object') return
      if ('properties' in s && at !== '#' && !/^#\/\$defs\/[^/]+$/.test(at)) inline.push(at)
      // An `if` is a condition on its object (request: `present` false), not an object of the report.
      for (const [k, v] of Object.entries(s)) if (k !== 'if') walk(v, `${at}/${k}`)
    }
    walk(schema, '#')
    expect(inline).toEqual([])
  })

  it('describes every property', () => {
    const bare = schemaPlaces().filter((p) => !p.includes('|') && !p.includes('=') && !p.endsWith('.kind'))
    const undescribed = bare.filter((p) => {
      const [def, ...path] = p.split('.')
      let s: Json = def === 'root' ? schema : defs[def!]!
      for (const k of path) s = (s.properties as Record<string, Json>)[k]!
      const target = typeof s.$ref === 'string' ? defs[s.$ref.replace('#/$defs/', '')]! : undefined
      return typeof s.description !== 'string' && typeof target?.description !== 'string'
    })
    expect(undescribed).toEqual([])
  })
})

describe('check --format json follows schemas/report.schema.json', () => {
  const seen = new Set<string>()
  const checked = (text: string): string => {
    cover(JSON.parse(text), schema, 'root', seen)
    return text
  }

  const inputs: Array<[string, () => string]> = [
    ...Object.entries(repositoryMatrices()).map(([path, text]) => [path, () => text] as [string, () => string]),
    ...Object.entries(VARIANTS).map(([name, text]) => [`variants/${name}`, () => text] as [string, () => string]),
    ['oracle cases (every board)', oracleMatrix],
    ['generated fleet (300 boards)', () => JSON.stringify(generateFleet(300), null, 2)],
  ]
  /** Inputs checked with a kernel override (`--kernel`), which the report records. */
  const OVERRIDES: Record<string, string[]> = { 'examples/boards.json': ['6.12', '7.2'] }
  const reports: Report[] = []
  for (const [name, text] of inputs) {
    it(name, { timeout: 120_000 }, () => {
      const report = check(text(), name)
      reports.push(report)
      if (!name.startsWith('variants/') && !name.startsWith('test/')) expect(report.findings.filter((f) => f.ruleId.startsWith('SC'))).toEqual([])
      expect(problems(checked(formatJson(report)))).toEqual([])
    })
  }

  for (const [name, kernels] of Object.entries(OVERRIDES)) {
    it(`${name} with kernel override ${kernels.join(',')}: the report records it`, { timeout: 120_000 }, () => {
      const text = readFileSync(join(ROOT, name), 'utf8')
      const json = JSON.parse(checked(formatJson(check(text, name, { kernels })))) as Json
      expect(json.kernelOverride).toEqual(kernels)
      expect(problems(JSON.stringify(json))).toEqual([])
      // An empty list, or one of the wrong type, is not a kernel override.
      expect(validate({ ...json, kernelOverride: [] })).toBe(false)
      expect(validate({ ...json, kernelOverride: '6.12' })).toBe(false)
    })
  }

  it('several files merged into one report, and the action results file of a fan-out leg', () => {
    const merged = mergeReports(reports.slice(0, 4))
    expect(problems(checked(formatJson(merged)))).toEqual([])
    expect(problems(checked(formatResults(merged, { shard: '2/3', files: merged.files, boards: ['ampere-*'], kernel: ['6.12'], root: 'sub', commit: '0123456789abcdef0123456789abcdef01234567' })))).toEqual([])
    expect(problems(checked(formatResults(merged, { files: merged.files, boards: [] })))).toEqual([])
    // A leg that could not check a file it was given records why.
    expect(problems(checked(formatResults(merged, { shard: '1/3', files: merged.files, boards: [], kernel: [], problems: ['matrix file "boards/gone.json" not found in /ws'] })))).toEqual([])
    // A leg whose boards match none in its files (the plan's filter on a leg of whole files, or a board gone since the plan) records them.
    expect(problems(checked(formatResults(merged, { shard: '3/3', files: merged.files, boards: ['gone'], kernel: [], unmatchedBoards: ['gone'] })))).toEqual([])
    // A run that could not check everything (the CLI's exit 2) says why; merging keeps each once.
    const incomplete = mergeReports([{ ...reports[0]!, problems: ['cannot read matrix file a.json: no such file'] }, { ...reports[1]!, problems: ['cannot read matrix file a.json: no such file', '--boards "x" matches no board id in b.json'] }])
    expect(incomplete.problems).toEqual(['cannot read matrix file a.json: no such file', '--boards "x" matches no board id in b.json'])
    expect(problems(checked(formatJson(incomplete)))).toEqual([])
    expect(validate({ ...JSON.parse(formatJson(incomplete)), problems: [] })).toBe(false)
  })

  it('the CLI from source, for two files', { timeout: 60_000 }, () => {
    const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/index.ts', 'check', 'examples/boards.json', 'test/fixtures/broken.matrix.json', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1)
    expect(JSON.parse(r.stdout).files).toEqual(['examples/boards.json', 'test/fixtures/broken.matrix.json'])
    expect(problems(checked(r.stdout))).toEqual([])
  })

  it('a report that gains a field the schema does not list fails, wherever the field is', () => {
    const report = JSON.parse(formatJson(reports[0]!)) as Json & { findings: Json[]; layouts: Array<Json & { result: Json & { memory: Json[]; crashkernel: Json } }> }
    expect(validate(report)).toBe(true)
    const places: Array<[string, (r: typeof report) => Json]> = [
      ['the report', (r) => r],
      ['a finding', (r) => r.findings[0]!],
      ['a layout', (r) => r.layouts[0]!],
      ['a result', (r) => r.layouts[0]!.result],
      ['a crashkernel outcome', (r) => r.layouts[0]!.result.crashkernel],
      ['a memblock region', (r) => r.layouts[0]!.result.memory[0]!],
    ]
    for (const [what, at] of places) {
      const changed = structuredClone(report)
      at(changed).newField = 1
      expect(validate(changed), what).toBe(false)
    }
  })

  it('every property, variant and enum value the schema lists appears in the reports above', () => {
    expect(schemaPlaces().filter((p) => !seen.has(p))).toEqual(NEVER_WRITTEN)
  })

  it('the linear-map granules of 4K, 16K and 64K pages and of riscv64 appear', () => {
    const granules = [...seen].filter((p) => p.startsWith('granuleHistogram[')).map((p) => p.slice(17, -1))
    expect(granules.sort()).toEqual(expect.arrayContaining(['4K', '4K-cont', '2M', '2M-cont', '1G', '16K', '16K-cont', '32M', '32M-cont', '64K', '64K-cont', '512M']))
  })
})
