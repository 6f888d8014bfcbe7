// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { parseEarlyParamStops } from './early-params.js'
import { policyFor } from './policies/index.js'
import type { Arch } from './types.js'

const stops = (arch: Arch, release: string, cmdline: string) => parseEarlyParamStops(arch, cmdline, policyFor(arch, release)!)
const MALFORMED_MOVABLECORE = { level: 'warn', source: 'params', text: "Malformed early option 'movablecore'" }

describe('parse_early_param(): what the handlers print', () => {
  it('a bare movablecore is -EINVAL: "Malformed early option", printed in command-line order', () => {
    expect(stops('arm64', '6.12.117', 'movablecore crashkernel=256M')).toEqual({ events: [MALFORMED_MOVABLECORE] })
    expect(stops('x86_64', '6.12.117', 'movablecore movablecore=1G movable-core movablecore')).toEqual({ events: [MALFORMED_MOVABLECORE, MALFORMED_MOVABLECORE] })
    expect(stops('riscv64', '7.2.13', 'movablecore= movablecore=10%')).toEqual({ events: [] })
    // parse_args() stops at "--": what follows is init's.
    expect(stops('x86_64', '6.12.117', 'crashkernel=256M -- movablecore')).toEqual({ events: [] })
  })
})
