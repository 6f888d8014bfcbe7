// SPDX-License-Identifier: GPL-2.0-only
/**
 * action.yml, src/action/inputs.ts and .github/workflows/check.yml agree: every input the
 * code reads is declared (and the reverse), every output the code sets is declared, and the
 * workflow runs `uses: ./` with declared inputs, the permissions the action needs and the
 * SARIF upload.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MATRIX_INPUT } from '../src/action/files.js'
import { resolveMatrixFiles } from './resolve-files.js'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const action = load(read('action.yml')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown>; runs: { using: string; main: string } }
const workflow = load(read('.github/workflows/check.yml')) as {
  permissions: Record<string, string>
  jobs: Record<string, { steps: Array<{ id?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> }> }>
}

describe('action.yml', () => {
  it('declares exactly the inputs inputs.ts reads', () => {
    const read_ = [...read('src/action/inputs.ts').matchAll(/getInput\('([\w-]+)'\)/g)].map((m) => m[1])
    const bools = [...read('src/action/inputs.ts').matchAll(/bool\('([\w-]+)'\)/g)].map((m) => m[1])
    const paths = [...read('src/action/inputs.ts').matchAll(/path\('([\w-]+)'\)/g)].map((m) => m[1])
    const lists = [...read('src/action/inputs.ts').matchAll(/list\('([\w-]+)'[,)]/g)].map((m) => m[1])
    expect(new Set([...read_, ...bools, ...paths, ...lists].filter((n) => n !== 'name'))).toEqual(new Set(Object.keys(action.inputs)))
    expect(action.inputs.token?.default).toBe('${{ github.token }}')
    // The code's fallback (and the hint a missing default file gets) is action.yml's default.
    expect(action.inputs.matrix?.default).toBe(DEFAULT_MATRIX_INPUT)
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' })
  })

  it("says a missing default matrix file is the input's default, to be set to the repository's own matrix", () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck-manifest-'))
    expect(() => resolveMatrixFiles([DEFAULT_MATRIX_INPUT], dir)).toThrow(
      `matrix file "examples/boards.json" not found in ${dir} (the default of the "matrix" input: set it to your board-matrix file(s), e.g. "matrix: boards/*.json")`,
    )
    expect(() => resolveMatrixFiles(['boards/x.json'], dir)).toThrow(new RegExp(`^matrix file "boards/x.json" not found in ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
  })

  it('declares every output run.ts sets', () => {
    const src = read('src/action/run.ts')
    const set = [...src.matchAll(/setOutput\('([\w-]+)'/g), ...src.matchAll(/outputs\['([\w-]+)'\] =/g)].map((m) => m[1])
    expect(new Set(set)).toEqual(new Set(Object.keys(action.outputs)))
  })
})

describe('.github/workflows/check.yml', () => {
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps)
  it('runs the action from the repository with declared inputs and the permissions it needs', () => {
    const self = steps.find((s) => s.uses === './')!
    expect(self.with?.matrix).toBe('examples/boards.json')
    for (const name of Object.keys(self.with ?? {})) expect(Object.keys(action.inputs)).toContain(name)
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' })
  })

  it('uploads the SARIF file the action writes, and reads only declared outputs', () => {
    const self = steps.find((s) => s.uses === './')!
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!
    expect(upload.with?.sarif_file).toBe(self.with?.sarif)
    const used = steps.flatMap((s) => Object.values(s.env ?? {})).flatMap((v) => [...v.matchAll(/steps\.check\.outputs\.([\w-]+)/g)].map((m) => m[1]))
    for (const name of used) expect(Object.keys(action.outputs)).toContain(name)
  })
})
