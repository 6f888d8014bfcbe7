// SPDX-License-Identifier: GPL-2.0-only
/**
 * verify: a real boot log against the model. The layout is reconstructed from the log (and
 * the board, when one is given), simulated, and the prediction compared with what that
 * kernel printed: where the crash kernel was reserved (or that it failed), the zones, and the
 * kernel's own crashkernel lines. Pure: the caller reads the files.
 */
import { ConfigurationError, expectText, kindOf } from '../errors.js'
import { parameq, parseEarlyParams, runsWithAcpi, simulate, UnsupportedLayoutError, type Layout, type SimulationResult } from '../engine/index.js'
import { DEBIAN_BUILDER, notDebianBuild, parseBootLog, parsedBootLogToBoard, ubuntuWithoutUpstreamRelease, type BootLine, type BootLogFacts, type ParsedBootLog } from '../import/bootlog.js'
import { nokaslrImageBase } from '../import/index.js'
import { isIomemLine } from '../import/iomem.js'
import { decodeMatrix, SIZE_PATTERN } from '../matrix/decode.js'
import { validateMatrix } from '../matrix/validate.js'
import type { Board, BoardMatrix, KernelObject } from '../matrix/generated/board-matrix.js'
import { fmtSize, parseSize } from '../matrix/size.js'
import type { DecodedLayout } from '../matrix/types.js'
import { compareWithBoot, isCrashMessage, stoppedFromLines, type Difference, type ObservedBoot } from '../oracle/compare.js'
import { kernelProfile, seriesOf } from '../presets/kernels.js'
import { SZ_16K } from '../engine/phys.js'
import { renderMessage } from '../rules/define-rule.js'
import { SC_RULES, semanticProblemText } from '../rules/index.js'

export interface VerifyOptions {
  /** A board from a matrix: its description wins over what the log can tell (e.g. firmware reservations). */
  board?: Board | undefined
  /** The `defaults` of the board's matrix, merged under it as `check` merges them. */
  defaults?: BoardMatrix['defaults'] | undefined
  /** Name of the log, for messages. */
  logName?: string | undefined
}

export interface VerifyResult {
  /** true: every fact the log shows agrees with the prediction. */
  agrees: boolean
  differences: Difference[]
  /** Why nothing could be compared (no kernel banner, unsupported kernel …). */
  problems: string[]
  /** What the log showed, as compared. */
  observed: ObservedBoot
  board?: Board
  layout?: Layout
  result?: SimulationResult
  /**
   * Placements the log does not show and the board rebuilt from it therefore lacks (the
   * initrd, the DTB's size), as the importer notes them; empty when a board was given.
   */
  unknowns: string[]
  /** What the comparison assumed that the reader should know (a RAM variant that is not the log's). */
  notes?: string[]
}

/**
 * Import notes that name a placement the model then has to do without (reservedMemWithoutRange:
 * a /reserved-memory node the log names but does not place, which the log's board leaves out;
 * codeSizeUnknown: an arm64 kernel text's size, which moves map_mem()'s page-table count).
 */
const PLACEMENT_UNKNOWN = new Set(['noInitrd', 'dtbSizeUnknown', 'dtSizeUnknown', 'reservedMemWithoutRange', 'codeSizeUnknown'])

/** init_real_mode()'s panic() when reserve_real_mode() found no memory (arch/x86/realmode/init.c, v5.10.223 – v7.2.13). */
const TRAMPOLINE_PANIC_LINE = 'Kernel panic - not syncing: Real mode trampoline was not allocated'

/** What the log says the kernel did, in the comparison's terms. */
export function observedFromLog(log: string): ObservedBoot {
  const parsed = parseBootLog(log)
  return observedFromParsed(parsed, cutShort(parsed))
}

/**
 * The log's last line when it was cut short in a crash kernel line: the text ends without a
 * newline (a capture stopped mid-line, a file cut at a byte count) in a line that names the
 * crash kernel, or follows the low part's, but reads as none of its messages
 * (`crashkernel reserved: 0x000000005f000000`).
 */
function cutShort(parsed: ParsedBootLog): BootLine | undefined {
  const last = parsed.lines[parsed.lines.length - 1]
  // The line the text ends inside (parseBootLog()'s openLine: a tail of NULs is no text; of a
  // journal, the entry whose message it ends inside), and the log's own last line: not one of
  // a first boot another follows.
  if (last === undefined || parsed.openLine !== last.line) return undefined
  // Right after the low part's line it is the main region's, however little of it is left
  // ("Reserving 512MB of memory at 5616MB for crashker").
  const before = parsed.lines.filter((l) => l.line < last.line && l.text.trim() !== '').at(-1)
  const afterLow = before !== undefined && parsed.facts.crash.some((c) => c.line === before.line && c.value.kind === 'reserved' && c.value.region === 'low')
  if (!afterLow && !isCrashMessage(last.text.trim())) return undefined
  return parsed.facts.crash.some((c) => c.line === last.line && (c.value.kind === 'reserved' || c.value.failure)) ? undefined : last
}

