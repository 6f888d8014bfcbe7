// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue, part 7: a matrix path that escapes the workspace. The decision
 * (docs/hardening.md#paths): the action reads only files inside GITHUB_WORKSPACE — a pull
 * request controls the checkout, so `..`, an absolute path, a glob reaching out and a
 * symlink pointing out must be refused (a symlink to /proc/self/environ would hand the
 * action's environment, INPUT_TOKEN included, to the parser; one to /dev/zero never ends).
 * The CLI reads what its user names: it runs with the user's own rights.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { resolveMatrixPatterns, resolveResultsPatterns } from '../../src/action/files.js'
import { resolveMatrixFiles, resolveResultsFiles } from '../resolve-files.js'
import type { ActionInputs } from '../../src/action/inputs.js'
import type { ActionsIO } from '../../src/action/io.js'
import { run } from '../../src/action/run.js'
import { main } from '../../src/cli/main.js'
import { matrix } from './harness.js'

const root = mkdtempSync(join(tmpdir(), 'ckc-paths-'))
const workspace = join(root, 'ws')
const outside = join(root, 'outside.json')
mkdirSync(join(workspace, 'boards'), { recursive: true })
writeFileSync(outside, matrix())
writeFileSync(join(workspace, 'boards', 'inside.json'), matrix())
symlinkSync(outside, join(workspace, 'boards', 'link.json'))
symlinkSync(root, join(workspace, 'up'))
const far = mkdtempSync(join(tmpdir(), 'ckc-far-'))
symlinkSync(far, join(workspace, 'far'))
symlinkSync(join(far, 'x.sarif'), join(workspace, 'far.sarif'))
// A directory among the matrix files, a symlink outside the workspace pointing into it, and the workspace reached through a symlink.
mkdirSync(join(workspace, 'boards', 'old'))
symlinkSync(join(workspace, 'boards', 'inside.json'), join(root, 'in-link.json'))
symlinkSync(workspace, join(root, 'ws-link'))
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  rmSync(far, { recursive: true, force: true })
})

/** Runs the action with a recording io; returns the files it read and how it ended. */
async function runAction(patterns: string[], extra: Partial<ActionInputs> = {}): Promise<{ read: string[]; written: string[]; failed: string[] }> {
  const read: string[] = []
  const written: string[] = []
  const failed: string[] = []
  const inputs: ActionInputs = { matrix: patterns, failOn: 'never', annotations: true, summary: false, comment: false, token: '', workspace, ...extra } as ActionInputs
  const io: ActionsIO = {
    inputs: () => inputs,
    env: { RUNNER_TEMP: root },
    debug: () => {},
    info: () => {},
    annotate: () => {},
    setOutput: () => {},
    writeSummary: async () => {},
    setFailed: (m) => failed.push(m),
    readFile: async (p) => {
      read.push(resolve(p))
      return readFileSync(p, 'utf8')
    },
    writeFile: async (p) => void written.push(resolve(p)),
    github: () => {
      throw new Error('no GitHub API in this test')
    },
  }
  await run(io)
  return { read, written, failed }
}

const isOutside = (p: string): boolean => relative(workspace, p).startsWith('..')

