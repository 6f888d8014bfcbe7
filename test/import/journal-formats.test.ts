// SPDX-License-Identifier: GPL-2.0-only
/**
 * `journalctl -k` in its structured output formats (`-o export`, `-o json`, `-o verbose`),
 * `-o cat` and the line formats `-o short-delta`, `short-full`, `with-unit`, built from an
 * oracle boot by a small converter that writes what systemd's docs/JOURNAL_EXPORT_FORMATS.md
 * and src/shared/logs-show.c (output_short(), output_timestamp_monotonic(), output_verbose())
 * describe: import gives the board the same messages give as dmesg, verify says the same, and
 * each fact points at its entry's MESSAGE line. The export entries carry a binary-safe MESSAGE
 * (length-prefixed) and user-space entries; a later boot (another `_BOOT_ID`, its banner
 * rotated away) follows the first. The short formats are also read without `-k` (`journalctl
 * -b -o short…`, or the whole journal): user space's entries among the kernel's, and
 * journalctl's `-- Boot <id> --` line before another boot's; each also with `--no-hostname`
 * (no host before the identifier), with `-k` too.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { detectArtefact } from '../../src/cli/commands/artefact.js'
import { bootLogToBoard, readJournal, shortJournal } from '../../src/import/bootlog.js'
import { verifyBootLog } from '../../src/verify/index.js'

const LOGS = join(import.meta.dirname, '../oracle/logs')

interface Entry {
  /** printk seconds, `0.000000`. */
  ts: string
  message: string
  boot: string
  transport: 'kernel' | 'journal'
  /** A user-space entry's identifier and pid, as output_short() prints them (`kdump-tools[345]`). */
  ident?: string
  /** Further lines of the message. */
  more?: string[]
}

/** The first boot's kernel messages of an oracle serial log: the timestamped lines before the init's sections. */
function kernelMessages(log: string): Entry[] {
  const out: Entry[] = []
  for (const line of log.split('\n')) {
    if (line.startsWith('=====ORACLE-')) break
    const m = /^\[\s*(\d+\.\d+)\] (.*)$/.exec(line.replace(/\r$/, ''))
    if (m) out.push({ ts: m[1]!, message: m[2]!, boot: 'b0', transport: 'kernel' })
  }
  return out
}

const usec = (ts: string): string => String(BigInt(ts.replace('.', '')))

/** `%5llu.%06llu` of a count of microseconds (output_timestamp_monotonic()). */
const mono = (us: bigint): string => `${String(us / 1000000n).padStart(5)}.${String(us % 1000000n).padStart(6, '0')}`

/** format_timestamp()'s `Tue 2023-11-14 22:13:20 UTC` (`--utc`) of an entry's realtime clock, with `.%06u` for verbose. */
function realtime(e: Entry, precise = false): string {
  const us = 1700000000000000n + BigInt(usec(e.ts))
  const iso = new Date(Number(us / 1000n)).toISOString()
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Number(us / 1000n)).getUTCDay()]!
  return `${day} ${iso.slice(0, 10)} ${iso.slice(11, 19)}${precise ? `.${String(us % 1000000n).padStart(6, '0')}` : ''} UTC`
}

/**
 * The converter. `binary`: messages written in the binary-safe form (as journald writes a
 * value with a control character), here with `\n` appended to the message.
 */
