// SPDX-License-Identifier: GPL-2.0-only
/**
 * The HTML report as a person sees it: rendered by headless Chromium (Debian's `chromium`),
 * checked on the DOM Chromium built, measured by a probe script (contrast, labels inside and
 * clear of each other), and screenshotted in light and dark mode.
 *
 * Skips, saying why, when /usr/bin/chromium (or $CHROMIUM) is not installed.
 * Screenshots go to $CK_SCREENSHOT_DIR (default: <tmpdir>/crashkernel-check-screenshots).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { accessibleNames, CHROMIUM, chromiumAvailable, dumpDom, evaluateInPage, openSections, screenshot, withPage } from '../../scripts/screenshot.mjs'
import { generateFleet } from '../../scripts/fleet.js'
import { check, type Report } from '../../src/index.js'
import { renderHtml } from '../../src/report/html/index.js'
import { layout, outcomesReport, sim, SZ_1G } from './fixtures.js'

const HAVE_CHROMIUM: boolean = chromiumAvailable()
const OUT = process.env.CK_SCREENSHOT_DIR ?? join(tmpdir(), 'crashkernel-check-screenshots')
const TIMEOUT = 240_000

type Scheme = 'light' | 'dark'
interface Probe {
  details: number
  open: number
  svgs: number
  svgSizes: Array<[number, number]>
  textOutside: unknown[]
  overlaps: unknown[]
  contrast: Array<{ what: string; ratio: number }>
  gridRows: number
  gridVisible: boolean
  /** Each grid row's board label: the id's and the RAM variant's rendered widths, in px. */
  labels: Array<{ id: string; idWidth: number; variantWidth: number }>
  /** The kernel override's line, when the page has one: its text, height and top, and the totals' top, in px. */
  override: { text: string; height: number; top: number; totalsTop: number } | null
}

/**
 * Measures the page after layout. Contrast counts opacity: text in a faded element is
 * blended with what is behind it. Runs in the page; the copy it is added to has no CSP (the
 * real page's CSP would, rightly, block it). Opens up to `limit` sections first.
 */
