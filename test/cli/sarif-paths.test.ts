// SPDX-License-Identifier: GPL-2.0-only
/**
 * `check --format sarif` as code scanning needs it: the files named from the root of their
 * git repository whatever the working directory (src/cli/sarif-paths.ts), and at most
 * SARIF_MAX_RESULTS results per run, as the action writes.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { repositoryPaths } from '../../src/action/files.js'
import { main } from '../../src/cli/main.js'
import { SARIF_MAX_RESULTS } from '../../src/report/sarif.js'
import { sarifErrors } from '../fanout/sarif-schema.js'
import { recordingIo, ROOT, tempDir } from './io.js'

const BOARD = { id: 'rpi', extends: 'raspberrypi-4', kernels: ['6.12'], cmdline: 'crashkernel=900M' }

/** Runs check in `cwd`, reading files relative to it, as the real CLI does. */
async function sarifIn(cwd: string, args: string[]) {
  const io = recordingIo()
  const at = (p: string) => resolve(cwd, p)
  const code = await main(['check', ...args, '--format', 'sarif', '--fail-on', 'never'], { ...io, cwd: () => cwd, readFile: (p) => io.readFile(at(p)), exists: (p) => io.exists!(at(p)) })
  expect([code, io.err]).toEqual([0, ''])
  return JSON.parse(io.out).runs[0]
}