/**
 * The low part's line when the log ends with it (or with a line {@link cutShort}): x86 and
 * arm64's `,high` print where the low part went before the main region's line, so a log cut
 * between the two shows a low part and no main region, which no boot ends with.
 */
function endsAfterLowPart(parsed: ParsedBootLog, cut?: BootLine): BootLine | undefined {
  // The kernel's last line: a /proc/iomem appended to the log (as verify asks for where it
  // cannot place the image) is no later message of the boot.
  const last = parsed.lines.filter((l) => l !== cut && l.text.trim() !== '' && !isIomemLine(l.text)).at(-1)
  if (last === undefined) return undefined
  const crash = parsed.facts.crash
  const lowOnly = crash.length > 0 && crash.every((c) => c.value.kind === 'reserved' && c.value.region === 'low')
  return lowOnly && crash.some((c) => c.line === last.line) ? last : undefined
}

/**
 * The last "Zone ranges:" line of a log that ends inside free_area_init()'s block: its zone
 * lines were read but the block's end ("Initmem setup node …", which every kernel prints
 * after them) is not in the log, so the zones it shows may be only the first of them.
 */
function zoneBlockCut(parsed: ParsedBootLog): BootLine | undefined {
  const zones = parsed.facts.zones
  if (zones.length === 0 || parsed.facts.zoneBlock !== undefined) return undefined
  // After the zone lines: arm64's and riscv64's "NUMA: Initmem setup node" come before them.
  const last = zones[zones.length - 1]!.line
  if (parsed.lines.some((l) => l.line > last && /^(?:NUMA: )?Initmem setup node /.test(l.text.trim()))) return undefined
  return parsed.lines.find((l) => l.line === last)
}

/** x86 5.10's crash_reserve_low_1M() line (arch/x86/kernel/setup.c), printed before the reservation. */
const LOW_1M_LINE = 'kexec: Reserving the low 1M of memory for crashkernel'

/**
 * {@link observedFromLog} of a log parseBootLog() read: its facts, and its first boot's lines for
 * what the facts do not hold; a line {@link cutShort} is not read as a crash kernel line.
 */