const PROBE = (limit: number) => `<script>(function(){
function rgb(c){var m=c.match(/[\\d.]+/g)||[];return m.slice(0,4).map(Number)}
function lum(c){var v=rgb(c).slice(0,3).map(function(x){x/=255;return x<=0.03928?x/12.92:Math.pow((x+0.055)/1.055,2.4)});return 0.2126*v[0]+0.7152*v[1]+0.0722*v[2]}
function ratio(a,b){var x=lum(a),y=lum(b);return (Math.max(x,y)+0.05)/(Math.min(x,y)+0.05)}
function bg(el){for(;el;el=el.parentElement){var c=getComputedStyle(el).backgroundColor;var a=rgb(c);if(a.length<4||a[3]>0)return c}return getComputedStyle(document.documentElement).backgroundColor}
var out={contrast:[],textOutside:[],overlaps:[]};
var ds=[].slice.call(document.querySelectorAll('details.layout'));out.details=ds.length;
ds.slice(0,${limit}).forEach(function(d){d.open=true});out.open=ds.filter(function(d){return d.open}).length;
var rows=document.querySelectorAll('table.grid tbody tr');out.gridRows=rows.length;out.gridVisible=rows.length>0&&rows[0].getBoundingClientRect().height>0;
var ov=document.querySelector('.override');out.override=ov?{text:ov.textContent,height:Math.round(ov.getBoundingClientRect().height),top:Math.round(ov.getBoundingClientRect().top),totalsTop:Math.round(document.querySelector('.totals').getBoundingClientRect().top)}:null;
out.labels=[].slice.call(document.querySelectorAll('table.grid th.b .bi'),0,200).map(function(b){var i=b.querySelector('.id'),v=b.querySelector('.v');return {id:i.textContent,idWidth:Math.round(i.getBoundingClientRect().width),variantWidth:v?Math.round(v.getBoundingClientRect().width):0}});
function alpha(el){var a=1;for(;el;el=el.parentElement)a*=Number(getComputedStyle(el).opacity);return a}
function faded(c,b,a){var x=rgb(c),y=rgb(b);return 'rgb('+[0,1,2].map(function(i){return x[i]*a+y[i]*(1-a)}).join(',')+')'}
function html(sel,what){[].slice.call(document.querySelectorAll(sel),0,200).forEach(function(e){if(!e.getClientRects().length)return;var b=bg(e);out.contrast.push({what:what+' '+e.className,ratio:ratio(faded(getComputedStyle(e).color,b,alpha(e)),b)})})}
html('.st','status');html('.fc','badge');html('.note','note');html('ul.findings .msg','message');html('ul.findings .loc','location');html('ul.findings .sugg','suggestion');html('ul.findings .sev','severity');html('a.rule','rule link');html('dl.facts dt','fact');html('.grid th.b .v','variant');html('h1','title');html('.override','override');html('.override code','override kernel');
var svgs=[].slice.call(document.querySelectorAll('svg.mm')).filter(function(s){return s.getClientRects().length});out.svgs=svgs.length;
out.svgSizes=svgs.map(function(s){var r=s.getBoundingClientRect();return [Math.round(r.width),Math.round(r.height)]});
var page=getComputedStyle(document.documentElement).backgroundColor;
svgs.forEach(function(s){var vb=s.viewBox.baseVal;var boxes=[];
[].slice.call(s.querySelectorAll('text')).forEach(function(t){var b=t.getBBox();if(!b.width)return;
if(b.x<-0.5||b.x+b.width>vb.width+0.5||b.y<-0.5||b.y+b.height>vb.height+0.5)out.textOutside.push([s.id,t.textContent,b.x,b.width]);
boxes.push([t,b]);
var fill=getComputedStyle(t).fill;var under=page;
if(/\\bin\\b/.test(t.getAttribute('class')||'')){var x=b.x+b.width/2,y=b.y+b.height/2;[].slice.call(s.querySelectorAll('rect')).forEach(function(r){var rb=r.getBBox();if(x>=rb.x&&x<=rb.x+rb.width&&y>=rb.y&&y<=rb.y+rb.height&&getComputedStyle(r).fill.indexOf('rgb')===0)under=getComputedStyle(r).fill})}
out.contrast.push({what:'svg '+(t.getAttribute('class')||'text')+' '+t.textContent,ratio:ratio(fill,under)})});
for(var i=0;i<boxes.length;i++)for(var j=i+1;j<boxes.length;j++){var a=boxes[i][1],b=boxes[j][1];var w=Math.min(a.x+a.width,b.x+b.width)-Math.max(a.x,b.x),h=Math.min(a.y+a.height,b.y+b.height)-Math.max(a.y,b.y);if(w>1&&h>1)out.overlaps.push([s.id,boxes[i][0].textContent,boxes[j][0].textContent])}});
var p=document.createElement('pre');p.id='probe';p.textContent=JSON.stringify(out);document.body.appendChild(p)})();</script>`

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
}

async function probe(page: string, scheme: Scheme, limit: number): Promise<Probe> {
  const html = readFileSync(page, 'utf8')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace('</body>', `${PROBE(limit)}</body>`)
  const copy = page.replace(/\.html$/, `.probe-${scheme}.html`)
  writeFileSync(copy, html)
  const { stdout } = await dumpDom(copy, { scheme })
  const m = /<pre id="probe">([\s\S]*?)<\/pre>/.exec(stdout)
  if (!m) throw new Error('the probe did not run')
  return JSON.parse(decode(m[1]!)) as Probe
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file)
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [b.readUInt32BE(16), b.readUInt32BE(20)]
}

function expectReadable(p: Probe, scheme: Scheme) {
  const low = p.contrast.filter((c) => c.ratio < 4.5).map((c) => `${scheme}: ${c.what} ${c.ratio.toFixed(2)}`)
  expect(low).toEqual([])
  expect(p.textOutside).toEqual([])
  expect(p.overlaps).toEqual([])
}

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length

