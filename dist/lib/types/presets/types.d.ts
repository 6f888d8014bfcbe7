import type { DeviceTree, RamVariant, Settings } from '../matrix/generated/board-matrix.js';
/**
 * A built-in preset: wire-format settings (valid against the schema's `settings`) that a
 * board pulls in with `"extends": "<name>"` and overrides value by value.
 */
export interface Preset {
    name: string;
    description: string;
    settings: Settings;
    /**
     * For machines whose RAM map follows from one size (QEMU `-m`): the banks and size-dependent
     * placements for `size` bytes, used for a board's `ramSize`. The preset's own `ram`
     * variants are made with the same function.
     */
    ramForSize?: (size: bigint) => RamVariant;
    /**
     * The least `size` ramForSize() lays out as the machine would (below it the banks it
     * derives would be empty or negative), and why, for the message a smaller `ramSize` gets.
     */
    ramSizeMin?: {
        size: bigint;
        reason: string;
    };
    /**
     * The largest `size` the machine starts with (above it the emulator refuses to run, or lays
     * the RAM out otherwise than ramForSize() does), and why, for the message a larger
     * `ramSize` gets.
     */
    ramSizeMax?: {
        size: bigint;
        reason: string;
    };
    /**
     * For boot loaders that put the initrd after the kernel image (the Raspberry Pi firmware's
     * `initramfs <file> followkernel`): the initrd's base for an image ending at `imageEnd`
     * (its base plus the kernel release's image size). Applies to the preset's own `initrd`,
     * whose `base` it replaces per kernel; an `initrd` the board sets stays where it says.
     */
    initrdAfterImage?: (imageEnd: bigint) => bigint;
    /**
     * For machines whose device tree ships with the kernel (a distribution's DTB, as Debian's
     * packages have the Raspberry Pi's): the tree kernel `release` gets, in place of the preset's
     * own `deviceTree`. Applies only where that is the tree a layout reads; a `deviceTree` the
     * board, the defaults or the kernel's object sets stays what it says.
     */
    deviceTreeFor?: (release: string) => DeviceTree;
}
/** A non-empty array as the schema's `minItems: 1` types want it; throws on an empty one (a bug). */
export declare function nonEmpty<T>(items: T[]): [T, ...T[]];
