// SPDX-License-Identifier: GPL-2.0-only
/** A recording CliIO for the command tests: real files, captured output, injectable terminal and clock. */
import { spawnSync } from 'node:child_process'
import { access, mkdtemp, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { main, type CliIO, type ExitCode } from '../../src/cli/main.js'
import { Readable } from 'node:stream'
import { readBytesAtMost, readTextAtMost, stdinReader } from '../../src/cli/read-bytes.js'
import { writeTextFile } from '../../src/cli/write-text.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const EXAMPLES = join(ROOT, 'examples/boards.json')

export interface Recording extends CliIO {
  out: string
  err: string
}

export interface RecordingOptions {
  isTTY?: { stdout?: boolean; stderr?: boolean; stderrColumns?: number }
  env?: Record<string, string | undefined>
  /** A fake clock: each call returns the next value (the last one repeats). */
  clock?: number[]
  spawnSync?: CliIO['spawnSync']
  /** Standard input's bytes, for the artefact `-` (read once, as the bin's). */
  stdin?: Uint8Array
}

/** An io that reads and writes real files and records stdout and stderr. */
export function recordingIo(options: RecordingOptions = {}): Recording {
  let tick = 0
  const io: Recording = {
    out: '',
    err: '',
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    readFile: readTextAtMost,
    readBytes: readBytesAtMost,
    writeFile: writeTextFile,
    fileIdentity: (path) => stat(path).then((s) => `${s.dev}:${s.ino}`, () => undefined),
    exists: (path) => access(path).then(() => true, () => false),
    isSpecialFile: (path) => stat(path).then((s) => !s.isFile() && !s.isDirectory(), () => false),
    env: options.env ?? {},
    spawnSync: options.spawnSync ?? ((command, args, opts) => spawnSync(command, [...args], opts)),
    ...(options.isTTY && { isTTY: options.isTTY }),
    ...(options.stdin && { readStdin: stdinReader(Readable.from([Buffer.from(options.stdin)])) }),
    ...(options.clock && { now: () => options.clock![Math.min(tick++, options.clock!.length - 1)]! }),
  }
  return io
}

/** Runs main() and returns the exit code with what was written. */
export async function run(argv: string[], options: RecordingOptions = {}): Promise<{ code: ExitCode; out: string; err: string; io: Recording }> {
  const io = recordingIo(options)
  const code = await main(argv, io)
  return { code, out: io.out, err: io.err, io }
}

/** A fresh temporary directory. */
export const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'ckc-cli-'))

/** An oracle boot log gunzipped into `dir`; returns its path. */
export async function oracleLog(dir: string, id: string): Promise<string> {
  const path = join(dir, `${id}.log`)
  await writeFile(path, gunzipSync(readFileSync(join(ROOT, 'test/oracle/logs', `${id}.log.gz`))))
  return path
}
