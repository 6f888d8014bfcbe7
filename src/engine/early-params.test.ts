// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { parseEarlyParamStops } from './early-params.js'
import { policyFor } from './policies/index.js'
import type { Arch } from './types.js'

// QEMU virt's: 4K pages, 48-bit VA (riscv64: 57), CONFIG_DMA_CMA as Debian's.
const LAYOUT = { pageSize: 4096n, vaBits: 48, config: { CMA: true, DEBUG_PAGEALLOC: false } }
const stops = (arch: Arch, release: string, cmdline: string, layout = LAYOUT) => parseEarlyParamStops(arch, cmdline, policyFor(arch, release)!, arch === 'riscv64' ? { ...layout, vaBits: 57 } : layout)
const MEMMAP_BUG = { fault: 'bug', at: 'arch/x86/kernel/e820.c __e820__range_update', fn: '__e820__range_update' }
const KERNELCORE_NULL = { param: 'kernelcore', fault: 'null-dereference', at: 'lib/cmdline.c parse_option_str', fn: 'parse_option_str' }
const MALFORMED_MOVABLECORE = { level: 'warn', source: 'params', text: "Malformed early option 'movablecore'" }

describe('parse_early_param(): the early parameters that stop the boot', () => {
  it.each(['5.10.223', '6.1.192', '6.12.117', '7.2.13'])('%s x86: a memmap= conversion with one type on both sides (-1+1) hits BUG_ON(old_type == new_type)', (release) => {
    // test/boots/early-params: "kernel BUG at arch/x86/kernel/e820.c:469!" (5.10, 6.12), ":482!" (7.2).
    expect(stops('x86_64', release, 'console=ttyS0 memmap=256M%0x60000000-1+1 crashkernel=256M')).toEqual({ events: [], stop: { param: 'memmap=256M%0x60000000-1+1', ...MEMMAP_BUG } })
    expect(stops('x86_64', release, 'memmap=256M%0x60000000-2+2').stop).toEqual({ param: 'memmap=256M%0x60000000-2+2', ...MEMMAP_BUG })
    // The second item of a comma-separated list; types cut to 32 bits (enum e820_type).
    expect(stops('x86_64', release, 'memmap=64M$0x30000000,256M%0x60000000-0x100000001+1').stop).toEqual({ param: 'memmap=64M$0x30000000,256M%0x60000000-0x100000001+1', ...MEMMAP_BUG })
  })

  it('x86: memmap= forms that reach no BUG_ON', () => {
    for (const cmdline of [
      'memmap=256M%0x60000000-1+2', // RAM → reserved
      'memmap=256M%0x60000000-0x100000000+0', // both 0 after the cut: e820__range_remove(…, 0)
      'memmap=256M%0x60000000+1', // no from: e820__range_add()
      'memmap=256M%0x60000000-1', // no to: e820__range_remove()
      'memmap=256M%0x60000000-1+1x', // *p != '\0': -EINVAL before any call
      'memmap=%0x60000000-1+1', // no size: -EINVAL
      'memmap=256M$0x60000000 memmap=exactmap',
      'memmap',
    ]) expect(stops('x86_64', '6.12.117', cmdline), cmdline).toEqual({ events: [] })
    // memmap= is x86's: the other arches have no such early_param().
    expect(stops('arm64', '6.12.117', 'memmap=256M%0x60000000-1+1').stop).toBeUndefined()
  })

  it('past 2^64, ≤6.x wraps the type (2^64 + 1 is 1: BUG), 7.x saturates it (0xffffffff: no BUG)', () => {
    expect(stops('x86_64', '6.12.117', 'memmap=256M%0x60000000-18446744073709551617+1').stop?.fault).toBe('bug')
    expect(stops('x86_64', '7.2.13', 'memmap=256M%0x60000000-18446744073709551617+1').stop).toBeUndefined()
    // Both saturate to ULLONG_MAX, cut to 0xffffffff: the same type again.
    expect(stops('x86_64', '7.2.13', 'memmap=256M%0x60000000-18446744073709551617+18446744073709551618').stop?.fault).toBe('bug')
  })

  it.each<[Arch, string]>([['x86_64', '5.10.223'], ['x86_64', '7.2.13'], ['arm64', '6.1.192'], ['arm64', '6.12.117'], ['riscv64', '6.12.117']])(
    '%s %s: a bare kernelcore reads through NULL (parse_option_str(NULL, "mirror"))',
    (arch, release) => {
      expect(stops(arch, release, 'console=ttyS0 kernelcore crashkernel=256M')).toEqual({ events: [], stop: KERNELCORE_NULL })
      // '-' and '_' are one in names; kernelcore= with an empty value is "" (no NULL).
      expect(stops(arch, release, 'kernelcore= kernelcore=1G kernelcore=mirror kernelcore=50%')).toEqual({ events: [] })
    },
  )

  it('a bare movablecore is -EINVAL: "Malformed early option", printed in command-line order, and the boot goes on', () => {
    expect(stops('arm64', '6.12.117', 'movablecore crashkernel=256M')).toEqual({ events: [MALFORMED_MOVABLECORE] })
    expect(stops('x86_64', '6.12.117', 'movablecore movablecore=1G movablecore')).toEqual({ events: [MALFORMED_MOVABLECORE, MALFORMED_MOVABLECORE] })
    // What came before the fault was printed; nothing after it was.
    expect(stops('x86_64', '6.12.117', 'movablecore kernelcore movablecore')).toEqual({ events: [MALFORMED_MOVABLECORE], stop: KERNELCORE_NULL })
    expect(stops('x86_64', '6.12.117', 'memmap=1M%0x1000000-3+3 kernelcore movablecore').stop).toEqual({ param: 'memmap=1M%0x1000000-3+3', ...MEMMAP_BUG })
    // parse_args() stops at "--": what follows is init's.
    expect(stops('x86_64', '6.12.117', 'crashkernel=256M -- kernelcore movablecore')).toEqual({ events: [] })
  })
})

