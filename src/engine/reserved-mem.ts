// SPDX-License-Identifier: GPL-2.0-only
/**
 * What becomes of a reusable `shared-dma-pool` node of /reserved-memory (a CMA pool), for
 * the DT architectures (arm64, riscv64). Two generations:
 *
 * - 'setup' (≤6.x): the node is allocated first; then __reserved_mem_init_node() tries the
 *   init functions declared for its compatible: rmem_cma_setup() (CONFIG_DMA_CMA), then
 *   rmem_dma_setup() (CONFIG_DMA_DECLARE_COHERENT, which OF_EARLY_FLATTREE always selects),
 *   which refuses a reusable node. When none succeeds the node's memory is given back.
 * - 'validate' (7.x): rmem_cma_validate() looks at the node before it is allocated; a
 *   `linux,cma-default` node under `cma=` is skipped and never allocated.
 *
 * rmem_cma_setup()'s own lines carry no prefix (kernel/dma/contiguous.c defines none);
 * of_reserved_mem.c's carry "OF: reserved mem: ".
 *
 * @kernel kernel/dma/contiguous.c rmem_cma_setup, __rmem_cma_verify_node; kernel/dma/coherent.c
 *         rmem_dma_setup; drivers/of/of_reserved_mem.c __reserved_mem_init_node,
 *         fdt_init_reserved_mem (5.10, 6.1), fdt_init_reserved_mem_node (6.12),
 *         __reserved_mem_alloc_size (7.2)
 */
import { memblockAdd, memblockClearNomap, memblockPhysFree, type Memblock } from './memblock/memblock.js'
import { fmtPhys, SZ_1M } from './phys.js'
import type { Trace } from './trace.js'
import type { PhysAddr, PhysSize } from './types.js'

/** The kernel's view of a CMA pool node: CONFIG_DMA_CMA, and whether `cma=` was given. */
export interface CmaNodeContext {
  dmaCma: boolean
  cmdlineCma: boolean
  /** CMA_MIN_ALIGNMENT_BYTES. */
  cmaMinAlign: PhysSize
  /** A no-map node was memblock_remove()d (5.10), so a failed one is memblock_add()ed back. */
  nomapRemoved?: boolean
}

/** A reusable shared-dma-pool node. */
export interface CmaPoolNode {
  name: string
  nomap: boolean
  cmaDefault: boolean
}

/**
 * Mirrors __rmem_cma_verify_node() through rmem_cma_validate() (7.x): true when the node is
 * skipped before allocation (a `linux,cma-default` node while `cma=` is given).
 */
export function rmemCmaSkipped(node: CmaPoolNode, ctx: CmaNodeContext, trace: Trace): boolean {
  if (!ctx.dmaCma || node.nomap || !ctx.cmdlineCma || !node.cmaDefault) return false
  trace.err('of', 'Skipping dt linux,cma-default node in favor for "cma=" kernel param.')
  return true
}

/**
 * Mirrors __reserved_mem_init_node() on an allocated reusable shared-dma-pool node (≤6.x):
 * rmem_cma_setup(), then rmem_dma_setup(). Returns whether the node became a CMA area; when
 * it did not, prints the failure and gives the memory back as fdt_init_reserved_mem(_node)()
 * does (clearing NOMAP, or freeing the reservation).
 */
export function initCmaPoolNode(mb: Memblock, node: CmaPoolNode, base: PhysAddr, size: PhysSize, ctx: CmaNodeContext, trace: Trace): boolean {
  if (ctx.dmaCma) {
    if (ctx.cmdlineCma && node.cmaDefault) {
      trace.info('of', `Reserved memory: bypass ${node.name} node, using cmdline CMA params instead`)
    } else if (node.nomap) {
      // rmem_cma_setup(): a no-map pool cannot be CMA (-EINVAL, silently).
    } else if ((base | size) % ctx.cmaMinAlign !== 0n) {
      trace.err('of', 'Reserved memory: incorrect alignment of CMA region')
    } else {
      return cmaPoolCreated(node, base, size, trace)
    }
  }
  // rmem_dma_setup() refuses a reusable node (-EINVAL): no init function took it.
  trace.info('of', `OF: reserved mem: node ${node.name} compatible matching fail`)
  if (node.nomap && ctx.nomapRemoved) memblockAdd(mb, base, size)
  else if (node.nomap) memblockClearNomap(mb, base, size)
  else memblockPhysFree(mb, base, size)
  return false
}

/**
 * An allocated reusable shared-dma-pool node taken per generation: 'setup' runs
 * __reserved_mem_init_node() (initCmaPoolNode(), which may give the memory back); under
 * 'validate' the node passed rmem_cma_validate() and is a CMA area with CONFIG_DMA_CMA when
 * it is mappable, else simply kept. Returns whether it became a CMA area.
 */
export function takeCmaPoolNode(mb: Memblock, variant: 'setup' | 'validate', node: CmaPoolNode, base: PhysAddr, size: PhysSize, ctx: CmaNodeContext, trace: Trace): boolean {
  if (variant === 'setup') return initCmaPoolNode(mb, node, base, size, ctx, trace)
  return ctx.dmaCma && !node.nomap && cmaPoolCreated(node, base, size, trace)
}

/** rmem_cma_setup()'s success and __reserved_mem_init_node()'s line after it. */
function cmaPoolCreated(node: CmaPoolNode, base: PhysAddr, size: PhysSize, trace: Trace): true {
  trace.info('of', `Reserved memory: created CMA memory pool at ${fmtPhys(base)}, size ${size / SZ_1M} MiB`)
  trace.info('of', `OF: reserved mem: initialized node ${node.name}, compatible id shared-dma-pool`)
  return true
}
