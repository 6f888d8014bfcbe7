// SPDX-License-Identifier: GPL-2.0-only
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Board } from '../../matrix/generated/board-matrix.js'
import { caseToBoard } from '../../oracle/case-board.js'
import { boardToLayouts } from '../../oracle/decode-board.js'
import { policyFor, resolveKernelRelease } from '../policies/index.js'
import { simulate } from '../simulate.js'
import { Trace } from '../trace.js'
import type { Layout } from '../types.js'
import { numaValidNode } from '../memblock/memblock.js'
import { cmdlineFindOption, cmdlineFindOptionBool, x86Boot, x86E820Setup, X86_CRASH_ADDR_HIGH_MAX, X86_CRASH_ADDR_LOW_MAX } from './setup.js'
import { movableNodeIsEnabled } from '../zones.js'

const G = 1n << 30n
const M = 1n << 20n

/** An oracle-style QEMU boot: machine, -m, series, the case's own command line. */
function layout(machine: 'q35' | 'pc', memory: string, kernel: string, cmdline: string): Layout {
  const board: Board = caseToBoard({ id: 't', arch: 'amd64', kernel, machine, memory, cmdline, full_cmdline: `console=ttyS0 nokaslr ${cmdline}`.trim() })
  return boardToLayouts(board)[0]!
}
const run = (machine: 'q35' | 'pc', memory: string, kernel: string, cmdline: string) => simulate(layout(machine, memory, kernel, cmdline))
const banks = (l: Layout) => l.memory.map((b) => [b.base, b.size])
const crashLines = (r: ReturnType<typeof simulate>) => r.trace.filter((t) => t.source === 'crashkernel').map((t) => t.text)

describe('x86 oracle cases as boards: QEMU e820 and initrd for any -m', () => {
  it('q35 below 2.75G keeps everything under 4G', () => {
    const l = layout('q35', '2560M', '6.12', '')
    expect(banks(l)).toEqual([[0n, 0x9fc00n], [M, 0x9fee0000n]])
    expect(l.initrd).toEqual({ base: 0x9fedc000n, size: 0x103c60n })
  })
  it('q35 from 2.75G splits at 2G', () => {
    const l = layout('q35', '3G', '6.12', '')
    expect(banks(l)).toEqual([[0n, 0x9fc00n], [M, 0x7fee0000n], [4n * G, G]])
    expect(l.initrd).toEqual({ base: 0x7fedc000n, size: 0x103c60n })
  })
  it('pc below 3.5G keeps everything under 4G, from 3.5G splits at 3G', () => {
    expect(banks(layout('pc', '3G', '6.12', ''))).toEqual([[0n, 0x9fc00n], [M, 0xbfee0000n]])
    expect(banks(layout('pc', '3584M', '6.12', ''))).toEqual([[0n, 0x9fc00n], [M, 0xbfee0000n], [4n * G, 512n * M]])
  })
  it('nokaslr: the image at 0x1000000 with init_size', () => {
    expect(layout('q35', '1G', '6.12', '').image).toEqual({ base: 0x1000000n, size: 0x37ef000n })
  })
})

