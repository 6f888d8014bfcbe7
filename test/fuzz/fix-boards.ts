// SPDX-License-Identifier: GPL-2.0-only
/**
 * Boards nobody wrote by hand, and the promise of issue 4 checked on each: every suggested fix
 * (suggestion, alternatives, the board-level value), applied to the board, makes its finding
 * go away and brings no new error. Shared by test/fuzz/suggestions.test.ts (a few hundred
 * boards, fixed seed) and scripts/fix-fuzz.ts (as many as asked).
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser'
import { fleetBoard } from '../../scripts/fleet.js'
import { applySuggestion, check, getRule, type Report, type Suggestion } from '../../src/index.js'
import { crashkernelTokens } from '../../src/rules/crashkernel-tokens.js'
import { ARRAY_INDEX, pointerSegments, valueAt } from '../../src/suggest/pointer.js'
import { RPI4_1G, RPI4_2G, RPI4_4G, RPI4_8G, kernelRename, layoutAfter, subject } from '../rules/helpers.js'

const stripComment = (text: string): string => text.replace(/^\s*\/\/.*$/m, '')

type Rng = () => number
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!
const chance = (rng: Rng, p: number): boolean => rng() < p


const RAM = ['64G', '256G', '1T', '512M', '768M', '1G', '1536M', '2G', '3G', '3000M', '4G', '4097M', '5G', '6G', '8G', '12G', '16G', '24G', '777M', '2049M', '0x123456000']
/** Series and releases the registry takes (5.10 up to 7.x), the profiled ones weighted up. */
const KERNELS = ['5.10', '5.10', '6.1', '6.1', '6.12', '6.12', '7.2', '7.2', '7.3', '5.15', '6.6', '6.9', '6.16', '6.17', '6.19', '7.0', '6.12.50', '6.1.65']
const PROFILED: Record<string, ReadonlySet<string>> = {
  arm64: new Set(['5.10', '6.1', '6.12', '7.2', '7.3', '6.12.50', '6.1.65']),
  x86_64: new Set(['5.10', '6.1', '6.12', '7.2', '7.3', '6.12.50', '6.1.65']),
  riscv64: new Set(['6.12', '7.2', '6.12.50']),
}
const SIZES = ['64M', '128M', '192M', '256M', '384M', '512M', '768M', '1G', '1536M', '2G', '3G', '4G', '6G', '100M', '300M', '1000M']
const OFFSETS = ['0x10000000', '0x20000000', '0x30000000', '0x40000000', '0x60000000', '0x80000000', '0xc0000000', '0x100000000', '0x1000', '16M', '1G']

/** One crashkernel= token (or a pair), well-formed or not. */
function crashkernel(rng: Rng): string {
  const size = () => pick(rng, SIZES)
  switch (Math.floor(rng() * 14)) {
    case 0:
    case 1:
      return `crashkernel=${size()}`
    case 2:
      return `crashkernel=${size()}@${pick(rng, OFFSETS)}`
    case 3: {
      const a = pick(rng, ['512M', '1G', '2G']); const b = pick(rng, ['2G', '4G', '8G'])
      return `crashkernel=${a}-${b}:${size()},${b}-${pick(rng, ['', '64G', '16G'])}:${size()}${chance(rng, 0.3) ? `@${pick(rng, OFFSETS)}` : ''}`
    }
    case 4:
      return `crashkernel=${size()},high`
    case 5:
      return `crashkernel=${size()},high crashkernel=${pick(rng, ['0', '64M', '128M', '256M', '512M'])},low`
    case 6:
      return `crashkernel=${size()},low`
    case 7:
      return `crashkernel=${size()} crashkernel=${pick(rng, ['64M', '128M', '256M', '1G', '2G', '3408M', '7G'])},cma`
    case 8:
      return `crashkernel=${pick(rng, ['64M', '256M', '512M'])},cma`
    case 9:
    case 13:
      return pick(rng, ['crashkernel=256MB', 'crashkernel=auto', 'crashkernal=256M', 'crashkernel=', 'crashkernel=0', 'crashkernel=1G-:256M', 'crashkernel=256M,hgh', 'crashkernel=2G-1G:128M', 'crashkernel=256M@', 'crashkernel=0x10000000', 'crashkernel=256M,high,low',
        'crashkernel=268435456', 'crashkernel=256m', 'crashkernel=256M,HIGH', 'crashkernel=1G-2G:128M;2G-:256M', 'crashkernel="256M"', 'crashkernel= 512M', 'crashkernel=256M, high',
        'crashkernel=1.5G', 'crashkernel=256M@0', 'crashkernel=1G-4G:256M, 4G-:512M', 'crashkernel=1G-64G:256M,64G-:1G,high', 'crashkernel=512M,hihg', 'crashkernel=256M,lo', 'Crashkernel=256M',
        'crashkernel=64M,cma crashkernel=256M', 'crashkernel=4000000G', 'crashkernel=-1', 'crashkernel=256M@0x1f0000000', 'crashkernel=256M crashkernel=0,low', 'crashkernel=256M,high crashkernel=0,low'])
    case 10:
      return `crashkernel=${size()} crashkernel=${size()}`
    default:
      return `crashkernel=${pick(rng, ['1G-4G:192M,4G-64G:256M,64G-:512M', '0M-2G:128M,2G-6G:256M,6G-8G:512M,8G-:768M', '2G-:448M'])}`
  }
}

