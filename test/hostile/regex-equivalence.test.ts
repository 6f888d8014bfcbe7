// SPDX-License-Identifier: GPL-2.0-only
/**
 * The quadratic (or exponential) patterns regex.test.ts found in the importers and the CLI's
 * artefact readers, each against what replaced it: the old pattern is kept here as the
 * reference, and fast-check compares the two on strings built from the characters and words
 * each one reads (blanks of every kind, line terminators, the pattern's literals). Same
 * results everywhere; outputs on the oracle's logs were byte-identical before and after.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { startsAsDts } from '../../src/cli/commands/artefact.js'
import { renderTable } from '../../src/cli/render/table.js'
import { readShard } from '../../src/fanout/shard.js'
import { dmiSystem, RE, releaseFromBanner } from '../../src/import/bootlog.js'
import { annotation, compileDts, withoutComments } from '../../src/import/dts.js'
import { parseKconfig } from '../../src/import/kconfig.js'
import { boardId } from '../../src/import/types.js'

const RUNS = { numRuns: 3000, seed: 20261201 }
/** Strings of `words` (and single characters of every blank kind). */
const textOf = (words: string[], maxLength = 24) => fc.array(fc.constantFrom(...words, ' ', '  ', '\t', '\u00a0', '\u2028', '\r', '\n', 'a', 'b', '0', '1', '.', ',', '-', '#', '(', ')', '*', '/', ':', ';'), { maxLength }).map((a) => a.join(''))
const groups = (m: RegExpExecArray | null) => (m ? [...m] : null)

