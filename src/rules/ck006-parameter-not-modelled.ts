// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK006 parameter-not-modelled: the command line holds an early parameter that moves memory
 * the kernel reserves before (or sizes) the crash reservation, and the simulation does not
 * model it. The layout is still simulated, without the parameter, so its placement may differ
 * from the real kernel's: the gap is reported instead of being silent.
 *
 * The table is the kernel's: which parameter, on which arch and releases, and why it matters.
 * Tokens are read as parse_early_param() reads them (next_arg(): quotes, `-` equal to `_`,
 * nothing after `--`).
 */
import { compareKernelVersions, parameq, parseEarlyParams, parseKernelVersion, type Arch, type KernelConfig } from '../engine/index.js'
import { clipText } from './common.js'
import { defineRule } from './define-rule.js'

interface UnmodelledParam {
  param: string
  arches: readonly Arch[]
  /** Releases it applies to: [from, before), either end open. */
  from?: string
  before?: string
  /** Only tokens whose value starts so (`numa=fake=…`). */
  valuePrefix?: string
  /** Only tokens with exactly this value (`kvm-arm.mode=protected`). */
  value?: string
  /** Only when the layout's kernel config has this option (`CMA`, `NUMA_EMU`). */
  config?: 'CMA' | 'NUMA_EMU'
  /** Only when the board leaves this CPU fact unsaid (`el2`). */
  cpuUnknown?: 'el2'
  /** Only on a board whose banks give NUMA nodes and which does not give the firmware's own node ranges (`sratMemory`). */
  firmwareNodes?: true
  why: string
}

/** What the engine leaves out, with each entry's kernel source. */
export const UNMODELLED_PARAMS: readonly UnmodelledParam[] = [
  // arch/x86/mm/numa.c numa_setup (strncmp "fake="); arch/x86/mm/numa_emulation.c numa_emulation (mm/numa_emulation.c from 6.12)
  // numa_emulation() splits numa_meminfo: the SRAT's ranges, which a board gives with
  // `sratMemory` (QEMU's start at 0 and end at the top of low RAM, where the banks leave out
  // e820 reserved pages); without it the banks stand for them and the fake nodes' bounds may
  // differ (test/boots/numa-fake, the two-node boots). On a board without NUMA nodes the one
  // node is [0, max_pfn) and all is simulated.
  // Without CONFIG_NUMA_EMU the parameter is a malformed early option, and nothing is faked.
  { param: 'numa', valuePrefix: 'fake=', arches: ['x86_64'], config: 'NUMA_EMU', firmwareNodes: true, why: 'NUMA emulation splits the firmware\'s (SRAT) node ranges, which the board does not give ("sratMemory"); the fake nodes and their NODE_DATA are simulated over the banks' },
  // mm/hugetlb_cma.c hugetlb_cma_reserve (v6.17): riscv64 6.15 – 6.19 call it at the end of
  // setup_bootmem() (arch/riscv/mm/init.c@v6.17:318), before NUMA init, and from 6.15 it takes
  // its nodes from memblock's regions (hugetlb_bootmem_set_nodes()), which have none yet:
  // not modelled (x86 and arm64 6.15 – 6.19 are: hugetlb-cma.ts; 7.0+ reserves after the
  // crash kernel). Without CONFIG_CMA the token is an unknown parameter that reserves nothing.
  { param: 'hugetlb_cma', arches: ['riscv64'], from: '6.15.0', before: '7.0.0', config: 'CMA', why: 'riscv64 reserves its CMA areas before NUMA init has given memblock a node' },
  // arch/arm64/kvm/pkvm.c (arch/arm64/kvm/hyp/reserved_mem.c@v5.13:55) kvm_hyp_reserve from
  // bootmem_init (arch/arm64/mm/init.c@v5.13:453; not in v5.10.223 or v5.11; 5.12 not at hand,
  // taken as without) runs only when the firmware entered at EL2 (is_hyp_mode_available()),
  // which the board says with cpu.el2 (arm64/pkvm.ts models the rest); without it the engine
  // runs the boot as EL1. early_kvm_mode_cfg() compares the whole value (strcmp "protected").
  { param: 'kvm-arm.mode', value: 'protected', arches: ['arm64'], from: '5.13.0', cpuUnknown: 'el2', why: 'the board does not say whether the firmware enters the kernel at EL2 ("cpu.el2"), where protected KVM reserves its hypervisor memory in bootmem_init() before the crash kernel; it is simulated as entered at EL1, where nothing is reserved' },
]

