// SPDX-License-Identifier: GPL-2.0-only
/**
 * `importBoard()`: one board from whatever artefacts the user has — a boot log, a DTB or
 * DTS, /proc/iomem, a kernel .config — merged value by value, with a provenance comment per
 * JSON pointer and every problem located in its input. Never throws on bad input.
 *
 * Which input wins for each value (the most direct evidence of what the kernel used):
 *
 * | value | order |
 * |---|---|
 * | memory | boot log (memblock as the kernel built it) > /proc/iomem > DT memory nodes |
 * | reservations | DT (/memreserve/, /reserved-memory: static vs dynamic, alloc-ranges) > boot log |
 * | dma | DT dma-ranges > the boot log's ZONE_DMA end |
 * | cmdline | boot log (what the kernel got) > DT /chosen bootargs |
 * | initrd | DT /chosen > boot log |
 * | image, dtb placement | boot log |
 * | kernel release, arch | boot log > .config > DT (arch: then /proc/iomem's kernel entries) |
 * | config, pageSize, paBits | .config > boot log |
 * | vaBits | .config > boot log > DT (riscv64's cpu mmu-type) |
 *
 * Disagreements between inputs are reported as warnings, never resolved silently.
 */
import { parseEarlyParams } from '../engine/params.js'
import { cmdlineFindOptionBool } from '../engine/x86/setup.js'
import { policyFor, resolveKernelRelease } from '../engine/policies/index.js'
import { pagingLevels } from '../engine/riscv/mmu.js'
import { fmtSize, SZ_16K } from '../engine/phys.js'
import { crashkernelPresent } from '../engine/crashkernel/reserve.js'
import { zoneLimitsExact } from '../engine/arm64/zones.js'
import { kernelProfile, seriesOf } from '../presets/kernels.js'
import { ConfigurationError, expectText, kindOf } from '../errors.js'
import type { Board, KernelObject, MemoryBank } from '../matrix/generated/board-matrix.js'
import { validateMatrix } from '../matrix/validate.js'
import { decodeMatrix } from '../matrix/decode.js'
import { semanticProblemText } from '../rules/index.js'
import { bootLogToBoard, gapHoldsNomapEdge, inRam, nodeDataSpan, notDebianBuild, placeImage, riscvKernelDt, sizeTreeFromNodeData, ubuntuWithoutUpstreamRelease, zoneDmaEnd, type BootLogFacts } from './bootlog.js'
import { treeCountsMatchLog } from './calibrate.js'
import { dtbToBoard, SYS_FDT, type DtFacts } from './dt-board.js'
import { dtsToBoard, type SpawnSyncLike } from './dts.js'
import { iomemAcpiData, iomemArch, iomemToBoard, parseIomem, type IomemFacts } from './iomem.js'
import { kconfigToBoard, type KconfigFacts } from './kconfig.js'
import { covers, intersectSpans, mergeSpans, sameCoverage, type Span } from './ranges.js'
import { boardId, cite, derivedId, hex, toMemory, type ImportProblem, type ImportResult, type ImportSource, type Provenance } from './types.js'

export type { ImportProblem, ImportResult, ImportSource, Provenance, Located } from './types.js'
export { rebaseProvenance } from './types.js'
export { bootLogToBoard, parseBootLog, normalizeLine, type NormalizeLineOptions, type BootLogFacts, type BootLogToBoardOptions, type CrashFact, type MemblockEvent, type ReservedMemFact, type ZoneFact } from './bootlog.js'
export { parseDtb, type Fdt, type FdtNode, type FdtProperty, type FdtReserveEntry } from './dtb.js'
export { dtToBoard, dtbToBoard, type DtFacts } from './dt-board.js'
export { compileDts, dtsToBoard, DTC_ARGS, DTC_COMMAND, DTC_MISSING, type SpawnResult, type SpawnSyncLike } from './dts.js'
export { iomemToBoard, parseIomem, type IomemEntry, type IomemFacts } from './iomem.js'
export { kconfigToBoard, parseKconfig, type KconfigFacts } from './kconfig.js'

/** The artefacts to import from; give any subset. */
export interface ImportInputs {
  /** dmesg / serial console / journalctl -k text. */
  bootLog?: string | undefined
  /** A flattened device tree blob. */
  dtb?: Uint8Array | undefined
  /** DTS source (compiled with dtc through `opts.spawn`). */
  dts?: string | undefined
  /** /proc/iomem, read as root. */
  iomem?: string | undefined
  /** A kernel .config. */
  config?: string | undefined
}

export interface ImportOptions {
  /** Board id (made schema-valid if needed); default derived from the inputs. */
  id?: string | undefined
  /** Runs dtc for `dts` input: node:child_process `spawnSync` or compatible. */
  spawn?: SpawnSyncLike | undefined
}

export interface ImportFacts {
  bootLog?: BootLogFacts
  dt?: DtFacts
  iomem?: IomemFacts
  config?: KconfigFacts
}

/** Why an architecture's kernel entries are its own (iomemArch()), for the provenance of `/arch`. */
const IOMEM_ARCH_SIGN: Readonly<Record<NonNullable<Board['arch']>, string>> = {
  arm64: 'of the modelled architectures, only arm64 lists "Kernel code" and "Kernel data" without "Kernel bss"',
  riscv64: 'of the modelled architectures, only riscv64 nests them under "Kernel image"',
  x86_64: 'of the modelled architectures, only x86_64 lists "Kernel bss"',
}

/** kconfigToBoard()'s errors that make the .config another kernel's, or no one kernel's. */
const REFUSED_CONFIG: ReadonlySet<string> = new Set(['twoConfigs', 'configArchDisagrees', 'configArchUnsupported'])

const spanOf = (b: MemoryBank): Span => ({ base: BigInt(b.base), end: BigInt(b.base) + BigInt(b.size) })
/** A board's `pageSize` in bytes. */
const PAGE_BYTES: Readonly<Record<NonNullable<Board['pageSize']>, bigint>> = { '4K': 0x1000n, '16K': 0x4000n, '64K': 0x10000n }

/** Sets `key` from the first source that has it, with its provenance (and sub-pointers). */
function take<K extends keyof Board>(board: Board, provenance: Provenance, key: K, sources: Array<ImportResult<unknown> | undefined>): ImportResult<unknown> | undefined {
  for (const s of sources) {
    if (!s || s.board[key] === undefined) continue
    board[key] = s.board[key]
    for (const [p, v] of Object.entries(s.provenance)) if (p === `/${String(key)}` || p.startsWith(`/${String(key)}/`)) provenance[p] = v
    return s
  }
  return undefined
}

/**
 * A DT and a boot log: the log's tree size is its kernel's, the DT's counts give every
 * kernel's. Where the counts make the tree the log shows (calibrate.ts treeCountsMatchLog()),
 * the log's size is dropped; where they do not, the boot loader or firmware changed the DT
 * before the kernel got it, and the log's size stays, with a note. No input giving
 * CONFIG_OF_DYNAMIC (a kernel without a Debian profile, no .config), the counts that make
 * the log's tree only with the other value of it say which the kernel has. Called once the
 * board has its `config`, which sizes the tree's properties.
 */
