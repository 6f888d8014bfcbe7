// SPDX-License-Identifier: GPL-2.0-only
/** Every command's --help, the top-level usage, and usage errors (exit 2 with the usage). */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMMANDS, wrapSynopsis } from '../../src/cli/commands/index.js'
import { formatters } from '../../src/index.js'
import { VERSION } from '../../src/version.js'
import { ROOT, run } from './io.js'

const NAMES = ['check', ...COMMANDS.map((c) => c.name)]

describe('help', () => {
  it('lists every command at the top level', async () => {
    const r = await run(['--help'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Usage: crashkernel-check check [files…] [options]')
    for (const name of NAMES) expect(r.out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'))
    // A synopsis too long for one line goes on below, its options lined up after the operand.
    const usage = r.out.slice(0, r.out.indexOf('\n\n'))
    const joined = `${usage.replace(/\n {20,}(?=\[)/g, ' ')}\n`
    for (const c of COMMANDS) expect(joined).toContain(`crashkernel-check ${c.synopsis}\n`)
    for (const line of usage.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(92)
  })

  it('wraps a synopsis between its top-level option groups, never inside a nested one', () => {
    const lead = '       crashkernel-check '
    expect(wrapSynopsis(lead, 'verify <boot-log> [--format f] [--board id [--matrix file]]', 60)).toBe(
      `${lead}verify <boot-log> [--format f]\n${' '.repeat(lead.length + 'verify <boot-log> '.length)}[--board id [--matrix file]]\n`,
    )
    // A first group longer than the line stays on the command's line: there is no earlier place to break.
    expect(wrapSynopsis(lead, 'x <y> [--a-very-long-option value]', 30)).toBe('       crashkernel-check x <y> [--a-very-long-option value]\n')
  })

  it("gives each command the synopsis of its section in docs/cli.md (the same options, the same values)", async () => {
    const docs = await readFile(join(ROOT, 'docs/cli.md'), 'utf8')
    for (const c of COMMANDS) {
      // The section's own synopsis may list more options; the ones the top level shows must read the same.
      const section = docs.match(new RegExp(`^crashkernel-check ${c.name} .*$`, 'm'))?.[0]
      expect(section, c.name).toBeDefined()
      for (const group of c.synopsis.match(/\[--[^[\]]*(\[[^\]]*\])?[^[\]]*\]/g) ?? []) expect(section, `${c.name}: ${group}`).toContain(group)
    }
  })

  it('names every formatter of the registry under check --format', async () => {
    const r = await run(['check', '--help'])
    expect(r.code).toBe(0)
    const help = r.out.replace(/\n\s+/g, ' ')
    for (const name of Object.keys(formatters)) expect(help).toMatch(new RegExp(`--format <name> .*\\b${name}\\b`))
  })

  it.each(COMMANDS.map((c) => c.name))('%s --help prints its usage and exits 0', async (name) => {
    for (const flag of ['--help', '-h']) {
      const r = await run([name, flag])
      expect(r.code).toBe(0)
      expect(r.out).toMatch(new RegExp(`^Usage: crashkernel-check ${name} `))
      expect(r.out).toContain('Exit status:')
      expect(r.err).toBe('')
    }
  })

  it.each(NAMES)('%s --version prints the version and exits 0, as the top level does (docs/cli.md)', async (name) => {
    for (const flag of ['--version', '-v']) {
      const r = await run([name, flag])
      expect([r.code, r.out, r.err]).toEqual([0, `${VERSION}\n`, ''])
    }
  })

  // The top level listed -v/--version under its options; the commands took it but their help did not say so.
  it.each(NAMES)('%s --help lists -h/--help and -v/--version as the top level does', async (name) => {
    const top = (await run(['--help'])).out
    const own = (await run([name, '--help'])).out
    for (const line of ['  -h, --help         show this help\n', '  -v, --version      show the version\n']) {
      expect(top).toContain(line)
      expect(own, name).toContain(line)
    }
  })

  it.each(NAMES)('%s --help is wrapped like the rest of the help (no line over 92 columns)', async (name) => {
    const r = await run([name, '--help'])
    for (const line of r.out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(92)
  })
})

describe('usage errors exit 2 with a usage message', () => {
  it('unknown command', async () => {
    const r = await run(['frobnicate'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('unknown command "frobnicate"\n')
    expect(r.err).toContain('Usage: crashkernel-check')
    // A misspelt one gets the nearest command.
    expect((await run(['chek', 'm.json'])).err).toMatch(/^crashkernel-check: unknown command "chek"; did you mean "check"\?\n/)
    expect((await run(['sugest', 'rpi4'])).err).toMatch(/^crashkernel-check: unknown command "sugest"; did you mean "suggest"\?\n/)
    // A matrix file without its command: the command line with check in front.
    expect((await run(['examples/boards.json', '--format', 'json'])).err).toMatch(/^crashkernel-check: unknown command "examples\/boards.json"; the command comes first: crashkernel-check check examples\/boards.json --format json\n/)
    expect((await run(['my boards.JSONC'])).err).toMatch(/^crashkernel-check: unknown command "my boards.JSONC"; the command comes first: crashkernel-check check 'my boards.JSONC'\n/)
    expect((await run(['frobnicate'])).err).toMatch(/^crashkernel-check: unknown command "frobnicate"\n/)
  })

  // explain, sweep and suggest take --matrix: tried on check, it got "unknown option" and the whole help.
  it('check --matrix: says check takes its matrix files as arguments, with the line to type', async () => {
    const r = await run(['check', '--matrix', 'my boards.json', '--format', 'json'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^crashkernel-check: unknown option --matrix; check takes its matrix files as arguments: crashkernel-check check 'my boards\.json' --format json\n/)
    expect((await run(['--matrix=m.json'])).err).toMatch(/^crashkernel-check: unknown option --matrix; check takes its matrix files as arguments: crashkernel-check check m\.json\n/)
  })

  // The line to type must run: every --matrix becomes an argument, and another option's
  // error gets no such line (it kept the unknown option, or made a file of --boards' value).
  it('check --matrix: the line it gives takes every --matrix, and only an unknown --matrix gets one', async () => {
    expect((await run(['check', '--matrix', 'a.json', '--matrix=b.json'])).err).toMatch(/^crashkernel-check: unknown option --matrix; check takes its matrix files as arguments: crashkernel-check check a\.json b\.json\n/)
    expect((await run(['check', '--bogus', 'x', '--matrix', 'm.json'])).err).toMatch(/^crashkernel-check: unknown option --bogus\n/)
    expect((await run(['check', '--boards', '--matrix', 'm.json'])).err).not.toContain('check takes its matrix files')
  })

  it('options before a command other than check: says they go after it, with the line reordered', async () => {
    const r = await run(['--kernel', '6.12', 'explain', 'rpi4'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^crashkernel-check: options go after the command: crashkernel-check explain rpi4 --kernel 6\.12\n/)
    expect(r.err).not.toContain('did you mean')
    // An option check does not know is named, then where it goes.
    expect((await run(['--matrix', 'm.json', 'sweep', 'vm'])).err).toMatch(/^crashkernel-check: unknown option --matrix; options go after the command: crashkernel-check sweep vm --matrix m\.json\n/)
    // The reordered line can be pasted: a file name with a space or a glob stays one word.
    expect((await run(['--boards', 'rpi*', '--matrix', 'my boards.json', 'explain', 'rpi4'])).err).toMatch(/^crashkernel-check: unknown option --matrix; options go after the command: crashkernel-check explain rpi4 --boards 'rpi\*' --matrix 'my boards\.json'\n/)
    // --help before a command is that command's help; check's options before check stay fine.
    const help = await run(['--help', 'suggest'])
    expect([help.code, help.out]).toEqual([0, (await run(['suggest', '--help'])).out])
    expect((await run(['--format', 'json', 'check', 'examples/boards.json'])).code).toBe(1)
  })

  it('missing command', async () => {
    const r = await run([])
    expect(r.code).toBe(2)
    expect(r.err).toContain('missing command')
  })

  it.each(NAMES)('%s --no-such-flag', async (name) => {
    const r = await run([name, 'rpi4', '--no-such-flag'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(new RegExp(`^crashkernel-check${name === 'check' ? '' : ` ${name}`}: unknown option --no-such-flag\n`))
    expect(r.err).toContain('Usage: crashkernel-check')
    expect(r.out).toBe('')
  })

  it('says which option was misspelt or lacks its value, not what Node says about positionals after "--"', async () => {
    const first = async (args: string[]) => {
      const r = await run(args)
      expect(r.code, args.join(' ')).toBe(2)
      return r.err.split('\n')[0]
    }
    expect(await first(['check', '--formt', 'json'])).toBe('crashkernel-check: unknown option --formt; did you mean "--format"?')
    expect(await first(['check', '--format'])).toBe('crashkernel-check: --format needs a value')
    expect(await first(['check', '--help=yes'])).toBe('crashkernel-check: --help takes no value')
    expect(await first(['explain', 'rpi4', '--kernels', '6.1'])).toBe('crashkernel-check explain: unknown option --kernels; did you mean "--kernel"?')
    expect(await first(['suggest', 'rpi4', '--sizes'])).toBe('crashkernel-check suggest: --sizes needs a value')
  })

  // parseArgs keeps the last of a repeated option: `--kernel 6.12 --kernel 7.2` checked 7.2 alone.
  it('refuses an option given twice instead of keeping the last', async () => {
    const first = async (args: string[]) => {
      const r = await run(args)
      expect(r.code, args.join(' ')).toBe(2)
      return r.err.split('\n')[0]
    }
    expect(await first(['check', '--kernel', '6.12', '--kernel', '7.2'])).toBe('crashkernel-check: --kernel given more than once: give one comma-separated list (--kernel a,b)')
    expect(await first(['check', '--format=json', '--format', 'text'])).toBe('crashkernel-check: --format given more than once: give it once')
    expect(await first(['explain', 'rpi4', '--ram', '4G', '--ram', '8G'])).toBe('crashkernel-check explain: --ram given more than once: give one comma-separated list (--ram a,b)')
    expect(await first(['suggest', 'rpi4', '--sizes', '256M', '--sizes', '512M'])).toBe('crashkernel-check suggest: --sizes given more than once: give one comma-separated list (--sizes a,b)')
    expect((await run(['check', '--fail-on', 'never', '--fail-on', 'never'])).code).toBe(2)
  })

  // suggest let --kernel win over --kernels and sweep the other way round: now --kernel is
  // the option of both, as of check and explain, --kernels another name for it, and the two
  // together a usage error rather than one of them silently ignored.
  it.each(['sweep', 'suggest'])('%s takes --kernel as check does, --kernels as the same option, and refuses both', async (name) => {
    const args = [name, 'rpi4', '--ram', '1G', '--sizes', '256M']
    const kernel = await run([...args, '--kernel', '6.1'])
    expect(kernel.code).toBe(0)
    expect(kernel.out).toContain('6.1.192')
    expect(kernel.out).not.toContain('6.12.117')
    expect((await run([...args, '--kernels', '6.1'])).out).toBe(kernel.out)
    for (const both of [['--kernel', '6.1', '--kernels', '6.12'], ['--kernels', '6.12', '--kernel', '6.1']]) {
      const r = await run([...args, ...both])
      expect([r.code, r.out], both.join(' ')).toEqual([2, ''])
      expect(r.err.split('\n')[0]).toBe(`crashkernel-check ${name}: --kernel and --kernels are one option; give it once`)
    }
    // A kernel the engine does not model is named with the option as typed.
    for (const option of ['--kernel', '--kernels']) expect((await run([name, 'rpi4', option, '9.9'])).err).toContain(`crashkernel-check ${name}: ${option}: "9.9" is not a kernel`)
    const help = (await run([name, '--help'])).out
    expect(help).toMatch(/^ {2}--kernel <list> {4}/m)
    expect(help).toMatch(/--kernels\s+is another name for it/)
    expect((await run(['--help'])).out).toContain(`crashkernel-check ${name} <board> [--kernel list]`)
  })

  // An empty value used to read as "option not given": `check --kernel ''` checked every
  // board's own kernels, `explain rpi4 --matrix=` looked for a file named "".
  it.each([
    ['check', '--kernel'], ['check', '--format'], ['check', '--fail-on'],
    ['explain', '--kernel'], ['explain', '--ram'], ['explain', '--matrix'],
    ['sweep', '--kernels'], ['sweep', '--kernel'], ['sweep', '--ram'], ['sweep', '--sizes'], ['sweep', '--format'], ['sweep', '--matrix'],
    ['suggest', '--kernel'], ['suggest', '--kernels'], ['suggest', '--ram'], ['suggest', '--sizes'], ['suggest', '--matrix'],
    ['import', '--id'], ['import', '--out'],
    ['verify', '--board'], ['verify', '--matrix'],
  ])('%s %s with an empty value says it needs one, as a missing value does', async (name, option) => {
    const positional = name === 'check' ? [] : name === 'import' || name === 'verify' ? ['boot.log'] : ['rpi4']
    for (const args of [[option, ''], [`${option}=`], [option, '  ']]) {
      const r = await run([name, ...positional, ...args])
      expect([r.code, r.out], args.join(' ')).toEqual([2, ''])
      expect(r.err).toMatch(new RegExp(`^crashkernel-check${name === 'check' ? '' : ` ${name}`}: ${option} needs a value\n\nUsage: crashkernel-check `))
    }
  })

  it.each([['check', '--kernel'], ['explain', '--kernel'], ['explain', '--ram'], ['sweep', '--kernels'], ['sweep', '--ram'], ['suggest', '--kernel'], ['suggest', '--ram'], ['suggest', '--sizes']])(
    '%s %s with a list of nothing (",") is a usage error too',
    async (name, option) => {
      const r = await run([name, ...(name === 'check' ? [] : ['rpi4']), option, ' , '])
      expect([r.code, r.out]).toEqual([2, ''])
      expect(r.err.split('\n')[0]).toBe(`crashkernel-check${name === 'check' ? '' : ` ${name}`}: ${option} needs a value: " , " lists none`)
    },
  )

  it('check --boards "" still filters nothing, as docs/cli.md says', async () => {
    const all = await run(['check', '--format', 'json'])
    const empty = await run(['check', '--format', 'json', '--boards', ''])
    expect(empty.code).toBe(all.code)
    expect(empty.out).toBe(all.out)
  })

  it.each(['explain', 'sweep', 'suggest', 'import', 'verify'])('%s without its argument', async (name) => {
    const r = await run([name])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(new RegExp(`^crashkernel-check ${name}: missing `))
    expect(r.err).toContain(`Usage: crashkernel-check ${name} `)
  })

  it('too many arguments', async () => {
    const r = await run(['explain', 'rpi4', 'ampere-altra'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('unexpected argument "ampere-altra"')
    expect(r.err).not.toContain('--matrix ampere-altra')
  })

  it.each(['explain', 'sweep', 'suggest'])('%s <board> <file.json>: says the matrix is given with --matrix', async (name) => {
    // check reads its matrix files as arguments; these commands take --matrix and would
    // otherwise read examples/boards.json, so a first-time user types the file after the board.
    const r = await run([name, 'x86-server', 'boards/x86.json'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('unexpected argument "boards/x86.json" (give a matrix file with --matrix boards/x86.json)')
  })
})
