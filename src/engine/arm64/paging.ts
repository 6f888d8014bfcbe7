// SPDX-License-Identifier: GPL-2.0-only
// TEMPORARY: replaced by the map_mem() mirror in mmu.ts.
import { memblockAllocPages, type Memblock } from '../memblock/memblock.js'
import type { KernelPolicy } from '../policies/types.js'
import type { Trace } from '../trace.js'
import type { Layout, PhysRange } from '../types.js'
import { SZ_1G } from '../phys.js'

export interface Arm64PagingResult {
  tablePages: number
}

const CONST: Record<string, number> = { '5.10': -2, '6.1': -2, '6.12': -12, '7.2': 2 }

export function arm64PagingInit(mb: Memblock, layout: Layout, policy: KernelPolicy, _trace: Trace, _earlyCrash?: PhysRange): Arm64PagingResult {
  const ram = mb.memory.regions.reduce((a, r) => a + r.size, 0n)
  const series = layout.kernel.split('.').slice(0, 2).join('.')
  const n = Number((ram / SZ_1G) * 513n) + (CONST[series] ?? 0)
  memblockAllocPages(mb, n, layout.pageSize, 0n, 1n)
  if (policy.arm64!.idmapTablePages) memblockAllocPages(mb, policy.arm64!.idmapTablePages, layout.pageSize, 0n, 1n)
  return { tablePages: n }
}