describe('x86Boot', () => {
  it.each(['5.10', '6.1', '6.12', '7.2'])('%s: swiotlb= sizes the default low part, max(swiotlb + 8 MiB, 256 MiB)', (kernel) => {
    const low = (cmdline: string) => {
      const o = run('q35', '8G', kernel, cmdline).crashkernel
      return o.kind === 'reserved' ? o.low?.size : undefined
    }
    expect(low('crashkernel=1G,high')).toBe(256n * M)
    // 262144 slabs of 2 KiB: 512 MiB of bounce buffer, 520 MiB low (reserve_crashkernel_low / crash_low_size_default).
    expect(low('crashkernel=1G,high swiotlb=262144')).toBe(520n * M)
    expect(low('crashkernel=1G,high swiotlb=262144 crashkernel=64M,low')).toBe(64n * M)
  })
  it('5.10 reserves the low 1M for crashkernel= and says so', () => {
    const r = run('q35', '4G', '5.10', 'crashkernel=256M')
    expect(crashLines(r)).toEqual([
      'kexec: Reserving the low 1M of memory for crashkernel',
      'Reserving 256MB of memory at 1776MB for crashkernel (System RAM: 4095MB)',
    ])
    expect(r.reserved[0]).toMatchObject({ base: 0n, size: M })
  })
  it('5.10: reservelow= sets the reservation from 0, page-aligned and kept within [4K, 640K] (parse_reservelow)', () => {
    const low = (cmdline: string) => run('q35', '4G', '5.10', cmdline).reserved.find((x) => x.base === 0n)?.size
    expect([low(''), low('reservelow=256K'), low('reservelow=100000'), low('reservelow=1'), low('reservelow=2M'), low('reservelow=8K reservelow=128K'), low('reservelow')]).toEqual([
      // 2M is kept to 640K, which meets the BIOS area reserved from 0x9f000 up to 1M: one region.
      64n << 10n, 256n << 10n, 0x19000n, 4096n, M, 128n << 10n, 64n << 10n,
    ])
    // With crashkernel= the low 1M is reserved anyway; 5.13+ reserve it always (no reservelow=).
    expect(run('q35', '4G', '5.10', 'reservelow=4K crashkernel=256M').reserved[0]).toMatchObject({ base: 0n, size: M })
    // (6.12: page 0 lies outside memblock.memory, so NUMA init leaves it off node 0 and apart.)
    expect(run('q35', '4G', '6.12', 'reservelow=4K').reserved.slice(0, 2).map((x) => [x.base, x.base + x.size])).toEqual([[0n, 0x1000n], [0x1000n, M]])
  })
  it('5.10: a bare crashkernel (no =) is not found by cmdline_find_option(): no low 1M', () => {
    for (const cmdline of ['crashkernel', 'crashkernel crashkernel=256M']) {
      const r = run('q35', '4G', '5.10', cmdline)
      expect(crashLines(r).includes('kexec: Reserving the low 1M of memory for crashkernel')).toBe(cmdline !== 'crashkernel')
    }
  })
  it('5.10 without crashkernel=: only the first 64K, the trampoline and the BIOS area under 1M', () => {
    const r = run('q35', '4G', '5.10', '')
    expect(r.reserved.slice(0, 2).map((x) => [x.base, x.size])).toEqual([[0n, 0x10000n], [0x99000n, 0x67000n]])
  })
  it('System RAM is memblock.memory.total_size, which keeps the 0xc00 memblock_trim_memory() cut off [0x1000, 0x9fc00)', () => {
    // The oracle's amd64-{5.10,6.1,6.12,7.2}-q35-4G-ck256M-mbdebug dumps: "memory size = 0x00000000fff7ec00".
    for (const v of ['5.10', '6.1', '6.12', '7.2']) expect(run('q35', '4G', v, '').systemRam).toBe(0xfff7ec00n)
    // q35 2G: regions of 0x7ff7e000 bytes, total_size 0x7ff7ec00. A crash size of exactly the
    // regions is below memblock_phys_mem_size(), so 6.12's parse_crashkernel() takes it and the
    // reservation fails (kernel/crash_reserve.c@v6.12.117 parse_crashkernel: crash_size >= system_ram).
    const all = run('q35', '2G', '6.12', 'crashkernel=0x7ff7e000')
    expect(all.crashkernel).toMatchObject({ kind: 'failed', reason: 'no-room' })
    expect(crashLines(all)).toEqual(['cannot allocate crashkernel (size:0x7ff7e000)'])
    expect(run('q35', '2G', '6.12', 'crashkernel=0x7ff7ec00').crashkernel).toEqual({ kind: 'ignored', reason: 'size-exceeds-ram' })
    // 5.10's range list compares its sizes with the same total (parse_crashkernel_mem: size >= system_ram).
    const range = run('q35', '2G', '5.10', 'crashkernel=0-:0x7ff7e000')
    expect(crashLines(range)).toEqual(['kexec: Reserving the low 1M of memory for crashkernel', 'crashkernel reservation failed - No suitable area found.'])
  })
  it('6.1+ always reserves the whole first 1M', () => {
    const r = run('q35', '4G', '6.1', '')
    expect(r.reserved[0]).toMatchObject({ base: 0n, size: M })
  })
  it('NODE_DATA and the page tables at the top of RAM, the kernel and initrd as placed, apart where the node differs', () => {
    // As the oracle's amd64-6.12-q35-4G-ck256M-mbdebug dump prints them: numa_memblks puts
    // what lies in memblock's DRAM on node 0 (page 0 does not), NODE_DATA and the crash region
    // come after it with none (6.12's memblock_reserve() passes MAX_NUMNODES).
    const r = run('q35', '4G', '6.12', 'crashkernel=256M')
    expect(r.reserved.map((x) => [x.base, x.size, numaValidNode(x.nid!) ? x.nid : '-'])).toEqual([
      [0n, 0x1000n, '-'],
      [0x1000n, M - 0x1000n, 0],
      [0x1000000n, 0x2c11000n, 0], // [_text, __end_of_kernel_reserve) and the brk in use
      [0x6f000000n, 0x10000000n, '-'],
      [0x7fedc000n, 0x104000n, 0],
      [0x17ffd3680n, 0x2a980n, '-'], // NODE_DATA (174464 bytes)
      [0x17fffe000n, 0x2000n, 0], // two page-table pages, allocated before NUMA init
    ])
  })
  it('movable_node: bottom-up until numa_init(), as test/boots/movable-node/amd64-6.12-q35-4G-ck256M dumps it', () => {
    const r = run('q35', '4G', '6.12', 'crashkernel=256M movable_node')
    expect(r.reserved.map((x) => [x.base, x.size])).toEqual([
      [0n, 0x1000n],
      [0x1000n, M - 0x1000n], // the trampoline now at 0x10000, inside the first 1M either way
      [0x1000000n, 0x2c11000n],
      [0x6f000000n, 0x10000000n], // the crash region where it is without movable_node
      [0x7fedc000n, 0x104000n],
      [0x17ffd5680n, 0x2a980n], // NODE_DATA, top-down, 8 KiB higher: no page tables above it
    ])
    const extra = boot(layout('q35', '4G', '6.12', 'crashkernel=256M movable_node')).extra as { realModeTrampoline: bigint; topDownProbe: bigint }
    expect(extra).toMatchObject({ realModeTrampoline: 0x10000n, topDownProbe: 0n })
    // [_end, 6G) mapped upwards in growing steps: no 1 GiB page where the step ends allow none
    // (the boot's /proc/meminfo: DirectMap1G 0 kB, 2M 4175872 kB, 4k 20352 kB).
    expect(r.directMapKb).toEqual({ DirectMap4k: 20352, DirectMap2M: 4175872, DirectMap1G: 0 })
    const plain = run('q35', '4G', '6.12', 'crashkernel=256M')
    expect(trampolineOf(layout('q35', '4G', '6.12', 'crashkernel=256M'))).toBe(0x98000n)
    expect(plain.directMapKb?.DirectMap1G).toBe(2097152)
  })
  it('movableNodeIsEnabled(): the early param, any value, - for _, not inside another word or after --', () => {
    expect(movableNodeIsEnabled('console=ttyS0 movable_node')).toBe(true)
    expect(movableNodeIsEnabled('movable-node crashkernel=256M')).toBe(true)
    expect(movableNodeIsEnabled('movable_node=0')).toBe(true) // cmdline_parse_movable_node() ignores its value
    expect(movableNodeIsEnabled('xmovable_node movable_nodes')).toBe(false)
    expect(movableNodeIsEnabled('crashkernel=256M -- movable_node')).toBe(false)
    expect(movableNodeIsEnabled('"movable_node"')).toBe(true)
    // Without CONFIG_MEMORY_HOTPLUG there is no such parameter.
    expect(movableNodeIsEnabled('movable_node', false)).toBe(false)
  })
  it('the image in two parts: [_text, __end_of_kernel_reserve) early, the brk in use by reserve_brk(), as the dumps print them', () => {
    // One region each series (they touch): 5.10 0x300d000, 6.1 0x3411000, 6.12 0x2c11000,
    // 7.2 0x3211000 (the oracle's -mbdebug dumps; 7.2's brk is memblock_reserve_kern()ed too).
    const image = (series: string) => run('q35', '4G', series, '').reserved.find((x) => x.base === 0x1000000n)
    expect(['5.10', '6.1', '6.12', '7.2'].map((v) => image(v)?.size)).toEqual([0x300d000n, 0x3411000n, 0x2c11000n, 0x3211000n])
    expect(image('7.2')?.flags).toBe(0x20)
    // A build the board sized itself is reserved whole.
    const own = layout('q35', '4G', '6.12', '')
    const whole = simulate({ ...own, image: { base: own.image.base, size: 0x3000000n }, boot: { ...own.boot, kernelReserve: 0n, brk: 0n } })
    expect(whole.reserved.find((x) => x.base === 0x1000000n)?.size).toBe(0x3000000n)
  })
  it('memmap= over the image: e820_add_kernel_range() gives [_text, _end) back as RAM and warns (test/boots/amd64-memmap)', () => {
    const r = run('q35', '1G', '6.12', 'memmap=64M$0x3000000 crashkernel=256M')
    expect(r.memory.map((m) => [m.base, m.base + m.size])).toEqual([[0x1000n, 0x9f000n], [0x100000n, 0x3c30000n], [0x7000000n, 0x3ffe0000n]])
    expect(r.trace).toContainEqual({ level: 'warn', source: 'e820', text: '.text .data .bss are not marked as E820_TYPE_RAM!' })
    // Away from the image, no warning.
    expect(run('q35', '1G', '6.12', 'memmap=64M$0x8000000').trace.some((t) => t.source === 'e820')).toBe(false)
    // 5.10's _end: 12 page-table pages in the brk (no 5-level paging), 0x302c000 past _text.
    const old = run('q35', '1G', '5.10', 'mem=32M')
    expect(old.memory.at(-1)).toMatchObject({ base: 0x100000n, size: 0x402c000n - 0x100000n })
  })
  it('zones: DMA from 0x1000, DMA32 up to the end of RAM under 4G, Normal empty, Device empty', () => {
    const r = run('q35', '1G', '6.12', '')
    expect(r.zoneLines).toEqual([
      'Zone ranges:',
      '  DMA      [mem 0x0000000000001000-0x0000000000ffffff]',
      '  DMA32    [mem 0x0000000001000000-0x000000003ffdffff]',
      '  Normal   empty',
      '  Device   empty',
      'Movable zone start for each node',
      'Early memory node ranges',
      '  node   0: [mem 0x0000000000001000-0x000000000009efff]',
      '  node   0: [mem 0x0000000000100000-0x000000003ffdffff]',
      'Initmem setup node 0 [mem 0x0000000000001000-0x000000003ffdffff]',
    ])
  })
  it('x86 constants: CRASH_ADDR_LOW_MAX 4G, CRASH_ADDR_HIGH_MAX 64T', () => {
    const r = run('q35', '8G', '7.2', 'crashkernel=512M,high')
    expect([r.lowMax, r.highMax]).toEqual([X86_CRASH_ADDR_LOW_MAX, X86_CRASH_ADDR_HIGH_MAX])
    expect(r.lowMax).toBe(4n * G)
    expect(r.highMax).toBe(1n << 46n)
    expect(r.protection.available).toBe(true)
  })
  it('protection: available for a reserved region, not when the reservation failed or nothing was asked', () => {
    expect(run('q35', '2G', '6.12', 'crashkernel=256M').protection.available).toBe(true)
    expect(run('q35', '2G', '6.12', 'crashkernel=4G').protection).toEqual({ available: false, why: 'no crash kernel region is reserved' })
    expect(run('q35', '2G', '6.12', 'quiet').protection).toEqual({ available: false, why: 'no crash kernel region is reserved' })
  })
  it('a crashkernel= too large for low memory falls back above 4G with a default 256M low part', () => {
    const r = run('q35', '8G', '6.12', 'crashkernel=3G')
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', fellBack: true, main: { base: 0x1bf000000n, size: 3n * G }, low: { base: 0x6f000000n, size: 256n * M } })
  })
  it('7.2 cma=: the CMA area goes bottom-up from 4G before the crash reservation', () => {
    const r = run('q35', '4G', '7.2', 'cma=64M crashkernel=256M')
    expect(r.trace.filter((t) => t.source === 'cma').map((t) => t.text)).toEqual(['cma: Reserved 64 MiB at 0x0000000100000000'])
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0x6f000000n } })
  })
  it('7.2 crashkernel=X,cma: CMA areas after the reservation, only when the reservation itself parses', () => {
    const r = run('q35', '8G', '7.2', 'crashkernel=256M crashkernel=1G,cma')
    expect(crashLines(r)).toEqual(['crashkernel reserved: 0x000000006f000000 - 0x000000007f000000 (256 MB)', 'crashkernel CMA reserved: 1024 MB in 1 ranges'])
    expect(r.reserved.some((x) => x.base === 4n * G && x.size === G && x.owner === 'crashkernel cma')).toBe(true)
    // The result carries the areas and the request its ,cma size (read once, by parse_crashkernel()).
    expect([r.request.cma, r.crashkernelCma]).toEqual([G, { requested: G, reserved: G, ranges: [{ base: 4n * G, size: G }] }])
    const alone = run('q35', '8G', '7.2', 'crashkernel=1G,cma')
    expect([crashLines(alone), alone.crashkernelCma]).toEqual([[], undefined])
    // A failed main reservation does not stop the ,cma areas (arch_reserve_crashkernel()).
    const failed = run('q35', '8G', '7.2', 'crashkernel=7G crashkernel=64M,cma')
    expect([failed.crashkernel.kind, failed.crashkernelCma?.ranges.length]).toEqual(['failed', 1])
    // No ,cma: nothing, and no request.cma.
    const plain = run('q35', '8G', '7.2', 'crashkernel=256M')
    expect(['cma' in plain.request, 'crashkernelCma' in plain]).toEqual([false, false])
  })
  it('gbpages/nogbpages are early params whose value is ignored; the last one wins, none after --', () => {
    const keys = (cmdline: string) => Object.keys(run('q35', '4G', '6.12', cmdline).directMapKb!)
    expect(keys('nogbpages=1')).toEqual(['DirectMap4k', 'DirectMap2M'])
    expect(keys('nogbpages gbpages')).toEqual(['DirectMap4k', 'DirectMap2M', 'DirectMap1G'])
    expect(keys('quiet\tnogbpages')).toEqual(['DirectMap4k', 'DirectMap2M'])
    expect(keys('-- nogbpages')).toEqual(['DirectMap4k', 'DirectMap2M', 'DirectMap1G'])
  })
  it('nogbpages: no 1G pages and no DirectMap1G line', () => {
    const r = run('q35', '4G', '6.12', 'nogbpages')
    expect(Object.keys(r.directMapKb!)).toEqual(['DirectMap4k', 'DirectMap2M'])
    // 1022 + 1024 2M pages, eight split after boot (no 1G page to split).
    expect(r.directMapKb).toEqual({ DirectMap4k: (992 + 8 * 512) * 4, DirectMap2M: (2046 - 8) * 2048 })
  })
  it('debug_pagealloc: 4K pages only, on by CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT unless debug_pagealloc=off', () => {
    const l = layout('q35', '2G', '6.12', '')
    const directMap = (config: Partial<Layout['config']>, extra: string) =>
      simulate({ ...l, config: { ...l.config, ...config }, cmdline: `${l.cmdline} ${extra}`.trim() }).directMapKb
    // Derived by hand. QEMU q35 -m 2G: e820 RAM [0, 0x9fc00) and [1M, 0x7ffe0000) (2G - 128K,
    // as in the oracle's q35 -m 1G/4G firmware maps). init_mem_mapping() maps [0, 1M) with 4K
    // pages, then [1M, 0x7ffe0000): 4K over [1M, 2M) and the tail [0x7fe00000, 0x7ffe0000),
    // 2M over [2M, 0x7fe00000). The 2G has no aligned GiB of RAM, so no 1G page, but
    // direct_gbpages stays on and /proc/meminfo prints DirectMap1G.
    const boot4K = 256 + 256 + 0x1e0000 / 0x1000 // 992
    const boot2M = (0x7fe00000 - 0x200000) / 0x200000 // 1022
    // 6.12 splits eight 2M pages after boot (policy data measured on q35 -m 4G:
    // amd64-6.12-q35-4G-ck512M shows 4K 20352 = (992 + 8 * 512) * 4).
    const mapped = { DirectMap4k: (boot4K + 8 * 512) * 4, DirectMap2M: (boot2M - 8) * 2048, DirectMap1G: 0 }
    // debug_pagealloc on: probe_page_size_mask() keeps PG_LEVEL_2M out of the mask and clears
    // direct_gbpages (arch/x86/mm/init.c), so all of [0, 0x7ffe0000) is 4K pages, nothing is
    // split later, and there is no DirectMap1G line.
    const allSmall = { DirectMap4k: (boot4K + boot2M * 512) * 4, DirectMap2M: 0 }
    expect(allSmall.DirectMap4k).toBe(2 * 1024 * 1024 - 128)
    const onByDefault = { DEBUG_PAGEALLOC: true, DEBUG_PAGEALLOC_ENABLE_DEFAULT: true }
    expect(directMap({}, '')).toEqual(mapped)
    expect(directMap(onByDefault, '')).toEqual(allSmall)
    expect(directMap(onByDefault, 'debug_pagealloc=off')).toEqual(mapped)
    expect(directMap({ DEBUG_PAGEALLOC: true }, '')).toEqual(mapped)
    expect(directMap({ DEBUG_PAGEALLOC: true }, 'debug_pagealloc=on')).toEqual(allSmall)
    // Without CONFIG_DEBUG_PAGEALLOC neither the default nor the option counts.
    expect(directMap({ DEBUG_PAGEALLOC_ENABLE_DEFAULT: true }, 'debug_pagealloc=on')).toEqual(mapped)
  })
  it('KFENCE\'s pool splits the direct map only on a kernel that has KFENCE (5.12+)', () => {
    // A board listing 5.10 beside newer kernels with config.KFENCE and kfence.sample_interval=
    // gave 5.10 the pool's splits; 5.10 has no mm/kfence (its kfence100 boot in
    // test/boots/random shows none).
    // The 5.10 build's layout under each release's policy (5.11 and 5.12 have no profile).
    const kfence = (kernel: string, on: boolean) => {
      const l = layout('q35', '4G', '5.10', on ? 'kfence.sample_interval=100' : '')
      return simulate({ ...l, kernel, config: { ...l.config, KFENCE: on, KFENCE_SAMPLE_INTERVAL: 0 } }).directMapKb
    }
    expect(kfence('5.10', true)).toEqual(kfence('5.10', false))
    expect(kfence('5.11.0', true)).toEqual(kfence('5.11.0', false))
    // From 5.12 the pool's set_memory_4k() splits exactly one 2M page (the model's measured
    // figure: every kfence100 boot in test/boots/random shows one): 512 more 4K pages, one
    // 2M page fewer, and the 1G count unchanged.
    const minus = (a: Record<string, number>, b: Record<string, number>) => Object.fromEntries(Object.keys(a).map((k) => [k, a[k]! - b[k]!]))
    const oneSplit = { DirectMap4k: 512 * 4, DirectMap2M: -2048, DirectMap1G: 0 }
    for (const kernel of ['5.12.0', '6.12']) {
      const [on, off] = [kfence(kernel, true)!, kfence(kernel, false)!]
      expect(Object.keys(on)).toEqual(Object.keys(off))
      expect(minus(on, off)).toEqual(oneSplit)
    }
  })
  it('debug_pagealloc= is read with each generation\'s kstrtobool(): t/f from 5.19, e/d in 7.x', () => {
    const mapped2M = (kernel: string, value: string): number | undefined => {
      const l = layout('q35', '2G', kernel, '')
      return simulate({ ...l, config: { ...l.config, DEBUG_PAGEALLOC: true }, cmdline: `${l.cmdline} debug_pagealloc=${value}` }).directMapKb!.DirectMap2M
    }
    // 5.10: "true" is -EINVAL, so debug_pagealloc stays off and 2M pages are used.
    expect(mapped2M('5.10', 'true')).toBeGreaterThan(0)
    expect(mapped2M('6.1', 'true')).toBe(0)
    expect(mapped2M('6.12', 'enable')).toBeGreaterThan(0)
    expect(mapped2M('7.2', 'enable')).toBe(0)
  })
  it('a fixed reservation\'s further reg entries are more ranges: reserved, or taken out of RAM when nomap', () => {
    const l = layout('q35', '4G', '6.12', 'crashkernel=256M')
    const fw = (nomap: boolean) => ({ kind: 'fixed' as const, name: 'fw', base: 0x20000000n, size: M, nomap, moreReg: [{ base: 0x30000000n, size: M }] })
    const reserved = simulate({ ...l, reservations: [fw(false)] }).reserved
    expect(reserved.some((x) => x.base <= 0x30000000n && 0x30000000n + M <= x.base + x.size)).toBe(true)
    const ram = simulate({ ...l, reservations: [fw(true)] }).memory
    expect(ram.some((x) => x.base <= 0x30000000n && 0x30000000n < x.base + x.size)).toBe(false)
  })
  it('memmap=: a reserved range is no longer RAM, so the crash kernel goes elsewhere', () => {
    const plain = run('q35', '4G', '6.12', 'crashkernel=256M')
    expect(plain.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0x6f000000n } })
    const r = run('q35', '4G', '6.12', 'crashkernel=256M memmap=64M$0x70000000')
    expect(r.memory.some((m) => m.base < 0x74000000n && 0x70000000n < m.base + m.size)).toBe(false)
    expect(r.systemRam).toBe(plain.systemRam - (64n << 20n))
    // Top-down in [16M, 4G), 16M aligned: the highest 256M window below the reserved range.
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0x60000000n } })
  })
  it('finds options the way cmdline_find_option() does', () => {
    expect(cmdlineFindOption('console=ttyS0 crashkernel=256M', 'crashkernel')).toBe(4)
    expect(cmdlineFindOption('crashkernel=', 'crashkernel')).toBe(0)
    // No '=': not found (5.10's crash_reserve_low_1M() then reserves nothing).
    expect(cmdlineFindOption('crashkernel', 'crashkernel')).toBe(-1)
    expect(cmdlineFindOption('xcrashkernel=1 crashkernelx=2', 'crashkernel')).toBe(-1)
    // Words split at any byte up to ' '; the last match gives the length.
    expect(cmdlineFindOption('quiet\tcrashkernel=1G crashkernel=512M', 'crashkernel')).toBe(4)
    // `(c == '=') && !*opptr`: a word that is only a prefix of the option is no match.
    expect(cmdlineFindOption('crash=12345 xcrashkernel=1', 'crashkernel')).toBe(-1)
    // The value ends at the next space: only its bytes count.
    expect(cmdlineFindOption('crashkernel=256M quiet', 'crashkernel')).toBe(4)
  })
})

