// SPDX-License-Identifier: GPL-2.0-only
/**
 * `check` in process (docs/cli.md "check" and the exit-status table): the default file, the
 * exit status at and below --fail-on, --boards and --kernel, and what exits 2. The same
 * promises are run against dist/ by test/cli.int.test.ts; these see the sources.
 */
import { existsSync } from 'node:fs'
import { link, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VERSION } from '../../src/version.js'
import { main } from '../../src/cli/main.js'
import { recordingIo, run, tempDir } from './io.js'
import { writeTextFile } from '../../src/cli/write-text.js'

const CLEAN = 'test/fixtures/clean.matrix.json'
const BROKEN = 'test/fixtures/broken.matrix.json'

describe('check', () => {
  it('prints the version with -v and --version, exit 0', async () => {
    for (const flag of ['-v', '--version']) {
      const r = await run([flag])
      expect(r.code).toBe(0)
      expect(r.out).toBe(`${VERSION}\n`)
    }
  })

  it('checks examples/boards.json when no file is given, and exits 1 for its error', async () => {
    const r = await run(['check', '--format', 'json'])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.out)
    expect(report.files).toEqual(['examples/boards.json'])
    expect(report.counts.error).toBe(1)
  })

  it('says where a byte that is not UTF-8 was read as U+FFFD, as a warning, and checks the file', async () => {
    const dir = await tempDir()
    const file = join(dir, 'latin1.json')
    // "café" in Latin-1 (0xe9) in a description, a valid board otherwise.
    const text = '{\n  "version": 1,\n  "boards": [\n    { "id": "pc", "description": "caf\u00e9", "extends": "qemu-q35-x86_64", "ramSize": "4G", "kernels": ["6.12"], "cmdline": "crashkernel=256M" }\n  ]\n}\n'
    await writeFile(file, Buffer.from(text, 'latin1'))
    const r = await run(['check', file])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/ {2}4:38 {2}warning {2}U\+FFFD \(the replacement character\) here: the file has bytes that are not UTF-8/)
    expect(r.out).toContain('1 layout of 1 board simulated in 1 file')
    // Without the byte: no such warning.
    await writeFile(file, text.replace('caf\u00e9', 'ok'))
    expect((await run(['check', file])).out).not.toContain('U+FFFD')
  })

  it('exits 0 on a clean matrix, 1 on errors, 0 with --fail-on never', async () => {
    expect((await run(['check', CLEAN])).code).toBe(0)
    expect((await run(['check', BROKEN, CLEAN])).code).toBe(1)
    expect((await run(['check', BROKEN, '--fail-on', 'never'])).code).toBe(0)
  })

  it('fails on warnings only from --fail-on warning (the default is error)', async () => {
    const dir = await tempDir()
    const file = join(dir, 'warn.json')
    // 1 GiB of a 1 GiB VM is ignored by the kernel (≥ RAM): CK004's error, here a warning.
    await writeFile(file, JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=1G', severity: { CK004: 'warning' } }] }))
    const json = JSON.parse((await run(['check', file, '--format', 'json', '--fail-on', 'never'])).out)
    expect(json.counts).toMatchObject({ error: 0 })
    expect(json.counts.warning).toBeGreaterThan(0)
    expect((await run(['check', file])).code).toBe(0)
    expect((await run(['check', file, '--fail-on', 'error'])).code).toBe(0)
    expect((await run(['check', file, '--fail-on', 'warning'])).code).toBe(1)
    expect((await run(['check', file, '--fail-on', 'note'])).code).toBe(1)
  })

  it('filters boards by id and replaces every board\'s kernels', async () => {
    const r = await run(['check', CLEAN, '--format', 'json', '--boards', 'vm', '--kernel', '6.1,7.2'])
    expect(r.code).toBe(0)
    const layouts = JSON.parse(r.out).layouts as Array<{ boardId: string; kernel: string }>
    expect(layouts.map((l) => l.boardId)).toEqual(['vm', 'vm'])
    expect(layouts.map((l) => l.kernel)).toEqual(['6.1.192', '7.2.13'])
  })

  it('says in the Markdown report, as the job summary does, that --kernel replaced each board\'s kernels', async () => {
    const md = (await run(['check', CLEAN, '--format', 'markdown', '--boards', 'vm', '--kernel', '6.1,7.2'])).out
    expect(md.split('\n\n').slice(0, 3)).toEqual([
      '## crashkernel-check',
      `✅ **0** error(s), **0** warning(s), **0** note(s) — 2 layout(s) simulated from \`${CLEAN}\`.`,
      "Kernels checked: `6.1`, `7.2`, instead of each board's `kernels` (option `--kernel`).",
    ])
    expect((await run(['check', CLEAN, '--format', 'markdown', '--boards', 'vm'])).out).not.toContain('Kernels checked')
  })

  it("says in every other format that --kernel replaced each board's kernels, and nothing without it", async () => {
    const args = (format: string, kernel: boolean) => ['check', CLEAN, '--format', format, '--boards', 'vm', ...(kernel ? ['--kernel', '6.1,7.2'] : [])]
    const text = (await run(args('text', true))).out
    expect(text.split('\n').slice(-3)).toEqual(['2 layouts of 1 board simulated in 1 file', "Kernels checked: 6.1, 7.2, instead of each board's kernels", ''])
    expect(JSON.parse((await run(args('json', true))).out).kernelOverride).toEqual(['6.1', '7.2'])
    expect(JSON.parse((await run(args('sarif', true))).out).runs[0].properties).toEqual({ kernelOverride: ['6.1', '7.2'] })
    expect((await run(args('html', true))).out).toContain("Kernels checked: <code>6.1</code>, <code>7.2</code>, instead of each board's <code>kernels</code>.")
    expect((await run(args('text', false))).out).not.toContain('Kernels checked')
    expect(JSON.parse((await run(args('json', false))).out)).not.toHaveProperty('kernelOverride')
    expect(JSON.parse((await run(args('sarif', false))).out).runs[0]).not.toHaveProperty('properties')
    expect((await run(args('html', false))).out).not.toContain('Kernels checked')
  })

  it('reads --boards as comma-separated ids with the spaces around them ignored, an empty list as no filter and an empty item refused (docs/cli.md)', async () => {
    const boardsOf = async (boards: string): Promise<Set<string>> => {
      const r = await run(['check', CLEAN, '--format', 'json', '--boards', boards])
      expect(r.code, boards).toBe(0)
      return new Set(JSON.parse(r.out).layouts.map((l: { boardId: string }) => l.boardId))
    }
    expect(await boardsOf(' vm , rpi4 ')).toEqual(new Set(['vm', 'rpi4']))
    // An empty item among ids is refused, as in every list option (docs/cli.md).
    const trailing = await run(['check', CLEAN, '--format', 'json', '--boards', 'rpi4,'])
    expect([trailing.code, trailing.out, trailing.err.split('\n')[0]]).toEqual([2, '', 'crashkernel-check: --boards: "rpi4," has an empty item at the end'])
    expect(await boardsOf('')).toEqual(new Set(['vm', 'rpi4']))
    expect(await boardsOf(' , ')).toEqual(new Set(['vm', 'rpi4']))
  })

  // The action's `matrix` input reads each file once; the CLI checked a file named twice (a
  // shell glob and the file, or ./ before it) twice and reported every finding of it twice.
  it('checks a file named more than once, in any spelling, once', async () => {
    const once = JSON.parse((await run(['check', BROKEN, '--format', 'json'])).out)
    // An absolute path is the same file as the relative one (the CLI runs in the repository).
    const r = await run(['check', BROKEN, CLEAN, `./${BROKEN}`, `test/../${BROKEN}`, BROKEN, join(process.cwd(), BROKEN), '--format', 'json'])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.out)
    expect(report.files).toEqual([BROKEN, CLEAN])
    expect(report.findings.length).toBe(once.findings.length)
    expect(report.counts).toEqual(once.counts)
  })

  // `"invalid-board": "off"` made a board that cannot be simulated vanish: no finding, exit 0,
  // "1 layout of 1 board simulated" of a file with two.
  it('keeps an error that keeps a board from the engine in the report when its rule is off, suppressed', async () => {
    const dir = await tempDir()
    const file = join(dir, 'm.json')
    const overlap = { id: 'c', arch: 'arm64', kernels: ['6.12'], memory: [{ base: '0x40000000', size: '1G' }, { base: '0x50000000', size: '1G' }], cmdline: 'crashkernel=256M' }
    await writeFile(file, JSON.stringify({ version: 1, defaults: { severity: { 'invalid-board': 'off' } }, boards: [{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }, overlap] }))
    const r = await run(['check', file, '--format', 'json'])
    expect(r.code).toBe(0)
    const found = JSON.parse(r.out).findings
    expect(found).toEqual([expect.objectContaining({ ruleId: 'SC003', boardId: 'c', suppressed: { reason: 'severity "off" in the board\'s settings; the layouts it names are not simulated' } })])
    // explain says why it cannot show the board, located.
    const explain = await run(['explain', 'c', '--matrix', file])
    expect(explain.code).toBe(2)
    expect(explain.err).toMatch(/m\.json:1:\d+ {2}bank 1 .* overlaps bank 0 .* {2}\(SC003\)/)
  })

  // The schema's severityMap says `off` keeps an SC002 error suppressed; a board refused by
  // the schema was never decoded, so its own and the defaults' policy never reached it.
  it('applies the policy of a board the schema refuses to its SC002 errors, unless the policy itself is refused', async () => {
    const dir = await tempDir()
    const file = join(dir, 'm.json')
    const vm = { extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }
    const boards = [
      { id: 'off', ...vm, confg: {}, severity: { 'schema-violation': 'off' } },
      { id: 'kept', ...vm, confg: {}, suppress: [{ rule: 'SC002', reason: 'a newer schema' }] },
      { id: 'bad-policy', ...vm, confg: {}, severity: { SC002: 'of' } },
    ]
    await writeFile(file, JSON.stringify({ version: 1, boards }))
    const r = await run(['check', file, '--format', 'json'])
    const found = JSON.parse(r.out).findings.map((f: { boardId: string; messageId: string; suppressed?: { reason: string } }) => [f.boardId, f.messageId, f.suppressed?.reason])
    expect(found).toEqual([
      ['off', 'unknownProperty', 'severity "off" in the board\'s settings; the layouts it names are not simulated'],
      ['kept', 'unknownProperty', 'a newer schema'],
      ['bad-policy', 'unknownProperty', undefined],
      ['bad-policy', 'notAllowed', undefined],
    ])
    expect(r.code).toBe(1)
  })

  // A board whose id a `--boards` filter cannot select ("a,b") is reported whatever the filter
  // (every fan-out leg that opens its file reports it): its policy must reach it the same way,
  // or a filtered run (a fan-out leg) failed on the error an unfiltered run suppressed.
  it('applies the policy of a refused board whose id no filter can select under any --boards filter', async () => {
    const dir = await tempDir()
    const file = join(dir, 'm.json')
    const vm = { extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }
    await writeFile(file, JSON.stringify({ version: 1, boards: [{ id: 'a,b', ...vm, severity: { SC002: 'off' } }, { id: 'd', ...vm }] }))
    for (const filter of [[], ['--boards', 'd']]) {
      const r = await run(['check', file, ...filter, '--format', 'json'])
      expect(JSON.parse(r.out).findings.map((f: { boardId: string; suppressed?: unknown }) => [f.boardId, f.suppressed !== undefined])).toEqual([['a,b', true]])
      expect(r.code).toBe(0)
    }
  })

  it('--format html: heads the page with a file it could not read (the page read as a pass)', async () => {
    const r = await run(['check', 'nope/missing.json', CLEAN, '--format', 'html'])
    expect(r.code).toBe(2)
    expect(r.out).toContain('<main><section class="problems" role="alert"><h2>Not everything was checked</h2><ul><li>cannot read matrix file nope/missing.json: no such file</li></ul>')
    expect((await run(['check', CLEAN, '--format', 'html'])).out).not.toContain('class="problems"')
  })

  // From a review: the linear map's facts named the engine's kfence_late, which no kernel
  // source has (arm64_kfence_can_set_direct_map() tests kfence_early_init).
  it('--format html: says why the linear map is base-paged in the kernel\'s names', async () => {
    const r = await run(['check', 'examples/boards.json', '--boards', 'ampere-altra', '--kernel', '7.2', '--format', 'html'])
    expect(r.out).toContain('<dt>linear map</dt><dd>base pages forced by rodata=full, KFENCE without an early pool</dd>')
    expect(r.out).not.toContain('kfence_late')
  })

  it('reports the readable files when one cannot be read, then exits 2 naming it', async () => {
    const r = await run(['check', 'nope/missing.json', CLEAN, '--format', 'json'])
    expect(r.code).toBe(2)
    expect(r.err).toBe('crashkernel-check: cannot read matrix file nope/missing.json: no such file\n')
    const report = JSON.parse(r.out)
    expect(report.files).toEqual([CLEAN])
    expect(report.layouts.length).toBeGreaterThan(0)
    // The JSON says why it exits 2 too: a consumer of the file alone would take it for a full run.
    expect(report.problems).toEqual(['cannot read matrix file nope/missing.json: no such file'])
    const unmatched = await run(['check', CLEAN, '--boards', 'vm,nope*', '--format', 'json'])
    expect(unmatched.code).toBe(2)
    expect(JSON.parse(unmatched.out).problems).toEqual([`--boards "nope*" matches no board id in ${CLEAN}`])
    expect(JSON.parse((await run(['check', CLEAN, '--format', 'json'])).out)).not.toHaveProperty('problems')
  })


  // The action's SARIF says so when a matrix file was missing (executionSuccessful false, a
  // configuration notification); the CLI's said the run succeeded and named nothing, so a
  // code-scanning upload of it showed a clean run that had skipped a file.
  it('--format sarif records an unreadable file and an unmatched --boards pattern as a failed run, as the action does', async () => {
    const sarif = async (args: string[]) => {
      const r = await run(['check', ...args, '--format', 'sarif'])
      expect(r.code).toBe(2)
      return JSON.parse(r.out).runs[0].invocations[0]
    }
    expect(await sarif(['nope/missing.json', CLEAN])).toEqual({
      executionSuccessful: false,
      toolConfigurationNotifications: [{ level: 'error', message: { text: 'cannot read matrix file nope/missing.json: no such file' }, descriptor: { id: 'configuration-error' } }],
    })
    expect(await sarif([CLEAN, '--boards', 'vm,nope*'])).toMatchObject({
      executionSuccessful: false,
      toolConfigurationNotifications: [{ level: 'error', message: { text: `--boards "nope*" matches no board id in ${CLEAN}` } }],
    })
    expect(JSON.parse((await run(['check', CLEAN, '--format', 'sarif'])).out).runs[0].invocations).toEqual([{ executionSuccessful: true }])
  })
  // --format github printed no annotation for a file it could not read: in a workflow the run
  // failed (exit 2) with only a plain stderr line in the log to say why.
  it('--format github annotates an unreadable file and an unmatched --boards pattern, alone or with the findings', async () => {
    const alone = await run(['check', 'nope/missing.json', '--format', 'github'])
    expect(alone.code).toBe(2)
    expect(alone.out).toBe('::error title=crashkernel-check::cannot read matrix file nope/missing.json: no such file\n')
    const r = await run(['check', 'nope/missing.json', CLEAN, '--boards', 'vm,nope*', '--format', 'github'])
    expect(r.code).toBe(2)
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      '::error title=crashkernel-check::cannot read matrix file nope/missing.json: no such file',
      `::error title=crashkernel-check::--boards "nope*" matches no board id in ${CLEAN}`,
    ])
    expect((await run(['check', CLEAN, '--format', 'github'])).out).not.toContain('title=crashkernel-check::')
  })

  // The Markdown of a run that skipped a file said "✅ 0 error(s)" and named only the file it
  // read: pasted into a summary or a comment, it read as a pass.
  it('--format markdown names an unreadable file under its totals, which show ❌, as the action\'s summary does', async () => {
    const r = await run(['check', 'nope/missing.json', CLEAN, '--format', 'markdown'])
    expect(r.code).toBe(2)
    const lines = r.out.split('\n')
    expect(lines.find((l) => l.includes(' error(s)'))).toMatch(/^❌ /)
    expect(lines).toContain('- ❌ cannot read matrix file nope/missing.json: no such file')
    expect((await run(['check', CLEAN, '--format', 'markdown'])).out).not.toContain('cannot read')
  })

  // An installed CLI run in the user's own repository has no examples/boards.json: "cannot read
  // matrix file examples/boards.json" did not say that this was only the default.
  it('says the default file was used when no file is given and it cannot be read', async () => {
    const io = recordingIo()
    const real = io.readFile
    io.readFile = (path) => (path === 'examples/boards.json' ? Promise.reject(Object.assign(new Error("ENOENT: no such file or directory, open 'examples/boards.json'"), { code: 'ENOENT' })) : real(path))
    expect(await main(['check'], io)).toBe(2)
    expect([io.out, io.err]).toEqual(['', 'crashkernel-check: no matrix file given, and the default examples/boards.json cannot be read: no such file\n'])
  })

  // check --help said "2 usage or internal error", while a file that cannot be read, an unknown
  // kernel and a --boards pattern that matches nothing exit 2 too (docs/cli.md).
  it('--help names the configuration errors that exit 2', async () => {
    const help = (await run(['check', '--help'])).out.replace(/\s+/g, ' ')
    expect(help).toContain('Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage or configuration error (a file that cannot be read, an unknown kernel, a --boards pattern that matches no board) or internal error.')
    expect((await run(['check', 'nope/missing.json'])).code).toBe(2)
    expect((await run(['check', CLEAN, '--kernel', '4.19'])).code).toBe(2)
    expect((await run(['check', CLEAN, '--boards', 'nope'])).code).toBe(2)
  })

  it('a misspelt --format or --fail-on value exits 2 with the nearest one', async () => {
    const format = await run(['check', CLEAN, '--format', 'jsn'])
    expect([format.code, format.err]).toEqual([2, 'crashkernel-check: unknown format "jsn"; expected text, json, markdown, github, sarif, html; did you mean "json"?\n'])
    const failOn = await run(['check', CLEAN, '--fail-on', 'eror'])
    expect([failOn.code, failOn.err]).toEqual([2, 'crashkernel-check: --fail-on must be one of error, warning, note, never, not "eror"; did you mean "error"?\n'])
  })

  it('prints no report, which would read as a pass, when no file could be read', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const r = await run(['check', 'nope/missing.json', 'nope/other.json', '--format', format])
      expect(r.code, format).toBe(2)
      expect(r.out, format).toBe('')
      expect(r.err.split('\n').filter((line) => line !== '')).toEqual([
        'crashkernel-check: cannot read matrix file nope/missing.json: no such file',
        'crashkernel-check: cannot read matrix file nope/other.json: no such file',
      ])
    }
  })

  it('reports what --boards matched, then exits 2 naming each pattern that matched no board id', async () => {
    const r = await run(['check', CLEAN, '--format', 'json', '--fail-on', 'never', '--boards', 'vm,rpi-typo*'])
    expect(r.code).toBe(2)
    expect(new Set(JSON.parse(r.out).layouts.map((l: { boardId: string }) => l.boardId))).toEqual(new Set(['vm']))
    expect(r.err).toBe(`crashkernel-check: --boards "rpi-typo*" matches no board id in ${CLEAN}\n`)
    expect((await run(['check', CLEAN, '--boards', 'v*'])).code).toBe(0)
  })

  it('marks the text report ✖, not ✔, when a file beside the checked one could not be read', async () => {
    const r = await run(['check', CLEAN, 'nope/missing.json'])
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/^✖ 0 problems \(0 errors, 0 warnings, 0 notes\)\n.*\n1 problem with the input kept part of it from being checked \(exit status 2\), said on stderr\n$/m)
    expect(r.out).not.toContain('✔')
    expect((await run(['check', CLEAN])).out).toMatch(/^✔ 0 problems/m)
  })

  it('prints no report when --boards matched no board and nothing was found: "✔ 0 problems" would read as a pass', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const r = await run(['check', CLEAN, '--format', format, '--boards', 'rpi-typo*'])
      expect(r.code, format).toBe(2)
      expect(r.out, format).toBe('')
      expect(r.err, format).toBe(`crashkernel-check: --boards "rpi-typo*" matches no board id in ${CLEAN}\n`)
    }
  })

  it('exits 2 for an unknown format, --fail-on level or kernel, saying which', async () => {
    const format = await run(['check', CLEAN, '--format', 'xml'])
    expect(format.code).toBe(2)
    expect(format.err).toBe('crashkernel-check: unknown format "xml"; expected text, json, markdown, github, sarif, html\n')
    expect(format.out).toBe('')
    const failOn = await run(['check', CLEAN, '--fail-on', 'warnings'])
    expect(failOn.code).toBe(2)
    expect(failOn.err).toBe('crashkernel-check: --fail-on must be one of error, warning, note, never, not "warnings"; did you mean "warning"?\n')
    // A configuration error is the user's to fix, not an internal error.
    const kernel = await run(['check', CLEAN, '--kernel', '3.2'])
    expect(kernel.code).toBe(2)
    expect(kernel.err).toMatch(/^crashkernel-check: --kernel: "3\.2" is not a kernel crashkernel-check models/)
    expect(kernel.err).not.toContain('Internal error')
    // Every value that is not a kernel is named at once, as explain and sweep name theirs.
    const kernels = await run(['check', CLEAN, '--kernel', '9.9,6.12,banana'])
    expect(kernels.code).toBe(2)
    expect(kernels.err).toBe('crashkernel-check: --kernel: "9.9", "banana" are not kernels crashkernel-check models (5.10.0 … 7.x, e.g. 6.1.192 or 6.12)\nSee https://github.com/crashkernel-check/crashkernel-check/blob/main/docs/policies.md\n')
    expect(kernels.out).toBe('')
  })
})

