// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { policyFor } from '../policies/index.js'
import type { Layout } from '../types.js'
import { x86ParamTrace } from './param-trace.js'

/** What x86ParamTrace() reads of a layout: the command line and CONFIG_KFENCE. */
const layout = (cmdline: string) => ({ cmdline, config: { KFENCE: false } }) as unknown as Layout

describe('x86ParamTrace(): set_debug_rodata() by release', () => {
  it('5.19: __setup("rodata=") (init/main.c@v5.19:1448-1454): a bare rodata never reaches it, a bad value warns after setup_arch()', () => {
    const p = policyFor('x86_64', '5.19.0')!
    const t = x86ParamTrace(layout('rodata rodata=full rodata=t'), p)
    // "full" and "t" are kstrtobool() words of 5.19 (f/F false, t/T true): nothing to warn about.
    expect(t.bootingKernel).toEqual([])
    expect(t.early.flat()).toEqual([])
    expect(x86ParamTrace(layout('rodata=xyz'), p).bootingKernel).toEqual([{ level: 'warn', source: 'params', text: "Invalid option string for rodata: 'xyz'" }])
  })
  it('6.0: early_param("rodata") taking "on"/"off" (init/main.c@v6.0:1454-1467): the bare token and "full" warn in place', () => {
    const t = x86ParamTrace(layout('rodata rodata=full'), policyFor('x86_64', '6.0.0')!)
    expect(t.bootingKernel).toEqual([])
    expect(t.early.flat().map((e) => e?.text)).toEqual(["Invalid option string for rodata: '(null)'", "Invalid option string for rodata: 'full'"])
  })
})
