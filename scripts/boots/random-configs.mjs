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
 * Kind 10 draws as kind 3 from trixie-backports' riscv64 6.16.3, 6.17.8, 7.0.4 and 7.1.3.
 * Kind 13 draws as kind 2 on amd64 alone, from Ubuntu's builds of 5.11 – 7.0 (ubuntuAmd64).
 * Kind 11 draws riscv64 under UEFI firmware (riscvEfiDraws()), kind 12 riscv64 with the DT
 * edits of kind 4 (dtDraws(): /reserved-memory and /memreserve/, not the memory split or
 * /aliases; the oracle's riscv64 builds and trixie-backports').
 *
 * Kind 5 draws NUMA machines (numaDraws() below says what), kind 6 arm64 under UEFI firmware
 * with ACPI (efiDraws()), kind 7 amd64 under UEFI firmware (ovmfDraws()), kind 8 Debian's
 * 16K-page arm64 builds (sixteenKDraws()), kind 9 NUMA machines as kind 5 with a `mem=` that
 * cuts the last nodes off (numaDraws() too).
 *
 * Usage: node scripts/boots/random-configs.mjs [seed] [count] [tag] [kind]   (20261202, 40, r
 * and 1 unless given; the ids end in -<tag><NN>)
 */
import { readFileSync } from 'node:fs'
import { mulberry32 } from '../mulberry32.mjs'

const seed = Number(process.argv[2] ?? 20261202)
const count = Number(process.argv[3] ?? 40)
const tag = process.argv[4] ?? 'r'
const kind = Number(process.argv[5] ?? 1)

const rnd = mulberry32(seed)
const pick = (xs) => xs[Math.floor(rnd() * xs.length)]
const chance = (p) => rnd() < p
const between = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1))

/** The builds whose packages the scripts have (scripts/boots/common.sh), arm64 7.2 left out (not cached when the set was made). */
const releases = {
  arm64: ['5.10', '6.1', '6.12', '6.16.3', '6.17.8', '6.18.5', '6.19.6', '7.0.4', '7.1.3', '7.3.4'],
  amd64: ['5.10', '6.12', '7.2', '6.16.3', '6.17.8', '6.18.5', '6.19.6', '7.0.4', '7.1.3', '7.3.4'],
  riscv64: ['6.12', '7.2'],
}
/** Ubuntu's amd64 builds (kind 13; test/boots/ubuntu), one per series from 5.11 to 7.0. */
const ubuntuAmd64 = ['5.11.0-46-generic', '5.13.0-52-generic', '5.14.0-1059-oem', '5.15.0-204-generic', '5.17.0-1035-oem', '5.19.0-50-generic', '6.0.0-1021-oem', '6.1.0-1036-oem', '6.2.0-39-generic', '6.5.0-45-generic', '6.8.0-151-generic', '6.11.0-29-generic', '6.14.0-37-generic', '6.17.0-42-generic', '7.0.0-44-generic']
/** trixie-backports' riscv64 builds (kind 10), added after the kind-3 draws (which keep theirs). */
const riscv64Backports = ['6.16.3', '6.17.8', '7.0.4', '7.1.3']

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

/**
 * Kind 4: arm64 alone, on QEMU virt, with random edits of the DT QEMU makes (the draws of
 * scripts/boots/random-dt.sh). Kernels: the oracle's four and trixie-backports' 6.16.3 – 7.3.4;
 * always `nokaslr memblock=debug`; RAM of 1 – 8 GiB; crashkernel= as crashkernel() draws it
 * (with `,cma` on 6.16 on, and `cma=` sometimes); and the DT edits: /reserved-memory nodes
 * (static ones with `reg`, no-map or not; reusable shared-dma-pools, sometimes the
 * `linux,cma-default` one; dynamic ones with a size, sometimes an alignment and alloc-ranges,
 * sometimes no-map; now and then a static node over another one or outside RAM), /memreserve/
 * entries, an /aliases node (serialN, ethernetN, a two-digit id, one without an id), and
 * sometimes the memory node split in two around a hole. Each line is followed by nothing
 * else: `… 4 edit <id>` reads QEMU's DT source on stdin and prints the edited source of that
 * boot, and `… 4 describe <id>` one line saying what the edit adds.
 */
