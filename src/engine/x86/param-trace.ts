// SPDX-License-Identifier: GPL-2.0-only
/**
 * What x86_64's own parameter handlers print, as simulate() places it (early-params.ts
 * ParamTrace): the early ones by token in parse_early_param(), the rest in parse_args("Booting
 * kernel") after setup_arch(). The values the boot reads come from the same mirrors
 * (direct-map.ts setDebugRodata(), kfenceAtBoot(); swiotlb.ts swiotlbSizeOrDefault()).
 */
import { NO_PARAM_TRACE, type ParamTrace } from '../early-params.js'
import { NO_ARCH_RODATA_WORDS, parameq, paramSetSampleInterval, parseEarlyParams, rodataTokenReaches, SET_DEBUG_RODATA, type RodataState } from '../params.js'
import type { KernelPolicy } from '../policies/types.js'
import type { Layout, TraceEvent } from '../types.js'
import { swiotlbEarlyParamLines } from './swiotlb.js'

/**
 * What x86's rodata=, swiotlb= and kfence.sample_interval= print during boot.
 * - setup_io_tlb_npages() prints the area count and a rounded-up size (6.x+; swiotlb.ts
 *   swiotlbEarlyParamLines()) in parse_early_param(), at the token's place.
 * - set_debug_rodata() warns "Invalid option string for rodata: '%s'" for a value it does not
 *   take ("(null)" for a bare `rodata`, which only the early_param generations see): in
 *   parse_early_param() at the token's place on 6.x/7.x, in parse_args("Booting kernel") on
 *   5.10 and 5.19 (__setup("rodata=")); 5.11 – 5.18's __setup() prints nothing.
 * - parse_args() prints "Booting kernel: `%s' invalid for parameter `%s'" where
 *   param_set_sample_interval() rejects the value of the builtin module parameter (a KFENCE
 *   kernel: not 5.10).
 * All three only print here.
 * @kernel init/main.c set_debug_rodata (v5.10.223:1356-1362; v6.1.192:1429-1442;
 *         v7.2.13:1500-1513); kernel/params.c parse_args (v6.12.117:161-212);
 *         mm/kfence/core.c param_set_sample_interval; kernel/dma/swiotlb.c setup_io_tlb_npages
 */
export function x86ParamTrace(layout: Layout, policy: KernelPolicy): ParamTrace {
  const { cmdline } = layout
  const kfence = policy.x86!.kfence && layout.config.KFENCE
  // Without their names nothing prints: most command lines are not tokenised twice.
  if (!cmdline.includes('rodata') && !cmdline.includes('swiotlb') && !(kfence && cmdline.includes('kfence'))) return NO_PARAM_TRACE
  const param = policy.x86!.rodataParam
  const { registration, call } = SET_DEBUG_RODATA[param]
  const st: RodataState = { rodataEnabled: true, rodataFull: false }
  const early: TraceEvent[][] = swiotlbEarlyParamLines(cmdline, policy.x86!.swiotlb).map((lines) => lines?.map((text) => ({ level: 'info', source: 'swiotlb', text })) ?? [])
  const bootingKernel: TraceEvent[] = []
  for (const [i, token] of parseEarlyParams(cmdline).entries()) {
    if (rodataTokenReaches(param, token) && !call(st, token.val, NO_ARCH_RODATA_WORDS, policy.parse.kstrtobool)) {
      const line: TraceEvent = { level: 'warn', source: 'params', text: `Invalid option string for rodata: '${token.val ?? '(null)'}'` }
      if (registration === 'early_param') (early[i] ??= []).push(line)
      else bootingKernel.push(line)
    }
    if (kfence && parameq(token.param, 'kfence.sample_interval') && paramSetSampleInterval(token.val) === undefined)
      bootingKernel.push({ level: 'err', source: 'params', text: `Booting kernel: \`${token.val ?? ''}' invalid for parameter \`${token.param}'` })
  }
  return early.length === 0 && bootingKernel.length === 0 ? NO_PARAM_TRACE : { early, bootingKernel }
}
