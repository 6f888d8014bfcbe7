// SPDX-License-Identifier: GPL-2.0-only
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { simulate } from '../engine/index.js'
import { validateMatrix } from '../matrix/validate.js'
import { boardToLayouts } from '../oracle/decode-board.js'
import { bootLogToBoard, isDmiSystemName, normalizeLine, parseBootLog, releaseFromBanner, shortJournal, sizeTreeFromNodeData, ubuntuWithoutUpstreamRelease } from './bootlog.js'
import { importBoard } from './index.js'
import { withoutMemblockDebug } from '../../test/boot-logs.js'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../test/import', name), 'utf8')
const valid = (board: unknown) => validateMatrix({ version: 1, boards: [board] })

describe('normalizeLine', () => {
  it.each([
    ['[    0.000000] Zone ranges:', 'Zone ranges:', '0.000000'],
    ['<6>[    1.234567] cma: Reserved 64 MiB at 0x00000000fc000000', 'cma: Reserved 64 MiB at 0x00000000fc000000', '1.234567'],
    ['Aug 29 10:12:31 mtjade kernel: crashkernel reserved: 0x1 - 0x2 (0 MB)', 'crashkernel reserved: 0x1 - 0x2 (0 MB)', undefined],
    ['2022-08-29T10:12:31.123456+08:00 mtjade kernel: Zone ranges:', 'Zone ranges:', undefined],
    ['[Mon Aug 29 10:12:31 2022] Zone ranges:', 'Zone ranges:', undefined],
    // journalctl -k -o short-precise, short-iso, short-full, short-unix, short-monotonic
    ['Aug 29 10:12:31.123456 mtjade kernel: Zone ranges:', 'Zone ranges:', undefined],
    ['2022-08-29T10:12:31+0800 mtjade kernel: Zone ranges:', 'Zone ranges:', undefined],
    ['Mon 2022-08-29 10:12:31 CST mtjade kernel: Zone ranges:', 'Zone ranges:', undefined],
    ['1661739151.123456 mtjade kernel: Zone ranges:', 'Zone ranges:', undefined],
    ['[    0.000000] mtjade kernel: Zone ranges:', 'Zone ranges:', '0.000000'],
    // the same with --no-hostname
    ['Aug 29 10:12:31 kernel: Zone ranges:', 'Zone ranges:', undefined],
    ['2022-08-29T10:12:31.123456+08:00 kernel: Zone ranges:', 'Zone ranges:', undefined],
    ['Mon 2022-08-29 10:12:31 CST kernel: Zone ranges:', 'Zone ranges:', undefined],
    ['1661739151.123456 kernel: Zone ranges:', 'Zone ranges:', undefined],
    ['[    0.000000] kernel: Zone ranges:', 'Zone ranges:', '0.000000'],
    ['[    1.000000 <    0.500000 >] kernel: Zone ranges:', 'Zone ranges:', '1.000000'],
    ['[    0.000000][    T0] Zone ranges:', 'Zone ranges:', '0.000000'],
    ['login: [    3.500000] crashkernel reserved: x', 'crashkernel reserved: x', '3.500000'],
    ['\x1b[0;32m[    0.100000] foo\x1b[0m\r', 'foo', '0.100000'],
    ['  DMA      [mem 0x0000000040000000-0x00000000ffffffff]', '  DMA      [mem 0x0000000040000000-0x00000000ffffffff]', undefined],
  ])('%j', (raw, text, ts) => {
    const n = normalizeLine(raw)
    expect(n.text).toBe(text)
    expect(n.ts).toBe(ts)
  })
})

describe('normalizeLine in a log that is no short journal', () => {
  // test/boots/early-params/arm64-6.12-4G-kfence-abc: parse_args("Booting kernel") names itself
  // first, which reads like `[ seconds] host kernel: ` of journalctl -o short-monotonic.
  const log = [
    '[    0.000000] Kernel command line: console=ttyAMA0 kfence.sample_interval=abc crashkernel=256M',
    "[    0.000000] Booting kernel: `abc' invalid for parameter `kfence.sample_interval'\r",
  ]
  it("keeps parse_args()'s `Booting kernel: ` where the log is dmesg, drops `host kernel: ` where it is a journal", () => {
    expect(shortJournal(log)).toBeUndefined()
    expect(log.map((l) => normalizeLine(l, { shortJournal: false }).text)).toEqual([
      'Kernel command line: console=ttyAMA0 kfence.sample_interval=abc crashkernel=256M',
      "Booting kernel: `abc' invalid for parameter `kfence.sample_interval'",
    ])
    expect(normalizeLine('[    0.000000] mtjade kernel: Zone ranges:', { shortJournal: true }).text).toBe('Zone ranges:')
  })
})

describe('shortJournal', () => {
  it('a short journal without -k: user space entries and the lines that continue them are left out, and the boot ends at `-- Boot <id> --`', () => {
    const lines = [
      '-- Logs begin at Tue 2023-11-14 22:13:20 UTC, end at Tue 2023-11-14 22:20:00 UTC. --',
      'Nov 14 22:13:20 virt kernel: Linux version 6.12.117 (debian-kernel@lists.debian.org) #1 SMP',
      'Nov 14 22:13:22 virt kdump-tools[345]: Kernel command line: crashkernel=1G',
      '                                        crashkernel reserved: 0x1 - 0x2 (0 MB)',
      'Nov 14 22:13:22 virt audit: BPF prog-id=8 op=LOAD',
      'Nov 14 22:13:22 virt kernel: Zone ranges:',
      '40000000-13fffffff : System RAM',
      '  40200000-41f2ffff : Kernel code',
      '-- Boot 0123456789abcdef0123456789abcdef --',
      'Nov 14 22:20:00 virt kernel: Linux version 6.12.117 (debian-kernel@lists.debian.org) #1 SMP',
    ]
    expect(shortJournal(lines)).toEqual({ drop: new Set([2, 3, 4, 8]), secondBoot: 8 })
  })

  it('a `-- Boot … --` line before any entry ends nothing; `-- Reboot --` (older journalctl) ends the boot too', () => {
    const lines = ['-- Boot 0123456789abcdef0123456789abcdef --', '[    0.000000] virt kernel: Zone ranges:', '-- Reboot --', '[    0.000000] virt kernel: Zone ranges:']
    expect(shortJournal(lines)).toEqual({ drop: new Set([0, 2]), secondBoot: 2 })
  })

  it('with --no-hostname (no host before the identifier) the same entries are left out, and `-- Boot … --` ends the boot', () => {
    const lines = [
      'Nov 14 22:13:20 kernel: Linux version 6.12.117 (debian-kernel@lists.debian.org) #1 SMP',
      'Nov 14 22:13:20 kernel: OF: reserved mem: 0x1..0x2 (4 KiB) map reusable x',
      'Nov 14 22:13:22 kdump-tools[345]: Kernel command line: crashkernel=1G',
      '                                  crashkernel reserved: 0x1 - 0x2 (0 MB)',
      'Nov 14 22:13:22 audit: BPF prog-id=8 op=LOAD',
      'Nov 14 22:13:22 kernel: Zone ranges:',
      '-- Boot 0123456789abcdef0123456789abcdef --',
      'Nov 14 22:20:00 kernel: Linux version 6.12.117 (debian-kernel@lists.debian.org) #1 SMP',
    ]
    expect(shortJournal(lines)).toEqual({ drop: new Set([2, 3, 4, 6]), secondBoot: 6 })
    expect(shortJournal(['[    0.000000] kernel: Zone ranges:', '[    2.000000] systemd[1]: Machine model: not the kernel', '[    2.000000] kernel: DMI: QEMU'])).toEqual({ drop: new Set([1]) })
  })

  it('a dmesg whose lines are mostly user space written to /dev/kmsg (journald ForwardToKMsg=) is no short journal: none is the kernel\'s `kernel: `', () => {
    const lines = ['[    0.000000] Zone ranges:', '[    0.000000] DMI: QEMU', '[    2.000000] systemd[1]: Started kdump-tools.service.', '[    2.100000] kdump-tools[345]: Kernel command line: crashkernel=1G', '[    2.200000] systemd-journald[200]: Journal started', '[    2.300000] sh[400]: [    0.000000] crashkernel reserved: 0x1 - 0x2 (0 MB)']
    expect(shortJournal(lines)).toBeUndefined()
    // (the majority of entries alone holds here: the missing `kernel: ` is what decides)
    expect(shortJournal([...lines, '[    2.400000] kernel: x'])).toBeDefined()
  })

  it.each([
    ['dmesg', ['[    0.000000] Machine model: linux,dummy-virt', '[    0.000000] OF: reserved mem: 0x1..0x2 (4 KiB) map reusable x', '[    1.000000] systemd[1]: Inserted module autofs4', '[    1.100000] x86/fpu: xstate_offset[2]:  576, xstate_sizes[2]:  256']],
    ['dmesg with user space written to /dev/kmsg', ['[    0.000000] Zone ranges:', '[    3.000000] virt kdump-tools[345]: loaded', '[    3.100000] EXT4-fs (vda1): mounted filesystem']],
    ['-o cat', ['Machine model: linux,dummy-virt', 'Zone ranges:']],
  ])('%s is no short journal', (_, lines) => {
    expect(shortJournal(lines)).toBeUndefined()
  })
})

describe('releaseFromBanner', () => {
  it('takes the distribution release after the build number, not the compiler version', () => {
    expect(releaseFromBanner('6.1.0-57-arm64', '(debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0, GNU ld 2.40) #1 SMP Debian 6.1.192-3 (2026-11-26)')).toBe('6.1.192')
    expect(releaseFromBanner('6.0.0-rc2+', '(root@mtjade) (gcc (GCC) 11.3.1) #1 SMP PREEMPT_DYNAMIC')).toBe('6.0.0')
    expect(releaseFromBanner('6.12', '#1')).toBe('6.12.0')
    expect(releaseFromBanner('vmlinux', '#1')).toBeUndefined()
  })
  it("takes the upstream release of Ubuntu's version signature, not its package version", () => {
    // The banners of Ubuntu's jammy and noble amd64 builds, booted under QEMU (test/boots/ubuntu).
    expect(releaseFromBanner('5.15.0-204-generic', '(buildd@lcy02-amd64-043) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04.3) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38) #214-Ubuntu SMP Fri Nov 6 00:52:52 UTC 2026 (Ubuntu 5.15.0-204.214-generic 5.15.224)')).toBe('5.15.224')
    expect(releaseFromBanner('6.14.0-37-generic', '(buildd@lcy02-amd64-031) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.3.0-6ubuntu2~24.04) 13.3.0, GNU ld (GNU Binutils for Ubuntu) 2.42) #37~24.04.1-Ubuntu SMP PREEMPT_DYNAMIC Thu Nov 20 10:25:38 UTC 2 (Ubuntu 6.14.0-37.37~24.04.1-generic 6.14.11)')).toBe('6.14.11')
    // Without the signature (a line cut short), the package version's release is all there is.
    expect(releaseFromBanner('6.8.0-151-generic', '#151-Ubuntu SMP PREEMPT_DYNAMIC Wed Nov 11 01:28:36 UTC 2026')).toBe('6.8.0')
  })
})

const ARM64_LOG = `Some firmware banner
[    0.000000] Booting Linux on physical CPU 0x0000000000 [0x000f0510]
[    0.000000] Linux version 6.12.117+deb13-arm64 (debian-kernel@lists.debian.org) (aarch64-linux-gnu-gcc-14 (Debian 14.2.0-19) 14.2.0, GNU ld (GNU Binutils for Debian) 2.44) #1 SMP Debian 6.12.117-1 (2026-11-12)
[    0.000000] Machine model: Raspberry Pi 4 Model B Rev 1.4
[    0.000000] Reserved memory: created CMA memory pool at 0x000000001ac00000, size 64 MiB
[    0.000000] OF: reserved mem: initialized node linux,cma, compatible id shared-dma-pool
[    0.000000] OF: reserved mem: 0x000000001ac00000..0x000000001ebfffff (65536 KiB) map reusable linux,cma
[    0.000000] OF: reserved mem: 0x000000003ee00000..0x000000003effffff (2048 KiB) nomap non-reusable firmware@3ee00000
[    0.000000] OF: reserved mem: failed to allocate memory for node 'ramoops': size 1 MiB
[    0.000000] Zone ranges:
[    0.000000]   DMA      [mem 0x0000000000000000-0x000000003fffffff]
[    0.000000]   DMA32    [mem 0x0000000040000000-0x00000000fbffffff]
[    0.000000]   Normal   empty
[    0.000000] Movable zone start for each node
[    0.000000] Early memory node ranges
[    0.000000]   node   0: [mem 0x0000000000000000-0x000000003edfffff]
[    0.000000]   node   0: [mem 0x000000003ee00000-0x000000003effffff]
[    0.000000]   node   0: [mem 0x000000003f000000-0x000000003f3fffff]
[    0.000000]   node   0: [mem 0x0000000040000000-0x00000000fbffffff]
[    0.000000] Initmem setup node 0 [mem 0x0000000000000000-0x00000000fbffffff]
[    0.000000] crashkernel reserved: 0x000000000ac00000 - 0x000000001ac00000 (256 MB)
[    0.000000] crashkernel low memory reserved: 0x0000000002000000 - 0x000000000a000000 (128 MB)
[    0.000000] Kernel command line: coherent_pool=1M 8250.nr_uarts=1 console=ttyS0,115200 crashkernel=256M
user@pi:~$ echo crashkernel=512M
[    5.000000] Booting Linux on physical CPU 0x0000000000 [0x000f0510]
[    5.000000] crashkernel reserved: 0x0000000000000000 - 0x0000000000000000 (0 MB)
`