const RAM_BASE = kind === 12 ? 0x80000000 : 0x40000000
/**
 * QEMU virt's Image, initrd and DTB lie below 0x48300000 on arm64: nothing is put below this.
 * On riscv64 (kind 12) OpenSBI, the kernel and QEMU 7.2's initrd (0x88200000) lie below
 * 0x90000000, and the DT 2 MiB under 3 GiB (riscvDtWindow).
 */
const ABOVE_IMAGES = kind === 12 ? 0x90000000 : 0x50000000
/** riscv64: QEMU 7.2 puts the DT at the 2 MiB under min(end of RAM, 3 GiB); static nodes keep out of it. */
const riscvDtWindow = (mem) => {
  const top = Math.min(RAM_BASE + mem * MiB, 0xc0000000)
  return [top - 2 * MiB, top]
}
const MiB = 0x100000
const hex = (n) => `0x${n.toString(16)}`
/** Two cells each for an address and a size (QEMU's #address-cells and #size-cells). */
const cells = (...ns) => ns.map((n) => `${hex(Math.floor(n / 2 ** 32))} ${hex(n % 2 ** 32)}`).join(' ')

/** A reserved-memory size: powers of two, odd MiB, and sizes off a page or a MiB. */
const resSize = () => pick([MiB, 2 * MiB, 4 * MiB, 8 * MiB, 16 * MiB, 32 * MiB, 64 * MiB, 3 * MiB, 24 * MiB, 0x10000, 0x3000, 0x180000, 5 * MiB + 0x1000])
/** An address in RAM above the boot loader's images, aligned to 4K, 64K, 1M or 2M. */
function ramAddress(mem, size) {
  const align = pick([0x1000, 0x10000, MiB, 2 * MiB])
  const top = RAM_BASE + mem * MiB - size
  const at = Math.floor((ABOVE_IMAGES + rnd() * (top - ABOVE_IMAGES)) / align) * align
  if (kind !== 12) return at
  // Below QEMU's DT where it would overlap it.
  const [lo, hi] = riscvDtWindow(mem)
  return at < hi && at + size > lo ? Math.floor((lo - size) / align) * align : at
}