function observedFromParsed(parsed: ParsedBootLog, cut?: BootLine): ObservedBoot {
  const { facts } = parsed
  const crashRanges: NonNullable<ObservedBoot['crashRanges']> = []
  for (const c of facts.crash) {
    if (c.value.kind !== 'reserved') continue
    const { region, base, size } = c.value
    // A line in MiB (x86 ≤6.6) is exact only for a region in whole MiB: the log's /proc/iomem
    // "Crash kernel" entry in the same MiB with the same MiB count gives the bytes.
    const exact = c.value.mib ? facts.iomem?.crashKernel.find((k) => k.base >> 20n === base >> 20n && (k.end - k.base) >> 20n === size >> 20n) : undefined
    crashRanges.push(exact ? { kind: region, start: exact.base, end: exact.end - 1n } : { kind: region, start: base, end: base + size - 1n, ...(c.value.mib && { mib: true as const }) })
  }
  const zoneRanges: NonNullable<ObservedBoot['zoneRanges']> = {}
  for (const z of facts.zones) {
    if (z.value.name === 'Movable') continue
    zoneRanges[z.value.name] = z.value.range ? { start: z.value.range.base, end: z.value.range.end - 1n } : null
  }
  const lines = parsed.lines.map((l) => l.text)
  const crashLines = parsed.lines.filter((l) => l !== cut).map((l) => l.text).filter(isCrashMessage)
  const stopped = facts.initRan ? undefined : stoppedFromLines(lines)
  // No crash kernel line says "none was printed" only where the log goes on past the point
  // the kernel would have printed one (setup_arch()); a log cut before it says nothing.
  // start_kernel() prints `Kernel command line:` after setup_arch() returns
  // (init/main.c@v5.10.223:870-881, @v7.2.13:999-1013; x86's `Command line:` comes inside
  // it): a panic after that line stops the boot past the reservation (random-efi g11:
  // acpi=off, `crashkernel=128M,low` alone, which arm64 ignores without a word).
  const pastSetupArch = lines.some((t) => t.startsWith('Kernel command line:'))
  // x86 5.10's crash_reserve_low_1M() names the crash kernel long before its reservation
  // (setup_arch(), right after the e820 map): a log cut after it has not got there.
  const reservationLines = crashLines.filter((t) => !t.startsWith(LOW_1M_LINE))
  const pastReservation = !endsAfterLowPart(parsed, cut) && (facts.crash.some((c) => c.line !== cut?.line) || reservationLines.length > 0 || pastSetupArch || facts.memInit !== undefined || facts.initRan !== undefined)
  return {
    ...(pastReservation && { crashRanges, crashLines }),
    // A block the log cuts short is not compared (verifyBootLog() says so in a note).
    zoneRanges: facts.zones.length && !zoneBlockCut(parsed) ? zoneRanges : undefined,
    zoneLines: facts.zoneBlock?.value,
    // init ran: the boot got to user space. No such line proves nothing (the log may stop
    // earlier), unless the kernel's last words or its endless retry are there before the
    // reservation: then it never will. Last words after it (a panic mounting the root file
    // system, an oops in a driver) are no early stop the model could predict, and the crash
    // kernel is still compared.
    ...(facts.initRan ? { initCompleted: true } : stopped && !pastReservation ? { initCompleted: false, stopped } : {}),
    // Last words after the reservation and before setup_arch() returned: a panic the model
    // may predict (SimulationResult.panic). After it, the one the model predicts is x86's
    // early initcall init_real_mode() without a trampoline (arch/x86/realmode/init.c; a
    // panic() prints no RIP line, so the function is named here); other last words there (a
    // driver's oops, a root file system that will not mount) are none the model could predict.
    ...(!facts.initRan && stopped?.kind === 'fault' && pastReservation && !pastSetupArch && { panicAfterReservation: { line: stopped.line, ...(stopped.fn !== undefined && { fn: stopped.fn }) } }),
    ...(!facts.initRan && stopped?.kind === 'fault' && pastSetupArch && stopped.line === TRAMPOLINE_PANIC_LINE && { panicAfterReservation: { line: stopped.line, fn: 'init_real_mode' } }),
    directMapKb: facts.directMapKb?.value,
  }
}

/** Total bytes of a layout's RAM banks. */
const ramOf = (l: Layout): bigint => l.memory.reduce((a, b) => a + b.size, 0n)

/** The sum of a board's `memory` banks as written (the matrix's size strings), 0 when it has none or one is not a size. */
function bankSum(memory: Board['memory']): bigint {
  if (!Array.isArray(memory)) return 0n
  let sum = 0n
  for (const b of memory) {
    const size = typeof b === 'object' && b !== null ? (b as { size?: unknown }).size : undefined
    if (typeof size !== 'string' || !SIZE_PATTERN.test(size)) return 0n
    sum += parseSize(size)
  }
  return sum
}

/**
 * The log's RAM and a variant's are the same machine when they differ by less than 1 MiB: the
 * kernel's own e820 updates (page 0 reserved, "e820: update [mem 0x00000000-0x00000fff]
 * usable ==> reserved") take a page or so from the firmware's map a preset describes.
 */
function sameRam(a: bigint, b: bigint): boolean {
  return (a > b ? a - b : b - a) < 1n << 20n
}

/**
 * The log's kernel for the board given, with what the board's entry for that kernel says of
 * the build (`imageSize`, `codeSize`, `boot`, `config`): the log names the release, not the
 * build, and a board that writes `{ "release": "6.17.8", "imageSize": … }` gives the size
 * there, as the "set imageSize on the kernel" problem asks. The entry of that release, else the
 * one entry of its series; its command line and policy are left out (the log's command line
 * and kernel win). A log whose banner cannot name the upstream release (`logReleaseKnown`
 * false: an Ubuntu build without its version signature, read as its series' .0) takes the
 * release of the board's one kernel of that series too, which is how a user gives it.
 */
function logKernels(fromLog: Board['kernels'], ofBoard: Board['kernels'], logReleaseKnown: boolean): Board['kernels'] {
  const release = fromLog?.length === 1 ? fromLog[0] : undefined
  if (typeof release !== 'string') return fromLog
  const objects: KernelObject[] = (ofBoard ?? []).flatMap((k) => (typeof k === 'object' && k !== null && typeof k.release === 'string' ? [k] : []))
  const sameSeries = objects.filter((k) => seriesOf(k.release) === seriesOf(release))
  const entry = objects.find((k) => k.release === release) ?? (sameSeries.length === 1 ? sameSeries[0] : undefined)
  if (!logReleaseKnown) {
    const named = (ofBoard ?? []).filter((k): k is string => typeof k === 'string' && seriesOf(k) === seriesOf(release))
    if (entry === undefined && named.length === 1) return [named[0]!]
  }
  if (!entry) return fromLog
  const { cmdline: _cmdline, policy: _policy, ...build } = entry
  return [{ ...build, release: logReleaseKnown ? release : entry.release }]
}

