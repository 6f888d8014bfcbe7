// SPDX-License-Identifier: GPL-2.0-only
// TEMPORARY scaffolding: the riscv boot mirror is being written.
import type { ArchBoot } from '../boot.js'
import { UnsupportedArch } from '../unsupported.js'

export const riscvBoot: ArchBoot = () => {
  throw new UnsupportedArch('riscv')
}