function drawDt(mem) {
  const end = RAM_BASE + mem * MiB
  const dt = { memory: undefined, memreserve: [], nodes: [], aliases: [] }
  // The memory node split around a hole inside the RAM QEMU has, above the images (arm64).
  if (kind !== 12 && chance(0.3)) {
    const start = RAM_BASE + between(256, Math.max(256, mem - 384)) * MiB + pick([0, 0, 0x10000, 0x200000])
    const size = Math.min(pick([2 * MiB, 16 * MiB, 64 * MiB, 256 * MiB, 1024 * MiB, MiB + 0x10000]), end - start - 128 * MiB)
    if (size > 0) dt.memory = [[RAM_BASE, start - RAM_BASE], [start + size, end - start - size]]
  }
  if (chance(0.35)) {
    const n = between(1, 3)
    for (let i = 0; i < n; i++) {
      const size = chance(0.1) ? 0 : pick([0x1000, 0x10000, MiB, 2 * MiB, 0x3000])
      dt.memreserve.push([ramAddress(mem, Math.max(size, 0x1000)), size])
    }
  }
  if (chance(0.85)) {
    const n = between(1, 4)
    let cmaDefault = false
    for (let i = 0; i < n; i++) {
      const kind = pick(['static', 'static', 'reusable', 'dynamic', 'dynamic', 'dynamic'])
      const size = resSize()
      const node = { name: `${kind === 'static' ? 'fw' : 'pool'}${i}`, props: [] }
      if (kind === 'static') {
        node.reg = [ramAddress(mem, size), size]
        if (chance(0.5)) node.props.push('no-map;')
      } else {
        const dynamic = kind === 'dynamic' || chance(0.5)
        if (kind === 'reusable' || chance(0.6)) node.props.push('compatible = "shared-dma-pool";')
        if (kind === 'reusable') {
          node.props.push('reusable;')
          if (!cmaDefault && chance(0.4)) {
            node.props.push('linux,cma-default;')
            cmaDefault = true
          }
        }
        const big = kind === 'reusable' ? pick([4 * MiB, 16 * MiB, 32 * MiB, 64 * MiB, 128 * MiB, 6 * MiB]) : size
        if (dynamic) {
          node.props.push(`size = <${cells(big)}>;`)
          if (chance(0.5)) node.props.push(`alignment = <${cells(pick([0x10000, MiB, 2 * MiB, 4 * MiB, 16 * MiB, 64 * MiB]))}>;`)
          if (chance(0.4)) {
            const ranges = []
            for (let k = between(1, 2); k > 0; k--) {
              const lo = RAM_BASE + pick([0, 256, 512, 1024, 2048, 3072]) * MiB
              if (lo >= end) continue
              ranges.push(lo, Math.min(pick([256, 512, 1024]) * MiB, end - lo))
            }
            if (ranges.length > 0) node.props.push(`alloc-ranges = <${cells(...ranges)}>;`)
          }
        } else node.reg = [ramAddress(mem, big), big]
        if (kind === 'dynamic' && chance(0.3)) node.props.push('no-map;')
      }
      dt.nodes.push(node)
    }
    // Now and then a static node over another static one, or outside the RAM.
    if (chance(0.3)) {
      const over = dt.nodes.find((x) => x.reg)
      const size = pick([MiB, 2 * MiB, 0x10000])
      const base = over && chance(0.5) ? over.reg[0] + Math.floor(over.reg[1] / 2 / 0x1000) * 0x1000 : chance(0.5) ? end + pick([0, 256 * MiB, 4096 * MiB]) : RAM_BASE - 0x10000000
      dt.nodes.push({ name: 'extra', reg: [base, size], props: chance(0.5) ? ['no-map;'] : [] })
    }
    for (const node of dt.nodes) if (node.reg) node.name += `@${node.reg[0].toString(16)}`
  }
  // The pl011 keeps id 0 (serial0, or no serial alias): pl011_probe() takes its line from the
  // serial alias, and the console is ttyAMA0. (arm64 only.)
  if (kind !== 12 && chance(0.5)) {
    const pool = [
      ['serial0', '/pl011@9000000'], ['serial1', '/virtio_mmio@a000400'], ['serial3', '/virtio_mmio@a000600'],
      ['ethernet0', '/virtio_mmio@a000000'], ['ethernet1', '/virtio_mmio@a000200'],
      ['serial12', '/virtio_mmio@a000800'], ['gpio10', '/pl061@9030000'], ['rtc27', '/pl031@9010000'],
      ['mmc', '/pl011@9000000'], ['rtc', '/pl031@9010000'],
    ]
    const ids = [pick(pool.slice(0, 3)), pick(pool.slice(3, 5)), pick(pool.slice(5, 8)), pick(pool.slice(8))]
    dt.aliases = ids.filter(() => chance(0.8))
    if (dt.aliases.length === 0) dt.aliases = [ids[0]]
  }
  return dt
}

