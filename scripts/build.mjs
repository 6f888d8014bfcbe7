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
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
// The compiler and the bundler are dev dependencies: without them (a clone before `npm ci`)
// say so in one line rather than with a module loader's stack.
let ts, ncc
try {
  ts = (await import('typescript')).default
  ncc = require('@vercel/ncc')
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' && error?.code !== 'MODULE_NOT_FOUND') throw error
  console.error(`build: ${String(error.message).split('\n')[0]}: install the dev dependencies first (npm ci)`)
  process.exit(1)
}
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

/** A failure of the build itself, reported as its message alone. */
class BuildError extends Error {}

/** ncc's errors carry its own minified source in the stack: keep the message only. */
async function bundle(input, options) {
  try {
    return await ncc(input, options)
  } catch (error) {
    throw new BuildError(`ncc failed for ${relative(root, input)}:\n${String(error?.message ?? error).slice(0, 4000)}`)
  }
}

// ncc names the bundled modules by their path from the working directory: build from the
// root, so the output is the same whichever directory the script is started from.
process.chdir(root)
// The compiler's JavaScript goes here for ncc to bundle. The path shows in the bundles'
// module comments, so it is fixed (and gitignored), never a random temporary directory.
const stage = join(root, '.build')
rmSync(stage, { recursive: true, force: true })
let built, declarations
try {
  declarations = compile()
  // Bundle everything first, then replace the output: a failed build leaves dist/ untouched.
  built = []
  for (const entry of entries) {
    const { code, assets } = await bundle(join(stage, entry.input.replace(/\.ts$/, '.js')), {
      cache: false,
      minify: false,
      sourceMap: false,
      quiet: true,
      // Keep the bundle independent of where the repository is checked out.
      sourceMapRegister: false,
      // The bundled packages' licence texts (MIT, ISC, Apache-2.0 …), which their terms ask to
      // be kept with copies: written beside each bundle as licenses.txt.
      license: 'licenses.txt',
    })
    let text = code.replace(/^#!.*\n/, '')
    if (entry.shebang) text = `#!/usr/bin/env node\n${text}`
    built.push({ entry, text, assets: assets ?? {} })
  }
} catch (error) {
  if (!(error instanceof BuildError)) throw error
  console.error(error.message)
  process.exitCode = 1
} finally {
  rmSync(stage, { recursive: true, force: true })
}
if (process.exitCode === 1) process.exit()
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
 * One compiler pass over the three entries with the project's own options: it type-checks
 * (any diagnostic fails the build), writes plain JavaScript under .build/ for ncc, and
 * returns the library's declarations. ncc type-checked each bundle itself before, three
 * passes over mostly the same files: about 60 s and 2.7 GB, where this takes about a
 * third of the time and a quarter of the memory.
 *
 * The declarations are those of src/index.ts and every file it imports, directly or not
 * (not the CLI's or the action's), by path relative to src/. tsc does not copy declaration
 * files it reads (the generated src/matrix/generated/*.d.ts), so those are added as they are;
 * nor other files that are not TypeScript (the generated validator, a .cjs), so those are
 * copied beside the JavaScript for ncc to find.
 */
function compile() {
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail([d]) }
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, host)
  if (!config) fail([])
  const src = join(root, 'src')
  const outDir = join(stage, 'src')
  const options = { ...config.options, noEmit: false, declaration: true, outDir, rootDir: src }
  const program = ts.createProgram(
    entries.map((entry) => join(root, entry.input)),
    options,
  )
  const diagnostics = [...ts.getPreEmitDiagnostics(program)]
  if (diagnostics.length > 0) fail(diagnostics)
  const typings = new Map()
  const result = program.emit(undefined, (path, text) => {
    if (/\.d\.[cm]?ts$/.test(path)) typings.set(relative(outDir, path).split('\\').join('/'), text)
    else {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, text)
    }
  })
  if (result.diagnostics.length > 0) fail([...result.diagnostics])
  for (const file of program.getSourceFiles()) {
    const path = relative(src, file.fileName)
    if (path.startsWith('..')) continue
    if (file.isDeclarationFile) typings.set(path.split('\\').join('/'), file.text)
  }
  for (const path of listFiles(src)) {
    if (!/\.(ts|cts|mts)$/.test(path)) {
      mkdirSync(dirname(join(outDir, path)), { recursive: true })
      writeFileSync(join(outDir, path), readFileSync(join(src, path)))
    }
  }
  const library = reachable(join(src, 'index.ts'), options, src)
  const files = new Map()
  for (const path of library) {
    const typing = path.replace(/\.ts$/, '.d.ts').replace(/\.d\.d\.ts$/, '.d.ts')
    if (!typings.has(typing)) fail([], `no declarations for src/${path}`)
    files.set(typing, typings.get(typing))
  }
  // Sorted, so the order of the log and of the writes does not depend on the compiler's.
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** The files under `src` that `entry` imports, directly or not (itself included), relative to `src`. */
function reachable(entry, options, src) {
  const seen = new Set([entry])
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop()
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule
      const target = resolved?.resolvedFileName
      if (target === undefined || relative(src, target).startsWith('..') || seen.has(target)) continue
      seen.add(target)
      queue.push(target)
    }
  }
  return [...seen].map((file) => relative(src, file).split('\\').join('/'))
}

/** Every file under `dir`, relative to it. */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)))
}

function fail(diagnostics, message = '') {
  const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' })
  throw new BuildError(`the TypeScript compiler failed:\n${message}${text.slice(0, 4000)}`)
}
