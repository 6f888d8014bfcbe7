// SPDX-License-Identifier: GPL-2.0-only
/**
 * fast-check generators and the properties of the fuzz suite, shared by test/fuzz/*.test.ts
 * (a CI-sized run with a fixed seed) and scripts/fuzz.ts (≥ 100,000 cases per property).
 * Each property returns what it saw, so the script can print counts of what was exercised.
 */
import fc from 'fast-check'
import { check } from '../../src/index.js'
import { simulate, type Layout, type SimulationResult } from '../../src/engine/index.js'
import { parseCrashkernelClass } from '../../src/engine/crashkernel/parse.js'
import { policyFor } from '../../src/engine/policies/index.js'
import { Trace } from '../../src/engine/trace.js'
import { decodeMatrix } from '../../src/matrix/decode.js'
import { parseDocument } from '../../src/matrix/parse.js'
import { validateMatrix } from '../../src/matrix/validate.js'
import { refMemparse, refParseCrashkernel, refSuffixes, type Release } from './reference-parser.js'

/** The release each series of the reference resolves to (src/engine/policies SERIES_RELEASES). */
export const FULL_RELEASE: Record<Release, string> = { '5.10': '5.10.223', '6.1': '6.1.192', '6.12': '6.12.117', '7.2': '7.2.13' }

/** A tally of what a property exercised, printed by scripts/fuzz.ts. */
export type Counts = Record<string, number>
export const bump = (counts: Counts, key: string, by = 1): void => {
  counts[key] = (counts[key] ?? 0) + by
}

// ------------------------------------------------------------------ (a) memparse / crashkernel=

const NUMBER_CHARS = '0123456789xXaAbBcCdDeEfFkKmMgGtTpP'.split('')
const TOKEN_CHARS = [...NUMBER_CHARS, '-', ':', ',', '@', ' ', 'l', 'o', 'w', 'h', 'i', 'g', 'c', 'a', '=', '\t', 'B']

/** Strings around memparse's edges: radix prefixes, suffixes, 64-bit overflow. */
export const memparseInput = fc.oneof(
  fc.string({ unit: fc.constantFrom(...NUMBER_CHARS), maxLength: 24 }),
  fc.constantFrom('', 'M', '0x', '0X', '0xg', '08', '0400M', '16E', '17E', '0x1E', '18446744073709551615', '18446744073709551616', '0xffffffffffffffffK', '99999999999999999999999', '-1'),
  fc.bigInt({ min: 0n, max: 1n << 70n }).chain((v) => fc.constantFrom(v.toString(), `0x${v.toString(16)}`, `0${v.toString(8)}`)).chain((s) => fc.tuple(fc.constant(s), fc.constantFrom('', 'k', 'M', 'g', 'T', 'p', 'E', 'x', ' '))).map(([s, sfx]) => s + sfx),
)

const PIECES = ['crashkernel=', ',high', ',low', ',cma', '0x', '@', ':', '-', ',', ' ', '16E', '0xffffffffffffffff', '18446744073709551616', '1G-', '4G', '128M', '256M', '0', '00', 'M', 'foo.crashkernel=', '--']

const SIZES = ['0', '1', '64M', '128M', '256m', '512M', '1G', '2G', '4G', '8G', '16E', '0x10000000', '0400M', 'M', '0x', '18446744073709551615', '']

/** One well-formed-ish crashkernel= option: simple, with @offset, a range list, or a suffix. */
const structuredToken = fc.oneof(
  fc.tuple(fc.constantFrom(...SIZES), fc.constantFrom('', '', '@', '@0', '@4G', '@0x80000000', '@foo', 'B', 'x')).map(([a, b]) => `crashkernel=${a}${b}`),
  fc.array(fc.tuple(fc.constantFrom(...SIZES), fc.constantFrom('-', '', '+'), fc.constantFrom(...SIZES), fc.constantFrom(':', '', ';'), fc.constantFrom(...SIZES)), { minLength: 1, maxLength: 3 })
    .chain((entries) => fc.tuple(fc.constant(entries.map((e) => e.join('')).join(',')), fc.constantFrom('', '', '@16M', '@', '@x', ' ')))
    .map(([list, at]) => `crashkernel=${list}${at}`),
  fc.tuple(fc.constantFrom(...SIZES), fc.constantFrom(',high', ',low', ',cma', ',HIGH', ',high,low', ',hig'), fc.constantFrom('', '', 'x', ' ')).map(([a, b, c]) => `crashkernel=${a}${b}${c}`),
)

