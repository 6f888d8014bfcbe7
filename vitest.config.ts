// SPDX-License-Identifier: GPL-2.0-only
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CI machines have 2 cores shared by every worker: the oracle, equivalence and browser
    // tests are measured in seconds there, so no test fails for being slow rather than wrong.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Every scratch directory of a run under one TMPDIR, removed at the end (test/global-tmp.ts).
    globalSetup: ['test/global-tmp.ts'],
  },
})