/** Other parameters that move or shape early reservations. */
function extras(rng: Rng, arch: string): string[] {
  const out: string[] = []
  if (chance(rng, 0.15)) out.push(`mem=${pick(rng, ['512M', '1G', '2G', '3G', '4G', '6G'])}`)
  if (chance(rng, 0.15)) out.push(`cma=${pick(rng, ['0', '32M', '64M', '256M', '512M', '1G', '64M@0-0x40000000', '128M@0x10000000-0x40000000'])}`)
  if (chance(rng, 0.15)) out.push(`rodata=${pick(rng, ['on', 'off', 'full', 'noalias'])}`)
  if (chance(rng, 0.1)) out.push(`kfence.sample_interval=${pick(rng, ['0', '100', '500'])}`)
  if (arch !== 'x86_64' && chance(rng, 0.05)) out.push('debug_pagealloc=on')
  if (chance(rng, 0.05)) out.push(pick(rng, ['nokaslr', 'swiotlb=65536', 'memblock=debug', 'numa=off', 'initrd=0x8000000,0x1000000']))
  // Parameters not modelled (CK006; movable_node and log_buf_len= are, on x86 since the
  // movable-node and log-buf boots) and ones that stop the boot (CK007).
  if (chance(rng, 0.04)) out.push(pick(rng, ['movable_node', 'numa=fake=2', 'hugetlb_cma=256M', 'log_buf_len=16M', 'cma_pernuma=64M', 'numa_cma=0:64M']))
  if (chance(rng, 0.03)) out.push(pick(rng, ['memmap=256M%0x60000000-1+1', 'kernelcore', 'initrd', 'swiotlb', 'memmap=256M%0x60000000-1+2']))
  return out
}