/**
 * Where a problem of the one-board matrix verify decodes is, in the caller's terms:
 * `board/ramSize`, `defaults/cmdline` (the matrix around the board is verify's own).
 */
function boardField(pointer: string): string {
  return pointer.replace(/^\/boards\/0(?=\/|$)/, '/board').slice(1)
}

/**
 * Verifies one boot log. With a board, the board's kernels are replaced by the log's release
 * and its command line by the one the kernel printed; among its RAM variants the one with
 * the log's amount of memory is used, else the nearest one (with a note).
 *
 * @returns with a board the schema refuses, its problems (as check() words them, at `board/…`)
 * @throws ConfigurationError when `log` is not a string (a Buffer from JavaScript), or the options not an object
 */
export function verifyBootLog(log: string, opts: VerifyOptions = {}): VerifyResult {
  expectText('verifyBootLog', 'log', log, "the boot log's text")
  if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) throw new ConfigurationError(`verifyBootLog(): the options must be an object ({ board, defaults, logName, … }) or absent, not ${kindOf(opts)}`, { docsPath: 'README.md#library' })
  // The log is read once: what it shows, then the board from the same facts (which the board
  // adds to, so it comes second).
  const parsed = parseBootLog(log)
  const cut = cutShort(parsed)
  const observed = observedFromParsed(parsed, cut)
  // A caller's board is checked against the schema first, as check() checks a matrix (the
  // CLI's comes from a matrix check() accepted): decoding reads an address or size it cannot
  // parse as one that "does not fit in 64 bits", and a board that is not an object at all
  // failed with a TypeError. Said in SC002's words, at the board's own field.
  if (opts.board !== undefined) {
    const schema = validateMatrix({ version: 1, ...(opts.defaults !== undefined && { defaults: opts.defaults }), boards: [opts.board] })
    if (schema.length > 0) {
      const problems = schema.map((p) => `${renderMessage(SC_RULES.schema.meta.messages[p.messageId], p.data)} (${boardField(p.pointer)})`)
      return { agrees: false, differences: [], problems, observed, unknowns: [] }
    }
  }
  const imported = parsedBootLogToBoard(parsed, { id: opts.board?.id ?? 'from-log' })
  const facts = imported.facts
  // A journal format that cannot be read names itself, not the lines it hides.
  const problems: string[] = imported.problems.filter((p) => p.code === 'journalFormat').map((p) => `${opts.logName ?? 'the log'}: ${p.message}`)
  // A log that starts past the banner (memblock=debug wraps the ring buffer before user space
  // can read it) is the boot of the one kernel a given board lists, if it lists one.
  const boardKernel = !facts.release && opts.board?.kernels?.length === 1 ? opts.board.kernels[0] : undefined
  if (!facts.release && boardKernel === undefined && problems.length === 0)
    problems.push(`${opts.logName ?? 'the log'}: no "Linux version" line, so the kernel is unknown${opts.board ? `: give --board a board that lists one kernel, the log's, to stand in for it` : ''}`)
  let board: Board = imported.board
  const unknowns = opts.board ? [] : imported.problems.filter((p) => PLACEMENT_UNKNOWN.has(p.code)).map((p) => p.message)
  if (opts.board) {
    const kernels = logKernels(imported.board.kernels, opts.board.kernels, !ubuntuWithoutUpstreamRelease(facts.banner?.value)) ?? opts.board.kernels
    // A board without kernels stays without the key, as a board file without one would be.
    board = kernels === undefined ? { ...opts.board } : { ...opts.board, kernels }
    if (imported.board.cmdline !== undefined) board.cmdline = imported.board.cmdline
  }
  // An x86_64 kernel booted with nokaslr runs at LOAD_PHYSICAL_ADDR, as import places it.
  const nokaslr = !opts.board && imported.board.image === undefined ? nokaslrImageBase(imported.board) : undefined
  if (nokaslr) board = { ...board, image: { base: nokaslr.base } }
  // Without a board the image can only come from the log: say so in the log's terms, not as
  // a matrix's missing setting (SC003 would name the made-up board "from-log").
  else if (!opts.board && imported.board.image === undefined && imported.board.arch !== undefined)
    problems.push(`${opts.logName ?? 'the log'} does not show where the kernel image was loaded (no /proc/iomem listing with "Kernel code"${imported.board.arch === 'x86_64' ? '' : ', no memblock=debug lines'}): append the machine's /proc/iomem, read as root, to the log, or give a board with --board whose "image" says it`)
  // Without the command line the model would simulate no crashkernel= at all, and a log that
  // shows no reservation either would "agree" with nothing compared.
  // (Said only when nothing else is wrong: a log without a banner lacks everything.)
  if (!opts.board && facts.cmdline === undefined && problems.length === 0)
    problems.push(`${opts.logName ?? 'the log'} has no "Kernel command line:" line, so the crashkernel= the kernel was given is unknown (the log starts late or stops early, or is a console capture of a quiet boot: give dmesg or journalctl -k, or a board with --board)`)
  if (problems.length) return { agrees: false, differences: [], problems, observed, board, unknowns }
  const decoded = decodeMatrix({ version: 1, ...(opts.board && opts.defaults !== undefined && { defaults: opts.defaults }), boards: [board] } as never)
  // A board of another architecture would be simulated as that architecture and every
  // difference would be the board's, not the model's.
  const boardArch = decoded.layouts[0]?.layout.arch
  if (opts.board && imported.board.arch !== undefined && boardArch !== undefined && boardArch !== imported.board.arch) {
    const problems = [`${opts.logName ?? 'the log'} is the boot of a kernel for ${imported.board.arch}, but board "${opts.board.id}" is ${boardArch}: give a board of the log's architecture, or none`]
    return { agrees: false, differences: [], problems, observed, board, unknowns }
  }
  if (decoded.problems.length) {
    // In check's words (SC003's messages); with --board, at the board's own field (the matrix
    // around it is ours), else the board is the log's and the message says what is wrong.
    const where = (pointer: string): string => (opts.board ? ` (${boardField(pointer)})` : '')
    // The log's own board is the log: its problems are the banner's (the release), at its line.
    const at = !opts.board && facts.release ? `${opts.logName ?? 'the log'}:${facts.release.line}: ` : ''
    const problems = decoded.problems.map((p) => {
      // The log's own board has no "image" to edit: the size comes with a board of the user's.
      if (!opts.board && p.messageId === 'missingImageSize')
        return `${at}no kernel image size for ${p.data.kernel} on ${p.data.arch}: no Debian profile gives it and the log does not show it; give a board with --board whose "image" has a "size"${p.data.arch === 'x86_64' ? " (the bzImage setup header's init_size)" : ''}`
      return `${at}${semanticProblemText(p)}${where(p.pointer)}`
    })
    return { agrees: false, differences: [], problems, observed, board, unknowns }
  }
  // The log's own board, for its RAM only: where no profile gives the image size (a release
  // without one), the given board's image and its entry for the log's kernel stand in, or it
  // decodes to no layout and 0 bytes. A log without its banner names neither kernel nor
  // architecture: the board's stand in.
  const ramBoard =
    opts.board && (imported.board.image?.size === undefined || boardKernel !== undefined)
      ? { ...imported.board, ...(opts.board.image !== undefined && { image: opts.board.image }), ...(imported.board.arch === undefined && boardArch !== undefined && { arch: boardArch }), kernels: board.kernels }
      : imported.board
  const ramLayout = decodeMatrix({ version: 1, boards: [ramBoard] } as never).layouts[0]?.layout
  // A log that does not show where the image was loaded (a plain x86 dmesg) decodes to no
  // layout on its own: its RAM is then the banks it printed, summed as they stand.
  const logRam = ramLayout ? ramOf(ramLayout) : bankSum(imported.board.memory)
  const chosen = layoutForRam(decoded.layouts, logRam)
  if (!chosen) return { agrees: false, differences: [], problems: ['the board has no layout for this kernel'], observed, board, unknowns }
  const layout = chosen.layout
  // A RAM size of its own would place the crash kernel elsewhere: say which variant stood in.
  // A log that stops before the memory map (riscv64's endless retry) shows none: nothing to say.
  const notes =
    opts.board && logRam > 0n && !sameRam(ramOf(layout), logRam)
      ? [`the log shows ${fmtSize(logRam)} of RAM, which no RAM variant of board "${opts.board.id}" has: compared with ${chosen.variant !== undefined ? `variant "${chosen.variant}"` : 'the board'} (${fmtSize(ramOf(layout))}); a difference may be the RAM's`]
      : []
  // The board's settings its kernels never read (SC003 warnings, as check() reports them): the
  // model ignores them as the kernel does, which may be the very difference (an ACPI server's
  // dma.iortLimitBits on a board without "acpi": true).
  for (const w of decoded.warnings) {
    notes.push(`${semanticProblemText(w)}${opts.board ? ` (${boardField(w.pointer)})` : ''}`)
  }
  if (boardKernel !== undefined) notes.push(`the log has no "Linux version" line (its start is not in it): compared with board "${opts.board!.id}"'s kernel ${chosen.layout.kernel}`)
  // journalctl -k without -b, or captures appended to one file: say which boot was compared.
  const second = imported.problems.find((p) => p.code === 'secondBoot')
  if (second) notes.push(`the log holds more than one boot: only the first, before line ${second.line}, was compared (cut the log to compare another)`)
  const zonesCut = zoneBlockCut(parsed)
  if (zonesCut) notes.push(`the log ends inside the "Zone ranges:" block (its last zone line is line ${zonesCut.line}): the zones were not compared`)
  let result: SimulationResult
  try {
    result = simulate(layout)
  } catch (e) {
    if (e instanceof UnsupportedLayoutError) return { agrees: false, differences: [], problems: [e.message], observed, board, layout, unknowns, notes }
    throw e
  }
  const differences = compareWithBoot(result, observed)
  const acpi = layout.arch === 'arm64' ? acpiDifference(facts, runsWithAcpi(layout), opts.board?.id) : undefined
  if (acpi) differences.unshift(acpi)
  for (const d of lineDifferences(result, parsed.lines)) differences.push(d)
  locateDifferences(differences, log, parsed, result, acpi)
  // A log whose kernel stopped before the reservation is compared on that: the model must stop too.
  if (observed.crashRanges === undefined && observed.initCompleted !== false) {
    // The log stops before the kernel reserved (or failed to reserve) the crash kernel: what
    // was compared may differ, but an agreement would be claimed without the crash kernel.
    const low = endsAfterLowPart(parsed, cut)
    const stops = cut
      ? `is cut short in its last line (line ${cut.line}: "${cut.text.trim()}"), before the kernel said where it reserved the crash kernel${low ? "'s main region" : ''}`
      : low
        ? `stops after the crash kernel's low part (line ${low.line}), before the kernel said where it reserved the main region`
        : 'stops before the kernel reserved the crash kernel (no crashkernel line, no "Memory: …K/…K available" line after it)'
    const why = `${opts.logName ?? 'the log'} ${stops}, so it cannot tell where the crash kernel went: give the whole log`
    if (differences.length === 0) return { agrees: false, differences, problems: [why], observed, board, layout, result, unknowns, notes }
    notes.push(`the crash kernel is not compared: ${why}`)
  }
  // The build options a log does not show come from Debian's profile: where the model differs
  // on another build (a board-support kernel), that is the first thing to rule out.
  const other = opts.board || differences.length === 0 ? undefined : notDebianBuild(facts.banner?.value)
  if (other !== undefined && facts.release) {
    const release = facts.release.value
    const profile = layout.arch !== undefined && kernelProfile(layout.arch, release, layout.pageSize === SZ_16K ? SZ_16K : undefined)
    const from = profile ? `those of Debian's ${seriesOf(release)} (docs/presets.md)` : 'the documented defaults (docs/format.md)'
    notes.push(`Linux ${release} was not built by Debian (its banner names ${other}, not ${DEBIAN_BUILDER}): the build options the log does not show are ${from}; for this build, import the log with its .config and give that board with --board`)
  }
  // An Ubuntu build read as its series' .0 (no version signature): its stable base may be later.
  if (differences.length > 0 && !opts.board && facts.release && ubuntuWithoutUpstreamRelease(facts.banner?.value))
    notes.push(`Linux ${facts.release.value} is an Ubuntu build whose banner does not name the upstream release it is based on, so the model ran it as ${facts.release.value}, before the stable backports of its series (docs/policies.md): give a board with --board whose one kernel of the series is the last number /proc/version_signature shows, which verify then takes for the log's`)
  return { agrees: differences.length === 0, differences, problems, observed, board, layout, result, unknowns, notes }
}