describe('parse_early_param(): a bare initrd or initrdmem', () => {
  it.each<[Arch, string]>([['x86_64', '5.10.223'], ['x86_64', '6.12.117'], ['arm64', '6.1.192'], ['arm64', '7.2.13'], ['riscv64', '6.12.117']])(
    '%s %s: memparse(NULL) reads address 0 in _parse_integer_fixup_radix(); a value is fine',
    (arch, release) => {
      // test/boots/early-params/amd64-6.12-4G-initrd-bare: "RIP: 0010:_parse_integer_fixup_radix+0xa/0x70", cr2 0x0.
      const fault = { fault: 'null-dereference', at: 'lib/kstrtox.c _parse_integer_fixup_radix', fn: '_parse_integer_fixup_radix' }
      expect(stops(arch, release, 'console=ttyS0 initrd=0x48000000,8M initrd crashkernel=256M')).toEqual({ events: [], stop: { param: 'initrd', ...fault } })
      expect(stops(arch, release, 'initrdmem').stop).toEqual({ param: 'initrdmem', ...fault })
      expect(stops(arch, release, 'initrd=\\initrd.img initrdmem=1G,8M noinitrd')).toEqual({ events: [] })
    },
  )
})

describe('parse_early_param(): mem=, reservelow=, cma= and what their handlers print', () => {
  const malformed = (param: string) => ({ level: 'warn', source: 'params', text: `Malformed early option '${param}'` })
  const limited = (mb: number) => ({ level: 'info', source: 'mm', text: `Memory limited to ${mb}MB` })

  it.each<[Arch, string]>([['arm64', '5.10.223'], ['arm64', '7.2.13'], ['riscv64', '6.1.192'], ['riscv64', '7.2.13'], ['x86_64', '5.10.223'], ['x86_64', '6.12.117']])(
    '%s %s: a bare mem is malformed (early_mem() returns 1, parse_memopt() -EINVAL)',
    (arch, release) => {
      // test/boots/early-params: amd64, arm64 and riscv64 6.12 print it.
      expect(stops(arch, release, 'console=ttyS0 mem crashkernel=256M')).toEqual({ events: [malformed('mem')] })
    },
  )

  it('x86_64: mem=nopentium says it is x86_32\'s and is malformed; a size of 0 is malformed; a size is not', () => {
    expect(stops('x86_64', '6.12.117', 'mem=nopentium').events).toEqual([
      { level: 'warn', source: 'e820', text: 'mem=nopentium ignored! (only supported on x86_32)' },
      malformed('mem'),
    ])
    expect(stops('x86_64', '6.12.117', 'mem=0 mem=junk mem= mem=2G').events).toEqual([malformed('mem'), malformed('mem'), malformed('mem')])
  })

  it('arm64 and riscv64 print each limit as they parse it, in command-line order with the other handlers', () => {
    // test/boots/early-params/arm64-6.12-4G-mem2G-movablecore-bare: "Memory limited to 2048MB", then the Malformed line.
    expect(stops('arm64', '6.12.117', 'mem=2G movablecore crashkernel=256M').events).toEqual([limited(2048), malformed('movablecore')])
    expect(stops('arm64', '6.12.117', 'movablecore mem mem=0x80000fff').events).toEqual([malformed('movablecore'), malformed('mem'), limited(2048)])
    // 64K pages: PAGE_MASK takes the low 16 bits.
    expect(stops('arm64', '6.12.117', 'mem=0x8000ffff', { ...LAYOUT, pageSize: 65536n }).events).toEqual([limited(2048)])
    // riscv64's is a min(): a larger later value prints the smaller limit again.
    expect(stops('riscv64', '6.12.117', 'mem=3G mem=2G mem=5G movablecore').events).toEqual([limited(3072), limited(2048), limited(2048), malformed('movablecore')])
  })

  it('riscv64 6.4+: no4lvl and no5lvl print in command-line order (6.1 has no such early params)', () => {
    expect(stops('riscv64', '6.12.117', 'no5lvl movablecore no4lvl').events.map((e) => e.text)).toEqual(['Disabled 5-level paging', "Malformed early option 'movablecore'", 'Disabled 4-level and 5-level paging'])
    expect(stops('riscv64', '6.1.192', 'no5lvl no4lvl')).toEqual({ events: [] })
    // memory_limit starts at KERN_VIRT_SIZE of the mode set_satp_mode() took from the command line (Sv39: 2^37 = 131072 MB).
    expect(stops('riscv64', '6.12.117', 'no4lvl mem=200G').events.at(-1)).toEqual(limited(131072))
  })

  it.each<[Arch, string]>([['x86_64', '5.10.223'], ['x86_64', '7.2.13'], ['arm64', '5.10.223'], ['arm64', '6.12.117'], ['riscv64', '6.12.117']])(
    '%s %s: a bare numa is malformed (numa_parse_early_param(), x86 numa_setup(): -EINVAL for NULL); a value is not',
    (arch, release) => {
      expect(stops(arch, release, 'numa numa=off numa=noacpi crashkernel=256M')).toEqual({ events: [malformed('numa')] })
    },
  )

  it('x86_64 5.10: a bare reservelow is malformed; 5.13+ has no reservelow', () => {
    // test/boots/early-params/amd64-5.10-4G-reservelow-bare.
    expect(stops('x86_64', '5.10.223', 'reservelow reservelow=128K')).toEqual({ events: [malformed('reservelow')] })
    expect(stops('x86_64', '6.12.117', 'reservelow')).toEqual({ events: [] })
  })

  it('a bare cma (CONFIG_DMA_CMA): "Config string not provided", malformed', () => {
    const events = [{ level: 'err', source: 'cma', text: 'cma: Config string not provided' }, malformed('cma')]
    for (const arch of ['x86_64', 'arm64', 'riscv64'] as const) expect(stops(arch, '6.12.117', 'cma cma=64M'), arch).toEqual({ events })
    expect(stops('arm64', '6.12.117', 'cma', { ...LAYOUT, config: { CMA: false, DEBUG_PAGEALLOC: false } })).toEqual({ events: [] })
  })
})