/** Command lines built from crashkernel= fragments, so most exercise the grammar rather than "not found". */
export const cmdlineInput = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), maxLength: 6 })), { maxLength: 12 }).map((a) => a.join('')),
  fc.array(fc.oneof(structuredToken, fc.constantFrom('console=ttyS0', 'quiet', '--', 'foo.crashkernel=1G')), { minLength: 1, maxLength: 4 }).map((a) => a.join(' ')),
)

/** System RAM values around the 128 MiB round-up and the usual board sizes. */
export const systemRamInput = fc.oneof(fc.constantFrom(0n, 1n, (128n << 20n) - 1n, 1n << 30n, (4n << 30n) - (64n << 20n), 4n << 30n, 16n << 30n), fc.bigInt({ min: 0n, max: 1n << 46n }))

/** memparse: the engine's dialect and the reference agree on value and end. */
export function memparseAgrees(input: string, release: Release, counts: Counts): void {
  const engine = policyFor('arm64', FULL_RELEASE[release])!.parse.memparse(input, 0)
  const ref = refMemparse(release, input, 0)
  if (engine.value !== ref.value || engine.end !== ref.end) {
    throw new Error(`memparse(${JSON.stringify(input)}) on ${release}: engine ${engine.value}@${engine.end}, reference ${ref.value}@${ref.end}`)
  }
  bump(counts, ref.end === 0 ? 'nothing parsed' : ref.end === input.length ? 'all parsed' : 'partly parsed')
}

/** __parse_crashkernel for every class: the same return code, size, base and messages. */
export function crashkernelAgrees(cmdline: string, release: Release, systemRam: bigint, counts: Counts): void {
  const dialect = policyFor('arm64', FULL_RELEASE[release])!.parse
  for (const suffix of [null, ...refSuffixes(release)]) {
    const trace = new Trace()
    const engine = parseCrashkernelClass(cmdline, systemRam, suffix, dialect, trace)
    const ref = refParseCrashkernel(release, cmdline, systemRam, suffix)
    const engineMessages = trace.events.map((e) => `${e.level}: ${e.text}`)
    const refMessages = ref.messages.map((m) => `${m.level}: ${m.text}`)
    if (engine.ret !== ref.ret || engine.size !== ref.size || engine.base !== ref.base || JSON.stringify(engineMessages) !== JSON.stringify(refMessages)) {
      throw new Error(
        `crashkernel${suffix ?? ''} of ${JSON.stringify(cmdline)} on ${release} with ${systemRam} bytes of RAM: ` +
          `engine ${JSON.stringify({ ret: engine.ret, size: String(engine.size), base: String(engine.base), engineMessages })}, ` +
          `reference ${JSON.stringify({ ret: ref.ret, size: String(ref.size), base: String(ref.base), refMessages })}`,
      )
    }
    bump(counts, `${suffix ?? 'plain'} ${ref.ret === 0 ? 'ok' : ref.ret === -2 ? '-ENOENT' : '-EINVAL'}${ref.messages[0] ? ` "${ref.messages[0].text.replace(/: .$/, ': <c>')}"` : ''}`)
  }
}

// ------------------------------------------------------------------ (b) loader on anything