/**
 * Whether an arm64 log shows the kernel running with ACPI (true), with a device tree (false),
 * or cannot tell (undefined). acpi_boot_table_init() prints the tables it reads ("ACPI: RSDP")
 * and "Failed to init ACPI tables" when they fail, after which ACPI is off again unless
 * `acpi=force`; `acpi=off`, a tree with a "Machine model:" and no table line, or such a
 * failure, say device tree (arch/arm64/kernel/acpi.c acpi_boot_table_init@v7.2.13:227-290).
 */
function logRunsWithAcpi(f: BootLogFacts): boolean | undefined {
  const acpi = parseEarlyParams(f.cmdline?.value ?? '').filter(({ param }) => parameq(param, 'acpi'))
  if (acpi.some(({ val }) => val === 'off')) return false
  if (f.acpiFailed) return acpi.some(({ val }) => val === 'force')
  if (f.acpiRsdp) return true
  return f.dtModel ? false : undefined
}

/**
 * A difference when the log and the model disagree on how the kernel ran: the board's
 * "acpi" (the firmware) and the command line's acpi= decide it in the model.
 */
function acpiDifference(f: BootLogFacts, model: boolean, boardId: string | undefined): Difference | undefined {
  const log = logRunsWithAcpi(f)
  if (log === undefined || log === model) return undefined
  const evidence = f.acpiFailed ?? f.acpiRsdp ?? f.dtModel ?? f.cmdline
  const printed = `${log ? 'ACPI' : 'a device tree'}${evidence ? ` (line ${evidence.line}: ${evidence.text.trim()})` : ''}`
  const board = boardId !== undefined ? `board "${boardId}"` : 'the board'
  const predicted = model
    ? `ACPI (${board} has "acpi": true, UEFI firmware with ACPI tables and the EFI stub's device tree, and the command line has no acpi=off)`
    : `a device tree (${board} has no "acpi": true${f.acpiRsdp ? ', but the kernel read ACPI tables: set "acpi": true' : ''})`
  return { what: 'acpi', expected: printed, predicted }
}