/** The edited DT source: /memreserve/ after the header, the memory node replaced, the nodes before the root's end. */
function editDts(dts, dt) {
  let out = dts
  if (dt.memreserve.length > 0) out = out.replace('/dts-v1/;\n', `/dts-v1/;\n\n${dt.memreserve.map(([a, s]) => `/memreserve/ ${hex(a)} ${hex(s)};`).join('\n')}\n`)
  if (dt.memory) {
    const node = /\tmemory@40000000 \{[^}]*\};\n/
    if (!node.test(out)) throw new Error('no memory@40000000 node')
    out = out.replace(node, dt.memory.map(([a, s]) => `\tmemory@${a.toString(16)} {\n\t\treg = <${cells(a, s)}>;\n\t\tdevice_type = "memory";\n\t};\n`).join('\n'))
  }
  const added = []
  if (dt.nodes.length > 0) {
    added.push('\treserved-memory {', '\t\t#address-cells = <0x02>;', '\t\t#size-cells = <0x02>;', '\t\tranges;')
    for (const n of dt.nodes) added.push(`\t\t${n.name} {${n.reg ? ` reg = <${cells(...n.reg)}>;` : ''}${n.props.map((p) => ` ${p}`).join('')} };`)
    added.push('\t};')
  }
  if (dt.aliases.length > 0) added.push('\taliases {', ...dt.aliases.map(([k, v]) => `\t\t${k} = "${v}";`), '\t};')
  const close = out.lastIndexOf('};')
  return `${out.slice(0, close)}${added.map((l) => `${l}\n`).join('')}${out.slice(close)}`
}

/** One line saying what a boot's edit adds. */
function describeDt(dt) {
  const parts = []
  if (dt.memory) parts.push(`memory ${dt.memory.map(([a, s]) => `${hex(a)}+${hex(s)}`).join(', ')}`)
  if (dt.memreserve.length > 0) parts.push(`/memreserve/ ${dt.memreserve.map(([a, s]) => `${hex(a)}+${hex(s)}`).join(', ')}`)
  for (const n of dt.nodes) parts.push(`${n.name}${n.reg ? ` (${hex(n.reg[1])})` : ''} {${n.props.map((p) => p.replace(/;$/, '').replace(/ = </, '=<').replace(/"/g, '')).join('; ')}}`)
  if (dt.aliases.length > 0) parts.push(`aliases ${dt.aliases.map(([k]) => k).join(' ')}`)
  return parts.join('; ') || 'none'
}

/** The builds kind 4 draws from (scripts/boots/common.sh has them all). */
const dtReleases = ['5.10', '6.1', '6.12', '7.2', '6.16.3', '6.17.8', '6.18.5', '6.19.6', '7.0.4', '7.1.3', '7.3.4']

function dtDraws() {
  const [mode, which] = process.argv.slice(6)
  const arch = kind === 12 ? 'riscv64' : 'arm64'
  for (let i = 1; i <= count; i++) {
    const release = pick(kind === 12 ? [...releases.riscv64, ...riscv64Backports] : dtReleases)
    const mem = chance(0.5) ? pick([1025, 1537, 2049, 3077, 3073, 4097, 5121, 6149, 2815, 3583, 4096, 8192, 2048]) : between(1024, 8192)
    const line = ['nokaslr', 'memblock=debug']
    if (chance(0.15)) line.push(`cma=${pick(['32M', '64M', '17M', '16M@0x50000000-0x60000000'])}`)
    line.push(...crashkernel(arch, mem), ...cmaToken(release))
    const dt = drawDt(mem)
    const id = `${arch}-${release}-virt-${mib(mem)}-${tag}${String(i).padStart(2, '0')}`
    if (mode === undefined) console.log([arch, release, 'virt', mib(mem), id, ...line].join(' '))
    else if (id === which && mode === 'edit') process.stdout.write(editDts(readFileSync(0, 'utf8'), dt))
    else if (id === which && mode === 'describe') console.log(describeDt(dt))
  }
}

/**
 * Kind 5: NUMA machines (the draws of scripts/boots/random-numa.sh). The arch (arm64 on QEMU
 * virt, amd64 on q35 or pc, riscv64 on virt now and then), a build of it (dtReleases on arm64,
 * the amd64 and riscv64 lists above), 2 – 4 nodes (riscv64: 2) of drawn sizes (any MiB, some of them small,
 * 256 – 768 MiB; 2 – 8 GiB in all), each node's RAM its own memory backend; as many CPUs as
 * nodes or fewer (CPU i on node i: the nodes past the CPUs hold memory only; riscv64's virt
 * makes each node a socket and wants a CPU on each, so there every node has one); sometimes a
 * full `-numa dist` table; always `nokaslr memblock=debug`, crashkernel= as crashkernel() draws
 * it (with `,cma` on 6.16 on), sometimes `cma=` and `numa=off`; kind 9 also a `mem=` (below).
 * No node is CPU-only (memory-less):
 * a board's banks describe only nodes with memory (test/boots/riscv64-numa/README.md). Prints
 * `<arch> <release> <machine> <memory> <id> <node sizes, comma-separated> <cpus> <distances
 * src:dst:val,… or -> <command line…>`.
 */