const as = {
  dmesg: (es: Entry[]) => es.filter((e) => e.boot === 'b0' && e.transport === 'kernel').map((e) => `[${e.ts.padStart(12)}] ${e.message}`).join('\n') + '\n',
  /**
   * `-k -o short-delta`: the first entry has sixteen blanks for a delta; `old`: the delta
   * without the trailing blank (or `*`) newer systemd prints.
   */
  shortDelta: (es: Entry[], old = false): string =>
    es
      .filter((e) => e.boot === 'b0' && e.transport === 'kernel')
      .map((e, i, k) => {
        const delta = i === 0 ? ' '.repeat(16) : ` <${mono(BigInt(usec(e.ts)) - BigInt(usec(k[i - 1]!.ts)))}${old ? '' : ' '}>`
        return `[${mono(BigInt(usec(e.ts)))}${delta}] virt kernel: ${e.message}`
      })
      .join('\n') + '\n',
  /**
   * `-k -o short-full`, or `-k -o with-unit`: the same for the kernel's entries, which have
   * no `_SYSTEMD_UNIT`, so output_short() prints their identifier, `kernel`.
   */
  shortFull: (es: Entry[]): string =>
    es
      .filter((e) => e.boot === 'b0' && e.transport === 'kernel')
      .map((e) => `${realtime(e)} virt kernel: ${e.message}`)
      .join('\n') + '\n',
  /**
   * `-o verbose` (not `-k`: every entry, the later boot after its `-- Boot … --` line).
   * `more`: a message of several lines, its further ones indented under its first.
   */
  verbose: (es: Entry[], more: (e: Entry) => string[] = () => []): string =>
    es
      .map((e, i) => {
        const sep = i > 0 && es[i - 1]!.boot !== e.boot ? [`-- Boot ${e.boot} --`] : []
        const head = `${realtime(e, true)} [s=5f0c;i=${(i + 1).toString(16)};b=${e.boot};m=${BigInt(usec(e.ts)).toString(16)};t=${(1700000000000000n + BigInt(usec(e.ts))).toString(16)};x=${i.toString(16)}]`
        const fields = [`    _BOOT_ID=${e.boot}`, `    _TRANSPORT=${e.transport}`, '    PRIORITY=6', `    SYSLOG_IDENTIFIER=${e.transport === 'kernel' ? 'kernel' : 'kdump-tools'}`, `    MESSAGE=${e.message}`, ...more(e).map((l) => `${' '.repeat('    MESSAGE='.length)}${l}`), `    _SOURCE_MONOTONIC_TIMESTAMP=${usec(e.ts)}`, '    _HOSTNAME=virt']
        return [...sep, head, ...fields].join('\n')
      })
      .join('\n') + '\n',
  cat: (es: Entry[]) => es.filter((e) => e.boot === 'b0' && e.transport === 'kernel').map((e) => e.message).join('\n') + '\n',
  export: (es: Entry[], binary: (e: Entry) => boolean = () => false): string => {
    const parts: Uint8Array[] = []
    const enc = new TextEncoder()
    es.forEach((e, i) => {
      const head = [`__CURSOR=s=5f0c;i=${i + 1};b=${e.boot};m=${usec(e.ts)}`, `__REALTIME_TIMESTAMP=${1700000000000000n + BigInt(usec(e.ts))}`, `__MONOTONIC_TIMESTAMP=${usec(e.ts)}`, `_BOOT_ID=${e.boot}`, `_TRANSPORT=${e.transport}`, 'PRIORITY=6', `SYSLOG_IDENTIFIER=${e.transport === 'kernel' ? 'kernel' : 'kdump-tools'}`]
      parts.push(enc.encode(head.join('\n') + '\n'))
      if (binary(e)) {
        const data = enc.encode(`${e.message}\n`)
        const size = new Uint8Array(8)
        new DataView(size.buffer).setBigUint64(0, BigInt(data.length), true)
        parts.push(enc.encode('MESSAGE\n'), size, data, enc.encode('\n'))
      } else parts.push(enc.encode(`MESSAGE=${e.message}\n`))
      parts.push(enc.encode('_HOSTNAME=virt\n\n'))
    })
    // As readArtefact() gives it: the bytes decoded as UTF-8.
    return new TextDecoder().decode(Buffer.concat(parts))
  },
  json: (es: Entry[], bytes: (e: Entry) => boolean = () => false): string =>
    es
      .map((e, i) =>
        JSON.stringify({
          __CURSOR: `s=5f0c;i=${i + 1};b=${e.boot}`,
          __REALTIME_TIMESTAMP: String(1700000000000000n + BigInt(usec(e.ts))),
          __MONOTONIC_TIMESTAMP: usec(e.ts),
          _BOOT_ID: e.boot,
          _TRANSPORT: e.transport,
          PRIORITY: '6',
          // A value with a control character is a number array (JOURNAL_EXPORT_FORMATS.md).
          MESSAGE: bytes(e) ? [...new TextEncoder().encode(`${e.message}\x07`)] : e.message,
        }),
      )
      .join('\n') + '\n',
}

/**
 * The oracle boot, with what a whole journal adds: a user-space entry that reads like a
 * kernel message, and a later boot without its banner whose crash kernel went elsewhere.
 */
function journal(file: string): Entry[] {
  const es = kernelMessages(gunzipSync(readFileSync(join(LOGS, file))).toString('utf8'))
  const cmd = es.findIndex((e) => e.message.startsWith('Kernel command line:'))
  es.splice(cmd, 0, { ts: es[cmd]!.ts, message: 'Kernel command line: crashkernel=1G (kdump-tools, user space)', boot: 'b0', transport: 'journal' })
  es.push({ ts: '0.000000', message: 'crashkernel reserved: 0x0000000070000000 - 0x0000000074000000 (64 MB)', boot: 'b1', transport: 'kernel' })
  es.push({ ts: '0.000000', message: 'Kernel command line: crashkernel=64M', boot: 'b1', transport: 'kernel' })
  return es
}

