#!/usr/bin/env node
// SPDX-License-Identifier: GPL-2.0-only
/**
 * Renders a board matrix to the HTML report and looks at it in headless Chromium, as a person
 * would: writes the page, its DOM as Chromium built it, and a screenshot per colour scheme.
 *
 *   node scripts/screenshot.mjs [matrix.json | --fleet N] [--out DIR] [--scheme light|dark|both]
 *                               [--size 1280,2000] [--open N] [--no-js] [--max-maps N] [--max-details N]
 *                               [--kernel LIST]
 *
 *   --fleet N      render a generated fleet of N boards (scripts/fleet.ts) instead of a file
 *   --kernel LIST  check these kernels instead of each board's (comma-separated, as check --kernel)
 *   --open N       open the first N layout sections in the screenshot copy (review aid; the
 *                  written report itself is untouched)
 *   --no-js        load the page with JavaScript disabled
 *
 * Needs Debian's `chromium` (/usr/bin/chromium, or $CHROMIUM). The helpers below are also
 * used by test/html/chromium.test.ts.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'

/** Flags for a quiet, offline, throw-away browser (no sync, no updates, no QUIC, no first-run UI). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--mute-audio',
]

/** Whether the Chromium binary is installed. */
export function chromiumAvailable() {
  return existsSync(CHROMIUM)
}

/**
 * Runs Chromium once with a fresh profile (removed afterwards) and returns its output.
 * On timeout the whole process group (the browser and its helpers) is killed.
 *
 * @param {string[]} args
 * @param {{ timeoutMs?: number, scheme?: 'light' | 'dark' }} [options]
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
export function runChromium(args, { timeoutMs = 120_000, scheme = 'light' } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'ck-chromium-'))
  // preferredColorScheme: 0 = dark, 1 = light (what prefers-color-scheme reports).
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, `--blink-settings=preferredColorScheme=${scheme === 'dark' ? 0 : 1}`, ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const out = []
  const err = []
  child.stdout.on('data', (b) => out.push(b))
  child.stderr.on('data', (b) => err.push(b))
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        /* already gone */
      }
    }, timeoutMs)
    child.on('error', (e) => {
      clearTimeout(timer)
      rmSync(profile, { recursive: true, force: true })
      reject(e)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      rmSync(profile, { recursive: true, force: true })
      resolvePromise({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') })
    })
  })
}

/**
 * The page to load: the file itself, or for `js === false` a copy whose CSP forbids every
 * script. Why not --blink-settings=scriptEnabled=false: headless --dump-dom and --screenshot
 * drive the page through script and produce nothing with it.
 */
function pageFor(file, js) {
  if (js !== false) return file
  const copy = file.replace(/(\.html?)?$/, '.nojs.html')
  writeFileSync(copy, readFileSync(file, 'utf8').replace(/<head>/i, `<head><meta http-equiv="Content-Security-Policy" content="script-src 'none'">`))
  return copy
}

/** The file:// URL of a page, with an optional #fragment. */
function pageUrl(file, hash) {
  return pathToFileURL(resolve(file)).href + (hash ? `#${hash}` : '')
}

/**
 * The DOM Chromium built for a page (after scripts ran), as serialised HTML, and Chromium's
 * log (console messages, CSP violations) in `stderr`.
 *
 * @param {string} file - an HTML file
 * @param {{ scheme?: 'light' | 'dark', js?: boolean, hash?: string, timeoutMs?: number }} [options]
 */
export async function dumpDom(file, options = {}) {
  const r = await runChromium(['--enable-logging=stderr', '--v=0', '--virtual-time-budget=10000', '--dump-dom', pageUrl(pageFor(file, options.js), options.hash)], options)
  if (!r.stdout.includes('</html>')) throw new Error(`chromium --dump-dom failed (exit ${r.code}): ${r.stderr.slice(-2000)}`)
  return r
}

/**
 * Screenshots a page at a window size.
 *
 * @param {string} file - an HTML file
 * @param {string} png - where to write the PNG
 * @param {{ scheme?: 'light' | 'dark', width?: number, height?: number, js?: boolean, hash?: string, timeoutMs?: number }} [options]
 */
export async function screenshot(file, png, { width = 1280, height = 2000, ...options } = {}) {
  rmSync(png, { force: true })
  const r = await runChromium([`--screenshot=${resolve(png)}`, `--window-size=${width},${height}`, '--virtual-time-budget=10000', pageUrl(pageFor(file, options.js), options.hash)], options)
  if (!existsSync(png)) throw new Error(`chromium --screenshot wrote nothing (exit ${r.code}): ${r.stderr.slice(-2000)}`)
  return png
}

