// SPDX-License-Identifier: GPL-2.0-only
// TEMPORARY scaffolding: the x86 boot mirror is being written.
import type { ArchBoot } from '../boot.js'
import { UnsupportedArch } from '../unsupported.js'

export const x86Boot: ArchBoot = () => {
  throw new UnsupportedArch('x86')
}
