// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { RPI4_4G, of, run } from './helpers.js'

describe('CK003 fell-back-high', () => {
  const pi = { id: 'pi', extends: 'raspberrypi-4', memory: RPI4_4G, kernels: ['6.12'], cmdline: 'crashkernel=1G' }

  it('bad: crashkernel=1G on RPi4 6.12 falls back above the 1 GiB limit and takes a 128 MiB low part', () => {
    const [f, ...rest] = of(run(pi), 'CK003')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'warning', messageId: 'fellBack', data: { size: '1 GiB', lowMax: '0x0000000040000000', above4g: '' } })
    expect(f?.data.lowPart).toMatch(/^and reserved a 128 MiB low part at \[/)
    expect(f?.data.devices).toContain('"emmc2 (SD card)"')
    expect(f?.suggestion?.replacement).toMatch(/^crashkernel=\d+M$/)
  })

  it('suggests the smaller size for the token the kernel reads, the last one, when a copy precedes it', () => {
    const [f] = of(run({ ...pi, cmdline: 'crashkernel=1G crashkernel=1G' }), 'CK003')
    expect(f?.suggestion?.replacement).toMatch(/^crashkernel=1G crashkernel=\d+M$/)
    expect(f?.suggestion?.replacement).toBe(`crashkernel=1G ${of(run(pi), 'CK003')[0]?.suggestion?.replacement}`)
  })

  it('is an error under expect.noFallbackAbove4G', () => {
    const f = of(run({ ...pi, expect: { noFallbackAbove4G: true } }), 'CK003')[0]
    expect(f?.severity).toBe('error')
    expect(f?.message).toMatch(/\(expect\.noFallbackAbove4G\)$/)
  })

  it('good: crashkernel=512M stays below 1 GiB', () => {
    expect(run({ ...pi, cmdline: 'crashkernel=512M' }).findings).toEqual([])
  })
})