/**
 * The timestamps of the short formats (logs-show.c output_short(), `--utc`): realtime ones of
 * the entry's realtime clock, `short-monotonic`'s and `short-delta`'s of its printk time.
 */
const SHORT_STAMPS: Record<string, (e: Entry, prev?: Entry) => string> = {
  'short': (e) => {
    const d = new Date(Number((1700000000000000n + BigInt(usec(e.ts))) / 1000n))
    return `${d.toUTCString().slice(8, 11)} ${d.toISOString().slice(8, 10)} ${d.toISOString().slice(11, 19)}`
  },
  'short-precise': (e) => `${SHORT_STAMPS.short!(e)}.${String((1700000000000000n + BigInt(usec(e.ts))) % 1000000n).padStart(6, '0')}`,
  'short-iso': (e) => `${new Date(Number((1700000000000000n + BigInt(usec(e.ts))) / 1000n)).toISOString().slice(0, 19)}+00:00`,
  'short-iso-precise': (e) => `${SHORT_STAMPS['short-iso']!(e).slice(0, 19)}.${String((1700000000000000n + BigInt(usec(e.ts))) % 1000000n).padStart(6, '0')}+00:00`,
  'short-full': (e) => realtime(e),
  'short-unix': (e) => {
    const us = 1700000000000000n + BigInt(usec(e.ts))
    return `${us / 1000000n}.${String(us % 1000000n).padStart(6, '0')}`
  },
  'short-monotonic': (e) => `[${mono(BigInt(usec(e.ts)))}]`,
  'short-delta': (e, prev) => `[${mono(BigInt(usec(e.ts)))}${prev ? ` <${mono(BigInt(usec(e.ts)) - BigInt(usec(prev.ts)))} >` : ' '.repeat(16)}]`,
}

/**
 * A short format without `-k`: every entry, `<stamp> <host> <identifier>: ` (`host`
 * empty: `--no-hostname`, `<stamp> <identifier>: `), the kernel's identifier `kernel`
 * without a pid; a message's further lines indented under its first; and before another
 * boot's entries journalctl's `-- Boot <id> --` (`reboot`: what older journalctl printed
 * instead).
 */
function shortJournalText(es: Entry[], stamp: (e: Entry, prev?: Entry) => string, reboot = (boot: string) => `-- Boot ${'0'.repeat(30)}${boot} --`, host = 'virt'): string {
  const out: string[] = []
  es.forEach((e, i) => {
    if (i > 0 && es[i - 1]!.boot !== e.boot) out.push(reboot(e.boot))
    const head = `${stamp(e, es[i - 1]?.boot === e.boot ? es[i - 1] : undefined)}${host ? ` ${host}` : ''} ${e.transport === 'kernel' ? 'kernel' : (e.ident ?? 'kdump-tools[345]')}: `
    out.push(`${head}${e.message}`, ...(e.more ?? []).map((l) => `${' '.repeat(head.length)}${l}`))
  })
  return out.join('\n') + '\n'
}

/**
 * What user space logs after the kernel started init, some of it quoting the kernel's
 * messages: a shell's `dmesg | grep crash` (with the printk time), a banner, kdump-tools.
 */
function userSpaceAfterInit(es: Entry[]): Entry[] {
  const last = es.filter((e) => e.boot === 'b0').at(-1)!
  const user = (ident: string, message: string, more?: string[]): Entry => ({ ts: last.ts, message, boot: 'b0', transport: 'journal', ident, ...(more && { more }) })
  const at = es.indexOf(last) + 1
  return [
    ...es.slice(0, at),
    user('systemd[1]', 'Machine model: not the kernel'),
    user('kdump-tools[345]', 'no crashkernel= parameter in the kernel cmdline'),
    user('sh[400]', '[    0.000000] crashkernel reserved: 0x0000000070000000 - 0x0000000074000000 (64 MB)'),
    user('sh[400]', 'Linux version 9.9.9-user (user@space) #1 SMP', ['crashkernel reserved: 0x0000000070000000 - 0x0000000074000000 (64 MB)']),
    ...es.slice(at),
  ]
}

/** The host output_short() prints by default, and none with `--no-hostname`. */
const HOSTS: Record<string, string> = { '': 'virt', ' --no-hostname': '' }
/** Each short format, with and without the host: [journalctl's options, format]. */
const SHORT_CASES = Object.keys(SHORT_STAMPS).flatMap((format) => Object.keys(HOSTS).map((options) => [options, format] as const))

