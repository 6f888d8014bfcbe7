// SPDX-License-Identifier: GPL-2.0-only
/**
 * The engine against real boots: every case of the project's copy of the oracle
 * (test/oracle/cases, copied from ../shared/oracle) must be predicted exactly — crash
 * ranges, zones, the kernel's crashkernel lines, and the linear map where it was walked —
 * and every line of the simulation's dmesg must be one the kernel printed in that boot.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { observedBoot, runOracleCase, type OracleCase } from '../src/oracle/run-case.js'
import { linesNotPrinted, linesOutOfOrder } from './boot-logs.js'
import { dmesgOf } from '../src/engine/index.js'
import { caseToBoard } from '../src/oracle/case-board.js'
import { verifyBootLog } from '../src/verify/index.js'

const dir = join(import.meta.dirname, 'oracle', 'cases')
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as OracleCase & { run: { log: string } })

describe('oracle: the engine agrees with real boots', () => {
  it('has the whole oracle copy', () => {
    expect(cases.length).toBeGreaterThanOrEqual(337)
  })
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = runOracleCase(c)
    expect(r.error).toBeUndefined()
    expect(r.differences).toEqual([])
  })
})

/** Boots whose serial log cannot show the model's lines, and why. */
const NO_KERNEL_OUTPUT: Record<string, string> = {
  'riscv64-7.2-virt-1G-ck512M': 'the boot hung before the kernel printed anything (the endless crash retry)',
}

/**
 * Where the model's NODE_DATA line cannot be the boot's (NODE_DATA_PAGE_OFF below), the line
 * is held to its form and size: the log must print one for the same node, of the same size.
 * Every other line, NODE_DATA's address included, must be in the log as the model prints it:
 * the DT variants too, whose boards give the tree each edit makes (oracle/case-board.ts
 * treeWith()), so the unflattened tree, and NODE_DATA right below it, are the kernel's.
 */
const NODE_DATA_LINE = /^(NODE_DATA\(\d+\) allocated|NUMA: NODE_DATA) \[mem (0x[0-9a-f]+)-(0x[0-9a-f]+)\]$/
function nodeDataShape(line: string): string | undefined {
  const m = NODE_DATA_LINE.exec(line)
  return m ? `${m[1]} ${BigInt(m[3]!) - BigInt(m[2]!)}` : undefined
}

/**
 * Plain boots whose NODE_DATA the model places one page higher than the kernel did: one page
 * more lies above it in these two 5.10 boots (1G with crashkernel=512M, 16G with
 * crashkernel=4G) than in the oracle's other boots of the same RAM, whose NODE_DATA the model
 * places right; the same 1G layout booted again (test/boots/arm64-sizes, with memblock=debug)
 * puts it where the model does. Likely cause (UNCONFIRMED): 5.10's arm64_memblock_init()
 * moves memstart_addr by the KASLR seed, which `-cpu max` supplies through RNDR even with
 * dtb-randomness=off, and the linear map's page tables change with it.
 */
const NODE_DATA_PAGE_OFF = new Set(['arm64-5.10-plain-1G-ck512M', 'arm64-5.10-plain-16G-ck4G'])

describe("oracle: every line of the model's dmesg is in the boot's log", () => {
  it.each(cases.filter((c) => !(c.id in NO_KERNEL_OUTPUT)).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = runOracleCase(c)
    const log = gunzipSync(readFileSync(join(import.meta.dirname, 'oracle', c.run.log))).toString('utf8')
    const missing = linesNotPrinted(r.result!, log)
    if (!NODE_DATA_PAGE_OFF.has(c.id)) {
      expect(missing).toEqual([])
      return
    }
    const printed = new Set(log.split('\n').map((l) => nodeDataShape(l.replace(/^\[[^\]]*\] /, '').trimEnd())))
    expect(missing.filter((line) => !printed.has(nodeDataShape(line) ?? line))).toEqual([])
  })
})

/**
 * The order too: the model's lines, the "Zone ranges:" block among them where zoneLinesAt puts
 * it, come in the log in that order (explain prints them so). Up to 6.x on arm64 and riscv64
 * the block precedes the crash reservation's lines; on x86_64 and from 7.0 it follows them.
 */
