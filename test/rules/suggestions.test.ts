// SPDX-License-Identifier: GPL-2.0-only
/**
 * Every suggestion, applied to the matrix text as a replacement of the value at its pointer,
 * makes its finding go away and brings no new error — checked by running check() again on the
 * changed file (issue 4: "every suggested fix, applied to the board, makes its finding go away").
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applySuggestion, check, type Report, type Suggestion } from '../../src/index.js'
import { RPI4_4G, RPI4_8G, layoutAfter, matrix, of, run, subject } from './helpers.js'

/** x86_64 with 1.75 GiB below 4 GiB, four kernels and crashkernel=512M@16M, which overlaps the kernel on each. */
const X5 = {
  id: 'x5',
  arch: 'x86_64',
  kernels: ['5.10', '6.1', '6.12', '7.2'],
  memory: [
    { base: '0x0', size: '0x9c000' },
    { base: '0x100000', size: '0x6ff00000' },
    { base: '0x100000000', size: '0xf90000000' },
  ],
  image: { base: '0x1000000' },
  // nokaslr: with physical KASLR no fixed base is offered (CK011; the test below).
  cmdline: 'nokaslr crashkernel=512M@16M',
}

const FILES = ['examples/boards.json', 'test/rules/fixtures/bad-boards.json', 'test/rules/fixtures/shared-values.json']

const errorKeys = (r: Report, boardId: string, layout?: (name: string) => string): Set<string> =>
  new Set(r.findings.filter((f) => f.boardId === boardId && f.severity === 'error' && !f.suppressed).map((f) => `${f.ruleId}|${f.messageId}|${layout ? layout(f.layoutName ?? '') : f.layoutName}|${subject(f)}`))

describe.each(FILES)('suggestions in %s', (path) => {
  const text = readFileSync(path, 'utf8')
  const report = check(text, path)
  const cases = report.findings.flatMap((f) => [f.suggestion, ...(f.alternatives ?? [])].filter((s): s is Suggestion => s !== undefined).map((s) => ({ f, s })))

  it('has suggestions to check', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  it.each(cases.map((c) => [`${c.f.boardId} ${c.f.layoutName} ${c.f.ruleId}/${c.f.messageId} → ${c.s.pointer} = "${c.s.replacement}"`, c] as const))('%s', (_name, { f, s }) => {
    const changed = applySuggestion(text, s)
    expect(changed).not.toBe(text)
    const after = check(changed, path, { suggest: false })
    const name = layoutAfter(f, s)
    expect(after.layouts.some((l) => l.boardId === f.boardId && l.layoutName === name), `layout ${name} still simulated`).toBe(true)
    const still = after.findings.filter((g) => g.ruleId === f.ruleId && g.boardId === f.boardId && g.layoutName === name && subject(g) === subject(f))
    expect(still.map((g) => g.message)).toEqual([])
    // No new error on any layout of the board (a kernel change renames its layout).
    const rename = (n: string) => (n === name ? (f.layoutName ?? '') : n)
    const before = errorKeys(report, f.boardId!)
    for (const k of errorKeys(after, f.boardId!, rename)) expect(before, `new error ${k}`).toContain(k)
    // Removing a token that "has no effect on this kernel" changes no reservation of the board: another
    // kernel or RAM variant that reads the same value may need it (arm64 6.1 has no default ,low).
    if (/^Remove ".*": it has no effect on this kernel/.test(s.description)) {
      const outcomes = (r: Report) => r.layouts.filter((l) => l.boardId === f.boardId && l.result.crashkernel.kind === 'reserved').map((l) => [l.layoutName, JSON.stringify(l.result.crashkernel, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString(16) : v))] as const)
      const now = new Map(outcomes(after))
      for (const [layout, outcome] of outcomes(report)) expect(now.get(layout), `${layout} reserves otherwise`).toBe(outcome)
    }
  })
})

