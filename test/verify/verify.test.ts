// SPDX-License-Identifier: GPL-2.0-only
/**
 * `verify` on every boot log of the project's oracle copy: the layout rebuilt from the log
 * alone, simulated, agrees with what that kernel printed. The known gaps are facts the log
 * does not contain (listed with the reason); each is checked to still differ.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { caseToBoard } from '../../src/oracle/case-board.js'
import { formatVerify, observedFromLog, verifyBootLog } from '../../src/verify/index.js'
import { bootLogToBoard, parseBootLog } from '../../src/import/bootlog.js'
import { importBoard } from '../../src/import/index.js'

/** The log's /proc/meminfo DirectMap counters, as verify reads them. */
const directMapOf = (log: string) => parseBootLog(log).facts.directMapKb?.value

const root = join(import.meta.dirname, '../oracle')
const logs = readdirSync(join(root, 'logs')).filter((f) => f.endsWith('.log.gz')).sort()
const read = (f: string): string => gunzipSync(readFileSync(join(root, 'logs', f))).toString('utf8')
/** An oracle log's console part (the kernel's messages), before the init's sections. */
const consoleOf = (log: string): string => log.split('=====ORACLE-BEGIN')[0]!
/** An oracle log's /proc/iomem section, its markers left out. */
const iomemOf = (log: string): string => log.split('=====ORACLE-BEGIN iomem=====\n')[1]!.split('=====ORACLE-END iomem=====')[0]!

const KNOWN_GAPS: Record<string, string> = {
  'riscv64-7.2-virt-1G-ck512M.log.gz': 'the boot hung before the kernel printed anything',
  'arm64-6.1-resmem-map-4G-ck256M.log.gz': 'kernels before 6.12 do not log a static reserved-memory region without no-map',
}

describe('verify: the model agrees with every oracle boot log', () => {
  it('has the logs', () => expect(logs.length).toBeGreaterThanOrEqual(337))
  it.each(logs.filter((f) => !(f in KNOWN_GAPS)))('%s', (f) => {
    const r = verifyBootLog(read(f), { logName: f })
    expect(r.problems).toEqual([])
    expect(r.differences).toEqual([])
    expect(formatVerify(r, f)).toContain('the model agrees')
  })
  it.each(Object.keys(KNOWN_GAPS))('known gap %s is reported, not hidden', (f) => {
    const r = verifyBootLog(read(f), { logName: f })
    expect(r.agrees).toBe(false)
  })
  it('the reserved-memory gap closes when the board describes the carve-out (verify --board)', () => {
    const id = 'arm64-6.1-resmem-map-4G-ck256M'
    const c = JSON.parse(readFileSync(join(root, 'cases', `${id}.json`), 'utf8'))
    const r = verifyBootLog(read(`${id}.log.gz`), { board: caseToBoard(c.input), logName: id })
    expect(r.problems).toEqual([])
    expect(r.differences).toEqual([])
  })
  it("notes the board's settings its kernel never reads (SC003 warnings), which the model ignores as the kernel does", () => {
    // A device-tree boot reads no IORT: a board's iortLimitBits without "acpi": true limit
    // nothing, and that may be the very difference; check() warns about it, verify said nothing.
    const id = 'arm64-6.12-dma30-4G-ck256M'
    const c = JSON.parse(readFileSync(join(root, 'cases', `${id}.json`), 'utf8'))
    const board = caseToBoard(c.input)
    const r = verifyBootLog(read(`${id}.log.gz`), { board: { ...board, dma: { ...board.dma, iortLimitBits: [29] } }, logName: id })
    expect(r.differences).toEqual([])
    expect(r.notes).toEqual([expect.stringMatching(/^"dma\.iortLimitBits" \[29\] limits nothing on this board: the kernel reads the IORT only when it boots with ACPI.* \(board\/dma\/iortLimitBits\)$/)])
    expect(formatVerify(r, id)).toContain('  note: "dma.iortLimitBits" [29] limits nothing')
  })
  it('compares how the kernel ran: a device-tree boot ("Machine model:") against a board with "acpi": true is a difference', () => {
    const id = 'arm64-6.12-dma30-4G-ck256M'
    const c = JSON.parse(readFileSync(join(root, 'cases', `${id}.json`), 'utf8'))
    const board = caseToBoard(c.input)
    const acpi = verifyBootLog(read(`${id}.log.gz`), { board: { ...board, acpi: true, dma: {} }, logName: id })
    expect(acpi.differences.filter((d) => d.what === 'acpi')).toEqual([
      {
        what: 'acpi',
        expected: expect.stringMatching(/^a device tree \(line \d+: Machine model: linux,dummy-virt\)$/),
        at: { line: 4, column: 16 },
        predicted: `ACPI (board "${board.id}" has "acpi": true, UEFI firmware with ACPI tables and the EFI stub's device tree, and the command line has no acpi=off)`,
      },
    ])
    expect(formatVerify(acpi, id)).toMatch(/^ {2}arm64-6.12-dma30-4G-ck256M:4:16: acpi\n {4}kernel printed: a device tree/m)
    // The board as it was: nothing to say about ACPI.
    expect(verifyBootLog(read(`${id}.log.gz`), { board, logName: id }).differences).toEqual([])
  })
})