/** Whether the kernel config has `option`. */
function configHas(config: KernelConfig, option: NonNullable<UnmodelledParam['config']>): boolean {
  return config[option] === true
}

/**
 * Whether a board's NUMA nodes leave numa=fake= unmodelled: nodes on its banks without the SRAT's
 * ranges (`sratMemory`); nodes on some banks only (the SRAT pass fakes nodes, fails its coverage
 * check and consumes the parameter before dummy_numa_init()'s pass); or CPU-only nodes, which
 * fix_pxm_node_maps() (6.12.67+, 6.14+) numbers after the fake ones, reading a distance table
 * that without a SLIT is NULL (mm/numa_emulation.c@v6.12.117:522-539).
 */
function firmwareNodesUnmodelled(layout: { memory: ReadonlyArray<{ node?: number; nomap?: boolean }>; sratMemory?: readonly unknown[]; memorylessNodes?: readonly number[] }): boolean {
  if (!layout.memory.some((b) => b.node !== undefined)) return false
  return !layout.sratMemory?.length || layout.memory.some((b) => b.node === undefined && !b.nomap) || (layout.memorylessNodes?.length ?? 0) > 0
}

/** Whether an entry applies to this arch and release. */
function applies(p: UnmodelledParam, arch: Arch, release: string): boolean {
  if (!p.arches.includes(arch)) return false
  const v = parseKernelVersion(release)
  if (!v) return false
  const from = p.from ? parseKernelVersion(p.from) : undefined
  const before = p.before ? parseKernelVersion(p.before) : undefined
  return (!from || compareKernelVersions(v, from) >= 0) && (!before || compareKernelVersions(v, before) < 0)
}

export default defineRule<'notModelled'>({
  id: 'CK006',
  name: 'parameter-not-modelled',
  meta: {
    type: 'info',
    defaultSeverity: 'warning',
    description: 'a command-line parameter that moves early reservations is not modelled, so the simulated placement may differ from the kernel\'s',
    kernel: [
      'arch/x86/mm/numa.c numa_setup',
      'mm/hugetlb_cma.c hugetlb_cma_reserve',
      'arch/arm64/kvm/pkvm.c kvm_hyp_reserve',
      'init/main.c parse_early_param',
    ],
    messages: {
      notModelled: '"{{token}}" is not modelled: {{why}}; the simulated placement may differ from the kernel\'s',
    },
    subject: 'token',
  },
  check({ layout, sim, report }) {
    const cmdline = layout.layout.cmdline
    // A cheap first look (names may be spelt with '-' for '_'); the tokens decide.
    const spelt = cmdline.replaceAll('-', '_')
    const relevant = UNMODELLED_PARAMS.filter(
      (p) => spelt.includes(p.param.replaceAll('-', '_')) && applies(p, sim.arch, sim.kernel) && (p.config === undefined || configHas(layout.layout.config, p.config)) && (p.cpuUnknown === undefined || layout.layout.cpu[p.cpuUnknown] === undefined) && (p.firmwareNodes === undefined || firmwareNodesUnmodelled(layout.layout)),
    )
    if (relevant.length === 0) return
    const seen = new Set<UnmodelledParam>()
    for (const { param, val } of parseEarlyParams(cmdline)) {
      for (const p of relevant) {
        if (seen.has(p) || !parameq(param, p.param)) continue
        if (p.valuePrefix !== undefined && !(val ?? '').startsWith(p.valuePrefix)) continue
        if (p.value !== undefined && val !== p.value) continue
        seen.add(p)
        report({ messageId: 'notModelled', data: { token: clipText(val === null ? param : `${param}=${val}`), why: p.why }, at: layout.pointers.cmdline })
      }
    }
  },
})
