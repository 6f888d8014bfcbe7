// SPDX-License-Identifier: GPL-2.0-only
/** `suggest`: values verified on every layout, ranked, with the failing layouts for the rest. */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLES, run, tempDir } from './io.js'

describe('suggest', () => {
  it('ranks rpi4 values that work on all 16 layouts, the board\'s own first', async () => {
    const r = await run(['suggest', 'rpi4'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('crashkernel= values for rpi4, each simulated on all 16 layout(s)')
    expect(r.out).toContain('kernels 5.10.223, 6.1.192, 6.12.117, 7.2.13; RAM 1G, 2G, 4G, 8G')
    expect(r.out).toMatch(/ {3}1\. crashkernel=256M {2}\(the board's own value\)/)
    // An @offset inside the SD card's 30-bit reach is verified too.
    expect(r.out).toMatch(/\d\. crashkernel=256M@0x[0-9a-f]+ {2}\(fixed base inside every dump target's reach\)/)
    expect(r.out).toContain('In the matrix: "cmdline": "console=ttyS0,115200 crashkernel=256M"')
    // Why the others fail: which layout, which outcome.
    expect(r.out).toMatch(/crashkernel=1G: fails on 12 of 16\n {6}1G\/5\.10 \(5\.10\.223\): FAILED to reserve 1 GiB: no room/)
    expect(r.out).toMatch(/crashkernel=512M,high crashkernel=128M,low: fails on 4 of 16\n {6}1G\/5\.10 \(5\.10\.223\): ignored by the kernel \(suffix unknown\)/)
    expect(r.out).not.toContain('verified only on')
  })

  // From a review: sweep and suggest called "010" a size that "does not fit in 64 bits" (the
  // decoder's words), where explain and check give the schema's; and an own value with @0 was
  // called a fixed base, which the kernel does not take it for.
  it('refuses --ram 010 in the schema\'s words, and calls @0 no fixed base', async () => {
    for (const command of ['sweep', 'suggest']) {
      const r = await run([command, 'qemu-virt-arm64', '--ram', '010'])
      expect(r.code).toBe(2)
      expect(r.err).toContain(`crashkernel-check ${command}: --ram 010: "010" is not a RAM size like QEMU's -m`)
      expect(r.err).toContain('no leading zeros: write "10"')
    }
    const dir = await tempDir()
    await writeFile(join(dir, 'm.json'), JSON.stringify({ version: 1, boards: [{ id: 'z', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=512M@0' }] }))
    const z = await run(['suggest', 'z', '--matrix', join(dir, 'm.json')])
    expect(z.out).toMatch(/1\. crashkernel=512M@0 {2}\(the board's own value; @0 is no fixed base: the kernel places it as without @\)/)
    expect(z.out).not.toMatch(/512M@0 .*fixed base below/)
    // The line to paste is JSON of the text as written: a tab, ESC, C1 or bidi control reads back as itself.
    const cmdline = 'crashkernel=4G quiet\tfoo=\u001bx\u202ey\u0085'
    await writeFile(join(dir, 't.json'), JSON.stringify({ version: 1, boards: [{ id: 't', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline }] }))
    const t = await run(['suggest', 't', '--matrix', join(dir, 't.json')])
    const pasted = /In the matrix: "cmdline": (.*)\n/.exec(t.out)?.[1] ?? ''
    expect(JSON.parse(pasted)).toMatch(/^crashkernel=\d+[MG] quiet\tfoo=\u001bx\u202ey\u0085$/)
    expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/.test(t.out)).toBe(false)
  })

  // The line is the board's: a value verified on 16 GiB alone failed its 1 GiB and 2 GiB variants
  // once written in, though the output offered it for the matrix as it stood.
  it('says a value verified on the layouts --ram or --kernel selects is not verified for the whole line', async () => {
    const r = await run(['suggest', 'qemu-virt-arm64', '--ram', '16G', '--sizes', '2G'])
    expect(r.out).toContain('In the matrix: "cmdline": "console=ttyAMA0 crashkernel=2G"\n  (verified only on the layouts --ram 16G selects; the other RAM variants (1G, 2G, 4G, 8G) read this line too: run check after writing it)\n')
    expect((await run(['suggest', 'rpi4', '--kernel', '6.12'])).out).toContain('(verified only on the layouts --kernel 6.12 selects;')
    // A size given twice (3G and 3072M are one size) is named once, as it was simulated.
    expect((await run(['suggest', 'qemu-virt-arm64', '--ram', '3G,3072M', '--sizes', '256M'])).out).toContain('(verified only on the layouts --ram 3G selects; the other RAM variants (1G, 2G, 4G, 8G, 16G) read this line too')
    // A size the board has a variant of is that variant (4096M is the preset's 4G), not another one.
    expect((await run(['suggest', 'qemu-virt-arm64', '--ram', '4096M', '--sizes', '256M'])).out).toContain('(verified only on the layouts --ram 4G selects; the other RAM variants (1G, 2G, 8G, 16G) read this line too')
    // Options that select every layout the board has verify the whole line.
    for (const args of [['--kernel', '5.10,6.1,6.12,7.2'], ['--ram', '1G,2G,4G,8G']]) expect((await run(['suggest', 'rpi4', ...args])).out, args.join(' ')).not.toContain('verified only')
  })

  // The note named "the board's other RAM variants and kernels" for a kernels entry's own line
  // (only that kernel reads it), and for a --kernel that selects every layout reading the line;
  // with two lines (--ram 2G) it was left out, though the other RAM variants read both.
  it('names the layouts outside the selection that read the lines, and only those', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'b', extends: 'raspberrypi-4', cmdline: 'console=ttyS0 crashkernel=256M', kernels: ['6.12', { release: '7.2', cmdline: 'console=ttyS0 crashkernel=900M' }] }] }))
    const note = async (...args: string[]) => /\n {2}\((verified only.*)\)\n/.exec((await run(['suggest', 'b', '--matrix', matrix, '--sizes', '256M', ...args])).out)?.[1]
    expect(await note('--kernel', '7.2', '--ram', '2G')).toBe('verified only on the layouts --ram 2G --kernel 7.2 selects; the other RAM variants (1G, 4G, 8G) read this line too: run check after writing it')
    expect(await note('--kernel', '7.2')).toBeUndefined()
    expect(await note('--kernel', '6.12')).toBeUndefined()
    expect(await note('--ram', '2G')).toBe('verified only on the layouts --ram 2G selects; the other RAM variants (1G, 4G, 8G) read these lines too: run check after writing it')
    expect(await note('--ram', '2G', '--kernel', '5.10')).toBe("verified only on the layouts --ram 2G --kernel 5.10 selects; the board's other RAM variants and kernels read this line too: run check after writing it")
  })

  // A what-if entry beside its release: the header said "kernels 6.1.192" for 2 layouts.
  it('tells a what-if layout apart from its release in the header', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'w', extends: 'raspberrypi-4', cmdline: 'crashkernel=256M', kernels: ['6.1', { release: '6.1', policy: 'whatif-bhe-4g-low-end' }] }] }))
    const r = await run(['suggest', 'w', '--matrix', matrix, '--ram', '4G', '--sizes', '256M'])
    expect(r.out).toContain('each simulated on all 2 layout(s)\n  kernels 6.1.192, 6.1.192+whatif-bhe-4g-low-end; RAM 4G;')
  })

  // check's CK004 octal says "write 256M" for crashkernel=0256M; suggest ranked 174M (what the
  // kernel reads) first, and offered it for the matrix.
  it('takes an octal size as its digits say, as check\'s fix does', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'm.json'), JSON.stringify({ version: 1, boards: [{ id: 'o', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'console=ttyAMA0 crashkernel=0256M' }] }))
    const r = await run(['suggest', 'o', '--matrix', join(dir, 'm.json')])
    expect(r.out).toMatch(/ {3}1\. crashkernel=256M\n/)
    expect(r.out).toContain('In the matrix: "cmdline": "console=ttyAMA0 crashkernel=256M"')
  })

  it('keeps the board\'s crashkernel=,cma with every value (a reservation of its own) and says so', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'cma.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['7.2'], cmdline: 'console=ttyS0 crashkernel=256M crashkernel=7G,cma' }] }))
    const r = await run(['suggest', 'pc', '--matrix', matrix])
    expect(r.code).toBe(0)
    expect(r.out).toContain('the board has crashkernel=256M crashkernel=7G,cma\n  crashkernel=7G,cma stays with every value below\n')
    // The 7G of CMA fits whole next to a smaller main region (CK008 otherwise): those rank first,
    // in several areas all the same (CK009's note).
    expect(r.out).toMatch(/ {3}1\. crashkernel=\d+M {2}\(CK009 note on 1 layout\)\n/)
    expect(r.out).toMatch(/crashkernel=256M {2}\(CK008 warning on 1 layout; CK009 note on 1 layout\)/)
    // The main size after the ,cma: a kernel before 6.17 reads the last token of no suffix it knows.
    expect(r.out).toMatch(/In the matrix: "cmdline": "console=ttyS0 crashkernel=7G,cma crashkernel=\d+M"/)
  })

  it("leaves out a crashkernel=,cma none of the board's kernels reads (6.12 rejects it, arm64 7.2 ignores it), and keeps it where one does (7.3)", async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'cma-arm64.json')
    const board = (kernels: string[]) => ({ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels, cmdline: 'console=ttyAMA0 crashkernel=256M crashkernel=64M,cma' })
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [board(['6.12', '7.2'])] }))
    const r = await run(['suggest', 'v', '--matrix', matrix])
    // Kept, the token made every value fail on 6.12 ("crashkernel: unrecognized char: ,").
    expect(r.code).toBe(0)
    expect(r.out).toContain('  crashkernel=64M,cma is left out of every value below: none of these kernels reserves crashkernel CMA')
    expect(r.out).toMatch(/ {3}1\. crashkernel=256M\n/)
    expect(r.out).toContain('In the matrix: "cmdline": "console=ttyAMA0 crashkernel=256M"')
    // Only the board's own value, as written, still has it.
    expect(r.out).toContain('crashkernel=256M crashkernel=64M,cma: fails on 1 of 2\n      4G/6.12 (6.12.117): ignored by the kernel ("crashkernel: unrecognized char: ,")')
    expect(r.out.match(/unrecognized char/g)).toHaveLength(1)
    // A 7.3 beside them reserves it: every value keeps it, written before the main size, which
    // 6.12 then reads as the last token of no suffix it knows (found by a review: written
    // after it, as the board has it, 6.12 rejected every value and none was offered).
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [board(['6.12', '7.3'])] }))
    const kept = await run(['suggest', 'v', '--matrix', matrix])
    expect(kept.code).toBe(0)
    expect(kept.out).toContain('  crashkernel=64M,cma stays with every value below\n')
    expect(kept.out).toMatch(/ {3}1\. crashkernel=256M\n/)
    expect(kept.out).toContain('In the matrix: "cmdline": "console=ttyAMA0 crashkernel=64M,cma crashkernel=256M"')
    expect(kept.out).toContain('crashkernel=256M crashkernel=64M,cma: fails on 1 of 2\n')
  })

  it('offers ,high with 0M,low on a board with no RAM below 4 GiB, where the default low part fails', async () => {
    // Before, the only value offered was an X@Y at the address after the DTB.
    const dir = await tempDir()
    const matrix = join(dir, 'high.json')
    const board = { id: 'rv', arch: 'riscv64', kernels: ['6.12', '7.2'], memory: [{ base: '0x400000000', size: '8G' }], image: { base: '0x400200000' }, dtb: { base: '0x40a000000', size: '0x10000' }, cmdline: 'crashkernel=512M' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [board] }))
    const r = await run(['suggest', 'rv', '--matrix', matrix])
    expect(r.code).toBe(0)
    expect(r.out).toContain('   1. crashkernel=512M,high crashkernel=0M,low  (main above the low limit, no low part)\n')
    // A board with RAM below 4 GiB is not offered it.
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '8G', kernels: ['6.12'], cmdline: 'crashkernel=512M' }] }))
    expect((await run(['suggest', 'vm', '--matrix', matrix])).out).not.toContain('0M,low')
  })

  it('names every command line the layouts read when a kernel entry has its own, not only the board\'s', async () => {
    // A kernel entry's cmdline replaces the board's for that kernel (docs/format.md
    // kernelObject), and suggest replaces the crashkernel= of every layout: writing the value
    // into the board's cmdline alone leaves 7.2 reading its own crashkernel=8G, which check
    // still reports. Before, the output named the board's cmdline only, and called its 256M
    // "the board's own value" that works on every layout.
    const dir = await tempDir()
    const matrix = join(dir, 'kcmd.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12', { release: '7.2', cmdline: 'console=ttyAMA0 crashkernel=8G' }], cmdline: 'console=ttyAMA0 crashkernel=256M' }] }))
    const r = await run(['suggest', 'vm', '--matrix', matrix])
    expect(r.code).toBe(0)
    expect(r.out).toContain('  the layouts read 2 command lines, and each value below replaces the crashkernel= of both:\n    /boards/0/cmdline (4G/6.12): crashkernel=256M\n    /boards/0/kernels/1/cmdline (4G/7.2): crashkernel=8G\n')
    // The two lines ask for different values: neither is "the board's".
    expect(r.out).toContain('; RAM 4G; the command lines ask for different values\n')
    expect(r.out).toMatch(/\d\. crashkernel=256M {2}\(the value of \/boards\/0\/cmdline[;)]/)
    expect(r.out).not.toContain("board's own value")
    expect(r.out).toContain('  In the matrix:\n    /boards/0/cmdline: "console=ttyAMA0 crashkernel=256M"\n    /boards/0/kernels/1/cmdline: "console=ttyAMA0 crashkernel=256M"\n')
  })

  // Found by a review: with --kernel 7.2, a kernel the board lists with a cmdline of its own,
  // suggest replaced the board's kernels (as for a kernel it lacks) and so simulated 7.2 with
  // the board's crashkernel=256M, and told to write the value into /boards/0/cmdline, which
  // 7.2 does not read: check still reported the entry's crashkernel=8G. explain shows such a
  // kernel as the board lists it.
  it('verifies a kernel the board lists (--kernel) with its entry\'s own command line, and names where to write it', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'kcmd3.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12', { release: '7.2', cmdline: 'console=ttyAMA0 crashkernel=8G' }], cmdline: 'console=ttyAMA0 crashkernel=256M' }] }))
    const r = await run(['suggest', 'vm', '--matrix', matrix, '--kernel', '7.2'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('kernels 7.2.13; RAM 4G; the board has crashkernel=8G\n')
    expect(r.out).toMatch(/crashkernel=8G: fails on 1 of 1\n {6}4G\/7\.2 /)
    expect(r.out).toMatch(/ {2}In the matrix:\n {4}\/boards\/0\/kernels\/1\/cmdline: "console=ttyAMA0 crashkernel=\d+M"\n/)
    expect(r.out).not.toContain('"cmdline": ')
    // A kernel the board does not list still replaces its kernels, reading the board's line.
    const other = await run(['suggest', 'vm', '--matrix', matrix, '--kernel', '6.1'])
    expect(other.out).toContain('kernels 6.1.192; RAM 4G; the board has crashkernel=256M\n')
    expect(other.out).toContain('In the matrix: "cmdline": "console=ttyAMA0 crashkernel=256M"')
  })

  it('writes the value into the board\'s own cmdline where the layouts read their preset\'s', async () => {
    // The qemu-virt-arm64 preset's command line is read through "extends": the board gets a
    // cmdline of its own (added), not a value at /boards/0/extends.
    const dir = await tempDir()
    const matrix = join(dir, 'kcmd2.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12', { release: '7.2', cmdline: 'console=ttyAMA0 crashkernel=8G' }] }] }))
    const r = await run(['suggest', 'vm', '--matrix', matrix])
    expect(r.out).toContain("    /boards/0/cmdline (to add; now preset qemu-virt-arm64's) (4G/6.12): no crashkernel=\n")
    expect(r.out).toMatch(/ {2}In the matrix:\n {4}\/boards\/0\/cmdline \(to add\): "console=ttyAMA0 crashkernel=\d+M"\n {4}\/boards\/0\/kernels\/1\/cmdline: /)
  })

  it('verifies on the --ram variants only (docs/cli.md: common to the board commands), and sizes on a qemu-* preset', async () => {
    const r = await run(['suggest', 'rpi4', '--ram', '4G,8G'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('crashkernel= values for rpi4, each simulated on all 8 layout(s)')
    expect(r.out).toContain('kernels 5.10.223, 6.1.192, 6.12.117, 7.2.13; RAM 4G, 8G')
    // Only the 4G and 8G layouts are judged: 1G fails on their 5.10 and 6.1 kernels (12 of 16 on all four).
    expect(r.out).toMatch(/crashkernel=1G: fails on 4 of 8\n {6}4G\/5\.10 /)
    expect(r.out).not.toMatch(/ {6}[12]G\//)
    const sized = await run(['suggest', 'qemu-virt-arm64', '--ram', '3G', '--kernel', '6.12'])
    expect(sized.out).toContain('kernels 6.12.117; RAM 3G')
    const unknown = await run(['suggest', 'rpi4', '--ram', '3G'])
    expect([unknown.code, unknown.err]).toEqual([2, 'crashkernel-check suggest: --ram 3G: board "rpi4" has the RAM variants 1G, 2G, 4G, 8G\n'])
  })

  it('verifies on the --kernel list instead of the board\'s kernels', async () => {
    const r = await run(['suggest', 'rpi4', '--kernel', '6.12'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('crashkernel= values for rpi4, each simulated on all 4 layout(s)')
    expect(r.out).toContain('kernels 6.12.117; RAM 1G, 2G, 4G, 8G')
    expect(r.out).not.toMatch(/\/5\.10 \(5\.10\.223\)/)
  })

  it('ranks and lists exactly as docs/cli.md shows for rpi4', async () => {
    // docs/cli.md "suggest": the working values best first (no warnings, no notes, then leaving
    // every layout half of its System RAM, then sizes at or above the board's and closest to
    // it, then the simpler form), the failing ones in the order tried, each with its first
    // three failing layouts.
    const r = await run(['suggest', 'rpi4'])
    expect(r.out).toContain(
      [
        'Works on every layout (6), best first',
        '   1. crashkernel=256M  (the board\'s own value)',
        '   2. crashkernel=256M@0x1ee00000  (fixed base inside every dump target\'s reach)',
        // The lowest 2 MiB aligned base above every kernel's initrd: 7.2's image (0x2f00000
        // bytes from 0x200000) and the 24 MiB initrd after it end at 0x4900000.
        '   3. crashkernel=256M@0x4a00000  (fixed base inside every dump target\'s reach)',
        '   4. crashkernel=384M',
        '   5. crashkernel=128M',
        // 512M leaves the 1 GB variant (948 MiB of System RAM on each kernel) less than half.
        '   6. crashkernel=512M  (more than half of System RAM on 4 layouts)',
      ].join('\n'),
    )
    const failing = [...r.out.matchAll(/^ {2}(crashkernel=\S+(?: crashkernel=\S+)?): fails on (\d+) of 16$/gm)].map((m) => `${m[1]} ${m[2]}`)
    // The bases above 6.12's, 6.1's and 5.10's initrds (ending at 0x3f00000, 0x3a10000 and
    // 0x34d0000) lie in the initrd of the kernels with larger images.
    expect(failing).toEqual([
      'crashkernel=768M 10', 'crashkernel=1G 12',
      // A lone ,high fails on 5.10 (no ,high) and on 6.1's 2G, 4G and 8G, where it lands above
      // the SD card's reach with no low part (CK002); 6.12 and 7.2 reserve a default low part.
      'crashkernel=256M,high crashkernel=128M,low 4', 'crashkernel=256M,high 7', 'crashkernel=512M,high crashkernel=128M,low 4', 'crashkernel=512M,high 7', 'crashkernel=1G,high crashkernel=128M,low 10', 'crashkernel=1G,high 12',
      'crashkernel=256M@0x4000000 4', 'crashkernel=256M@0x3c00000 8', 'crashkernel=256M@0x3600000 12',
    ])
    expect(r.out).toContain('Does not work everywhere (11)\n')
    // Four failing layouts: three named, the fourth after "and".
    expect(r.out).toMatch(/crashkernel=256M,high crashkernel=128M,low: fails on 4 of 16\n(?: {6}\dG\/5\.10 \(5\.10\.223\): ignored by the kernel \(suffix unknown\): no crash kernel memory\n){3} {6}… and 8G\/5\.10\n/)
    // With the largest free block the failed search saw: the DTB at 0x2eff0000 ends it.
    expect(r.out).toMatch(/1G\/6\.12 \(6\.12\.117\): FAILED to reserve 768 MiB: no room \(searched 0x0 – 0x3b3f_ffff, then 0x3b40_0000 – 0xffff_ffff_ffff; the largest free block there was ~688\.94 MiB at 0x3f0_0000 – 0x2efe_ffff\)\n {6}… and 1G\/7\.2, 2G\/5\.10, 2G\/6\.1, 4G\/5\.10, 4G\/6\.1, 8G\/5\.10, 8G\/6\.1\n/)
  })

  it('pairs ,high with the kernel\'s default ,low size of the arch and tries the board\'s own ,high size', async () => {
    // DEFAULT_CRASH_KERNEL_LOW_SIZE: 128 MiB generic (include/linux/crash_reserve.h), at
    // least 256 MiB on x86_64 (crash_low_size_default(), arch/x86/include/asm/crash_reserve.h).
    const x86 = await run(['suggest', 'qemu-q35-x86_64', '--kernel', '6.12', '--sizes', '512M'])
    expect(x86.out).toMatch(/crashkernel=512M,high crashkernel=256M,low/)
    expect(x86.out).not.toMatch(/crashkernel=512M,high crashkernel=128M,low/)
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '8G', kernels: ['6.12'], cmdline: 'crashkernel=768M,high' }] }))
    const arm = await run(['suggest', 'vm', '--matrix', matrix, '--all'])
    expect(arm.out).toContain('the board has crashkernel=768M,high\n')
    expect(arm.out).toMatch(/crashkernel=768M,high crashkernel=128M,low/)
    // @offset with the board's own size.
    expect(arm.out).toMatch(/crashkernel=768M@0x[0-9a-f]+/)
    expect(arm.out).not.toMatch(/crashkernel=256M@/)
  })

  it('tries the board\'s own value as written, a lone ,high or a range list, and keeps it first when it works', async () => {
    // x86 16 GiB: crashkernel=512M,high reserves 512 MiB above 4 GiB and the default 256 MiB
    // low part, with no finding; suggest used to leave it out and put a plain 512M first.
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'q35', extends: 'qemu-q35-x86_64', ramSize: '16G', kernels: ['6.1', '6.12'], cmdline: 'console=ttyS0 crashkernel=512M,high' }] }))
    const r = await run(['suggest', 'q35', '--matrix', matrix])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/ {3}1\. crashkernel=512M,high {2}\(the board's own value; main above the low limit, low part below it\)\n/)
    expect(r.out).toContain('In the matrix: "cmdline": "console=ttyS0 crashkernel=512M,high"')
    // The example x86 server's range list, which none of the generated forms spells.
    const x86 = await run(['suggest', 'x86-server', '--kernel', '6.12'])
    expect(x86.out).toMatch(/ {3}1\. crashkernel=1G-4G:192M,4G-64G:256M,64G-:512M {2}\(the board's own value\)\n/)
  })

  it('judges a value after the board\'s own severity overrides, as check does', async () => {
    // ampere-altra on 6.1: crashkernel=1G makes map_mem() use base pages (LM001, an error by
    // default); the board lowers LM001 to a warning, so 1G works there, with that warning.
    const examples = JSON.parse((await readFile(EXAMPLES, 'utf8')).replace(/^\s*\/\/.*$/gm, ''))
    const altra = examples.boards.find((b: { id: string }) => b.id === 'ampere-altra')
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ ...altra, kernels: ['6.1'], severity: { LM001: 'warning' } }] }))
    const r = await run(['suggest', 'ampere-altra', '--matrix', matrix, '--sizes', '1G'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/ {3}1\. crashkernel=1G {2}\(the board's own value; LM001 warning on 1 layout\)/)
    const strict = await run(['suggest', 'ampere-altra', '--kernel', '6.1', '--sizes', '1G'])
    expect(strict.out).toMatch(/crashkernel=1G: fails on 1 of 1\n {6}6\.1 \(6\.1\.192\): LM001: /)
  })

  it('exits 1 when no value works everywhere, naming the rule that fails', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // 512 MiB of RAM: neither 1G nor 2G can fit.
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'tiny', extends: 'qemu-virt-arm64', ramSize: '512M', kernels: ['6.12'], cmdline: 'crashkernel=2G' }] }))
    const r = await run(['suggest', 'tiny', '--matrix', matrix, '--sizes', '1G,2G'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('none of the values tried works everywhere')
    expect(r.out).toMatch(/crashkernel=1G: fails on 1 of 1\n {6}512M\/6\.12 \(6\.12\.117\): ignored by the kernel \(≥ RAM\)/)
  })

  it('a value the parser refuses names the kernel\'s own line, not just "syntax"', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // Ubuntu's list on 2047 MiB under 5.10: an entry read before the match asks for ≥ RAM.
    const cmdline = 'crashkernel=2G-4G:320M,4G-32G:512M,32G-64G:1024M,64G-128G:2048M,128G-:4096M'
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', memory: [{ base: '0x40000000', size: '0x7ff00000' }], kernels: ['5.10'], cmdline }] }))
    const r = await run(['suggest', 'vm', '--matrix', matrix])
    expect(r.out).toContain(`${cmdline}: fails on 1 of 1\n      5.10 (5.10.223): ignored by the kernel ("crashkernel: invalid size"): no crash kernel memory`)
  })

  it('takes --sizes as the main sizes of every form: plain, ,high + ,low and @offset', async () => {
    const r = await run(['suggest', 'rpi4', '--sizes', '512M', '--all'])
    const values = [...r.out.matchAll(/crashkernel=(\S+)(?: crashkernel=(\S+))?/g)].map((m) => m[1]!)
    const tried = new Set(values.filter((v) => v !== '256M')) // the board's cmdline is quoted too
    expect([...tried].every((v) => v.startsWith('512M'))).toBe(true)
    expect(tried).toContain('512M')
    expect(tried).toContain('512M,high')
    expect([...tried].some((v) => /^512M@0x[0-9a-f]+$/.test(v))).toBe(true)
  })

  it('the best value passes check --fail-on note on every kernel the board lists', async () => {
    // RPi4 8 GB on 6.1 and 6.12: crashkernel=128M,low next to 1G,high is 6.12's default low
    // size but 6.1's only low part (arch/arm64/mm/init.c reserve_crashkernel, v6.1:
    // crash_low_size 0 without a ,low). suggest put that pair first; check then left a CK004
    // note on 6.12 saying to drop the ,low, which would break 6.1.
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const memory = [
      { base: '0x0', size: '0x3b400000' },
      { base: '0x40000000', size: '0xbc000000' },
      { base: '0x100000000', size: '0x100000000' },
    ]
    const board = { id: 'pi', extends: 'raspberrypi-4', memory, kernels: ['6.1', '6.12'], cmdline: 'console=ttyS0,115200 crashkernel=1G' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [board] }))
    const r = await run(['suggest', 'pi', '--matrix', matrix])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/ {3}1\. crashkernel=1G,high crashkernel=128M,low {2}\(main above the low limit, low part below it\)\n/)
    const best = /In the matrix: "cmdline": (".*")/.exec(r.out)?.[1]
    expect(best).toBe('"console=ttyS0,115200 crashkernel=1G,high crashkernel=128M,low"')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ ...board, cmdline: JSON.parse(best!) }] }))
    const checked = await run(['check', matrix, '--fail-on', 'note'])
    expect([checked.code, checked.out]).toEqual([0, expect.stringContaining('0 problems')])
  })

  it('ranks values that leave a note after those that leave nothing, and says which', async () => {
    // 6.12 alone: 128M,low next to a ,high is the default size (kernel/crash_reserve.c
    // parse_crashkernel, DEFAULT_CRASH_KERNEL_LOW_SIZE), a CK004 note, so the pairs come last,
    // after the same sizes as a lone ,high (which get that default low part with no note).
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '8G', kernels: ['6.12'], cmdline: 'crashkernel=1G' }] }))
    const r = await run(['suggest', 'vm', '--matrix', matrix, '--all'])
    const ranked = [...r.out.matchAll(/^ {2}[ \d]\d\. (.*)$/gm)].map((m) => m[1])
    expect(ranked).toContain('crashkernel=1G,high  (main above the low limit, low part below it)')
    expect(ranked.slice(-2)).toEqual([
      'crashkernel=1G,high crashkernel=128M,low  (main above the low limit, low part below it; CK004 note on 1 layout)',
      'crashkernel=512M,high crashkernel=128M,low  (main above the low limit, low part below it; CK004 note on 1 layout)',
    ])
    expect(ranked.slice(0, -2).every((v) => !/note on/.test(v!))).toBe(true)
  })

  it('exits 2 for a bad --sizes value', async () => {
    const r = await run(['suggest', 'rpi4', '--sizes', '256MB'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('--sizes: "256MB" is not a size')
    // What the matrix's sizes refuse too: memparse() reads 0256M as octal (sweep shows it as
    // 174 MiB), and 0x__100M is a syntax error to it; both were taken as 256 MiB here.
    const octal = await run(['suggest', 'rpi4', '--sizes', '0256M'])
    expect([octal.code, octal.err]).toEqual([2, expect.stringContaining('--sizes: "0256M" is not a size (e.g. 256M, 1G, 0x10000000); with a leading 0 the kernel reads the digits as octal\n')])
    expect((await run(['suggest', 'rpi4', '--sizes', '0x__100M'])).code).toBe(2)
    // Sizes separated by blanks, as sweep --sizes is told: the list to write.
    const blanks = await run(['suggest', 'rpi4', '--kernel', '6.12', '--sizes', '256M 512M'])
    expect([blanks.code, blanks.err]).toEqual([2, expect.stringContaining('--sizes: "256M 512M" separates sizes with blanks; separate them with "," ("256M,512M")\n')])
    expect((await run(['suggest', 'rpi4', '--kernel', '6.12', '--sizes', '0x1_0M'])).code).toBe(0)
  })
})