describe('verify: what the log says', () => {
  it("keeps parse_args()'s `Booting kernel: ` of a serial log (no short journal's `host kernel: `)", () => {
    // test/boots/early-params/arm64-6.12-4G-kfence-abc, after its "Kernel command line:".
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../boots/early-params/arm64-6.12-4G-kfence-abc.log.gz'))).toString('utf8')
    const lines = parseBootLog(log).lines.map((l) => l.text)
    const at = lines.findIndex((l) => l.startsWith('Kernel command line: '))
    expect(lines[at + 1]).toBe("Booting kernel: `abc' invalid for parameter `kfence.sample_interval'")
  })
  it('reads the printed reservations and zones', () => {
    const o = observedFromLog(read('arm64-6.12-plain-4G-ck512M.high.log.gz'))
    expect(o.crashRanges).toEqual([
      { kind: 'low', start: 0xf4000000n, end: 0xfbffffffn },
      { kind: 'main', start: 0x11b400000n, end: 0x13b3fffffn },
    ])
    expect(o.zoneRanges?.['DMA32']).toBeNull()
    // The block as printed, from "Zone ranges:" to "Initmem setup node", and that init ran.
    expect(o.zoneLines?.[0]).toBe('Zone ranges:')
    expect(o.zoneLines?.at(-1)).toBe('Initmem setup node 0 [mem 0x0000000040000000-0x000000013fffffff]')
    expect(o.zoneLines).toContain('  node   0: [mem 0x0000000040000000-0x000000013fffffff]')
    expect(o.initCompleted).toBe(true)
  })
  it("takes the bytes of x86 5.10's MiB-granular crash lines from the log's /proc/iomem", () => {
    // test/boots/amd64-sizes: crashkernel=0x7aedc000 (not whole MiB) at 80 MiB; the line
    // prints `>> 20` of both, /proc/iomem the bytes of each `Crash kernel`.
    const boot = (id: string) => gunzipSync(readFileSync(join(import.meta.dirname, `../boots/amd64-sizes/${id}.log.gz`))).toString('utf8')
    expect(observedFromLog(boot('amd64-5.10-q35-6G-ck-fill-low')).crashRanges).toEqual([{ kind: 'main', start: 0x5000000n, end: 0x7fedbfffn }])
    expect(observedFromLog(boot('amd64-5.10-q35-6G-ck-fill-low-plus1')).crashRanges).toEqual([
      { kind: 'low', start: 0x6f000000n, end: 0x7effffffn },
      { kind: 'main', start: 0x185000000n, end: 0x1ffedc000n },
    ])
    // Without the listing the line is all there is: the MiB it names.
    const log = boot('amd64-5.10-q35-6G-ck-fill-low')
    const plain = log.slice(0, log.indexOf('=====ORACLE-BEGIN iomem'))
    expect(observedFromLog(plain).crashRanges).toEqual([{ kind: 'main', start: 0x5000000n, end: 0x7fdfffffn, mib: true }])
    // … which the model's exact region is compared with as the kernel printed it, >> 20 each.
    expect(verifyBootLog(plain)).toMatchObject({ agrees: true, differences: [] })
    const moved = verifyBootLog(plain.replace('Reserving 1966MB of memory at 80MB', 'Reserving 1966MB of memory at 96MB'))
    expect(moved.agrees).toBe(false)
    expect(moved.differences).toContainEqual({ what: 'crash', expected: 'main 0x6000000-0x80dfffff (printed in MiB)', predicted: 'main 0x5000000-0x7fedbfff', at: { line: 46, column: 16 } })
  })
  it('says nothing of init or the zone block where the log stops before them', () => {
    const log = read('arm64-6.12-plain-4G-ck512M.high.log.gz')
    const cut = log.slice(0, log.indexOf('Initmem setup node'))
    const o = observedFromLog(cut)
    expect(o.zoneLines).toBeUndefined()
    expect(o.initCompleted).toBeUndefined()
  })
  it("reads x86 DirectMap counters from a dump of /proc/meminfo in the log, and compares them", () => {
    const log = read('amd64-6.12-q35-4G-ck512M.log.gz')
    const dm = directMapOf(log)!
    expect(Object.keys(dm)).toEqual(['DirectMap4k', 'DirectMap2M', 'DirectMap1G'])
    expect(dm['DirectMap4k']! + dm['DirectMap2M']! + dm['DirectMap1G']!).toBeGreaterThan(4 * 1024 * 1024 - 512 * 1024)
    expect(directMapOf(read('arm64-6.12-plain-4G-ck512M.high.log.gz'))).toBeUndefined()
    // 1 GiB of 1G pages said to be 2M pages: a direct-map difference.
    const edited = log.replace(/^DirectMap2M:\s+(\d+) kB/m, (_l, kb: string) => `DirectMap2M:     ${Number(kb) + 1048576} kB`).replace(/^DirectMap1G:\s+(\d+) kB/m, (_l, kb: string) => `DirectMap1G:     ${Number(kb) - 1048576} kB`)
    expect(verifyBootLog(edited).differences.map((d) => d.what)).toEqual(['direct-map'])
  })
  it("does not take cma_sysfs_init()'s duplicate-name lines for crash kernel lines", () => {
    // A second crashkernel=,cma area has the first one's name: its sysfs directory fails at
    // subsys_initcall time (releases/amd64-7.3.4-q35-4G-ckcma.short.log.gz), long after the
    // reservation, which the model's lines are about.
    const log = read('amd64-7.2-q35-4G-ck256M.log.gz').replace(/^(\[[ .\d]+\] )(crashkernel reserved: .*\n)/m, (_l, ts: string, line: string) =>
      `${ts}${line}${ts}sysfs: cannot create duplicate filename '/kernel/mm/cma/crashkernel'\n${ts}kobject: kobject_add_internal failed for crashkernel with -EEXIST, don't try to register things with the same name in the same directory.\n`)
    expect(log).toContain('kobject: kobject_add_internal failed for crashkernel')
    expect(verifyBootLog(log).differences).toEqual([])
  })
  it('a zone block printed otherwise is a difference, the first differing line named', () => {
    // The node ranges are where the board rebuilt from the log takes its memory from, so
    // the edit is one the import does not read: a line the kernel did not print.
    const log = read('arm64-6.12-plain-4G-ck512M.high.log.gz').replace(/\n(\[[ .\d]+\] )Movable zone start for each node/, '\n$1Movable zone start for each node\n$1  node   0: 0x0')
    const r = verifyBootLog(log)
    // At the log's line the kernel printed otherwise, where its text starts.
    expect(r.differences).toEqual([{ what: 'zones', expected: 'Zone ranges block, line 7:   node   0: 0x0', predicted: 'Zone ranges block, line 7: Early memory node ranges', at: { line: 15, column: 18 } }])
  })
  it('reports a difference line by line', () => {
    const log = read('arm64-6.12-plain-4G-ck512M.high.log.gz').replace('0x000000011b400000 - 0x000000013b400000', '0x000000011b600000 - 0x000000013b600000')
    const r = verifyBootLog(log)
    expect(r.agrees).toBe(false)
    expect(formatVerify(r, 'edited.log')).toMatch(/kernel printed: .*0x11b600000/)
    // At the line that moved (the main region's, not the low part's before it) and the column
    // its text starts at, after the printk time; a CRLF log and a dmesg -t alike.
    expect(formatVerify(r, 'edited.log')).toMatch(/^ {2}edited\.log:20:16: crash$/m)
    expect(verifyBootLog(log.replaceAll('\n', '\r\n')).differences.map((d) => d.at)).toEqual([{ line: 20, column: 16 }, { line: 20, column: 16 }])
    expect(verifyBootLog(log.replace(/^\[[ .\d]+\] /gm, '')).differences.map((d) => d.at)).toEqual([{ line: 20, column: 1 }, { line: 20, column: 1 }])
  })
})

