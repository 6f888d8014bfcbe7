// SPDX-License-Identifier: GPL-2.0-only
/**
 * Reading the artefacts `import` and `verify` take: bytes (a DTB is binary), gzip unpacked
 * (`*.log.gz` as the oracle keeps them), and what each file is, told by its content first and
 * its name second.
 */
import { basename } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { ImportSource } from '../../import/index.js'
import { firstLines, journalFormat, opensAsLogLine, shortJournal } from '../../import/bootlog.js'
import { isIomemLine } from '../../import/iomem.js'
import { ConfigurationError, errorMessage } from '../../errors.js'
import { fileErrorText } from '../../file-errors.js'
import type { CliIO } from '../main.js'

export interface Artefact {
  path: string
  bytes: Uint8Array
  /** The bytes as UTF-8 text (meaningless for a DTB). */
  text: string
  gzip: boolean
}

const FDT_MAGIC = [0xd0, 0x0d, 0xfe, 0xed]
/**
 * The largest artefact read (after unpacking). A memblock=debug boot log of a big server is a
 * few MiB; the bound keeps a gzip bomb or a wrong file (a disk image) from exhausting memory.
 */
export const MAX_ARTEFACT_BYTES = 64 * 1024 * 1024

/** The name of the artefact `-`, read from standard input. */
export const STDIN_NAME = '<stdin>'

/**
 * Reads a file as bytes (`-`: standard input, named {@link STDIN_NAME}), unpacking gzip.
 *
 * @throws ConfigurationError when it cannot be read or unpacked
 */
export async function readArtefact(io: CliIO, given: string): Promise<Artefact> {
  const stdin = given === '-' && io.readStdin !== undefined
  // What messages, the verify report and import's provenance call it.
  const path = stdin ? STDIN_NAME : given
  let bytes: Uint8Array
  try {
    // One byte past the limit tells a file that is too long, without reading the rest of it.
    bytes = stdin ? await io.readStdin!(MAX_ARTEFACT_BYTES + 1) : io.readBytes ? await io.readBytes(path, MAX_ARTEFACT_BYTES + 1) : new TextEncoder().encode(await io.readFile(path))
  } catch (error) {
    throw new ConfigurationError(`cannot read ${path}: ${fileErrorText(error)}`)
  }
  const tooBig = (what: string) => new ConfigurationError(`${path} is ${what}; crashkernel-check reads artefacts of at most ${MAX_ARTEFACT_BYTES / 1024 / 1024} MiB`)
  if (bytes.length > MAX_ARTEFACT_BYTES) throw tooBig(`more than ${MAX_ARTEFACT_BYTES / 1024 / 1024} MiB`)
  let gzip = false
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = new Uint8Array(gunzipSync(bytes, { maxOutputLength: MAX_ARTEFACT_BYTES }))
      gzip = true
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(`more than ${MAX_ARTEFACT_BYTES / 1024 / 1024} MiB when unpacked`)
      throw new ConfigurationError(`${path}: looks like gzip but cannot be unpacked: ${errorMessage(error)}`)
    }
  }
  // Nothing to read is said as such: a log without a single line was told it has no
  // "Linux version" line, and import listed every line such a log lacks.
  if (bytes.length === 0) throw new ConfigurationError(`${path} is empty${gzip ? ' when unpacked' : stdin ? ': nothing came in on standard input' : ''}`)
  const text = new TextDecoder().decode(bytes)
  if (text.trim() === '') throw new ConfigurationError(`${path} has nothing but blank lines${gzip ? ' when unpacked' : ''}`)
  return { path, bytes, text, gzip }
}

/**
 * What an artefact is: a DTB (magic 0xd00dfeed), a DTS (`/dts-v1/`, or the .dts name), a
 * kernel .config (`CONFIG_…=` lines), /proc/iomem (`start-end : name` lines) or a boot log
 * (a `Linux version` banner, `Booting Linux`, dmesg timestamps, first lines that open as a
 * log's ({@link opensAsLogLine}), or `journalctl -o export` / `-o json` entries).
 *
 * @returns the kind, or undefined when nothing matches
 */
