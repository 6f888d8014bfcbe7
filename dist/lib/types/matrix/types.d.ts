/** The loader's output: engine layouts plus what the rules need to report on them. */
import type { Layout } from '../engine/index.js';
import type { JsonPointer, Severity } from '../report/types.js';
import type { LocateTarget } from './locate.js';
import type { Expect } from './generated/board-matrix.js';
/** Where the values of a layout sit in the file (a preset value points at the board's `extends`). */
export interface LayoutPointers {
    board: JsonPointer;
    kernel: JsonPointer;
    cmdline: JsonPointer;
    /** The RAM variant (or the `memory` array). */
    ram: JsonPointer;
    /** One per bank, in order. */
    memory: JsonPointer[];
    image: JsonPointer;
    initrd?: JsonPointer;
    dtb?: JsonPointer;
    /** One per reservation, in order. */
    reservations: JsonPointer[];
    /** One per device, in order. */
    devices: JsonPointer[];
}
/** A board × RAM variant × kernel ready for the engine. */
export interface DecodedLayout {
    boardId: string;
    boardName?: string;
    /** `<variant>/<kernel as written>`, or the kernel alone without RAM variants. (`6.1+<policy>` for an entry with a policy of its own, `#2` for a second entry written alike). */
    layoutName: string;
    variant?: string;
    /** The kernel as the matrix wrote it (`6.12`), before resolution. */
    kernelSpec: string;
    layout: Layout;
    pointers: LayoutPointers;
    expect: Required<Expect>;
    /** Per-rule severity overrides, merged from defaults, preset and board. */
    severity: Record<string, Severity | 'off'>;
    suppress: Array<{
        rule: string;
        reason: string;
        pointer: JsonPointer;
    }>;
    /**
     * The command lines this layout's own replaced, topmost first: a `cmdline` replaces the
     * whole string of the layers under it (a kernel's own the board's, the board's its
     * preset's, a preset's the defaults'), so a `crashkernel=` written there is not read.
     */
    replacedCmdlines: ReplacedCmdline[];
    /** Whose command line the layout reads. */
    cmdlineOwner: CmdlineOwner;
}
/** Whose a command line is: the layer that sets it, and how a message names it. */
export interface CmdlineOwner {
    layer: 'kernel' | 'board' | 'preset' | 'defaults';
    /** `this kernel's`, `the board's`, `preset qemu-virt-arm64's`, `the defaults'`. */
    name: string;
}
/** A command line of the matrix that the layout's own replaced. */
export interface ReplacedCmdline {
    value: string;
    /** Where it is written (a preset's: the board's `extends`). */
    pointer: JsonPointer;
    owner: CmdlineOwner;
}
export type SemanticMessageId = 'duplicateBoardId' | 'unknownPreset' | 'presetArch' | 'missingSetting' | 'duplicateVariant' | 'overlappingBanks' | 'overlappingPlacements' | 'notPageAligned' | 'outsideRam' | 'imageMisaligned' | 'acpiReservation' | 'acpiDmaRanges' | 'acpiNotOnArch' | 'alignNotPowerOfTwo' | 'limitNotInclusive' | 'unknownBus' | 'valueOutOfRange' | 'emptyRange' | 'unknownKernel' | 'unknownPolicy' | 'missingImageSize' | 'missingImageSizeOverride' | 'ramSizeWithoutPreset' | 'ramSizeTooSmall' | 'ramSizeTooLarge' | 'pageSizeNotOnArch' | 'vaBitsNotOnArch' | 'memreserveOption' | 'efiReservationOption' | 'codeBeyondImage' | 'cpuFlagNotOnArch' | 'acpiNotRead' | 'deviceTreeNotRead' | 'iortWithoutAcpi' | 'iortAcpiOff' | 'dmaLimitNotOnArch' | 'efiBootServicesNotRead' | 'e820AcpiDataNotRead' | 'sratMemoryNotRead' | 'reservationOutsideRam' | 'imageBeyondPhysLimit' | 'ramBeyondPhysLimit' | 'policyOutsideRelease' | 'ramBeyondMaxmem' | 'duplicateKernel' | 'duplicateDevice';
declare const WARNING_IDS: readonly ["cpuFlagNotOnArch", "acpiNotRead", "deviceTreeNotRead", "iortWithoutAcpi", "iortAcpiOff", "dmaLimitNotOnArch", "efiBootServicesNotRead", "e820AcpiDataNotRead", "sratMemoryNotRead", "reservationOutsideRam", "ramBeyondPhysLimit", "policyOutsideRelease", "ramBeyondMaxmem", "duplicateKernel", "duplicateDevice"];
export type SemanticWarningId = (typeof WARNING_IDS)[number];
/**
 * The SC003 messages the decoder reports as warnings (DecodeResult.warnings): settings the
 * kernels never read, fixed reservations outside RAM (which the kernel reserves all the
 * same), which drop nothing, and arm64 RAM past the physical address space, which the
 * kernel drops while it boots on the rest, and x86_64 RAM past MAXMEM, which it leaves unused. Every other SC003 message keeps what it concerns from
 * the engine, whatever severity a board's `severity` gives it.
 */
export declare const SEMANTIC_WARNING_IDS: ReadonlySet<SemanticMessageId>;
/** A problem the schema cannot express (becomes an SC003 finding). */
export interface SemanticProblem {
    messageId: SemanticMessageId;
    data: Record<string, string>;
    pointer: JsonPointer;
    target: LocateTarget;
    boardId?: string;
    /** The layout it keeps from the engine, where it concerns one kernel (or RAM variant and kernel) of the board. */
    layoutName?: string;
    /** That layout's kernel release. */
    kernel?: string;
}
export {};