describe.skipIf(!HAVE_CHROMIUM)(`HTML report in headless Chromium (${CHROMIUM})`, () => {
  let examples: Report
  let examplesPage: string

  beforeAll(() => {
    mkdirSync(OUT, { recursive: true })
    examples = check(readFileSync('examples/boards.json', 'utf8'), 'examples/boards.json')
    examplesPage = join(OUT, 'examples.html')
    writeFileSync(examplesPage, renderHtml(examples))
  })

  it('examples/boards.json: the DOM Chromium builds has the grid, every section and every map; no CSP violation', async () => {
    const { stdout, stderr } = await dumpDom(examplesPage)
    expect(count(stdout, /<tr class="[^"]*"><th class="b" scope="row"/g)).toBe(13)
    expect(count(stdout, /<a class="st s-[a-z-]+( p)?( hf)?( fe)?" href="#L\d+"/g)).toBe(examples.layouts.length)
    expect(count(stdout, /<details class="layout/g)).toBe(examples.layouts.length)
    expect(count(stdout, /<svg class="mm"/g)).toBe(examples.layouts.length)
    expect(count(stdout, /<rect class="crash crash-main"/g)).toBe(examples.layouts.length)
    expect(count(stdout, /<g class="vl v4g">/g)).toBe(examples.layouts.length)
    expect(stderr).not.toMatch(/violates the following Content Security Policy|Uncaught/)
  }, TIMEOUT)

  it('a grid link opens its section with JavaScript; without it every section and map is still there', async () => {
    const { stdout: on } = await dumpDom(examplesPage, { hash: 'L16' })
    expect(on).toMatch(/<details class="layout[^"]*" id="L16" open="">/)
    expect(count(on, /<details class="layout[^"]*" id="L\d+" open="">/g)).toBe(1)
    const { stdout: off } = await dumpDom(examplesPage, { hash: 'L16', js: false })
    expect(off).not.toMatch(/id="L16" open=""/)
    expect(count(off, /<svg class="mm"/g)).toBe(examples.layouts.length)
    expect(count(off, /<input type="radio" name="show"/g)).toBeGreaterThanOrEqual(3)
  }, TIMEOUT)

  it('a layout section shows a disclosure triangle, turned when open, that a screen reader does not read; none on paper', async () => {
    const MARKER = `(() => {
      const d = document.querySelector('details.layout'), s = d.querySelector('summary')
      const marker = () => getComputedStyle(s, '::before').content
      // The triangle's room: the status chip starts past the summary's padding (.7rem) and the triangle.
      const look = () => ({ marker: marker(), inset: Math.round(s.querySelector('.st').getBoundingClientRect().left - s.getBoundingClientRect().left), height: Math.round(s.getBoundingClientRect().height) })
      const closed = look()
      d.open = true
      return { closed, open: look() }
    })()`
    type Look = { marker: string; inset: number; height: number }
    for (const width of [1280, 390]) {
      const { closed, open } = (await evaluateInPage(examplesPage, MARKER, { width, height: 1000 })) as { closed: Look; open: Look }
      expect(closed.marker).toMatch(/^"\u25B8"/)
      expect(open.marker).toMatch(/^"\u25BE"/)
      expect(closed.inset).toBeGreaterThanOrEqual(18)
      expect(open.inset).toBe(closed.inset)
      // The summary keeps its layout: one line on a desktop (rpi4 1G/5.10 and its outcome), the same open or closed.
      if (width === 1280) expect(closed.height).toBeLessThan(40)
      // Open adds the summary's 1px bottom border, nothing else.
      expect(open.height).toBe(closed.height + 1)
    }
    const { closed: paper } = (await evaluateInPage(examplesPage, MARKER, { media: 'print' })) as { closed: Look }
    expect(paper.marker).toBe('none')
    // Its alternative text is empty: the summary's name starts with the status, as before.
    const names = await accessibleNames(examplesPage, 'DisclosureTriangle')
    expect(names).toHaveLength(examples.layouts.length)
    expect(names.filter((n) => !n.startsWith('\u2713 reserved '))).toEqual([])
  }, TIMEOUT)

  it('a filter hides a grid cell with the section it links to: no cell left shown links to a hidden section', async () => {
    const FILTERED = `(() => {
      const shown = (e) => e.checkVisibility({ visibilityProperty: true })
      return [...document.querySelectorAll('input[name=show]')].map((input) => {
        input.click()
        const cells = [...document.querySelectorAll('.grid td .st')]
        return {
          filter: input.id,
          count: Number(input.nextElementSibling.querySelector('.n').textContent.replace(/\\D/g, '')),
          cells: cells.filter(shown).length,
          sections: [...document.querySelectorAll('details.layout')].filter(shown).length,
          // A cell shown whose section is hidden (a link that opens nothing), or the other way round.
          mismatched: cells.filter((a) => shown(a) !== shown(document.getElementById(a.hash.slice(1)))).map((a) => a.hash),
        }
      })
    })()`
    type Filtered = { filter: string; count: number; cells: number; sections: number; mismatched: string[] }
    const outcomes = join(OUT, 'outcomes.html')
    writeFileSync(outcomes, renderHtml(outcomesReport()))
    for (const [page, filters] of [[examplesPage, 4], [outcomes, 10]] as const) {
      const got = (await evaluateInPage(page, FILTERED)) as Filtered[]
      expect(got.map((f) => f.filter)).toHaveLength(filters)
      // What a filter shows is what its count says: that many cells and sections, and they match.
      for (const f of got) expect(f).toEqual({ filter: f.filter, count: f.count, cells: f.count, sections: f.count, mismatched: [] })
    }
  }, TIMEOUT)

  for (const scheme of ['light', 'dark'] as const) {
    it(`examples/boards.json is readable in ${scheme} mode (contrast ≥ 4.5, labels inside their map and apart) and screenshotted`, async () => {
      const p = await probe(examplesPage, scheme, 1000)
      expect(p.details).toBe(examples.layouts.length)
      expect(p.svgs).toBe(examples.layouts.length)
      for (const [w, h] of p.svgSizes) {
        expect(w).toBeGreaterThanOrEqual(600)
        expect(h).toBeGreaterThanOrEqual(120)
      }
      expect(p.gridVisible).toBe(true)
      expectReadable(p, scheme)
      const png = await screenshot(examplesPage, join(OUT, `examples-${scheme}.png`), { scheme, width: 1280, height: 2000 })
      expect(pngSize(png)).toEqual([1280, 2000])
      expect(statSync(png).size).toBeGreaterThan(30_000)
      const opened = join(OUT, 'examples.open.html')
      writeFileSync(opened, openSections(readFileSync(examplesPage, 'utf8'), 3))
      const png2 = await screenshot(opened, join(OUT, `examples-open-${scheme}.png`), { scheme, width: 1280, height: 2000 })
      expect(statSync(png2).size).toBeGreaterThan(30_000)
    }, TIMEOUT)
  }

  it('a kernel override is said in a visible, readable line above the totals, in both schemes, and screenshotted', async () => {
    const page = join(OUT, 'examples-kernel-override.html')
    writeFileSync(page, renderHtml(check(readFileSync('examples/boards.json', 'utf8'), 'examples/boards.json', { kernels: ['6.12', '7.2'] })))
    for (const scheme of ['light', 'dark'] as const) {
      const p = await probe(page, scheme, 0)
      expect(p.override).toMatchObject({ text: "Kernels checked: 6.12, 7.2, instead of each board's kernels." })
      expect(p.override!.height).toBeGreaterThan(10)
      expect(p.override!.top + p.override!.height).toBeLessThanOrEqual(p.override!.totalsTop)
      expect(p.contrast.filter((c) => c.what.startsWith('override')).length).toBeGreaterThanOrEqual(3)
      expectReadable(p, scheme)
      const png = await screenshot(page, join(OUT, `examples-kernel-override-${scheme}.png`), { scheme, width: 1280, height: 1000 })
      expect(pngSize(png)).toEqual([1280, 1000])
    }
    expect((await probe(examplesPage, 'light', 0)).override).toBeNull()
  }, TIMEOUT)

  it('a suppressed finding and its reason stay readable in both schemes (contrast counts opacity)', async () => {
    const board = { id: 'accepted', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=900M', suppress: [{ rule: 'CK001', reason: 'the lab boards never take a dump' }] }
    const r = check(JSON.stringify({ version: 1, boards: [board] }, null, 2), 'suppressed.json', { suggest: false })
    expect(r.findings.filter((f) => f.suppressed)).toHaveLength(1)
    const page = join(OUT, 'suppressed.html')
    writeFileSync(page, openSections(renderHtml(r), 1))
    for (const scheme of ['light', 'dark'] as const) {
      const p = await probe(page, scheme, 1)
      expect(p.contrast.filter((c) => c.what === 'location loc mono').length).toBe(1)
      expect(p.contrast.filter((c) => c.what === 'location loc').length).toBe(1)
      expectReadable(p, scheme)
    }
  }, TIMEOUT)

  it('a finding badge in the grid does not make the page scroll sideways on a phone: its hidden word stays inside the grid\'s scroll box', async () => {
    // examples/boards.json has one badge (ampere-altra, 6.1), in a column past a phone's edge.
    expect(count(readFileSync(examplesPage, 'utf8'), /<table class="grid">[\s\S]*?<span class="fc /g)).toBeGreaterThan(0)
    const [scroll, inner, grid] = (await evaluateInPage(examplesPage, "[document.documentElement.scrollWidth, innerWidth, document.querySelector('.gridwrap').scrollWidth > document.querySelector('.gridwrap').clientWidth]", { width: 390, height: 1200 })) as [number, number, boolean]
    // The grid itself is wider than the phone and scrolls in its box; the page does not.
    expect(grid).toBe(true)
    expect(scroll).toBe(inner)
  }, TIMEOUT)

  it('a screen reader hears what the finding badges count, not bare numbers (their colour is all that tells an error from a note)', async () => {
    const board = { id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['7.2'], cmdline: 'crashkernel=256M crashkernel=7G,cma' }
    const r = check(JSON.stringify({ version: 1, boards: [board] }, null, 2), 'badges.json', { suggest: false })
    expect(r.counts).toMatchObject({ warning: 1, note: 1 })
    const page = join(OUT, 'badges.html')
    writeFileSync(page, renderHtml(r))
    const cells = (await accessibleNames(page, 'link')).filter((n) => /reserved/.test(n))
    expect(cells).toEqual(['\u2713 reserved 1 warning 1 note'])
    // The words are for the ear: on screen the badges still show the number alone.
    const shown = (await evaluateInPage(page, "[...document.querySelectorAll('.grid .fc')].map((b) => [b.firstChild.textContent, Math.round(b.getBoundingClientRect().width), b.querySelector('.vh').getBoundingClientRect().width])")) as Array<[string, number, number]>
    expect(shown.map(([t]) => t)).toEqual(['1', '1'])
    for (const [, badge, word] of shown) {
      expect(badge).toBeLessThan(30)
      expect(word).toBeLessThanOrEqual(1)
    }
  }, TIMEOUT)

  it('a screen reader\'s list of headings names the layout of each section\'s findings; on screen the heading still reads "Findings"', async () => {
    const page = join(OUT, 'examples-open.html')
    writeFileSync(page, openSections(readFileSync(examplesPage, 'utf8'), 1000))
    const headings = (await accessibleNames(page, 'heading')).filter((n) => /^Findings( for |$)/.test(n))
    expect(headings).toHaveLength(examples.layouts.length)
    expect(headings.slice(0, 2)).toEqual(['Findings for rpi4 1G/5.10', 'Findings for rpi4 1G/6.1'])
    expect(new Set(headings).size).toBe(headings.length)
    // The layout's name takes no room: the heading is as wide as the word.
    const shown = (await evaluateInPage(page, "[...new Set([...document.querySelectorAll('details.layout h3')].map((h) => { const r = document.createRange(); r.selectNodeContents(h.firstChild); return [h.firstChild.textContent, Math.round(h.querySelector('.vh').getBoundingClientRect().width), Math.round(r.getBoundingClientRect().height), Math.round(h.getBoundingClientRect().height)].join(' ') }))]")) as string[]
    expect(shown).toHaveLength(1)
    const [word, vhWidth, textHeight, headingHeight] = shown[0]!.split(' ')
    expect(word).toBe('Findings')
    expect(Number(vhWidth)).toBeLessThanOrEqual(1)
    // One line: the hidden name does not wrap the heading.
    expect(Number(headingHeight)).toBeLessThan(Number(textHeight) * 1.6)
  }, TIMEOUT)

  it('a grid cell\'s colour fills its row when the board label takes two lines (file name above the id)', async () => {
    const r = outcomesReport()
    // A second layout in vm 1G's 6.12 column: a cell with two statuses side by side.
    r.layouts.splice(1, 0, layout('vm', '1G/6.12-rt', sim({ crashkernel: { kind: 'failed', size: 2n * SZ_1G, reason: 'no-room', searched: [] } })))
    r.files = ['m.json', 'other.json']
    const page = join(OUT, 'two-line-rows.html')
    writeFileSync(page, renderHtml(r))
    expect(readFileSync(page, 'utf8')).toContain('<span class="file">m.json</span>')
    expect(readFileSync(page, 'utf8')).toContain('<div class="cell">')
    // Per status: the row's height, and the largest gap above or below its colour (the row's 1px bottom border aside).
    const GAPS = `[...document.querySelectorAll('.grid td .st')].map((st) => { const td = st.closest('td').getBoundingClientRect(), s = st.getBoundingClientRect(); return [Math.round(td.height), Math.round(Math.max(s.top - td.top, td.bottom - 1 - s.bottom) * 10) / 10] })`
    for (const width of [1280, 390]) {
      const gaps = (await evaluateInPage(page, GAPS, { width, height: 900 })) as Array<[number, number]>
      expect(gaps).toHaveLength(8)
      // Two lines: the file name and the id.
      for (const [height] of gaps) expect(height).toBeGreaterThan(35)
      expect(gaps.map(([, gap]) => gap)).toEqual(gaps.map(() => 0))
    }
  }, TIMEOUT)

  it('a grid row names its board however long its RAM variant\'s name: both are cut, neither disappears', async () => {
    const variant = (name: string) => ({ name, memory: [{ base: '0x40000000', size: '4G' }] })
    const matrix = {
      version: 1,
      boards: [
        { id: 'cm4-io-board', extends: 'qemu-virt-arm64', kernels: ['6.12'], ram: [variant('8 GB LPDDR4-3200, Compute Module 4 on the IO board, rev 1.1, eMMC 32 GB'), variant('4G')] },
        { id: `long-board-id-${'x'.repeat(60)}`, extends: 'qemu-virt-arm64', kernels: ['6.12'], ram: [variant('2G')] },
      ],
    }
    const page = join(OUT, 'long-labels.html')
    writeFileSync(page, renderHtml(check(JSON.stringify(matrix), 'long-labels.json')))
    const { labels } = await probe(page, 'light', 0)
    expect(labels.map((l) => l.id)).toEqual(['cm4-io-board', 'cm4-io-board', matrix.boards[1]!.id])
    // 12.5px text: 40px is five or six characters, enough to tell boards apart.
    for (const l of labels) expect(l.idWidth).toBeGreaterThanOrEqual(40)
    // A short variant (4G, 2G) is not cut; a long one is, but keeps some of its name.
    expect(labels[1]!.variantWidth).toBeGreaterThan(0)
    expect(labels[2]!.variantWidth).toBeGreaterThan(0)
    expect(labels[0]!.variantWidth).toBeGreaterThanOrEqual(40)
    // The whole "board variant" is still in the row header's tooltip.
    expect(readFileSync(page, 'utf8')).toContain(`title="cm4-io-board ${matrix.boards[0]!.ram[0]!.name}"`)
  }, TIMEOUT)

  it('prints whole, from either colour scheme: the entire grid, every finding of a problem layout with its kernel lines, dark text on paper', async () => {
    const fleet = check(JSON.stringify(generateFleet(200)), 'fleet-200.json', { suggest: false })
    // One finding with more kernel lines than a screen's 24rem box shows.
    const long = fleet.findings.find((f) => f.layoutName !== undefined)!
    long.evidence = Array.from({ length: 60 }, (_, i) => ({ level: 'info' as const, source: 'crashkernel', text: `line ${i + 1} of the kernel's messages` }))
    const page = join(OUT, 'fleet-200-print.html')
    writeFileSync(page, renderHtml(fleet))
    const PRINTED = `(() => {
      const visible = (e) => e.checkVisibility()
      const g = document.querySelector('.gridwrap'), rows = [...document.querySelectorAll('table.grid tbody tr')], last = rows[rows.length - 1]
      const lis = [...document.querySelectorAll('details.layout ul.findings li')]
      const ev = [...document.querySelectorAll('details.layout pre.ev')].filter(visible)
      return {
        rows: rows.length,
        lastRowInside: last.getBoundingClientRect().bottom <= g.getBoundingClientRect().bottom + 1,
        findings: lis.length,
        findingsShown: lis.filter(visible).length,
        quietShown: [...document.querySelectorAll('details.layout:not(.p) .detail')].filter(visible).length,
        evidenceCut: ev.filter((p) => p.scrollHeight > p.clientHeight + 1).length,
        evidenceLines: ev.map((p) => p.textContent.split('\\n').length),
        color: getComputedStyle(document.body).color,
      }
    })()`
    type Printed = { rows: number; lastRowInside: boolean; findings: number; findingsShown: number; quietShown: number; evidenceCut: number; evidenceLines: number[]; color: string }
    const inLayouts = fleet.findings.filter((f) => f.layoutName !== undefined).length
    expect(inLayouts).toBeGreaterThan(20)
    for (const scheme of ['light', 'dark'] as const) {
      const p = (await evaluateInPage(page, PRINTED, { media: 'print', scheme })) as Printed
      expect(p.rows).toBeGreaterThan(200)
      expect(p.lastRowInside).toBe(true)
      expect(p.findings).toBe(inLayouts)
      expect(p.findingsShown).toBe(inLayouts)
      // Layouts without findings or a problem outcome print their summary line only.
      expect(p.quietShown).toBe(0)
      expect(p.evidenceLines).toContain(60)
      expect(p.evidenceCut).toBe(0)
      // Body text on white paper (backgrounds do not print): the light palette's #1f2328.
      expect(p.color).toBe('rgb(31, 35, 40)')
    }
    // On screen nothing changes: the grid scrolls in its box, sections stay closed, dark stays dark.
    const screen = (await evaluateInPage(page, PRINTED, { media: 'screen', scheme: 'dark' })) as Printed
    expect(screen.lastRowInside).toBe(false)
    expect(screen.findingsShown).toBe(0)
    expect(screen.color).toBe('rgb(230, 237, 243)')
  }, TIMEOUT)

  it('an opened section fits the window, down to a phone\'s, however long its board id, RAM variant and command line run without a break', async () => {
    const board = { id: `long-${'b'.repeat(150)}`, extends: 'qemu-virt-arm64', kernels: ['6.12'], ram: [{ name: 'V'.repeat(200), memory: [{ base: '0x40000000', size: '1G' }] }], cmdline: `crashkernel=900M console=ttyAMA0 ${'x'.repeat(2000)}` }
    const r = check(JSON.stringify({ version: 1, boards: [board] }, null, 2), 'long.json')
    expect(r.findings.filter((f) => f.ruleId === 'CK001')).toHaveLength(1)
    const page = join(OUT, 'long-section.html')
    // The regions table open too: five columns, two of 0x%016x addresses.
    writeFileSync(page, openSections(renderHtml(r), 1).replace('<details class="more">', '<details open class="more">'))
    // A desktop, a tablet, a phone: the page never scrolls sideways (wide tables scroll in place).
    for (const width of [1280, 600, 390]) {
      const [scroll, inner, map] = (await evaluateInPage(page, "[document.documentElement.scrollWidth, innerWidth, document.querySelector('svg.mm').getBoundingClientRect().width]", { width, height: 1200 })) as [number, number, number]
      expect(scroll).toBeLessThanOrEqual(inner)
      // The memory map keeps at least 40rem (its 11px labels at 8.9px or more), scrolling in its own box on a phone.
      expect(map).toBeGreaterThanOrEqual(640)
    }
  }, TIMEOUT)

  it('a keyboard gets past the grid in a few keys: a skip link shown on focus, then the first link after the grid', async () => {
    const fleet = check(JSON.stringify(generateFleet(200)), 'fleet-200.json', { suggest: false })
    const page = join(OUT, 'fleet-200-keyboard.html')
    writeFileSync(page, renderHtml(fleet))
    const focused = `(() => { const a = document.activeElement; const r = a.getBoundingClientRect(); return { tag: a.tagName, cls: a.className, text: a.textContent.trim().slice(0, 60), inGrid: !!a.closest('.gridwrap'), width: Math.round(r.width), height: Math.round(r.height) } })()`
    type Focus = { tag: string; cls: string; text: string; inGrid: boolean; width: number; height: number }
    const steps = await withPage(page, async (call) => {
      const key = async (k: string, code: number) => {
        for (const type of ['keyDown', 'keyUp']) await call('Input.dispatchKeyEvent', { type, key: k, code: k, windowsVirtualKeyCode: code, ...(k === 'Enter' && type === 'keyDown' && { text: '\r' }) })
        return ((await call('Runtime.evaluate', { expression: focused, returnByValue: true })) as { result: { value: Focus } }).result.value
      }
      // The filter's radio group, then the skip link, then (Enter, Tab) past the grid.
      return [await key('Tab', 9), await key('Tab', 9), await key('Enter', 13), await key('Tab', 9)]
    })
    expect(steps[0]).toMatchObject({ tag: 'INPUT' })
    expect(steps[1]).toMatchObject({ tag: 'A', cls: 'skip', inGrid: false })
    expect(steps[1]!.text).toMatch(/^Skip the grid/)
    // Visible while focused (a sighted keyboard user sees where the focus is).
    expect(steps[1]!.width).toBeGreaterThan(40)
    expect(steps[1]!.height).toBeGreaterThan(10)
    // Past the grid: the first link of the rule table, not the grid's first of 328.
    expect(steps[3]).toMatchObject({ tag: 'A', inGrid: false, text: 'CK001' })
    // Unfocused, the skip link takes no room.
    const hidden = (await evaluateInPage(page, "(() => { const r = document.querySelector('a.skip').getBoundingClientRect(); return [r.width, r.height] })()")) as [number, number]
    expect(Math.max(...hidden)).toBeLessThanOrEqual(1)
  }, TIMEOUT)

  it('a 1,000-board fleet renders: every layout in the grid, capped sections and maps, readable, screenshotted', async () => {
    const fleet = check(JSON.stringify(generateFleet(1000)), 'fleet-1000.json')
    const html = renderHtml(fleet)
    const page = join(OUT, 'fleet-1000.html')
    writeFileSync(page, html)
    // No timing here (the house keeps speed in the benchmarks): the test's own timeout stops a page that never renders.
    const { stdout, stderr } = await dumpDom(page)
    expect(stderr).not.toMatch(/violates the following Content Security Policy|Uncaught/)
    const cells = count(stdout, /<(a|span) class="st s-[a-z-]+( p)?( hf)?( fe)?" (href="#[LN]\d+" )?title=/g)
    const unsimulated = new Set(fleet.findings.filter((f) => f.ruleId === 'SC004').map((f) => `${f.boardId}\u0000${f.layoutName}`)).size
    expect(cells).toBe(fleet.layouts.length + unsimulated)
    expect(count(stdout, /<details class="layout/g)).toBe(Math.min(1500, fleet.layouts.length + unsimulated))
    expect(count(stdout, /<svg class="mm"/g)).toBe(Math.min(400, fleet.layouts.length))
    const rows = new Set(fleet.layouts.map((l) => `${l.boardId}\u0000${l.layoutName.includes('/') ? l.layoutName.slice(0, l.layoutName.lastIndexOf('/')) : ''}`))
    expect(count(stdout, /<tr class="[^"]*"><th class="b" scope="row"/g)).toBe(rows.size)
    // Problems first: every failed or hanging layout has a map.
    const bad = fleet.layouts.filter((l) => l.result.crashkernel.kind === 'failed' || l.result.crashkernel.kind === 'hang').length
    expect(count(stdout, /<details class="layout r-(failed|hang)[^"]*" id="L\d+"><summary>[\s\S]*?<\/summary><div class="detail"><div class="main"><div class="mmwrap"><svg/g)).toBe(bad)
    for (const scheme of ['light', 'dark'] as const) {
      const p = await probe(page, scheme, 60)
      expect(p.gridRows).toBe(rows.size)
      expect(p.open).toBe(60)
      expectReadable(p, scheme)
      const png = await screenshot(page, join(OUT, `fleet-1000-${scheme}.png`), { scheme, width: 1280, height: 2000 })
      expect(pngSize(png)).toEqual([1280, 2000])
      expect(statSync(png).size).toBeGreaterThan(30_000)
    }
  }, TIMEOUT * 2)
})

if (!HAVE_CHROMIUM) {
  it.skip(`HTML report in headless Chromium: skipped, ${CHROMIUM} is not installed (apt-get install -y chromium, or set $CHROMIUM)`, () => {})
}