describe('parseBootLog', () => {
  const { facts, problems } = parseBootLog(ARM64_LOG)

  it('reads the banner, release, arch, model and command line with their lines', () => {
    expect(facts.release).toMatchObject({ value: '6.12.117', line: 3 })
    expect(facts.arch?.value).toBe('arm64')
    expect(facts.machine).toMatchObject({ value: 'Raspberry Pi 4 Model B Rev 1.4', line: 4 })
    expect(facts.cmdline).toMatchObject({ value: 'coherent_pool=1M 8250.nr_uarts=1 console=ttyS0,115200 crashkernel=256M', line: 23 })
  })

  it('reads the zone block with exclusive ends', () => {
    expect(facts.zones.map((z) => z.value)).toEqual([
      { name: 'DMA', range: { base: 0n, end: 0x40000000n } },
      { name: 'DMA32', range: { base: 0x40000000n, end: 0xfc000000n } },
      { name: 'Normal' },
    ])
  })

  it('reads every node range', () => {
    expect(facts.nodeRanges.map((n) => [n.line, n.value.base, n.value.end])).toEqual([
      [16, 0n, 0x3ee00000n],
      [17, 0x3ee00000n, 0x3f000000n],
      [18, 0x3f000000n, 0x3f400000n],
      [19, 0x40000000n, 0xfc000000n],
    ])
  })

  it('joins the reserved-memory lines of one node', () => {
    expect(facts.reservedMem.map(({ lines, ...r }) => ({ ...r, lines: lines.map((l) => l.line) }))).toEqual([
      { name: 'linux,cma', base: 0x1ac00000n, size: 0x4000000n, cmaPool: true, reusable: true, compatible: 'shared-dma-pool', nomap: false, lines: [5, 6, 7] },
      { name: 'firmware@3ee00000', base: 0x3ee00000n, size: 0x200000n, nomap: true, reusable: false, lines: [8] },
      { name: 'ramoops', failed: true, lines: [9] },
    ])
  })

  it('reads crash placements and stops at the second boot', () => {
    expect(facts.crash.map((c) => [c.line, c.value])).toEqual([
      [21, { kind: 'reserved', region: 'main', base: 0xac00000n, size: 0x10000000n }],
      [22, { kind: 'reserved', region: 'low', base: 0x2000000n, size: 0x8000000n }],
    ])
    expect(problems).toEqual([expect.objectContaining({ code: 'secondBoot', line: 25, severity: 'warning' })])
  })

  it.each([
    ['Reserving 512MB of memory at 1520MB for crashkernel (System RAM: 4095MB)', { kind: 'reserved', region: 'main', base: 1520n << 20n, size: 512n << 20n, mib: true }],
    ['Reserving 256MB of low memory at 1776MB for crashkernel (low RAM limit: 4096MB)', { kind: 'reserved', region: 'low', base: 1776n << 20n, size: 256n << 20n, mib: true }],
    ['crashkernel: reserved 0x00000000efe00000 - 0x00000000ffe00000 (256 MB)', { kind: 'reserved', region: 'main', base: 0xefe00000n, size: 0x10000000n }],
    ['cannot allocate crashkernel (size:0x40000000)', { kind: 'message', failure: true }],
    ['cannot allocate crashkernel low memory (size:0x8000000).', { kind: 'message', failure: true }],
    ['crashkernel reservation failed - memory is in use.', { kind: 'message', failure: true }],
    ['crashkernel reservation failed - No suitable area found.', { kind: 'message', failure: true }],
    ['cannot reserve crashkernel: base address is not 2MB aligned', { kind: 'message', failure: true }],
    ['crashkernel: memory value expected', { kind: 'message', failure: true }],
    ['crashkernel size resulted in zero bytes', { kind: 'message', failure: true }],
    ['crahskernel: Memory value expected after \'@\'', { kind: 'message', failure: true }],
    ['crashkernel: couldn\'t allocate 524288KB', { kind: 'message', failure: true }],
    // crashkernel= not honoured: a kdump kernel (riscv 6.1), a Xen PV guest (x86), a region that is taken (arm64 5.10).
    ['crashkernel: ignoring reservation request', { kind: 'message', failure: true }],
    ['Ignoring crashkernel for a Xen PV domain', { kind: 'message', failure: true }],
    ['cannot reserve crashkernel: region overlaps reserved memory', { kind: 'message', failure: true }],
    // 7.2 panic(): about the crash kernel, but no failed reservation.
    ['panic: Redirecting from CPU 1 to CPU 0 for crash kernel.', { kind: 'message', failure: false }],
  ])('crash line %j', (text, value) => {
    expect(parseBootLog(`[    0.000000] ${text}`).facts.crash.map((c) => c.value)).toEqual([value])
  })

  it('ignores the command line and the x86 low-1M note as crash lines', () => {
    const log = '[0.000000] Command line: crashkernel=256M\n[0.010000] kexec: Reserving the low 1M of memory for crashkernel\n[0.100000] Kernel command line: crashkernel=256M\n'
    const f = parseBootLog(log).facts
    expect(f.crash).toEqual([])
    expect(f.cmdline?.line).toBe(3)
  })

  it('does not take "Unknown kernel command line parameters" for a crash kernel line', () => {
    // A kernel built without CONFIG_CRASH_RESERVE has no early_param("crashkernel") (kernel/crash_reserve.c),
    // so init/main.c print_unknown_bootoptions() lists crashkernel= and nothing else mentions it.
    const log = [
      '[    0.000000] Linux version 6.12.117+deb13-amd64 (debian-kernel@lists.debian.org) #1 SMP PREEMPT_DYNAMIC Debian 6.12.117-1 (2025-11-20)',
      '[    0.000000] Command line: console=ttyS0 crashkernel=256M',
      '[    0.000000] BIOS-e820: [mem 0x0000000000100000-0x000000007ffdffff] usable',
      '[    0.020000] Kernel command line: console=ttyS0 crashkernel=256M',
      '[    0.020100] Unknown kernel command line parameters "crashkernel=256M", will be passed to user space.',
    ].join('\n')
    const r = bootLogToBoard(log)
    expect(r.facts.crash).toEqual([])
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'noCrashLine', severity: 'note' }))
  })

  it('takes from the oracle\'s dmesg section what the console stream lost', () => {
    const log = [
      '[    2.000000] Run /init as init process',
      '=====ORACLE-BEGIN dmesg=====',
      '[    0.000000] Linux version 6.12.117+deb13-arm64 (debian-kernel@lists.debian.org) #1 SMP Debian 6.12.117-1 (2025-11-20)',
      '[    0.000000] crashkernel reserved: 0x00000000dc000000 - 0x00000000fc000000 (512 MB)',
      '=====ORACLE-END dmesg=====',
    ].join('\n')
    const f = parseBootLog(log).facts
    expect(f.release).toMatchObject({ value: '6.12.117', line: 3 })
    expect(f.crash).toEqual([{ value: { kind: 'reserved', region: 'main', base: 0xdc000000n, size: 0x20000000n }, line: 4, text: 'crashkernel reserved: 0x00000000dc000000 - 0x00000000fc000000 (512 MB)' }])
  })

  it('knows Debian\'s amd64 kernel from its banner alone (6.1 names no x86_64 compiler)', () => {
    const f = parseBootLog('[    0.000000] Linux version 6.1.0-57-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.192-3 (2026-11-26)').facts
    expect(f.arch).toMatchObject({ value: 'x86_64', line: 1 })
  })

  it('reads whether the firmware was UEFI from the EFI lines', () => {
    expect(parseBootLog('[    0.000000] efi: UEFI not found.').facts.efi?.value).toBe(false)
    expect(parseBootLog('[    0.000000] efi: EFI v2.7 by EDK II').facts.efi?.value).toBe(true)
  })

  it('parses memblock=debug lines of 6.x and 7.x and the MEMBLOCK dump', () => {
    const log = [
      '[    0.000000] memblock_reserve: [0x0000000040200000-0x00000000426fffff] arm64_memblock_init+0x2b0/0x330',
      '[    0.000000] __memblock_reserve: [0x00000000a0200000-0x00000000a02fdfff] nid=-1 flags=0 reserve_initrd_mem+0xb4/0x120',
      '[    0.000000] memblock_phys_alloc_range: 268435456 bytes align=0x200000 from=0x0000000000000000 max_addr=0x0000000100000000 reserve_crashkernel_generic+0x8c/0x1f8',
      '[    0.000000] MEMBLOCK configuration:',
      '[    0.000000]  memory size = 0x0000000100000000 reserved size = 0x000000001b0fb583',
      '[    0.000000]  memory.cnt  = 0x2',
      '[    0.000000]  memory[0x0]\t[0x0000000080000000-0x000000008005ffff], 0x0000000000060000 bytes on node 0 flags: 0x4',
      '[    0.000000]  memory[0x1]\t[0x0000000080060000-0x00000000ffffffff], 0x000000007ffa0000 bytes on node 0 flags: 0x0',
      '[    0.000000]  reserved.cnt  = 0x1',
    ].join('\n')
    const f = parseBootLog(log).facts
    expect(f.memblock.map(({ text: _t, ...e }) => e)).toEqual([
      { api: 'memblock_reserve', kind: 'reserve', base: 0x40200000n, end: 0x42700000n, caller: 'arm64_memblock_init', line: 1 },
      { api: '__memblock_reserve', kind: 'reserve', base: 0xa0200000n, end: 0xa02fe000n, nid: -1, caller: 'reserve_initrd_mem', line: 2 },
      { api: 'memblock_phys_alloc_range', kind: 'request', size: 0x10000000n, align: 0x200000n, min: 0n, max: 0x100000000n, caller: 'reserve_crashkernel_generic', line: 3 },
    ])
    expect(f.memblockMemory.map((m) => m.value)).toEqual([
      { base: 0x80000000n, end: 0x80060000n, flags: 4 },
      { base: 0x80060000n, end: 0x100000000n, flags: 0 },
    ])
  })

  it('reads the x86 e820 map in both formats', () => {
    const log = '[0.0] BIOS-e820: [mem 0x0000000000000000-0x000000000009fbff] usable\n[0.0] BIOS-e820: 0000000000100000 - 000000007ffe0000 (usable)\n'
    expect(parseBootLog(log).facts.e820.map((e) => e.value)).toEqual([
      { base: 0n, end: 0x9fc00n, type: 'usable' },
      { base: 0x100000n, end: 0x7ffe0000n, type: 'usable' },
    ])
  })

  it('reports what an empty or foreign text lacks, without throwing', () => {
    for (const text of ['', 'hello\nworld', '\u0000\u0001garbage', '[ 0.0 ] Zone ranges:\n  DMA [mem 0xzz-0x1]']) {
      const r = bootLogToBoard(text)
      expect(valid(r.board)).toEqual([])
      expect(r.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['noBanner', 'noCmdline', 'noMemory']))
      expect(r.problems.find((p) => p.code === 'noMemory')?.severity).toBe('error')
    }
  })
})

