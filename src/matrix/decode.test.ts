// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { decodeMatrix, unmatchedPatterns } from './decode.js'
import type { Board, BoardMatrix, Settings } from './generated/board-matrix.js'

const matrix = (boards: BoardMatrix['boards'], defaults?: Settings): BoardMatrix => ({ version: 1, ...(defaults && { defaults }), boards })

describe('decodeMatrix: layouts', () => {
  it('makes one layout per RAM variant × kernel, with series resolved to releases', () => {
    const { layouts, problems } = decodeMatrix(matrix([{ id: 'pi', extends: 'raspberrypi-4', kernels: ['6.1', '6.12.117'] }]))
    expect(problems).toEqual([])
    expect(layouts.map((l) => [l.layoutName, l.layout.kernel])).toEqual([
      ['1G/6.1', '6.1.192'], ['1G/6.12.117', '6.12.117'], ['2G/6.1', '6.1.192'], ['2G/6.12.117', '6.12.117'],
      ['4G/6.1', '6.1.192'], ['4G/6.12.117', '6.12.117'], ['8G/6.1', '6.1.192'], ['8G/6.12.117', '6.12.117'],
    ])
  })

  it('decodes the Raspberry Pi 4 preset into bigint banks, DMA limits and the DT CMA pool', () => {
    const [l] = decodeMatrix(matrix([{ id: 'pi', extends: 'raspberrypi-4', kernels: ['6.12'] }])).layouts
    const layout = l!.layout
    expect(layout.memory).toEqual([{ base: 0n, size: 0x3b400000n }])
    expect(layout.dma.dmaRanges).toEqual([
      { node: '/soc', cpuEnd: 0x3fffffffn },
      { node: 'emmc2bus', cpuEnd: 0x3fffffffn },
      { node: 'pcie@7d500000', cpuEnd: 0xbfffffffn },
    ])
    expect(layout.devices.find((d) => d.dumpTarget)).toEqual({ name: 'emmc2 (SD card)', dmaLimit: 0x3fffffffn, dumpTarget: true })
    expect(layout.reservations[1]).toEqual({ kind: 'dynamic', name: 'linux,cma', size: 64n << 20n, align: 0n, allocRanges: [{ base: 0n, size: 0x40000000n }], nomap: false, cma: true, cmaDefault: true })
    expect(layout.image).toEqual({ base: 0x200000n, size: 0x2500000n })
    expect(layout.vaBits).toBe(48) // Cortex-A72 has no LPA2: the 52-bit 6.12 kernel runs with 48 bits
    expect(layout.paBits).toBe(48) // … and with PHYS_MASK_SHIFT 48 (pgtable-prot.h:90@v6.12.117)
  })

  it('merges board over preset over defaults over the Debian profile over schema defaults', () => {
    const { layouts } = decodeMatrix(
      matrix(
        [{ id: 'vm', extends: 'qemu-virt-arm64', kernels: [{ release: '6.1', config: { KFENCE: true } }], ramSize: '2G', config: { CMA_SIZE_MBYTES: 128 } }],
        { cmdline: 'crashkernel=512M', config: { CMA_SIZE_MBYTES: 32, DEBUG_PAGEALLOC: true }, expect: { noFallbackAbove4G: true } },
      ),
    )
    const l = layouts[0]!
    expect(l.layout.cmdline).toBe('console=ttyAMA0') // the preset's cmdline beats defaults
    expect(l.pointers.cmdline).toBe('/boards/0/extends')
    expect(l.layout.config).toMatchObject({ KFENCE: true, CMA_SIZE_MBYTES: 128, DEBUG_PAGEALLOC: true, ZONE_DMA: true, RODATA_FULL_DEFAULT_ENABLED: true })
    expect(l.expect).toEqual({ reservationRequired: true, dumpTargetReachable: true, protectionRequired: false, noFallbackAbove4G: true, noBasePageLinearMap: false })
    expect(l.layout.memory).toEqual([{ base: 0x40000000n, size: 0x80000000n }])
    expect(l.layout.cpu).toEqual({ lpa2: true, bbml2Noabort: false, gbpages: false, la57: false })
    expect(l.layout.boot).toEqual({ unflattenedDt: 40523n, dtAliases: 47n, nodeData: 11392n, kernelReserve: 0n, brk: 0n })
    expect(l.pointers.ram).toBe('/boards/0/ramSize')
  })

  it('merges severity board over preset over defaults, and concatenates suppressions defaults first', () => {
    const [l] = decodeMatrix(
      matrix(
        [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], severity: { CK001: 'off' }, suppress: [{ rule: 'LM001', reason: 'board' }] }],
        { severity: { CK001: 'error', LM001: 'note' }, suppress: [{ rule: 'CK002', reason: 'fleet' }] },
      ),
    ).layouts
    expect(l!.severity).toEqual({ CK001: 'off', LM001: 'note' })
    expect(l!.suppress).toEqual([{ rule: 'CK002', reason: 'fleet', pointer: '/defaults/suppress/0' }, { rule: 'LM001', reason: 'board', pointer: '/boards/0/suppress/0' }])
  })

  it('refuses a ramSize of 0 at "ramSize" with the preset\'s least size, not as "bank 0 of 0"', () => {
    const d = decodeMatrix(matrix([{ id: 'vm', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '0' }]))
    expect(d.problems.map((p) => [p.messageId, p.data.value, p.data.min, p.pointer])).toEqual([['ramSizeTooSmall', '0', '256 MiB (0x10000000)', '/boards/0/ramSize']])
    expect(d.problems[0]?.data.bytes).toBe('')
  })

  it('says that a bare ramSize number is bytes, where QEMU\'s -m reads MiB', () => {
    const bytes = (ramSize: string) => decodeMatrix(matrix([{ id: 'vm', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize }])).problems[0]?.data.bytes
    expect(bytes('512')).toBe(` (a number without a suffix is bytes, where QEMU's -m reads MiB: write "512M" for 512 MiB)`)
    expect(bytes('192M')).toBe('')
    expect(bytes('0x100')).toBe('')
    // Where the same number of MiB is no size the preset lays out either, no such advice.
    expect(bytes('100')).toBe('')
    expect(bytes('200000000')).toBe('')
  })

  it('qemu-virt-arm64: QEMU\'s initrd is at 128 MiB only from 256 MiB of RAM, so a smaller ramSize is refused, not simulated with it there', () => {
    // hw/arm/boot.c arm_setup_direct_kernel_boot(): initrd_start = loader_start + MIN(ram_size / 2, 128 MiB).
    const sized = (ramSize: string) => decodeMatrix(matrix([{ id: 'vm', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize }]))
    expect(sized('192M').problems.map((p) => p.messageId)).toEqual(['ramSizeTooSmall'])
    const atMin = sized('256M')
    expect(atMin.problems).toEqual([])
    expect(atMin.layouts[0]!.layout.initrd).toEqual({ base: 0x48000000n, size: 0xf13d8n })
  })

  it('takes the QEMU x86 RAM split from ramSize', () => {
    const [q35] = decodeMatrix(matrix([{ id: 'q', extends: 'qemu-q35-x86_64', kernels: ['6.12'], ramSize: '4G' }])).layouts
    expect(q35!.layout.memory).toEqual([{ base: 0n, size: 0x9fc00n }, { base: 0x100000n, size: 0x7fee0000n }, { base: 0x100000000n, size: 0x80000000n }])
    expect(q35!.layout.initrd).toEqual({ base: 0x7fedc000n, size: 0x103c60n })
    const [pc] = decodeMatrix(matrix([{ id: 'p', extends: 'qemu-pc-x86_64', kernels: ['6.12'], ramSize: '8G' }])).layouts
    expect(pc!.layout.memory[1]).toEqual({ base: 0x100000n, size: 0xbfee0000n })
    expect(pc!.layout.memory[2]).toEqual({ base: 0x100000000n, size: 0x140000000n })
  })

  it("keeps a board's own initrd over the one the x86 preset places for its RAM, and a RAM variant's own over its layer's", () => {
    const initrd = { base: '0x7fedc000', size: '0x103e6d' }
    // ramSize: the preset's variant ranks as the preset, under the board that wrote ramSize.
    const [sized] = decodeMatrix(matrix([{ id: 'q', extends: 'qemu-q35-x86_64', kernels: ['6.12'], ramSize: '2G', initrd }])).layouts
    expect(sized!.layout.initrd).toEqual({ base: 0x7fedc000n, size: 0x103e6dn })
    // The preset's own RAM list: the board is above it, for every size; where it is not in
    // RAM (1G ends below it) the error names the size.
    const listed = decodeMatrix(matrix([{ id: 'q', extends: 'qemu-q35-x86_64', kernels: ['6.12'], initrd }]))
    expect(listed.layouts.map((l) => [l.layoutName, l.layout.initrd?.size])).toEqual([['2G/6.12', 0x103e6dn], ['4G/6.12', 0x103e6dn], ['8G/6.12', 0x103e6dn]])
    expect(listed.problems.map((p) => [p.messageId, p.pointer, p.data.what])).toEqual([['outsideRam', '/boards/0/initrd/base', 'initrd (with RAM "1G")']])
    // A variant of the board's own list keeps its initrd over the board's.
    const own = decodeMatrix(matrix([{
      id: 'q', arch: 'x86_64', kernels: ['6.12'], image: { base: '0x1000000' }, initrd,
      ram: [{ name: 'a', memory: [{ base: '0x100000', size: '2G' }], initrd: { base: '0x8000000', size: '1M' } }, { name: 'b', memory: [{ base: '0x100000', size: '2G' }] }],
    }])).layouts
    expect(own.map((l) => [l.layoutName, l.layout.initrd?.base])).toEqual([['a/6.12', 0x8000000n], ['b/6.12', 0x7fedc000n]])
    // And defaults, below the preset, do not move the preset's.
    const [under] = decodeMatrix(matrix([{ id: 'q', extends: 'qemu-q35-x86_64', kernels: ['6.12'], ramSize: '4G' }], { initrd })).layouts
    expect(under!.layout.initrd).toEqual({ base: 0x7fedc000n, size: 0x103c60n })
  })

  it("x86: the image's reserved part and brk come from the profile, and go with it when the board sizes the image", () => {
    const boot = (k: unknown, image?: Record<string, string>) =>
      decodeMatrix(matrix([{ id: 'q', extends: 'qemu-q35-x86_64', kernels: [k as never], ramSize: '4G', ...(image && { image: { base: '0x1000000', ...image } }) }])).layouts[0]!.layout.boot
    expect(boot('6.12')).toMatchObject({ kernelReserve: 0x2c00000n, brk: 0x11000n })
    // Another build: the whole image is reserved unless the board gives the parts too.
    expect(boot({ release: '6.12', imageSize: '0x3000000' })).toMatchObject({ kernelReserve: 0n, brk: 0n })
    expect(boot('6.12', { size: '0x3000000' })).toMatchObject({ kernelReserve: 0n, brk: 0n })
    expect(boot({ release: '6.12', imageSize: '0x3000000', boot: { kernelReserve: '0x2000000', brk: '0x11000' } })).toMatchObject({ kernelReserve: 0x2000000n, brk: 0x11000n })
  })

  it('takes the largest end per dma-ranges node and adds an explicit zone limit', () => {
    const [l] = decodeMatrix(
      matrix([{
        id: 'b', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '1G',
        dma: { ranges: [{ node: '/soc', cpuAddr: '0x0', size: '1G' }, { node: '/soc', cpuAddr: '0x80000000', size: '0x1000' }], zoneDmaLimit: '0xbfffffff', iortLimitBits: [44] },
      }]),
    ).layouts
    expect(l!.layout.dma).toEqual({ dmaRanges: [{ node: '/soc', cpuEnd: 0x80000fffn }, { node: '(zoneDmaLimit)', cpuEnd: 0xbfffffffn }], iortLimitBits: [44] })
  })

  it('applies the board filter and the kernel override', () => {
    const doc = matrix([
      { id: 'a-1', extends: 'qemu-virt-arm64', kernels: ['6.1'], ramSize: '1G' },
      { id: 'b-1', extends: 'qemu-virt-arm64', kernels: ['6.1'], ramSize: '1G' },
    ])
    const { layouts } = decodeMatrix(doc, { boards: ['a-*'], kernels: ['7.2', '5.10'] })
    expect(layouts.map((l) => `${l.boardId} ${l.layout.kernel}`)).toEqual(['a-1 7.2.13', 'a-1 5.10.223'])
    // `--boards a-*,b-1` (docs/cli.md): a board matching any one of the ids is checked.
    expect(decodeMatrix(doc, { boards: ['a-*', 'b-1'] }).layouts.map((l) => l.boardId)).toEqual(['a-1', 'b-1'])
  })

  it('simulates each release of a kernel override once, whether given twice or as its series and its release', () => {
    const doc = matrix([{ id: 'a', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '1G' }])
    // `--kernel 6.1,6.1` once gave every layout, and so every finding and count, twice.
    expect(decodeMatrix(doc, { kernels: ['6.1', '6.1', '6.1.192', '6.12'] }).layouts.map((l) => l.layout.kernel)).toEqual(['6.1.192', '6.12.117'])
  })

  it("simulates each release of a board's own kernels once too; kernel objects, which may override, each stay", () => {
    // LM001's suggestion replaces "6.1" by "6.12" when the board already lists 6.12: the list
    // then holds 6.12 twice, whose two layouts had one name and repeated every finding.
    const doc = matrix([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12', '6.1', '6.12', '6.1.192', { release: '6.12', cmdline: 'crashkernel=512M' }] }])
    const { layouts, problems } = decodeMatrix(doc)
    expect(problems).toEqual([])
    expect(layouts.map((l) => [l.kernelSpec, l.layout.kernel, l.layout.cmdline])).toEqual([
      ['6.12', '6.12.117', 'console=ttyAMA0'],
      ['6.1', '6.1.192', 'console=ttyAMA0'],
      ['6.12', '6.12.117', 'crashkernel=512M'],
    ])
    // Each layout's name is its own: the object spelt as the plain entry is the second.
    expect(layouts.map((l) => l.layoutName)).toEqual(['1G/6.12', '1G/6.1', '1G/6.12#2'])
  })

  it('warns at a kernel entry that repeats an earlier one (same release, same settings), naming the first, and simulates as before', () => {
    const kernels: Board['kernels'] = [
      '6.12', '6.12.117', { release: '6.12' }, '6.12.0', { release: '6.12', imageSize: '40M' }, { imageSize: '40M', release: '6.12.117' },
      { release: '6.12', policy: 'whatif-bhe-4g-low-end' }, { release: '6.12', cmdline: 'crashkernel=512M' }, { release: '6.12', policy: 'whatif-bhe-4g-low-end' },
    ]
    const { layouts, problems, warnings } = decodeMatrix(matrix([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '1G', kernels }]))
    expect(problems).toEqual([])
    expect(warnings.filter((w) => w.messageId === 'duplicateKernel').map((w) => [w.pointer, w.data.kernel, w.data.as, w.data.first, w.data.effect])).toEqual([
      ['/boards/0/kernels/1', '6.12.117', ' as "6.12"', '/boards/0/kernels/0', 'it adds no layout'],
      ['/boards/0/kernels/2', '6.12', '', '/boards/0/kernels/0', 'its layouts are simulated again (kernel 6.12#2) and repeat every finding'],
      ['/boards/0/kernels/5', '6.12.117', ' as "6.12"', '/boards/0/kernels/4', 'its layouts are simulated again (kernel 6.12.117) and repeat every finding'],
      ['/boards/0/kernels/8', '6.12', '', '/boards/0/kernels/6', 'its layouts are simulated again (kernel 6.12+whatif-bhe-4g-low-end#2) and repeat every finding'],
    ])
    // 6.12.0 is another release than 6.12 (6.12.117); a what-if or a command line of its own is another layout.
    expect(layouts.map((l) => l.layoutName)).toEqual(['1G/6.12', '1G/6.12#2', '1G/6.12.0', '1G/6.12#3', '1G/6.12.117', '1G/6.12+whatif-bhe-4g-low-end', '1G/6.12#4', '1G/6.12+whatif-bhe-4g-low-end#2'])
  })

  it('warns at a device named like an earlier one of the list, and simulates both', () => {
    const devices = [{ name: 'd', dmaLimit: '0xffffffff', dumpTarget: true }, { name: 'e', dmaLimit: '0xffffffff' }, { name: 'd', dmaLimit: '0x3fffffff' }]
    const { layouts, warnings } = decodeMatrix(matrix([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], devices }]))
    expect(warnings.map((w) => [w.messageId, w.pointer, w.data])).toEqual([['duplicateDevice', '/boards/0/devices/2/name', { name: 'd', first: '/boards/0/devices/0' }]])
    expect(layouts[0]!.layout.devices.map((d) => d.name)).toEqual(['d', 'e', 'd'])
  })

  it('no repeat warning for a kernel override, nor for distinct entries', () => {
    const doc = matrix([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12', '6.12'], devices: [{ name: 'd', dmaLimit: '0xffffffff' }, { name: 'D', dmaLimit: '0xffffffff' }] }])
    expect(decodeMatrix(doc, { kernels: ['6.1'] }).warnings).toEqual([])
  })

  it('names a kernel entry with a policy of its own by it: a what-if beside the release is another layout', () => {
    // The what-if comparison docs/policies.md describes: the same release under its own
    // policy and a named one. Both were "2G/6.1", so a finding of either named both.
    const doc = matrix([{ id: 'w', extends: 'qemu-virt-arm64', ram: [{ name: '2G', memory: [{ base: '0x40000000', size: '2G' }] }], kernels: ['6.1', { release: '6.1', policy: 'whatif-bhe-4g-low-end' }, { release: '6.1', policy: 'whatif-bhe-4g-low-end', cmdline: 'crashkernel=512M' }] }])
    const { layouts, problems } = decodeMatrix(doc)
    expect(problems).toEqual([])
    expect(layouts.map((l) => [l.layoutName, l.kernelSpec])).toEqual([['2G/6.1', '6.1'], ['2G/6.1+whatif-bhe-4g-low-end', '6.1'], ['2G/6.1+whatif-bhe-4g-low-end#2', '6.1']])
  })

  it("a RAM variant's own image and DTB replace the board's for that variant only (docs/format.md ramVariant)", () => {
    const { layouts, problems } = decodeMatrix(
      matrix([{
        id: 'x', arch: 'arm64', kernels: ['6.12'], image: { base: '0x40200000' }, dtb: { base: '0x48000000', size: '0x10000' },
        ram: [
          { name: '1G', memory: [{ base: '0x40000000', size: '1G' }] },
          { name: '2G', memory: [{ base: '0x40000000', size: '2G' }], image: { base: '0x40400000' }, dtb: { base: '0x80000000', size: '0x10000' } },
        ],
      }]),
    )
    expect(problems).toEqual([])
    expect(layouts.map((l) => [l.layoutName, l.layout.image.base, l.layout.dtb?.base, l.pointers.image, l.pointers.dtb])).toEqual([
      ['1G/6.12', 0x40200000n, 0x48000000n, '/boards/0/image', '/boards/0/dtb'],
      ['2G/6.12', 0x40400000n, 0x80000000n, '/boards/0/ram/1/image', '/boards/0/ram/1/dtb'],
    ])
  })

  it("a kernel's own imageSize and cmdline replace the board's, and findings about the command line point at the kernel's", () => {
    const { layouts } = decodeMatrix(
      matrix([{
        id: 'v', extends: 'qemu-virt-arm64', ramSize: '1G', cmdline: 'crashkernel=256M', image: { base: '0x40200000', size: '0x2400000' },
        kernels: ['6.12', { release: '6.1', cmdline: 'crashkernel=128M', imageSize: '0x2600000' }],
      }]),
    )
    expect(layouts.map((l) => [l.layoutName, l.layout.cmdline, l.pointers.cmdline, l.layout.image.size])).toEqual([
      ['1G/6.12', 'crashkernel=256M', '/boards/0/cmdline', 0x2400000n],
      ['1G/6.1', 'crashkernel=128M', '/boards/0/kernels/1/cmdline', 0x2600000n],
    ])
  })

  it("Debian's arm64-16k flavour gives a 16K board its image size and NODE_DATA (test/boots/arm64-16k)", () => {
    const [l] = decodeMatrix(matrix([{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], pageSize: '16K' }])).layouts
    expect([l!.layout.pageSize, l!.layout.image.size, l!.layout.boot.nodeData]).toEqual([16384n, 0x25b0000n, 14464n])
  })

  it('a dynamic shared-dma-pool is the default CMA area only with linux,cma-default, and a device is a dump target only when it says so', () => {
    const [l] = decodeMatrix(
      matrix([{
        id: 'v', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'],
        reservations: [{ kind: 'dynamic', name: 'pool', size: '16M', cma: true }],
        devices: [{ name: 'nvme0', dmaLimit: '0xffffffff' }],
      }]),
    ).layouts
    expect(l!.layout.reservations).toEqual([{ kind: 'dynamic', name: 'pool', size: 16n << 20n, align: 0n, allocRanges: [], nomap: false, cma: true, cmaDefault: false }])
    expect(l!.layout.devices).toEqual([{ name: 'nvme0', dmaLimit: 0xffffffffn, dumpTarget: false }])
  })
})

