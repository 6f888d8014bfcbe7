// SPDX-License-Identifier: GPL-2.0-only
/**
 * What the assemble.mjs of each scripts/kernel-* folder shares: they turn the harness outputs of one
 * scripts/kernel-*-fixture.sh run into its gzip'd JSON fixture
 * `{ about, versions, cases }`, each case holding, per version, what the harness printed for
 * it or the name of an earlier version that printed the same (never a name of a name).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

/**
 * The command line `DIR OUT SPEC...` of an assemble script: DIR holds cases.txt and the
 * out-*.txt files, OUT is the fixture to write, each SPEC is `GEN:KERNEL[:…]`, split into an
 * object with `fields` as its keys.
 *
 * @param {string[]} argv - process.argv.slice(2), or what is left of it
 * @param {string[]} [fields]
 */
export function assembleArgs(argv, fields = ['gen', 'kernel']) {
  const [dir, dest, ...specs] = argv
  const versions = specs.map((s) => {
    const parts = s.split(':')
    return Object.fromEntries(fields.map((f, i) => [f, parts[i]]))
  })
  return { dir, dest, versions }
}

/** A text file's lines, without the newline that ends the last one. */
export const lines = (file) => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n')

/** A harness output of "case N" lines, each followed by that case's lines: one array per case. */
export function perCase(file) {
  const out = []
  for (const l of lines(file)) {
    if (l.startsWith('case ')) out.push([])
    else out.at(-1).push(l)
  }
  return out
}

/**
 * The `out` of one case from [version, what it printed] pairs in version order: each version
 * holds its output, or the name of the first earlier version that holds the same output.
 *
 * @param {Array<[string, unknown]>} entries
 */
export function sharedOut(entries) {
  const out = {}
  const held = []
  for (const [gen, value] of entries) {
    const key = JSON.stringify(value)
    const same = held.find((g) => JSON.stringify(out[g]) === key)
    if (same) out[gen] = same
    else {
      out[gen] = value
      held.push(gen)
    }
  }
  return out
}

/**
 * The cases of DIR/cases.txt, each `{ input, out }` with, per version, its lines in
 * DIR/out-GEN.txt (perCase(), sharedOut()); a case a version printed nothing for is an error.
 */
export function perCaseCases(dir, versions) {
  const outs = Object.fromEntries(versions.map((v) => [v.gen, perCase(`${dir}/out-${v.gen}.txt`)]))
  return lines(`${dir}/cases.txt`).map((input, i) => {
    const got = versions.map(({ gen }) => [gen, outs[gen][i]])
    for (const [gen, g] of got) if (g === undefined || g.length === 0) throw new Error(`${gen}: no output for case ${i}`)
    return { input, out: sharedOut(got) }
  })
}

/** Writes the fixture, gzip'd at level 9 (the fixtures are compared byte for byte when made again). */
export function writeFixture(dest, about, versions, cases) {
  writeFileSync(dest, gzipSync(`${JSON.stringify({ about, versions, cases })}\n`, { level: 9 }))
}