/** x86Boot() as the oracle test runs it: the facts simulate() does not return (the trampoline). */
function boot(l: Layout): ReturnType<typeof x86Boot> {
  const release = resolveKernelRelease(l.kernel)!
  return x86Boot({ ...l, kernel: release }, policyFor('x86_64', release)!, new Trace())
}
const trampolineOf = (l: Layout): bigint => (boot(l).extra as { realModeTrampoline: bigint }).realModeTrampoline
/** A q35 -m 4G layout whose firmware's first RAM bank is [0, end). */
function lowBank(kernel: string, end: bigint, cmdline = ''): Layout {
  const l = layout('q35', '4G', kernel, cmdline)
  return { ...l, memory: [{ base: 0n, size: end }, ...l.memory.slice(1)] }
}
const covers = (rs: readonly { base: bigint; size: bigint }[], a: bigint): boolean => rs.some((x) => x.base <= a && a < x.base + x.size)

describe('x86Boot under 1 MiB', () => {
  it('the first 64K: reserved before the trampoline from 5.13 (early_reserve_memory), after it on 5.10 (trim_low_memory_range)', () => {
    // RAM [4K, 64K) is all there is under 1M: 5.10 finds its 24K trampoline there, 6.12 nothing.
    expect(trampolineOf(lowBank('5.10', 0x10000n))).toBe(0xa000n)
    const r = simulate(lowBank('6.12', 0x10000n))
    expect(trampolineOf(lowBank('6.12', 0x10000n))).toBe(0n)
    expect(r.trace.some((t) => t.text === 'No sub-1M memory is available for the trampoline')).toBe(true)
    // 7.2 names the limit, %pa of x86_init.resources.realmode_limit (arch/x86/realmode/init.c@v7.2.13:59).
    const lines = simulate(lowBank('7.2', 0x10000n)).trace.filter((t) => t.source === 'realmode').map((t) => t.text)
    expect(lines).toEqual(['No memory below 0x0000000000100000 for the real-mode trampoline'])
  })
  it('reserve_bios_regions() reads the firmware\'s BIOS data area, not the e820 map memmap= made', () => {
    // 5.10 without crashkernel=: the trampoline under the new end of low RAM, the BIOS area from 0x9f000.
    const r = run('q35', '4G', '5.10', 'memmap=exactmap,600K@0,3G@1M')
    expect(r.reserved.slice(0, 3).map((x) => [x.base, x.size])).toEqual([[0n, 0x10000n], [0x90000n, 0x6000n], [0x9f000n, 0x61000n]])
    // 6.12, firmware RAM to 0x98000, memmap= RAM to 640K: the BIOS area still starts at 0x98000.
    expect(trampolineOf(lowBank('6.12', 0x98000n, 'memmap=exactmap,640K@0,3G@1M'))).toBe(0x91000n)
  })
  it('reserve_bios_regions() never starts above BIOS_START_MAX (0x9f000): a first bank up to 640K leaves the trampoline under it', () => {
    expect(trampolineOf(lowBank('6.12', 0xa0000n))).toBe(0x98000n)
    expect(trampolineOf(lowBank('5.10', 0xa0000n))).toBe(0x99000n)
  })
})


