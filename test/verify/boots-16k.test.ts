// SPDX-License-Identifier: GPL-2.0-only
/**
 * Debian's 16K-page arm64 kernels (6.12.117 and 7.2.13, flavour arm64-16k), booted under
 * QEMU by scripts/boots/arm64-16k.sh: the shared oracle has 4K kernels only. boots.test.ts
 * has `verify` agree on each and compares each memblock dump with the model's; here, the
 * board rebuilt from each log says 16K (read from the hash-table lines).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { bootLogToBoard } from '../../src/import/bootlog.js'

const dir = join(import.meta.dirname, '../boots/arm64-16k')
const logs = readdirSync(dir).filter((f) => f.endsWith('.log.gz')).sort()
const read = (f: string): string => gunzipSync(readFileSync(join(dir, f))).toString('utf8')

describe('Debian arm64-16k boots', () => {
  it('has the logs', () => expect(logs.length).toBeGreaterThanOrEqual(20))

  it.each(logs)('%s: the board has 16K pages', (f) => {
    expect(bootLogToBoard(read(f)).board.pageSize).toBe('16K')
  })
})
