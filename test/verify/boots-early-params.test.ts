// SPDX-License-Identifier: GPL-2.0-only
/**
 * Debian's kernels booted by scripts/boots/early-params.sh with early parameters whose handlers
 * stop the boot in parse_early_param() (memmap=nn%ss-T+T with one type twice, a bare
 * `kernelcore`) or print "Malformed early option" (a bare `movablecore`, `mem`, `reservelow`,
 * `mem=nopentium`), and memmap= types past 32 bits. boots.test.ts has `verify` agree on each (a boot that stopped against a model that
 * stops); here: the model stops with the fault, in the function, the kernel's last words name,
 * and otherwise prints its lines in the kernel's order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { simulate, type SimulationResult } from '../../src/engine/index.js'
import { bootLogToBoard } from '../../src/import/bootlog.js'
import type { Board } from '../../src/matrix/generated/board-matrix.js'
import { boardToLayouts } from '../../src/oracle/decode-board.js'
import { firstBootLines } from '../../src/verify/index.js'

const dir = join(import.meta.dirname, '../boots/early-params')
const logs = readdirSync(dir).filter((f) => f.endsWith('.log.gz')).sort()
const read = (f: string): string => gunzipSync(readFileSync(join(dir, f))).toString('utf8')

/** The simulation of a boot: from its board where the log stopped too early to rebuild one (as boots.test.ts). */
function simulated(f: string, log: string): SimulationResult {
  const boardFile = join(dir, f.replace(/\.log\.gz$/, '.board.json'))
  const imported = bootLogToBoard(log).board
  const board: Board = existsSync(boardFile) ? { ...(JSON.parse(readFileSync(boardFile, 'utf8')).boards[0] as Board), kernels: imported.kernels } : imported
  return simulate(boardToLayouts(board)[0]!)
}

const stopped = logs.filter((f) => !read(f).includes(' as init process'))
const ran = logs.filter((f) => !stopped.includes(f))

describe('Debian boots with early parameters that stop the boot or are malformed', () => {
  it('has the logs: five boots that stop (amd64 5.10, 6.12, 7.2 and arm64 6.12), eight that run init', () => {
    expect(stopped).toEqual([
      'amd64-5.10-4G-memmap-same-type.log.gz',
      'amd64-6.12-4G-kernelcore-bare.log.gz',
      'amd64-6.12-4G-memmap-same-type.log.gz',
      'amd64-7.2-4G-memmap-same-type.log.gz',
      'arm64-6.12-4G-kernelcore-bare.log.gz',
    ])
    expect(ran).toEqual([
      'amd64-5.10-4G-reservelow-bare.log.gz',
      'amd64-6.12-4G-mem-bare.log.gz',
      'amd64-6.12-4G-mem-nopentium.log.gz',
      'amd64-6.12-4G-memmap-type-u32.log.gz',
      'amd64-6.12-4G-movablecore-bare.log.gz',
      'arm64-6.12-4G-mem-bare.log.gz',
      'arm64-6.12-4G-mem2G-movablecore-bare.log.gz',
      'riscv64-6.12-4G-mem-bare.log.gz',
    ])
  })

  it.each(stopped)('%s: the model stops where the kernel did, with its fault, in its function', (f) => {
    const log = read(f)
    const r = simulated(f, log)
    expect(r.crashkernel.kind === 'hang' && r.crashkernel.cause).toBe('early-param')
    if (r.crashkernel.kind !== 'hang' || r.crashkernel.cause !== 'early-param') return
    // The faulting function, as the oops's RIP (x86) or pc (arm64) line names it.
    const fn = r.crashkernel.at.split(' ').at(-1)!
    expect(log).toMatch(new RegExp(`(RIP: 0010:|pc : )${fn}\\+`))
    if (r.crashkernel.fault === 'bug') {
      expect(log).toMatch(/kernel BUG at arch\/x86\/kernel\/e820\.c:\d+!/)
      expect(log).toContain('PANIC: early exception 0x06 ') // #UD: the BUG's ud2
    } else {
      // A read of address 0: x86's #PF with cr2 0 before the IDT is up, arm64's oops and panic.
      expect(log).toMatch(/PANIC: early exception 0x0e .* cr2 0x0\r?\n|Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000/)
    }
    // The parameter the model stopped at is on the command line (x86 prints it before parsing
    // it; arm64 prints it later, so its board gives it).
    const cmdline = /Command line: (.*)/.exec(log)?.[1] ?? (JSON.parse(readFileSync(join(dir, f.replace(/\.log\.gz$/, '.board.json')), 'utf8')) as { boards: Board[] }).boards[0]!.cmdline!
    expect(cmdline.trim().split(' ')).toContain(r.crashkernel.param)
    // Nothing after the fault: no zones, no memblock, no crash kernel.
    expect([r.zoneLines, r.memory, r.trace]).toEqual([[], [], []])
  })

  it.each(ran)("%s: the model's lines are the kernel's, in the kernel's order", (f) => {
    const log = read(f)
    const lines = firstBootLines(log)
    const r = simulated(f, log)
    expect(r.crashkernel.kind).toBe('reserved')
    // Each model line at or after the previous one's place in the log (parse_early_param()'s
    // "Malformed early option" first, before the crash kernel lines and the zone block).
    let at = 0
    const outOfOrder: string[] = []
    for (const { text } of r.trace) {
      const i = lines.indexOf(text, at)
      if (i < 0) outOfOrder.push(text)
      else at = i
    }
    expect(outOfOrder).toEqual([])
    expect(r.trace.length).toBeGreaterThan(0)
    // Every "Malformed early option" and "Memory limited to" line of the kernel's is the model's, in order.
    const early = (texts: string[]) => texts.filter((t) => /^(Malformed early option|Memory limited to|mem=nopentium)/.test(t))
    expect(early(r.trace.map((e) => e.text))).toEqual(early(lines))
  })

  it.each(['amd64-6.12-4G-mem-bare.log.gz', 'arm64-6.12-4G-mem-bare.log.gz', 'riscv64-6.12-4G-mem-bare.log.gz', 'amd64-6.12-4G-mem-nopentium.log.gz'])(
    '%s: a malformed mem sets no memory limit: the crash kernel and the memory are as without it',
    (f) => {
      const log = read(f)
      const r = simulated(f, log)
      const reserved = /crashkernel reserved: 0x([0-9a-f]{16}) - 0x([0-9a-f]{16})/.exec(log)!
      expect(r.crashkernel.kind === 'reserved' && r.crashkernel.main).toEqual({ kind: 'main', base: BigInt(`0x${reserved[1]}`), size: BigInt(`0x${reserved[2]}`) - BigInt(`0x${reserved[1]}`) })
      expect(r.trace.map((e) => e.text)).not.toContainEqual(expect.stringMatching(/^Memory limited/))
      const plain = simulate({ ...boardToLayouts(bootLogToBoard(log).board)[0]!, cmdline: 'crashkernel=256M' })
      expect(r.memory).toEqual(plain.memory)
    },
  )

  it("memmap=256M%0x60000000-0x100000001+2 is -1+2: the kernel and the model turn RAM at 0x60000000 into reserved memory, so the crash kernel goes below it", () => {
    const log = read('amd64-6.12-4G-memmap-type-u32.log.gz')
    expect(log).toContain('crashkernel reserved: 0x0000000050000000 - 0x0000000060000000 (256 MB)')
    const r = simulated('amd64-6.12-4G-memmap-type-u32.log.gz', log)
    expect(r.crashkernel.kind === 'reserved' && r.crashkernel.main).toEqual({ kind: 'main', base: 0x50000000n, size: 0x10000000n })
  })
})
