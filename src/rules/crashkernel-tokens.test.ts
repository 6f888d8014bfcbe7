// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { crashkernelTokens, memAddr, memSize, replaceToken, replaceTokenAt, withCrashkernel, withoutToken, withoutTokenAt, withoutTokensAt } from './crashkernel-tokens.js'

describe('crashkernel= tokens', () => {
  it('finds every occurrence as strstr() does, with its class', () => {
    const t = crashkernelTokens('console=ttyS0 crashkernel=1G-4G:192M,4G-:256M foo.crashkernel=1M crashkernel=1G,high crashkernel=64M,low crashkernel=64M,cma')
    expect(t.map((x) => [x.text, x.suffix, x.range])).toEqual([
      ['crashkernel=1G-4G:192M,4G-:256M', null, true],
      ['foo.crashkernel=1M', null, false],
      ['crashkernel=1G,high', ',high', false],
      ['crashkernel=64M,low', ',low', false],
      ['crashkernel=64M,cma', ',cma', false],
    ])
    expect(crashkernelTokens('quiet')).toEqual([])
    // get_last_crashkernel() classes a token by how it ends, not by what it contains.
    expect(crashkernelTokens('crashkernel=1G,high,low crashkernel=256M,highx').map((x) => x.suffix)).toEqual([',low', null])
  })

  it('replaces, removes and rewrites tokens, keeping the other parameters in place', () => {
    const c = 'console=ttyS0 crashkernel=256M rodata=on crashkernel=1G,high'
    expect(withCrashkernel(c, ['crashkernel=512M'])).toBe('console=ttyS0 crashkernel=512M rodata=on')
    expect(withCrashkernel('quiet', ['crashkernel=512M'])).toBe('quiet crashkernel=512M')
    expect(withoutToken(c, 'crashkernel=1G,high')).toBe('console=ttyS0 crashkernel=256M rodata=on')
    expect(replaceToken(c, 'crashkernel=256M', 'crashkernel=128M')).toBe('console=ttyS0 crashkernel=128M rodata=on crashkernel=1G,high')
    const twice = 'crashkernel=256M crashkernel=256M'
    expect(withoutTokenAt(twice, crashkernelTokens(twice)[1]!)).toBe('crashkernel=256M')
    expect(replaceTokenAt(twice, crashkernelTokens(twice)[1]!, 'crashkernel=128M')).toBe('crashkernel=256M crashkernel=128M')
    const spaced = '  crashkernel=256M  quiet crashkernel=256M'
    expect(withoutTokensAt(spaced, crashkernelTokens(spaced))).toBe('quiet')
  })

  it('writes sizes and addresses as memparse() reads them', () => {
    expect(memSize(768n << 20n)).toBe('768M')
    expect(memSize(2n << 30n)).toBe('2G')
    expect(memSize(4097n)).toBe('0x1001')
    expect(memAddr(0x1ee00000n)).toBe('0x1ee00000')
  })
})
