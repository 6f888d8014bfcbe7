// SPDX-License-Identifier: GPL-2.0-only
/**
 * The configurations scripts/boots/random.sh boots: N draws from a fixed seed, so that the
 * set is configurations nobody picked by hand and yet the same every time it is made.
 * Prints one line per boot: `<arch> <release> <machine> <memory> <id> <command line…>`.
 *
 * What is drawn: the arch (arm64 on QEMU virt, amd64 on q35 or pc), a Debian build of it,
 * the RAM (odd sizes, sizes off a power of two, the range list's boundaries), and a command
 * line of the forms the kernel's crashkernel= parser reads (size, size@offset, range lists,
 * ,high with and without ,low, ,low alone, several crashkernel= tokens, malformed ones) and
 * of the other early parameters the model reads (mem=, memmap= on x86, nokaslr, rodata=,
 * kfence.sample_interval=, cma=, swiotlb=, no5lvl and nogbpages on x86, memblock=debug).
 *
 * Draws of the second kind (`kind` 2, the third draw on) also draw what the model learned to read
 * after the first two draws, each with a modest chance: `numa=off` and a bare `numa`, `rodata=`
 * junk (`rodata=xyz`, a bare `rodata`), `swiotlb=<slabs>,<areas>` on x86, `cma=` of odd sizes,
 * `crashkernel=…,cma` on the builds that read it (6.16 on), and a `mem=` just around the
 * crashkernel size. The first kind draws exactly what it drew before: the extra draws are made
 * only for kind 2, so seeds 20261202 and 4242 print the same lines as when their sets were made.
 *
 * Kind 3 draws the same as kind 2 on riscv64 alone (QEMU virt, Debian's 6.12.117 and 7.2.13,
 * the builds scripts/boots/common.sh has), offsets counted from its RAM base 0x80000000.
 *
 * Usage: node scripts/boots/random-configs.mjs [seed] [count] [tag] [kind]   (20261202, 40, r
 * and 1 unless given; the ids end in -<tag><NN>)
 */

const seed = Number(process.argv[2] ?? 20261202)
const count = Number(process.argv[3] ?? 40)
const tag = process.argv[4] ?? 'r'
const kind = Number(process.argv[5] ?? 1)

/** mulberry32: a small PRNG whose sequence depends on the seed alone. */
function prng(s) {
  let a = s >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rnd = prng(seed)
const pick = (xs) => xs[Math.floor(rnd() * xs.length)]
const chance = (p) => rnd() < p
const between = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1))

/** The builds whose packages the scripts have (scripts/boots/common.sh), arm64 7.2 left out (not cached when the set was made). */
const releases = {
  arm64: ['5.10', '6.1', '6.12', '6.16.3', '6.17.8', '6.18.5', '6.19.6', '7.0.4', '7.1.3', '7.3.4'],
  amd64: ['5.10', '6.12', '7.2', '6.16.3', '6.17.8', '6.18.5', '6.19.6', '7.0.4', '7.1.3', '7.3.4'],
  riscv64: ['6.12', '7.2'],
}

/** RAM in MiB: odd sizes, a MiB past a power of two or a GiB, and any size between 768M and 8G. */
function memoryMiB() {
  if (chance(0.5)) return pick([1537, 2049, 3077, 3073, 4097, 5121, 6144, 1024, 2048, 3072, 4096, 8192, 2815, 2816, 3583, 3584, 6149])
  return between(768, 8192)
}

const mib = (n) => (n === 0 ? '0' : n % 1024 === 0 ? `${n / 1024}G` : `${n}M`)
const sizeM = () => pick(['64M', '128M', '160M', '192M', '256M', '300M', '384M', '512M', '768M', '1G', '0x10000000', '96M'])

/** A crashkernel= range list, its boundaries around the RAM (one of them the RAM size itself, sometimes). */
function rangeList(mem) {
  const b = chance(0.5) ? mem : pick([1024, 2048, 3072, 4096, mem - 1, mem + 1])
  const a = Math.max(0, b - pick([512, 1024, 2048]))
  const parts = [`${mib(a)}-${mib(b)}:${pick(['128M', '192M', '256M'])}`, `${mib(b)}-:${pick(['256M', '384M', '512M'])}`]
  if (chance(0.3)) parts.unshift(`0-${mib(a)}:64M`)
  return parts.join(',') + (chance(0.2) ? `@${pick(['0x50000000', '0x60000000', '16M'])}` : '')
}