/** A random board: a preset, its RAM, kernels, a command line and (arm64) DMA limits. */
export function randomBoard(rng: Rng, id: string): Record<string, unknown> {
  const family = pick(rng, ['qemu-virt-arm64', 'qemu-virt-arm64', 'raspberrypi-4', 'raspberrypi-4', 'qemu-q35-x86_64', 'qemu-pc-x86_64', 'qemu-virt-riscv64'])
  const arch = family.includes('arm64') || family === 'raspberrypi-4' ? 'arm64' : family.includes('riscv') ? 'riscv64' : 'x86_64'
  const board: Record<string, unknown> = { id, extends: family }
  if (family === 'raspberrypi-4') {
    if (chance(rng, 0.6)) board['memory'] = pick(rng, [RPI4_1G, RPI4_2G, RPI4_4G, RPI4_8G])
  } else board['ramSize'] = pick(rng, RAM)
  const n = 1 + Math.floor(rng() * 3)
  const kernels = new Set<string>()
  for (let i = 0; i < n; i++) kernels.add(pick(rng, KERNELS))
  // A release with no Debian profile needs its image size (SC003 otherwise).
  const imageSize = arch === 'arm64' ? '0x2400000' : arch === 'x86_64' ? '0x3c00000' : '0x2200000'
  board['kernels'] = [...kernels].map((k) => (PROFILED[arch]!.has(k) ? k : { release: k, imageSize }))
  const parts = [arch === 'x86_64' ? 'console=ttyS0' : 'console=ttyAMA0']
  if (!chance(rng, 0.05)) parts.push(crashkernel(rng))
  parts.push(...extras(rng, arch))
  if (chance(rng, 0.3)) parts.reverse()
  board['cmdline'] = parts.join(' ')
  // A kernel entry with a command line of its own, or none on the board (the preset's is read).
  const ks = board['kernels'] as unknown[]
  if (chance(rng, 0.1)) {
    const k = ks[0]
    ks[0] = { ...(typeof k === 'string' ? { release: k } : (k as object)), cmdline: `console=ttyAMA0 ${crashkernel(rng)}` }
  }
  if (chance(rng, 0.05)) delete board['cmdline']
  if (arch === 'arm64' && chance(rng, 0.05)) board['pageSize'] = pick(rng, ['16K', '64K'])
  if (arch === 'x86_64' && chance(rng, 0.15)) board['devices'] = [{ name: 'nvme', dmaLimit: pick(rng, ['0xffffffff', '0xffffff', '0x3fffffff']), dumpTarget: true }]
  if (chance(rng, 0.1)) board['severity'] = { [pick(rng, ['CK003', 'CK004', 'LM001', 'CK008', 'CK009', 'CK006'])]: pick(rng, ['error', 'note', 'off']) }
  if (chance(rng, 0.08)) {
    const k = ks[ks.length - 1]
    ks[ks.length - 1] = { ...(typeof k === 'string' ? { release: k } : (k as object)), config: pick(rng, [{ KFENCE: true, KFENCE_SAMPLE_INTERVAL: 100 }, { RODATA_FULL_DEFAULT_ENABLED: true }, { CMA: true, CMA_SIZE_MBYTES: 256 }, { ZONE_DMA: false }, { DEBUG_PAGEALLOC: true, DEBUG_PAGEALLOC_ENABLE_DEFAULT: true }]) }
  }
  if (arch === 'arm64' && chance(rng, 0.25)) board['devices'] = [{ name: 'dump disk', dmaLimit: pick(rng, ['0x3fffffff', '0xbfffffff', '0xffffffff', '0xfffffff']), dumpTarget: true }]
  if (chance(rng, 0.2)) board['expect'] = { [pick(rng, ['noFallbackAbove4G', 'protectionRequired', 'noBasePageLinearMap', 'dumpTargetReachable', 'reservationRequired'])]: pick(rng, [true, true, false]) }
  if (chance(rng, 0.05)) board['suppress'] = [{ rule: pick(rng, ['CK002', 'CK003', 'CK004', 'LM001', 'fell-back-high']), reason: 'fuzz' }]
  return board
}

const hex = (n: bigint): string => `0x${n.toString(16)}`
const GiB = 1n << 30n

/**
 * A board of no preset: arm64 RAM from 0x40000000 or 0x80000000 or above 4 GiB only (a server's
 * holes), with a fixed reservation and a dynamic CMA pool, an image and initrd in the first bank.
 */
