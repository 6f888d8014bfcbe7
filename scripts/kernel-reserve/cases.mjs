// SPDX-License-Identifier: GPL-2.0-only
/**
 * The cases of test/fixtures/kernel-reserve.json.gz, in the input format of harness.c
 * (ARCH LOWLIMIT PABITS SWIOTLB|PAGE;OP;...|CMDLINE), one per line on stdout. Deterministic:
 * a few written-out cases, then random ones from mulberry32 (../mulberry32.mjs) with a fixed
 * seed, the three architectures in turn.
 *
 * A memblock state is one to three memory banks where the architecture has them (x86_64: the
 * low 640K, from 1M up to 4G, from 4G; arm64: anywhere from 0; riscv64: mostly from 2G), reserved
 * regions (small ones such as the kernel image, large ones, ones across the low limit, the
 * 4G line or a bank's edge) and, on arm64 and riscv64, a nomap region. The low limit is, on
 * arm64, arm64_dma_phys_limit (1G, 4G, the end of a 32-bit DRAM, or PHYS_MASK + 1 without DMA
 * zones), on riscv64 dma32_phys_limit (min(4G, end of DRAM) as setup_bootmem() sets it, now
 * and then another). A command line has up to three crashkernel= tokens: sizes around the
 * memory (0, unaligned, all of RAM and more), X@Y with Y on a bank, a reservation's edge, an
 * unaligned or a wrapping offset, ranges, ,high, ,low and ,cma, and malformed values; x86_64
 * lines may carry swiotlb= (whose size is the case's SWIOTLB; otherwise 64M, IO_TLB_DEFAULT_SIZE).
 *
 * Usage: node scripts/kernel-reserve/cases.mjs [cases [seed]]
 */
import { draws } from '../mulberry32.mjs'

const cases = Number(process.argv[2] ?? 1500)
const { int, pick, chance } = draws(Number(process.argv[3] ?? 0x7265_7372))
const hex = (v) => v.toString(16)

const K = 1n << 10n
const M = 1n << 20n
const G = 1n << 30n
const IO_TLB_DEFAULT_SIZE = 64n * M

/** Sizes written the ways the kernel's memparse() reads them. */
function sizeText(v) {
  if (v === 0n) return '0'
  if (v % G === 0n && chance(0.7)) return `${v / G}G`
  if (v % M === 0n && chance(0.7)) return `${v / M}M`
  return chance(0.5) ? `0x${hex(v)}` : v.toString()
}

/** Cases written out first, whatever the seed. */
const PINNED = [
  // riscv64 6.12/7.2, crashkernel=512M on 1 GiB at 2G where no 512M is free: LOW (dma32_phys_limit,
  // the end of DRAM) is HIGH, [0, LOW) fails, and the fallback [LOW, HIGH) ends at LOW again:
  // `goto retry` for ever. ,high on the same board stops (the 6.12 LOW == HIGH guard).
  'riscv64 c0000000 0 4000000|1000;add 80000000 40000000;reserve 80200000 1600000;reserve a0000000 1000000|crashkernel=512M',
  'riscv64 c0000000 0 4000000|1000;add 80000000 40000000;reserve 80200000 1600000;reserve a0000000 1000000|crashkernel=512M,high',
  // arm64 without DMA zones (LOW = PHYS_MASK + 1 = HIGH): the same loop for plain X.
  'arm64 1000000000000 48 4000000|1000;add 40000000 c0000000;reserve 40200000 2000000;reserve a0000000 1000000|crashkernel=2G',
  // ,high with no memory above LOW: the fallback to [0, LOW).
  'arm64 100000000 48 4000000|1000;add 40000000 c0000000;reserve 40200000 2000000|crashkernel=2G,high',
  'x86_64 0 0 4000000|1000;add 1000 9e000;add 100000 bff00000;add 100000000 40000000;reserve 1000000 3000000|crashkernel=512M,high',
]

