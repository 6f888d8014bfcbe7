// SPDX-License-Identifier: GPL-2.0-only
/** `sweep`: kernels × RAM × crashkernel= values as tables, the changes, JSON, and the progress line. */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitCrashkernelList } from '../../src/cli/commands/args.js'
import { defaultSweepKernels, sweepKernelEntries } from '../../src/cli/commands/sweep.js'
import { KERNEL_PROFILES } from '../../src/presets/index.js'
import { tinyNodeBoard } from '../tiny-node.js'
import { run, tempDir } from './io.js'

describe('sweep', () => {
  it('defaults to one release per policy epoch, the Debian builds where they exist', () => {
    expect(defaultSweepKernels('riscv64')).toEqual(['5.10.223', '5.11.0', '5.12.0', '5.13.0', '5.14.0', '5.15.0', '5.17.0', '5.19.0', '6.0.0', '6.1.192', '6.2.0', '6.3.0', '6.4.0', '6.4.5', '6.5.0', '6.6.0', '6.7.0', '6.8.0', '6.9.0', '6.10.4', '6.11.0', '6.12.0', '6.12.13', '6.12.117', '6.13.0', '6.16.0', '6.17.0', '6.17.7', '6.18.0', '6.19.0', '7.0.0', '7.1.0', '7.2.13', '7.3.4'])
    const arm64 = defaultSweepKernels('arm64')
    expect(arm64).toContain('6.2.0')
    // The 6.12.y stable epochs: the Debian build stands for 6.12.117's own, the .0 for the others.
    expect(arm64.filter((k) => k.startsWith('6.12.') || k.startsWith('6.13.'))).toEqual(['6.12.0', '6.12.13', '6.12.54', '6.12.103', '6.12.117', '6.13.0'])
    expect(arm64).toContain('6.9.0')
    // acpi=nospcr from 6.11 (arch/arm64/kernel/acpi.c@v6.11:63, not @v6.8).
    expect(arm64).toContain('6.11.0')
    expect(arm64).toContain('6.16.0')
    expect(arm64).toContain('6.17.0')
    // The rodata= stable epochs of the linear map.
    expect(arm64).toContain('6.0.10')
    expect(arm64).toContain('6.6.4')
    expect(arm64).toContain('6.6.0')
    expect(arm64).toContain('6.17.4')
    // The epochs the upstream trees pin between 6.18 and 7.3.
    expect(arm64.filter((k) => /^(6\.1[89]|7)\./.test(k))).toEqual(['6.18.0', '6.19.0', '7.0.0', '7.1.0', '7.2.13', '7.3.4'])
    expect(arm64).toContain('5.15.0')
    expect(arm64).toContain('5.14.0')
    expect(arm64).toContain('5.17.0')
    expect(arm64.length).toBe(40)
  })

  it('keeps the epochs split off for hugetlb_cma= only where the board names it (KernelPolicy.onlyFor)', () => {
    // HUGETLB_CMA_BY_RELEASE's splits: 5.10.75, 5.14.14, 5.16, 6.1.65 beside 6.1.192 (6.1.176),
    // 6.10, 6.12.90 and 6.15 on arm64; without the parameter each folds into the epoch before it.
    const split = ['5.10.75', '5.14.14', '5.16.0', '6.1.65', '6.10.0', '6.12.90', '6.15.0']
    const arm64 = defaultSweepKernels('arm64', 'console=ttyAMA0 hugetlb-cma=1G crashkernel=256M')
    expect(arm64).toEqual(expect.arrayContaining([...split, '6.1.192']))
    expect(arm64.length).toBe(47)
    expect(defaultSweepKernels('arm64', 'console=ttyAMA0 crashkernel=256M').filter((k) => split.includes(k))).toEqual([])
    expect(defaultSweepKernels('riscv64', 'hugetlb_cma=2G')).toHaveLength(39)
  })

  it('keeps protected KVM\'s arm64 5.13, 6.8 and 6.14 only where the board names kvm-arm.mode, however spelt', () => {
    const plain = defaultSweepKernels('arm64', 'crashkernel=256M')
    expect(plain.filter((k) => ['5.13.0', '6.8.0', '6.14.0'].includes(k))).toEqual([])
    for (const cmdline of ['crashkernel=256M kvm-arm.mode=protected', 'crashkernel=256M kvm_arm.mode=protected']) {
      const pkvm = defaultSweepKernels('arm64', cmdline)
      expect(pkvm.filter((k) => !plain.includes(k))).toEqual(['5.13.0', '6.8.0', '6.14.0'])
    }
  })

  it('lends a release without a Debian build the nearest older build\'s figures, keeping the board\'s config', () => {
    const hex = (n: bigint) => `0x${n.toString(16)}`
    const board = { wire: { id: 'b', config: { CMA: false } }, defaults: undefined } as unknown as Parameters<typeof sweepKernelEntries>[2]
    const [own, borrowed] = sweepKernelEntries('arm64', ['6.1', '6.2.0'], board) as unknown as [unknown, { release: string; imageSize: string; config?: Record<string, unknown> }]
    expect(own).toBe('6.1')
    expect(borrowed.release).toBe('6.2.0')
    // Nearest older: 6.1.192, not 5.10.223.
    expect(borrowed.imageSize).toBe(hex(KERNEL_PROFILES['arm64-6.1']!.imageSize))
    expect(borrowed.imageSize).not.toBe(hex(KERNEL_PROFILES['arm64-5.10']!.imageSize))
    // The board sets CMA itself: the borrowed configuration leaves it alone.
    expect(borrowed.config).toBeDefined()
    expect(Object.keys(borrowed.config!)).not.toContain('CMA')
    // riscv64 has no Debian build before 6.12: the nearest newer one lends its figures.
    const [riscv] = sweepKernelEntries('riscv64', ['5.13.0'], board) as unknown as [{ imageSize: string }]
    expect(riscv.imageSize).toBe(hex(KERNEL_PROFILES['riscv64-6.12']!.imageSize))
  })

  it('sweeps a release as itself: an entry\'s what-if policy is not taken, and the entry without one is preferred', () => {
    const board = (kernels: unknown[]) => ({ wire: { id: 'b', kernels }, defaults: undefined }) as unknown as Parameters<typeof sweepKernelEntries>[2]
    // A what-if beside the release (docs/policies.md): the 6.1 row is 6.1's, with its own line.
    const beside = sweepKernelEntries('arm64', ['6.1'], board([{ release: '6.1', policy: 'whatif-bhe-4g-low-end', cmdline: 'crashkernel=1G' }, { release: '6.1', cmdline: 'crashkernel=512M' }]))
    expect(beside).toEqual([{ release: '6.1', cmdline: 'crashkernel=512M' }])
    // Only a what-if entry: its settings stay, its policy does not.
    const alone = sweepKernelEntries('arm64', ['6.1'], board([{ release: '6.1', policy: 'whatif-bhe-4g-low-end', cmdline: 'crashkernel=1G' }]))
    expect(alone).toEqual([{ release: '6.1', cmdline: 'crashkernel=1G' }])
    // The release's own entry written as a string: the what-if's settings are not taken either.
    const plain = sweepKernelEntries('arm64', ['6.1'], board(['6.1', { release: '6.1', policy: 'whatif-bhe-4g-low-end', cmdline: 'crashkernel=1G' }]))
    expect(plain).toEqual([{ release: '6.1' }])
    // A list in `defaults` is the board's when it has none (check --kernel and explain read it).
    const defaults = { wire: { id: 'b' }, defaults: { kernels: [{ release: '6.1.192', cmdline: 'crashkernel=512M' }] } } as unknown as Parameters<typeof sweepKernelEntries>[2]
    expect(sweepKernelEntries('arm64', ['6.1'], defaults)).toEqual([{ release: '6.1', cmdline: 'crashkernel=512M' }])
  })

  it('puts rows in version order and RAM variants from the smallest, whatever order --kernel and --ram give', async () => {
    const json = JSON.parse((await run(['sweep', 'qemu-virt-arm64', '--ram', '8G,2G,4G', '--kernel', '6.12,5.10,6.1', '--sizes', '512M', '--format', 'json'])).out) as { kernels: string[]; ram: string[] }
    expect([json.kernels, json.ram]).toEqual([['5.10', '6.1', '6.12'], ['2G', '4G', '8G']])
  })

  it('names the nearest --format for a misspelt one, as check does', async () => {
    const r = await run(['sweep', 'rpi4', '--format', 'JSON'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^crashkernel-check sweep: --format must be text or json, not "JSON"; did you mean "json"\?\n/)
  })

  it('says in its help where a release older than every Debian build borrows from', async () => {
    const r = await run(['sweep', '--help'])
    expect(r.out.replace(/\s+/g, ' ')).toContain('of the nearest older one, or of the nearest newer where none is older')
  })

  it('lends a 4K board the 4K build of the nearest series, a 16K board the 16K flavour where Debian has one', () => {
    // arm64-6.12-16k shares 6.12.117 with the 4K build and sorts after it: a 4K board's 6.13.0
    // – 7.1.0 rows took the 16K build's image size and NODE_DATA.
    const hex = (n: bigint) => `0x${n.toString(16)}`
    const board = { wire: { id: 'b' }, defaults: undefined } as unknown as Parameters<typeof sweepKernelEntries>[2]
    type Entry = { imageSize: string; boot: { nodeData: string } }
    const of = (pageSize?: bigint) => sweepKernelEntries('arm64', ['6.13.0', '7.0.0', '7.2.13'], board, pageSize) as unknown as [Entry, Entry, string]
    const four = KERNEL_PROFILES['arm64-6.12']!
    const sixteen = KERNEL_PROFILES['arm64-6.12-16k']!
    expect(four.imageSize).not.toBe(sixteen.imageSize)
    for (const e of of().slice(0, 2) as Entry[]) expect([e.imageSize, e.boot.nodeData]).toEqual([hex(four.imageSize), String(four.boot.nodeData)])
    for (const e of of(16384n).slice(0, 2) as Entry[]) expect([e.imageSize, e.boot.nodeData]).toEqual([hex(sixteen.imageSize), String(sixteen.boot.nodeData)])
    // A release with a build of its own stays as it is.
    expect(of()[2]).toBe('7.2.13')
  })

  it('marks a boot that panics after the reservation PANIC, and the kernels where it starts and stops', async () => {
    // An x86 NUMA node of 2 MiB (CK012): memmap_init() faults on 5.10.53 – 5.10.201 and 5.13.5 – 5.17.
    const wire = tinyNodeBoard(['6.1'])
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [wire] }))
    const r = await run(['sweep', 'tiny', '--matrix', matrix, '--kernels', '5.10.0,5.10.53,5.10.202,5.13.5,5.17.15,5.18.0', '--sizes', '256M'])
    expect(r.code).toBe(0)
    const row = (k: string) => r.out.split('\n').find((l) => l.trimStart().startsWith(`${k} `))
    for (const k of ['5.10.53', '5.13.5', '5.17.15']) expect(row(k), k).toMatch(/[ *]PANIC\s*$/)
    for (const k of ['5.10.0', '5.10.202', '5.18.0']) expect(row(k), k).toMatch(/[ *]DMA32 0x\S+\s*$/)
    // Each change of outcome down the kernel column is marked.
    expect(row('5.10.53')).toContain('*PANIC')
    expect(row('5.10.202')).toContain('*DMA32')
    expect(row('5.13.5')).toContain('*PANIC')
    expect(row('5.18.0')).toContain('*DMA32')
    // JSON says it too: "reserved" alone read as a machine that comes up.
    const json = JSON.parse((await run(['sweep', 'tiny', '--matrix', matrix, '--kernels', '5.10.0,5.10.53', '--sizes', '256M', '--format', 'json'])).out) as { cells: Array<Record<string, unknown>> }
    expect(json.cells.map((c) => [c.release, c.outcome, c.panic])).toEqual([['5.10.0', 'reserved', undefined], ['5.10.53', 'reserved', 'node-without-pgdat']])
  })

  it('says which rows borrow, and from which Debian build, under the table and in the JSON', async () => {
    const r = await run(['sweep', 'rpi4', '--kernels', '6.1,6.2.0,6.6,6.12,7.0', '--ram', '2G', '--sizes', '256M'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Releases without a Debian build of this architecture take the image size, boot allocations and configuration the board does not set from one that has (the nearest older, else the nearest newer):\n  6.1.192: 6.2.0, 6.6.0\n  6.12.117: 7.0.0\n')
    const json = JSON.parse((await run(['sweep', 'rpi4', '--kernels', '6.1,6.6', '--ram', '2G', '--sizes', '256M', '--format', 'json'])).out) as { borrowed?: unknown }
    expect(json.borrowed).toEqual([{ kernel: '6.6.0', from: '6.1.192' }])
    // Debian builds only: no such lines.
    expect((await run(['sweep', 'rpi4', '--kernels', '6.1,6.12', '--ram', '2G', '--sizes', '256M'])).out).not.toContain('without a Debian build')
  })

  it('keeps the image size and boot allocations the board sets itself in every row, as the Debian builds\' rows do', async () => {
    // A board imported from a 6.12 boot log with /proc/iomem: its build's image and code size
    // and NODE_DATA. Lending 6.0.0's row 5.10's image size (0x1ad0000) made it smaller than the
    // board's code size (SC003 codeBeyondImage), and the row was left empty ("—") unexplained.
    const wire = { id: 'imported', arch: 'arm64', kernels: ['6.12.117'], memory: [{ base: '0x40000000', size: '0x100000000' }], image: { base: '0x40200000', size: '0x2500000', codeSize: '0x1d30000' }, boot: { nodeData: '0x3740' }, cmdline: 'crashkernel=256M' }
    const [entry] = sweepKernelEntries('arm64', ['6.0.0'], { wire, defaults: undefined } as unknown as Parameters<typeof sweepKernelEntries>[2]) as unknown as [{ release: string; imageSize?: string; boot?: Record<string, string> }]
    expect(entry.imageSize).toBeUndefined()
    expect(entry.boot).toBeDefined()
    expect(Object.keys(entry.boot!)).not.toContain('nodeData')
    expect(entry.boot!.unflattenedDt).toBe(String(KERNEL_PROFILES['arm64-5.10']!.boot.unflattenedDt))
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [wire] }))
    const r = await run(['sweep', 'imported', '--matrix', matrix, '--kernels', '5.10,6.0.0,6.12', '--sizes', '256M'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^ +6\.0\.0 +arm64-6\.0 +DMA 0x\S+/m)
    expect(r.out).not.toMatch(/^ +6\.0\.0 +—/m)
  })

  it('says why a kernel\'s row is empty: the decoder\'s problem for that kernel, in check\'s words', async () => {
    // A code size and no image size: 6.0.0 borrows 5.10's image size, smaller than the code.
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'b', arch: 'arm64', kernels: ['6.12'], memory: [{ base: '0x40000000', size: '4G' }], image: { base: '0x40200000', codeSize: '0x1d30000' }, cmdline: 'crashkernel=256M' }] }))
    const r = await run(['sweep', 'b', '--matrix', matrix, '--kernels', '6.0.0,6.12', '--sizes', '256M'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^ +6\.0\.0 +—/m)
    expect(r.out).toContain(`kernel 6.0.0 not simulated (its row is empty): kernel code size 0x1d30000 is larger than the kernel image (0x${KERNEL_PROFILES['arm64-5.10']!.imageSize.toString(16)})`)
    expect(r.out).toContain('(SC003, board/image/codeSize)')
    const json = JSON.parse((await run(['sweep', 'b', '--matrix', matrix, '--kernels', '6.0.0,6.12', '--sizes', '256M', '--format', 'json'])).out) as { unsimulated?: Array<{ kernel: string; problem: string }> }
    expect(json.unsimulated?.map((u) => u.kernel)).toEqual(['6.0.0'])
  })

  it('shows the size a range list took, and marks the change when only the size moves at a boundary', async () => {
    // q35 with 4G has 4095.49 MiB of System RAM: 5.10 reads 1G-4G:192M, 6.1 rounds it up to
    // 4096 MiB (kernel/crash_core.c:57) and reads 4G-64G:256M, in the same zone. Before, both
    // cells said "DMA32 <base>" alone, unmarked, and "nothing changes" was printed.
    const r = await run(['sweep', 'qemu-q35-x86_64', '--kernel', '5.10,6.1', '--ram', '4G', '--sizes', '1G-4G:192M,4G-64G:256M,64G-:512M,256M'])
    expect(r.code).toBe(0)
    // The plain 256M column, whose size is in its head, keeps its cells as they were.
    expect(r.out).toMatch(/5\.10\.223 +x86_64-5\.10\.202 +192M: DMA32 0x7300_0000 +DMA32 0x6f00_0000\n/)
    expect(r.out).toMatch(/6\.1\.192 +x86_64-6\.1\.178 +\*256M: DMA32 0x6f00_0000 +DMA32 0x6f00_0000\n/)
    expect(r.out).toContain('RAM 4G, crashkernel=1G-4G:192M,4G-64G:256M,64G-:512M: 5.10.223 → 6.1.192: 192M: DMA32 0x7300_0000 → 256M: DMA32 0x6f00_0000\n')
  })

  it('uses the board\'s own value, all its tokens joined by +, as a column', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '8G', kernels: ['6.12'], cmdline: 'crashkernel=512M,high crashkernel=64M,low' }] }))
    const r = await run(['sweep', 'vm', '--matrix', matrix, '--kernels', '6.12'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/crashkernel=512M,high\+64M,low \(board\) +crashkernel=256M +crashkernel=512M +crashkernel=1G +crashkernel=2G\n/)
    expect(r.out).toMatch(/6\.12\.117 +arm64-6\.12\.117 +Normal 0x\S+ \+low DMA/)
  })

  it('shows what changes from 6.1 to 6.12 and from 2 GB to 8 GB on rpi4', async () => {
    const r = await run(['sweep', 'rpi4', '--kernels', '6.1,6.2.0,6.12', '--ram', '2G,8G', '--sizes', '256M,1G'])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toContain('sweep rpi4 (arm64): 3 kernel(s) × 2 RAM variant(s) × 2 crashkernel= value(s)')
    expect(r.out).toMatch(/RAM 8G\n {2}kernel +policy +crashkernel=256M \(board\) +crashkernel=1G/)
    expect(r.out).toMatch(/6\.1\.192 +arm64-6\.1\.176 +DMA 0x1ee0_0000 +FAILED no room/)
    expect(r.out).toMatch(/6\.2\.0 +arm64-6\.2 +DMA 0x1ee0_0000 +\*↑Normal 0x1_b\S+ \+low DMA/)
    expect(r.out).toContain('RAM 8G, crashkernel=1G: 6.1.192 → 6.2.0: FAILED no room → ↑Normal')
    expect(r.out).toMatch(/6\.12\.117, crashkernel=1G: RAM 2G → 8G: FAILED no room → ↑Normal/)
  })

  it('sweeps a kernel given twice, or as its series and its release, once', async () => {
    const r = await run(['sweep', 'rpi4', '--kernels', '6.12,6.1,6.12.117,6.12', '--ram', '2G', '--sizes', '256M'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('sweep rpi4 (arm64): 2 kernel(s) × 1 RAM variant(s) × 1 crashkernel= value(s)')
    expect(r.out.match(/^ +6\.12\.117 /gm)).toHaveLength(1)
  })

  it('takes --sizes values written as on the command line, as the same column', async () => {
    const r = await run(['sweep', 'qemu-virt-arm64', '--kernels', '6.12', '--ram', '1G', '--sizes', 'crashkernel=512M,high+crashkernel=64M,low,512M,high+64M,low,crashkernel=256M'])
    expect(r.code).toBe(0)
    expect(r.out).not.toContain('crashkernel=crashkernel=')
    // One column for the two spellings of the same value; the board's own value is marked.
    expect(r.out).toMatch(/ {2}kernel +policy +crashkernel=512M,high\+64M,low +crashkernel=256M \(board\)\n/)
    expect(r.out).toContain('1 kernel(s) × 1 RAM variant(s) × 2 crashkernel= value(s)')
  })

  it('marks a ,high request its fallback placed below the low limit with ↓, not ↑', async () => {
    // As the oracle's amd64-6.12-q35-1G-ck512M.high boot: no RAM above 4 GiB, so 6.12 retries
    // [0, 4G) and prints "crashkernel reserved: 0x000000001f000000 - 0x000000003f000000".
    const r = await run(['sweep', 'qemu-q35-x86_64', '--kernels', '6.12', '--ram', '1G,8G', '--sizes', '512M,high,4G'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/6\.12\.117 +x86_64-6\.12\.97 +↓DMA32 0x1f00_0000 +ignored/)
    expect(r.out).toContain('↓ = ,high placed below it by the fallback')
    // A plain request that went above the low limit keeps ↑.
    expect(r.out).toMatch(/RAM 8G\n.*\n.*\n {2}6\.12\.117 +x86_64-6\.12\.97 +Normal 0x\S+ \+low DMA32 +↑Normal 0x\S+ \+low DMA32/)
  })

  it('names a misaligned @offset as such on every kernel, though 6.1+ reports it as in use, and marks no change between them', async () => {
    // 0x60100000 is not 2 MiB-aligned: 5.10 checks the alignment itself, later kernels ask
    // memblock_phys_alloc_range() for [base, base + size), which fails as "in use".
    const r = await run(['sweep', 'qemu-virt-arm64', '--kernels', '5.10,6.1,6.12,7.2', '--ram', '4G', '--sizes', '256M@0x60100000'])
    expect(r.code).toBe(0)
    const rows = r.out.split('\n').filter((l) => /^ {2}\d+\.\d+\.\d+ /.test(l))
    expect(rows).toHaveLength(4)
    for (const row of rows) expect(row).toMatch(/ {2}FAILED @ misaligned$/)
    // An @offset a reservation really holds stays "in use".
    const used = await run(['sweep', 'qemu-virt-arm64', '--kernels', '6.12', '--ram', '4G', '--sizes', '256M@0x40000000'])
    expect(used.out).toMatch(/6\.12\.117 +arm64-6\.12\S* +FAILED @ in use/)
  })

  // Found by a review: the rows took the bare release, so a kernel entry's own cmdline,
  // config or mem= was dropped and a cell disagreed with check; and a kernel of the board's
  // own that --kernel left out (one without an image size) refused the sweep.
  it("keeps a kernel entry's own settings in its row, sweeps its own value, and ignores kernels --kernel leaves out", async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [
      { id: 'k', extends: 'qemu-virt-arm64', ramSize: '4G', cmdline: 'console=ttyAMA0 crashkernel=256M', kernels: [{ release: '6.12', cmdline: 'console=ttyAMA0 mem=1536M crashkernel=256M' }, { release: '6.1', config: { ZONE_DMA: false, ZONE_DMA32: false } }] },
      { id: 'pi', extends: 'raspberrypi-4', cmdline: 'console=ttyS0 crashkernel=1G', kernels: ['6.1', { release: '6.12', cmdline: 'console=ttyS0 crashkernel=1536M,high crashkernel=1G,low' }] },
      { id: 'p', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12', '6.6'], cmdline: 'crashkernel=256M' },
      { id: 'first', extends: 'qemu-virt-arm64', ramSize: '2G', cmdline: 'crashkernel=384M', kernels: [{ release: '6.12', cmdline: 'crashkernel=1G' }, '6.1'] },
      { id: 'all', extends: 'qemu-virt-arm64', ramSize: '2G', cmdline: 'crashkernel=384M', kernels: [{ release: '6.12', cmdline: 'crashkernel=1G' }] },
      { id: 'v', arch: 'arm64', kernels: ['6.12'], image: { base: '0x40200000' }, cmdline: 'crashkernel=256M', ram: [{ name: 'good', memory: [{ base: '0x40000000', size: '2G' }] }, { name: 'bad', memory: [{ base: '0x40000000', size: '2G' }, { base: '0x80000000', size: '1G' }] }] },
    ] }))
    const k = JSON.parse((await run(['sweep', 'k', '--matrix', matrix, '--kernels', '6.1,6.12', '--sizes', '256M', '--format', 'json'])).out) as { cells: Array<{ release: string; main: { base: string } }> }
    const checked = JSON.parse((await run(['check', matrix, '--boards', 'k', '--format', 'json'])).out) as { layouts: Array<{ kernel: string; result: { crashkernel: { main: { base: string } } } }> }
    for (const cell of k.cells) expect(cell.main.base, cell.release).toBe(checked.layouts.find((l) => l.kernel === cell.release)!.result.crashkernel.main.base)
    expect(k.cells.map((c) => c.main.base)).toEqual(['0x0000000130000000', '0x000000008a200000'])
    const pi = await run(['sweep', 'pi', '--matrix', matrix, '--kernels', '6.1,6.12', '--ram', '4G'])
    expect(pi.out).toMatch(/crashkernel=1G \(board\) +crashkernel=1536M,high\+1G,low \(6\.12\) /)
    expect(pi.out).toMatch(/6\.12\.117 +arm64-6\.12\.117 +\S.* FAILED low part failed /)
    expect(pi.out).toContain('  6.12: crashkernel=1536M,high crashkernel=1G,low\n')
    const p = await run(['sweep', 'p', '--matrix', matrix, '--kernels', '6.12', '--sizes', '256M'])
    expect(p.code).toBe(0)
    expect(p.err).toBe('')
    expect(p.out).toMatch(/6\.12\.117 +arm64-6\.12\.117 +DMA 0x/)
    // The board's own value is its line's, though its first kernel entry has a line of its own.
    const first = await run(['sweep', 'first', '--matrix', matrix, '--kernels', '6.1,6.12'])
    expect(first.out).toMatch(/crashkernel=384M \(board\) +crashkernel=1G \(6\.12\) /)
    expect(first.out).toContain('  6.12: crashkernel=1G\n')
    // Every kernel the board lists has a line of its own: the rows of the others read the
    // board's, whose value is the board's column, not one headed by every other kernel.
    const all = await run(['sweep', 'all', '--matrix', matrix, '--kernels', '6.1,6.12'])
    expect(all.out).toMatch(/crashkernel=384M \(board\) +crashkernel=1G \(6\.12\) /)
    expect(all.out).toContain('  6.12: crashkernel=1G\n')
    expect(all.out).not.toContain('(6.1.192')
    // A RAM variant the decoder drops is named, and fails the run, as explain does.
    const v = await run(['sweep', 'v', '--matrix', matrix, '--kernels', '6.12', '--sizes', '256M'])
    expect(v.code).toBe(1)
    expect(v.err).toMatch(/^crashkernel-check sweep: some layouts of board "v" cannot be simulated, and are not swept:\n  \S+m\.json:1:\d+  bank 1 of bad .* overlaps bank 0 of bad .*\(SC003\)\n$/)
    expect(v.out).toContain('RAM good')
    // The help says so: its exit status 1 is not "failures in the table" (found by a review:
    // the help, docs/cli.md and the README said sweep never exits 1).
    expect((await run(['sweep', '--help'])).out).toContain("1 some of the board's own layouts cannot be simulated and are left out")
  })

  // Found by a review: a kernel of the board's own without an image size (SC003) was named on
  // stderr as "cannot be simulated, and are not swept", and failed the run, while its row,
  // which borrows the nearest Debian build's image size, was swept and shown.
  it('does not call a row lost that borrowed what the board lacks', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'r', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: ['5.10', '6.12'], cmdline: 'crashkernel=256M' }] }))
    const r = await run(['sweep', 'r', '--matrix', matrix, '--kernels', '5.10,6.12', '--sizes', '256M'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/5\.10\.223 +riscv64-5\.10 +ignored: no kdump/)
    // A row the decoder still drops (the image of 6.12 over the DTB) is lost, and said so.
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'r', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: ['5.10', { release: '6.12', imageSize: '0x100000000' }, '7.2'], cmdline: 'crashkernel=256M' }] }))
    const lost = await run(['sweep', 'r', '--matrix', matrix, '--kernels', '5.10,6.12', '--sizes', '256M'])
    expect(lost.code).toBe(1)
    expect(lost.err).toContain('kernel image')
    expect(lost.err.match(/\(SC003\)/g)).toHaveLength(1)
  })

  // Found by a review: a board that lists no kernels (test/boots' boards, a board written for
  // --kernel) was refused with SC003 "sets no kernels", though the rows are the swept kernels,
  // never the board's list, and explain and suggest take it with --kernel.
  it("sweeps a board that lists no kernels of its own, with --kernels or the default rows", async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'q', extends: 'qemu-virt-arm64', ramSize: '4G', cmdline: 'console=ttyAMA0 kvm-arm.mode=protected crashkernel=256M' }] }))
    const given = await run(['sweep', 'q', '--matrix', matrix, '--kernels', '6.12', '--sizes', '256M'])
    expect(given.err).toBe('')
    expect(given.code).toBe(0)
    expect(given.out).toMatch(/6\.12\.117 +arm64-6\.12\.117 +DMA 0x\S+/)
    const all = await run(['sweep', 'q', '--matrix', matrix, '--sizes', '256M', '--format', 'json'])
    expect(all.err).toBe('')
    expect(all.code).toBe(0)
    // The default rows read the board's command line: its kvm-arm.mode= keeps protected KVM's epochs.
    expect(JSON.parse(all.out).kernels).toEqual(defaultSweepKernels('arm64', 'console=ttyAMA0 kvm-arm.mode=protected crashkernel=256M'))
    expect(JSON.parse(all.out).kernels).toContain('6.8.0')
  })

  it('reports a hang (riscv, RAM below 4 GiB) and an ignored option as cells', async () => {
    const hang = await run(['sweep', 'qemu-virt-riscv64', '--ram', '2G', '--sizes', '512M,1800M'])
    expect(hang.code).toBe(0)
    expect(hang.out).toMatch(/5\.10\.223 +riscv64-5\.10 +ignored: no kdump +ignored: no kdump/)
    expect(hang.out).toMatch(/5\.13\.0 +riscv64-5\.13 +\*DMA32 0x\S+ +\*FAILED no room/)
    expect(hang.out).toMatch(/6\.1\.192 +riscv64-6\.1\.176 +DMA32 0x\S+ +FAILED no room/)
    // 6.6's own code gives up after one fallback; the generic code of 6.7 retries forever.
    expect(hang.out).toMatch(/6\.6\.0 +riscv64-6\.6 +DMA32 0x\S+ +FAILED no room/)
    expect(hang.out).toMatch(/6\.7\.0 +riscv64-6\.7 +DMA32 0x\S+ +\*HANG/)
    expect(hang.out).toContain('crashkernel=1800M: 6.6.0 → 6.7.0: FAILED no room → HANG')
    const hangJson = JSON.parse((await run(['sweep', 'qemu-virt-riscv64', '--kernels', '6.7', '--ram', '2G', '--sizes', '1800M', '--format', 'json'])).out) as { cells: unknown[] }
    expect(hangJson.cells).toEqual([expect.objectContaining({ outcome: 'hang', cause: 'endless-retry', cell: 'HANG' })])
    // A value with a size that the kernel's parser refuses ("unrecognized char") is a result;
    // one with no size at all is refused by --sizes itself (test/cli/input.test.ts).
    const ignored = await run(['sweep', 'qemu-virt-arm64', '--kernels', '6.1', '--ram', '1G', '--sizes', '512Mx,512M'])
    expect(ignored.out).toMatch(/6\.1\.192 +arm64-6\.1\.176 +ignored: syntax +DMA/)
    const json = JSON.parse((await run(['sweep', 'qemu-virt-arm64', '--kernels', '6.1', '--ram', '1G', '--sizes', '512Mx', '--format', 'json'])).out)
    expect(json.cells).toEqual([expect.objectContaining({ crashkernel: '512Mx', outcome: 'ignored', reason: 'syntax' })])
    // A ,cma token alone is refused as a ,low alone is (no plain or ,high size): the cell must
    // not call it ",low only".
    const cma = await run(['sweep', 'qemu-q35-x86_64', '--kernels', '7.2', '--ram', '4G', '--sizes', '64M,cma,128M,low'])
    expect(cma.out).toMatch(/7\.2\.13 +x86_64-7\.2 +ignored: ,low\/,cma only +ignored: ,low\/,cma only/)
    expect(cma.out).not.toContain(',low only')
  })

  it('writes every cell as JSON, hex strings for addresses, and no progress line', async () => {
    // A clock past one second: a text run would draw the line by now.
    const r = await run(['sweep', 'visionfive2', '--sizes', '512M,512M,high+128M,low', '--format', 'json'], { isTTY: { stdout: false, stderr: true }, clock: [0, 5000] })
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    const doc = JSON.parse(r.out)
    expect(doc.kernels).toEqual(['5.10.223', '5.11.0', '5.12.0', '5.13.0', '5.14.0', '5.15.0', '5.17.0', '5.19.0', '6.0.0', '6.1.192', '6.2.0', '6.3.0', '6.4.0', '6.4.5', '6.5.0', '6.6.0', '6.7.0', '6.8.0', '6.9.0', '6.10.4', '6.11.0', '6.12.0', '6.12.13', '6.12.117', '6.13.0', '6.16.0', '6.17.0', '6.17.7', '6.18.0', '6.19.0', '7.0.0', '7.1.0', '7.2.13', '7.3.4'])
    expect(doc.sizes).toEqual(['512M', '512M,high+128M,low'])
    expect(doc.cells).toHaveLength(34 * 2 * 2)
    const cell = doc.cells.find((c: { kernel: string; ram: string; crashkernel: string }) => c.kernel === '6.12.117' && c.ram === '4G' && c.crashkernel === '512M,high+128M,low')
    expect(cell).toMatchObject({ outcome: 'reserved', main: { zone: 'Normal' }, low: { zone: 'DMA32' } })
    expect(cell.main.base).toMatch(/^0x[0-9a-f]{16}$/)
  })

  it('takes any --ram size only on a qemu preset board without RAM of its own', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    const board = { id: 'q', extends: 'qemu-virt-arm64', kernels: ['6.12'], cmdline: 'crashkernel=256M' }
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ ...board, ram: [{ name: '2G', memory: [{ base: '0x40000000', size: '2G' }] }] }, { ...board, id: 'p' }] }))
    const own = await run(['sweep', 'q', '--matrix', matrix, '--kernels', '6.12', '--ram', '3G'])
    expect(own.code).toBe(2)
    expect(own.err).toContain('--ram 3G: board "q" has the RAM variants 2G')
    const derived = await run(['sweep', 'p', '--matrix', matrix, '--kernels', '6.12', '--ram', '3G', '--format', 'json'])
    expect(derived.code).toBe(0)
    expect(JSON.parse(derived.out).cells.length).toBeGreaterThan(0)
  })

  it("says in check's words why a --ram size does not fit a qemu preset", async () => {
    const r = await run(['sweep', 'qemu-virt-arm64', '--kernels', '6.12', '--ram', '1K'])
    expect(r.code).toBe(2)
    expect(r.err).toBe(
      'crashkernel-check sweep: --ram 1K: not a RAM size for preset qemu-virt-arm64 ("ramSize" 1K is less than 256 MiB (0x10000000), the least preset qemu-virt-arm64 lays out: QEMU puts the initrd at half of a smaller RAM instead of at 128 MiB, where this preset places it (and the DTB after it); describe such a machine with `memory`, `initrd` and `dtb`)\n',
    )
  })

  it('says the board, not the size, is what does not fit when its own initrd is outside that much RAM', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '2G', kernels: ['6.12'], initrd: { base: '0x7fedc000', size: '0x103e6d' }, cmdline: 'crashkernel=256M' }] }))
    const r = await run(['sweep', 'q', '--matrix', matrix, '--kernels', '6.12', '--ram', '1G'])
    expect(r.code).toBe(2)
    expect(r.err).toBe('crashkernel-check sweep: --ram 1G: board "q" does not fit 1G of RAM (initrd [0x000000007fedc000, 0x000000007ffdfe6d) is not inside RAM: [0x000000007fedc000, 0x000000007ffdfe6d) is in no bank)\n')
  })

  it('exits 2 for an unknown kernel, RAM variant or format', async () => {
    expect((await run(['sweep', 'rpi4', '--kernels', '6.1,9.9'])).err).toContain('"9.9" is not a kernel')
    expect((await run(['sweep', 'rpi4', '--ram', '16G'])).code).toBe(2)
    expect((await run(['sweep', 'rpi4', '--format', 'sarif'])).code).toBe(2)
  })
})