describe('verify on a log cut inside the "Zone ranges:" block', () => {
  it('compares the rest and says the zones were not, instead of reading the missing zones as printed', () => {
    const full = read('amd64-6.12-q35-4G-ck512M.log.gz')
    const lines = full.split('\n')
    const dma32 = lines.findIndex((l) => /^\s*DMA32\s+\[mem/.test(l.replace(/^\[[^\]]*\]\s*/, '')))
    const cut = `${lines.slice(0, dma32 + 1).join('\n')}\n`
    const r = verifyBootLog(cut, { logName: 'cut.log' })
    expect(r.differences).toEqual([])
    expect(r.notes).toEqual([`the log ends inside the "Zone ranges:" block (its last zone line is line ${dma32 + 1}): the zones were not compared`])
    // The whole log compares its zones, with no such note.
    expect(verifyBootLog(full).notes ?? []).toEqual([])
  })
})

describe('verify of a log whose kernel cannot be simulated', () => {
  it('names the log and its banner line', () => {
    const log = read('amd64-6.12-q35-4G-ck512M.log.gz').replace('Debian 6.12.117-1', 'Debian 4.19.235-1').replace('6.12.117+deb13-amd64', '4.19.0-20-amd64')
    const r = verifyBootLog(log, { logName: 'v419.log' })
    const banner = log.split('\n').findIndex((l) => l.includes('Linux version')) + 1
    expect(r.problems).toEqual([expect.stringMatching(new RegExp(`^v419\\.log:${banner}: kernel "4\\.19\\.235" is not modelled`))])
  })
})

describe('verify of a log that names a reserved-memory node it does not place', () => {
  it('lists the node among what the log does not show', () => {
    const f = join(import.meta.dirname, '../boots/arm64-resmem/arm64-7.2-memreserve-4G-ck256M.log.gz')
    const r = verifyBootLog(gunzipSync(readFileSync(f)).toString('utf8'), { logName: 'memreserve.log' })
    expect(r.agrees).toBe(false)
    expect(r.unknowns).toEqual(['reserved-memory node "fw@f8000000" has no address in the log (the kernel failed to place it); not imported'])
  })
})

describe('verify --board with a preset', () => {
  it("picks the preset's RAM variant from a plain x86 dmesg (no image placement in it), and says nothing of a page's difference", () => {
    // dmesg up to user space: e820 lines, no /proc/iomem, so the log alone decodes to no layout.
    const full = read('amd64-6.12-q35-4G-ck512M.log.gz')
    const dmesg = full.slice(0, full.indexOf('\n', full.indexOf('Run /init')) + 1)
    for (const log of [dmesg, full]) {
      const r = verifyBootLog(log, { logName: 'q35.log', board: { id: 'qemu-q35-x86_64', extends: 'qemu-q35-x86_64' } })
      // The 4G variant: the log's RAM (e820 less the page 0 the kernel reserves) is 4 KiB short of it.
      expect([r.agrees, r.layout?.memory.at(-1), r.notes ?? []]).toEqual([true, { base: 1n << 32n, size: 2n << 30n }, []])
    }
  })
})

