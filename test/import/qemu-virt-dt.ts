// SPDX-License-Identifier: GPL-2.0-only
/**
 * QEMU `-M virt` (arm64) device trees for the oracle's DT variants (test/oracle/README.md
 * "DT variants"), as trees for dtb-builder.ts and as DTS text for dtc.
 *
 * The base tree follows what `qemu-system-aarch64 -M virt,dtb-randomness=off -cpu max
 * -machine dumpdtb=` writes (QEMU 10.0), trimmed to the nodes that matter here plus a few
 * neighbours with their own `ranges`/`#address-cells` (platform bus, PCIe, CPUs) so the
 * importer meets realistic cell sizes. The variant edits are copied from the cases'
 * `input.dts_diff`.
 */
import { reg2, u64, type NodeSpec } from './dtb-builder.js'

export const VARIANTS = ['dma30', 'dma31', 'dma32', 'resmem-nomap', 'resmem-map', 'resmem-cma', 'twobank', 'twobank-hi', 'twobank-dma30'] as const
export type Variant = (typeof VARIANTS)[number]

const GiB = 1n << 30n

function dmaBus(name: string, comment: string, dmaRanges: number[]): NodeSpec {
  void comment
  return { name, props: { compatible: 'simple-bus', '#address-cells': [2], '#size-cells': [2], ranges: true, 'dma-ranges': dmaRanges } }
}

const DMA30 = dmaBus('dma-bus30', '30-bit DMA bus like RPi4 emmc2bus', [0x00, 0xc0000000, 0x00, 0x00, 0x00, 0x40000000])