describe('the replaced patterns give the old results', () => {
  it('boot log messages (run on trimmed lines): Machine model, Kernel command line, Command line, BIOS-e820', () => {
    const old: Array<[RegExp, RegExp, string[]]> = [
      [/^Machine model: (.+?)\s*$/, RE.machine, ['Machine model: ']],
      [/^Kernel command line: ?(.*?)\s*$/, RE.cmdline, ['Kernel command line:', 'Kernel command line: ']],
      [/^Command line: ?(.*?)\s*$/, RE.x86cmdline, ['Command line:', 'Command line: ']],
      [/^BIOS-e820: \[mem (0x[0-9a-fA-F]+)-(0x[0-9a-fA-F]+)\]\s+(.+?)\s*$/, RE.e820, ['BIOS-e820: [mem 0x0-0x9fbff]', 'usable', 'System RAM']],
    ]
    for (const [before, after, heads] of old)
      fc.assert(
        fc.property(fc.constantFrom(...heads), textOf(heads), (head, rest) => {
          const s = `${head}${rest}`.trim()
          expect(groups(after.exec(s)), s).toEqual(groups(before.exec(s)))
        }),
        RUNS,
      )
  })
  it('DMI: RE.dmi and dmiSystem()', () => {
    const before = /^DMI: (.+?)(?:, BIOS .*)?\s*$/
    fc.assert(
      fc.property(textOf([', BIOS ', ', BIOS', 'BIOS ', 'QEMU']), (rest) => {
        const s = `DMI: ${rest}`.trim()
        const m = RE.dmi.exec(s)
        expect(m ? dmiSystem(m[1]!) : undefined, s).toBe(before.exec(s)?.[1])
      }),
      RUNS,
    )
  })
  it('releaseFromBanner()', () => {
    const before = (uname: string, rest: string): string | undefined => {
      // Ubuntu's version signature after the build number names the upstream release last.
      const ubuntu = /#\d+.*?\(Ubuntu \S+ (\d+\.\d+\.\d+)\)/.exec(rest)
      if (ubuntu) return ubuntu[1]
      const distro = /#\d+.*?\b(?:Debian|Ubuntu) (\d+\.\d+\.\d+)/.exec(rest)
      if (distro) return distro[1]
      const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(uname)
      return m ? `${m[1]}.${m[2]}.${m[3] ?? '0'}` : undefined
    }
    fc.assert(
      fc.property(textOf(['#1', '#', 'Debian ', 'Ubuntu ', 'xDebian ', '6.1.192', '12.2.0', '1.', 'SMP ', '(Ubuntu ', '5.15.0-204.214-generic ', ')', ' ']), (rest) => {
        expect(releaseFromBanner('6.1.0', rest), rest).toBe(before('6.1.0', rest))
      }),
      RUNS,
    )
  })
  it('slugId() (through boardId)', () => {
    const before = (id: string): string => {
      const s = id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/-+$/, '')
      return s === '' ? 'imported-board' : s
    }
    fc.assert(
      fc.property(textOf(['--', '_', '._', 'rpi']).filter((s) => s !== ''), (id) => {
        expect(boardId(id, [], 'bootLog'), id).toBe(before(id))
      }),
      RUNS,
    )
  })
  it('the .config header', () => {
    const before = /^# Linux\/(\S+) (\d+\.\d+(?:\.\d+)?)\S* Kernel Configuration/
    fc.assert(
      fc.property(textOf(['# Linux/', 'arm64', ' Kernel Configuration', '6.12.117', '6.1', '11', '.x', '-rc2']), (line) => {
        const s = line.trim()
        const m = before.exec(s)
        const header = parseKconfig(`${line}\n`).facts.header?.value
        expect(header, s).toEqual(m ? { arch: m[1], release: m[2] } : undefined)
      }),
      RUNS,
    )
  })
  it("dtc's annotated lines: annotation()", () => {
    const before = /^(.*?)\s*\/\*\s*[^*]*?:(\d+):(\d+)-\d+:\d+[^*]*\*\/\s*$/
    fc.assert(
      fc.property(textOf(['/*', '*/', ' <stdin>', ':3:2-3:14', ':12:1-12:40', ', <stdin>:9:1-9:2', 'model = "x";', ':3', '-3:1']), (raw) => {
        const m = before.exec(raw)
        expect(annotation(raw), raw).toEqual(m ? { body: m[1]!, at: { line: Number(m[2]), column: Number(m[3]) } } : undefined)
      }),
      RUNS,
    )
  })
  it('DTS comments blanked: withoutComments()', () => {
    const before = (source: string) => source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (m) => m.replace(/[^\n]/g, ' '))
    fc.assert(
      fc.property(textOf(['/*', '*/', '//', '/plugin/;', '/**/', '/*/']), (source) => {
        expect(withoutComments(source), source).toBe(before(source))
      }),
      RUNS,
    )
  })
  it("DTS #include: the line compileDts() names", () => {
    const before = (source: string) => {
      const include = /^\s*#include\b/m.exec(source)
      return include ? source.slice(0, include.index + include[0].indexOf('#')).split('\n').length : undefined
    }
    const failing = () => ({ status: 1, stdout: new Uint8Array(), stderr: '' })
    fc.assert(
      fc.property(textOf(['#include', '#include <a.h>', '#includes', '\n\n', ' \n']), (source) => {
        expect(compileDts(source, failing).problems.find((p) => p.code === 'needsCpp')?.line, JSON.stringify(source)).toBe(before(source))
      }),
      RUNS,
    )
  })
  it("artefact detection: startsAsDts() and the boot log's timestamp pattern", () => {
    const beforeDts = /^\s*(\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n\s*)*\/dts-v1\/\s*;/
    // Short strings: the old pattern is exponential in the number of comments.
    fc.assert(
      fc.property(textOf(['/*', '*/', '//', '/dts-v1/', '/dts-v1/;', '/**/', '/*/'], 14), (text) => {
        expect(startsAsDts(text), JSON.stringify(text)).toBe(beforeDts.test(text))
      }),
      { ...RUNS, numRuns: 20_000 },
    )
    const before = /Linux version \d|Booting Linux on|^\s*(<\d>)?\[\s*\d+\.\d+\]/m
    const after = /Linux version \d|Booting Linux on|^[^\S\n\r\u2028\u2029]*(<\d>)?\[\s*\d+\.\d+\]/m
    fc.assert(
      fc.property(textOf(['[    0.000000]', '<6>', '[', ']', '0.1', 'Linux version 6', 'Booting Linux on', '\n\n']), (text) => {
        expect(after.test(text), JSON.stringify(text)).toBe(before.test(text))
      }),
      RUNS,
    )
  })
  it("readShard()'s kernel suffix, and renderTable()'s line end", () => {
    // The shard input is trimmed first; the new pattern is the one regex.test.ts lists for shard.ts.
    const before = /^(.*?)\s+\(kernel ([^()]*)\)$/
    const after = /^((?:.*\S)?)\s+\(kernel ([^()]*)\)$/
    fc.assert(
      fc.property(textOf(['1/2', '(kernel ', '6.1', '6.12,7.2', ')', '(kernel 6.1)']), (shard) => {
        const s = shard.trim()
        expect(groups(after.exec(s)), s).toEqual(groups(before.exec(s)))
      }),
      RUNS,
    )
    expect(readShard('2/4   (kernel 6.1, 6.12)')).toEqual({ k: 2, n: 4, kernel: ['6.1', '6.12'] })
    // renderTable() ends each line with trimEnd() for .replace(/\s+$/, ''): \s is what trim() removes.
    fc.assert(
      fc.property(textOf(['x', '│']), (line) => {
        expect(line.trimEnd(), JSON.stringify(line)).toBe(line.replace(/\s+$/, ''))
      }),
      RUNS,
    )
    expect(renderTable(['a', 'b'], [['x', '']])).toBe('a  b\n─  ─\nx\n')
  })
})