describe('parse_early_param(): elfcorehdr= (setup_elfcorehdr(), CONFIG_CRASH_DUMP)', () => {
  const malformed = { level: 'warn', source: 'params', text: "Malformed early option 'elfcorehdr'" }
  it.each<[Arch, string]>([['x86_64', '5.10.223'], ['arm64', '6.1.192'], ['riscv64', '6.1.192'], ['riscv64', '6.12.117'], ['x86_64', '7.2.13']])(
    '%s %s: bare, or no number or "@" first, is malformed; an address, size@address, or anything after a "@" is not',
    (arch, release) => {
      expect(stops(arch, release, 'elfcorehdr elfcorehdr=junk elfcorehdr=4K@junk elfcorehdr=0xbf000000 elfcorehdr=4K@0xbf000000').events).toEqual([malformed, malformed])
      // `end` is past the '@' whatever memparse() reads after it: `end > arg` holds.
      expect(stops(arch, release, 'elfcorehdr=4K@junk elfcorehdr=4K@ elfcorehdr=@0x1000').events).toEqual([])
      expect(stops(arch, release, 'elfcorehdr=junk@0x1000').events).toEqual([malformed])
    },
  )
  it('riscv64 before 5.13 has no crash dump code: no such early param', () => {
    expect(stops('riscv64', '5.10.0', 'elfcorehdr elfcorehdr=junk')).toEqual({ events: [] })
  })
})

