#!/usr/bin/env node
// SPDX-License-Identifier: GPL-2.0-only
/* The executable: wires main() to the process (ESLint bin/eslint.js). Kept trivial on purpose. */
import { spawnSync } from 'node:child_process'
import { fstatSync } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { main } from './main.js'
import { fileErrorText } from '../file-errors.js'
import { readBytesAtMost, readTextAtMost, stdinReader } from './read-bytes.js'
import { writeTextFile } from './write-text.js'

/** Set when stdout or stderr could not be written (a full disk, /dev/full), EPIPE aside. */
let writeFailed = false

/**
 * A writer to `stream` that stops when its reader goes away (`… | head` closes the pipe):
 * the rest of the output has no reader, which is no error of the check, so the exit status
 * stays the check's. Any other write error (`> out.sarif` on a full disk) leaves the output
 * cut short: it is named on stderr and the exit status is 2, not the uncaught exception's 1,
 * which reads as "findings".
 */
function writer(stream: NodeJS.WriteStream, name: 'stdout' | 'stderr'): (text: string) => void {
  let gone = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    gone = true
    if (error.code === 'EPIPE') return
    writeFailed = true
    process.exitCode = 2
    if (name === 'stdout') process.stderr.write(`crashkernel-check: cannot write the output to stdout: ${fileErrorText(error, 'write')}\n`)
  })
  return (text) => {
    if (!gone) stream.write(text)
  }
}

const code = await main(process.argv.slice(2), {
  stdout: writer(process.stdout, 'stdout'),
  stderr: writer(process.stderr, 'stderr'),
  readFile: readTextAtMost,
  readBytes: readBytesAtMost,
  // fd 0 closed (`verify - <&-`): the stream's own error says so.
  readStdin: stdinReader(process.stdin, () => {
    try {
      return fstatSync(0).isDirectory()
    } catch {
      return false
    }
  }),
  writeFile: writeTextFile,
  fileIdentity: (path) => stat(path).then((s) => `${s.dev}:${s.ino}`, () => undefined),
  exists: (path) => access(path).then(() => true, () => false),
  isSpecialFile: (path) => stat(path).then((s) => !s.isFile() && !s.isDirectory(), () => false),
  isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true, ...(process.stderr.columns > 0 && { stderrColumns: process.stderr.columns }) },
  env: process.env,
  cwd: () => process.cwd(),
  spawnSync: (command, args, options) => spawnSync(command, [...args], options),
  now: () => Date.now(),
})
process.exitCode = writeFailed ? 2 : code