/** Keys of the board-matrix format plus prototype names, so random objects hit real code paths. */
const KEYS = ['version', 'boards', 'defaults', 'id', 'name', 'description', 'extends', 'arch', 'kernels', 'memory', 'ram', 'ramSize', 'reservations', 'image', 'initrd', 'dtb', 'dma', 'devices', 'cmdline', 'config', 'cpu', 'boot', 'expect', 'severity', 'suppress', 'pageSize', 'paBits', 'vaBits', 'base', 'size', 'kind', 'nomap', 'align', 'allocRanges', 'cma', 'release', 'policy', 'imageSize', 'node', 'cpuAddr', 'bus', 'dmaLimit', 'dumpTarget', 'ranges', 'zoneDmaLimit', 'iortLimitBits', 'rule', 'reason', '__proto__', 'constructor', 'prototype', 'toString']
const STRINGS = ['qemu-virt-arm64', 'raspberrypi-4', 'qemu-q35-x86_64', 'qemu-virt-riscv64', 'arm64', 'x86_64', 'riscv64', '6.12', '5.10', '7.2', 'fixed', 'dynamic', '0x40000000', '1G', '0', '0x', '0xffffffffffffffff', '0x10000000000000000', '16E', '4K', 'crashkernel=256M', 'CK001', 'off', '/soc', '::error::x%0A', '<b>x</b>']

/** Any JSON value, biased towards the matrix's own vocabulary. */
export const jsonish: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...STRINGS),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('value'), { maxKeys: 6 }),
  ),
})).value

/** A matrix document: mostly the right shape, with random values inside. */
export const matrixish = fc.record({
  version: fc.oneof(fc.constant(1), jsonish),
  boards: fc.oneof(fc.array(fc.oneof(jsonish, fc.dictionary(fc.constantFrom(...KEYS), jsonish, { maxKeys: 8 })), { maxLength: 3 }), jsonish),
  defaults: fc.option(fc.dictionary(fc.constantFrom(...KEYS), jsonish, { maxKeys: 4 }), { nil: undefined }),
}, { requiredKeys: [] })

/** Text that is almost JSON: a serialised document cut, spliced or sprinkled with junk. */
export const almostJson = fc.tuple(matrixish, fc.nat(), fc.string({ maxLength: 8 }), fc.constantFrom('', '\uFEFF', '\u0000', '\uD800', '/*', '//', '"', '\\', ',', ']', '}')).map(([doc, cut, junk, extra]) => {
  const text = JSON.stringify(doc) ?? ''
  const at = text.length === 0 ? 0 : cut % text.length
  return `${text.slice(0, at)}${extra}${junk}${text.slice(at)}`
})

/** check() on any text never throws, and every finding it returns is located in the file. */
export function loaderNeverThrows(text: string, counts: Counts, suggest = false): void {
  const before = Object.getOwnPropertyNames(Object.prototype).length
  const report = check(text, 'fuzz.json', { suggest })
  for (const f of report.findings) {
    if (!f.location) throw new Error(`finding without a location: ${f.ruleId} ${f.message}`)
    if (f.location.offset < 0 || f.location.offset > text.length) throw new Error(`finding outside the file: ${JSON.stringify(f.location)}`)
  }
  if (Object.getOwnPropertyNames(Object.prototype).length !== before) throw new Error('Object.prototype changed')
  if (report.layouts.length > 0) bump(counts, `simulated ${report.layouts.length > 1 ? 'both boards' : 'one board'}`)
  for (const id of new Set(report.findings.map((f) => f.ruleId))) bump(counts, `finding ${id}`)
  if (report.findings.some((f) => f.suggestion)) bump(counts, 'verified suggestion')
  if (report.findings.length === 0 && report.layouts.length === 0) bump(counts, 'no findings, no layouts')
}

/** The loader stages alone (parse, validate, decode) on any JSON value: never throw. */
export function stagesNeverThrow(value: unknown, counts: Counts): void {
  const text = JSON.stringify(value) ?? 'null'
  const doc = parseDocument(text)
  const problems = validateMatrix(doc.value)
  bump(counts, problems.length === 0 ? 'schema-valid' : 'schema problems')
  if (problems.length === 0) {
    const decoded = decodeMatrix(doc.value as never)
    bump(counts, `${decoded.layouts.length > 0 ? 'decoded layouts' : 'no layouts'}`)
  }
}