// A matrix was read whole before its size was looked at: `check /dev/zero` read 512 MiB (9 s,
// 620 MB) to say it was too large to read. It reads one byte past maxInputBytes now, and the
// limit's own SC001 says why.
describe('check: a matrix is read no further than its limit', () => {
  it.runIf(process.platform === 'linux')('refuses /dev/zero as larger than maxInputBytes, for check and for a board command', async () => {
    const r = await run(['check', '/dev/zero'])
    expect([r.code, r.out]).toEqual([1, expect.stringContaining('the file has at least 16777217 bytes; crashkernel-check reads at most 16777216 bytes (maxInputBytes')])
    const e = await run(['explain', 'x', '--matrix', '/dev/zero'])
    expect([e.code, e.err]).toEqual([2, expect.stringContaining('the file has at least 16777217 bytes')])
  })

  it('keeps a BOM and the text whole below the limit', async () => {
    const dir = await tempDir()
    const file = join(dir, 'bom.json')
    await writeFile(file, '\ufeff{"version":1,"boards":[]}')
    const { readTextAtMost } = await import('../../src/cli/read-bytes.js')
    expect(await readTextAtMost(file, 100)).toBe('\ufeff{"version":1,"boards":[]}')
    expect(await readTextAtMost(file, 4)).toBe('\ufeff{')
  })
})

