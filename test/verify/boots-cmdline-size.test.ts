// SPDX-License-Identifier: GPL-2.0-only
/**
 * test/boots/cmdline-size: command lines longer than COMMAND_LINE_SIZE, with crashkernel=256M
 * at or past the end of what the kernel keeps (scripts/boots/cmdline-size.sh). The board
 * rebuilt from each log, given the whole command line QEMU passed, does what the kernel did;
 * `import` joins the lines 6.19+ wrap a long command line over. The `efi-*` boots start the same
 * kernels through UEFI firmware, so through the EFI stub, whose cut is another.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { simulate } from '../../src/engine/index.js'
import { bootLogToBoard } from '../../src/import/bootlog.js'
import { importBoard } from '../../src/import/index.js'
import { verifyBootLog } from '../../src/verify/index.js'
import { boardToLayouts } from '../../src/oracle/decode-board.js'

const dir = join(import.meta.dirname, '../boots/cmdline-size')
const logOf = (name: string): string => gunzipSync(readFileSync(join(dir, `${name}.log.gz`))).toString('utf8')

/** The command line scripts/boots/cmdline-size.sh passed: `prefix`, a pad= word, then the token at byte `start`. */
const passed = (prefix: string, start: number): string => `${prefix}pad=${'x'.repeat(start - prefix.length - 5)} crashkernel=256M`
const ARM64 = 'console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr '
const AMD64 = 'console=ttyS0 nokaslr earlyprintk=serial,ttyS0 memblock=debug '

/** The boot's /proc/cmdline (the initramfs prints it between markers). */
const procCmdline = (log: string): string => /=====ORACLE-BEGIN cmdline=====\r?\n(.*?)\r?\n=====ORACLE-END cmdline=====/.exec(log)![1]!

function simulateWith(log: string, cmdline: string, imageSize?: string) {
  const board = bootLogToBoard(log).board
  const layout = boardToLayouts({ ...board, cmdline, ...(imageSize && { image: { ...board.image!, size: imageSize } }) })[0]!
  return simulate(layout)
}

/**
 * What the EFI stub keeps of a line of COMMAND_LINE_SIZE (2048) bytes or more: up to its last
 * blank before byte 2048 (efi_convert_cmdline(), drivers/firmware/efi/libstub/efi-stub-helper.c
 * @v7.1.3:350-398; no quotes here). Written from the source, checked against the boots below.
 */
const efiKept = (line: string): string => line.slice(0, line.lastIndexOf(' ', 2047))