describe('verify --board for a release without a kernel profile', () => {
  it("takes the log's RAM from the log, with the board's image size: no note of 0 bytes of RAM", () => {
    // Debian 6.17.8 amd64: no profile gives init_size, the set's builds.json does (as a user's board would).
    const dir = join(import.meta.dirname, '../boots/releases')
    const log = gunzipSync(readFileSync(join(dir, 'amd64-6.17.8-q35-4G-ck256M.log.gz'))).toString('utf8')
    const imageSize = (JSON.parse(readFileSync(join(dir, 'builds.json'), 'utf8')) as Record<string, { imageSize: string }>)['amd64-6.17.8']!.imageSize
    const imported = bootLogToBoard(log).board
    const board = { ...imported, image: { ...imported.image!, size: imageSize } }
    const r = verifyBootLog(log, { logName: 'x.log', board })
    expect([r.agrees, r.notes ?? []]).toEqual([true, []])
    // A board of other RAM still gets the note, with the log's 4 GiB - 4.5 KiB of RAM.
    const other = verifyBootLog(log, { logName: 'x.log', board: { ...board, memory: [{ base: '0x100000', size: '0x7ff00000' }] } })
    expect(other.notes).toEqual([expect.stringMatching(/^the log shows 4193787 KiB of RAM, which no RAM variant of board "/)])
  })

  it("takes the image size from the board's entry for the log's kernel, as its problem asks", () => {
    // The problem says 'set "imageSize" on the kernel': a board that did so was told the same,
    // as the log's release replaced the board's kernel entries whole.
    const dir = join(import.meta.dirname, '../boots/releases')
    const log = gunzipSync(readFileSync(join(dir, 'amd64-6.17.8-q35-4G-ck256M.log.gz'))).toString('utf8')
    const imageSize = (JSON.parse(readFileSync(join(dir, 'builds.json'), 'utf8')) as Record<string, { imageSize: string }>)['amd64-6.17.8']!.imageSize
    const imported = bootLogToBoard(log).board
    for (const release of ['6.17.8', '6.17']) {
      // The entry's command line is not the log's: the log's wins, as for the board's own.
      const board = { ...imported, kernels: ['7.3', { release, imageSize, cmdline: 'console=ttyS0' }] }
      const r = verifyBootLog(log, { logName: 'x.log', board } as never)
      expect([r.problems, r.agrees, r.notes ?? []]).toEqual([[], true, []])
    }
    // Two entries of the series, neither the release: which build it is stays unknown.
    const two = { ...imported, kernels: [{ release: '6.17', imageSize }, { release: '6.17.1', imageSize }] }
    expect(verifyBootLog(log, { logName: 'x.log', board: two } as never).problems).toEqual([expect.stringMatching(/^no kernel image size for 6\.17\.8 on x86_64/)])
  })
})

describe('verify: what the log cannot say', () => {
  const log = gunzipSync(readFileSync(join(import.meta.dirname, '../boots/options/arm64-6.12-4G-mem192M.log.gz'))).toString('utf8')
  it('names the placements the log lacks when the model differs', () => {
    // mem=192M leaves no room for the crash kernel beside QEMU's initrd, which this log does not place.
    const r = verifyBootLog(log, { logName: 'mem192M' })
    expect(r.agrees).toBe(false)
    // The tree's size is not unknown: the import reads it off the NODE_DATA line (dtSizeFromNodeData).
    expect(r.unknowns).toEqual([expect.stringContaining('initrd placement is not in the log')])
    expect(formatVerify(r, 'mem192M')).toContain('not in the log (give the board with --board):')
  })

  it("does not call the tree's size unknown where memblock=debug shows it, or where an ACPI boot unflattens none", () => {
    for (const file of ['../oracle/logs/arm64-5.10-plain-1G-ck256M-mbdebug.log.gz', '../boots/cmdline-size/arm64-7.1.3-4G-efi-cut.log.gz']) {
      const text = gunzipSync(readFileSync(join(import.meta.dirname, file))).toString('utf8')
      expect(verifyBootLog(text, { logName: file }).unknowns.join('\n')).not.toContain('unflattened device tree')
    }
  })
  it('has nothing to name with a board', () => {
    const board = JSON.parse(readFileSync(join(import.meta.dirname, '../boots/options/arm64-6.12-4G-mem192M.board.json'), 'utf8')).boards[0]
    const r = verifyBootLog(log, { board, logName: 'mem192M' })
    expect(r.unknowns).toEqual([])
    expect(r.agrees).toBe(true)
  })
})

describe("verify: the model's other lines, where the log prints them with other values", () => {
  const full = read('arm64-6.12-plain-4G-ck512M.high.log.gz')
  const printed = 'cma: Reserved 64 MiB at 0x00000000fc000000 on node -1'
  it('reports a line the kernel printed with other values, with the crash kernel where it was', () => {
    const edited = 'cma: Reserved 64 MiB at 0x00000000fa000000 on node -1'
    const r = verifyBootLog(full.replaceAll(printed, edited), { logName: 'edited.log' })
    expect(r.problems).toEqual([])
    expect(r.differences).toEqual([{ what: 'line', expected: edited, predicted: printed, at: { line: 18, column: 16 } }])
    expect(formatVerify(r, 'edited.log')).toContain(`  edited.log:18:16: line\n    kernel printed: ${edited}\n    model predicts: ${printed}\n`)
  })
  it('compares nothing where the log lacks the message (a quiet console, a log that starts late)', () => {
    const r = verifyBootLog(full.split('\n').filter((l) => !l.includes('cma: Reserved')).join('\n'), { logName: 'quiet.log' })
    expect([r.problems, r.differences, r.agrees]).toEqual([[], [], true])
  })
  it('leaves the crash kernel lines to the crash comparison (not reported twice)', () => {
    const r = verifyBootLog(full.replace('crashkernel reserved: 0x000000011b400000 - 0x000000013b400000', 'crashkernel reserved: 0x000000011b600000 - 0x000000013b600000'), { logName: 'moved.log' })
    expect(r.differences.map((d) => d.what)).toEqual(['crash', 'dmesg'])
  })
})

describe('verify: a plain dmesg (no /proc/iomem in the log)', () => {
  const full = read('arm64-6.12-plain-4G-ck512M.high.log.gz')
  const dmesg = consoleOf(full)
  const iomem = iomemOf(full)
  it('says in the log\'s terms that the image placement is missing, not as board "from-log"\'s setting', () => {
    const r = verifyBootLog(dmesg, { logName: 'dmesg.log' })
    expect(r.problems).toEqual([expect.stringMatching(/^dmesg\.log does not show where the kernel image was loaded \(no \/proc\/iomem listing with "Kernel code", no memblock=debug lines\): append the machine's \/proc\/iomem/)])
    expect(formatVerify(r, 'dmesg.log')).not.toContain('from-log')
  })
  it('agrees once /proc/iomem is appended to the log', () => {
    expect(verifyBootLog(`${dmesg}${iomem}`).agrees).toBe(true)
  })
  it('places an x86_64 kernel booted with nokaslr at LOAD_PHYSICAL_ADDR, and agrees with every such plain dmesg of the oracle', () => {
    const x86 = logs.filter((f) => f.startsWith('amd64-'))
    expect(x86.length).toBeGreaterThan(10)
    for (const f of x86) {
      const plain = consoleOf(read(f))
      expect(plain, f).toContain(' nokaslr')
      const r = verifyBootLog(plain, { logName: f })
      expect([f, r.problems, r.agrees]).toEqual([f, [], true])
    }
    // Without nokaslr, KASLR chose: still said to be missing.
    const kaslr = consoleOf(read(x86[0]!)).replaceAll(' nokaslr', '')
    expect(verifyBootLog(kaslr, { logName: 'dmesg.log' }).problems).toEqual([expect.stringMatching(/^dmesg\.log does not show where the kernel image was loaded \(no \/proc\/iomem listing with "Kernel code"\)/)])
  })
})

describe('verify --board: a log that starts past the banner', () => {
  // memblock=debug wraps the ring buffer before user space reads it: the oracle's dmesg
  // section of an -mbdebug boot starts among the page-table allocations, without the banner
  // (the README's "Early console"). The board imported from the serial console names the kernel.
  const full = read('arm64-6.12-plain-4G-ck256M-mbdebug.log.gz')
  const wrapped = full.split('=====ORACLE-BEGIN dmesg=====\n')[1]!.split('=====ORACLE-END dmesg=====')[0]!
  const board = bootLogToBoard(full, { id: 'virt' }).board
  it('is the boot of the one kernel the board lists, said in a note; the RAM is the log\'s', () => {
    expect(wrapped).not.toContain('Linux version')
    expect(wrapped).toContain('crashkernel reserved: ')
    const r = verifyBootLog(wrapped, { logName: 'dmesg.txt', board })
    expect([r.problems, r.differences, r.agrees]).toEqual([[], [], true])
    expect(r.notes).toEqual(['the log has no "Linux version" line (its start is not in it): compared with board "virt"\'s kernel 6.12.117'])
  })
  it('is refused without a board, or with one of several kernels, saying what would do', () => {
    expect(verifyBootLog(wrapped, { logName: 'dmesg.txt' }).problems).toEqual(['dmesg.txt: no "Linux version" line, so the kernel is unknown'])
    expect(verifyBootLog(wrapped, { logName: 'dmesg.txt', board: { ...board, kernels: ['6.1', '6.12'] } }).problems).toEqual([
      'dmesg.txt: no "Linux version" line, so the kernel is unknown: give --board a board that lists one kernel, the log\'s, to stand in for it',
    ])
  })
})

describe('verify: a log that does not go far enough', () => {
  // A user's log: the console part of a boot, /proc/iomem appended (as the docs say).
  const full = read('amd64-6.12-q35-4G-ck512M.log.gz')
  const iomem = iomemOf(full)
  const dmesg = consoleOf(full)
  const lines = dmesg.split('\n')
  const upTo = (re: RegExp): string => lines.slice(0, lines.findIndex((l) => re.test(l))).join('\n') + '\n'
  it('agrees when whole', () => expect(verifyBootLog(`${dmesg}${iomem}`).agrees).toBe(true))
  it('cut before the crash kernel line: cannot tell, not "the kernel printed none"', () => {
    const r = verifyBootLog(`${upTo(/crashkernel reserved:/)}${iomem}`, { logName: 'cut.log' })
    expect(r.differences).toEqual([])
    expect(r.agrees).toBe(false)
    expect(r.problems).toEqual([expect.stringMatching(/^cut\.log stops before the kernel reserved the crash kernel/)])
    expect(formatVerify(r, 'cut.log')).toMatch(/^cut\.log: cannot verify\n/)
  })
  it('x86 5.10 cut after "kexec: Reserving the low 1M of memory for crashkernel" (setup_arch(), before the reservation): cannot tell', () => {
    // That line names the crash kernel ages before its reservation: it was read as the log
    // having got past it, and "kernel printed: none" reported a difference that is no boot's.
    const old = consoleOf(read('amd64-5.10-q35-4G-ck512M.high.log.gz'))
    const at = old.indexOf('kexec: Reserving the low 1M of memory for crashkernel')
    const cut = old.slice(0, old.indexOf('ACPI: Reserving', at))
    const r = verifyBootLog(cut, { logName: 'cut.log' })
    expect([r.differences, r.agrees]).toEqual([[], false])
    expect(r.problems).toEqual([expect.stringMatching(/^cut\.log stops before the kernel reserved the crash kernel/)])
    expect(verifyBootLog(old).agrees).toBe(true)
  })
  it('cut in the middle of the crash kernel line (no newline after it): cannot tell, not "the kernel printed none"', () => {
    // A capture stopped mid-line. The x86_64 nokaslr boot places its image without /proc/iomem.
    const at = dmesg.indexOf('crashkernel reserved: ')
    const r = verifyBootLog(dmesg.slice(0, at + 40), { logName: 'cut.log' })
    expect([r.differences, r.agrees]).toEqual([[], false])
    expect(r.problems).toEqual([expect.stringMatching(/^cut\.log is cut short in its last line \(line \d+: "crashkernel reserved: 0x000000005f000000"\), before the kernel said where/)])
    // A first boot's line another boot follows is no cut either: the log goes on.
    const twice = verifyBootLog(`${dmesg.slice(0, at + 40)}\n${dmesg.slice(0, at + 40)}`, { logName: 'two.log' })
    expect(twice.problems).toEqual([])
    // The whole line without its newline is no cut: compared, and it agrees.
    const whole = verifyBootLog(dmesg.slice(0, dmesg.indexOf('\n', at)), { logName: 'whole.log' })
    expect([whole.problems, whole.differences, whole.agrees]).toEqual([[], [], true])
  })
  // x86 prints where the low part went before the main region's line: a log cut between the
  // two showed "the model differs" (a low part alone), where it cannot tell.
  it('cut after the low part\'s line, or in the main region\'s line after it: cannot tell', () => {
    const both = consoleOf(read('amd64-6.1-q35-4G-ck512M.high+ck128M.low.log.gz'))
    const low = both.indexOf('Reserving 128MB of low memory')
    const lowEnd = both.indexOf('\n', low) + 1
    const after = verifyBootLog(both.slice(0, lowEnd), { logName: 'cut.log' })
    expect([after.differences, after.agrees]).toEqual([[], false])
    expect(after.problems).toEqual([expect.stringMatching(/^cut\.log stops after the crash kernel's low part \(line \d+\), before the kernel said where it reserved the main region/)])
    // With the machine's /proc/iomem appended, as verify asks for: the kernel's last line is still the low part's.
    const appended = verifyBootLog(`${both.slice(0, lowEnd)}${iomemOf(read('amd64-6.1-q35-4G-ck512M.high+ck128M.low.log.gz'))}`, { logName: 'cut.log' })
    expect([appended.differences, appended.agrees]).toEqual([[], false])
    expect(appended.problems).toEqual([expect.stringMatching(/^cut\.log stops after the crash kernel's low part \(line \d+\), before the kernel said where it reserved the main region/)])
    const mid = verifyBootLog(both.slice(0, both.indexOf('for crashkernel', lowEnd) + 'for crashker'.length), { logName: 'cut.log' })
    expect(mid.problems).toEqual([expect.stringMatching(/^cut\.log is cut short in its last line \(line \d+: "Reserving 512MB of memory at \d+MB for crashker"\), before the kernel said where it reserved the crash kernel's main region/)])
    // Whole, it agrees.
    expect(verifyBootLog(both).agrees).toBe(true)
  })
  it('stopped by a panic after the reservation (no root file system): compared, and it agrees', () => {
    // The kernel's last words come after the crash kernel line: no early stop (hang) to predict.
    const panic = `${upTo(/ as init process/)}[    9.000000] Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)\n`
    const r = verifyBootLog(`${panic}${iomem}`, { logName: 'panic.log' })
    expect(r.observed.initCompleted).toBeUndefined()
    expect([r.problems, r.differences]).toEqual([[], []])
    expect(r.agrees).toBe(true)
  })
  it('stopped by a panic after setup_arch() with no crash kernel line: compared, not a hang (test/boots/random-efi g11)', () => {
    // acpi=off on an ACPI-only machine: the kernel boots the EFI stub's tree and panics in
    // mm_core_init(), after `Kernel command line:`; `crashkernel=128M,low` alone reserves nothing
    // and prints nothing on arm64, which the model predicts (ignored).
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../boots/random-efi/arm64-6.16.3-efi-4857M-g11.log.gz'))).toString('utf8')
    expect(log).toContain('Kernel panic - not syncing')
    const r = verifyBootLog(log, { logName: 'g11.log' })
    expect(r.observed.initCompleted).toBeUndefined()
    expect(r.observed.crashLines).toEqual([])
    // From the log alone, one line differs, by a page: the kernel's text size (6.16.3 has no
    // profile, and a boot that stops before init prints no /proc/iomem "Kernel code"), which
    // decides map_mem()'s tables. KFENCE, which no line of such a boot names, the importer
    // reads from the early pool memblock=debug shows (2 MiB more otherwise).
    expect([r.problems, r.differences]).toEqual([[], [{ what: 'line', expected: 'NODE_DATA(0) allocated [mem 0x16e9a8100-0x16e9ab87f]', predicted: 'NODE_DATA(0) allocated [mem 0x16e9a7100-0x16e9aa87f]', at: { line: 4911, column: 16 } }]])
    expect(r.board?.config).toMatchObject({ KFENCE: true })
    // With the build's text size (test/boots/random-efi/builds.json) it agrees.
    const board = bootLogToBoard(log).board
    const withCode = verifyBootLog(log, { logName: 'g11.log', board: { ...board, image: { ...board.image!, codeSize: '0x1fb0000' } } })
    expect([withCode.problems, withCode.differences, withCode.agrees]).toEqual([[], [], true])
    // Cut before `Kernel command line:`, the same panic says nothing of the reservation yet.
    const early = log.slice(0, log.indexOf('Kernel command line:')) + log.slice(log.indexOf('Kernel panic - not syncing'))
    expect(observedFromLog(early).initCompleted).toBe(false)
  })
  it('stopped by the endless retry of the crash reservation, without memblock=debug: cannot tell from the log, and the model hangs there (test/boots/random i09)', () => {
    // riscv64 6.12, `mem=384M … crashkernel=256M`: QEMU 7.2's initrd at 0x88200000 leaves no
    // 256 MiB under the limit, and reserve_crashkernel_generic() retries an empty window for
    // ever. The log stops after the zone block, before `Kernel command line:`; no line says why.
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../boots/random/riscv64-6.12-virt-1669M-i09.log.gz'))).toString('utf8')
    expect(log.trimEnd().split('\n').at(-1)).toContain('terminating on signal 15')
    expect(verifyBootLog(log, { logName: 'i09.log' }).problems).toEqual([expect.stringContaining('has no "Kernel command line:" line')])
    // The board the log gives, with the drawn command line and what the log does not show
    // (test/boots/random/builds.json: QEMU 7.2's initrd, this DT's unflattened size).
    const imported = bootLogToBoard(log).board
    const cmdline = 'console=ttyS0 earlycon=uart8250,mmio,0x10000000 mem=384M nokaslr mem=1413M kfence.sample_interval=0 crashkernel=64M crashkernel=256M,high crashkernel=256M'
    const board = { ...imported, cmdline, boot: { ...imported.boot, unflattenedDt: '0x5de4', dtAliases: '0x0' }, initrd: { base: '0x88200000', size: '0xfe000' } }
    const r = verifyBootLog(log, { logName: 'i09.log', board })
    expect(r.result?.crashkernel).toMatchObject({ kind: 'hang', cause: 'endless-retry', size: 0x10000000n })
    // The lines it prints before it hangs are the kernel's, to the last.
    expect(r.result!.trace.map((e) => e.text).filter((t) => !log.includes(t))).toEqual([])
    expect(r.problems).toEqual([expect.stringContaining('stops before the kernel reserved the crash kernel')])
    // Without the initrd the model reserves the crash kernel: the hang is the initrd's.
    const { initrd: _initrd, ...noInitrd } = board
    expect(verifyBootLog(log, { logName: 'i09.log', board: noInitrd }).result?.crashkernel.kind).toBe('reserved')
  })
  it('and the same hang on 6.16.3, whose window mem= took (test/boots/random f04)', () => {
    // riscv64 6.16.3 (no profile) at 3G with `mem=1088M … crashkernel=1G`: no 1 GiB window
    // under the limit, and the generic reservation retries for ever, as on 6.12 and 7.2.
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../boots/random/riscv64-6.16.3-virt-3G-f04.log.gz'))).toString('utf8')
    expect(log.trimEnd().split('\n').at(-1)).toContain('terminating on signal 15')
    expect(log).not.toContain('Kernel command line:')
    // The drawn command line and what test/boots/random/builds.json gives for 6.16.3.
    const imported = bootLogToBoard(log).board
    const cmdline = 'console=ttyS0 earlycon=uart8250,mmio,0x10000000 mem=1088M nokaslr rodata=on crashkernel=1G'
    const board = { ...imported, cmdline, vaBits: 57, config: { ...imported.config, KFENCE: true }, image: { ...imported.image!, size: '0x2200000' }, boot: { ...imported.boot, unflattenedDt: '0x67a4', dtAliases: '0x0' }, initrd: { base: '0x88200000', size: '0xfe000' } }
    const r = verifyBootLog(log, { logName: 'f04.log', board })
    expect(r.result?.crashkernel).toMatchObject({ kind: 'hang', cause: 'endless-retry', size: 0x40000000n })
    expect(r.result!.trace.map((e) => e.text).filter((t) => !log.includes(t))).toEqual([])
    expect(r.problems).toEqual([expect.stringContaining('stops before the kernel reserved the crash kernel')])
    // The log's memory is what mem= left; with the machine's 3 GiB and no mem= the model
    // reserves it: the hang is mem='s.
    const whole = { ...board, cmdline: cmdline.replace(' mem=1088M', ''), memory: [{ base: '0x80000000', size: '0xc0000000' }] as [{ base: string; size: string }] }
    expect(imported.memory).toEqual([{ base: '0x80000000', size: '0x44000000' }])
    expect(verifyBootLog(log, { logName: 'f04.log', board: whole }).result?.crashkernel.kind).toBe('reserved')
  })
  it('and on 7.2 with memblock=debug, which shows the retry (test/boots/random-dt i09, cut after 400 lines)', () => {
    // riscv64 7.2.13 at 1411M, `crashkernel=1G`: the kernel, the initrd and QEMU's DT leave no
    // 1 GiB window, and the log repeats the request for [0xd8300000, 0xd8300000) for ever.
    const boot = join(import.meta.dirname, '../boots/random-dt/riscv64-7.2-virt-1411M-i09')
    const log = gunzipSync(readFileSync(`${boot}.log.gz`)).toString('utf8')
    const requests = log.split('\n').filter((l) => l.includes('reserve_crashkernel_generic'))
    expect(requests.length).toBeGreaterThan(20)
    expect(requests.slice(1).every((l) => l.includes('from=0x00000000d8300000 max_addr=0x00000000d8300000'))).toBe(true)
    const { board } = importBoard({ bootLog: log, dtb: new Uint8Array(readFileSync(`${boot}.dtb`)) }, { id: 'i09' })
    // The DT's placement comes from the log (paging_init's reservation), its memory from the DT;
    // the log alone has no memory to hold it, and says so.
    expect(board.dtb).toEqual({ base: '0xbfe00000', size: '0x16ba' })
    expect(bootLogToBoard(log).provenance['/dtb']).toMatch(/^not given: .* lies in none of the memory the log shows \(it stops before its memory map\)$/)
    const r = verifyBootLog(log, { logName: 'i09.log', board })
    expect(r.result?.crashkernel).toMatchObject({ kind: 'hang', cause: 'endless-retry', size: 0x40000000n })
    expect(r.result!.trace.map((e) => e.text).filter((t) => !log.includes(t))).toEqual([])
    // memblock=debug's repeated request is the hang verify reads from the log: they agree.
    expect([r.problems, r.differences, r.notes]).toEqual([[], [], []])
    expect(formatVerify(r, 'i09.log')).toMatch(/the model agrees .*crash hang/)
  })
  it('a complete log without the crash kernel line still differs (the kernel printed none)', () => {
    const r = verifyBootLog(`${dmesg.replace(/^.*crashkernel reserved:.*\n/m, '')}${iomem}`)
    expect(r.problems).toEqual([])
    expect(r.differences.map((d) => [d.what, d.expected])).toEqual([['crash', 'none'], ['dmesg', 'none']])
  })
  it('what was compared still differs, with a note that the crash kernel was not', () => {
    // arm64 prints the zones before the crash kernel; --board gives the command line.
    const id = 'arm64-6.12-plain-4G-ck512M.high'
    const arm = read(`${id}.log.gz`)
    const armIomem = iomemOf(arm)
    const armLines = consoleOf(arm).split('\n')
    const cut = armLines.slice(0, armLines.findIndex((l) => /crashkernel low memory reserved:/.test(l))).join('\n') + '\n'
    const board = caseToBoard(JSON.parse(readFileSync(join(root, 'cases', `${id}.json`), 'utf8')).input)
    expect(verifyBootLog(`${cut}${armIomem}`, { board, logName: 'cut.log' }).problems).toEqual([expect.stringMatching(/^cut\.log stops before/)])
    const edited = cut.replace(/\n(\[[ .\d]+\] )Movable zone start for each node/, '\n$1Movable zone start for each node\n$1  node   0: 0x0')
    const r = verifyBootLog(`${edited}${armIomem}`, { board, logName: 'cut.log' })
    expect(r.problems).toEqual([])
    expect(r.differences.map((d) => d.what)).toEqual(['zones'])
    expect(r.notes).toEqual([expect.stringMatching(/^the crash kernel is not compared: cut\.log stops before/)])
  })
})

describe('verify: a log without the command line', () => {
  // arm64 prints its crash kernel lines before "Kernel command line:" (start_kernel() prints it
  // after setup_arch()): a log cut between them shows neither a reservation nor a request.
  const full = read('arm64-6.12-plain-4G-ck512M.high.log.gz')
  const iomem = iomemOf(full)
  const lines = consoleOf(full).split('\n')
  const cut = lines.slice(0, lines.findIndex((l) => /crashkernel low memory reserved:/.test(l))).join('\n') + '\n'
  it('cannot verify: the crashkernel= asked for is unknown', () => {
    const r = verifyBootLog(`${cut}${iomem}`, { logName: 'cut.log' })
    expect(r.agrees).toBe(false)
    expect(r.problems).toEqual([expect.stringMatching(/^cut\.log has no "Kernel command line:" line/)])
  })
})

describe('verify: the first boot is the one import reads', () => {
  it('a line without the printk time that reads like a banner ends no boot (another program on the console)', () => {
    // In a timestamped log such a line is not the kernel's: import reads on past it, and so
    // must the crash kernel lines verify compares with the reservation import read.
    const full = read('amd64-6.12-q35-4G-ck512M.log.gz')
    const echoed = full.replace(/^(\[[ .\d]+\] Linux version .*\n)/m, '$1Linux version 6.12.117 (echoed by another program)\n')
    expect(echoed).not.toBe(full)
    const r = verifyBootLog(echoed, { logName: 'echoed.log' })
    expect(r.observed.crashLines).toEqual(verifyBootLog(full).observed.crashLines)
    expect(r.observed.crashLines?.some((l) => /crashkernel reserved/.test(l))).toBe(true)
    expect([r.problems, r.differences]).toEqual([[], []])
    expect(r.agrees).toBe(true)
  })
})

describe('verify: blanks a terminal or web console leaves at the ends of lines', () => {
  it('agrees as without them (the zone block and the crash kernel lines are compared exactly)', () => {
    const log = read('amd64-6.1-q35-4G-ck512M.high+ck128M.low.log.gz')
    expect(verifyBootLog(log).agrees).toBe(true)
    const padded = verifyBootLog(log.replace(/\n/g, '   \n'))
    expect([padded.problems, padded.differences, padded.agrees]).toEqual([[], [], true])
  })
})

describe('verify: two boots in one log', () => {
  const boot = (f: string): string => consoleOf(read(f))
  const iomem = iomemOf(read('arm64-6.12-plain-4G-ck512M.log.gz'))
  it('compares the first and says so', () => {
    const first = boot('arm64-6.12-plain-4G-ck512M.log.gz')
    const r = verifyBootLog(`${first}${boot('arm64-6.12-plain-4G-ck512M.high.log.gz')}${iomem}`)
    expect(r.agrees).toBe(true)
    expect(r.result?.crashkernel.kind).toBe('reserved')
    expect(r.notes).toEqual([`the log holds more than one boot: only the first, before line ${first.split('\n').length}, was compared (cut the log to compare another)`])
    expect(formatVerify(r, 'two.log')).toContain('note: the log holds more than one boot')
  })
  it('says the log holds another boot where the first is cut short (the note came only with an answer)', () => {
    // x86_64 nokaslr: placed without /proc/iomem. A reset after 30 lines, then the whole boot.
    const x86 = boot('amd64-6.1-q35-4G-ck512M.high+ck128M.low.log.gz')
    const first = x86.split('\n').slice(0, 30).join('\n') + '\n'
    const r = verifyBootLog(`${first}${x86}`, { logName: 'two.log' })
    expect(r.problems).toEqual([expect.stringMatching(/^two\.log stops before the kernel reserved the crash kernel/)])
    expect(formatVerify(r, 'two.log')).toMatch(/^two\.log: cannot verify\n {2}two\.log stops before .*\n {2}note: the log holds more than one boot: only the first, before line 31, was compared/)
  })
})

// test/boots/arm64-custom: Debian's 7.2 sources built with 64K pages. Without its .config the
// model takes what the log does not show from Debian's 7.2 profile and places the crash kernel
// elsewhere; the difference alone did not say that the build is not Debian's, nor what to give.
describe('verify: a kernel that is not a Debian build', () => {
  const custom = join(import.meta.dirname, '../boots/arm64-custom')
  const log = gunzipSync(readFileSync(join(custom, 'arm64-7.2-64k-plain-4G-ck256M.log.gz'))).toString('utf8')
  it('says, where the model differs, that its configuration was taken from the Debian profile', () => {
    const r = verifyBootLog(log, { logName: 'custom.log' })
    expect(r.agrees).toBe(false)
    expect(r.differences.length).toBeGreaterThan(0)
    expect(r.notes).toEqual(['Linux 7.2.13 was not built by Debian (its banner names root@vm, not debian-kernel@lists.debian.org): the build options the log does not show are those of Debian\'s 7.2 (docs/presets.md); for this build, import the log with its .config and give that board with --board'])
    expect(formatVerify(r, 'custom.log')).toContain('note: Linux 7.2.13 was not built by Debian')
  })
  it('says nothing of it where the model agrees, nor for a Debian build', () => {
    const [first] = logs
    expect(verifyBootLog(read(first!)).notes ?? []).toEqual([])
    const withConfig = verifyBootLog(log.replace('(root@vm)', '(debian-kernel@lists.debian.org)'), { logName: 'x.log' })
    expect(withConfig.agrees).toBe(false)
    expect(withConfig.notes ?? []).toEqual([])
  })
})

// test/boots/releases: trixie-backports' arm64 6.16 – 7.1 have no Debian kernel profile, so a
// board from the log alone took 48-bit PA and VA; the log's "52-bit Virtual Addressing
// (LPA2)" line says the build has VA_BITS_52 (and so PA_BITS_52), and 6.16.3 – 6.19.6
// placed crashkernel=512M,high 2 MiB higher than the model did.
describe('verify: arm64 releases without a Debian profile, from the log alone', () => {
  const releases = join(import.meta.dirname, '../boots/releases')
  const files = readdirSync(releases).filter((f) => /^arm64-(6\.1[6-9]|7\.[01])\.\d+-.*\.log\.gz$/.test(f)).sort()
  it('has them', () => expect(files.length).toBeGreaterThanOrEqual(12))
  it.each(files)('%s agrees', (f) => {
    const r = verifyBootLog(gunzipSync(readFileSync(join(releases, f))).toString('utf8'), { logName: f })
    expect([r.problems, r.differences]).toEqual([[], []])
    expect(r.layout).toMatchObject({ paBits: 52, vaBits: 52 })
  })
})

// The amd64 6.16 – 7.1 logs: x86 takes the image size from the bzImage header, which no log
// shows and no Debian profile has for these series. verify said to 'set "imageSize" on the
// kernel or "image.size"', edits of a board the user never gave.
describe('verify: an x86_64 release without a Debian profile, from the log alone', () => {
  it('asks for a board whose image has a size', () => {
    const f = join(import.meta.dirname, '../boots/releases/amd64-6.17.8-q35-4G-ck256M.log.gz')
    const log = gunzipSync(readFileSync(f)).toString('utf8')
    const r = verifyBootLog(log, { logName: 'amd64.log' })
    const banner = log.split('\n').findIndex((l) => l.includes('Linux version')) + 1
    expect(r.problems).toEqual([`amd64.log:${banner}: no kernel image size for 6.17.8 on x86_64: no Debian profile gives it and the log does not show it; give a board with --board whose "image" has a "size" (the bzImage setup header's init_size)`])
  })
})

// The library's verifyBootLog() takes a board as a caller wrote it (the CLI's comes from a
// matrix check() accepted): decoding read a size it could not parse as one too large for 64
// bits, and a board that is no object failed with a TypeError.
describe('verify: a board from the caller is checked against the schema', () => {
  const log = read('arm64-6.12-plain-4G-ck512M.high.log.gz')
  const board = { id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'] }
  const problems = (opts: object) => {
    const r = verifyBootLog(log, opts as never)
    return [r.agrees, r.problems]
  }
  it('says what is wrong with a value, in check\'s words, at the board\'s field', () => {
    expect(problems({ board })).toEqual([true, []])
    expect(problems({ board: { ...board, ramSize: '4Q' } })).toEqual([false, ['"4Q" is not a RAM size like QEMU\'s -m (hex 0x…, or a decimal number, with an optional K/M/G/T/P/E suffix: "4G", not "4GB") (board/ramSize)']])
    const { ramSize: _, ...banks } = board
    expect(problems({ board: { ...banks, memory: [{ base: 'zz', size: '4G' }] } })).toEqual([false, ['"zz" is not an address (hex 0x…, or a decimal number, with an optional K/M/G/T/P/E suffix) (board/memory/0/base)']])
    expect(problems({ board, defaults: { cmdline: 5 } })).toEqual([false, ['defaults.cmdline: expected string, found integer (defaults/cmdline)']])
  })
  it('refuses a board that is no object, or has no id, instead of throwing', () => {
    expect(problems({ board: 'vm' })).toEqual([false, ['the board: expected object, found string (board)']])
    expect(problems({ board: {} })).toEqual([false, ['missing required property "id" (board)']])
  })
})

describe("verify of an Ubuntu build whose banner does not name its upstream release", () => {
  // Ubuntu's 6.1 OEM build prints no "(Ubuntu <package> <upstream>)" signature: its log reads
  // as 6.1.0, before stable 6.1.64 dropped NODE_MIN_SIZE, which the build has (it gives the
  // 2 MiB node NODE_DATA: test/boots/ubuntu, "A node of 2 MiB").
  const name = 'amd64-6.1.0-1036-oem-q35-4G-4094M+2M-ck256M.log.gz'
  const log = gunzipSync(readFileSync(join(import.meta.dirname, '../boots/ubuntu', name))).toString('utf8')
  const imageSize = (JSON.parse(readFileSync(join(import.meta.dirname, '../boots/ubuntu/builds.json'), 'utf8')) as Record<string, { imageSize: string }>)['amd64-6.1.0-1036-oem']!.imageSize
  const board = (kernels: [string]) => ({ ...importBoard({ bootLog: log }, { id: 'oem' }).board, kernels, image: { ...importBoard({ bootLog: log }, { id: 'oem' }).board.image!, size: imageSize } })
  it('import says the release is unknown', () => {
    const notes = importBoard({ bootLog: log }, { id: 'oem' }).problems.filter((p) => p.code === 'ubuntuReleaseUnknown')
    expect(notes.map((p) => p.message)).toEqual([expect.stringContaining('Linux 6.1.0 is an Ubuntu build whose banner does not end with its version signature')])
    // A build with the signature has its release, and no such note.
    const signed = gunzipSync(readFileSync(join(import.meta.dirname, '../boots/ubuntu/amd64-6.5.0-45-generic-q35-4G-4094M+2M-ck256M.log.gz'))).toString('utf8')
    expect(importBoard({ bootLog: signed }, { id: 's' }).problems.map((p) => p.code)).not.toContain('ubuntuReleaseUnknown')
  })
  it("runs as 6.1.0 on the log's word, and says why it may differ", () => {
    const r = verifyBootLog(log, { logName: name, board: board(['6.1.0']) })
    expect(r.layout?.kernel).toBe('6.1.0')
    expect(r.differences.map((d) => d.what)).toEqual(['zones', 'direct-map'])
    const alone = verifyBootLog(log, { logName: name })
    expect(alone.notes?.some((n) => n.includes('is an Ubuntu build whose banner does not name the upstream release'))).toBe(true)
  })
  it("takes the release of the board's kernel of that series, as the note asks", () => {
    const r = verifyBootLog(log, { logName: name, board: board(['6.1.64']) })
    expect(r.layout?.kernel).toBe('6.1.64')
    // NODE_DATA and the zone lines agree then; the DirectMap counters stay a known disagreement.
    expect(r.differences.map((d) => d.what)).toEqual(['direct-map'])
  })
})