// ------------------------------------------------------------------ (c) engine invariants

const MiB = 1n << 20n
const SZ_2M = 2n * MiB
const hex = (v: bigint): string => `0x${v.toString(16)}`

const KERNELS = ['5.10', '6.1', '6.12', '7.2', '5.10.0', '5.10.47', '5.15', '6.4', '6.6', '6.7', '6.10'] as const

const crashToken = fc.oneof(
  fc.constantFrom('64M', '128M', '256M', '512M', '1G', '2G', '3G', '4G', '16E', '0', '100E', '0x10000000', '0400M'),
  fc.constantFrom('256M@0x60000000', '128M@4G', '512M@0x80000000', '64M@0x1000', '256M@0x48000000'),
  fc.constantFrom('1G-4G:256M,4G-64G:512M,64G-:1G', '512M-2G:64M,2G-:128M', '0-:8G', '1G-:256M@foo', '2G-1G:64M'),
  fc.constantFrom('256M,high', '1G,high', '4G,high', '64M,low', '0,low', '256M,cma'),
  fc.bigInt({ min: 1n, max: 1n << 34n }).map((v) => hex(v)),
)

/** A kernel command line with zero to three crashkernel= options among other words. */
export const engineCmdline = fc.array(fc.oneof({ weight: 3, arbitrary: crashToken.map((t) => `crashkernel=${t}`) }, { weight: 1, arbitrary: fc.constantFrom('console=ttyS0', 'rodata=on', 'rodata=full', 'mem=2G', 'debug_pagealloc=on', 'kfence.sample_interval=0') }), { maxLength: 4 }).map((w) => w.join(' '))

export interface EngineCase {
  arch: 'arm64' | 'x86_64' | 'riscv64'
  kernel: string
  board: Record<string, unknown>
}

const ARCH_RAM_BASE = { arm64: [0x40000000n, 0x80000000n, 0n, 0x80000000000n], x86_64: [0n, 0x1000000n], riscv64: [0x80000000n, 0x40000000n] }

/** A random board as the matrix would give it: 1–4 banks (sorted or not), reservations, an image inside RAM. */
export const engineCase: fc.Arbitrary<EngineCase> = fc
  .record({
    arch: fc.constantFrom('arm64' as const, 'x86_64' as const, 'riscv64' as const),
    kernel: fc.constantFrom(...KERNELS),
    baseIndex: fc.nat(3),
    banks: fc.array(fc.record({ gap: fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 2048n })), size: fc.bigInt({ min: 32n, max: 4096n }) }), { minLength: 1, maxLength: 4 }),
    shuffle: fc.boolean(),
    imageSlot: fc.nat(15),
    reservations: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('fixed' as const), bank: fc.nat(3), offsetPages: fc.bigInt({ min: 0n, max: 4096n }), pages: fc.bigInt({ min: 1n, max: 16384n }), nomap: fc.boolean() }),
        fc.record({ kind: fc.constant('dynamic' as const), sizeMiB: fc.bigInt({ min: 1n, max: 512n }), alignShift: fc.integer({ min: 0, max: 28 }), cma: fc.boolean(), nomap: fc.boolean() }),
      ),
      { maxLength: 3 },
    ),
    cmdline: engineCmdline,
    pageSize: fc.constantFrom(undefined, '4K', '16K', '64K'),
  })
  .map((c) => {
    const bases = ARCH_RAM_BASE[c.arch]
    let cursor = bases[c.baseIndex % bases.length]!
    const banks: Array<{ base: bigint; size: bigint }> = []
    for (const b of c.banks) {
      cursor += b.gap * SZ_2M
      banks.push({ base: cursor, size: b.size * SZ_2M })
      cursor += b.size * SZ_2M
    }
    const first = banks[0]!
    const image = first.base + BigInt(c.imageSlot % 4) * SZ_2M * 8n
    const memory = (c.shuffle ? [...banks].reverse() : banks).map((b) => ({ base: hex(b.base), size: hex(b.size) }))
    const reservations = c.reservations.map((r, i) => {
      if (r.kind === 'dynamic') {
        return { kind: 'dynamic', name: `dyn${i}`, size: `${r.sizeMiB}M`, align: hex(1n << BigInt(r.alignShift + 12)), ...(r.cma && { cma: true }), ...(r.nomap && !r.cma && { nomap: true }) }
      }
      const bank = banks[r.bank % banks.length]!
      const base = bank.base + ((r.offsetPages * 4096n) % bank.size)
      const size = r.pages * 4096n < bank.base + bank.size - base ? r.pages * 4096n : bank.base + bank.size - base
      return { kind: 'fixed', name: `fix${i}`, base: hex(base), size: hex(size), ...(r.nomap && { nomap: true }) }
    })
    const board = {
      id: 'fuzz',
      arch: c.arch,
      kernels: [c.kernel],
      memory,
      reservations,
      image: { base: hex(image), size: '32M' },
      cmdline: c.cmdline,
      ...(c.pageSize !== undefined && c.arch === 'arm64' && { pageSize: c.pageSize }),
    }
    return { arch: c.arch, kernel: c.kernel, board }
  })