/**
 * Places each difference at the log's line behind what the kernel printed, and its column
 * where the message starts in the raw line (after a timestamp or a prefix): the crash
 * kernel's first line for `crash` and `dmesg`, the first zone line the model does not print for `zones`, the
 * line itself for `line`, the evidence for `acpi`, /proc/meminfo's DirectMap for `direct-map`;
 * of the crash kernel's lines, the first the model does not print (the main region's, when
 * only it moved).
 * A difference the log shows no line for (the kernel printed none) stays unplaced.
 */
function locateDifferences(differences: Difference[], log: string, parsed: ParsedBootLog, result: SimulationResult, acpi: Difference | undefined): void {
  const { facts } = parsed
  const raw = log.split('\n')
  const place = (l: { line: number; text: string } | undefined): Difference['at'] => {
    if (l === undefined) return undefined
    const column = (raw[l.line - 1] ?? '').indexOf(l.text.trim()) + 1
    return { line: l.line, column: column > 0 ? column : 1 }
  }
  const predicted = new Set(result.trace.map((e) => e.text.trim()))
  const crashLines = parsed.lines.filter((l) => isCrashMessage(l.text.trim()))
  const crashLine = crashLines.find((l) => !predicted.has(l.text.trim())) ?? crashLines[0]
  // The zone block's lines are the log's lines from "Zone ranges:" on, one for one: the first
  // the model prints otherwise (or past its end), else the first zone line that differs.
  const block = facts.zoneBlock
  const blockEnd = block ? parsed.lines.findIndex((l) => l.line === block.line) : -1
  const firstOther = block ? block.value.findIndex((t, k) => t !== result.zoneLines[k]) : -1
  const zoneRanges = new Set(result.zoneLines.map((l) => l.trim()))
  const zoneLine = (block && blockEnd >= 0 && firstOther >= 0 ? parsed.lines[blockEnd - (block.value.length - 1) + firstOther] : undefined) ?? facts.zones.find((z) => !zoneRanges.has(z.text.trim())) ?? facts.zones[0]
  for (const d of differences) {
    if (d.at !== undefined) continue
    const at =
      d.what === 'crash' || d.what === 'dmesg'
        ? place(crashLine)
        : d.what === 'zones'
          ? place(zoneLine)
          : d.what === 'line'
            ? place(parsed.lines.find((l) => l.text.trimEnd() === d.expected))
            : d.what === 'acpi' && d === acpi
              ? place(facts.acpiFailed ?? facts.acpiRsdp ?? facts.dtModel ?? facts.cmdline)
              : d.what === 'direct-map'
                ? place(facts.directMapKb)
                : undefined
    if (at !== undefined) d.at = at
  }
}

