// SPDX-License-Identifier: GPL-2.0-only
/** The built-in presets a board can `extends`, and the Debian kernel profiles. */
import { qemuVirtArm64 } from './qemu-virt-arm64.js'
import { qemuPcX86_64, qemuQ35X86_64 } from './qemu-x86_64.js'
import { qemuVirtRiscv64 } from './qemu-virt-riscv64.js'
import { raspberryPi4 } from './raspberrypi-4.js'
import type { Preset } from './types.js'
import { deepFreeze } from '../freeze.js'

export type { Preset } from './types.js'
export { debianSeries, KERNEL_PROFILES, kernelProfile, seriesOf, type KernelProfile } from './kernels.js'

/** Presets by name, sorted. Frozen (src/freeze.ts): every later check() reads them. */
export const PRESETS: Readonly<Record<string, Preset>> = deepFreeze(Object.fromEntries(
  [qemuPcX86_64, qemuQ35X86_64, qemuVirtArm64, qemuVirtRiscv64, raspberryPi4].map((p) => [p.name, p]),
))

/**
 * Looks a preset up by name.
 *
 * @param name - a preset name such as `raspberrypi-4`
 * @returns the preset, or undefined for an unknown name
 */
export function getPreset(name: string): Preset | undefined {
  return Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined
}