describe('suggestions and a board\'s suppressions', () => {
  // RPi4 6.1, crashkernel=1G: CK001 (no fallback before 6.2). The ,high + ,low fix puts the
  // 128 MiB low part below 1 GiB, out of reach of a dump target limited to 256 MiB: a new
  // CK002 error, so no fix verifies — unless the board suppresses CK002 (by id or by name):
  // suppressed findings are not counted (README), so they cannot block a fix.
  const board = (suppress: ReadonlyArray<{ rule: string; reason: string }>) => ({
    id: 'pi',
    extends: 'raspberrypi-4',
    memory: RPI4_4G,
    kernels: ['6.1'],
    cmdline: 'crashkernel=1G',
    devices: [{ name: 'usb', dmaLimit: '0xfffffff', dumpTarget: true }],
    suppress,
  })

  it('a new error of a suppressed rule does not reject a fix', () => {
    // Without the suppression the finding stays, with no fix (not no finding at all).
    const unsuppressed = of(run(board([])), 'CK001')
    expect(unsuppressed.map((f) => [f.messageId, f.suggestion])).toEqual([['noRoom', undefined]])
    for (const rule of ['CK002', 'low-above-dma-reach']) {
      const f = of(run(board([{ rule, reason: 'the dump goes over the network' }])), 'CK001')[0]
      expect(f?.suggestion?.replacement, rule).toBe('crashkernel=1G,high crashkernel=128M,low')
      // …nor is it one the suggestion "leaves" behind.
      expect(f?.suggestion?.description, rule).not.toMatch(/leaves/)
    }
  })
})

