// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK012 boot-panics: the boot panics after the crash kernel reservation (made, failed or not
 * asked for), so no crash kernel is ever loaded and the machine does not come up. The causes
 * the engine models (SimulationResult.panic). In setup_arch() (src/engine/zones.ts memmapInit()): an x86 NUMA node
 * that spans less than NODE_MIN_SIZE, 4 MiB, gets no pg_data_t from numa_register_memblks()
 * (arch/x86/mm/numa.c@v5.15), free_area_init() of 5.10 – 5.17 sets up only the online nodes,
 * and memmap_init(), which walks every memory range from 5.14 and stable 5.10.53 and 5.13.5
 * (mm/page_alloc.c@v5.14:6720-6740), reads the node's NODE_DATA() through NULL. Ubuntu's
 * 5.13.19, 5.14.21 and 5.17.15 builds did so on a 2 MiB node (test/boots/ubuntu), printing
 * nothing on the console: only earlyprintk= shows the "BUG: kernel NULL pointer dereference".
 * In the early initcall init_real_mode() (src/engine/x86/setup.ts initRealMode()): x86 found no
 * free memory under 1 MiB for the real-mode trampoline ("Real mode trampoline was not
 * allocated"; test/boots/amd64-memmap's memmap-no-sub1M boots, `memmap=exactmap` leaving only
 * the first 64K there).
 */
import { crashEvidence, sizeText } from './common.js'
import { defineRule } from './define-rule.js'
import { parameq, parseEarlyParams } from '../engine/index.js'
import type { DecodedLayout } from '../matrix/types.js'

/**
 * Where a board makes the RAM a panic lacks: the command line when the kernel parses one of
 * `params` there (mem=, memmap= with a value; not memtest=), else the first bank.
 */
export function ramPointer(layout: Pick<DecodedLayout, 'layout' | 'pointers'>, params: readonly string[]): string {
  const byCmdline = parseEarlyParams(layout.layout.cmdline).some((p) => p.val !== null && params.some((name) => parameq(p.param, name)))
  return byCmdline ? layout.pointers.cmdline : (layout.pointers.memory[0] ?? layout.pointers.ram)
}

/** ` ("line")`, or nothing without a line. */
const quoted = (line: string | undefined): string => (line === undefined ? '' : ` ("${line}")`)

export default defineRule<'nodeWithoutPgdat' | 'noRealModeTrampoline' | 'panicsBeforeReservation'>({
  id: 'CK012',
  name: 'boot-panics',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    description: 'the boot panics: after the crash kernel reservation, a NUMA node under 4 MiB has no pg_data_t and memmap_init() reads it through NULL, or no memory under 1 MiB is left for the real-mode trampoline; before it, init_mem_mapping() has no page for a page table',
    kernel: [
      'arch/x86/mm/numa.c numa_register_memblks (NODE_MIN_SIZE, until "x86/mm: Drop the 4 MB restriction on minimal NUMA node memory size")',
      'mm/page_alloc.c free_area_init (for_each_online_node, up to 5.17)',
      'mm/page_alloc.c memmap_init ("mm/page_alloc: fix memory map initialization for descending nodes", 5.14; stable 5.10.53, 5.13.5)',
      'arch/x86/realmode/init.c reserve_real_mode, init_real_mode',
    ],
    messages: {
      // Reported by check() (src/index.ts), from the engine's LayoutDoesNotBootError: no result to check.
      panicsBeforeReservation:
        'the boot panics in setup_arch(), before the crash kernel reservation, so the layout has no result to check: {{reason}}; the machine never comes up to load a crash kernel. The RAM the kernel keeps (its banks, mem=, memmap=) must leave room for the page tables of the direct map',
      nodeWithoutPgdat:
        'the boot panics in setup_arch(), after the crash kernel reservation: NUMA node {{nid}} holds {{size}}, less than NODE_MIN_SIZE (4 MiB), so numa_register_memblks() gives it no pg_data_t, free_area_init() leaves it offline, and {{fn}}() reads its NODE_DATA() through NULL ("BUG: kernel NULL pointer dereference", before the console is up); the machine never comes up to load a crash kernel',
      noRealModeTrampoline:
        'the boot panics after the crash kernel reservation: no memory under 1 MiB is free for the real-mode trampoline, so reserve_real_mode() reserves none{{said}} and init_real_mode() panics ("Real mode trampoline was not allocated"); the machine never comes up to load a crash kernel. The memory map must leave RAM below 1 MiB beyond the first 64 KiB (a memmap=exactmap without it, or firmware that gives none)',
    },
    fixes: { nodeWithoutPgdat: ['newerKernel'] },
  },
  check({ layout, sim, report }) {
    const panic = sim.panic
    if (panic?.cause === 'no-real-mode-trampoline') {
      report({
        messageId: 'noRealModeTrampoline',
        // The release's own wording, as the engine printed it (7.2 changed it).
        data: { said: quoted(sim.trace.find((t) => t.source === 'realmode')?.text) },
        // memmap= makes such a map from the command line; firmware's own, from its banks.
        at: ramPointer(layout, ['memmap']),
        evidence: crashEvidence(sim),
      })
      return
    }
    if (panic?.cause !== 'node-without-pgdat') return
    // At the node's first bank, where the board gives it its memory.
    const bank = layout.layout.memory.findIndex((b) => b.node === panic.nid)
    report({
      messageId: 'nodeWithoutPgdat',
      data: { nid: String(panic.nid), size: sizeText(panic.memory), fn: panic.fn },
      at: layout.pointers.memory[bank] ?? layout.pointers.ram,
      evidence: crashEvidence(sim),
      fix: { kernelNote: 'a node under 4 MiB gets its pg_data_t from 5.10.202, 5.15.140, 6.1.64, 6.5.13, 6.6.3 and 6.7, and is brought up as memoryless from 5.18' },
    })
  },
})