/** The DT QEMU would boot with `-m mem`, edited as `variant` says (undefined = untouched). */
export function virtTree(mem: bigint, variant?: Variant, cmdline = 'console=ttyAMA0'): NodeSpec {
  let memory: NodeSpec[] = [{ name: 'memory@40000000', props: { reg: reg2([0x40000000, mem]), device_type: 'memory' } }]
  const chosen: NodeSpec = { name: 'chosen', props: { 'stdout-path': '/pl011@9000000' } }
  const extra: NodeSpec[] = []
  switch (variant) {
    case 'dma30':
      extra.push(DMA30)
      break
    case 'dma31':
      extra.push(dmaBus('dma-bus31', 'DMA limited to first GiB of RAM', [0x00, 0x40000000, 0x00, 0x40000000, 0x00, 0x40000000]))
      break
    case 'dma32':
      extra.push(dmaBus('dma-bus32', '32-bit DMA bus', [0x00, 0x00, 0x00, 0x00, 0x01, 0x00]))
      break
    case 'resmem-nomap':
    case 'resmem-map':
      extra.push({
        name: 'reserved-memory',
        props: { '#address-cells': [2], '#size-cells': [2], ranges: true },
        children: [{ name: 'firmware@f0000000', props: { reg: reg2([0xf0000000, 0x10000000]), ...(variant === 'resmem-nomap' ? { 'no-map': true as const } : {}) } }],
      })
      break
    case 'resmem-cma':
      extra.push({
        name: 'reserved-memory',
        props: { '#address-cells': [2], '#size-cells': [2], ranges: true },
        children: [
          {
            name: 'linux,cma',
            props: { compatible: 'shared-dma-pool', reusable: true, size: [...u64(0x10000000)], 'alloc-ranges': reg2([0x40000000, 0x80000000]), 'linux,cma-default': true },
          },
        ],
      })
      break
    case 'twobank':
    case 'twobank-dma30':
    case 'twobank-hi': {
      const high: [bigint, bigint] = variant === 'twobank-hi' ? [0x200000000n, mem - 8n * GiB] : [0xc0000000n, mem - 2n * GiB]
      memory = [
        { name: 'memory@40000000', props: { reg: reg2([0x40000000, 0x40000000]), device_type: 'memory' } },
        { name: `memory@${high[0].toString(16)}`, props: { reg: reg2(high), device_type: 'memory' } },
      ]
      // boot: "loader": the runner writes /chosen itself (see the cases' dts_diff).
      chosen.props = { bootargs: cmdline, 'linux,initrd-start': [...u64(0x48000000)], 'linux,initrd-end': [...u64(0x480f13d8)], ...chosen.props }
      if (variant === 'twobank-dma30') extra.push(DMA30)
      break
    }
    case undefined:
      break
  }
  return {
    name: '',
    props: { 'interrupt-parent': [0x8002], model: 'linux,dummy-virt', '#size-cells': [2], '#address-cells': [2], compatible: 'linux,dummy-virt' },
    children: [
      { name: 'psci', props: { migrate: [0xc4000005], cpu_on: [0xc4000003], cpu_off: [0x84000002], cpu_suspend: [0xc4000001], method: 'hvc', compatible: ['arm,psci-1.0', 'arm,psci-0.2', 'arm,psci'] } },
      ...memory,
      { name: 'platform-bus@c000000', props: { 'interrupt-parent': [0x8002], ranges: [0, 0, 0xc000000, 0x2000000], '#address-cells': [1], '#size-cells': [1], compatible: ['qemu,platform', 'simple-bus'] } },
      { name: 'fw-cfg@9020000', props: { 'dma-coherent': true, reg: reg2([0x9020000, 0x18]), compatible: 'qemu,fw-cfg-mmio' } },
      {
        name: 'pcie@10000000',
        props: {
          ranges: [0x1000000, 0, 0, 0, 0x3eff0000, 0, 0x10000, 0x2000000, 0, 0x10000000, 0, 0x10000000, 0, 0x2eff0000, 0x3000000, 0x80, 0, 0x80, 0, 0x80, 0],
          reg: [0x40, 0x10000000, 0, 0x10000000],
          'dma-coherent': true,
          'bus-range': [0, 0xff],
          'linux,pci-domain': [0],
          '#size-cells': [2],
          '#address-cells': [3],
          device_type: 'pci',
          compatible: 'pci-host-ecam-generic',
        },
      },
      { name: 'pl011@9000000', props: { 'clock-names': ['uartclk', 'apb_pclk'], clocks: [0x8000, 0x8000], interrupts: [0, 1, 4], reg: reg2([0x9000000, 0x1000]), compatible: ['arm,pl011', 'arm,primecell'] } },
      {
        name: 'intc@8000000',
        props: { phandle: [0x8002], reg: [0, 0x8000000, 0, 0x10000, 0, 0x8010000, 0, 0x10000], compatible: 'arm,cortex-a15-gic', ranges: true, '#size-cells': [2], '#address-cells': [2], 'interrupt-controller': true, '#interrupt-cells': [3] },
        children: [{ name: 'v2m@8020000', props: { phandle: [0x8003], reg: reg2([0x8020000, 0x1000]), 'msi-controller': true, compatible: 'arm,gic-v2m-frame' } }],
      },
      {
        name: 'cpus',
        props: { '#size-cells': [0], '#address-cells': [1] },
        children: [{ name: 'cpu@0', props: { phandle: [0x8001], reg: [0], 'enable-method': 'psci', compatible: 'arm,arm-v8', device_type: 'cpu' } }],
      },
      { name: 'apb-pclk', props: { phandle: [0x8000], 'clock-output-names': 'clk24mhz', 'clock-frequency': [0x16e3600], '#clock-cells': [0], compatible: 'fixed-clock' } },
      chosen,
      ...extra,
    ],
  }
}

function dtsValue(v: NodeSpec['props'] extends Record<string, infer V> | undefined ? V : never): string {
  if (v === true) return ''
  if (typeof v === 'string') return ` = ${JSON.stringify(v)}`
  if (v instanceof Uint8Array) return ` = [${[...v].map((b) => b.toString(16).padStart(2, '0')).join(' ')}]`
  if (v.length > 0 && typeof v[0] === 'string') return ` = ${(v as string[]).map((s) => JSON.stringify(s)).join(', ')}`
  return ` = <${(v as number[]).map((c) => `0x${c.toString(16)}`).join(' ')}>`
}

/** The same tree as DTS source (for dtc). */
export function toDts(root: NodeSpec, memreserve: Array<[bigint, bigint]> = []): string {
  const out: string[] = ['/dts-v1/;', ...memreserve.map(([a, s]) => `/memreserve/ 0x${a.toString(16)} 0x${s.toString(16)};`), '']
  const emit = (n: NodeSpec, depth: number, isRoot: boolean) => {
    const pad = '\t'.repeat(depth)
    out.push(`${pad}${isRoot ? '/' : n.name} {`)
    for (const [k, v] of Object.entries(n.props ?? {})) out.push(`${pad}\t${k}${dtsValue(v)};`)
    for (const c of n.children ?? []) emit(c, depth + 1, false)
    out.push(`${pad}};`)
  }
  emit(root, 0, true)
  return `${out.join('\n')}\n`
}