interface Range {
  base: bigint
  end: bigint
}

const MEMBLOCK_NOMAP = 4

function subtract(from: Range[], cut: Range[]): Range[] {
  let out = from
  for (const c of cut) {
    out = out.flatMap((r) => {
      if (c.end <= r.base || c.base >= r.end) return [r]
      const parts: Range[] = []
      if (c.base > r.base) parts.push({ base: r.base, end: c.base })
      if (c.end < r.end) parts.push({ base: c.end, end: r.end })
      return parts
    })
  }
  return out
}

function covered(region: Range, by: Range[]): boolean {
  return subtract([region], by).length === 0
}

const overlaps = (a: Range, b: Range): boolean => a.base < b.end && b.base < a.end
const show = (r: Range): string => `[${hex(r.base)}, ${hex(r.end)})`

/**
 * The engine's invariants on one simulated layout (kernel-model.md §3, §5): a crash region
 * lies in usable RAM, inside the window it was searched in, aligned (or at the fixed base),
 * apart from what the board reserved; a failure to find room means the windows really have
 * none (checked by an independent scan of the final free ranges, which can only be smaller
 * than at the time); zones are ordered, contiguous and cover RAM.
 */
export function checkInvariants(layout: Layout, sim: SimulationResult, counts: Counts): void {
  const fail = (what: string): never => {
    throw new Error(`${layout.arch} ${sim.kernel} (${sim.policy}) cmdline ${JSON.stringify(layout.cmdline)}: ${what}`)
  }
  const policy = policyFor(layout.arch, sim.kernel, layout.policy)!
  const align = policy.crash.align
  const memory: Range[] = sim.memory.map((r) => ({ base: r.base, end: r.base + r.size }))
  const usable: Range[] = sim.memory.filter((r) => (r.flags & MEMBLOCK_NOMAP) === 0).map((r) => ({ base: r.base, end: r.base + r.size }))
  const reserved: Range[] = sim.reserved.map((r) => ({ base: r.base, end: r.base + r.size }))

  // Zones: in order, each non-empty one starting where the previous ended, covering RAM.
  const zones = sim.zones.filter((z) => z.start !== null && z.end !== null) as Array<{ name: string; start: bigint; end: bigint }>
  for (const [i, z] of zones.entries()) {
    if (z.end < z.start) fail(`zone ${z.name} ends before it starts`)
    const prev = zones[i - 1]
    if (prev && z.start !== prev.end + 1n) fail(`zone ${z.name} starts at ${hex(z.start)}, not right after ${prev.name} (${hex(prev.end)})`)
  }
  if (zones.length > 0 && memory.length > 0) {
    const lo = zones[0]!.start
    const hi = zones[zones.length - 1]!.end
    const pageSize = layout.pageSize
    const ramLo = memory[0]!.base
    const ramHi = memory[memory.length - 1]!.end - 1n
    // Zones are page frames: the first zone may start at the first whole page of RAM and the
    // last end with the last whole one (PFN_DOWN(memblock_end_of_DRAM())): RAM can end inside
    // a page where a no-map region was cut out of it (5.10's memblock_remove()) with 16K or
    // 64K pages.
    if (lo > ramLo + pageSize - 1n || hi < ramHi - (pageSize - 1n)) fail(`zones [${hex(lo)}, ${hex(hi)}] do not cover RAM [${hex(ramLo)}, ${hex(ramHi)}]`)
  }
  bump(counts, `zones ${zones.length} non-empty`)

  const ck = sim.crashkernel
  bump(counts, `crashkernel ${ck.kind}${ck.kind === 'ignored' ? ` (${ck.reason})` : ck.kind === 'failed' ? ` (${ck.reason})` : ck.kind === 'reserved' ? (ck.fixed ? ' fixed' : ck.high ? ' high' : ck.fellBack ? ' fell back' : '') : ''}`)
  if (ck.kind === 'reserved') {
    const main = { base: ck.main.base, end: ck.main.base + ck.main.size }
    const regions = [{ name: 'main', r: main }, ...(ck.low ? [{ name: 'low', r: { base: ck.low.base, end: ck.low.base + ck.low.size } }] : [])]
    const fixedInputs: Array<{ name: string; r: Range }> = [
      { name: 'kernel image', r: { base: layout.image.base, end: layout.image.base + layout.image.size } },
      ...(layout.initrd ? [{ name: 'initrd', r: { base: layout.initrd.base, end: layout.initrd.base + layout.initrd.size } }] : []),
      ...(layout.dtb ? [{ name: 'DTB', r: { base: layout.dtb.base, end: layout.dtb.base + layout.dtb.size } }] : []),
      // A no-map region is left out of `usable` when the kernel marked it (it refuses with
      // -EBUSY over something already reserved: early_init_dt_reserve_memory()); a plain one
      // is always memblock_reserve()d (on x86_64 too: early_reserve_memory()).
      ...layout.reservations.flatMap((r) => (r.kind === 'fixed' && !r.nomap ? [{ name: `reservation ${r.name}`, r: { base: r.base, end: r.base + r.size } }] : [])),
    ]
    for (const { name, r } of regions) {
      if (r.end <= r.base) fail(`${name} crash region ${show(r)} is empty`)
      if (!covered(r, usable)) fail(`${name} crash region ${show(r)} is not inside usable RAM`)
      if (!covered(r, reserved)) fail(`${name} crash region ${show(r)} is not in memblock.reserved`)
      for (const other of fixedInputs) if (overlaps(r, other.r)) fail(`${name} crash region ${show(r)} overlaps the ${other.name} ${show(other.r)}`)
      if (name === 'low' && r.end > sim.lowMax + 1n) fail(`low crash region ${show(r)} is above CRASH_ADDR_LOW_MAX ${hex(sim.lowMax)}`)
    }
    if (ck.low && overlaps(main, regions[1]!.r)) fail('the main and low crash regions overlap')
    if (ck.fixed) {
      if (sim.request.base !== undefined && main.base !== sim.request.base) fail(`fixed crash region at ${hex(main.base)}, asked for ${hex(sim.request.base)}`)
    } else {
      if (main.base % align !== 0n) fail(`crash region ${show(main)} is not ${hex(align)} aligned`)
      if (ck.low && ck.low.base % align !== 0n) fail(`low crash region at ${hex(ck.low.base)} is not ${hex(align)} aligned`)
      if (main.end > sim.highMax + 1n) fail(`crash region ${show(main)} is above CRASH_ADDR_HIGH_MAX ${hex(sim.highMax)}`)
      if (!ck.high && !ck.fellBack && main.end > sim.lowMax + 1n) fail(`crash region ${show(main)} is above CRASH_ADDR_LOW_MAX ${hex(sim.lowMax)} without ,high or a fallback`)
    }
  } else if (ck.kind === 'failed' && ck.reason === 'no-room') {
    const free = subtract(usable, [...reserved, { base: 0n, end: layout.pageSize }])
    for (const w of ck.searched) {
      const window = { base: w.base, end: w.base + w.size }
      for (const f of free) {
        const lo = f.base > window.base ? f.base : window.base
        const hi = f.end < window.end ? f.end : window.end
        const start = ((lo + align - 1n) / align) * align
        if (start + ck.size <= hi) fail(`reports no room for ${hex(ck.size)} in ${show(window)}, but ${show({ base: start, end: start + ck.size })} is free`)
      }
    }
  }
}

