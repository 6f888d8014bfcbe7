// SPDX-License-Identifier: GPL-2.0-only
/**
 * Debian's kernels booted by scripts/boots/early-params.sh with early parameters whose handlers
 * stop the boot in parse_early_param() (memmap=nn%ss-T+T with one type twice, a bare
 * `kernelcore` or `initrd`, 5.10's bare `rodata`) or print "Malformed early option" (a bare `movablecore`, `mem`, `reservelow`,
 * `cma`, `mem=nopentium`), memmap= types past 32 bits, and parameters parse_args("Booting
 * kernel") complains about after setup_arch() (5.10's `rodata=junk`, `kfence.sample_interval=abc`),
 * and x86's rodata= complaints (in parse_early_param() from 6.x, in parse_args() on 5.10).
 * boots.test.ts has `verify` agree on each (a boot that stopped against a model that
 * stops); here: the model stops with the fault, in the function, the kernel's last words name,
 * and otherwise prints its lines in the kernel's order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { simulate, type SimulationResult } from '../../src/engine/index.js'
import { bootLogToBoard, parseBootLog } from '../../src/import/bootlog.js'
import { importBoard } from '../../src/import/index.js'
import type { Board, KernelObject } from '../../src/matrix/generated/board-matrix.js'
import { boardToLayouts } from '../../src/oracle/decode-board.js'
import { compareWithBoot } from '../../src/oracle/compare.js'
import { formatVerify, observedFromLog, verifyBootLog } from '../../src/verify/index.js'

/** The kernel's lines of the log's first boot, as verify reads them. */
const firstBootLines = (log: string): string[] => parseBootLog(log).lines.map((l) => l.text)

const dir = join(import.meta.dirname, '../boots/early-params')
const logs = readdirSync(dir).filter((f) => f.endsWith('.log.gz')).sort()
const read = (f: string): string => gunzipSync(readFileSync(join(dir, f))).toString('utf8')

/** The simulation of a boot: from its board where the log stopped too early to rebuild one (as boots.test.ts). */
function simulated(f: string, log: string): SimulationResult {
  const boardFile = join(dir, f.replace(/\.log\.gz$/, '.board.json'))
  const imported = bootLogToBoard(log).board
  const board: Board = existsSync(boardFile) ? { ...(JSON.parse(readFileSync(boardFile, 'utf8')).boards[0] as Board), kernels: imported.kernels! } : imported
  return simulate(boardToLayouts(board)[0]!)
}

const stopped = logs.filter((f) => !read(f).includes(' as init process'))
const ran = logs.filter((f) => !stopped.includes(f))

