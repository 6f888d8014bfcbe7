// SPDX-License-Identifier: GPL-2.0-only
/**
 * What a command is (ESLint's cli.execute, one file per command): a name, the help it prints
 * for `--help`, and run(args, io) → exit code. Commands do I/O only through `io`.
 */
import type { SpawnSyncLike } from '../../import/index.js'
import type { CliIO, ExitCode } from '../main.js'

/**
 * What the commands beyond `check` may use from the outside world, each optional so that a
 * test passes only what it needs. The bin (src/cli/index.ts) passes all of them.
 */
export interface CliCapabilities {
  /**
   * Raw bytes of a file (a DTB, a gzip'd log), at most `limit` of them (a device such as
   * /dev/zero has no end). Without it, text read through readFile.
   */
  readBytes?(path: string, limit: number): Promise<Uint8Array>
  /**
   * Standard input's bytes, at most `limit` of them: the artefact `-` (`dmesg | crashkernel-check
   * verify -`). Absent = `-` is a file of that name. It can be read once.
   */
  readStdin?(limit: number): Promise<Uint8Array>
  /**
   * Writes a text file (import --out and its provenance side file, check --output); with
   * `makeDirectories`, its missing directories first.
   */
  writeFile?(path: string, text: string, options?: { makeDirectories?: boolean }): Promise<void>
  /**
   * Which file a path names, symlinks followed (its device and inode): equal for two names of
   * one file, hard links included. Undefined for a path that does not exist.
   */
  fileIdentity?(path: string): Promise<string | undefined>
  /** Whether the file exists (import --out adds to an existing matrix). */
  exists?(path: string): Promise<boolean>
  /**
   * Whether an existing path is something other than a regular file or a directory (a
   * device, a FIFO: import --out would read /dev/stdout or /dev/zero as a matrix). Absent =
   * never special.
   */
  isSpecialFile?(path: string): Promise<boolean>
  /**
   * Whether stdout and stderr are terminals: colour on stdout, progress on stderr. Absent =
   * neither. `stderrColumns`: the width of the terminal on stderr, which the progress line fits.
   */
  isTTY?: { stdout?: boolean; stderr?: boolean; stderrColumns?: number }
  /** The environment, read for NO_COLOR (https://no-color.org). */
  env?: Readonly<Record<string, string | undefined>>
  /** node:child_process spawnSync: runs dtc for a .dts. */
  spawnSync?: SpawnSyncLike
  /** The working directory the file names are relative to (check --format sarif names them from the repository root). */
  cwd?(): string
  /** A millisecond clock for the progress indicator (tests pass a fake one). */
  now?(): number
}

/** One subcommand of `crashkernel-check`. */
export interface Command {
  name: string
  /** The synopsis after the program name, e.g. `explain <board> [options]`. */
  synopsis: string
  /** One line for the command list. */
  summary: string
  /** The full `--help` text. */
  help: string
  run(args: readonly string[], io: CliIO): Promise<ExitCode>
}