describe('decodeMatrix: the device tree\'s counts or a measured size', () => {
  const TREE = { nodes: 10, properties: 40, nameBytes: 100 }
  const tree = (board: Partial<Board>, defaults?: Settings) => {
    const { layouts, problems } = decodeMatrix(matrix([{ id: 'vm', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G', ...board } as Board], defaults))
    expect(problems).toEqual([])
    return { counts: layouts[0]!.layout.deviceTree, bytes: layouts[0]!.layout.boot.unflattenedDt }
  }
  it('a preset\'s counts, a board\'s over them', () => {
    expect(tree({}).counts).toEqual({ nodes: 57, properties: 279, nameBytes: 1831n, aliases: ['serial0'] })
    expect(tree({ deviceTree: TREE }).counts).toEqual({ ...TREE, nameBytes: 100n, aliases: [] })
  })
  it('a measured size in the board or its kernel wins over the counts of the board or its preset', () => {
    expect(tree({ boot: { unflattenedDt: '4096' } })).toEqual({ counts: undefined, bytes: 4096n })
    expect(tree({ deviceTree: TREE, boot: { unflattenedDt: '4096' } }).counts).toBeUndefined()
    expect(tree({ deviceTree: TREE, kernels: [{ release: '6.12', boot: { unflattenedDt: '4096' } }] }).counts).toBeUndefined()
  })
  it('counts win over a size in a farther layer: a board\'s or a preset\'s over the defaults\' (as every preset setting does)', () => {
    expect(tree({ deviceTree: TREE }, { boot: { unflattenedDt: '4096' } }).counts).toEqual({ ...TREE, nameBytes: 100n, aliases: [] })
    expect(tree({}, { boot: { unflattenedDt: '4096' } }).counts?.nodes).toBe(57)
  })
  it('an ACPI board\'s kernel unflattens no tree of the board\'s (with acpi=off, the EFI stub\'s)', () => {
    expect(tree({ deviceTree: TREE, acpi: true, cmdline: 'acpi=off' }).counts).toBeUndefined()
  })
})

describe('decodeMatrix: riscv64 cpu.satpMode', () => {
  const layoutOf = (board: Partial<Board>) =>
    decodeMatrix(matrix([{ id: 'b', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['6.12'], ...board } as Board])).layouts[0]!.layout
  it('passes the CPU\'s mode through beside vaBits (the DT\'s), and leaves it absent when not given', () => {
    expect([layoutOf({ vaBits: 48, cpu: { satpMode: 57 } })].map((l) => [l.vaBits, l.cpu.satpMode])).toEqual([[48, 57]])
    expect(layoutOf({ vaBits: 48 }).cpu.satpMode).toBeUndefined()
  })
  it('takes the CPU\'s mode for vaBits where neither the board nor a profile gives one (no Sv39 limit from the fallback)', () => {
    // 6.17.7 has no Debian riscv64 profile: the fallback was Sv39, which 6.17.7+ reads as the DT's limit.
    expect(layoutOf({ kernels: [{ release: '6.17.7', imageSize: '0x2400000' }] as never, cpu: { satpMode: 57 } }).vaBits).toBe(57)
    expect(layoutOf({ kernels: [{ release: '6.17.7', imageSize: '0x2400000' }] as never, vaBits: 48, cpu: { satpMode: 57 } }).vaBits).toBe(48)
    expect(layoutOf({ kernels: [{ release: '6.17.7', imageSize: '0x2400000' }] as never }).vaBits).toBe(39)
  })
})

describe('decodeMatrix: arm64 52-bit VA', () => {
  const vaOf = (board: Partial<Board>) =>
    decodeMatrix(matrix([{ id: 'b', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], ...board } as Board])).layouts[0]!.layout.vaBits
  it('falls back to 48 bits without LPA2 whether the 52 comes from the profile or the board (a .config import)', () => {
    expect(vaOf({ cpu: { lpa2: false } })).toBe(48)
    expect(vaOf({ cpu: { lpa2: false }, vaBits: 52 })).toBe(48)
    expect(vaOf({ cpu: { lpa2: true }, vaBits: 52 })).toBe(52)
    // 64K pages reach 52 bits with FEAT_LVA alone.
    expect(vaOf({ cpu: { lpa2: false }, vaBits: 52, pageSize: '64K' })).toBe(52)
    // 16K pages need LPA2 for 52 bits as 4K pages do, and fall back to their VA_BITS_MIN, 47
    // bits (arch/arm64/include/asm/memory.h:56-58@v6.12.117; test/boots/nolpa2).
    expect(vaOf({ cpu: { lpa2: false }, vaBits: 52, pageSize: '16K' })).toBe(47)
    expect(vaOf({ cpu: { lpa2: true }, vaBits: 52, pageSize: '16K' })).toBe(52)
    expect(vaOf({ cpu: { lpa2: false }, vaBits: 48, pageSize: '16K' })).toBe(48)
    expect(vaOf({ cpu: { lpa2: false }, vaBits: 39 })).toBe(39)
  })

  // PHYS_MASK_SHIFT is `lpa2_is_enabled() ? CONFIG_ARM64_PA_BITS : 48` in an LPA2 build
  // (arch/arm64/include/asm/pgtable-prot.h:90@v6.12.117), and MAX_PHYSMEM_BITS with it: a
  // 6.12 boot without LPA2 allocates a 128 KiB mem_section root array, not 2 MiB, and
  // reserves the crash kernel 2 MiB higher than the 52 bits predict (test/boots/nolpa2).
  it('falls back to 48 physical address bits without LPA2 (4K/16K pages), keeps 52 with 64K pages', () => {
    const paOf = (board: Partial<Board>) =>
      decodeMatrix(matrix([{ id: 'b', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], ...board } as Board])).layouts[0]!.layout.paBits
    expect(paOf({ cpu: { lpa2: false } })).toBe(48)
    expect(paOf({ cpu: { lpa2: false }, paBits: 52, pageSize: '16K' })).toBe(48)
    expect(paOf({ cpu: { lpa2: true } })).toBe(52)
    expect(paOf({ cpu: { lpa2: false }, paBits: 52, pageSize: '64K' })).toBe(52)
    expect(paOf({ cpu: { lpa2: false }, paBits: 44 })).toBe(44)
  })
})

describe('decodeMatrix: arm64 RAM and image past 2^PHYS_MASK_SHIFT', () => {
  // arm64_memblock_init() removes memory from 1 << PHYS_MASK_SHIFT up, silently
  // (arch/arm64/mm/init.c@v6.12.117:205): a board that puts RAM there (an extra 0 in a
  // base) would otherwise simulate with that RAM gone, and CK004 blame crashkernel=.
  const decodeOf = (board: Partial<Board>) =>
    decodeMatrix(matrix([{ id: 'b', arch: 'arm64', kernels: ['6.1', '6.12'], image: { base: '0x40200000' }, cmdline: 'crashkernel=256M', ...board } as Board]))
  it('a kernel image past it is an error that keeps the layout from the engine', () => {
    const d = decodeOf({ memory: [{ base: '0x4000000000000', size: '2G' }], image: { base: '0x4000000200000' } })
    expect(d.problems.map((p) => [p.messageId, p.pointer, p.data.bits])).toEqual([
      ['imageBeyondPhysLimit', '/boards/0/image/base', '48'],
      ['imageBeyondPhysLimit', '/boards/0/image/base', '48'],
    ])
    // 6.12's profile has 52 bits, lowered to 48 on a CPU without LPA2: the message says so.
    expect(d.problems[1]!.data.why).toMatch(/without LPA2/)
    expect(d.problems[0]!.data.why).toBe('')
    expect(d.layouts).toEqual([])
  })
  it('a bank past it is one warning per limit, naming the kernels, and the rest is simulated', () => {
    const d = decodeOf({ memory: [{ base: '0x40000000', size: '1G' }, { base: '0xffff80000000', size: '4G' }], cpu: { lpa2: true }, kernels: ['6.1', '6.12', '7.2'] })
    expect(d.problems).toEqual([])
    expect(d.warnings.map((w) => [w.messageId, w.pointer, w.data.bits, w.data.kernel, w.data.lost])).toEqual([['ramBeyondPhysLimit', '/boards/0/memory/1/base', '48', '6.1.192', '2 GiB']])
    expect(d.layouts.map((l) => l.layout.paBits)).toEqual([48, 52, 52])
    const both = decodeOf({ memory: [{ base: '0x40000000', size: '1G' }, { base: '0x1000000000000', size: '4G' }], cpu: { lpa2: false }, kernels: ['6.12', '7.2'] })
    expect(both.warnings.map((w) => [w.messageId, w.data.kernel])).toEqual([['ramBeyondPhysLimit', '6.12.117, 7.2.13']])
  })
  it('nothing past it, nothing said', () => {
    expect(decodeOf({ memory: [{ base: '0x40000000', size: '2G' }] }).warnings).toEqual([])
    expect(decodeOf({ memory: [{ base: '0xffffc0000000', size: '1G' }], image: { base: '0xffffc0000000' } }).problems).toEqual([])
  })
})

describe('decodeMatrix: x86_64 RAM past MAXMEM', () => {
  // e820__end_of_ram_pfn() stops max_pfn at MAX_ARCH_PFN (1 << MAX_PHYSMEM_BITS: 46 under
  // 4-level paging, 52 under 5-level): the kernel neither maps nor zones RAM above it.
  const decodeOf = (board: Partial<Board>) =>
    decodeMatrix(
      matrix([
        {
          id: 'b',
          arch: 'x86_64',
          kernels: ['5.10', '6.12'],
          image: { base: '0x1000000' },
          cmdline: 'crashkernel=256M',
          memory: [{ base: '0x0', size: '0x9f000' }, { base: '0x100000', size: '0x7ff00000' }, { base: '0x100000000', size: '64T' }],
          ...board,
        } as Board,
      ]),
    )
  it('a bank past 64 TiB under 4-level paging is one warning naming the kernels and why, and the board is simulated', () => {
    const d = decodeOf({})
    expect(d.problems).toEqual([])
    expect(d.warnings.map((w) => [w.messageId, w.pointer, w.data.limit, w.data.kernel, w.data.lost, w.data.why])).toEqual([
      ['ramBeyondMaxmem', '/boards/0/memory/2/base', '0x0000400000000000', '5.10.223, 6.12.117', '4 GiB', ' (4-level paging: the CPU has no LA57 ("cpu.la57"))'],
    ])
    expect(d.layouts).toHaveLength(2)
  })
  it('with LA57, only the kernels that stay at 4 levels: a build without CONFIG_X86_5LEVEL, or no5lvl', () => {
    expect(decodeOf({ cpu: { la57: true } }).warnings.map((w) => [w.data.kernel, w.data.why])).toEqual([['5.10.223', ' (4-level paging: the build has no CONFIG_X86_5LEVEL)']])
    expect(decodeOf({ cpu: { la57: true }, kernels: ['6.12'], cmdline: 'crashkernel=256M no5lvl' }).warnings.map((w) => [w.data.kernel, w.data.why])).toEqual([['6.12.117', ' (4-level paging: "no5lvl" on the command line)']])
  })
  it('under 5-level paging, past 4 PiB: no advice to use 5-level paging, which the kernel already does', () => {
    const d = decodeOf({ cpu: { la57: true }, kernels: ['6.12'], memory: [{ base: '0x0', size: '0x9f000' }, { base: '0x100000', size: '0x7ff00000' }, { base: '0xfffff00000000', size: '8G' }] })
    expect(d.warnings.map((w) => [w.data.limit, w.data.why, w.data.fiveLevel])).toEqual([['0x0010000000000000', '', '']])
    expect(decodeOf({}).warnings.map((w) => w.data.fiveLevel)).toEqual([' (5-level paging moves MAXMEM to 4 PiB)'])
  })
  it('nothing past it, nothing said', () => {
    expect(decodeOf({ memory: [{ base: '0x0', size: '0x9f000' }, { base: '0x100000', size: '0x7ff00000' }, { base: '0x100000000', size: '0x3fff00000000' }] }).warnings).toEqual([])
  })
})

describe('decodeMatrix: semantic problems', () => {
  const problemsOf = (boards: BoardMatrix['boards']) => decodeMatrix(matrix(boards)).problems.map((p) => [p.messageId, p.pointer])

  it('locates a preset value at the board’s extends', () => {
    expect(problemsOf([{ id: 'x', extends: 'qemu-virt-arm64', kernels: ['6.1'], memory: [{ base: '0x40000000', size: '64M' }] }])).toEqual([
      ['outsideRam', '/boards/0/extends'],
      ['outsideRam', '/boards/0/extends'],
    ])
  })

  it('finds overlapping banks, empty ranges and values beyond 64 bits', () => {
    expect(problemsOf([{ id: 'x', arch: 'arm64', kernels: ['6.1'], image: { base: '0x0' }, memory: [{ base: '0x0', size: '2G' }, { base: '1G', size: '1G' }] }])).toEqual([
      ['overlappingBanks', '/boards/0/memory/1/base'],
    ])
    expect(problemsOf([{ id: 'x', arch: 'arm64', kernels: ['6.1'], image: { base: '0x0' }, memory: [{ base: '0x0', size: '0' }] }])).toEqual([['emptyRange', '/boards/0/memory/0/size']])
    expect(problemsOf([{ id: 'x', arch: 'arm64', kernels: ['6.1'], image: { base: '0x0' }, memory: [{ base: '16E', size: '1G' }] }])).toEqual([['valueOutOfRange', '/boards/0/memory/0/base']])
  })

  it('locates a preset reservation at the board’s extends, never at a place inside the preset', () => {
    // raspberrypi-4's /memreserve/ spin table sits at 0x0, below this RAM: a warning (the kernel
    // reserves it all the same), and the board decodes.
    const below = decodeMatrix(matrix([{ id: 'p', extends: 'raspberrypi-4', kernels: ['6.12'], memory: [{ base: '0x100000', size: '0x3b300000' }] }]))
    expect(below.problems).toEqual([])
    expect(below.warnings.map((w) => [w.messageId, w.pointer])).toEqual([['reservationOutsideRam', '/boards/0/extends']])
    expect(below.layouts.length).toBe(1)
    const [l] = decodeMatrix(matrix([{ id: 'p', extends: 'raspberrypi-4', kernels: ['6.12'] }])).layouts
    expect(l!.pointers.reservations).toEqual(['/boards/0/extends', '/boards/0/extends'])
  })

  it('says that "extends" takes a preset, not a board of the file, and spots a misspelt preset', () => {
    const decoded = decodeMatrix(matrix([
      { id: 'rock5b-16g', arch: 'arm64', kernels: ['6.12'], image: { base: '0x400000' }, memory: [{ base: '0x200000', size: '4G' }] },
      { id: 'rock5b-32g', extends: 'rock5b-16g', memory: [{ base: '0x200000', size: '8G' }] },
      { id: 'pi', extends: 'raspberrypi4', kernels: ['6.12'] },
    ]))
    expect(decoded.problems.map((p) => [p.messageId, p.pointer, p.data.hint])).toEqual([
      ['unknownPreset', '/boards/1/extends', ': "rock5b-16g" is the board at /boards/0, and "extends" names a built-in preset only (settings several boards share go in "defaults")'],
      ['unknownPreset', '/boards/2/extends', '; did you mean "raspberrypi-4"?'],
    ])
  })

  it('refuses a DMA limit written as the exclusive end of its reach, with the inclusive one to write', () => {
    const vm = (extra: Partial<Board>): Board => ({ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.1'], ...extra })
    const decoded = decodeMatrix(matrix([vm({ dma: { zoneDmaLimit: '0x40000000' } }), { ...vm({ devices: [{ name: 'sd', dmaLimit: '4G', dumpTarget: true }] }), id: 'w' }]))
    expect(decoded.problems.map((p) => [p.messageId, p.pointer, p.data])).toEqual([
      ['limitNotInclusive', '/boards/0/dma/zoneDmaLimit', { what: 'zoneDmaLimit', value: '0x40000000', last: '0x3fffffff', reach: '1 GiB' }],
      ['limitNotInclusive', '/boards/1/devices/0/dmaLimit', { what: 'dmaLimit of "sd"', value: '0x100000000', last: '0xffffffff', reach: '4 GiB' }],
    ])
    // Inclusive limits, and a 64-bit device, are what the kernel computes: no problem.
    expect(problemsOf([vm({ dma: { zoneDmaLimit: '0x3fffffff' }, devices: [{ name: 'sd', dmaLimit: '0xffffffff' }, { name: 'nvme', dmaLimit: '0xffffffffffffffff' }] })])).toEqual([])
    // A round limit that is no power of two is kept: a what-if may end a reach on a region's edge.
    expect(problemsOf([vm({ devices: [{ name: 'edge', dmaLimit: '0xec000000' }] })])).toEqual([])
  })

  it('refuses device-tree-only reservations on an ACPI board ("acpi": true), and keeps "acpi" to arm64', () => {
    const vm = (extra: Partial<Board>): Board => ({ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], acpi: true, ...extra })
    const decoded = decodeMatrix(
      matrix([
        vm({
          reservations: [
            { kind: 'fixed', name: 'reclaim', base: '0x100000000', size: '0x10000' },
            { kind: 'dynamic', name: 'pool', size: '64M' },
            { kind: 'fixed', name: 'hdr', base: '0x100100000', size: '0x1000', memreserve: true },
          ],
        }),
      ]),
    )
    expect(decoded.problems.map((p) => [p.messageId, p.pointer, p.data])).toEqual([
      ['acpiReservation', '/boards/0/reservations/1', { name: 'pool', what: 'dynamically placed /reserved-memory node' }],
      ['acpiReservation', '/boards/0/reservations/2', { name: 'hdr', what: '/memreserve/ entry' }],
    ])
    const ok = decodeMatrix(matrix([vm({ reservations: [{ kind: 'fixed', name: 'reclaim', base: '0x100000000', size: '0x10000' }] })]))
    expect(ok.problems).toEqual([])
    expect(ok.layouts[0]!.layout.acpi).toBe(true)
    // x86_64 has no device tree to leave out; a DT board says nothing.
    const x86 = decodeMatrix(matrix([{ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], acpi: true }]))
    expect(x86.layouts[0]!.layout.acpi).toBeUndefined()
    expect(decodeMatrix(matrix([vm({ acpi: false })])).layouts[0]!.layout.acpi).toBeUndefined()
  })

  it('"efiBootServices": x86_64 layouts carry the ranges (empty ones dropped), other architectures none; a range past 64 bits is refused', () => {
    const q35 = (extra: Partial<Board>): Board => ({ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], ...extra })
    const efi = [{ base: '0x900000', size: '0xc00000' }, { base: '0x7bb75000', size: '0' }, { base: '0x7bb75000', size: '0x20000' }]
    const ok = decodeMatrix(matrix([q35({ efiBootServices: efi })]))
    expect(ok.problems).toEqual([])
    expect(ok.layouts[0]!.layout.efiBootServices).toEqual([{ base: 0x900000n, size: 0xc00000n }, { base: 0x7bb75000n, size: 0x20000n }])
    expect(decodeMatrix(matrix([q35({})])).layouts[0]!.layout.efiBootServices).toBeUndefined()
    const arm = decodeMatrix(matrix([{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], efiBootServices: efi }]))
    expect(arm.layouts[0]!.layout.efiBootServices).toBeUndefined()
    const bad = decodeMatrix(matrix([q35({ efiBootServices: [{ base: '0xfffffffffffff000', size: '0x2000' }] })]))
    expect(bad.layouts).toEqual([])
    expect(bad.problems.map((p) => p.pointer)).toEqual(['/boards/0/efiBootServices/0/size'])
  })

  it('"sratMemory": x86_64 layouts carry the ranges with their nodes (empty ones dropped), other architectures none, with a warning; one past 64 bits is refused', () => {
    const q35 = (extra: Partial<Board>): Board => ({ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], ...extra })
    const srat = [{ base: '0x0', size: '0x80000000', node: 0 }, { base: '0x100000000', size: '0x80000000', node: 1 }, { base: '0x200000000', size: '0', node: 1 }]
    const ok = decodeMatrix(matrix([q35({ sratMemory: srat })]))
    expect(ok.problems).toEqual([])
    expect(ok.layouts[0]!.layout.sratMemory).toEqual([{ node: 0, base: 0n, size: 0x80000000n }, { node: 1, base: 0x100000000n, size: 0x80000000n }])
    expect(decodeMatrix(matrix([q35({})])).layouts[0]!.layout.sratMemory).toBeUndefined()
    const arm = decodeMatrix(matrix([{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], sratMemory: srat }]))
    expect(arm.layouts[0]!.layout.sratMemory).toBeUndefined()
    expect(arm.warnings.map((w) => w.messageId)).toEqual(['sratMemoryNotRead'])
    const bad = decodeMatrix(matrix([q35({ sratMemory: [{ base: '0xfffffffffffff000', size: '0x2000', node: 0 }] })]))
    expect(bad.layouts).toEqual([])
    expect(bad.problems.map((p) => p.pointer)).toEqual(['/boards/0/sratMemory/0/size'])
    // Two nodes over one range: numa_cleanup_meminfo() refuses that table; within a node it joins.
    const across = decodeMatrix(matrix([q35({ sratMemory: [{ base: '0x0', size: '0x80000000', node: 0 }, { base: '0x40000000', size: '0x80000000', node: 1 }] })]))
    expect(across.layouts).toEqual([])
    expect(across.problems.map((p) => [p.messageId, p.pointer])).toEqual([['overlappingBanks', '/boards/0/sratMemory/1/base']])
    expect(decodeMatrix(matrix([q35({ sratMemory: [{ base: '0x0', size: '0x80000000', node: 0 }, { base: '0x40000000', size: '0x80000000', node: 0 }] })])).problems).toEqual([])
  })

  it('"e820AcpiData": x86_64 layouts carry the ranges (empty ones dropped), other architectures none; one in a RAM bank or past 64 bits is refused', () => {
    const q35 = (extra: Partial<Board>): Board => ({ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], ...extra })
    // q35 4G: RAM [0x100000, 0x7ffe0000) and [4G, 6G); the hole above 0x7ffe0000 is not RAM.
    const acpi = [{ base: '0x7ffe0000', size: '0x20000' }, { base: '0x7ffe0000', size: '0' }]
    const ok = decodeMatrix(matrix([q35({ e820AcpiData: acpi })]))
    expect(ok.problems).toEqual([])
    expect(ok.layouts[0]!.layout.e820AcpiData).toEqual([{ base: 0x7ffe0000n, size: 0x20000n }])
    expect(decodeMatrix(matrix([q35({})])).layouts[0]!.layout.e820AcpiData).toBeUndefined()
    const arm = decodeMatrix(matrix([{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], e820AcpiData: acpi }]))
    expect(arm.layouts[0]!.layout.e820AcpiData).toBeUndefined()
    expect(arm.warnings.map((w) => w.messageId)).toEqual(['e820AcpiDataNotRead'])
    const inRam = decodeMatrix(matrix([q35({ e820AcpiData: [{ base: '0x7ff00000', size: '0x20000' }] })]))
    expect(inRam.layouts).toEqual([])
    expect(inRam.problems.map((p) => [p.messageId, p.pointer])).toEqual([['overlappingBanks', '/boards/0/e820AcpiData/0/base']])
    const bad = decodeMatrix(matrix([q35({ e820AcpiData: [{ base: '0xfffffffffffff000', size: '0x2000' }] })]))
    expect(bad.layouts).toEqual([])
    expect(bad.problems.map((p) => p.pointer)).toEqual(['/boards/0/e820AcpiData/0/size'])
  })

  it('refuses dma-ranges and a CMA default or DMA pool flag on an ACPI board, whose kernel reads no device tree', () => {
    // of_dma_get_max_cpu_address(NULL) starts at of_root (drivers/of/address.c@v6.12.117:973-976),
    // which only unflatten_device_tree() sets (drivers/of/fdt.c@v6.12.117:1230), skipped under
    // ACPI (arch/arm64/kernel/setup.c@v6.12.117:342-343): the 1 GiB window would limit nothing.
    const vm = (extra: Partial<Board>): Board => ({ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], acpi: true, ...extra })
    const decoded = decodeMatrix(
      matrix([
        vm({
          dma: { ranges: [{ node: 'soc', cpuAddr: '0x40000000', size: '0x40000000' }] },
          devices: [{ name: 'nvme0', bus: 'soc', dumpTarget: true }],
          reservations: [
            { kind: 'fixed', name: 'fw', base: '0x50000000', size: '0x1000000', cmaDefault: true },
            { kind: 'fixed', name: 'dsp', base: '0x52000000', size: '0x800000', dmaPool: true },
          ],
        }),
      ]),
    )
    // One problem each, not also an unknown bus for the device behind the node.
    expect(decoded.problems.map((p) => [p.messageId, p.pointer, p.data])).toEqual([
      ['acpiReservation', '/boards/0/reservations/0', { name: 'fw', what: 'CMA pool node' }],
      ['acpiReservation', '/boards/0/reservations/1', { name: 'dsp', what: 'DMA pool node' }],
      ['acpiDmaRanges', '/boards/0/dma/ranges/0', { node: 'soc' }],
    ])
    expect(decoded.layouts).toEqual([])
    // The IORT's limit and an explicit zoneDmaLimit are what such a board gives.
    const ok = decodeMatrix(matrix([vm({ dma: { iortLimitBits: [32], zoneDmaLimit: '0xffffffff' } })]))
    expect(ok.problems).toEqual([])
    // The same ranges on a device-tree board are read.
    expect(decodeMatrix(matrix([vm({ acpi: false, dma: { ranges: [{ node: 'soc', cpuAddr: '0x40000000', size: '0x40000000' }] } })])).problems).toEqual([])
  })

  it('refuses "acpi": true on riscv64, whose ACPI boots (6.5+) unflatten no device tree and are not modelled; x86_64 ignores it', () => {
    // arch/riscv/kernel/setup.c@v6.12.117:299-306: unflatten_device_tree() only if acpi_disabled.
    const rv = decodeMatrix(matrix([{ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: ['6.12'], acpi: true }]))
    expect(rv.problems.map((p) => [p.messageId, p.pointer, p.data])).toEqual([['acpiNotOnArch', '/boards/0/acpi', { arch: 'riscv64' }]])
    expect(rv.layouts).toEqual([])
    expect(decodeMatrix(matrix([{ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: ['6.12'], acpi: false }])).problems).toEqual([])
    expect(decodeMatrix(matrix([{ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], acpi: true }])).problems).toEqual([])
  })

  it('reports the same mistake on two boards once per board, each at its own value', () => {
    const bad = (id: string): Board => ({ id, arch: 'arm64', kernels: ['6.1'], image: { base: '0x0' }, memory: [{ base: '16E', size: '1G' }] })
    expect(problemsOf([bad('a'), bad('b')])).toEqual([['valueOutOfRange', '/boards/0/memory/0/base'], ['valueOutOfRange', '/boards/1/memory/0/base']])
  })

  it('catches a duplicate of a board id the schema rejected (that board is reported already, not decoded)', () => {
    const doc = matrix([{ id: 'a', arch: 'arm65' } as unknown as Board, { id: 'a', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.1'] }])
    const { layouts, problems } = decodeMatrix(doc, { invalidBoards: new Set([0]) })
    expect(problems.map((p) => [p.messageId, p.pointer, p.data])).toEqual([['duplicateBoardId', '/boards/1/id', { id: 'a', first: '/boards/0' }]])
    expect(layouts).toEqual([])
  })

  it('catches a duplicate board id on a board the schema rejected, as on the first board', () => {
    const doc = matrix([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.1'] }, { id: 'a', arch: 'arm65' } as unknown as Board])
    const { layouts, problems } = decodeMatrix(doc, { invalidBoards: new Set([1]) })
    expect(problems.map((p) => [p.messageId, p.pointer, p.data])).toEqual([['duplicateBoardId', '/boards/1/id', { id: 'a', first: '/boards/0' }]])
    expect(layouts.map((l) => l.boardId)).toEqual(['a'])
  })

  it('reports a RAM variant named twice at the second name, and simulates only the first', () => {
    const { layouts, problems } = decodeMatrix(
      matrix([{
        id: 'x', arch: 'arm64', kernels: ['6.12'], image: { base: '0x40200000' },
        ram: [{ name: '1G', memory: [{ base: '0x40000000', size: '1G' }] }, { name: '1G', memory: [{ base: '0x40000000', size: '2G' }] }],
      }]),
    )
    expect(problems.map((p) => [p.messageId, p.pointer, p.data])).toEqual([['duplicateVariant', '/boards/0/ram/1/name', { name: '1G', first: '/boards/0/ram/0' }]])
    expect(layouts.map((l) => [l.layoutName, l.layout.memory])).toEqual([['1G/6.12', [{ base: 0x40000000n, size: 1n << 30n }]]])
  })

  it('a kernel without a profile needs an image size: reported at the kernel, and the layout is not simulated', () => {
    const { layouts, problems } = decodeMatrix(matrix([{ id: 'x', arch: 'arm64', kernels: ['6.6'], image: { base: '0x40200000' }, memory: [{ base: '0x40000000', size: '1G' }] }]))
    expect(problems.map((p) => [p.messageId, p.pointer])).toEqual([['missingImageSize', '/boards/0/kernels/0']])
    expect(layouts).toEqual([])
  })

  it('a kernel of the override without a profile says so: the board has no kernel entry to give an "imageSize"', () => {
    const board: Board = { id: 'x', arch: 'arm64', kernels: ['6.12'], image: { base: '0x40200000' }, memory: [{ base: '0x40000000', size: '1G' }] }
    const { layouts, problems } = decodeMatrix(matrix([board]), { kernels: ['6.6'] })
    expect(problems.map((p) => [p.messageId, p.pointer])).toEqual([['missingImageSizeOverride', '/boards/0/kernels']])
    expect(problems[0]!.data).toEqual({ kernel: '6.6.0', arch: 'arm64', known: '5.10, 6.1, 6.12, 7.2, 7.3' })
    expect(layouts).toEqual([])
    // With the board's own image size the override's kernel is simulated.
    expect(decodeMatrix(matrix([{ ...board, image: { base: '0x40200000', size: '48M' } }]), { kernels: ['6.6'] }).problems).toEqual([])
  })

  describe('kernel image, initrd and DTB placements', () => {
    const arm64 = (over: Partial<Board>): Board => ({ id: 'x', arch: 'arm64', kernels: ['6.1', '6.12', '7.2'], image: { base: '0x40200000' }, memory: [{ base: '0x40000000', size: '1G' }], ...over })
    const overlaps = (board: Board) =>
      decodeMatrix(matrix([board])).problems.map((p) => [p.messageId, p.pointer, `${p.data.what} [${p.data.start}, ${p.data.end})`, `${p.data.other} [${p.data.otherStart}, ${p.data.otherEnd})`])

    it("refuses an initrd inside one kernel release's image (its image_size), and keeps the releases it clears", () => {
      // Image sizes (Debian profiles): 6.1 0x2010000, 6.12 0x2500000 (ends exactly at the initrd), 7.2 0x2f00000.
      const { layouts, problems } = decodeMatrix(matrix([arm64({ initrd: { base: '0x42700000', size: '16M' } })]))
      expect(problems.map((p) => [p.messageId, p.pointer, p.data])).toEqual([[
        'overlappingPlacements',
        '/boards/0/initrd/base',
        {
          what: 'initrd', start: '0x0000000042700000', end: '0x0000000043700000',
          other: 'the 7.2.13 kernel image', otherStart: '0x0000000040200000', otherEnd: '0x0000000043100000',
          reason: 'the arm64 boot protocol leaves image_size bytes from the image start to the kernel, which clears its BSS there',
        },
      ]])
      expect(layouts.map((l) => l.layoutName)).toEqual(['6.1', '6.12'])
    })

    it('reports a DTB inside the image once per kernel release, at the DTB, and simulates none of them', () => {
      const { layouts, problems } = decodeMatrix(matrix([arm64({ dtb: { base: '0x41000000', size: '0x10000' } })]))
      expect(problems.map((p) => [p.messageId, p.pointer, p.data.other])).toEqual([
        ['overlappingPlacements', '/boards/0/dtb/base', 'the 6.1.192 kernel image'],
        ['overlappingPlacements', '/boards/0/dtb/base', 'the 6.12.117 kernel image'],
        ['overlappingPlacements', '/boards/0/dtb/base', 'the 7.2.13 kernel image'],
      ])
      expect(layouts).toEqual([])
    })

    it('refuses an initrd and a DTB that share bytes once for the variant, whatever the kernel', () => {
      expect(overlaps(arm64({ initrd: { base: '0x48000000', size: '16M' }, dtb: { base: '0x48ff0000', size: '0x20000' } }))).toEqual([
        ['overlappingPlacements', '/boards/0/dtb/base', 'DTB [0x0000000048ff0000, 0x0000000049010000)', 'initrd [0x0000000048000000, 0x0000000049000000)'],
      ])
    })

    it('accepts placements that touch', () => {
      const { layouts, problems } = decodeMatrix(matrix([arm64({ kernels: ['6.12'], initrd: { base: '0x42700000', size: '16M' }, dtb: { base: '0x43700000', size: '0x10000' } })]))
      expect([problems, layouts.length]).toEqual([[], 1])
    })

    it("points at the board's own value when the other placement comes from its preset", () => {
      // qemu-virt-arm64 puts the initrd at 0x48000000 and the DTB at 0x48200000; this image
      // base moves the 6.12 image (0x2500000 bytes) over both.
      expect(overlaps({ id: 'v', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], image: { base: '0x46000000' } })).toEqual([
        ['overlappingPlacements', '/boards/0/image/base', 'the 6.12.117 kernel image [0x0000000046000000, 0x0000000048500000)', 'initrd [0x0000000048000000, 0x00000000480f13d8)'],
        ['overlappingPlacements', '/boards/0/image/base', 'the 6.12.117 kernel image [0x0000000046000000, 0x0000000048500000)', 'DTB [0x0000000048200000, 0x0000000048300000)'],
      ])
    })

    it("gives each architecture's reason: x86 decompresses into init_size, riscv64 reserves up to 2 MiB", () => {
      const reason = (board: Board) => decodeMatrix(matrix([board])).problems.map((p) => p.data.reason)
      // x86_64 6.12: init_size 0x37ef000 from 0x1000000.
      expect(reason({ id: 'x', arch: 'x86_64', kernels: ['6.12'], image: { base: '0x1000000' }, memory: [{ base: '0x100000', size: '1G' }], initrd: { base: '0x4000000', size: '16M' } })).toEqual([
        'the kernel decompresses itself into init_size bytes from its load address',
      ])
      // riscv64 6.12: 0x2000000 from 0x80200000.
      expect(reason({ id: 'r', arch: 'riscv64', kernels: ['6.12'], image: { base: '0x80200000' }, memory: [{ base: '0x80000000', size: '1G' }], dtb: { base: '0x82000000', size: '0x2000' } })).toEqual([
        'the kernel reserves its image up to the next 2 MiB boundary as its own',
      ])
    })
  })

  it('accepts banks that touch, and a region that ends exactly where RAM ends', () => {
    const { layouts, problems } = decodeMatrix(
      matrix([{
        id: 'x', arch: 'arm64', kernels: ['6.12'], image: { base: '0x40200000' }, memory: [{ base: '0x40000000', size: '1G' }, { base: '0x80000000', size: '1G' }],
        reservations: [{ kind: 'fixed', name: 'fw', base: '0xbff00000', size: '1M' }],
      }]),
    )
    expect(problems).toEqual([])
    expect(layouts).toHaveLength(1)
  })

  it('names the first hole a region falls into, up to the next bank (a reservation: a warning, once)', () => {
    const { problems, warnings } = decodeMatrix(
      matrix([{
        id: 'x', arch: 'arm64', kernels: ['6.12', '7.2'], image: { base: '0x40200000' }, memory: [{ base: '0x40000000', size: '1G' }, { base: '0x90000000', size: '1G' }],
        reservations: [{ kind: 'fixed', name: 'fw', base: '0x7ff00000', size: '0x20000000' }],
      }]),
    )
    expect(problems).toEqual([])
    expect(warnings.map((p) => [p.messageId, p.pointer, p.data.gapStart, p.data.gapEnd])).toEqual([['reservationOutsideRam', '/boards/0/reservations/0/base', '0x0000000080000000', '0x0000000090000000']])
    // An initrd there is refused.
    const initrd = decodeMatrix(matrix([{ id: 'y', arch: 'arm64', kernels: ['6.12', '7.2'], image: { base: '0x40200000' }, memory: [{ base: '0x40000000', size: '1G' }, { base: '0x90000000', size: '1G' }], initrd: { base: '0x7ff00000', size: '0x20000000' } }]))
    expect(initrd.problems.map((p) => [p.messageId, p.pointer, p.data.gapStart])).toEqual([['outsideRam', '/boards/0/initrd/base', '0x0000000080000000']])
  })

  it("checks bank bases against the board's page size (64K)", () => {
    expect(problemsOf([{ id: 'x', arch: 'arm64', kernels: ['6.12'], pageSize: '64K', image: { base: '0x40200000' }, memory: [{ base: '0x40001000', size: '1G' }] }])).toEqual([
      ['notPageAligned', '/boards/0/memory/0/base'],
    ])
  })

  it('points a bad value merged from an object setting at its own key', () => {
    expect(
      problemsOf([
        { id: 'v', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], dma: { zoneDmaLimit: '16E' } },
        { id: 'w', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], boot: { nodeData: '16E' } },
      ]),
    ).toEqual([
      ['valueOutOfRange', '/boards/0/dma/zoneDmaLimit'],
      ['valueOutOfRange', '/boards/1/boot/nodeData'],
    ])
    // A dma-ranges bus address must fit in 64 bits too (docs/format.md address).
    expect(problemsOf([{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], dma: { ranges: [{ node: '/soc', cpuAddr: '0x0', busAddr: '16E', size: '1G' }] } }])).toEqual([
      ['valueOutOfRange', '/boards/0/dma/ranges/0/busAddr'],
    ])
  })

  it('requires arch, RAM, kernels and an image placement', () => {
    expect(problemsOf([{ id: 'x' }])).toEqual([['missingSetting', '/boards/0'], ['missingSetting', '/boards/0'], ['missingSetting', '/boards/0'], ['missingSetting', '/boards/0']])
    // Every missing setting in one run, with or without arch (the README: "SC003 names what is missing").
    const settings = (board: Board) => decodeMatrix(matrix([board])).problems.map((p) => p.data.setting)
    const IMAGE = 'kernel image placement ("image")'
    const RAM = 'RAM ("memory", "ram" or "ramSize")'
    expect(settings({ id: 'x' })).toEqual(['arch', RAM, 'kernels', IMAGE])
    expect(settings({ id: 'x', arch: 'arm64' })).toEqual([RAM, 'kernels', IMAGE])
    expect(settings({ id: 'x', arch: 'arm64', kernels: ['6.12'] })).toEqual([RAM, IMAGE])
    expect(settings({ id: 'x', arch: 'arm64', memory: [{ base: '0x40000000', size: '1G' }] })).toEqual(['kernels', IMAGE])
    expect(settings({ id: 'x', arch: 'arm64', image: { base: '0x40200000' } })).toEqual([RAM, 'kernels'])
    expect(problemsOf([{ id: 'x', arch: 'x86_64', kernels: ['6.1'], memory: [{ base: '0x0', size: '1G' }] }])).toEqual([['missingSetting', '/boards/0']])
  })

  it('says where each missing setting can come from: no preset names kernels, and x86_64 has a default image base', () => {
    const where = (board: Board) => decodeMatrix(matrix([board])).problems.map((p) => p.data.where)
    expect(where({ id: 'pi', extends: 'raspberrypi-4' })).toEqual(['here or in "defaults", e.g. "kernels": ["6.1", "6.12"] (presets name no kernels)'])
    expect(where({ id: 'x', arch: 'x86_64', kernels: ['6.1'], memory: [{ base: '0x0', size: '1G' }] })).toEqual([
      'here, in "defaults", or extend a preset that does (booted with nokaslr, x86_64 runs it at CONFIG_PHYSICAL_START: "image": { "base": "0x1000000" } by default)',
    ])
    expect(where({ id: 'a', arch: 'arm64', kernels: ['6.1'], memory: [{ base: '0x40000000', size: '1G' }] })).toEqual(['here, in "defaults", or extend a preset that does'])
    // A board as import writes it from a DT alone: every missing setting at once, not one per run.
    expect(decodeMatrix(matrix([{ id: 'dt', memory: [{ base: '0x40000000', size: '1G' }] }])).problems.map((p) => p.data.setting)).toEqual(['arch', 'kernels', 'kernel image placement ("image")'])
    expect(decodeMatrix(matrix([{ id: 'dt', kernels: ['6.12'], ram: [{ name: '1G', memory: [{ base: '0x40000000', size: '1G' }], image: { base: '0x40200000' } }] }])).problems.map((p) => p.data.setting)).toEqual(['arch'])
  })

  it("takes a kernel build's code size from the image or the kernel (the kernel's wins), and refuses one past the image", () => {
    const code = (board: Partial<Board>) => decodeMatrix(matrix([{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], ...board }])).layouts.map((l) => l.layout.image.codeSize)
    expect(code({})).toEqual([undefined])
    expect(code({ image: { base: '0x40200000', codeSize: '0xad0000' } })).toEqual([0xad0000n])
    expect(code({ image: { base: '0x40200000', codeSize: '0xad0000' }, kernels: [{ release: '6.12', codeSize: '0x1000000' }] })).toEqual([0x1000000n])
    expect(problemsOf([{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], image: { base: '0x40200000', size: '16M', codeSize: '17M' } }])).toEqual([
      ['codeBeyondImage', '/boards/0/image/codeSize'],
    ])
    // A code size equal to the image's still lies inside it.
    expect(code({ image: { base: '0x40200000', size: '16M', codeSize: '16M' } })).toEqual([16n << 20n])
    // A code size beyond 64 bits is reported, and that layout is not simulated with the build's default.
    const huge = decodeMatrix(matrix([{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], image: { base: '0x40200000', codeSize: '16E' } }]))
    expect([huge.problems.map((p) => [p.messageId, p.pointer]), huge.layouts]).toEqual([[['valueOutOfRange', '/boards/0/image/codeSize']], []])
  })

  it('rejects misaligned bank bases and image bases, and non-power-of-two alignments', () => {
    expect(
      problemsOf([{
        id: 'x', arch: 'arm64', kernels: ['6.1'], image: { base: '0x40300000' }, memory: [{ base: '0x40000800', size: '1G' }],
        reservations: [{ kind: 'dynamic', name: 'pool', size: '1M', align: '0x3000' }],
      }]),
    ).toEqual([['alignNotPowerOfTwo', '/boards/0/reservations/0/align']])
    expect(problemsOf([{ id: 'x', arch: 'arm64', kernels: ['6.1'], image: { base: '0x40300000' }, memory: [{ base: '0x40000800', size: '1G' }] }])).toEqual([
      ['imageMisaligned', '/boards/0/image/base'],
    ])
    // The message says where to put it: NXP's loadaddr 0x40480000 runs at 0x40600000 after booti.
    const misaligned = (arch: 'arm64' | 'x86_64') => decodeMatrix(matrix([{ id: 'x', arch, kernels: ['6.1'], image: { base: '0x40480000' }, memory: [{ base: '0x40000000', size: '1G' }] }])).problems[0]?.data.where
    expect(misaligned('arm64')).toBe(`U-Boot's booti prints it, "Moving Image from 0x40480000 to …"; without LMB that is 0x0000000040600000, the next 2 MiB boundary up`)
    expect(misaligned('x86_64')).toBe('0x0000000040600000 is the next 2 MiB boundary up')
    // Every kernel of the board is kept from the engine, and each says so (deduplicated, the
    // problem named the first kernel only, while the summary counted no layout simulated).
    const both = decodeMatrix(matrix([{ id: 'x', arch: 'arm64', kernels: ['6.1', '6.12'], image: { base: '0x40480000' }, memory: [{ base: '0x40000000', size: '1G' }] }]))
    expect(both.problems.map((p) => [p.messageId, p.layoutName])).toEqual([['imageMisaligned', '6.1'], ['imageMisaligned', '6.12']])
    // Two boards sharing the value from `defaults` share its pointer and their layout names:
    // each board keeps its problems.
    const shared = decodeMatrix({ version: 1, defaults: { arch: 'arm64', kernels: ['6.1'], image: { base: '0x40480000' }, memory: [{ base: '0x40000000', size: '1G' }] }, boards: [{ id: 'a' }, { id: 'b' }] } as never)
    expect(shared.problems.map((p) => [p.boardId, p.layoutName, p.pointer])).toEqual([['a', '6.1', '/defaults/image/base'], ['b', '6.1', '/defaults/image/base']])
    expect(problemsOf([{ id: 'x', arch: 'arm64', kernels: ['6.1'], image: { base: '0x40200000' }, memory: [{ base: '0x40000800', size: '1G' }] }])).toEqual([
      ['notPageAligned', '/boards/0/memory/0/base'],
    ])
  })

  it('warns once per kernel entry about a policy named for a release it does not model, and simulates it', () => {
    const r = decodeMatrix(matrix([{ id: 'a', extends: 'qemu-virt-arm64', ram: [{ name: '2G', memory: [{ base: '0x40000000', size: '2G' }] }, { name: '4G', memory: [{ base: '0x40000000', size: '4G' }] }], kernels: [{ release: '6.12', policy: 'whatif-bhe-4g-low-end' }, { release: '6.1', policy: 'whatif-bhe-4g-low-end' }, { release: '6.1.192', policy: 'arm64-5.10.0' }] }]))
    expect(r.problems).toEqual([])
    expect(r.warnings.map((w) => [w.messageId, w.pointer, w.data.release, w.data.releases, w.data.own])).toEqual([
      ['policyOutsideRelease', '/boards/0/kernels/0/policy', '6.12.117', '6.0.0 – < 6.2.0', ' (its own is arm64-6.12.117)'],
      ['policyOutsideRelease', '/boards/0/kernels/2/policy', '6.1.192', '5.10.0 – < 5.10.20', ' (its own is arm64-6.1.176)'],
    ])
    // The layouts still run, under the policy named.
    expect(r.layouts.map((l) => [l.layoutName, l.layout.policy])).toEqual([
      ['2G/6.12+whatif-bhe-4g-low-end', 'whatif-bhe-4g-low-end'], ['2G/6.1+whatif-bhe-4g-low-end', 'whatif-bhe-4g-low-end'], ['2G/6.1.192+arm64-5.10.0', 'arm64-5.10.0'],
      ['4G/6.12+whatif-bhe-4g-low-end', 'whatif-bhe-4g-low-end'], ['4G/6.1+whatif-bhe-4g-low-end', 'whatif-bhe-4g-low-end'], ['4G/6.1.192+arm64-5.10.0', 'arm64-5.10.0'],
    ])
    // A misspelt policy id is an error with the nearest id.
    const typo = decodeMatrix(matrix([{ id: 'a', extends: 'qemu-virt-arm64', kernels: [{ release: '6.1', policy: 'arm64-5.10' }] }]))
    expect(typo.problems.map((p) => [p.messageId, p.data.hint])).toEqual([['unknownPolicy', '; did you mean "arm64-5.10.0"?']])
  })

  it('reports unknown kernels, policies, presets, buses, ramSize without preset and duplicate ids', () => {
    expect(
      problemsOf([
        { id: 'a', extends: 'qemu-virt-arm64', kernels: ['4.19', { release: '6.1', policy: 'no-such-policy' }], ramSize: '1G' },
        { id: 'b', extends: 'nope' },
        { id: 'a', extends: 'qemu-virt-arm64', kernels: ['6.1'] },
        { id: 'c', extends: 'raspberrypi-4', kernels: ['6.1'], devices: [{ name: 'd', bus: '/nowhere' }] },
        { id: 'd', arch: 'arm64', kernels: ['6.1'], ramSize: '1G', image: { base: '0x0' } },
      ]),
    ).toEqual([
      ['unknownKernel', '/boards/0/kernels/0'],
      ['unknownPolicy', '/boards/0/kernels/1/policy'],
      ['unknownPreset', '/boards/1/extends'],
      ['duplicateBoardId', '/boards/2/id'],
      ['unknownBus', '/boards/3/devices/0/bus'],
      ['ramSizeWithoutPreset', '/boards/4/ramSize'],
    ])
  })

  it("reports a ramSize below what the preset can lay out at the ramSize, not as a negative bank; the least size decodes", () => {
    const board = (id: string, extends_: string, ramSize: string) => ({ id, extends: extends_, ramSize, kernels: ['6.12'] as [string] })
    const p = decodeMatrix(matrix([board('a', 'qemu-q35-x86_64', '0'), board('b', 'qemu-pc-x86_64', '0x223fff'), board('c', 'qemu-virt-riscv64', '1M')])).problems
    expect(p.map((x) => [x.messageId, x.pointer, x.data.preset, x.data.min])).toEqual([
      ['ramSizeTooSmall', '/boards/0/ramSize', 'qemu-q35-x86_64', '2192 KiB (0x224000)'],
      ['ramSizeTooSmall', '/boards/1/ramSize', 'qemu-pc-x86_64', '2192 KiB (0x224000)'],
      ['ramSizeTooSmall', '/boards/2/ramSize', 'qemu-virt-riscv64', '1 GiB (0x40000000)'],
    ])
    // At the least size the banks are well formed: what remains is the boot's own placements.
    const atMin = decodeMatrix(matrix([board('a', 'qemu-q35-x86_64', '0x224000'), board('c', 'qemu-virt-riscv64', '1G')])).problems
    expect(atMin.map((x) => x.messageId)).not.toContain('ramSizeTooSmall')
    expect(atMin.map((x) => x.messageId)).not.toContain('valueOutOfRange')
  })

  it('reports a ramSize above what QEMU starts the x86 presets with (-cpu max: 40 physical address bits); the largest decodes', () => {
    const board = (id: string, extends_: string, ramSize: string) => ({ id, extends: extends_, ramSize, kernels: ['6.12'] as [string] })
    // Measured: q35 starts with -m 1001472M and not 1001473M, pc with 1033216M and not 1033217M.
    const p = decodeMatrix(matrix([board('a', 'qemu-q35-x86_64', '1001473M'), board('b', 'qemu-pc-x86_64', '1033217M'), board('c', 'qemu-q35-x86_64', '1024G')])).problems
    expect(p.map((x) => [x.messageId, x.pointer, x.data.preset, x.data.max])).toEqual([
      ['ramSizeTooLarge', '/boards/0/ramSize', 'qemu-q35-x86_64', '978 GiB (0xf480000000)'],
      ['ramSizeTooLarge', '/boards/1/ramSize', 'qemu-pc-x86_64', '1009 GiB (0xfc40000000)'],
      ['ramSizeTooLarge', '/boards/2/ramSize', 'qemu-q35-x86_64', '978 GiB (0xf480000000)'],
    ])
    const atMax = decodeMatrix(matrix([board('a', 'qemu-q35-x86_64', '1001472M'), board('b', 'qemu-pc-x86_64', '1033216M')]))
    expect(atMax.problems.map((x) => x.messageId)).not.toContain('ramSizeTooLarge')
  })

  it('unmatchedPatterns: the patterns of a boards filter that match no id, in their order', () => {
    expect(unmatchedPatterns(['rpi*', 'x86-srv', '*'], ['rpi4', 'virt'])).toEqual(['x86-srv'])
    expect(unmatchedPatterns(['a', 'b'], [])).toEqual(['a', 'b'])
    expect(unmatchedPatterns([], ['a'])).toEqual([])
  })

  it('names each series with a Debian profile once for an unknown kernel (arm64 has 4K and 16K profiles of 6.12 and 7.2, a 4K one of 7.3)', () => {
    const p = decodeMatrix(matrix([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['4.19'] }])).problems
    expect(p.map((x) => [x.messageId, x.data])).toEqual([['unknownKernel', { kernel: '4.19', known: '5.10, 6.1, 6.12, 7.2, 7.3' }]])
  })

  it("rejects another architecture's policy and 16K/64K pages outside arm64", () => {
    expect(
      problemsOf([
        { id: 'a', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: [{ release: '6.12', policy: 'x86_64-6.12' }] },
        { id: 'b', extends: 'qemu-q35-x86_64', ramSize: '1G', kernels: ['6.12'], pageSize: '64K' },
        { id: 'c', extends: 'qemu-virt-riscv64', ramSize: '1G', kernels: ['6.12'], pageSize: '16K' },
        { id: 'd', extends: 'qemu-virt-riscv64', ramSize: '1G', kernels: ['6.12'], pageSize: '4K' },
        { id: 'e', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: [{ release: '6.12', policy: 'arm64-6.12' }], pageSize: '64K' },
      ]),
    ).toEqual([
      ['unknownPolicy', '/boards/0/kernels/0/policy'],
      ['pageSizeNotOnArch', '/boards/1/pageSize'],
      ['pageSizeNotOnArch', '/boards/2/pageSize'],
    ])
  })

  // riscv64's vaBits 47 (meant as 48) was simulated as Sv39 without a word (pagingLevels()
  // rounds down), and arm64's 40 as a linear map no kernel build lays out.
  it('rejects a vaBits no kernel of the architecture has, at the value; x86_64 does not read it', () => {
    expect(
      problemsOf([
        { id: 'a', extends: 'qemu-virt-riscv64', ramSize: '1G', kernels: ['6.12'], vaBits: 47 },
        { id: 'b', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], vaBits: 40 },
        { id: 'c', extends: 'qemu-virt-riscv64', ramSize: '1G', kernels: ['6.12'], vaBits: 48 },
        { id: 'd', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], vaBits: 47, pageSize: '16K' },
        { id: 'e', extends: 'qemu-q35-x86_64', ramSize: '1G', kernels: ['6.12'], vaBits: 47 },
      ]),
    ).toEqual([
      ['vaBitsNotOnArch', '/boards/0/vaBits'],
      ['vaBitsNotOnArch', '/boards/1/vaBits'],
    ])
    const [p] = decodeMatrix(matrix([{ id: 'a', extends: 'qemu-virt-riscv64', ramSize: '1G', kernels: ['6.12'], vaBits: 47 }])).problems
    expect(p?.data).toEqual({ arch: 'riscv64', vaBits: '47', choices: '39, 48, 57' })
  })

  it('a /memreserve/ entry cannot be no-map or have more reg entries (SC003 at the key); else it decodes as memreserve', () => {
    const res = (nomap: boolean) => [{ kind: 'fixed' as const, name: 'spin', base: '0x40000000', size: '4K', memreserve: true, ...(nomap ? { nomap } : {}) }]
    expect(problemsOf([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], reservations: res(true) }])).toEqual([['memreserveOption', '/boards/0/reservations/0/nomap']])
    const withMore = [{ kind: 'fixed' as const, name: 'spin', base: '0x40000000', size: '4K', memreserve: true, moreReg: [{ base: '0x40002000', size: '4K' }] }]
    expect(problemsOf([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], reservations: withMore }])).toEqual([['memreserveOption', '/boards/0/reservations/0/moreReg']])
    const asCma = [{ kind: 'fixed' as const, name: 'spin', base: '0x40000000', size: '4K', memreserve: true, cma: true, cmaDefault: true, dmaPool: true }]
    expect(problemsOf([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], reservations: asCma }])).toEqual([
      ['memreserveOption', '/boards/0/reservations/0/cma'],
      ['memreserveOption', '/boards/0/reservations/0/cmaDefault'],
      ['memreserveOption', '/boards/0/reservations/0/dmaPool'],
    ])
    const { layouts } = decodeMatrix(matrix([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], reservations: res(false) }]))
    expect(layouts[0]!.layout.reservations).toEqual([{ kind: 'fixed', name: 'spin', base: 0x40000000n, size: 4096n, nomap: false, memreserve: true }])
  })

  it('an efi reservation is one range efi_init() reserves: not no-map, /memreserve/ or a pool (SC003 at the key); else it decodes as efi', () => {
    const res = (more: object) => [{ kind: 'fixed' as const, name: 'reserve_regions@feb3a000', base: '0xfeb3a000', size: '8K', efi: true, ...more }]
    expect(problemsOf([{ id: 'a', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['6.12'], reservations: res({ nomap: true, cma: true }) }])).toEqual([
      ['efiReservationOption', '/boards/0/reservations/0/nomap'],
      ['efiReservationOption', '/boards/0/reservations/0/cma'],
    ])
    expect(problemsOf([{ id: 'a', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['6.12'], reservations: res({ moreReg: [{ base: '0xfeb40000', size: '4K' }] }) }])).toEqual([['efiReservationOption', '/boards/0/reservations/0/moreReg']])
    const { layouts } = decodeMatrix(matrix([{ id: 'a', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['6.12'], reservations: res({}) }]))
    expect(layouts[0]!.layout.reservations.at(-1)).toEqual({ kind: 'fixed', name: 'reserve_regions@feb3a000', base: 0xfeb3a000n, size: 0x2000n, nomap: false, efi: true })
  })

  it('a static reservation keeps its CMA flags (a reg shared-dma-pool node that is reusable)', () => {
    const pool = [{ kind: 'fixed' as const, name: 'linux,cma@b0000000', base: '0xb0000000', size: '64M', cma: true, cmaDefault: true }]
    const { layouts } = decodeMatrix(matrix([{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], reservations: pool }]))
    expect(layouts[0]!.layout.reservations).toEqual([{ kind: 'fixed', name: 'linux,cma@b0000000', base: 0xb0000000n, size: 64n << 20n, nomap: false, cma: true, cmaDefault: true }])
  })

  it('keeps decoding the other variants when one has a problem', () => {
    const { layouts, problems } = decodeMatrix(
      matrix([{
        id: 'x', arch: 'arm64', kernels: ['6.1'], image: { base: '0x40200000' },
        ram: [{ name: 'ok', memory: [{ base: '0x40000000', size: '1G' }] }, { name: 'bad', memory: [{ base: '0x80000000', size: '1G' }] }],
      }]),
    )
    expect(layouts.map((l) => l.layoutName)).toEqual(['ok/6.1'])
    expect(problems.map((p) => p.pointer)).toEqual(['/boards/0/image/base'])
  })
})

