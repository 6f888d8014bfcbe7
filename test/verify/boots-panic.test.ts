// SPDX-License-Identifier: GPL-2.0-only
/**
 * Boots that panic after the crash reservation (test/boots/ubuntu, "A node of 2 MiB": Ubuntu's
 * 5.11 – 5.17 with a NUMA node of 2 MiB, kept with earlyprintk=): what verify reads of such a
 * log, and how compareWithBoot() holds it against the model's SimulationResult.panic.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { simulate, type SimulationResult } from '../../src/engine/index.js'
import { bootLogToBoard } from '../../src/import/bootlog.js'
import type { Board } from '../../src/matrix/generated/board-matrix.js'
import { compareWithBoot, stoppedFromLines } from '../../src/oracle/compare.js'
import { boardToLayouts } from '../../src/oracle/decode-board.js'
import { observedFromLog } from '../../src/verify/index.js'

const dir = join(import.meta.dirname, '../boots/ubuntu')
const read = (f: string): string => gunzipSync(readFileSync(join(dir, f))).toString('utf8')
const PANIC_517 = 'amd64-5.17.0-1035-oem-q35-4G-4094M+2M-ck256M.earlyprintk.log.gz'
const PANIC_513 = 'amd64-5.13.0-52-generic-q35-4G-4094M+2M-ck256M.earlyprintk.log.gz'
const BOOTED_5151 = 'amd64-5.15.0-204-generic-q35-4G-4094M+2M-ck256M.log.gz'

/** The model of a log's boot: its board with the build's facts (builds.json) and nokaslr's image base. */
function simulated(f: string): SimulationResult {
  const builds = JSON.parse(readFileSync(join(dir, 'builds.json'), 'utf8')) as Record<string, { imageSize: string; boot?: Board['boot'] }>
  const facts = Object.entries(builds).find(([b]) => f.startsWith(`${b}-`))![1]
  const board = bootLogToBoard(read(f)).board
  return simulate(boardToLayouts({ ...board, image: { base: '0x1000000', size: facts.imageSize }, boot: { ...facts.boot, ...board.boot } })[0]!)
}

describe('a boot that panics after the crash reservation', () => {
  it('is read as such: last words after the reservation\'s line, before setup_arch() returns, naming the function', () => {
    expect(observedFromLog(read(PANIC_517))).toMatchObject({ panicAfterReservation: { line: 'BUG: kernel NULL pointer dereference, address: 0000000000000090', fn: 'memmap_init' } })
    expect(observedFromLog(read(PANIC_513)).panicAfterReservation?.fn).toBe('free_area_init')
    // Neither a boot that stopped before the reservation, nor one that ran init.
    const o = observedFromLog(read(PANIC_517))
    expect(o.initCompleted).toBeUndefined()
    expect(observedFromLog(read(BOOTED_5151)).panicAfterReservation).toBeUndefined()
  })

  it('agrees with the model\'s panic in memmap_init(), named as memmap_init or its inlining caller', () => {
    const sim = simulated(PANIC_517)
    expect(sim.panic).toMatchObject({ nid: 1, fn: 'memmap_init' })
    expect(compareWithBoot(sim, observedFromLog(read(PANIC_517)))).toEqual([])
    expect(compareWithBoot(simulated(PANIC_513), observedFromLog(read(PANIC_513)))).toEqual([])
    // A fault in some other function is another panic than the model's.
    const other = { ...observedFromLog(read(PANIC_517)), panicAfterReservation: { line: 'BUG: kernel NULL pointer dereference, address: 0000000000000090', fn: 'sparse_init' } }
    expect(compareWithBoot(sim, other)).toEqual([{ what: 'crash', expected: 'boot panics after the reservation: BUG: kernel NULL pointer dereference, address: 0000000000000090 (in sparse_init)', predicted: 'boot panics after the reservation in memmap_init (NUMA node 1 without a pg_data_t)' }])
  })

  it('differs from a boot that ran init, and a model that boots on differs from a log that panics', () => {
    const sim = simulated(PANIC_517)
    const booted = observedFromLog(read(BOOTED_5151))
    expect(booted.initCompleted).toBe(true)
    // 5.15.224 gives the node NODE_DATA and runs init: against the 5.17 model, that is the difference.
    expect(compareWithBoot(sim, booted)).toContainEqual({ what: 'crash', expected: 'boot completed (init ran)', predicted: 'boot panics after the reservation in memmap_init (NUMA node 1 without a pg_data_t)' })
    // (Its DirectMap counters are a known disagreement of Ubuntu's builds: boots.test.ts.)
    expect(compareWithBoot(simulated(BOOTED_5151), booted).filter((d) => d.what !== 'direct-map')).toEqual([])
    const { panic: _, ...bootsOn } = sim
    expect(compareWithBoot(bootsOn, observedFromLog(read(PANIC_517)))).toEqual([{ what: 'crash', expected: 'boot panics after the reservation: BUG: kernel NULL pointer dereference, address: 0000000000000090 (in memmap_init)', predicted: 'the boot goes on' }])
  })

  it('agrees without crashkernel= too, where the log shows no reservation to be past', () => {
    // The panic does not depend on crashkernel=: with none, the log stops with no crash line,
    // which verify reads as a boot that never got past the reservation.
    const log = read(PANIC_517).replace(/ crashkernel=256M/g, '').split('\n').filter((l) => !l.includes('crashkernel')).join('\n')
    const o = observedFromLog(log)
    expect(o).toMatchObject({ initCompleted: false, stopped: { kind: 'fault', fn: 'memmap_init' } })
    const builds = JSON.parse(readFileSync(join(dir, 'builds.json'), 'utf8')) as Record<string, { imageSize: string; boot?: Board['boot'] }>
    const board = bootLogToBoard(log).board
    const sim = simulate(boardToLayouts({ ...board, image: { base: '0x1000000', size: builds['amd64-5.17.0-1035-oem']!.imageSize }, boot: { ...builds['amd64-5.17.0-1035-oem']!.boot, ...board.boot } })[0]!)
    expect(sim.crashkernel.kind).toBe('not-requested')
    expect(sim.panic?.fn).toBe('memmap_init')
    expect(compareWithBoot(sim, o)).toEqual([])
    // A fault in another function is not this panic.
    expect(compareWithBoot(sim, { ...o, stopped: { kind: 'fault', line: 'BUG: kernel NULL pointer dereference', fn: 'sparse_init' } })).toEqual([{ what: 'crash', expected: 'boot hang (init never ran)', predicted: 'not-requested' }])
  })

  it('names the function of the fault\'s own register dump, not an earlier warning\'s', () => {
    const lines = ['WARNING: CPU: 0 PID: 0 at mm/foo.c:1 foo+0x1/0x2', 'RIP: 0010:foo+0x1/0x2', 'Reserving 256MB of memory at 1776MB for crashkernel (System RAM: 4095MB)', 'BUG: kernel NULL pointer dereference, address: 0000000000000090', 'RIP: 0010:memmap_init+0x64/0x1a3', 'Kernel panic - not syncing: Attempted to kill the idle task!']
    expect(stoppedFromLines(lines)).toEqual({ kind: 'fault', line: 'BUG: kernel NULL pointer dereference, address: 0000000000000090', fn: 'memmap_init' })
  })
})