describe('x86Boot: max_pfn', () => {
  it('mem= ends the zones at the new max_pfn', () => {
    // amd64-6.12-q35-4G-mem1536M (test/boots): DMA32 up to 0x5fffffff, Normal empty.
    expect(run('q35', '4G', '6.12', 'mem=1536M crashkernel=256M').zoneLines.slice(2, 4)).toEqual([
      '  DMA32    [mem 0x0000000001000000-0x000000005fffffff]',
      '  Normal   empty',
    ])
  })
  it('ACPI data above the RAM (memmap=nn#ss) ends the Normal zone from 6.11 on (e820__end_ram_pfn), not before', () => {
    const normal = (kernel: string) => run('q35', '4G', kernel, 'crashkernel=256M memmap=512M#0x180000000').zoneLines.find((z) => z.startsWith('  Normal'))
    expect(normal('5.10')).toBe('  Normal   [mem 0x0000000100000000-0x000000017fffffff]')
    expect(normal('6.1')).toBe('  Normal   [mem 0x0000000100000000-0x000000017fffffff]')
    expect(normal('6.12')).toBe('  Normal   [mem 0x0000000100000000-0x000000019fffffff]')
    expect(normal('7.2')).toBe('  Normal   [mem 0x0000000100000000-0x000000019fffffff]')
  })
  describe("the firmware's ACPI data (e820AcpiData) above a mem= limit: OVMF, pc, 1065M, mem=1G (test/boots/random-efi h07)", () => {
    // h07's usable e820 entries, and its one ACPI-data entry [0x41f6c000, 0x41f7e000).
    const ovmf = (kernel: string, cmdline: string, acpi = true): Layout => ({
      ...layout('pc', '1G', kernel, cmdline),
      memory: [
        { base: 0n, size: 0xa0000n },
        { base: 0x100000n, size: 0x706000n },
        { base: 0x808000n, size: 0x8000n },
        { base: 0x900000n, size: 0x4098a000n },
        { base: 0x4138c000n, size: 0x960000n },
        { base: 0x41ffe000n, size: 0x7ee000n },
      ],
      ...(acpi && { e820AcpiData: [{ base: 0x41f6c000n, size: 0x12000n }] }),
    })
    const dma32 = (r: ReturnType<typeof simulate>) => r.zones.find((z) => z.name === 'DMA32')!.end
    const fake = (r: ReturnType<typeof simulate>) => r.trace.filter((t) => t.source === 'numa' && t.text.startsWith('Faking')).map((t) => t.text)
    it('from 6.11 max_pfn ends at the ACPI tables: DMA32 and the fake node end at 0x41f7dfff (the log: last_pfn = 0x41f7e)', () => {
      for (const kernel of ['6.12', '7.2']) {
        const r = simulate(ovmf(kernel, 'mem=1G crashkernel=256M@0x30000000'))
        expect(dma32(r)).toBe(0x41f7dfffn)
        expect(fake(r)).toEqual(['Faking a node at [mem 0x0000000000000000-0x0000000041f7dfff]'])
        // Not RAM: memblock.memory still ends at the mem= limit.
        expect(r.memory.at(-1)!.base + r.memory.at(-1)!.size).toBe(0x40000000n)
      }
    })
    it('up to 6.10 max_pfn is the RAM alone, and without the setting it ends at mem= in every release', () => {
      for (const kernel of ['5.10', '6.1']) expect(dma32(simulate(ovmf(kernel, 'mem=1G crashkernel=256M')))).toBe(0x3fffffffn)
      expect(dma32(simulate(ovmf('6.12', 'mem=1G crashkernel=256M', false)))).toBe(0x3fffffffn)
    })
    it('below the end of RAM they change nothing; memmap=exactmap drops them, memmap=nn%ss-3 takes them away', () => {
      expect(dma32(simulate(ovmf('6.12', 'crashkernel=256M')))).toBe(0x427ebfffn)
      // (Two entries: exactmap and one entry is a table e820__update_table() refuses, a panic.)
      expect(dma32(simulate(ovmf('6.12', 'memmap=exactmap memmap=640K@0 memmap=1023M@1M crashkernel=256M')))).toBe(0x3fffffffn)
      expect(simulate(ovmf('6.12', 'memmap=exactmap memmap=1023M@1M crashkernel=256M')).crashkernel).toMatchObject({ kind: 'hang', fault: 'panic' })
      expect(dma32(simulate(ovmf('6.12', 'mem=1G memmap=72K%0x41f6c000-3 crashkernel=256M')))).toBe(0x3fffffffn)
      expect(dma32(simulate(ovmf('6.12', 'mem=1G memmap=72K%0x41f6c000-3+1 crashkernel=256M')))).toBe(0x41f7dfffn)
    })
  })
})

