// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { check } from '../../src/index.js'
import { RPI4_4G, RPI4_8G, matrix, of, run } from './helpers.js'

const vm = (kernel: string, cmdline: string, ramSize = '2G') => ({ id: 'vm', extends: 'qemu-virt-arm64', ramSize, kernels: [kernel], cmdline })
const q35 = (kernel: string, cmdline: string, ramSize = '2G') => ({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize, kernels: [kernel], cmdline })

describe('CK004 option-ignored', () => {
  // Found by a review: memparse() reads a leading 0 as octal, so crashkernel=0256M reserved 174
  // MiB with no finding at all, and suggest offered the board's own value first.
  it('bad: a number with a leading 0 is octal to the kernel; the fix writes the digits without it', () => {
    const f = of(run(vm('6.12', 'console=ttyAMA0 crashkernel=0256M', '4G')), 'CK004')
    expect(f.map((x) => [x.severity, x.messageId, x.message, x.suggestion?.replacement])).toEqual([
      ['warning', 'octal', 'crashkernel=0256M is read as crashkernel=174M: the kernel takes a number with a leading 0 as octal (0256 is 174, not 256), so it does not ask for what the digits say in decimal', 'console=ttyAMA0 crashkernel=256M'],
    ])
    // The engine reserves what the kernel reads.
    const sim = run(vm('6.12', 'crashkernel=0256M', '4G')).layouts[0]!.result
    expect(sim.crashkernel.kind === 'reserved' && sim.crashkernel.main.size).toBe(174n << 20n)
    // The @offset too; a ,high and a ,low token each, as the kernel reads both.
    expect(of(run(vm('6.12', 'crashkernel=256M@01000M', '4G')), 'CK004').map((x) => x.data.numbers)).toEqual(['01000 is 512, not 1000'])
    expect(of(run(vm('6.12', 'crashkernel=0512M,high crashkernel=064M,low', '8G')), 'CK004').filter((x) => x.messageId === 'octal').map((x) => x.data.token)).toEqual(['crashkernel=0512M,high', 'crashkernel=064M,low'])
    // Not when octal and decimal agree (01G), nor for hex, nor for a token the kernel does not read.
    for (const cmdline of ['crashkernel=01G', 'crashkernel=0x10000000', 'crashkernel=0256M crashkernel=256M']) {
      expect(of(run(vm('6.12', cmdline, '4G')), 'CK004').filter((x) => x.messageId === 'octal'), cmdline).toEqual([])
    }
    // Nor for a token the kernel does not read (a plain value wins over ,high; x86 6.12 reads a
    // ,cma token as the last plain one), nor where the option reserves nothing (the other
    // messages say why), nor past a digit that stops the parse (0128M).
    const octal = (board: Record<string, unknown>) => of(run(board), 'CK004').map((x) => x.messageId)
    expect(octal(vm('6.12', 'crashkernel=256M crashkernel=0512M,high', '4G'))).toEqual(['tokenIgnored'])
    expect(octal(vm('5.10', 'crashkernel=0256M,high', '4G'))).toEqual(['suffixUnsupported'])
    expect(octal(vm('6.12', 'crashkernel=0256M,low', '4G'))).toEqual(['lowOnly'])
    expect(octal(q35('6.12', 'crashkernel=0256M crashkernel=256M,cma', '4G'))).toEqual(['rejected'])
    expect(octal(vm('6.12', 'crashkernel=1G-2G:0128M,2G-:0256M', '4G'))).toEqual(['rangeNoMatch'])
    // A rejected unit B and a leading 0 together: the fix mends both.
    expect(of(run(vm('6.12', 'crashkernel=0256MB', '4G')), 'CK004').map((x) => [x.messageId, x.suggestion?.replacement])).toEqual([['rejected', 'crashkernel=256M']])
  })

  // Found by a review: parse_crashkernel_simple() takes memparse()'s value after '@' without
  // checking that it read a number (kernel/crash_reserve.c@v6.12.117:173-176, the same in 5.10),
  // so "256M@xyz" and "256M@" reserve with base 0, placed anywhere, and check said nothing.
  it('bad: an "@" with no number after it is an automatic placement, silently; the fix drops the "@"', () => {
    for (const kernel of ['5.10', '6.12']) {
      for (const [board, token] of [[vm(kernel, 'console=ttyAMA0 crashkernel=256M@xyz', '4G'), 'crashkernel=256M@xyz'], [q35(kernel, 'console=ttyS0 crashkernel=256M@', '4G'), 'crashkernel=256M@']] as const) {
        const f = of(run(board), 'CK004')
        expect(f.map((x) => [x.severity, x.messageId, x.data.token, x.suggestion?.replacement]), `${kernel} ${token}`).toEqual([['warning', 'offsetMissing', token, `${board.cmdline.split(' ')[0]} crashkernel=256M`]])
      }
    }
    // "@0" is the kernel's own "anywhere", and a range list checks its offset (rejected).
    expect(of(run(vm('6.12', 'crashkernel=256M@0', '4G')), 'CK004')).toEqual([])
    expect(of(run(vm('6.12', 'crashkernel=0-:256M@xyz', '4G')), 'CK004').map((x) => x.messageId)).toEqual(['rejected'])
    // Under a what-if policy too (a kernel entry's `policy`), which is none of the releases' own.
    const whatIf = { ...vm('6.1', 'console=ttyAMA0 crashkernel=256M@xyz', '4G'), kernels: [{ release: '6.1', policy: 'whatif-bhe-4g-low-end' }] }
    expect(of(run(whatIf), 'CK004').map((x) => x.messageId)).toEqual(['offsetMissing'])
  })

  it('bad: a typo is rejected with the parser\'s message, and the fix is verified', () => {
    const f = of(run(vm('6.12', 'crashkernel=256MB')), 'CK004')[0]
    expect(f).toMatchObject({ severity: 'error', messageId: 'rejected', data: { token: 'crashkernel=256MB', kernelMessage: '"crashkernel: unrecognized char: B"' } })
    expect(f?.evidence.map((e) => e.text)).toEqual(['crashkernel: unrecognized char: B'])
    expect(f?.suggestion?.replacement).toBe('crashkernel=256M')
  })

  it('bad: a misspelt suffix is a plain value the parser rejects; the fix spells the nearest suffix', () => {
    // kernel/crash_reserve.c (6.12) get_last_crashkernel() compares the suffix byte for byte, so
    // "512M,hihg" goes to parse_crashkernel_simple(), which stops at the ','.
    const fix = (cmdline: string, ramSize = '8G') => of(run(vm('6.12', cmdline, ramSize)), 'CK004').map((f) => [f.messageId, f.suggestion?.replacement])
    expect(fix('console=ttyAMA0 crashkernel=512M,hihg')).toEqual([['rejected', 'console=ttyAMA0 crashkernel=512M,high']])
    expect(fix('crashkernel=512M,high crashkernel=64M,lo')).toEqual([['rejected', 'crashkernel=512M,high crashkernel=64M,low']])
    expect(fix('crashkernel=512M,hgih')).toEqual([['rejected', 'crashkernel=512M,high']])
    // A word near no suffix gets no respelling.
    expect(fix('crashkernel=512M,foo')).toEqual([['rejected', undefined]])
  })

  it('bad: ,high and ,low on arm64 5.10; the plain-size fix says it drops the ,low too', () => {
    // arm64 5.10 has no ,high/,low (reserve_crashkernel() calls parse_crashkernel() only,
    // arch/arm64/mm/init.c:103): the fix is the plain size alone, which also drops the ,low. Before,
    // its description named only the ,high token it replaced, so the ,low looked kept.
    const f = of(run(vm('5.10', 'console=ttyAMA0 crashkernel=512M,high crashkernel=128M,low', '4G')), 'CK004')[0]
    expect(f).toMatchObject({ messageId: 'suffixUnsupported', suggestion: { replacement: 'console=ttyAMA0 crashkernel=512M' } })
    expect(f?.message).toContain('(arm64 has them from 5.19)')
    expect(f?.suggestion?.description).toBe('Ask for a plain "crashkernel=512M" instead of "crashkernel=512M,high crashkernel=128M,low" — verified by simulation')
  })

  it('bad: a space splits a range list; the fix joins the entries after it with ","', () => {
    // The kernel splits the command line at spaces: "4G-:512M" is a word of its own that
    // parse_crashkernel_mem() never sees. "1G-4G:256M" alone matches nothing on 8 GiB
    // (kernel/crash_reserve.c:139, "zero bytes"); "1G-4G:256M," asks for one more entry and finds
    // none ("Memory value expected", crash_reserve.c:79). Before, the first got a widened
    // "1G-:256M" (the 512M never read, the stray word kept) and the second no fix.
    const fix = (cmdline: string) => of(run(vm('6.12', cmdline, '8G')), 'CK004').map((f) => [f.messageId, f.suggestion?.replacement])
    expect(fix('crashkernel=1G-4G:256M 4G-:512M quiet')).toEqual([['rangeNoMatch', 'crashkernel=1G-4G:256M,4G-:512M quiet']])
    expect(fix('crashkernel=1G-4G:256M, 4G-:512M')).toEqual([['rejected', 'crashkernel=1G-4G:256M,4G-:512M']])
    // Split twice: both words joined. Joining only the first left "8G-:512M" on the command
    // line and a list ending in ',' (read past on more than 8 GiB: "Memory value expected").
    expect(fix('crashkernel=1G-2G:128M, 2G-16G:256M, 16G-:512M quiet')).toEqual([['rejected', 'crashkernel=1G-2G:128M,2G-16G:256M,16G-:512M quiet']])
  })

  it('bad: a range list with a suffix is rejected on every kernel; the fix drops the suffix', () => {
    // parse_crashkernel_suffix() (kernel/crash_reserve.c@v6.12.117:189-211) reads one size and
    // then wants the suffix: "1G-…" stops at '-' ("unrecognized char: -"). Before, no fix but
    // the board's one value, the smallest size that works (128M where the list asks for 1G).
    const fix = (kernel: string, cmdline: string, preset = 'qemu-virt-arm64') => of(run({ ...vm(kernel, cmdline, '8G'), extends: preset }), 'CK004').map((f) => [f.messageId, f.suggestion?.replacement, f.suggestion?.description])
    const why = 'a range list takes no ,high suffix (the kernel reads one only after a plain size), and without it the kernel picks the entry for the board\'s RAM — verified by simulation'
    expect(fix('6.12', 'crashkernel=1G-4G:256M,4G-:1G,high quiet')).toEqual([['rejected', 'crashkernel=1G-4G:256M,4G-:1G quiet', `Write "crashkernel=1G-4G:256M,4G-:1G" instead of "crashkernel=1G-4G:256M,4G-:1G,high": ${why}`]])
    expect(fix('5.10', 'crashkernel=1G-4G:256M,4G-:1G,high', 'qemu-q35-x86_64')[0]?.[1]).toBe('crashkernel=1G-4G:256M,4G-:1G')
  })

  it('bad: a space before a suffix leaves a trailing comma; the fix joins the suffix', () => {
    // "crashkernel=256M," is a plain value with a stray ',' ("unrecognized char: ,",
    // parse_crashkernel_simple(), kernel/crash_reserve.c:159-166 in 6.12) and "high" a word of its own.
    // Before, the fix dropped the comma: a plain 256M, with "high" left on the command line.
    const f = of(run(vm('6.12', 'crashkernel=256M, high quiet', '8G')), 'CK004')[0]
    expect(f).toMatchObject({ messageId: 'rejected', suggestion: { replacement: 'crashkernel=256M,high quiet' } })
  })

  it('note: a plain token another one follows, with a suffix a space split off; its removal takes the suffix word too', () => {
    // "crashkernel=256M, cma crashkernel=256M": the first plain token is not the last one, so
    // the kernel ignores it, and "cma" is a word of its own. Removing the token alone left "cma".
    const f = of(run(vm('6.12', 'crashkernel=256M, cma crashkernel=256M quiet', '8G')), 'CK004')[0]
    expect(f).toMatchObject({ suggestion: { replacement: 'crashkernel=256M quiet', description: expect.stringMatching(/^Remove "crashkernel=256M, cma": /) } })
  })

  it('bad: a plain value the kernel rejects after one it reads ("crashkernel=auto"); the fix removes it', () => {
    // The last plain token is the one read (get_last_crashkernel()), so "auto" hid the 256M
    // written before it. Before, no fix was offered and the board's one value was 128M.
    const f = of(run(vm('6.12', 'crashkernel=256M crashkernel=auto quiet', '8G')), 'CK004')[0]
    expect(f).toMatchObject({ messageId: 'rejected', suggestion: { replacement: 'crashkernel=256M quiet', description: expect.stringMatching(/^Remove "crashkernel=auto": the kernel then reads "crashkernel=256M", written before it/) } })
  })

  it('bad: a rejected plain token stops the reservation; where others stay, the fix removes it (with its split-off suffix word)', () => {
    // x86 6.12: "crashkernel=256M," is rejected ("unrecognized char: ,"), so parse_crashkernel()
    // returns -EINVAL before it looks for ,high: nothing is reserved. Joined ("256M,low") it asks
    // for the default low part, which CK004 notes, so that was no fix; before, none was offered.
    const f = of(run(q35('6.12', 'crashkernel=256M, low crashkernel=512M,high quiet', '8G')), 'CK004')[0]
    expect(f).toMatchObject({ messageId: 'rejected', suggestion: { replacement: 'crashkernel=512M,high quiet', description: expect.stringMatching(/^Remove "crashkernel=256M, low": this kernel rejects it/) } })
    // The only crashkernel= is never removed: that would ask for no crash kernel at all.
    const only = of(run(q35('6.12', 'crashkernel=256Mx quiet', '8G')), 'CK004')[0]
    expect(only).toMatchObject({ messageId: 'rejected' })
    expect(only!.suggestion?.replacement).not.toBe('quiet')
  })

  it('bad: a quoted value is rejected; the fix drops the quotes', () => {
    // get_last_crashkernel() finds the token in the raw boot_command_line with strstr()
    // (kernel/crash_reserve.c:222, 6.12), so the quotes that parse_args() would strip reach
    // memparse(): '"' is no digit, "crashkernel: memory value expected" (crash_reserve.c:159).
    // Before, no fix was offered, and the board's one value was the ladder's 128M.
    const f = of(run(vm('6.12', 'console=ttyAMA0 crashkernel="256M"', '4G')), 'CK004')[0]
    expect(f).toMatchObject({ messageId: 'rejected', suggestion: { replacement: 'console=ttyAMA0 crashkernel=256M' } })
    const ranges = of(run(vm('6.12', "crashkernel='1G-4G:256M,4G-:512M'", '4G')), 'CK004')[0]
    expect(ranges?.suggestion?.replacement).toBe('crashkernel=1G-4G:256M,4G-:512M')
  })

  it('bad: a space after crashkernel= leaves it empty; the fix joins the size that follows', () => {
    // The kernel splits the command line at spaces: "crashkernel=" is an empty value
    // ("memory value expected") and "512M" a word of its own. Before, no fix was offered,
    // and the board's one value kept the stray word ("crashkernel=128M 512M").
    const r = run(vm('6.12', 'console=ttyAMA0 crashkernel= 512M quiet'))
    expect(of(r, 'CK004').map((f) => [f.messageId, f.suggestion?.replacement])).toEqual([['rejected', 'console=ttyAMA0 crashkernel=512M quiet']])
    // Not a word that is no size, nor another option.
    const none = (cmdline: string) => of(run(vm('6.12', cmdline)), 'CK004').map((f) => f.suggestion?.replacement)
    expect(none('crashkernel= quiet')).toEqual([undefined])
    expect(none('crashkernel= mem=1G')).toEqual([undefined])
  })

  it('bad: a misspelt crashkernel= asks for nothing, silently; the fix spells it as the kernel looks for it', () => {
    // kernel/crash_reserve.c (6.12) get_last_crashkernel(): strstr(cmdline, "crashkernel="),
    // so parse_crashkernel() returns -ENOENT and nothing is reserved, without a message.
    const fs = (cmdline: string, extra: Record<string, unknown> = {}) => of(run({ ...vm('6.12', cmdline, '8G'), ...extra }), 'CK004').map((f) => [f.messageId, f.severity, f.data.token, f.suggestion?.replacement])
    expect(fs('console=ttyAMA0 crashkernal=512M')).toEqual([['misspelt', 'error', 'crashkernal=512M', 'console=ttyAMA0 crashkernel=512M']])
    expect(fs('crashkernel = 512M quiet')).toEqual([['misspelt', 'error', 'crashkernel = 512M', 'crashkernel=512M quiet']])
    expect(fs('Crashkernel=1G,high')).toEqual([['misspelt', 'error', 'Crashkernel=1G,high', 'crashkernel=1G,high']])
    expect(fs('crashkernal=512M', { expect: { reservationRequired: false } })).toEqual([['misspelt', 'warning', 'crashkernal=512M', 'crashkernel=512M']])
    // No crashkernel= meant at all, or a real one next to the misspelt one: nothing to say here.
    expect(fs('console=ttyAMA0 quiet')).toEqual([])
    expect(fs('crashkernal=1G crashkernel=256M')).toEqual([])
  })

  it('bad: a command line that replaces one with crashkernel= asks for nothing, silently; the fix puts the token back', () => {
    // A `cmdline` replaces the whole string under it (docs/format.md): the board's own, its
    // preset's or a kernel's drops the crashkernel= of the layer below, and the kernel then
    // finds none (get_last_crashkernel()), as for a misspelt one.
    const fs = (doc: Record<string, unknown>): unknown[][] =>
      check(JSON.stringify({ version: 1, ...doc }, null, 2), 'm.json')
        .findings.filter((f) => f.ruleId === 'CK004')
        .map((f) => [f.messageId, f.severity, f.location?.line, f.data.mine, f.data.owner, f.data.token, f.suggestion?.replacement])
    const board = { id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'] }
    const defaults = { cmdline: 'console=ttyAMA0 crashkernel=512M' }
    // The preset's command line (console=ttyAMA0) replaces the defaults': reported at `extends`.
    expect(fs({ defaults, boards: [board] })).toEqual([['replaced', 'error', 9, "preset qemu-virt-arm64's", "the defaults'", 'crashkernel=512M', 'console=ttyAMA0 crashkernel=512M']])
    // The edit adds the board a command line (operation "add"), and says so.
    const added = check(JSON.stringify({ version: 1, defaults, boards: [board] }, null, 2), 'm.json').findings.find((f) => f.messageId === 'replaced')!.suggestion!
    expect([added.operation, added.description]).toEqual(['add', 'Give the board a command line of its own: preset qemu-virt-arm64\'s with "crashkernel=512M" added, as the one it replaces has it — verified by simulation'])
    // The board's own; a warning when no reservation is expected.
    expect(fs({ defaults, boards: [{ ...board, cmdline: 'quiet', expect: { reservationRequired: false } }] })).toEqual([['replaced', 'warning', 14, "the board's", "the defaults'", 'crashkernel=512M', 'quiet crashkernel=512M']])
    // A kernel's own command line replaces the board's (and the topmost one with a token is named).
    const kernels = ['6.12', { release: '6.1', cmdline: 'console=ttyAMA0' }]
    // The fix adds the ,high alone: with the ,low as well, 6.1 on 2 GiB places the region below
    // the low limit and the ,low has no effect (a new finding, so that candidate is refused).
    expect(fs({ defaults, boards: [{ ...board, kernels, cmdline: 'crashkernel=256M,high crashkernel=64M,low' }] }).filter((f) => f[0] === 'replaced')).toEqual([
      ['replaced', 'error', 15, "this kernel's", "the board's", 'crashkernel=256M,high crashkernel=64M,low', 'console=ttyAMA0 crashkernel=256M,high'],
    ])
    // Nothing to say when the layout's own line has a crashkernel=, or no line under it had one,
    // and a misspelt one on the line itself is the finding instead.
    expect(fs({ defaults: { cmdline: 'quiet' }, boards: [{ ...board, cmdline: 'console=ttyAMA0' }] })).toEqual([])
    expect(fs({ defaults, boards: [{ ...board, cmdline: 'crashkernel=256M' }] })).toEqual([])
    expect(fs({ defaults, boards: [{ ...board, cmdline: 'crashkernal=256M' }] }).map((f) => f[0])).toEqual(['misspelt'])
  })

  it('bad: zero, a range that matches nothing, a size ≥ RAM (6.12+), ,low alone', () => {
    expect(of(run(vm('6.12', 'crashkernel=0')), 'CK004')[0]?.messageId).toBe('zero')
    const range = of(run(vm('6.12', 'crashkernel=2G-4G:256M', '1G')), 'CK004')[0]
    expect(range).toMatchObject({ messageId: 'rangeNoMatch', suggestion: { replacement: 'crashkernel=0-4G:256M' } })
    expect(range?.evidence.map((e) => e.text)).toEqual(['crashkernel size resulted in zero bytes'])
    expect(of(run(vm('6.12', 'crashkernel=1G', '1G')), 'CK004')[0]).toMatchObject({ messageId: 'sizeAtLeastRam', suggestion: { replacement: 'crashkernel=512M' } })
    expect(of(run(vm('6.12', 'crashkernel=128M,low')), 'CK004')[0]?.messageId).toBe('lowOnly')
  })

  it('bad: the range entry covering the RAM asks for 0 bytes — a zero size, not "no range covers"', () => {
    // parse_crashkernel_mem() takes the first entry covering the RAM whatever its size
    // (kernel/crash_reserve.c:120-124 in 6.12; kernel/crash_core.c:94-97 in 5.10) and prints
    // "crashkernel size resulted in zero bytes" for it (:138-139), as it does when no entry
    // covers the RAM. Before, that line alone made the finding say no range covered 2 GiB,
    // while 0-4G covers it.
    for (const kernel of ['5.10', '6.12', '7.2']) {
      const f = of(run(vm(kernel, 'crashkernel=0-4G:0,4G-:256M')), 'CK004')[0]
      expect(f).toMatchObject({ messageId: 'zero', data: { token: 'crashkernel=0-4G:0,4G-:256M' } })
      expect(f?.evidence.map((e) => e.text)).toEqual(['crashkernel size resulted in zero bytes'])
    }
  })

  it('a zero size gets a verified fix on a board of one layout too: a size in place of the tokens that ask for nothing', () => {
    // Before, `zero` had no fix of its own, and the board-wide value needs two layouts: a board
    // listing one kernel was told nothing would be reserved and given nothing to write.
    const cases: Array<[Record<string, unknown>, string]> = [
      [vm('6.12', 'crashkernel=0'), 'crashkernel=256M'],
      [vm('6.12', 'console=ttyAMA0 crashkernel=0-4G:0,4G-:256M'), 'console=ttyAMA0 crashkernel=256M'],
      [{ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '2G', kernels: ['6.12'], cmdline: 'console=ttyS0 nokaslr crashkernel=0,high' }, 'console=ttyS0 nokaslr crashkernel=256M'],
    ]
    for (const [b, replacement] of cases) {
      const [f] = of(run(b), 'CK004')
      expect([f?.messageId, f?.suggestion?.replacement]).toEqual(['zero', replacement])
      expect(f?.suggestion?.description).toMatch(/^Reserve 256 MiB for the kdump kernel: "crashkernel=256M" instead of "crashkernel=/)
      expect(run({ ...b, cmdline: replacement }).findings.filter((x) => x.severity === 'error')).toEqual([])
    }
    // Beside another crashkernel=, the zero one is removed: the size meant is the other's.
    const [f] = of(run(vm('6.12', 'crashkernel=256M crashkernel=0')), 'CK004')
    expect([f?.messageId, f?.suggestion?.replacement, f?.suggestion?.description]).toEqual(['zero', 'crashkernel=256M', 'Remove "crashkernel=0": it asks for 0 bytes; the kernel then reads "crashkernel=256M", written before it — verified by simulation'])
  })

  it('a ,low alone gets the ,high it sizes the low part of, and a ,cma alone a plain size beside it, each verified', () => {
    // Before, lowOnly and cmaOnly had no fix: the user was told nothing is reserved and given nothing to write.
    const q35 = (cmdline: string, kernel = '6.12') => ({ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: [kernel], cmdline })
    const cases: Array<[Record<string, unknown>, string, string, RegExp]> = [
      [vm('6.1', 'console=ttyAMA0 crashkernel=128M,low', '4G'), 'lowOnly', 'crashkernel=256M,high crashkernel=128M,low console=ttyAMA0', /^Add the reservation "crashkernel=128M,low" sizes the low part of: "crashkernel=256M,high"/],
      // 6.12 reserves a 128 MiB low part by itself: the ,low would be a no-op beside the ,high.
      [vm('6.12', 'console=ttyAMA0 crashkernel=128M,low', '4G'), 'lowOnly', 'crashkernel=256M,high console=ttyAMA0', /^Ask for "crashkernel=256M,high" in place of "crashkernel=128M,low", which reserves nothing alone/],
      [q35('console=ttyS0 crashkernel=64M,low'), 'lowOnly', 'crashkernel=256M,high crashkernel=64M,low console=ttyS0', /^Add the reservation "crashkernel=64M,low"/],
      [q35('console=ttyS0 crashkernel=64M,cma', '7.2'), 'cmaOnly', 'console=ttyS0 crashkernel=64M,cma crashkernel=256M', /^Reserve 256 MiB for the kdump kernel: "crashkernel=256M" \(/],
    ]
    for (const [b, messageId, replacement, description] of cases) {
      const [f] = of(run(b), 'CK004')
      expect(f?.messageId).toBe(messageId)
      expect(f?.suggestion?.description).toMatch(description)
      const fixed = f!.suggestion!.replacement!
      expect(fixed.split(' ').sort()).toEqual(replacement.split(' ').sort())
      expect(run({ ...b, cmdline: fixed }).findings.filter((x) => x.severity === 'error')).toEqual([])
    }
  })

  it('a ,low alone keeps the ,low the kernel reads (the last) and any ,cma beside the ,high it gets', () => {
    // Two ,low tokens: the earlier one, kept, drew an "ignored" warning on the fixed line, so the
    // fix fell back to the ,high alone and dropped the user's 64M for the kernel's default low part.
    // ,low with ,cma (7.2 x86): "crashkernel=64M,cma asks for 0 bytes", and no ,high offered.
    const q35 = (cmdline: string) => ({ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['7.2'], cmdline })
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [vm('6.1', 'console=ttyAMA0 crashkernel=128M,low crashkernel=64M,low', '4G'), 'crashkernel=256M,high crashkernel=64M,low console=ttyAMA0', /^Add the reservation "crashkernel=64M,low" sizes the low part of: "crashkernel=256M,high"/],
      [q35('console=ttyS0 crashkernel=64M,low crashkernel=64M,cma'), 'console=ttyS0 crashkernel=256M,high crashkernel=64M,low crashkernel=64M,cma', /^Add the reservation "crashkernel=64M,low" sizes the low part of: "crashkernel=256M,high"/],
    ]
    for (const [b, replacement, description] of cases) {
      const [f] = of(run(b), 'CK004')
      expect(f?.messageId).toBe('lowOnly')
      expect(f?.message).not.toMatch(/0 bytes/)
      expect(f?.suggestion?.description).toMatch(description)
      const fixed = f!.suggestion!.replacement!
      expect(fixed.split(' ').sort()).toEqual(replacement.split(' ').sort())
      expect(run({ ...b, cmdline: fixed }).findings.filter((x) => x.severity !== 'note')).toEqual([])
    }
  })

  it('a ,cma alone or beside a ,low on arm64/riscv64 7.2 gets a fix without the ,cma, which those kernels ignore', () => {
    // arm64 and riscv64 from 6.17 know the suffix but pass no cma_size to parse_crashkernel()
    // until 7.3 (arch/arm64/mm/init.c, arch/riscv/mm/init.c arch_reserve_crashkernel, v7.2.13):
    // every candidate kept the ,cma, which the fixed line then reported as having no effect
    // under the finding's own subject, so no fix was offered. x86 7.2 reads it: it stays there.
    const riscv = (cmdline: string) => ({ id: 'r', extends: 'qemu-virt-riscv64', ramSize: '8G', kernels: ['7.2'], cmdline })
    const cases: Array<[Record<string, unknown>, string, string, RegExp]> = [
      [vm('7.2', 'console=ttyAMA0 crashkernel=256M,cma', '8G'), 'cmaOnly', 'console=ttyAMA0 crashkernel=256M', /^Reserve 256 MiB for the kdump kernel: "crashkernel=256M" instead of "crashkernel=256M,cma" \(7\.2\.\d+ on arm64 does not reserve crashkernel CMA: arm64 and riscv64 do from 7\.3\)/],
      [riscv('console=ttyS0 crashkernel=128M,cma'), 'cmaOnly', 'console=ttyS0 crashkernel=256M', /^Reserve 256 MiB for the kdump kernel: "crashkernel=256M" instead of "crashkernel=128M,cma" \(7\.2\.\d+ on riscv64 does not/],
      [vm('7.2', 'console=ttyAMA0 crashkernel=256M,cma crashkernel=64M,low', '8G'), 'lowOnly', 'console=ttyAMA0 crashkernel=256M,high crashkernel=64M,low', /^Add the reservation "crashkernel=64M,low" sizes the low part of: "crashkernel=256M,high" and drop "crashkernel=256M,cma" \(7\.2\.\d+ on arm64/],
    ]
    for (const [b, messageId, replacement, description] of cases) {
      const [f] = of(run(b), 'CK004')
      expect(f?.messageId).toBe(messageId)
      expect(f?.suggestion?.description).toMatch(description)
      expect(f?.suggestion?.replacement).toBe(replacement)
      expect(run({ ...b, cmdline: replacement }).findings.filter((x) => x.severity !== 'note')).toEqual([])
    }
  })

  it('a lone ,cma a kernel rejects (no ,cma suffix) gets its size as a plain token', () => {
    // kernel/crash_reserve.c@v6.12.117: get_last_crashkernel() takes "256M,cma" as the plain
    // token (the suffix is unknown), parse_crashkernel_simple() stops at the ',': nothing is
    // reserved. Before, the finding had no fix at all (only removal, refused for the only token).
    const cases: Array<[Record<string, unknown>, string]> = [
      [vm('6.12', 'console=ttyAMA0 crashkernel=256M,cma', '4G'), 'console=ttyAMA0 crashkernel=256M'],
      [q35('6.12', 'console=ttyS0 crashkernel=128M,cma'), 'console=ttyS0 crashkernel=128M'],
    ]
    for (const [b, replacement] of cases) {
      const [f] = of(run(b), 'CK004')
      expect(f?.messageId).toBe('rejected')
      expect(f?.suggestion?.replacement).toBe(replacement)
      expect(f?.suggestion?.description).toMatch(/this kernel has no ,cma suffix, and the size alone reserves the crash kernel as one region — verified by simulation$/)
      expect(run({ ...b, cmdline: replacement }).findings.filter((x) => x.severity !== 'note')).toEqual([])
    }
  })

  it('keeps the ,cma in the fix of a 7.2 layout whose command line a 7.3 layout of the board reads too, which reserves the CMA part', () => {
    // One command line for both kernels: dropping the ,cma that 7.2 ignores took 7.3's CMA
    // reservation away, and the two findings suggested contradicting lines.
    for (const [board, token] of [
      [{ ...vm('7.2', 'console=ttyAMA0 crashkernel=64M,cma', '4G'), kernels: ['7.2', '7.3'] }, 'crashkernel=64M,cma'],
      [{ ...vm('7.2', 'console=ttyAMA0 crashkernel=64M,cma crashkernel=64M,low', '8G'), kernels: ['7.2', '7.3'] }, 'crashkernel=64M,cma'],
    ] as const) {
      const found = of(run(board), 'CK004').filter((f) => f.severity === 'error')
      expect(found.map((f) => f.kernel?.split('.').slice(0, 2).join('.'))).toEqual(['7.2', '7.3'])
      // 7.3's fix keeps the token. On 7.2 that fix leaves a CK004 note (7.2 reserves no ,cma,
      // test below), so the 7.2 error has no fix of its own; none drops the token.
      expect(found.find((f) => f.kernel?.startsWith('7.3'))?.suggestion?.replacement).toContain(token)
      for (const f of found) {
        if (f.suggestion) expect(f.suggestion.replacement, `${board.id} ${f.kernel}`).toContain(token)
        expect(f.suggestion?.description ?? '').not.toMatch(/does not reserve crashkernel CMA/)
      }
    }
  })

  it('a range that matches nothing names the RAM figure the kernel compared: rounded up to 128 MiB from 6.1', () => {
    // parse_crashkernel_mem() rounds System RAM up to 128 MiB before matching (kernel/crash_core.c:57
    // in 6.1, kernel/crash_reserve.c:70 in 6.12; not in 5.10): q35 with 4G has 4095.49 MiB, read as
    // 4096 MiB, so "1G-4G:192M" does not match ([start, end) at crash_reserve.c:121). Before, the
    // message named the 4095 MiB alone, a figure that 1G-4G covers.
    const q35 = (kernel: string) => ({ ...vm(kernel, 'crashkernel=1G-4G:192M', '4G'), extends: 'qemu-q35-x86_64' })
    const f = of(run(q35('6.12')), 'CK004')[0]
    expect(f?.messageId).toBe('rangeNoMatch')
    expect(f?.message).toContain('covers the 4096 MiB this kernel compares them with (its 4095.49 MiB of System RAM rounded up to 128 MiB)')
    // 5.10 compares the RAM itself: 4095.49 MiB is inside 1G-4G, and 192M is reserved.
    expect(of(run(q35('5.10')), 'CK004')).toEqual([])
    // A figure the kernel does not round names System RAM as it is (1 GiB on the arm64 VM).
    expect(of(run(vm('6.12', 'crashkernel=2G-4G:256M', '1G')), 'CK004')[0]?.message).toContain('covers the 1024 MiB of System RAM this kernel sees')
  })

  it('a range list refused for a big entry read before the matching one names that entry and offers the list from 0', () => {
    // parse_crashkernel_mem() checks each entry's size against the RAM figure before testing
    // whether it covers it (kernel/crash_core.c:88 in 5.10, kernel/crash_reserve.c:115 in 6.12):
    // Ubuntu's default on q35 with 2G (2047.49 MiB) under 5.10 reaches 64G-128G:2048M and is
    // refused with "crashkernel: invalid size". Before, the message said only "rejects" and no fix was offered.
    const ubuntu = 'crashkernel=2G-4G:320M,4G-32G:512M,32G-64G:1024M,64G-128G:2048M,128G-:4096M'
    const pc = (kernel: string, ram: string) => q35(kernel, ubuntu, ram)
    const f = of(run(pc('5.10', '2G')), 'CK004')[0]
    expect(f).toMatchObject({ messageId: 'rangeEntryTooBig', suggestion: { replacement: 'crashkernel=0-4G:320M,4G-32G:512M,32G-64G:1024M,64G-128G:2048M,128G-:4096M' } })
    expect(f?.message).toContain('its entry 64G-128G:2048M asks for no less than the 2047.49 MiB of System RAM this kernel sees')
    // 6.12 rounds 2047.49 MiB up to 2 GiB: 2G-4G:320M matches first, and nothing is refused.
    expect(of(run(pc('6.12', '2G')), 'CK004')).toEqual([])
    // With 1 GiB, 6.12 reaches 32G-64G:1024M, as big as the rounded figure.
    expect(of(run(pc('6.12', '1G')), 'CK004')[0]?.message).toContain('its entry 32G-64G:1024M asks for no less than the 1024 MiB this kernel compares it with (its 1023.49 MiB of System RAM rounded up to 128 MiB)')
    // A malformed list is still `rejected` with the parser's message.
    expect(of(run(q35('6.12', 'crashkernel=2G-4G320M', '2G')), 'CK004')[0]?.messageId).toBe('rejected')
  })

  it('bad: ranges separated by ";" end the list; the fix separates them with ",", as meant', () => {
    // kernel/crash_reserve.c:125 (6.12) parse_crashkernel_mem() reads the next entry only after
    // a ','; at the ';' it stops, so on 8 GiB only "1G-4G:256M" was read and nothing matched
    // (crash_reserve.c:139, "crashkernel size resulted in zero bytes"). Widening that entry
    // ("1G-:256M;4G-:512M") reserves 256M and leaves the 512M the author asked for unread.
    const range = of(run(vm('6.12', 'crashkernel=1G-4G:256M;4G-:512M', '8G')), 'CK004')[0]
    expect(range).toMatchObject({ messageId: 'rangeNoMatch', suggestion: { replacement: 'crashkernel=1G-4G:256M,4G-:512M' } })
  })

  it('tells a zero or rejected ,high from ,low alone, on every path that rejects them', () => {
    // kernel/crash_reserve.c (6.12) parse_crashkernel: a ,high of 0 or one that does not parse
    // is -EINVAL (the latter after "memory value expected"); ,low alone sizes nothing.
    const messages = (kernel: string, cmdline: string, preset = 'qemu-virt-arm64') => of(run({ ...vm(kernel, cmdline), extends: preset }), 'CK004').map((f) => f.messageId)
    expect(messages('6.12', 'crashkernel=0,high')).toEqual(['zero'])
    expect(messages('6.12', 'crashkernel=0,high crashkernel=64M,low')).toEqual(['zero'])
    expect(messages('6.12', 'crashkernel=abc,high')).toEqual(['rejected'])
    expect(messages('6.12', 'crashkernel=64M,low')).toEqual(['lowOnly'])
    // arch/x86/kernel/setup.c (6.1): no plain value and no ,high — ,low alone, silently.
    expect(messages('6.1', 'crashkernel=64M,low', 'qemu-q35-x86_64')).toEqual(['lowOnly'])
    expect(messages('6.1', 'crashkernel=0,high', 'qemu-q35-x86_64')).toEqual(['zero'])
    // arch/arm64/mm/init.c (6.1): no plain value, no ,high: returns before anything, silently.
    expect(messages('6.1', 'crashkernel=64M,low')).toEqual(['lowOnly'])
  })

  it('tells ,cma alone (7.2, which has the suffix) from a size of 0: the size the user wrote is not 0', () => {
    // kernel/crash_reserve.c (7.2) parse_crashkernel: no plain and no ,high value is -EINVAL
    // before the ,cma token is read; "A standard crashkernel reservation … is still needed".
    const messages = (cmdline: string, preset = 'qemu-virt-arm64') => of(run({ ...vm('7.2', cmdline), extends: preset }), 'CK004').map((f) => [f.messageId, f.message])
    expect(messages('crashkernel=256M,cma', 'qemu-q35-x86_64')).toEqual([['cmaOnly', 'crashkernel=256M,cma alone reserves nothing: ,cma only adds CMA memory to a plain or ,high crashkernel= reservation, which is still needed (expect.reservationRequired)']])
    expect(messages('crashkernel=256M,cma')[0]?.[0]).toBe('cmaOnly')
    expect(messages('crashkernel=0')[0]?.[0]).toBe('zero')
    // 6.12 has no ,cma suffix: the token is a plain value the parser rejects.
    expect(of(run(vm('6.12', 'crashkernel=256M,cma')), 'CK004')[0]?.messageId).toBe('rejected')
  })

  it('says why a token has no effect: ,high next to a plain value, ,low without ,high', () => {
    const why = (cmdline: string) => of(run(vm('6.12', cmdline)), 'CK004').map((f) => [f.data.token, f.data.why])
    expect(why('crashkernel=256M crashkernel=512M,high')).toEqual([['crashkernel=512M,high', expect.stringMatching(/^a plain crashkernel= on the same command line takes precedence/)]])
    expect(why('crashkernel=256M crashkernel=64M,low')).toEqual([['crashkernel=64M,low', expect.stringMatching(/^crashkernel=…,low only sizes the low part of a crashkernel=…,high reservation/)]])
  })

  it('a ,low has no effect when the ,high region lands below the low limit, whatever its size against the default', () => {
    // Generic reserve_crashkernel_generic() (6.9+) and its arm64/x86 forerunners reserve the
    // low part only when the main region ended up above CRASH_ADDR_LOW_MAX; on 2 GiB it
    // falls back below it. Without the ,low the kernel would ask for its default low size
    // (128 MiB on arm64, 256 MiB on x86) and reserve the same: the size read differs, the
    // reservation does not.
    const x86 = (kernel: string, cmdline: string, ramSize = '2G') => ({ id: 'q35', extends: 'qemu-q35-x86_64', ramSize, kernels: [kernel], cmdline })
    for (const board of [vm('6.12', 'crashkernel=256M,high crashkernel=64M,low'), vm('6.12', 'crashkernel=256M,high crashkernel=128M,low'), x86('6.12', 'crashkernel=256M,high crashkernel=128M,low'), x86('6.1', 'crashkernel=256M,high crashkernel=64M,low')]) {
      const f = of(run(board), 'CK004')
      expect(f.map((x) => [x.messageId, x.data.token, x.data.why]), board.cmdline + ' ' + board.extends + ' ' + board.kernels[0]).toEqual([
        ['tokenIgnored', board.cmdline.split(' ')[1], 'the main region landed below the low limit, so no low part is reserved'],
      ])
    }
    // With room above 4 GiB the low part is reserved, with the size given.
    expect(of(run(x86('6.12', 'crashkernel=256M,high crashkernel=128M,low', '8G')), 'CK004')).toEqual([])
  })

  it('a ,low of the default size next to a ,high reserved above the low limit is a note that says so, not "landed below the low limit"', () => {
    // x86 16 GiB: 512M,high lands above 4 GiB and the low part is reserved; without the ,low
    // the kernel reserves its default 256 MiB low part all the same.
    const q35 = { id: 'q35', extends: 'qemu-q35-x86_64', ramSize: '16G', kernels: ['6.1', '6.12'], cmdline: 'crashkernel=512M,high crashkernel=256M,low' }
    const f = of(run(q35), 'CK004')
    expect(f.map((x) => [x.kernel, x.severity, x.data.token, x.data.why])).toEqual(
      ['6.1.192', '6.12.117'].map((k) => [k, 'note', 'crashkernel=256M,low', 'it asks for the 256 MiB low part this kernel reserves by default next to crashkernel=…,high']),
    )
    // A low size other than the default has an effect: nothing to report.
    expect(of(run({ ...q35, cmdline: 'crashkernel=512M,high crashkernel=128M,low' }), 'CK004')).toEqual([])
  })

  // Found by a review: x86 ≤6.6 reserve_crashkernel_low() reads a ,low the parser rejects
  // ("64MB": parse_crashkernel_suffix() prints "unrecognized char: B" and returns -EINVAL) as
  // "use the default" (arch/x86/kernel/setup.c@v6.1.192), so the layout reserved the same
  // without the token and CK004 called it a harmless note that "asks for the 256 MiB low part
  // this kernel reserves by default", with removal as the fix: the 64 MiB the user meant was lost.
  it('a ,low the parser rejects is no spelt-out default: a warning with the kernel\'s message, and the fix respells it', () => {
    const q35 = { id: 'q35', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['5.10', '6.1'], cmdline: 'crashkernel=512M,high crashkernel=64MB,low' }
    const f = of(run(q35), 'CK004')
    expect(f.map((x) => [x.kernel, x.severity, x.messageId, x.message, x.suggestion?.replacement])).toEqual(
      ['5.10.223', '6.1.192'].map((k) => [k, 'warning', 'tokenRejected', 'this kernel rejects crashkernel=64MB,low: "crashkernel: unrecognized char: B"; it reserves its default 256 MiB low part instead', 'crashkernel=512M,high crashkernel=64M,low']),
    )
    // Spelt right, it is read: 64 MiB low, nothing to report.
    expect(of(run({ ...q35, cmdline: 'crashkernel=512M,high crashkernel=64M,low' }), 'CK004')).toEqual([])
  })

  it('a ,low of the default size next to a plain value that fell back above 4 GiB is a note on x86 up to 6.6, which reads it; 6.12 ignores it', () => {
    // arch/x86/kernel/setup.c (5.10, 6.1) reserve_crashkernel(): a main region above 4 GiB
    // gets reserve_crashkernel_low(), which parses crashkernel=…,low whatever the form; the
    // generic code (6.7+) reads ,low only with ,high. 128M,low is reserved on 6.1 (no finding).
    const q35 = { id: 'q35', extends: 'qemu-q35-x86_64', ramSize: '16G', kernels: ['5.10', '6.1', '6.12'], cmdline: 'crashkernel=3G crashkernel=256M,low' }
    expect(of(run(q35), 'CK004').map((x) => [x.kernel, x.severity, x.data.why]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['5.10.223', 'note', 'it asks for the 256 MiB low part this kernel reserves by default next to a plain crashkernel= that fell back above 4 GiB'],
      ['6.1.192', 'note', 'it asks for the 256 MiB low part this kernel reserves by default next to a plain crashkernel= that fell back above 4 GiB'],
      ['6.12.117', 'warning', expect.stringMatching(/^crashkernel=…,low only sizes the low part of a crashkernel=…,high reservation/)],
    ])
  })

  it('a ,low next to a ,high that was not reserved is not called ignored: CK001 reports the failure, and the ,low counts once it fits', () => {
    // RPi4 1 GB on 6.1: 1 GiB,high finds no room in 948 MiB of RAM. Without the ,low it fails
    // the same way, but "the main region landed below the low limit" would be false, and
    // removing the ,low would break the RAM variants where the main region does fit.
    const pi = { id: 'pi', extends: 'raspberrypi-4', kernels: ['6.1'], cmdline: 'crashkernel=1G,high crashkernel=128M,low', memory: [{ base: '0x0', size: '0x3b400000' }] }
    const report = run(pi)
    expect(of(report, 'CK001').map((f) => f.messageId)).toEqual(['noRoom'])
    expect(of(report, 'CK004')).toEqual([])
  })

  it('a zero size the parser complains about is rejected with its message; a size ≥ RAM names the value the kernel read', () => {
    expect(of(run(vm('6.12', 'crashkernel=0MB')), 'CK004')[0]).toMatchObject({ messageId: 'rejected', data: { kernelMessage: '"crashkernel: unrecognized char: B"' } })
    // The plain value wins over ,high (parse_crashkernel), so 4G is what is ≥ System RAM.
    expect(of(run(vm('6.12', 'crashkernel=4G crashkernel=1G,high')), 'CK004')[0]).toMatchObject({ messageId: 'sizeAtLeastRam', data: { size: '4 GiB' } })
  })

  it('bad: riscv64 before 5.13 has no crash kernel at all; a newer listed kernel is the fix', () => {
    // No Debian riscv64 5.10 build: the image size is the board's to give.
    const findings = run({ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: [{ release: '5.10', imageSize: '0x1800000' }, '6.12'], cmdline: 'crashkernel=256M' })
    const f = of(findings, 'CK004')
    expect(f.map((x) => [x.kernel, x.messageId])).toEqual([['5.10.223', 'noCrashKernel']])
    expect(f[0]).toMatchObject({ severity: 'error', evidence: [] })
    expect(f[0]?.message).toContain('5.10.223 has no crash kernel support on riscv64: crashkernel=256M reserves nothing; a newer kernel has it')
    expect(f[0]?.suggestion ?? f[0]?.alternatives?.[0]).toMatchObject({ replacement: '6.12' })
  })

  it('bad: riscv64 ≤6.6 booted as a capture kernel (elfcorehdr=) reserves nothing; 6.7+ reserve anyway', () => {
    const findings = run({ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: [{ release: '6.1', imageSize: '0x1800000' }, '6.12'], cmdline: 'elfcorehdr=0xbf000000 crashkernel=256M' })
    const f = of(findings, 'CK004')
    expect(f.map((x) => [x.kernel, x.messageId])).toEqual([['6.1.192', 'kdumpKernel']])
    expect(f[0]?.message).toContain('elfcorehdr= makes this a capture kernel: 6.1.192 on riscv64 then prints "crashkernel: ignoring reservation request" and crashkernel=256M reserves nothing')
  })

  it('bad: arm64 5.10 has no ,high', () => {
    const f = of(run({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_4G, kernels: ['5.10'], cmdline: 'crashkernel=256M,high' }), 'CK004')[0]
    expect(f).toMatchObject({ messageId: 'suffixUnsupported', suggestion: { replacement: 'crashkernel=256M' } })
    expect(f?.alternatives?.[0]).toMatchObject({ pointer: '/boards/0/kernels/0', replacement: '6.12' })
    // Of several ,high tokens a kernel with ,high reads the last (get_last_crashkernel): its plain form is the fix.
    const two = of(run({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_4G, kernels: ['5.10'], cmdline: 'crashkernel=128M,high crashkernel=256M,high' }), 'CK004')[0]
    expect(two?.suggestion?.replacement).toBe('crashkernel=256M')
  })

  it('bad: riscv64 before 6.6 has no ,high: the message says so and names 6.6, not a size of 0', () => {
    // riscv's own reserve_crashkernel() of 5.13 - 6.5 reads only a plain crashkernel= (arch/riscv/mm/init.c@v6.1.192:1192);
    // ,high and ,low came with 5882e5acf18d in 6.6. Before, the finding read "asks for 0 bytes".
    // No Debian riscv64 6.1 build: the image size is the board's to give.
    const findings = run({ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: [{ release: '6.1', imageSize: '0x1800000' }, '6.12'], cmdline: 'crashkernel=256M,high' })
    const f = of(findings, 'CK004')
    expect(f.map((x) => [x.kernel, x.messageId])).toEqual([['6.1.192', 'suffixUnsupported']])
    expect(f[0]?.message).toContain('this kernel has no crashkernel=…,high/,low (riscv64 has them from 6.6): crashkernel=256M,high reserves nothing')
    expect(f[0]?.suggestion).toMatchObject({ replacement: 'crashkernel=256M' })
  })

  it('bad: tokens with no effect next to the one that counts', () => {
    const shadowed = of(run(vm('6.12', 'crashkernel=256M crashkernel=512M,high')), 'CK004')
    expect(shadowed.map((f) => [f.messageId, f.data.token, f.severity])).toEqual([['tokenIgnored', 'crashkernel=512M,high', 'warning']])
    expect(shadowed[0]?.suggestion?.replacement).toBe('crashkernel=256M')
    expect(of(run(vm('6.12', 'crashkernel=128M crashkernel=256M')), 'CK004').map((f) => [f.data.token, f.severity])).toEqual([['crashkernel=128M', 'note']])
    expect(of(run(vm('7.2', 'crashkernel=256M crashkernel=64M,cma')), 'CK004')[0]?.data.why).toMatch(/does not reserve crashkernel CMA on arm64/)
  })

  it('of identical plain tokens only the earlier ones are ignored: the last one counts', () => {
    // get_last_crashkernel() takes the last plain token; an identical earlier one changes nothing.
    for (const cmdline of ['crashkernel=256M crashkernel=256M', 'crashkernel=256M quiet crashkernel=256M']) {
      const fs = of(run(vm('6.12', cmdline)), 'CK004')
      expect(fs.map((f) => [f.messageId, f.data.token, f.severity]), cmdline).toEqual([['tokenIgnored', 'crashkernel=256M', 'note']])
    }
    // Repeated ,high tokens next to a plain one are all ignored: still reported (once).
    const high = of(run(vm('6.12', 'crashkernel=512M,high crashkernel=256M crashkernel=512M,high')), 'CK004')
    expect(high.map((f) => [f.data.token, f.severity])).toEqual([['crashkernel=512M,high', 'warning']])
  })

  it('an earlier ,high or ,low followed by a later one of the same suffix is overridden, whatever its size', () => {
    // kernel/crash_reserve.c (6.12) get_last_crashkernel(): the last token ending in ",high"
    // (",low") is the one parsed. The 64M,low is not the 128 MiB default: it is replaced.
    const why = (cmdline: string) => of(run(vm('6.12', cmdline, '8G')), 'CK004').map((f) => [f.data.token, f.severity, f.data.why])
    expect(why('crashkernel=1G,high crashkernel=64M,low crashkernel=128M,low')).toEqual([['crashkernel=64M,low', 'note', 'only the last crashkernel=…,low counts, and a later one follows']])
    expect(why('crashkernel=512M,high crashkernel=1G,high crashkernel=64M,low')).toEqual([['crashkernel=512M,high', 'note', 'only the last crashkernel=…,high counts, and a later one follows']])
    // A plain value still comes first: it is why a ,high is not read at all.
    expect(why('crashkernel=512M,high crashkernel=256M crashkernel=1G,high')).toEqual([
      ['crashkernel=1G,high', 'warning', expect.stringMatching(/^a plain crashkernel= on the same command line takes precedence/)],
      ['crashkernel=512M,high', 'warning', expect.stringMatching(/^a plain crashkernel= on the same command line takes precedence/)],
    ])
  })

  it('bad: a ,cma token on a kernel without ,cma is read as the plain value and loses the reservation', () => {
    const f = of(run(vm('6.12', 'crashkernel=256M crashkernel=64M,cma')), 'CK004')[0]
    expect(f).toMatchObject({ messageId: 'rejected', suggestion: { replacement: 'crashkernel=256M' } })
    expect(f?.data.hint).toMatch(/no ,cma suffix/)
  })

  it('x86: the fix moves the ,cma token before the plain one, which keeps the CMA part for the kernels that read ,cma', () => {
    // get_last_crashkernel() (kernel/crash_reserve.c v6.12.117) reads the last token without a
    // suffix it knows: with the ,cma token first, 6.12 reads crashkernel=256M, and 7.2
    // (reserve_crashkernel_cma(), x86 only) still reserves the 64 MiB of CMA. Removing it, the
    // fix on arm64 (above), would drop that for 7.2.
    const x86 = (cmdline: string) => ({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['6.12', '7.2'], cmdline })
    const f = of(run(x86('crashkernel=256M crashkernel=64M,cma')), 'CK004')
    expect(f.map((x) => [x.kernel, x.messageId, x.suggestion?.replacement])).toEqual([['6.12.117', 'rejected', 'crashkernel=64M,cma crashkernel=256M']])
    const after = run(x86('crashkernel=64M,cma crashkernel=256M'))
    expect(after.findings).toEqual([])
    expect(after.layouts.find((l) => l.kernel === '7.2.13')!.result.trace.map((t) => t.text)).toContain('crashkernel CMA reserved: 64 MB in 1 ranges')
  })

  it('never suggests removing the only crashkernel= (check would pass because nothing is asked for)', () => {
    const f = of(run(vm('6.12', 'console=ttyAMA0 crashkernel=256M,cma')), 'CK004')[0]
    expect(f).toMatchObject({ messageId: 'rejected', severity: 'error' })
    expect(f?.suggestion?.replacement).not.toBe('console=ttyAMA0')
    expect(f?.suggestion?.description ?? '').not.toMatch(/^Remove/)
  })

  it('x86 ≤6.6 falls back to ,high after a rejected plain value; 7.2 x86 wires ,cma', () => {
    const x86 = (kernel: string, cmdline: string) => ({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: [kernel], cmdline })
    const f = of(run(x86('6.1', 'crashkernel=abc crashkernel=512M,high')), 'CK004')
    expect(f.map((x) => [x.severity, x.messageId, x.message])).toEqual([['warning', 'tokenRejected', 'this kernel rejects crashkernel=abc: "crashkernel: memory value expected"; it uses the crashkernel=…,high value instead (x86 before 6.7)']])
    expect(of(run(x86('7.2', 'crashkernel=256M crashkernel=256M,cma')), 'CK004')).toEqual([])
    // The removal says the kernel rejects the token, as the same edit's text on 6.12 does:
    // one fix for the board, not "it has no effect" beside "this kernel rejects it".
    const all = of(run({ ...x86('6.1', 'crashkernel=512M,high crashkernel=12B'), kernels: ['5.10', '6.1', '6.12'] }), 'CK004')
    expect(new Set(all.map((x) => x.suggestion?.description.split(' — ')[0]))).toEqual(new Set(['Remove "crashkernel=12B": this kernel rejects it, and reads the other crashkernel= without it']))
  })

  // kernel/crash_reserve.c@v6.17.8:515-521 (and @v7.3.4): without CONFIG_CMA
  // reserve_crashkernel_cma() is the stub that prints "crashkernel CMA reservation not
  // supported" and reserves nothing, so the ,cma token has no effect. Debian's amd64 6.16 – 6.18
  // builds have no CONFIG_CMA (test/boots/releases/README.md), and x86 reads ,cma from 6.17.
  it('x86 6.17 without CONFIG_CMA: the ,cma token has no effect, as the kernel says', () => {
    const pc = (CMA: boolean) => ({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: [{ release: '6.17.8', imageSize: '0x2f00000' }], config: { CMA }, cmdline: 'crashkernel=256M crashkernel=64M,cma' })
    const f = of(run(pc(false)), 'CK004')
    expect(f.map((x) => [x.messageId, x.data.token, x.severity])).toEqual([['tokenIgnored', 'crashkernel=64M,cma', 'warning']])
    expect(f[0]?.data.why).toMatch(/built without CONFIG_CMA/)
    expect(f[0]?.evidence.map((e) => e.text)).toContain('crashkernel CMA reservation not supported')
    expect(of(run(pc(true)), 'CK004')).toEqual([])
  })

  it('names the releases that reserve ,cma: arm64 7.3 among them (arch/arm64/mm/init.c@v7.3.4:99-117)', () => {
    const why = of(run(vm('7.2', 'crashkernel=256M crashkernel=64M,cma')), 'CK004')[0]?.data.why ?? ''
    expect(why).not.toMatch(/arm64 not at all/)
    expect(why).toMatch(/arm64 .*from 7\.3/)
    const arm73 = { id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: [{ release: '7.3.4', imageSize: '0x2f00000' }], config: { CMA: true }, cmdline: 'crashkernel=256M crashkernel=64M,cma' }
    expect(of(run(arm73), 'CK004')).toEqual([])
  })

  it('names the token the kernel read when that one token is what it rejects, not every token', () => {
    // kernel/crash_reserve.c (6.12) get_last_crashkernel(): the plain parse reads the last
    // token without a known suffix (",hihg" and ",lo" are none), so the ,high token before it
    // is never read and the earlier plain token is overridden.
    const token = (cmdline: string) => of(run(vm('6.12', cmdline, '8G')), 'CK004').map((f) => [f.messageId, f.data.token])
    expect(token('crashkernel=512M,high crashkernel=64M,lo')).toEqual([['rejected', 'crashkernel=64M,lo']])
    expect(token('crashkernel=auto console=ttyAMA0 crashkernel=512M,hihg')).toEqual([['rejected', 'crashkernel=512M,hihg']])
    expect(token('crashkernel=256M crashkernel=0')).toEqual([['zero', 'crashkernel=0']])
    // Identical rejected tokens: the last is the one read.
    expect(token('crashkernel=1GB crashkernel=1GB')).toEqual([['rejected', 'crashkernel=1GB']])
    // arch/arm64/mm/init.c (6.1) reserve_crashkernel(): the ,low is parsed only after a ,high,
    // so no token alone is rejected the same way: every token is named.
    const both = of(run(vm('6.1', 'crashkernel=512M,high crashkernel=abc,low', '8G')), 'CK004')
    expect(both.map((f) => [f.messageId, f.data.token])).toEqual([['rejected', 'crashkernel=512M,high crashkernel=abc,low']])
  })

  it('quotes at most five tokens of at most 80 characters each (docs/hardening.md)', () => {
    const six = Array.from({ length: 6 }, (_, i) => `crashkernel=${i + 1}M,low`)
    expect(of(run(vm('6.12', six.join(' '))), 'CK004')[0]?.data.token).toBe(`${six.slice(0, 5).join(' ')} … and 1 more`)
    const token80 = `crashkernel=256M${'B'.repeat(64)}`
    expect(token80).toHaveLength(80)
    expect(of(run(vm('6.12', token80)), 'CK004')[0]?.data.token).toBe(token80)
    const quoted = of(run(vm('6.12', `${token80}B`)), 'CK004')[0]?.data.token
    expect(quoted).toHaveLength(80)
    expect(quoted).toBe(`${token80.slice(0, 79)}…`)
  })

  it('a token another layout reading the same command line needs is not called ignored: removing it would change that layout', () => {
    // arch/arm64/mm/init.c (6.1) reserve_crashkernel(): crash_low_size starts at 0 and only a
    // ,low sets it, so 6.1 reserves no low part without one; kernel/crash_reserve.c (6.12)
    // parse_crashkernel() falls back to DEFAULT_CRASH_KERNEL_LOW_SIZE (128 MiB). On an 8 GiB
    // RPi4 listing both, crashkernel=128M,low spells out 6.12's default and is 6.1's whole low
    // part, the one the SD card (30-bit DMA) can reach: no note, no fix that drops it.
    const pi = { id: 'pi', extends: 'raspberrypi-4', memory: RPI4_8G, kernels: ['6.1', '6.12'], cmdline: 'console=ttyS0,115200 crashkernel=1G,high crashkernel=128M,low' }
    const both = run(pi)
    expect(both.findings).toEqual([])
    expect(both.layouts.map((l) => [l.kernel, l.result.crashkernel.kind === 'reserved' && l.result.crashkernel.low?.size])).toEqual([
      ['6.1.192', 128n << 20n],
      ['6.12.117', 128n << 20n],
    ])
    // 6.12 alone: the ,low is the default, a note that it can go.
    expect(of(run({ ...pi, kernels: ['6.12'] }), 'CK004').map((f) => [f.kernel, f.severity, f.data.token])).toEqual([['6.12.117', 'note', 'crashkernel=128M,low']])
    // 6.1 with a command line of its own: the board's is 6.12's alone, and the note is back,
    // with a fix that edits only that value.
    // The same under a kernel override, where every kernel has the board's `kernels` pointer.
    expect(check(matrix({ ...pi, kernels: ['7.2'] }), 'm.json', { kernels: ['6.1', '6.12'] }).findings).toEqual([])
    const own = of(run({ ...pi, kernels: [{ release: '6.1', cmdline: pi.cmdline }, '6.12'] }), 'CK004')
    expect(own.map((f) => [f.kernel, f.severity, f.suggestion?.pointer, f.suggestion?.replacement])).toEqual([['6.12.117', 'note', '/boards/0/cmdline', 'console=ttyS0,115200 crashkernel=1G,high']])
  })

  it('a ,cma that 7.2 does not reserve is still said where 7.3 needs the token, without a fix that drops it', () => {
    // arm64 7.2 parses ,cma but its reserve_crashkernel() passes no cma_size
    // (arch/arm64/mm/init.c@v7.2.13:107-109): the crash kernel goes without the 512 MiB it was
    // sized for, whatever 7.3 does with the same command line.
    const pi = { id: 'pi', extends: 'raspberrypi-4', memory: RPI4_8G, kernels: ['7.2', '7.3'], cmdline: 'console=ttyS0,115200 crashkernel=256M crashkernel=512M,cma' }
    const f = of(run(pi), 'CK004')
    expect(f.map((x) => [x.kernel, x.severity, x.messageId, x.data.token])).toEqual([['7.2.13', 'note', 'tokenIgnored', 'crashkernel=512M,cma']])
    expect(f[0]!.suggestion).toBeUndefined()
    // 7.2 alone: the same warning, and the token can go.
    expect(of(run({ ...pi, kernels: ['7.2'] }), 'CK004').map((x) => [x.severity, x.suggestion?.replacement])).toEqual([['warning', 'console=ttyS0,115200 crashkernel=256M']])
  })

  it('a ,low that a small RAM variant does not use is not called ignored when a larger variant of the board needs it', () => {
    // RPi4: on 1 GB the 512M,high region lands below the 1 GiB low limit, so no low part is
    // reserved; on 8 GB it lands above 4 GiB and the ,low is 6.1's only low part (6.12's
    // default). Removing it would leave the 6.1 8 GB layout without memory the SD card reaches.
    const report = run({ id: 'pi', extends: 'raspberrypi-4', kernels: ['6.1', '6.12'], cmdline: 'crashkernel=512M,high crashkernel=128M,low' })
    expect(report.layouts).toHaveLength(8)
    expect(of(report, 'CK004')).toEqual([])
  })

  it('x86: a ,low that 6.1 reads next to a plain value that falls back above 4 GiB is not called ignored on 6.12, which does not read it', () => {
    // arch/x86/kernel/setup.c (6.1) reserve_crashkernel_low() parses crashkernel=…,low for a
    // plain request above 4 GiB; kernel/crash_reserve.c (6.12) reserve_crashkernel_generic()
    // takes DEFAULT_CRASH_KERNEL_LOW_SIZE on that fallback. Dropping the 128M,low would turn
    // 6.1's 128 MiB low part into its 256 MiB default.
    const q35 = { id: 'q35', extends: 'qemu-q35-x86_64', ramSize: '16G', kernels: ['6.1', '6.12'], cmdline: 'crashkernel=3G crashkernel=128M,low' }
    const report = run(q35)
    expect(report.layouts.map((l) => [l.kernel, l.result.crashkernel.kind === 'reserved' && l.result.crashkernel.low?.size])).toEqual([
      ['6.1.192', 128n << 20n],
      ['6.12.117', 256n << 20n],
    ])
    expect(of(report, 'CK004')).toEqual([])
    // 6.12 alone: nothing reads it.
    expect(of(run({ ...q35, kernels: ['6.12'] }), 'CK004').map((f) => [f.severity, f.data.token])).toEqual([['warning', 'crashkernel=128M,low']])
  })

  it('good: one plain token, and ,high with ,low on 6.12', () => {
    expect(run(vm('6.12', 'crashkernel=256M')).findings).toEqual([])
    expect(of(run(vm('6.12', 'crashkernel=256M,high crashkernel=64M,low', '8G')), 'CK004')).toEqual([])
  })
})
