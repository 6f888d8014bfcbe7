// SPDX-License-Identifier: GPL-2.0-only
/**
 * QEMU x86_64 machines `q35` and `pc` with SeaBIOS, booted with `-kernel … nokaslr`
 * (shared/oracle/README.md). RAM as SeaBIOS reports it in e820 (the usable entries only):
 * [0, 0x9fc00), [1 MiB, below-4G top − 128 KiB) and the rest from 4 GiB. QEMU's split:
 * q35 keeps 2 GiB below 4G when -m ≥ 2.75G (else all of it), pc 3 GiB when -m ≥ 3.5G.
 * QEMU loads the initrd at the top of below-4G RAM, under the 128 KiB SeaBIOS area, page
 * aligned (the oracle's `RAMDISK: [mem 0x7fedc000-0x7ffdffff]` with 2 GiB below 4G).
 */
import type { MemoryBank, RamVariant } from '../matrix/generated/board-matrix.js'
import { nonEmpty, type Preset } from './types.js'

const GiB = 1n << 30n
/**
 * SeaBIOS marks the last 128 KiB below the below-4G top as reserved (ACPI tables, etc.): so
 * every boot in test/boots up to 8 GiB; with 65 GiB its tables take one page more (not
 * modelled; src/presets/presets.test.ts).
 */
const BIOS_TOP_RESERVED = 0x20000n
/** initramfs-amd64.cpio.gz of the oracle. */
const INITRD_SIZE = 0x103c60n

const hex = (v: bigint): string => `0x${v.toString(16)}`

/** e820 usable banks and initrd placement for `-m total` (`lowWhenSplit` below 4G from `splitAt` on). */
function ramVariant(name: string, total: bigint, splitAt: bigint, lowWhenSplit: bigint): RamVariant {
  const below4g = total >= splitAt ? lowWhenSplit : total
  const above4g = total - below4g
  const lowTop = below4g - BIOS_TOP_RESERVED
  const memory: MemoryBank[] = [
    { base: '0x0', size: '0x9fc00' },
    { base: '0x100000', size: hex(lowTop - 0x100000n) },
  ]
  if (above4g > 0n) memory.push({ base: '0x100000000', size: hex(above4g) })
  const initrdBase = (lowTop - INITRD_SIZE) & ~0xfffn
  return {
    name,
    memory: nonEmpty(memory),
    initrd: { base: hex(initrdBase), size: hex(INITRD_SIZE) },
  }
}

const SIZES: Array<[string, bigint]> = [['1G', 1n * GiB], ['2G', 2n * GiB], ['4G', 4n * GiB], ['8G', 8n * GiB]]

/**
 * The largest -m QEMU starts this machine with under -cpu max: its 40 physical address bits
 * end at 1 TiB, and a layout whose RAM above 4 GiB plus the 64-bit PCI window reaches the AMD
 * HyperTransport hole (0xfd00000000, which SeaBIOS's e820 lists as reserved: the boots of
 * test/boots/amd64-sizes) moves that RAM to 1 TiB, past the limit: QEMU stops with "Address
 * space limit 0xffffffffff < … phys-bits too low (40)". Measured with the QEMU of
 * test/boots/amd64-sizes/QEMU_VERSION: q35 starts with -m 1001472M (978 GiB) and not
 * 1001473M, pc with 1033216M (1009 GiB) and not 1033217M; with more physical address bits
 * (-cpu max,phys-bits=46, -m 1024G) the RAM above 4 GiB starts at 1 TiB, which ramVariant()
 * does not lay out. The 40 bits of TCG's -cpu max are UNCONFIRMED for other QEMU versions.
 */
const RAM_SIZE_MAX_REASON = "QEMU's -cpu max has 40 physical address bits, and above this the RAM over 4 GiB and the 64-bit PCI window reach the AMD HyperTransport hole below 1 TiB, so QEMU moves that RAM to 1 TiB and refuses to start; describe a larger machine with `memory`"

function x86Preset(name: string, description: string, splitAt: bigint, lowWhenSplit: bigint, ramSizeMax: bigint): Preset {
  return {
    name,
    description,
    settings: {
      arch: 'x86_64',
      ram: nonEmpty(SIZES.map(([n, total]) => ramVariant(n, total, splitAt, lowWhenSplit))),
      // nokaslr: the kernel runs at its preferred address LOAD_PHYSICAL_ADDR (pref_address 0x1000000).
      image: { base: '0x1000000' },
      cpu: { gbpages: true, la57: true, lpa2: false, bbml2Noabort: false },
      cmdline: 'console=ttyS0 nokaslr',
    },
    ramForSize: (size) => ramVariant(hex(size), size, splitAt, lowWhenSplit),
    // Bank 1 runs from 1 MiB to the top less SeaBIOS's 128 KiB, and QEMU loads the initrd
    // at its top: below this the initrd would start under 1 MiB (or under 0).
    ramSizeMin: {
      size: 0x100000n + BIOS_TOP_RESERVED + ((INITRD_SIZE + 0xfffn) & ~0xfffn),
      reason: "QEMU loads the initrd at the top of the e820 bank from 1 MiB, under SeaBIOS's 128 KiB, and below this it does not fit",
    },
    ramSizeMax: { size: ramSizeMax, reason: RAM_SIZE_MAX_REASON },
  }
}

export const qemuQ35X86_64: Preset = x86Preset(
  'qemu-q35-x86_64',
  'QEMU q35 + SeaBIOS, -cpu max, nokaslr: 2 GiB below 4G from -m 2.75G on, the rest from 4 GiB.',
  (11n * GiB) / 4n,
  2n * GiB,
  978n * GiB,
)

export const qemuPcX86_64: Preset = x86Preset(
  'qemu-pc-x86_64',
  'QEMU pc (i440fx) + SeaBIOS, -cpu max, nokaslr: 3 GiB below 4G from -m 3.5G on, the rest from 4 GiB.',
  (7n * GiB) / 2n,
  3n * GiB,
  1009n * GiB,
)
