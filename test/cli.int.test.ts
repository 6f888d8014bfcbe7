// SPDX-License-Identifier: GPL-2.0-only
/** The bundled CLI (dist/cli/index.js) as a user runs it. */
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { ROOT, runCli } from './run-dist.js'

describe('dist/cli/index.js', () => {
  it('prints help and exits 0', () => {
    const r = runCli(['--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Usage: crashkernel-check check [files…] [options]')
  })

  it('reads a boot log piped to verify -, and one too long no further than the limit', () => {
    const log = readFileSync(join(ROOT, 'test/oracle/logs/amd64-6.1-q35-4G-ckabc.log.gz'))
    const r = runCli(['verify', '-'], ROOT, log)
    expect([r.status, r.stdout]).toEqual([0, expect.stringMatching(/^<stdin>: the model agrees \(6\.1\.192 x86_64-6\.1\.178; crash ignored\)/)])
    const big = runCli(['verify', '-'], ROOT, new Uint8Array(64 * 1024 * 1024 + 10))
    expect([big.status, big.stderr]).toEqual([2, 'crashkernel-check verify: <stdin> is more than 64 MiB; crashkernel-check reads artefacts of at most 64 MiB\n'])
  })

  it('exits 0 on a clean matrix and 1 on a broken one, with file:line:col lines', () => {
    expect(runCli(['check', 'test/fixtures/clean.matrix.json']).status).toBe(0)
    const r = runCli(['check', 'test/fixtures/broken.matrix.json', 'test/fixtures/clean.matrix.json'])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('   5:29  error  unknown property "extra"  SC002 schema-violation')
    expect(r.stdout).toContain('✖ 19 problems (19 errors, 0 warnings, 0 notes)')
  })

  it('checks and reports the readable files when one cannot be read, then exits 2 naming it', () => {
    const r = runCli(['check', 'nope/missing.json', 'test/fixtures/clean.matrix.json', '--format', 'json'])
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('crashkernel-check: cannot read matrix file nope/missing.json: no such file\n')
    const report = JSON.parse(r.stdout)
    expect(report.files).toEqual(['test/fixtures/clean.matrix.json'])
    expect(report.layouts.length).toBeGreaterThan(0)
  })

  it('reports what --boards matched, then exits 2 naming each pattern that matched no board id', () => {
    const r = runCli(['check', 'test/fixtures/clean.matrix.json', '--format', 'json', '--fail-on', 'never', '--boards', 'vm,rpi-typo*'])
    expect(r.status).toBe(2)
    expect(new Set(JSON.parse(r.stdout).layouts.map((l: { boardId: string }) => l.boardId))).toEqual(new Set(['vm']))
    expect(r.stderr).toBe('crashkernel-check: --boards "rpi-typo*" matches no board id in test/fixtures/clean.matrix.json\n')
    expect(runCli(['check', 'test/fixtures/clean.matrix.json', '--boards', 'v*']).status).toBe(0)
  })

  it('writes JSON with hex bigints and honours --fail-on never', () => {
    const r = runCli(['check', 'test/fixtures/broken.matrix.json', '--format', 'json', '--fail-on', 'never'])
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.counts.error).toBe(19)
    expect(report.layouts[0].result.lowMax).toMatch(/^0x[0-9a-f]{16}$/)
  })

  it('filters boards and overrides kernels', () => {
    const r = runCli(['check', 'test/fixtures/clean.matrix.json', '--format', 'json', '--boards', 'vm', '--kernel', '6.1,7.2'])
    expect(JSON.parse(r.stdout).layouts.map((l: { kernel: string }) => l.kernel)).toEqual(['6.1.192', '7.2.13'])
  })

  it('exits 2 on usage and configuration errors', () => {
    expect(runCli(['check', '--format', 'xml']).status).toBe(2)
    expect(runCli(['lint']).status).toBe(2)
    const missing = runCli(['check', 'no/such.json'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('cannot read matrix file no/such.json')
    expect(runCli(['check', 'test/fixtures/clean.matrix.json', '--kernel', '3.2']).stderr).toContain('--kernel: "3.2" is not a kernel crashkernel-check models')
  })
})

describe('dist/cli/index.js in a pipeline', () => {
  it('stops quietly when the reader goes away (`… | head`), keeping the check\'s exit status', () => {
    // The JSON report of the examples is far longer than a pipe's buffer, so the CLI is still
    // writing when `head` has exited.
    for (const [failOn, status] of [['error', 1], ['never', 0]] as const) {
      const cmd = `"${process.execPath}" dist/cli/index.js check examples/boards.json --format json --fail-on ${failOn} | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`
      const r = spawnSync('bash', ['-c', cmd], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
      expect(r.stderr, failOn).toBe('')
      expect(r.status, failOn).toBe(status)
    }
  })
})

describe('dist/lib/index.js', () => {
  it('is what `import … from \'crashkernel-check\'` loads in plain Node (README "Library")', () => {
    const script = [
      "import { check, formatStylish } from 'crashkernel-check'",
      "import { readFileSync } from 'node:fs'",
      "const report = check(readFileSync('examples/boards.json', 'utf8'), 'examples/boards.json')",
      'console.log(JSON.stringify(report.counts))',
      'console.log(formatStylish(report))',
    ].join('\n')
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const [counts, ...text] = r.stdout.split('\n')
    expect(JSON.parse(counts!)).toMatchObject({ error: 1, warning: 0 })
    // The same report as the CLI's.
    expect(text.join('\n').trim()).toBe(runCli(['check', 'examples/boards.json']).stdout.trim())
  })
  it('has declarations that type-check in a project with compiler options unlike ours (package.json "types")', () => {
    // A consumer whose target is below ES2020 and whose flags are stricter than the
    // project's: with the package's types pointing at src/*.ts, its compiler checked our
    // sources under its options (bigint literals below ES2020, exactOptionalPropertyTypes …)
    // and skipLibCheck could not help. Declarations are what a library ships.
    const dir = mkdtempSync(join(tmpdir(), 'ckc-consumer-'))
    mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true })
    symlinkSync(ROOT, join(dir, 'node_modules', 'crashkernel-check'), 'dir')
    symlinkSync(join(ROOT, 'node_modules', '@types', 'node'), join(dir, 'node_modules', '@types', 'node'), 'dir')
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
    writeFileSync(
      join(dir, 'consumer.ts'),
      [
        "import { check, formatStylish, type Report } from 'crashkernel-check'",
        "const report: Report = check('{}', 'boards.json', { kernels: ['6.12'] })",
        'const errors: number = report.counts.error',
        'console.log(formatStylish(report), errors)',
        '// @ts-expect-error the matrix is text',
        "check(1, 'boards.json')",
        '',
      ].join('\n'),
    )
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2017,
      lib: ['lib.es2017.d.ts', 'lib.es2020.bigint.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ['node'],
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noPropertyAccessFromIndexSignature: true,
      noUnusedLocals: true,
      skipLibCheck: false,
      noEmit: true,
    }
    const program = ts.createProgram([join(dir, 'consumer.ts')], options)
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : ''
      return where + ts.flattenDiagnosticMessageText(d.messageText, ' ')
    })
    expect(diagnostics).toEqual([])
    // The package's declarations, not its sources, are what the consumer read.
    const ours = program.getSourceFiles().map((f) => f.fileName).filter((f) => f.startsWith(realpathSync(ROOT)))
    expect(ours).toContain(join(realpathSync(ROOT), 'dist/lib/types/index.d.ts'))
    expect(ours.filter((f) => f.startsWith(join(realpathSync(ROOT), 'src/')))).toEqual([])
  }, 120_000)
})