describe('x86 memory and initrd from the log', () => {
  const banner = '[    0.000000] Linux version 7.2.13+deb14-amd64 (debian-kernel@lists.debian.org) (x86_64-linux-gnu-gcc-15) #1 SMP PREEMPT_DYNAMIC Debian 7.2.13-1'
  it('reads 7.x e820 lines ("System RAM", two spaces, gaps) as RAM', () => {
    const log = [
      banner,
      '[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009fbff]  System RAM',
      '[    0.000000] BIOS-e820: [mem 0x000000000009fc00-0x000000000009ffff]  device reserved',
      '[    0.000000] BIOS-e820: [gap 0x00000000000a0000-0x00000000000effff]',
      '[    0.000000] BIOS-e820: [mem 0x0000000000100000-0x000000007ffdffff]  System RAM',
      '[    0.000000] Command line: console=ttyS0 mem=1536M',
    ].join('\n')
    // The firmware's map, not the one mem= left: the engine applies mem= itself.
    expect(bootLogToBoard(log).board.memory).toEqual([
      { base: '0x1000', size: '0x9ec00' },
      { base: '0x100000', size: '0x7fee0000' },
    ])
  })
  it('an EFI stub boot: efiBootServices from the efi=debug map\'s Boot Code/Data lines, the EFI tables memblock=debug shows in RAM as fixed reservations (test/boots/amd64-uefi)', () => {
    const log = [
      banner.replace('7.2.13+deb14', '6.12.117+deb13').replace('7.2.13-1', '6.12.117-1'),
      '[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009ffff] usable',
      '[    0.000000] BIOS-e820: [mem 0x0000000000100000-0x000000007ea9ffff] usable',
      '[    0.000000] BIOS-e820: [mem 0x000000007f76c000-0x000000007f77dfff] ACPI data',
      '[    0.000000] memblock_reserve: [0x000000007f772040-0x000000007f77380f] efi_memblock_x86_reserve_range+0x1ef/0x220',
      '[    0.000000] memblock_reserve: [0x000000007d985018-0x000000007d985447] efi_memattr_init+0x77/0xa0',
      '[    0.000000] efi: mem04: [Conventional|   |  |  |  |  |  |  |  |  |  |   |WB|WT|WC|UC] range=[0x0000000000100000-0x00000000008fffff] (7MB)',
      '[    0.000000] efi: mem05: [Boot Data   |   |  |  |  |  |  |  |  |  |  |   |WB|WT|WC|UC] range=[0x0000000000900000-0x00000000014fffff] (12MB)',
      '[    0.000000] efi: mem21: [Boot Data   |   |  |  |  |  |  |  |  |  |  |   |WB|WT|WC|UC] range=[0x000000007d985000-0x000000007d985fff] (0MB)',
      '[    0.000000] efi: mem22: [Boot Code   |   |  |  |  |  |  |  |  |  |  |   |WB|WT|WC|UC] range=[0x000000007d986000-0x000000007d9a2fff] (0MB)',
      '[    0.000000] efi: mem79: [Runtime Data|RUN|  |  |  |  |  |  |  |  |  |   |WB|WT|WC|UC] range=[0x000000007eaa0000-0x000000007eba1fff] (1MB)',
      '[    0.000000] memblock_reserve: [0x0000000000900000-0x00000000014fffff] efi_reserve_boot_services+0x81/0xe0',
    ].join('\n')
    const { board, provenance } = bootLogToBoard(log)
    expect(board.efiBootServices).toEqual([
      { base: '0x900000', size: '0xc00000' },
      { base: '0x7d985000', size: '0x1000' },
      { base: '0x7d986000', size: '0x1d000' },
    ])
    expect(provenance['/efiBootServices/1']).toContain('mem21')
    // The map itself lies in ACPI data (no RAM): only the attributes table is kept.
    expect(board.reservations).toEqual([{ kind: 'fixed', name: 'efi_memattr_init@7d985018', base: '0x7d985018', size: '0x430' }])
    expect(valid(board)).toEqual([])
    // Without efi=debug: what efi_reserve_boot_services() reserved.
    const noMap = bootLogToBoard(log.split('\n').filter((l) => !l.includes('efi: mem')).join('\n'))
    expect(noMap.board.efiBootServices).toEqual([{ base: '0x900000', size: '0xc00000' }])
    // A BIOS boot has none.
    expect(bootLogToBoard(log.split('\n').filter((l) => !l.includes('efi')).join('\n')).board.efiBootServices).toBeUndefined()
  })
  it("x86_64: e820AcpiData from the BIOS-e820 map's ACPI data lines (any release's format), else /proc/iomem's ACPI Tables (test/boots/random-efi h07)", () => {
    const lines = [
      banner,
      '[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009ffff]  System RAM',
      '[    0.000000] BIOS-e820: [mem 0x0000000000100000-0x0000000041f6bfff]  System RAM',
      '[    0.000000] BIOS-e820: [mem 0x0000000041f6c000-0x0000000041f7dfff]  ACPI data',
      '[    0.000000] BIOS-e820: [mem 0x0000000041f7e000-0x0000000041ffdfff]  ACPI NVS',
      '[    0.000000] BIOS-e820: [mem 0x0000000041ffe000-0x00000000427ebfff]  System RAM',
      '[    0.000000] BIOS-e820: [mem 0x00000000427ec000-0x00000000427fffff]  ACPI data',
    ]
    const { board, provenance } = bootLogToBoard(lines.join('\n'))
    expect(board.e820AcpiData).toEqual([
      { base: '0x41f6c000', size: '0x12000' },
      { base: '0x427ec000', size: '0x14000' },
    ])
    expect(provenance['/e820AcpiData/0']).toContain('ACPI data')
    expect(valid(board)).toEqual([])
    // 6.x prints "usable"; the old format "(ACPI data)".
    expect(bootLogToBoard(lines.map((l) => l.replace('  System RAM', ' usable').replace(']  ACPI data', '] ACPI data')).join('\n')).board.e820AcpiData).toEqual(board.e820AcpiData)
    const old = [banner, '[    0.000000] BIOS-e820: 0000000000100000 - 0000000041f6c000 (usable)', '[    0.000000] BIOS-e820: 0000000041f6c000 - 0000000041f7e000 (ACPI data)']
    expect(bootLogToBoard(old.join('\n')).board.e820AcpiData).toEqual([{ base: '0x41f6c000', size: '0x12000' }])
    // No e820 map in the log: /proc/iomem's top-level ACPI Tables (a nested one is not e820's).
    const iomem = ['00001000-0009ffff : System RAM', '00100000-41f6bfff : System RAM', '41f6c000-41f7dfff : ACPI Tables', '41ffe000-427ebfff : System RAM', '  42000000-42000fff : ACPI Tables'].join('\n')
    const fromIomem = bootLogToBoard([banner, '[    0.000000] x86/fpu: x87 FPU will use FXSAVE'].join('\n'), { iomem })
    expect(fromIomem.board.e820AcpiData).toEqual([{ base: '0x41f6c000', size: '0x12000' }])
    expect(fromIomem.provenance['/e820AcpiData/0']).toContain('ACPI Tables')
    // None on a log without them.
    expect(bootLogToBoard(lines.filter((l) => !l.includes('ACPI data')).join('\n')).board.e820AcpiData).toBeUndefined()
  })
  it('h07 (OVMF, 6.16.3): its one ACPI-data entry', () => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/random-efi/amd64-6.16.3-pc-1065M-h07.log.gz'))).toString('utf8')
    // The kdump kernel's map later in the log is not read; test/verify/boots.test.ts runs the board.
    expect(bootLogToBoard(log).board.e820AcpiData).toEqual([{ base: '0x41f6c000', size: '0x12000' }])
  })
  it("a riscv64 -kernel boot without memblock=debug: the DT at OpenSBI's a1 with QEMU virt's size, none past mem= (test/boots/random j02, q03, u02)", () => {
    const randomLog = (name: string) => gunzipSync(readFileSync(join(import.meta.dirname, `../../test/boots/random/${name}.log.gz`))).toString('utf8')
    // 1 GiB: the DT lies 2 MiB under the top; without it the model put the KFENCE pool above
    // it and NODE_DATA 2 MiB lower than the kernel's line.
    const j02 = randomLog('riscv64-6.12-virt-1G-j02')
    const { board, provenance, problems } = bootLogToBoard(j02)
    expect(board.dtb).toEqual({ base: '0xbfe00000', size: '0x1855' })
    expect(provenance['/dtb']).toContain('Next Arg1')
    expect(problems.find((p) => p.code === 'dtbSizeUnknown')?.message).toContain('taken as 0x1855 bytes')
    const layout = boardToLayouts({ ...board, boot: { ...board.boot, unflattenedDt: '0x5de4', dtAliases: '0x0' } })[0]!
    expect(simulate(layout).trace.map((e) => e.text).filter((t) => t.startsWith('NODE_DATA'))).toEqual([/NODE_DATA\(0\) allocated \[mem 0xbffefd40-0xbfff217f\]/.exec(j02)![0]])
    // mem=960M of 2G: the DT at 0xbfe00000 lies past the memory the kernel kept; so does the
    // one memblock=debug shows reserved under mem=384M (u02).
    expect(bootLogToBoard(randomLog('riscv64-6.12-virt-2G-q03')).board.dtb).toBeUndefined()
    const u02 = bootLogToBoard(randomLog('riscv64-7.2-virt-3584M-u02'))
    expect([u02.board.dtb, u02.provenance['/dtb']]).toEqual([undefined, expect.stringMatching(/^not given: the DT \(boot log line \d+: ".*0x00000000bfe00000-0x00000000bfe01576\].*paging_init.*"\) lies in none of the memory the log shows \(past what mem= left\)$/)])
    // OpenSBI's next stage not the kernel (a boot loader in between): its a1 is not the kernel's DT.
    expect(bootLogToBoard(j02.replace('Domain0 Next Address        : 0x0000000080200000', 'Domain0 Next Address        : 0x0000000080400000')).board.dtb).toBeUndefined()
  })
  it('a riscv64 EFI stub boot: what efi_init() reserves, as fixed reservations marked efi, from memblock=debug or else efi=debug; the DT is not at Next Arg1 (test/boots/riscv64-uefi)', () => {
    const log = [
      'Domain0 Next Address        : 0x0000000080200000',
      'Domain0 Next Arg1           : 0x00000000bfe00000',
      '[    0.000000] Linux version 6.12.117+deb13-riscv64 (debian-kernel@lists.debian.org) (riscv64-linux-gnu-gcc-14 (Debian 14.2.0-19) 14.2.0, GNU ld (GNU Binutils for Debian) 2.44) #1 SMP Debian 6.12.117-1 (2026-11-12)',
      '[    0.000000] Machine model: riscv-virtio,qemu',
      '[    0.000000] efi:   MemMap Address       : 0x00000000feb3a040',
      '[    0.000000] efi:   MemMap Size          : 0x0000000000001110',
      '[    0.000000] efi: EFI v2.7 by Debian distribution of EDK II',
      '[    0.000000] memblock_reserve: [0x00000000ff39c018-0x00000000ff39c447] efi_memattr_init+0x86/0xb4',
      '[    0.000000] memblock_reserve: [0x00000000feb3ff98-0x00000000feb3ffa7] efi_config_parse_tables+0x1c6/0x260',
      '[    0.000000] efi:   0x0000feb3a000-0x0000feb3bfff [ACPI Reclaim|   |  |  |  |  |  |  |  |  |  |   |WB|WT|WC|UC]',
      '[    0.000000] memblock_reserve: [0x00000000feb3a000-0x00000000feb3bfff] reserve_regions+0x146/0x176',
      '[    0.000000] efi:   0x0000ff61c000-0x0000ff6dcfff [Runtime Data|RUN|  |  |  |  |  |  |  |  |  |   |WB|WT|WC|UC]',
      '[    0.000000] memblock_reserve: [0x00000000feb3a000-0x00000000feb3bfff] efi_init+0x1c0/0x27c',
      '[    0.000000] memblock_reserve: [0x00000000f8e00000-0x00000000fadfffff] paging_init+0xde/0x630',
      '[    0.000000] Early memory node ranges',
      '[    0.000000]   node   0: [mem 0x0000000080000000-0x00000000ffffffff]',
      '[    0.000000] Kernel command line: console=ttyS0 efi=debug crashkernel=256M',
    ].join('\n')
    const efi = (name: string, base: string, size: string) => ({ kind: 'fixed', name, base, size, efi: true })
    const { board, provenance } = bootLogToBoard(log)
    expect(board.reservations).toEqual([
      efi('efi_memattr_init@ff39c018', '0xff39c018', '0x430'),
      efi('efi_config_parse_tables@feb3ff98', '0xfeb3ff98', '0x10'),
      efi('reserve_regions@feb3a000', '0xfeb3a000', '0x2000'),
    ])
    expect(provenance['/reservations/2']).toContain('efi_init()')
    expect(valid(board)).toEqual([])
    // Without memblock=debug: the map's ACPI reclaim memory (the map lies in it).
    const noDebug = bootLogToBoard(log.split('\n').filter((l) => !l.includes('memblock_reserve')).join('\n'))
    expect(noDebug.board.reservations).toEqual([efi('reserve_regions@feb3a000', '0xfeb3a000', '0x2000')])
    // A map elsewhere is reserved page-rounded (efi_init()).
    const mapElsewhere = bootLogToBoard(log.split('\n').filter((l) => !l.includes('memblock_reserve') && !l.includes('ACPI Reclaim')).join('\n'))
    expect(mapElsewhere.board.reservations).toEqual([efi('efi_init@feb3a000', '0xfeb3a000', '0x2000')])
    // The stub's DT is not the firmware's at OpenSBI's Next Arg1, nor its kernel at Next Address.
    expect(noDebug.problems.find((p) => p.code === 'dtbSizeUnknown')?.message).toContain('EFI stub')
    expect(board.image).toEqual({ base: '0xf8e00000', size: '0x2000000' })
    expect(noDebug.board.image).toBeUndefined()
    expect(noDebug.problems.find((p) => p.code === 'imageUnknown')?.message).toContain('0x80200000 is the firmware')
    // The map's runtime-services memory is no-map RAM (reserve_regions()).
    expect(noDebug.board.memory).toEqual([{ base: '0x80000000', size: '0x7f61c000' }, { base: '0xff61c000', size: '0xc1000', nomap: true }, { base: '0xff6dd000', size: '0x923000' }])
    // Not an EFI boot: none of it.
    expect(bootLogToBoard(log.split('\n').filter((l) => !l.includes('efi')).join('\n')).board.reservations).toBeUndefined()
  })
  it.each(['arm64-6.12-virt-4G-ck256M', 'arm64-7.2-virt-1G-ck256M'])("an arm64 device-tree boot through U-Boot's bootefi with efi=debug alone: the map's memory that is not usable RAM is no-map, as with memblock=debug (test/boots/arm64-uboot-efi %s)", (name) => {
    const full = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/arm64-uboot-efi', `${name}.log.gz`))).toString('utf8')
    // The kernel's lines only (no /proc/iomem after them), without memblock=debug's.
    const kernel = full.slice(0, full.indexOf('Run /init'))
    const efiDebugOnly = kernel.split('\n').filter((l) => !/memblock_|MEMBLOCK configuration|\] +(memory|reserved)(\.cnt|\[| size)/.test(l)).join('\n')
    const memory = bootLogToBoard(efiDebugOnly).board.memory!
    expect(memory.filter((b) => b.nomap).length).toBeGreaterThan(1)
    expect(memory).toEqual(bootLogToBoard(full).board.memory)
  })
  it("an arm64 device-tree boot through U-Boot's bootefi: efi_init()'s reservations marked efi, and the stub's DT from reserve_regions()'s dump (test/boots/arm64-uboot-efi)", () => {
    const log = [
      '[    0.000000] Linux version 6.12.117+deb13-arm64 (debian-kernel@lists.debian.org) (aarch64-linux-gnu-gcc-14 (Debian 14.2.0-19) 14.2.0, GNU ld (GNU Binutils for Debian) 2.44) #1 SMP Debian 6.12.117-1 (2026-11-12)',
      '[    0.000000] Machine model: linux,dummy-virt',
      '[    0.000000] efi:   MemMap Address       : 0x00000000bdd99068',
      '[    0.000000] efi:   MemMap Size          : 0x00000000000002f8',
      '[    0.000000] efi: EFI v2.10 by Das U-Boot',
      '[    0.000000] efi: RTPROP=0xbdda3040 SMBIOS=0xbdda2000 INITRD=0xbdd9b040 MEMRESERVE=0xbdd9a040 ',
      '[    0.000000] memblock_reserve: [0x00000000bdd9a040-0x00000000bdd9a04f] efi_config_parse_tables+0x1f0/0x298',
      '[    0.000000] efi: Processing EFI memory map:',
      '[    0.000000] MEMBLOCK configuration:',
      '[    0.000000]  memory size = 0x0000000080000000 reserved size = 0x0000000000001d34',
      '[    0.000000]  memory.cnt  = 0x1',
      '[    0.000000]  memory[0x0]\t[0x0000000040000000-0x00000000bfffffff], 0x0000000080000000 bytes flags: 0x0',
      '[    0.000000]  reserved.cnt  = 0x2',
      '[    0.000000]  reserved[0x0]\t[0x00000000b9000000-0x00000000b9001d23], 0x0000000000001d24 bytes flags: 0x0',
      '[    0.000000]  reserved[0x1]\t[0x00000000bdd9a040-0x00000000bdd9a04f], 0x0000000000000010 bytes flags: 0x0',
      '[    0.000000] memblock_remove: [0x0000000000000000-0xfffffffffffffffe] reserve_regions+0x60/0x1a0',
      '[    0.000000] efi:   0x000047f00000-0x000048002fff [ACPI Reclaim|   |  |  |  |  |  |  |  |  |  |   |WB|  |  |  ]',
      '[    0.000000] memblock_reserve: [0x0000000047f00000-0x0000000048002fff] reserve_regions+0x150/0x1a0',
      '[    0.000000] efi:   0x0000bdd99000-0x0000bdd99fff [ACPI Reclaim|   |  |  |  |  |  |  |  |  |  |   |WB|  |  |  ]',
      '[    0.000000] memblock_reserve: [0x00000000bdd99000-0x00000000bdd99fff] reserve_regions+0x150/0x1a0',
      '[    0.000000] memblock_reserve: [0x00000000bdd99000-0x00000000bdd99fff] efi_init+0x1e8/0x2a0',
      '[    0.000000] memblock_add: [0x00000000bb790000-0x00000000bb888fff] arm64_memblock_init+0x228/0x330',
      '[    0.000000] memblock_reserve: [0x00000000bb790000-0x00000000bb888fff] arm64_memblock_init+0x240/0x330',
      '[    0.000000] memblock_reserve: [0x00000000b9200000-0x00000000bb6fffff] arm64_memblock_init+0x2b0/0x330',
      '[    0.000000] Kernel command line: initrd=/initrd console=ttyAMA0 memblock=debug efi=debug nokaslr crashkernel=256M',
    ].join('\n')
    const efi = (name: string, base: string, size: string) => ({ kind: 'fixed', name, base, size, efi: true })
    const { board, provenance } = bootLogToBoard(log)
    expect(board.acpi).toBeUndefined()
    expect(board.reservations).toEqual([
      efi('efi_config_parse_tables@bdd9a040', '0xbdd9a040', '0x10'),
      efi('reserve_regions@47f00000', '0x47f00000', '0x103000'),
      efi('reserve_regions@bdd99000', '0xbdd99000', '0x1000'),
    ])
    // setup_machine_fdt() reserved the stub's copy before memblock=debug was parsed: the one
    // entry of the dump no earlier line made (the memreserve table is efi_config_parse_tables()'s).
    expect(board.dtb).toEqual({ base: '0xb9000000', size: '0x1d24' })
    expect(provenance['/dtb']).toContain('reserve_regions()')
    expect(board.image?.base).toBe('0xb9200000')
    expect(valid(board)).toEqual([])
    // Without memblock=debug there is no dump before the EFI map is read: the DT is not placed.
    const noDump = bootLogToBoard(log.split('\n').filter((l) => !/MEMBLOCK|memory|reserved/.test(l)).join('\n'))
    expect(noDump.board.dtb).toBeUndefined()
    expect(noDump.problems.find((p) => p.code === 'dtbSizeUnknown')?.message).toContain('EFI stub')
    // Not an EFI boot (QEMU's -kernel): none of it.
    const plain = bootLogToBoard(log.split('\n').filter((l) => !l.includes('efi')).join('\n'))
    expect(plain.board.dtb).toBeUndefined()
    expect(plain.board.reservations).toBeUndefined()
  })
  it("an arm64 boot without the EFI stub: the boot loader's DT from the first dump of the reservations, the one no line made (test/boots/boards)", () => {
    const boardsLog = (name: string) => gunzipSync(readFileSync(join(import.meta.dirname, `../../test/boots/boards/${name}.log.gz`))).toString('utf8')
    // QEMU's raspi3b puts the DT it edited (0xf6c2 bytes, test/boots/boards/<id>.dtb) at the
    // first 2 MiB boundary past the initrd.
    const log = boardsLog('arm64-6.12-raspi3b-1G-ck256M')
    const { board, provenance } = bootLogToBoard(log)
    expect(board.dtb).toEqual({ base: '0x8200000', size: '0xf6c2' })
    expect(provenance['/dtb']).toMatch(/^the FDT setup_machine_fdt\(\) reserved, the one reservation no memblock line made in the first dump of the reservations: boot log line \d+: "reserved\[0x3\]\\t\[0x0000000008200000-0x000000000820f6c1\]/)
    expect(valid(board)).toEqual([])
    // QEMU virt's -kernel boots: its DT, padded to 1 MiB, at 0x48200000 (the preset's place).
    const virt = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/oracle/logs/arm64-6.12-plain-1G-ck256M-mbdebug.log.gz'))).toString('utf8')
    expect(bootLogToBoard(virt).board.dtb).toEqual({ base: '0x48200000', size: '0x100000' })
    // The line that made it, had there been one: then nothing is left unexplained.
    const dumpAt = log.split('\n').findIndex((l) => l.includes('MEMBLOCK configuration:'))
    const lines = log.split('\n')
    lines.splice(dumpAt, 0, '[    0.000000] memblock_reserve: [0x0000000008200000-0x000000000820f6c1] setup_machine_fdt+0x5c/0x100')
    expect(bootLogToBoard(lines.join('\n')).board.dtb).toBeUndefined()
    // Without memblock=debug there is no dump, and without "efi: UEFI not found." the log
    // does not say the boot loader's DT is the kernel's.
    expect(bootLogToBoard(log.split('\n').filter((l) => !/MEMBLOCK|memory|reserved/.test(l)).join('\n')).board.dtb).toBeUndefined()
    expect(bootLogToBoard(log.split('\n').filter((l) => !l.includes('UEFI not found')).join('\n')).board.dtb).toBeUndefined()
    // 5.10 on the 512 MiB board, with its own tree, the log and the DTB imported together.
    const old = boardsLog('arm64-5.10-raspi3ap-512M-ck256M')
    const dtb = new Uint8Array(readFileSync(join(import.meta.dirname, '../../test/boots/boards/arm64-5.10-raspi3ap-512M-ck256M.dtb')))
    expect(importBoard({ bootLog: old, dtb }).board.dtb).toEqual({ base: '0x8200000', size: '0xc126' })
  })
  it("U-Boot's console before the kernel: where bootm/booti put the initrd and the DT, for a log without memblock=debug (test/boots/uboot-booti)", () => {
    const ubootLog = (name: string) => gunzipSync(readFileSync(join(import.meta.dirname, `../../test/boots/uboot-booti/${name}.log.gz`))).toString('utf8')
    // A plain console capture: the memblock=debug lines and dumps left out.
    const plain = withoutMemblockDebug
    const full = ubootLog('arm64-6.12-virt-1G-ck256M')
    const { board, provenance, problems } = bootLogToBoard(plain(full))
    // "Loading Ramdisk to 7dcb2000, end 7ddaa276" (end exclusive), rounded out to pages.
    expect(board.initrd).toEqual({ base: '0x7dcb2000', size: '0xf9000' })
    expect(provenance['/initrd']).toContain("U-Boot's; page-rounded")
    // A start inside a page is rounded down, as the kernel reserves it.
    expect(bootLogToBoard(plain(full).replace('Loading Ramdisk to 7dcb2000', 'Loading Ramdisk to 7dcb2800')).board.initrd).toEqual({ base: '0x7dcb2000', size: '0xf9000' })
    // "Loading Device Tree to 000000007dbaf000, end 000000007dcb1fff": U-Boot's range, with a note.
    expect(board.dtb).toEqual({ base: '0x7dbaf000', size: '0x103000' })
    expect(problems.find((p) => p.code === 'dtbSizeUnknown')?.message).toContain("the DTB is at 0x7dbaf000 (U-Boot's console), but the log gives only U-Boot's range for it, 0x103000 bytes")
    expect(valid(board)).toEqual([])
    // With memblock=debug the kernel's own reservations stand: the tree's 0x2080 bytes.
    const debug = bootLogToBoard(full)
    expect([debug.board.initrd, debug.board.dtb]).toEqual([{ base: '0x7dcb2000', size: '0xf9000' }, { base: '0x7dbaf000', size: '0x2080' }])
    expect(debug.problems.filter((p) => p.code === 'dtbSizeUnknown')).toEqual([])
    // riscv64: "Using Device Tree in place at 00000000ff734950, end 00000000ff738ded", not
    // OpenSBI's Next Arg1 (U-Boot's own DT), though OpenSBI jumps to 0x80200000 as the kernel runs.
    const rv = bootLogToBoard(plain(ubootLog('riscv64-6.12-virt-2G-ck256M')))
    expect(rv.board.dtb).toEqual({ base: '0xff734950', size: '0x449e' })
    expect(rv.provenance['/dtb']).toContain("U-Boot's")
    // U-Boot's lines after the kernel's banner (a second boot's) are not this boot's.
    const lines = plain(full).split('\n')
    const uboot = lines.filter((l) => /Loading (Ramdisk|Device Tree) to/.test(l))
    const moved = [...lines.filter((l) => !uboot.includes(l)), ...uboot].join('\n')
    expect([bootLogToBoard(moved).board.initrd, bootLogToBoard(moved).board.dtb]).toEqual([undefined, undefined])
  })
  describe('an arm64 ACPI boot through EDK2\'s EFI stub, from its log alone (test/boots/random-efi)', () => {
    const efiLog = (name: string) => gunzipSync(readFileSync(join(import.meta.dirname, `../../test/boots/random-efi/${name}.log.gz`))).toString('utf8')
    const nomapBanks = (board: { memory?: Array<{ base: string; size: string; nomap?: boolean }> }) => (board.memory ?? []).filter((m) => m.nomap).map((m) => [m.base, m.size])
    it("places the stub's DT from reserve_regions()'s dump on an ACPI board too", () => {
      // f10: ACPI, CMA allocated top-down right below the tree setup_machine_fdt() reserved.
      const { board, provenance } = bootLogToBoard(efiLog('arm64-6.16.3-efi-1025M-f10'))
      expect(board.acpi).toBe(true)
      expect(board.dtb).toEqual({ base: '0x79a90000', size: '0x215' })
      expect(provenance['/dtb']).toContain('reserve_regions()')
      expect(valid(board)).toEqual([])
    })
    it('leaves out a DT above a mem= limit, whose reservation the kernel dropped with the memory', () => {
      // f01: mem=4121M; the tree at 0x17c220000 lies above the memory the kernel kept.
      const { board, provenance } = bootLogToBoard(efiLog('arm64-5.10-efi-5121M-f01'))
      expect(board.dtb).toBeUndefined()
      expect(provenance['/dtb']).toContain('mem=')
      expect(valid(board)).toEqual([])
    })
    it("takes NOMAP from the dump after reserve_regions()'s, whose memory[] is empty (5.10: one region of 0 bytes)", () => {
      // f11 (6.16.3) and f16 (5.10): acpi=off, panicked before init (no /proc/iomem): only
      // the dump after the crash reservation flags the EFI runtime regions NOMAP.
      for (const [name, top] of [['arm64-6.16.3-efi-5121M-f11', '0x17'], ['arm64-5.10-efi-1793M-f16', '0xa']] as const) {
        const r = bootLogToBoard(efiLog(name))
        expect(r.facts.memblockMemory[0]!.value, name).toEqual({ base: 0x4000000n, end: 0x8000000n, flags: 4 })
        expect(nomapBanks(r.board), name).toEqual([['0x4000000', '0x4000000'], [`${top}c540000`, '0x2f0000'], [`${top}fd00000`, '0x3e0000']])
        // reserve_regions()'s dump still gives the tree (the first dump's reserved[]).
        expect(r.board.dtb, name).toBeDefined()
      }
    })
  })
  it("keeps the first boot's DMI name and `Command line:` when another boot follows", () => {
    // setup_arch() prints `Command line:` and dmi_setup() `DMI:` before start_kernel()'s
    // `Kernel command line:`, which this log (cut, then a kdump kernel's boot) lacks; they are
    // the first boot's fallbacks, read once its lines end.
    const first = [
      banner,
      '[    0.000000] Command line: console=ttyS0 crashkernel=256M',
      '[    0.000000] BIOS-e820: [mem 0x0000000000100000-0x000000007ffdffff]  System RAM',
      '[    0.000000] DMI: QEMU Standard PC (Q35 + ICH9, 2009), BIOS 1.16.2-debian-1.16.2-1 04/01/2014',
    ]
    const alone = parseBootLog(first.join('\n')).facts
    const { facts, problems } = parseBootLog([...first, banner, '[    0.000000] Command line: console=ttyS0 elfcorehdr=0x7e000000'].join('\n'))
    expect(problems.filter((p) => p.code === 'secondBoot').map((p) => p.line)).toEqual([5])
    expect(facts.machine).toEqual({ value: 'QEMU Standard PC (Q35 + ICH9, 2009)', line: 4, text: first[3]!.slice(15) })
    expect(facts.cmdline).toEqual({ value: 'console=ttyS0 crashkernel=256M', line: 2, text: first[1]!.slice(15) })
    expect({ machine: facts.machine, cmdline: facts.cmdline }).toEqual({ machine: alone.machine, cmdline: alone.cmdline })
  })
  it('drops all of [640K, 1M) from e820 RAM, as trim_bios_range() does, even where the firmware calls it usable', () => {
    // arch/x86/kernel/setup.c: e820__range_remove(BIOS_BEGIN, BIOS_END - BIOS_BEGIN, E820_TYPE_RAM, …), 0xa0000–0x100000.
    const log = [banner, '[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000007fffffff] usable'].join('\n')
    expect(bootLogToBoard(log).board.memory).toEqual([
      { base: '0x1000', size: '0x9f000' },
      { base: '0x100000', size: '0x7ff00000' },
    ])
    // The provenance names the trim for the banks it cut, not for RAM it never touched.
    const two = bootLogToBoard([banner, '[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009fbff] usable', '[    0.000000] BIOS-e820: [mem 0x0000000100000000-0x000000017fffffff] usable'].join('\n'))
    expect(two.provenance['/memory/0']).toMatch(/trim_bios_range\(\) does$/)
    expect(two.provenance['/memory/1']).not.toContain('trim_bios_range')
  })
  it('keeps the firmware\'s e820 RAM on a mem= boot, whose /proc/iomem lists less (docs/cli.md verify: the model applies mem=)', () => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/amd64-memmap/amd64-6.12-q35-4G-mem1536M.log.gz'))).toString('utf8')
    expect(bootLogToBoard(log).board.memory).toEqual([
      { base: '0x1000', size: '0x9ec00' },
      { base: '0x100000', size: '0x7fee0000' },
      { base: '0x100000000', size: '0x80000000' },
    ])
    // That /proc/iomem lists less is then expected: a note that says why, not a warning.
    const differs = bootLogToBoard(log).problems.filter((p) => p.code === 'iomemDisagrees')
    expect(differs.map((p) => p.severity)).toEqual(['note'])
    expect(differs[0]?.message).toContain("(expected: the command line's mem=/memmap= changed the kernel's map")
    // Without mem= on the command line the same difference is worth a warning.
    const plain = bootLogToBoard(log.replace(/\bmem=1536M\b/g, 'quiet')).problems.filter((p) => p.code === 'iomemDisagrees')
    expect(plain.map((p) => p.severity)).toEqual(['warning'])
  })

  it('does not ask an x86 log without a RAMDISK line for the initrd (reserve_initrd() prints one whenever there is an initrd)', () => {
    const log = [banner, '[    0.000000] BIOS-e820: [mem 0x0000000000100000-0x000000007ffdffff]  System RAM'].join('\n')
    expect(bootLogToBoard(log).problems.map((p) => p.code)).not.toContain('noInitrd')
  })

  it('takes the initrd to the byte from relocate_initrd()\'s "Move RAMDISK" line', () => {
    const log = [
      banner,
      '[    0.000000] BIOS-e820: [mem 0x0000000000100000-0x000000007ffdffff]  System RAM',
      '[    0.027004] RAMDISK: [mem 0x7fedc000-0x7ffdffff]',
      '[    0.027111] Allocated new RAMDISK: [mem 0x5fefc000-0x5ffffde1]',
      '[    0.029950] Move RAMDISK from [mem 0x7fedc000-0x7ffdfde1] to [mem 0x5fefc000-0x5ffffde1]',
    ].join('\n')
    const r = bootLogToBoard(log)
    expect(r.board.initrd).toEqual({ base: '0x7fedc000', size: '0x103de2' })
    expect(r.provenance['/initrd']).toContain('boot log line 5')
  })
})