/** Decodes a random board and simulates its layout directly, checking the invariants. */
export function engineInvariantsHold(c: EngineCase, counts: Counts): void {
  const decoded = decodeMatrix({ version: 1, boards: [c.board] } as never)
  const layout = decoded.layouts[0]
  if (!layout) {
    bump(counts, `not decoded (${decoded.problems[0]?.messageId ?? 'none'})`)
    return
  }
  let sim: SimulationResult
  try {
    sim = simulate(layout.layout)
  } catch (error) {
    if (error instanceof Error && /^Unsupported/.test(error.name)) {
      bump(counts, 'unsupported')
      return
    }
    throw error
  }
  bump(counts, `${c.arch}`)
  checkInvariants(layout.layout, sim, counts)
}

// ------------------------------------------------------------------ (b) again: valid boards, mutated

const MUTATION_PATHS = ['id', 'arch', 'kernels', 'kernels.0', 'memory', 'memory.0', 'memory.0.base', 'memory.0.size', 'memory.1', 'reservations', 'reservations.0', 'reservations.0.kind', 'reservations.0.size', 'reservations.0.base', 'reservations.0.align', 'image', 'image.base', 'image.size', 'cmdline', 'extends', 'ram', 'ramSize', 'devices', 'dma', 'config', 'cpu', 'severity', 'suppress', 'expect', 'pageSize', 'paBits', 'vaBits', '__proto__', 'constructor']

