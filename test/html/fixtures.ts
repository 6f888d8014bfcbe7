// SPDX-License-Identifier: GPL-2.0-only
/** Hand-built reports for the HTML renderer's tests (one of each crashkernel outcome). */
import type { CrashkernelOutcome, DmaDevice, MemblockRegionSnapshot, SimulationResult } from '../../src/engine/index.js'
import type { Finding, LayoutReport, Report } from '../../src/report/types.js'

export const SZ_1M = 1n << 20n
export const SZ_1G = 1n << 30n
export const SZ_4G = 1n << 32n

/** An arm64 result with 1 GiB at 0x40000000 (QEMU virt-like) unless overridden. */
export function sim(over: Partial<SimulationResult> & { crashkernel: CrashkernelOutcome }): SimulationResult {
  return {
    arch: 'arm64',
    kernel: '6.12.117',
    policy: 'arm64-6.12.117',
    request: { present: true, size: 256n * SZ_1M },
    zones: [
      { name: 'DMA', start: 0x40000000n, end: 0x7fffffffn },
      { name: 'DMA32', start: null, end: null },
      { name: 'Normal', start: null, end: null },
    ],
    zoneLines: ['Zone ranges:', '  DMA      [mem 0x0000000040000000-0x000000007fffffff]', '  DMA32    empty', '  Normal   empty'],
    zoneLinesAt: 0,
    lowMax: SZ_4G,
    highMax: 1n << 48n,
    systemRam: SZ_1G,
    memory: [{ base: 0x40000000n, size: SZ_1G, flags: 0 }],
    reserved: [
      { base: 0x40200000n, size: 0x2f00000n, flags: 0, owner: 'kernel' },
      { base: 0x48000000n, size: 0x100000n, flags: 0, owner: 'initrd' },
      { base: 0x7e000000n, size: 0x200000n, flags: 0, owner: 'early_pgtable_alloc:map_mem' },
    ],
    protection: { available: true, why: 'test' },
    trace: [{ level: 'info', source: 'crashkernel', text: 'crashkernel reserved: 0x000000006a000000 - 0x000000007a000000 (256 MB)' }],
    ...over,
  }
}

export function layout(boardId: string, layoutName: string, result: SimulationResult, devices?: DmaDevice[]): LayoutReport {
  return { file: 'm.json', boardId, layoutName, kernel: result.kernel, pointer: '/boards/0', result, ...(devices && { devices }) }
}

export function finding(over: Partial<Finding> & Pick<Finding, 'ruleId' | 'message'>): Finding {
  return {
    ruleName: 'reservation-failed',
    severity: 'error',
    messageId: 'failed',
    data: {},
    file: 'm.json',
    pointer: '/boards/0/cmdline',
    evidence: [],
    docsUrl: `https://example.org/docs/rules/${over.ruleId}.md`,
    ...over,
  }
}

export function report(layouts: LayoutReport[], findings: Finding[] = []): Report {
  const counts = { error: 0, warning: 0, note: 0, suppressed: 0 }
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++
    else counts[f.severity]++
  }
  return { tool: { name: 'crashkernel-check', version: '0.0.0-test' }, files: ['m.json'], findings, layouts, counts }
}

const reserved = (base: bigint, size: bigint, owner: string): MemblockRegionSnapshot => ({ base, size, flags: 0, owner })

/** One layout per outcome, on two boards and two kernels. */
export function outcomesReport(): Report {
  const main = { kind: 'main' as const, base: 0x6a000000n, size: 256n * SZ_1M }
  const high = { kind: 'main' as const, base: 0x13f000000n, size: 512n * SZ_1M }
  const low = { kind: 'low' as const, base: 0x70000000n, size: 128n * SZ_1M }
  const bigMem: MemblockRegionSnapshot[] = [{ base: 0x40000000n, size: 4n * SZ_1G, flags: 0 }]
  const devices: DmaDevice[] = [
    { name: 'mmc0', dmaLimit: 0x7fffffffn, dumpTarget: true },
    { name: 'usb', dmaLimit: 0xffffffffn, dumpTarget: false },
  ]
  const layouts = [
    layout('vm', '1G/6.12', sim({ crashkernel: { kind: 'reserved', main, fellBack: false, high: false, fixed: false }, reserved: [...sim({ crashkernel: { kind: 'not-requested' } }).reserved, reserved(main.base, main.size, 'crashkernel')] }), devices),
    layout('vm', '1G/7.2', sim({ kernel: '7.2.13', crashkernel: { kind: 'failed', size: 2n * SZ_1G, reason: 'no-room', searched: [{ base: 0x40000000n, size: SZ_1G }, { base: SZ_4G, size: 0n }] } })),
    layout('vm', '5G/6.12', sim({ memory: bigMem, systemRam: 4n * SZ_1G, crashkernel: { kind: 'reserved', main: high, low, fellBack: true, high: false, fixed: false } }), [{ name: 'nvme0', dmaLimit: 0xffffffffn, dumpTarget: true }]),
    layout('vm', '5G/7.2', sim({ kernel: '7.2.13', memory: bigMem, crashkernel: { kind: 'hang', cause: 'endless-retry', size: 512n * SZ_1M, window: { base: 0xc0000000n, size: 0n } } })),
    layout('box', '6.12', sim({ crashkernel: { kind: 'ignored', reason: 'unsupported-suffix' } })),
    layout('box', '7.2', sim({ kernel: '7.2.13', request: { present: false }, crashkernel: { kind: 'not-requested' } })),
  ]
  const findings = [
    finding({ ruleId: 'CK001', message: 'crashkernel=2G does not fit', boardId: 'vm', layoutName: '1G/7.2', kernel: '7.2.13', evidence: [{ level: 'warn', source: 'crashkernel', text: 'cannot allocate crashkernel (size:0x80000000)' }], suggestion: { description: 'Ask for 512M', pointer: '/boards/0/cmdline', replacement: 'crashkernel=512M' } }),
    finding({ ruleId: 'CK003', ruleName: 'fell-back-high', severity: 'warning', message: 'fell back above 4 GiB', boardId: 'vm', layoutName: '5G/6.12', kernel: '6.12.117' }),
    finding({ ruleId: 'SC004', ruleName: 'not-simulated', severity: 'note', message: 'riscv 5.10 is not modelled', boardId: 'box', layoutName: '5.10', kernel: '5.10.223' }),
    finding({ ruleId: 'SC002', ruleName: 'schema-violation', message: 'unknown property "confg"', pointer: '/boards/2/confg' }),
  ]
  return report(layouts, findings)
}