// 7.1+ prints every dmi_scan.c line under "DMI: ": the releases boot of amd64 7.3.4 named its
// board after "SMBIOS 2.8 present." (the oracle's 7.2 amd64 logs too).
describe('the DMI system name', () => {
  it.each([
    ['releases/amd64-7.3.4-q35-4G-ck256M.log.gz', 'QEMU Standard PC (Q35 + ICH9, 2009)'],
    ['releases/amd64-7.0.4-q35-4G-ck256M.log.gz', 'QEMU Standard PC (Q35 + ICH9, 2009)'],
  ])('%s', (file, name) => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots', file))).toString('utf8')
    expect(parseBootLog(log).facts.machine?.value).toBe(name)
  })
  it('tells dmi_scan.c\'s other lines from the name', () => {
    expect(['SMBIOS 2.8 present.', 'SMBIOS 3.0.0 present.', 'Legacy DMI 2.0 present.', 'Memory slots populated: 1/1', 'not present or invalid.', 'Firmware registration failed.', '[Firmware Bug]: dmi: Invalid entry length'].map(isDmiSystemName)).toEqual([false, false, false, false, false, false, false])
    expect(isDmiSystemName('Dell Inc. PowerEdge R750/0PJ80M, BIOS 1.3.8 08/31/2021')).toBe(true)
  })
})

// A Debian 6.16+ arm64 kernel is a 52-bit PA/VA build: a board taken from its log alone
// simulated 48 bits (a 128 KiB mem_section root array for the kernel's 2 MiB, which moved
// the 6.16.3 – 6.19.6 `,high` crash regions of test/boots/releases 2 MiB up).
describe('the level the firmware entered at, from hyp_mode_check()\'s line', () => {
  const line = (el: string) => `[    0.140000] CPU: All CPU(s) started at ${el}`
  const banner = '[    0.000000] Linux version 6.12.117+deb13-arm64 (debian-kernel@lists.debian.org) (aarch64-linux-gnu-gcc-14) #1 SMP Debian 6.12.117-1'
  it('EL2 and EL1 on arm64, with the line as provenance; nothing from a mixed boot', () => {
    const at = (el: string) => bootLogToBoard([banner, line(el)].join('\n'))
    expect(at('EL2').board.cpu).toEqual({ el2: true })
    expect(at('EL2').provenance['/cpu/el2']).toMatch(/^boot log line 2: "CPU: All CPU\(s\) started at EL2"/)
    expect(at('EL1').board.cpu).toEqual({ el2: false })
    expect(bootLogToBoard([banner, '[    0.140000] CPU: CPUs started in inconsistent modes'].join('\n')).board.cpu).toBeUndefined()
  })
})

describe('52-bit addressing from the CPU features lines', () => {
  const banner = '[    0.000000] Linux version 6.16.3+deb13-arm64 (debian-kernel@lists.debian.org) (aarch64-linux-gnu-gcc-14) #1 SMP Debian 6.16.3-1~bpo13+1'
  it('LPA2: VA_BITS_52 running, and PA_BITS_52 (a 4K/16K build selects it), with the line as provenance', () => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/releases/arm64-6.16.3-plain-4G-ck256M.log.gz'))).toString('utf8')
    const { board, provenance } = bootLogToBoard(log)
    // The boot entered at EL1 (QEMU's default), which the log says too.
    expect([board.paBits, board.vaBits, board.cpu]).toEqual([52, 52, { lpa2: true, el2: false }])
    expect(provenance['/vaBits']).toMatch(/^CONFIG_ARM64_VA_BITS_52, and the CPU runs it: boot log line \d+: "CPU features: detected: 52-bit Virtual Addressing \(LPA2\)"/)
    expect(provenance['/paBits']).toMatch(/^CONFIG_ARM64_PA_BITS_52/)
    expect(valid(board)).toEqual([])
  })
  it('LVA (64K pages): 52-bit VAs; the PA bits stay the profile\'s', () => {
    const { board } = bootLogToBoard([banner, '[    0.000000] CPU features: detected: 52-bit Virtual Addressing (LVA)'].join('\n'))
    expect([board.paBits, board.vaBits, board.cpu]).toEqual([undefined, 52, undefined])
  })
  it('not from the KVM line, nor without a line (a 52-bit build on a CPU without LPA2 runs 48-bit)', () => {
    for (const lines of [[banner, '[    0.309918] CPU features: detected: 52-bit Virtual Addressing for KVM (LPA2)'], [banner]]) {
      const { board } = bootLogToBoard(lines.join('\n'))
      expect([board.paBits, board.vaBits, board.cpu]).toEqual([undefined, undefined, undefined])
    }
  })
})

