// SPDX-License-Identifier: GPL-2.0-only
/**
 * The cases of ../kernel-crashkernel-fixture.sh, one per line in harness.c's input format
 * (c RAM LOW CMDLINE, m STRING), on stdout. Deterministic: a fixed list of forms read off
 * the parsers' branches, then command lines and memparse() strings from a fixed-seed grammar
 * (the one of test/fuzz/crashkernel-diff.test.ts, re-expressed: number bases, unit letters,
 * 64-bit overflow, range lists around the RAM figure, ,high/,low/,cma and near-misses,
 * crashkernel= inside other parameters and quotes, several tokens, trailing junk).
 *
 * Usage: node cases.mjs [COMMAND_LINES] [MEMPARSE_STRINGS] [SEED]
 */
import { draws } from '../mulberry32.mjs'

const [nLines = 2400, nStrings = 800, seed = 0x6b636b66] = process.argv.slice(2).map(Number)

const { int, pick, chance } = draws(seed)

const M = 1n << 20n
const G = 1n << 30n
const SZ_128M = 128n * M
const hex = (v) => v.toString(16)
/** DEFAULT_CRASH_KERNEL_LOW_SIZE: arm64/riscv's 128M, x86's with the default 64M swiotlb (max(64M + 8M, 256M)), an odd one. */
const LOWS = [SZ_128M, 256n * M, 72n * M + 4096n]

function genRam() {
  switch (int(5)) {
    case 0: return BigInt(1 + int(64)) * G
    case 1: return BigInt(1 + int(256)) * SZ_128M + pick([-4096n, -1n, 1n, 4096n, -M, M])
    case 2: return BigInt(1 + int(64)) * G - pick([64n * M, 16n * M, 2n * M, 76n * M])
    case 3: return BigInt(int(1 << 30)) * 4096n + M
    default: return BigInt(pick([512, 768, 1024, 2048, 3072, 4096, 8192])) * M
  }
}

function genDigits(value) {
  const v = value ?? BigInt(pick([0, 1, 2, 16, 64, 128, 256, 384, 512, 1000, 1024, 2048, 4096, int(100000)]))
  switch (int(9)) {
    case 0: return '0x' + v.toString(16)
    case 1: return '0X' + v.toString(16).toUpperCase()
    case 2: return v === 0n ? '0' : '0' + v.toString(8)
    default: return v.toString(10)
  }
}

const UNITS = ['K', 'M', 'G', 'T', 'P', 'E', 'k', 'm', 'g', 't', 'p', 'e']
const OVERFLOW = [
  '18446744073709551615', '18446744073709551616', '99999999999999999999', '0xffffffffffffffff',
  '0x10000000000000000', '01777777777777777777777', '02000000000000000000000', '16E', '15E', '17179869184G',
  '17179869183G', '0x3ffffffffffffffK', '0x400000000000000K', '123456789012345678901234567890', '8E', '9223372036854775808',
  '0xfffffffffffffff0', '1152921504606846975', '1152921504606846976', '0x1000000000000000', '0xf000000000000001',
]
const ODD = ['', '0', '00', '0x', '0xg', '08', '09M', 'M', 'K', 'x', '-', '0x1e', '1e', '0b1', '+1', ' ', '1 ', '4G ', '0X', '0xG', '0x0x1', 'e', '0e']

function genSize(around) {
  const roll = int(20)
  if (roll === 0) return pick(OVERFLOW)
  if (roll === 1) return pick(ODD)
  if (around !== undefined && roll < 9) {
    const rounded = ((around + SZ_128M - 1n) / SZ_128M) * SZ_128M
    const v = pick([around, rounded, around - 1n, around + 1n, rounded - 1n, rounded + 1n, around - 4096n])
    if (v % G === 0n && chance(0.5)) return genDigits(v / G) + pick(['G', 'g'])
    if (v % M === 0n && chance(0.5)) return genDigits(v / M) + pick(['M', 'm'])
    return genDigits(v)
  }
  const unit = chance(0.8) ? pick(UNITS.slice(0, 4)) : chance(0.5) ? pick(UNITS) : ''
  return genDigits() + unit
}

function genRanges(ram) {
  const n = 1 + int(4)
  const entries = []
  for (let i = 0; i < n; i++) {
    const start = chance(0.3) ? '0' : genSize(ram)
    const end = chance(0.3) ? '' : genSize(ram)
    const size = genSize()
    let e = `${start}-${end}:${size}`
    switch (int(14)) {
      case 0: e = `${start}${end}:${size}`; break
      case 1: e = `${start}-${end}${size}`; break
      case 2: e = ''; break
      case 3: e = `${start}-${end}:`; break
      case 4: e = `${e}${pick(['x', 'B', 'MB', '@', '"', '-', ':'])}`; break
    }
    entries.push(e)
  }
  let r = entries.join(chance(0.9) ? ',' : pick([';', ',,', ', ']))
  if (chance(0.1)) r += ','
  if (chance(0.25)) r += '@' + (chance(0.8) ? genSize() : pick(['', 'x', '0x']))
  return r
}

const SUFFIXES = [',high', ',low', ',cma', ',HIGH', ',hig', ',high,low', ',low,high', ',cma,high', 'high', ',', ',high ', ',lowx', ',cm', 'low', ',high@0']

function genValue(ram) {
  switch (int(6)) {
    case 0:
    case 1: return genSize() + (chance(0.25) ? '@' + genSize() : '') + (chance(0.08) ? pick(['x', 'B', '@', ':', '"', ',']) : '')
    case 2:
    case 3: return genRanges(ram)
    case 4: return genSize() + pick(SUFFIXES.slice(0, 3)) + (chance(0.05) ? pick(['x', '@0', ':']) : '')
    default: return genSize() + (chance(0.3) ? '@' + genSize() : '') + pick(SUFFIXES)
  }
}

