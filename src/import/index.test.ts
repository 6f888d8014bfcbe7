// SPDX-License-Identifier: GPL-2.0-only
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildDtb, reg2, type NodeSpec } from '../../test/import/dtb-builder.js'
import { toDts, virtTree } from '../../test/import/qemu-virt-dt.js'
import { simulate } from '../engine/index.js'
import { validateMatrix } from '../matrix/validate.js'
import { boardToLayouts } from '../oracle/decode-board.js'
import { bootLogToBoard, buildValuesIntoKernel, importBoard, rebaseProvenance } from './index.js'
import { derivedId } from './types.js'
import type { Board, KernelObject } from '../matrix/generated/board-matrix.js'
import { verifyBootLog } from '../verify/index.js'
import { withoutMemblockDebug } from '../../test/boot-logs.js'

const here = import.meta.dirname
const oracleLog = (id: string) => gunzipSync(readFileSync(join(here, '../../test/oracle/logs', `${id}.log.gz`))).toString('utf8')
const fixture = (name: string) => readFileSync(join(here, '../../test/import', name), 'utf8')
const valid = (board: unknown) => validateMatrix({ version: 1, boards: [board] })
const GiB = 1n << 30n
/** The booted build's entry of "kernels", where importBoard() writes what the inputs measured of the build. */
const buildOf = (board: Board): KernelObject => {
  const [entry] = board.kernels ?? []
  if (typeof entry !== 'object') throw new Error(`no kernel entry with the build's values: ${JSON.stringify(board.kernels)}`)
  return entry
}