describe('x86Boot: the board\'s own reservations', () => {
  const l = layout('q35', '4G', '6.12', 'crashkernel=256M')
  const dyn = (over: object) => ({ kind: 'dynamic' as const, name: 'pool', size: 0x100n, align: 0n, allocRanges: [{ base: 0x20000000n, size: 0x10000000n }], nomap: false, cma: false, cmaDefault: false, ...over })
  it('a fixed nomap reservation is e820 reserved: neither memory nor memblock.reserved', () => {
    const r = simulate({ ...l, reservations: [{ kind: 'fixed', name: 'fw', base: 0x20000000n, size: M, nomap: true }] })
    expect(covers(r.memory, 0x20000000n)).toBe(false)
    expect(covers(r.reserved, 0x20000000n)).toBe(false)
  })
  it('a dynamic one: top-down in its range, SMP_CACHE_BYTES aligned without an alignment (memblock_alloc_range_nid)', () => {
    const r = simulate({ ...l, reservations: [dyn({})] })
    expect(r.reserved.some((x) => x.base === 0x2fffff00n && x.size === 0x100n)).toBe(true)
  })
  it('a dynamic one is allocated once, in the first of its ranges that has room', () => {
    const r = simulate({ ...l, reservations: [dyn({ size: M, allocRanges: [{ base: 0x20000000n, size: 0x10000000n }, { base: 0x40000000n, size: 0x10000000n }] })] })
    expect(covers(r.reserved, 0x2ff00000n)).toBe(true)
    expect(covers(r.reserved, 0x4ff00000n)).toBe(false)
  })
  it('a dynamic nomap one leaves memblock.memory', () => {
    const r = simulate({ ...l, reservations: [dyn({ size: M, nomap: true })] })
    expect(covers(r.memory, 0x2ff00000n)).toBe(false)
    expect(covers(r.memory, 0x2fe00000n)).toBe(true)
  })
})

