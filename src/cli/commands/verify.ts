// SPDX-License-Identifier: GPL-2.0-only
/**
 * `crashkernel-check verify <boot-log>`: rebuilds the layout from a real boot log (and a
 * board of the matrix, when given), simulates it and compares the prediction with what that
 * kernel printed — where the crash kernel went (or that it failed), the zones, the kernel's
 * own crashkernel lines. Prints "the model agrees" or the differences line by line.
 */
import { formatVerify, verifyBootLog } from '../../verify/index.js'
import type { CliIO, ExitCode } from '../main.js'
import { readArtefact } from './artefact.js'
import { COMMON_OPTIONS, guarded, parseCommand, UsageError } from './args.js'
import { DEFAULT_MATRIX, loadBoard } from './board.js'
import type { Command } from './types.js'

const HELP = `Usage: crashkernel-check verify <boot-log> [--board <id> [--matrix <file>]]

Checks the model against a real boot: the layout is rebuilt from the log (dmesg, serial
console or journalctl -k; gzip'd logs are unpacked; - reads it from standard input, as in
dmesg | crashkernel-check verify -), simulated with the kernel the log
booted, and compared with what that kernel printed: the crash kernel's placement (main and
low) or its failure, the zone ranges and the whole "Zone ranges:" block, the kernel's
crashkernel lines, x86's DirectMap counters where the log has /proc/meminfo, and, where the
log shows init running, that the model does not predict a hang; where the kernel's last
words (an early exception, a BUG, an oops, a panic) come before any crash kernel line, that
the model's boot stops too; where they come after it and before setup_arch() returns, that
the model's boot panics there too (CK012). Prints "the model agrees", or each difference
at the log's file:line:column, with what the kernel printed and what the model predicts.

With --board, the board's description (firmware reservations, devices, configuration) is
used where the log says nothing; the log's kernel and command line still win, and of the
board's RAM variants the one with the log's amount of memory is used.

Options:
  --board <id>       a board of the matrix (or a preset name)
  --matrix <file>    the matrix holding --board (default ${DEFAULT_MATRIX})
${COMMON_OPTIONS}
Exit status: 0 the model agrees, 1 it differs, 2 the log cannot be verified (no kernel
banner, unsupported kernel, unreadable file, a board of another architecture) or a usage
error.
`

async function run(args: readonly string[], io: CliIO): Promise<ExitCode> {
  return guarded('verify', HELP, io, async () => {
    const parsed = parseCommand(args, { board: { type: 'string' }, matrix: { type: 'string' } }, { min: 1, max: 1, names: 'the boot log' })
    if (parsed === 'help') {
      io.stdout(HELP)
      return 0
    }
    if (parsed.values.matrix !== undefined && parsed.values.board === undefined) throw new UsageError('--matrix needs --board <id>')
    const [path = ''] = parsed.positionals
    const log = await readArtefact(io, path)
    const loaded = parsed.values.board !== undefined ? await loadBoard(io, { matrix: parsed.values.matrix, board: parsed.values.board, kernelsGiven: true }) : undefined
    // The board as check sees it: its own settings over the matrix's defaults.
    const result = verifyBootLog(log.text, { logName: log.path, ...(loaded && { board: loaded.wire, ...(loaded.defaults !== undefined && { defaults: loaded.defaults }) }) })
    const text = formatVerify(result, log.path)
    if (result.problems.length > 0) {
      io.stderr(text)
      return 2
    }
    io.stdout(text)
    return result.agrees ? 0 : 1
  })
}

export const verify: Command = {
  name: 'verify',
  synopsis: 'verify <boot-log> [--board id [--matrix file]]',
  summary: 'compare a real boot log with what the model predicts',
  help: HELP,
  run,
}
