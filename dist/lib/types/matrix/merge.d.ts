/**
 * Layered settings: board over preset over `defaults`. Each pick returns the value and the
 * pointer of the value it came from, so a finding about a merged value still lands on the
 * line that set it (a preset's value lands on the board's `extends`).
 */
import type { Settings } from './generated/board-matrix.js';
import type { JsonPointer } from '../report/types.js';
/** One source of settings. `base` is where its properties live in the file, if they do. */
export interface Layer {
    settings: Settings;
    /** Pointer of the object holding the settings (`/boards/3`, `/defaults`); undefined for a preset. */
    base?: JsonPointer;
    /** Where to point for values without a place in the file (the board's `extends`). */
    anchor: JsonPointer;
}
/** A value and the pointer of the value in the file. */
export interface Sourced<T> {
    value: T;
    pointer: JsonPointer;
}
/** Pointer of `key` inside `layer` (or the layer's anchor). */
export declare function pointerIn(layer: Layer, ...keys: Array<string | number>): JsonPointer;
/** The topmost value of a setting. */
export declare function pick<K extends keyof Settings>(layers: readonly Layer[], key: K): Sourced<NonNullable<Settings[K]>> | undefined;
/** The settings that merge key by key across layers (pickIn(), mergeSeverity()). */
export declare const OBJECT_SETTINGS: readonly ["config", "cpu", "expect", "boot", "dma", "severity"];
type ObjectSetting = (typeof OBJECT_SETTINGS)[number];
/** The RAM settings, which replace each other: a layer that has any of them gives the RAM (pickRam()). */
export declare const RAM_SETTINGS: readonly ["memory", "ram", "ramSize"];
/** The topmost value of one key of an object setting (objects merge key by key). */
export declare function pickIn<O extends ObjectSetting, K extends keyof NonNullable<Settings[O]>>(layers: readonly Layer[], object: O, key: K): Sourced<NonNullable<NonNullable<Settings[O]>[K]>> | undefined;
/** `memory`, `ram` or `ramSize`, whichever the topmost layer that has one sets (they replace each other). */
export declare function pickRam(layers: readonly Layer[]): {
    layer: Layer;
    memory?: NonNullable<Settings['memory']>;
    ram?: NonNullable<Settings['ram']>;
    ramSize?: string;
} | undefined;
/** Severity maps merged key by key, lower layers first. */
export declare function mergeSeverity(layers: readonly Layer[]): Record<string, 'error' | 'warning' | 'note' | 'off'>;
/** Suppressions of all layers, concatenated (defaults first). */
export declare function mergeSuppress(layers: readonly Layer[]): Array<{
    rule: string;
    reason: string;
    pointer: JsonPointer;
}>;
/**
 * Pointer of a child value. A value from a preset has no place in the file: its pointer is
 * the board's `extends`, and so is every child's.
 */
export declare function child(pointer: JsonPointer, ...keys: Array<string | number>): JsonPointer;
export {};
