// SPDX-License-Identifier: GPL-2.0-only
/**
 * The cases of test/fixtures/kernel-resmem.json.gz, in the input format of harness.c (one
 * case per line: a ../kernel-memblock/harness.c operation line, the cma= arguments, the
 * CONFIG_CMA_SIZE_MBYTES size and dma_contiguous_reserve()'s limit, separated by '|').
 * Deterministic: a fixed seed and mulberry32 (../mulberry32.mjs), so a rerun of
 * ../kernel-resmem-fixture.sh gives the same cases.
 *
 * Memory maps of one to four banks (arm64-like bases, some at 0, some past 4 GiB), the kernel
 * image and a few other reservations, sometimes bottom-up; cma= sizes, bases and limits
 * aligned and not, inside RAM, across its end, across 4 GiB and past the limit, one or two
 * cma= arguments (the second without '@' keeps the first one's base and limit); limits at
 * 1 GiB, 4 GiB, 0, the end of RAM or anywhere.
 *
 * Then the /reserved-memory cases ("dt|…"): a memory map as above, one to eight nodes (static
 * `reg` ones, one to three entries, inside RAM, across its end, over reservations or each other;
 * dynamic `size` ones with or without `alignment` and one to three `alloc-ranges`), some
 * shared-dma-pool (reusable or not, linux,cma-default), some no-map, some /memreserve/ entries
 * and sometimes cma=; sometimes no /reserved-memory node or one without children.
 *
 * Usage: node scripts/kernel-resmem/cases.mjs [cases [seed [dt-cases]]]
 */
import { draws } from '../mulberry32.mjs'

const cases = Number(process.argv[2] ?? 1500)
const dtCases = Number(process.argv[4] ?? 1500)
const { int, pick, chance } = draws(Number(process.argv[3] ?? 2911021))
const hex = (v) => v.toString(16)
const M = 1n << 20n
const G = 1n << 30n

/** A size: whole MiB mostly, sometimes odd, 0 or huge. */
const size = () => {
  switch (int(10)) {
    case 0: return BigInt(int(0x1000000))
    case 1: return pick([0n, 1n, 0x1000n, 2n * M - 1n, 4n * M + 1n])
    case 2: return BigInt(1 + int(64)) * G
    default: return BigInt(pick([1, 2, 3, 4, 5, 8, 16, 32, 48, 64, 96, 128, 256, 384, 512, 1024, 2048])) * M
  }
}
/** A number as a cma= argument writes it. */
const arg = (v) => {
  if (v !== 0n && v % G === 0n && chance(0.5)) return `${v / G}G`
  if (v !== 0n && v % M === 0n && chance(0.6)) return `${v / M}M`
  return chance(0.5) ? `0x${hex(v)}` : `${v}`
}

/** A memory map and reservations: the operation line, the banks, their end. */
function memoryMap() {
  const ops = ['1000']
  const banks = []
  let at = pick([0n, 0x40000000n, 0x80000000n, 0x80000000n, 0x100000000n, 0x880000000n])
  for (let i = 0, n = 1 + int(4); i < n; i++) {
    const sz = pick([1n, 2n, 4n, 4n, 8n, 16n, 3n])  * G / pick([1n, 1n, 2n, 4n, 8n]) + (chance(0.15) ? BigInt(int(64)) * M : 0n)
    banks.push([at, sz])
    ops.push(`add ${hex(at)} ${hex(sz)}`)
    at += sz + (chance(0.5) ? 0n : BigInt(pick([2, 64, 512, 2048, 4096])) * M)
  }
  const end = at
  const [base0] = banks[0]
  // The kernel image, then a few others (initrd, DT, firmware).
  ops.push(`reserve ${hex(base0 + 0x200000n)} ${hex(BigInt(20 + int(40)) * M)}`)
  for (let i = 0, n = int(5); i < n; i++) {
    const [b, s] = pick(banks)
    const off = (BigInt(int(Number(s / M))) * M) & -(chance(0.7) ? 2n * M : 0x1000n)
    ops.push(`reserve ${hex(b + off)} ${hex(pick([0x1000n, 64n * M, 256n * M, size() || 0x1000n]))}`)
  }
  if (chance(0.1)) ops.push('bottom_up 1')
  return { ops, banks, end, base0 }
}