export function detectArtefact(a: Pick<Artefact, 'path' | 'bytes' | 'text'>): ImportSource | undefined {
  const name = basename(a.path).replace(/\.gz$/, '').toLowerCase()
  if (FDT_MAGIC.every((b, i) => a.bytes[i] === b)) return 'dtb'
  const text = a.text.replace(/^\uFEFF/, '')
  // journalctl -o export / json: fields, the banner (if any) behind `MESSAGE=` or in JSON (the
  // binary export has NULs in its counts).
  if (journalFormat(text) !== undefined) return 'bootLog'
  // A binary file (an executable, an image, an initramfs: the first two may hold the banner) is
  // no log whatever its name: a NUL in its first 8 KiB, which no console log or dmesg has. But
  // for a run of them before the first line (the noise a serial line gives at power-on), NULs
  // inside lines that open as a log's (a serial line's break in the kernel's text, which the
  // log reader warns of at its line and column: nulsInLogLines()) and a text saved as UTF-16
  // (PowerShell's `>`), whose NULs the log reader drops with the other control characters. A
  // file named as a DTB is read as one: its reader says what is wrong.
  let first = 0
  while (a.bytes[first] === 0) first++
  const utf16 = (a.bytes[0] === 0xff && a.bytes[1] === 0xfe) || (a.bytes[0] === 0xfe && a.bytes[1] === 0xff)
  const dtbName = name.endsWith('.dtb') || name.endsWith('.dtbo')
  if (!utf16 && a.bytes.subarray(first, first + 8192).includes(0) && !nulsInLogLines(a.text)) return dtbName ? 'dtb' : undefined
  // Content before names: a DTS or a log saved as `.dtb`, a log that /proc/iomem's lines open
  // (`cat /proc/iomem; dmesg`).
  if (startsAsDts(text)) return 'dts'
  // A dmesg timestamp after blanks on its own line: `^\s*` crossed lines, rescanning every
  // blank line after each line start (quadratic on a file of many).
  if (/Linux version \d|Booting Linux on|^Kernel command line: |^[^\S\n\r\u2028\u2029]*(<\d>)?\[\s*\d+\.\d+\]/m.test(text)) return 'bootLog'
  if (dtbName) return 'dtb'
  if (name.endsWith('.dts')) return 'dts'
  const head = firstLines(text, 40)
  const configLines = head.filter((l) => /^(CONFIG_[A-Za-z0-9_]+=|# CONFIG_[A-Za-z0-9_]+ is not set)/.test(l)).length
  // A fragment may list one or two options; its name says what it is: `.config`, Debian's
  // `config-<release>`, the kernel tree's own fragments `kernel/configs/*.config`, a `*_defconfig`.
  if (configLines >= 3 || (configLines >= 1 && (name.endsWith('.config') || name.startsWith('config-') || name.endsWith('defconfig')))) return 'config'
  const iomemLines = head.filter((l) => isIomemLine(l)).length
  if (head.length > 0 && iomemLines >= Math.ceil(head.length * 0.8)) return 'iomem'
  // A log that starts past the banner (its ring buffer wrapped) has no other sign than a line
  // opening with `Kernel command line: ` (init/main.c start_kernel(); a `dmesg -t`, above) or
  // first lines that open as a log's (dmesg's other time formats and colours, a journal or
  // syslog file, whose first entries may all be user space's).
  if (head.some(opensAsLogLine) || shortJournal(head) !== undefined || name.endsWith('.log') || name.includes('dmesg')) return 'bootLog'
  return undefined
}

/**
 * Whether every NUL in the text's first 8 KiB after its leading ones lies in a line that opens
 * as a log's ({@link opensAsLogLine}: a printk time, a journal entry's head …): noise inside
 * the kernel's lines. A binary's first NUL is in no such line (an ELF or a kernel Image header,
 * a cpio entry's name), whatever log lines it holds further on.
 */
function nulsInLogLines(text: string): boolean {
  let start = 0
  while (text.charCodeAt(start) === 0) start++
  const head = text.slice(start, start + 8192)
  for (let i = head.indexOf('\0'); i !== -1; ) {
    let end = head.indexOf('\n', i)
    if (end < 0) end = head.length
    if (!opensAsLogLine(head.slice(head.lastIndexOf('\n', i) + 1, end))) return false
    i = head.indexOf('\0', end)
  }
  return true
}

/** \s, as trim() removes it. */
const isSpace = (c: string | undefined): boolean => c !== undefined && c.trim() === ''

/**
 * Whether `text` opens with `/dts-v1/;` after blanks and comments, as
 * /^\s*(\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n\s*)*\/dts-v1\/\s*;/ decided — including its reading of
 * a block comment as running to any later `*\/`, not only the first — in one pass: that
 * pattern tried every way of cutting the text into such comments, exponential in their number.
 * Positions where a comment sequence can end are marked as the pass reaches them: after the
 * first block comment that can start, every `*\/` further on ends one.
 */
export function startsAsDts(text: string): boolean {
  const skip = (i: number): number => {
    while (isSpace(text[i])) i++
    return i
  }
  const reachable = new Set<number>([skip(0)])
  let block = -1
  for (let i = 0; i <= text.length; i++) {
    if (block >= 0 && i >= block + 4 && text[i - 2] === '*' && text[i - 1] === '/') reachable.add(skip(i))
    if (!reachable.has(i)) continue
    if (text.startsWith('/dts-v1/', i) && text[skip(i + 8)] === ';') return true
    if (text.startsWith('/*', i) && block < 0) block = i
    else if (text.startsWith('//', i)) {
      const nl = text.indexOf('\n', i + 2)
      if (nl >= 0) reachable.add(skip(nl + 1))
    }
  }
  return false
}

/** Words for each kind, for messages. */
export const KIND_NAME: Record<ImportSource, string> = {
  bootLog: 'boot log',
  dtb: 'device tree blob (.dtb)',
  dts: 'device tree source (.dts)',
  iomem: '/proc/iomem',
  config: 'kernel .config',
}