describe('importBoard', () => {
  it('merges a boot log and the DTB of the same boot (twobank, loader boot)', () => {
    const log = oracleLog('arm64-6.12-twobank-4G-ck256M')
    const dtb = buildDtb(virtTree(4n * GiB, 'twobank', 'console=ttyAMA0 crashkernel=256M'))
    const r = importBoard({ bootLog: log, dtb }, { id: 'virt-twobank' })
    expect(valid(r.board)).toEqual([])
    expect(r.problems.filter((p) => p.severity !== 'note')).toEqual([])
    expect(r.board).toMatchObject({
      id: 'virt-twobank',
      name: 'linux,dummy-virt',
      arch: 'arm64',
      // What the log measured of the build is the release's, not the board's.
      kernels: [{ release: '6.12.117', imageSize: '0x2500000', codeSize: '0x1d30000', boot: { nodeData: '0x3740' } }],
      cmdline: 'console=ttyAMA0 crashkernel=256M',
      memory: [
        { base: '0x40000000', size: '0x40000000' },
        { base: '0xc0000000', size: '0x80000000' },
      ],
      initrd: { base: '0x48000000', size: '0xf13d8' },
      image: { base: '0x40200000' },
      dma: { zoneDmaLimit: '0xffffffff' },
    })
    expect([r.board.image, r.board.boot]).toEqual([{ base: '0x40200000' }, undefined])
    expect(r.provenance['/kernels/0/imageSize']).toMatch(/^end of kernel data - base: iomem line \d+: "[0-9a-f]+-[0-9a-f]+ : Kernel data"$/)
    // Without /proc/iomem, memblock=debug's reservation of the image gives its end.
    const reserved = importBoard({ bootLog: oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug').split('=====ORACLE-BEGIN')[0]! })
    expect(reserved.provenance['/kernels/0/imageSize']).toMatch(/^end of the image's reservation - base: boot log line \d+: "memblock_reserve: \[0x0*40200000-/)
    expect(r.provenance['/image']).toMatch(/^iomem line \d+: "40200000-41f2ffff : Kernel code"; base rounded down to 2 MiB \(arm64 boot protocol\)$/)
    expect(r.provenance['/kernels/0/codeSize']).toMatch(/^__init_begin - _text: iomem line \d+: "40200000-41f2ffff : Kernel code"$/)
    expect(r.provenance['/kernels/0/boot/nodeData']).toMatch(/^boot log line \d+: "NODE_DATA\(0\) allocated \[mem /)
    expect(Object.keys(r.provenance).filter((p) => p.startsWith('/boot') || p === '/image/size' || p === '/image/codeSize')).toEqual([])
    expect(r.provenance['/memory/0']).toMatch(/^boot log line \d+: "node {3}0: \[mem 0x0000000040000000-0x000000007fffffff\]"$/)
    expect(r.provenance['/initrd']).toMatch(/^DTB \/chosen linux,initrd-start/)
    expect(r.provenance['']).toBe('Imported by crashkernel-check import from: bootLog, dtb')
    expect(r.facts.bootLog?.crash[0]?.value).toEqual({ kind: 'reserved', region: 'main', base: 0xec000000n, size: 0x10000000n })
    expect(r.facts.dt?.dmaLimit).toBe((1n << 64n) - 1n)
  })

  it("keeps what the log measured of the build with its release: a kernel added to the board takes its own build's", () => {
    // A board imported from a 6.12 boot and given 7.2 as well: at board level the 6.12 build's
    // NODE_DATA size (and image, tree) applied to 7.2 too, and verify of a 7.2 boot of the
    // same machine reported NODE_DATA 0x940 bytes off.
    const { board } = importBoard({ bootLog: oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug') }, { id: 'virt' })
    const both: Board = { ...board, kernels: [...board.kernels!, '7.2.13'] }
    expect(valid(both)).toEqual([])
    const r = verifyBootLog(oracleLog('arm64-7.2-plain-4G-ck256M-mbdebug'), { board: both })
    expect([r.problems, r.differences]).toEqual([[], []])
    expect(r.agrees).toBe(true)
    // The 6.12 boot still agrees with the board it was imported into.
    expect(verifyBootLog(oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug'), { board: both }).differences).toEqual([])
    // arm64's address bits are the build's as well: the 6.12 log's 52 (its profile's) on the
    // board ran 6.1, a 48-bit build, with 52 bits, and verify of a 6.1 boot of the same machine
    // had its crash kernel 2 MiB off.
    expect([board.vaBits, board.paBits, board.cpu?.lpa2]).toEqual([undefined, undefined, true])
    const with61 = verifyBootLog(oracleLog('arm64-6.1-plain-4G-ck256M-mbdebug'), { board: { ...board, kernels: [...board.kernels!, '6.1'] } })
    expect([with61.problems, with61.differences]).toEqual([[], []])
    // The configuration the log shows is the build's too: riscv64 7.2's 128 MiB default CMA
    // area, on the board, moved 6.12's crash kernel from 0xf0000000 to 0xe8000000.
    const riscv = importBoard({ bootLog: oracleLog('riscv64-7.2-virt-4G-ck256M-mbdebug') }, { id: 'virt' }).board
    expect([riscv.config, buildOf(riscv).config?.CMA_SIZE_MBYTES]).toEqual([undefined, 128])
    const older = verifyBootLog(oracleLog('riscv64-6.12-virt-4G-ck256M-mbdebug'), { board: { ...riscv, kernels: [...riscv.kernels!, '6.12.117'] } })
    expect([older.problems, older.differences]).toEqual([[], []])
  })

  it('says that a 48-bit arm64 build\'s log cannot tell whether the CPU has FEAT_LPA2, which a 52-bit kernel added to the board needs', () => {
    // A 6.1 boot of QEMU's -cpu max: the board says nothing of LPA2, so 6.12 added to it ran
    // with 48-bit addresses and verify of a 6.12 boot of the same machine had its crash kernel
    // 2 MiB off, with no word from import.
    const old = importBoard({ bootLog: oracleLog('arm64-6.1-plain-4G-ck512M.high-mbdebug') }, { id: 'virt' })
    expect(old.problems.filter((p) => p.code === 'lpa2Unknown')).toEqual([
      { severity: 'note', source: 'bootLog', code: 'lpa2Unknown', message: expect.stringMatching(/^Linux 6\.1\.192 is a 48-bit build, which does not look for FEAT_LPA2, .*add "cpu": \{ "lpa2": true \} if the CPU has FEAT_LPA2/) },
    ])
    const crash = (board: Board) => verifyBootLog(oracleLog('arm64-6.12-plain-4G-ck512M.high-mbdebug'), { board: { ...board, kernels: [...board.kernels!, '6.12'] } }).differences.filter((d) => d.what === 'crash')
    expect(crash(old.board)).not.toEqual([])
    expect(crash({ ...old.board, cpu: { ...old.board.cpu, lpa2: true } })).toEqual([])
    // A 52-bit build's log says it either way (its LPA2 line, or none on a CPU without it).
    expect(importBoard({ bootLog: oracleLog('arm64-6.12-plain-4G-ck512M.high-mbdebug') }).problems.map((p) => p.code)).not.toContain('lpa2Unknown')
  })

  it('writes no DMA limit a pre-6.12 log does not prove: 6.12 and later read "zoneDmaLimit" as the exact limit', () => {
    // 6.1 rounds the DT's 30-bit limit and widens it to 4G on RAM from 1 GiB: the log shows
    // ZONE_DMA to 4G, as with no limit. The board carried 0xffffffff, which 6.12 read as exact
    // (a DMA zone to 4G where the real boot has it empty), with no word that it was a guess.
    const dma30 = importBoard({ bootLog: oracleLog('arm64-6.1-dma30-4G-ck256M') }, { id: 'virt' })
    expect(dma30.board.dma).toBeUndefined()
    const [note] = dma30.problems.filter((p) => p.code === 'dmaLimitUnknown')
    expect(note).toEqual({ severity: 'note', source: 'bootLog', code: 'dmaLimitUnknown', line: 9, excerpt: expect.stringContaining('DMA      [mem 0x0000000040000000-0x00000000ffffffff]'), message: expect.stringMatching(/^Linux 6\.1\.192 rounds the DMA limit up to a power of two .* ends at 0xffffffff .*with no limit .*the board leaves "dma" out.*import the DT too .*"zoneDmaLimit"/) })
    // The booted kernel reads the board as the log shows it.
    expect(verifyBootLog(oracleLog('arm64-6.1-dma30-4G-ck256M'), { board: dma30.board }).differences).toEqual([])
    // A 31-bit window ends ZONE_DMA at 2G on 6.1 for any limit from 1G to 2G: the highest is
    // kept (6.1 needs it), with the note that 6.12 reads it as exact.
    const dma31 = importBoard({ bootLog: oracleLog('arm64-6.1-dma31-4G-ck256M') }, { id: 'virt' })
    expect(dma31.board.dma).toEqual({ zoneDmaLimit: '0x7fffffff' })
    expect(dma31.problems.find((p) => p.code === 'dmaLimitUnknown')?.message).toMatch(/ends at 0x7fffffff .*with any limit from 0x40000000 to 0x7fffffff: the board takes 0x7fffffff/)
    // The DT says the limit: no note, and the DT's dma-ranges make 6.12's empty DMA zone.
    const dt = importBoard({ bootLog: oracleLog('arm64-6.1-dma30-4G-ck256M'), dtb: buildDtb(virtTree(4n * GiB, 'dma30', 'console=ttyAMA0 crashkernel=256M')) }, { id: 'virt' })
    expect(dt.problems.map((p) => p.code)).not.toContain('dmaLimitUnknown')
    const zones = verifyBootLog(oracleLog('arm64-6.12-dma30-4G-ck256M'), { board: { ...dt.board, kernels: [...dt.board.kernels!, '6.12'], cpu: { ...dt.board.cpu, lpa2: true } } }).differences
    expect(zones.filter((d) => d.what === 'zones' || d.what === 'crash')).toEqual([])
    // A 6.12 log's ZONE_DMA gives the limit itself.
    const exact = importBoard({ bootLog: oracleLog('arm64-6.12-dma30-4G-ck256M') })
    expect([exact.board.dma, exact.problems.map((p) => p.code)]).toEqual([{ zoneDmaLimit: '0x3fffffff' }, expect.not.arrayContaining(['dmaLimitUnknown'])])
  })

  it("reads the DT's DMA limit against the log as the log's kernel does (dmaDisagrees): 6.1 rounds it to a power of two", () => {
    // A bus to 0xbfffffff (not a power of two): 6.1 takes zone_dma_bits 32 and ends ZONE_DMA at
    // 4G, as the log shows with no bus; 6.12 ends it at the limit. A note, and the board verifies.
    const tree = virtTree(4n * GiB)
    tree.children!.push({ name: 'dma-bus3g', props: { compatible: 'simple-bus', '#address-cells': [2], '#size-cells': [2], ranges: true, 'dma-ranges': [0, 0, 0, 0, 0, 0xc0000000] } })
    const bus3g = buildDtb(tree)
    const old = importBoard({ bootLog: oracleLog('arm64-6.1-plain-4G-ck256M'), dtb: bus3g }, { id: 'virt' })
    expect(old.problems.filter((p) => p.code === 'dmaDisagrees')).toEqual([
      { severity: 'note', source: 'dtb', code: 'dmaDisagrees', message: "the DT's DMA limit 0xbfffffff leaves ZONE_DMA ending at 0xffffffff on Linux 6.1.192, as the log shows: that kernel rounds the limit up to a power of two (zone_dma_bits); 6.12 and later size the zone from the exact limit and leave it ending at 0xbfffffff" },
    ])
    expect(verifyBootLog(oracleLog('arm64-6.1-plain-4G-ck256M'), { board: old.board }).differences).toEqual([])
    // A DT the log's kernel would not end the zone by as the log shows is another boot's: the
    // board takes its dma-ranges and fails its own log. It was a note blaming 6.1's rounding
    // (6.12's log, or 6.1's with a 31-bit bus, which 6.1 does not widen) or nothing at all
    // (a limit below RAM).
    const other = (id: string, dtb: Uint8Array) => importBoard({ bootLog: oracleLog(id), dtb }, { id: 'virt' }).problems.filter((p) => p.code === 'dmaDisagrees')
    expect(other('arm64-6.12-plain-4G-ck512M.high', bus3g)).toEqual([
      { severity: 'warning', source: 'dtb', code: 'dmaDisagrees', message: expect.stringMatching(/^the DT's DMA limit 0xbfffffff would leave Linux 6\.12\.117's ZONE_DMA ending at 0xbfffffff, the log shows it ending at 0xffffffff \(boot log line 10: .*\): the DT is not the one the kernel got/) },
    ])
    expect(other('arm64-6.1-dma30-4G-ck256M', buildDtb(virtTree(4n * GiB, 'dma31')))[0]?.message).toMatch(/^the DT's DMA limit 0x7fffffff would leave Linux 6\.1\.192's ZONE_DMA ending at 0x7fffffff, the log shows it ending at 0xffffffff /)
    expect(other('arm64-6.1-dma31-4G-ck256M', buildDtb(virtTree(4n * GiB, 'dma30')))[0]?.message).toMatch(/^the DT's DMA limit 0x3fffffff would leave Linux 6\.1\.192's ZONE_DMA ending at 0xffffffff, the log shows it ending at 0x7fffffff /)
    expect(other('arm64-6.12-dma31-4G-ck256M', buildDtb(virtTree(4n * GiB, 'dma30')))[0]?.message).toMatch(/^the DT's DMA limit 0x3fffffff would leave Linux 6\.12\.117's ZONE_DMA empty, the log shows it ending at 0x7fffffff /)
    // The DT of the boot: nothing to say.
    expect(other('arm64-6.12-dma30-4G-ck256M', buildDtb(virtTree(4n * GiB, 'dma30')))).toEqual([])
    expect(other('arm64-6.1-dma31-4G-ck256M', buildDtb(virtTree(4n * GiB, 'dma31')))).toEqual([])
  })

  it('says that a 5.10 or 6.1 log does not show static /reserved-memory nodes, for which 6.12.103 and later allocate the reserved_mem array', () => {
    // 6.1 prints no line for firmware@f0000000 (no-map): the board has a no-map bank and no
    // node, so 6.12 added to it allocated no reserved_mem slot and put NODE_DATA 64 bytes off,
    // with no word from import.
    const old = importBoard({ bootLog: oracleLog('arm64-6.1-resmem-nomap-4G-ck512M.high') }, { id: 'virt' })
    expect(old.board.reservations).toBeUndefined()
    expect(old.problems.filter((p) => p.code === 'reservedMemUnknown')).toEqual([
      { severity: 'note', source: 'bootLog', code: 'reservedMemUnknown', message: expect.stringMatching(/^Linux 6\.1\.192 does not print a static \/reserved-memory node, so the no-map memory at \[0xf0000000, 0x100000000\) .*48 bytes per node .*import the DT too/) },
    ])
    // A 6.12 log prints the node; a DT gives it; a log without no-map memory says nothing.
    expect(importBoard({ bootLog: oracleLog('arm64-6.12-resmem-nomap-4G-ck512M.high') }).problems.map((p) => p.code)).not.toContain('reservedMemUnknown')
    expect(importBoard({ bootLog: oracleLog('arm64-6.1-resmem-nomap-4G-ck512M.high'), dtb: buildDtb(virtTree(4n * GiB, 'resmem-nomap')) }).problems.map((p) => p.code)).not.toContain('reservedMemUnknown')
    expect(importBoard({ bootLog: oracleLog('arm64-6.1-dma31-4G-ck256M') }).problems.map((p) => p.code)).not.toContain('reservedMemUnknown')
  })

  it("says that a kernel added to a board imported from a log without the DT takes QEMU virt's tree size", () => {
    // dma30's tree has a bus QEMU virt's has not: its 6.12 log sizes 6.12's tree, and 6.1 added
    // to the board took its profile's (QEMU virt's), NODE_DATA 0x1000 bytes off in verify of
    // the 6.1 boot of the same machine, with no word from import.
    const r = importBoard({ bootLog: oracleLog('arm64-6.12-dma30-4G-ck256M') }, { id: 'virt' })
    expect(r.problems.filter((p) => p.code === 'dtSizeOtherKernels')).toEqual([
      { severity: 'note', source: 'bootLog', code: 'dtSizeOtherKernels', message: expect.stringMatching(/^the unflattened device tree's size the log gives \(0xaa43, where QEMU virt's is 0xa703\) is Linux 6\.12\.117's alone: a kernel added .*import the DT too/) },
    ])
    const v = verifyBootLog(oracleLog('arm64-6.1-dma30-4G-ck256M'), { board: { ...r.board, kernels: [...r.board.kernels!, '6.1.192'] } })
    expect(v.differences.map((d) => d.predicted)).toEqual(['NUMA: NODE_DATA [mem 0x13f7ed380-0x13f7effff]'])
    // QEMU virt's own tree (the profile's), a DT's counts, or no tree (x86_64): nothing to say.
    for (const inputs of [{ bootLog: oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug') }, { bootLog: oracleLog('riscv64-6.12-virt-4G-ck256M-mbdebug') }, { bootLog: oracleLog('arm64-6.12-dma30-4G-ck256M'), dtb: buildDtb(virtTree(4n * GiB, 'dma30')) }, { bootLog: oracleLog('amd64-6.12-q35-4G-ck256M-mbdebug') }])
      expect(importBoard(inputs).problems.map((p) => p.code)).not.toContain('dtSizeOtherKernels')
  })

  it('takes DT reservations and dma-ranges over what the log shows (resmem-nomap on 5.10, dma30 on 6.12)', () => {
    const nomap = importBoard({ bootLog: oracleLog('arm64-5.10-resmem-nomap-4G-ck256M'), dtb: buildDtb(virtTree(4n * GiB, 'resmem-nomap')) })
    // The log alone makes [0xf0000000, 4G) a no-map bank; the DT explains it as firmware@f0000000.
    expect(nomap.board.memory).toEqual([{ base: '0x40000000', size: '0x100000000' }])
    expect(nomap.board.reservations).toEqual([{ kind: 'fixed', name: 'firmware@f0000000', base: '0xf0000000', size: '0x10000000', nomap: true }])
    expect(nomap.problems.map((p) => p.code)).toContain('nomapFromDt')
    expect(valid(nomap.board)).toEqual([])

    const dma30 = importBoard({ bootLog: oracleLog('arm64-6.12-dma30-4G-ck256M'), dtb: buildDtb(virtTree(4n * GiB, 'dma30')) })
    expect(dma30.board.dma).toEqual({ ranges: [{ node: '/dma-bus30', cpuAddr: '0x0', busAddr: '0xc0000000', size: '0x40000000' }] })
    expect(dma30.provenance['/dma/ranges/0']).toMatch(/^DTB \/dma-bus30 dma-ranges/)
    expect(dma30.problems.filter((p) => p.severity !== 'note')).toEqual([])
  })

  describe('a DT and a boot log: the DT\'s counts size the tree where they make the one the log shows', () => {
    const bootOf = (name: string) => {
      const boot = join(here, '../../test/boots', name)
      return { log: gunzipSync(readFileSync(`${boot}.log.gz`)).toString('utf8'), dtb: new Uint8Array(readFileSync(`${boot}.dtb`)) }
    }
    it('memblock=debug: the requests add up to the counts\' bytes, so the log\'s size is dropped', () => {
      const { log, dtb } = bootOf('arm64-resmem/arm64-6.12-ranges-4G-ck256M')
      const r = importBoard({ bootLog: log, dtb }, { id: 'virt' })
      expect(valid(r.board)).toEqual([])
      expect(r.board.deviceTree).toEqual({ nodes: 61, properties: 299, nameBytes: 1922, aliases: [] })
      expect(buildOf(r.board).boot?.unflattenedDt).toBeUndefined()
      expect(buildOf(r.board).boot?.nodeData).toBeDefined()
      expect(r.provenance['/deviceTree']).toMatch(/it makes the tree the boot log shows by memblock=debug \(the sum of boot log line \d+/)
      expect(r.problems.map((p) => p.code)).not.toContain('dtTreeNotBooted')
      // Alone, the log keeps its measured size.
      expect(buildOf(importBoard({ bootLog: log }).board).boot?.unflattenedDt).toBe('0xb290')
    })
    it('without memblock=debug: the counts put NODE_DATA where the log\'s line shows it', () => {
      const { log, dtb } = bootOf('arm64-resmem/arm64-6.12-ranges-4G-ck256M')
      const plain = log.split('\n').filter((l) => !/memblock_|__memblock/.test(l)).join('\n')
      const r = importBoard({ bootLog: plain, dtb }, { id: 'virt' })
      expect(buildOf(r.board).boot?.unflattenedDt).toBeUndefined()
      expect(r.provenance['/deviceTree']).toMatch(/by the NODE_DATA line \(boot log line \d+/)
      expect(r.problems.find((p) => p.code === 'dtSizeFromNodeData')?.message).toContain("the DT's counts give it")
    })
    it('a kernel without a profile or a .config: the counts that make the log\'s tree only with CONFIG_OF_DYNAMIC say the kernel has it', () => {
      // Debian's 7.0.4 build: its DTB is the kernel's tree (test/verify/boots-dt-size.test.ts).
      const { log, dtb } = bootOf('releases/arm64-7.0.4-resmem-cma-4G-ck256M')
      const r = importBoard({ bootLog: log, dtb }, { id: 'virt' })
      expect(buildOf(r.board).boot?.unflattenedDt).toBeUndefined()
      expect(buildOf(r.board).config?.OF_DYNAMIC).toBe(true)
      expect(r.provenance['/kernels/0/config/OF_DYNAMIC']).toMatch(/only with CONFIG_OF_DYNAMIC/)
      expect(r.problems.map((p) => p.code)).not.toContain('dtTreeNotBooted')
    })
    it('checks the counts with the .config\'s CONFIG_OF_DYNAMIC', () => {
      // The 6.12 build has no CONFIG_OF_DYNAMIC: a .config that says it has is another kernel's,
      // whose tree the counts do not make, so the log's size stays.
      const { log, dtb } = bootOf('arm64-resmem/arm64-6.12-ranges-4G-ck256M')
      const config = `${readFileSync(join(here, '../../test/import/debian-config/arm64-6.12.config'), 'utf8')}CONFIG_OF_DYNAMIC=y\n`
      const r = importBoard({ bootLog: log, dtb, config }, { id: 'virt' })
      expect(buildOf(r.board).config?.OF_DYNAMIC).toBe(true)
      expect(buildOf(r.board).boot?.unflattenedDt).toBe('0xb290')
      expect(r.problems.map((p) => p.code)).toContain('dtTreeNotBooted')
    })
    it('a kernel the model does not simulate: the counts are not checked, and the note says so rather than blame the firmware', () => {
      const { log, dtb } = bootOf('arm64-resmem/arm64-6.12-ranges-4G-ck256M')
      const r = importBoard({ bootLog: log.replaceAll('6.12.117', '4.19.1'), dtb }, { id: 'virt' })
      expect(buildOf(r.board).boot?.unflattenedDt).toBe('0xb290')
      expect(r.problems.map((p) => p.code)).toContain('dtTreeNotChecked')
      expect(r.problems.map((p) => p.code)).not.toContain('dtTreeNotBooted')
    })
    it("riscv64's paging mode from the DT's mmu-type, which the log does not say", () => {
      const { log, dtb } = bootOf('riscv64/riscv64-7.2-virt-4G-static-cma')
      const r = importBoard({ bootLog: log.replaceAll('7.2.13', '7.1.3'), dtb }, { id: 'virt' })
      expect(r.board.vaBits).toBe(57)
      expect(r.provenance['/vaBits']).toMatch(/set_satp_mode\(\).*mmu-type/)
      expect(importBoard({ bootLog: log }, { id: 'virt' }).board.vaBits).toBeUndefined()
      // Without the DT a release without a profile says so; one with a profile (7.2.13) has its 57.
      const codes = (r: ReturnType<typeof importBoard>) => r.problems.map((p) => p.code)
      expect(codes(importBoard({ bootLog: log.replaceAll('7.2.13', '7.1.3') }, { id: 'virt' }))).toContain('noPagingMode')
      expect(codes(importBoard({ bootLog: log.replaceAll('7.2.13', '7.1.3'), dtb }, { id: 'virt' }))).not.toContain('noPagingMode')
      expect(codes(importBoard({ bootLog: log }, { id: 'virt' }))).not.toContain('noPagingMode')
    })
    it("riscv64 before 6.17.7 with a DT naming less than Sv57: a note that the release runs the CPU's mode (cpu.satpMode)", () => {
      // QEMU 7.2's virt DT names riscv,sv48 of an Sv57 CPU (test/fixtures/dtb, test/boots/riscv64-mmu-type).
      const qemu72 = new Uint8Array(readFileSync(join(here, '../../test/fixtures/dtb/qemu-7.2-virt-riscv64-2G.dtb')))
      const logOf = (name: string) => gunzipSync(readFileSync(join(here, `../../test/boots/uboot-booti/${name}.log.gz`))).toString('utf8')
      const codes = (r: ReturnType<typeof importBoard>) => r.problems.map((p) => p.code)
      // The log does not say the CPU's mode: a note, which also says that a tree sized from the
      // NODE_DATA line (a plain console capture) was sized under the DT's mode.
      const plain = importBoard({ bootLog: withoutMemblockDebug(logOf('riscv64-6.12-virt-2G-ck256M')), dtb: qemu72 }, { id: 'virt' })
      expect([plain.board.vaBits, plain.board.cpu?.satpMode]).toEqual([48, undefined])
      expect(plain.problems.find((p) => p.code === 'cpuPagingMode')?.message).toMatch(/^Linux 6\.12\.117 on riscv64 runs the paging mode it finds the CPU takes .*"vaBits" 48 stands for the CPU's mode too.*import a log booted with memblock=debug, which measures it$/)
      // With memblock=debug the tree is measured: the note's advice alone makes the board agree.
      const full = importBoard({ bootLog: logOf('riscv64-6.12-virt-2G-ck256M'), dtb: qemu72 }, { id: 'virt' })
      expect(full.problems.find((p) => p.code === 'cpuPagingMode')?.message).not.toMatch(/unflattenedDt/)
      expect(verifyBootLog(logOf('riscv64-6.12-virt-2G-ck256M'), { board: full.board }).differences).not.toEqual([])
      expect(verifyBootLog(logOf('riscv64-6.12-virt-2G-ck256M'), { board: { ...full.board, cpu: { satpMode: 57 } } }).differences).toEqual([])
      // 7.2 reads the DT; and a DT naming Sv57 limits nothing.
      expect(codes(importBoard({ bootLog: logOf('riscv64-7.2-virt-2G-ck512M'), dtb: qemu72 }, { id: 'virt' }))).not.toContain('cpuPagingMode')
      const { log, dtb } = bootOf('riscv64/riscv64-7.2-virt-4G-static-cma')
      expect(codes(importBoard({ bootLog: log.replaceAll('7.2.13', '6.12.117'), dtb }, { id: 'virt' }))).not.toContain('cpuPagingMode')
    })
    it('a DT the firmware changed (OpenSBI): the log\'s size stays, with a note', () => {
      const { log, dtb } = bootOf('riscv64/riscv64-7.2-virt-4G-static-cma')
      const r = importBoard({ bootLog: log, dtb }, { id: 'virt' })
      expect(buildOf(r.board).boot?.unflattenedDt).toBe('0x65f0')
      expect(r.problems.filter((p) => p.code === 'dtTreeNotBooted').map((p) => [p.severity, p.source])).toEqual([['note', 'dtb']])
    })
  })

  it('without memblock=debug, sizes the tree again once a .config has the linear map mapped by pages', () => {
    // test/boots/random z15: Debian's arm64 6.17.8 with rodata=off, whose CONFIG_KFENCE with a
    // sample interval of 0 (no line shows it) maps the linear map by pages, 4 MiB of page
    // tables above the tree. The log alone takes them for tree; with the .config the tree is
    // sized again, and NODE_DATA and the CMA area land where the kernel put them.
    const log = gunzipSync(readFileSync(join(here, '../../test/boots/random/arm64-6.17.8-virt-3081M-z15.log.gz'))).toString('utf8')
    expect(buildOf(importBoard({ bootLog: log }).board).boot?.unflattenedDt).toBe('0x40bec0')
    const r = importBoard({ bootLog: log, config: 'CONFIG_KFENCE=y\nCONFIG_KFENCE_SAMPLE_INTERVAL=0\n' }, { id: 'virt' })
    expect(buildOf(r.board).config).toMatchObject({ KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0 })
    expect(BigInt(buildOf(r.board).boot!.unflattenedDt!)).toBeLessThan(0x10000n)
    expect(r.problems.filter((p) => p.code === 'dtSizeFromNodeData' || p.code === 'dtSizeUnknown').map((p) => p.code)).toEqual(['dtSizeFromNodeData'])
    const lines = simulate(boardToLayouts(r.board)[0]!).trace.map((t) => t.text.trimEnd())
    expect(lines).toContain('NODE_DATA(0) allocated [mem 0xc1ceaa00-0xc1cee13f]')
    expect(lines).toContain('cma: Reserved 64 MiB at 0x00000000bb800000')
  })

  it('keeps /reserved-memory nodes firmware added at boot (OpenSBI), before the DT\'s own', () => {
    // A riscv64 7.2 boot of test/boots: the DTB given to QEMU has three static CMA pools;
    // OpenSBI adds its mmode_resv nodes to the copy the kernel gets, and the log prints them.
    const boot = join(here, '../../test/boots/riscv64/riscv64-7.2-virt-4G-static-cma')
    const log = gunzipSync(readFileSync(`${boot}.log.gz`)).toString('utf8')
    const r = importBoard({ bootLog: log, dtb: new Uint8Array(readFileSync(`${boot}.dtb`)) }, { id: 'virt' })
    expect(valid(r.board)).toEqual([])
    expect(r.board.reservations?.map((x) => [x.name, x.kind === 'fixed' && (x.nomap ?? false), x.kind === 'fixed' && (x.cma ?? false)])).toEqual([
      ['mmode_resv1@80000000', true, false],
      ['mmode_resv0@80040000', true, false],
      ['pool@c0000000', false, true],
      ['odd@c8100000', false, true],
      ['linux,cma@d0000000', false, true],
    ])
    expect(r.problems.filter((p) => p.code === 'runtimeReservedNodes').map((p) => p.severity)).toEqual(['note'])
    expect(r.provenance['/reservations/0']).toMatch(/^boot log line \d+/)
    expect(r.provenance['/reservations/2']).toMatch(/^DTB \/reserved-memory\/pool@c0000000/)
  })

  it('fills what the log lacks from the DT, and downgrades the log\'s complaint', () => {
    const log = '[0.0] Linux version 6.12.117+deb13-arm64 (x) #1 SMP Debian 6.12.117-1\n[0.0] Kernel command line: console=ttyAMA0\n'
    const r = importBoard({ bootLog: log, dtb: buildDtb(virtTree(2n * GiB)) })
    expect(r.board.memory).toEqual([{ base: '0x40000000', size: '0x80000000' }])
    expect(r.problems.find((p) => p.code === 'noMemory')).toMatchObject({ severity: 'note', message: expect.stringMatching(/another input supplied it$/) })
    expect(r.provenance['/memory/0']).toMatch(/^DTB \/memory@40000000 reg/)
  })

  it('notes that memory read from the DT alone is what the blob was built with (boot loaders rewrite /memory)', () => {
    const alone = importBoard({ dtb: buildDtb(virtTree(2n * GiB)) })
    expect(alone.problems.filter((p) => p.code === 'memoryFromDt')).toEqual([
      { severity: 'note', source: 'dtb', code: 'memoryFromDt', message: expect.stringMatching(/^the memory is the DT's \/memory as built \(2G at 0x40000000\): boot loaders commonly rewrite it with the RAM they find/) },
    ])
    const measured = importBoard({ dtb: buildDtb(virtTree(2n * GiB)), iomem: '40000000-bfffffff : System RAM\n' })
    expect(measured.problems.map((p) => p.code)).not.toContain('memoryFromDt')
  })

  it("with mem= on the log's command line, the memory is the DT's, not what mem= left (test/boots/random-numa m06)", () => {
    // riscv64 7.2, two nodes 407M + 4540M, mem=769M: the log's node ranges end at 0xb00fffff,
    // and QEMU put the DTB at 0xbfe00000, past them.
    const id = 'riscv64-7.2-virt-4947M-407M+4540M-m06'
    const dir = join(import.meta.dirname, '../../test/boots/random-numa')
    const log = gunzipSync(readFileSync(join(dir, `${id}.log.gz`))).toString('utf8')
    const r = importBoard({ bootLog: log, dtb: new Uint8Array(readFileSync(join(dir, `${id}.dtb`))) })
    expect(r.board.memory).toEqual([
      { base: '0x80000000', size: '0x19700000', node: 0 },
      { base: '0x99700000', size: '0x11bc00000', node: 1 },
    ])
    expect(r.board.cmdline).toMatch(/ mem=769M /)
    expect(r.board.dtb?.base).toBe('0xbfe00000')
    expect(r.problems.filter((p) => p.code === 'memoryBeforeMem' || p.code === 'memoryFromDt').map((p) => p.code)).toEqual(['memoryBeforeMem'])
    // The log's board leaves that DT out (past mem=); this board's memory holds it again. So
    // does it the one placed at OpenSBI's a1 when the log has no memblock=debug lines.
    expect(bootLogToBoard(log).board.dtb).toBeUndefined()
    const noDebug = log.split('\n').filter((l) => !/\] (?:__)?memblock_\w+:|MEMBLOCK configuration|(?:memory|reserved)\[0x/.test(l)).join('\n')
    expect(noDebug).toContain(' mem=769M ')
    const fromA1 = importBoard({ bootLog: noDebug, dtb: new Uint8Array(readFileSync(join(dir, `${id}.dtb`))) })
    expect([fromA1.board.dtb, fromA1.problems.find((p) => p.code === 'dtbSizeUnknown')?.message]).toEqual([{ base: '0xbfe00000', size: '0x1855' }, expect.stringContaining('taken as 0x1855 bytes')])
    // The board simulates as the kernel booted: mem= cuts it where the log's memory ends.
    const sim = simulate(boardToLayouts({ ...r.board, id: 'm06' })[0]!)
    expect(sim.memory.at(-1)).toMatchObject({ base: 0x99700000n, size: 0xb0100000n - 0x99700000n })
    // A DT whose /memory does not hold the log's (512 MiB, a blob as built) is not taken.
    const cpus: NodeSpec = { name: 'cpus', props: { '#address-cells': [1], '#size-cells': [0] }, children: [{ name: 'cpu@0', props: { device_type: 'cpu', compatible: 'riscv', 'riscv,isa': 'rv64imafdc' } }] }
    const small: NodeSpec = { name: '', props: { '#address-cells': [2], '#size-cells': [2] }, children: [cpus, { name: 'memory@80000000', props: { device_type: 'memory', reg: reg2([0x80000000, 0x20000000]) } }] }
    const asBuilt = importBoard({ bootLog: log, dtb: buildDtb(small) })
    expect(asBuilt.board.memory?.at(-1)).toEqual({ base: '0x99700000', size: '0x16a00000', node: 1 })
    expect(asBuilt.problems.map((p) => p.code)).not.toContain('memoryBeforeMem')
  })

  it('notes that a riscv64 DT lacks the /reserved-memory nodes OpenSBI adds, unless it has them', () => {
    const cpus: NodeSpec = { name: 'cpus', props: { '#address-cells': [1], '#size-cells': [0] }, children: [{ name: 'cpu@0', props: { device_type: 'cpu', compatible: 'riscv', 'riscv,isa': 'rv64imafdc' } }] }
    const memory: NodeSpec = { name: 'memory@80000000', props: { device_type: 'memory', reg: reg2([0x80000000, 0x80000000]) } }
    const tree = (children: NodeSpec[]): NodeSpec => ({ name: '', props: { '#address-cells': [2], '#size-cells': [2] }, children: [cpus, memory, ...children] })
    const bare = importBoard({ dtb: buildDtb(tree([])) })
    expect(bare.board.arch).toBe('riscv64')
    expect(bare.problems.filter((p) => p.code === 'sbiReservations')).toEqual([
      { severity: 'note', source: 'dtb', code: 'sbiReservations', message: expect.stringMatching(/^riscv64 boards boot through SBI firmware \(OpenSBI\), which adds \/reserved-memory nodes .*import \/sys\/firmware\/fdt from the running board/) },
    ])
    const resmem: NodeSpec = { name: 'reserved-memory', props: { '#address-cells': [2], '#size-cells': [2], ranges: true }, children: [{ name: 'mmode_resv0@80000000', props: { reg: reg2([0x80000000, 0x40000]), 'no-map': true } }] }
    expect(importBoard({ dtb: buildDtb(tree([resmem])) }).problems.map((p) => p.code)).not.toContain('sbiReservations')
    expect(importBoard({ dtb: buildDtb(virtTree(2n * GiB)) }).problems.map((p) => p.code)).not.toContain('sbiReservations')
  })

  it('notes that a command line read from the DT alone is its /chosen bootargs as built (boot loaders replace them)', () => {
    const alone = importBoard({ dtb: buildDtb(virtTree(4n * GiB, 'twobank', 'console=ttyAMA0 crashkernel=256M')) })
    expect(alone.board.cmdline).toBe('console=ttyAMA0 crashkernel=256M')
    expect(alone.problems.filter((p) => p.code === 'cmdlineFromDt')).toEqual([
      { severity: 'note', source: 'dtb', code: 'cmdlineFromDt', message: expect.stringMatching(/^the command line is the DT's \/chosen bootargs as built \("console=ttyAMA0 crashkernel=256M"\): boot loaders replace it with their own \(U-Boot's bootargs variable\), so check it against \/proc\/cmdline on the board, or import \/sys\/firmware\/fdt from the running board/) },
    ])
    const log = '[0.0] Linux version 6.12.117+deb13-arm64 (x) #1 SMP Debian 6.12.117-1\n[0.0] Kernel command line: console=ttyAMA0\n'
    expect(importBoard({ bootLog: log, dtb: buildDtb(virtTree(4n * GiB, 'twobank', 'console=ttyAMA0 crashkernel=256M')) }).problems.map((p) => p.code)).not.toContain('cmdlineFromDt')
  })

  it('lets the .config set the options and reports where it contradicts the log', () => {
    const same = importBoard({ bootLog: oracleLog('arm64-6.1-plain-4G-ck256M-mbdebug'), config: fixture('debian-config/arm64-6.1.config') })
    expect(same.problems.filter((p) => p.severity !== 'note')).toEqual([])
    expect(same.board).toMatchObject({ kernels: [{ release: '6.1.192', config: { ZONE_DEVICE: false, RODATA_FULL_DEFAULT_ENABLED: true, CMA_SIZE_MBYTES: 64 } }], pageSize: '4K' })
    // The .config's 48 address bits are 6.1's profile's, which another kernel of the board must not take.
    expect([same.board.vaBits, same.board.paBits]).toEqual([undefined, undefined])
    expect(same.board.config).toBeUndefined()
    expect(same.provenance['/kernels/0/config/RODATA_FULL_DEFAULT_ENABLED']).toMatch(/^\.config line \d+: "CONFIG_RODATA_FULL_DEFAULT_ENABLED=y"$/)

    const other = importBoard({ bootLog: oracleLog('arm64-6.1-plain-4G-ck256M-mbdebug'), config: fixture('debian-config/arm64-6.12.config') })
    expect(other.problems.filter((p) => p.severity === 'warning').map((p) => p.code)).toEqual(['configDisagrees', 'releaseDisagrees'])
    expect(buildOf(other.board).release).toBe('6.1.192')
    expect(buildOf(other.board).config?.ZONE_DEVICE).toBe(true)
  })

  it("refuses a DT of another architecture than the boot log's machine", () => {
    // An arm64 DT with an x86_64 boot was a warning: the DT's /chosen initrd and tree size
    // landed on the x86 board, which check then warned about (deviceTree on x86_64).
    const r = importBoard({ bootLog: oracleLog('amd64-6.12-q35-4G-ck256M-mbdebug'), dtb: buildDtb(virtTree(2n * GiB)) })
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.source, p.code])).toEqual([['dtb', 'archDisagrees']])
    expect(r.problems.find((p) => p.code === 'archDisagrees')?.message).toMatch(/^the DT is for arm64 \(inferred from \/cpus .*\), the boot log's machine is x86_64 \(boot log line \d+: "Linux version 6\.12\.117\+deb13-amd64 .*it is another machine's device tree/)
    // Nothing of it is used: its reservations, tree counts and description were on the board,
    // and its memory nodes, against the log's RAM, gave memoryDisagrees besides the error.
    const alone = importBoard({ bootLog: oracleLog('amd64-6.12-q35-4G-ck256M-mbdebug') })
    const withCma = importBoard({ bootLog: oracleLog('amd64-6.12-q35-4G-ck256M-mbdebug'), dtb: buildDtb(virtTree(2n * GiB, 'resmem-cma')) })
    expect(withCma.problems.filter((p) => p.severity !== 'note').map((p) => p.code)).toEqual(['archDisagrees'])
    expect(withCma.board).toEqual(alone.board)
    // The same arch is fine.
    expect(importBoard({ bootLog: oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug'), dtb: buildDtb(virtTree(4n * GiB)) }).problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it("refuses a /proc/iomem whose kernel entries are another architecture's than the machine's", () => {
    // An arm64 /proc/iomem with an x86_64 .config made an x86_64 board with RAM at 1 GiB and the
    // kernel at 0x40200000, exit 0; the reverse an arm64 board of a PC's e820 RAM.
    const iomemOf = (id: string) => oracleLog(id).split('=====ORACLE-BEGIN iomem=====\n')[1]!.split('=====ORACLE-END iomem=====')[0]!
    const arm = iomemOf('arm64-6.12-plain-4G-ck256M-mbdebug')
    const x86 = iomemOf('amd64-6.12-q35-4G-ck256M-mbdebug')
    const riscv = iomemOf('riscv64-6.12-virt-4G-ck256M-mbdebug')
    const refused = (inputs: Parameters<typeof importBoard>[0]) => importBoard(inputs).problems.filter((p) => p.severity === 'error').map((p) => [p.source, p.code, p.line, p.excerpt?.trim(), p.message])
    expect(refused({ iomem: arm, config: fixture('debian-config/amd64-6.12.config') })).toEqual([
      ['iomem', 'iomemOtherArch', 9, '40200000-41f2ffff : Kernel code', expect.stringMatching(/^the \/proc\/iomem is arm64's \(its "Kernel code" entry\), the \.config's machine is x86_64 \(\.config line \d+: "CONFIG_X86_64=y"\)/)],
    ])
    expect(refused({ iomem: x86, config: fixture('debian-config/arm64-6.12.config') })).toEqual([['iomem', 'iomemOtherArch', 12, '0373c000-03bfffff : Kernel bss', expect.stringMatching(/^the \/proc\/iomem is x86_64's/)]])
    expect(refused({ iomem: riscv, bootLog: oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug') })).toEqual([['iomem', 'iomemOtherArch', expect.any(Number), expect.stringMatching(/: Kernel image$/), expect.stringMatching(/^the \/proc\/iomem is riscv64's .* the boot log's machine is arm64/)]])
    expect(refused({ iomem: arm, dtb: buildDtb(virtTree(4n * GiB)), config: fixture('debian-config/arm64-6.12.config') })).toEqual([])
    // Each with its own machine's: nothing refused.
    for (const [iomem, arch] of [[arm, 'arm64'], [x86, 'amd64'], [riscv, 'riscv64']] as const) expect(refused({ iomem, config: fixture(`debian-config/${arch}-6.12.config`) })).toEqual([])

    // Nothing of a refused one is used, nor said: its "Kernel code" placed the x86 board's image
    // at 0x90010000, which check would refuse as not 2 MiB aligned (boardFailsCheck: "give the
    // address the kernel runs at"), and its "Crash kernel" asked for the command line.
    const altraOnX86 = importBoard({ iomem: fixture('ampere-altra-seed.iomem'), config: fixture('debian-config/amd64-6.12.config') })
    expect(altraOnX86.problems.map((p) => p.code)).toEqual(['iomemOtherArch'])
    expect([altraOnX86.board.memory, altraOnX86.board.image]).toEqual([undefined, undefined])
    // With a boot log, the log is read without it: no RAM compared with it (iomemDisagrees), no
    // image from its "Kernel bss" (boardFailsCheck: the image in no bank).
    const log = oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug').split('=====ORACLE-BEGIN')[0]!
    const x86OnArmLog = importBoard({ bootLog: log, iomem: x86 })
    expect(x86OnArmLog.problems.filter((p) => p.severity !== 'note').map((p) => p.code)).toEqual(['iomemOtherArch'])
    expect(x86OnArmLog.board).toEqual(importBoard({ bootLog: log }).board)
    // Its own lines' problems are still said.
    expect(importBoard({ bootLog: log, iomem: `${x86}junk\n` }).problems.filter((p) => p.source === 'iomem').map((p) => p.code)).toEqual(['badLine', 'iomemOtherArch'])
  })

  it('a .config kconfigToBoard() refuses as no booted kernel\'s is left out, as configOtherArch\'s is', () => {
    // Its options still went on the board and were checked against the log's (configDisagrees
    // for ZONE_DMA32, CMA, …), beside the error that says they are another kernel's.
    const arm = oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug').split('=====ORACLE-BEGIN')[0]!
    const x86 = oracleLog('amd64-6.12-q35-4G-ck256M-mbdebug').split('=====ORACLE-BEGIN')[0]!
    for (const [log, config, code] of [
      [arm, '# Linux/x86 6.12.117 Kernel Configuration\nCONFIG_ARM64=y\nCONFIG_ZONE_DMA=y\n', 'configArchDisagrees'],
      [x86, '# Linux/x86 6.12.117 Kernel Configuration\nCONFIG_ZONE_DMA=y\nCONFIG_CMA=y\n', 'configArchUnsupported'],
      [arm, 'CONFIG_ARM64=y\nCONFIG_ZONE_DMA=y\nCONFIG_X86_64=y\n', 'twoConfigs'],
    ] as const) {
      const r = importBoard({ bootLog: log, config })
      expect(r.problems.filter((p) => p.severity !== 'note').map((p) => p.code)).toEqual([code])
      // The nokaslr image at CONFIG_PHYSICAL_START is filled in only where no input has an error.
      const { image: _image, ...alone } = importBoard({ bootLog: log }).board
      expect({ ...r.board, image: undefined }).toEqual(alone)
    }
  })

  it("takes the architecture from /proc/iomem's kernel entries where no other input names it", () => {
    // An x86 /proc/iomem with a fragment: noArch, although its "Kernel bss" says x86_64, and the
    // fragment's arm64-only option was kept.
    const x86 = oracleLog('amd64-6.12-q35-4G-ck256M-mbdebug').split('=====ORACLE-BEGIN iomem=====\n')[1]!.split('=====ORACLE-END iomem=====')[0]!
    const r = importBoard({ iomem: x86, config: 'CONFIG_KFENCE=y\nCONFIG_RODATA_FULL_DEFAULT_ENABLED=y\n' })
    expect(r.board.arch).toBe('x86_64')
    expect(r.provenance['/arch']).toMatch(/^inferred from \/proc\/iomem's kernel entries: iomem line 12: "0373c000-03bfffff : Kernel bss" \(of the modelled architectures, only x86_64 lists "Kernel bss"\)$/)
    expect(r.problems.map((p) => p.code)).not.toContain('noArch')
    expect(r.problems.filter((p) => p.code === 'configNotOnArch').map((p) => [p.line, p.message])).toEqual([[2, 'CONFIG_RODATA_FULL_DEFAULT_ENABLED does not exist on x86_64 (only on arm64); left out of the board']])
    expect(r.board.config).toEqual({ KFENCE: true })
    // Its "Kernel code" places the image, as it does once a .config names the architecture.
    expect(r.board.image).toEqual(importBoard({ iomem: x86, config: fixture('debian-config/amd64-6.12.config') }).board.image)
    // Another input's architecture wins; where they differ, the /proc/iomem is refused.
    expect(importBoard({ iomem: x86, config: 'CONFIG_ARM64=y\nCONFIG_KFENCE=y\n' }).problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['iomemOtherArch'])
  })

  it('a /proc/iomem read without root is refused for its zero addresses alone, not said to hold a 1-byte crash kernel', () => {
    const masked = fixture('ampere-altra-seed.iomem').replace(/^( *)[0-9a-f]+-[0-9a-f]+/gm, '$100000000-00000000')
    expect(masked).toContain('  00000000-00000000 : Crash kernel')
    const r = importBoard({ iomem: masked, config: fixture('debian-config/arm64-6.12.config') })
    expect(r.problems.map((p) => [p.severity, p.code])).toEqual([['error', 'zeroAddresses'], ['error', 'noMemory']])
  })

  it('a .config value kconfig refuses is ignored with a warning: the boot log gives it, as if the .config lacked it', () => {
    const log = oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug')
    const good = fixture('debian-config/arm64-6.12.config')
    const bad = good.replace('CONFIG_ZONE_DMA=y', 'CONFIG_ZONE_DMA=m').replace('CONFIG_ARM64_VA_BITS=52', 'CONFIG_ARM64_VA_BITS=abc')
    const r = importBoard({ bootLog: log, config: bad })
    expect(r.problems.filter((p) => p.severity !== 'note').map((p) => [p.severity, p.code, p.excerpt])).toEqual([
      ['warning', 'badValue', 'CONFIG_ZONE_DMA=m'],
      ['warning', 'badValue', 'CONFIG_ARM64_VA_BITS=abc'],
    ])
    // The log's ZONE_DMA (its "Zone ranges"), not off; VA bits as the log alone gives them.
    expect(buildOf(r.board).config?.ZONE_DMA).toBe(true)
    expect(r.provenance['/kernels/0/config/ZONE_DMA']).toMatch(/^DMA zone listed in "Zone ranges": boot log line/)
    expect(r.board.vaBits).toBe(importBoard({ bootLog: log }).board.vaBits)
  })

  it('refuses a .config of another architecture than the machine\'s, and leaves out a fragment\'s option this arch lacks', () => {
    // An amd64 .config with an arm64 boot: its CMA (off) and X86_DIRECT_GBPAGES would land on
    // the arm64 board, and check would simulate a kernel that never booted there.
    const x86OnArm = importBoard({ bootLog: oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug'), config: fixture('debian-config/amd64-6.12.config') })
    const refused = x86OnArm.problems.filter((p) => p.severity === 'error')
    expect(refused.map((p) => [p.source, p.code, p.line, p.excerpt])).toEqual([['config', 'configOtherArch', 10, 'CONFIG_X86_64=y']])
    expect(refused[0]!.message).toMatch(/^the \.config is for x86_64, the boot log's machine is arm64 \(boot log line 2: "Linux version 6\.12\.117\+deb13-arm64 /)
    // Nothing of it is merged (no configDisagrees, no archDisagrees on top of the error).
    expect(buildOf(x86OnArm.board).config).toEqual(buildOf(importBoard({ bootLog: oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug') }).board).config)
    expect(x86OnArm.problems.filter((p) => p.source === 'config').map((p) => p.code)).toEqual(['configOtherArch'])
    // The reverse, and against a DT's /cpus.
    const armOnX86 = importBoard({ bootLog: oracleLog('amd64-6.12-q35-4G-ck256M-mbdebug'), config: fixture('debian-config/arm64-6.12.config') })
    expect(armOnX86.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.excerpt])).toEqual([['configOtherArch', 'CONFIG_ARM64=y']])
    const x86OnDt = importBoard({ dtb: buildDtb(virtTree(2n * GiB)), config: fixture('debian-config/amd64-6.12.config') })
    expect(x86OnDt.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['configOtherArch'])
    expect(x86OnDt.problems.find((p) => p.code === 'configOtherArch')?.message).toMatch(/the DT's machine is arm64 \(inferred from \/cpus/)
    // The same arch is fine.
    expect(importBoard({ dtb: buildDtb(virtTree(2n * GiB)), config: fixture('debian-config/arm64-6.12.config') }).problems.filter((p) => p.severity === 'error')).toEqual([])
    // A .config that names its ARCH in the header alone is refused as well, at the header.
    const headerOnly = importBoard({ bootLog: oracleLog('amd64-6.12-q35-4G-ck256M-mbdebug'), config: '# Linux/arm64 6.12.117 Kernel Configuration\nCONFIG_ZONE_DMA=y\n' })
    expect(headerOnly.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line, p.excerpt])).toEqual([['configOtherArch', 1, '# Linux/arm64 6.12.117 Kernel Configuration']])

    // A fragment names no arch: the log's decides which of its options exist.
    const fragment = importBoard({ bootLog: oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug'), config: 'CONFIG_X86_DIRECT_GBPAGES=y\n# CONFIG_KFENCE is not set\n' })
    expect(fragment.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(buildOf(fragment.board).config).not.toHaveProperty('X86_DIRECT_GBPAGES')
    expect(fragment.provenance).not.toHaveProperty('/kernels/0/config/X86_DIRECT_GBPAGES')
    expect(buildOf(fragment.board).config?.KFENCE).toBe(false)
    expect(fragment.problems.filter((p) => p.code === 'configNotOnArch').map((p) => [p.severity, p.line])).toEqual([['note', 1]])
    expect(valid(fragment.board)).toEqual([])
    // Nor does the fragment's note name it among the options left to another input: on the
    // log's arch it does not exist, where the other arch's option does.
    const left = (bootLog: string) => importBoard({ bootLog, config: '# CONFIG_KFENCE is not set\n' }).problems.find((p) => p.code === 'configFragment')?.message
    expect(left(oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug'))).toMatch(/CONFIG_RODATA_FULL_DEFAULT_ENABLED/)
    expect(left(oracleLog('arm64-6.12-plain-4G-ck256M-mbdebug'))).not.toMatch(/X86_DIRECT_GBPAGES/)
    expect(left(oracleLog('amd64-6.12-q35-4G-ck256M-mbdebug'))).toMatch(/CONFIG_X86_DIRECT_GBPAGES/)
    expect(left(oracleLog('amd64-6.12-q35-4G-ck256M-mbdebug'))).not.toMatch(/RODATA_FULL_DEFAULT_ENABLED/)
  })

  it('imports /proc/iomem alone, and a DTS through the injected dtc', () => {
    const r = importBoard({ iomem: fixture('ampere-altra-seed.iomem') }, { id: 'altra' })
    expect(r.board.memory?.map((b) => b.base)).toEqual(['0x88300000', '0x88480000', '0x89e30000', '0x8800000000', '0x88000000000'])
    expect(valid(r.board)).toEqual([])
    // Its kernel entries are arm64's ("Kernel code" and "Kernel data", no "Kernel bss"), which
    // names the architecture and so places the image; check refuses a board without a kernel:
    // import says what to add.
    expect(r.board.arch).toBe('arm64')
    expect(r.provenance['/arch']).toBe('inferred from /proc/iomem\'s kernel entries: iomem line 7: "90010000-9125ffff : Kernel code" (of the modelled architectures, only arm64 lists "Kernel code" and "Kernel data" without "Kernel bss")')
    expect(r.board.image?.base).toBe('0x90000000')
    // The guess is said at the entry it rests on: a 32-bit ARM /proc/iomem has the same two.
    expect(r.problems.find((p) => p.code === 'archFromIomem')).toMatchObject({ severity: 'note', line: 7, column: 1, excerpt: '  90010000-9125ffff : Kernel code' })
    expect(r.problems.find((p) => p.code === 'archFromIomem')?.message).toMatch(/^the architecture, arm64, is inferred from \/proc\/iomem's kernel entries .*a 32-bit kernel's is not supported\)$/)
    expect(r.problems.filter((p) => p.severity !== 'note').map((p) => [p.severity, p.source, p.code])).toEqual([
      ['warning', 'iomem', 'noKernel'],
      // Its "Crash kernel" entries: the machine had a crashkernel= that no input gives.
      ['warning', 'iomem', 'crashKernelWithoutCmdline'],
    ])
    // Entries that name no architecture ("Kernel code" alone) do not.
    const codeOnly = importBoard({ iomem: fixture('ampere-altra-seed.iomem').replace(/^.*: Kernel data\n/m, '') }, { id: 'altra' })
    expect(codeOnly.problems.filter((p) => p.severity !== 'note').map((p) => [p.severity, p.source, p.code])).toEqual([
      ['warning', 'iomem', 'noKernel'],
      ['warning', 'iomem', 'noArch'],
      ['warning', 'iomem', 'crashKernelWithoutCmdline'],
      ['warning', 'iomem', 'noImage'],
    ])
    expect(codeOnly.problems.find((p) => p.code === 'noImage')?.message).toMatch(/^\/proc\/iomem's "Kernel code" \(line \d+\) places the kernel image once the architecture is known/)

    const dts = toDts(virtTree(1n * GiB, 'resmem-cma'))
    const fakeDtc = () => ({ status: 0, stdout: buildDtb(virtTree(1n * GiB, 'resmem-cma')), stderr: '' })
    const fromDts = importBoard({ dts }, { spawn: fakeDtc })
    expect(fromDts.board.reservations?.[0]).toMatchObject({ kind: 'dynamic', name: 'linux,cma', cma: true, cmaDefault: true })
    // The DT's /cpus gives the architecture; nothing in a DT gives the kernel.
    expect(fromDts.board.arch).toBe('arm64')
    expect(fromDts.problems.filter((p) => p.severity !== 'note').map((p) => [p.severity, p.source, p.code])).toEqual([['warning', 'dts', 'noKernel'], ['warning', 'dts', 'noImage']])
    // Nor where the boot loader put the DT itself, which the kernel reserves: a note with its size.
    const blob = buildDtb(virtTree(1n * GiB, 'resmem-cma'))
    const noDtb = fromDts.problems.filter((p) => p.code === 'noDtb')
    expect(noDtb.map((p) => [p.severity, p.source])).toEqual([['note', 'dts']])
    expect(noDtb[0]!.message).toContain(`add "dtb": { "base": …, "size": "0x${new DataView(blob.buffer, blob.byteOffset).getUint32(4).toString(16)}" }`)
    expect(importBoard({ dtb: blob }).problems.filter((p) => p.code === 'noDtb').map((p) => p.source)).toEqual(['dtb'])
    if (!spawnSync('dtc', ['--version']).error) expect(importBoard({ dts }, { spawn: spawnSync }).board).toEqual(importBoard({ dts }, { spawn: fakeDtc }).board)
    expect(importBoard({ dts }).problems).toEqual([expect.objectContaining({ code: 'noSpawn', severity: 'error' })])
  })

  it('notes the top-level "reserved" ranges among the System RAM of /proc/iomem alone (no-map RAM on arm64/riscv64), not on x86_64', () => {
    const iomem = ['40000000-4fffffff : System RAM', '50000000-50ffffff : reserved', '51000000-13fffffff : System RAM', '140000000-14fffffff : reserved', ''].join('\n')
    const r = importBoard({ iomem }, { id: 'soc' })
    const notes = r.problems.filter((p) => p.code === 'iomemNomap')
    expect(notes.map((p) => [p.severity, p.line])).toEqual([['note', 2]])
    // Only the range among the RAM; the one above it is not RAM.
    expect(notes[0]!.message).toMatch(/^1 top-level "reserved" range\(s\) lie among the System RAM: 50000000-50ffffff : reserved \(line 2\)\. If the board is arm64 or riscv64, they are no-map RAM/)
    expect(r.board.memory).toEqual([{ base: '0x40000000', size: '0x10000000' }, { base: '0x51000000', size: '0xef000000' }])
    const x86 = importBoard({ iomem, config: '#\n# Linux/x86 6.12.57 Kernel Configuration\n#\nCONFIG_X86_64=y\n' })
    expect(x86.board.arch).toBe('x86_64')
    expect(x86.problems.filter((p) => p.code === 'iomemNomap')).toEqual([])
  })

  it('warns that /proc/iomem shows a crash kernel reservation the board has no crashkernel= for', () => {
    const iomem = ['40000000-13fffffff : System RAM', '  40210000-4161ffff : Kernel code', '  f4000000-fbffffff : Crash kernel', '  11b400000-13b3fffff : Crash kernel', ''].join('\n')
    const r = importBoard({ iomem }, { id: 'soc' })
    const warned = r.problems.filter((p) => p.code === 'crashKernelWithoutCmdline')
    expect(warned.map((p) => [p.severity, p.source, p.line])).toEqual([['warning', 'iomem', 3]])
    expect(warned[0]!.message).toMatch(/^\/proc\/iomem shows the crash kernel reserved at \[0xf4000000, 0xfc000000\) \(128M\) and \[0x11b400000, 0x13b400000\) \(512M\), so the machine was booted with crashkernel=/)
    // A boot log with its command line carries the crashkernel=: nothing to say.
    const log = oracleLog('arm64-6.12-plain-4G-ck512M.high')
    expect(importBoard({ bootLog: log }).problems.filter((p) => p.code === 'crashKernelWithoutCmdline')).toEqual([])
  })

  it('places the image from /proc/iomem without a boot log once another input names the arch', () => {
    // The oracle log's own /proc/iomem section, as `cat /proc/iomem` would give it.
    const log = oracleLog('arm64-6.12-plain-4G-ck512M.high')
    const iomem = log.split('=====ORACLE-BEGIN iomem=====\n')[1]!.split('=====ORACLE-END iomem=====')[0]!
    const config = '# Linux/arm64 6.12.117 Kernel Configuration\nCONFIG_ARM64=y\nCONFIG_ZONE_DMA=y\n'
    const r = importBoard({ iomem, config })
    // As from the log with the same listing (docs/cli.md's example).
    expect(r.board.image).toEqual({ base: '0x40200000' })
    expect(r.board.kernels).toMatchObject([{ release: '6.12.117', imageSize: '0x2500000', codeSize: '0x1d30000', config: { ZONE_DMA: true } }])
    expect(r.provenance['/image']).toMatch(/^iomem line \d+: "40200000-41f2ffff : Kernel code"/)
    expect(r.problems.map((p) => p.code)).not.toContain('noImage')
    expect(valid(r.board)).toEqual([])
  })

  it('keeps every setting a boot log gives (one log of each boot set), the firmware\'s EFI and e820 ACPI ranges too', () => {
    const boots = join(here, '../../test/boots')
    const seen = new Set<string>()
    for (const set of readdirSync(boots).filter((d) => statSync(join(boots, d)).isDirectory()).sort()) {
      const first = readdirSync(join(boots, set)).filter((f) => f.endsWith('.log.gz')).sort()[0]
      if (first === undefined) continue
      const text = gunzipSync(readFileSync(join(boots, set, first))).toString('utf8')
      const alone = bootLogToBoard(text)
      const merged = importBoard({ bootLog: text })
      // What the log measured of the build moves into the release's entry, and arm64's address
      // bits that are its profile's are left to the profile: buildValuesIntoKernel(), nothing else.
      const expected = structuredClone(alone.board)
      const provenance = { ...alone.provenance }
      buildValuesIntoKernel(expected, provenance)
      for (const key of Object.keys({ ...alone.board, ...expected })) {
        if (key === 'id') continue
        seen.add(key)
        expect(merged.board[key as keyof typeof merged.board], `${set}/${first}: ${key}`).toEqual(expected[key as keyof Board])
      }
      for (const [p, why] of Object.entries(provenance)) if (p !== '') expect(merged.provenance[p], `${set}/${first}: ${p}`).toBe(why)
    }
    // The sets hold boots under OVMF (amd64-uefi, random-efi), whose logs show both.
    expect([...seen]).toEqual(expect.arrayContaining(['efiBootServices', 'e820AcpiData', 'memorylessNodes', 'numaDistances', 'sratMemory']))
  })

  it('reads x86_64 e820 ACPI data from /proc/iomem alone once a .config names the arch (test/boots/random-efi h07)', () => {
    const iomem = ['00000000-00000fff : Reserved', '00001000-0009ffff : System RAM', '00100000-3fffffff : System RAM', '  1a000000-1b000fff : Kernel code', '41f6c000-41f7dfff : ACPI Tables', '41f7e000-41ffdfff : ACPI Non-volatile Storage'].join('\n')
    const config = '# Linux/x86 6.16.3 Kernel Configuration\nCONFIG_X86_64=y\n'
    const r = importBoard({ iomem, config })
    expect(r.board.arch).toBe('x86_64')
    expect(r.board.e820AcpiData).toEqual([{ base: '0x41f6c000', size: '0x12000' }])
    expect(r.provenance['/e820AcpiData/0']).toBe('e820 ACPI data, iomem line 5: "41f6c000-41f7dfff : ACPI Tables"')
    expect(valid(r.board)).toEqual([])
    // Not on another architecture, whose /proc/iomem has no such entry of e820's.
    expect(importBoard({ iomem, config: '# Linux/arm64 6.12.117 Kernel Configuration\nCONFIG_ARM64=y\n' }).board.e820AcpiData).toBeUndefined()
  })

  it('says when nothing places the kernel image, which check needs (a plain dmesg)', () => {
    const dmesg = oracleLog('arm64-6.12-plain-4G-ck512M.high').split('=====ORACLE-BEGIN')[0]!
    const r = importBoard({ bootLog: dmesg })
    expect(r.board.image).toBeUndefined()
    expect(r.problems.filter((p) => p.severity !== 'note').map((p) => [p.severity, p.source, p.code])).toEqual([['warning', 'bootLog', 'noImage']])
    expect(r.problems.find((p) => p.code === 'noImage')?.message).toMatch(/add "image": \{ "base": … \} to the board before check$/)
  })

  it('places an x86_64 kernel booted with nokaslr at LOAD_PHYSICAL_ADDR (0x1000000, or the .config\'s CONFIG_PHYSICAL_START)', () => {
    // A plain dmesg of a nokaslr boot: import said "no image" and check refused the board,
    // though the kernel runs at CONFIG_PHYSICAL_START (the oracle's q35 preset: 0x1000000).
    const dmesg = oracleLog('amd64-6.12-pc-4G-ck256M').split('=====ORACLE-BEGIN')[0]!
    expect(dmesg).toContain(' nokaslr ')
    const r = importBoard({ bootLog: dmesg })
    expect(r.board.image).toEqual({ base: '0x1000000' })
    expect(r.provenance['/image/base']).toMatch(/^"nokaslr" on the command line: LOAD_PHYSICAL_ADDR/)
    expect(r.problems.map((p) => [p.severity, p.code])).toContainEqual(['note', 'imageFromNokaslr'])
    expect(r.problems.map((p) => p.code)).not.toContain('noImage')
    expect(valid(r.board)).toEqual([])
    const set = importBoard({ bootLog: dmesg, config: '# Linux/x86 6.12.117 Kernel Configuration\nCONFIG_X86_64=y\nCONFIG_PHYSICAL_START=0x2000000\n' })
    expect(set.board.image).toEqual({ base: '0x2000000' })
    // A tab is a separator to the decompressor too.
    expect(importBoard({ bootLog: dmesg.replaceAll(' nokaslr ', '\tnokaslr ') }).board.image).toEqual({ base: '0x1000000' })
    // Without nokaslr the placement is KASLR's: still unknown.
    expect(importBoard({ bootLog: dmesg.replaceAll(' nokaslr ', ' ') }).problems.map((p) => p.code)).toContain('noImage')
  })

  // trixie-backports' 6.17.8 on amd64: a modelled release of a series with no Debian profile.
  // The log places the image (iomem) but gives no size, which x86 takes from the bzImage's
  // init_size: import wrote the board without a word and check refused it (SC003 missingImageSize).
  it('says when no input gives the image size a kernel without a Debian profile needs', () => {
    const log = gunzipSync(readFileSync(join(here, '../../test/boots/releases/amd64-6.17.8-q35-4G-ck256M.log.gz'))).toString('utf8')
    const r = importBoard({ bootLog: log })
    expect(r.board).toMatchObject({ arch: 'x86_64', kernels: [{ release: '6.17.8' }], image: { base: '0x1000000' } })
    expect([r.board.image?.size, buildOf(r.board).imageSize]).toEqual([undefined, undefined])
    const p = r.problems.find((x) => x.code === 'noImageSize')
    expect(p).toMatchObject({ severity: 'warning', source: 'bootLog' })
    // Said once: check's own refusal of the board for it (SC003 missingImageSize) is the same missing value.
    expect(r.problems.map((x) => x.code)).not.toContain('boardFailsCheck')
    expect(p?.message).toMatch(/^Linux 6\.17\.8 on x86_64 has no Debian kernel profile .*add "imageSize" to its entry in "kernels" \(\{ "release": "6\.17\.8", "imageSize": … \}, the bzImage setup header's init_size\) before check$/)
    // A release with a profile, or an image whose size the log gives (arm64's iomem), is not told.
    const own = importBoard({ bootLog: gunzipSync(readFileSync(join(here, '../../test/boots/releases/arm64-6.17.8-plain-4G-ck256M.log.gz'))).toString('utf8') })
    expect(buildOf(own.board).imageSize).toBeDefined()
    expect(own.problems.map((x) => x.code)).not.toContain('noImageSize')
    expect(importBoard({ bootLog: oracleLog('arm64-6.12-plain-4G-ck512M.high') }).problems.map((x) => x.code)).not.toContain('noImageSize')
  })

  // test/boots/arm64-custom's 64K 7.2 build: imported from its log alone, the board took
  // Debian's 7.2 options (PAGE_BLOCK_MAX_ORDER among them) and check placed the crash kernel
  // elsewhere than that kernel did, without a word that the build is not Debian's.
  it('notes a kernel another builder built, unless its .config is given too', () => {
    const custom = join(here, '../../test/boots/arm64-custom')
    const log = gunzipSync(readFileSync(join(custom, 'arm64-7.2-64k-plain-4G-ck256M.log.gz'))).toString('utf8')
    const alone = importBoard({ bootLog: log }).problems.find((p) => p.code === 'notDebianBuild')
    expect(alone).toMatchObject({ severity: 'note', source: 'bootLog' })
    expect(alone?.message).toBe("Linux 7.2.13 was not built by Debian (its banner names root@vm): check takes the build options the log does not show from Debian's 7.2 where it has that series (docs/presets.md); give this build's .config too")
    const config = gunzipSync(readFileSync(join(custom, '7.2-64k.config.gz'))).toString('utf8')
    expect(importBoard({ bootLog: log, config }).problems.map((p) => p.code)).not.toContain('notDebianBuild')
    expect(importBoard({ bootLog: oracleLog('arm64-6.12-plain-4G-ck512M.high') }).problems.map((p) => p.code)).not.toContain('notDebianBuild')
  })

  it('keeps a DT reservation outside RAM, which the kernel reserves and counts, and says so', () => {
    // Two banks with a hole [0x80000000, 0xc0000000), as a boot loader leaves /memory after a carve-out.
    const dtb = buildDtb(
      {
        name: '',
        props: { '#address-cells': [2], '#size-cells': [2], compatible: 'test,board' },
        children: [
          { name: 'cpus', children: [{ name: 'cpu@0', props: { compatible: 'arm,cortex-a53' } }] },
          { name: 'memory@40000000', props: { device_type: 'memory', reg: reg2([0x40000000, 0x40000000], [0xc0000000, 0x40000000]) } },
          {
            name: 'reserved-memory',
            props: { '#address-cells': [2], '#size-cells': [2], ranges: true },
            children: [
              { name: 'tee@90000000', props: { reg: reg2([0x90000000, 0x1000000]), 'no-map': true } },
              { name: 'fw@7f000000', props: { reg: reg2([0x7f000000, 0x2000000], [0x90000000, 0x1000]) } },
              { name: 'ok@50000000', props: { reg: reg2([0x50000000, 0x1000]) } },
              { name: 'split@7ff00000', props: { reg: reg2([0x7ff00000, 0x40200000]) } },
            ],
          },
        ],
      },
      { memreserve: [[0x10000n, 0x1000n]] },
    )
    const r = importBoard({ dtb, config: '# Linux/arm64 6.12.117 Kernel Configuration\nCONFIG_ARM64=y\n' })
    // As the DT has them: the kernel memblock_reserve()s (or no-maps nothing of) each wherever it
    // lies, and counts the /reserved-memory ones in its reserved_mem array (test/boots/random-dt).
    expect(r.board.reservations).toEqual([
      { kind: 'fixed', name: 'memreserve@10000', base: '0x10000', size: '0x1000', memreserve: true, description: '/memreserve/ entry 0' },
      { kind: 'fixed', name: 'tee@90000000', base: '0x90000000', size: '0x1000000', nomap: true },
      { kind: 'fixed', name: 'fw@7f000000', base: '0x7f000000', size: '0x2000000', moreReg: [{ base: '0x90000000', size: '0x1000' }] },
      { kind: 'fixed', name: 'ok@50000000', base: '0x50000000', size: '0x1000' },
      { kind: 'fixed', name: 'split@7ff00000', base: '0x7ff00000', size: '0x40200000' },
    ])
    expect(r.provenance['/reservations/2']).toMatch(/^DTB \/reserved-memory\/fw@7f000000 reg \(byte 0x[0-9a-f]+\)$/)
    const outside = r.problems.filter((p) => p.code === 'reservationOutsideRam')
    expect(outside.map((p) => [p.severity, p.source])).toEqual([['note', 'dtb'], ['note', 'dtb'], ['note', 'dtb'], ['note', 'dtb']])
    expect(outside.map((p) => p.message.split('; kept')[0])).toEqual([
      'reservation "memreserve@10000" [0x10000, 0x11000) lies outside every memory bank',
      'reservation "tee@90000000" [0x90000000, 0x91000000) lies outside every memory bank',
      'reservation "fw@7f000000" [0x7f000000, 0x81000000), [0x90000000, 0x90001000) lies partly outside every memory bank',
      'reservation "split@7ff00000" [0x7ff00000, 0xc0100000) lies partly outside every memory bank',
    ])
    expect(outside[1]!.message).toMatch(/\(DTB \/reserved-memory\/tee@90000000 reg \(byte 0x[0-9a-f]+\)\)$/)
    expect(valid(r.board)).toEqual([])
  })

  it('warns at import that check will refuse a kernel the policies do not cover', () => {
    const log = oracleLog('arm64-6.12-plain-4G-ck512M.high').replaceAll('6.12.117', '4.19.260')
    const r = importBoard({ bootLog: log })
    expect(buildOf(r.board).release).toBe('4.19.260')
    expect(r.problems.filter((p) => p.code === 'kernelNotModelled').map((p) => [p.severity, p.source, p.message])).toEqual([
      ['warning', 'bootLog', expect.stringMatching(/^Linux 4\.19\.260 is not modelled \(the policies cover 5\.10 up to 7\.x\): check refuses the board until "kernels" names a modelled release \(boot log line 2: "Linux version 4\.19\.260/)],
    ])
    const config = importBoard({ config: '# Linux/arm64 8.1.0 Kernel Configuration\nCONFIG_ARM64=y\n' })
    expect(config.problems.filter((p) => p.code === 'kernelNotModelled').map((p) => p.source)).toEqual(['config'])
    expect(importBoard({ bootLog: oracleLog('arm64-6.12-plain-4G-ck512M.high') }).problems.map((p) => p.code)).not.toContain('kernelNotModelled')
  })

  it('derives an id that starts with a letter, never one that reads as a kernel release', () => {
    const release = /^[0-9]+\.[0-9]+(\.[0-9]+)?$/
    // A .config alone, a log without a machine line: the architecture names the machine.
    expect(importBoard({ config: fixture('debian-config/amd64-6.12.config') }).board.id).toBe('x86_64-6.12.117')
    const bare = '[0.0] Linux version 6.1.0-57-amd64 (x) #1 SMP Debian 6.1.192-3\n[0.0] Command line: console=ttyS0\n'
    expect(importBoard({ bootLog: bare }).board.id).toBe('x86_64-6.1.192')
    // A DT whose model is a version number.
    const tree = virtTree(2n * GiB)
    const numbered = { ...tree, props: { ...tree.props, model: '2.0' } }
    const fromDt = importBoard({ dtb: buildDtb(numbered) })
    expect(fromDt.board.id).toBe('board-2.0')
    expect(importBoard({ dtb: buildDtb(numbered), config: fixture('debian-config/arm64-6.1.config') }).board.id).toBe('board-2.0-6.1.192')
    // One dash between the parts, whatever the machine name ends with.
    expect(importBoard({ bootLog: oracleLog('amd64-6.1-q35-4G-ck256M') }).board.id).toBe('QEMU-Standard-PC-Q35-ICH9-2009-6.1.192')
    // An id the user gives is theirs.
    expect(importBoard({ config: fixture('debian-config/amd64-6.12.config') }, { id: '6.12' }).board.id).toBe('6.12')
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: undefined }), fc.option(fc.string(), { nil: undefined }), (a, b) => {
        const id = derivedId(a, b)
        expect(id).toMatch(/^[A-Za-z][A-Za-z0-9._-]*$/)
        expect(id).not.toMatch(release)
        expect(id).not.toContain('--')
      }),
    )
  })

  it('returns a valid board and an error when given nothing', () => {
    const r = importBoard({}, { id: 'empty board' })
    expect(r.board.id).toBe('empty-board')
    expect(valid(r.board)).toEqual([])
    expect(r.problems.map((p) => p.code)).toEqual(['idChanged', 'noInput'])
  })

  it('never throws and always returns a schema-valid board, whatever the inputs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (bootLog, dtb, iomem, config) => {
        const r = importBoard({ bootLog, dtb, iomem, config })
        expect(valid(r.board)).toEqual([])
      }),
      { numRuns: 200 },
    )
    // Corrupted real inputs, too.
    const log = oracleLog('arm64-6.12-resmem-cma-4G-ck256M')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: log.length - 1 }), fc.string({ maxLength: 20 }), (at, junk) => {
        const r = importBoard({ bootLog: log.slice(0, at) + junk + log.slice(at + junk.length) })
        expect(valid(r.board)).toEqual([])
      }),
      { numRuns: 100 },
    )
  })

  it('rebases provenance under the board\'s pointer in a matrix', () => {
    expect(rebaseProvenance({ '': 'x', '/memory/0': 'y' }, '/boards/2')).toEqual({ '/boards/2': 'x', '/boards/2/memory/0': 'y' })
  })
})
