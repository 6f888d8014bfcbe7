// SPDX-License-Identifier: GPL-2.0-only
/** `explain` on the example boards: the drawing, the reservations, the dmesg lines, the linear map, colour rules. */
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLES, ROOT, run, tempDir } from './io.js'

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[/

describe('explain', () => {
  it('draws rpi4 8G on 6.12: blocks, edges, owners, reach, dmesg, histogram', async () => {
    const r = await run(['explain', 'rpi4', '--kernel', '6.12', '--ram', '8G', '--matrix', EXAMPLES])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    const out = r.out
    expect(out).toContain('━━ rpi4 · RAM 8G · Linux 6.12.117 (policy arm64-6.12.117) · arm64 ━━')
    expect(out).toContain('crashkernel= size 256 MiB → reserved 256 MiB at 0x1ee0_0000 – 0x2edf_ffff\n(ZONE_DMA)\n')
    // The column: top of RAM first, the 4 GiB line, the DMA edge with the dump target, the crash block.
    expect(out).toMatch(/0x2_0000_0000 ┌─+┐ ◀ top of RAM/)
    expect(out).toMatch(/0x1_0000_0000 ├─+┤ ◀ ZONE_DMA32 ends · 4 GiB line/)
    expect(out).toMatch(/0x4000_0000 ├─+┤ ◀ ZONE_DMA ends · CRASH_ADDR_LOW_MAX · emmc2 \(SD card\) \(dump target\) DMA reach ends/)
    expect(out).toMatch(/┃ crashkernel \(main\) +256 MiB ┃/)
    expect(out).toMatch(/┆ hole \(no RAM\) +76 MiB ┆/)
    expect(out).toMatch(/0x0 └─+┘ ◀ bottom of RAM/)
    expect(out.indexOf('top of RAM')).toBeLessThan(out.indexOf('bottom of RAM'))
    // Early reservations with owners, DMA reach, dmesg, linear map.
    expect(out).toMatch(/0x3740_0000 +0x3b3f_ffff +64 MiB +linux,cma/)
    expect(out).toMatch(/emmc2 \(SD card\) \(dump target\) +0x3fff_ffff +ZONE_DMA +inside/)
    expect(out).toContain('  crashkernel reserved: 0x000000001ee00000 - 0x000000002ee00000 (256 MB)')
    expect(out).toContain('    DMA      [mem 0x0000000000000000-0x000000003fffffff]')
    expect(out).toMatch(/4K +8024 MiB +99\.7 %/)
    expect(out).toMatch(/page tables: ~15\.67 MiB as booted, 4 KiB with blocks/)
    expect(out).toContain('Findings\n  none')
    expect(out).not.toMatch(ANSI)
  })

  it('prints the dmesg lines in the kernel\'s order: the zone block before the deferred reservation up to 6.x, after it from 7.0', async () => {
    // As the oracle's boots of this layout print them (arm64-6.1-plain-1G-ck256M, arm64-7.2-plain-1G-ck256M).
    const order = async (kernel: string): Promise<string[]> => {
      const r = await run(['explain', 'qemu-virt-arm64', '--kernel', kernel, '--ram', '1G', '--matrix', EXAMPLES])
      expect(r.code).toBe(0)
      const lines = r.out.split('\n').map((l) => l.trim())
      const at = (start: string): number => lines.findIndex((x) => x.startsWith(start))
      const crash = at('crashkernel reserved:')
      expect(crash).toBeGreaterThan(0)
      return ['Zone ranges:', 'Initmem setup node 0 [mem 0x0000000040000000-0x000000007fffffff]', 'cma: Reserved 64 MiB at'].map((l) => (at(l) < 0 ? 'missing' : at(l) < crash ? 'before' : 'after'))
    }
    expect(await order('6.1')).toEqual(['before', 'before', 'before'])
    expect(await order('7.2')).toEqual(['after', 'after', 'before'])
  })

  it('wraps its prose at 80 columns with the indentation of its block (not the tables, the drawing or the kernel\'s lines)', async () => {
    const r = await run(['explain', 'rpi4', '--kernel', '6.12', '--ram', '8G', '--matrix', EXAMPLES])
    expect(r.out).toContain('\nProtection of the loaded crash kernel: none (arm64 has no\narch_kexec_protect_crashkres() since 6.4 (0d124e96051b); the generic stub does\nnothing)\n')
    expect(r.out).toContain('\nMemory map (not to scale; highest address at the top, every block labelled;\nearly reservations under 16 MiB in the list below)\n')
    expect(r.out).toContain('\n  OF: reserved mem: 0x0000000037400000..0x000000003b3fffff (65536 KiB) map reusable linux,cma\n')
    // The figures line breaks between figures, never inside one; the page tables keep their indentation.
    expect(r.out).toContain('\nSystem RAM 8052 MiB · CRASH_ADDR_LOW_MAX 0x4000_0000 ·\nCRASH_ADDR_HIGH_MAX 0x1_0000_0000_0000\n')
    expect(r.out).toContain('\n  page tables: ~15.67 MiB as booted, 4 KiB with blocks (4,012×); base pages\n  forced by rodata=full, KFENCE without an early pool\n')
    // kfence_late is the engine's id; the kernel has no such name (it tests kfence_early_init).
    expect(r.out).not.toContain('kfence_late')
    // In colour each title line is bold on its own.
    const tty = await run(['explain', 'rpi4', '--kernel', '6.12', '--ram', '8G', '--matrix', EXAMPLES], { isTTY: { stdout: true } })
    expect(tty.out).toContain('\x1b[1mMemory map (not to scale; highest address at the top, every block labelled;\x1b[22m\n\x1b[1mearly reservations')
    const dir = await tempDir()
    const matrix = join(dir, 'cma.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['7.2'], cmdline: 'console=ttyS0 crashkernel=256M crashkernel=128M,cma' }] }))
    const lines = (await run(['explain', 'pc', '--matrix', matrix])).out.split('\n')
    const lent = lines.findIndex((l) => l.startsWith('  (lent to movable allocations'))
    expect(lines[lent]!.length).toBeLessThanOrEqual(80)
    expect(lines[lent + 1]).toMatch(/^  \S/)
  })

  it('says a command line without crashkernel= asks for none, not for a size of 0 B', async () => {
    const r = await run(['explain', 'qemu-virt-riscv64', '--kernel', '6.12', '--ram', '1G'])
    expect(r.out).toContain('crashkernel= absent → no crashkernel= on the command line')
    expect(r.out).not.toContain('size 0 B')
  })

  it('quotes a crashkernel= value the parser refused instead of the 0 B it parsed to (crashkernel=auto)', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'srv', extends: 'qemu-q35-x86_64', ramSize: '16G', kernels: ['7.2'], cmdline: 'crashkernel=auto' }] }))
    const r = await run(['explain', 'srv', '--matrix', matrix])
    // Wrapped, but the kernel's line it quotes stays whole.
    expect(r.out).toContain('crashkernel= "auto" → ignored by the kernel\n("crashkernel: memory value expected"): no crash kernel memory\n')
    expect(r.out).toContain('Protection of the loaded crash kernel: none (no crash kernel region is reserved)')
    expect(r.out).not.toContain('size 0 B')
  })

  it('gives no RAM or CRASH_ADDR_* figures for a boot that stops in parse_early_param(), which never set them up', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M swiotlb' }] }))
    const r = await run(['explain', 'pc', '--matrix', matrix])
    expect(r.out).toContain('the boot STOPS in parse_early_param(): "swiotlb"')
    expect(r.out).toContain('System RAM, zones, CRASH_ADDR_LOW_MAX and CRASH_ADDR_HIGH_MAX: not set up, the\nboot stops in parse_early_param() first\n')
    expect(r.out).not.toMatch(/System RAM 0 B|CRASH_ADDR_LOW_MAX 0x0/)
  })

  it('shows each kernel of the first RAM variant by default, with a hint', async () => {
    const r = await run(['explain', 'rpi4'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^\(RAM variant 1G of 1G, 2G, 4G, 8G; --ram <name> or --ram all for the others\)/)
    for (const k of ['5.10.223', '6.1.192', '6.12.117', '7.2.13']) expect(r.out).toContain(`RAM 1G · Linux ${k}`)
    expect(r.out.match(/━━ rpi4/g)).toHaveLength(4)
  })

  it('exits 1 when a layout shown has an error finding, and prints the verified fix', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.1'], cmdline: 'console=ttyAMA0 crashkernel=1G' }] }))
    const r = await run(['explain', 'vm', '--matrix', matrix])
    expect(r.code).toBe(1)
    expect(r.out).toContain('crashkernel= size 1 GiB → FAILED to reserve 1 GiB: no room')
    expect(r.out).toMatch(/error CK001 reservation-failed\n/)
    expect(r.out).toMatch(/ {4}fix: .*verified by simulation/)
  })

  it('exits 1 only for an error in a layout shown (docs/cli.md: "1 when a layout shown has an error finding")', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // crashkernel=1G on the 1G variant is ignored (≥ RAM, an error); on the 4G variant it is reserved.
    const ram = ['4G', '1G'].map((size) => ({ name: size, memory: [{ base: '0x40000000', size }] }))
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', kernels: ['6.12'], ram, cmdline: 'crashkernel=1G' }] }))
    const first = await run(['explain', 'vm', '--matrix', matrix])
    expect(first.out).toContain('━━ vm · RAM 4G · Linux 6.12.117')
    expect(first.code).toBe(0)
    expect((await run(['explain', 'vm', '--matrix', matrix, '--ram', '4G'])).code).toBe(0)
    expect((await run(['explain', 'vm', '--matrix', matrix, '--ram', '1G'])).code).toBe(1)
    expect((await run(['explain', 'vm', '--matrix', matrix, '--ram', 'all'])).code).toBe(1)
  })

  it('keeps a terabyte-range map a short column', async () => {
    const r = await run(['explain', 'ampere-altra', '--kernel', '6.1'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('error LM001 linear-map-base-pages')
    // The 8 TiB hole is one labelled block.
    expect(r.out).toMatch(/┆ hole \(no RAM\) +8188 GiB ┆/)
    expect(r.out).toMatch(/0x808_0000_0000 ┌/)
  })

  it('lists no-map memory beside the reservations (MEMBLOCK_NOMAP, 0x4 in include/linux/memblock.h)', async () => {
    // ampere-altra's EFI runtime region is "nomap": memblock.memory flagged, not reserved.
    const r = await run(['explain', 'ampere-altra', '--kernel', '6.12'])
    expect(r.out).toMatch(/\n {2}0xfff0_0000 +0xffff_ffff +1 MiB {2}no-map \(memblock\.memory, MEMBLOCK_NOMAP\)\n/)
  })

  it('says how much of each crash region a device reaches, its limit inclusive', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // The crash kernel lands at 0xec00_0000 – 0xfbff_ffff; each device reaches up to (and including) its limit.
    const devices = [['at-top', '0xfbffffff'], ['half', '0xf3ffffff'], ['at-base', '0xec000000'], ['below', '0xebffffff']].map(([name, dmaLimit]) => ({ name, dmaLimit }))
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M', devices }] }))
    const r = await run(['explain', 'vm', '--matrix', matrix])
    expect(r.out).toContain('crashkernel= size 256 MiB → reserved 256 MiB at 0xec00_0000 – 0xfbff_ffff\n(ZONE_DMA)\n')
    expect(r.out).toMatch(/\n {2}at-top +0xfbff_ffff +ZONE_DMA +inside +—\n/)
    expect(r.out).toMatch(/\n {2}half +0xf3ff_ffff +ZONE_DMA +128 MiB inside +—\n/)
    expect(r.out).toMatch(/\n {2}at-base +0xec00_0000 +ZONE_DMA +1 B inside +—\n/)
    expect(r.out).toMatch(/\n {2}below +0xebff_ffff +ZONE_DMA +ABOVE +—\n/)
  })

  it('draws the x86 direct map from the DirectMap counters', async () => {
    const r = await run(['explain', 'x86-server', '--kernel', '6.12'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('x86 direct map as /proc/meminfo would show it (DirectMap*)')
    expect(r.out).toMatch(/1G +62 GiB +94\.2 %/)
    // The crash region stands alone: its neighbours were reserved before NUMA init and are on
    // node 0, the crash region (reserved after it) on none, and memblock merges only equal nodes.
    expect(r.out).toMatch(/0x71ff_ffff +256 MiB +crashkernel\n/)
  })

  it('says when memblock merged the crash region with its neighbours (6.12 arm64: the CMA area above it)', async () => {
    const r = await run(['explain', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '4G'])
    // As the oracle's arm64-6.12-plain-4G-ck256M-mbdebug dump: reserved[0x3] 0xec000000-0xffffffff.
    // 256 MiB of crash kernel and the 64 MiB CMA area ("cma: Reserved 64 MiB at 0x00000000fc000000").
    expect(r.out).toMatch(/0xec00_0000 +0xffff_ffff +320 MiB +crashkernel \+ cma \(memblock merged them\)/)
  })

  it('names every owner of a merged reservation in the table and the map (6.12 arm64 1G: CMA and the memmap above it)', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=2G' }] }))
    const r = await run(['explain', 'v', '--matrix', matrix])
    // 80 MiB: the 64 MiB the kernel prints for CMA, and the 16 MiB memmap of 1 GiB (64 bytes a 4 KiB page) merged with it.
    expect(r.out).toContain('cma: Reserved 64 MiB at 0x000000007aa00000 on node -1')
    expect(r.out).toMatch(/0x7aa0_0000 +0x7f9f_ffff +80 MiB +cma \+ memmap \(memblock merged them\)/)
    expect(r.out).toMatch(/│ reserved \(cma \+ memmap\) +80 MiB │/)
  })

  it('says which way the fallback went: below the low limit for ,high', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=512M,high' }] }))
    const r = await run(['explain', 'q', '--matrix', matrix])
    expect(r.code).toBe(0)
    expect(r.out).toContain('reserved 512 MiB at\n0x1f00_0000 – 0x3eff_ffff (ZONE_DMA32), after falling back below the low limit\n(no room above it for ,high)\n')
    expect(r.out).not.toContain('above the low limit')
  })

  it('names an empty window by where it is, and a retried one by its first and last byte', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const rv = { id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['7.2'], cmdline: 'crashkernel=1800M' }
    const nz = { id: 'nz', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: [{ release: '6.2.0', imageSize: '0x2010000' }], config: { ZONE_DMA: false, ZONE_DMA32: false }, cmdline: 'crashkernel=3G' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [rv, nz] }))
    const empty = await run(['explain', 'rv', '--matrix', matrix])
    expect(empty.out).toContain('→ the boot HANGS: the kernel retries 1800 MiB in the\nempty window at 0x1_0000_0000 forever\n')
    const same = await run(['explain', 'nz', '--matrix', matrix])
    expect(same.out).toContain('→ the boot HANGS: the kernel retries 3 GiB in the same\nwindow 0x0 – 0xffff_ffff_ffff forever\n')
    // A failed search of an empty window is not an upside-down range (0x1_0000_0000 – 0xffff_ffff).
    const failed = await run(['suggest', 'rv', '--matrix', matrix, '--sizes', '1800M'])
    expect(failed.out).toContain('FAILED to reserve 1800 MiB: no room (searched the empty window at 0x1_0000_0000)')
    expect(failed.out).not.toContain('0x1_0000_0000 – 0xffff_ffff')
  })

  it("names riscv64's paging mode and what settled it: the CPU's Sv57 on 6.16, the DT's riscv,sv48 from 6.17.7", async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // No Debian profile for 6.16: the image size is given.
    const rv = { id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '2G', vaBits: 48, cpu: { satpMode: 57 }, kernels: ['6.16', '7.2'], image: { base: '0x80200000', size: '32M' }, cmdline: 'crashkernel=256M no4lvl' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [rv, { ...rv, id: 'rv5', cmdline: 'crashkernel=256M' }] }))
    const paging = (out: string) => out.split('\n').filter((l) => l.startsWith('  paging mode:'))
    expect(paging((await run(['explain', 'rv5', '--matrix', matrix])).out)).toEqual(['  paging mode: sv57, the deepest mode the CPU takes', "  paging mode: sv48, limited by the DT's cpu mmu-type"])
    expect(paging((await run(['explain', 'rv', '--matrix', matrix, '--kernel', '7.2'])).out)).toEqual(['  paging mode: sv39, limited by no4lvl on the command line'])
    // arm64 and x86_64 have no such line.
    expect(paging((await run(['explain', 'rpi4', '--kernel', '6.12', '--matrix', EXAMPLES])).out)).toEqual([])
  })

  it('takes a preset name and a RAM size a qemu preset derives', async () => {
    const r = await run(['explain', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '3G'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('RAM 3G · Linux 6.12.117')
    // The preset's command line (console=ttyS0,115200) asks for no crash kernel: CK010, exit 1.
    const p = await run(['explain', 'raspberrypi-4', '--kernel', '7.2', '--ram', '2G'])
    expect(p.code).toBe(1)
    expect(p.out).toContain('━━ raspberrypi-4 · RAM 2G · Linux 7.2.13')
    expect(p.out).toContain('crashkernel= absent → no crashkernel= on the command line')
    expect(p.out).toContain('error CK010 not-requested')
  })

  it('colours only a terminal without NO_COLOR', async () => {
    const tty = await run(['explain', 'rpi4', '--kernel', '6.12'], { isTTY: { stdout: true } })
    expect(tty.out).toMatch(ANSI)
    const noColor = await run(['explain', 'rpi4', '--kernel', '6.12'], { isTTY: { stdout: true }, env: { NO_COLOR: '1' } })
    expect(noColor.out).not.toMatch(ANSI)
    const pipe = await run(['explain', 'rpi4', '--kernel', '6.12'], { isTTY: { stdout: false, stderr: true } })
    expect(pipe.out).not.toMatch(ANSI)
    // FORCE_COLOR decides when set, as for Node: on through a pipe, off on a terminal, over NO_COLOR;
    // Node colours only with '', 1, true, 2 and 3 (getColorDepth() gives 1 bit for 'yes' or 4).
    for (const [value, tty, coloured] of [['1', false, true], ['', false, true], ['true', false, true], ['2', false, true], ['3', false, true], ['0', true, false], ['false', true, false], ['yes', true, false], ['4', true, false]] as const) {
      const forced = await run(['explain', 'rpi4', '--kernel', '6.12'], { isTTY: { stdout: tty }, env: { FORCE_COLOR: value, NO_COLOR: '1' } })
      expect(ANSI.test(forced.out), `FORCE_COLOR=${JSON.stringify(value)}`).toBe(coloured)
    }
  })

  it('exits 2 with the choices for an unknown board, RAM variant or kernel', async () => {
    const board = await run(['explain', 'nope'])
    expect(board.code).toBe(2)
    expect(board.err).toContain('no board "nope" in examples/boards.json')
    expect(board.err).toContain('boards in the file: rpi4, ampere-altra')
    // A repeated id (SC003 in check) is listed once.
    const dir = await tempDir()
    await writeFile(join(dir, 'dup.json'), JSON.stringify({ version: 1, boards: [{ id: 'b1' }, { id: 'b1' }, { id: 'b2' }] }))
    expect((await run(['explain', 'zz', '--matrix', join(dir, 'dup.json')])).err).toContain('boards in the file: b1, b2\n')
    // A typo gets the nearest board id or preset name first.
    expect((await run(['explain', 'rpi44'])).err.split('\n')[0]).toBe('crashkernel-check explain: no board "rpi44" in examples/boards.json; did you mean "rpi4"?')
    expect((await run(['sweep', 'raspberrypi-5'])).err.split('\n')[0]).toBe('crashkernel-check sweep: no board "raspberrypi-5" in examples/boards.json; did you mean "raspberrypi-4"?')
    const ram = await run(['explain', 'rpi4', '--ram', '3G'])
    expect(ram.code).toBe(2)
    expect(ram.err).toContain('has the RAM variants 1G, 2G, 4G, 8G')
    const kernel = await run(['explain', 'rpi4', '--kernel', '4.19'])
    expect(kernel.code).toBe(2)
    expect(kernel.err).toContain('"4.19" is not a kernel crashkernel-check models')
    // An id that is a property of every object is no preset.
    const proto = await run(['explain', 'toString'])
    expect(proto.code).toBe(2)
    expect(proto.err).toContain('no board "toString" in examples/boards.json')
    const file = await run(['explain', 'rpi4', '--matrix', 'no/such.json'])
    expect(file.code).toBe(2)
    expect(file.err).toContain('cannot read matrix file no/such.json')
  })

  it('refuses a board with schema errors, located', async () => {
    const r = await run(['explain', 'bad-values', '--matrix', 'test/fixtures/broken.matrix.json'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('board "bad-values" cannot be used until these problems are fixed')
    expect(r.err).toMatch(/test\/fixtures\/broken\.matrix\.json:16:\d+ {2}.*\(SC002\)/)
    expect(r.err).not.toContain('"confg"')
  })

  it('shows the layouts it can simulate when a problem keeps only one kernel\'s out (its image overlaps the DTB), naming it on stderr', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // 7.2's image is larger than the older kernels' and reaches the DTB 44 MiB above its base.
    const board = { id: 'som', arch: 'arm64', kernels: ['6.12', '7.2'], memory: [{ base: '0x40000000', size: '2G' }], image: { base: '0x40400000' }, dtb: { base: '0x43000000', size: '0x10000' }, cmdline: 'crashkernel=256M' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [board] }, null, 2))
    const r = await run(['explain', 'som', '--matrix', matrix])
    expect(r.err).toMatch(/^crashkernel-check explain: some layouts of board "som" cannot be simulated, and are not shown:\n {2}\S*m\.json:\d+:\d+ {2}DTB \[0x0000000043000000, 0x0000000043010000\) overlaps the 7\.2\.13 kernel image .*\(SC003\)\n$/)
    expect(r.out).toContain('Linux 6.12.117')
    expect(r.out).not.toContain('Linux 7.2')
    expect(r.code).toBe(1)
    // Asked for the other kernel alone, nothing is missing.
    const other = await run(['explain', 'som', '--matrix', matrix, '--kernel', '6.12'])
    expect([other.code, other.err]).toEqual([0, ''])
    // Asked for the kernel that cannot be simulated, it refuses as before.
    const that = await run(['explain', 'som', '--matrix', matrix, '--kernel', '7.2'])
    expect(that.code).toBe(2)
    expect(that.err).toContain('board "som" cannot be used until these problems are fixed')
  })

  it('says which entry of a crashkernel= range list the kernel took, against RAM rounded up to 128 MiB from 6.1 on', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // 4092 MiB of RAM (the firmware keeps 4 MiB below 1 GiB): 6.12 reads it as 4 GiB, 5.10 as it is.
    const pi = { id: 'pi', arch: 'arm64', kernels: ['5.10', '6.12'], memory: [{ base: '0x0', size: '0x3fc00000' }, { base: '0x40000000', size: '0xc0000000' }], image: { base: '0x200000' }, dtb: { base: '0x2e000000', size: '0x10000' }, cmdline: 'crashkernel=1G-4G:256M,4G-:512M' }
    const big = { id: 'big', extends: 'qemu-virt-arm64', ramSize: '8G', kernels: ['6.12'], cmdline: 'crashkernel=1G-4G:256M,4G-8G:384M' }
    const plain = { id: 'plain', extends: 'qemu-virt-arm64', ramSize: '8G', kernels: ['6.12'], cmdline: 'crashkernel=512M' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [pi, big, plain] }, null, 2))
    const r = await run(['explain', 'pi', '--matrix', matrix])
    expect(r.out).toContain('crashkernel= size 256 MiB → reserved 256 MiB at 0xe700_0000 – 0xf6ff_ffff\n(ZONE_DMA)\n  range list read against 4092 MiB (System RAM): 1G-4G:256M matches\n')
    expect(r.out).toContain('crashkernel= size 512 MiB → reserved 512 MiB at 0xd760_0000 – 0xf75f_ffff\n(ZONE_DMA)\n  range list read against 4 GiB (System RAM 4092 MiB rounded up to a multiple of\n  128 MiB): 4G-:512M matches\n')
    // The end of an entry is exclusive: 8 GiB is in no entry of 4G-8G.
    const none = (await run(['explain', 'big', '--matrix', matrix])).out
    expect(none).toContain('  range list read against 8 GiB (System RAM): no entry covers it (1G-4G:256M,\n  4G-8G:384M)\n')
    // No entry matched: the kernel read a size of 0, which the list does not ask for.
    expect(none).toContain('crashkernel= a range list with no range for this RAM size → ignored by the\nkernel (size 0): no crash kernel memory\n')
    expect(none).not.toContain('size 0 B')
    // A size the preset derives (--ram 64G, no variant of the board) is explained the same way:
    // 5.10 compares 64 GiB less the e820 holes with the list (memblock.memory.total_size, which
    // keeps the 0xc00 memblock_trim_memory() cut off [0x1000, 0x9fc00)), 6.12 rounds it up to 64 GiB.
    const q35 = { id: 'q35', extends: 'qemu-q35-x86_64', kernels: ['5.10', '6.12'], cmdline: 'crashkernel=1G-4G:192M,4G-64G:256M,64G-:512M' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [q35] }, null, 2))
    const sized = (await run(['explain', 'q35', '--matrix', matrix, '--ram', '64G'])).out
    expect(sized).toContain('crashkernel= size 256 MiB → reserved 256 MiB at 0x6f00_0000 – 0x7eff_ffff\n(ZONE_DMA32)\n  range list read against 65535.50 MiB (System RAM): 4G-64G:256M matches\n')
    expect(sized).toContain('crashkernel= size 512 MiB → reserved 512 MiB at 0x5f00_0000 – 0x7eff_ffff\n(ZONE_DMA32)\n  range list read against 64 GiB (System RAM 65535.50 MiB rounded up to a\n  multiple of 128 MiB): 64G-:512M matches\n')
    expect((await run(['explain', 'plain', '--matrix', matrix])).out).not.toContain('range list')
  })

  it('--ram with two sizes shows a finding at the size under that size\'s layouts alone, at that size', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // Each size's warning (RAM past the 52-bit physical address space, at "ramSize") was shown
    // under both layouts, the 8P one under 16P's said "at --ram 16P".
    await writeFile(matrix, '{ "version": 1, "boards": [\n  { "id": "a", "extends": "qemu-virt-arm64", "ramSize": "1G", "kernels": ["6.12"], "cmdline": "crashkernel=256M" },\n  { "id": "b", "extends": "qemu-virt-arm64", "ramSize": "2G", "kernels": ["6.12"], "cmdline": "crashkernel=256M" }\n] }\n')
    const r = await run(['explain', 'b', '--matrix', matrix, '--ram', '8P,16P'])
    const [eight, sixteen] = r.out.split('━━ b · RAM ').slice(1)
    const beyond = (text: string) => text.split('\n').filter((l) => l.includes('bank 0 of "ramSize"') || l.includes('at --ram')).map((l) => l.trim().slice(0, 30))
    expect(beyond(eight!)).toEqual(['bank 0 of "ramSize" 8P [0x0000', 'at --ram 8P, the RAM size give'])
    expect(beyond(sixteen!)).toEqual(['bank 0 of "ramSize" 16P [0x000', 'at --ram 16P, the RAM size giv'])
    // A preset named as the board, checked as a copy: the same.
    const preset = await run(['explain', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '8P,16P'])
    expect(preset.out.split('━━ qemu-virt-arm64 · RAM ').slice(1).map((t) => t.split('bank 0 of "ramSize"').length - 1)).toEqual([1, 1])
  })

  it('names a problem every RAM variant shares once (a kernel without an image size)', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const ram = (size: string) => ({ name: size, memory: [{ base: '0x40000000', size }] })
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ram: [ram('2G'), ram('4G')], kernels: ['6.6'], cmdline: 'crashkernel=256M' }] }))
    const r = await run(['explain', 'v', '--matrix', matrix])
    expect(r.code).toBe(2)
    expect(r.err.match(/no kernel image size for 6\.6\.0/g)).toHaveLength(1)
  })

  it('refuses a board of a file with a JSON syntax error, located (SC001)', async () => {
    const r = await run(['explain', 'a', '--matrix', 'test/fixtures/syntax.matrix.json'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('board "a" cannot be used until these problems are fixed')
    expect(r.err).toMatch(/test\/fixtures\/syntax\.matrix\.json:4:\d+ {2}JSON syntax error: comma expected {2}\(SC001\)/)
  })

  it('refuses a board whose document has errors outside the boards (defaults apply to it)', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, defaults: { cmdline: 42 }, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }] }))
    const r = await run(['explain', 'vm', '--matrix', matrix])
    expect(r.code).toBe(2)
    expect(r.err).toContain('board "vm" cannot be used until these problems are fixed')
    expect(r.err).toMatch(/m\.json:1:\d+ {2}.*\(SC002\)/)
  })

  it('refuses only the board with the problem: board 10\'s error is not board 1\'s', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const vm = (id: string) => ({ id, extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=256M' })
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [...Array.from({ length: 10 }, (_, i) => vm(`b${i}`)), { ...vm('b10'), confg: {} }] }, null, 1))
    const ok = await run(['explain', 'b1', '--matrix', matrix])
    expect(ok.err).toBe('')
    expect(ok.code).toBe(0)
    expect(ok.out).toContain('━━ b1 · RAM 1G · Linux 6.12.117')
    const bad = await run(['explain', 'b10', '--matrix', matrix])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('unknown property "confg"')
  })

  it("refuses only the board with a duplicate key (SC001 belongs to that board, docs/rules/SC001.md: it does not stop the check)", async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const vm = (id: string) => `{ "id": "${id}", "extends": "qemu-virt-arm64", "ramSize": "1G", "kernels": ["6.12"], "cmdline": "crashkernel=256M" }`
    await writeFile(matrix, `{ "version": 1, "boards": [\n  ${vm('vm')},\n  ${vm('vm2').replace('"ramSize": "1G"', '"ramSize": "1G", "ramSize": "2G"')}\n] }\n`)
    const ok = await run(['explain', 'vm', '--matrix', matrix])
    expect(ok.err).toBe('')
    expect(ok.code).toBe(0)
    const bad = await run(['explain', 'vm2', '--matrix', matrix])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/m\.json:3:\d+ {2}key "ramSize" appears twice in this object; only the last one would count {2}\(SC001\)/)
  })

  // The three used the first board of the id and said nothing of the second (explain listed its
  // SC003 among the first board's findings, with no place).
  it.each(['explain', 'sweep', 'suggest'])('%s refuses a board id two boards have, naming the second\'s place', async (command) => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const vm = (ram: string, kernel: string) => `{ "id": "vm", "extends": "qemu-virt-arm64", "ramSize": "${ram}", "kernels": ["${kernel}"], "cmdline": "crashkernel=256M" }`
    await writeFile(matrix, `{ "version": 1, "boards": [\n  ${vm('4G', '6.12')},\n  ${vm('2G', '7.2')},\n  { "id": "other", "extends": "qemu-virt-arm64", "ramSize": "2G", "kernels": ["7.2"], "cmdline": "crashkernel=256M" }\n] }\n`)
    const r = await run([command, 'vm', '--matrix', matrix])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toContain('board "vm" cannot be used until these problems are fixed')
    expect(r.err).toMatch(/m\.json:3:11 {2}board id "vm" is already used by \/boards\/0 \(line 2\) {2}\(SC003\)/)
    // The other board of the file is not concerned.
    expect((await run([command, 'other', '--matrix', matrix])).err).toBe('')
  })

  it('takes RAM variant names that contain a slash', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // The schema allows any non-empty name; the layout name is <variant>/<kernel>.
    const ram = ['2G', '4G'].map((size) => ({ name: `LPDDR4/${size}`, memory: [{ base: '0x40000000', size }] }))
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'sl', extends: 'qemu-virt-arm64', kernels: ['6.12'], ram, cmdline: 'crashkernel=256M' }] }))
    const r = await run(['explain', 'sl', '--matrix', matrix])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^\(RAM variant LPDDR4\/2G of LPDDR4\/2G, LPDDR4\/4G;/)
    expect(r.out).toContain('━━ sl · RAM LPDDR4/2G · Linux 6.12.117')
    const four = await run(['explain', 'sl', '--matrix', matrix, '--ram', 'LPDDR4/4G'])
    expect(four.code).toBe(0)
    expect(four.out).toContain('━━ sl · RAM LPDDR4/4G · Linux 6.12.117')
    expect(four.out).toContain('System RAM 4 GiB')
  })

  it('--kernel with a kernel of the board shows fixes verified on all its kernels, not only the one shown', async () => {
    // 2 GiB from 0x80000000, the dump target behind a bus reaching the first GiB. 6.1 rounds
    // the DMA zone up to 4 GiB and puts crashkernel out of reach (CK002); on 6.12 the default
    // CMA area sits at the top of the first GiB, so a fixed base there (0xb0000000, the fix
    // verified on 6.1 alone) fails on 6.12. One region's length lower, 0xa0000000, works on
    // both (as does 0x90000000, at the bottom of that free range).
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const soc = {
      id: 'soc', arch: 'arm64', kernels: ['6.1', '6.12'], cmdline: 'crashkernel=256M',
      memory: [{ base: '0x80000000', size: '1G' }, { base: '0xc4000000', size: '1G' }],
      reservations: [{ kind: 'fixed', name: 'optee', base: '0x8e000000', size: '32M', nomap: true }],
      image: { base: '0x80200000' }, dtb: { base: '0x84000000', size: '64K' },
      dma: { ranges: [{ node: '/soc', cpuAddr: '0x80000000', busAddr: '0x80000000', size: '1G' }] },
      devices: [{ name: 'mmc0', bus: '/soc', dumpTarget: true }],
    }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [soc] }))
    const r = await run(['explain', 'soc', '--matrix', matrix, '--kernel', '6.1'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('━━ soc · Linux 6.1.192')
    expect(r.out).not.toContain('Linux 6.12')
    expect(r.out).toContain('"crashkernel=256M@0xa0000000" — verified by simulation')
    expect(r.out).not.toContain('@0xb0000000')
    // A kernel the board does not list replaces its kernels, as before.
    const what = await run(['explain', 'soc', '--matrix', matrix, '--kernel', '7.2'])
    expect(what.out).toContain('━━ soc · Linux 7.2.13')
  })

  it('--kernel shows the warnings about the kernels asked for and the board, not those about its other kernels', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // A what-if policy outside its release (6.12's entry) and a CPU flag arm64 never reads (the board's).
    const v = { id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', cpu: { gbpages: true }, kernels: ['6.1', { release: '6.12', policy: 'arm64-5.10.0' }], cmdline: 'crashkernel=256M' }
    // RAM past 5.10's MAXMEM (no CONFIG_X86_5LEVEL) and not past 6.12's.
    const pc = { id: 'pc', extends: 'qemu-q35-x86_64', cpu: { la57: true }, memory: [{ base: '0x0', size: '0x9f000' }, { base: '0x100000', size: '0x7ff00000' }, { base: '0x3fffc0000000', size: '2G' }], kernels: ['5.10', '6.12'], cmdline: 'crashkernel=256M' }
    // An IORT that 6.12's own acpi=off line does not read.
    const srv = { id: 'srv', extends: 'qemu-virt-arm64', ramSize: '4G', acpi: true, dma: { iortLimitBits: [32] }, kernels: ['6.1', { release: '6.12', cmdline: 'acpi=off crashkernel=256M' }], cmdline: 'crashkernel=256M' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [v, pc, srv] }, null, 2))
    const explained = async (board: string, kernel: string) => (await run(['explain', board, '--matrix', matrix, '--kernel', kernel])).out
    const other = await explained('v', '6.1')
    expect(other).toContain('"cpu.gbpages" (GBPAGES, 1 GiB pages) is a CPU feature only x86_64 kernels read')
    expect(other).not.toContain('policy "arm64-5.10.0"')
    expect(await explained('v', '6.12')).toContain('policy "arm64-5.10.0" models releases 5.10.0 – < 5.10.20, and 6.12.117 is not one of them')
    expect(await explained('v', '6.1,6.12')).toContain('policy "arm64-5.10.0"')
    expect(await explained('pc', '5.10')).toContain('MAXMEM of 5.10.223')
    expect(await explained('pc', '6.12')).toContain('Findings\n  none')
    expect(await explained('srv', '6.1')).toContain('Findings\n  none')
    expect(await explained('srv', '6.12')).toContain('"dma.iortLimitBits" [32] limits nothing with `acpi=off` on the command line (kernel 6.12)')
    // check is unchanged: every warning, as before.
    const all = await run(['check', matrix])
    expect(all.out.match(/ warning /g)).toHaveLength(4)
  })

  it('shows a warning about one kernels entry under that entry\'s layouts alone, one about the board under each', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // The same boards as for --kernel above, every kernel shown.
    const v = { id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', cpu: { gbpages: true }, kernels: ['6.1', { release: '6.12', policy: 'arm64-5.10.0' }, '6.12'], cmdline: 'crashkernel=256M' }
    const pc = { id: 'pc', extends: 'qemu-q35-x86_64', cpu: { la57: true }, memory: [{ base: '0x0', size: '0x9f000' }, { base: '0x100000', size: '0x7ff00000' }, { base: '0x3fffc0000000', size: '2G' }], kernels: ['5.10', '6.12'], cmdline: 'crashkernel=256M' }
    const srv = { id: 'srv', extends: 'qemu-virt-arm64', ramSize: '4G', acpi: true, dma: { iortLimitBits: [32] }, kernels: ['6.1', { release: '6.12', cmdline: 'acpi=off crashkernel=256M' }], cmdline: 'crashkernel=256M' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [v, pc, srv] }, null, 2))
    // Each layout's head with the warnings under it, by their first words.
    const warned = (out: string) => out.split('━━ ').slice(1).map((layout) => [layout.split(' ━━')[0], ...layout.split('\n').filter((l) => l.startsWith('    ') && /"cpu\.gbpages"|policy "arm64|MAXMEM|iortLimitBits/.test(l)).map((l) => l.trim().slice(0, 20))])
    const explained = async (board: string, ...more: string[]) => warned((await run(['explain', board, '--matrix', matrix, ...more])).out)
    expect(await explained('v')).toEqual([
      ['v · RAM 4G · Linux 6.1.192 (policy arm64-6.1.176) · arm64', '"cpu.gbpages" (GBPAG'],
      ['v · RAM 4G · Linux 6.12.117 (policy arm64-5.10.0) · arm64', '"cpu.gbpages" (GBPAG', 'policy "arm64-5.10.0'],
      ['v · RAM 4G · Linux 6.12.117 (policy arm64-6.12.117) · arm64', '"cpu.gbpages" (GBPAG'],
    ])
    // A --ram size the preset derives: the layouts of each entry, as without it.
    expect((await explained('v', '--ram', '3G')).map((l) => l.length)).toEqual([2, 3, 2])
    expect((await explained('pc')).map((l) => l.slice(1).map((w) => w.startsWith('bank 2 ')))).toEqual([[true], []])
    expect((await explained('srv')).map((l) => l.length)).toEqual([1, 2])
  })

  it('--kernel shows the IORT warning to a kernel with acpi=off past the first 1,000 characters of its list of kernels', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // 150 entries with acpi=off: the warning's "kernels 6.12.1, 6.12.2, …" is cut before 6.12.150.
    const kernels = [{ release: '7.2', cmdline: 'crashkernel=256M' }, ...Array.from({ length: 150 }, (_, i) => `6.12.${i + 1}`)]
    const srv = { id: 'srv', extends: 'qemu-virt-arm64', ramSize: '4G', acpi: true, dma: { iortLimitBits: [32] }, kernels, cmdline: 'acpi=off crashkernel=256M' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [srv] }))
    const warning = '"dma.iortLimitBits" [32] limits nothing with `acpi=off`'
    const last = await run(['explain', 'srv', '--matrix', matrix, '--kernel', '6.12.150'])
    expect(last.out).toContain('(kernels 6.12.1, 6.12.2, ')
    expect(last.out).not.toContain('6.12.150,')
    expect(last.out).toContain(warning)
    expect((await run(['explain', 'srv', '--matrix', matrix, '--kernel', '6.12.1'])).out).toContain(warning)
    // 7.2's own line keeps ACPI on: its IORT is read.
    expect((await run(['explain', 'srv', '--matrix', matrix, '--kernel', '7.2'])).out).not.toContain(warning)
  })

  it('--kernel shows the warning at a kernels entry asked for of a board that is not the first of the file', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const first = { id: 'first', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }
    const v = { id: 'v', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.1', { release: '6.12', policy: 'arm64-6.1.65' }], cmdline: 'crashkernel=256M' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [first, v] }))
    const warning = 'policy "arm64-6.1.65" models releases 6.1.65'
    expect((await run(['explain', 'v', '--matrix', matrix])).out).toContain(warning)
    expect((await run(['explain', 'v', '--matrix', matrix, '--kernel', '6.12'])).out).toContain(warning)
    expect((await run(['explain', 'v', '--matrix', matrix, '--kernel', '6.12', '--ram', '3G'])).out).toContain(warning)
    expect((await run(['explain', 'v', '--matrix', matrix, '--kernel', '6.1'])).out).not.toContain(warning)
  })

  it('--kernel with a release the board lists twice (its own and a what-if policy) shows both layouts, where check --kernel checks one (docs/cli.md)', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const v = { id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12', { release: '6.12', policy: 'arm64-6.1.65' }], cmdline: 'crashkernel=256M' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [v] }))
    const heads = (await run(['explain', 'v', '--matrix', matrix, '--kernel', '6.12'])).out.match(/━━ .* ━━/g)
    expect(heads).toEqual(['━━ v · RAM 4G · Linux 6.12.117 (policy arm64-6.12.117) · arm64 ━━', '━━ v · RAM 4G · Linux 6.12.117 (policy arm64-6.1.65) · arm64 ━━'])
    expect((await run(['check', matrix, '--kernel', '6.12'])).out).toContain('1 layout of 1 board simulated')
    const doc = (await readFile(join(ROOT, 'docs/cli.md'), 'utf8')).replace(/\s+/g, ' ')
    expect(doc).toContain('where `check --kernel` and `sweep` take one entry per release')
  })

  it('--kernel with --ram <size> takes the same kernels entries as without --ram: a what-if policy entry of the release is a layout too, its warning shown', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const v = { id: 'v', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12', { release: '6.12', policy: 'arm64-6.1.65' }, '6.1'], cmdline: 'console=ttyAMA0 crashkernel=256M' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [v] }))
    const heads = (out: string) => out.match(/━━ .* ━━/g)
    const plain = await run(['explain', 'v', '--matrix', matrix, '--kernel', '6.12'])
    const sized = await run(['explain', 'v', '--matrix', matrix, '--kernel', '6.12', '--ram', '3G'])
    expect(heads(plain.out)).toEqual(['━━ v · RAM 2G · Linux 6.12.117 (policy arm64-6.12.117) · arm64 ━━', '━━ v · RAM 2G · Linux 6.12.117 (policy arm64-6.1.65) · arm64 ━━'])
    expect(heads(sized.out)).toEqual(['━━ v · RAM 3G · Linux 6.12.117 (policy arm64-6.12.117) · arm64 ━━', '━━ v · RAM 3G · Linux 6.12.117 (policy arm64-6.1.65) · arm64 ━━'])
    for (const r of [plain, sized]) expect(r.out).toContain('policy "arm64-6.1.65" models releases 6.1.65')
    // 6.1, not asked for, is neither shown nor checked alone; asked for, its layout alone.
    const other = await run(['explain', 'v', '--matrix', matrix, '--kernel', '6.1', '--ram', '3G'])
    expect(heads(other.out)).toEqual(['━━ v · RAM 3G · Linux 6.1.192 (policy arm64-6.1.176) · arm64 ━━'])
    expect(other.out).not.toContain('policy "arm64-6.1.65"')
    // A kernel the board does not list still replaces its kernels.
    expect(heads((await run(['explain', 'v', '--matrix', matrix, '--kernel', '7.2', '--ram', '3G'])).out)).toEqual(['━━ v · RAM 3G · Linux 7.2.13 (policy arm64-7.2) · arm64 ━━'])
  })

  it('--kernel shows the duplicateKernel warning of an entry of that release that adds no layout', async () => {
    // "6.12.117" after "6.12" is the same layout: the entry has none of its own, but the warning is about 6.12.117.
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const v = { id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.1', '6.12', '6.12.117'], cmdline: 'crashkernel=256M' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [v] }, null, 2))
    const explained = async (kernel: string) => (await run(['explain', 'v', '--matrix', matrix, '--kernel', kernel])).out
    expect(await explained('6.12.117')).toContain('kernel "6.12.117" is listed already as "6.12"')
    expect(await explained('6.12')).toContain('kernel "6.12.117" is listed already as "6.12"')
    expect(await explained('6.1')).not.toContain('is listed already')
  })

  it('names the --kernel list in the check command it points to, since those kernels may be the problem', async () => {
    // 6.99 is modelled (the 6.x policies) but has no Debian profile, so no image size.
    const r = await run(['explain', 'rpi4', '--kernel', '6.99'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('(crashkernel-check check examples/boards.json --kernel 6.99 lists them all)')
    expect(r.err).toMatch(/examples\/boards\.json:\d+:\d+ {2}no kernel image size for 6\.99\.0 on arm64/)
    // A file name with a space (or a quote) is quoted, so that the command can be pasted.
    const dir = await tempDir()
    const spaced = join(dir, "Bob's boards.json")
    await copyFile(EXAMPLES, spaced)
    const quoted = await run(['explain', 'rpi4', '--kernel', '6.99', '--matrix', spaced])
    expect(quoted.err).toContain(`(crashkernel-check check '${dir}/Bob'\\''s boards.json' --kernel 6.99 lists them all)`)
  })

  it('--kernel on a board none of whose layouts boots: names why for the kernels asked, not for its others', async () => {
    // mem=1M leaves init_mem_mapping() no page for a page table on every kernel (CK012).
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const memory = [{ base: '0x0', size: '0x9f000' }, { base: '0x100000', size: '0x7ff00000' }]
    const text = JSON.stringify({ version: 1, boards: [{ id: 'pc', arch: 'x86_64', kernels: ['5.10', '6.1', '6.12', '7.2'], memory, image: { base: '0x1000000' }, cmdline: 'crashkernel=256M mem=1M' }] })
    await writeFile(matrix, text)
    const r = await run(['explain', 'pc', '--kernel', '6.12', '--matrix', matrix])
    expect(r.code).toBe(2)
    const lines = r.err.split('\n').filter((l) => l.includes('(CK012)'))
    // One line, 6.12's, at the command line's mem=.
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`m.json:1:${text.indexOf('"crashkernel=256M mem=1M"') + 1} `)
    expect(lines[0]).toContain('[mem 0x0000000000100000-0x')
  })

  it('--ram <size> on a board whose layouts do not boot at that size says why and exits 2, as without --ram', async () => {
    // mem=1M leaves init_mem_mapping() no page for a page table (CK012): --ram 3G printed
    // nothing at all and exited 0.
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const text = JSON.stringify({ version: 1, boards: [{ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M mem=1M' }] })
    await writeFile(matrix, text)
    for (const ram of [[], ['--ram', '3G'], ['--ram', '3G,4G']]) {
      const r = await run(['explain', 'pc', '--matrix', matrix, ...ram])
      expect([r.code, r.out], ram.join(' ')).toEqual([2, ''])
      expect(r.err).toContain('board "pc" has no layout the engine can simulate')
      expect(r.err.split('\n').filter((l) => l.includes('(CK012)'))[0]).toContain(`m.json:1:${text.indexOf('"crashkernel=256M mem=1M"') + 1} `)
    }
  })

  it('--ram <size> shows the layouts an error of one kernel does not keep from the engine, as without --ram', async () => {
    // 7.2's image overlaps the initrd at 3G too: --ram 3G refused the whole board (exit 2, no
    // place), where explain without --ram shows 6.12 and names 7.2's error (exit 1).
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const text = JSON.stringify({ version: 1, boards: [{ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['6.12', { release: '7.2', imageSize: '0x7fe00000' }], cmdline: 'crashkernel=256M' }] })
    await writeFile(matrix, text)
    for (const ram of [[], ['--ram', '3G']]) {
      const r = await run(['explain', 'rv', '--matrix', matrix, ...ram])
      expect(r.code, ram.join(' ')).toBe(1)
      expect(r.out.split('\n').filter((l) => l.startsWith('━━'))).toEqual([`━━ rv · RAM ${ram[1] ?? '2G'} · Linux 6.12.117 (policy riscv64-6.12.103) · riscv64 ━━`])
      expect(r.err).toMatch(/some layouts of board "rv" cannot be simulated, and are not shown:\n {2}\S*m\.json:1:\d+ {2}initrd \[[^\n]* overlaps the 7\.2\.13 kernel image/)
      expect(r.err).not.toContain('have no result to show')
    }
  })

  it('--kernel on a board none of whose layouts boots: a warning at another kernel\'s entry is not given as why', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const memory = [{ base: '0x0', size: '0x9f000' }, { base: '0x100000', size: '0x7ff00000' }]
    // 6.1's what-if policy is outside its release (SC003 policyOutsideRelease, at kernels/1/policy).
    const kernels = ['6.12', { release: '6.1', policy: 'x86_64-6.12.97' }]
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'pc', arch: 'x86_64', kernels, memory, image: { base: '0x1000000' }, cmdline: 'crashkernel=256M mem=1M' }] }))
    const r = await run(['explain', 'pc', '--kernel', '6.12', '--matrix', matrix])
    expect(r.code).toBe(2)
    expect(r.err).toContain('has no layout the engine can simulate')
    expect(r.err.split('\n').filter((l) => l.includes('(CK012)'))).toHaveLength(1)
    expect(r.err).not.toContain('x86_64-6.12.97')
    // Asked for, 6.1 has it.
    expect((await run(['explain', 'pc', '--kernel', '6.1', '--matrix', matrix])).err).toContain('policy "x86_64-6.12.97" models releases')
  })

  it('findings say where they are in the matrix (file:line:column), as check does; a preset board\'s do not', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const text = ['{ "version": 1, "defaults": { "kernels": ["7.2", "7.2.13"] },', '  "boards": [{ "id": "b", "extends": "qemu-virt-arm64", "ramSize": "2G" }] }'].join('\n')
    await writeFile(matrix, text)
    const r = await run(['explain', 'b', '--matrix', matrix])
    expect(r.out).toMatch(/warning SC003 invalid-board\n +kernel "7\.2\.13" is listed already[^\n]*\n +at \S*m\.json:1:50\n/)
    expect(r.out).toMatch(/error CK010 not-requested\n[^\n]*\n +at \S*m\.json:2:38\n/)
    const preset = await run(['explain', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '1G', '--matrix', matrix])
    expect(preset.out).toContain('error CK010 not-requested')
    expect(preset.out).not.toMatch(/\n +at /)
  })

  it('--ram on a preset board of a file: findings are at the file:line:column to change there, as without --ram', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // The board on one line after another board: "16G" in place of "2G" moves the columns after it.
    const text = ['{ "version": 1, "boards": [', '  { "id": "o", "extends": "qemu-virt-arm64", "ramSize": "1G", "kernels": ["6.12"], "cmdline": "crashkernel=64M" },', '  { "id": "b", "extends": "qemu-virt-arm64", "ramSize": "2G", "kernels": ["7.2", "7.2.13"], "cpu": { "la57": true } } ] }'].join('\n')
    await writeFile(matrix, text)
    const line = text.split('\n')[2]!
    const at = (needle: string) => `at ${matrix}:3:${line.indexOf(needle) + 1}\n`
    const plain = await run(['explain', 'b', '--matrix', matrix])
    const sized = await run(['explain', 'b', '--matrix', matrix, '--ram', '16G'])
    expect(sized.out).toContain('RAM 16G')
    for (const r of [plain, sized]) {
      expect(r.out).toContain(at('"7.2.13"'))
      expect(r.out).toContain(at('"la57"'))
      // Each layout shows the board's warning once, however many sizes are asked.
      expect((await run(['explain', 'b', '--matrix', matrix, '--ram', '3G,4G', '--kernel', '7.2'])).out.match(/"cpu\.la57"/g)).toHaveLength(2)
      expect(r.out).toContain('is listed already as "7.2" at /boards/1/kernels/0 (line 3)')
      expect(r.out).toContain(`error CK010 not-requested\n${r.out.split('error CK010 not-requested\n')[1]!.split('\n')[0]}\n    ${at('"qemu-virt-arm64"')}`)
    }
  })

  it('a board one of whose kernels panics before the reservation: the others drawn, the panic said, exit 1 as check fails', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const memory = [{ base: '0x0', size: '0x9f000' }, { base: '0x100000', size: '0x7ff00000' }]
    const text = JSON.stringify({ version: 1, boards: [{ id: 'pc', arch: 'x86_64', kernels: ['6.12', { release: '6.1', cmdline: 'crashkernel=256M mem=1M' }], memory, image: { base: '0x1000000' }, cmdline: 'crashkernel=256M' }] })
    await writeFile(matrix, text)
    const r = await run(['explain', 'pc', '--matrix', matrix])
    expect(r.out).toContain('Linux 6.12')
    expect(r.err).toContain('some layouts of board "pc" have no result to show')
    expect(r.err.split('\n').filter((l) => l.includes('(CK012)'))).toHaveLength(1)
    expect(r.code).toBe(1)
    // The kernel asked for alone: no word of the other's panic.
    const one = await run(['explain', 'pc', '--kernel', '6.12', '--matrix', matrix])
    expect([one.code, one.err]).toEqual([0, ''])
  })

  it('shows the crashkernel=,cma areas next to the main reservation, and labels them in the map and the owners', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'cma.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['7.2'], cmdline: 'console=ttyS0 crashkernel=256M crashkernel=128M,cma' }] }))
    const r = await run(['explain', 'pc', '--matrix', matrix])
    expect(r.out).toContain('crashkernel=,cma 128 MiB → reserved 128 MiB in 1 CMA area: 128 MiB at\n0x1_0000_0000 – 0x1_07ff_ffff\n  (lent to movable allocations until a crash')
    expect(r.out).toMatch(/│ reserved \(crashkernel cma\) +128 MiB │/)
    expect(r.out).toMatch(/0x1_0000_0000 +0x1_07ff_ffff +128 MiB +crashkernel cma\n/)
    // Short: the kernel's failure line is a finding with a verified smaller size.
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['7.2'], cmdline: 'crashkernel=256M crashkernel=7G,cma' }] }))
    const short = await run(['explain', 'pc', '--matrix', matrix])
    expect(short.out).toContain('crashkernel=,cma 7 GiB → only 6720 MiB of 7 GiB reserved, in 4 CMA areas:\n3.5 GiB at 0x1_0000_0000 – 0x1_dfff_ffff, 1.75 GiB at\n0x1_e000_0000 – 0x2_4fff_ffff, 896 MiB at')
    expect(short.out).toMatch(/warning CK008 cma-reservation-short\n +crashkernel=7G,cma asked for 7 GiB of CMA/)
    expect(short.out).toContain('fix: Ask for 7008 MiB of CMA, the largest (in 16 MiB steps) the kernel reserves whole: "crashkernel=7008M,cma" — verified by simulation')
    // Next to a fixed main region memblock merges them: the CMA part keeps its label.
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['7.2'], cmdline: 'crashkernel=256M@0x100000000 crashkernel=128M,cma' }] }))
    const merged = await run(['explain', 'pc', '--matrix', matrix])
    expect(merged.out).toMatch(/0x1_1800_0000 ├─+┤\n +│ reserved \(crashkernel cma\) +128 MiB │\n +0x1_1000_0000 ├─+┤\n +┃ crashkernel \(main\) +256 MiB ┃/)
    expect(merged.out).toMatch(/0x1_0000_0000 +0x1_17ff_ffff +384 MiB +crashkernel \+ crashkernel cma \(memblock merged them\)/)
    // Without ,cma: no such line.
    expect((await run(['explain', 'rpi4', '--kernel', '6.12', '--ram', '8G', '--matrix', EXAMPLES])).out).not.toContain('crashkernel=,cma')
  })

  it('--ram on a preset board: explains a size despite an SC003 warning, and refuses one the decoder drops even where the board calls SC003 a warning', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const vm = { extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }
    // cpu.la57 is x86_64's: an SC003 warning (cpuFlagNotOnArch), and the board is simulated.
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'la57', ...vm, cpu: { la57: true } }, { id: 'lenient', ...vm, severity: { SC003: 'warning' } }] }))
    const warned = await run(['explain', 'la57', '--matrix', matrix, '--ram', '3G'])
    expect(warned.code).toBe(0)
    expect(warned.out).toContain('RAM 3G')
    // 100M is below the preset's least ramSize: no layout at all. The board's severity makes the
    // SC003 a warning, which does not give the size a layout: refused, not an empty explanation.
    const small = await run(['explain', 'lenient', '--matrix', matrix, '--ram', '100M'])
    expect(small.code).toBe(2)
    expect(small.err).toContain('--ram 100M: board "lenient" cannot be checked with that RAM size, given in place of its "ramSize"\n')
    expect(small.err).toMatch(/m\.json:1:\d+ {2}"ramSize" 100M is less than 256 MiB/)
  })

  it('--ram on a preset board of a file: a size refused is located at the "ramSize" it replaces, or at the board that sets none', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const text = [
      '{ "version": 1, "boards": [',
      '  { "id": "own", "extends": "qemu-virt-arm64",',
      '    "ramSize": "2G", "kernels": ["6.12"], "cmdline": "crashkernel=256M" },',
      '  { "id": "none", "extends": "qemu-q35-x86_64", "kernels": ["6.12"], "cmdline": "crashkernel=256M" },',
      '  { "id": "rd", "extends": "qemu-q35-x86_64", "ramSize": "2G", "kernels": ["6.12"],',
      '    "initrd": { "base": "0x7fedc000", "size": "0x103e6d" }, "cmdline": "crashkernel=256M" }',
      '] }',
      '',
    ].join('\n')
    await writeFile(matrix, text)
    const refused = async (board: string, ram: string) => {
      const r = await run(['explain', board, '--matrix', matrix, '--ram', ram])
      expect(r.code).toBe(2)
      return r.err.split('\n').map((l) => l.replace(matrix, 'm.json'))
    }
    // The schema's refusal (SC002) and the preset's least size (SC003), at the value --ram replaces.
    const own = await refused('own', '3X')
    expect(own[0]).toBe('crashkernel-check explain: --ram 3X: board "own" cannot be checked with that RAM size, given in place of its "ramSize"')
    expect(own[1]).toMatch(/^ {2}m\.json:3:16 {2}"3X" is not a RAM size like QEMU's -m .* {2}\(SC002\)$/)
    expect((await refused('own', '1M'))[1]).toMatch(/^ {2}m\.json:3:16 {2}"ramSize" 1M is less than 256 MiB .* {2}\(SC003\)$/)
    // A board without "ramSize": at the board, where --ram puts one.
    const none = await refused('none', '1M')
    expect(none[0]).toBe('crashkernel-check explain: --ram 1M: board "none" cannot be checked with that RAM size, given as its "ramSize", which it does not set')
    expect(none[1]).toMatch(/^ {2}m\.json:4:3 {2}"ramSize" 1M is less than 2192 KiB .* {2}\(SC003\)$/)
    // Something of the board's own that does not fit that much RAM: at that.
    expect((await refused('rd', '1G'))[1]).toMatch(/^ {2}m\.json:6:25 {2}initrd \[0x000000007fedc000, 0x000000007ffdfe6d\) is not inside RAM/)
    // A preset named as the board is in no file: the words alone, as before.
    const preset = await run(['explain', 'qemu-virt-arm64', '--matrix', matrix, '--ram', '1M'])
    expect(preset.err).toMatch(/^crashkernel-check explain: --ram 1M: "ramSize" 1M is less than 256 MiB .*\n$/)
    // Was a bug: one size refused stopped the command, and the sizes that can be checked were
    // not shown. Now each refusal is said, the other sizes shown, and the exit status is 2.
    const mixed = await run(['explain', 'own', '--matrix', matrix, '--ram', '3X,2G,1M'])
    expect(mixed.code).toBe(2)
    expect(mixed.out).toContain('RAM 2G')
    expect(mixed.out).not.toMatch(/RAM (3X|1M)/)
    const said = mixed.err.split('\n').map((l) => l.replace(matrix, 'm.json'))
    expect(said.filter((l) => l.startsWith('crashkernel-check explain: --ram '))).toEqual([own[0], own[0]!.replace('--ram 3X', '--ram 1M')])
    expect(said).toContainEqual(expect.stringMatching(/^ {2}m\.json:3:16 {2}"ramSize" 1M is less than 256 MiB/))
    // Two refused and nothing else: both said, exit 2.
    const both = await run(['explain', 'own', '--matrix', matrix, '--ram', '3X,1M'])
    expect(both.code).toBe(2)
    expect(both.out).toBe('')
    expect(both.err.match(/^crashkernel-check explain: --ram /gm)).toHaveLength(2)
  })

  it('--ram on a preset board: no finding about the file judged by that board alone (SC005)', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // Board "own" takes the defaults' command line; "q" has its own.
    const own = { id: 'own', arch: 'arm64', kernels: ['6.12'], image: { base: '0x40200000' }, memory: [{ base: '0x40000000', size: '1G' }] }
    await writeFile(matrix, JSON.stringify({ version: 1, defaults: { cmdline: 'crashkernel=256M' }, boards: [own, { id: 'q', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }] }))
    expect((await run(['check', matrix])).out).not.toContain('SC005')
    const r = await run(['explain', 'q', '--matrix', matrix, '--ram', '3G'])
    expect(r.out).toContain('RAM 3G')
    expect(r.out).not.toContain('SC005')
  })

  it('explains a board whose own severity makes SC003 an error, where the finding is a setting no kernel reads', async () => {
    // A decoder warning (cpu.la57 on arm64) drops no layout: refusing the board, or with
    // --partial calling its layouts unsimulatable, said something false.
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'strict', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M', cpu: { la57: true }, severity: { SC003: 'error' } }] }))
    const r = await run(['explain', 'strict', '--matrix', matrix])
    expect(r.err).toBe('')
    expect(r.out).toContain('crashkernel= size 256 MiB → reserved 256 MiB')
    expect(r.out).toContain('"cpu.la57" (LA57, 5-level paging) is a CPU feature only x86_64 kernels read')
    // The board's own severity: an error, so explain exits 1 as for any error of the board.
    expect(r.code).toBe(1)
  })
})
