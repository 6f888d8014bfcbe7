// SPDX-License-Identifier: GPL-2.0-only
/**
 * Bundles the action, the CLI and the library with @vercel/ncc into single ESM files:
 *   dist/action/index.js  (action.yml `main`)
 *   dist/cli/index.js     (package.json `bin`)
 *   dist/lib/index.js     (package.json `exports`: what `import … from 'crashkernel-check'`
 *                          loads in plain Node, which cannot run the TypeScript in src/)
 * `node scripts/build.mjs --out <dir>` writes elsewhere (.ci/run compares a fresh build with
 * the committed dist/). The output must not depend on the checkout's location or the
 * clock, so a fresh clone rebuilds dist/ byte for byte.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const ncc = require('@vercel/ncc')
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outArg = process.argv.indexOf('--out')
const out = outArg >= 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist')

const entries = [
  { name: 'action', input: 'src/action/index.ts' },
  { name: 'cli', input: 'src/cli/index.ts', shebang: true },
  { name: 'lib', input: 'src/index.ts' },
]

/** ncc's errors carry its own minified source in the stack: print the message only. */
async function bundle(input, options) {
  try {
    return await ncc(input, options)
  } catch (error) {
    console.error(`ncc failed for ${input}:\n${String(error?.message ?? error).slice(0, 4000)}`)
    process.exit(1)
  }
}

// Bundle everything first, then replace the output: a failed build leaves dist/ untouched.
const built = []
for (const entry of entries) {
  const { code, assets } = await bundle(join(root, entry.input), {
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    // Keep the bundle independent of where the repository is checked out.
    sourceMapRegister: false,
    license: '',
  })
  let text = code.replace(/^#!.*\n/, '')
  if (entry.shebang) text = `#!/usr/bin/env node\n${text}`
  built.push({ entry, text, assets: assets ?? {} })
}
rmSync(out, { recursive: true, force: true })
for (const { entry, text, assets } of built) {
  const dir = join(out, entry.name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.js'), text, { mode: entry.shebang ? 0o755 : 0o644 })
  for (const [file, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), asset.source)
  }
  console.log(`built ${join(out, entry.name, 'index.js')} (${Object.keys(assets).length} asset(s))`)
}
