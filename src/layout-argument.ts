// SPDX-License-Identifier: GPL-2.0-only
/**
 * The library's simulate() takes a Layout, usually one decodeLayouts() gave and the caller
 * changed (a larger crashkernel=, another bank). Plain JavaScript has no types to catch a
 * number where a bigint goes or a misspelt field, and the engine would then fail deep inside
 * ("Cannot mix BigInt and other types") or simulate nonsense. This checks every field the
 * engine reads, nested ones too (a study adds a reservation or a device, or flips a config
 * option, as often as it changes the command line), at the library's boundary (the engine
 * itself takes decoded layouts only, and stays free of checks on its hot path).
 */
import type { BootAllocations, CpuFeatures, DeviceTreeSummary, DmaDevice, EarlyReservation, KernelConfig } from './engine/types.js'
import { ConfigurationError, kindOf, listMisfit } from './errors.js'

const ARCHES = new Set(['arm64', 'x86_64', 'riscv64'])
/** PHYS_ADDR_MAX + 1: addresses and sizes are u64. */
const U64_LIMIT = 1n << 64n

function misuse(message: string): ConfigurationError {
  return new ConfigurationError(`simulate(): ${message} (decodeLayouts() gives layouts to start from)`, { docsPath: 'README.md#library' })
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A u64 bigint: an address, or a size that must also be positive when `positive`. */
function u64(where: string, v: unknown, positive = false): void {
  if (typeof v !== 'bigint') throw misuse(`${where} must be a bigint (an address or size in bytes, e.g. 0x40000000n), not ${kindOf(v)}${typeof v === 'number' ? ` (${v})` : ''}`)
  if (v < 0n) throw misuse(`${where} is negative: ${v}n`)
  if (v >= U64_LIMIT) throw misuse(`${where} is above 64 bits: 0x${v.toString(16)}n`)
  if (positive && v === 0n) throw misuse(`${where} is 0`)
}

/** A `{ base, size }` within 64 bits; `empty` allows size 0 (a /reserved-memory entry may be empty). */
function range(where: string, v: unknown, empty = false): void {
  if (!isObject(v)) throw misuse(`${where} must be an object { base, size }, not ${kindOf(v)}`)
  u64(`${where}.base`, v.base)
  u64(`${where}.size`, v.size, !empty)
  if ((v.base as bigint) + (v.size as bigint) > U64_LIMIT) throw misuse(`${where} ends above 64 bits`)
}

/**
 * What a field of the nested objects holds: the engine does arithmetic on the bigints (a number
 * there is "Cannot mix BigInt and other types" from deep inside) and tests the flags for
 * truth (a string "false" there is true, a misspelt flag is false: a different board, silently).
 * A `?` marks a field that may be absent.
 */
type FieldKind = 'u64' | 'u64?' | 'boolean' | 'boolean?' | 'number' | 'number?' | 'string'

/** The fields of each nested object. `satisfies` keeps them complete when the engine's types gain one. */
const CONFIG_FIELDS = {
  ZONE_DMA: 'boolean', ZONE_DMA32: 'boolean', RODATA_FULL_DEFAULT_ENABLED: 'boolean', KFENCE: 'boolean',
  KFENCE_SAMPLE_INTERVAL: 'number', DEBUG_PAGEALLOC: 'boolean', DEBUG_PAGEALLOC_ENABLE_DEFAULT: 'boolean',
  CMA_SIZE_MBYTES: 'number', CMA: 'boolean', RANDOMIZE_BASE: 'boolean', X86_DIRECT_GBPAGES: 'boolean',
  ZONE_DEVICE: 'boolean?', PAGE_BLOCK_MAX_ORDER: 'number?', DMA_NUMA_CMA: 'boolean?', CMA_SIZE_PERNUMA: 'boolean?', NUMA_EMU: 'boolean?',
  OF_DYNAMIC: 'boolean?', PRINTK_EXECUTION_CTX: 'boolean?', LOG_BUF_SHIFT: 'number?',
} as const satisfies Record<keyof KernelConfig, FieldKind>
const CPU_FIELDS = { bbml2Noabort: 'boolean', lpa2: 'boolean', gbpages: 'boolean', la57: 'boolean?', el2: 'boolean?', satpMode: 'number?' } as const satisfies Record<keyof CpuFeatures, FieldKind>
const BOOT_FIELDS = { unflattenedDt: 'u64', dtAliases: 'u64', nodeData: 'u64', kernelReserve: 'u64', brk: 'u64' } as const satisfies Record<keyof BootAllocations, FieldKind>
const DEVICE_TREE_FIELDS = { nodes: 'number', properties: 'number', nameBytes: 'u64' } as const satisfies Record<Exclude<keyof DeviceTreeSummary, 'aliases'>, FieldKind>
const DEVICE_FIELDS = { name: 'string', dmaLimit: 'u64', dumpTarget: 'boolean' } as const satisfies Record<keyof DmaDevice, FieldKind>
type Fixed = Extract<EarlyReservation, { kind: 'fixed' }>
type Dynamic = Extract<EarlyReservation, { kind: 'dynamic' }>
// `kind` picks the table; the ranges (moreReg, allocRanges) are checked as ranges.
const FIXED_FIELDS = { name: 'string', base: 'u64', size: 'u64', nomap: 'boolean', memreserve: 'boolean?', efi: 'boolean?', cma: 'boolean?', cmaDefault: 'boolean?', dmaPool: 'boolean?' } as const satisfies Record<Exclude<keyof Fixed, 'kind' | 'moreReg'>, FieldKind>
const DYNAMIC_FIELDS = { name: 'string', size: 'u64', align: 'u64', nomap: 'boolean', cma: 'boolean', cmaDefault: 'boolean', dmaPool: 'boolean?' } as const satisfies Record<Exclude<keyof Dynamic, 'kind' | 'allocRanges'>, FieldKind>

/** Checks the fields of `obj` (named `where`) against `fields`. */
function fields(where: string, obj: Record<string, unknown>, table: Readonly<Record<string, FieldKind>>): void {
  for (const [key, kind] of Object.entries(table)) {
    const v = obj[key]
    if (kind.endsWith('?') && v === undefined) continue
    const at = `${where}.${key}`
    const type = kind.replace('?', '')
    if (type === 'u64') u64(at, v)
    // The numbers are Kconfig ints the engine turns into bigints (BigInt(1.5) is a RangeError from
    // inside it) and counts of MiB, ms or orders (a negative one simulates nonsense): whole, ≥ 0.
    else if (type === 'number' ? !(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) : typeof v !== type) {
      const what = type === 'number' ? 'an integer ≥ 0' : `a ${type}`
      throw misuse(`${at} must be ${what}${kind.endsWith('?') ? ' or absent' : ''}, not ${kindOf(v)}${typeof v === 'string' ? ` (${JSON.stringify(v)})` : typeof v === 'number' ? ` (${v})` : ''}`)
    }
  }
}

/** An array of objects, each checked by `each` with its index in the name. */
function list(where: string, v: unknown, each: (at: string, item: Record<string, unknown>) => void): void {
  if (!Array.isArray(v)) throw misuse(`${where} must be an array, not ${kindOf(v)}`)
  v.forEach((item, i) => {
    if (!isObject(item)) throw misuse(`${where}[${i}] must be an object, not ${kindOf(item)}`)
    each(`${where}[${i}]`, item)
  })
}

function reservation(at: string, r: Record<string, unknown>): void {
  if (r.kind === 'fixed') {
    fields(at, r, FIXED_FIELDS)
    if ((r.base as bigint) + (r.size as bigint) > U64_LIMIT) throw misuse(`${at} ends above 64 bits`)
    if (r.moreReg !== undefined) list(`${at}.moreReg`, r.moreReg, (where, x) => range(where, x, true))
  } else if (r.kind === 'dynamic') {
    fields(at, r, DYNAMIC_FIELDS)
    list(`${at}.allocRanges`, r.allocRanges, (where, x) => range(where, x, true))
  } else {
    throw misuse(`${at}.kind must be "fixed" or "dynamic", not ${typeof r.kind === 'string' ? JSON.stringify(r.kind) : kindOf(r.kind)}`)
  }
}

/**
 * Checks a caller's layout before simulate() runs it.
 *
 * @throws ConfigurationError naming the first field that is missing or of the wrong type
 */
export function checkLayoutArgument(layout: unknown): void {
  if (!isObject(layout)) throw misuse(`the layout must be an object, not ${kindOf(layout)}`)
  if (typeof layout.arch !== 'string' || !ARCHES.has(layout.arch)) throw misuse(`layout.arch must be one of ${[...ARCHES].join(', ')}, not ${typeof layout.arch === 'string' ? JSON.stringify(layout.arch) : kindOf(layout.arch)}`)
  if (typeof layout.kernel !== 'string') throw misuse(`layout.kernel must be a string (a release or series, e.g. "6.12"), not ${kindOf(layout.kernel)}`)
  if (layout.policy !== undefined && typeof layout.policy !== 'string') throw misuse(`layout.policy must be a string or absent, not ${kindOf(layout.policy)}`)
  if (typeof layout.cmdline !== 'string') throw misuse(`layout.cmdline must be a string, not ${kindOf(layout.cmdline)}`)
  // "yes" would boot a device tree's lines as ACPI's: a boolean or absent.
  if (layout.acpi !== undefined && typeof layout.acpi !== 'boolean') throw misuse(`layout.acpi must be a boolean or absent, not ${kindOf(layout.acpi)}`)
  // "yes" would allocate the distance table as true does: a boolean or absent, as acpi.
  if (layout.numaDistances !== undefined && typeof layout.numaDistances !== 'boolean') throw misuse(`layout.numaDistances must be a boolean or absent, not ${kindOf(layout.numaDistances)}`)
  // Node ids index the engine's node sets: whole numbers, as a bank's node.
  const nodes = layout.memorylessNodes === undefined ? undefined : listMisfit(layout.memorylessNodes, (n) => Number.isInteger(n) && (n as number) >= 0)
  if (nodes !== undefined) throw misuse(`layout.memorylessNodes must be an array of NUMA node ids (non-negative integers) or absent, not ${nodes}`)
  // The riscv64 model ignores it and would simulate a device-tree boot (SC003 acpiNotOnArch).
  if (layout.acpi === true && layout.arch === 'riscv64') throw misuse('layout.acpi is true on riscv64, whose ACPI boots (no device tree unflattened) are not modelled: arm64 only')
  u64('layout.pageSize', layout.pageSize, true)
  for (const key of ['paBits', 'vaBits']) if (!Number.isInteger(layout[key])) throw misuse(`layout.${key} must be an integer, not ${kindOf(layout[key])}`)
  if (!Array.isArray(layout.memory) || layout.memory.length === 0) throw misuse(`layout.memory must be a non-empty array of banks { base, size }, not ${Array.isArray(layout.memory) ? 'an empty array' : kindOf(layout.memory)}`)
  layout.memory.forEach((bank, i) => {
    range(`layout.memory[${i}]`, bank)
    fields(`layout.memory[${i}]`, bank as Record<string, unknown>, { nomap: 'boolean?' })
  })
  range('layout.image', layout.image)
  fields('layout.image', layout.image as Record<string, unknown>, { codeSize: 'u64?' })
  for (const key of ['initrd', 'dtb']) if (layout[key] !== undefined) range(`layout.${key}`, layout[key])
  if (layout.efiBootServices !== undefined) list('layout.efiBootServices', layout.efiBootServices, (at, x) => range(at, x, true))
  if (layout.e820AcpiData !== undefined) list('layout.e820AcpiData', layout.e820AcpiData, (at, x) => range(at, x, true))
  // Node ids index the engine's node sets: whole numbers, as a bank's node.
  if (layout.sratMemory !== undefined)
    list('layout.sratMemory', layout.sratMemory, (at, x) => {
      range(at, x, true)
      if (!(Number.isInteger(x.node) && (x.node as number) >= 0)) throw misuse(`${at}.node must be a NUMA node id (a non-negative integer), not ${kindOf(x.node)}`)
    })
  for (const key of ['reservations', 'devices']) if (!Array.isArray(layout[key])) throw misuse(`layout.${key} must be an array, not ${kindOf(layout[key])}`)
  for (const key of ['dma', 'config', 'cpu', 'boot']) if (!isObject(layout[key])) throw misuse(`layout.${key} must be an object, not ${kindOf(layout[key])}`)
  list('layout.reservations', layout.reservations, reservation)
  list('layout.devices', layout.devices, (at, d) => fields(at, d, DEVICE_FIELDS))
  const dma = layout.dma as Record<string, unknown>
  list('layout.dma.dmaRanges', dma.dmaRanges, (at, r) => fields(at, r, { node: 'string', cpuEnd: 'u64' }))
  const bits = listMisfit(dma.iortLimitBits, (b) => Number.isInteger(b))
  if (bits !== undefined) throw misuse(`layout.dma.iortLimitBits must be an array of integers (bits), not ${bits}`)
  fields('layout.config', layout.config as Record<string, unknown>, CONFIG_FIELDS)
  fields('layout.cpu', layout.cpu as Record<string, unknown>, CPU_FIELDS)
  // pagingLevels() reads any number as some mode (50 as Sv48, 0 as Sv39): only the three there are.
  const satpMode = (layout.cpu as Record<string, unknown>).satpMode
  if (satpMode !== undefined && ![39, 48, 57].includes(satpMode as number)) throw misuse(`layout.cpu.satpMode must be 39, 48 or 57 (Sv39, Sv48, Sv57) or absent, not ${kindOf(satpMode)}${typeof satpMode === 'number' ? ` (${satpMode})` : ''}`)
  fields('layout.boot', layout.boot as Record<string, unknown>, BOOT_FIELDS)
  if (layout.deviceTree !== undefined) {
    if (!isObject(layout.deviceTree)) throw misuse(`layout.deviceTree must be an object or absent, not ${kindOf(layout.deviceTree)}`)
    fields('layout.deviceTree', layout.deviceTree, DEVICE_TREE_FIELDS)
    const aliases = layout.deviceTree.aliases
    // A hole of a sparse array ([, 'serial0']) is no alias either (listMisfit()).
    const names = listMisfit(aliases, (a) => typeof a === 'string')
    if (names !== undefined) throw misuse(`layout.deviceTree.aliases must be an array of strings (alias names, e.g. "serial0"), not ${names}`)
  }
}