// A Debian 6.16 – 7.1 arm64 kernel has no profile: its board came without CONFIG_KFENCE, so
// `kfence.sample_interval=500` allocated no early pool in the model, and the 2 MiB the kernel's
// map_mem() takes moved its default CMA area (test/boots/random r37: the kernel's at
// 0x73c00000, the model's at 0x73e00000).
// riscv64 under EDK2 with mem= (random-efi u03): the EFI stub put the image, the initrd and the
// DT past the limit; the node ranges end at it, and a board of them had its image outside RAM.
describe("a riscv64 EFI boot's memory before mem=", () => {
  const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/random-efi/riscv64-6.17.8-efi-6149M-u03.log.gz'))).toString('utf8')
  it("is reserve_regions()' memblock_add() calls, and the image lies in it", () => {
    const { board, provenance } = bootLogToBoard(log)
    // Up to the end of RAM (6149M from 0x80000000), the EFI runtime regions NOMAP in it.
    const last = board.memory!.at(-1)!
    expect(BigInt(last.base) + BigInt(last.size)).toBe(0x200500000n)
    expect(board.memory!.filter((b) => b.nomap).length).toBeGreaterThan(0)
    expect(provenance['/memory/0']).toMatch(/memblock_add: \[0x0000000080000000-0x000000008005ffff\].*the firmware's memory: mem= cut the node ranges/)
    expect(board.image?.base).toBe('0x1f8a00000')
    expect(valid(board)).toEqual([])
    // The model applies mem= and reserves the crash kernel at the fixed offset, as the kernel did.
    expect(simulate(boardToLayouts({ ...board, vaBits: 57 })[0]!).trace.map((t) => t.text)).toContain('crashkernel reserved: 0x0000000088000000 - 0x00000000a8000000 (512 MB)')
  })
  it('and without mem= the node ranges stand', () => {
    const noMem = log.replace(/ mem=5125M/g, '')
    expect(bootLogToBoard(noMem).board.memory).toEqual([{ base: '0x80000000', size: '0x140500000' }])
  })
})

describe('KFENCE from its "initialized" line', () => {
  const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/random/arm64-6.18.5-virt-915M-r37.log.gz'))).toString('utf8')
  it('sets CONFIG_KFENCE, with the line as provenance', () => {
    const { board, provenance } = bootLogToBoard(log)
    expect(board.config?.KFENCE).toBe(true)
    expect(provenance['/config/KFENCE']).toMatch(/^KFENCE ran at boot: boot log line \d+: "kfence: initialized - using 2097152 bytes for 255 objects/)
    expect(valid(board)).toEqual([])
  })
  it('and the simulation reserves the early pool, so the default CMA area lands where the kernel put it', () => {
    const layout = boardToLayouts(bootLogToBoard(log).board)[0]!
    const texts = simulate(layout).trace.map((t) => t.text)
    expect(log).toContain('cma: Reserved 64 MiB at 0x0000000073c00000')
    expect(texts).toContain('cma: Reserved 64 MiB at 0x0000000073c00000')
  })
  it("and from memblock=debug's early pool without the line (a boot that stops before kfence_init(): random-efi g11), not without both", () => {
    const noLine = log.replace(/kfence: initialized/g, 'kfence: (removed)')
    const { board, provenance } = bootLogToBoard(noLine)
    expect(board.config?.KFENCE).toBe(true)
    expect(provenance['/config/KFENCE']).toMatch(/^map_mem\(\) allocated KFENCE's early pool: boot log line \d+: "memblock_phys_alloc_range: 2097152 bytes align=0x1000 .*paging_init/)
    expect(simulate(boardToLayouts(board)[0]!).trace.map((t) => t.text)).toContain('cma: Reserved 64 MiB at 0x0000000073c00000')
    expect(bootLogToBoard(noLine.replace(/memblock_phys_alloc_range: 2097152 bytes/g, 'memblock_phys_alloc_range: 2093056 bytes')).board.config?.KFENCE).toBeUndefined()
  })
  // The line with no kfence.sample_interval= on the command line: the build's own
  // CONFIG_KFENCE_SAMPLE_INTERVAL is not 0. The board kept the default's 0 (every Debian profile's
  // too), so the model allocated no pool and the CMA area moved 2 MiB as without the line.
  it('and a non-zero interval where the command line does not set one', () => {
    const noParam = log.replace(/ kfence\.sample_interval=500/g, '')
    expect(noParam).not.toContain('kfence.sample_interval')
    const { board, provenance } = bootLogToBoard(noParam)
    expect(board.config?.KFENCE_SAMPLE_INTERVAL).toBeGreaterThan(0)
    expect(provenance['/config/KFENCE_SAMPLE_INTERVAL']).toMatch(/not 0.*boot log line \d+/)
    expect(valid(board)).toEqual([])
    const texts = simulate(boardToLayouts(board)[0]!).trace.map((t) => t.text)
    expect(texts).toContain('cma: Reserved 64 MiB at 0x0000000073c00000')
    // Where the command line sets it, the config's stays unknown and untouched.
    expect(bootLogToBoard(log).board.config?.KFENCE_SAMPLE_INTERVAL).toBeUndefined()
  })
  // riscv64 allocates the pool whatever the interval, and a Debian build with the interval 0
  // prints no line: trixie-backports' 6.16.3 (no profile) took the 2 MiB under the top of RAM
  // that the model left free, and its crash region 2 MiB lower (releases riscv64-6.16.3 2G).
  it("on riscv64 from create_linear_mapping_page_table()'s pool, which says nothing of the interval", () => {
    const rv = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/releases/riscv64-6.16.3-virt-2G-ck256M.log.gz'))).toString('utf8')
    expect(rv).not.toContain('kfence: initialized')
    const { board, provenance } = bootLogToBoard(rv)
    expect(board.config?.KFENCE).toBe(true)
    expect(board.config?.KFENCE_SAMPLE_INTERVAL).toBeUndefined()
    expect(provenance['/config/KFENCE']).toMatch(/^create_linear_mapping_page_table\(\) allocated KFENCE's early pool: boot log line \d+: "memblock_phys_alloc_range: 2097152 bytes align=0x1000 .*paging_init/)
    const texts = simulate(boardToLayouts({ ...board, vaBits: 57 })[0]!).trace.map((t) => t.text)
    expect(rv).toContain('crashkernel reserved: 0x00000000ebc00000 - 0x00000000fbc00000 (256 MB)')
    expect(texts).toContain('crashkernel reserved: 0x00000000ebc00000 - 0x00000000fbc00000 (256 MB)')
  })
})

describe('the default CMA area and the crash kernel\'s CMA ranges', () => {
  it('does not take crashkernel=…,cma ranges for the default CMA area', () => {
    const log = [
      '[    0.000000] Linux version 7.2.13+deb14-amd64 (debian-kernel@lists.debian.org) (x86_64-linux-gnu-gcc-15) #1 SMP PREEMPT_DYNAMIC Debian 7.2.13-1',
      '[    0.000000] BIOS-e820: [mem 0x0000000000100000-0x000000007ffdffff]  System RAM',
      '[    0.000000] Command line: console=ttyS0 crashkernel=256M crashkernel=128M,cma',
      '[    0.000000] crashkernel reserved: 0x000000006f000000 - 0x000000007f000000 (256 MB)',
      '[    0.000000] cma: Reserved 128 MiB at 0x0000000100000000',
      '[    0.000000] crashkernel CMA reserved: 128 MB in 1 ranges',
    ].join('\n')
    expect(parseBootLog(log).facts.cma).toEqual([])
    // The ,cma areas themselves say CONFIG_CMA (CRASHKERNEL_CMA needs it); the default area's size stays unknown.
    const { board, provenance } = bootLogToBoard(log)
    expect(board.config?.CMA).toBe(true)
    expect(board.config?.CMA_SIZE_MBYTES).toBeUndefined()
    expect(provenance['/config/CMA']).toMatch(/^crashkernel=…,cma areas were reserved or attempted.*crashkernel CMA reserved: 128 MB in 1 ranges/)
  })
  it('keeps a default CMA area reserved before the crash kernel', () => {
    const log = [
      '[    0.000000] Linux version 7.2.13+deb14-amd64 (debian-kernel@lists.debian.org) (x86_64-linux-gnu-gcc-15) #1 SMP PREEMPT_DYNAMIC Debian 7.2.13-1',
      '[    0.000000] Command line: console=ttyS0 cma=64M crashkernel=256M crashkernel=128M,cma',
      '[    0.000000] cma: Reserved 64 MiB at 0x000000007b000000',
      '[    0.000000] crashkernel reserved: 0x000000006b000000 - 0x000000007b000000 (256 MB)',
      '[    0.000000] cma: Reserved 128 MiB at 0x0000000100000000',
      '[    0.000000] crashkernel CMA reserved: 128 MB in 1 ranges',
    ].join('\n')
    expect(parseBootLog(log).facts.cma.map((c) => c.value)).toEqual([{ sizeMiB: 64, base: 0x7b000000n }])
  })
  // The releases boot of arm64 7.0.4 with the oracle's resmem-cma DT: no default area (the DT's
  // linux,cma pool is the default), so nothing said CONFIG_CMA and the model gave the pool back.
  it('takes CONFIG_CMA from a /reserved-memory pool the kernel made CMA, with no default area', () => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/releases/arm64-7.0.4-resmem-cma-4G-ck256M.log.gz'))).toString('utf8')
    const { board, provenance } = bootLogToBoard(log)
    expect(board.config?.CMA).toBe(true)
    expect(board.config?.CMA_SIZE_MBYTES).toBeUndefined()
    expect(provenance['/config/CMA']).toMatch(/^a \/reserved-memory pool was made a CMA area .*created CMA memory pool at 0x00000000b0000000/)
  })
  it('numa_cma=: the per-node areas come first (dma_numa_cma_reserve()); the default one is on node -1', () => {
    const log = (cmdline: string, lines: string[]) =>
      [
        '[    0.000000] Linux version 7.2.13+deb14-amd64 (debian-kernel@lists.debian.org) (x86_64-linux-gnu-gcc-15) #1 SMP PREEMPT_DYNAMIC Debian 7.2.13-1',
        '[    0.000000] BIOS-e820: [mem 0x0000000000100000-0x000000007ffdffff]  System RAM',
        `[    0.000000] Command line: console=ttyS0 ${cmdline}`,
        ...lines,
      ].join('\n')
    const perNode = '[    0.000000] cma: Reserved 16 MiB at 0x000000007e000000 on node 0'
    const dflt = '[    0.000000] cma: Reserved 64 MiB at 0x000000007a000000 on node -1'
    const withNodes = log('numa_cma=0:16M crashkernel=256M', [perNode, dflt])
    expect(parseBootLog(withNodes).facts.cma.map((c) => c.value.node)).toEqual([0, -1])
    expect(bootLogToBoard(withNodes).board.config).toMatchObject({ CMA: true, CMA_SIZE_MBYTES: 64 })
    // A kernel that prints no nodes: with numa_cma= the default area cannot be told apart, so
    // CMA is on and its size is not guessed.
    const noNodes = log('numa_cma=0:16M crashkernel=256M', [perNode.replace(' on node 0', ''), dflt.replace(' on node -1', '')])
    expect(bootLogToBoard(noNodes).board.config?.CMA).toBe(true)
    expect(bootLogToBoard(noNodes).board.config?.CMA_SIZE_MBYTES).toBeUndefined()
    // Without numa_cma= the first line is the default area, node printed or not.
    expect(bootLogToBoard(log('crashkernel=256M', [dflt.replace(' on node -1', '')])).board.config?.CMA_SIZE_MBYTES).toBe(64)
  })
})

describe('the boot allocations of the build and its DT', () => {
  it('reads NODE_DATA from its line and the unflattened DT from the memblock=debug requests', () => {
    const log = [
      '[    0.000000] Linux version 6.12.117+deb13-arm64 (debian-kernel@lists.debian.org) #1 SMP Debian 6.12.117-1 (2025-11-20)',
      '[    0.000000] memblock_alloc_try_nid: 42708 bytes align=0x8 nid=-1 from=0x0000000000000000 max_addr=0x0000000000000000 early_init_dt_alloc_memory_arch+0x30/0x68',
      '[    0.000000] memblock_alloc_try_nid: 47 bytes align=0x8 nid=-1 from=0x0000000000000000 max_addr=0x0000000000000000 early_init_dt_alloc_memory_arch+0x30/0x68',
      '[    0.000000] NODE_DATA(0) allocated [mem 0x13f7fa180-0x13f7fd8bf]',
    ].join('\n')
    const r = bootLogToBoard(log)
    expect(r.board.boot).toEqual({ nodeData: '0x3740', unflattenedDt: '0xa703', dtAliases: '0x2f' })
    expect(r.provenance['/boot/nodeData']).toContain('boot log line 4')
    expect(r.provenance['/boot/unflattenedDt']).toContain('boot log line 3')
  })
  it('says nothing of them when the log does not show them', () => {
    expect(bootLogToBoard('[    0.000000] Linux version 6.12.117+deb13-arm64 (debian-kernel@lists.debian.org) #1 SMP Debian 6.12.117-1').board.boot).toBeUndefined()
  })
})

describe('the page size', () => {
  const log = (hashLine: string) =>
    [
      '[    0.000000] Booting Linux on physical CPU 0x0000000000 [0x000f0510]',
      '[    0.000000] Linux version 6.12.117+deb13-arm64-16k (debian-kernel@lists.debian.org) #1 SMP Debian 6.12.117-1 (2025-11-20)',
      '[    0.000000] Kernel command line: console=ttyAMA0 crashkernel=256M',
      `[    0.000000] ${hashLine}`,
    ].join('\n')
  it.each([
    ['Dentry cache hash table entries: 131072 (order: 6, 1048576 bytes, linear)', 16384n, '16K'],
    ['Inode-cache hash table entries: 65536 (order: 3, 524288 bytes, linear)', 65536n, '64K'],
    ['Dentry cache hash table entries: 524288 (order: 10, 4194304 bytes, linear)', 4096n, undefined],
    // ilog2(size) - PAGE_SHIFT goes negative for a table smaller than a page.
    ['Dentry cache hash table entries: 256 (order: -1, 2048 bytes, linear)', 4096n, undefined],
  ])('%s → PAGE_SIZE %d, board pageSize %s', (line, page, name) => {
    expect(parseBootLog(log(line)).facts.pageSize?.value).toBe(page)
    const r = bootLogToBoard(log(line))
    expect(r.board.pageSize).toBe(name)
    if (name) expect(r.provenance['/pageSize']).toContain('boot log line 4')
  })
  it('takes nothing from other hash tables, whose buckets need not be powers of two', () => {
    expect(parseBootLog(log('TCP bind hash table entries: 32768 (order: 8, 1048576 bytes, linear)')).facts.pageSize).toBeUndefined()
  })
})

describe('bootLogToBoard', () => {
  it('warns at its line where a log cut short (no newline at its end) gives a value from its last line', () => {
    // A capture cut in the command line gave "console=ttyAMA", without the crashkernel= the
    // log's own reservation lines show, with no word.
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/oracle/logs/arm64-6.12-plain-4G-ck512M.high.log.gz'))).toString('utf8')
    const at = log.indexOf('Kernel command line: ') + 'Kernel command line: console=ttyAMA'.length
    const cut = bootLogToBoard(log.slice(0, at))
    expect(cut.board.cmdline).toBe('console=ttyAMA')
    expect(cut.problems.filter((p) => p.code === 'cutShort')).toEqual([
      { severity: 'warning', source: 'bootLog', code: 'cutShort', line: 33, column: 1, excerpt: '[    0.000000] Kernel command line: console=ttyAMA', message: expect.stringMatching(/^the log ends inside its last line, without a newline .*takes \/cmdline from it/) },
    ])
    // The whole line, or a cut in a line the board takes nothing from: nothing to say.
    const whole = log.slice(0, log.indexOf('\n', at) + 1)
    expect(bootLogToBoard(whole).problems.map((p) => p.code)).not.toContain('cutShort')
    expect(bootLogToBoard(`${whole}[    0.000000] Unknown kernel command li`).problems.map((p) => p.code)).not.toContain('cutShort')
  })

  it('says nothing of a last line without its newline that is read whole, to the token the kernel prints last', () => {
    // A hand-trimmed log whose last line is whole: "cutShort" said its value might be cut.
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/oracle/logs/arm64-6.12-plain-4G-ck512M.high.log.gz'))).toString('utf8')
    const upTo = (what: string): string => log.slice(0, log.indexOf('\n', log.indexOf(what)))
    for (const what of ['node   0: [mem', 'NODE_DATA(0)', '  DMA      [mem', 'crashkernel reserved:'])
      expect(bootLogToBoard(upTo(what)).problems.map((p) => p.code), what).not.toContain('cutShort')
    // A command line can always go on: still said.
    expect(bootLogToBoard(upTo('Kernel command line:')).problems.map((p) => p.code)).toContain('cutShort')
  })

  it('says where a log cut short inside a line it would read ends: the node ranges, a zone, a crash kernel or NODE_DATA line', () => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/oracle/logs/arm64-6.12-plain-4G-ck512M.high.log.gz'))).toString('utf8')
    const cutIn = (what: string, keep: number): string => log.slice(0, log.indexOf(what) + keep)
    // Cut inside the first node range: the block is there, its line is not whole. The error
    // said there was no "Early memory node ranges" and named no line.
    const nodes = bootLogToBoard(cutIn('  node   0: [mem', 25))
    expect(nodes.problems.filter((p) => p.code === 'noMemory' || p.code === 'cutShort')).toEqual([
      { severity: 'error', source: 'bootLog', code: 'noMemory', line: 16, column: 1, excerpt: '  node   0: [mem 0x000000', message: expect.stringMatching(/^the log ends inside the first line of the "Early memory node ranges" block \(line 15\), without a newline/) },
    ])
    // Its timestamp only, and the NUL bytes a serial capture pads its tail with: the same.
    expect(bootLogToBoard(cutIn('  node   0: [mem', 0)).problems.find((p) => p.code === 'noMemory')).toMatchObject({ line: 16, column: 1 })
    expect(bootLogToBoard(`${cutIn('  node   0: [mem', 25)}\0\0\0\0`).problems.find((p) => p.code === 'noMemory')).toMatchObject({ line: 16, column: 1, excerpt: '  node   0: [mem 0x000000' })
    // The block with no node line in a whole log: no longer "no Early memory node ranges".
    const header = log.indexOf('Early memory node ranges')
    const empty = bootLogToBoard(`${log.slice(0, log.indexOf('\n', header) + 1)}${log.slice(log.indexOf('Initmem setup node') - 15, log.indexOf('=====ORACLE'))}`)
    expect(empty.problems.find((p) => p.code === 'noMemory')).toMatchObject({ line: 15, column: 1, message: expect.stringMatching(/^the "Early memory node ranges" block is followed by no line/) })
    // Lines the board would take values from, cut before they read as theirs: a word at the line.
    const after = log.slice(0, log.indexOf('\n', log.indexOf('node   0: [mem')) + 1)
    for (const [text, line, what] of [
      [cutIn('crashkernel reserved', 40), 20, 'a line that starts as "crashkernel"'],
      [cutIn('Kernel command line', 8), 33, 'a line that starts as "Kernel command line:"'],
      [`${after}[    0.000000]   node   1: [mem 0x00000001`, 17, 'a line of the "Early memory node ranges" block'],
      [cutIn('NODE_DATA(0)', 20), 8, 'a line that starts as "NODE_DATA(0) allocated [mem"'],
      [cutIn('Memory: 3281876K', 12), 117, 'a line that starts as "Memory:"'],
    ] as const) {
      const r = bootLogToBoard(text)
      expect(r.problems.filter((p) => p.code === 'cutShort'), what).toEqual([{ severity: 'warning', source: 'bootLog', code: 'cutShort', line, column: 1, excerpt: expect.any(String), message: expect.stringContaining(what) }])
    }
    // A zone line cut short, in a log whose node ranges come first (as a hand-made log may).
    const zones = bootLogToBoard(`${after}[    0.000000] Zone ranges:\n[    0.000000]   DMA      [mem 0x00000000400`)
    expect(zones.problems.find((p) => p.code === 'cutShort')).toMatchObject({ line: 18, message: expect.stringContaining('a line of the "Zone ranges" block') })
  })

  it('warns at its line and column of a NUL byte inside a line the kernel printed, which the reading drops', () => {
    // A serial line's break turned the "1" of crashkernel=512M into a NUL: the board took
    // crashkernel=52M with no word.
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/oracle/logs/arm64-6.12-plain-4G-ck512M.high.log.gz'))).toString('utf8')
    const nul = (text: string) => bootLogToBoard(text).problems.filter((p) => p.code === 'nulByte')
    const r = bootLogToBoard(log.replace('crashkernel=512M,high', 'crashkernel=5\u00002M,high'))
    expect(r.board.cmdline).toBe('console=ttyAMA0 crashkernel=52M,high')
    expect(r.problems.filter((p) => p.code === 'nulByte')).toEqual([
      { severity: 'warning', source: 'bootLog', code: 'nulByte', line: 33, column: 66, excerpt: '[    0.000000] Kernel command line: console=ttyAMA0 crashkernel=52M,high', message: expect.stringMatching(/^a NUL byte inside the line .*dropped/) },
    ])
    // Several, in the timestamp of a crash kernel line (\r\n line ends): counted, at the first.
    const crlf = log.replace(/\n/g, '\r\n')
    expect(nul(crlf.replace('[    0.000000] crashkernel reserved', '[  \u0000 0.00\u00000000] crashkernel reserved'))).toEqual([expect.objectContaining({ line: 20, column: 4, message: expect.stringMatching(/^2 NUL bytes inside the line/) })])
    // NULs before a line's text (a serial line at power-on) or after it, and a tail of them: none inside.
    expect(nul(`\u0000\u0000${log.replace('crashkernel=512M,high', 'crashkernel=512M,high\u0000\u0000')}\u0000\u0000`)).toEqual([])
    expect(nul(crlf.replace('crashkernel=512M,high\r', 'crashkernel=512M,high\u0000\r'))).toEqual([])
    // User space's lines after "Run /init", and another boot's: the board reads nothing of them.
    const boot = log.slice(0, log.indexOf('=====ORACLE'))
    expect(boot.trimEnd().split('\n').at(-1)).toMatch(/Run \/init as init process$/)
    expect(nul(`${boot}Loading, please w\u0000it...\n`)).toEqual([])
    expect(nul(`${boot}${boot.replace('crashkernel=512M,high', 'crashkernel=5\u00002M,high')}`)).toEqual([])
  })

  it('warns where a log ends with a range of "Early memory node ranges": the banks may lack those printed after it', () => {
    // An arm64 log ending after its second of three ranges gave a board of 3 GiB where the
    // kernel had 8 GiB, with no word.
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/oracle/logs/arm64-6.12-resmem-nomap-8G-ck256M.log.gz'))).toString('utf8')
    const upTo = (what: string): string => log.slice(0, log.indexOf('\n', log.indexOf(what)) + 1)
    const line = (what: string): number => log.slice(0, log.indexOf(what)).split('\n').length
    const nodeListCut = (r: ReturnType<typeof bootLogToBoard>) => r.problems.filter((p) => p.code === 'nodeListCut')
    const second = bootLogToBoard(upTo('node   0: [mem 0x00000000f0000000'))
    expect(second.board.memory).toEqual([{ base: '0x40000000', size: '0xc0000000' }])
    expect(nodeListCut(second)).toEqual([{ severity: 'warning', source: 'bootLog', code: 'nodeListCut', line: line('node   0: [mem 0x00000000f0000000'), column: 1, excerpt: '  node   0: [mem 0x00000000f0000000-0x00000000ffffffff]', message: expect.stringMatching(/^the log ends inside the "Early memory node ranges" block, with no line after this range .*memory banks may lack some/) }])
    // The last range too: nothing follows it, so nothing says it is the last.
    expect(nodeListCut(bootLogToBoard(upTo('node   0: [mem 0x0000000100000000'))).map((p) => p.line)).toEqual([line('node   0: [mem 0x0000000100000000')])
    // A line after the ranges ends the list, and the whole log has no such warning.
    expect(nodeListCut(bootLogToBoard(upTo('Initmem setup node 0')))).toEqual([])
    expect(nodeListCut(bootLogToBoard(log))).toEqual([])
    // Cut inside the third range's line: that line is cutShort's, not this warning's.
    const inside = bootLogToBoard(upTo('node   0: [mem 0x00000000f0000000') + '[    0.000000]   node   0: [mem 0x00000001')
    expect(inside.problems.filter((p) => p.code === 'nodeListCut' || p.code === 'cutShort').map((p) => p.code)).toEqual(['cutShort'])
  })

  it('leaves out the zone options a log cut at a line end inside "Zone ranges:" does not prove, and says so at its last line', () => {
    // An x86 log ending after the DMA zone's line gave ZONE_DMA32 and ZONE_DEVICE false (not
    // listed) with no word, where the kernel listed both.
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/oracle/logs/amd64-6.1-q35-4G-ck256M.log.gz'))).toString('utf8')
    const upTo = (what: string): string => log.slice(0, log.indexOf('\n', log.indexOf(what)) + 1)
    const line = (what: string): number => log.slice(0, log.indexOf(what)).split('\n').length
    const zoneListCut = (r: ReturnType<typeof bootLogToBoard>) => r.problems.filter((p) => p.code === 'zoneListCut')
    expect(bootLogToBoard(log).board.config).toMatchObject({ ZONE_DMA: true, ZONE_DMA32: true, ZONE_DEVICE: true })
    const dma = bootLogToBoard(upTo('  DMA      [mem'))
    expect(dma.board.config).toEqual({ ZONE_DMA: true })
    expect(dma.problems.filter((p) => p.code === 'zoneListCut' || p.code === 'cutShort')).toEqual([
      { severity: 'warning', source: 'bootLog', code: 'zoneListCut', line: line('  DMA      [mem'), column: 1, excerpt: '  DMA      [mem 0x0000000000001000-0x0000000000ffffff]', message: expect.stringMatching(/^the log ends inside the "Zone ranges:" block, .*leaves out config\.ZONE_DMA32, config\.ZONE_DEVICE /) },
    ])
    // After Normal, DMA32's place is passed: only Device is open.
    const normal = bootLogToBoard(upTo('  Normal   [mem'))
    expect(normal.board.config).toEqual({ ZONE_DMA: true, ZONE_DMA32: true })
    expect(zoneListCut(normal)).toEqual([expect.objectContaining({ line: line('  Normal   [mem'), message: expect.stringContaining('leaves out config.ZONE_DEVICE (') })])
    // Device is the last zone printed, and a line after the zones ends the list: nothing open.
    for (const what of ['  Device   empty', 'Movable zone start']) {
      const r = bootLogToBoard(upTo(what))
      expect(r.board.config, what).toMatchObject({ ZONE_DMA: true, ZONE_DMA32: true, ZONE_DEVICE: true })
      expect(zoneListCut(r), what).toEqual([])
    }
    // The head alone: the board has no zone options, and the warning says what it lacks.
    const head = bootLogToBoard(upTo('Zone ranges:'))
    expect(head.board.config).toBeUndefined()
    expect(zoneListCut(head)).toEqual([expect.objectContaining({ line: line('Zone ranges:'), excerpt: 'Zone ranges:', message: expect.stringContaining('its zones are not in it, so the board lacks what they say (config.ZONE_DMA, config.ZONE_DMA32, config.ZONE_DEVICE)') })])
    // Cut inside the DMA32 line: that line is cutShort's, the options it leaves open this warning's.
    const inside = bootLogToBoard(upTo('  DMA      [mem') + '[    0.069638]   DMA32    [mem 0x00000000010')
    expect(inside.board.config).toEqual({ ZONE_DMA: true })
    expect(inside.problems.filter((p) => p.code === 'zoneListCut' || p.code === 'cutShort').map((p) => [p.code, p.line])).toEqual([['zoneListCut', line('  DMA      [mem')], ['cutShort', line('  DMA32    [mem')]])
    // Cut inside the first zone line: cutShort alone says the block's line is not read.
    expect(bootLogToBoard(upTo('Zone ranges:') + '[    0.069514]   DMA      [mem 0x00').problems.map((p) => p.code)).toEqual(expect.arrayContaining(['cutShort']))
    expect(zoneListCut(bootLogToBoard(upTo('Zone ranges:') + '[    0.069514]   DMA      [mem 0x00'))).toEqual([])
  })

  it("says nothing of a cut last line user space or another boot printed, which the board reads nothing of", () => {
    // A capture of the boot and of the kdump kernel's, cut in the second's command line (or in
    // user space's output after "Run /init"): the warning said the board lacked what it held.
    const full = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/oracle/logs/arm64-6.12-plain-4G-ck512M.high.log.gz'))).toString('utf8')
    const log = full.slice(0, full.indexOf('=====ORACLE'))
    const line = (what: string) => log.split('\n').find((l) => l.includes(what))!
    const cutShort = (text: string) => bootLogToBoard(text).problems.filter((p) => p.code === 'cutShort')
    expect(cutShort(`${log}${line('Linux version')}\n${line('Kernel command line:').slice(0, -10)}`)).toEqual([])
    expect(cutShort(`${log}${line('Linux version')}\n[    0.000000] crashkernel reserved: 0x00`)).toEqual([])
    expect(cutShort(`${log}[    9.000000] Memory`)).toEqual([])
    // The first boot's own, before user space: still said.
    expect(cutShort(log.slice(0, log.indexOf('crashkernel reserved') + 30)).map((p) => p.line)).toEqual([20])
  })

  it('turns the synthetic RPi-like log into a schema-valid board with provenance', () => {
    const r = bootLogToBoard(ARM64_LOG, { id: 'rpi4' })
    expect(valid(r.board)).toEqual([])
    expect(r.board).toMatchObject({
      id: 'rpi4',
      name: 'Raspberry Pi 4 Model B Rev 1.4',
      arch: 'arm64',
      kernels: ['6.12.117'],
      cmdline: 'coherent_pool=1M 8250.nr_uarts=1 console=ttyS0,115200 crashkernel=256M',
      memory: [
        { base: '0x0', size: '0x3f400000' },
        { base: '0x40000000', size: '0xbc000000' },
      ],
      reservations: [
        { kind: 'dynamic', name: 'linux,cma', size: '0x4000000', allocRanges: [{ base: '0x1ac00000', size: '0x4000000' }], cma: true, cmaDefault: true },
        { kind: 'fixed', name: 'firmware@3ee00000', base: '0x3ee00000', size: '0x200000', nomap: true },
      ],
      dma: { zoneDmaLimit: '0x3fffffff' },
      config: { ZONE_DMA: true, ZONE_DMA32: true, ZONE_DEVICE: false },
    })
    expect(r.provenance['/dma/zoneDmaLimit']).toContain('boot log line 11')
    expect(r.provenance['/memory/0']).toContain('boot log line 16')
    expect(r.provenance['/reservations/1']).toBe('boot log line 8: "OF: reserved mem: 0x000000003ee00000..0x000000003effffff (2048 KiB) nomap non-reusable firmware@3ee00000"')
    // No memblock=debug: neither the initrd nor the unflattened tree's size is in the log.
    expect(r.problems.map((p) => p.code)).toEqual(['secondBoot', 'reservedMemWithoutRange', 'noInitrd', 'dtSizeUnknown'])
  })

  // Without memblock=debug the tree's size comes from where NODE_DATA went (calibrate.ts):
  // this QEMU's (bookworm's 7.2) virt tree is 0x280 bytes smaller than the 6.12 profile's.
  it("takes the unflattened tree's size from the NODE_DATA line of a log without memblock=debug", () => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/options/arm64-6.12-4G-mem192M.log.gz'))).toString('utf8')
    const r = bootLogToBoard(log)
    expect(r.board.boot).toMatchObject({ nodeData: '0x3740', unflattenedDt: '0xa483' })
    expect(r.problems.find((p) => p.code === 'dtSizeFromNodeData')?.message).toContain('it is taken as 0xa483, the size that puts NODE_DATA where line 9 shows it')
    expect(r.problems.some((p) => p.code === 'dtSizeUnknown')).toBe(false)
    expect(r.provenance['/boot/unflattenedDt']).toMatch(/^the kernel profile's 0xa703 moved by -0x280, which puts NODE_DATA where boot log line 9/)
    // The model now prints the log's own line.
    const line = log.split('\n').find((l) => l.includes('NODE_DATA(0) allocated'))!.replace(/^\[[^\]]*\] /, '').trimEnd()
    expect(simulate(boardToLayouts(r.board)[0]!).trace.map((e) => e.text)).toContain(line)
  })

  it("keeps the size found before when sizing the tree again finds none (the board gained NUMA nodes)", () => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/options/arm64-6.12-4G-mem192M.log.gz'))).toString('utf8')
    const r = bootLogToBoard(log)
    const board = { ...r.board, memory: r.board.memory!.map((b) => ({ ...b, node: 0 })) as NonNullable<typeof r.board.memory> }
    const provenance = { ...r.provenance }
    const problems = [...r.problems]
    sizeTreeFromNodeData(board, parseBootLog(log).facts, provenance, problems)
    // calibrateUnflattenedDt() stays off for a board with nodes: nothing is found again.
    expect(board.boot).toEqual(r.board.boot)
    expect(provenance['/boot/unflattenedDt']).toBe(r.provenance['/boot/unflattenedDt'])
    expect(problems).toEqual(r.problems)
    // With the board as the log pass had it, it is found again, the same.
    const again = { ...r.board }
    sizeTreeFromNodeData(again, parseBootLog(log).facts, { ...r.provenance }, [...r.problems])
    expect(again.boot).toEqual(r.board.boot)
  })

  it('keeps the tree unknown, and says by how much NODE_DATA is off, when no tree explains where it went', () => {
    // Debian 7.0.4 arm64 allocates more above NODE_DATA than its log shows (test/boots/random/builds.json: KFENCE).
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/random/arm64-7.0.4-virt-8G-w09.log.gz'))).toString('utf8')
    const r = bootLogToBoard(log)
    expect(r.board.boot?.unflattenedDt).toBeUndefined()
    expect(r.problems.find((p) => p.code === 'dtSizeUnknown')?.message).toContain('; and NODE_DATA (line 10) is 0xfffd80 bytes lower than the model puts it, more than a device tree explains')
  })

  it('says nothing of a missing crash kernel line when the command line has no crashkernel=', () => {
    const log = [
      '[    0.000000] Linux version 6.12.117+deb13-amd64 (debian-kernel@lists.debian.org) #1 SMP PREEMPT_DYNAMIC Debian 6.12.117-1 (2025-11-20)',
      '[    0.000000] Command line: console=ttyS0 nokaslr',
      '[    0.000000] BIOS-e820: [mem 0x0000000000100000-0x000000007ffdffff] usable',
    ].join('\n')
    expect(bootLogToBoard(log).problems.map((p) => p.code)).not.toContain('noCrashLine')
  })

  it('reads CONFIG_DMA_NUMA_CMA from the unknown parameters: cma_pernuma= among them means none, and the cma: line is the default area', () => {
    const log = (unknown: string) =>
      [
        '[    0.000000] Linux version 7.1.3+deb13-arm64 (debian-kernel@lists.debian.org) #1 SMP Debian 7.1.3-1~bpo13+1 (2026-10-01)',
        '[    0.000000] cma: Reserved 64 MiB at 0x00000000fc000000',
        '[    0.000000] Kernel command line: console=ttyAMA0 cma_pernuma=64M numa_cma=0:32M crashkernel=256M',
        `[    0.000000] Unknown kernel command line parameters "${unknown}", will be passed to user space.`,
      ].join('\n')
    const without = bootLogToBoard(log('cma_pernuma=64M numa_cma=0:32M')).board.config
    expect([without?.DMA_NUMA_CMA, without?.CMA_SIZE_MBYTES]).toEqual([false, 64])
    // Neither named (another parameter is): the build has the option; 7.x prints no node, so the
    // default area cannot be told from the per-node ones and no size is taken.
    const withIt = bootLogToBoard(log('quiet2')).board.config
    expect([withIt?.DMA_NUMA_CMA, withIt?.CMA_SIZE_MBYTES]).toEqual([true, undefined])
    // arm64 ≤6.5 (CONFIG_DMA_PERNUMA_CMA): numa_cma= alone is unknown, cma_pernuma= works.
    expect(bootLogToBoard(log('numa_cma=0:32M')).board.config?.DMA_NUMA_CMA).toBe(true)
  })

  it('does not take a hugetlb_cma area for the default CMA area', () => {
    // arm64 bootmem_init(): hugetlb_cma_reserve() declares its areas through mm/cma.c (same "cma: Reserved" line)
    // before dma_contiguous_reserve() reserves the default one.
    const log = [
      '[    0.000000] Linux version 6.12.117+deb13-arm64 (debian-kernel@lists.debian.org) #1 SMP Debian 6.12.117-1 (2025-11-20)',
      '[    0.000000] Kernel command line: console=ttyAMA0 hugetlb_cma=1G crashkernel=256M',
      '[    0.000000] hugetlb_cma: reserve 1024 MiB, up to 1024 MiB per node',
      '[    0.000000] cma: Reserved 1024 MiB at 0x00000000c0000000 on node 0',
      '[    0.000000] hugetlb_cma: reserved 1024 MiB on node 0',
      '[    0.000000] cma: Reserved 64 MiB at 0x00000000bc000000 on node -1',
    ].join('\n')
    // The line right before "hugetlb_cma: reserved" is hugetlb's: the default area is the other.
    expect(bootLogToBoard(log).board.config?.CMA_SIZE_MBYTES).toBe(64)
    // A failed hugetlb area ("cma: Failed to reserve" then "reservation failed") is not it either.
    const failed = log.replace('cma: Reserved 1024 MiB at 0x00000000c0000000 on node 0', 'cma: Failed to reserve 1024 MiB on node 0').replace('hugetlb_cma: reserved 1024 MiB on node 0', 'hugetlb_cma: reservation failed: err -12, node 0')
    expect(bootLogToBoard(failed).board.config?.CMA_SIZE_MBYTES).toBe(64)
  })

  it('imports no empty reservation for a pool under 1 MiB, whose ≤6.1 line rounds its size down to 0 MiB', () => {
    // kernel/dma/coherent.c rmem_dma_setup(): "size %ld MiB" of rmem->size / SZ_1M.
    const log = [
      '[    0.000000] Linux version 6.1.0-57-arm64 (debian-kernel@lists.debian.org) #1 SMP Debian 6.1.192-3 (2026-11-26)',
      '[    0.000000] Reserved memory: created DMA memory pool at 0x00000000df800000, size 0 MiB',
      '[    0.000000] OF: reserved mem: initialized node dsp, compatible id shared-dma-pool',
    ].join('\n')
    const r = bootLogToBoard(log)
    expect(r.board.reservations).toBeUndefined()
    expect(valid(r.board)).toEqual([])
  })

  it('makes an invalid requested id valid and says so', () => {
    const r = bootLogToBoard('', { id: 'arm64-6.12+kfence' })
    expect(r.board.id).toBe('arm64-6.12-kfence')
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'idChanged', severity: 'note' }))
  })

  it('derives an empty ZONE_DMA as a limit just below RAM (6.12 dma30 on virt)', () => {
    const log = [
      '[0.0] Linux version 6.12.117+deb13-arm64 (x) #1 SMP Debian 6.12.117-1',
      '[0.0] Zone ranges:',
      '[0.0]   DMA      empty',
      '[0.0]   DMA32    [mem 0x0000000040000000-0x00000000ffffffff]',
      '[0.0]   Normal   [mem 0x0000000100000000-0x000000013fffffff]',
      '[0.0] Early memory node ranges',
      '[0.0]   node   0: [mem 0x0000000040000000-0x000000013fffffff]',
    ].join('\n')
    expect(bootLogToBoard(log).board.dma).toEqual({ zoneDmaLimit: '0x3fffffff' })
  })

  it('imports the reconstructed Ampere Altra seed log (kernel-model.md §8)', () => {
    const r = bootLogToBoard(fixture('ampere-altra-seed.dmesg'), { id: 'ampere-altra' })
    expect(valid(r.board)).toEqual([])
    expect(r.board).toMatchObject({
      id: 'ampere-altra',
      name: 'WIWYNN Mt.Jade Server System B81.03001.0005/Mt.Jade Motherboard',
      arch: 'arm64',
      kernels: ['6.0.0'],
      cmdline: 'BOOT_IMAGE=(hd0,gpt2)/vmlinuz-6.0.0-rc2+ root=/dev/mapper/rhel-root ro crashkernel=1G rd.lvm.lv=rhel/root rodata=on',
      memory: [
        { base: '0x88300000', size: '0x73d00000' },
        { base: '0x8800000000', size: '0x800000000' },
        { base: '0x88000000000', size: '0x1000000000' },
      ],
      config: { ZONE_DMA: true, ZONE_DMA32: true, ZONE_DEVICE: true, CMA: true, CMA_SIZE_MBYTES: 64 },
    })
    // 6.0 ends ZONE_DMA at 4G with no limit as with many: it writes none (6.12 would read one as exact).
    expect(r.board.dma).toBeUndefined()
    expect(r.problems.map((p) => p.code)).toContain('dmaLimitUnknown')
    expect(r.facts.zones.map((z) => z.value)).toEqual([
      { name: 'DMA', range: { base: 0x88300000n, end: 0x100000000n } },
      { name: 'DMA32' },
      { name: 'Normal', range: { base: 0x100000000n, end: 0x89000000000n } },
      { name: 'Device' },
    ])
    // Header comment, UEFI stub and systemd lines are noise, not crash messages.
    expect(r.facts.crash.map((c) => [c.line, c.value])).toEqual([[42, { kind: 'reserved', region: 'main', base: 0xb7c00000n, size: 0x40000000n }]])
    expect(r.problems.filter((p) => p.severity !== 'note')).toEqual([])
  })

  it('splits the Altra banks at the NOMAP regions its /proc/iomem shows', () => {
    const r = bootLogToBoard(fixture('ampere-altra-seed.dmesg'), { iomem: fixture('ampere-altra-seed.iomem') })
    expect(valid(r.board)).toEqual([])
    expect(r.board.memory).toEqual([
      { base: '0x88300000', size: '0x100000' },
      { base: '0x88400000', size: '0x80000', nomap: true },
      { base: '0x88480000', size: '0x19a0000' },
      { base: '0x89e20000', size: '0x10000', nomap: true },
      { base: '0x89e30000', size: '0x721b0000' },
      { base: '0xfbfe0000', size: '0x20000', nomap: true },
      { base: '0x8800000000', size: '0x800000000' },
      { base: '0x88000000000', size: '0x1000000000' },
    ])
    expect(r.provenance['/memory/1']).toBe(
      'boot log line 32: "node   0: [mem 0x0000000088400000-0x000000008847ffff]"; no-map: not "System RAM" in /proc/iomem (iomem line 2: "88400000-8847ffff : reserved")',
    )
    // Booting.rst: the Image is 2 MiB aligned; _stext follows _text by 64 KiB on 6.0/6.1.
    // `Kernel code` 90010000-9125ffff ends at __init_begin - 1: codeSize = 0x91260000 - _text.
    expect(r.board.image).toEqual({ base: '0x90000000', size: '0x2610000', codeSize: '0x1260000' })
    expect(r.provenance['/image/codeSize']).toBe('__init_begin - _text: iomem line 7: "90010000-9125ffff : Kernel code"')
    expect(r.facts.iomem?.crashKernel.map((c) => [c.base, c.end])).toEqual([[0xb7c00000n, 0xf7c00000n]])
  })

  it('takes x86 memory from e820 minus page 0 and the legacy BIOS hole, and the initrd from RAMDISK', () => {
    const log = [
      '[    0.000000] Linux version 6.1.0-57-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.192-3 (2026-11-26)',
      '[    0.000000] Command line: console=ttyS0 nokaslr crashkernel=256M',
      '[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009fbff] usable',
      '[    0.000000] BIOS-e820: [mem 0x000000000009fc00-0x000000000009ffff] reserved',
      '[    0.000000] BIOS-e820: [mem 0x0000000000100000-0x000000007ffdffff] usable',
      '[    0.000000] BIOS-e820: [mem 0x000000007ffe0000-0x000000007fffffff] reserved',
      '[    0.000000] BIOS-e820: [mem 0x0000000100000000-0x000000017fffffff] usable',
      '[    0.044785] RAMDISK: [mem 0x7fedc000-0x7ffdffff]',
      '[    0.057621] Reserving 256MB of memory at 1776MB for crashkernel (System RAM: 4095MB)',
    ].join('\n')
    const r = bootLogToBoard(log)
    expect(valid(r.board)).toEqual([])
    expect(r.board).toMatchObject({
      id: 'x86_64-6.1.192',
      arch: 'x86_64',
      kernels: ['6.1.192'],
      cmdline: 'console=ttyS0 nokaslr crashkernel=256M',
      memory: [
        { base: '0x1000', size: '0x9ec00' },
        { base: '0x100000', size: '0x7fee0000' },
        { base: '0x100000000', size: '0x80000000' },
      ],
      initrd: { base: '0x7fedc000', size: '0x104000' },
    })
    expect(r.board.dma).toBeUndefined()
  })
})