/** The layout whose RAM is the log's, else the nearest (the first of equals), else none. */
function layoutForRam(layouts: readonly DecodedLayout[], ram: bigint): DecodedLayout | undefined {
  let best: DecodedLayout | undefined
  let bestDistance = 0n
  for (const l of layouts) {
    const d = ramOf(l.layout) > ram ? ramOf(l.layout) - ram : ram - ramOf(l.layout)
    if (best === undefined || d < bestDistance) [best, bestDistance] = [l, d]
  }
  return best
}

/** A message with its numbers (decimal, hex) blanked: the same message whatever its values. */
function messageForm(text: string): string {
  return text.replace(/0x[0-9a-f]+|\d+/gi, '#')
}

/**
 * The model's lines that the kernel printed with other values: each line of the trace the
 * log lacks, where the log has a line of the same form (numbers aside) that no line of the
 * trace is. Where the log has no line of that form the model's is not compared: a console
 * capture of a `quiet` boot, or a log that starts late, lacks whole messages. So the
 * NODE_DATA line of a boot whose tree or firmware moved what is allocated early differs
 * even where the crash kernel did not move (test/boots/random j02). The crash kernel's lines
 * and the zone block are compared on their own (compareWithBoot()). Of several lines of the
 * form, the kernel's shown is the one that shares the longest start with the model's.
 */
