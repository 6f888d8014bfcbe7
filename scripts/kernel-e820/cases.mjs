// SPDX-License-Identifier: GPL-2.0-only
/**
 * The firmware tables and command lines of test/fixtures/kernel-e820.json.gz, in the input
 * format of harness.c (one case per line: 5-level paging; the kernel image; the firmware's e820
 * entries; the command line). Deterministic: a fixed seed and mulberry32 (../mulberry32.mjs),
 * so a rerun of ../kernel-e820-fixture.sh gives the same cases.
 *
 * The tables: a PC's low RAM with odd ends (0x9fc00) and the BIOS area reserved, RAM from 1 MiB
 * with holes, ACPI data, ACPI NVS, reserved and unusable entries between pieces, the PCI hole,
 * RAM above 4 GiB up to 3 TiB, past 2^46 (MAX_PHYSMEM_BITS under 4-level paging) or close
 * to 2^52; then sometimes extra entries of any type (persistent RAM, soft reserved, unknown
 * types too) over the others, ends not page aligned, and the whole list shuffled. The image
 * is at 16 MiB or another 2 MiB boundary, sometimes where the table has no RAM.
 * The command lines: up to four words of mem= (sizes with suffixes, 0, junk, nopentium,
 * overflowing) and memmap= (exactmap; nn@ss, nn#ss, nn$ss, nn!ss, nn%ss-F+T with types
 * of 0..13, soft reserved, and values past 32 bits; a bare nn; malformed items), several
 * comma-separated items in one word, and bare `mem` / `memmap`.
 *
 * Usage: node scripts/kernel-e820/cases.mjs [cases [seed]]   (the fixture: 1000 cases, the default seed)
 */
import { draws } from '../mulberry32.mjs'

const cases = Number(process.argv[2] ?? 1000)
const { int, pick, chance, below } = draws(Number(process.argv[3] ?? 3900735519))
const hex = (v) => v.toString(16)
const K = 1024n
const M = K * K
const G = M * K
const T = G * K
const SZ_4K = 4n * K

/** An address or size as a command line writes it: a suffix when it divides, hex or decimal. */
function size(v) {
  const forms = []
  for (const [s, u] of [['G', G], ['M', M], ['K', K]]) if (v !== 0n && v % u === 0n) forms.push(`${v / u}${s}`)
  forms.push(`0x${hex(v)}`, `${v}`)
  return pick(forms)
}

/** A random length in [lo, hi), aligned as often to pages, 2 MiB or not at all. */
function len(lo, hi) {
  const v = lo + below(hi - lo)
  const a = pick([1n, SZ_4K, SZ_4K, 2n * M, M])
  const r = v - (v % a)
  return r > 0n ? r : a
}

function table(l5) {
  const e = []
  const add = (type, addr, sz) => {
    if (sz > 0n) e.push([type, addr, sz])
  }
  // Low memory.
  if (chance(0.92)) {
    const lo = chance(0.85) ? 0n : pick([SZ_4K, 0x400n, BigInt(int(0x90)) * SZ_4K])
    const hi = pick([0x9fc00n, 0x9f000n, 0xa0000n, 0x9e800n, 0x9fc00n + BigInt(int(0x400)), 0xa4000n])
    add(1, lo, hi - lo)
    if (chance(0.8) && hi < 0xa0000n) add(2, hi, 0xa0000n - hi)
  }
  if (chance(0.7)) add(2, 0xf0000n, 0x10000n)
  if (chance(0.05)) add(1, 0xc0000n, 0x40000n)
  // RAM from 1 MiB with holes and firmware entries up to the PCI hole.
  const below4g = pick([256n * M, G, 2n * G, 0xbff00000n, 0xc0000000n, 0xdfff0000n, 0xe0000000n, 0x7ffdf000n, 3n * G + 0x12345n])
  let cur = M
  const pieces = 1 + int(6)
  for (let i = 0; i < pieces && cur < below4g; i++) {
    let end = i === pieces - 1 ? below4g : cur + len(M, below4g - cur)
    if (end > below4g) end = below4g
    add(1, cur, end - cur)
    cur = end
    if (cur >= below4g) break
    const t = pick([2, 3, 3, 4, 4, 5, 0, 7])
    const gap = len(SZ_4K, 64n * M)
    if (t !== 0) add(t, cur, gap)
    cur += gap
  }
  if (chance(0.8)) add(2, pick([0xe0000000n, 0xf0000000n, 0xfec00000n]), 0x1000000n)
  if (chance(0.5)) add(2, 0xfffc0000n, 0x40000n)
  // Above 4 GiB.
  if (chance(0.7)) {
    const top = pick([5n * G, 6n * G, 9n * G, 17n * G, 65n * G, 513n * G, T, 3n * T, 64n * T + 2n * G, (1n << 52n) - 2n * G, 4n * G + len(M, 64n * G)])
    add(1, 4n * G, top - 4n * G)
    if (chance(0.3)) add(pick([3, 4, 2, 12]), top, len(SZ_4K, G))
    if (chance(0.2)) add(1, top + len(M, 4n * G), len(M, 16n * G))
  }
  if (chance(0.1)) add(1, pick([1n << 46n, (1n << 52n) - G, 70n * T]), len(M, 4n * G))
  // Extra entries over the others.
  const extra = chance(0.5) ? 1 + int(4) : 0
  for (let i = 0; i < extra; i++) {
    const t = pick([1, 1, 2, 3, 4, 5, 7, 12, 0xefffffff, 13])
    const base = pick([below(8n * G), below(G), M * BigInt(int(4096)), 4n * G + below(16n * G)])
    add(t, chance(0.7) ? base - (base % SZ_4K) : base, len(1n, chance(0.5) ? 64n * M : 2n * G))
  }
  if (e.length < 2) add(2, 0xf0000n, 0x10000n)
  if (e.length < 2) add(1, M, 64n * M)
  if (chance(0.3)) {
    for (let i = e.length - 1; i > 0; i--) {
      const j = int(i + 1)
      ;[e[i], e[j]] = [e[j], e[i]]
    }
  }
  return e
}