describe('memory sources', () => {
  it('falls back to memblock=debug memblock_add lines (x86 without the e820 print)', () => {
    const log = [
      '[    0.000000] Linux version 7.2.13+deb14-amd64 (x) #1 SMP PREEMPT_DYNAMIC Debian 7.2.13-1 (2026-10-28)',
      '[    0.000000] memblock_add: [0x0000000000001000-0x000000000009fbff] e820__memblock_setup+0x94/0xc0',
      '[    0.000000] memblock_add: [0x0000000000100000-0x000000007ffdffff] e820__memblock_setup+0x94/0xc0',
    ].join('\n')
    const r = bootLogToBoard(log)
    expect(r.board.memory).toEqual([
      { base: '0x1000', size: '0x9ec00' },
      { base: '0x100000', size: '0x7fee0000' },
    ])
    expect(r.provenance['/memory/0']).toBe('boot log line 2: "memblock_add: [0x0000000000001000-0x000000000009fbff] e820__memblock_setup+0x94/0xc0"')
  })

  it('memblock=debug reservations of the DT scan: a /memreserve/ entry (reserved from early_init_fdt_scan_reserved_mem) is marked so', () => {
    const log = [
      '[0.0] Linux version 6.12.117+deb13-arm64 (x) #1 SMP Debian 6.12.117-1',
      '[0.0] memblock_add: [0x0000000040000000-0x000000007fffffff] early_init_dt_add_memory_arch+0x5c/0x80',
      '[0.0] memblock_reserve: [0x0000000040000000-0x0000000040000fff] early_init_fdt_scan_reserved_mem+0x9c/0xc8',
      '[0.0] memblock_reserve: [0x0000000050000000-0x000000005000ffff] early_init_dt_reserve_memory+0x5c/0x80',
    ].join('\n')
    expect(bootLogToBoard(log).board.reservations).toEqual([
      { kind: 'fixed', name: 'early_init_fdt_scan_reserved_mem@40000000', base: '0x40000000', size: '0x1000', memreserve: true },
      { kind: 'fixed', name: 'early_init_dt_reserve_memory@50000000', base: '0x50000000', size: '0x10000' },
    ])
  })

  it('splits a NOMAP region at the very start of a bank off without leaving an empty bank', () => {
    // UEFI puts runtime regions at the base of RAM; memblock_mark_nomap() gives them flags 0x4.
    const log = [
      '[0.0] Linux version 6.12.117+deb13-arm64 (x) #1 SMP Debian 6.12.117-1',
      '[0.0] MEMBLOCK configuration:',
      '[0.0]  memory[0x0]\t[0x0000000040000000-0x000000004000ffff], 0x0000000000010000 bytes on node 0 flags: 0x4',
      '[0.0]  memory[0x1]\t[0x0000000040010000-0x000000007fffffff], 0x000000003fff0000 bytes on node 0 flags: 0x0',
      '[0.0]  reserved.cnt  = 0x1',
    ].join('\n')
    const r = bootLogToBoard(log)
    expect(r.board.memory).toEqual([
      { base: '0x40000000', size: '0x10000', nomap: true },
      { base: '0x40010000', size: '0x3fff0000' },
    ])
    expect(valid(r.board)).toEqual([])
  })

  it('takes no DTB from a riscv log whose only setup_bootmem reservation is the kernel (6.1 with a built-in DTB)', () => {
    // arch/riscv/mm/init.c (6.1) setup_bootmem(): the image is reserved, the DTB only when it is not built in.
    const log = [
      '[    0.000000] Linux version 6.1.0-57-riscv64 (debian-kernel@lists.debian.org) #1 SMP Debian 6.1.192-3 (2026-11-26)',
      '[    0.000000] memblock_reserve: [0x0000000080200000-0x00000000821fffff] setup_bootmem+0x9a/0x2c2',
    ].join('\n')
    const r = bootLogToBoard(log)
    expect(r.board.image).toMatchObject({ base: '0x80200000', size: '0x2000000' })
    expect(r.board.dtb).toBeUndefined()
  })

  it('takes NOMAP from the memblock dump, except where a reserved-memory line explains it', () => {
    const log = [
      '[0.0] Linux version 6.12.117+deb13-riscv64 (x) #1 SMP Debian 6.12.117-1',
      '[0.0] OF: reserved mem: 0x0000000080000000..0x000000008003ffff (256 KiB) nomap non-reusable mmode_resv1@80000000',
      '[0.0] MEMBLOCK configuration:',
      '[0.0]  memory[0x0]\t[0x0000000080000000-0x000000008005ffff], 0x0000000000060000 bytes on node 0 flags: 0x4',
      '[0.0]  memory[0x1]\t[0x0000000080060000-0x00000000ffffffff], 0x000000007ffa0000 bytes on node 0 flags: 0x0',
      '[0.0]  reserved.cnt  = 0x1',
    ].join('\n')
    const r = bootLogToBoard(log)
    expect(r.board.memory).toEqual([
      { base: '0x80000000', size: '0x40000' },
      { base: '0x80040000', size: '0x20000', nomap: true },
      { base: '0x80060000', size: '0x7ffa0000' },
    ])
    expect(r.board.reservations).toEqual([{ kind: 'fixed', name: 'mmode_resv1@80000000', base: '0x80000000', size: '0x40000', nomap: true }])
  })
})

