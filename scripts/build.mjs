// SPDX-License-Identifier: GPL-2.0-only
/**
 * Bundles the action, the CLI and the library with @vercel/ncc into single ESM files:
 *   dist/action/index.js  (action.yml `main`)
 *   dist/cli/index.js     (package.json `bin`)
 *   dist/lib/index.js     (package.json `exports`: what `import … from 'crashkernel-check'`
 *                          loads in plain Node, which cannot run the TypeScript in src/)
 * and the library's declarations with the TypeScript compiler:
 *   dist/lib/types/       (package.json `types`: a consumer type-checks these .d.ts files,
 *                          which its skipLibCheck covers, instead of our src/*.ts, which
 *                          its own compiler options would check: a lower target or
 *                          stricter flags than ours gave errors inside the package)
 * `node scripts/build.mjs --out <dir>` writes elsewhere (.ci/run compares a fresh build with
 * the committed dist/). The output must not depend on the checkout's location or the
 * clock, so a fresh clone rebuilds dist/ byte for byte.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const require = createRequire(import.meta.url)
const ncc = require('@vercel/ncc')
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const USAGE = 'usage: node scripts/build.mjs [--out <dir>]   (default: dist/ of the repository)'
const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}
// Anything else is refused before dist/ is touched (a mistyped --help once rebuilt dist/).
if (!(args.length === 0 || (args.length === 2 && args[0] === '--out' && args[1] !== ''))) {
  console.error(`unexpected arguments: ${args.join(' ')}\n${USAGE}`)
  process.exit(2)
}
const out = args.length === 2 ? resolve(args[1]) : join(root, 'dist')

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
const declarations = emitDeclarations()
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
for (const [file, text] of declarations) {
  const path = join(out, 'lib', 'types', file)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}
console.log(`built ${join(out, 'lib', 'types')} (${declarations.size} declaration file(s))`)

/**
 * The .d.ts files of src/index.ts and everything it reaches, by path relative to src/, with
 * the project's own compiler options. tsc does not copy declaration files it reads (the
 * generated src/matrix/generated/board-matrix.d.ts), so those are added as they are.
 */
function emitDeclarations() {
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail([d]) }
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, host)
  if (!config) fail([])
  const src = join(root, 'src')
  const options = { ...config.options, noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: join(root, '.declarations'), rootDir: src }
  const program = ts.createProgram([join(src, 'index.ts')], options)
  const files = new Map()
  const diagnostics = [...ts.getPreEmitDiagnostics(program)]
  const result = program.emit(undefined, (path, text) => files.set(relative(options.outDir, path).split('\\').join('/'), text))
  diagnostics.push(...result.diagnostics)
  if (diagnostics.length > 0) fail(diagnostics)
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile && !relative(src, file.fileName).startsWith('..')) {
      files.set(relative(src, file.fileName).split('\\').join('/'), readFileSync(file.fileName, 'utf8'))
    }
  }
  // Sorted, so the order of the log and of the writes does not depend on the compiler's.
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

function fail(diagnostics) {
  const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' })
  console.error(`declarations of src/index.ts failed:\n${text.slice(0, 4000)}`)
  process.exit(1)
}