describe('parse_early_param(): debug_pagealloc= (x86_64, riscv64) and a bare swiotlb', () => {
  const PAGEALLOC = { ...LAYOUT, config: { CMA: true, DEBUG_PAGEALLOC: true } }
  const malformed = { level: 'warn', source: 'params', text: "Malformed early option 'debug_pagealloc'" }

  it('with CONFIG_DEBUG_PAGEALLOC, kstrtobool()\'s -EINVAL is malformed: NULL, or a word of a later generation', () => {
    expect(stops('x86_64', '6.12.117', 'debug_pagealloc debug_pagealloc=on debug_pagealloc=junk', PAGEALLOC)).toEqual({ events: [malformed, malformed] })
    // "enable" is kstrtobool()'s from 7.0 (lib/kstrtox.c case 'e'); "true" from 5.19 (case 't').
    expect(stops('riscv64', '6.12.117', 'debug_pagealloc=enable', PAGEALLOC)).toEqual({ events: [malformed] })
    expect(stops('riscv64', '7.2.13', 'debug_pagealloc=enable', PAGEALLOC)).toEqual({ events: [] })
    expect(stops('x86_64', '5.10.223', 'debug_pagealloc=true', PAGEALLOC)).toEqual({ events: [malformed] })
    expect(stops('x86_64', '6.1.192', 'debug_pagealloc=true', PAGEALLOC)).toEqual({ events: [] })
    // Without the config there is no such early_param().
    expect(stops('x86_64', '6.12.117', 'debug_pagealloc')).toEqual({ events: [] })
  })

  it.each<Arch>(['x86_64', 'arm64', 'riscv64'])('%s: a bare swiotlb reads through NULL (isdigit(*str)); a value does not', (arch) => {
    expect(stops(arch, '6.12.117', 'movablecore swiotlb crashkernel=256M')).toEqual({
      events: [MALFORMED_MOVABLECORE],
      stop: { param: 'swiotlb', fault: 'null-dereference', at: 'kernel/dma/swiotlb.c setup_io_tlb_npages', fn: 'setup_io_tlb_npages' },
    })
    expect(stops(arch, '5.10.223', 'swiotlb= swiotlb=65536 swiotlb=noforce').stop).toBeUndefined()
  })
})