/** A type for memmap=nn%ss-F+T. */
const type = () => pick(['1', '2', '3', '4', '7', '12', '0xefffffff', '0x100000001', '0x100000000', '99', '0', '-1'])

function memmapItem(e) {
  const any = e[int(e.length)]
  const at = chance(0.6) ? any[1] + (chance(0.5) ? 0n : len(0n + SZ_4K, any[2] > SZ_4K ? any[2] : 2n * SZ_4K)) : below(8n * G)
  const nn = chance(0.1) ? pick([1n << 63n, (1n << 64n) - 1n, 0n]) : len(SZ_4K, chance(0.7) ? 256n * M : 4n * G)
  const s = size(nn)
  const a = size(at)
  switch (int(12)) {
    case 0:
      return `${s}@${a}`
    case 1:
      return `${s}#${a}`
    case 2:
      return `${s}$${a}`
    case 3:
      return `${s}!${a}`
    case 4:
      return `${s}%${a}-${type()}+${type()}`
    case 5:
      return `${s}%${a}+${type()}`
    case 6:
      return `${s}%${a}-${type()}`
    case 7:
      return `${s}%${a}`
    case 8:
      return s
    case 9:
      return pick(['exactmap', 'exactmapjunk', 'xyz', `${s}@`, `${s}$abc`, `${s}%${a}-1+`, `${s}%${a}-1x`, `${s}@${a}x`, '', `${s}&${a}`, '17179869184G@0', `16E@${a}`])
    default:
      return `${s}@${a}`
  }
}

function cmdline(e) {
  const words = []
  const n = int(5)
  for (let i = 0; i < n; i++) {
    const k = int(10)
    if (k < 3) {
      words.push(`mem=${chance(0.85) ? size(len(16n * M, 32n * G)) : pick(['0', 'abc', '', 'nopentium', '16E', '0x10000000000000000', '4G@1G', '1G1'])}`)
    } else if (k === 3) words.push(pick(['mem', 'memmap', 'mem_map=1G']))
    else if (k === 4) {
      const items = ['exactmap']
      for (let j = 0, m = 1 + int(4); j < m; j++) items.push(memmapItem(e))
      if (chance(0.6)) words.push(`memmap=${items.join(',')}`)
      else for (const it of items) words.push(`memmap=${it}`)
    } else {
      const items = []
      for (let j = 0, m = 1 + (chance(0.3) ? int(3) : 0); j < m; j++) items.push(memmapItem(e))
      words.push(`memmap=${items.join(',')}`)
    }
  }
  if (chance(0.2)) words.splice(int(words.length + 1), 0, pick(['quiet', 'crashkernel=256M', 'console=ttyS0']))
  return words.join(' ')
}

for (let i = 0; i < cases; i++) {
  const l5 = chance(0.3) ? 1 : 0
  const e = table(l5)
  const text = chance(0.85) ? 16n * M : pick([2n * M * BigInt(1 + int(2047)), 4n * G + 2n * M * BigInt(int(1000)), 0x1000000n + below(G)])
  const end = text + 0x1c00000n + SZ_4K * BigInt(int(0x2000))
  const fw = e.map(([t, a, s]) => `${hex(t)}:${hex(a)}:${hex(s)}`).join(' ')
  console.log(`${l5};${hex(text)} ${hex(end)};${fw};${cmdline(e)}`)
}
