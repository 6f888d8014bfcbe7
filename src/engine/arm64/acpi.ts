// SPDX-License-Identifier: GPL-2.0-only
/**
 * arm64's choice between ACPI and the device tree: the `acpi=` early parameter and
 * acpi_boot_table_init(), which setup_arch() runs after paging_init() and before it
 * unflattens the device tree (only `if (acpi_disabled)`).
 *
 * The kernel enables ACPI unless `acpi=off` is given, or the device tree is more than the
 * EFI stub's (dt_is_stub(): no node but /chosen, and a Xen /hypervisor) and neither
 * `acpi=on` nor `acpi=force` is given. It then reads the tables (acpi_table_init()); when
 * that fails it prints "Failed to init ACPI tables" and turns ACPI off again, unless
 * `acpi=force`. The board says what the firmware hands over: `"acpi": true` is UEFI
 * firmware with ACPI tables and no device tree of its own (the kernel gets the EFI stub's,
 * a stub), `false` a device tree and no ACPI tables.
 *
 * @kernel arch/arm64/kernel/acpi.c parse_acpi, dt_is_stub (v6.1.192 – v7.2.13;
 *         dt_scan_depth1_nodes() in v5.10.223), acpi_boot_table_init (v5.10.223, v6.1.192,
 *         v6.12.117, v7.2.13); drivers/acpi/tables.c acpi_table_init,
 *         acpi_locate_initial_tables; arch/arm64/kernel/setup.c setup_arch
 */
import { parameq, parseEarlyParams } from '../params.js'
import type { TraceEvent } from '../types.js'

/** What a kernel generation's ACPI boot code accepts and prints (Arm64Policy.acpiBoot). */
export interface AcpiBootGeneration {
  /**
   * parse_acpi() knows `nospcr`: in v6.11 (arch/arm64/kernel/acpi.c@v6.11:63), not in v6.8;
   * the patch's v4 is of June 2024, after the 6.10 merge window, so from 6.11 (arm64-6.11).
   */
  nospcr: boolean
  /**
   * acpi_locate_initial_tables() pr_warn()s ACPICA's status when acpi_initialize_tables()
   * fails ("Failed to initialize tables, status=0x5 (AE_NOT_FOUND)": in v7.2.13, not in
   * v6.12.117; the patch is of April 2025, 6.16 UNCONFIRMED: drivers/acpi/tables.c is not in
   * the upstream trees at hand, which hold only drivers/acpi/arm64/).
   */
  tablesStatusWarn: boolean
}

export const ACPI_BOOT_5_10: AcpiBootGeneration = { nospcr: false, tablesStatusWarn: false }
export const ACPI_BOOT_6_12: AcpiBootGeneration = { nospcr: true, tablesStatusWarn: false }
export const ACPI_BOOT_6_16: AcpiBootGeneration = { nospcr: true, tablesStatusWarn: true }

/** param_acpi_off, param_acpi_on, param_acpi_force (and 6.11+ param_acpi_nospcr, acpi.c@v6.11:49, which only the console reads). */
export interface AcpiParams {
  off: boolean
  on: boolean
  force: boolean
}

const EINVAL = -22

/**
 * Mirrors parse_acpi() — arch/arm64/kernel/acpi.c: NULL is -EINVAL; `off`, `on` and `force`
 * set their flag (each `acpi=` adds one: `acpi=off acpi=force` sets both); `nospcr` (6.11+)
 * is accepted; any other word is -EINVAL, which do_early_param() reports as "Malformed early
 * option 'acpi'". Compared with strcmp(): case and the whole word count.
 * @kernel arch/arm64/kernel/acpi.c parse_acpi (v5.10.223:48-65, v6.1.192:49-66, v6.11:51-69, v6.12.117:53-72, v7.2.13:53-72)
 */
export function parseAcpi(arg: string | null, params: AcpiParams, gen: AcpiBootGeneration): number {
  if (arg === null) return EINVAL
  if (arg === 'off') params.off = true
  else if (arg === 'on') params.on = true
  else if (arg === 'force') params.force = true
  else if (arg === 'nospcr' && gen.nospcr) return 0
  else return EINVAL
  return 0
}

