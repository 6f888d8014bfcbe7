// SPDX-License-Identifier: GPL-2.0-only
/**
 * `import` on oracle artefacts: a boot log (gunzipped to a file, and gzip'd as kept), a DTB,
 * a DTS through dtc (and without it), /proc/iomem + .config; the output is a schema-valid
 * matrix that check reads and verify agrees with; unreadable inputs exit 2 with locations.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFile, readFile, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectArtefact } from '../../src/cli/commands/artefact.js'
import { validateMatrix } from '../../src/matrix/validate.js'
import { parseDocument } from '../../src/matrix/parse.js'
import { buildDtb } from '../import/dtb-builder.js'
import { toDts, virtTree } from '../import/qemu-virt-dt.js'
import { EXAMPLES, oracleLog, ROOT, run, tempDir } from './io.js'

const hasDtc = (() => {
  try {
    execFileSync('dtc', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

const GiB = 1n << 30n

describe('import', () => {
  it('writes a schema-valid one-board matrix from a boot log, provenance on stderr', async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, 'arm64-6.12-plain-4G-ck512M.high')
    const r = await run(['import', log, '--id', 'vm-4g'])
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(validateMatrix(doc)).toEqual([])
    expect(doc.boards[0]).toMatchObject({ id: 'vm-4g', arch: 'arm64', kernels: [{ release: '6.12.117', imageSize: '0x2500000' }], memory: [{ base: '0x40000000', size: '0x100000000' }], cmdline: 'console=ttyAMA0 crashkernel=512M,high' })
    expect(r.err).toContain(`Board "vm-4g" from boot log ${log}.`)
    expect(r.err).toMatch(/ {2}\/boards\/0\/cmdline: boot log line \d+: "Kernel command line: console=ttyAMA0 crashkernel=512M,high"/)
  })

  it('reads an artefact from standard input for -, named <stdin>, and refuses a second -', async () => {
    const dir = await tempDir()
    const log = await readFile(await oracleLog(dir, 'arm64-6.12-plain-4G-ck512M.high'))
    const r = await run(['import', '-', '--id', 'vm-4g'], { stdin: log })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).boards[0]).toMatchObject({ id: 'vm-4g', arch: 'arm64', cmdline: 'console=ttyAMA0 crashkernel=512M,high' })
    expect(r.err).toContain('Board "vm-4g" from boot log <stdin>.')
    const twice = await run(['import', '-', '-'], { stdin: log })
    expect([twice.code, twice.err]).toEqual([2, 'crashkernel-check import: cannot read <stdin>: standard input ("-") can be read only once\n'])
  })

  it('writes --out and <out>.provenance.json; check reads it and verify agrees with the boot', async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, 'arm64-6.12-dma30-4G-ck256M')
    const out = join(dir, 'board.json')
    const r = await run(['import', log, '--id', 'dma30', '--out', out])
    expect(r.code).toBe(0)
    expect(r.out).toContain(`Wrote board "dma30" to ${out} (/boards/0); where each value came from: ${out}.provenance.json`)
    const side = JSON.parse(await readFile(`${out}.provenance.json`, 'utf8'))
    expect(Object.keys(side.boards)).toEqual(['dma30'])
    expect(side.boards.dma30.inputs).toEqual({ bootLog: log })
    expect(side.boards.dma30.provenance['/boards/0/memory/0']).toMatch(/^boot log line \d+: "node {3}0: \[mem /)
    // This boot really failed to reserve the low part (30-bit DMA bus): check finds it too.
    const checked = await run(['check', out])
    expect(checked.code).toBe(1)
    expect(checked.out).toContain('CK001 reservation-failed')
    const v = await run(['verify', log, '--board', 'dma30', '--matrix', out])
    expect(v.out).toContain('the model agrees')
    expect(v.code).toBe(0)
  })

  it('adds to an existing matrix keeping its comments, and replaces a board with the same id', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'boards.json')
    await copyFile(EXAMPLES, matrix)
    const log = join(ROOT, 'test/oracle/logs/amd64-6.12-pc-4G-ck256M.log.gz')
    const first = await run(['import', log, '--id', 'pc-4g', '--out', matrix])
    expect(first.code).toBe(0)
    expect(first.out).toContain(`Added board "pc-4g" in ${matrix} (/boards/5)`)
    const again = await run(['import', log, '--id', 'pc-4g', '--out', matrix])
    expect(again.out).toContain(`Replaced board "pc-4g" in ${matrix} (/boards/5)`)
    const text = await readFile(matrix, 'utf8')
    expect(text).toContain('// Every number is explained in docs/boards.md.')
    const doc = parseDocument(text)
    expect(doc.problems).toEqual([])
    expect((doc.value as { boards: Array<{ id: string }> }).boards.map((b) => b.id)).toEqual(['rpi4', 'ampere-altra', 'qemu-virt-arm64', 'x86-server', 'visionfive2', 'pc-4g'])
    expect((await run(['check', matrix, '--boards', 'pc-4g'])).code).toBe(0)
  })

  it('reads a DTB: memory and dma-ranges', async () => {
    const dir = await tempDir()
    const dtb = join(dir, 'virt.dtb')
    await writeFile(dtb, buildDtb(virtTree(4n * GiB, 'dma30', 'console=ttyAMA0 crashkernel=256M')))
    const r = await run(['import', dtb, '--id', 'virt-dt'])
    expect(r.code).toBe(0)
    const board = JSON.parse(r.out).boards[0]
    expect(board.memory).toEqual([{ base: '0x40000000', size: '0x100000000' }])
    expect(board.dma).toEqual({ ranges: [{ node: '/dma-bus30', busAddr: '0xc0000000', cpuAddr: '0x0', size: '0x40000000' }] })
    expect(r.err).toMatch(/\/boards\/0\/memory\/0: DTB \/memory@40000000 reg/)
  })

  it.skipIf(!hasDtc)('compiles a DTS with dtc to the same board as the DTB', async () => {
    const dir = await tempDir()
    const tree = virtTree(4n * GiB, 'resmem-cma', 'console=ttyAMA0 crashkernel=256M')
    await writeFile(join(dir, 'virt.dts'), toDts(tree))
    await writeFile(join(dir, 'virt.dtb'), buildDtb(tree))
    const fromDts = await run(['import', join(dir, 'virt.dts'), '--id', 'x'])
    const fromDtb = await run(['import', join(dir, 'virt.dtb'), '--id', 'x'])
    expect(fromDts.code).toBe(0)
    const strip = (b: Record<string, unknown>) => ({ ...b, description: undefined })
    expect(strip(JSON.parse(fromDts.out).boards[0])).toEqual(strip(JSON.parse(fromDtb.out).boards[0]))
  })

  it('refuses an --id the schema refuses, or an option where its value should be, as a usage error', async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, 'arm64-6.12-plain-4G-ck512M.high')
    for (const [args, message] of [
      [['--id', 'my board'], '--id "my board" is not a board id: use letters, digits, ".", "_" and "-", starting with a letter or digit (such as --id my-board)'],
      [['--id=-x'], '--id "-x" is not a board id: use letters, digits, ".", "_" and "-", starting with a letter or digit (such as --id x)'],
      [['--id', '-x'], '--id needs a value: the argument after it starts with "-" and is read as an option'],
      [['--id', '--out', 'b.json'], '--id needs a value: the argument after it starts with "-" and is read as an option'],
    ] as const) {
      const r = await run(['import', log, ...args])
      expect([r.code, r.out, r.err.split('\n')[0]], args.join(' ')).toEqual([2, '', `crashkernel-check import: ${message}`])
      expect(r.err).toContain('Usage: crashkernel-check import')
    }
    // A valid id is kept as it is.
    const ok = await run(['import', log, '--id', 'Board_1.a-b'])
    expect([ok.code, JSON.parse(ok.out).boards[0].id]).toEqual([0, 'Board_1.a-b'])
  })

  it.skipIf(!hasDtc)("finds a DTS's /include/ next to it, whatever the working directory", async () => {
    // dtc reads the DTS from stdin, which resolved the file from the command's directory.
    const dir = await tempDir()
    await writeFile(join(dir, 'virt.dts'), `${toDts(virtTree(4n * GiB))}\n/include/ "model.dtsi"\n`)
    await writeFile(join(dir, 'model.dtsi'), '/ { model = "from-the-dtsi"; };\n')
    const r = await run(['import', join(dir, 'virt.dts'), '--id', 'x'])
    expect(r.err).not.toContain("Couldn't open")
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).boards[0].name).toBe('from-the-dtsi')
  })

  it.skipIf(!hasDtc)('locates a DTS syntax error at its line and column', async () => {
    const dir = await tempDir()
    const dts = join(dir, 'broken.dts')
    await writeFile(dts, '/dts-v1/;\n/ {\n\tmodel = "x"\n};\n')
    const r = await run(['import', dts])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(new RegExp(`${dts.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:1: error: dtc: syntax error`))
  })

  it('says clearly when dtc is not installed', async () => {
    const dir = await tempDir()
    const dts = join(dir, 'virt.dts')
    await writeFile(dts, toDts(virtTree(2n * GiB)))
    const r = await run(['import', dts], { spawnSync: () => ({ status: null, stdout: '', stderr: '', error: { code: 'ENOENT', message: 'spawnSync dtc ENOENT' } }) })
    expect(r.code).toBe(2)
    expect(r.err).toContain('dtc (the device tree compiler) is not installed')
    expect(r.err).toContain('device-tree-compiler')
    expect(r.out).toBe('')
  })

  it('merges a boot log, /proc/iomem and a .config', async () => {
    const r = await run(['import', 'test/import/ampere-altra-seed.dmesg', 'test/import/ampere-altra-seed.iomem', 'test/import/debian-config/arm64-6.1.config', '--id', 'altra'])
    expect(r.code).toBe(0)
    const board = JSON.parse(r.out).boards[0]
    expect(board.memory.length).toBeGreaterThan(3)
    expect(r.err).toContain('/proc/iomem test/import/ampere-altra-seed.iomem')
    expect(r.err).toMatch(/\/boards\/0\/kernels\/0\/config\/ZONE_DMA: \.config line \d+/)
  })

  it('keeps the provenance of every board imported into one --out, and replaces only the board imported again', async () => {
    const dir = await tempDir()
    const a = await oracleLog(dir, 'arm64-6.12-dma30-4G-ck256M')
    const b = await oracleLog(dir, 'arm64-6.12-plain-4G-ck512M.high')
    const out = join(dir, 'boards.json')
    const side = `${out}.provenance.json`
    expect((await run(['import', a, '--id', 'one', '--out', out])).code).toBe(0)
    // A provenance file as versions before this one wrote it (one board) is read as that board's.
    const old = JSON.parse(await readFile(side, 'utf8'))
    await writeFile(side, JSON.stringify({ matrix: out, board: 'one', ...old.boards.one }))
    expect((await run(['import', b, '--id', 'two', '--out', out])).code).toBe(0)
    const both = JSON.parse(await readFile(side, 'utf8'))
    expect(Object.keys(both.boards)).toEqual(['one', 'two'])
    expect(both.boards.one).toEqual(old.boards.one)
    expect(both.boards.two.provenance['/boards/1/memory/0']).toMatch(/^boot log line \d+: /)
    expect((await run(['import', b, '--id', 'one', '--out', out])).out).toContain('Replaced board "one"')
    const again = JSON.parse(await readFile(side, 'utf8'))
    expect(again.boards.one.inputs).toEqual({ bootLog: b })
    expect(again.boards.two).toEqual(both.boards.two)
    // Not a provenance file: nothing is written over it, and the matrix stays as it was.
    const matrixBefore = await readFile(out, 'utf8')
    await writeFile(side, '{ "notes": 1 }')
    const refused = await run(['import', a, '--id', 'three', '--out', out])
    expect(refused.code).toBe(2)
    expect(refused.err).toContain(`${side} exists but is not a provenance file of crashkernel-check import: move it away, or give another --out`)
    expect(await readFile(out, 'utf8')).toBe(matrixBefore)
  })

  it('exits 2 with located problems for unreadable or unknown input', async () => {
    const dir = await tempDir()
    const bad = join(dir, 'bad.dtb')
    await writeFile(bad, 'garbage')
    const r = await run(['import', bad])
    expect(r.code).toBe(2)
    expect(r.err).toContain('crashkernel-check import: no board written: 1 error in the input\n')
    expect(r.err).toContain(`${bad} (byte 0): error: a DTB header needs 40 bytes`)
    // The count says what it counts: a log cut inside its memory block has one error (no
    // memory) and a warning beside it (no command line), which read as "1 problem(s)".
    const cut = join(dir, 'cut.log')
    await writeFile(cut, '[    0.000000] Linux version 6.12.117-arm64 (debian-kernel@lists.debian.org) #1 SMP Debian 6.12.117-1 (2025-11-01)\n[    0.000000] Early memory node ranges\n[    0.000000]   node   0: [mem 0x00000000')
    const c = await run(['import', cut])
    expect(c.code).toBe(2)
    expect(c.err).toMatch(/^crashkernel-check import: no board written: 1 error in the input \(and \d+ warnings?(, \d+ notes?)?\)\n/)
    const unknown = join(dir, 'notes.txt')
    await writeFile(unknown, 'hello\nworld\n')
    const u = await run(['import', unknown])
    expect(u.code).toBe(2)
    expect(u.err).toContain(`cannot tell what ${unknown} is`)
    // A binary file named like a log is not read as one (it was: "no memory map in the log", …).
    const binary = join(dir, 'bin.log')
    await writeFile(binary, Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01'), Buffer.alloc(64), Buffer.from('Linux version 6.12.0\n')]))
    const b = await run(['import', binary])
    expect(b.code).toBe(2)
    expect(b.err).toContain(`cannot tell what ${binary} is`)
    const two = await run(['import', 'test/import/ampere-altra-seed.dmesg', join(ROOT, 'test/oracle/logs/amd64-6.12-pc-4G-ck256M.log.gz')])
    expect(two.code).toBe(2)
    expect(two.err).toContain('are both a boot log')
    const missing = await run(['import', 'no/such.log'])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('cannot read no/such.log')
  })

  it('tells artefacts apart by content', () => {
    const enc = (s: string) => new TextEncoder().encode(s)
    const kind = (path: string, text: string) => detectArtefact({ path, bytes: enc(text), text })
    expect(kind('x', '[    0.000000] Booting Linux on physical CPU 0x0\n')).toBe('bootLog')
    expect(kind('x', '00000000-00000fff : Reserved\n00001000-0009efff : System RAM\n')).toBe('iomem')
    expect(kind('x', 'CONFIG_A=y\nCONFIG_B=y\n# CONFIG_C is not set\n')).toBe('config')
    expect(kind('x', '/* board */\n/dts-v1/;\n/ { };\n')).toBe('dts')
    expect(detectArtefact({ path: 'x', bytes: new Uint8Array([0xd0, 0x0d, 0xfe, 0xed, 0]), text: '' })).toBe('dtb')
    expect(kind('x', 'hello')).toBeUndefined()
  })

  // A log and a /proc/iomem of two machines: import wrote a board and exited 0, and check then
  // refused it (SC003, the image in no bank) with nothing said at import.
  it('says what check will refuse in a board whose artefacts contradict each other', async () => {
    const { gunzipSync } = await import('node:zlib')
    const read = async (f: string) => gunzipSync(await readFile(join(ROOT, 'test/oracle/logs', f))).toString('utf8')
    const dir = await tempDir()
    const arm = join(dir, 'dmesg.txt')
    // Two arm64 machines (one of another architecture is refused for it, iomemOtherArch): QEMU
    // virt's 1 GiB from 0x40000000, and an Altra's /proc/iomem with its kernel at 0x90010000.
    await writeFile(arm, (await read('arm64-6.12-plain-1G-ck256M.log.gz')).split('=====ORACLE-BEGIN')[0]!)
    const r = await run(['import', arm, join(ROOT, 'test/import/ampere-altra-seed.iomem')])
    expect(r.err).toMatch(/warning: check refuses the board as imported: kernel image \[0x0*90000000, 0x[0-9a-f]+\) is not inside RAM: .* \(SC003 at \/image\/base\); are the artefacts all of one machine and one boot\? \(boardFailsCheck\)/)
    // Each alone is no such board.
    expect((await run(['import', arm])).err).not.toContain('boardFailsCheck')
  })

  // The content goes before the name, and before weaker signs: each of these was refused
  // ("cannot tell what …", "not a DTB: magic is 0x2f647473", 341 "not a /proc/iomem line")
  // where verify read the same file.
  it('tells them apart by content before names: a log that /proc/iomem opens, a DTS or a log named .dtb', () => {
    const enc = (s: string) => new TextEncoder().encode(s)
    const kind = (path: string, text: string) => detectArtefact({ path, bytes: enc(text), text })
    const iomem = Array.from({ length: 45 }, (_, i) => `${(i * 0x1000).toString(16).padStart(8, '0')}-${(i * 0x1000 + 0xfff).toString(16).padStart(8, '0')} : PCI Bus 0000:00`).join('\n')
    const log = '[    0.000000] Linux version 6.1.0-40-amd64 (debian-kernel@lists.debian.org)\n[    0.000000] Command line: crashkernel=256M\n'
    expect(kind('boot.txt', `${iomem}\n${log}`)).toBe('bootLog')
    expect(kind('board.dtb', '/dts-v1/;\n/ { };\n')).toBe('dts')
    expect(kind('board.dtb', log)).toBe('bootLog')
    // A file named .dtb that is neither is the DTB reader's to refuse (it names the magic).
    expect(kind('board.dtb', 'hello')).toBe('dtb')
    expect(detectArtefact({ path: 'board.dtb', bytes: new Uint8Array([1, 0, 2, 0]), text: '' })).toBe('dtb')
  })

  it('reads a log that opens with NULs (a serial line at power-on), has one inside a kernel line or is saved as UTF-16, and no other file with NULs', () => {
    const log = '[    0.000000] Linux version 6.1.0-40-amd64 (debian-kernel@lists.debian.org)\n[    0.000000] Command line: crashkernel=256M\n'
    const nul = new Uint8Array([0, 0, ...new TextEncoder().encode(log)])
    expect(detectArtefact({ path: 'console.txt', bytes: nul, text: new TextDecoder().decode(nul) })).toBe('bootLog')
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...log].flatMap((c) => [c.charCodeAt(0), 0])])
    expect(detectArtefact({ path: 'console.txt', bytes: utf16, text: new TextDecoder().decode(utf16) })).toBe('bootLog')
    // A kernel image holds the banner too, among NULs: no log.
    const image = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, ...new TextEncoder().encode(log)])
    expect(detectArtefact({ path: 'vmlinux', bytes: image, text: new TextDecoder().decode(image) })).toBeUndefined()
    // A NUL inside a line of the kernel's (a serial line's break): a log, whose reader warns of
    // it at its line and column. "cannot tell what console.txt is" said nothing of the line.
    const broken = new TextEncoder().encode(log.replace('crashkernel=256M', 'crashkernel=2\u00006M'))
    expect(detectArtefact({ path: 'console.txt', bytes: broken, text: new TextDecoder().decode(broken) })).toBe('bootLog')
    // Not where the NUL's line is none of a log's, as a binary's header is, with log lines after it.
    const header = new TextEncoder().encode(`070701000000\u0000\u0000\n${log.replace('crashkernel=256M', 'crashkernel=2\u00006M')}`)
    expect(detectArtefact({ path: 'initrd.img', bytes: header, text: new TextDecoder().decode(header) })).toBeUndefined()
  })

  // A fragment of one or two options named like the kernel tree's own (kernel/configs/*.config)
  // or a defconfig was "cannot tell what kdump.config is … expected … a kernel .config".
  it('takes a short .config fragment by its name: *.config, config-*, *defconfig', async () => {
    const enc = (s: string) => new TextEncoder().encode(s)
    const kind = (path: string, text: string) => detectArtefact({ path, bytes: enc(text), text })
    const fragment = 'CONFIG_ZONE_DMA=y\nCONFIG_CMA=y\n'
    for (const path of ['.config', 'config-6.12.0-1-arm64', 'kernel/configs/kdump.config', 'arch/arm64/configs/my_defconfig', 'defconfig']) expect(kind(path, fragment), path).toBe('config')
    expect(kind('notes.txt', fragment)).toBeUndefined()
    const dir = await tempDir()
    const file = join(dir, 'kdump.config')
    await writeFile(file, fragment)
    const r = await run(['import', file])
    expect(r.code, r.err).toBe(0)
    expect(r.err).toContain('(configFragment)')
    expect(JSON.parse(r.out).boards[0].config).toEqual({ ZONE_DMA: true })
  })
})