describe.each(['arm64-6.1-plain-2G-ck256M-mbdebug.log.gz', 'amd64-6.12-q35-4G-ck256M-mbdebug.log.gz'])('journalctl short formats without -k, of %s', (file) => {
  const es = userSpaceAfterInit(journal(file))
  const dmesg = as.dmesg(es)
  const plain = bootLogToBoard(dmesg, { id: 'b' })
  const plainVerify = verifyBootLog(dmesg, { logName: 'log' })
  const same = (text: string) => {
    const r = bootLogToBoard(text, { id: 'b' })
    expectSameImport(r, plain)
    return r
  }

  it('the journal has user space entries that quote the kernel (the comparison has something to compare)', () => {
    const text = shortJournalText(es.filter((e) => e.boot === 'b0'), SHORT_STAMPS.short!)
    expect(text).toMatch(/^\w{3} \d\d [\d:]{8} virt sh\[400\]: \[    0\.000000\] crashkernel reserved: /m)
    expect(text).toMatch(/^\w{3} \d\d [\d:]{8} virt kernel: Run \/init as init process$/m)
    const bare = shortJournalText(es.filter((e) => e.boot === 'b0'), SHORT_STAMPS['short-monotonic']!, undefined, '')
    expect(bare).toMatch(/^\[\s*\d+\.\d+\] sh\[400\]: \[    0\.000000\] crashkernel reserved: /m)
    expect(bare).toMatch(/^\[\s*\d+\.\d+\] kernel: Run \/init as init process$/m)
    expect(plain.problems.find((p) => p.code === 'secondBoot')).toBeUndefined()
  })

  it.each(SHORT_CASES)('-b%s -o %s: only the kernel\'s entries are read; import and verify say what they say of its dmesg', (options, format) => {
    const text = shortJournalText(es.filter((e) => e.boot === 'b0'), SHORT_STAMPS[format]!, undefined, HOSTS[options])
    expect(detectArtefact({ path: 'kernel.txt', bytes: new TextEncoder().encode(text), text })).toBe('bootLog')
    const r = same(text)
    expect(r.problems.find((p) => p.code === 'secondBoot')).toBeUndefined()
    const lines = text.split('\n')
    expect(lines[r.facts.cmdline!.line - 1]).toContain(' kernel: Kernel command line: ')
    expect(lines[r.facts.cmdline!.line - 1]!.includes(' virt kernel: ')).toBe(options === '')
    const v = verifyBootLog(text, { logName: 'log' })
    expect({ agrees: v.agrees, problems: v.problems, differences: v.differences, observed: v.observed, notes: v.notes }).toEqual({
      agrees: plainVerify.agrees,
      problems: plainVerify.problems,
      differences: plainVerify.differences,
      observed: plainVerify.observed,
      notes: plainVerify.notes,
    })
  })

  it.each(SHORT_CASES)('-b%s -o %s of two boots: the first ends at `-- Boot <id> --`, and import and verify say only it was read', (options, format) => {
    const text = shortJournalText(es, SHORT_STAMPS[format]!, undefined, HOSTS[options])
    const lines = text.split('\n')
    const boot = lines.findIndex((l) => l.startsWith('-- Boot ')) + 1
    const r = same(text)
    const second = r.problems.filter((p) => p.code === 'secondBoot')
    expect(second).toEqual([{ severity: 'warning', source: 'bootLog', code: 'secondBoot', message: 'the log holds another boot from here on; only the first one is read', line: boot, excerpt: lines[boot - 1] }])
    const v = verifyBootLog(text, { logName: 'log' })
    expect({ agrees: v.agrees, problems: v.problems, differences: v.differences, observed: v.observed }).toEqual({
      agrees: plainVerify.agrees,
      problems: plainVerify.problems,
      differences: plainVerify.differences,
      observed: plainVerify.observed,
    })
    // (Of the x86_64 boot, whose dmesg does not place the kernel image, verify stops before its notes.)
    if (plainVerify.problems.length === 0) expect(v.notes).toContain(`the log holds more than one boot: only the first, before line ${boot}, was compared (cut the log to compare another)`)
  })

  it.each(Object.keys(HOSTS))('-o short%s of two boots by older journalctl: `-- Reboot --` ends the first', (options) => {
    const text = shortJournalText(es, SHORT_STAMPS.short!, () => '-- Reboot --', HOSTS[options])
    const boot = text.split('\n').indexOf('-- Reboot --') + 1
    expect(same(text).problems.find((p) => p.code === 'secondBoot')).toMatchObject({ line: boot, excerpt: '-- Reboot --' })
    expect(verifyBootLog(text, { logName: 'log' }).differences).toEqual(plainVerify.differences)
  })

  it('its dmesg is no journal: `Machine model: …` after the printk time reads as no host and identifier', () => {
    expect(dmesg).toMatch(/^\[\s*\d+\.\d+\] Machine model: |^\[\s*\d+\.\d+\] DMI: /m)
    expect(shortJournal(dmesg.split('\n'))).toBeUndefined()
  })
})