describe('x86Boot: the initrd', () => {
  it('relocate_initrd(): PAGE_ALIGN(size) under max_pfn_mapped; the old area is freed', () => {
    // amd64-6.12-q35-4G-mem1536M (test/boots): "Allocated new RAMDISK: [mem 0x5fefc000-0x5ffffde1]".
    const r = run('q35', '4G', '6.12', 'mem=1536M crashkernel=256M')
    expect(covers(r.reserved, 0x5fffffffn)).toBe(true)
    expect(covers(r.reserved, 0x7fedc000n)).toBe(false)
  })
  it('pfn_range_is_mapped(): the ISA range and the RAM from 1M are one mapped range, so an initrd across 1M stays', () => {
    const l = layout('q35', '4G', '6.12', '')
    const r = simulate({ ...l, initrd: { base: 0xff000n, size: 0x2000n } })
    expect(r.trace.some((t) => t.text.startsWith('Allocated new RAMDISK'))).toBe(false)
  })
})

describe('x86Boot: page sizes and CMA', () => {
  it('1G pages need direct_gbpages, the CPU\'s GBPAGES and no debug_pagealloc (probe_page_size_mask)', () => {
    const l = layout('q35', '4G', '6.12', '')
    const has1G = (x: Layout): boolean => 'DirectMap1G' in simulate(x).directMapKb!
    expect(has1G(l)).toBe(true)
    expect(has1G({ ...l, cpu: { ...l.cpu, gbpages: false } })).toBe(false)
    expect(has1G({ ...l, config: { ...l.config, DEBUG_PAGEALLOC: true }, cmdline: `${l.cmdline} debug_pagealloc=on` })).toBe(false)
  })
  it('7.2 crashkernel=X,cma without CONFIG_CMA: a warning, no area', () => {
    const l = layout('q35', '8G', '7.2', 'crashkernel=256M crashkernel=1G,cma')
    const r = simulate({ ...l, config: { ...l.config, CMA: false } })
    expect(r.trace.filter((t) => t.source === 'crashkernel').map((t) => t.text)).toEqual([
      'crashkernel reserved: 0x000000006f000000 - 0x000000007f000000 (256 MB)',
      'crashkernel CMA reservation not supported',
    ])
    expect(covers(r.reserved, 4n * G)).toBe(false)
    expect(r.crashkernelCma).toEqual({ requested: G, reserved: 0n, ranges: [], unsupported: true })
  })
  it('7.2 crashkernel=X,cma stops at CRASHKERNEL_CMA_RANGES_MAX (4) areas, halving the size after each failure', () => {
    // 7G on 8G: 7168 fails, 3584 fits above 4G, then each size fails once before its half
    // fits; after the fourth area the loop ends short of the request (reserve_crashkernel_cma, v7.2.13).
    const r = run('q35', '8G', '7.2', 'crashkernel=256M crashkernel=7G,cma')
    const sizes = (prefix: string) => r.trace.filter((t) => t.source === 'cma' && t.text.startsWith(prefix)).map((t) => Number(/(\d+) MiB/.exec(t.text)![1]))
    expect(sizes('cma: Failed')).toEqual([7168, 3584, 1792, 896])
    expect(sizes('cma: Reserved')).toEqual([3584, 1792, 896, 448])
    expect(crashLines(r).at(-1)).toBe('crashkernel CMA reservation failed: 7168 MB requested, 6720 MB reserved in 4 ranges')
    expect([r.crashkernelCma!.requested, r.crashkernelCma!.reserved, r.crashkernelCma!.ranges.map((x) => Number(x.size / M))]).toEqual([7n * G, 6720n * M, [3584, 1792, 896, 448]])
  })
  it('7.2 crashkernel=X,cma counts the size asked for, not the 2M-aligned area (reserve_crashkernel_cma)', () => {
    expect(crashLines(run('q35', '8G', '7.2', 'crashkernel=256M crashkernel=1M,cma')).at(-1)).toBe('crashkernel CMA reserved: 1 MB in 1 ranges')
  })
})