export function customBoard(rng: Rng, id: string): Record<string, unknown> {
  const start = pick(rng, [0x40000000n, 0x80000000n, 0x880000000n, 0x0n])
  const banks = 1 + Math.floor(rng() * 3)
  const memory: Array<{ base: string; size: string }> = []
  let base = start
  for (let i = 0; i < banks; i++) {
    const size = pick(rng, [256n << 20n, 512n << 20n, GiB, 2n * GiB, 3n * GiB, 6n * GiB])
    memory.push({ base: hex(base), size: hex(size) })
    base += size + pick(rng, [0n, 16n << 20n, GiB, 4n * GiB])
  }
  const board: Record<string, unknown> = {
    id,
    arch: 'arm64',
    kernels: [pick(rng, ['6.1', '6.12', '7.2', '5.10', '7.3'])],
    memory,
    image: { base: hex(start + 0x200000n) },
    initrd: { base: hex(start + 0x4000000n), size: '16M' },
    cmdline: `console=ttyAMA0 ${crashkernel(rng)}${chance(rng, 0.2) ? ` ${extras(rng, 'arm64').join(' ')}` : ''}`.trim(),
  }
  if (chance(rng, 0.5)) board['reservations'] = [{ kind: 'dynamic', name: 'linux,cma', size: pick(rng, ['32M', '64M', '256M']), cma: true, cmaDefault: true }]
  if (chance(rng, 0.3)) board['devices'] = [{ name: 'disk', dmaLimit: pick(rng, ['0xffffffff', '0x3fffffff', hex(start + GiB - 1n)]), dumpTarget: true }]
  if (chance(rng, 0.2)) board['config'] = { ZONE_DMA: chance(rng, 0.5), ZONE_DMA32: chance(rng, 0.5) }
  return board
}

/** Board `i` of a fuzz run: every fourth from the fleet generator, one in eight of no preset, the rest random. */
export function fuzzBoard(rng: Rng, i: number): Record<string, unknown> {
  if (i % 4 === 0) return { ...(fleetBoard(i) as unknown as Record<string, unknown>), id: `fleet-${i}` }
  return i % 8 === 1 ? customBoard(rng, `custom-${i}`) : randomBoard(rng, `rnd-${i}`)
}

/** A matrix of a fuzz run: one to three boards, the first one's command line possibly in `defaults`, possibly checked under a --kernel override. */
export interface FuzzMatrix {
  boards: Array<Record<string, unknown>>
  /** The first board's `cmdline` moves to `defaults` (boards without one read it too; a fix adds one of the board's own). */
  defaultsCmdline?: boolean
  /** check()'s `kernels` option (--kernel). */
  kernels?: string[]
  /** A comment before the boards (JSONC): a fix keeps it. */
  comment?: boolean
}

/** Matrix `i` of a fuzz run. */
export function fuzzMatrix(rng: Rng, i: number): FuzzMatrix {
  const n = chance(rng, 0.2) ? 2 + Math.floor(rng() * 2) : 1
  const boards = Array.from({ length: n }, (_, j) => fuzzBoard(rng, i * 4 + j))
  return {
    boards,
    ...(chance(rng, 0.1) && { defaultsCmdline: true }),
    ...(chance(rng, 0.05) && { kernels: [pick(rng, ['6.1', '6.12', '7.2']), pick(rng, ['5.10', '7.3', '6.12'])] }),
    ...(chance(rng, 0.1) && { comment: true }),
  }
}

/** The matrix's text. */
export function matrixText(m: FuzzMatrix): string {
  const boards = m.boards.map((b) => ({ ...b }))
  let defaults: Record<string, unknown> | undefined
  if (m.defaultsCmdline && boards[0]!['cmdline'] !== undefined) {
    defaults = { cmdline: boards[0]!['cmdline'] }
    delete boards[0]!['cmdline']
  }
  const text = JSON.stringify({ version: 1, ...(defaults && { defaults }), boards }, null, 2)
  return m.comment ? text.replace('"boards": [', '// generated by test/fuzz/fix-boards.ts\n  "boards": [') : text
}

/**
 * Kinds of failure that are debatable rather than a broken promise (the test leaves them to
 * scripts/fix-fuzz.ts). `halfOnSibling`: a finding's size is chosen for its own layout
 * (docs/rules/README.md: 672M for the RPi4 8 GB on 6.12) and verified error-free on the others,
 * where it may take more than half of a smaller variant's RAM; the board value is the one that
 * keeps every layout at half. `boardUnstable`: the board value keeps the line's ,cma tokens as
 * written, so once applied a finding's smaller ,cma (CK008) can make a better one.
 */
export const DEBATABLE: ReadonlySet<string> = new Set(['halfOnSibling', 'boardUnstable'])

