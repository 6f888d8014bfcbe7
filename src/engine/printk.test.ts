// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { memblockAdd, memblockCreate, memblockReserve } from './memblock/memblock.js'
import { memparseWrapping } from './memparse.js'
import { logBufLenOf, logBufLenUpdate, newLogBufLen, printkInfoBytes, setupLogBuf } from './printk.js'
import { Trace } from './trace.js'

const M = 1n << 20n
const G = 1n << 30n

describe('log_buf_len= (kernel/printk/printk.c log_buf_len_setup, log_buf_len_update)', () => {
  it('rounds up to a power of two and clamps at 2 GiB, saying so', () => {
    expect(logBufLenUpdate(M)).toEqual({ size: M, over2G: false })
    expect(logBufLenUpdate(M + 1n)).toEqual({ size: 2n * M, over2G: false })
    expect(logBufLenUpdate(3n * M)).toEqual({ size: 4n * M, over2G: false })
    expect(logBufLenUpdate(1n)).toEqual({ size: 1n, over2G: false })
    expect(logBufLenUpdate(0n)).toEqual({ size: 0n, over2G: false })
    expect(logBufLenUpdate(2n * G)).toEqual({ size: 2n * G, over2G: false })
    expect(logBufLenUpdate(3n * G)).toEqual({ size: 2n * G, over2G: true })
  })
  it('new_log_buf_len: the last value larger than the static 128 KiB buffer; a smaller or bare one changes nothing', () => {
    const len = (cmdline: string, shift?: number) => newLogBufLen(cmdline, memparseWrapping, logBufLenOf(shift === undefined ? {} : { LOG_BUF_SHIFT: shift }))
    expect(logBufLenOf({})).toBe(128n * 1024n)
    expect(len('crashkernel=256M')).toBe(0n)
    expect(len('log_buf_len=1M')).toBe(M)
    expect(len('log-buf-len=1500K')).toBe(2n * M)
    expect(len('log_buf_len=64K')).toBe(0n)
    expect(len('log_buf_len=128K')).toBe(0n)
    // test/boots/log-buf amd64-7.2-q35-4G-lb32M: "log_buf_len=32M log_buf_len=64K" keeps 32M.
    expect(len('log_buf_len=32M log_buf_len=64K')).toBe(32n * M)
    expect(len('log_buf_len=32M log_buf_len=1M')).toBe(M)
    expect(len('log_buf_len log_buf_len=1M log_buf_len')).toBe(M)
    expect(len('log_buf_len=3G')).toBe(2n * G)
    expect(len('-- log_buf_len=1M')).toBe(0n)
    // Ubuntu's builds: CONFIG_LOG_BUF_SHIFT=18 ("log buffer data + meta data: 262144 + …", test/boots/ubuntu).
    expect(len('log_buf_len=256K', 18)).toBe(0n)
    expect(len('log_buf_len=256K', 17)).toBe(256n * 1024n)
  })
  it('struct printk_info: 88 bytes, 112 with CONFIG_PRINTK_EXECUTION_CTX (7.0+)', () => {
    expect(printkInfoBytes({})).toBe(88n)
    expect(printkInfoBytes({ PRINTK_EXECUTION_CTX: true })).toBe(112n)
  })
})

describe('setupLogBuf() (kernel/printk/printk.c setup_log_buf(1), as x86 calls it)', () => {
  /** 2 GiB of RAM from 1 MiB, the top 1 MiB reserved. */
  const memblock = () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, M, 2n * G - M)
    memblockReserve(mb, 2n * G - M, M)
    mb.currentLimit = 2n * G
    return mb
  }
  const allocations = (mb: ReturnType<typeof memblock>) => mb.reserved.regions.map((r) => [r.base, r.size])

  it('three top-down allocations: text, 24-byte descriptors, infos, one of each per 32 bytes (test/boots/log-buf lb1M)', () => {
    const mb = memblock()
    const trace = new Trace()
    setupLogBuf(mb, M, logBufLenOf({}), 'log-buf-len', 88n, trace)
    // One region: the three end to end under the reserved top (the 6.12 boot: 0x7fa5c000 – 0x7fedbfff under 0x7fedc000).
    expect(allocations(mb)).toEqual([[2n * G - M - M - 786432n - 2883584n, M + 786432n + 2883584n + M]])
    expect(trace.events.map((e) => e.text)).toEqual(['printk: log_buf_len: 1048576 bytes'])
    const seven = new Trace()
    setupLogBuf(memblock(), M, logBufLenOf({}), 'usage-stats', 112n, seven)
    expect(seven.events.map((e) => e.text)).toEqual(['printk: log buffer data + meta data: 1048576 + 4456448 = 5505024 bytes'])
  })
  it('nothing without a new_log_buf_len', () => {
    const mb = memblock()
    const trace = new Trace()
    setupLogBuf(mb, 0n, logBufLenOf({}), 'usage-stats', 88n, trace)
    expect(allocations(mb)).toEqual([[2n * G - M, M]])
    expect(trace.events).toEqual([])
  })
  it('an allocation that fails frees the earlier ones and says which; 6.14+ then prints the static buffer\'s figures', () => {
    // 1 GiB of text fits, 768 MiB of descriptors too, 2.75 GiB of infos not.
    const mb = memblockCreate(4096n)
    memblockAdd(mb, M, 4n * G - M)
    mb.currentLimit = 4n * G
    const trace = new Trace()
    memblockReserve(mb, 4n * G - M, M, 'NODE_DATA')
    setupLogBuf(mb, G, logBufLenOf({ LOG_BUF_SHIFT: 18 }), 'usage-stats', 88n, trace)
    // Freed, and the region below which they lay keeps no setup_log_buf owner.
    expect(mb.reserved.regions.map((r) => [r.base, r.size, r.owner, r.alsoOwners])).toEqual([[4n * G - M, M, 'NODE_DATA', undefined]])
    expect(trace.events.map((e) => [e.level, e.text])).toEqual([
      ['err', 'printk: log_buf_len: 2952790016 info bytes not available'],
      ['info', 'printk: log buffer data + meta data: 262144 + 917504 = 1179648 bytes'],
    ])
    const old = new Trace()
    setupLogBuf(memblock(), 2n * G, logBufLenOf({}), 'log-buf-len', 88n, old)
    expect(old.events.map((e) => e.text)).toEqual(['printk: log_buf_len: 2147483648 text bytes not available'])
  })
})
