// SPDX-License-Identifier: GPL-2.0-only
/**
 * The printk ring buffer `log_buf_len=` asks for, as far as it takes memory before the crash
 * kernel: only x86 calls setup_log_buf(1) inside setup_arch() (after init_mem_mapping(),
 * before reserve_initrd() and NUMA init); arm64 and riscv64 call it from start_kernel(),
 * after setup_arch() and their crash reservation. The buffer and its two metadata arrays are
 * three memblock_alloc()s, top-down (bottom-up while movable_node holds memblock so): with
 * log_buf_len=16M about 72 MiB under the top of low RAM, enough to push a crash region under
 * 4 GiB down by several 16 MiB steps.
 *
 * Sizes: the text buffer is the value rounded up to a power of two (at most 2 GiB), one
 * struct prb_desc (24 bytes) and one struct printk_info (88 bytes; 112 with
 * CONFIG_PRINTK_EXECUTION_CTX, 7.0+) per 32 bytes of text (PRB_AVGBITS). The default buffer is
 * static (__log_buf, 1 << CONFIG_LOG_BUF_SHIFT: 17 in Debian's builds and Kconfig's default,
 * 18 in Ubuntu's), so a value no larger allocates nothing. Measured on Debian's amd64
 * 5.10.223, 6.12.117, 6.16.3, 6.19.6, 7.0.4 and 7.2.13 (test/boots/log-buf); 7.3.4's 112
 * bytes from its static buffer's line (test/boots/releases).
 *
 * A buffer that could not be allocated leaves new_log_buf_len set, and start_kernel()'s
 * setup_log_buf(0) tries again after setup_arch(), after the crash reservation: not modelled.
 *
 * @kernel kernel/printk/printk.c log_buf_len_setup, log_buf_len_update, setup_log_buf,
 *         print_log_buf_usage_stats (v5.10.223, v6.12.117, v6.14, v7.2.13);
 *         kernel/printk/printk_ringbuffer.h struct prb_desc, struct printk_info;
 *         arch/x86/kernel/setup.c setup_arch (v6.12.117:1073)
 */
import { memblockAllocTryNid, memblockPhysFree, type Memblock } from './memblock/memblock.js'
import type { Memparse } from './memparse.js'
import { parameq, parseEarlyParams } from './params.js'
import { roundupPowOfTwo } from './phys.js'
import type { Trace } from './trace.js'
import type { KernelConfig, PhysSize } from './types.js'

/**
 * Engine helper (no kernel counterpart): __LOG_BUF_LEN, 1 << CONFIG_LOG_BUF_SHIFT (absent: 17,
 * shared/oracle/kernels/config-amd64-* and init/Kconfig's default).
 */
export const logBufLenOf = (config: Pick<KernelConfig, 'LOG_BUF_SHIFT'>): PhysSize => 1n << BigInt(config.LOG_BUF_SHIFT ?? 17)
/** LOG_BUF_LEN_MAX: (u32)1 << 31. */
const LOG_BUF_LEN_MAX = 1n << 31n
/** PRB_AVGBITS: one record descriptor per 32 bytes of text. */
const PRB_AVGBITS = 5n
/** LOG_ALIGN: __alignof__(unsigned long). */
const LOG_ALIGN = 8n
/** sizeof(struct prb_desc): state_var and text_blk_lpos' begin and next (v5.10.223 – v7.2.13). */
const PRB_DESC_BYTES = 24n

/**
 * How setup_log_buf() reports the buffer: 'log-buf-len' ("log_buf_len: %u bytes", ≤6.13),
 * 'usage-stats' (print_log_buf_usage_stats(): "log buffer data + meta data: %u + %zu = %zu
 * bytes", printed on the failure paths too; kernel/printk/printk.c@v6.14:1167, not in
 * v6.12.117; 6.13 UNCONFIRMED, taken as without).
 */
export type LogBufStats = 'log-buf-len' | 'usage-stats'

/**
 * Engine helper (no kernel counterpart): sizeof(struct printk_info): seq, ts_nsec, text_len,
 * facility, flags/level, caller_id and dev_info's 16 + 48 bytes (88);
 * CONFIG_PRINTK_EXECUTION_CTX adds caller_id2 and comm[16] (112 with padding).
 * @kernel kernel/printk/printk_ringbuffer.h struct printk_info (v6.12.117:18-28, v7.2.13:18-33)
 */