/** The crashkernel= tokens: one form, or several (the last plain one wins). */
function crashkernel(arch, mem) {
  const base = { arm64: 0x40000000, riscv64: 0x80000000 }[arch] ?? 0
  const form = pick(['size', 'size', 'offset', 'range', 'range', 'high', 'highlow', 'lowonly', 'several', 'malformed'])
  switch (form) {
    case 'size':
      return [`crashkernel=${sizeM()}`]
    case 'offset': {
      const off = base + pick([0x10000000, 0x20000000, 0x30000000, 0x21230000, 0x8000000, 0x48000000, 0x60000000])
      return [`crashkernel=${pick(['128M', '256M', '512M'])}@0x${off.toString(16)}`]
    }
    case 'range':
      return [`crashkernel=${rangeList(mem)}`]
    case 'high':
      return [`crashkernel=${pick(['256M', '512M', '1G', '768M'])},high`]
    case 'highlow':
      return [`crashkernel=${pick(['256M', '512M', '1G'])},high`, `crashkernel=${pick(['0', '64M', '128M', '200M'])},low`]
    case 'lowonly':
      return [`crashkernel=${pick(['64M', '128M'])},low`]
    case 'several':
      return [`crashkernel=${sizeM()}`, ...(chance(0.5) ? [`crashkernel=${pick(['512M', '256M'])},high`] : []), `crashkernel=${sizeM()}`]
    default:
      return [`crashkernel=${pick(['abc', '256M@', '1G-:', '256Mx', '0', '256M,hig', '1G-2G:128M,2G', '-1', '256M@0x123'])}`]
  }
}

/** The other early parameters, each drawn or not. */
function others(arch, mem) {
  const o = []
  if (chance(0.15)) o.push(`mem=${mib(Math.max(1024, mem - pick([256, 512, 1000, 1024])))}`)
  if (arch === 'amd64' && chance(0.2)) o.push(`memmap=${pick(['64M', '128M', '256M'])}$0x${pick([0x30000000, 0x48000000, 0x60000000, 0x123400000]).toString(16)}`)
  if (chance(0.25)) o.push(`rodata=${pick(['on', 'off', 'full', 'noalias'])}`)
  if (chance(0.2)) o.push(`kfence.sample_interval=${pick(['0', '100', '500'])}`)
  if (chance(0.2)) o.push(`cma=${pick(['32M', '64M', '128M', '64M@0-4G', '16M@0x50000000-0x60000000'])}`)
  if (chance(0.2)) o.push(`swiotlb=${pick(['32768', '65536', '131072,force', 'noforce', '16384'])}`)
  if (arch === 'amd64' && chance(0.2)) o.push('no5lvl')
  if (arch === 'amd64' && chance(0.2)) o.push('nogbpages')
  return kind >= 2 ? [...o, ...learned(arch)] : o
}

/** The parameters the model learned after the first two draws (kind 2 only), each drawn or not. */
function learned(arch) {
  const o = []
  if (chance(0.15)) o.push(pick(['numa=off', 'numa']))
  if (chance(0.15)) o.push(pick(['rodata=xyz', 'rodata', 'rodata=1', 'rodata=Off']))
  if (arch === 'amd64' && chance(0.2)) o.push(`swiotlb=${pick(['32768,2', '65536,4', '16384,1', '65536,8,force', '131072,3'])}`)
  if (chance(0.15)) o.push(`cma=${pick(['17M', '1M', '100M', '33M@0-4G', '0', '4097K', '255M'])}`)
  return o
}

/** The 6.16 and later builds, which read crashkernel=…,cma (parse_crashkernel()'s ,cma suffix came in 6.16). */
const readsCma = (release) => {
  const [major, minor] = release.split('.').map(Number)
  return major > 6 || (major === 6 && minor >= 16)
}

/** A crashkernel=…,cma token (kind 2, 6.16 on), or none. */
function cmaToken(release) {
  return readsCma(release) && chance(0.3) ? [`crashkernel=${pick(['64M', '128M', '256M', '100M', '1G'])},cma`] : []
}

/** The size in MiB a crashkernel= token list asks for plainly (the last plain size token), or 256. */
function plainSizeMiB(tokens) {
  const m = tokens.map((t) => /^crashkernel=(\d+)([MG])(?:,high)?$/.exec(t)).filter(Boolean).at(-1)
  return m ? Number(m[1]) * (m[2] === 'G' ? 1024 : 1) : 256
}

for (let i = 1; i <= count; i++) {
  const arch = kind === 3 ? 'riscv64' : pick(['arm64', 'amd64'])
  const release = pick(releases[arch])
  const machine = arch === 'amd64' ? pick(['q35', 'pc']) : 'virt'
  const mem = memoryMiB()
  const line = [...(chance(0.85) ? ['nokaslr'] : []), ...(chance(0.6) ? ['memblock=debug'] : []), ...others(arch, mem), ...crashkernel(arch, mem)]
  if (kind >= 2) {
    line.push(...cmaToken(release))
    // mem= just around the crashkernel size: the reservation fits, only just, or not at all.
    if (chance(0.12)) line.unshift(`mem=${mib(Math.max(384, plainSizeMiB(line) + pick([-64, 0, 1, 64, 160, 256])))}`)
  }
  const id = `${arch}-${release}-${machine}-${mib(mem)}-${tag}${String(i).padStart(2, '0')}`
  console.log([arch, release, machine, mib(mem), id, ...line].join(' '))
}