/** One way a fix failed its promise. */
export interface Failure {
  kind: 'remains' | 'newError' | 'noApply' | 'schemaRejects' | 'implausible' | 'unsaid' | 'contradicts' | 'notMinimal' | 'duplicate' | 'removeChanges' | 'board' | 'boardUnstable' | 'halfOnSibling'
  board: string
  fix: string
  detail: string
}

/** Keys of the counted findings of one severity: rule, message, board, layout (renamed as `layout` says), subject. */
const keys = (r: Report, severity: string, board?: string, layout?: (name: string) => string): Set<string> =>
  new Set(
    r.findings
      .filter((f) => f.severity === severity && !f.suppressed && (board === undefined || f.boardId === board))
      .map((f) => `${f.ruleId}|${f.messageId}|${f.boardId ?? ''}|${(layout ?? ((n: string) => n))(f.layoutName ?? '')}|${subject(f)}`),
  )

const MiB = 1n << 20n
/** What the layout reserves (main + low), its System RAM and the main size it asked for. */
function sizes(r: Report, board: string, layout: string): { total?: bigint; asked?: bigint; ram: bigint } | undefined {
  const l = r.layouts.find((x) => x.boardId === board && x.layoutName === layout)
  if (!l) return undefined
  const c = l.result.crashkernel
  if (c.kind === 'reserved') return { total: c.main.size + (c.low?.size ?? 0n), asked: c.main.size, ram: l.result.systemRam }
  if (c.kind === 'failed' || (c.kind === 'hang' && c.cause === 'endless-retry')) return { asked: c.size, ram: l.result.systemRam }
  return { ram: l.result.systemRam }
}

/** The pointer's value exists in the text (or, for `add`, its parent does and it does not). */
function pointerState(text: string, s: Suggestion): string | undefined {
  const root = parseTree(text)
  if (!root) return 'text does not parse'
  const path = pointerSegments(s.pointer!).map((x) => (ARRAY_INDEX.test(x) ? Number(x) : x))
  const node = findNodeAtLocation(root, path)
  if (s.operation === 'add') {
    if (node) return 'add, but the value exists'
    if (!findNodeAtLocation(root, path.slice(0, -1))) return 'add, and the parent is missing'
    return undefined
  }
  return node ? undefined : 'pointer missing'
}

/** Sizes a text writes (a respelt or re-formed token keeps the user's size: not the fix's choice). */
const writtenSizes = (text: string): Set<bigint> =>
  new Set([...text.matchAll(/(\d+(?:\.\d+)?)([KMGT])/gi)].map((m) => BigInt(Math.round(Number(m[1]) * 1024)) << BigInt({ K: 0, M: 10, G: 20, T: 30 }[m[2]!.toUpperCase() as 'K' | 'M' | 'G' | 'T'])))

