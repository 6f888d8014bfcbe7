#!/usr/bin/env node
// SPDX-License-Identifier: GPL-2.0-only
/* The executable: wires main() to the process (ESLint bin/eslint.js). Kept trivial on purpose. */
import { readFile } from 'node:fs/promises'
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
})