describe('check --output', () => {
  it('writes the report to the file, making its missing directories, and nothing to stdout', async () => {
    const dir = await tempDir()
    const file = join(dir, 'reports', 'deep', 'crashkernel.json')
    const r = await run(['check', CLEAN, '--format', 'json', '-o', file])
    expect([r.code, r.out, r.err]).toEqual([0, '', ''])
    const report = JSON.parse(await readFile(file, 'utf8'))
    expect(report.files).toEqual([CLEAN])
    // The exit status is the findings', as on stdout.
    const broken = await run(['check', BROKEN, '--output', join(dir, 'broken.txt')])
    expect(broken.code).toBe(1)
    expect(await readFile(join(dir, 'broken.txt'), 'utf8')).toContain('problem')
  })

  it('refuses a matrix file the run reads, by its own name, another spelling, a symlink or a hard link, before writing anything', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'boards.json')
    const before = await readFile(CLEAN, 'utf8')
    await writeFile(matrix, before)
    await symlink(matrix, join(dir, 'link.json'))
    await link(matrix, join(dir, 'hard.json'))
    for (const output of [matrix, join(dir, '.', 'x', '..', 'boards.json'), join(dir, 'link.json'), join(dir, 'hard.json')]) {
      const r = await run(['check', matrix, '--format', 'sarif', '--output', output])
      expect([r.code, r.out, r.err]).toEqual([2, '', `crashkernel-check: --output ${output} is the matrix file ${matrix} this run reads: give another file for the report\n`])
      expect(await readFile(matrix, 'utf8')).toBe(before)
    }
  })

  it.runIf(existsSync('/proc/self'))('names a directory it cannot make, and exits 2, rather than never returning', async () => {
    // Node's mkdir({ recursive: true }) spins for ever on a directory /proc refuses with ENOENT.
    const r = await run(['check', CLEAN, '--output', '/proc/crashkernel-check/report.txt'])
    expect([r.code, r.out, r.err]).toEqual([2, '', 'crashkernel-check: cannot write the report to /proc/crashkernel-check/report.txt (--output): no such directory\n'])
    const dir = await tempDir()
    // Every missing level is made, and one that exists is no error.
    const deep = join(dir, 'a', 'b', 'c', 'r.txt')
    await writeTextFile(deep, 'x', { makeDirectories: true })
    await writeTextFile(join(dir, 'a', 'b', 'r2.txt'), 'y', { makeDirectories: true })
    expect([await readFile(deep, 'utf8'), await readFile(join(dir, 'a', 'b', 'r2.txt'), 'utf8')]).toEqual(['x', 'y'])
  }, 10_000)

  it('writes to stdout for -o -, not to a file named "-"', async () => {
    const r = await run(['check', CLEAN, '--format', 'json', '-o', '-'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).files).toEqual([CLEAN])
    expect(existsSync('-')).toBe(false)
  })

  it('names a file it cannot write, and exits 2', async () => {
    const dir = await tempDir()
    const r = await run(['check', CLEAN, '--output', dir])
    expect([r.code, r.out, r.err]).toEqual([2, '', `crashkernel-check: cannot write the report to ${dir} (--output): is a directory\n`])
  })
})