for (let c = 0; c < cases; c++) {
  const { ops, end, base0 } = memoryMap()

  const cma = []
  const cmaSize = () => (chance(0.1) ? size() : BigInt(pick([16, 32, 64, 64, 128, 256, 512, 1024, 3])) * M)
  const cmaBase = () => {
    switch (int(6)) {
      case 0: return 0n
      case 1: return BigInt(int(Number(end / M))) * M
      case 2: return pick([0x100000000n, 0xc0000000n, end - 64n * M, end, base0])
      default: return (base0 + BigInt(int(Number((end - base0) / M)))  * M) & -(chance(0.7) ? 4n * M : 0x1000n)
    }
  }
  for (let i = 0, n = chance(0.3) ? 0 : chance(0.85) ? 1 : 2; i < n; i++) {
    let a = arg(cmaSize())
    if (chance(0.55)) {
      const b = cmaBase()
      a += `@${arg(b)}`
      if (chance(0.6)) a += `-${arg(pick([b + G, 0x100000000n, end, b + 256n * M, b, 0n, BigInt(int(Number(end / M))) * M]))}`
    }
    cma.push(a)
  }
  const config = chance(0.2) ? 0n : BigInt(pick([16, 32, 64, 64, 128, 256, 5])) * M
  const limit = pick([0x100000000n, 0x100000000n, 0x40000000n, 0n, end, base0 + 0x40000000n, BigInt(int(Number(end / M))) * M, (1n << 64n) - 1n])
  console.log(`${ops.join(';')}|${cma.length ? cma.join(' ') : '-'}|${hex(config)}|${hex(limit)}`)
}

/** A place for a node: in a bank (aligned or not), at its end, or off RAM. */
const where = (banks, end) => {
  const [b, s] = pick(banks)
  switch (int(8)) {
    case 0: return end - BigInt(int(64)) * M
    case 1: return end + BigInt(int(4)) * G
    case 2: return b
    default: return (b + BigInt(int(Number(s / M))) * M) & -(chance(0.6) ? 4n * M : chance(0.5) ? 0x1000n : 0x10n)
  }
}
const nodeSize = () => pick([0x1000n, 0x100000n, 4n * M, 16n * M, 32n * M, 64n * M, 128n * M, 256n * M, 0x3000n, 1n * G, 5n * M + 0x1000n, 0n])

for (let c = 0; c < dtCases; c++) {
  const { ops, banks, end } = memoryMap()
  const nodes = []
  for (let i = 0, n = 1 + int(8); i < n; i++) {
    const f = [`n${i}${pick(['', '@x', '-pool'])}`]
    const sdp = chance(0.35)
    if (sdp) f.push('sdp')
    else if (chance(0.1)) f.push('other')
    if (sdp && chance(0.7)) f.push('reusable')
    if (sdp && chance(0.3)) f.push('default')
    if (chance(0.2)) f.push('nomap')
    if (chance(0.45)) {
      const regs = []
      for (let k = 0, m = chance(0.8) ? 1 : 2 + int(2); k < m; k++) regs.push(`${hex(where(banks, end))}+${hex(chance(0.05) ? 0n : nodeSize() || 0x1000n)}`)
      f.push(`reg=${regs.join('/')}`)
    } else {
      f.push(`size=${hex(nodeSize() || 0x2000n)}`)
      if (chance(0.4)) f.push(`align=${hex(pick([0x1000n, 0x10000n, 2n * M, 4n * M, 32n * M, 0n]))}`)
      if (chance(0.5)) {
        const rs = []
        for (let k = 0, m = 1 + int(3); k < m; k++) {
          const b = where(banks, end)
          rs.push(`${hex(b)}+${hex(pick([64n * M, 256n * M, 1n * G, 4n * G, 16n * M]))}`)
        }
        f.push(`ranges=${rs.join('/')}`)
      }
    }
    nodes.push(f.join(','))
  }
  const rsv = []
  for (let i = 0, n = chance(0.7) ? 0 : 1 + int(3); i < n; i++) rsv.push(`${hex(where(banks, end))}+${hex(nodeSize() || 0x1000n)}`)
  const cma = chance(0.2) ? `${pick([16, 64, 256])}M` : '-'
  const list = chance(0.04) ? '-' : chance(0.03) ? '!' : nodes.join(' ')
  console.log(`dt|${ops.join(';')}|${list}|${cma}|${rsv.length ? rsv.join('/') : '-'}`)
}
