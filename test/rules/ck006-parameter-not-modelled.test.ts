// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { QUOTE_MAX_CHARS } from '../../src/rules/common.js'
import { of, run } from './helpers.js'

describe('CK006 parameter-not-modelled', () => {
  const pc = (kernel: string, cmdline: string) => ({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: [kernel], cmdline })
  const virt = (kernel: string, cmdline: string) => ({ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: [kernel], cmdline })
  // q35 with two SRAT nodes (QEMU's -numa: node 0 the low 2 GiB, node 1 the 2 GiB above 4 GiB):
  // numa=fake= splits the SRAT's ranges, which the banks do not give (numa-emulation.ts).
  const nodes = (kernel: string, cmdline: string) => ({
    id: 'n',
    extends: 'qemu-q35-x86_64',
    memory: [
      { base: '0x1000', size: '0x9e000', node: 0 },
      { base: '0x100000', size: '0x7fee0000', node: 0 },
      { base: '0x100000000', size: '0x80000000', node: 1 },
    ],
    kernels: [kernel],
    cmdline,
  })

  it('reports each unmodelled parameter once, as a warning at the command line', () => {
    const fs = of(run(nodes('6.12', 'crashkernel=256M numa=fake=2 numa=fake=4 log_buf_len=8M swiotlb=65536 memmap=64M$0x30000000')), 'CK006')
    expect(fs.map((f) => f.data.token)).toEqual(['numa=fake=2'])
    expect(fs.every((f) => f.severity === 'warning' && f.pointer === '/boards/0/cmdline')).toBe(true)
    expect(fs[0]!.message).toBe('"numa=fake=2" is not modelled: NUMA emulation splits the firmware\'s (SRAT) node ranges, which the board does not give ("sratMemory"); the fake nodes and their NODE_DATA are simulated over the banks; the simulated placement may differ from the kernel\'s')
  })
  it('numa=fake= on a board with NUMA nodes and the SRAT\'s own ranges ("sratMemory") is modelled: not reported', () => {
    const srat = [
      { base: '0x0', size: '0xa0000', node: 0 },
      { base: '0x100000', size: '0x7ff00000', node: 0 },
      { base: '0x100000000', size: '0x80000000', node: 1 },
    ]
    expect(of(run({ ...nodes('6.12', 'crashkernel=256M numa=fake=4'), sratMemory: srat }), 'CK006')).toEqual([])
    expect(of(run({ ...nodes('6.12', 'crashkernel=256M numa=fake=4'), sratMemory: [] }), 'CK006').length).toBe(1)
    // A build without CONFIG_NUMA_EMU fakes nothing: nothing to report.
    expect(of(run({ ...nodes('6.12', 'crashkernel=256M numa=fake=4'), config: { NUMA_EMU: false } }), 'CK006')).toEqual([])
    // Still reported: a bank without a node (the SRAT pass fails its coverage check and has
    // used the parameter up), and CPU-only nodes (fix_pxm_node_maps() numbers them after the fake ones).
    const partial = { ...nodes('6.12', 'crashkernel=256M numa=fake=4'), sratMemory: srat }
    partial.memory = [...partial.memory.slice(0, 2), { base: '0x100000000', size: '0x80000000' }] as typeof partial.memory
    expect(of(run(partial), 'CK006').length).toBe(1)
    expect(of(run({ ...nodes('6.12', 'crashkernel=256M numa=fake=4'), sratMemory: srat, memorylessNodes: [2] }), 'CK006').length).toBe(1)
  })
  it('numa=fake= on a board without NUMA nodes is modelled (numa-emulation.ts, test/boots/numa-fake): not reported', () => {
    for (const kernel of ['5.10', '6.1', '6.12', '7.2']) expect(of(run(pc(kernel, 'crashkernel=256M numa=fake=2')), 'CK006')).toEqual([])
    expect(of(run(pc('6.12', 'crashkernel=256M numa=fake=1G numa=fake=2U')), 'CK006')).toEqual([])
  })
  it('movable_node is modelled (x86 bottom-up until numa_init(): test/boots/movable-node), so not reported, however spelt', () => {
    // arch/x86/kernel/setup.c (v5.10.223:957, v6.12.117:887) / arch/x86/kernel/e820.c (v7.2.13:1314)
    // memblock_set_bottom_up(true); arch/x86/mm/numa.c numa_init (v5.10.223:665) and
    // mm/numa_memblks.c (v6.12.117:452, v7.2.13:474) set it back before NODE_DATA and the crash kernel.
    for (const kernel of ['5.10', '6.12', '7.2']) {
      expect(of(run(pc(kernel, 'crashkernel=256M movable_node')), 'CK006')).toEqual([])
      expect(of(run(pc(kernel, 'crashkernel=256M movable-node')), 'CK006')).toEqual([])
    }
  })
  it('only numa=fake…, not numa=off', () => {
    expect(of(run(pc('6.1', 'crashkernel=256M numa=off')), 'CK006')).toEqual([])
    expect(of(run(nodes('6.1', 'crashkernel=256M numa=off')), 'CK006')).toEqual([])
    expect(of(run(nodes('6.1', 'crashkernel=256M numa=fake=4')), 'CK006').map((f) => f.data.token)).toEqual(['numa=fake=4'])
  })
  it('only the values the kernel acts on: numa_setup() wants "fake=", early_kvm_mode_cfg() exactly "protected"', () => {
    // arch/x86/mm/numa.c numa_setup: strncmp(opt, "fake=", 5); arch/arm64/kvm/arm.c: strcmp(arg, "protected")
    expect(of(run(nodes('6.12', 'crashkernel=256M numa=fake numa=nofake=4')), 'CK006')).toEqual([])
    expect(of(run(virt('6.12', 'crashkernel=256M kvm-arm.mode=protected2 kvm-arm.mode=unprotected')), 'CK006')).toEqual([])
    expect(of(run(virt('6.12', 'crashkernel=256M kvm-arm.mode=protected')), 'CK006').map((f) => f.data.token)).toEqual(['kvm-arm.mode=protected'])
  })
  it('per arch and release: hugetlb_cma on riscv64 6.15 – 6.19, protected KVM on arm64; hugetlb_cma elsewhere and log_buf_len= are modelled (hugetlb-cma.ts, printk.ts)', () => {
    const tokens = (b: Record<string, unknown>) => of(run(b), 'CK006').map((f) => f.data.token)
    // 6.12 reserves hugetlb_cma= through cma_declare_contiguous_nid() (hugetlb-cma.ts,
    // test/boots/hugetlb-cma): not reported.
    expect(tokens(virt('6.12', 'crashkernel=256M hugetlb_cma=1G movable_node log_buf_len=4M kvm-arm.mode=protected'))).toEqual(['kvm-arm.mode=protected'])
    expect(tokens(virt('7.2', 'crashkernel=256M hugetlb_cma=1G kvm-arm.mode=nvhe'))).toEqual([])
    expect(tokens(pc('6.1', 'crashkernel=256M log_buf_len=4M'))).toEqual([])
    const rv = { id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: [{ release: '6.17', imageSize: '0x2000000' }], cmdline: 'crashkernel=256M hugetlb_cma=1G' }
    // hugetlb_cma= exists only with CONFIG_CMA (mm/hugetlb_cma.c, built with CONFIG_CMA): a
    // release without a Debian profile has the default config, without it, and the token
    // reserves nothing.
    expect(tokens(rv)).toEqual([])
    expect(tokens({ ...rv, config: { CMA: true } })).toEqual(['hugetlb_cma=1G'])
    expect(tokens({ ...rv, kernels: ['6.12'], config: { CMA: true } })).toEqual([])
    // x86 and arm64 6.15 – 6.19 (cma_declare_contiguous_multi()) are modelled.
    const pc617 = { ...pc('', 'crashkernel=256M hugetlb_cma=1G'), kernels: [{ release: '6.17', imageSize: '0x3000000' }] }
    expect(tokens(pc617)).toEqual([])
    expect(tokens({ ...pc617, config: { CMA: true } })).toEqual([])
    // swiotlb= and log_buf_len= are modelled (x86/swiotlb.ts, printk.ts).
    expect(tokens({ ...rv, cmdline: 'crashkernel=256M swiotlb=65536 log_buf_len=4M' })).toEqual([])
    expect(tokens(virt('6.12', 'crashkernel=256M swiotlb=65536'))).toEqual([])
  })
  it('at the table\'s release bounds: hugetlb_cma on riscv64 6.15 – 6.19, protected KVM not in 5.10 (no kvm_hyp_reserve())', () => {
    const tokens = (b: Record<string, unknown>) => of(run(b), 'CK006').map((f) => f.data.token)
    // A release without a Debian profile has the default config (no CMA): CMA given here.
    const at = (release: string) => ({ ...virt('', 'crashkernel=256M hugetlb_cma=1G kvm-arm.mode=protected'), kernels: [{ release, imageSize: '0x3000000' }], config: { CMA: true } })
    expect(tokens(at('6.14'))).toEqual(['kvm-arm.mode=protected'])
    expect(tokens(at('6.15'))).toEqual(['kvm-arm.mode=protected'])
    expect(tokens(at('7.0'))).toEqual(['kvm-arm.mode=protected'])
    const rv = (release: string) => ({ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: [{ release, imageSize: '0x2000000' }], config: { CMA: true }, cmdline: 'crashkernel=256M hugetlb_cma=1G' })
    expect(['6.14', '6.15', '6.19', '7.0'].map((r) => tokens(rv(r)))).toEqual([[], ['hugetlb_cma=1G'], ['hugetlb_cma=1G'], []])
    expect(tokens(virt('5.10', 'crashkernel=256M kvm-arm.mode=protected'))).toEqual([])
  })
  it('protected KVM (arm64/pkvm.ts, test/boots/pkvm): only where the board does not say whether it enters at EL2', () => {
    const tokens = (b: Record<string, unknown>) => of(run(b), 'CK006').map((f) => f.data.token)
    const at = (release: string, cpu?: Record<string, boolean>) => ({ ...virt('', 'crashkernel=256M kvm-arm.mode=protected'), kernels: [{ release, imageSize: '0x3000000' }], ...(cpu && { cpu }) })
    expect(['5.13', '5.14', '5.15', '6.12', '7.2'].map((r) => tokens(at(r)))).toEqual(Array(5).fill(['kvm-arm.mode=protected']))
    expect(['5.13', '5.14', '5.15', '6.12', '7.2'].map((r) => tokens(at(r, { el2: true })))).toEqual(Array(5).fill([]))
    expect(tokens(at('6.12', { el2: false }))).toEqual([])
    // The Raspberry Pi 4 preset enters at EL2.
    expect(tokens({ id: 'pi', extends: 'raspberrypi-4', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M kvm-arm.mode=protected' })).toEqual([])
  })
  it('1G hugepages are modelled (hugetlb-bootmem.ts, test/boots/hugepages): not reported on any arch or release', () => {
    // x86 6.15 – 6.19 allocate them before the crash kernel (arch/x86/kernel/setup.c@v6.17:1192-1195).
    const tokens = (b: Record<string, unknown>) => of(run(b), 'CK006').map((f) => f.data.token)
    const at = (release: string, cmdline: string) => ({ ...pc('', cmdline), kernels: [{ release, imageSize: '0x3000000' }] })
    for (const release of ['6.14', '6.15', '6.17', '6.19', '7.0']) {
      expect(tokens(at(release, 'crashkernel=256M hugepagesz=1G hugepages=2'))).toEqual([])
      expect(tokens(at(release, 'crashkernel=256M default_hugepagesz=1G hugepages=2'))).toEqual([])
    }
    expect(tokens(virt('6.17', 'crashkernel=256M hugepagesz=1G hugepages=2'))).toEqual([])
  })
  it('numa_cma= and cma_pernuma= are modelled (cma.ts, test/boots/numa-cma): not reported on any arch or release', () => {
    const tokens = (b: Record<string, unknown>) => of(run(b), 'CK006').map((f) => f.data.token)
    const at = (base: Record<string, unknown>, release: string) => ({ ...base, kernels: [{ release, imageSize: '0x3000000' }], config: { CMA: true, DMA_NUMA_CMA: true } })
    for (const release of ['5.10', '6.1', '6.5', '6.6', '6.12', '7.0', '7.2']) {
      expect(tokens(at(virt('', 'crashkernel=256M numa_cma=0:64M cma_pernuma=32M'), release))).toEqual([])
      expect(tokens(at(pc('', 'crashkernel=256M numa_cma=0:64M cma_pernuma=32M'), release))).toEqual([])
    }
    expect(tokens(pc('7.2', 'crashkernel=256M numa_cma=0:64M cma_pernuma=32M'))).toEqual([])
  })
  it('quotes a long token clipped (docs/hardening.md: user strings are quoted clipped)', () => {
    const [f] = of(run(nodes('6.12', `crashkernel=256M numa=fake=${'1'.repeat(200)}`)), 'CK006')
    expect(f?.data.token.startsWith('numa=fake=111')).toBe(true)
    expect(f?.data.token.endsWith('…')).toBe(true)
    expect(f?.data.token.length).toBeLessThanOrEqual(QUOTE_MAX_CHARS)
  })
  it('reserve_mem= is a __setup() parameter, read after setup_arch(): not reported', () => {
    expect(of(run(virt('6.12', 'crashkernel=256M reserve_mem=16M:4096:oops')), 'CK006')).toEqual([])
  })
  it('reads tokens as parse_early_param() does: nothing after --, quoted values', () => {
    expect(of(run(nodes('6.12', 'crashkernel=256M -- numa=fake=2')), 'CK006')).toEqual([])
    expect(of(run(nodes('6.12', 'crashkernel=256M "numa=fake=2"')), 'CK006').length).toBe(1)
  })
})
