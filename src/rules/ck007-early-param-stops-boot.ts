// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK007 early-param-stops-boot: the boot stops in parse_early_param(), before the crash kernel
 * is reserved (on x86 before memblock is filled, on arm64 and riscv64 just after the DT's memory
 * went in): an early parameter's handler hits a BUG_ON() or reads through NULL, or (x86) the
 * table mem=/memmap= left is one e820__finish_early_params() panics on right after it, and the
 * kernel halts or panics. The engine simulates nothing after it
 * (src/engine/early-params.ts); this rule says why.
 */
import { FAULT_WORDS } from '../report/describe.js'
import { clipText } from './common.js'
import { crashkernelTokens } from './crashkernel-tokens.js'
import { defineRule } from './define-rule.js'

export default defineRule<'stops' | 'stopsNoCrashkernel'>({
  id: 'CK007',
  name: 'early-param-stops-boot',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    description: 'an early parameter stops the boot before the crash kernel is reserved: the kernel hits a BUG or a NULL dereference',
    kernel: [
      'init/main.c parse_early_param, do_early_param',
      'arch/x86/kernel/e820.c parse_memmap_one, __e820__range_update (BUG_ON(old_type == new_type))',
      'arch/x86/kernel/e820.c e820__finish_early_params, e820__update_table ("Invalid user supplied memory map")',
      'mm/page_alloc.c (5.10, 6.1), mm/mm_init.c (6.12, 7.2) cmdline_parse_kernelcore; lib/cmdline.c parse_option_str',
      'kernel/dma/swiotlb.c setup_io_tlb_npages (isdigit(*str) of a NULL value)',
      'init/do_mounts_initrd.c early_initrdmem, early_initrd; lib/kstrtox.c _parse_integer_fixup_radix (memparse() of a NULL value)',
    ],
    messages: {
      stops: 'the boot stops before the crash kernel is reserved: "{{param}}" {{fault}} in {{at}} {{when}}, and the kernel halts or panics',
      // No crashkernel= for get_last_crashkernel() to find: there is no reservation to stop.
      stopsNoCrashkernel: 'the boot stops: "{{param}}" {{fault}} in {{at}} {{when}}, and the kernel halts or panics',
    },
  },
  check({ layout, sim, report }) {
    const ck = sim.crashkernel
    if (ck.kind !== 'hang' || ck.cause !== 'early-param') return
    const messageId = crashkernelTokens(layout.layout.cmdline).length > 0 ? 'stops' : 'stopsNoCrashkernel'
    // x86's "Invalid user supplied memory map" comes from e820__finish_early_params(), which
    // setup_arch() calls once parse_early_param() has returned; the other faults are in handlers.
    const when = ck.fault === 'panic' ? 'right after parse_early_param()' : 'while parse_early_param() runs'
    report({ messageId, data: { param: clipText(ck.param), fault: FAULT_WORDS[ck.fault], at: ck.at, when }, at: layout.pointers.cmdline, evidence: sim.trace })
  },
})