describe('hostile input: matrix paths that escape the workspace', () => {
  it('the action reads a file inside the workspace', async () => {
    const r = await runAction(['boards/inside.json'])
    expect(r.failed).toEqual([])
    expect(r.read).toEqual([join(workspace, 'boards', 'inside.json')])
  })

  // Was a bug: paths were resolved against the workspace but never checked to stay in it.
  // resolveMatrixFiles now refuses `..`, absolute paths, globs with `..` and symlinks whose real
  // path lies outside the workspace with a ConfigurationError, before anything is read.
  it('the action refuses "../outside.json"', async () => {
    const r = await runAction(['../outside.json'])
    expect(r.read.filter(isOutside)).toEqual([])
    expect(r.failed.join('\n')).toMatch(/outside the workspace/)
  })

  it('the action refuses an absolute path outside the workspace', async () => {
    const r = await runAction([outside])
    expect(r.read.filter(isOutside)).toEqual([])
    expect(r.failed.join('\n')).toMatch(/outside the workspace/)
  })

  it('the action refuses a glob that climbs out of the workspace', async () => {
    expect(() => resolveMatrixFiles(['../*.json'], workspace)).toThrow(/outside the workspace/)
  })

  it('the action refuses a symlink inside the workspace that points outside it', async () => {
    const r = await runAction(['boards/link.json'])
    expect(r.failed.join('\n')).toMatch(/outside the workspace/)
  })

  it('the action refuses a glob through a symlinked directory', async () => {
    expect(() => resolveMatrixFiles(['up/*.json'], workspace)).toThrow(/outside the workspace/)
  })

  it('a glob never walks a symlinked directory, and refuses a symlinked file that points outside, naming it, reading the others', async () => {
    const outsideLink = `matrix pattern "boards/*.json" matches "boards/link.json", which is outside the workspace (symlinks resolved): the action reads only files inside ${workspace}`
    expect(resolveMatrixPatterns(['boards/*.json'], workspace)).toEqual({ files: ['boards/inside.json'], problems: [outsideLink] })
    // `up` (the workspace's parent) and `ws-link` are not walked: inside.json once, link.json refused.
    expect(resolveMatrixPatterns(['**/*.json'], workspace)).toEqual({ files: ['boards/inside.json'], problems: [outsideLink.replace('"boards/*.json"', '"**/*.json"')] })
    const r = await runAction(['boards/*.json'])
    expect(r.read.filter(isOutside)).toEqual([])
    expect(r.read).toEqual([join(workspace, 'boards', 'inside.json')])
    expect(r.failed.join('\n')).toContain(outsideLink)
  })

  // The plan writes such a name escaped for its check jobs; given directly it matched nothing, with no word why.
  it('says how to name a file whose name starts with "!" (a negative glob alone matches nothing)', () => {
    const ws = mkdtempSync(join(tmpdir(), 'ckc-bang-'))
    writeFileSync(join(ws, '!neg.json'), '{}')
    expect(() => resolveMatrixFiles(['!neg.json'], ws)).toThrow(`matrix pattern "!neg.json" matches no file in ${ws}: a leading "!" negates a glob pattern, which the input does not support; for a file whose name starts with "!", write "\\!neg.json"`)
    expect(resolveMatrixFiles(['\\!neg.json'], ws)).toEqual(['!neg.json'])
  })

  it('the action still reads an absolute path and a glob inside the workspace', () => {
    expect(resolveMatrixFiles([join(workspace, 'boards', 'inside.json'), 'boards/ins*.json'], workspace)).toEqual(['boards/inside.json'])
  })

  it('the action writes results, SARIF and HTML only inside the workspace or RUNNER_TEMP', async () => {
    // RUNNER_TEMP is `root` here; `far` and `far.sarif` are symlinks in the workspace to a directory outside both.
    for (const [name, value] of [['resultsFile', '../../results.json'], ['sarif', join(root, '..', 'x.sarif')], ['html', 'far/report.html'], ['sarif', 'far.sarif'], ['sarif', '../..']] as const) {
      const r = await runAction(['boards/inside.json'], { [name]: value })
      expect(r.failed.join('\n'), `${name}=${value}`).toMatch(new RegExp(`input "[a-z-]+" \\("${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"\\) is outside the workspace`))
      expect(r.read, `${name}=${value}`).toEqual([])
      expect(r.written, `${name}=${value}`).toEqual([])
    }
    // Inside, but under a file: no file can be there, and the message says so rather than "outside".
    const under = await runAction(['boards/inside.json'], { sarif: 'boards/inside.json/x.sarif' })
    expect(under.failed.join('\n')).toMatch(/^input "sarif" \("boards\/inside\.json\/x\.sarif"\) cannot be a file: a part of the path is not a directory$/m)
    expect(under.written).toEqual([])
    // The workspace itself, or a directory in it: a file cannot be written there either.
    for (const value of ['.', 'boards', root]) {
      const dir = await runAction(['boards/inside.json'], { sarif: value })
      expect(dir.failed.join('\n'), value).toMatch(new RegExp(`^input "sarif" \\("${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"\\) is a directory: name a file in it`, 'm'))
      expect(dir.written, value).toEqual([])
    }
    const ok = await runAction(['boards/inside.json'], { sarif: 'out/x.sarif', resultsFile: join(root, 'r.json') })
    expect(ok.failed).toEqual([])
    expect(ok.written.sort()).toEqual([join(root, 'r.json'), join(workspace, 'out', 'x.sarif')])
  })

  it('the action refuses an absolute path outside the workspace even when it is a symlink into it, and "../missing.json" as outside, not as missing', () => {
    expect(() => resolveMatrixFiles([join(root, 'in-link.json')], workspace)).toThrow(/outside the workspace/)
    // Whether a file outside exists is none of the pull request's business.
    expect(() => resolveMatrixFiles(['../missing.json'], workspace)).toThrow(/^matrix file "\.\.\/missing\.json" is outside the workspace/)
    expect(() => resolveResultsFiles(['../missing.json'], workspace)).toThrow(/^results file "\.\.\/missing\.json" is outside the workspace/)
  })

  it('a glob reaching out is refused before it is expanded: the error names no file outside', () => {
    for (const pattern of [join(root, '*.json'), '*/../../*.json']) {
      expect(() => resolveMatrixFiles([pattern], workspace), pattern).toThrow(/reaches outside the workspace/)
      expect(() => resolveResultsFiles([pattern], workspace), pattern).toThrow(/reaches outside the workspace/)
    }
  })

  it('a glob matches files only: a directory among them is skipped', () => {
    expect(resolveMatrixPatterns(['boards/*'], workspace).files).toEqual(['boards/inside.json'])
  })

  it('the action reads the workspace through a symlinked path to it (e.g. /tmp on macOS)', () => {
    expect(resolveMatrixPatterns(['boards/inside.json', 'boards/*.json'], join(root, 'ws-link')).files).toEqual(['boards/inside.json'])
  })

  // Was a bug: followSymbolicLinks false left every symlink out of a glob, silently: a
  // boards/x.json linking a shared matrix was never checked, and nothing said so.
  it('a glob reads a symlinked matrix file inside the workspace, and names a dangling symlink and a loop while the other files are checked', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'ckc-links-'))
    mkdirSync(join(ws, 'boards'))
    mkdirSync(join(ws, 'shared'))
    writeFileSync(join(ws, 'boards', 'a.json'), matrix())
    writeFileSync(join(ws, 'shared', 'common.json'), matrix())
    symlinkSync('../shared/common.json', join(ws, 'boards', 'common.json'))
    symlinkSync('nowhere.json', join(ws, 'boards', 'dangling.json'))
    symlinkSync('loop2.json', join(ws, 'boards', 'loop1.json'))
    symlinkSync('loop1.json', join(ws, 'boards', 'loop2.json'))
    // A symlinked directory is not walked (a cycle here): its files are not matched twice.
    symlinkSync('..', join(ws, 'boards', 'cycle'))
    const problems = [
      'matrix pattern "boards/**/*.json" matches "boards/dangling.json", which is a dangling symlink: its target "nowhere.json" does not exist',
      'matrix pattern "boards/**/*.json" matches "boards/loop1.json", which is a symlink loop (too many levels of symbolic links)',
      'matrix pattern "boards/**/*.json" matches "boards/loop2.json", which is a symlink loop (too many levels of symbolic links)',
    ]
    expect(resolveMatrixPatterns(['boards/**/*.json'], ws)).toEqual({ files: ['boards/a.json', 'boards/common.json'], problems })
    // Named as a path, each says the same, not "not found".
    expect(resolveMatrixPatterns(['boards/dangling.json', 'boards/loop1.json', 'boards/common.json'], ws)).toEqual({
      files: ['boards/common.json'],
      problems: ['matrix file "boards/dangling.json" is a dangling symlink: its target "nowhere.json" does not exist', 'matrix file "boards/loop1.json" is a symlink loop (too many levels of symbolic links)'],
    })
    // A link to the dangling link names what is missing at the end of the chain, not the link it names.
    symlinkSync('dangling.json', join(ws, 'boards', 'chain.json'))
    expect(resolveMatrixPatterns(['boards/chain.json'], ws).problems).toEqual(['matrix file "boards/chain.json" is a dangling symlink: its target "dangling.json" leads to "nowhere.json", which does not exist'])
    unlinkSync(join(ws, 'boards', 'chain.json'))
    // The link and its target both matched are one file, named by the target's own path.
    expect(resolveMatrixPatterns(['**/*.json'], ws).files).toEqual(['boards/a.json', 'shared/common.json'])
    const read: string[] = []
    const failed: string[] = []
    const io = { inputs: () => ({ matrix: ['boards/*.json'], failOn: 'never', annotations: false, summary: false, comment: false, token: '', workspace: ws }) as ActionInputs, env: {}, debug: () => {}, info: () => {}, annotate: () => {}, setOutput: () => {}, writeSummary: async () => {}, setFailed: (m: string) => void failed.push(m), readFile: async (p: string) => (read.push(relative(ws, p)), readFileSync(p, 'utf8')), writeFile: async () => {}, github: () => { throw new Error('no GitHub API in this test') } } as ActionsIO
    await run(io)
    expect(read).toEqual(['boards/a.json', 'boards/common.json'])
    for (const p of problems) expect(failed.join('\n')).toContain(p.replace('boards/**/*.json', 'boards/*.json'))
    rmSync(ws, { recursive: true, force: true })
  })

  // Was a bug: the results globs left every symlinked results file out, silently, and a
  // dangling symlink named as a path was "not found"; they now resolve as the matrix's do.
  it('a results glob reads a symlinked results file inside the workspace or RUNNER_TEMP, and names a dangling symlink and a loop while the other files count', () => {
    const ws = mkdtempSync(join(tmpdir(), 'ckc-rlinks-'))
    const temp = mkdtempSync(join(tmpdir(), 'ckc-rtemp-'))
    mkdirSync(join(ws, 'results', '1'), { recursive: true })
    mkdirSync(join(ws, 'shared'))
    writeFileSync(join(ws, 'results', '1', 'a.json'), '{}')
    writeFileSync(join(ws, 'shared', 'b.json'), '{}')
    symlinkSync('../../shared/b.json', join(ws, 'results', '1', 'b.json'))
    symlinkSync('nowhere.json', join(ws, 'results', '1', 'dangling.json'))
    symlinkSync('loop2.json', join(ws, 'results', '1', 'loop1.json'))
    symlinkSync('loop1.json', join(ws, 'results', '1', 'loop2.json'))
    symlinkSync('..', join(ws, 'results', 'cycle'))
    writeFileSync(join(temp, 'c.json'), '{}')
    symlinkSync('c.json', join(temp, 'd.json'))
    symlinkSync(join(temp, 'gone.json'), join(temp, 'e.json'))
    expect(resolveResultsPatterns(['results/**/*.json', `${temp}/*.json`], ws, temp)).toEqual({
      files: [join(temp, 'c.json'), join(ws, 'results', '1', 'a.json'), join(ws, 'results', '1', 'b.json')].sort(),
      problems: [
        'results pattern "results/**/*.json" matches "results/1/dangling.json", which is a dangling symlink: its target "nowhere.json" does not exist',
        'results pattern "results/**/*.json" matches "results/1/loop1.json", which is a symlink loop (too many levels of symbolic links)',
        'results pattern "results/**/*.json" matches "results/1/loop2.json", which is a symlink loop (too many levels of symbolic links)',
        `results pattern "${temp}/*.json" matches "${join(temp, 'e.json')}", which is a dangling symlink: its target "${join(temp, 'gone.json')}" does not exist`,
      ],
    })
    // Named as a path, a dangling symlink is neither "not found" nor "outside the workspace".
    expect(resolveResultsPatterns(['results/1/dangling.json', join(temp, 'e.json'), 'results/1/b.json'], ws, temp)).toEqual({
      files: [join(ws, 'results', '1', 'b.json')],
      problems: ['results file "results/1/dangling.json" is a dangling symlink: its target "nowhere.json" does not exist', `results file "${join(temp, 'e.json')}" is a dangling symlink: its target "${join(temp, 'gone.json')}" does not exist`],
    })
    // The link and its target both matched are one file (merged once), named by the target's own path.
    expect(resolveResultsFiles(['**/b.json'], ws)).toEqual([join(ws, 'shared', 'b.json')])
    rmSync(ws, { recursive: true, force: true })
    rmSync(temp, { recursive: true, force: true })
  })

  it('aggregate refuses a results file that is a symlink pointing outside', () => {
    expect(() => resolveResultsFiles(['boards/link.json'], workspace)).toThrow(/^results file "boards\/link\.json" is outside the workspace/)
  })

  it('the CLI reads what its user names, inside the working directory or not', async () => {
    let stdout = ''
    const code = await main(['check', outside, '--format', 'json'], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      readFile: async (p) => readFileSync(p, 'utf8'),
    })
    expect(code).toBe(0)
    expect(JSON.parse(stdout).files).toEqual([outside])
  })
})
