// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { check } from '../index.js'
import { unusedDefaults } from './unused-defaults.js'

const q35 = { id: 'q', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'] }
const virt = { id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'] }
const own = { id: 'own', arch: 'x86_64', memory: [{ base: '0x100000', size: '0x7ff00000' }], kernels: ['6.12'], cmdline: 'crashkernel=256M' }

describe('unusedDefaults', () => {
  const run = (defaults: Record<string, unknown>, boards: Array<Record<string, unknown>>, override = false) =>
    unusedDefaults({ version: 1, defaults, boards } as never, boards.map((_, i) => i), override).map((u) => [u.pointer, u.setBy])

  it('a setting every board or its preset sets for itself', () => {
    expect(run({ cmdline: 'crashkernel=2G' }, [q35, virt])).toEqual([['/defaults/cmdline', { presets: ['qemu-q35-x86_64', 'qemu-virt-arm64'], boards: 0 }]])
    expect(run({ cmdline: 'crashkernel=2G' }, [q35, own])).toEqual([['/defaults/cmdline', { presets: ['qemu-q35-x86_64'], boards: 1 }]])
    // One board that takes it is enough.
    expect(run({ cmdline: 'crashkernel=2G' }, [q35, { ...own, cmdline: undefined }])).toEqual([])
  })
  it('object settings key by key; suppress is concatenated, so always taken', () => {
    expect(run({ config: { CMA: false, ZONE_DMA: true }, suppress: [{ rule: 'CK004', reason: 'x' }] }, [{ ...own, config: { CMA: true } }])).toEqual([['/defaults/config/CMA', { presets: [], boards: 1 }]])
  })
  it('the RAM settings go together: a board with memory, or a preset with RAM variants, takes no ramSize', () => {
    expect(run({ ramSize: '8G' }, [q35, own])).toEqual([['/defaults/ramSize', { presets: [], boards: 2 }]])
    expect(run({ ramSize: '8G' }, [{ ...q35, ramSize: undefined }])).toEqual([['/defaults/ramSize', { presets: ['qemu-q35-x86_64'], boards: 0 }]])
    expect(run({ memory: [{ base: '0x0', size: '1G' }] }, [{ ...own, memory: undefined }])).toEqual([])
  })
  it('kernels under a --kernel list, which replaces them all, are not reported', () => {
    expect(run({ kernels: ['7.2'] }, [q35], true)).toEqual([])
    expect(run({ kernels: ['7.2'] }, [q35])).toEqual([['/defaults/kernels', { presets: [], boards: 1 }]])
  })
  it('nothing without boards or defaults', () => {
    expect(run({ cmdline: 'x' }, [])).toEqual([])
    expect(unusedDefaults({ version: 1, boards: [q35] } as never, [0], false)).toEqual([])
  })
})

describe('SC005 in check()', () => {
  const text = (defaults: Record<string, unknown>, boards: Array<Record<string, unknown>>) => JSON.stringify({ version: 1, defaults, boards }, null, 2)

  it('a warning at the key, which names who sets it instead; the boards are checked as before', () => {
    const r = check(text({ cmdline: 'crashkernel=2G' }, [q35, virt]), 'm.json')
    const f = r.findings.filter((x) => x.ruleId === 'SC005')
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({ severity: 'warning', pointer: '/defaults/cmdline', location: { line: 4, column: 5 } })
    expect(f[0]!.message).toBe('"defaults" sets cmdline, but no board takes it: the presets qemu-q35-x86_64, qemu-virt-arm64 set their own (a board\'s own value wins, then its preset\'s, then "defaults")')
    expect(r.layouts).toHaveLength(2)
  })
  it('one preset or one board "sets its own"; more "set their own"', () => {
    const said = (boards: Array<Record<string, unknown>>) => check(text({ cmdline: 'crashkernel=2G' }, boards), 'm.json').findings.find((x) => x.ruleId === 'SC005')?.data.setBy
    expect(said([q35])).toBe('the preset qemu-q35-x86_64 sets its own')
    expect(said([own])).toBe('1 board sets its own')
    expect(said([own, { ...own, id: 'o2' }])).toBe('2 boards set their own')
    expect(said([q35, own])).toBe('the preset qemu-q35-x86_64 and 1 board set their own')
  })
  it('judged on every board, whatever the boards filter (a fan-out leg sees the whole file)', () => {
    const m = text({ cmdline: 'crashkernel=2G' }, [q35, { ...own, cmdline: undefined }])
    expect(check(m, 'm.json', { boards: ['q'] }).findings.filter((x) => x.ruleId === 'SC005')).toEqual([])
  })
  it('a board the schema refuses counts by what it sets (fixed, it takes the default), a second board with the same id not at all', () => {
    const m = text({ cmdline: 'crashkernel=2G' }, [q35, { ...own, id: 'q', cmdline: undefined }])
    expect(check(m, 'm.json').findings.filter((x) => x.ruleId === 'SC005').map((x) => x.pointer)).toEqual(['/defaults/cmdline'])
    // A refused board without a cmdline would take the default once its error is fixed.
    const refusedTakes = text({ cmdline: 'crashkernel=2G' }, [q35, { ...own, id: 'bad', cmdline: undefined, arch: 'sparc' }])
    expect(check(refusedTakes, 'm.json').findings.filter((x) => x.ruleId === 'SC005')).toEqual([])
    // One without an id (refused for it) counts as well: it would take the default.
    const noId = text({ cmdline: 'crashkernel=2G' }, [own, { ...own, id: undefined, cmdline: undefined }])
    expect(check(noId, 'm.json').findings.filter((x) => x.ruleId === 'SC005')).toEqual([])
    // One that sets its own is counted with the others: "2 boards", not the one checked.
    const refusedSets = text({ cmdline: 'crashkernel=2G' }, [own, { ...own, id: 'bad', ramSize: '24MB' }])
    expect(check(refusedSets, 'm.json').findings.find((x) => x.ruleId === 'SC005')?.data.setBy).toBe('2 boards set their own')
    // The id of a refused board counts too (firstBoardOfEachId(), as decodeMatrix() has it): a
    // later board with it is a duplicate, not decoded, and takes nothing.
    const afterRefused = text({ cmdline: 'crashkernel=2G' }, [q35, { ...own, id: 'z', arch: 'sparc' }, { ...own, id: 'z', cmdline: undefined }])
    const r = check(afterRefused, 'm.json')
    expect([r.findings.filter((x) => x.ruleId === 'SC005').map((x) => x.pointer), r.findings.some((x) => x.messageId === 'duplicateBoardId')]).toEqual([['/defaults/cmdline'], true])
  })
})