function memoryOf(arch) {
  const banks = []
  if (arch === 'x86_64') {
    if (chance(0.8)) banks.push([0x1000n, 0x9e000n])
    const low = pick([256n * M, 512n * M, 1n * G, 2n * G, 3n * G - 64n * M, 3n * G + 512n * M, 4n * G - M])
    // The end of the e820 RAM below 4G, as firmware leaves it (ACPI tables above, not page-rounded to 2M).
    banks.push([M, low - M - pick([0n, 0n, 0x21000n, 16n * M])])
    if (chance(0.6)) banks.push([4n * G, pick([512n * M, 1n * G, 4n * G, 16n * G, 60n * G])])
  } else if (arch === 'arm64') {
    let at = pick([0n, 0n, 0x4000_0000n, 0x8000_0000n, 0x1_0000_0000n, 0x8_0000_0000n])
    for (let i = 1 + int(3); i > 0; i--) {
      const size = pick([128n * M, 256n * M, 512n * M, 1n * G, 1n * G - 2n * M, 2n * G, 3n * G, 4n * G, 0xf7e0_0000n, 8n * G])
      banks.push([at, size])
      at += size + pick([0n, 0n, 64n * M, 1n * G, 4n * G])
    }
  } else {
    // Mostly at 2G (QEMU virt, SiFive, StarFive), else at 1G (Allwinner D1) or above 4G.
    let at = pick([0x8000_0000n, 0x8000_0000n, 0x8000_0000n, 0x4000_0000n, 0x1_0000_0000n, 0x10_0000_0000n])
    for (let i = 1 + int(2); i > 0; i--) {
      const size = pick([256n * M, 512n * M, 1n * G, 1n * G, 2n * G - 2n * M, 2n * G, 4n * G, 8n * G])
      banks.push([at, size])
      at += size + pick([0n, 0n, 1n * G, 4n * G])
    }
  }
  return banks
}