describe('parse_early_param(): log_buf_len= (log_buf_len_setup(), every arch: CONFIG_PRINTK)', () => {
  it.each<[Arch, string]>([['x86_64', '5.10.223'], ['x86_64', '7.2.13'], ['arm64', '6.12.117'], ['riscv64', '6.12.117']])('%s %s: bare is malformed, over 2 GiB is clamped and said, in command-line order', (arch, release) => {
    // test/boots/log-buf amd64-7.2-q35-2G-lb-bare, amd64-6.12-q35-4G-lb3G.
    expect(stops(arch, release, 'log_buf_len log_buf_len=3G log_buf_len=1M movablecore').events).toEqual([
      { level: 'warn', source: 'params', text: "Malformed early option 'log_buf_len'" },
      { level: 'err', source: 'printk', text: 'printk: log_buf over 2G is not supported.' },
      MALFORMED_MOVABLECORE,
    ])
    expect(stops(arch, release, 'log-buf-len=2G log_buf_len=64K').events).toEqual([])
  })
})

describe('parse_early_param(): hugetlb_cma, cma_pernuma and numa_cma with a NULL value (CONFIG_CMA; the last two CONFIG_DMA_NUMA_CMA)', () => {
  const NUMA = { ...LAYOUT, config: { ...LAYOUT.config, DMA_NUMA_CMA: true } }
  it('hugetlb_cma: memparse() up to 5.16, the handler itself from 5.17 (test/boots/hugetlb-cma hc-bare)', () => {
    expect(stops('arm64', '5.10.223', 'hugetlb_cma').stop).toEqual({ param: 'hugetlb_cma', fault: 'null-dereference', at: 'lib/kstrtox.c _parse_integer_fixup_radix', fn: '_parse_integer_fixup_radix' })
    expect(stops('arm64', '6.12.117', 'hugetlb-cma').stop).toEqual({ param: 'hugetlb-cma', fault: 'null-dereference', at: 'mm/hugetlb.c cmdline_parse_hugetlb_cma', fn: 'cmdline_parse_hugetlb_cma' })
    expect(stops('x86_64', '7.2.13', 'hugetlb_cma').stop?.at).toBe('mm/hugetlb_cma.c cmdline_parse_hugetlb_cma')
    expect(stops('arm64', '6.12.117', 'hugetlb_cma', { ...LAYOUT, config: { ...LAYOUT.config, CMA: false } }).stop).toBeUndefined()
  })
  it('cma_pernuma in memparse(), numa_cma in early_numa_cma(), either spelling; nothing without the option (test/boots/numa-cma)', () => {
    expect(stops('arm64', '6.1.192', 'cma-pernuma', NUMA).stop?.fn).toBe('_parse_integer_fixup_radix')
    expect(stops('arm64', '7.2.13', 'numa-cma', NUMA).stop).toEqual({ param: 'numa-cma', fault: 'null-dereference', at: 'kernel/dma/contiguous.c early_numa_cma', fn: 'early_numa_cma' })
    // arm64 ≤6.5 has no numa_cma=, x86 before 6.6 neither; no option, no early param.
    expect(stops('arm64', '6.1.192', 'numa_cma', NUMA).stop).toBeUndefined()
    expect(stops('x86_64', '6.1.192', 'cma_pernuma', NUMA).stop).toBeUndefined()
    expect(stops('arm64', '7.2.13', 'numa_cma').stop).toBeUndefined()
  })
})