describe('logs as users capture them', () => {
  const oracleLog = (id: string) => gunzipSync(readFileSync(join(import.meta.dirname, '../../test/oracle/logs', `${id}.log.gz`))).toString('utf8')

  it('reads `dmesg -t` output (no timestamps) as it reads the same dmesg with them (docs/cli.md: with or without timestamps)', () => {
    const log = oracleLog('arm64-6.12-plain-4G-ck512M.high')
    const dmesg = log.slice(log.indexOf('=====ORACLE-BEGIN dmesg=====\n') + '=====ORACLE-BEGIN dmesg=====\n'.length, log.indexOf('=====ORACLE-END dmesg====='))
    const bare = dmesg.replace(/^\[\s*\d+\.\d+\] /gm, '')
    const withTs = bootLogToBoard(dmesg)
    const without = bootLogToBoard(bare)
    expect(without.facts.crash.map((c) => c.value)).toEqual([
      { kind: 'reserved', region: 'low', base: 0xf4000000n, size: 0x8000000n },
      { kind: 'reserved', region: 'main', base: 0x11b400000n, size: 0x20000000n },
    ])
    expect(without.board).toEqual(withTs.board)
    expect(without.provenance).toEqual(withTs.provenance)
  })

  it('reads no crash kernel line after "Run /init as init process": past it, such a line is user space\'s', () => {
    // A console log with timestamps and one without (printk.time=0), each followed by what
    // an init script printed: the kernel's crash lines again (`dmesg | grep crashkernel`) and
    // a message of its own. reserve_crashkernel() and its lines all come before kernel_init()
    // starts user space.
    const log = oracleLog('arm64-6.12-plain-4G-ck512M.high')
    const dmesg = log.slice(log.indexOf('=====ORACLE-BEGIN dmesg=====\n') + '=====ORACLE-BEGIN dmesg=====\n'.length, log.indexOf('=====ORACLE-END dmesg====='))
    expect(dmesg).toMatch(/\] Run \/init as init process\n/)
    const echoed = dmesg.split('\n').filter((l) => /crashkernel/.test(l)).join('\n')
    const script = 'checking crashkernel: cannot read the crash kernel size\n'
    const expected = [
      { kind: 'reserved', region: 'low', base: 0xf4000000n, size: 0x8000000n },
      { kind: 'reserved', region: 'main', base: 0x11b400000n, size: 0x20000000n },
    ]
    const bare = (t: string) => t.replace(/^\[\s*\d+\.\d+\] /gm, '')
    for (const text of [`${dmesg}\n${echoed}\n${script}`, `${bare(dmesg)}\n${bare(echoed)}\n${script}`]) {
      const r = parseBootLog(text)
      expect(r.facts.crash.map((c) => c.value)).toEqual(expected)
      expect(r.facts.initRan).toBeDefined()
    }
  })

  it('keeps memory[] of the first MEMBLOCK dump, not the one x86 prints again after NUMA init', () => {
    // e820__memblock_setup() and x86 numa_init() both call memblock_dump_all().
    const f = parseBootLog(oracleLog('amd64-6.1-q35-1G-ck256M-mbdebug')).facts
    expect(f.memblockMemory.map((m) => [m.line, m.value])).toEqual([
      [31, { base: 0x1000n, end: 0x9f000n, flags: 0 }],
      [32, { base: 0x100000n, end: 0x3ffe0000n, flags: 0 }],
    ])
  })

  it('takes a DMA coherent pool for what it is, a dmaPool and not a CMA area (6.1, which prints no range line)', () => {
    // kernel/dma/coherent.c rmem_dma_setup() refuses a reusable node, so its pool is never CMA.
    const r = bootLogToBoard(gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/arm64-resmem/arm64-6.1-ranges-4G-ck256M.log.gz'))).toString('utf8'))
    expect(r.facts.reservedMem.find((x) => x.name === 'dsp')).toMatchObject({ base: 0xdf800000n, size: 8n << 20n, cmaPool: false, reusable: false, compatible: 'shared-dma-pool' })
    expect(r.facts.reservedMem.find((x) => x.name === 'gpu')).toMatchObject({ base: 0x13c000000n, size: 64n << 20n, cmaPool: true, reusable: true })
    expect(r.board.reservations?.find((x) => x.name === 'dsp')).toEqual({ kind: 'fixed', name: 'dsp', base: '0xdf800000', size: '0x800000', dmaPool: true })
    expect(r.board.reservations?.find((x) => x.name === 'gpu')).toMatchObject({ kind: 'dynamic', cma: true })
  })
})

describe('of_alias_scan()\'s allocations from a log alone', () => {
  // test/boots/arm64-aliases: six aliases the kernel allocates (47, 47, 49, 44, 45, 47 bytes),
  // each 8-byte aligned, top-down right below the tree. The board keeps them as one size
  // (boot.dtAliases): it must end where the kernel's last one starts, or what follows
  // (NODE_DATA, 64-byte aligned) moves as soon as the padding crosses its alignment.
  it.each(['5.10', '6.1', '6.12', '7.2'])('%s: the model\'s aliases end where the kernel\'s last one starts', (series) => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, `../../test/boots/arm64-aliases/arm64-${series}-aliases-4G-ck256M.log.gz`))).toString('utf8')
    const reserves = [...log.matchAll(/memblock_alloc_try_nid: (\d+) bytes align=0x8 nid=-1 from=0x0+ max_addr=0x0+ \S+\r?\n.*memblock_reserve: \[0x([0-9a-f]+)-/g)].slice(0, 7)
    expect(reserves.map((m) => Number(m[1])).slice(1)).toEqual([47, 47, 49, 44, 45, 47])
    const board = bootLogToBoard(log).board
    const reserved = simulate(boardToLayouts(board)[0]!).reserved.filter((r) => r.owner === 'of_alias_scan')
    expect(reserved.map((r) => r.base)).toEqual([BigInt(`0x${reserves[6]![2]}`)])
    // 48 + 48 + 56 + 48 + 48 + 47.
    expect(board.boot?.dtAliases).toBe('0x127')
  })
})

describe('a command line 6.19+ print over several lines', () => {
  // init/main.c@v6.19.6 print_kernel_cmdline(): wrapped at spaces past
  // CONFIG_CMDLINE_LOG_WRAP_IDEAL_LEN, each line but the last ending in " \".
  const log = (lines: string[]) => ['[    0.000000] Booting Linux on physical CPU 0x0000000000 [0x000f0510]', ...lines, '[    0.000000] Unknown kernel command line parameters "pad=x", will be passed to user space.'].join('\n')
  it('joins the lines that follow the first directly, with one space', () => {
    const wrapped = ['[    0.000000] Kernel command line: console=ttyAMA0 loglevel=7 \\', '[    0.000000] Kernel command line: root=/dev/vda rootwait ro \\', '[    0.000000] Kernel command line: crashkernel=256M']
    expect(bootLogToBoard(log(wrapped)).board.cmdline).toBe('console=ttyAMA0 loglevel=7 root=/dev/vda rootwait ro crashkernel=256M')
  })
  it('a line printk cut (its " \\" lost with it) is still continued by the next; a later, separate one is not taken', () => {
    const cut = ['[    0.000000] Kernel command line: console=ttyAMA0 \\', `[    0.000000] Kernel command line: pad=${'x'.repeat(1000)}`, '[    0.000000] Kernel command line: crashkernel=25', '[    0.000001] Zone ranges:', '[    5.000000] Kernel command line: other']
    expect(bootLogToBoard(log(cut)).board.cmdline).toBe(`console=ttyAMA0 pad=${'x'.repeat(1000)} crashkernel=25`)
  })
})