function preferTreeCounts(board: Board, provenance: Provenance, problems: ImportProblem[], log: ImportResult<BootLogFacts>, source: ImportSource): void {
  const { unflattenedDt, dtAliases, ...rest } = board.boot!
  const trial: Board = { ...board, boot: rest }
  if (Object.keys(rest).length === 0) delete trial.boot
  const calibrated = problems.some((p) => p.source === 'bootLog' && p.code === 'dtSizeFromNodeData')
  const shown = calibrated ? `the NODE_DATA line (${log.provenance['/boot/nodeData'] ?? ''})` : `memblock=debug (${log.provenance['/boot/unflattenedDt'] ?? ''})`
  const matches = (b: Board) => treeCountsMatchLog(b, calibrated ? undefined : BigInt(unflattenedDt!), log.facts.nodeData?.value, nodeDataSpan)
  let match = matches(trial)
  let ofDynamic: boolean | undefined
  if (match === false && board.config?.OF_DYNAMIC === undefined) {
    for (const value of [true, false]) {
      if (matches({ ...trial, config: { ...trial.config, OF_DYNAMIC: value } }) !== true) continue
      match = true
      ofDynamic = value
    }
  }
  if (match === true) {
    if (trial.boot) board.boot = trial.boot
    else delete board.boot
    delete provenance['/boot/unflattenedDt']
    delete provenance['/boot/dtAliases']
    provenance['/deviceTree'] = `${provenance['/deviceTree'] ?? ''}; it makes the tree the boot log shows by ${shown}, so each kernel of the board gets its own size from it`
    if (ofDynamic !== undefined) {
      board.config = { ...board.config, OF_DYNAMIC: ofDynamic }
      provenance['/config/OF_DYNAMIC'] = `the DT's counts make the tree the boot log shows by ${shown} only ${ofDynamic ? 'with' : 'without'} CONFIG_OF_DYNAMIC's 8 bytes in each struct property`
    }
    const note = problems.findIndex((p) => p.code === 'dtSizeFromNodeData')
    if (note >= 0) problems[note] = { ...problems[note]!, message: `the unflattened device tree's size is not in the log (boot with memblock=debug): the DT's counts give it, and put NODE_DATA where the log shows it` }
    return
  }
  if (match === undefined) {
    problems.push({ severity: 'note', source, code: 'dtTreeNotChecked', message: `the DT's counts could not be checked against the tree the boot log shows by ${shown} (the board is not one layout the model simulates, its kernel is not modelled, or it has NUMA nodes), so the log's size (${unflattenedDt}) is kept, which is this kernel's` })
    return
  }
  problems.push({ severity: 'note', source, code: 'dtTreeNotBooted', message: `the DT does not unflatten to the tree the boot log shows by ${shown}: the boot loader or firmware changed it before the kernel got it, so the log's size (${unflattenedDt}) is kept, which is this kernel's; for other kernels, import the DT the kernel got, /sys/firmware/fdt on the running board (read as root)` })
}

/**
 * Imports one board from any mix of artefacts.
 *
 * @param inputs - boot log, DTB, DTS, /proc/iomem and/or .config
 * @param opts - board id; `spawn` to run dtc for DTS input
 * @returns a schema-valid board, provenance keyed by JSON pointer (relative to the board),
 *   problems from every input (located by line/column or byte offset), and the parsed facts
 * @throws ConfigurationError for inputs of the wrong type (a Buffer as a text, a string as
 *   the DTB); a malformed artefact is a problem in the result, never a throw
 * @example
 * const { board, provenance, problems } = importBoard({ bootLog: dmesg, iomem }, { id: 'altra' })
 * board.memory?.[0] // → { base: '0x88300000', size: '0x…' }
 * provenance['/memory/0'] // → 'boot log line 31: "node   0: [mem …]"'
 */