/**
 * Engine helper (no kernel counterpart): the flags parse_early_param() leaves after every
 * `acpi=` token of the command line went through parse_acpi() (params.ts tokens, parameq()).
 */
export function acpiParamsFromCmdline(cmdline: string, gen: AcpiBootGeneration): AcpiParams {
  const params: AcpiParams = { off: false, on: false, force: false }
  if (!cmdline.includes('acpi')) return params
  for (const { param, val } of parseEarlyParams(cmdline)) if (parameq(param, 'acpi')) parseAcpi(val, params, gen)
  return params
}

/** What the firmware hands the kernel, as the board says it (`"acpi"`). */
export interface AcpiFirmware {
  /** An RSDP the kernel finds (through the EFI configuration table). */
  tables: boolean
  /** dt_is_stub(): the device tree is the EFI stub's, /chosen alone. */
  dtIsStub: boolean
}

/**
 * Engine helper (no kernel counterpart): the firmware a board describes: `"acpi": true` is
 * ACPI tables and the EFI stub's tree, else a device tree without tables (Layout.acpi).
 */
export const acpiFirmwareOf = (acpi: boolean | undefined): AcpiFirmware => ({ tables: acpi === true, dtIsStub: acpi === true })

export interface AcpiBootTableInitResult {
  /** acpi_disabled after acpi_boot_table_init(): setup_arch() unflattens the device tree, the IORT is not read. */
  acpiDisabled: boolean
  /** What it printed, in order. */
  events: TraceEvent[]
}

/**
 * Mirrors acpi_boot_table_init() — arch/arm64/kernel/acpi.c, as far as it decides
 * acpi_disabled: `acpi=off`, or a device tree that is not a stub without `acpi=on|force`,
 * leaves ACPI off; else the tables are read, and tables that cannot be read turn it off
 * again unless `acpi=force`. Where the firmware has no tables (a device-tree board told
 * `acpi=on` or `acpi=force`) it prints what acpi_table_init() and it print for that:
 * the checksum line (acpi_verify_table_checksum is off unless
 * `acpi_force_table_verification`), on 6.16+ ACPICA's AE_NOT_FOUND, then "Failed to init
 * ACPI tables". Where the tables are read, what they print (one line per table, SPCR) is
 * the firmware's, which no board describes: nothing is printed for it.
 * @kernel arch/arm64/kernel/acpi.c acpi_boot_table_init (v5.10.223:227-272, v6.1.192:221-265,
 *         v6.12.117:227-292, v7.2.13:227-290); drivers/acpi/tables.c acpi_locate_initial_tables,
 *         acpi_force_table_verification_setup
 */
export function acpiBootTableInit(params: AcpiParams, firmware: AcpiFirmware, gen: AcpiBootGeneration, cmdline: string): AcpiBootTableInitResult {
  if (params.off || (!params.on && !params.force && !firmware.dtIsStub)) return { acpiDisabled: true, events: [] }
  // enable_acpi(), then acpi_table_init() || acpi_fadt_sanity_check().
  if (firmware.tables) return { acpiDisabled: false, events: [] }
  const verify = cmdline.includes('acpi_force_table_verification') && parseEarlyParams(cmdline).some(({ param }) => parameq(param, 'acpi_force_table_verification'))
  const events: TraceEvent[] = [{ level: 'info', source: 'acpi', text: `ACPI: Early table checksum verification ${verify ? 'enabled' : 'disabled'}` }]
  // AE_NOT_FOUND: acpi_os_get_root_pointer() finds no RSDP (include/acpi/acexcep.h: 0x0005).
  if (gen.tablesStatusWarn) events.push({ level: 'warn', source: 'acpi', text: 'ACPI: Failed to initialize tables, status=0x5 (AE_NOT_FOUND)' })
  events.push({ level: 'err', source: 'acpi', text: 'ACPI: Failed to init ACPI tables' })
  return { acpiDisabled: !params.force, events }
}