describe('x86 5-level paging: one more page-table page (pgtable_l5_enabled())', () => {
  // test/boots/amd64-la57 (QEMU -M q35 -cpu max -m 4G, nokaslr, scripts/boots/amd64-la57.sh):
  // nogbpages and one-page memmap= holes every 64 MiB from 4 GiB + 64 MiB make the direct map
  // of RAM above 4 GiB take 4K pages around each hole, and the brk buffer runs out. The
  // kernels' NODE_DATA lines (memblock=debug: ten page-table pages from memblock, 0x17ffff000
  // down to 0x17fff6000; 4-level paging would take nine and put NODE_DATA a page higher).
  const holes = Array.from({ length: 18 }, (_, k) => `memmap=4K$0x${(0x100000000 + (k + 1) * 0x4000000 + 0x1000).toString(16)}`).join(' ')
  const nodeData = (r: ReturnType<typeof simulate>) => r.trace.filter((t) => t.text.startsWith('NODE_DATA')).map((t) => t.text)
  const booted = (kernel: string): string[] => {
    const log = gunzipSync(readFileSync(join(import.meta.dirname, `../../../test/boots/amd64-la57/amd64-${kernel}-q35-4G-brk.log.gz`))).toString('utf8')
    expect(log).toContain(holes)
    // The dmesg printed between the initramfs' markers, once.
    const dmesg = log.slice(log.indexOf('=====ORACLE-BEGIN dmesg====='))
    return [...dmesg.matchAll(/\] (NODE_DATA\(0\) allocated \[mem [^\]]+\])/g)].map((m) => m[1]!)
  }
  it.each(['6.12', '7.2'])('%s on an LA57 CPU (QEMU -cpu max): the P4D page pushes memblock one page down, as the boot shows', (kernel) => {
    const line = booted(kernel)
    expect(line).toHaveLength(1)
    expect(nodeData(run('q35', '4G', kernel, `nogbpages ${holes}`))).toEqual(line)
  })
  it('no5lvl after a tab or a carriage return is still the word (myisspace())', () => {
    expect(nodeData(run('q35', '4G', '6.12', `nogbpages\rno5lvl ${holes}`))).toEqual(['NODE_DATA(0) allocated [mem 0x17ffcc680-0x17fff6fff]'])
  })
  it('no5lvl (or a CPU without LA57, or 5.10) keeps 4-level paging: NODE_DATA a page higher', () => {
    expect(nodeData(run('q35', '4G', '6.12', `nogbpages no5lvl ${holes}`))).toEqual(['NODE_DATA(0) allocated [mem 0x17ffcc680-0x17fff6fff]'])
    const l = layout('q35', '4G', '6.12', `nogbpages ${holes}`)
    expect(nodeData(simulate({ ...l, cpu: { ...l.cpu, la57: false } }))).toEqual(['NODE_DATA(0) allocated [mem 0x17ffcc680-0x17fff6fff]'])
  })
})

describe('cmdline_find_option_bool()', () => {
  it('finds a whole word, split at any byte up to a space (myisspace())', () => {
    expect(cmdlineFindOptionBool('console=ttyS0 no5lvl', 'no5lvl')).toBe(true)
    // A carriage return or a form feed separates words too (c <= ' ').
    expect(cmdlineFindOptionBool('quiet\rno5lvl\fnokaslr', 'no5lvl')).toBe(true)
    expect(cmdlineFindOptionBool('no5lvl=1 xno5lvl no5lvlx', 'no5lvl')).toBe(false)
    expect(cmdlineFindOptionBool('', 'no5lvl')).toBe(false)
  })
})

describe('x86Boot: a boot through the EFI stub (efi_reserve_boot_services)', () => {
  const l = layout('q35', '4G', '6.12', 'crashkernel=256M')
  const main = (r: ReturnType<typeof simulate>) => (r.crashkernel.kind === 'reserved' ? r.crashkernel.main : undefined)
  it('the boot-services regions are reserved before the crash kernel: the top-down search goes under the highest below 4 GiB (test/boots/amd64-uefi)', () => {
    expect(main(simulate(l))).toEqual({ kind: 'main', base: 0x6f000000n, size: 256n * M })
    const r = simulate({ ...l, efiBootServices: [{ base: 0x7bb75000n, size: 0x20000n }] })
    expect(main(r)).toEqual({ kind: 'main', base: 0x6b000000n, size: 256n * M })
    expect(r.reserved.some((x) => x.base === 0x7bb75000n && x.size === 0x20000n && x.owner === 'efi_reserve_boot_services')).toBe(true)
  })
  it('a region some part of which is reserved already is skipped whole: its free part stays free (memblock_is_region_reserved)', () => {
    // [0x900000, 0x1500000) overlaps the kernel image at 0x1000000.
    const r = simulate({ ...l, efiBootServices: [{ base: 0x900000n, size: 0xc00000n }, { base: 0x20000000n, size: M }] })
    expect(covers(r.reserved, 0x900000n)).toBe(false)
    expect(covers(r.reserved, 0x20000000n)).toBe(true)
  })
  it('one holding an EFI table reserved earlier (a fixed reservation, as efi_memattr_init() reserves its table) is skipped: only the table is reserved', () => {
    const r = simulate({ ...l, reservations: [{ kind: 'fixed', name: 'efi_memattr_init', base: 0x7bb80018n, size: 0x430n, nomap: false }], efiBootServices: [{ base: 0x7bb75000n, size: 0x20000n }, { base: 0x20000000n, size: M }] })
    expect(covers(r.reserved, 0x7bb75000n)).toBe(false)
    expect(covers(r.reserved, 0x7bb80018n)).toBe(true)
    expect(covers(r.reserved, 0x20000000n)).toBe(true)
    expect(covers(r.reserved, 0x7bb81000n)).toBe(false)
  })
})

describe('x86Boot: 5.10 reserves the BIOS regions before efi_reserve_boot_services()', () => {
  // arch/x86/kernel/setup.c@v5.10.223: reserve_bios_regions() at :1074, right after
  // e820__memblock_setup(), efi_reserve_boot_services() at :1085, reserve_real_mode() after.
  // A boot-services region reaching into [bios_start, 1M) (bios_start 0x9f000 here) then
  // overlaps a reserved region and is skipped whole: its part below 0x9f000 stays free, and
  // the trampoline, top-down under 1M, ends at 0x9f000 rather than at the region's start.
  it.each([['5.10', 0x99000n], ['6.1', 0x98000n]])('%s: the trampoline ends at bios_start, not under the skipped region', (kernel, expected) => {
    // (5.10's trampoline is 0x6000 bytes, 6.1's 0x7000: X86Policy realModeSize.)
    const l = layout('q35', '4G', kernel, '')
    expect(trampolineOf(l)).toBe(expected)
    expect(trampolineOf({ ...l, efiBootServices: [{ base: 0x9e000n, size: 0x2000n }] })).toBe(expected)
  })
})

describe('x86E820Setup(): max_pfn stops at MAX_ARCH_PFN (compiled e820.c: test/fuzz/kernel-e820.test.ts)', () => {
  const T = 1n << 40n
  const big = (la57: boolean): Layout => {
    const l = layout('q35', '4G', '6.12', '')
    return { ...l, memory: [...l.memory.filter((b) => b.base < 4n * G), { base: 4n * G, size: 70n * T }], cpu: { ...l.cpu, la57 } }
  }
  it('RAM past 64 TiB under 4-level paging: max_pfn is 64 TiB (MAX_PHYSMEM_BITS 46), the RAM stays', () => {
    const r = x86E820Setup(big(false), policyFor('x86_64', '6.12.117')!, new Trace())
    expect(r.maxPfnAddr).toBe(64n * T)
    expect(r.ram.at(-1)).toEqual({ base: 4n * G, size: 70n * T })
  })
  it('under 5-level paging (LA57) the same RAM ends max_pfn (MAX_PHYSMEM_BITS 52)', () => {
    expect(x86E820Setup(big(true), policyFor('x86_64', '6.12.117')!, new Trace()).maxPfnAddr).toBe(4n * G + 70n * T)
  })
})