export function importBoard(inputs: ImportInputs, opts: ImportOptions = {}): ImportResult<ImportFacts> {
  if (typeof inputs !== 'object' || inputs === null) throw new ConfigurationError(`importBoard(): inputs must be an object ({ bootLog, dtb, dts, iomem, config }), not ${kindOf(inputs)}`, { docsPath: 'README.md#library' })
  for (const key of ['bootLog', 'dts', 'iomem', 'config'] as const) if (inputs[key] !== undefined) expectText('importBoard', `inputs.${key}`, inputs[key], 'the text')
  if (inputs.dtb !== undefined && !(inputs.dtb instanceof Uint8Array)) throw new ConfigurationError(`importBoard(): inputs.dtb must be the blob as a Uint8Array, not ${kindOf(inputs.dtb)}`, { docsPath: 'README.md#library' })
  const problems: ImportProblem[] = []
  const facts: ImportFacts = {}
  const id = boardId(opts.id, problems, 'bootLog')

  let log = inputs.bootLog !== undefined ? bootLogToBoard(inputs.bootLog, { ...(inputs.iomem !== undefined ? { iomem: inputs.iomem } : {}) }) : undefined
  // A /proc/iomem whose kernel entries are another architecture's than the log's machine is
  // another machine's (refused below, iomemOtherArch): the log is read again without it, or
  // its RAM and "Kernel code" would still shape the board and what is said of it.
  const logIomemShows = log?.facts.iomem && inputs.iomem !== undefined ? iomemArch(log.facts.iomem) : undefined
  const otherIomem = log?.board.arch !== undefined && logIomemShows && logIomemShows.arch !== log.board.arch ? parseIomem(inputs.iomem!) : undefined
  if (otherIomem) log = bootLogToBoard(inputs.bootLog!)
  let dt: ImportResult<DtFacts | undefined> | undefined
  if (inputs.dtb !== undefined) dt = dtbToBoard(inputs.dtb)
  if (inputs.dts !== undefined) {
    if (dt) problems.push({ severity: 'warning', source: 'dts', code: 'dtsAndDtb', message: 'both a DTB and a DTS were given; the DTB is used' })
    else if (!opts.spawn) problems.push({ severity: 'error', source: 'dts', code: 'noSpawn', message: 'DTS input needs a way to run dtc (options.spawn); none was given' })
    else dt = dtsToBoard(inputs.dts, opts.spawn)
  }
  let iomem = inputs.iomem !== undefined && !log ? iomemToBoard(inputs.iomem) : undefined
  // A DT of another architecture than the boot log's is another machine's (refused below,
  // archDisagrees): none of it is used.
  const dtOtherArch = log?.board.arch !== undefined && dt?.board.arch !== undefined && log.board.arch !== dt.board.arch
  const dtUsable = dt?.facts && !dtOtherArch ? dt : undefined
  // The architecture /proc/iomem's kernel entries show (iomemArch()).
  const iomemShows = otherIomem ? logIomemShows : iomem ? iomemArch(iomem.facts) : log?.facts.iomem ? iomemArch(log.facts.iomem) : undefined
  // A fragment names no architecture: the machine's (the board's, below) decides which of its
  // options exist, and kconfig leaves the others out.
  const shownArch = log?.board.arch ?? dtUsable?.board.arch ?? iomemShows?.arch
  let config = inputs.config !== undefined ? kconfigToBoard(inputs.config, shownArch ? { arch: shownArch } : {}) : undefined
  if (log) problems.push(...log.problems)
  if (otherIomem) problems.push(...otherIomem.problems)
  for (const r of [dt, iomem, config]) if (r) problems.push(...r.problems)
  if (log) facts.bootLog = log.facts
  if (dt?.facts) facts.dt = dt.facts
  if (iomem) facts.iomem = iomem.facts
  else if (log?.facts.iomem) facts.iomem = log.facts.iomem
  if (config) facts.config = config.facts
  // A .config kconfigToBoard() refused as no booted kernel's (two files joined, a header whose
  // ARCH cannot build its options, or a 32-bit kernel's) is left out as configOtherArch's is:
  // its options would still shape the board and be checked against the boot log's.
  if (config?.problems.some((p) => p.severity === 'error' && REFUSED_CONFIG.has(p.code))) config = undefined
  if (Object.values(inputs).every((v) => v === undefined)) problems.push({ severity: 'error', source: 'bootLog', code: 'noInput', message: 'nothing to import: give a boot log, a DTB or DTS, /proc/iomem or a .config' })

  // A .config names its architecture (CONFIG_ARM64 / X86_64 / RISCV+64BIT). One of another
  // architecture than the boot log or DT is another kernel's: every option it sets (CMA,
  // ZONE_DMA, KFENCE, the page size) would be that kernel's, and the arch-only ones do not
  // exist on this board's. Dropping only those would still simulate a kernel that never
  // booted here, so the import is refused until the right .config is given.
  const cfgArch = config?.board.arch
  const machineArch = [log, dtUsable].find((r) => r?.board.arch !== undefined)
  if (cfgArch !== undefined && machineArch && machineArch.board.arch !== cfgArch) {
    const l = ['ARM64', 'X86_64', 'RISCV'].map((n) => config!.facts.options.get(n)).find((x) => x?.value === 'y') ?? config!.facts.header
    problems.push({
      severity: 'error',
      source: 'config',
      code: 'configOtherArch',
      message: `the .config is for ${cfgArch}, the ${machineArch === log ? 'boot log' : 'DT'}'s machine is ${machineArch.board.arch} (${machineArch.provenance['/arch'] ?? ''}): it is another kernel's configuration; give the booted kernel's (/boot/config-$(uname -r) or /proc/config.gz)`,
      ...(l ? { line: l.line, column: 1, excerpt: l.text } : {}),
    })
    config = undefined
  }
  // A DT of another architecture is another machine's: its /chosen initrd, reserved memory,
  // NUMA nodes and tree size would land on this board, as a .config of another arch's options
  // would. Refused as that is.
  if (dtOtherArch) {
    problems.push({
      severity: 'error',
      source: inputs.dtb !== undefined ? 'dtb' : 'dts',
      code: 'archDisagrees',
      message: `the DT is for ${dt!.board.arch} (${dt!.provenance['/arch'] ?? ''}), the boot log's machine is ${log!.board.arch} (${log!.provenance['/arch'] ?? ''}): it is another machine's device tree; give the booted machine's (/sys/firmware/fdt, read as root)`,
    })
  }
  // As bootLogToBoard(): the machine's name, else its architecture, then the release.
  const named = log?.facts.machine?.value ?? dtUsable?.facts?.model ?? log?.board.arch ?? config?.board.arch ?? dtUsable?.board.arch ?? iomemShows?.arch
  const board: Board = { id: id ?? derivedId(named, log?.facts.release?.value ?? config?.board.kernels?.[0]?.toString()) }
  const provenance: Provenance = { '': `Imported by crashkernel-check import from: ${Object.entries(inputs).filter(([, v]) => v !== undefined).map(([k]) => k).join(', ')}` }

  take(board, provenance, 'name', [log, dtUsable])
  const descriptions = [log, dtUsable, iomem].filter((r) => r?.board.description).map((r) => r!.board.description!)
  if (descriptions.length > 0) board.description = descriptions.join(' ')
  take(board, provenance, 'arch', [log, config, dtUsable])
  // Where no other input names the architecture, /proc/iomem's kernel entries do: each of the
  // modelled architectures lists its own (iomemArch()).
  if (board.arch === undefined && iomemShows) {
    board.arch = iomemShows.arch
    provenance['/arch'] = `inferred from /proc/iomem's kernel entries: ${cite('iomem', iomemShows.entry)} (${IOMEM_ARCH_SIGN[iomemShows.arch]})`
    // A guess among the three architectures the model knows (a 32-bit ARM /proc/iomem has the
    // same two entries as arm64's): said where it is made, so a wrong one does not pass unseen.
    problems.push({
      severity: 'note',
      source: 'iomem',
      code: 'archFromIomem',
      message: `the architecture, ${iomemShows.arch}, is inferred from /proc/iomem's kernel entries (${IOMEM_ARCH_SIGN[iomemShows.arch]}); no other input names it: give the machine's .config or boot log too if it is another (a 32-bit kernel's is not supported)`,
      line: iomemShows.entry.line,
      column: 1,
      excerpt: iomemShows.entry.text,
    })
  }
  // A /proc/iomem whose kernel entries are another architecture's is another machine's: its
  // RAM and its "Kernel code" would land on this board as its own. Refused as a .config is, and
  // nothing of it is used (a log is read without it, above).
  if (iomemShows && board.arch !== undefined && iomemShows.arch !== board.arch) {
    const from = [log, config, dtUsable].find((r) => r?.board.arch !== undefined)
    problems.push({
      severity: 'error',
      source: 'iomem',
      code: 'iomemOtherArch',
      message: `the /proc/iomem is ${iomemShows.arch}'s (its "${iomemShows.entry.name}" entry), the ${from === log ? 'boot log' : from === config ? '.config' : 'DT'}'s machine is ${board.arch} (${provenance['/arch'] ?? ''}): it is another machine's; give this machine's (read as root)`,
      line: iomemShows.entry.line,
      column: 1,
      excerpt: iomemShows.entry.text,
    })
    iomem = undefined
  }
  // The /proc/iomem the board is read with: given, or in the log; not one refused above.
  const iomemFacts = iomem?.facts ?? log?.facts.iomem
  const kernelFrom = take(board, provenance, 'kernels', [log, config])
  // check simulates only the releases the policies cover: say so here, not after the write.
  const release = board.kernels?.[0]
  if (typeof release === 'string' && resolveKernelRelease(release) === undefined)
    problems.push({ severity: 'warning', source: kernelFrom === log ? 'bootLog' : 'config', code: 'kernelNotModelled', message: `Linux ${release} is not modelled (the policies cover 5.10 up to 7.x): check refuses the board until "kernels" names a modelled release (${provenance['/kernels/0'] ?? ''})` })
  take(board, provenance, 'pageSize', [config, log])
  take(board, provenance, 'paBits', [config, log])
  take(board, provenance, 'vaBits', [config, log, dtUsable])
  // With mem= on the command line the log's memory is what mem= left of the firmware's, which
  // the DT's memory nodes still give: the board takes those (with the command line's mem=),
  // or mem= would be applied twice and what the boot loader put past the limit (QEMU's riscv
  // DTB at the top of RAM) would lie outside every bank (test/boots/random-numa, -mNN). Only
  // a DT whose memory holds all the log's is that firmware's (not a blob as built).
  const dtMemory = dtUsable?.board.memory?.map(spanOf) ?? []
  const cutByMem = !!(log?.board.memory && log.board.cmdline && dtMemory.length > 0 && parseEarlyParams(log.board.cmdline).some((p) => p.param === 'mem') && log.board.memory.every((b) => covers(dtMemory, spanOf(b))))
  const mem = take(board, provenance, 'memory', cutByMem ? [dtUsable, log, iomem] : [log, iomem, dtUsable])
  if (mem === iomem && iomem) noteIomemNomap(iomem.facts, board.arch, problems)
  if (mem === dtUsable && board.memory && !cutByMem) problems.push(memoryFromDt(board.memory, inputs.dtb ? 'dtb' : 'dts'))
  if (mem === dtUsable && cutByMem)
    problems.push({ severity: 'note', source: inputs.dtb ? 'dtb' : 'dts', code: 'memoryBeforeMem', message: 'the memory is the DT\'s /memory: the boot log shows what mem= on its command line left of it, and the board keeps the command line' })
  const res = take(board, provenance, 'reservations', [dtUsable, log])
  if (res === dtUsable && log) addRuntimeNodes(board, provenance, log, problems)
  // OpenSBI adds its mmode_resv* nodes to the DT it passes on (addRuntimeNodes() takes them from a log).
  if (dtUsable && !log && board.arch === 'riscv64' && !(board.reservations ?? []).some((r) => r.name.startsWith('mmode_resv')))
    problems.push({ severity: 'note', source: inputs.dtb ? 'dtb' : 'dts', code: 'sbiReservations', message: `riscv64 boards boot through SBI firmware (OpenSBI), which adds /reserved-memory nodes for its own memory (mmode_resv*, no-map, at the start of RAM) to the DT it hands the kernel; this DT has none: ${SYS_FDT}, or a boot log, to have them` })
  // Boot loaders replace /chosen bootargs (U-Boot from its bootargs variable): the blob's are a default.
  const cmdFrom = take(board, provenance, 'cmdline', [log, dtUsable])
  if (dtUsable && cmdFrom === dtUsable)
    problems.push({ severity: 'note', source: inputs.dtb ? 'dtb' : 'dts', code: 'cmdlineFromDt', message: `the command line is the DT's /chosen bootargs as built (${JSON.stringify(board.cmdline)}): boot loaders replace it with their own (U-Boot's bootargs variable), so check it against /proc/cmdline on the board, or ${SYS_FDT}` })
  take(board, provenance, 'initrd', [dtUsable, log])
  take(board, provenance, 'image', [log])
  take(board, provenance, 'dtb', [log])
  // The log's board leaves out a riscv64 DT that lies in none of its memory: past what mem=
  // left, or anywhere in a log that stops before it prints the memory (the crash reservation's
  // endless retry, random-dt i09). Where the board's memory is the DT's /memory, that holds it.
  const logDt = log !== undefined && mem !== undefined && mem === dtUsable && board.arch === 'riscv64' && !board.dtb ? riscvKernelDt(log.facts, board.image === undefined ? undefined : BigInt(board.image.base)) : undefined
  if (logDt && inRam(board, logDt)) {
    board.dtb = { base: hex(logDt.base), size: hex(logDt.end - logDt.base) }
    provenance['/dtb'] = logDt.provenance
    if (logDt.note) problems.push(logDt.note)
  }
  // How the kernel ran (ACPI or the device tree) only a boot log says ("ACPI: RSDP").
  take(board, provenance, 'acpi', [log])
  // A NUMA distance table: the DT's /distance-map, or the log's SLIT or distance-map line.
  take(board, provenance, 'numaDistances', [dtUsable, log])
  take(board, provenance, 'memorylessNodes', [dtUsable, log])
  // The SRAT's ranges: only a boot log prints them (x86_64).
  take(board, provenance, 'sratMemory', [log])
  // The firmware's memory the kernel reads before the reservation (UEFI boot services; x86's
  // e820 ACPI data, which max_pfn counts from 6.11): a log shows both, /proc/iomem the second.
  take(board, provenance, 'efiBootServices', [log])
  if (!take(board, provenance, 'e820AcpiData', [log]) && !log && iomem && board.arch === 'x86_64') iomemAcpiData(board, iomem.facts, provenance)
  take(board, provenance, 'cpu', [log])
  take(board, provenance, 'boot', [log])
  take(board, provenance, 'deviceTree', [dtUsable])
  // /proc/iomem without a log: `Kernel code` places the image as it does inside a log, once
  // another input (a .config, a DT) has named the architecture.
  if (!log && iomem && board.image === undefined) placeImage(board, { iomem: iomem.facts }, board.arch, provenance)
  take(board, provenance, 'dma', dtUsable?.board.dma ? [dtUsable] : [log])
  // The DT's dma-ranges (or none) are the limit the log's rounded ZONE_DMA end could not say.
  const unknownDma = dtUsable ? problems.findIndex((p) => p.code === 'dmaLimitUnknown') : -1
  if (unknownDma >= 0) problems.splice(unknownDma, 1)

  // config: .config for every option it has, the log's zone/CMA evidence for the rest.
  if (config?.board.config || log?.board.config) {
    board.config = { ...log?.board.config, ...config?.board.config }
    for (const [key, value] of Object.entries(board.config)) {
      const fromConfig = config?.board.config && key in config.board.config
      provenance[`/config/${key}`] = (fromConfig ? config!.provenance : log!.provenance)[`/config/${key}`] ?? ''
      const seen = log?.board.config?.[key as keyof NonNullable<Board['config']>]
      if (fromConfig && seen !== undefined && seen !== value)
        problems.push({ severity: 'warning', source: 'config', code: 'configDisagrees', message: `CONFIG_${key} is ${String(value)} in the .config but the boot log shows ${String(seen)} (${log!.provenance[`/config/${key}`] ?? ''}); is it the same kernel?` })
    }
  }

  // After `config`, the DT and crossCheck(): what they add may move what lies above the tree
  // (sizeTreeFromNodeData()): config symbols, a paging mode the log cannot say (a riscv64 DT's
  // mmu-type: QEMU 7.2's Sv48 under the profile's Sv57 puts two table pages fewer above
  // NODE_DATA, which the log pass would have taken for 8 KiB more tree), and the pages of a
  // no-map node crossCheck() gives back to the memory (their page tables).
  const logMemory = board.memory
  crossCheck(board, { log, dt: dtUsable, config, mem, res }, provenance, problems)
  if (log && (config?.board.config || board.vaBits !== log.board.vaBits || board.memory !== logMemory)) sizeTreeFromNodeData(board, log.facts, provenance, problems)
  // After `config`: CONFIG_OF_DYNAMIC sizes the tree's properties, and the rest the NODE_DATA line.
  if (board.deviceTree && log && board.boot?.unflattenedDt !== undefined) preferTreeCounts(board, provenance, problems, log, inputs.dtb !== undefined ? 'dtb' : 'dts')
  noteReservationsOutsideRam(board, provenance, problems, res === dtUsable && dtUsable ? (inputs.dtb ? 'dtb' : 'dts') : 'bootLog')
  // What one input lacks, another may have supplied.
  // What check cannot do without and no input said: named, so the board is completed by hand
  // (or with another input) rather than refused by check with no word from import.
  // Not after an error: an input that could not be read is the problem to fix first.
  const said = new Set(problems.map((p) => p.code))
  // An input's key is its ImportSource.
  const source = problems.some((p) => p.severity === 'error') ? undefined : (Object.keys(inputs) as Array<keyof ImportInputs>).find((k) => inputs[k] !== undefined)
  if (source !== undefined && board.kernels === undefined && !said.has('noBanner'))
    problems.push({ severity: 'warning', source, code: 'noKernel', message: 'no input names the kernel release (a boot log\'s "Linux version" line or a .config\'s header does): add "kernels" to the board, e.g. ["6.12"], before check' })
  if (source !== undefined && board.arch === undefined && !said.has('noArch'))
    problems.push({ severity: 'warning', source, code: 'noArch', message: 'no input names the architecture (a boot log, a .config or a DT\'s /cpus does): add "arch" to the board before check' })
  // /proc/iomem's "Crash kernel" entries are the kernel's answer to a crashkernel= the board
  // does not carry (no input gave the command line): say so, or check reports no reservation.
  // Not from a /proc/iomem read without root: its "[0x0, 0x1) (1)" is no reservation.
  const crash = said.has('zeroAddresses') ? [] : (iomemFacts?.crashKernel ?? [])
  if (crash.length > 0 && !crashkernelPresent(board.cmdline ?? '')) {
    const regions = crash.map((c) => `[0x${c.base.toString(16)}, 0x${c.end.toString(16)}) (${fmtSize(c.end - c.base)})`).join(' and ')
    problems.push({
      severity: 'warning',
      source: 'iomem',
      code: 'crashKernelWithoutCmdline',
      message: `/proc/iomem shows the crash kernel reserved at ${regions}, so the machine was booted with crashkernel=, but no input gives its command line: add "cmdline" with that crashkernel= (from /proc/cmdline) before check, or import the boot log too`,
      line: crash[0]!.entry.line,
    })
  }
  // An x86_64 kernel booted with nokaslr runs at LOAD_PHYSICAL_ADDR (nokaslrImageBase()).
  const nokaslr = source !== undefined && board.image === undefined ? nokaslrImageBase(board, config?.facts) : undefined
  if (source !== undefined && nokaslr) {
    const start = nokaslr.fromConfig ? nokaslr.base : undefined
    board.image = { base: nokaslr.base }
    provenance['/image/base'] = start !== undefined ? `.config: "CONFIG_PHYSICAL_START=${start}" with "nokaslr" on the command line` : '"nokaslr" on the command line: LOAD_PHYSICAL_ADDR, CONFIG_PHYSICAL_START\'s default 0x1000000 (a .config that sets another says so)'
    problems.push({ severity: 'note', source: log ? 'bootLog' : source, code: 'imageFromNokaslr', message: `the kernel image is placed at ${board.image.base}, where x86_64 runs a kernel booted with nokaslr (LOAD_PHYSICAL_ADDR: CONFIG_PHYSICAL_START${start !== undefined ? ' of the .config' : ', by default'}); /proc/iomem's "Kernel code" line would show it` })
  }
  // check refuses a board without the image's placement (SC003), and only a boot log's
  // /proc/iomem or memblock=debug lines, or /proc/iomem itself, show it.
  if (source !== undefined && board.image === undefined) {
    const code = iomemFacts?.kernel.code ?? iomemFacts?.kernel.image
    const message = code && board.arch === undefined
      ? `/proc/iomem's "${code.name}" (line ${code.line}) places the kernel image once the architecture is known: give a .config or a boot log too, or add "image": { "base": … } to the board before check`
      : 'no input shows where the boot loader put the kernel image (/proc/iomem\'s "Kernel code" line, read as root, does; on arm64 and riscv64 so does a boot log with memblock=debug): add "image": { "base": … } to the board before check'
    problems.push({ severity: 'warning', source: log ? 'bootLog' : code ? 'iomem' : source, code: 'noImage', message })
  }
  // A DT whose placement no input shows: check would boot the board as with ACPI and reserve
  // nothing for the blob, which the kernel reserves (early_init_fdt_reserve_self(),
  // drivers/of/fdt.c@v6.12.117:519-527), so say what to add, with the blob's own size.
  if (source !== undefined && dtUsable?.facts && board.dtb === undefined && board.arch !== 'x86_64') {
    const size = `0x${dtUsable.facts.totalSize.toString(16)}`
    problems.push({ severity: 'note', source: inputs.dtb !== undefined ? 'dtb' : 'dts', code: 'noDtb', message: `no input shows where the boot loader put the DTB (an arm64 boot log with memblock=debug does, in its first dump of the reservations, U-Boot's console output before the kernel's does, "Loading Device Tree to …", and a riscv64 console log with OpenSBI's "Next Arg1" line does; otherwise the kernel reserves the DTB before it prints a line): add "dtb": { "base": …, "size": "${size}" } (the boot loader's fdt_addr_r, and this blob's totalsize, more if the boot loader grows it), or check boots the board as with ACPI, with nothing reserved for the DT` })
  }
  // Nor without the image's size where no Debian profile gives it (SC003 missingImageSize): a
  // log shows it on arm64 and riscv64 (/proc/iomem, memblock=debug), never x86's init_size.
  const arch = board.arch
  if (source !== undefined && arch !== undefined && typeof release === 'string' && resolveKernelRelease(release) !== undefined && board.image?.size === undefined && kernelProfile(arch, release, board.pageSize === '16K' ? SZ_16K : undefined) === undefined) {
    const header = arch === 'x86_64' ? "the bzImage setup header's init_size" : "the Image header's image_size"
    problems.push({ severity: 'warning', source: log ? 'bootLog' : source, code: 'noImageSize', message: `Linux ${release} on ${arch} has no Debian kernel profile (docs/presets.md) to give the kernel image's size, and no input shows it: add "imageSize" to its entry in "kernels" ({ "release": "${release}", "imageSize": … }, ${header}) before check` })
  }
  // riscv64's paging mode: set_satp_mode() probes the CPU, from 6.17.7 under the DT's mmu-type
  // as a limit, and no log line says what it settled on. Without a DT or a profile the board
  // runs Sv39, a few table pages off a Sv48 or Sv57 machine's (test/boots/releases riscv64,
  // QEMU's sv57).
  if (source !== undefined && arch === 'riscv64' && typeof release === 'string' && resolveKernelRelease(release) !== undefined && board.vaBits === undefined && kernelProfile(arch, release) === undefined)
    problems.push({ severity: 'note', source: log ? 'bootLog' : source, code: 'noPagingMode', message: `Linux ${release} on riscv64 has no Debian kernel profile and no input gives the paging mode (a DT's cpu mmu-type does), so check runs it with Sv39: add "vaBits" (39, 48 or 57, the DT's mmu-type) for a machine with Sv48 or Sv57, and "cpu": { "satpMode" } where the CPU has more than its DT names` })
  // A DT naming Sv39 or Sv48 stands for the CPU too (vaBits), which is so where the DT says what
  // the CPU has. A release before 6.17.7 does not read it: it runs the CPU's mode whatever the
  // DT says, so a CPU with more (QEMU 7.2's virt: riscv,sv48 of an Sv57 CPU) runs more levels
  // than the board (test/boots/riscv64-mmu-type).
  const resolved = typeof release === 'string' ? resolveKernelRelease(release) : undefined
  const pol = resolved !== undefined ? policyFor('riscv64', resolved)?.riscv : undefined
  // Only where the release can run more than the DT names (5.19+: Sv57; up to 5.16 it is Sv39
  // whatever the hardware has, 5.17 – 5.18 at most Sv48).
  if (dtUsable && arch === 'riscv64' && pol && !pol.satpModeFromFdt && board.vaBits === dtUsable.board.vaBits && board.vaBits !== undefined && board.vaBits < 57 && pagingLevels(board.vaBits) < pol.satpModes && board.cpu?.satpMode === undefined) {
    // A tree sized from the NODE_DATA line was sized under the DT's mode: with the CPU's, the
    // table pages it took for tree are tables again.
    const calibrated = problems.some((p) => p.source === 'bootLog' && p.code === 'dtSizeFromNodeData')
    problems.push({ severity: 'note', source: inputs.dtb ? 'dtb' : 'dts', code: 'cpuPagingMode', message: `Linux ${release} on riscv64 runs the paging mode it finds the CPU takes and does not read the DT's mmu-type (from 6.17.7 it is a limit): "vaBits" ${board.vaBits} stands for the CPU's mode too; where the CPU has more (QEMU 7.2's virt gives riscv,sv48 of an Sv57 CPU), add "cpu": { "satpMode": 57 } or what it has${calibrated ? '; the tree\'s size (the kernel entry\'s "boot" "unflattenedDt") was taken from the NODE_DATA line under the DT\'s mode, so with more levels it holds their table pages: import a log booted with memblock=debug, which measures it' : ''}` })
  }
  // FEAT_LPA2 only a 52-bit 4K or 16K build looks for (6.9+), and says so: a 48-bit build's log
  // (Debian's 5.10, 6.1) cannot say whether the CPU has it, and the board without "cpu.lpa2"
  // runs an added 52-bit kernel (Debian's 6.12+) with 48 bits, its page tables and crash
  // kernel moved (the oracle's 5.10 and 6.1 logs of -cpu max with 6.12 or 7.2 added).
  const bits = arch === 'arm64' && typeof release === 'string' && resolveKernelRelease(release) !== undefined ? (board.vaBits ?? kernelProfile(arch, release, board.pageSize === '16K' ? SZ_16K : undefined)?.vaBits) : undefined
  if (log && bits !== undefined && bits < 52 && board.pageSize !== '64K' && board.cpu?.lpa2 === undefined)
    problems.push({ severity: 'note', source: 'bootLog', code: 'lpa2Unknown', message: `Linux ${release} is a ${bits}-bit build, which does not look for FEAT_LPA2, so the log cannot say whether the CPU has it: the board leaves "cpu.lpa2" false, and a 52-bit kernel added to it (Debian's 6.12 and later) runs with 48-bit addresses, as on a CPU without it; add "cpu": { "lpa2": true } if the CPU has FEAT_LPA2 (QEMU's -cpu max does)` })
  // A static /reserved-memory node a release before 6.12 does not print (no range line): a
  // no-map one shows only as NOMAP memory, a plain one not at all. 6.12.103 and later allocate
  // the reserved_mem array for every node (48 bytes each), which moves NODE_DATA and all that
  // memblock places after it: a kernel added to the board takes the nodes the board carries.
  const arm64Release = arch === 'arm64' && typeof release === 'string' ? resolveKernelRelease(release) : undefined
  const ofRm = arm64Release !== undefined ? policyFor('arm64', arm64Release)?.arm64?.ofReservedMem : undefined
  const nomapBanks = (board.memory ?? []).filter((b) => b.nomap)
  if (log && !dtUsable && ofRm && !ofRm.rangeLine && nomapBanks.length > 0 && !board.acpi && log.facts.efi?.value !== true)
    problems.push({ severity: 'note', source: 'bootLog', code: 'reservedMemUnknown', message: `Linux ${release} does not print a static /reserved-memory node, so the no-map memory at ${nomapBanks.map((b) => `[${b.base}, ${hex(BigInt(b.base) + BigInt(b.size))})`).join(', ')} is a no-map bank of the board, not the node(s) that most likely made it, and nodes without no-map are not in the log at all: from 6.12.103 the kernel allocates 48 bytes per node (the reserved_mem array) before NODE_DATA, so a 6.12 or later kernel added to the board puts NODE_DATA and what follows it off by that; import the DT too (.dtb or .dts, /sys/firmware/fdt on the board), whose /reserved-memory nodes the board then carries` })
  // The unflattened tree's size a log gives (memblock=debug's requests, or where its NODE_DATA
  // line puts NODE_DATA) is its kernel's alone, the kernels' structs differ: without the DT's
  // counts (`deviceTree`) a kernel added to the board takes its profile's, measured on QEMU
  // virt's tree, which this machine's is not where the log's size is not its own profile's
  // (the oracle's dma30 6.12 log with 6.1 added: NODE_DATA 0x1000 bytes off). x86_64 has no tree.
  const logTree = board.boot?.unflattenedDt
  const profileTree = (arch === 'arm64' || arch === 'riscv64') && typeof release === 'string' ? kernelProfile(arch, release, board.pageSize === '16K' ? SZ_16K : undefined)?.boot.unflattenedDt : undefined
  if (log && logTree !== undefined && !board.deviceTree && (arch === 'arm64' || arch === 'riscv64') && BigInt(logTree) !== profileTree)
    problems.push({ severity: 'note', source: 'bootLog', code: 'dtSizeOtherKernels', message: `the unflattened device tree's size the log gives (${logTree}${profileTree !== undefined ? `, where QEMU virt's is ${hex(profileTree)}` : ''}) is Linux ${String(release)}'s alone: a kernel added to the board's "kernels" takes its profile's, measured on QEMU virt's tree, and puts NODE_DATA and what memblock places after it off by the difference; import the DT too (.dtb or .dts, /sys/firmware/fdt on the board), whose counts size the tree for every kernel` })
  // A kernel another builder built (a board-support kernel) takes what the log does not show
  // from Debian's profile of its series, which its .config may contradict: say so without one.
  const builder = log && !config ? notDebianBuild(log.facts.banner?.value) : undefined
  if (builder !== undefined && typeof release === 'string')
    problems.push({ severity: 'note', source: 'bootLog', code: 'notDebianBuild', message: `Linux ${release} was not built by Debian (its banner names ${builder}): check takes the build options the log does not show from Debian's ${seriesOf(release)} where it has that series (docs/presets.md); give this build's .config too` })
  // An Ubuntu build whose banner does not say which upstream release it is based on runs on
  // its series' .0 policy, before the stable backports the policies tell apart.
  if (log && typeof release === 'string' && ubuntuWithoutUpstreamRelease(log.facts.banner?.value))
    problems.push({ severity: 'note', source: 'bootLog', code: 'ubuntuReleaseUnknown', message: `Linux ${release} is an Ubuntu build whose banner does not end with its version signature ("(Ubuntu <package> <upstream release>)"), so the upstream release it is based on is unknown and check runs it as ${release}, before the stable backports of its series (docs/policies.md): set "kernels" to the last number /proc/version_signature shows` })
  buildValuesIntoKernel(board, provenance)
  const filled: Record<string, keyof Board> = { noMemory: 'memory', noInitrd: 'initrd', noCmdline: 'cmdline', noBanner: 'kernels', noArch: 'arch' }
  for (const [i, p] of problems.entries()) {
    const key = filled[p.code]
    if (key && board[key] !== undefined) problems[i] = { ...p, severity: 'note', message: `${p.message}; another input supplied it` }
  }
  const valid = validateMatrix({ version: 1, boards: [board] })
  for (const v of valid)
    problems.push({ severity: 'error', source: 'bootLog', code: 'internalInvalid', message: `internal error: the imported board fails the schema at ${v.pointer.replace(/^\/boards\/0/, '')} (${v.messageId} ${JSON.stringify(v.data)})` })
  // With the kernel and the architecture named, check reads the board as it is (docs/cli.md),
  // unless the artefacts contradict each other: a log and a /proc/iomem of two machines give a
  // kernel image in no bank. What check will refuse is said here, where the inputs are.
  if (valid.length === 0 && board.arch !== undefined && board.kernels !== undefined) {
    const source = (['bootLog', 'iomem', 'dtb', 'dts', 'config'] as const).find((k) => inputs[k] !== undefined) ?? 'bootLog'
    // A setting no input gave is said by its own problem (noImage, noImageSize): only contradictions here.
    const said = (q: { messageId: string }) => q.messageId === 'missingSetting' || (q.messageId === 'missingImageSize' && problems.some((p) => p.code === 'noImageSize'))
    for (const d of decodeMatrix({ version: 1, boards: [board] } as never).problems.filter((q) => !said(q))) {
      problems.push({ severity: 'warning', source, code: 'boardFailsCheck', message: `check refuses the board as imported: ${semanticProblemText(d)} (SC003 at ${d.pointer.slice('/boards/0'.length) || '/'}); are the artefacts all of one machine and one boot?` })
    }
  }
  return { board, provenance, problems, facts }
}

/**
 * What the inputs measured of the kernel build that booted (its image's size and text, its
 * boot allocations: NODE_DATA, the unflattened tree, x86's reserved part of the image and its
 * brk; and its configuration options, from the .config or the log) is that build's, not the
 * board's: it moves into the release's entry (`kernels: [{ release, imageSize, codeSize,
 * boot, config }]`), where check applies it to that kernel alone. A kernel added to the board later then takes its own build's values (its
 * Debian profile's, or its entry's), not this one's: at board level a 6.12 log's NODE_DATA
 * moved 7.2's (sizeof(pg_data_t) differs), and verify of a 7.2 log said so. Where the image
 * lies, the boot loader's choice, stays the board's `image.base`. Without one named release
 * there is no entry to hold them, and they stay where they are.
 */
export function buildValuesIntoKernel(board: Board, provenance: Provenance): void {
  const release = board.kernels?.length === 1 ? board.kernels[0] : undefined
  if (typeof release !== 'string') return
  // arm64's address bits are the build's too (CONFIG_ARM64_VA_BITS, _PA_BITS), which a kernel
  // entry cannot hold: the booted release's Debian profile's are left to each kernel's profile,
  // or a 6.12 log's 52 bits ran 6.1 (48-bit) with 52 and moved its crash kernel by 2 MiB.
  const profile = board.arch === 'arm64' ? kernelProfile('arm64', release, board.pageSize === '16K' ? SZ_16K : undefined) : undefined
  for (const key of ['vaBits', 'paBits'] as const)
    if (profile && board[key] === profile[key]) {
      delete board[key]
      delete provenance[`/${key}`]
    }
  if (board.image?.size === undefined && board.image?.codeSize === undefined && board.boot === undefined && board.config === undefined) return
  const { size, codeSize, ...placement } = board.image ?? { base: '' }
  const entry: KernelObject = { release, ...(size !== undefined && { imageSize: size }), ...(codeSize !== undefined && { codeSize }), ...(board.boot && { boot: board.boot }), ...(board.config && { config: board.config }) }
  board.kernels = [entry]
  if (board.image) board.image = placement
  delete board.boot
  delete board.config
  // The provenance follows: each value's line after the release's, in the entry's order.
  const moved: Array<[string, string]> = []
  // A size the log does not show apart from the base is cited with it.
  if (size !== undefined) moved.push(['/kernels/0/imageSize', provenance['/image/size'] ?? provenance['/image'] ?? ''])
  if (codeSize !== undefined) moved.push(['/kernels/0/codeSize', provenance['/image/codeSize'] ?? ''])
  const entries = Object.entries(provenance)
  const whole = (pointer: string) => ['/boot', '/config'].find((key) => pointer === key || pointer.startsWith(`${key}/`))
  for (const key of ['/boot', '/config']) for (const [pointer, text] of entries) if (whole(pointer) === key) moved.push([`/kernels/0${pointer}`, text])
  for (const [pointer] of entries) delete provenance[pointer]
  for (const [pointer, text] of entries) {
    if (pointer === '/image/size' || pointer === '/image/codeSize' || whole(pointer) !== undefined) continue
    provenance[pointer] = text
    if (pointer === '/kernels/0') for (const [to, why] of moved) provenance[to] = why
  }
  if (!('/kernels/0' in provenance)) for (const [to, why] of moved) provenance[to] = why
}

/**
 * /reserved-memory nodes the boot log shows and the DT lacks: firmware adds them to the DT it
 * hands the kernel (OpenSBI's `mmode_resv*` on every riscv64 board). libfdt's
 * fdt_add_subnode() inserts a node as its parent's first child, so they come before the DT's
 * own nodes, in the order the log names them. Static nodes only, matched by name.
 */
function addRuntimeNodes(board: Board, provenance: Provenance, log: ImportResult<BootLogFacts>, problems: ImportProblem[]): void {
  const dtNodes = board.reservations ?? []
  const names = new Set(dtNodes.map((r) => r.name))
  // What the DT's own static nodes cover: the log also names them by memblock caller (a node
  // the kernel gave back has no line of its own).
  const dtSpans = dtNodes.flatMap((r) => (r.kind === 'fixed' ? [r, ...(r.moreReg ?? [])].map(spanOf) : []))
  const added: Array<{ r: NonNullable<Board['reservations']>[number]; why: string }> = []
  // Only nodes the kernel named in a reserved-memory line (not those known from memblock=debug alone).
  const printed = new Set(log.facts.reservedMem.map((r) => r.name))
  ;(log.board.reservations ?? []).forEach((r, i) => {
    if (r.kind !== 'fixed' || r.memreserve || names.has(r.name) || !printed.has(r.name)) return
    const { base, end } = spanOf(r)
    if (dtSpans.some((d) => d.base < end && base < d.end)) return
    added.push({ r, why: log.provenance[`/reservations/${i}`] ?? '' })
  })
  if (added.length === 0) return
  const shifted = Object.entries(provenance).filter(([p]) => p.startsWith('/reservations/'))
  for (const [p] of shifted) delete provenance[p]
  for (const [p, v] of shifted) provenance[p.replace(/^\/reservations\/(\d+)/, (_, n: string) => `/reservations/${Number(n) + added.length}`)] = v
  added.forEach((a, i) => (provenance[`/reservations/${i}`] = a.why))
  board.reservations = [...added.map((a) => a.r), ...dtNodes]
  problems.push({
    severity: 'note',
    source: 'bootLog',
    code: 'runtimeReservedNodes',
    message: `the boot log shows /reserved-memory node${added.length > 1 ? 's' : ''} ${added.map((a) => a.r.name).join(', ')} that the DT lacks (firmware adds such nodes at boot, as OpenSBI does); kept, before the DT's own`,
  })
}

/**
 * Fixed reservations (and further `reg` entries) outside every memory bank, as firmware DTs
 * have them for carve-outs the boot loader took out of /memory: kept as they are, with a note
 * citing where each came from. The kernel memblock_reserve()s such a range wherever it lies,
 * no-maps nothing for a `no-map` one, prints the node and, from 6.12.103, counts it in the
 * reserved_mem array it memblock-allocates (drivers/of/of_reserved_mem.c@v7.2.13
 * early_init_dt_reserve_memory(), fdt_scan_reserved_mem(), alloc_reserved_mem_array()), so
 * dropping it would move what memblock places after the array (test/boots/random-dt); check
 * warns about it (SC003 reservationOutsideRam) and simulates it.
 */
function noteReservationsOutsideRam(board: Board, provenance: Provenance, problems: ImportProblem[], source: ImportSource): void {
  if (!board.memory || !board.reservations) return
  const ram = mergeSpans(board.memory.map(spanOf))
  const fmt = (x: Span) => `[${hex(x.base)}, ${hex(x.end)})`
  board.reservations.forEach((r, i) => {
    if (r.kind !== 'fixed') return
    const from = provenance[`/reservations/${i}`] ?? ''
    const outside = [{ base: r.base, size: r.size }, ...(r.moreReg ?? [])]
      .map((e) => spanOf(e as MemoryBank))
      .filter((span) => span.end !== span.base && !covers(ram, span))
    if (outside.length === 0) return
    const partly = outside.some((span) => intersectSpans([span], ram).length > 0)
    problems.push({ severity: 'note', source, code: 'reservationOutsideRam', message: `reservation "${r.name}" ${outside.map(fmt).join(', ')} lies ${partly ? 'partly ' : ''}outside every memory bank; kept: the kernel reserves it (or marks it no-map) all the same and, from 6.12.103, gives a /reserved-memory node a slot in the reserved_mem array it allocates, and nothing is allocated there (check warns about it) (${from})` })
  })
}

interface Sources {
  log: ImportResult<BootLogFacts> | undefined
  dt: ImportResult<DtFacts | undefined> | undefined
  config: ImportResult<KconfigFacts> | undefined
  mem: ImportResult<unknown> | undefined
  res: ImportResult<unknown> | undefined
}

/** Reports where inputs disagree, and folds log-derived NOMAP banks into DT no-map reservations. */
function crossCheck(board: Board, s: Sources, provenance: Provenance, problems: ImportProblem[]): void {
  const { log, dt, config } = s
  const dtMem = dt?.board.memory
  if (dtMem && board.memory && s.mem !== dt && !sameCoverage(board.memory.map(spanOf), dtMem.map(spanOf))) {
    problems.push({
      severity: 'warning',
      source: 'dtb',
      code: 'memoryDisagrees',
      message: 'the DT memory nodes differ from the memory the kernel used (boot log / iomem); the kernel\'s view is used (firmware or the boot loader may rewrite /memory, and UEFI systems ignore it)',
    })
  }
  // A NOMAP bank that a DT no-map reservation explains is plain memory plus that reservation.
  if (board.memory && s.res === dt && board.reservations) {
    const nomapRes = board.reservations.filter((r) => r.kind === 'fixed' && r.nomap).map((r) => ({ base: BigInt((r as { base: string }).base), end: BigInt((r as { base: string }).base) + BigInt(r.size) }))
    // A dynamic no-map node's placement is the kernel's: a NOMAP bank of its size (6.1+ mark
    // it NOMAP), or the range 5.10 memblock_remove()d for it, is that node's memory.
    const dynamicSizes = board.reservations.filter((r) => r.kind === 'dynamic' && r.nomap).map((r) => BigInt(r.size))
    const takeDynamic = (size: bigint): boolean => {
      const i = dynamicSizes.indexOf(size)
      if (i < 0) return false
      dynamicSizes.splice(i, 1)
      return true
    }
    const banks = board.memory.map((b) => ({ ...b }))
    let changed = false
    for (const b of banks)
      if (b.nomap && (covers(nomapRes, spanOf(b)) || takeDynamic(spanOf(b).end - spanOf(b).base))) {
        delete b.nomap
        changed = true
      }
    const removed = (log?.facts.memblock ?? []).filter((e) => e.kind === 'remove' && e.caller === 'early_init_dt_alloc_reserved_memory_arch' && e.base !== undefined && e.end !== undefined && takeDynamic(e.end - e.base))
    for (const e of removed) banks.push({ base: `0x${e.base!.toString(16)}`, size: `0x${(e.end! - e.base!).toString(16)}` })
    if (changed || removed.length > 0) {
      // Rebuilt in address order: plain banks of one node merged where they touch, and across
      // the page holding the edge of a DT no-map node, which the log's ranges leave out (PFN_UP
      // of a region's base, PFN_DOWN of its end): 5.10 and 6.1 print no range of a node for the
      // log pass to join them (bootlog.ts joinNomapPageGaps()), and the DT has it.
      const page = PAGE_BYTES[board.pageSize ?? '4K']
      const edges = board.reservations.flatMap((r) => (r.kind === 'fixed' && r.nomap ? [BigInt(r.base), BigInt(r.base) + BigInt(r.size)] : []))
      type Draft = Span & { node: number | undefined; nomap: boolean; sources: string[] }
      const drafts: Draft[] = banks.map((b, i) => ({ ...spanOf(b), node: b.node, nomap: b.nomap === true, sources: [i < board.memory!.length ? (provenance[`/memory/${i}`] ?? '') : 'memblock=debug: the range 5.10 memblock_remove()d for a dynamic no-map node of the DT'] }))
      drafts.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))
      const out: Draft[] = []
      for (const d of drafts) {
        const last = out[out.length - 1]
        if (last && !last.nomap && !d.nomap && last.node === d.node) {
          const acrossEdge = d.base > last.end && gapHoldsNomapEdge(last.end, d.base, edges, page)
          if (d.base <= last.end || acrossEdge) {
            if (acrossEdge) last.sources.push(`one bank across [${hex(last.end)}, ${hex(d.base)}): the page holds the edge of a DT no-map node, which the kernel maps`)
            if (d.end > last.end) last.end = d.end
            last.sources.push(...d.sources)
            continue
          }
        }
        out.push({ ...d, sources: [...d.sources] })
      }
      board.memory = toMemory(out.map((x) => ({ base: hex(x.base), size: hex(x.end - x.base), ...(x.node !== undefined && { node: x.node }), ...(x.nomap && { nomap: true }) })))
      for (const key of Object.keys(provenance)) if (key.startsWith('/memory/')) delete provenance[key]
      out.forEach((x, i) => (provenance[`/memory/${i}`] = x.sources.filter((t) => t !== '').join('; ')))
      problems.push({ severity: 'note', source: 'dtb', code: 'nomapFromDt', message: 'no-map memory seen in the boot log is explained by DT /reserved-memory no-map nodes; kept as those reservations' })
    }
  }
  const logCmd = log?.board.cmdline
  const dtCmd = dt?.board.cmdline
  if (logCmd !== undefined && dtCmd !== undefined && logCmd.trim() !== dtCmd.trim())
    problems.push({ severity: 'note', source: 'dtb', code: 'cmdlineDisagrees', message: `/chosen bootargs ${JSON.stringify(dtCmd)} differ from the kernel command line in the log; the log's is used (boot loaders rewrite bootargs)` })
  const logRel = log?.board.kernels?.[0]
  const cfgRel = config?.board.kernels?.[0]
  if (logRel !== undefined && cfgRel !== undefined && logRel !== cfgRel)
    problems.push({ severity: 'warning', source: 'config', code: 'releaseDisagrees', message: `the .config is for Linux ${String(cfgRel)} but the log booted ${String(logRel)}` })
  // A .config of another arch is refused above (configOtherArch); this is the log against the DT.
  // The log's ZONE_DMA as printed against the DT's limit as the log's kernel reads it: a kernel
  // before 6.12 rounds the limit up to a power of two (zone_dma_bits), so a limit that is not
  // one (a bus to 0xbfffffff) ends its zone where the log shows it and 6.12's elsewhere, said
  // as a note; a DT whose limit the log's kernel would not end the zone by as the log shows is
  // not the one the kernel got, and the board that takes its dma-ranges fails its own log.
  const logDma = log?.facts.zones.find((z) => z.value.name === 'DMA')
  const release = typeof board.kernels?.[0] === 'string' ? resolveKernelRelease(board.kernels[0]) : undefined
  const zones = release !== undefined ? policyFor('arm64', release)?.arm64?.zones : undefined
  if (board.memory && dt?.board.dma && logDma && board.arch === 'arm64' && dt.facts && zones) {
    const start = board.memory.reduce((m, b) => (spanOf(b).base < m ? spanOf(b).base : m), spanOf(board.memory[0]!).base)
    const end = board.memory.reduce((m, b) => (spanOf(b).end > m ? spanOf(b).end : m), 0n)
    const limit = dt.facts.dmaLimit
    const shown = logDma.value.range?.end ?? start
    const booted = zoneDmaEnd(zones, start, end, limit)
    const exact = zoneDmaEnd(zoneLimitsExact, start, end, limit)
    const zone = (e: bigint) => (e > start ? `ending at ${hex(e - 1n)}` : 'empty')
    if (booted !== shown)
      problems.push({ severity: 'warning', source: 'dtb', code: 'dmaDisagrees', message: `the DT's DMA limit ${hex(limit)} would leave Linux ${String(board.kernels![0])}'s ZONE_DMA ${zone(booted)}, the log shows it ${zone(shown)} (${cite('boot log', logDma)}): the DT is not the one the kernel got (its dma-ranges differ), and the board takes the DT's; import the DT as the kernel got it (/sys/firmware/fdt, read as root)` })
    else if (exact !== booted)
      problems.push({ severity: 'note', source: 'dtb', code: 'dmaDisagrees', message: `the DT's DMA limit ${hex(limit)} leaves ZONE_DMA ${zone(booted)} on Linux ${String(board.kernels![0])}, as the log shows: that kernel rounds the limit up to a power of two (zone_dma_bits); 6.12 and later size the zone from the exact limit and leave it ${zone(exact)}` })
  }
}