describe.each(['arm64-6.1-plain-2G-ck256M-mbdebug.log.gz', 'amd64-6.12-q35-4G-ck256M-mbdebug.log.gz'])('journalctl -k output formats of %s', (file) => {
  const es = journal(file)
  const dmesg = as.dmesg(es)
  const plain = bootLogToBoard(dmesg, { id: 'b' })
  const plainVerify = verifyBootLog(dmesg, { logName: 'log' })
  const machine = (e: Entry) => /^(Machine model|DMI):/.test(e.message)
  const formats: Record<string, string> = {
    'export': as.export(es, machine),
    'json': as.json(es, machine),
    'cat': as.cat(es),
    'short-delta': as.shortDelta(es),
    'short-delta (older systemd)': as.shortDelta(es, true),
    'short-full': as.shortFull(es),
    'with-unit': as.shortFull(es),
    'verbose': as.verbose(es),
    // Saved with CRLF line ends (a Windows editor, a serial terminal's capture): read alike.
    'verbose (CRLF)': as.verbose(es).replaceAll('\n', '\r\n'),
    'json (CRLF)': as.json(es, machine).replaceAll('\n', '\r\n'),
    'short-full (CRLF)': as.shortFull(es).replaceAll('\n', '\r\n'),
    ...Object.fromEntries(['short', 'short-iso', 'short-monotonic', 'short-delta'].map((f) => [`${f} --no-hostname`, shortJournalText(es.filter((e) => e.boot === 'b0' && e.transport === 'kernel'), SHORT_STAMPS[f]!, undefined, '')])),
  }

  it('the plain log reads (the comparison has something to compare)', () => {
    expect(plain.board.cmdline).toContain('crashkernel=256M')
    expect(plain.facts.crash.length).toBeGreaterThan(0)
  })

  it.each(Object.keys(formats))('-o %s: detected as a boot log; import gives the same board, facts and crash kernel lines', (format) => {
    const text = formats[format]!
    expect(detectArtefact({ path: 'kernel.txt', bytes: new TextEncoder().encode(text), text })).toBe('bootLog')
    expectSameImport(bootLogToBoard(text, { id: 'b' }), plain)
  })

  it.each(Object.keys(formats))('-o %s: verify says what it says of the plain log', (format) => {
    const v = verifyBootLog(formats[format]!, { logName: 'log' })
    expect({ agrees: v.agrees, problems: v.problems, differences: v.differences, observed: v.observed }).toEqual({
      agrees: plainVerify.agrees,
      problems: plainVerify.problems,
      differences: plainVerify.differences,
      observed: plainVerify.observed,
    })
  })

  it('-o export: facts point at their MESSAGE line, binary-safe ones too; the second _BOOT_ID is where the first boot ends', () => {
    const text = formats.export!
    const lines = text.split('\n')
    const r = bootLogToBoard(text, { id: 'b' })
    const cmd = r.facts.cmdline!
    expect(lines[cmd.line - 1]).toBe(`MESSAGE=${cmd.text}`)
    const crash = r.facts.crash[0]!
    expect(lines[crash.line - 1]).toBe(`MESSAGE=${crash.text}`)
    if (r.facts.machine) expect(lines[r.facts.machine.line - 1]).toBe('MESSAGE')
    const second = r.problems.find((p) => p.code === 'secondBoot')!
    expect(lines[second.line! - 1]).toBe('MESSAGE=crashkernel reserved: 0x0000000070000000 - 0x0000000074000000 (64 MB)')
  })

  it('-o verbose: facts point at their MESSAGE line; the second boot starts at its first MESSAGE', () => {
    const text = formats.verbose!
    const lines = text.split('\n')
    const r = bootLogToBoard(text, { id: 'b' })
    expect(lines[r.facts.cmdline!.line - 1]).toBe(`    MESSAGE=${r.facts.cmdline!.text}`)
    expect(lines[r.facts.crash[0]!.line - 1]).toBe(`    MESSAGE=${r.facts.crash[0]!.text}`)
    const second = r.problems.find((p) => p.code === 'secondBoot')!
    expect(lines[second.line! - 1]).toBe('    MESSAGE=crashkernel reserved: 0x0000000070000000 - 0x0000000074000000 (64 MB)')
  })

  it('-o short-delta: each line keeps its printk time (the first one, with no delta, too)', () => {
    const r = bootLogToBoard(formats['short-delta']!, { id: 'b' })
    expect(r.facts.banner?.line).toBe(plain.facts.banner?.line)
    expect(r.facts.cmdline?.line).toBe(plain.facts.cmdline?.line)
    expect(r.facts.crash.map((c) => c.line)).toEqual(plain.facts.crash.map((c) => c.line))
  })

  it('-o json: facts point at their entry line', () => {
    const text = formats.json!
    const lines = text.split('\n')
    const r = bootLogToBoard(text, { id: 'b' })
    expect(JSON.parse(lines[r.facts.cmdline!.line - 1]!).MESSAGE).toBe(r.facts.cmdline!.text)
    expect(r.problems.find((p) => p.code === 'secondBoot')?.line).toBe(lines.findIndex((l) => l.includes('"_BOOT_ID":"b1"')) + 1)
  })
})