describe('progress', () => {
  const ESC = '\r\x1b[K'

  it('is drawn on stderr when it is a terminal and the run is long (> 500 layouts)', async () => {
    const r = await run(['sweep', 'rpi4', '--sizes', '128M,192M,256M,384M,512M,768M,1G,2G'], { isTTY: { stderr: true }, clock: [0] })
    expect(r.code).toBe(0)
    // rpi4's default kernels (one per arm64 policy but those split off for hugetlb_cma=, 40) × 4 RAM variants × 8 sizes.
    expect(r.err).toContain(`${ESC}sweep rpi4: simulating 1/1280 (0%)`)
    expect(r.err.endsWith(ESC)).toBe(true)
    expect(r.out).not.toContain('simulating')
  })

  it('is drawn once a short run passes one second', async () => {
    const r = await run(['sweep', 'visionfive2'], { isTTY: { stderr: true }, clock: [0, 0, 0, 1500, 1700] })
    expect(r.err).toMatch(/\r\x1b\[Ksweep visionfive2: simulating \d+\/\d+ \(\d+%\)/)
    const quick = await run(['sweep', 'visionfive2'], { isTTY: { stderr: true }, clock: [0] })
    expect(quick.err).toBe('')
  })

  it('is never drawn when stderr is not a terminal', async () => {
    const r = await run(['sweep', 'rpi4', '--sizes', '128M,192M,256M,384M,512M,768M,1G,2G'], { isTTY: { stdout: true, stderr: false }, clock: [0, 5000] })
    expect(r.err).toBe('')
  })

  it('shows on suggest too', async () => {
    const r = await run(['suggest', 'rpi4'], { isTTY: { stderr: true }, clock: [0, 2000] })
    expect(r.err).toMatch(/suggest rpi4: verifying \d+\/\d+/)
  })
})

describe('crashkernel= value lists', () => {
  it('keeps suffixes and range entries with their value', () => {
    expect(splitCrashkernelList('256M,512M,high+128M,low,1G-4G:192M,4G-:256M')).toEqual(['256M', '512M,high+128M,low', '1G-4G:192M,4G-:256M'])
    expect(splitCrashkernelList('1G,high;256M@0x40000000')).toEqual(['1G,high', '256M@0x40000000'])
  })
})
