#!/usr/bin/env node
// SPDX-License-Identifier: GPL-2.0-only
/* The executable: wires main() to the process (ESLint bin/eslint.js). Kept trivial on purpose. */
import { spawnSync } from 'node:child_process'
import { access, readFile, writeFile } from 'node:fs/promises'
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  exists: (path) => access(path).then(() => true, () => false),
  isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
  env: process.env,
  spawnSync: (command, args, options) => spawnSync(command, [...args], options),
  now: () => Date.now(),
})