describe("oracle: the model's dmesg is in the boot's order", () => {
  it.each(cases.filter((c) => !(c.id in NO_KERNEL_OUTPUT)).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = runOracleCase(c)
    const log = gunzipSync(readFileSync(join(import.meta.dirname, 'oracle', c.run.log))).toString('utf8')
    expect(linesOutOfOrder(dmesgOf(r.result!).map((e) => e.text), log)).toEqual([])
  })
})

/**
 * The comparison itself: a check that stopped comparing something would let every case above
 * pass whatever the engine predicts. Each real boot's `observed` record, changed in one fact,
 * must give a difference of that kind (or the result of another boot must, for the hung one).
 */
describe('oracle: the comparison notices a boot that differs in any one fact', () => {
  const byId = (id: string): OracleCase => cases.find((c) => c.id === id)!
  type Obs = Record<string, any>
  const edit = (id: string, f: (o: Obs) => void): OracleCase => {
    const c = structuredClone(byId(id))
    f(c.observed as Obs)
    return c
  }
  // arm64 7.2, 8G, ,high + ,low, walked: 1G/2M-cont blocks with KFENCE's 4K pool.
  const WALK = 'arm64-7.2-plain-8G-ck512M.high+ck128M.low+rodataoff+kfence100-ptwalk'
  // x86 6.12 q35 4G ,high + ,low: DirectMap counters.
  const DM = 'amd64-6.12-q35-4G-ck512M.high+ck128M.low'
  const hex = (v: bigint): string => `0x${v.toString(16)}`
  const EDITS: Array<[string, string, (o: Obs) => void, string]> = [
    ['main and low swapped', WALK, (o) => { for (const r of o.crash_ranges) r.kind = r.kind === 'low' ? 'main' : 'low' }, 'crash'],
    ['main 2 MiB longer', WALK, (o) => { o.crash_ranges[1].end = hex(BigInt(o.crash_ranges[1].end) + 0x200000n) }, 'crash'],
    ['no crash range', DM, (o) => { o.crash_ranges = [] }, 'crash'],
    ['Normal ends 1 GiB lower', WALK, (o) => { o.zone_ranges.Normal.end = '0x00000001ffffffff' }, 'zones'],
    ['DMA32 not empty', DM, (o) => { o.zone_ranges.DMA32.start = '0x0000000002000000' }, 'zones'],
    ['no DMA zone printed', DM, (o) => { delete o.zone_ranges.DMA }, 'zones'],
    ['a node range one page shorter', WALK, (o) => { const i = o.dmesg_zone_lines.findIndex((l: string) => l.includes('node   0: [mem')); o.dmesg_zone_lines[i] = o.dmesg_zone_lines[i].replace(/fffff\]$/, 'fefff]') }, 'zones'],
    ['a second node range', DM, (o) => { const i = o.dmesg_zone_lines.findIndex((l: string) => l.includes('Initmem setup')); o.dmesg_zone_lines.splice(i, 0, '[    0.000000]   node   0: [mem 0x0000000280000000-0x00000002ffffffff]') }, 'zones'],
    ['the zone block one line shorter than predicted', DM, (o) => { o.dmesg_zone_lines.pop() }, 'zones'],
    ['the zone block in other columns', DM, (o) => { o.dmesg_zone_lines = o.dmesg_zone_lines.map((l: string) => l.replace('  DMA32    [', '  DMA32   [')) }, 'zones'],
    ['a zone the model has not', WALK, (o) => { o.zone_ranges.Movable2 = { start: '0x100000000', end: '0x23fffffff' } }, 'zones'],
    ['a crash line worded otherwise', WALK, (o) => { o.dmesg_crash_lines[1] = o.dmesg_crash_lines[1].replace('(512 MB)', '(511 MB)') }, 'dmesg'],
    ['the first crash line missing', DM, (o) => { o.dmesg_crash_lines.splice(1, 1) }, 'dmesg'],
    ['the crash lines in the other order', DM, (o) => { o.dmesg_crash_lines.splice(1, 2, o.dmesg_crash_lines[2], o.dmesg_crash_lines[1]) }, 'dmesg'],
    ['1 GiB of 1G blocks as 2M blocks', WALK, (o) => { const h = o.linear_map_walk.linear_map_bytes_by_granule; h['1G'] -= 2 ** 30; h['2M'] += 2 ** 30 }, 'linear-map'],
    ['the main range mapped otherwise', WALK, (o) => { const h = o.linear_map_walk.crash_ranges_mapping[1].mapped_bytes_by_granule; h['2M'] += h['2M-cont']; delete h['2M-cont'] }, 'linear-map'],
    ['DirectMap with 1 GiB more in 1G pages', DM, (o) => { o.directmap_kB.DirectMap1G += 1048576; o.directmap_kB.DirectMap2M -= 1048576 }, 'direct-map'],
  ]
  it.each(EDITS)('%s', (_name, id, f, what) => {
    expect(runOracleCase(byId(id)).ok).toBe(true)
    const r = runOracleCase(edit(id, f))
    expect(r.error).toBeUndefined()
    expect(r.ok).toBe(false)
    expect(r.differences.map((d) => d.what)).toContain(what)
  })
  it('a granule the walk lists with 0 bytes is no difference', () => {
    // The main range is mapped with 2M-cont and 2M blocks: a 1G entry of 0 bytes says the same.
    const r = runOracleCase(edit(WALK, (o) => { o.linear_map_walk.crash_ranges_mapping[1].mapped_bytes_by_granule['1G'] = 0 }))
    expect(r.differences).toEqual([])
  })
  it('KFENCE: up to the pages it may unmap at run time fewer 4K bytes pass, one more or any extra do not', () => {
    // kfence_guarded_free() (mm/kfence/core.c) unmaps a freed object's data page: at most
    // every other page of the pool, which the model gives as kfenceRuntimeUnmappablePages.
    const lm = runOracleCase(byId(WALK)).result!.linearMap!
    const most = BigInt(lm.kfenceRuntimeUnmappablePages!)
    const with4K = (bytes: bigint) => runOracleCase(edit(WALK, (o) => { o.linear_map_walk.linear_map_bytes_by_granule['4K'] = Number(bytes) }))
    expect(with4K(lm.histogram['4K']! - most * 4096n).ok).toBe(true)
    expect(with4K(lm.histogram['4K']! - (most + 1n) * 4096n).differences.map((d) => d.what)).toEqual(['linear-map'])
    expect(with4K(lm.histogram['4K']! + 4096n).differences.map((d) => d.what)).toEqual(['linear-map'])
  })
  it('DirectMap: up to the 2M pages a running system may split pass, one more does not', () => {
    // The boot as predicted, then with k of its 2M pages split after boot.
    const sim = runOracleCase(byId(DM)).result!
    const n = sim.directMapRuntimeSplits2M!
    const dm = sim.directMapKb!
    const split = (k: number) =>
      runOracleCase(edit(DM, (o) => { o.directmap_kB = { ...dm, DirectMap2M: dm['DirectMap2M']! - 2048 * k, DirectMap4k: dm['DirectMap4k']! + 2048 * k } }))
    expect(split(n).ok).toBe(true)
    expect(split(n + 1).differences.map((d) => d.what)).toEqual(['direct-map'])
  })
  it('a boot that hung against a prediction that boots', () => {
    // riscv64 7.2 1G crashkernel=512M never reached init (README highlight 17); the 2G boot
    // of the same line completed: its prediction must not pass for the hung one.
    const hung = byId('riscv64-7.2-virt-1G-ck512M')
    const r = runOracleCase({ ...byId('riscv64-7.2-virt-2G-ck512M.high'), observed: hung.observed })
    expect(r.ok).toBe(false)
    expect(r.differences).toContainEqual(expect.objectContaining({ what: 'crash', expected: 'boot hang (init never ran)' }))
  })
  it('a boot that hung, and whose lines say how, is compared on how, as verify compares a log', () => {
    // The hung case's prediction is the retry loop (an empty window for ever); its record has
    // no line (the boot printed nothing). Given the lines a boot that stops prints, real ones
    // of test/boots/early-params (the kernelcore fault on arm64, memblock=debug's crash kernel
    // allocation on riscv64), the record says how it stopped, as observedFromLog() reads a log.
    const hung = byId('riscv64-7.2-virt-1G-ck512M')
    expect(runOracleCase(hung).result!.crashkernel).toMatchObject({ kind: 'hang', cause: 'endless-retry' })
    const fault = ['[    0.000000] Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000', '[    0.000000] Internal error: Oops: 0000000096000005 [#1] SMP']
    const pc = '[    0.000000] pc : parse_option_str+0x1c/0xb0'
    const faulted = edit(hung.id, (o) => { o.dmesg_problem_lines = [...fault, pc] })
    expect(observedBoot(faulted.observed).stopped).toEqual({ kind: 'fault', line: fault[0]!.slice(15), fn: 'parse_option_str' })
    expect(runOracleCase(faulted).differences).toEqual([
      {
        what: 'crash',
        expected: 'boot stopped: Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000 (in parse_option_str)',
        predicted: 'boot hangs: the crash reservation retries the empty window [0x00000000c0000000, 0x00000000c0000000) for ever',
      },
    ])
    const alloc = '[    0.000000] memblock_phys_alloc_range: 268435456 bytes align=0x200000 from=0x0000000000000000 max_addr=0x0000000100000000 reserve_crashkernel_generic+0x62/0x182'
    const retried = edit(hung.id, (o) => { o.dmesg_crash_lines = Array.from({ length: 20 }, () => alloc) })
    expect(observedBoot(retried.observed).stopped).toEqual({ kind: 'endless-retry', line: alloc.slice(15) })
    expect(runOracleCase(retried).ok).toBe(true)
    // A boot that ran init says nothing of a stop, whatever its lines.
    expect(observedBoot(edit('riscv64-7.2-virt-2G-ck512M.high', (o) => { o.dmesg_problem_lines = [...fault, pc] }).observed).stopped).toBeUndefined()
  })
  it('a prediction that hangs against a boot that ran init', () => {
    // The other way round: the hung boot's prediction ("hang", no crash range) against the
    // completed 2G boot with its crash range removed, so that both sides show none.
    const done = edit('riscv64-7.2-virt-2G-ck512M.high', (o) => { o.crash_ranges = [] })
    const r = runOracleCase({ ...byId('riscv64-7.2-virt-1G-ck512M'), observed: done.observed })
    expect(r.result!.crashkernel.kind).toBe('hang')
    expect(r.ok).toBe(false)
    expect(r.differences).toContainEqual({ what: 'crash', expected: 'boot completed (init ran)', predicted: 'hang' })
  })
})

