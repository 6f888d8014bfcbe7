// SPDX-License-Identifier: GPL-2.0-only
export class UnsupportedArch extends Error {
  override readonly name = 'UnsupportedArch'
  constructor(arch: string) {
    super(`${arch} is not simulated yet`)
  }
}