describe('--kernel naming a release the board lists with its own build', () => {
  it("keeps the entry's image size and boot allocations (an imported board's measured values)", () => {
    // import writes what a 6.17.8 log measured in the release's entry; arm64 6.17.8 has no
    // Debian profile, so without the entry's imageSize the override had no image size.
    const board: Board = {
      id: 'b', arch: 'arm64', memory: [{ base: '0x40000000', size: '0x100000000' }], cmdline: 'crashkernel=256M', image: { base: '0x40200000' },
      kernels: [{ release: '6.17.8', imageSize: '0x2600000', boot: { nodeData: '0x3740' } }, { release: '6.17.8', policy: 'arm64-6.12', imageSize: '0x100000' }],
    }
    const d = decodeMatrix(matrix([board]), { kernels: ['6.17.8'] })
    expect(d.problems).toEqual([])
    expect(d.layouts.map((l) => [l.layout.kernel, l.layout.image.size, l.layout.boot.nodeData])).toEqual([['6.17.8', 0x2600000n, 0x3740n]])
    // A release the board does not list is a what-if without the board's entries.
    expect(decodeMatrix(matrix([board]), { kernels: ['7.2'] }).layouts.map((l) => l.layout.image.size)).not.toContain(0x2600000n)
  })

  it('takes what a sweep row takes (releaseEntry()): a what-if entry alone gives its settings, not its policy; a string entry gives none', () => {
    const base: Board = { id: 'b', arch: 'arm64', memory: [{ base: '0x40000000', size: '0x100000000' }], cmdline: 'crashkernel=256M', image: { base: '0x40200000' }, kernels: [] as never }
    const whatIf = { release: '6.1', policy: 'whatif-bhe-4g-low-end', cmdline: 'crashkernel=512M' }
    const alone = decodeMatrix(matrix([{ ...base, kernels: [whatIf] }]), { kernels: ['6.1'] }).layouts
    expect(alone.map((l) => [l.layout.cmdline, l.layout.policy])).toEqual([['crashkernel=512M', undefined]])
    const plain = decodeMatrix(matrix([{ ...base, kernels: ['6.1', whatIf] }]), { kernels: ['6.1'] }).layouts
    expect(plain.map((l) => [l.layout.cmdline, l.layout.policy])).toEqual([['crashkernel=256M', undefined]])
    // An entry with settings of its own wins over the plain release, in either order.
    const own = { release: '6.1.192', cmdline: 'crashkernel=1G' }
    for (const kernels of [['6.1', own], [own, '6.1']]) {
      expect(decodeMatrix(matrix([{ ...base, kernels: kernels as never }]), { kernels: ['6.1'] }).layouts.map((l) => l.layout.cmdline), JSON.stringify(kernels)).toEqual(['crashkernel=1G'])
    }
  })
})