function oneCase(arch) {
  const page = arch === 'arm64' ? pick([0x1000n, 0x1000n, 0x4000n, 0x10000n]) : 0x1000n
  const banks = memoryOf(arch)
  const start = banks[0][0]
  const end = banks.at(-1)[0] + banks.at(-1)[1]
  const ram = banks.reduce((s, b) => s + b[1], 0n)
  const ops = banks.map(([b, s]) => `add ${hex(b)} ${hex(s)}`)

  let low = 0n
  let pabits = 0
  if (arch === 'arm64') {
    pabits = pick([48, 48, 48, 52])
    low = pick([G, 4n * G, 4n * G, end < 4n * G ? end : 4n * G, 1n << BigInt(pabits)])
  } else if (arch === 'riscv64') low = chance(0.9) ? (end < 4n * G ? end : 4n * G) : pick([4n * G, 3n * G])
  const lowWindow = arch === 'x86_64' ? 4n * G : low

  /** Addresses where things line up: bank edges, the low limit, the 4G line, reserved edges. */
  const points = [start, end, lowWindow, 4n * G, ...banks.flatMap(([b, s]) => [b, b + s])]
  const reserve = (b, s) => {
    ops.push(`reserve ${hex(b)} ${hex(s)}`)
    points.push(b, b + s)
  }
  // The kernel image, near the start of a bank.
  if (chance(0.85)) {
    const [b] = pick(banks)
    reserve(b + pick([0n, 2n * M, 16n * M, 0x200000n]), pick([30n * M, 48n * M, 0x1a3f000n]))
  }
  for (let i = int(5); i > 0; i--) {
    const at = pick(points) + pick([0n, 0n, -M, -64n * M, -512n * M, 16n * M, 4096n]) * (chance(0.5) ? 1n : -1n)
    if (at < 0n) continue
    reserve(at, pick([64n * K, 2n * M, 30n * M, 256n * M, 1n * G, 3n * G]))
  }
  if (arch !== 'x86_64' && chance(0.2)) {
    const [b, s] = pick(banks)
    ops.push(`mark_nomap ${hex(b + (s / 2n & ~(M - 1n)))} ${hex(pick([2n * M, 64n * M, 512n * M]))}`)
  }

  const size = () => {
    switch (int(12)) {
      case 0:
        return pick([ram, ram - 4096n, ram + G, (ram / 2n) & ~(M - 1n)])
      case 1:
        // Unaligned, and within a page or 2M of 2^64 (PAGE_ALIGN() wraps to 0 where no
        // size check stops it first).
        return pick([0x1000001n, 100n * M + 4096n, 1n, 4095n, 0xffff_ffff_ffff_f001n, 0xffff_ffff_ffe0_0001n, (1n << 64n) - 1n])
      case 2:
        return 0n
      default:
        return pick([16n * M, 64n * M, 128n * M, 256n * M, 256n * M, 512n * M, 512n * M, 1n * G, 2n * G, 4n * G, 8n * G])
    }
  }
  const offset = () => {
    switch (int(8)) {
      case 0:
        return pick([0x1000n, 0x100000n, 0x200000n + 0x1000n, 17n * M])
      case 1:
        return pick([0xffff_ffff_f000_0000n, 1n << 48n, end])
      default: {
        const p = pick(points) + pick([0n, 0n, 0n, -256n * M, 16n * M, 2n * M])
        return p > 0n ? p : 16n * M
      }
    }
  }
  const token = () => {
    switch (int(20)) {
      case 0:
      case 1:
      case 2:
      case 3:
      case 4:
        return `crashkernel=${sizeText(size())}`
      case 5:
      case 6:
      case 7:
        return `crashkernel=${sizeText(size())}@${sizeText(offset())}`
      case 8:
      case 9:
      case 10:
        return `crashkernel=${sizeText(size())},high`
      case 11:
      case 12:
        return `crashkernel=${sizeText(pick([0n, 64n * M, 128n * M, 256n * M, 512n * M, 4n * G, size()]))},low`
      case 13:
        return `crashkernel=${pick(['0-2G:64M,2G-:512M', '512M-2G:128M,2G-:256M', '1G-:1G@0x80000000', '0-:256M', '0-1G:0,1G-:1G', '0-:16G'])}`
      case 14:
        return `crashkernel=${sizeText(size())},cma`
      case 15:
        return `crashkernel=${pick(['junk', '64Mx', '256M@', ',high', 'x,low', '1G,hig', '0x', '-1', '256M@x', '1G,high,low', '16E', '16E,high', '17179869184G@16M'])}`
      default:
        return `crashkernel=${sizeText(size())}${chance(0.3) ? `@${sizeText(offset())}` : ''}`
    }
  }
  const words = []
  if (chance(0.5)) words.push(pick(['console=ttyS0,115200', 'quiet', 'root=/dev/vda1 ro']))
  if (chance(0.12)) {
    // ,high with ,low and no plain token (arm64 6.1 reserves a low part only for an explicit ,low).
    words.push(`crashkernel=${sizeText(pick([256n * M, 512n * M, 1n * G, 2n * G]))},high`, `crashkernel=${sizeText(pick([0n, 64n * M, 128n * M, 256n * M]))},low`)
  } else {
    const n = chance(0.05) ? 0 : 1 + int(chance(0.6) ? 1 : 3)
    for (let i = 0; i < n; i++) words.push(token())
  }
  let swiotlb = IO_TLB_DEFAULT_SIZE
  if (arch === 'x86_64' && chance(0.2)) {
    // swiotlb=N slabs of 2K, N a multiple of IO_TLB_SEGSIZE (128): every generation's
    // setup_io_tlb_npages() keeps it, and swiotlb_size_or_default() is N * 2K.
    const slabs = pick([32768n, 65536n, 131072n, 262144n, 16384n])
    swiotlb = slabs * 2048n
    words.splice(int(words.length + 1), 0, `swiotlb=${slabs}`)
  }
  return `${arch} ${hex(low)} ${pabits} ${hex(swiotlb)}|${[hex(page), ...ops].join(';')}|${words.join(' ')}`
}

const out = PINNED.slice(0, cases)
const ARCHES = ['x86_64', 'arm64', 'riscv64']
for (let i = out.length; i < cases; i++) out.push(oneCase(ARCHES[i % 3]))
process.stdout.write(`${out.join('\n')}\n`)
