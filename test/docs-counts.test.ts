// SPDX-License-Identifier: GPL-2.0-only
/**
 * The docs count the project's own boots of test/boots/releases; a set that grows (riscv64's
 * four releases were added after the count) must not leave the count, or the architectures
 * named beside it, behind.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const logs = readdirSync('test/boots/releases').filter((f) => f.endsWith('.log.gz'))
const arches = [...new Set(logs.map((f) => f.slice(0, f.indexOf('-'))))].sort()

describe('test/boots/releases as the docs describe it', () => {
  it('docs/engine.md counts its boots', () => {
    const text = readFileSync('docs/engine.md', 'utf8')
    const m = /\(test\/boots\/releases, (\d+) boots\)/.exec(text)
    expect(m?.[1]).toBe(String(logs.length))
  })

  it('docs/engine.md and README.md name every architecture it boots', () => {
    expect(arches).toEqual(['amd64', 'arm64', 'riscv64'])
    for (const doc of ['docs/engine.md', 'README.md']) {
      const sentence = /trixie-backports releases 6\.16[^(]*/.exec(readFileSync(doc, 'utf8'))?.[0] ?? ''
      for (const arch of arches) expect(sentence, doc).toContain(arch)
    }
  })
})
