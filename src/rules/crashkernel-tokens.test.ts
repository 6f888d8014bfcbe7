// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { crashkernelTokens, fixedTokenText, memAddr, misspeltCrashkernel, replaceToken, replaceTokenAt, withCrashkernel, withoutToken, withoutTokenAt, withoutTokensAt } from './crashkernel-tokens.js'

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

  it('finds text meant as crashkernel= that strstr() does not, and nothing else', () => {
    const found = (c: string) => misspeltCrashkernel(c).map((m) => [m.text, m.value])
    expect(found('console=ttyS0 crashkernal=256M quiet')).toEqual([['crashkernal=256M', '256M']])
    expect(found('Crashkernel=1G,high crash_kernel=2G crashkernel:64M')).toEqual([['Crashkernel=1G,high', '1G,high'], ['crash_kernel=2G', '2G'], ['crashkernel:64M', '64M']])
    expect(found('crashkernel = 256M quiet')).toEqual([['crashkernel = 256M', '256M']])
    expect(found('crashkernel =256M')).toEqual([['crashkernel =256M', '256M']])
    expect(found('crashkernal: 256M')).toEqual([['crashkernal: 256M', '256M']])
    // The real option, names far from it, and a name with no value are not misspellings.
    expect(found('crashkernel=256M kdump_crashkernel=1G crashk=1G console=ttyS0 crashkernal crashkernal= quiet=1')).toEqual([])
  })

  it('replaces, removes and rewrites tokens, keeping the other parameters in place', () => {
    const c = 'console=ttyS0 crashkernel=256M rodata=on crashkernel=1G,high'
    expect(withCrashkernel(c, ['crashkernel=512M'])).toBe('console=ttyS0 crashkernel=512M rodata=on')
    expect(withCrashkernel('quiet', ['crashkernel=512M'])).toBe('quiet crashkernel=512M')
    // A ,cma token is a reservation of its own: a new main size keeps it, a new ,cma replaces it.
    const cma = 'crashkernel=128M,cma console=ttyS0 crashkernel=256M'
    expect(withCrashkernel(cma, ['crashkernel=512M,high', 'crashkernel=128M,low'])).toBe('crashkernel=128M,cma console=ttyS0 crashkernel=512M,high crashkernel=128M,low')
    expect(withCrashkernel(cma, ['crashkernel=512M', 'crashkernel=64M,cma'])).toBe('crashkernel=512M crashkernel=64M,cma console=ttyS0')
    expect(withCrashkernel('quiet crashkernel=1G,cma', ['crashkernel=512M'])).toBe('quiet crashkernel=1G,cma crashkernel=512M')
    // After a ,cma kept behind it: a kernel before 6.17 reads the last token of no suffix it
    // knows, and rejects a ,cma there (found by a review: `suggest` then had no value for a
    // board of x86_64 6.12 and 7.2 with "crashkernel=256M crashkernel=64M,cma").
    expect(withCrashkernel('crashkernel=256M quiet crashkernel=64M,cma ro', ['crashkernel=512M'])).toBe('quiet crashkernel=64M,cma crashkernel=512M ro')
    expect(withCrashkernel('crashkernel=256M crashkernel=64M,cma crashkernel=1G,high', ['crashkernel=512M'])).toBe('crashkernel=64M,cma crashkernel=512M')
    expect(withCrashkernel('crashkernel=256M crashkernel=64M,cma', ['crashkernel=512M'], { dropCma: true })).toBe('crashkernel=512M')
    expect(withoutToken(c, 'crashkernel=1G,high')).toBe('console=ttyS0 crashkernel=256M rodata=on')
    expect(replaceToken(c, 'crashkernel=256M', 'crashkernel=128M')).toBe('console=ttyS0 crashkernel=128M rodata=on crashkernel=1G,high')
    const twice = 'crashkernel=256M crashkernel=256M'
    expect(withoutTokenAt(twice, crashkernelTokens(twice)[1]!)).toBe('crashkernel=256M')
    expect(replaceTokenAt(twice, crashkernelTokens(twice)[1]!, 'crashkernel=128M')).toBe('crashkernel=256M crashkernel=128M')
    const spaced = '  crashkernel=256M  quiet crashkernel=256M'
    expect(withoutTokensAt(spaced, crashkernelTokens(spaced))).toBe('quiet')
  })

  it('puts crashkernel= at the front of a line some kernel cuts before it (riscv64 keeps 1023 bytes before 7.1)', () => {
    const pad = `pad=${'x'.repeat(1100)}`
    expect(withCrashkernel(`quiet ${pad}`, ['crashkernel=256M'])).toBe(`crashkernel=256M quiet ${pad}`)
    // Every token moves, in its order: the order decides which one the kernel reads.
    expect(withCrashkernel(`quiet ${pad} crashkernel=1G,cma crashkernel=128M`, ['crashkernel=512M'])).toBe(`crashkernel=1G,cma crashkernel=512M quiet ${pad}`)
    // A token that ends inside the first 1023 bytes stays where it is.
    const short = `crashkernel=128M ${'y'.repeat(1000)}`
    expect(withCrashkernel(short, ['crashkernel=256M'])).toBe(`crashkernel=256M ${'y'.repeat(1000)}`)
    expect(withCrashkernel(`${'y'.repeat(1000)} crashkernel=128M`, ['crashkernel=256M'])).toBe(`${'y'.repeat(1000)} crashkernel=256M`)
  })

  it('writes addresses as memparse() reads them', () => {
    expect(memAddr(0x1ee00000n)).toBe('0x1ee00000')
  })

  it('names a fixed region as the line spells it: a range list as written, with the entry this RAM selected', () => {
    expect(fixedTokenText('quiet crashkernel=256M@0x10000000', 256n << 20n, 0x10000000n)).toBe('256M@0x10000000')
    expect(fixedTokenText('crashkernel=1G-4G:192M,4G-:256M@0x30000000', 192n << 20n, 0x30000000n)).toBe('1G-4G:192M,4G-:256M@0x30000000 (192M@0x30000000 for this RAM)')
    // The kernel reads the last token without a suffix; a ,high beside it is not that one.
    expect(fixedTokenText('crashkernel=2G-:448M@0x40000000 crashkernel=1G,high', 448n << 20n, 0x40000000n)).toBe('2G-:448M@0x40000000 (448M@0x40000000 for this RAM)')
    expect(fixedTokenText('crashkernel=2G-:448M crashkernel=448M@0x40000000', 448n << 20n, 0x40000000n)).toBe('448M@0x40000000')
  })
})