/** Sets `path` (dot-separated) in a JSON clone of `doc`, when the parent exists. */
function setPath(doc: unknown, path: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>
  const keys = path.split('.')
  let node: unknown = copy
  for (const key of keys.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return copy
    node = (node as Record<string, unknown>)[key]
  }
  if (node !== null && typeof node === 'object') Object.defineProperty(node, keys[keys.length - 1]!, { value, enumerable: true, writable: true, configurable: true })
  return copy
}

/**
 * A valid board (random or extending a preset) with zero to two values replaced by random
 * JSON: deep enough that check() decodes, simulates, runs the rules and searches for
 * suggestions on the boards that survive.
 */
export const mutatedMatrix = fc
  .tuple(
    fc.oneof(
      engineCase.map((c) => c.board),
      fc.record({
        id: fc.constant('preset'),
        extends: fc.constantFrom('qemu-virt-arm64', 'raspberrypi-4', 'qemu-q35-x86_64', 'qemu-pc-x86_64', 'qemu-virt-riscv64'),
        ramSize: fc.constantFrom('1G', '2G', '4G'),
        kernels: fc.constantFrom(['6.12'], ['5.10'], ['7.2'], ['6.1']),
        cmdline: engineCmdline,
      }).map((b) => (b.extends === 'raspberrypi-4' ? { id: b.id, extends: b.extends, kernels: b.kernels, cmdline: b.cmdline } : b)),
    ),
    fc.array(fc.tuple(fc.constantFrom(...MUTATION_PATHS), jsonish), { maxLength: 2 }),
  )
  .map(([board, mutations]) => {
    let b: unknown = board
    for (const [path, value] of mutations) b = setPath(b, path, value)
    return JSON.stringify({ version: 1, boards: [{ id: 'good', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }, b] }, null, 1)
  })