describe('x86E820Setup(): the command line edits the table entry by entry, with u64 ends (compiled e820.c)', () => {
  it('trim_bios_range() runs after the command line: RAM memmap= adds under 1M loses page 0 and the BIOS hole', () => {
    expect(x86E820Setup(layout('q35', '4G', '6.12', 'memmap=1M@0'), policyFor('x86_64', '6.12.117')!, new Trace()).ram.slice(0, 2)).toEqual([
      { base: 0x1000n, size: 0x9f000n },
      { base: 0x100000n, size: 0x7fee0000n },
    ])
  })
  it('an entry past 2^64 that a later mem= zeroes leaves no RAM above the limit (its end wrapped below it)', () => {
    const l = layout('q35', '4G', '6.12', 'memmap=0xffffffffffffffff@1T memmap=2G')
    const policy = policyFor('x86_64', '6.12.117')!
    const r = x86E820Setup(l, policy, new Trace())
    expect(r.ram.every((x) => x.base + x.size <= 2n * G)).toBe(true)
    // q35 -m 4G: RAM below 4G ends at 0x7ffe0000.
    expect(r.maxPfnAddr).toBe(0x7ffe0000n)
  })
})

describe('x86 NODE_MIN_SIZE: a NUMA node spanning less than 4 MiB', () => {
  // q35 with 4 GiB, node 0 4094 MiB, node 1 the last 2 MiB (test/boots/ubuntu, "A node of 2
  // MiB"): the q35 banks, the last 2 MiB of the high one made node 1.
  // The board is Debian 6.12.117's build; `kernel` picks the policy alone (the other
  // releases have no profile), which is all the node test reads.
  function twoMiBNode(kernel: string): Layout {
    const l = { ...layout('q35', '4G', '6.12', 'crashkernel=256M'), kernel }
    const last = l.memory.at(-1)!
    const memory = [...l.memory.slice(0, -1).map((b) => ({ ...b, node: 0 })), { ...last, size: last.size - 2n * M, node: 0 }, { base: last.base + last.size - 2n * M, size: 2n * M, node: 1 }]
    return { ...l, memory }
  }
  const lines = (r: ReturnType<typeof simulate>, re: RegExp) => r.trace.map((t) => t.text).filter((t) => re.test(t))
  it('gets no NODE_DATA before the drop and comes up in free_area_init() as memoryless (5.19 – 6.6: the offline line first)', () => {
    for (const kernel of ['5.19.17', '6.2.16', '6.5.12', '6.6.2']) {
      const r = simulate(twoMiBNode(kernel))
      expect(lines(r, /^NODE_DATA/).map((t) => t.slice(0, 12)), kernel).toEqual(['NODE_DATA(0)'])
      const zones = r.zoneLines
      expect(zones.slice(-2), kernel).toEqual(['Initializing node 1 as memoryless', 'Initmem setup node 1 [mem 0x000000017fe00000-0x000000017fffffff]'])
    }
  })
  it('gets its NODE_DATA once the 4 MB restriction is dropped (stable 5.10.202, 5.15.140, 6.1.64, 6.5.13, 6.6.3; 6.7)', () => {
    for (const kernel of ['5.10.223', '5.15.224', '6.1.64', '6.5.13', '6.6.3', '6.8.12', '7.2.13']) {
      const r = simulate(twoMiBNode(kernel))
      expect(lines(r, /^NODE_DATA\(1\)/), kernel).toHaveLength(1)
      expect(r.zoneLines.at(-1), kernel).toBe('Initmem setup node 1 [mem 0x000000017fe00000-0x000000017fffffff]')
      expect(r.zoneLines, kernel).not.toContain('Initializing node 1 as memoryless')
    }
  })
  it('5.10 – 5.17 walk the online nodes only: no line for it (the kernel panics in free_area_init() or memmap_init() there)', () => {
    const r = simulate(twoMiBNode('5.17.15'))
    expect(lines(r, /^NODE_DATA\(1\)/)).toEqual([])
    expect(r.zoneLines.filter((t) => /node +1\b/.test(t))).toEqual(['  node   1: [mem 0x000000017fe00000-0x000000017fffffff]'])
  })
  it('panics in memmap_init() where it walks every memory range (stable 5.10.53 – 5.10.201, 5.13.5 – 5.15.139, 5.16, 5.17: Ubuntu\'s 5.13.19, 5.14.21 and 5.17.15 did), after the reservation', () => {
    for (const kernel of ['5.10.53', '5.10.201', '5.13.5', '5.14.21', '5.15.139', '5.16.20', '5.17.15']) {
      const r = simulate(twoMiBNode(kernel))
      expect(r.panic, kernel).toEqual({ cause: 'node-without-pgdat', nid: 1, memory: 2n * M, at: 'mm/page_alloc.c memmap_init', fn: 'memmap_init' })
      // The reservation's line is out before it.
      expect(r.crashkernel.kind, kernel).toBe('reserved')
      expect(lines(r, /^crashkernel reserved:|^Reserving \d+MB of memory at .* for crashkernel/), kernel).toHaveLength(1)
      // It never reaches user space, where `kexec -p` would load a crash kernel to protect.
      expect(r.protection, kernel).toEqual({ available: false, why: 'the boot panics in memmap_init() after the reservation, before a crash kernel could be loaded' })
    }
    expect(simulate(twoMiBNode('5.18.0')).protection.available).toBe(true)
  })
  it('does not panic where memmap_init() walks the online nodes\' zones (5.10.0 – 5.10.52, 5.11 – 5.13.4), where the node gets NODE_DATA, or where free_area_init() brings it up (5.18+)', () => {
    for (const kernel of ['5.10.0', '5.10.52', '5.11.22', '5.12.19', '5.13.4', '5.10.202', '5.15.140', '5.18.0', '5.19.17', '6.2.16', '6.6.2', '6.12.117']) {
      expect(simulate(twoMiBNode(kernel)).panic, kernel).toBeUndefined()
    }
  })
  it('a node of 4 MiB is online and never panics', () => {
    const l = twoMiBNode('5.17.15')
    const memory = l.memory.map((b, i, all) => (i === all.length - 2 ? { ...b, size: b.size - 2n * M } : i === all.length - 1 ? { ...b, base: b.base - 2n * M, size: 4n * M } : b))
    const r = simulate({ ...l, memory })
    expect(r.panic).toBeUndefined()
    expect(lines(r, /^NODE_DATA\(1\)/)).toHaveLength(1)
  })
})