function numaDraws() {
  for (let i = 1; i <= count; i++) {
    const arch = chance(0.15) ? 'riscv64' : pick(['arm64', 'amd64'])
    const release = pick(arch === 'arm64' ? dtReleases : releases[arch])
    const machine = arch === 'amd64' ? pick(['q35', 'pc']) : 'virt'
    // QEMU 7.2's riscv virt aborts with more than two sockets (nodes): "Property
    // 'riscv.sifive.plic.unnamed-gpio-out[2]' not found".
    const nodes = arch === 'riscv64' ? 2 : between(2, 4)
    const total = chance(0.4) ? pick([2048, 2049, 3073, 4096, 4097, 6149, 8192, 5121]) : between(2048, 8192)
    const sizes = []
    let left = total
    for (let n = 0; n < nodes - 1; n++) {
      const room = left - 256 * (nodes - 1 - n)
      sizes.push(chance(0.35) ? between(256, Math.min(768, room)) : between(256, Math.min(room, Math.floor((2 * left) / (nodes - n)))))
      left -= sizes[n]
    }
    sizes.push(left)
    const cpus = arch === 'riscv64' || chance(0.6) ? nodes : between(1, nodes)
    const dist = []
    if (chance(0.35)) for (let a = 0; a < nodes; a++) for (let b = a + 1; b < nodes; b++) dist.push(`${a}:${b}:${between(11, 40)}`)
    const line = ['nokaslr', 'memblock=debug']
    if (chance(0.15)) line.push(`cma=${pick(['32M', '64M', '17M', '128M'])}`)
    if (chance(0.15)) line.push('numa=off')
    // Kind 9: mem= of the RAM up to the end of a node but the last (that node and those above
    // it cut off whole) or anywhere inside the last two nodes (one cut in part); mem= counts
    // RAM on arm64 and riscv64 and is an address on x86, so on amd64 it lands elsewhere.
    if (kind === 9) {
      const ends = sizes.slice(0, -1).map((_, n) => sizes.slice(0, n + 1).reduce((a, b) => a + b, 0))
      const at = chance(0.5) ? pick(ends) : between(total - sizes.at(-1) - sizes.at(-2) + 1, total - 1)
      line.push(`mem=${mib(at)}`)
    }
    line.push(...crashkernel(arch, total), ...cmaToken(release))
    const id = `${arch}-${release}-${machine}-${mib(total)}-${sizes.map(mib).join('+')}-${tag}${String(i).padStart(2, '0')}`
    console.log([arch, release, machine, mib(total), id, sizes.map(mib).join(','), cpus, dist.join(',') || '-', ...line].join(' '))
  }
}

/**
 * Kind 6: arm64 on QEMU virt under UEFI firmware with ACPI tables (the draws of
 * scripts/boots/random-efi.sh): EDK2's QEMU_EFI.fd starts the kernel through its EFI stub, so
 * the memory map, the firmware's reservations and where the Image lands are the firmware's.
 * Kernels: releases.arm64 (the oracle's 5.10, 6.1, 6.12 and trixie-backports' 6.16.3 –
 * 7.3.4); RAM of 1 – 8 GiB, odd sizes half the time; one CPU or two; always `nokaslr
 * memblock=debug` (nokaslr: the stub would place the Image at random, random-dt.sh says why
 * that is left out); crashkernel= as crashkernel() draws it (with `,cma` on 6.16 on); and each
 * with its own chance `acpi=off` (the kernel then boots the stub's device tree), `efi=debug`
 * (the EFI memory map printed), `rodata=`, `kfence.sample_interval=`, `cma=` and `mem=`.
 * Prints `arm64 <release> virt <memory> <id> <cpus> <command line…>`.
 */
