import type { Preset } from './types.js';
export type { Preset } from './types.js';
export { debianSeries, KERNEL_PROFILES, kernelProfile, seriesOf, type KernelProfile } from './kernels.js';
/** Presets by name, sorted. Frozen (src/freeze.ts): every later check() reads them. */
export declare const PRESETS: Readonly<Record<string, Preset>>;
/**
 * Looks a preset up by name.
 *
 * @param name - a preset name such as `raspberrypi-4`
 * @returns the preset, or undefined for an unknown name
 */
export declare function getPreset(name: string): Preset | undefined;