/** Every fix of the matrix checked (suggestions, alternatives, board values); the failures. */
export function checkMatrix(m: FuzzMatrix): { failures: Failure[]; fixes: number; findings: number; unfixed: string[] } {
  const text = matrixText(m)
  const options = m.kernels ? { kernels: m.kernels } : {}
  const report = check(text, 'm.json', options)
  const failures: Failure[] = []
  const what = `${m.defaultsCmdline ? '(first cmdline in defaults) ' : ''}${m.kernels ? `(--kernel ${m.kernels.join(',')}) ` : ''}${JSON.stringify(m.boards)}`
  const fail = (kind: Failure['kind'], fix: string, detail: string) => failures.push({ kind, board: what, fix, detail })
  const schemaBefore = new Set(report.findings.filter((g) => /^SC00[123]$/.test(g.ruleId)).map((g) => g.message))
  const written = writtenSizes(text)
  let fixes = 0
  for (const f of report.findings) {
    const board = f.boardId ?? ''
    const all = [f.suggestion, ...(f.alternatives ?? [])].filter((x) => x !== undefined)
    if (new Set(all.map((x) => `${x.pointer} ${x.replacement}`)).size !== all.length) fail('duplicate', `${board} ${f.layoutName} ${f.ruleId}/${f.messageId}`, all.map((x) => x.replacement).join(' | '))
    for (const s of all) {
      if (s.pointer === undefined || s.replacement === undefined) continue
      fixes++
      const label = `${board} ${f.layoutName} ${f.ruleId}/${f.messageId} → ${s.pointer} ${s.operation ?? 'replace'} "${s.replacement}"`
      // Minimal: a command-line edit keeps the line's other words (moved, maybe), unless it says which it drops.
      const old = s.pointer.endsWith('/cmdline') && s.operation !== 'add' ? valueAt(JSON.parse(stripComment(text)), s.pointer) : undefined
      if (typeof old === 'string') {
        const left = s.replacement.split(/\s+/)
        for (const w of old.split(/\s+/).filter((x) => x !== '' && !/^crashker\w*\s*=/i.test(x))) {
          const at = left.indexOf(w)
          if (at !== -1) left.splice(at, 1)
          else if (!s.description.includes(w)) fail('notMinimal', label, `drops "${w}" unsaid: ${s.description}`)
        }
      }
      const state = pointerState(text, s)
      if (state) fail('noApply', label, state)
      let changed: string
      try {
        changed = applySuggestion(text, s)
      } catch (e) {
        fail('noApply', label, String(e))
        continue
      }
      if (changed === text) {
        fail('noApply', label, 'text unchanged')
        continue
      }
      if (m.comment && !changed.includes('// generated by')) fail('noApply', label, 'the comment is gone')
      const after = check(changed, 'm.json', { ...options, suggest: false })
      const schema = after.findings.filter((g) => /^SC00[123]$/.test(g.ruleId) && !schemaBefore.has(g.message))
      if (schema.length) fail('schemaRejects', label, schema.map((g) => `${g.ruleId}: ${g.message}`).join('; '))
      const name = layoutAfter(f, s)
      if (!after.layouts.some((l) => l.boardId === board && l.layoutName === name)) fail('remains', label, `layout ${name} no longer simulated`)
      const still = after.findings.filter((g) => g.ruleId === f.ruleId && g.boardId === board && g.layoutName === name && subject(g) === subject(f) && !g.suppressed)
      if (still.length) fail('remains', label, still.map((g) => g.message).join('; '))
      // No new error on any board (a kernel change renames the layouts of that kernel entry).
      const renamed = kernelRename(f, s)
      const before = new Set([...keys(report, 'error'), ...keys(report, 'error', board, renamed)])
      for (const k of keys(after, 'error')) if (!before.has(k)) fail('newError', label, k)
      // A new warning or note is one the description says it leaves ("leaves CK003 warning").
      for (const severity of ['warning', 'note']) {
        const had = new Set([...keys(report, severity), ...keys(report, severity, board, renamed), ...before])
        for (const k of keys(after, severity)) {
          const rule = k.split('|')[0]!
          if (!had.has(k) && !s.description.includes(`${rule} ${severity}`)) fail('unsaid', label, `${k} (${severity})`)
        }
      }
      // The token the description names as the fix is on the line.
      const named = /: "(crashkernel=[^"]*)"/.exec(s.description)?.[1]
      if (named !== undefined && !` ${s.replacement} `.includes(` ${named} `)) fail('contradicts', label, `description names "${named}": ${s.description}`)
      // Removing a token that "has no effect on this kernel" changes no reservation of the board.
      if (/^Remove ".*": it has no effect on this kernel/.test(s.description)) {
        const outcomes = (r: Report) => new Map(r.layouts.filter((l) => l.boardId === board && l.result.crashkernel.kind === 'reserved').map((l) => [l.layoutName, JSON.stringify(l.result.crashkernel, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString(16) : v))]))
        const now = outcomes(after)
        for (const [layout, outcome] of outcomes(report)) if (now.get(layout) !== outcome) fail('removeChanges', label, `${layout}: ${outcome} → ${now.get(layout)}`)
      }
      // Plausible: a size the fix chose reserves at most half of the System RAM, on the
      // finding's layout and on every other layout of the board that reads the changed value.
      const rename = renamed ?? ((n: string) => n)
      for (const l of report.layouts.filter((x) => x.boardId === board)) {
        const now = sizes(after, board, rename(l.layoutName))
        const was = sizes(report, board, l.layoutName)
        const where = l.layoutName === f.layoutName ? '' : ` on ${l.layoutName}`
        if (now?.total !== undefined && now.total * 2n > now.ram && now.asked !== was?.asked && !written.has(now.asked!)) fail(where ? 'halfOnSibling' : 'implausible', label, `reserves ${now.total / MiB} MiB of ${now.ram / MiB} MiB System RAM${where} (asked ${was?.asked === undefined ? 'nothing' : `${was.asked / MiB} MiB`})`)
      }
    }
  }
  for (const b of report.boardSuggestions ?? []) {
    fixes++
    const label = `${b.boardId} board value ${b.value} → ${b.suggestion.pointer}`
    const state = pointerState(text, b.suggestion)
    if (state) fail('board', label, state)
    let changed: string
    try {
      changed = applySuggestion(text, b.suggestion)
    } catch (e) {
      fail('board', label, String(e))
      continue
    }
    const after = check(changed, 'm.json', options)
    // The best value once applied: no other one is offered for the board.
    const again = (after.boardSuggestions ?? []).find((x) => x.boardId === b.boardId && x.suggestion.pointer === b.suggestion.pointer)
    if (again) fail('boardUnstable', label, `then offers ${again.value}: ${again.suggestion.description}`)
    // A board whose kernel entries read lines of their own gets a value per line several
    // layouts read: it is verified on the layouts that read the edited line (now the
    // replacement), the board's whole when that is every layout.
    const own = after.layouts.filter((l) => l.boardId === b.boardId)
    const reading = own.filter((l) => l.cmdline === b.suggestion.replacement)
    const layouts = reading.length > 0 ? reading : own
    const names = new Set(layouts.map((l) => l.layoutName))
    const counted = after.findings.filter((g) => g.boardId === b.boardId && !g.suppressed && (g.layoutName === undefined || names.has(g.layoutName)))
    const problems: string[] = []
    if (layouts.length !== b.layouts) problems.push(`${layouts.length} layouts, says ${b.layouts}`)
    const errors = counted.filter((g) => g.severity === 'error')
    if (errors.length) problems.push(`errors: ${errors.map((g) => `${g.layoutName} ${g.ruleId} ${g.message}`).join('; ')}`)
    const withSeverity = (sev: string) => new Set(counted.filter((g) => g.severity === sev).map((g) => g.layoutName)).size
    if (withSeverity('warning') !== b.warned) problems.push(`${withSeverity('warning')} warned, says ${b.warned}`)
    if (withSeverity('note') !== b.noted) problems.push(`${withSeverity('note')} noted, says ${b.noted}`)
    if (crashkernelTokens(b.suggestion.replacement!).map((t) => t.text).join(' ') !== b.value) problems.push('value is not the replacement\'s crashkernel= tokens')
    // Other boards keep their errors (a value in `defaults` would change them all).
    const others = (r: Report) => new Set([...keys(r, 'error')].filter((k) => k.split('|')[2] !== b.boardId))
    const otherBefore = others(report)
    for (const k of others(after)) if (!otherBefore.has(k)) problems.push(`new error on another board: ${k}`)
    for (const l of layouts) {
      const c = l.result.crashkernel
      if (c.kind !== 'reserved') problems.push(`${l.layoutName} not reserved`)
      else if ((c.main.size + (c.low?.size ?? 0n)) * 2n > l.result.systemRam) problems.push(`${l.layoutName} reserves more than half`)
    }
    for (const p of problems) fail('board', label, p)
  }
  // Findings of a message a rule names strategies for, with no fix (not a failure: none may exist).
  const unfixed = report.findings.filter((f) => !f.suppressed && f.suggestion === undefined && (getRule(f.ruleId)?.meta.fixes?.[f.messageId]?.length ?? 0) > 0).map((f) => `${f.ruleId}/${f.messageId}`)
  return { failures, fixes, findings: report.findings.length, unfixed }
}