function efiDraws() {
  for (let i = 1; i <= count; i++) {
    const release = pick(releases.arm64)
    const mem = chance(0.5) ? pick([1025, 1537, 2049, 3073, 3077, 4097, 5121, 6149, 2815, 3583, 4096, 8192, 2048, 7169]) : between(1024, 8192)
    const cpus = chance(0.7) ? 1 : 2
    const line = ['nokaslr', 'memblock=debug']
    if (chance(0.25)) line.push('acpi=off')
    if (chance(0.4)) line.push('efi=debug')
    if (chance(0.2)) line.push(`rodata=${pick(['on', 'off', 'full', 'noalias'])}`)
    if (chance(0.2)) line.push(`kfence.sample_interval=${pick(['0', '100', '500'])}`)
    if (chance(0.2)) line.push(`cma=${pick(['32M', '64M', '17M', '128M', '64M@0-4G'])}`)
    if (chance(0.15)) line.push(`mem=${mib(Math.max(1024, mem - pick([256, 512, 1000, 1024])))}`)
    line.push(...crashkernel('arm64', mem), ...cmaToken(release))
    const id = `arm64-${release}-efi-${mib(mem)}-${tag}${String(i).padStart(2, '0')}`
    console.log(['arm64', release, 'virt', mib(mem), id, cpus, ...line].join(' '))
  }
}

/**
 * Kind 7: amd64 under UEFI firmware (the draws of scripts/boots/random-efi.sh's amd64 part):
 * OVMF starts the kernel through its EFI stub, whose e820 table comes from the EFI memory map
 * and whose boot-services regions setup_arch() reserves before the crash kernel. Kernels:
 * releases.amd64 (5.10, 6.12, 7.2 and trixie-backports' 6.16.3 – 7.3.4); q35 or pc; RAM of
 * 1 – 8 GiB, odd sizes half the time; one CPU or two; always `nokaslr memblock=debug`, and
 * `efi=debug` most of the time (the map's boot-services regions are printed only with it);
 * the other early parameters others() draws (with kind 2's), and crashkernel= as crashkernel()
 * draws it (with `,cma` on 6.16 on). Prints `amd64 <release> <machine> <memory> <id> <cpus>
 * <command line…>`.
 */
function ovmfDraws() {
  for (let i = 1; i <= count; i++) {
    const release = pick(releases.amd64)
    const machine = pick(['q35', 'q35', 'pc'])
    const mem = chance(0.5) ? pick([1025, 1537, 2049, 3073, 3077, 2815, 2816, 3583, 3584, 4096, 4097, 5121, 6149, 8192, 2048]) : between(1024, 8192)
    const cpus = chance(0.7) ? 1 : 2
    const line = ['nokaslr', 'memblock=debug', ...(chance(0.75) ? ['efi=debug'] : []), ...others('amd64', mem), ...crashkernel('amd64', mem), ...cmaToken(release)]
    const id = `amd64-${release}-${machine}-${mib(mem)}-${tag}${String(i).padStart(2, '0')}`
    console.log(['amd64', release, machine, mib(mem), id, cpus, ...line].join(' '))
  }
}

/**
 * Kind 8: Debian's 16K-page arm64 builds (the draws of scripts/boots/random-16k.sh): QEMU virt
 * booted with -kernel as kind 1 boots arm64, one CPU; the arm64-16k flavour of trixie's
 * 6.12.117 and sid's 7.2.13 (scripts/boots/common.sh's arm64-6.12-16k and arm64-7.2-16k); RAM
 * of 1 – 16 GiB, odd sizes (a MiB past a power of two, odd MiB counts) half the time; always
 * `nokaslr memblock=debug` (test/boots/arm64-16k/README.md says why nokaslr); crashkernel= as
 * crashkernel() draws it (with `,cma` on 7.2); and each with its own chance `rodata=`,
 * `kfence.sample_interval=`, `cma=` of odd sizes, `mem=` and `numa=off`. Prints `arm64
 * <release>-16k virt <memory> <id> <command line…>` (the release names the package).
 */