describe('where a suggestion goes', () => {
  it('under a kernel override every kernel is verified, whatever the order: the kernels share one pointer', () => {
    // RPi4 8 GB, crashkernel=1G: 5.10 and 6.1 find no room below 1 GiB (CK001), 6.12 falls
    // back above it (CK003). The ,high + ,low pair fixes 6.1 but 5.10 has no ,high (arm64 from
    // 5.19): a new error there. The override's layouts all point at the board's `kernels`, and
    // the suggester took them for one layout: with 5.10 in the middle, it was never verified
    // (and 5.10's own finding got 6.1's pre-check result).
    const text = matrix({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_8G, kernels: ['6.12'], cmdline: 'crashkernel=1G' })
    const fixes = (kernels: string[]) =>
      check(text, 'm.json', { kernels })
        .findings.map((f) => [f.kernel, f.ruleId, [f.suggestion, ...(f.alternatives ?? [])].map((x) => x?.replacement)] as const)
        .sort((a, b) => a[0]!.localeCompare(b[0]!))
    const found = fixes(['6.1', '5.10', '6.12'])
    expect(fixes(['5.10', '6.1', '6.12'])).toEqual(found)
    expect(found.map(([kernel, rule]) => [kernel, rule])).toEqual([['5.10.223', 'CK001'], ['6.1.192', 'CK001'], ['6.12.117', 'CK003']])
    // Plain sizes only (no ,high pair, which 5.10 rejects), each leaving no error on any of
    // the three kernels (a fix is verified not to add errors elsewhere).
    for (const value of new Set(found.flatMap(([, , r]) => r))) {
      expect(value).toMatch(/^crashkernel=\d+M$/)
      const after = check(matrix({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_8G, kernels: ['6.12'], cmdline: value! }), 'm.json', { kernels: ['5.10', '6.1', '6.12'] })
      expect(after.findings.filter((f) => f.severity === 'error'), value).toEqual([])
    }
  })

  it('a fix for one kernel leaves no finding on another kernel that reads the same command line', () => {
    // RPi4 8 GB, 6.1 and 6.12, crashkernel=1G,high: 6.1 reserves no low part (arch/arm64/mm/
    // init.c reserve_crashkernel: crash_low_size 0 without a ,low), and the SD card reaches
    // nothing (CK002). Adding crashkernel=128M,low fixes 6.1; on 6.12 it is the default size,
    // which 6.1 needs: no CK004 note is left behind on 6.12.
    const pi = { id: 'pi', extends: 'raspberrypi-4', memory: RPI4_8G, kernels: ['6.1', '6.12'], cmdline: 'console=ttyS0,115200 crashkernel=1G,high' }
    const f = of(run(pi), 'CK002')
    expect(f.map((x) => [x.kernel, x.messageId, x.suggestion?.replacement])).toEqual([['6.1.192', 'lowMissing', 'console=ttyS0,115200 crashkernel=1G,high crashkernel=128M,low']])
    expect(f[0]?.suggestion?.description).not.toMatch(/leaves/)
    expect(run({ ...pi, cmdline: f[0]!.suggestion!.replacement! }).findings).toEqual([])
  })

  it('a command-line fix for one kernel leaves its finding as an error on no other kernel that reads the line', () => {
    // x86_64 with crashkernel=512M@16M: the region overlaps the kernel on 5.10, 6.1, 6.12 and
    // 7.2 (CK001 fixedInUse on each). Each kernel's @offset was one free on that kernel only:
    // 5.10's @0x4100000 lies in 6.1's and 7.2's image and is not 16 MiB-aligned for 6.12
    // (x86 6.7+ places a fixed base with CRASH_ALIGN); 6.12's @0x4000000 lies in the older
    // kernels' images. What it left was CK001 fixedInUse again, a key that was there before,
    // so "no new error" let it through, and the file still failed.
    const text = matrix(X5)
    const found = of(check(text, 'm.json'), 'CK001')
    expect(found.map((f) => [f.layoutName, f.messageId])).toEqual(['5.10', '6.1', '6.12', '7.2'].map((k) => [k, 'fixedInUse']))
    expect(found.every((f) => f.suggestion !== undefined)).toBe(true)
    const fixes = new Map(found.flatMap((f) => [f.suggestion, ...(f.alternatives ?? [])]).filter((s): s is Suggestion => s !== undefined).map((s) => [s.replacement, s]))
    for (const s of fixes.values()) {
      const left = check(applySuggestion(text, s), 'm.json', { suggest: false }).findings.filter((f) => f.severity === 'error')
      expect(left.map((f) => `${f.layoutName}: ${f.message}`), s.replacement).toEqual([])
    }
  })

  it('an @offset for one kernel is one free and aligned on every kernel that reads the line, nearest the one asked for', () => {
    // Each kernel's own free bases were the only ones tried first (5.10's 1 MiB-aligned
    // @0x4100000 right above its image), and the board's other kernels reject them: 5.10, 6.1
    // and 6.12 got @0x10000000, 240 MiB further from the 16M asked for than need be.
    // @0x5000000 is above every kernel's image and 16 MiB-aligned, as 6.7+ wants it.
    const found = of(run(X5), 'CK001')
    expect(found.map((f) => [f.layoutName, f.suggestion?.replacement, f.suggestion?.description])).toEqual(
      ['5.10', '6.1', '6.12', '7.2'].map((k) => [k, 'nokaslr crashkernel=512M@0x5000000', 'Place the region at a free, 16 MiB-aligned address: "crashkernel=512M@0x5000000" — verified by simulation']),
    )
    // Without nokaslr the kernel places itself at random, on any fixed base some boots (CK011):
    // the fix lets the kernel place the region.
    const kaslr = of(run({ ...X5, cmdline: 'crashkernel=512M@16M' }), 'CK001')
    expect(kaslr.map((f) => f.suggestion?.replacement)).toEqual(['crashkernel=512M', 'crashkernel=512M', 'crashkernel=512M', 'crashkernel=512M'])
  })

  it('an @offset that takes the place of a ,high and ,low pair or a range list says which tokens it replaces', () => {
    // The annotation shows the description alone: "Place the region at …: crashkernel=192M@…"
    // next to a line with crashkernel=192M,high crashkernel=0,low read as adding an @offset to
    // the ,high token (which takes none), and next to a range list as keeping the list.
    const pair = of(run({ id: 'pi', extends: 'raspberrypi-4', kernels: ['6.1'], cmdline: 'crashkernel=192M,high crashkernel=0,low', ram: [{ name: '2G', memory: RPI4_4G.slice(0, 1).concat([{ base: '0x40000000', size: '0x40000000' }]) }] }), 'CK002')
    const placed = pair.flatMap((f) => [f.suggestion, ...(f.alternatives ?? [])]).filter((s) => s?.description.startsWith('Place the region'))
    expect(placed.length).toBeGreaterThan(0)
    for (const s of placed) expect(s?.description).toMatch(/: "crashkernel=192M@0x[0-9a-f]+" instead of "crashkernel=192M,high crashkernel=0,low" — verified by simulation$/)
    const range = of(run({ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=0-2G:256M,2G-:1G@0x40000000' }), 'CK001')
    const fixed = range.flatMap((f) => [f.suggestion, ...(f.alternatives ?? [])]).filter((s) => s?.description.startsWith('Place the region'))
    expect(fixed.length).toBeGreaterThan(0)
    for (const s of fixed) expect(s?.description).toContain(' instead of "crashkernel=0-2G:256M,2G-:1G@0x40000000"')
    // One plain size moved elsewhere needs no such note.
    const plain = of(run({ id: 'pi', extends: 'raspberrypi-4', kernels: ['6.1'], cmdline: 'crashkernel=256M@0x60000000' }), 'CK002')
    const moved = plain.flatMap((f) => [f.suggestion, ...(f.alternatives ?? [])]).filter((s) => s?.description.startsWith('Place the region'))
    expect(moved.length).toBeGreaterThan(0)
    for (const s of moved) expect(s?.description).not.toContain('instead of')
  })

  it('"the largest size … at most half of System RAM" says so when the low part is what reaches the half', () => {
    // q35 with 6 GiB (6290939 KiB, 6143.49 MiB of System RAM, half 3071.7 MiB): 4G does not fit; 2816M
    // would be under the half alone, but falls back above 4 GiB with a 256 MiB low part, 3072
    // MiB in all. 2800M is the largest, and the description said only "at most half of the
    // 6143.49 MiB", which 2816M is too.
    const [f] = of(run({ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '6G', kernels: ['6.12'], cmdline: 'nokaslr crashkernel=4G' }), 'CK001')
    expect(f?.suggestion?.replacement).toBe('nokaslr crashkernel=2800M')
    expect(f?.suggestion?.description).toContain('Ask for 2800 MiB, the largest size (in 16 MiB steps, at most half of the 6143.49 MiB of System RAM together with its low part) that avoids this finding')
    // Where the size alone meets the half, nothing more is said.
    const [g] = of(run({ id: 'v', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=1G' }), 'CK004')
    expect(g?.suggestion?.description).toMatch(/^Ask for 512 MiB, the largest size \(in 16 MiB steps, at most half of the 1024 MiB of System RAM\) that avoids/)
  })

  it('"the largest size" says what it is the largest for when the next size only leaves another report of the rule', () => {
    // VisionFive 2 (8 GB, riscv64 6.12) with mem=6G: 2944M,high no longer fits above 4 GiB and
    // falls back below it, where CK004 warns that the ,low has no effect. 2944M does end the
    // sizeAtLeastRam error, so "the largest that avoids this finding" alone was untrue of 2928M.
    const vf = {
      id: 'vf', arch: 'riscv64', vaBits: 39, kernels: ['6.12'],
      memory: [{ base: '0x40000000', size: '8G' }],
      reservations: [{ kind: 'fixed', name: 'mmode_resv0@40000000', base: '0x40000000', size: '0x80000', nomap: true }],
      image: { base: '0x40200000' }, initrd: { base: '0x46100000', size: '16M' }, dtb: { base: '0x46000000', size: '0x10000' },
      cmdline: 'crashkernel=6G,high crashkernel=32M,low mem=6G',
    }
    const [f] = of(run(vf), 'CK004')
    expect(f?.messageId).toBe('sizeAtLeastRam')
    expect(f?.suggestion?.replacement).toBe('crashkernel=2928M,high crashkernel=32M,low mem=6G')
    expect(f?.suggestion?.description).toContain('Ask for 2928 MiB, the largest size (in 16 MiB steps, at most half of the 6144 MiB of System RAM) that avoids this finding with no other CK004 report (2944 MiB avoids it too, but leaves a CK004 warning)')
    const [next] = of(run({ ...vf, cmdline: 'crashkernel=2944M,high crashkernel=32M,low mem=6G' }), 'CK004')
    expect([next?.severity, next?.messageId]).toEqual(['warning', 'tokenIgnored'])
  })

  it('a finding and its fix quote the System RAM in the same words', () => {
    // q35 with 1 GiB: 1048059 KiB of System RAM. CK004 said "1023 MiB" and the fix beside it
    // "the 1048059 KiB"; both now say 1023.49 MiB (MiB, rounded down: ramText()).
    const [f] = of(run({ id: 'x', extends: 'qemu-q35-x86_64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=1G' }), 'CK004')
    expect(f?.message).toContain('not less than the 1023.49 MiB of System RAM')
    expect(f?.suggestion?.description).toContain('at most half of the 1023.49 MiB of System RAM')
    // Whole MiB on both sides too: not "1024 MiB" in one and "1 GiB" in the other.
    const [g] = of(run({ id: 'v', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=1G' }), 'CK004')
    expect(g?.message).toContain('the 1024 MiB of System RAM')
    expect(g?.suggestion?.description).toContain('the 1024 MiB of System RAM')
  })

  it('a ,high in place of a lone ,low says the kernel adds its default low part only where it does', () => {
    // QEMU virt 1 GiB: the ,high region lands below 4 GiB on every kernel and takes no low
    // part, yet the description said "(the kernel adds its default low part)".
    const small = of(run({ id: 'v', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.1', '6.12'], cmdline: 'crashkernel=256M,low' }), 'CK004')
    const alone = small.flatMap((f) => [f.suggestion, ...(f.alternatives ?? [])]).filter((s) => s?.replacement === 'crashkernel=256M,high')
    expect(alone.map((s) => s?.description)).toEqual(['6.1', '6.12'].map(() => 'Ask for "crashkernel=256M,high" in place of "crashkernel=256M,low", which reserves nothing alone — verified by simulation'))
    const after = run({ id: 'v', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.1', '6.12'], cmdline: 'crashkernel=256M,high' })
    for (const l of after.layouts) expect(l.result.crashkernel).toMatchObject({ kind: 'reserved', low: undefined })
    // q35 with 6 GiB, 6.12: the region lands above 4 GiB and the kernel reserves its 256 MiB low part.
    const big = of(run({ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '6G', kernels: ['6.12'], cmdline: 'crashkernel=256M,low' }), 'CK004')
    const split = big.flatMap((f) => [f.suggestion, ...(f.alternatives ?? [])]).filter((s) => s?.replacement === 'crashkernel=256M,high')
    expect(split.map((s) => s?.description)).toEqual(['Ask for "crashkernel=256M,high" in place of "crashkernel=256M,low", which reserves nothing alone (this kernel adds its default low part) — verified by simulation'])
  })

  it('a fix leaves its layout reserving, even where the board suppresses the rule the failure moves to', () => {
    // RPi 4 1 GB (948 MiB), 5.10 and 7.2, crashkernel=3G, CK004 suppressed: CK001 on 5.10 was
    // "fixed" by crashkernel=3G,high crashkernel=128M,low, which 5.10 ignores (no ,high) and 7.2
    // ignores (3G ≥ RAM), and by kernel 6.12, which ignores 3G too: suppressed CK004s both.
    const pi = {
      id: 'pi', extends: 'raspberrypi-4', kernels: ['5.10', '7.2'], cmdline: 'crashkernel=3G', expect: { reservationRequired: true },
      ram: [{ name: '1G', memory: [{ base: '0x0', size: '0x3b400000' }] }], suppress: [{ rule: 'CK004', reason: 'known' }],
    }
    const [f] = of(run(pi), 'CK001')
    const fixes = [f?.suggestion, ...(f?.alternatives ?? [])].filter((s): s is Suggestion => s !== undefined)
    expect(fixes.map((s) => s.replacement)).toEqual(['crashkernel=464M'])
    for (const s of fixes) {
      const after = check(applySuggestion(matrix(pi), s), 'm.json', { suggest: false })
      expect(after.layouts.map((l) => l.result.crashkernel.kind)).toEqual(['reserved', 'reserved'])
    }
  })

  it('"dropping it does the same" only where the listed kernel is the release alone, not an entry with a command line of its own', () => {
    // RPi 4, 6.1 and 6.12 with a cmdline of its own: LM001 on 6.1 (rodata=on) is fixed by 6.12,
    // but the listed 6.12 reads crashkernel=3G, not the board's line: dropping 6.1 would leave
    // the board's line checked on no 6.12, which is not what was verified.
    const board = (k612: unknown) => ({ id: 'pi', extends: 'raspberrypi-4', kernels: ['6.1', k612], cmdline: 'crashkernel=256M rodata=on', ram: [{ name: '1G', memory: [{ base: '0x0', size: '0x3b400000' }] }] })
    const own = of(run(board({ release: '6.12', cmdline: 'crashkernel=3G' })), 'LM001').find((f) => f.kernel === '6.1.192')
    expect(own?.suggestion?.replacement).toBe('6.12')
    expect(own?.suggestion?.description).not.toContain('dropping')
    for (const plain of ['6.12', { release: '6.12' }, '6.12.117']) {
      const f = of(run(board(plain)), 'LM001').find((g) => g.kernel === '6.1.192')
      expect(f?.suggestion?.description).toContain('6.12 is already in this board\'s kernels, so dropping 6.1 does the same')
      // Applied, the edited matrix lists the release once, and checks what was verified.
      const after = applySuggestion(matrix(board(plain)), f!.suggestion!)
      expect(JSON.parse(after).boards[0].kernels).toEqual([plain])
      expect(check(after, 'm.json', { suggest: false }).findings).toEqual([])
    }
  })

  // From a review: Debian's 6.12 builds KFENCE with no early pool (CONFIG_KFENCE_SAMPLE_INTERVAL=0),
  // so "use 6.12" drops crash_mem_map but every page of the linear map stays a base page, which
  // the fix did not say; with an early pool (kfence.sample_interval=100) 6.12 maps blocks.
  it('a newer kernel for LM001 says when the linear map stays at base pages there for another reason', () => {
    const vm = (cmdline: string) => ({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.1'], cmdline })
    const late = of(run(vm('crashkernel=256M rodata=on')), 'LM001')[0]
    expect(late?.suggestion?.replacement).toBe('6.12')
    expect(late?.suggestion?.description).toBe('Use kernel 6.12 instead of 6.1 (fixed upstream in 6.4 by 04a2a7af3d97) — verified by simulation; on 6.12 the linear map is still at base pages, forced by KFENCE without an early pool')
    const early = of(run(vm('crashkernel=256M rodata=on kfence.sample_interval=100')), 'LM001')[0]
    expect(early?.suggestion?.description).toBe('Use kernel 6.12 instead of 6.1 (fixed upstream in 6.4 by 04a2a7af3d97) — verified by simulation')
  })

  it('"dropping it does the same" not where the edited kernel entry has a command line of its own', () => {
    // The fix turns {release: 6.1, cmdline} into {release: 6.12, cmdline}: the listed plain 6.12
    // reads the board's line, so dropping the 6.1 entry loses the layout the fix verified.
    const board = { id: 'pi', extends: 'raspberrypi-4', kernels: [{ release: '6.1', cmdline: 'crashkernel=192M rodata=on' }, '6.12'], cmdline: 'crashkernel=256M rodata=on', ram: [{ name: '1G', memory: [{ base: '0x0', size: '0x3b400000' }] }] }
    const f = of(run(board), 'LM001').find((g) => g.kernel === '6.1.192')
    expect(f?.suggestion).toMatchObject({ pointer: '/boards/0/kernels/0/release', replacement: '6.12' })
    expect(f?.suggestion?.description).not.toContain('dropping')
    // A listed 6.12 with that same command line is the entry the fix makes: dropping it does the same.
    const same = { ...board, kernels: [board.kernels[0], { release: '6.12', cmdline: 'crashkernel=192M rodata=on' }] }
    const g = of(run(same), 'LM001').find((h) => h.kernel === '6.1.192')
    expect(g?.suggestion?.description).toContain('6.12 is already in this board\'s kernels, so dropping 6.1 does the same')
    expect(JSON.parse(applySuggestion(matrix(same), g!.suggestion!)).boards[0].kernels).toEqual([{ release: '6.12', cmdline: 'crashkernel=192M rodata=on' }])
  })

  it('"together with its low part" only where the half is what the next size fails on', () => {
    // RPi 4 1 GB, 7.2, crashkernel=2G@0x30000000 (≥ RAM: CK004): 128M@0x30000000 fails on the
    // CMA area (CK001), not on the half, and no low part is reserved at all.
    const pi = { id: 'pi', extends: 'raspberrypi-4', kernels: ['7.2'], cmdline: 'crashkernel=2G@0x30000000', ram: [{ name: '1G', memory: [{ base: '0x0', size: '0x3b400000' }] }] }
    const [f] = of(run(pi), 'CK004')
    expect(f?.suggestion?.replacement).toBe('crashkernel=112M@0x30000000')
    expect(f?.suggestion?.description).toBe('Ask for 112 MiB, the largest size (in 16 MiB steps, at most half of the 948 MiB of System RAM) that avoids this finding: "crashkernel=112M@0x30000000" — verified by simulation')
  })

  it('an @offset is not offered right above the initrd or the device tree, which grow with updates, where a base with room above them is free', () => {
    // A reviewer's ROCK 5B: crashkernel=256M@256M overlaps the DTB and the 32 MiB initrd the
    // boot loader put there; @0x14200000, the first 2 MiB boundary past the initrd, failed once
    // the initrd grew. The base offered leaves the initrd its own size of room.
    const rock = {
      id: 'rock', arch: 'arm64', kernels: ['6.12'], cmdline: 'crashkernel=256M@256M',
      memory: [{ base: '0x200000', size: '0xefe00000' }, { base: '0x100000000', size: '0x2fc000000' }],
      image: { base: '0x2000000' }, initrd: { base: '0x12180000', size: '32M' }, dtb: { base: '0x12000000', size: '0x40000' },
    }
    const [f] = of(run(rock), 'CK001')
    expect(f?.data.cause).toBe('it overlaps fdt, initrd')
    // 0x16200000: the initrd ends at 0x14180000, plus its 32 MiB, 2 MiB-aligned.
    expect(f?.suggestion?.replacement).toBe('crashkernel=256M@0x16200000')
    // Below an initrd a loader placed top-down (it grows downwards): @0x90000000 ended where
    // it starts; 0x8e000000 leaves it its 32 MiB.
    const mid = {
      id: 'mid', arch: 'arm64', kernels: ['6.12'], cmdline: 'crashkernel=256M@0x98000000',
      memory: [{ base: '0x40000000', size: '0x100000000' }], image: { base: '0x40200000' },
      initrd: { base: '0xa0000000', size: '32M' }, dtb: { base: '0x48000000', size: '0x10000' },
    }
    const [g] = of(run(mid), 'CK001')
    expect(g?.data.cause).toBe('it overlaps initrd')
    expect(g?.suggestion?.replacement).toBe('crashkernel=256M@0x8e000000')
  })

  it('a fix that gives the board a command line of its own says whose line it changes, as the description is all an annotation shows', () => {
    // q35 with no cmdline reads its preset's "console=ttyS0 nokaslr": CK010's fix adds a board
    // cmdline holding that line and crashkernel=; a reader told only "crashkernel=256M" writes
    // that alone and drops nokaslr, which is not the line that was verified.
    const [ck010] = of(run({ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '2G', kernels: ['6.12'] }), 'CK010')
    expect([ck010!.suggestion?.operation, ck010!.suggestion?.replacement]).toEqual(['add', 'console=ttyS0 nokaslr crashkernel=256M'])
    expect(ck010!.suggestion?.description).toContain('in a "cmdline" of the board\'s own: preset qemu-q35-x86_64\'s with this change — verified by simulation')
    // The same for a line from `defaults` cut by COMMAND_LINE_SIZE (CK004 truncated, tokensFirst).
    const long = `console=ttyAMA0 pad=${'x'.repeat(2100)} crashkernel=256M`
    const text = JSON.stringify({ version: 1, defaults: { cmdline: long }, boards: [{ id: 'v', arch: 'arm64', kernels: ['6.12'], memory: [{ base: '0x40000000', size: '2G' }], image: { base: '0x40200000' } }] }, null, 2)
    const [cut] = of(check(text, 'm.json'), 'CK004')
    expect([cut!.messageId, cut!.suggestion?.operation]).toEqual(['truncated', 'add'])
    expect(cut!.suggestion?.description).toContain('in a "cmdline" of the board\'s own: the defaults\' with this change')
    // A line of the board's own needs no such words, nor does a fix that already says it (restoreToken).
    const [own] = of(run({ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '2G', kernels: ['6.12'], cmdline: 'console=ttyS0' }), 'CK010')
    expect(own!.suggestion?.description).not.toContain('of the board\'s own')
    const replaced = check(JSON.stringify({ version: 1, defaults: { cmdline: 'crashkernel=256M' }, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'] }] }), 'm.json')
    expect(of(replaced, 'CK004')[0]!.suggestion?.description.match(/of its own|of the board's own/g)).toEqual(['of its own'])
  })

  it('a low part that replaces crashkernel=0,low says so, rather than "add" one beside it', () => {
    const pi = { id: 'pi', extends: 'raspberrypi-4', memory: RPI4_8G, kernels: ['6.1'], cmdline: 'crashkernel=1G,high crashkernel=0,low' }
    const [f] = of(run(pi), 'CK002')
    expect([f?.suggestion?.replacement, f?.suggestion?.description]).toEqual([
      'crashkernel=1G,high crashkernel=128M,low',
      'Replace "crashkernel=0,low" with a 128 MiB low part below the low limit 0x0000000040000000: "crashkernel=128M,low" — verified by simulation',
    ])
  })

  it('where the kernel has a default low part, the fix for crashkernel=0,low is to drop it (x86_64: 256 MiB or swiotlb + 8 MiB, not arm64\'s 128 MiB)', () => {
    // arch/x86/kernel/setup.c@v6.1.192:523 (crash_low_size_default()), arch/x86/include/asm/crash_reserve.h@v6.12.117:33-36.
    const pc = { id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['6.1', '6.12'], cmdline: 'crashkernel=1G,high crashkernel=0,low', devices: [{ name: 'hba', dmaLimit: '0xffffffff', dumpTarget: true }] }
    const fs = of(run(pc), 'CK002')
    expect(fs.length).toBeGreaterThan(0)
    for (const f of fs) {
      expect([f.suggestion?.replacement, f.suggestion?.description]).toEqual([
        'crashkernel=1G,high',
        // CRASH_ADDR_LOW_MAX on x86_64 is 4 GiB, not a DMA limit (arch/x86/include/asm/crash_reserve.h).
        'Remove "crashkernel=0,low": the kernel then reserves its default low part below the low limit 0x0000000100000000 — verified by simulation',
      ])
    }
  })

  it('a kernel change for one layout is verified on that layout; the same finding on another kernel does not block it', () => {
    // docs/rules/LM001.md: the verified suggestion is the nearest newer checked kernel (6.4+).
    const vm = { id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['5.10', '6.1'], cmdline: 'crashkernel=256M rodata=on' }
    const fs = of(run(vm), 'LM001')
    expect(fs.map((f) => [f.kernel, f.suggestion?.replacement])).toEqual([
      ['5.10.223', '6.12'],
      ['6.1.192', '6.12'],
    ])
  })
})
