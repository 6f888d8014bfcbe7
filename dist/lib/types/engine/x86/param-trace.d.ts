/**
 * What x86_64's own parameter handlers print, as simulate() places it (early-params.ts
 * ParamTrace): the early ones by token in parse_early_param(), the rest in parse_args("Booting
 * kernel") after setup_arch(). The values the boot reads come from the same mirrors
 * (direct-map.ts setDebugRodata(), kfenceAtBoot(); swiotlb.ts swiotlbSizeOrDefault()).
 */
import { type ParamTrace } from '../early-params.js';
import type { KernelPolicy } from '../policies/types.js';
import type { Layout } from '../types.js';
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
export declare function x86ParamTrace(layout: Layout, policy: KernelPolicy): ParamTrace;
