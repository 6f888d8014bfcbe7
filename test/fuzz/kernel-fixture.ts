// SPDX-License-Identifier: GPL-2.0-only
/**
 * What the test/fuzz/kernel-*.test.ts replays of the compiled-C fixtures share: reading a
 * fixture (test/fixtures/NAME, or the file a longer search wrote, named by an environment
 * variable) and failing a test with the count and the first disagreements.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { expect } from 'vitest'

/** test/fixtures/FILE (gzip'd JSON), or the file $ENV names when it is set. */
export function readKernelFixture<T>(file: string, env?: string): T {
  const path = (env === undefined ? undefined : process.env[env]) || join(import.meta.dirname, '..', 'fixtures', file)
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as T
}

/**
 * Replays every item (a case, or a case's index); `replay` returns undefined where the two
 * agree and a description where they do not. Fails the test with how many of how many
 * disagree and the first `first` descriptions (SHOW=N in the environment shows N); returns how
 * many items were replayed.
 */
export function expectAgreement<T>(items: Iterable<T>, replay: (item: T) => string | undefined, first = 3): number {
  const failures: string[] = []
  let n = 0
  for (const item of items) {
    n++
    const bad = replay(item)
    if (bad !== undefined) failures.push(bad)
  }
  const show = Number(process.env.SHOW ?? first)
  if (failures.length) expect.fail(`${failures.length} of ${n} cases disagree; the first:\n${failures.slice(0, show).join('\n\n')}`)
  return n
}