/**
 * Memory read from the DT's /memory nodes alone is what the blob was built with: boot loaders
 * rewrite /memory with the RAM they find (U-Boot's fdt_fixup_memory_banks(), the Raspberry Pi
 * firmware), and one DTB often serves a board sold with several RAM sizes. Said as a note,
 * with the amount, so that it is checked against the board.
 */
function memoryFromDt(memory: readonly MemoryBank[], source: ImportSource): ImportProblem {
  const total = memory.reduce((t, b) => t + BigInt(b.size), 0n)
  const banks = memory.length === 1 ? `at ${memory[0]!.base}` : `in ${memory.length} banks`
  return {
    severity: 'note',
    source,
    code: 'memoryFromDt',
    message: `the memory is the DT's /memory as built (${fmtSize(total)} ${banks}): boot loaders commonly rewrite it with the RAM they find, and one DTB often serves several RAM sizes; check it against the board ("System RAM" in its /proc/iomem, "Early memory node ranges" in a boot log, which can be imported with the DT), or ${SYS_FDT}`,
  }
}

/**
 * /proc/iomem alone: arm64 and riscv64 list no-map RAM (firmware carve-outs, EFI runtime
 * areas) as top-level "reserved", not "System RAM", so the banks read from it leave that RAM
 * out, where a boot log or the DT would add it as `nomap` banks. Said as a note, with the
 * ranges, unless the board is x86_64 (whose "Reserved" entries are not RAM).
 */
