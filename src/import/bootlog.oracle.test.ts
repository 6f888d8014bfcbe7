// SPDX-License-Identifier: GPL-2.0-only
/**
 * Every boot log of the project's oracle copy (test/oracle/logs) through bootLogToBoard():
 * the board is schema-valid, its RAM is the boot's /proc/iomem System RAM, and the facts
 * (release, arch, command line, zones, crash placements) are what the case recorded.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Board } from '../matrix/generated/board-matrix.js'
import { validateMatrix } from '../matrix/validate.js'
import { KERNEL_PROFILES } from '../presets/index.js'
import { bootLogToBoard } from './bootlog.js'
import { mergeSpans, subtractSpans, type Span } from './ranges.js'

interface OracleRange {
  start: string
  end: string
}
interface OracleCaseFile {
  id: string
  input: { id: string; arch: 'arm64' | 'amd64' | 'riscv64'; kernel: string; cmdline: string }
  run: { log: string }
  observed: {
    system_ram: OracleRange[]
    crash_printed?: Array<OracleRange & { kind: 'main' | 'low' }>
    cmdline_seen?: string | null
    zone_ranges?: Record<string, OracleRange | 'empty'>
  }
}

const root = join(import.meta.dirname, '../../test/oracle')
const cases = readdirSync(join(root, 'cases'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(root, 'cases', f), 'utf8')) as OracleCaseFile)

const span = (r: OracleRange): Span => ({ base: BigInt(r.start), end: BigInt(r.end) + 1n })
const show = (s: Span[]) => s.map((x) => `[0x${x.base.toString(16)}, 0x${x.end.toString(16)})`)

/** What the board says is System RAM: banks that are not no-map, minus no-map reservations. */
function boardSystemRam(board: Board): Span[] {
  const banks = (board.memory ?? []).filter((b) => !b.nomap).map((b) => ({ base: BigInt(b.base), end: BigInt(b.base) + BigInt(b.size) }))
  const nomap = (board.reservations ?? []).flatMap((r) => (r.kind === 'fixed' && r.nomap ? [{ base: BigInt(r.base), end: BigInt(r.base) + BigInt(r.size) }] : []))
  return subtractSpans(banks, nomap)
}

describe('bootLogToBoard over the oracle logs', () => {
  it('has the whole oracle copy', () => {
    expect(cases.length).toBeGreaterThanOrEqual(337)
  })

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const log = gunzipSync(readFileSync(join(root, c.run.log))).toString('utf8')
    const r = bootLogToBoard(log, { id: c.id })
    expect(validateMatrix({ version: 1, boards: [r.board] })).toEqual([])

    const o = c.observed
    if (o.system_ram.length === 0) {
      // The boot hung before the kernel printed anything (riscv64-7.2-virt-1G-ck512M).
      expect(r.problems).toContainEqual(expect.objectContaining({ code: 'noMemory', severity: 'error' }))
      expect(r.board.arch).toBe('riscv64')
      return
    }
    expect(show(boardSystemRam(r.board))).toEqual(show(mergeSpans(o.system_ram.map(span))))
    expect(r.problems.filter((p) => p.severity !== 'note')).toEqual([])

    expect(r.board.arch).toBe(c.input.arch === 'amd64' ? 'x86_64' : c.input.arch)
    expect(String(r.board.kernels?.[0])).toMatch(new RegExp(`^${c.input.kernel.replace('.', '\\.')}\\.\\d+$`))
    if (o.cmdline_seen) expect(r.board.cmdline).toBe(o.cmdline_seen.trim())

    const printed = (o.crash_printed ?? []).map((p) => ({ region: p.kind, ...span(p) }))
    const crash = r.facts.crash.flatMap((x) => (x.value.kind === 'reserved' ? [{ region: x.value.region, base: x.value.base, end: x.value.base + x.value.size }] : []))
    expect(crash).toEqual(printed)

    for (const [name, z] of Object.entries(o.zone_ranges ?? {})) {
      const got = r.facts.zones.find((x) => x.value.name === name)?.value
      expect(got, name).toEqual(z === 'empty' ? { name } : { name, range: span(z) })
    }
  })
})

describe('x86: the image reserved part from /proc/iomem', () => {
  // "Kernel bss" ends at __bss_stop - 1 = __end_of_kernel_reserve - 1: each amd64 boot's
  // import gives its build's boot.kernelReserve, the Debian profile's for the oracle's kernels.
  const amd64 = cases.filter((c) => c.input.arch === 'amd64' && c.observed.system_ram.length > 0)
  it.each(amd64.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const board = bootLogToBoard(gunzipSync(readFileSync(join(root, c.run.log))).toString('utf8')).board
    const series = c.input.kernel
    expect(board.boot?.kernelReserve).toBe(`0x${KERNEL_PROFILES[`x86_64-${series}`]!.boot.kernelReserve.toString(16)}`)
    // reserve_brk()'s setup_arch line at __end_of_kernel_reserve gives the brk in use; only
    // memblock=debug prints it, and then it is the profile's (which these boots measured).
    const brk = c.input.cmdline.includes('memblock=debug') ? `0x${KERNEL_PROFILES[`x86_64-${series}`]!.boot.brk.toString(16)}` : undefined
    expect(board.boot?.brk).toBe(brk)
  })
})
