// SPDX-License-Identifier: GPL-2.0-only
/** The bundled CLI (dist/cli/index.js) as a user runs it. */
import { describe, expect, it } from 'vitest'
import { runCli } from './run-dist.js'

describe('dist/cli/index.js', () => {
  it('prints help and exits 0', () => {
    const r = runCli(['--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Usage: crashkernel-check check [files…] [options]')
  })

  it('exits 0 on a clean matrix and 1 on a broken one, with file:line:col lines', () => {
    expect(runCli(['check', 'test/fixtures/clean.matrix.json']).status).toBe(0)
    const r = runCli(['check', 'test/fixtures/broken.matrix.json', 'test/fixtures/clean.matrix.json'])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('   5:29  error  unknown property "extra"  SC002 schema-violation')
    expect(r.stdout).toContain('✖ 15 problems (15 errors, 0 warnings, 0 notes)')
  })

  it('writes JSON with hex bigints and honours --fail-on never', () => {
    const r = runCli(['check', 'test/fixtures/broken.matrix.json', '--format', 'json', '--fail-on', 'never'])
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.counts.error).toBe(15)
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
    expect(runCli(['check', 'test/fixtures/clean.matrix.json', '--kernel', '3.2']).stderr).toContain('kernel override "3.2"')
  })
})