const NOISE = ['console=ttyS0,115200', 'quiet', 'root=/dev/vda1', 'mem=2G', 'ip=10.0.0.1:::255.0.0.0::eth0:off', 'a:b', 'rd.x=1-2:3', 'crashkernel', 'crashkernel:256M', 'kexec=1', 'x,high', 'y,low']

function genParam(ram) {
  const v = genValue(ram)
  switch (int(12)) {
    case 0: return `foo.crashkernel=${v}`
    case 1: return `xcrashkernel=${v}`
    case 2: return `foo="crashkernel=${v}"`
    case 3: return `"crashkernel=${v} bar"`
    case 4: return `CRASHKERNEL=${v}`
    case 5: return `crashkernel=crashkernel=${v}`
    default: return `crashkernel=${v}`
  }
}

function genCmdline(ram) {
  const words = []
  const n = 1 + int(4)
  for (let i = 0; i < n; i++) words.push(chance(0.75) ? genParam(ram) : pick(NOISE))
  if (chance(0.2)) words.splice(int(words.length + 1), 0, pick(NOISE))
  return words.join(chance(0.95) ? ' ' : pick(['  ', '\t']))
}

const out = []
const c = (ram, cmdline, low = SZ_128M) => out.push(`c ${hex(ram)} ${hex(low)} ${cmdline}`)

// The forms the parsers branch on, at 4G (rounds to itself) and just below it (5.10 does not round).
for (const ram of [4n * G, 4n * G - 4096n, 8n * G + 1n]) {
  for (const v of [
    '', '256M', '256M@16M', '256M@', '256M@x', '256M@0x', '256Mx', '256M ', '0', '0M', 'M', 'x', '4G', '8G', '16E', '17179869184G',
    '0-4G:128M,4G-:256M', '0-:0', '1G-:128M', '4G-4G:1M', '4G-3G:1M', '0-4G:128M,4G-:256M@16M', '0-4G:128M@', '0-4G:128M@x',
    '0-:', '0-1G', '0:1G', '-:1G', '0-x:1M', '0-4G:4G', '0-4G:8G', '0-1G:1M,1G-2G:2M', '0-1G:1M;1G-:2M', '0-1G:1M,,1G-:2M', '0-1G:1M,',
    '0-1G:1M 1G-:2M', '0-:1Mx@4M', '0-:1M,x', '2G-:1M@16M junk', '0-2G:0,2G-:0', '0-:0@16M',
    '1G,high', '1G,low', '1G,cma', '1G,high,low', '1G,HIGH', 'x,high', ',high', '1G,high@0', '1G,hig', '1G,highx', '0,high', '16E,high',
  ]) c(ram, `crashkernel=${v}`)
  for (const line of [
    'crashkernel=1G,high crashkernel=128M,low', 'crashkernel=1G,high crashkernel=0,low', 'crashkernel=1G,high crashkernel=x,low',
    'crashkernel=1G,high crashkernel=64M,cma', 'crashkernel=1G crashkernel=64M,cma', 'crashkernel=1G crashkernel=64M@0,cma',
    'crashkernel=1G crashkernel=x,cma', 'crashkernel=1G,high crashkernel=2G,high', 'crashkernel=junk crashkernel=1G,high',
    'crashkernel=256M crashkernel=512M', 'crashkernel=512M crashkernel=1G,high', 'foo.crashkernel=256M', 'foo="crashkernel=256M"',
    'crashkernel=crashkernel=256M', 'crashkernel=256M\tquiet', 'crashkernel=0-:256M\tquiet:1', 'crashkernel=64M,cma crashkernel=1G,high',
    'a=crashkernel=,high', 'crashkernel=', 'crashkernel=,low', 'crashkernel=,cma', 'xcrashkernel=1G,low', 'crashkernel=1G,lowcrashkernel=2G,low',
    // bytes beyond ASCII (the command line is bytes; a "%c" prints one of them)
    'crashkernel=256M\u00e9', 'crashkernel=1G,high\u00e9', 'crashkernel=0-:1G\u00e9', 'crashkernel=\u00e9', 'crashkernel=1G@\u00e9',
  ]) c(ram, line)
}
for (const low of LOWS) c(8n * G, 'crashkernel=1G,high', low)
// System RAM figures at the ends of u64: 0, and within 128M of 2^64 (roundup() wraps to 0 from 6.1).
for (const ram of [0n, 1n, 0xfffffffff8000000n, 0xfffffffff8000001n, 0xfffffffffffff000n, (1n << 64n) - 1n]) {
  for (const v of ['0-:1M', '1M-:1M', '0-1G:1M,1G-:2M', '0-:0', '1M', '0,high', '1G,high crashkernel=0x10000000000000000,low']) c(ram, `crashkernel=${v}`)
}

for (let i = 0; i < nLines; i++) {
  const ram = genRam()
  c(ram, genCmdline(ram), pick(LOWS))
}

const strings = ['', '0', '16E', '15E', '8E', '1e', '0x1e', 'M', 'k', '0x', '0xg', '08', '0X1f', '00', '077', '0778', '4096K@', '1 ', '0x10000000000000000K']
for (const o of OVERFLOW) for (const u of ['', 'K', 'M', 'G', 'T', 'P', 'E']) strings.push(o + u)
for (let i = 0; i < nStrings; i++) strings.push((chance(0.5) ? genSize() : pick(OVERFLOW) + pick(['', ...UNITS])) + pick(['', '', '@', ',', 'x', ' ']))
for (const m of strings) out.push(`m ${m}`)

process.stdout.write(out.join('\n') + '\n')