function noteIomemNomap(facts: IomemFacts, arch: Board['arch'], problems: ImportProblem[]): void {
  if (arch === 'x86_64' || facts.systemRam.length === 0) return
  const low = facts.systemRam.reduce((m, r) => (r.base < m ? r.base : m), facts.systemRam[0]!.base)
  const high = facts.systemRam.reduce((m, r) => (r.end > m ? r.end : m), facts.systemRam[0]!.end)
  // Only reserved ranges among the RAM: those above or below it are device or firmware space.
  const among = facts.topReserved.filter((r) => r.base >= low && r.end <= high)
  if (among.length === 0) return
  const ranges = among.slice(0, 5).map((r) => `${r.entry.text.trim()} (line ${r.entry.line})`).join('; ')
  problems.push({
    severity: 'note',
    source: 'iomem',
    code: 'iomemNomap',
    message: `${among.length} top-level "reserved" range(s) lie among the System RAM: ${ranges}${among.length > 5 ? '; …' : ''}. ${arch === undefined ? 'If the board is arm64 or riscv64, they' : 'They'} are no-map RAM that /proc/iomem does not count as System RAM, and the board leaves them out: add them as banks with "nomap": true, or import a boot log or the DT, which show them`,
    line: among[0]!.entry.line,
  })
}

/**
 * Where an x86_64 kernel booted with `nokaslr` runs: LOAD_PHYSICAL_ADDR, which is
 * CONFIG_PHYSICAL_START (default 0x1000000, arch/x86/Kconfig@v6.12.117:2097-2099); the
 * decompressor moves the kernel there (arch/x86/boot/compressed/head_64.S@v6.12.117:316-333).
 * Undefined for another architecture or a command line without `nokaslr` (KASLR's choice).
 *
 * @param config - the build's .config, when given (its CONFIG_PHYSICAL_START wins)
 */
export function nokaslrImageBase(board: Pick<Board, 'arch' | 'cmdline'>, config?: KconfigFacts): { base: string; fromConfig: boolean } | undefined {
  // As the decompressor reads it (cmdline_find_option_bool(), which CK011 reads it with too).
  if (board.arch !== 'x86_64' || typeof board.cmdline !== 'string' || !cmdlineFindOptionBool(board.cmdline, 'nokaslr')) return undefined
  const set = config?.options.get('PHYSICAL_START')?.value
  // A hex address as Kconfig writes it; the board's schema check refuses anything else.
  const fromConfig = set !== undefined && set.startsWith('0x')
  return { base: fromConfig ? set : '0x1000000', fromConfig }
}
