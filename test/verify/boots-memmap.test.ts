// SPDX-License-Identifier: GPL-2.0-only
/**
 * Debian's amd64 kernels (5.10.223, 6.12.117, 7.2.13; 7.1.3 once) booted with mem= and memmap= by
 * scripts/boots/amd64-memmap.sh: no oracle case uses those options. boots.test.ts has
 * `verify` agree on each; here, the model's reserve_initrd() lines (where the boot loader's initrd is, and where it was moved when the
 * edited memory map left it outside RAM) are the kernel's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { simulate } from '../../src/engine/index.js'
import { bootLogToBoard, normalizeLine } from '../../src/import/bootlog.js'
import type { Board } from '../../src/matrix/generated/board-matrix.js'
import { compareWithBoot } from '../../src/oracle/compare.js'
import { boardToLayouts } from '../../src/oracle/decode-board.js'
import { observedFromLog } from '../../src/verify/index.js'

const dir = join(import.meta.dirname, '../boots/amd64-memmap')
const logs = readdirSync(dir).filter((f) => f.endsWith('.log.gz')).sort()
const read = (f: string): string => gunzipSync(readFileSync(join(dir, f))).toString('utf8')

const RAMDISK = /^(RAMDISK|Allocated new RAMDISK|Move RAMDISK)/

/** The kernel's RAMDISK lines of the first boot (the dmesg section repeats them). */
function ramdiskLines(log: string): string[] {
  const out: string[] = []
  for (const raw of log.split('\n')) {
    const text = normalizeLine(raw).text
    if (RAMDISK.test(text)) {
      if (out.includes(text)) break
      out.push(text)
    }
  }
  return out
}

describe('Debian amd64 boots with mem= and memmap=', () => {
  it('has the logs', () => expect(logs.length).toBeGreaterThanOrEqual(18))


  it.each(logs)('%s: the RAMDISK lines', (f) => {
    const log = read(f)
    const kernel = ramdiskLines(log)
    expect(kernel.length).toBeGreaterThan(0)
    // A boot that stops before /proc/iomem (no-sub1M: init_real_mode() panics) comes with its
    // board (<id>.board.json), which takes the log's kernel.
    const imported = bootLogToBoard(log).board
    const boardFile = join(dir, f.replace(/\.log\.gz$/, '.board.json'))
    const board: Board = existsSync(boardFile) ? { ...(JSON.parse(readFileSync(boardFile, 'utf8')).boards[0] as Board), kernels: imported.kernels! } : imported
    const layout = boardToLayouts(board)[0]!
    expect(simulate(layout).trace.map((t) => t.text).filter((t) => RAMDISK.test(t))).toEqual(kernel)
  })

  it('the ones without free RAM under 1 MiB print the trampoline line and panic in init_real_mode(), as the model has it', () => {
    const stopped = logs.filter((f) => f.includes('memmap-no-sub1M'))
    expect(stopped).toHaveLength(3)
    for (const f of stopped) {
      const log = read(f)
      expect(log, f).toContain('Kernel panic - not syncing: Real mode trampoline was not allocated')
      const board = { ...(JSON.parse(readFileSync(join(dir, f.replace(/\.log\.gz$/, '.board.json')), 'utf8')).boards[0] as Board), kernels: bootLogToBoard(log).board.kernels! }
      const r = simulate(boardToLayouts(board)[0]!)
      expect(r.panic, f).toEqual({ cause: 'no-real-mode-trampoline', at: 'arch/x86/realmode/init.c init_real_mode', fn: 'init_real_mode' })
      const line = r.trace.find((t) => t.source === 'realmode')!.text
      expect(log, f).toContain(line)
      // The crash kernel is reserved first, and nothing protects what is never loaded.
      expect(r.crashkernel.kind, f).toBe('reserved')
      expect(r.protection.available, f).toBe(false)
    }
  })

  it('verify reads the trampoline panic, after "Kernel command line:", and holds it against the model\'s', () => {
    for (const f of logs.filter((x) => x.includes('memmap-no-sub1M'))) {
      const log = read(f)
      const observed = observedFromLog(log)
      expect(observed.panicAfterReservation, f).toEqual({ line: 'Kernel panic - not syncing: Real mode trampoline was not allocated', fn: 'init_real_mode' })
      const board = { ...(JSON.parse(readFileSync(join(dir, f.replace(/\.log\.gz$/, '.board.json')), 'utf8')).boards[0] as Board), kernels: bootLogToBoard(log).board.kernels! }
      const r = simulate(boardToLayouts(board)[0]!)
      expect(compareWithBoot(r, observed).filter((d) => d.what === 'crash'), f).toEqual([])
      // A model that boots on differs from the log.
      const { panic: _, ...bootsOn } = r
      expect(compareWithBoot(bootsOn, observed).filter((d) => d.what === 'crash'), f).toEqual([
        { what: 'crash', expected: 'boot panics after the reservation: Kernel panic - not syncing: Real mode trampoline was not allocated (in init_real_mode)', predicted: 'the boot goes on' },
      ])
    }
    // Other last words after the command line are none the model predicts: a boot whose root
    // file system does not mount (random n01's first run, an initramfs without /init) is not read as one.
    const rootless = read(logs.find((x) => x.includes('memmap-no-sub1M'))!).replace('Kernel panic - not syncing: Real mode trampoline was not allocated', 'Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)')
    expect(observedFromLog(rootless).panicAfterReservation).toBeUndefined()
  })

  it('some of them move the initrd (exactmap, mem=)', () => {
    expect(logs.filter((f) => ramdiskLines(read(f)).length === 3).length).toBeGreaterThanOrEqual(6)
  })
})