/**
 * Loads a page with an emulated media type and colour scheme and hands `use` a function that
 * sends DevTools protocol commands to it, once its load event has fired: what `--dump-dom`
 * cannot do (the command line has no flag to lay a page out for print, nor to read the
 * accessibility tree). Talks the protocol over `--remote-debugging-pipe` (messages on fds 3
 * and 4, each ended by a NUL byte), so no port is opened and no package is needed.
 *
 * @template T
 * @param {string} file - an HTML file
 * @param {(call: (method: string, params?: object) => Promise<any>) => Promise<T>} use
 * @param {{ media?: 'screen' | 'print', scheme?: 'light' | 'dark', width?: number, height?: number, timeoutMs?: number }} [options]
 * @returns {Promise<T>}
 */
export async function withPage(file, use, { media = 'screen', scheme = 'light', width = 1280, height = 2000, timeoutMs = 120_000 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'ck-chromium-'))
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] })
  const err = []
  child.stderr.on('data', (b) => err.push(b))
  const [, , , toBrowser, fromBrowser] = child.stdio
  const waiting = new Map()
  const events = []
  let next = 0
  let buffer = ''
  fromBrowser.on('data', (b) => {
    buffer += b.toString('utf8')
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end))
      buffer = buffer.slice(end + 1)
      if (message.id !== undefined && waiting.has(message.id)) {
        waiting.get(message.id)(message)
        waiting.delete(message.id)
      } else events.push(message)
    }
  })
  const send = (method, params = {}, sessionId) =>
    new Promise((resolveCall, rejectCall) => {
      const id = ++next
      waiting.set(id, (m) => (m.error ? rejectCall(new Error(`${method}: ${m.error.message}`)) : resolveCall(m.result)))
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`)
    })
  const gone = new Promise((_, rejectGone) => child.on('close', (code) => rejectGone(new Error(`chromium exited (${code}): ${Buffer.concat(err).toString('utf8').slice(-2000)}`))))
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      /* already gone */
    }
  }, timeoutMs)
  const run = async () => {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' })
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true })
    const call = (method, params) => send(method, params, sessionId)
    await call('Page.enable')
    await call('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false })
    await call('Emulation.setEmulatedMedia', { media, features: [{ name: 'prefers-color-scheme', value: scheme }] })
    const loaded = events.length
    await call('Page.navigate', { url: pathToFileURL(resolve(file)).href })
    for (let i = 0; !events.slice(loaded).some((e) => e.method === 'Page.loadEventFired' && e.sessionId === sessionId); i++) await new Promise((r) => setTimeout(r, 50))
    return use(call)
  }
  try {
    return await Promise.race([run(), gone])
  } finally {
    clearTimeout(timer)
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      /* already gone */
    }
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('close', r)))
    rmSync(profile, { recursive: true, force: true })
  }
}

/**
 * What `expression` (JavaScript, run in the page after its load event) evaluates to, with the
 * page laid out for `media` (see withPage).
 *
 * @param {string} file - an HTML file
 * @param {string} expression - its value must be JSON-serialisable
 * @param {{ media?: 'screen' | 'print', scheme?: 'light' | 'dark', width?: number, height?: number, timeoutMs?: number }} [options]
 * @returns {Promise<unknown>}
 */
export function evaluateInPage(file, expression, options = {}) {
  return withPage(
    file,
    async (call) => {
      const { result, exceptionDetails } = await call('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })
      if (exceptionDetails) throw new Error(`the expression threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`)
      return result.value
    },
    options,
  )
}

/**
 * The accessible names Chromium computes for the elements of one role (`link`, `heading`…), in
 * tree order: what a screen reader announces.
 *
 * @param {string} file - an HTML file
 * @param {string} role - an ARIA role as Chromium's accessibility tree names it
 * @returns {Promise<string[]>}
 */
export function accessibleNames(file, role) {
  return withPage(file, async (call) => {
    const { nodes } = await call('Accessibility.getFullAXTree')
    return nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? '')
  })
}

/** Opens the first `n` layout sections of a page (a review aid for screenshots). */
export function openSections(html, n) {
  let left = n
  return html.replace(/<details class="layout/g, (m) => (left-- > 0 ? '<details open class="layout' : m))
}

/**
 * Fills `LayoutReport.devices` from the matrix when check() left it out, so the maps show each
 * device's DMA reach (a no-op once check() passes the devices through).
 */
async function addDevices(report, text) {
  if (report.layouts.some((l) => l.devices !== undefined)) return
  try {
    const { parseDocument } = await import('../src/matrix/parse.ts')
    const { decodeMatrix } = await import('../src/matrix/decode.ts')
    const decoded = decodeMatrix(parseDocument(text).value)
    const devices = new Map(decoded.layouts.map((l) => [`${l.boardId}\u0000${l.layoutName}`, l.layout.devices]))
    for (const l of report.layouts) {
      const d = devices.get(`${l.boardId}\u0000${l.layoutName}`)
      if (d?.length) l.devices = d
    }
  } catch {
    /* a matrix check() rejected: nothing to add */
  }
}

function parseArgs(argv) {
  const o = { input: 'examples/boards.json', fleet: 0, out: join(tmpdir(), 'crashkernel-check-screenshots'), scheme: 'both', size: [1280, 2000], open: 0, js: true, maxMaps: undefined, maxDetails: undefined, kernels: undefined }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const next = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} needs a value`)
      return v
    }
    if (a === '--fleet') o.fleet = Number(next())
    else if (a === '--out') o.out = next()
    else if (a === '--scheme') o.scheme = next()
    else if (a === '--size') o.size = next().split(',').map(Number)
    else if (a === '--open') o.open = Number(next())
    else if (a === '--no-js') o.js = false
    else if (a === '--max-maps') o.maxMaps = Number(next())
    else if (a === '--max-details') o.maxDetails = Number(next())
    else if (a === '--kernel') o.kernels = next().split(',').map((k) => k.trim()).filter(Boolean)
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`)
    else o.input = a
  }
  return o
}

async function main() {
  const o = parseArgs(process.argv.slice(2))
  if (!chromiumAvailable()) {
    console.error(`screenshot: ${CHROMIUM} not found; install Debian's chromium (apt-get install -y chromium) or set $CHROMIUM`)
    process.exitCode = 2
    return
  }
  // The renderer is TypeScript: load it through tsx.
  const { register } = await import('tsx/esm/api')
  register()
  const { check } = await import('../src/index.ts')
  const { renderHtml } = await import('../src/report/html/index.ts')
  const checkOptions = o.kernels ? { kernels: o.kernels } : {}
  let report
  let name
  if (o.fleet > 0) {
    const { generateFleet } = await import('./fleet.ts')
    name = `fleet-${o.fleet}`
    report = check(JSON.stringify(generateFleet(o.fleet)), `${name}.json`, checkOptions)
  } else {
    name = basename(o.input).replace(/\.[^.]*$/, '')
    report = check(readFileSync(o.input, 'utf8'), o.input, checkOptions)
  }
  await addDevices(report, o.fleet > 0 ? JSON.stringify((await import('./fleet.ts')).generateFleet(o.fleet)) : readFileSync(o.input, 'utf8'))
  const options = { ...(o.maxMaps !== undefined && { maxMaps: o.maxMaps }), ...(o.maxDetails !== undefined && { maxDetails: o.maxDetails }) }
  const html = renderHtml(report, options)
  mkdirSync(o.out, { recursive: true })
  const page = join(o.out, `${name}.html`)
  writeFileSync(page, html)
  let shown = page
  if (o.open > 0) {
    shown = join(o.out, `${name}.open${o.open}.html`)
    writeFileSync(shown, openSections(html, o.open))
  }
  console.log(`${page}  (${(html.length / 1024).toFixed(0)} KiB, ${report.layouts.length} layouts)`)
  const schemes = o.scheme === 'both' ? ['light', 'dark'] : [o.scheme]
  for (const scheme of schemes) {
    const png = join(o.out, `${name}${o.open > 0 ? `.open${o.open}` : ''}-${scheme}.png`)
    await screenshot(shown, png, { scheme, width: o.size[0], height: o.size[1], js: o.js })
    console.log(png)
  }
  const dom = await dumpDom(shown, { js: o.js })
  writeFileSync(join(o.out, `${name}.dom.html`), dom.stdout)
  console.log(join(o.out, `${name}.dom.html`))
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(`screenshot: ${e instanceof Error ? e.message : String(e)}`)
    process.exitCode = 2
  })
}