describe('parse_early_param(): hugepages, hugepagesz and default_hugepagesz (6.15+: hugetlb_add_param())', () => {
  it('a NULL value faults in strlen() 6.15 – 7.0.3, is malformed from 7.0.4, reaches no handler up to 6.14 (test/boots/hugepages *-bare)', () => {
    expect(stops('x86_64', '6.17.8', 'hugepages').stop).toEqual({ param: 'hugepages', fault: 'null-dereference', at: 'lib/string.c strlen', fn: 'strlen' })
    expect(stops('x86_64', '6.16.3', 'hugepagesz').stop?.fn).toBe('strlen')
    expect(stops('arm64', '6.17.8', 'default-hugepagesz').stop).toEqual({ param: 'default-hugepagesz', fault: 'null-dereference', at: 'arch/arm64/lib/strlen.S __pi_strlen', fn: '__pi_strlen' })
    expect(stops('x86_64', '7.0.4', 'hugepages')).toEqual({ events: [{ level: 'warn', source: 'params', text: "Malformed early option 'hugepages'" }] })
    // v7.0 itself strlen()s it still (the stable fix is taken as 7.0.4).
    expect(stops('x86_64', '7.0.0', 'hugepages').stop?.fn).toBe('strlen')
    expect(stops('x86_64', '6.12.117', 'hugepages').stop).toBeUndefined()
    expect(stops('x86_64', '6.12.117', 'hugepages').events).toEqual([])
  })
  it('values past HUGE_MAX_CMDLINE_ARGS (x86 5, arm64 9) are malformed', () => {
    const six = 'hugepagesz=2M hugepages=1 hugepagesz=1G hugepages=1 default_hugepagesz=2M hugepages=9'
    expect(stops('x86_64', '6.17.8', six).events.map((e) => e.text)).toEqual(["Malformed early option 'hugepages'"])
    expect(stops('arm64', '6.17.8', six).events).toEqual([])
    expect(stops('x86_64', '6.14.0', six).events).toEqual([])
    // A bare one past the table is refused before strlen(): malformed, the boot goes on.
    expect(stops('x86_64', '6.17.8', `${six.replace(' hugepages=9', '')} hugepages`)).toEqual({ events: [{ level: 'warn', source: 'params', text: "Malformed early option 'hugepages'" }] })
  })
  it('hugetlb_cma_only (6.15+, CONFIG_CMA): kstrtobool()\'s -EINVAL is malformed', () => {
    const malformed = [{ level: 'warn', source: 'params', text: "Malformed early option 'hugetlb_cma_only'" }]
    expect(stops('arm64', '6.17.8', 'hugetlb_cma_only').events).toEqual(malformed)
    expect(stops('arm64', '6.17.8', 'hugetlb_cma_only=junk').events).toEqual(malformed)
    expect(stops('arm64', '6.17.8', 'hugetlb_cma_only=1').events).toEqual([])
    expect(stops('arm64', '6.12.117', 'hugetlb_cma_only').events).toEqual([])
    expect(stops('arm64', '6.17.8', 'hugetlb_cma_only', { ...LAYOUT, config: { ...LAYOUT.config, CMA: false } }).events).toEqual([])
  })
})

describe("arm64's kvm-arm.mode= (early_kvm_mode_cfg(), arch/arm64/kvm/arm.c v5.15, v6.12.117)", () => {
  const texts = (release: string, cmdline: string, el2?: boolean) => stops('arm64', release, cmdline, el2 === undefined ? LAYOUT : { ...LAYOUT, cpu: { el2 } } as typeof LAYOUT).events?.map((e) => e.text) ?? []
  it('from 6.1 at EL1: one warning for all the values but "none" (test/boots/pkvm pk1-el1)', () => {
    expect(texts('6.12.117', 'kvm-arm.mode=protected kvm-arm.mode=nvhe')).toEqual(['KVM is not available. Ignoring kvm-arm.mode'])
    expect(texts('6.12.117', 'kvm-arm.mode=protected', false)).toEqual(['KVM is not available. Ignoring kvm-arm.mode'])
    expect(texts('6.12.117', 'kvm-arm.mode=none')).toEqual([])
    expect(texts('6.12.117', 'kvm-arm.mode=protected', true)).toEqual([])
    expect(texts('6.0.0', 'kvm-arm.mode=protected')).toEqual([])
  })
  it('a bare or unknown value is malformed', () => {
    expect(texts('6.12.117', 'kvm-arm.mode')).toEqual(["Malformed early option 'kvm-arm.mode'"])
    expect(texts('6.12.117', 'kvm-arm.mode=bogus', true)).toEqual(["Malformed early option 'kvm-arm.mode'"])
    expect(texts('5.15.0', 'kvm_arm.mode=none')).toEqual(["Malformed early option 'kvm_arm.mode'"])
    // 5.10 has no such parameter: nothing said.
    expect(texts('5.10.223', 'kvm-arm.mode kvm-arm.mode=bogus')).toEqual([])
  })
})