export const printkInfoBytes = (config: Pick<KernelConfig, 'PRINTK_EXECUTION_CTX'>): PhysSize => (config.PRINTK_EXECUTION_CTX ? 112n : 88n)

/**
 * Mirrors log_buf_len_update(): the size clamped to 2 GiB (which it says), rounded up to a
 * power of two; it becomes new_log_buf_len only when larger than the static buffer.
 * @kernel kernel/printk/printk.c log_buf_len_update (v5.10.223:1014, v7.2.13:1044)
 */
export function logBufLenUpdate(size: bigint): { size: bigint; over2G: boolean } {
  const over2G = size > LOG_BUF_LEN_MAX
  if (over2G) size = LOG_BUF_LEN_MAX
  if (size > 0n) size = roundupPowOfTwo(size)
  return { size, over2G }
}

/**
 * Engine helper (no kernel counterpart): new_log_buf_len after parse_early_param() has run
 * log_buf_len_setup() on each `log_buf_len=` in order, 0 when none asks for more than the
 * static buffer. Each value larger than the static buffer replaces the one before, whatever
 * its size; one no larger, or a bare one, leaves it (early-params.ts prints what they print).
 * @kernel kernel/printk/printk.c log_buf_len_setup (v5.10.223:1028, v7.2.13:1058)
 */
export function newLogBufLen(cmdline: string, memparse: Memparse, staticLen: PhysSize): PhysSize {
  // (parameq(): '-' and '_' are the same character in a parameter's name.)
  if (!cmdline.includes('buf')) return 0n
  let len = 0n
  for (const { param, val } of parseEarlyParams(cmdline)) {
    if (!parameq(param, 'log_buf_len') || val === null) continue
    const { size } = logBufLenUpdate(memparse(val, 0).value)
    if (size > staticLen) len = size
  }
  return len
}

/**
 * Mirrors setup_log_buf(1) as x86's setup_arch() calls it: with a new_log_buf_len, the text
 * buffer, the descriptors and the infos, each memblock_alloc()ed (under current_limit, on no
 * node); one that fails frees those before it, newest first, and says so; the static buffer
 * (`staticLen`) stays in use. The lines it prints after copying the early records ("early log
 * buf free") depend on how much the boot has printed: not modelled.
 * @kernel kernel/printk/printk.c setup_log_buf (v5.10.223:1111, v6.12.117:1132, v7.2.13:1149)
 */
export function setupLogBuf(mb: Memblock, len: PhysSize, staticLen: PhysSize, stats: LogBufStats, infoBytes: PhysSize, trace: Trace): void {
  if (len === 0n) return
  const descs = len >> PRB_AVGBITS
  const usage = (bufLen: PhysSize): void => {
    if (stats !== 'usage-stats') return
    const meta = (bufLen >> PRB_AVGBITS) * (PRB_DESC_BYTES + infoBytes)
    trace.info('printk', `printk: log buffer data + meta data: ${bufLen} + ${meta} = ${bufLen + meta} bytes`)
  }
  const sizes = [len, descs * PRB_DESC_BYTES, descs * infoBytes]
  const what = ['text', 'desc', 'info']
  const got: bigint[] = []
  for (let i = 0; i < sizes.length; i++) {
    const at = memblockAllocTryNid(mb, sizes[i]!, LOG_ALIGN, 0n, 0n, 'setup_log_buf')
    if (!at) {
      trace.err('printk', `printk: log_buf_len: ${sizes[i]} ${what[i]} bytes not available`)
      // err_free_descs, err_free_log_buf: memblock_free() of what was allocated, newest first.
      for (let j = got.length - 1; j >= 0; j--) memblockPhysFree(mb, got[j]!, sizes[j]!, 'setup_log_buf')
      usage(staticLen)
      return
    }
    got.push(at)
  }
  if (stats === 'usage-stats') usage(len)
  else trace.info('printk', `printk: log_buf_len: ${len} bytes`)
}