describe('cmdline-size boots', () => {
  it('arm64 7.1.3, token at byte 2050: the kernel keeps 2047 bytes and reserves nothing; so does the model', () => {
    const log = logOf('arm64-7.1.3-4G-past')
    const line = passed(ARM64, 2050)
    expect(procCmdline(log)).toBe(line.slice(0, 2047))
    expect(log).not.toMatch(/crashkernel reserved/)
    expect(simulateWith(log, line).crashkernel).toEqual({ kind: 'not-requested' })
  })

  it('arm64 7.1.3, token at byte 2033: the kernel reads "crashkernel=25" and reserves 25 bytes at 0xfbe00000; so does the model', () => {
    const log = logOf('arm64-7.1.3-4G-cut')
    const line = passed(ARM64, 2033)
    expect(procCmdline(log)).toBe(line.slice(0, 2047))
    expect(procCmdline(log).endsWith(' crashkernel=25')).toBe(true)
    expect(log).toContain('crashkernel reserved: 0x00000000fbe00000 - 0x00000000fbe00019 (0 MB)')
    const sim = simulateWith(log, line)
    expect(sim.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0xfbe00000n, size: 25n } })
    expect(sim.trace.map((e) => e.text)).toContain('crashkernel reserved: 0x00000000fbe00000 - 0x00000000fbe00019 (0 MB)')
  })

  it('import reads an arm64 EFI boot with ACPI as one: "acpi" and the reservations efi_init() made', () => {
    const { board, provenance } = bootLogToBoard(logOf('arm64-7.1.3-4G-efi-cut'))
    expect(board.acpi).toBe(true)
    expect(provenance['/acpi']).toMatch(/ACPI: RSDP 0x0000000139770018/)
    // reserve_regions()'s ACPI reclaim memory, and the firmware's tables (memblock=debug).
    expect(board.reservations?.map((r) => r.name)).toEqual(expect.arrayContaining(['reserve_regions@139770000', 'efi_memattr_init@13eb9c018']))
    // A device-tree boot is none.
    expect(bootLogToBoard(logOf('arm64-7.1.3-4G-cut')).board.acpi).toBeUndefined()
    // Tables that fail acpi_boot_table_init()'s checks: printed, then ACPI disabled again
    // (arch/arm64/kernel/acpi.c@v7.1.3:253-257), so the kernel runs with the stub's device
    // tree, unless acpi=force.
    const failed = logOf('arm64-7.1.3-4G-efi-cut').replace(/^(\[ *[\d.]+\] ACPI: RSDP .*)$/m, '$1\n[    0.000000] ACPI: Failed to init ACPI tables')
    expect(failed).toContain('ACPI: Failed to init ACPI tables')
    expect(bootLogToBoard(failed).board.acpi).toBeUndefined()
    expect(bootLogToBoard(failed.replace(/nokaslr /g, 'nokaslr acpi=force ')).board.acpi).toBe(true)
    // importBoard() (the CLI's import) keeps it, with its provenance.
    const imported = importBoard({ bootLog: logOf('arm64-7.1.3-4G-efi-cut') })
    expect([imported.board.acpi, imported.provenance['/acpi']]).toEqual([true, provenance['/acpi']])
  })

  it('import reads the same firmware booted with acpi=off as "acpi": true: the efi: line lists the ACPI table, and no "Machine model:" says the tree is more than the stub\'s', () => {
    // acpi=off: acpi_boot_table_init() reads no table, so no "ACPI:" line (arch/arm64/kernel/acpi.c@v7.2.13:236-238).
    const off = logOf('arm64-7.1.3-4G-efi-cut')
      .replace(/^\[ *[\d.]+\] ACPI: .*\r?\n/gm, '')
      .replace(/nokaslr /g, 'nokaslr acpi=off ')
    expect(off).not.toContain('ACPI: RSDP')
    expect(off).toMatch(/^\[ *[\d.]+\] efi: .* ACPI 2\.0=0x139770018 /m)
    const { board, provenance } = bootLogToBoard(off)
    expect(board.acpi).toBe(true)
    expect(provenance['/acpi']).toMatch(/^UEFI firmware with ACPI tables \(boot log line \d+: .*ACPI 2\.0=0x139770018.*\) and no device tree of its own .* booted with acpi=off/)
    // The EFI memory map's reservations are the firmware's either way.
    expect(board.reservations?.map((r) => r.name)).toEqual(expect.arrayContaining(['reserve_regions@139770000', 'efi_memattr_init@13eb9c018']))
    // Without acpi=off, a log without "ACPI:" lines shows no such firmware; a real tree
    // ("Machine model:") would have kept the kernel off ACPI anyway.
    expect(bootLogToBoard(off.replace(/ acpi=off /g, ' ')).board.acpi).toBeUndefined()
    expect(bootLogToBoard(off.replace(/^(\[ *[\d.]+\] )(efi: EFI v)/m, '$1Machine model: linux,dummy-virt\n$1$2')).board.acpi).toBeUndefined()
  })

  it('verify --board compares the board\'s "acpi" with how the log\'s kernel ran (ACPI tables read, or acpi=off)', () => {
    const log = logOf('arm64-7.1.3-4G-efi-cut')
    const { board } = bootLogToBoard(log)
    const { acpi: _, ...dt } = board
    const acpiOf = (l: string, b: typeof board) => verifyBootLog(l, { board: b, logName: 'efi-cut' }).differences.filter((d) => d.what === 'acpi')
    expect(acpiOf(log, board)).toEqual([])
    expect(acpiOf(log, dt)).toEqual([
      {
        what: 'acpi',
        expected: expect.stringMatching(/^ACPI \(line \d+: ACPI: RSDP 0x0000000139770018 /),
        predicted: `a device tree (board "${board.id}" has no "acpi": true, but the kernel read ACPI tables: set "acpi": true)`,
        at: { line: expect.any(Number), column: 16 },
      },
    ])
    // acpi=off: the kernel ran with the stub's tree, as the model does on the ACPI board.
    const off = log.replace(/^\[ *[\d.]+\] ACPI: .*\r?\n/gm, '').replace(/nokaslr /g, 'nokaslr acpi=off ')
    expect(acpiOf(off, board)).toEqual([])
  })

  it('import joins the wrapped "Kernel command line:" lines of 6.19+ (the printk-cut pad= word included)', () => {
    const board = bootLogToBoard(logOf('arm64-7.1.3-4G-cut')).board
    expect(board.cmdline!.startsWith(`${ARM64}pad=xxx`)).toBe(true)
    expect(board.cmdline!.endsWith('xxx crashkernel=25')).toBe(true)
  })

  it('amd64 7.1.3, token at byte 2050: no reservation before the kernel BUGs in start_kernel; the model reserves nothing (the BUG is not modelled)', () => {
    const log = logOf('amd64-7.1.3-4G-past')
    expect(log).toContain('strlen: detected buffer overflow: 2049 byte read of buffer size 2048')
    expect(log).toContain('kernel BUG at lib/string_helpers.c:1044!')
    expect(log).not.toMatch(/crashkernel reserved|Reserving \d+MB of memory/)
    // The log stops before the memblock lines that place the image: the releases set's
    // 7.1.3 size and the q35 preset's layout stand in (the reservation does not get that far).
    const layout = boardToLayouts({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: [{ release: '7.1.3', imageSize: '0x3e46000' }], cmdline: passed(AMD64, 2050) } as never)[0]!
    expect(simulate(layout).crashkernel).toEqual({ kind: 'not-requested' })
  })

  it.each([
    { arch: 'arm64', prefix: ARM64, start: 2033, bytes: 2032 },
    { arch: 'arm64', prefix: ARM64, start: 2050, bytes: 63 },
    { arch: 'amd64', prefix: AMD64, start: 2033, bytes: 2032 },
    { arch: 'amd64', prefix: AMD64, start: 2050, bytes: 61 },
  ])('$arch 7.1.3 through the EFI stub, token at byte $start: the line is cut at its last space ($bytes bytes), crashkernel=256M dropped whole', ({ arch, prefix, start, bytes }) => {
    const log = logOf(`${arch}-7.1.3-4G-efi-${start === 2033 ? 'cut' : 'past'}`)
    const line = passed(prefix, start)
    expect(log).toContain(`EFI stub: ERROR: Command line is too long: truncated to ${bytes} bytes`)
    expect(efiKept(line).length).toBe(bytes)
    expect(procCmdline(log)).toBe(efiKept(line))
    // No "crashkernel=25" as on the device tree's cut, and on amd64 no BUG: the boot finishes.
    expect(log).not.toMatch(/crashkernel reserved|Reserving \d+MB of memory|kernel BUG/)
    expect(log).toContain('=====ORACLE-DONE=====')
    // The model, given the line the stub kept, reserves nothing either.
    // (x86_64 7.1.3 has no kernel profile: the releases set's image size, as above.)
    expect(simulateWith(log, efiKept(line), arch === 'amd64' ? '0x3e46000' : undefined).crashkernel).toEqual({ kind: 'not-requested' })
  })
})
