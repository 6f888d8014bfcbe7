#!/usr/bin/env node
// SPDX-License-Identifier: GPL-2.0-only
/* The executable: wires main() to the process (ESLint bin/eslint.js). Kept trivial on purpose. */
import { spawnSync } from 'node:child_process'
import { access, readFile, writeFile } from 'node:fs/promises'
import { main } from './main.js'

/**
 * A writer to `stream` that stops when its reader goes away (`… | head` closes the pipe):
 * the rest of the output has no reader, which is no error of the check, so the exit status
 * stays the check's.
 */
function writer(stream: NodeJS.WriteStream): (text: string) => void {
  let gone = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    gone = true
  })
  return (text) => {
    if (!gone) stream.write(text)
  }
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  readFile: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  exists: (path) => access(path).then(() => true, () => false),
  isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
  env: process.env,
  cwd: () => process.cwd(),
  spawnSync: (command, args, options) => spawnSync(command, [...args], options),
  now: () => Date.now(),
})
