// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue, part 9: regular expressions on user input. Every RegExp in the
 * directories that read a user's files or inputs (src/matrix; src/import and src/verify, which
 * read boot logs, DTS, /proc/iomem and .config; src/fanout, src/github and src/cli) or handle
 * the text they hold (src/suggest, src/rules and src/report: command lines, board ids,
 * messages, file names, descriptions) is listed here with what it sees (a test fails when one
 * is added without being listed), each has star height ≤ 1 and at most one unbounded "any
 * character" run, and each is run by a step-counting backtracking matcher (regex-model.ts) on
 * adversarial strings of growing length, whose steps must grow linearly (the few whose input
 * has a fixed bound, BOUNDED, need only stay in budget at that bound): runs of the patterns'
 * own alphabet, and runs pumped into a string shaped like what each pattern matches (its
 * literal context: `Machine model: ` then many spaces). The importers, run on hostile
 * artefacts, and the engine, on hostile command lines, may execute only certified regexes,
 * and their work must grow linearly.
 * The engine's command-line parsing (through simulate()), the --boards wildcard filter and
 * src/suggest's command-line helpers (string scans that replaced quadratic regexes) are
 * measured by the characters they examine (work.ts), which must grow linearly too. No test
 * here reads a clock: the counts are the same on every machine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { detectArtefact } from '../../src/cli/commands/artefact.js'
import { renderTable } from '../../src/cli/render/table.js'
import { readShard } from '../../src/fanout/shard.js'
import { RE } from '../../src/import/bootlog.js'
import { annotatedPositions, compileDts, pluginDirective } from '../../src/import/dts.js'
import { importBoard } from '../../src/import/index.js'
import { verifyBootLog } from '../../src/verify/index.js'
import { PHYS_ADDR_MAX } from '../../src/engine/phys.js'
import { simulate } from '../../src/engine/index.js'
import { clearEngineStores } from '../../src/engine/simulate.js'
import { decodeMatrix, wildcardMatch } from '../../src/matrix/decode.js'
import { boardMatrixSchema } from '../../src/matrix/generated/schema.js'
import { parseSize } from '../../src/matrix/size.js'
import { groupDigits } from '../../src/group-digits.js'
import { humanSize } from '../../src/report/memory-map.js'
import { atSuffix, openRangeEntry, replaceDecimalSizes, trimTrailingCommas, withoutAtSuffix } from '../../src/suggest/strategies.js'
import { derivedId } from '../../src/import/types.js'
import { replaceAllCounted, sampleOf, StepBudgetExceeded } from './regex-model.js'
import { countStringWork, growth } from './work.js'

/**
 * Every regex in the audited directories (non-test files), by file relative to src: [regex,
 * what it sees]. Literals are written out (the listing test matches them character for
 * character); the boot log's message table is the module's own (`RE`, some built from parts).
 */