describe('check --format sarif names files from the repository root', () => {
  it('from a subdirectory, through ./ and .., and from the root: the same repository path and %SRCROOT%', async () => {
    const repo = await tempDir()
    await mkdir(join(repo, '.git'))
    await mkdir(join(repo, 'configs/kdump'), { recursive: true })
    await writeFile(join(repo, 'configs/kdump/boards.json'), JSON.stringify({ version: 1, boards: [BOARD] }))
    const root = pathToFileURL(repo).href.replace(/\/?$/, '/')
    for (const [cwd, file] of [[repo, 'configs/kdump/boards.json'], [join(repo, 'configs'), 'kdump/boards.json'], [repo, './configs/../configs/kdump/boards.json'], ['/', join(repo, 'configs/kdump/boards.json')]] as const) {
      const run = await sarifIn(cwd, [file])
      expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: root } })
      expect(run.results.length).toBeGreaterThan(0)
      for (const r of run.results) expect(r.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'configs/kdump/boards.json', uriBaseId: '%SRCROOT%' })
    }
  })
  it('a file outside the repository keeps its absolute path; the others are still named from the repository', async () => {
    const repo = await tempDir()
    await mkdir(join(repo, '.git'))
    await mkdir(join(repo, 'configs'))
    await writeFile(join(repo, 'configs/b.json'), JSON.stringify({ version: 1, boards: [BOARD] }))
    const outside = await tempDir()
    await writeFile(join(outside, 'b.json'), JSON.stringify({ version: 1, boards: [BOARD] }))
    const run = await sarifIn(join(repo, 'configs'), ['b.json', join(outside, 'b.json')])
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(repo).href.replace(/\/?$/, '/') } })
    const uris = new Set(run.results.map((r: any) => JSON.stringify(r.locations[0].physicalLocation.artifactLocation)))
    expect([...uris].sort()).toEqual([JSON.stringify({ uri: 'configs/b.json', uriBaseId: '%SRCROOT%' }), JSON.stringify({ uri: pathToFileURL(join(outside, 'b.json')).href })].sort())
  })
  it('--format github names them from the repository root too: the runner reads a relative file= from there, not from the step\'s working directory', async () => {
    const repo = await tempDir()
    await mkdir(join(repo, '.git'))
    await mkdir(join(repo, 'configs/kdump'), { recursive: true })
    await writeFile(join(repo, 'configs/kdump/boards.json'), JSON.stringify({ version: 1, boards: [BOARD] }))
    const io = recordingIo()
    const cwd = join(repo, 'configs')
    const at = (p: string) => resolve(cwd, p)
    const code = await main(['check', 'kdump/boards.json', '--format', 'github', '--fail-on', 'never'], { ...io, cwd: () => cwd, readFile: (p) => io.readFile(at(p)), exists: (p) => io.exists!(at(p)) })
    expect([code, io.err]).toEqual([0, ''])
    const files = io.out.split('\n').filter((l) => l.startsWith('::')).map((l) => /,file=([^,:]*)/.exec(l)?.[1])
    expect(files.length).toBeGreaterThan(0)
    expect(new Set(files)).toEqual(new Set(['configs/kdump/boards.json']))
  })
  it('a file in a submodule of the repository the command runs in: named from that repository, as the action names it, not from the submodule (whose boards/a.json would be the outer one\'s)', async () => {
    const repo = await tempDir()
    await mkdir(join(repo, '.git'))
    await mkdir(join(repo, 'vendor/sub/.git'), { recursive: true })
    await mkdir(join(repo, 'vendor/sub/boards'), { recursive: true })
    await writeFile(join(repo, 'vendor/sub/boards/a.json'), JSON.stringify({ version: 1, boards: [BOARD] }))
    for (const [cwd, file] of [[repo, 'vendor/sub/boards/a.json'], [join(repo, 'vendor'), 'sub/boards/a.json']] as const) {
      const run = await sarifIn(cwd, [file])
      expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(repo).href.replace(/\/?$/, '/') } })
      expect(run.results.length).toBeGreaterThan(0)
      for (const r of run.results) expect(r.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'vendor/sub/boards/a.json', uriBaseId: '%SRCROOT%' })
    }
    // Run from inside the submodule, the submodule is the repository.
    const inSub = await sarifIn(join(repo, 'vendor/sub'), ['boards/a.json'])
    expect(inSub.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'boards/a.json', uriBaseId: '%SRCROOT%' })
  })
  it('run outside any repository (a workspace with a `path:` checkout), a file of a repository nested in that checkout: named from the outermost one, as the action names it, not from the nested one (whose x.json would be the outer one\'s)', async () => {
    const ws = await tempDir()
    await mkdir(join(ws, 'sub/.git'), { recursive: true })
    await mkdir(join(ws, 'sub/nested/.git'), { recursive: true })
    await writeFile(join(ws, 'sub/boards.json'), JSON.stringify({ version: 1, boards: [BOARD] }))
    await writeFile(join(ws, 'sub/nested/x.json'), JSON.stringify({ version: 1, boards: [BOARD] }))
    const sub = pathToFileURL(join(ws, 'sub')).href.replace(/\/?$/, '/')
    for (const files of [['sub/nested/x.json'], ['sub/boards.json', 'sub/nested/x.json']]) {
      const run = await sarifIn(ws, files)
      expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: sub } })
      const uris = new Set(run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri))
      expect([...uris].sort()).toEqual(files.map((f) => f.slice('sub/'.length)).sort())
      // The action's names for the same files in the same workspace.
      expect(repositoryPaths(files, ws)).toEqual(files.map((f) => ({ path: f.slice('sub/'.length), root: join(ws, 'sub') })))
    }
  })
  it('a file whose name holds a backslash (legal on Linux): its URI names that file, the backslash %5C, not a directory "a" and a file "b.json"', async () => {
    const repo = await tempDir()
    await mkdir(join(repo, '.git'))
    await mkdir(join(repo, 'configs'))
    await writeFile(join(repo, 'configs/a\\b.json'), JSON.stringify({ version: 1, boards: [BOARD] }))
    const run = await sarifIn(join(repo, 'configs'), ['a\\b.json'])
    expect(run.results.length).toBeGreaterThan(0)
    for (const r of run.results) {
      const { uri } = r.locations[0].physicalLocation.artifactLocation
      expect(uri).toBe('configs/a%5Cb.json')
      expect(decodeURIComponent(new URL(uri, run.originalUriBaseIds['%SRCROOT%'].uri).pathname)).toBe(join(repo, 'configs/a\\b.json'))
    }
  })
  it('what the CLI writes for examples/boards.json and a broken matrix is valid SARIF 2.1.0, each uri an RFC 3986 reference that names the file read', async () => {
    for (const file of ['examples/boards.json', 'test/fixtures/broken.matrix.json']) {
      const io = recordingIo()
      const at = (p: string) => resolve(ROOT, p)
      const code = await main(['check', file, '--format', 'sarif', '--fail-on', 'never'], { ...io, cwd: () => ROOT, readFile: (p) => io.readFile(at(p)), exists: (p) => io.exists!(at(p)) })
      expect([code, io.err]).toEqual([0, ''])
      const log = JSON.parse(io.out)
      expect(sarifErrors(log)).toEqual([])
      const run = log.runs[0]
      expect(run.results.length).toBeGreaterThan(0)
      for (const r of run.results) {
        const { uri, uriBaseId } = r.locations[0].physicalLocation.artifactLocation
        expect(uri).toMatch(/^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})+$/)
        expect(fileURLToPath(new URL(uri, run.originalUriBaseIds[uriBaseId].uri))).toBe(resolve(ROOT, file))
      }
    }
  })
  it('outside any repository: from the working directory, normalised', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'a'))
    await writeFile(join(dir, 'a/m.json'), JSON.stringify({ version: 1, boards: [BOARD] }))
    const run = await sarifIn(dir, ['./a/../a/m.json'])
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'a/m.json', uriBaseId: '%SRCROOT%' })
  })
  it(`keeps the ${SARIF_MAX_RESULTS} most severe results of a larger run and says how many findings it left out`, async () => {
    // Three files of 8,400 boards, each board with a schema error of its own on a line of its
    // own: 25,200 results (one rule's findings on one line are one result).
    const dir = await tempDir()
    const files = ['a.json', 'b.json', 'c.json']
    for (const f of files) await writeFile(join(dir, f), JSON.stringify({ version: 1, boards: Array.from({ length: 8400 }, (_, i) => ({ id: `${f}-${i}`, extends: 'raspberrypi-4', kernels: ['6.12'], ramSize: 'lots' })) }, null, 2))
    const run = await sarifIn(dir, files)
    expect(run.results).toHaveLength(SARIF_MAX_RESULTS)
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^200 of 25200 findings are not in this SARIF file/)
  }, 60_000)
})