function lineDifferences(result: SimulationResult, lines: readonly BootLine[]): Difference[] {
  const model = result.trace.map((e) => e.text.trimEnd())
  const printed = new Set(lines.map((l) => l.text.trimEnd()))
  const modelSet = new Set(model)
  const zoneBlock = new Set(result.zoneLines.map((l) => l.trimEnd()))
  const unmatched = new Map<string, string[]>()
  for (const t of printed) {
    if (modelSet.has(t)) continue
    const form = messageForm(t)
    const same = unmatched.get(form)
    if (same) same.push(t)
    else unmatched.set(form, [t])
  }
  const out: Difference[] = []
  for (const t of model) {
    if (printed.has(t) || zoneBlock.has(t) || isCrashMessage(t.trim())) continue
    const candidates = unmatched.get(messageForm(t))
    if (!candidates) continue
    const shared = (c: string): number => {
      let i = 0
      while (i < c.length && c[i] === t[i]) i++
      return i
    }
    const closest = candidates.reduce((a, b) => (shared(b) > shared(a) ? b : a))
    out.push({ what: 'line', expected: closest, predicted: t })
  }
  return out
}

/**
 * The text `verify` prints: "the model agrees" or the differences line by line.
 *
 * @throws ConfigurationError when `r` is not what verifyBootLog() returns, or `name` not a string
 */
export function formatVerify(r: VerifyResult, name: string): string {
  // From JavaScript: nothing, or another object, was a TypeError from inside.
  const misuse = (message: string) => new ConfigurationError(`formatVerify(): result must be what verifyBootLog() returns, ${message}`, { docsPath: 'README.md#library' })
  if (typeof r !== 'object' || r === null || Array.isArray(r)) throw misuse(`not ${kindOf(r)}`)
  for (const key of ['problems', 'differences', 'unknowns'] as const) if (!Array.isArray(r[key])) throw misuse(`with ${key} an array, not ${kindOf(r[key])}`)
  if (r.notes !== undefined && !Array.isArray(r.notes)) throw misuse(`with notes an array, not ${kindOf(r.notes)}`)
  expectText('formatVerify', 'name', name, "the log's name")
  const notes = (r.notes ?? []).map((n) => `  note: ${n}\n`).join('')
  // The notes too: that the file holds another boot is what to do about a first one cut short.
  if (r.problems.length) return `${name}: cannot verify\n${r.problems.map((p) => `  ${p}\n`).join('')}${notes}`
  if (r.agrees) return `${name}: the model agrees (${r.result?.kernel} ${r.result?.policy}; crash ${describeCrash(r.result!)}${r.result?.panic ? `; then a panic in ${r.result.panic.fn}()` : ''})\n${notes}`
  // At the log's line, as file:line:column, where the kernel printed it.
  const lines = r.differences.map((d) => `  ${d.at ? `${name}:${d.at.line}:${d.at.column}: ` : ''}${d.what}\n    kernel printed: ${d.expected}\n    model predicts: ${d.predicted}`)
  // What the log could not say may be why: give the board (--board) to fill it in.
  if (r.unknowns.length) lines.push(`  not in the log (give the board with --board):\n${r.unknowns.map((u) => `    ${u}`).join('\n')}`)
  return `${name}: the model differs\n${notes}${lines.join('\n')}\n`
}

function describeCrash(r: SimulationResult): string {
  const o = r.crashkernel
  const hex = (x: bigint) => `0x${x.toString(16)}`
  if (o.kind === 'reserved') return `main ${hex(o.main.base)}-${hex(o.main.base + o.main.size - 1n)}${o.low ? `, low ${hex(o.low.base)}-${hex(o.low.base + o.low.size - 1n)}` : ''}`
  if (o.kind === 'hang' && o.cause === 'early-param') return `none: the boot stops at ${o.param}`
  return o.kind
}