describe('Debian boots with early parameters that stop the boot or are malformed', () => {
  it('has the logs: nine boots that stop (amd64 5.10, 6.12, 7.2 and arm64 5.10, 6.12), nineteen that run init', () => {
    expect(stopped).toEqual([
      'amd64-5.10-4G-memmap-same-type.log.gz',
      'amd64-6.12-4G-initrd-bare.log.gz',
      'amd64-6.12-4G-kernelcore-bare.log.gz',
      'amd64-6.12-4G-memmap-same-type.log.gz',
      'amd64-6.12-4G-swiotlb-bare.log.gz',
      'amd64-7.2-4G-memmap-same-type.log.gz',
      'arm64-5.10-4G-rodata-bare.log.gz',
      'arm64-6.12-4G-kernelcore-bare.log.gz',
      'arm64-6.12-4G-swiotlb-bare.log.gz',
    ])
    expect(ran).toEqual([
      'amd64-5.10-4G-cma-bare-pagealloc-junk.log.gz',
      'amd64-5.10-4G-reservelow-bare.log.gz',
      'amd64-5.10-4G-rodata-junk-bare.log.gz',
      'amd64-6.12-4G-cma-bare-pagealloc-junk.log.gz',
      'amd64-6.12-4G-mem-bare.log.gz',
      'amd64-6.12-4G-mem-nopentium.log.gz',
      'amd64-6.12-4G-memmap-type-u32.log.gz',
      'amd64-6.12-4G-movablecore-bare.log.gz',
      'amd64-6.12-4G-rodata-junk-bare-kfence-abc.log.gz',
      'amd64-7.2-4G-cma-bare-pagealloc-junk.log.gz',
      'amd64-7.2-4G-rodata-junk-bare-kfence-abc.log.gz',
      'arm64-5.10-4G-rodata-junk.log.gz',
      'arm64-6.1-4G-kfence-abc.log.gz',
      'arm64-6.12-4G-cma-bare-pagealloc-junk.log.gz',
      'arm64-6.12-4G-kfence-abc.log.gz',
      'arm64-6.12-4G-mem-bare.log.gz',
      'arm64-6.12-4G-mem2G-movablecore-bare.log.gz',
      'arm64-6.12-4G-rodata-junk-movablecore-bare.log.gz',
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
    const lines = parseBootLog(log).lines.map((l) => l.text)
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
    // Every line of the kernel's parameter handlers is the model's, in order: parse_early_param()'s
    // ("Malformed early option", "Memory limited to", early_cma()'s) and parse_args()'s.
    const params = (texts: string[]) => texts.filter((t) => /^(Malformed early option|Memory limited to|mem=nopentium|Invalid option string for rodata|cma: Config string|Booting kernel: )/.test(t))
    expect(params(r.trace.map((e) => e.text))).toEqual(params(lines))
  })

  it.each([
    ['arm64-5.10-4G-rodata-junk.log.gz', "Invalid option string for rodata: 'junk'"],
    ['arm64-6.12-4G-kfence-abc.log.gz', "Booting kernel: `abc' invalid for parameter `kfence.sample_interval'"],
  ])("%s: parse_args()'s line comes after setup_arch()'s crash kernel and \"Kernel command line:\", in the model as in the kernel", (f, line) => {
    const lines = firstBootLines(read(f))
    const at = (p: RegExp) => lines.findIndex((l) => p.test(l))
    expect([at(/^crashkernel reserved: /), at(/^Kernel command line: /)]).toEqual([expect.any(Number), lines.indexOf(line) - 1])
    expect(at(/^crashkernel reserved: /)).toBeLessThan(at(/^Kernel command line: /))
    const r = simulated(f, read(f))
    expect(r.trace.at(-1)?.text).toBe(line)
    expect(r.trace.findIndex((e) => e.source === 'crashkernel')).toBe(r.trace.length - 2)
  })

  it("amd64: set_debug_rodata() complains in parse_args() on 5.10 (__setup(\"rodata=\"), which a bare `rodata` never reaches) and in parse_early_param() from 6.x, after the BIOS e820 map and before the crash kernel; kfence.sample_interval= after \"Kernel command line:\"", () => {
    const junk = "Invalid option string for rodata: 'junk'"
    const bare = "Invalid option string for rodata: '(null)'"
    const kfence = "Booting kernel: `abc' invalid for parameter `kfence.sample_interval'"
    const old = firstBootLines(read('amd64-5.10-4G-rodata-junk-bare.log.gz'))
    expect(old.filter((l) => l.startsWith('Invalid option string'))).toEqual([junk])
    expect(old.indexOf(junk)).toBe(old.findIndex((l) => l.startsWith('Kernel command line: ')) + 1)
    const oldSim = simulated('amd64-5.10-4G-rodata-junk-bare.log.gz', read('amd64-5.10-4G-rodata-junk-bare.log.gz'))
    expect(oldSim.trace.filter((e) => e.source === 'params').map((e) => e.text)).toEqual([junk])
    expect(oldSim.trace.at(-1)?.text).toBe(junk)
    for (const f of ['amd64-6.12-4G-rodata-junk-bare-kfence-abc.log.gz', 'amd64-7.2-4G-rodata-junk-bare-kfence-abc.log.gz']) {
      const lines = firstBootLines(read(f))
      const at = lines.indexOf(junk)
      expect([f, lines.slice(at, at + 2)]).toEqual([f, [junk, bare]])
      expect(at).toBeLessThan(lines.findIndex((l) => l.startsWith('crashkernel reserved: ')))
      expect(lines.indexOf(kfence)).toBe(lines.findIndex((l) => l.startsWith('Kernel command line: ')) + 1)
      const r = simulated(f, read(f))
      expect([f, r.trace.filter((e) => e.source === 'params').map((e) => e.text)]).toEqual([f, [junk, bare, kfence]])
      expect(r.trace.slice(0, 2).map((e) => e.text)).toEqual([junk, bare])
      expect(r.trace.at(-1)?.text).toBe(kfence)
    }
  })

  it("where Debian builds no handler, neither the kernel nor the model prints one: no CONFIG_DEBUG_PAGEALLOC anywhere, no CMA on amd64 5.10 and 6.12, no KFENCE on 6.1", () => {
    const quiet = /^(Malformed early option|cma: Config string|Booting kernel: )/
    for (const f of ['amd64-5.10-4G-cma-bare-pagealloc-junk.log.gz', 'amd64-6.12-4G-cma-bare-pagealloc-junk.log.gz', 'arm64-6.1-4G-kfence-abc.log.gz']) {
      expect([f, firstBootLines(read(f)).filter((l) => quiet.test(l))]).toEqual([f, []])
      expect([f, simulated(f, read(f)).trace.filter((e) => quiet.test(e.text))]).toEqual([f, []])
    }
    // debug_pagealloc=junk: no early_param took it, so 6.x hands it to init as unknown; a bare
    // `cma` is unknown too where there is no early_cma() (amd64 6.12), known where there is.
    const unknown = (f: string) => firstBootLines(read(f)).find((l) => l.startsWith('Unknown kernel command line parameters'))
    expect(unknown('amd64-6.12-4G-cma-bare-pagealloc-junk.log.gz')).toBe('Unknown kernel command line parameters "nokaslr cma debug_pagealloc=junk", will be passed to user space.')
    expect(unknown('amd64-7.2-4G-cma-bare-pagealloc-junk.log.gz')).toBe('Unknown kernel command line parameters "nokaslr debug_pagealloc=junk", will be passed to user space.')
    expect(unknown('arm64-6.12-4G-cma-bare-pagealloc-junk.log.gz')).toBe('Unknown kernel command line parameters "debug_pagealloc=junk", will be passed to user space.')
    // Where early_cma() is built, its two lines: arm64 6.12 and amd64 7.2.
    for (const f of ['arm64-6.12-4G-cma-bare-pagealloc-junk.log.gz', 'amd64-7.2-4G-cma-bare-pagealloc-junk.log.gz']) {
      expect(simulated(f, read(f)).trace.slice(0, 2).map((e) => e.text)).toEqual(['cma: Config string not provided', "Malformed early option 'cma'"])
      const lines = firstBootLines(read(f))
      expect(lines.slice(lines.indexOf('cma: Config string not provided'), lines.indexOf('cma: Config string not provided') + 2)).toEqual(['cma: Config string not provided', "Malformed early option 'cma'"])
    }
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

describe('debug_pagealloc= on a build that has it (test/boots/arm64-custom, 6.12-pagealloc: CONFIG_DEBUG_PAGEALLOC)', () => {
  const custom = join(import.meta.dirname, '../boots/arm64-custom')
  const config = gunzipSync(readFileSync(join(custom, '6.12-pagealloc.config.gz'))).toString('utf8')
  it.each(['arm64-6.12-pagealloc-plain-4G-junk.ck256M.log.gz', 'arm64-6.12-pagealloc-plain-4G-bare.ck256M.log.gz'])(
    "%s: \"Malformed early option 'debug_pagealloc'\" before any memblock line, in the model as in the kernel; without the config, in neither",
    (f) => {
      const log = gunzipSync(readFileSync(join(custom, f))).toString('utf8')
      const lines = firstBootLines(log)
      const malformed = "Malformed early option 'debug_pagealloc'"
      expect(lines.filter((l) => l.startsWith('Malformed'))).toEqual([malformed])
      expect(lines.indexOf(malformed)).toBeLessThan(lines.findIndex((l) => l.startsWith('memblock_')))
      const board = importBoard({ bootLog: log, config }, { id: 'b' }).board
      expect((board.kernels?.[0] as KernelObject).config?.DEBUG_PAGEALLOC).toBe(true)
      const r = simulate(boardToLayouts(board)[0]!)
      expect(r.trace[0]).toEqual({ level: 'warn', source: 'params', text: malformed })
      // The rest is Debian's 6.12: debug_pagealloc stays off, so nothing else changes.
      const without = simulate(boardToLayouts(bootLogToBoard(log).board)[0]!)
      expect(r.trace.slice(1)).toEqual(without.trace)
      expect(r.crashkernel).toEqual(without.crashkernel)
    },
  )
})

describe('verify: a boot that never reached init is compared on how it stopped', () => {
  const board = (b: Partial<Board>): Board => ({ id: 'vm', extends: 'qemu-virt-riscv64', ramSize: '1G', kernels: ['7.2'], cmdline: 'crashkernel=512M', ...b }) as Board
  // The preset's riscv64 7.2 with 1 GiB and crashkernel=512M retries one window for ever (the oracle's riscv64-7.2-virt-1G-ck512M).
  const retrying = simulate(boardToLayouts(board({}))[0]!)
  const faulting = simulate(boardToLayouts(board({ cmdline: 'kernelcore crashkernel=512M' }))[0]!)
  /**
   * A log of the reservation's retry loop, made from a real one: riscv64-6.12-4G-mem-bare up to
   * its crash kernel's memblock_phys_alloc_range() line (memblock=debug), which a retry of the
   * same window prints again on each pass (mm/memblock.c memblock_phys_alloc_range(),
   * kernel/crash_reserve.c reserve_crashkernel_generic() `goto retry`), and nothing after.
   */
  const retryLog = (): string => {
    const log = read('riscv64-6.12-4G-mem-bare.log.gz')
    const lines = log.split('\n')
    const i = lines.findIndex((l) => /memblock_phys_alloc_range: .* reserve_crashkernel/.test(l))
    return [...lines.slice(0, i), ...Array.from({ length: 20 }, () => lines[i]!)].join('\n')
  }

  it('the model hangs both ways: the retry loop and a fault in an early parameter', () => {
    expect([retrying.crashkernel.kind === 'hang' && retrying.crashkernel.cause, faulting.crashkernel.kind === 'hang' && faulting.crashkernel.cause]).toEqual(['endless-retry', 'early-param'])
  })

  it.each(stopped)('%s: the log shows a fault, in the function its RIP or pc line names, and the model\'s stop names it too', (f) => {
    const log = read(f)
    const o = observedFromLog(log)
    expect(o.initCompleted).toBe(false)
    const fn = f.includes('kernelcore') ? 'parse_option_str' : f.includes('swiotlb') ? 'setup_io_tlb_npages' : f.includes('rodata') ? '__pi_strcmp' : f.includes('initrd') ? '_parse_integer_fixup_radix' : '__e820__range_update'
    expect(o.stopped).toMatchObject({ kind: 'fault', fn })
    // The function as a field of the engine's result (compareWithBoot() reads it), not a word of `at`.
    expect(simulated(f, log).crashkernel).toMatchObject({ kind: 'hang', cause: 'early-param', fn })
  })

  it('a log with a fault against a model of the retry loop differs; against the fault, agrees', () => {
    expect(retrying.crashkernel).toMatchObject({ cause: 'endless-retry', window: { base: 0xc0000000n, size: 0n } })
    const o = observedFromLog(read('arm64-6.12-4G-kernelcore-bare.log.gz'))
    expect(compareWithBoot(retrying, o)).toEqual([
      {
        what: 'crash',
        expected: 'boot stopped: Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000 (in parse_option_str)',
        // The window is empty (1 GiB of RAM at 0x80000000 ends where the search starts), so no inclusive end below its start.
        predicted: 'boot hangs: the crash reservation retries the empty window [0x00000000c0000000, 0x00000000c0000000) for ever',
      },
    ])
    expect(compareWithBoot(faulting, o)).toEqual([])
  })

  it('a fault in another function than the model\'s differs (verify: the x86 log with memmap= for its kernelcore)', () => {
    const f = 'amd64-6.12-4G-kernelcore-bare.log.gz'
    // The log shows no /proc/iomem: its board (scripts/boots/early-params.sh) gives the machine; the log's command line wins.
    const b = (JSON.parse(readFileSync(join(dir, f.replace(/\.log\.gz$/, '.board.json')), 'utf8')) as { boards: Board[] }).boards[0]!
    expect(verifyBootLog(read(f), { board: b, logName: f }).differences).toEqual([])
    const log = read(f).replace(/^(.*Command line: .*) kernelcore /m, '$1 memmap=256M%0x60000000-1+1 ')
    const r = verifyBootLog(log, { board: b, logName: f })
    expect(r.result?.crashkernel).toMatchObject({ kind: 'hang', cause: 'early-param', at: 'arch/x86/kernel/e820.c __e820__range_update' })
    expect(r.differences).toEqual([
      { what: 'crash', expected: expect.stringMatching(/^boot stopped: PANIC: early exception 0x0e .*\(in parse_option_str\)$/), predicted: 'boot stops at "memmap=256M%0x60000000-1+1": bug in arch/x86/kernel/e820.c __e820__range_update' },
    ])
    expect(formatVerify(r, f)).toContain('the model differs')
  })

  it('a log of the retry loop against a model of a fault differs; against the retry loop, agrees', () => {
    const o = observedFromLog(retryLog())
    expect(o.initCompleted).toBe(false)
    expect(o.stopped).toEqual({ kind: 'endless-retry', line: expect.stringMatching(/^memblock_phys_alloc_range: 268435456 bytes .* reserve_crashkernel_generic\+/) })
    expect(compareWithBoot(faulting, o)).toEqual([
      { what: 'crash', expected: expect.stringMatching(/^boot hangs in the crash reservation's retry loop: memblock_phys_alloc_range: /), predicted: 'boot stops at "kernelcore": null-dereference in lib/cmdline.c parse_option_str' },
    ])
    expect(compareWithBoot(retrying, o)).toEqual([])
    // verify of that log (the model reserves the crash kernel there): a hang it does not predict.
    // (The log stops before "Kernel command line:": the board gives it, as the boot's.)
    const r = verifyBootLog(retryLog(), { board: board({ ramSize: '4G', kernels: ['6.12'], cmdline: 'console=ttyS0 earlycon=uart8250,mmio,0x10000000 memblock=debug mem crashkernel=256M' }), logName: 'retry' })
    expect(r.problems).toEqual([])
    expect(r.differences).toContainEqual({ what: 'crash', expected: 'boot hang (init never ran)', predicted: 'reserved' })
  })

  it('a crash kernel allocation printed a few times (retries that move on) is no endless retry', () => {
    const log = retryLog().split('\n')
    expect(observedFromLog(log.slice(0, -13).join('\n')).stopped).toBeUndefined()
  })
})

describe("swiotlb='s area count (test/boots/amd64-crashkernel, amd64 6.12 swiotlb=,33554432)", () => {
  it('setup_io_tlb_npages() prints the area count and the rounded-up size after the e820 map, before the crash kernel, in the model as in the kernel', () => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../boots/amd64-crashkernel/amd64-6.12-q35-6G-swiotlb-areas.log.gz'))).toString('utf8')
    const lines = firstBootLines(log)
    const printed = ['software IO TLB: area num 33554432.', 'software IO TLB: SWIOTLB bounce buffer size roundup to 8388608MB']
    const at = lines.indexOf(printed[0]!)
    expect(lines.slice(at, at + 2)).toEqual(printed)
    expect(at).toBeLessThan(lines.findIndex((l) => l.startsWith('cannot allocate crashkernel')))
    const r = simulate(boardToLayouts(bootLogToBoard(log).board)[0]!)
    expect(r.trace.slice(0, 2).map((e) => e.text)).toEqual(printed)
    // The rest of the model's lines follow in the log's order.
    let from = at + 2
    for (const { text } of r.trace.slice(2)) {
      const i = lines.indexOf(text, from)
      expect([text, i >= from]).toEqual([text, true])
      from = i
    }
  })
})
