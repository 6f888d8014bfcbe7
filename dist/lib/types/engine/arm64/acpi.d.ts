import type { TraceEvent } from '../types.js';
/** What a kernel generation's ACPI boot code accepts and prints (Arm64Policy.acpiBoot). */
export interface AcpiBootGeneration {
    /**
     * parse_acpi() knows `nospcr`: in v6.11 (arch/arm64/kernel/acpi.c@v6.11:63), not in v6.8;
     * the patch's v4 is of June 2024, after the 6.10 merge window, so from 6.11 (arm64-6.11).
     */
    nospcr: boolean;
    /**
     * acpi_locate_initial_tables() pr_warn()s ACPICA's status when acpi_initialize_tables()
     * fails ("Failed to initialize tables, status=0x5 (AE_NOT_FOUND)": in v7.2.13, not in
     * v6.12.117; the patch is of April 2025, 6.16 UNCONFIRMED: drivers/acpi/tables.c is not in
     * the upstream trees at hand, which hold only drivers/acpi/arm64/).
     */
    tablesStatusWarn: boolean;
}
export declare const ACPI_BOOT_5_10: AcpiBootGeneration;
export declare const ACPI_BOOT_6_12: AcpiBootGeneration;
export declare const ACPI_BOOT_6_16: AcpiBootGeneration;
/** param_acpi_off, param_acpi_on, param_acpi_force (and 6.11+ param_acpi_nospcr, acpi.c@v6.11:49, which only the console reads). */
export interface AcpiParams {
    off: boolean;
    on: boolean;
    force: boolean;
}
/**
 * Mirrors parse_acpi() — arch/arm64/kernel/acpi.c: NULL is -EINVAL; `off`, `on` and `force`
 * set their flag (each `acpi=` adds one: `acpi=off acpi=force` sets both); `nospcr` (6.11+)
 * is accepted; any other word is -EINVAL, which do_early_param() reports as "Malformed early
 * option 'acpi'". Compared with strcmp(): case and the whole word count.
 * @kernel arch/arm64/kernel/acpi.c parse_acpi (v5.10.223:48-65, v6.1.192:49-66, v6.11:51-69, v6.12.117:53-72, v7.2.13:53-72)
 */
export declare function parseAcpi(arg: string | null, params: AcpiParams, gen: AcpiBootGeneration): number;
/**
 * Engine helper (no kernel counterpart): the flags parse_early_param() leaves after every
 * `acpi=` token of the command line went through parse_acpi() (params.ts tokens, parameq()).
 */
export declare function acpiParamsFromCmdline(cmdline: string, gen: AcpiBootGeneration): AcpiParams;
/** What the firmware hands the kernel, as the board says it (`"acpi"`). */
export interface AcpiFirmware {
    /** An RSDP the kernel finds (through the EFI configuration table). */
    tables: boolean;
    /** dt_is_stub(): the device tree is the EFI stub's, /chosen alone. */
    dtIsStub: boolean;
}
/**
 * Engine helper (no kernel counterpart): the firmware a board describes: `"acpi": true` is
 * ACPI tables and the EFI stub's tree, else a device tree without tables (Layout.acpi).
 */
export declare const acpiFirmwareOf: (acpi: boolean | undefined) => AcpiFirmware;
export interface AcpiBootTableInitResult {
    /** acpi_disabled after acpi_boot_table_init(): setup_arch() unflattens the device tree, the IORT is not read. */
    acpiDisabled: boolean;
    /** What it printed, in order. */
    events: TraceEvent[];
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
export declare function acpiBootTableInit(params: AcpiParams, firmware: AcpiFirmware, gen: AcpiBootGeneration, cmdline: string): AcpiBootTableInitResult;