describe('boards with several NUMA nodes (test/boots/numa)', () => {
  const numaLog = (name: string) => gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/numa', `${name}.log.gz`))).toString('utf8')
  it('arm64: each bank takes the node of its "Early memory node ranges" line, split where the node changes', () => {
    const log = numaLog('arm64-6.12-virt-4G-1G+3G-ck256M')
    expect(bootLogToBoard(log).board.memory).toEqual([
      { base: '0x40000000', size: '0x40000000', node: 0 },
      { base: '0x80000000', size: '0xc0000000', node: 1 },
    ])
    // Both nodes' "Initmem setup" lines belong to the zone block verify compares.
    expect(parseBootLog(log).facts.zoneBlock?.value.slice(-2)).toEqual(['Initmem setup node 0 [mem 0x0000000040000000-0x000000007fffffff]', 'Initmem setup node 1 [mem 0x0000000080000000-0x000000013fffffff]'])
  })
  it("x86: the e820 bank above 4 GiB is split at the SRAT's node boundary (q35 6G: node 0 is [0, 2G) and [4G, 5G))", () => {
    const board = bootLogToBoard(numaLog('amd64-6.12-q35-6G-3G+3G-ck512M')).board
    expect(board.memory).toEqual([
      { base: '0x1000', size: '0x9ec00', node: 0 },
      { base: '0x100000', size: '0x7fee0000', node: 0 },
      { base: '0x100000000', size: '0x40000000', node: 0 },
      { base: '0x140000000', size: '0xc0000000', node: 1 },
    ])
    expect(valid(board)).toEqual([])
  })
  it("x86 with mem= cutting node 1 off: the bank mem= removed keeps the SRAT's node, and the node is not CPU-only", () => {
    // q35 4G 2G+2G with mem=3G: [4G, 6G) is node 1 in the SRAT ("ACPI: SRAT: Node 1 PXM 1
    // [mem 0x100000000-0x17fffffff]"); no "Early memory node ranges" line covers it, and the
    // zone block sets node 1 up as memoryless (6.12, 7.2) or with an empty span (5.10).
    for (const id of ['amd64-5.10-q35-4G-2G+2G-ck256M.mem3G', 'amd64-6.12-q35-4G-2G+2G-ck256M.mem3G', 'amd64-7.2-q35-4G-2G+2G-ck256M.mem3G']) {
      const r = bootLogToBoard(numaLog(id))
      expect(r.board.memory, id).toEqual([
        { base: '0x1000', size: '0x9ec00', node: 0 },
        { base: '0x100000', size: '0x7fee0000', node: 0 },
        { base: '0x100000000', size: '0x80000000', node: 1 },
      ])
      expect(r.board.memorylessNodes, id).toBeUndefined()
      expect(r.board.cmdline, id).toMatch(/ mem=3G$/)
      expect(valid(r.board), id).toEqual([])
    }
    // Where the kernel faked one node over all memory (dummy_numa_init(): its SRAT did not
    // cover the memory), the SRAT names no node of the board: the bank mem= removed is node 0.
    const faked = numaLog('amd64-6.12-q35-4G-2G+2G-ck256M.mem3G').replace(/^(.*)(NODE_DATA\(0\) allocated)/m, '$1NUMA: Faking a node at [mem 0x0000000000001000-0x000000007ffdffff]\n$1$2')
    expect(parseBootLog(faked).facts.numaFaked).toBeDefined()
    expect(bootLogToBoard(faked).board.memory?.map((b) => b.node)).toEqual([0, 0, 0])
    // mem=6G on q35 6G 3G+3G: node 1's SRAT entry [5G, 8G) is cut at 6G; the bank is all node 1.
    expect(bootLogToBoard(numaLog('amd64-6.12-q35-6G-3G+3G-ck256M.mem6G')).board.memory?.slice(2)).toEqual([
      { base: '0x100000000', size: '0x40000000', node: 0 },
      { base: '0x140000000', size: '0xc0000000', node: 1 },
    ])
  })
  it('riscv64 on two nodes: the nodes are kept, with no warning or error (riscv64-numa/riscv64-6.12-virt-6G-3G+3G-ck512M.high)', () => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/riscv64-numa/riscv64-6.12-virt-6G-3G+3G-ck512M.high.log.gz'))).toString('utf8')
    const r = bootLogToBoard(log)
    expect(r.board.memory?.map((m) => m.node)).toEqual([0, 1])
    expect(r.problems.filter((p) => p.severity !== 'note')).toEqual([])
    expect(r.board.memorylessNodes).toBeUndefined()
    // A node set up without memory (a CPU-only node) is the board's memorylessNodes.
    const memoryless = log.replace('Initmem setup node 1 [mem 0x0000000140000000-0x00000001ffffffff]', 'Initmem setup node 1 [mem 0x0000000140000000-0x00000001ffffffff]\n[    0.000000] Initmem setup node 2 as memoryless')
    const m = bootLogToBoard(memoryless)
    expect(m.board.memorylessNodes).toEqual([2])
    expect(m.provenance['/memorylessNodes']).toMatch(/^NUMA nodes set up without memory \(CPU-only\): 2 \(boot log line \d+: "Initmem setup node 2 as memoryless"\)$/)
    expect(m.problems.filter((p) => p.severity !== 'note')).toEqual([])
    // A boot with one (riscv64-numa/riscv64-6.12-virt-4G-4G+0-ck256M: QEMU -numa node 1 with a
    // CPU, no memory): arch_numa's setup_node_data() says so first, under pr_fmt "NUMA: ". The
    // one memory node is the firmware's then (the kernel fakes none): the bank keeps node 0.
    const real = bootLogToBoard(gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/riscv64-numa/riscv64-6.12-virt-4G-4G+0-ck256M.log.gz'))).toString('utf8'))
    expect(real.board.memorylessNodes).toEqual([1])
    expect(real.provenance['/memorylessNodes']).toBe('NUMA nodes set up without memory (CPU-only): 1 (boot log line 108: "NUMA: Initmem setup node 1 [<memory-less node>]")')
    expect(real.board.memory?.map((b) => b.node)).toEqual([0])
    expect(valid(real.board)).toEqual([])
  })
  it('CPU-only nodes from each generation\'s lines (test/boots/numa-memoryless)', () => {
    const of = (id: string) => bootLogToBoard(gunzipSync(readFileSync(join(import.meta.dirname, `../../test/boots/numa-memoryless/${id}.log.gz`))).toString('utf8'))
    // 5.10 arm64: setup_node_data()'s line; the zone block's empty span names it too.
    const a510 = of('arm64-5.10-virt-4G-4G+0-ck256M')
    expect(a510.board.memorylessNodes).toEqual([1])
    expect(a510.board.memory?.map((b) => b.node)).toEqual([0])
    // Node 0 the CPU-only one: the memory is node 1's, which the banks keep.
    const a618 = of('arm64-6.18.5-virt-4G-0+4G-ck256M')
    expect(a618.board.memorylessNodes).toEqual([0])
    expect(a618.board.memory?.map((b) => b.node)).toEqual([1])
    // x86 5.10: init_cpu_to_node() sets node 1 up after the zone block, with its empty span.
    const x510log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/numa-memoryless/amd64-5.10-q35-4G-4G+0-ck256M.log.gz'))).toString('utf8')
    const x510 = bootLogToBoard(x510log)
    expect(x510.board.memorylessNodes).toEqual([1])
    expect(x510.provenance['/memorylessNodes']).toBe('NUMA nodes set up without memory (CPU-only): 1 (boot log line 142: "Initmem setup node 1 [mem 0x0000000000000000-0x0000000000000000]")')
    // Without that line (a log cut short), the SRAT's CPU line for node 1 with no SRAT memory
    // line for it says so.
    const cut = bootLogToBoard(x510log.replaceAll('Initmem setup node 1 [mem 0x0000000000000000-0x0000000000000000]', ''))
    expect(cut.board.memorylessNodes).toEqual([1])
    expect(cut.provenance['/memorylessNodes']).toMatch(/^NUMA nodes set up without memory \(CPU-only\): 1 \(boot log line \d+: "SRAT: PXM 1 -> APIC 0x01 -> Node 1"\)$/)
    // x86 6.12: only the zone block says it ("SRAT: PXM" is pr_debug from 6.12), and the
    // memblock=debug lines of its pg_data_t do not end the block.
    const x612 = of('amd64-6.12-q35-4G-4G+0-ck256M')
    expect(x612.board.memorylessNodes).toEqual([1])
    expect(x612.board.memory?.every((b) => b.node === 0)).toBe(true)
    expect(parseBootLog(gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/numa-memoryless/amd64-6.12-q35-4G-4G+0-ck256M.log.gz'))).toString('utf8')).facts.zoneBlock?.value.slice(-2)).toEqual([
      'Initmem setup node 0 [mem 0x0000000000001000-0x000000017fffffff]',
      'Initmem setup node 1 as memoryless',
    ])
    // 5.17 – 6.11's offline node: "Initializing node N as memoryless" names it and stays in the block.
    const x61 = parseBootLog('[    0.1] Zone ranges:\n[    0.1]   DMA      [mem 0x0000000000001000-0x0000000000ffffff]\n[    0.1] Early memory node ranges\n[    0.1]   node   0: [mem 0x0000000000001000-0x000000000009efff]\n[    0.1] Initmem setup node 0 [mem 0x0000000000001000-0x000000000009efff]\n[    0.1] Initializing node 3 as memoryless\n[    0.1] Initmem setup node 3 as memoryless\n[    0.1] ACPI: PM-Timer IO Port: 0x608\n').facts
    expect(x61.memorylessNodes.map((n) => n.value)).toEqual([3])
    expect(x61.zoneBlock?.value.slice(-3)).toEqual(['Initmem setup node 0 [mem 0x0000000000001000-0x000000000009efff]', 'Initializing node 3 as memoryless', 'Initmem setup node 3 as memoryless'])
  })
  it('a log with one node gives no node to any bank', () => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/arm64-sizes/arm64-6.12-plain-4097M-ck256M.log.gz'))).toString('utf8')
    expect(bootLogToBoard(log).board.memory?.some((m) => 'node' in m)).toBe(false)
  })
})

describe('bootLogToBoard(): a NUMA distance table the firmware gives (test/boots/random-numa)', () => {
  const boot = (name: string) => bootLogToBoard(gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/random-numa', `${name}.log.gz`))).toString('utf8'))
  it('x86: the SLIT among the ACPI tables ("ACPI: SLIT …")', () => {
    const { board, provenance } = boot('amd64-7.0.4-pc-8G-5025M+632M+2535M-n01')
    expect(board.numaDistances).toBe(true)
    expect(provenance['/numaDistances']).toMatch(/^the firmware gives a NUMA distance table: boot log line \d+/)
    expect(boot('amd64-7.0.4-q35-3839M-2538M+1301M-n14').board.numaDistances).toBeUndefined()
  })
  it('arm64: "OF: NUMA: parsing numa-distance-map-v1"', () => {
    expect(boot('arm64-6.19.6-virt-4543M-867M+2972M+704M-n17').board.numaDistances).toBe(true)
    expect(boot('arm64-6.19.6-virt-7186M-557M+2489M+601M+3539M-n09').board.numaDistances).toBeUndefined()
  })
})

describe('ubuntuWithoutUpstreamRelease', () => {
  it("is an Ubuntu build's banner without the version signature only", () => {
    // Ubuntu's 6.1 OEM build, and its 5.15 with the signature (test/boots/ubuntu); Debian's.
    expect(ubuntuWithoutUpstreamRelease('6.1.0-1036-oem (buildd@lcy02-amd64-078) (x86_64-linux-gnu-gcc-12 (Ubuntu 12.3.0-1ubuntu1~22.04) 12.3.0, GNU ld (GNU Binutils for Ubuntu) 2.38) #36-Ubuntu SMP PREEMPT_DYNAMIC Mon Mar 11 17:32:20 UTC 2024')).toBe(true)
    expect(ubuntuWithoutUpstreamRelease('5.15.0-204-generic (buildd@lcy02-amd64-043) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04.3) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38) #214-Ubuntu SMP Fri Nov 6 00:52:52 UTC 2026 (Ubuntu 5.15.0-204.214-generic 5.15.224)')).toBe(false)
    expect(ubuntuWithoutUpstreamRelease('6.1.0-57-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0) #1 SMP PREEMPT_DYNAMIC Debian 6.1.192-3 (2026-11-26)')).toBe(false)
    expect(ubuntuWithoutUpstreamRelease(undefined)).toBe(false)
  })
})

describe('bootLogToBoard(): CONFIG_PRINTK_EXECUTION_CTX from the size of a printk record (test/boots/log-buf)', () => {
  const boot = (name: string) => bootLogToBoard(gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots/log-buf', `${name}.log.gz`))).toString('utf8'))
  it('"log buffer data + meta data: D + M": 112 bytes of info per 32 of text with it, 88 without; the 5.10 – 6.12 line says nothing', () => {
    const seven = boot('amd64-7.0.4-q35-2G-lb1M')
    expect(seven.board.config?.PRINTK_EXECUTION_CTX).toBe(true)
    expect(seven.provenance['/config/PRINTK_EXECUTION_CTX']).toMatch(/^struct printk_info of 112 bytes \(112 with CONFIG_PRINTK_EXECUTION_CTX, 88 without\): boot log line \d+: "printk: log buffer data \+ meta data: 1048576 \+ 4456448 = 5505024 bytes"/)
    expect(boot('amd64-6.19.6-q35-2G-lb1M').board.config?.PRINTK_EXECUTION_CTX).toBe(false)
    // The static buffer's own figures (a bare log_buf_len, 7.2) say the same.
    expect(boot('amd64-7.2-q35-2G-lb-bare').board.config?.PRINTK_EXECUTION_CTX).toBe(true)
    expect(boot('amd64-6.12-q35-2G-lb1M').board.config?.PRINTK_EXECUTION_CTX).toBeUndefined()
  })
  it('the static buffer\'s size gives CONFIG_LOG_BUF_SHIFT where no log_buf_len= replaced it: 17 (Debian), 18 (Ubuntu)', () => {
    const other = (set: string, name: string) => bootLogToBoard(gunzipSync(readFileSync(join(import.meta.dirname, '../../test/boots', set, `${name}.log.gz`))).toString('utf8'))
    const ubuntu = other('ubuntu', 'amd64-6.14.0-37-generic-q35-4G-ck256M')
    expect(ubuntu.board.config?.LOG_BUF_SHIFT).toBe(18)
    expect(ubuntu.provenance['/config/LOG_BUF_SHIFT']).toMatch(/^the static printk buffer of 262144 bytes \(no log_buf_len= on the command line\): boot log line \d+/)
    expect(other('releases', 'amd64-7.3.4-q35-4G-ck256M').board.config?.LOG_BUF_SHIFT).toBe(17)
    // A log_buf_len= buffer's figures are not the static buffer's; nor are a bare one's taken.
    expect(boot('amd64-7.0.4-q35-2G-lb1M').board.config?.LOG_BUF_SHIFT).toBeUndefined()
    expect(boot('amd64-7.2-q35-2G-lb-bare').board.config?.LOG_BUF_SHIFT).toBeUndefined()
  })
})

describe('numa=fake= boots (test/boots/numa-fake)', () => {
  const log = (name: string) => gunzipSync(readFileSync(join(import.meta.dirname, `../../test/boots/numa-fake/${name}.log.gz`))).toString('utf8')
  it('the fake nodes of the zone block are not the board\'s: one node without an SRAT, the SRAT\'s two with one', () => {
    const one = bootLogToBoard(log('amd64-6.12-q35-2G-fake4'))
    expect(one.board.memory!.every((b) => b.node === undefined)).toBe(true)
    expect(one.board.config?.NUMA_EMU).toBe(true)
    expect(one.provenance['/config/NUMA_EMU']).toMatch(/^numa=fake= made fake NUMA nodes .*boot log line \d+: "Faking node 0 at/)
    const two = bootLogToBoard(log('amd64-7.2-q35-6G-2G+4G-fake3'))
    expect([...new Set(two.board.memory!.map((b) => b.node))]).toEqual([0, 1])
    expect(two.board.memory!.find((b) => b.node === 1)?.base).toBe('0x100000000')
    // The SRAT's own ranges, which emulation splits: node 0 from 0, over pages the banks leave out.
    expect(two.board.sratMemory).toEqual([
      { base: '0x0', size: '0xa0000', node: 0 },
      { base: '0x100000', size: '0x7ff00000', node: 0 },
      { base: '0x100000000', size: '0x100000000', node: 1 },
    ])
    expect(two.provenance['/sratMemory/0']).toMatch(/^ACPI SRAT memory affinity, boot log line \d+: "ACPI: SRAT: Node 0 PXM 0 \[mem 0x00000000-0x0009ffff\]"/)
    expect(one.board.sratMemory).toBeUndefined()
  })
  it('"Malformed early option \'numa\'" with numa=fake=: a build without CONFIG_NUMA_EMU (Ubuntu\'s generic 6.11)', () => {
    const r = bootLogToBoard(log('amd64-6.11.0-29-generic-q35-4G-off.fake2'))
    expect(r.board.config?.NUMA_EMU).toBe(false)
    expect(r.provenance['/config/NUMA_EMU']).toMatch(/malformed early option/)
    // A bare `numa` token is malformed on any build: it says nothing of CONFIG_NUMA_EMU.
    const bare = log('amd64-6.11.0-29-generic-q35-4G-off.fake2').replaceAll('numa=off numa=fake=2', 'numa numa=fake=2')
    expect(bootLogToBoard(bare).board.config?.NUMA_EMU).toBeUndefined()
  })
})

describe('the kernel text size of an arm64 build the model has not measured (test/boots/random-efi)', () => {
  const efiLog = (name: string) => gunzipSync(readFileSync(join(import.meta.dirname, `../../test/boots/random-efi/${name}.log.gz`))).toString('utf8')
  const noted = (log: string) => bootLogToBoard(log).problems.filter((p) => p.code === 'codeSizeUnknown')

  it('notes it where the log has no "Kernel code" (z01 panics before /proc/iomem)', () => {
    const r = bootLogToBoard(efiLog('arm64-6.17.8-efi-8G-z01'))
    expect(r.board.image?.codeSize).toBeUndefined()
    const [p] = r.problems.filter((q) => q.code === 'codeSizeUnknown')
    expect(p?.severity).toBe('note')
    expect(p?.message).toContain('6.17.8 is not a build the model has measured')
    expect(p?.message).toMatch(/give the kernel's "codeSize" in its entry of "kernels" \(the "Kernel code" line of a boot that reached init\)$/)
  })

  it('says nothing where /proc/iomem gives it (f07, the same build) or the build is measured', () => {
    const f07 = bootLogToBoard(efiLog('arm64-6.17.8-efi-1425M-f07'))
    expect(f07.board.image?.codeSize).toBe('0x2020000')
    expect(noted(efiLog('arm64-6.17.8-efi-1425M-f07'))).toEqual([])
    // 7.3.4 is measured (its kernel profile and the engine's builds table): z01's log as 7.3.4's.
    expect(noted(efiLog('arm64-6.17.8-efi-8G-z01').replaceAll('6.17.8', '7.3.4'))).toEqual([])
  })
})