const AUDITED: Record<string, Array<[RegExp, string]>> = {
  'read-matrix.ts': [[/^\/boards\/(\d+)(\/|$)/, "the pointers of the matrix's schema problems (from the validator, not typed by the user)"]],
  'errors.ts': [[/^[aeiou]/, "typeof a value in an error message (JavaScript's own type names)"]],
  'group-digits.ts': [[/\B(?=(\d{3})+(?!\d))/g, 'String() of a count (boards, layouts, findings, translations)']],
  'index.ts': [[/\/cmdline$/, "a board suggestion's JSON pointer (built by the suggester)"]],
  'list-items.ts': [[/\s+/, 'a --boards, --kernel, boards or kernel item that matched nothing; a --sizes value pasted from a command line']],
  'matrix/decode.ts': [
    [new RegExp(boardMatrixSchema.$defs.size.pattern), 'size/address strings, also those a preset derives'],
    [new RegExp(boardMatrixSchema.$defs.board.properties.id.pattern, 'u'), 'board ids (whether a boards filter can select one)'],
  ],
  'matrix/locate.ts': [
    [/~1/g, 'JSON pointer segments (property names from the file)'],
    [/~0/g, 'JSON pointer segments'],
    [/~/g, 'path segments'],
    [/\//g, 'path segments'],
    [/^(0|[1-9][0-9]*)$/, 'pointer segments (array index test)'],
  ],
  'matrix/parse.ts': [
    [/([a-z])([A-Z])/g, "jsonc-parser's error code names (not user input)"],
    [/^[A-Za-z_$][\w$-]{0,63}(?=[ \t]*:)/, 'at most 80 characters of the matrix where the parser found an invalid symbol (bounded, one way to match)'],
  ],
  'matrix/validate.ts': [
    [/^\/boards\/(\d+)(\/|$)/, "ajv's instance pointers (board indexes)"],
    [/^0[0-9]+[KMGTPEkmgtpe]?$/, 'a size the schema refused (the octal hint)'],
    [/^0+(?=[0-9])/, 'the same size, its leading zeros dropped for the hint'],
    [/^; did you mean "([^"]*)"\?$/, "the typo hint validate.ts itself wrote (a property name of the schema)"],
    [/^(0|[1-9][0-9]{0,14})(?:\.([0-9]{1,6}))?\s*([KMGTPEkmgtpe])(?:i?[Bb])?$/, 'a size the schema refused, trimmed (the unit hint: "8GB", "1.5G")'],
    [/^v?([0-9]{1,3})\.([0-9]{1,3})(?:\.([0-9]{1,5}))?([-+~_].{0,200})?$/, 'a kernel version the schema refused (the version hint: "v6.12", "6.01", "6.1.0-18-arm64")'],
    [/^(0|[1-9][0-9]*)$/, "ajv's instance pointer segments (array index test)"],
  ],
  'matrix/size.ts': [
    [/^(0[xX][0-9a-fA-F_]+|[0-9]+)([KMGTPEkmgtpe]?)$/, 'schema-valid sizes'],
    [/_/g, 'digits of a schema-valid size'],
  ],
  // Every line of a boot log (no line-length limit), raw, then with its prefixes removed.
  'import/bootlog.ts': [
    [/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]/g, 'each raw line and journal message (ANSI escapes of a serial console)'],
    [/[\x00-\x08\x0b-\x1f\x7f]/g, 'each raw line and journal message (control characters, \\r among them)'],
    [/\[\s*(\d+\.\d+)\]\s?/, 'each line (the printk timestamp, anywhere in it)'],
    [/^\[(?:(?:\d{4}-\d\d-\d\d[ T])?\d\d:\d\d:\d\d(?:[.,]\d+)?|\s*\d+\.\d+ +\d+\.\d+)\] ?/, "each raw line and journal message, cleaned (a serial terminal's time: tio, minicom, grabserial)"],
    [/^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)?|\d{4}-\d\d-\d\dT[\d:.]+(?:[+-]\d\d:?\d\d|Z)?|[A-Z][a-z]{2} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+|\d+\.\d+) (?:\S+ )?kernel: /, "each line (journalctl's prefixes, with the host or --no-hostname)"],
    [/^(?:\S+ )?kernel: /, 'each line after a timestamp (journalctl -o short-monotonic, with the host or --no-hostname)'],
    [/^\[\s*(\d+\.\d+)(?: <\s*\d+\.\d+[ *]?>| {16})\]\s?/, "each line (journalctl -o short-delta's timestamp and delta)"],
    [/^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)?|\d{4}-\d\d-\d\dT[\d:.]+(?:[+-]\d\d:?\d\d|Z)?|[A-Z][a-z]{2} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+|\d+\.\d+|\[\s*\d+\.\d+(?: <\s*\d+\.\d+[ *]?>| {16})?\]) /, "each line, cleaned (a short journalctl format's timestamp)"],
    [/^\S+ (\S+): /, 'the rest of each such line (host and identifier)'],
    [/^(\S+): /, 'the rest of each such line (the identifier, --no-hostname)'],
    [/^[^[\]]+\[\d+\]$/, 'the identifier of each such entry (`ident[pid]`)'],
    [/^-- (?:Boot [0-9a-f]+|Reboot) --$/, "each cleaned line of a short journalctl format that is no entry (journalctl's boot line)"],
    [/^\s/, 'the same lines (the continuation of a message)'],
    [/^ {4}([A-Z_][A-Z0-9_]*)=/, 'the first 40 lines and each line of journalctl -o verbose (a field)'],
    [/\r$/, 'each line of journalctl -o verbose'],
    [/^\uFEFF/, 'the log, when telling the journalctl format'],
    [/^\s*"(?:MESSAGE|__CURSOR|_BOOT_ID)" : /, 'the first 40 lines, when telling journalctl -o json-pretty'],
    [/\r$/, 'each line of journalctl -o json'],
    [/\r$/, 'each line of journalctl -o export'],
    [/^\[(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [^\]]*\d{4}\]\s?/, "each line (dmesg -T's ctime)"],
    [/^[a-z0-9]+ *:(?:emerg|alert|crit|err|warn|notice|info|debug) *: /, "each line (dmesg -x's facility and level)"],
    [/^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d,\d{6}[+-]\d\d:\d\d |\[(?:[A-Z][a-z]{2}[ \d]\d \d\d:\d\d|\s*\+\d+\.\d{6}|<\s*\d+\.\d{6}>)\] ?)/, "each line, and the first 40 when telling a log (dmesg's iso, reltime and delta times)"],
    [/^\[\s*[TC]\d+\]\s?/, 'each line after its timestamp (the caller id)'],
    [/^<\d+>/, 'each line (the syslog level)'],
    [/=====ORACLE-BEGIN (\S+?)=====/, 'each raw line (the oracle init sections)'],
    [/=====ORACLE-(END \S+?|DONE)=====/, 'each raw line'],
    [/#\d+/, 'each line of the banner text (the build number)'],
    [/\b(?:Debian|Ubuntu) (\d+\.\d+\.\d+)/, 'the banner text after the build number'],
    [/\(Ubuntu \S+ (\d+\.\d+\.\d+)\)/, 'the banner text after the build number (Ubuntu\'s version signature)'],
    [/^(\d+)\.(\d+)(?:\.(\d+))?/, 'the release word of the banner'],
    [/aarch64|arm64/, 'the banner line'],
    [/x86_64|amd64|x86-64/, 'the banner line'],
    [/riscv64/, 'the banner line'],
    [/\+0x[0-9a-f]+\/0x[0-9a-f]+$/, 'the caller word of a memblock=debug line'],
    [/_add$/, 'the function word of a memblock=debug line'],
    [/_remove$/, 'the function word of a memblock=debug line'],
    [/reserve$/, 'the function word of a memblock=debug line'],
    [/free/, 'the function word of a memblock=debug line'],
    [/reserved_mem|early_init_dt_reserve_memory|fdt_reserve_elfcorehdr|fdt_scan_reserved/, 'the caller word of a memblock=debug line'],
    [/^(reserve_regions|efi_[a-z_]+)$/, 'the caller word of a memblock=debug line (EFI_RESERVE)'],
    [/^Movable zone start|^\s*Node \d+:/, 'lines of the zone block'],
    [/^\s*(memory|reserved)( size|\.cnt|\[)/, 'lines of the memblock dump'],
    [/command line:|^Unknown kernel command line/i, 'lines that mention the crash kernel'],
    [/^kexec: Reserving the low 1M/, 'lines that mention the crash kernel'],
    [/: System RAM\s*$/, 'the lines of an iomem block in the log'],
    [/^BIOS-e820:|^x86\/fpu:|^Booting Linux on physical CPU|^SBI specification|^riscv: |^Boot HART Base ISA\s*: rv64/, 'each trimmed line, when no banner named the architecture'],
    [/^Booting Linux/, 'that line'],
    [/^(SBI|riscv|Boot HART)/, 'that line'],
    [/^(usable|reserved kernel|RAM|System RAM)$/i, 'the type word of an e820 line'],
    [/@([0-9a-f]+)$/, 'a reserved-memory node name'],
    [/^linux,cma\b/, 'a reserved-memory node name'],
    [/early_init_fdt_scan_reserved_mem|fdt_reserve_elfcorehdr/, 'the caller word of a memblock=debug line'],
    [/(^|\s)(mem|memmap)=/, 'the kernel command line read from the log'],
    [/(^|\s)cma=/, 'the kernel command line read from the log'],
    [/(^|\s)crashkernel=/, 'the kernel command line read from the log'],
    [/(^|\s)log[_-]buf[_-]len/, 'the kernel command line read from the log'],
    [/^(arm64_memblock_init|paging_init|setup_bootmem)$/, 'the caller word of a memblock=debug line'],
    // The kernel messages (RE): each trimmed kernel line.
    ...Object.entries(RE).map(([name, re]): [RegExp, string] => [re, `each trimmed kernel line (RE.${name})`]),
  ],
  'import/dt-board.ts': [
    [/^riscv/, 'a /cpus compatible string of the DT'],
    [/^arm,(arm-?v8|armv8|cortex-a(3[45]|5[357]|6[05]|7[2-9]|[57][12][05])|cortex-x\d|neoverse)|^(apple,|ampere,|apm,(potenza|strega)|nvidia,(tegra\d+-)?(carmel|denver)|cavium,thunder|qcom,(kryo|oryon))/, 'a /cpus compatible string of the DT'],
    [/^fragment@/, 'DT node names'],
  ],
  'import/dts.ts': [
    [/^FATAL ERROR: Unable to parse input tree/, "each trimmed line of dtc's stderr"],
    [/^(Error|Warning)(?: \([^)]*\))?: (?:<stdin>|[^:\s]+):(\d+)\.(\d+)(?:-(?:\d+\.)?\d+)?:? (.*)$/, "each trimmed line of dtc's stderr (it quotes the DTS)"],
    [/^Warning/, "each trimmed line of dtc's stderr"],
    [/^[^\S\n\r\u2028\u2029]*#include\b/m, 'the whole DTS source, when dtc failed'],
    [/\s+/, "a node line of dtc's annotated output"],
    [/^(?:\S+:\s+)*([^\s=;]+)/, "a property line of dtc's annotated output"],
    [/:(\d+):(\d+)-\d+:\d+/, "the trailing comment of a line of dtc's annotated output"],
    [/[\n\r\u2028\u2029]/, "the text of a line of dtc's annotated output"],
    [/\/plugin\/\s*;/, 'the whole DTS source, comments blanked'],
    [/[^\n]/g, 'each comment of the DTS source'],
  ],
  'import/index.ts': [
    [/^\/boards\/0/, "the schema's pointers into the imported board"],
    [/^\/reservations\/(\d+)/, 'provenance pointers'],
  ],
  'import/iomem.ts': [
    [/^( *)([0-9a-fA-F]+)-([0-9a-fA-F]+) : (.*)$/, 'each line of /proc/iomem (and of a boot log, to find a block of them)'],
    [/\r$/, 'each line of /proc/iomem'],
    [/\r$/, 'each line of /proc/iomem'],
    [/^reserved$/i, 'an iomem entry name'],
  ],
  'import/kconfig.ts': [
    [/^CONFIG_([A-Za-z0-9_]+)=(.*)$/, 'each trimmed line of a .config'],
    [/^# CONFIG_([A-Za-z0-9_]+) is not set\s*$/, 'each trimmed line of a .config'],
    [/^# Linux\/(\S+) (\S+) Kernel Configuration/, 'each trimmed line of a .config'],
    [/^\d+\.\d+(?:\.\d+)?/, "the release word of the .config's header"],
    [/\r$/, 'each line of a .config'],
    [/^"(?:[^"\\]|\\.)*"$/, 'an option value'],
    [/\\(.)/g, 'a quoted option value'],
    [/^(0x[0-9a-f]+|\d+)$/i, 'an option value'],
  ],
  'import/types.ts': [
    [/[^A-Za-z0-9._-]+/g, 'a board id given with --id'],
    [/^[^A-Za-z0-9]+/, 'the same id'],
  ],
  'verify/index.ts': [
    [/^\/boards\/0(?=\/|$)/, 'finding pointers'],
    [/^(?:NUMA: )?Initmem setup node /, 'each trimmed line of the log after its last zone line'],
    [/0x[0-9a-f]+|\d+/gi, "each line of the log and of the model's trace (its numbers blanked, messageForm())"],
  ],
  'fanout/merge.ts': [[/^\/boards\/(\d+)/, "a leg's finding pointers (results files)"]],
  'fanout/results.ts': [
    [/^0x[0-9a-f]{16}$/, 'hex64 strings of a results file'],
    [/\[\]/g, 'schema paths (not user input)'],
  ],
  'fanout/shard.ts': [
    [/^((?:.*\S)?)\s+\(kernel ([^()]*)\)$/, 'the shard action input, trimmed'],
    [/^(\d+)\/(\d+)$/, 'the shard action input'],
    [/[\n,]/, 'the kernel list of a shard input'],
  ],
  'github/blob-url.ts': [
    [/[()'!*~]/g, 'a matrix file name, one path segment'],
    [/^[A-Za-z]:/, 'a matrix file name'],
  ],
  'github/client.ts': [
    [/^\d+$/, "an HTTP header (GitHub's answer)"],
    [/rel="next"/, "a Link header (GitHub's answer)"],
  ],
  'github/comment.ts': [
    [/[^A-Za-z0-9._:/+=-]+/g, 'a comment marker key (file names)'],
    [/-{2,}/g, 'the same key'],
    [/^-|-$/g, 'the same key'],
    [/[^\x00-\x7f]/, 'the same key'],
    [/-$/, 'the same key, clipped'],
    [/\r\n/g, "a comment body (GitHub's answer)"],
  ],
  'github/errors.ts': [
    [/rate limit/i, "an error message (GitHub's answer)"],
    [/^\d+$/, 'an HTTP header'],
    [/^\d+$/, 'an HTTP header'],
  ],
  'github/patch.ts': [[/^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/, "each line of a pull request's diff"]],
  'cli/commands/args.ts': [
    [/^Unknown option '([^']*)'/, "node:util parseArgs's error message (it quotes an argument)"],
    [/=.*/, 'that argument'],
    [/^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/, "parseArgs's error message"],
    [/^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/, "parseArgs's error message"],
    [/^Option '(-[\w-]+)' argument is ambiguous/, "parseArgs's error message"],
    [/\.jsonc?$/i, 'a command-line argument (a positional one too many)'],
    [/^(high|low|cma)$/, 'a crashkernel= suffix from --crashkernel'],
    [/:[^+]*$/, 'a --crashkernel value'],
    [/,(high|low|cma)$/, 'a --crashkernel value'],
  ],
  'cli/commands/artefact.ts': [
    [/\.gz$/, 'an artefact file name'],
    [/^\uFEFF/, 'the whole artefact text'],
    [/^(CONFIG_[A-Za-z0-9_]+=|# CONFIG_[A-Za-z0-9_]+ is not set)/, 'the first 40 non-blank lines of an artefact'],
    [/Linux version \d|Booting Linux on|^Kernel command line: |^[^\S\n\r\u2028\u2029]*(<\d>)?\[\s*\d+\.\d+\]/m, 'the whole artefact text'],
  ],
  'cli/commands/explain.ts': [
    [/_/g, 'formatted addresses of the memory table'],
    [/_/g, 'formatted addresses of the memory table'],
  ],
  'cli/commands/suggest.ts': [[/\+/g, "a board's crashkernel= value"]],
  'cli/main.ts': [[/[*?[{]/, 'a matrix file argument the CLI could not read (a quoted glob)']],
  'cli/render/color.ts': [[/\x1b\[[0-9;]*m/g, 'rendered text (the visible length of a cell)']],
  'cli/render/linear-map.ts': [
    [/^(\d+)([KMGT])(-cont)?$/, "the engine's page-size keys (not user input)"],
    [/^DirectMap/, "the engine's counters (not user input)"],
  ],
  'oracle/case-board.ts': [[/^(\d+)([MG])$/i, "an oracle case's RAM size (verify --case)"]],
  'oracle/compare.ts': [
    [/^(Kernel command line|Command line):/, 'each normalised line of a boot log (verify)'],
    [/^\s/, 'each normalised line of a boot log'],
    [/^memblock_/, 'each normalised line of a boot log'],
    [/^(sysfs|kobject): /, 'each normalised line of a boot log'],
    [/crash ?kernel/i, 'each normalised line of a boot log'],
    [/^\[\s*\d+\.\d+\]\s/, 'each line of a boot log'],
    [/^(4K|16K|64K)$/, "a board's page size"],
    [/^(PANIC: early exception |kernel BUG at |BUG: kernel NULL pointer dereference|Unable to handle kernel |Kernel panic - not syncing: )/, "each normalised line of a boot log, or an oracle case's problem and crash lines (BOOT_STOPPED: anchored literals)"],
    [/^(?:RIP: [0-9a-f]{4}:|pc : |epc : )/, 'the same lines (FAULT_LINE)'],
    [/^([A-Za-z0-9_.]+)\+0x/, 'the rest of a RIP or pc line (SYMBOL_AT)'],
    [/^[0-9a-f]+$/, 'the first word of the rest of a RIP or pc line (HEX)'],
    [/^memblock_phys_alloc_range: \d+ bytes .* reserve_crashkernel/, 'the same lines (CRASH_ALLOC: memblock=debug allocation lines)'],
  ],
  'cli/render/memory-map.ts': [
    [/^(.*) at (0x[0-9a-f_]+) \((at or above the top|at or below the bottom) of RAM\)$/, "a region label (a board's reservation names)"],
    [/_/g, 'a formatted address'],
  ],
  // src/suggest: the board values it tries are the user's command line, re-spelt.
  'suggest/index.ts': [
    [/\/kernels\/\d+$/, "a layout's kernel pointer (built by the decoder)"],
    [/^\/boards\/(\d+)(\/.*)?$/, "an edit's pointer (built by the strategies)"],
    [/^\/boards\/0(?=\/|$)/, "the pointers of the edited board's decoding problems"],
  ],
  'suggest/pointer.ts': [
    [/~1/g, 'JSON pointer segments (property names from the file)'],
    [/~0/g, 'JSON pointer segments'],
    [/^(?:0|[1-9]\d*)$/, 'a pointer segment (array index test)'],
    [/~/g, 'path segments (property names from the file)'],
    [/\//g, 'path segments'],
  ],
  'suggest/strategies.ts': [
    [/(\d[KMGTPEkmgtpe])i?[Bb]\b/g, 'the value of a crashkernel= token of the command line'],
    [/,(high|low|cma)$/i, 'the same value'],
    [/,([A-Za-z]+)$/, 'the same value'],
    [/^auto\b/i, 'the same value'],
    [/^[^-]*-/, 'each entry of a crashkernel= range list'],
  ],
  // src/rules: the command line, and the engine's trace lines (which quote at most one character of it).
  'rules/ck001-reservation-failed.ts': [
    [/size:(0x[0-9a-f]+)/, "the engine's last crashkernel failure line"],
    [/reserve (\d+)MB/, 'the same line'],
    [/failed/, "the engine's crashkernel trace lines"],
  ],
  'rules/ck004-option-ignored.ts': [[/CMA/, "the engine's crashkernel trace lines"]],
  'rules/crashkernel-tokens.ts': [
    [/^([A-Za-z_-]+)(?:([=:])(.*))?$/s, 'each word of the command line'],
    [/\S+/g, 'the command line'],
    [/^=/, 'a word of the command line'],
  ],
  'rules/define-rule.ts': [[/\{\{\s*(\w+)\s*\}\}/g, "a rule's message template (not user input; the data put in is not re-read)"]],
  'rules/kernel-facts.ts': [[/^(\d+)\.(\d+)/, 'the simulated kernel release (from the matrix or --kernel)']],
  'rules/lm001-linear-map-base-pages.ts': [[/^(\d+)([KMG])(-cont)?$/, "the engine's page-size keys (not user input)"]],
  // src/report: findings' messages and data, board ids, file names, reservation names, suggestions.
  'report/escape.ts': [
    [/[\\`*_[\]~|$]/g, 'text put into Markdown (messages, board ids, file names)'],
    [/@/g, 'the same text'],
    [/#(?=\d)/g, 'the same text'],
    [/\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g, 'the same text'],
    [/[&<>"'\\`*_[\]~|$]/g, 'text put into inline HTML in Markdown'],
    [/[&<>]/g, 'text put into Markdown'],
    [/[&<>"']/g, 'text put into HTML'],
    [/`+/g, 'text put into a code span'],
    [/\|/g, 'the same text'],
    [/`+/g, 'each line put into a code fence'],
    [/\r/g, 'the same lines'],
    [/^[A-Za-z0-9 .,:/()+\-_=~·–]$/, 'one character of a Mermaid label'],
    [/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, 'text of plain-text output (messages, board ids, file names)'],
  ],
  'report/github.ts': [
    [/%/g, 'an annotation message or property (messages, file names)'],
    [/\r/g, 'the same'],
    [/\n/g, 'the same'],
    [/:/g, 'an annotation property (file name, title)'],
    [/,/g, 'the same'],
  ],
  'report/html/categories.ts': [
    [/^(kernel|_text|_stext)$/i, 'a reservation owner (memblock=debug caller or reservation name)'],
    [/initrd/i, 'the same owner'],
    [/^(fdt|dtb)$|device_tree|of_alias|of_|\bdt\b/i, 'the same owner'],
    [/cma|shared-dma-pool/i, 'the same owner'],
    [/pgtable|pgd|pmd|pud|pte|fixmap|idmap|page.?table/i, 'the same owner'],
    [/memmap|vmemmap|usemap|sparse|bootmem|node_data|pglist/i, 'the same owner'],
    [/efi|acpi|spin-table|mmode|opensbi|firmware|bios|smbios|tpm|setup_data|^setup$|trampoline|reserved-memory|memreserve|bl31|\btee\b|optee/i, 'the same owner'],
  ],
  'report/html/escape.ts': [
    [/[&<>"']/g, 'text put into the HTML report'],
    [/\r\n|\r|\n/g, 'an attribute value'],
    [/^https?:\/\//i, 'a link target (trimmed)'],
    [/^[^/?#]*:/, 'the same link target'],
  ],
  'report/html/index.ts': [
    [/[^0-9]+/, 'a kernel release (from the matrix or --kernel)'],
    [/[^0-9]+/, 'the same'],
  ],
  'report/memory-map.ts': [[/0+$/, 'two digits of hundredths'],],
  'report/sarif.ts': [
    [/\/blob\/.*$/, 'the docs base URL (a constant, not user input)'],
    [/[.!?]$/, "a rule's description (not user input)"],
    [/^[A-Za-z]:[\\/]/, 'a file path: a Windows drive letter'],
    [/\\/g, 'a Windows absolute file path (artifactLocation)'],
  ],
  'report/stylish.ts': [[/^\s*::/, 'a file path, made visible']],
}

/**
 * Nested quantifiers that cannot backtrack: each repetition starts with a character the
 * inner run cannot match, so there is one way to split any input.
 */
/** Patterns with several wildcard runs, each closed by a character it cannot match: one way to split. */
const DELIMITED: Record<string, string> = {
  '^((?:.*\\S)?)\\s+\\(kernel ([^()]*)\\)$': '[^()]* cannot hold "(", so only the last "(kernel " starts it, and .*\\S ends before the blanks in front of that',
  '^(Error|Warning)(?: \\([^)]*\\))?: (?:<stdin>|[^:\\s]+):(\\d+)\\.(\\d+)(?:-(?:\\d+\\.)?\\d+)?:? (.*)$': 'each wildcard run stops at a character it excludes and the pattern needs next (")", ":"), and (.*)$ ends it',
}

const UNAMBIGUOUS: Record<string, string> = {
  '^([A-Z]{2}[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$': 'every (-…)+ repetition begins with "-", which [a-z0-9] cannot match',
  '^(?:\\S+:\\s+)*([^\\s=;]+)': 'each repetition is one word ending in ":" and the blanks after it: \\S+ cannot cross a blank, so there is one way to split',
}

/**
 * Patterns that backtrack quadratically over a run of digits, in places whose input has a
 * fixed bound whatever the user writes (a test below measures it): instead of growth, the
 * model checks their work at that bound stays within its budget per character.
 */
const BOUNDED: Record<string, { max: number; why: string }> = {
  '0+$': { max: 2, why: 'humanSize() (src/report/memory-map.ts): the two digits of the hundredths' },
  '\\B(?=(\\d{3})+(?!\\d))': { max: 25, why: 'groupDigits() (src/group-digits.ts): String() of a number or a 64-bit bigint, at most 25 characters ("-0.0000012345678901234567")' },
}

/** Schema patterns ajv applies to strings from the file. */
const SCHEMA_PATTERNS = Object.values(boardMatrixSchema.$defs).flatMap((d) => ('pattern' in d && typeof d.pattern === 'string' ? [new RegExp(d.pattern)] : []))

const SRC = join(import.meta.dirname, '../../src')
/** The directories whose code reads user input (matrix files, artefacts, action inputs, results, arguments). */
const AUDITED_DIRS = ['matrix', 'import', 'verify', 'oracle', 'fanout', 'github', 'cli', 'suggest', 'rules', 'report']

/**
 * Regexes outside those directories that run on what the user wrote: the kernel release the
 * importers read, and the command line the engine shares boot prefixes by.
 */
const REACHED: Array<[RegExp, string]> = [
  [/^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})(?:\.(0|[1-9]\d{0,4}))?$/, 'src/engine/kernel-version.ts: a release read from a banner or a .config header'],
  [/^\d+\.\d+$/, 'src/engine/policies/index.ts: the same release (a series?)'],
  [/^[\x21\x23-\x7e ]*$/, "src/engine/boot-prefix.ts: a board's whole command line, when it holds 'crashkernel' (PLAIN_CMDLINE)"],
]

/** Non-test TypeScript files at src's root (the library entry, the shared readers and errors), relative to src. */
function rootFiles(): string[] {
  return readdirSync(SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !statSync(join(SRC, f)).isDirectory())
}

/** Non-test TypeScript files under a directory of src, relative to src. */
function sourceFiles(dir: string): string[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]))
  return walk(join(SRC, dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => relative(SRC, f))
}

/** The regex literals (as `/source/flags`) and the RegExp constructions of a source file, read by TypeScript's parser. */
function regexesIn(file: string): { literals: string[]; built: number } {
  const sf = ts.createSourceFile(file, readFileSync(join(SRC, file), 'utf8'), ts.ScriptTarget.Latest, true)
  const literals: string[] = []
  let built = 0
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push(n.getText(sf))
    if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') built++
    ts.forEachChild(n, visit)
  }
  visit(sf)
  return { literals, built }
}

const ALL_AUDITED = [...Object.values(AUDITED).flat(), ...REACHED].map(([r]) => r)
/** `/source/flags` without `y` (split() runs a sticky copy) and `u` (ajv's; ASCII patterns here). */
const key = (r: string): string => r.replace(/\/[a-z]*$/, (f) => f.replace(/[yu]/g, ''))
/** What the audit certified: the only regexes the importers may run on hostile input (ajv runs the schema's). */
const CERTIFIED = new Set([...ALL_AUDITED, ...SCHEMA_PATTERNS].map((r) => key(`/${r.source}/${r.flags}`)))

/**
 * Star height of a pattern (unbounded quantifiers nested in quantified groups), and how many
 * unbounded runs of "anything" (`.`, negated classes) it has. Enough for the patterns here.
 */
function analyse(source: string): { starHeight: number; anyRuns: number } {
  const stack: Array<{ unbounded: boolean; height: number }> = [{ unbounded: false, height: 0 }]
  let anyRuns = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    const quantifier = (): { unbounded: boolean; len: number } | undefined => {
      const q = source[i + 1]
      if (q === '*' || q === '+') return { unbounded: true, len: 1 }
      if (q === '?') return { unbounded: false, len: 1 }
      if (q === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i + 1))
        if (m) return { unbounded: m[2] !== undefined && m[3] === '', len: m[0].length }
      }
      return undefined
    }
    let atom: { any: boolean; height: number } | undefined
    if (c === '\\') {
      i++
      atom = { any: false, height: 0 }
    } else if (c === '[') {
      const negated = source[i + 1] === '^'
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
      atom = { any: negated, height: 0 }
    } else if (c === '(') {
      stack.push({ unbounded: false, height: 0 })
      if (source[i + 1] === '?') i += source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!' ? source.indexOf('>', i) - i : 2
      continue
    } else if (c === ')') {
      const group = stack.pop()!
      atom = { any: false, height: group.height }
    } else if (c === '|' || c === '^' || c === '$') {
      continue
    } else {
      atom = { any: c === '.', height: 0 }
    }
    const q = quantifier()
    let height = atom.height
    if (q) {
      i += q.len
      if (q.unbounded) {
        height = atom.height + 1
        if (atom.any) anyRuns++
      }
    }
    const top = stack[stack.length - 1]!
    top.height = Math.max(top.height, height)
  }
  return { starHeight: stack[0]!.height, anyRuns }
}

/** The pieces adversarial strings repeat: the patterns' own alphabets. */
const PIECES = ['\n', '\r\n', '\t', '0', '1', 'a', 'x', 'E', '_', '~', '/', '.', '-', ':', ',', '@', ' ', '0x', '0x1_', '~1', 'aA', '1.']

/** An adversarial string: `piece` repeated to n characters, ending in a character that fails. */
const adversarial = (piece: string, n: number): string => `${piece.repeat(Math.ceil(n / piece.length)).slice(0, n)}!`

/**
 * Linear growth, with room for n log n: 2 is linear, 4 quadratic (see growth() in work.ts).
 * Deterministic counts, so the margin is not for noise but for sub-linear constant parts.
 */
const LINEAR = 2.5

/** Steps the model may spend per input character before a run is stopped as runaway. */
const STEPS_PER_CHAR = 1000

/** Steps of `re` replacing every match in `s`, checked against the real engine's result. */
function modelSteps(re: RegExp, s: string): number {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)
  const r = replaceAllCounted(g, s, '', STEPS_PER_CHAR * (s.length + 1))
  expect(r.output, `the model agrees with V8 on /${re.source}/`).toBe(s.replace(g, ''))
  return r.steps
}

/** Characters examined (string methods and regex inputs) by f. */
const workOf = (f: () => unknown): number => {
  const w = countStringWork(f)
  return w.reads + w.regexInput
}

describe('regular expressions on user input', () => {
  it(`every regex in src/{${AUDITED_DIRS.join(',')}} and src/*.ts is in the audited list`, () => {
    const files = [...AUDITED_DIRS.flatMap(sourceFiles), ...rootFiles()]
    for (const file of files) {
      const { literals, built } = regexesIn(file)
      const audited = (AUDITED[file] ?? []).map(([r]) => `/${r.source}/${r.flags}`)
      expect(literals.length + built, file).toBe(audited.length)
      const left = [...audited]
      for (const l of literals) {
        expect(left, `${file}: ${l} is not in the audited list`).toContain(l)
        left.splice(left.indexOf(l), 1)
      }
    }
    expect(Object.keys(AUDITED).filter((f) => !files.includes(f)), 'audited files that do not exist').toEqual([])
  })

  it('docs/hardening.md names every audited directory', () => {
    const section = /## Regular expressions\n([\s\S]*?)\n## /.exec(readFileSync(join(SRC, '../docs/hardening.md'), 'utf8'))?.[1] ?? ''
    expect(AUDITED_DIRS.filter((d) => !section.includes(`\`src/${d}\``))).toEqual([])
  })

  it('each audited regex and schema pattern has star height ≤ 1 and at most one unbounded wildcard run', () => {
    for (const re of [...ALL_AUDITED, ...SCHEMA_PATTERNS]) {
      const a = analyse(re.source)
      expect(a.starHeight, re.source).toBeLessThanOrEqual(UNAMBIGUOUS[re.source] ? 2 : 1)
      expect(a.anyRuns, re.source).toBeLessThanOrEqual(DELIMITED[re.source] ? 3 : 1)
    }
    // The analyser does see nesting and wildcard runs.
    expect(analyse('^(a+)+$').starHeight).toBe(2)
    expect(analyse('^.*a.*$').anyRuns).toBe(2)
    expect(analyse('^(0[xX][0-9a-fA-F](_?[0-9a-fA-F])*|0)$').starHeight).toBe(1)
  })

  it('the step-counting model catches what backtracking would make slow', () => {
    // Exponential: stopped at its budget long before 30 characters.
    expect(() => modelSteps(/^(a+)+$/, adversarial('a', 30))).toThrow(StepBudgetExceeded)
    // Polynomial: two overlapping runs, and an unanchored run before a failing character.
    expect(growth((n) => modelSteps(/^[0-9]+[0-9]+x$/, adversarial('1', n)), 50)).toBeGreaterThan(3.5)
    expect(growth((n) => modelSteps(/a*b/, adversarial('a', n)), 50)).toBeGreaterThan(3.5)
    // Linear ones are linear.
    expect(growth((n) => modelSteps(/^[0-9]+x$/, adversarial('1', n)), 50)).toBeLessThanOrEqual(LINEAR)
  })

  it('each audited regex and schema pattern does linear work on adversarial strings (step-counting model)', () => {
    // 250, 500 and 1,000 characters: enough for quadratic work (4x per doubling) to stand out
    // from linear (2x); the model cross-checks each result against V8's.
    for (const re of [...ALL_AUDITED, ...SCHEMA_PATTERNS])
      for (const piece of PIECES) {
        const bound = BOUNDED[re.source]
        // Within the model's budget at the bound (it throws StepBudgetExceeded past it).
        if (bound) modelSteps(re, adversarial(piece, bound.max))
        else expect(growth((n) => modelSteps(re, adversarial(piece, n)), 250), `/${re.source}/ on ${JSON.stringify(piece)}…`).toBeLessThanOrEqual(LINEAR)
      }
  })

  it('each audited regex does linear work on runs pumped into its own context (step-counting model)', () => {
    // A run alone misses patterns anchored on a literal prefix: `^Machine model: (.+?)\s*$` is
    // quadratic only after "Machine model: ". So each pattern gets a sample of what it matches
    // (sampleOf), and runs are pumped into it at every character: the characters around the
    // cut, pairs of them, the generic pieces at both ends, and each quantified part repeated
    // (which is what makes nested quantifiers exponential), followed by a failing '!' or by
    // the rest of the sample. 40, 80 and 160 characters of run: the prefix's constant work
    // cancels in growth(), and quadratic work still shows as 4x per doubling.
    for (const re of ALL_AUDITED) {
      const { text, pumps } = sampleOf(re)
      const cases = new Map<string, [string, string, string]>()
      const add = (pre: string, piece: string, post: string): void => void cases.set(JSON.stringify([pre, piece, post]), [pre, piece, post])
      for (let k = 0; k <= text.length; k++) {
        const local = [text[k - 1], text[k], text.slice(Math.max(0, k - 2), k), text.slice(k, k + 2), text.slice(Math.max(0, k - 1), k + 1), ' ', 'a', '0']
        const pieces = k === 0 || k === text.length ? [...local, ...PIECES] : local
        for (const piece of pieces) if (piece) for (const post of ['!', `${text.slice(k)}!`]) add(text.slice(0, k), piece, post)
      }
      for (const p of pumps) for (const post of ['!', `${text.slice(p.at)}!`]) add(text.slice(0, p.at), p.piece, post)
      for (const [pre, piece, post] of cases.values()) {
        const input = (n: number) => `${pre}${piece.repeat(Math.ceil(n / piece.length)).slice(0, n)}${post}`
        const bound = BOUNDED[re.source]
        if (bound) {
          modelSteps(re, input(bound.max))
          continue
        }
        let g: number
        try {
          g = growth((n) => modelSteps(re, input(n)), 40)
        } catch (error) {
          if (!(error instanceof StepBudgetExceeded)) throw error
          g = Infinity
        }
        expect(g, `/${re.source}/${re.flags} on ${JSON.stringify(input(12))}`).toBeLessThanOrEqual(LINEAR)
      }
    }
  })

  it('the bounded patterns get no longer input than their bound, whatever the sizes or counts', () => {
    // The one regex of humanSize() runs once (not global), on its whole
    // input: sizes at the u64 edges and at each unit's steps.
    const sizes = [0n, 1n, 1023n, 1024n, 1536n, (1n << 20n) - 1n, 3n << 29n, 1n << 40n, (1n << 40n) + 1n, PHYS_ADDR_MAX - (1n << 39n), PHYS_ADDR_MAX]
    for (const [name, f, max] of [['humanSize', humanSize, BOUNDED['0+$']!.max]] as const)
      for (const size of sizes) {
        const w = countStringWork(() => f(size))
        expect(w.regexExecs, `${name}(${size})`).toBeLessThanOrEqual(1)
        expect(w.regexInput, `${name}(${size})`).toBeLessThanOrEqual(max)
      }
    expect(humanSize(PHYS_ADDR_MAX)).toBe('~16 EiB')
    // groupDigits() reads String(n) of a number: 17 significant digits at most, fixed notation
    // from 1e-6 to 1e21, so a sign, "0.00000" and 17 digits is the longest; of a bigint of at
    // most 64 bits (LM001's counts), 20 digits and a sign.
    for (const n of [-0.0000012345678901234567, -Number.MAX_VALUE, -Number.MIN_VALUE, -(2 ** 53 - 1), -123456789012345678901, -1.2345678901234567e-300, -(2n ** 63n), 2n ** 64n - 1n])
      expect(String(n).length, String(n)).toBeLessThanOrEqual(BOUNDED['\\B(?=(\\d{3})+(?!\\d))']!.max)
    expect(groupDigits(1234567)).toBe('1,234,567')
    // As toLocaleString('en-US') writes them, which it replaces.
    for (const n of [0n, 999n, 1000n, 8317962n, -1234567n, 2n ** 64n - 1n]) expect(groupDigits(n)).toBe(n.toLocaleString('en-US'))
    for (const n of [0, 7, 1000, 123456, -98765, 2 ** 53 - 1]) expect(groupDigits(n)).toBe(n.toLocaleString('en-US'))
  })

  it('parseSize and the decoder take 100,000-digit sizes, each regex of parseSize running once over it', () => {
    const text = `0x${'f'.repeat(100_000)}`
    const w = countStringWork(() => parseSize(text))
    expect(w.result).toBe(BigInt(text))
    // The two regexes of size.ts (audited and modelled above), once each over the size.
    expect(w.regexExecs).toBe(2)
    expect(w.regexInput).toBeLessThanOrEqual(2 * text.length)
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'x', arch: 'arm64', kernels: ['6.12'], memory: [{ base: '0x40000000', size: `0x${'1_'.repeat(50_000)}1` }], image: { base: '0x40200000' } }] } as never)
    expect(decoded.problems.map((p) => p.messageId)).toEqual(['valueOutOfRange'])
  })

  it('the --boards wildcard filter is linear in the id (was a backtracking RegExp)', () => {
    // Every character read of the id counted through a Proxy over a String object.
    const reads = (n: number): number => {
      let count = 0
      const id = new Proxy(new String('a'.repeat(n)), {
        get(target, key) {
          count++
          const v: unknown = Reflect.get(target, key)
          return typeof v === 'function' ? v.bind(target) : v
        },
      })
      expect(wildcardMatch('*a*a*a*a*b', id as unknown as string)).toBe(false)
      return count
    }
    expect(growth(reads, 16_384)).toBeLessThanOrEqual(LINEAR)
    // A RegExp would read the id natively, unseen by the Proxy: there must be none.
    expect(countStringWork(() => wildcardMatch('*a*a*a*a*b', 'a'.repeat(1000))).regexExecs).toBe(0)
    expect(wildcardMatch('*a*a*a*a*b', 'a'.repeat(65_536))).toBe(false)
    expect(wildcardMatch('rpi*-8g', 'rpi4-8g')).toBe(true)
    expect(wildcardMatch('*', '')).toBe(true)
    expect(wildcardMatch('a*b*c', 'axxbyyc')).toBe(true)
    expect(wildcardMatch('a*b*c', 'axxbyy')).toBe(false)
    expect(wildcardMatch('vm', 'vm2')).toBe(false)
    const d = decodeMatrix({ version: 1, boards: [{ id: 'rpi4-8g', extends: 'raspberrypi-4', kernels: ['6.12'] }, { id: 'vm', extends: 'qemu-virt-arm64', kernels: ['6.12'] }] } as never, { boards: ['rpi*'] })
    expect(new Set(d.layouts.map((l) => l.boardId))).toEqual(new Set(['rpi4-8g']))
  })

  it("the engine's command-line parsing (mem=, debug_pagealloc=, crashkernel=) does linear work on adversarial command lines", () => {
    const layout = decodeMatrix({ version: 1, boards: [{ id: 'x', arch: 'riscv64', kernels: ['6.12'], memory: [{ base: '0x80000000', size: '2G' }], image: { base: '0x80200000', size: '32M' } }] } as never).layouts[0]!.layout
    const arm = decodeMatrix({ version: 1, boards: [{ id: 'x', arch: 'arm64', kernels: ['6.12'], memory: [{ base: '0x40000000', size: '2G' }], image: { base: '0x40200000' } }] } as never).layouts[0]!.layout
    // Each shape with the growth its parse may have. One is quadratic on purpose: the kernel's
    // get_last_crashkernel() (kernel/crash_reserve.c, 6.12) runs strchr(p, ' ') for every
    // "crashkernel=" it finds, to the end of a command line without spaces, and
    // getLastCrashkernel() mirrors it; what bounds it is the length of a command line
    // (COMMAND_LINE_SIZE: simulate() reads at most its first COMMAND_LINE_SIZE - 1 bytes, as
    // the kernel does, and the decoder's maxCmdlineLength bounds the rest), and the growth
    // bound says no worse than that. The growth is measured below riscv64 6.12's 1023 bytes
    // (250, 500 and 1,000 characters); past the cut the work stops growing at all.
    const QUADRATIC = 4.5
    const cmdlines: Array<[(n: number) => string, number]> = [
      [(n) => `mem=${'E'.repeat(n)}!`, LINEAR],
      [(n) => ` mem=${'0x'.repeat(n / 2)}!`, LINEAR],
      [(n) => ' mem='.repeat(n / 5), LINEAR],
      [(n) => ' debug_pagealloc='.repeat(Math.floor(n / 17)), LINEAR],
      [(n) => ' crashkernel='.repeat(Math.floor(n / 13)), LINEAR],
      [(n) => 'crashkernel='.repeat(Math.floor(n / 12)), QUADRATIC],
      [(n) => `crashkernel=${','.repeat(n)}x`, LINEAR],
      [(n) => `crashkernel=1G-${'1'.repeat(n)}`, LINEAR],
    ]
    for (const [cmdline, bound] of cmdlines)
      for (const l of [layout, arm]) {
        // The engine memoises per command line (boot-prefix.ts the prefix's command line, found
        // with a regex, and the prefix itself; early-params.ts its scan): each run starts with
        // its stores empty (clearEngineStores()), so that each does the whole work.
        const cold = <T>(f: () => T): (() => T) => () => {
          clearEngineStores()
          return f()
        }
        const work = (n: number): number => workOf(cold(() => simulate({ ...l, cmdline: cmdline(n) })))
        expect(growth(work, 250), cmdline(26).slice(0, 26)).toBeLessThanOrEqual(bound)
        expect(work(100_000), `${cmdline(26).slice(0, 26)}: no more work past COMMAND_LINE_SIZE`).toBe(work(4_000))
        // The counter charges a regex only its input length, not its backtracking: a regex
        // that reads the command line must be audited and modelled like those above (REACHED).
        const w = countStringWork(cold(() => simulate({ ...l, cmdline: cmdline(10_000) })))
        expect([...w.regexes].filter((r) => !CERTIFIED.has(key(r))), `${cmdline(26).slice(0, 26)}: uncertified regexes run`).toEqual([])
      }
  })

  // These five were quadratic regexes on one long token (20,000 characters ≈ 0.6–0.9 s); they
  // are now string scans, checked here on runs of the character that made them backtrack:
  // no regex, and characters examined growing linearly (equivalence with the old patterns:
  // src/suggest/suggest.test.ts).
  const expectLinearScan = (f: (n: number) => unknown): void => {
    expect(countStringWork(() => f(1000)).regexExecs, 'a regex here belongs in the audited list').toBe(0)
    expect(growth((n) => workOf(() => f(n)), 10_000)).toBeLessThanOrEqual(LINEAR)
  }
  it('src/suggest/strategies.ts atSuffix (was /@.*$/) is linear on a value of many "@"', () => {
    expect(atSuffix(`256M${'@'.repeat(100_000)}`)).toHaveLength(100_000)
    expectLinearScan((n) => atSuffix(`256M${'@'.repeat(n)}`))
  })
  it('src/suggest/strategies.ts withoutAtSuffix (was /@[^ ]*$/) is linear on a token of many "@"', () => {
    const v = `crashkernel=256M${'@ '.repeat(50_000)}@`
    expect(withoutAtSuffix(v)).toBe(v.slice(0, -1))
    expectLinearScan((n) => withoutAtSuffix(`crashkernel=256M${'@ '.repeat(n / 2)}@`))
  })
  it('src/suggest/strategies.ts replaceDecimalSizes (was /(\\d+)\\.(\\d+)([KMGT])/gi) is linear on a long run of digits', () => {
    for (const v of [(n: number) => '1'.repeat(n), (n: number) => `${'1'.repeat(n / 2)}.${'2'.repeat(n / 2)}x`, (n: number) => '1.'.repeat(n / 2)]) {
      expect(replaceDecimalSizes(v(100_000), () => '!')).toBe(v(100_000))
      expectLinearScan((n) => replaceDecimalSizes(v(n), () => '!'))
    }
    expect(replaceDecimalSizes('1.5G,2.25m', (i, f, u) => `${i}_${f}${u}`)).toBe('1_5G,2_25m')
  })
  it('src/suggest/strategies.ts trimTrailingCommas (was /,+$/) is linear on a long run of commas', () => {
    const v = `${','.repeat(100_000)}x`
    expect(trimTrailingCommas(v)).toBe(v)
    expectLinearScan((n) => trimTrailingCommas(`${','.repeat(n)}x`))
    expectLinearScan((n) => trimTrailingCommas(`x${','.repeat(n)}`))
    expect(trimTrailingCommas('256M,,,')).toBe('256M')
  })
  it('src/suggest/strategies.ts openRangeEntry (was /-[^:]*:/) is linear on a long run of "-"', () => {
    const v = '-'.repeat(100_000)
    expect(openRangeEntry(v)).toBe(v)
    expectLinearScan((n) => openRangeEntry('-'.repeat(n)))
    expect(openRangeEntry('1G-4G:192M')).toBe('1G-:192M')
  })
  // A DT `model` or a boot log's "Machine model:" line is free text from the artefact: with
  // /^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g the trim backtracked over every run of '.', '_' or '-'
  // (80,000 characters of "._" took about 18 s).
  it('src/import/types.ts derivedId (was /[^A-Za-z0-9._]+/g and /^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g) is linear on a long run of "._"', () => {
    const v = (n: number) => `a${'._'.repeat(n / 2)}b`
    expectLinearScan((n) => derivedId(v(n), '6.1.192'))
    expect(derivedId(v(100_000), '6.1.192')).toBe(`${v(100_000)}-6.1.192`)
    expectLinearScan((n) => derivedId(`${'-'.repeat(n)}x${'_'.repeat(n)}`))
    expect(derivedId(' QEMU Standard PC (Q35 + ICH9, 2009) ', '6.1.192')).toBe('QEMU-Standard-PC-Q35-ICH9-2009-6.1.192')
    expect(derivedId('._2.0_.', undefined, '')).toBe('board-2.0')
  })

  // The importers and the CLI's artefact readers on hostile artefacts: one long line (or a long
  // run of lines) of the characters that made a pattern backtrack. Every regex they run must be
  // one the model certified above (the counter charges a regex only its input, not its
  // backtracking, so an uncertified one could hide quadratic work), and the characters they
  // examine must grow linearly. These were quadratic (20,000 spaces in a "Machine model:" line:
  // 0.7 s) or, for the DTS header, exponential in the number of comments.
  const expectCertifiedAndLinear = (what: string, f: (n: number) => unknown, n = 2_000): void => {
    const w = countStringWork(() => f(n))
    expect([...w.regexes].filter((r) => !CERTIFIED.has(key(r))), `${what}: uncertified regexes run`).toEqual([])
    expect(growth((k) => workOf(() => f(k)), n), what).toBeLessThanOrEqual(LINEAR)
  }
  const spaces = (n: number) => ' '.repeat(n)
  it.each([
    ['Machine model', (n: number) => `[    0.000000] Machine model: a${spaces(n)}b`],
    ['DMI', (n: number) => `[    0.000000] DMI: a${spaces(n)}b${', BIOS '.repeat(n / 7)}\u2028`],
    ['Kernel command line', (n: number) => `[    0.000000] Kernel command line: a${spaces(n)}b`],
    ['x86 Command line', (n: number) => `[    0.000000] Command line: a${spaces(n)}b`],
    ['BIOS-e820', (n: number) => `[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009fbff]${spaces(n)}a${spaces(n)}b\u2028`],
    ['banner build numbers', (n: number) => `[    0.000000] Linux version 6.1.0-57-arm64 (x) ${'#1'.repeat(n / 2)}`],
  ])('a boot log with a long %s line: certified regexes, linear work', (what, line) => {
    expectCertifiedAndLinear(what, (n) => importBoard({ bootLog: line(n) }))
    expectCertifiedAndLinear(`${what} (verify)`, (n) => verifyBootLog(line(n)))
  })
  it('a --id of many dashes (slugId, was /-+$/): certified regexes, linear work', () => {
    expectCertifiedAndLinear('--id', (n) => importBoard({ config: 'CONFIG_ARM64=y\n' }, { id: `a${'-'.repeat(n)}b${'-'.repeat(n)}` }))
    expect(importBoard({ config: 'CONFIG_ARM64=y\n' }, { id: 'rpi 4--' }).board.id).toBe('rpi-4')
  })
  it("a .config header with a long run of digits (was /(\\d+\\.\\d+(?:\\.\\d+)?)\\S*/): certified regexes, linear work", () => {
    expectCertifiedAndLinear('.config header', (n) => importBoard({ config: `# Linux/arm64 6.${'1'.repeat(n)}x\nCONFIG_ARM64=y\n` }))
  })
  it('DTS: #include after many blank lines, unclosed comments, spaces in an annotated line: certified regexes, linear work', () => {
    const failing = () => ({ status: 1, stdout: new Uint8Array(), stderr: 'Error: <stdin>:1.1-2 syntax error\n' })
    expectCertifiedAndLinear('#include', (n) => compileDts(`${'\n'.repeat(n)}x#include <a.h>`, failing))
    expectCertifiedAndLinear('/plugin/', (n) => pluginDirective(`${'/*'.repeat(n)}/plugin/;`))
    expectCertifiedAndLinear('annotation', (n) => annotatedPositions(`/ {\n\tmodel = "a${spaces(n)}b"; /* <stdin>:2:2-2:9 */\n${spaces(n)}x${spaces(n)}\n};`))
  })
  it('artefact detection: a file of blank lines, of comments; a shard input; a table cell of spaces: certified regexes, linear work', () => {
    const a = (text: string) => ({ path: 'x', bytes: new TextEncoder().encode(text.slice(0, 4)), text })
    expectCertifiedAndLinear('blank lines', (n) => detectArtefact(a(`${'\n'.repeat(n)}x`)))
    expectCertifiedAndLinear('comments before /dts-v1/', (n) => detectArtefact(a(`${'/**/'.repeat(n / 4)}x`)))
    expect(detectArtefact(a('/* a */ x /* b */ /dts-v1/;'))).toBe('dts')
    expectCertifiedAndLinear('shard', (n) => readShard(`1/2${spaces(n)}x${spaces(n)}(kernel 6.1)x`))
    expectCertifiedAndLinear('table', (n) => renderTable(['a'], [[`a${spaces(n)}b`]]))
  })
})