/**
 * caseToBoard() reads QEMU's -M options: `virtualization=on` enters the kernel at EL2
 * (cpu.el2), where protected KVM reserves its memory before the crash kernel. The oracle has
 * no such case; test/boots/pkvm's 2 GiB boot, given as an oracle input, is verified with the
 * board made from that input alone.
 */
describe('caseToBoard(): QEMU virt\'s virtualization= option', () => {
  const input = (machineOpts: string) => ({ id: 'pk', arch: 'arm64' as const, kernel: '6.12', machine: 'virt', machine_opts: machineOpts, memory: '2G', cmdline: 'console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr crashkernel=256M kvm-arm.mode=protected' })
  it('is cpu.el2, off unless given', () => {
    expect(caseToBoard(input('dtb-randomness=off,virtualization=on')).cpu).toEqual({ el2: true })
    expect(caseToBoard(input('dtb-randomness=off')).cpu).toEqual({ el2: false })
    expect(caseToBoard(input('virtualization=off')).cpu).toEqual({ el2: false })
  })
  it('predicts the pkvm boot at EL2 from the input alone', () => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, 'boots/pkvm/arm64-6.12-2G-pk1.log.gz'))).toString('utf8')
    // QEMU's DTB with virtualization=on is not the preset's (0x200 bytes more of unflattened
    // tree, so NODE_DATA 0x200 higher): all else is the kernel's.
    const kinds = (machineOpts: string) => verifyBootLog(log, { board: caseToBoard(input(machineOpts)), logName: 'pk' }).differences.map((d) => `${d.what}: ${d.expected}`)
    expect(kinds('dtb-randomness=off,virtualization=on')).toEqual(['line: NODE_DATA(0) allocated [mem 0xbfbfc380-0xbfbffabf]'])
    expect(kinds('dtb-randomness=off').filter((k) => k.startsWith('crash'))).toEqual(['crash: main 0xa8800000-0xb87fffff'])
  })
})