describe('import limits', () => {
  it('refuses a gzip that unpacks past the artefact limit', async () => {
    const { gzipSync } = await import('node:zlib')
    const dir = await tempDir()
    const bomb = join(dir, 'bomb.log.gz')
    await writeFile(bomb, gzipSync(Buffer.alloc(65 * 1024 * 1024)))
    const r = await run(['import', bomb])
    expect(r.code).toBe(2)
    expect(r.err).toContain('is more than 64 MiB when unpacked; crashkernel-check reads artefacts of at most 64 MiB')
  })

  // The bin read an artefact whole before looking at its length: `verify /dev/zero` (or a
  // disk given for an image) filled gigabytes of memory and never ended. It reads one byte
  // past the limit now, and a long file is refused at once.
  it.runIf(process.platform === 'linux')('refuses a device that never ends, and a long file, after reading past the limit only', async () => {
    const dir = await tempDir()
    const sparse = join(dir, 'disk.img')
    await writeFile(sparse, '')
    await truncate(sparse, 1024 * 1024 * 1024)
    for (const [command, path] of [['verify', '/dev/zero'], ['import', '/dev/zero'], ['import', sparse]]) {
      const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/index.ts', command!, path!], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
      expect([r.status, r.stdout, r.stderr], `${command} ${path}`).toEqual([2, '', `crashkernel-check ${command}: ${path} is more than 64 MiB; crashkernel-check reads artefacts of at most 64 MiB\n`])
    }
  })
})

// `--out /dev/stdout` (to "print it") read the pipe back as the matrix to add to, which blocks
// while the command holds its write end; /dev/zero never ends and /dev/null read as an empty
// matrix. An --out that is a device or a pipe is refused before anything is read.
describe('import --out that is not a regular file', () => {
  it.runIf(process.platform === 'linux')('refuses a device, saying how to print the matrix instead', async () => {
    const r = await run(['import', join(ROOT, 'test/oracle/logs/arm64-6.12-dma30-4G-ck256M.log.gz'), '--out', '/dev/null'])
    expect([r.code, r.out]).toEqual([2, ''])
    expect(r.err).toBe('crashkernel-check import: --out /dev/null is not a regular file (a device or a pipe): give the file to write the matrix to, or leave --out out to print the matrix on stdout\n')
  })
})