function sixteenKDraws() {
  for (let i = 1; i <= count; i++) {
    const release = pick(['6.12', '7.2'])
    const mem = chance(0.5) ? pick([1025, 1537, 2049, 3073, 3077, 4097, 5121, 6149, 8193, 12289, 16383, 2815, 3583, 7169, 10241, 16384]) : between(1024, 16384)
    const line = ['nokaslr', 'memblock=debug']
    if (chance(0.2)) line.push(`rodata=${pick(['on', 'off', 'full', 'noalias'])}`)
    if (chance(0.2)) line.push(`kfence.sample_interval=${pick(['0', '100', '500'])}`)
    if (chance(0.25)) line.push(`cma=${pick(['17M', '33M', '100M', '1M', '4097K', '255M', '64M@0-4G', '24M'])}`)
    if (chance(0.15)) line.push(`mem=${mib(Math.max(1024, mem - pick([256, 512, 1000, 1024, 3])))}`)
    if (chance(0.15)) line.push('numa=off')
    line.push(...crashkernel('arm64', mem), ...cmaToken(release))
    const id = `arm64-${release}-16k-${mib(mem)}-${tag}${String(i).padStart(2, '0')}`
    console.log(['arm64', `${release}-16k`, 'virt', mib(mem), id, ...line].join(' '))
  }
}

/**
 * Kind 11: riscv64 on QEMU virt under UEFI firmware (the riscv64 draws of
 * scripts/boots/random-efi.sh, booted as scripts/boots/riscv64-uefi.sh boots): OpenSBI, EDK2,
 * the kernel's EFI stub. Kernels: the oracle's 6.12.117 and 7.2.13 and trixie-backports'
 * 6.16.3 – 7.1.3; RAM of 1 – 8 GiB, odd sizes half the time; always `nokaslr memblock=debug`
 * (the stub places the image, the initrd and the DT where only memblock=debug shows them),
 * `efi=debug` half the time; the other early parameters others() draws (with kind 2's) and
 * crashkernel= as crashkernel() draws it (with `,cma` on 6.16 on). Prints `riscv64 <release>
 * virt <memory> <id> 1 <command line…>` (one CPU, as random-efi.sh's other kinds print theirs).
 */
function riscvEfiDraws() {
  for (let i = 1; i <= count; i++) {
    const release = pick([...releases.riscv64, ...riscv64Backports])
    const mem = chance(0.5) ? pick([1025, 1537, 2049, 3073, 3077, 2815, 3583, 4096, 4097, 5121, 6149, 8192, 2048, 1024]) : between(1024, 8192)
    const line = ['nokaslr', 'memblock=debug', ...(chance(0.5) ? ['efi=debug'] : []), ...others('riscv64', mem), ...crashkernel('riscv64', mem), ...cmaToken(release)]
    const id = `riscv64-${release}-efi-${mib(mem)}-${tag}${String(i).padStart(2, '0')}`
    console.log(['riscv64', release, 'virt', mib(mem), id, 1, ...line].join(' '))
  }
}

if (kind === 4 || kind === 12) dtDraws()
else if (kind === 5 || kind === 9) numaDraws()
else if (kind === 6) efiDraws()
else if (kind === 7) ovmfDraws()
else if (kind === 8) sixteenKDraws()
else if (kind === 11) riscvEfiDraws()
else for (let i = 1; i <= count; i++) {
  const arch = kind === 3 || kind === 10 ? 'riscv64' : kind === 13 ? 'amd64' : pick(['arm64', 'amd64'])
  const release = pick(kind === 10 ? riscv64Backports : kind === 13 ? ubuntuAmd64 : releases[arch])
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
