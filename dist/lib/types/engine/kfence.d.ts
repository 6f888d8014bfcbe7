/**
 * KFENCE's pool size, which every architecture's early allocation of the pool takes (arm64's
 * map_mem(), riscv64's setup_vm_final(), x86's mm_core_init() through memblock_alloc()) and
 * the log importer recognises in memblock=debug's requests.
 */
import type { PhysSize } from './types.js';
/**
 * Mirrors KFENCE_POOL_SIZE — include/linux/kfence.h (a macro; v6.12.117:27):
 * (CONFIG_KFENCE_NUM_OBJECTS + 1) * 2 * PAGE_SIZE, with Kconfig's default of 255 objects
 * (lib/Kconfig.kfence) unless a build says otherwise.
 */
export declare function kfencePoolSize(pageSize: PhysSize, numObjects?: number): PhysSize;