/** A fact's value without where it was read (line numbers differ between formats). */
const strip = <T extends { line: number; text: string }>(x: T | undefined) => x && { value: (x as { value?: unknown }).value }

/** The import of a journal gives what the plain dmesg's import gives: board, facts, no error. */
function expectSameImport(r: ReturnType<typeof bootLogToBoard>, plain: ReturnType<typeof bootLogToBoard>): void {
  expect(r.board).toEqual(plain.board)
  expect(strip(r.facts.cmdline)).toEqual(strip(plain.facts.cmdline))
  expect(strip(r.facts.machine)).toEqual(strip(plain.facts.machine))
  expect(r.facts.crash.map((c) => c.value)).toEqual(plain.facts.crash.map((c) => c.value))
  expect(r.facts.zones.map((z) => z.value)).toEqual(plain.facts.zones.map((z) => z.value))
  expect(r.facts.memblock.length).toBe(plain.facts.memblock.length)
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
}
describe('journalctl formats that cannot be read say so, in their own terms', () => {
  const es = journal('arm64-6.1-plain-2G-ck256M-mbdebug.log.gz')

  it('a binary-safe MESSAGE whose byte count does not survive decoding as UTF-8 (a low byte ≥ 0x80)', () => {
    const long: Entry = { ts: '0.000000', message: 'x'.repeat(199), boot: 'b0', transport: 'kernel' }
    const text = as.export([long, ...es], (e) => e === long)
    const v = verifyBootLog(text, { logName: 'k.export' })
    expect(v.agrees).toBe(false)
    expect(v.problems).toHaveLength(1)
    expect(v.problems[0]).toMatch(/^k\.export: the `journalctl -o export` field MESSAGE is binary .*journalctl -k -b -o short-monotonic/)
    expect(bootLogToBoard(text).problems.find((p) => p.code === 'journalFormat')?.line).toBe(8)
  })

  it('-o verbose: a message of several lines is read line by line; one shown as blob data is named, with the options that show it', () => {
    const cmd = es.find((e) => e.transport === 'kernel' && e.message.startsWith('Kernel command line:'))!
    const crash = es.find((e) => e.message.startsWith('crashkernel reserved:'))!
    const text = as.verbose(es, (e) => (e === cmd ? ['Zone ranges:', ''] : [])).replace(`    MESSAGE=${crash.message}`, '    MESSAGE=[312B blob data]')
    const r = bootLogToBoard(text, { id: 'b' })
    expect(r.facts.cmdline?.value).toBe(cmd.message.replace(/^Kernel command line: /, ''))
    expect(r.facts.crash.filter((c) => c.value.kind === 'reserved')).toEqual([])
    const blob = r.problems.find((p) => p.code === 'journalEntry')!
    expect(text.split('\n')[blob.line! - 1]).toBe('    MESSAGE=[312B blob data]')
    expect(blob.message).toMatch(/-o verbose --all/)
  })

  it('-o json-pretty', () => {
    const text = es
      .slice(0, 50)
      .map((e) => JSON.stringify({ _BOOT_ID: e.boot, _TRANSPORT: e.transport, MESSAGE: e.message }, null, '\t').replace(/": /g, '" : '))
      .join('\n')
    expect(detectArtefact({ path: 'k.json', bytes: new TextEncoder().encode(text), text })).toBe('bootLog')
    // Named as what it is, not as `-o json` (one entry a line), which it is not.
    expect(readJournal(text)).toMatchObject({ format: 'json-pretty', lines: [], problems: [{ code: 'journalFormat', line: 1 }] })
    const v = verifyBootLog(text, { logName: 'k.json' })
    expect(v.problems).toEqual(['k.json: the log is `journalctl -o json-pretty` output, whose entries span several lines: give `journalctl -k -b -o short-monotonic` (or `-o export` / `-o json`, one entry a line) instead'])
  })
})

describe('a journal cut short gets the cut-line checks a dmesg gets', () => {
  // The structured formats' lines are fields, not the kernel's lines: a text that ended inside
  // the crash kernel's MESSAGE got no word, one cut inside the first node range the error for
  // a block without lines, and a whole last MESSAGE line (or JSON entry) without its newline a
  // cutShort warning for a value that is whole.
  const es = journal('arm64-6.1-plain-2G-ck256M-mbdebug.log.gz').filter((e) => e.boot === 'b0' && e.transport === 'kernel')
  const machine = (e: Entry) => /^Machine model:/.test(e.message)
  const formats: Record<string, string> = {
    'dmesg': as.dmesg(es),
    'export': as.export(es, machine),
    'json': as.json(es),
    'verbose': as.verbose(es),
    'short-monotonic': shortJournalText(es, SHORT_STAMPS['short-monotonic']!),
    'short': shortJournalText(es, SHORT_STAMPS.short!),
  }
  /** The text up to `keep` characters into the first `what`, and the number of the line that is in. */
  const cutIn = (text: string, what: string, keep: number) => {
    const at = text.indexOf(what)
    expect(at, what).toBeGreaterThan(0)
    return { text: text.slice(0, at + keep), line: text.slice(0, at).split('\n').length }
  }
  const cutChecks = (text: string) => bootLogToBoard(text, { id: 'b' }).problems.filter((p) => p.code === 'cutShort' || p.code === 'noMemory')

  it.each(Object.keys(formats))('-o %s: a message cut short the board reads, or would read, is warned of at its line', (format) => {
    const text = formats[format]!
    const cmd = cutIn(text, 'Kernel command line: console=', 'Kernel command line: console=tty'.length)
    const r = bootLogToBoard(cmd.text, { id: 'b' })
    expect(r.board.cmdline).toBe('console=tty')
    expect(cutChecks(cmd.text)).toEqual([expect.objectContaining({ code: 'cutShort', line: cmd.line, message: expect.stringContaining('the board takes /cmdline from it') })])
    const crash = cutIn(text, 'crashkernel reserved: ', 'crashkernel reserved: 0x0000'.length)
    expect(cutChecks(crash.text)).toEqual([expect.objectContaining({ code: 'cutShort', line: crash.line, message: expect.stringContaining('a line that starts as "crashkernel"') })])
    const node = cutIn(text, 'node   0: [mem', 'node   0: [mem 0x00'.length)
    expect(cutChecks(node.text)).toEqual([expect.objectContaining({ code: 'noMemory', severity: 'error', line: node.line, message: expect.stringMatching(/^the log ends inside the first line of the "Early memory node ranges" block/) })])
    // At the end of the DMA zone's line (json: entry; verbose: MESSAGE field): the zones after it are open.
    const dma = cutIn(text, '  DMA      [mem', 0)
    const zones = bootLogToBoard(text.slice(0, text.indexOf('\n', dma.text.length) + 1), { id: 'b' })
    expect(zones.problems.filter((p) => p.code === 'zoneListCut')).toEqual([expect.objectContaining({ line: dma.line, message: expect.stringContaining('leaves out config.ZONE_DMA32, config.ZONE_DEVICE') })])
  })

  it.each(Object.keys(formats))('-o %s: a last message read whole, without its newline, is not', (format) => {
    const text = formats[format]!
    // To the end of the node range's line (json: of its entry, verbose: of its MESSAGE field).
    const at = text.indexOf('node   0: [mem')
    const whole = text.slice(0, text.indexOf('\n', at))
    expect(cutChecks(whole)).toEqual([])
    expect(bootLogToBoard(whole, { id: 'b' }).board.memory).toEqual([{ base: '0x40000000', size: '0x80000000' }])
  })

  it('-o export and -o verbose: a text that ends in a field after the message: the message is whole', () => {
    const exp = formats.export!
    const afterCmd = exp.indexOf('\n', exp.indexOf('MESSAGE=Kernel command line: ')) + 1
    expect(exp.slice(afterCmd, afterCmd + 9)).toBe('_HOSTNAME')
    expect(cutChecks(exp.slice(0, afterCmd + 12))).toEqual([])
    const verbose = formats.verbose!
    const after = verbose.indexOf('\n', verbose.indexOf('    MESSAGE=Kernel command line: ')) + 1
    expect(verbose.slice(after, after + 32)).toBe('    _SOURCE_MONOTONIC_TIMESTAMP=')
    expect(cutChecks(verbose.slice(0, after + 10))).toEqual([])
  })

  // Was a bug: journalctl writes _MACHINE_ID, _HOSTNAME … after MESSAGE, and a text that ended
  // in one of them, its message whole, got a cutShort warning for a command line read whole.
  it('-o json: an entry cut in a field after its message: the message is whole', () => {
    const text = formats.json!
    const end = text.indexOf('\n', text.indexOf('Kernel command line: console='))
    expect(text[end - 1]).toBe('}')
    const cut = `${text.slice(0, end - 1)},"_MACHINE_ID":"0a1b","_HOSTNAME":"vi`
    expect(cutChecks(cut)).toEqual([])
    expect(bootLogToBoard(cut, { id: 'b' }).board.cmdline).toBe(bootLogToBoard(text, { id: 'b' }).board.cmdline)
    // Cut inside the message itself, with the fields after it to come: cut short.
    const inside = text.slice(0, text.indexOf('Kernel command line: console=') + 'Kernel command line: console=tty'.length)
    expect(cutChecks(inside)).toEqual([expect.objectContaining({ code: 'cutShort', line: inside.split('\n').length })])
  })

  it('-o json: an entry cut before its message has nothing to read; a last line that is no entry is still named', () => {
    const text = formats.json!
    const at = text.indexOf('\n', text.indexOf('Kernel command line: console=')) + 1
    expect(bootLogToBoard(`${text.slice(0, at)}{"_BOOT_ID":"b0","_TRANS`, { id: 'b' }).problems.filter((p) => ['cutShort', 'journalEntry'].includes(p.code))).toEqual([])
    expect(bootLogToBoard(`${text.slice(0, at)}garbage`, { id: 'b' }).problems.filter((p) => ['cutShort', 'journalEntry'].includes(p.code))).toEqual([expect.objectContaining({ code: 'journalEntry', line: text.slice(0, at).split('\n').length })])
  })

  it('-o export: a binary-safe message short of its byte count is cut at its MESSAGE line, the excerpt its text', () => {
    const text = formats.export!
    const at = text.indexOf('Machine model: ')
    const cut = text.slice(0, at + 'Machine model: linux,dum'.length)
    const lines = cut.split('\n')
    const r = bootLogToBoard(cut, { id: 'b' })
    const p = r.problems.find((x) => x.code === 'cutShort')!
    expect(lines[p.line! - 1]).toBe('MESSAGE')
    expect(p).toMatchObject({ excerpt: 'Machine model: linux,dum', message: expect.stringContaining('the board takes /name from it') })
    // Cut in its byte count: no message, nothing read and no error about the count.
    const count = text.slice(0, text.lastIndexOf('MESSAGE\n', at) + 'MESSAGE\n'.length + 3)
    expect(bootLogToBoard(count, { id: 'b' }).problems.filter((x) => x.code === 'journalFormat' || x.code === 'cutShort')).toEqual([])
  })
})

// Was a gap: verify judged a cut by the file's last line and its newline, so a journal whose
// text ends inside the crash kernel's MESSAGE (export, json, verbose) read as a boot whose
// kernel printed no crash kernel line. It takes parseBootLog()'s openLine now, as import does.
describe('verify: a journal cut inside the crash kernel message', () => {
  // x86 prints the command line before it reserves (arm64 6.1 the other way round).
  const es = journal('amd64-6.12-q35-4G-ck512M.log.gz').filter((e) => e.boot === 'b0' && e.transport === 'kernel')
  const crash = (e: Entry) => e.message.startsWith('crashkernel reserved: ')
  // The message binary-safe (export): its line is its field name's, above the text it ends in.
  const formats: Record<string, string> = { 'dmesg': as.dmesg(es), 'export': as.export(es), 'export, binary-safe': as.export(es, crash), 'json': as.json(es), 'verbose': as.verbose(es) }
  const cutShortAt = (line: number) => expect.stringMatching(new RegExp(`^k is cut short in its last line \\(line ${line}: "crashkernel reserved: 0x0000"\\)`))
  it.each(Object.keys(formats))('-o %s: cut short in its last line, as a dmesg cut there is', (format) => {
    const text = formats[format]!
    const at = text.indexOf('crashkernel reserved: ')
    const cut = text.slice(0, at + 'crashkernel reserved: 0x0000'.length)
    const line = text.slice(0, at).split('\n').length - (format === 'export, binary-safe' ? 1 : 0)
    expect(verifyBootLog(cut, { logName: 'k' }).problems).toContainEqual(cutShortAt(line))
  })
  it('a dmesg whose tail is NUL bytes (a serial capture padded) is cut where its text ends', () => {
    const text = formats.dmesg!
    const at = text.indexOf('crashkernel reserved: ')
    expect(verifyBootLog(`${text.slice(0, at + 'crashkernel reserved: 0x0000'.length)}\0\0\0`, { logName: 'k' }).problems).toContainEqual(cutShortAt(text.slice(0, at).split('\n').length))
  })
})
