// SPDX-License-Identifier: GPL-2.0-only
/**
 * The page's stylesheet (inline; no fonts or images are fetched). Two palettes behind
 * `prefers-color-scheme`; text colours keep at least 4.5:1 against their backgrounds in both.
 * Status never rests on colour alone: every cell also carries a glyph and a word.
 * A grid cell's colour fills it when the row is taller than its line (a board label with its
 * file above): a cell's height (1px, a minimum) lets its content's 100% resolve to the row's.
 * A layout's summary is a flex box, which drops its list-item marker (Chromium, Firefox; Safari's
 * own is hidden): it draws a triangle of its own, turned when open, with an empty alternative
 * text ("" after the slash) so that screen readers do not read it in the summary's name.
 */
/**
 * Paper (also "Save as PDF"): the grid whole instead of a scroll box of 80% of a page, with
 * `pre` unclipped; the sections of layouts with findings or a problem outcome print open, so
 * every finding's message, fix, location and kernel lines are on paper (a closed `<details>`
 * prints its summary line alone; `::details-content` is Chromium 131+, Firefox 143+,
 * Safari 18.4+, and a browser without it drops that rule alone). The dark palette is for
 * screens only (below): printed without backgrounds its light text would be pale on white.
 */
const PRINT_CSS = [
  '@media print{.gridwrap{max-height:none;overflow:visible;border:0}.grid thead th,.grid th.b{position:static}.grid tbody{content-visibility:visible}pre{max-height:none;overflow:visible;white-space:pre-wrap;overflow-wrap:anywhere}}',
  '@media print{details.layout.p::details-content{content-visibility:visible}}',
  // Paper opens nothing, and a section printed open is not [open]: no marker saying otherwise.
  '@media print{details.layout>summary::before{content:none}}',
].join('\n')

export const CSS = `
:root{color-scheme:light dark;
--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--link:#0550ae;--focus:#0969da;
--ok-bg:#dafbe1;--ok:#116329;--fb-bg:#fff8c5;--fb:#6f4400;--bad-bg:#ffebe9;--bad:#a40e26;--hang-bg:#a40e26;--hang:#fff;
--ign-bg:#fff1e5;--ign:#8a3100;--nr-bg:#f6f8fa;--nr:#59636e;--ns-bg:#eaeef2;--ns:#424a53;
--sev-error:#c1121f;--sev-warning:#7d4e00;--sev-note:#0550ae;
--ram:#d8dee4;--hatch:#6e7781;--z-dma:#f5d9a8;--z-dma32:#bfe3c8;--z-normal:#c9dcf5;--z-device:#e4d9f5;
--c-kernel:#57606a;--c-initrd:#8250df;--c-dt:#1b7c83;--c-cma:#2da44e;--c-pgtable:#bf8700;--c-memmap:#e16f24;--c-firmware:#8c959f;--c-other:#bf3989;
--crash:#0550ae;--crash-text:#fff;--crash-low:#54aeff;--crash-low-text:#0d1117;--dump-text:#fff;--miss-text:#fff;--search:#cf222e;--dev:#afb8c1;--dump:#1b7c83;--miss:#cf222e;--v4g:#1f2328;--vlow:#9a6700}
@media screen and (prefers-color-scheme:dark){:root{
--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--panel:#151b23;--link:#58a6ff;--focus:#58a6ff;
--ok-bg:#12361f;--ok:#56d364;--fb-bg:#3a2c06;--fb:#e3b341;--bad-bg:#4a1216;--bad:#ff9492;--hang-bg:#da3633;--hang:#fff;
--ign-bg:#3d2211;--ign:#ffa657;--nr-bg:#151b23;--nr:#9198a1;--ns-bg:#212830;--ns:#b7bdc8;
--sev-error:#ff7b72;--sev-warning:#e3b341;--sev-note:#58a6ff;
--ram:#3b4450;--hatch:#768390;--z-dma:#5c4317;--z-dma32:#1f4a2c;--z-normal:#1d3a5f;--z-device:#3b2d5c;
--c-kernel:#8b949e;--c-initrd:#a371f7;--c-dt:#39c5cf;--c-cma:#3fb950;--c-pgtable:#d29922;--c-memmap:#f0883e;--c-firmware:#6e7681;--c-other:#db61a2;
--crash:#58a6ff;--crash-text:#0d1117;--crash-low:#1f6feb;--crash-low-text:#fff;--dump-text:#0d1117;--miss-text:#0d1117;--search:#f85149;--dev:#484f58;--dump:#2ea8b3;--miss:#f85149;--v4g:#e6edf3;--vlow:#e3b341}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg)}
body{margin:0;padding:0 1.25rem 3rem;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",sans-serif}
a{color:var(--link)}
a:focus-visible,summary:focus-visible,input:focus-visible+span{outline:2px solid var(--focus);outline-offset:2px}
code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace;font-size:12.5px}
h1{font-size:1.35rem;margin:1.1rem 0 .2rem}
h2{font-size:1.1rem;margin:1.6rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
.sub{color:var(--muted);margin:0 0 .8rem}
.sub code{color:var(--fg)}
.override{display:inline-block;margin:0 0 .8rem;padding:.3rem .7rem;border-left:3px solid var(--fb);border-radius:0 4px 4px 0;background:var(--fb-bg);color:var(--fg)}
.totals{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;margin:.6rem 0}
.totals div{display:flex;flex-direction:column}
.totals b{font-size:1.3rem;font-variant-numeric:tabular-nums}
.totals span{color:var(--muted);font-size:12px}
.sev-error b,.sev-error .sev{color:var(--sev-error)}.sev-warning b,.sev-warning .sev{color:var(--sev-warning)}.sev-note b,.sev-note .sev{color:var(--sev-note)}
fieldset.filter{border:0;padding:0;margin:.4rem 0 .6rem;display:flex;flex-wrap:wrap;gap:.35rem}
fieldset.filter legend{float:left;margin-right:.4rem;padding:.25rem 0;color:var(--muted)}
fieldset.filter label{position:relative;cursor:pointer}
fieldset.filter input{position:absolute;opacity:0;inset:0;margin:0;cursor:pointer}
fieldset.filter label>span{display:inline-block;padding:.2rem .6rem;border:1px solid var(--line);border-radius:1rem;font-size:12.5px;background:var(--bg)}
fieldset.filter input:checked+span{border-color:var(--fg);box-shadow:inset 0 0 0 1px var(--fg);font-weight:600}
fieldset.filter .n{font-variant-numeric:tabular-nums;color:var(--muted);margin-left:.3rem;font-weight:400}
.st{white-space:nowrap}
.s-reserved:is(.st,.chip){background:var(--ok-bg);color:var(--ok)}
.s-reserved.fe:is(.st,.chip){background:var(--nr-bg);color:var(--nr)}
.s-fell-back:is(.st,.chip){background:var(--fb-bg);color:var(--fb)}
.s-failed:is(.st,.chip){background:var(--bad-bg);color:var(--bad)}
.s-hang:is(.st,.chip),.s-panics:is(.st,.chip){background:var(--hang-bg);color:var(--hang)}
.s-ignored:is(.st,.chip),.s-cut-off:is(.st,.chip){background:var(--ign-bg);color:var(--ign)}
.s-not-requested:is(.st,.chip){background:var(--nr-bg);color:var(--nr)}
.s-not-simulated:is(.st,.chip){background:var(--ns-bg);color:var(--ns)}
.chip{display:inline-block;padding:0 .4rem;border-radius:.25rem;font-size:12px}
.gridwrap{overflow:auto;max-height:80vh;border:1px solid var(--line);border-radius:6px}
table.grid{border-collapse:separate;border-spacing:0;font-size:12.5px;width:max-content;min-width:100%}
.grid th,.grid td{padding:0;border-bottom:1px solid var(--line);text-align:left;white-space:nowrap}
.grid thead th{position:sticky;top:0;z-index:2;background:var(--panel);padding:.35rem .6rem;font-weight:600}
.grid thead th.k{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace;font-weight:600}
.grid th.b{position:sticky;left:0;z-index:1;background:var(--bg);padding:.2rem .7rem .2rem .6rem;font-weight:600;border-right:1px solid var(--line);max-width:22rem;overflow:hidden;text-overflow:ellipsis}
.grid th.b .bi{display:flex;max-width:22rem}
.grid th.b .id{overflow:hidden;text-overflow:ellipsis;min-width:0}
.grid th.b .v{flex:none;max-width:60%;overflow:hidden;text-overflow:ellipsis}
@media (max-width:40rem){.grid th.b,.grid th.b .bi{max-width:45vw}}
.grid thead th.b{z-index:3;background:var(--panel)}
.grid th.b .v{font-weight:400;color:var(--muted);margin-left:.4rem}
.grid th.b .file{display:block;font-weight:400;color:var(--muted);font-size:11px}
.grid td{border-left:1px solid var(--bg);height:1px}
.grid td .cell{display:flex;gap:2px}
.grid td>.st,.grid td>.cell{height:100%}
.grid td .st{display:block;flex:1;padding:.2rem .5rem;text-decoration:none;min-width:7.2rem;align-content:center}
.grid td a.st:hover{text-decoration:underline}
.grid td:empty::after{content:"\\00B7";display:block;text-align:center;color:var(--muted)}
.fc{position:relative;display:inline-block;min-width:1.2rem;margin-left:.35rem;padding:0 .3rem;border-radius:.6rem;font-size:11px;font-weight:600;text-align:center;color:var(--bg)}
a.skip:focus{display:inline-block;margin:0 0 .4rem;padding:.2rem .6rem;border:1px solid var(--focus);border-radius:4px;background:var(--bg)}
.mute{color:var(--muted);font-size:.85em}
.vh,a.skip:not(:focus){position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.fc.error{background:var(--sev-error)}.fc.warning{background:var(--sev-warning)}.fc.note{background:var(--sev-note)}
.grid tbody{content-visibility:auto;contain-intrinsic-size:auto 5000px}
.grid tr:hover th.b,.grid tr:hover td{filter:brightness(.97)}
.empty{color:var(--muted);padding:.6rem}
table.plain{border-collapse:collapse;font-size:13px;margin:.3rem 0;display:block;max-width:100%;overflow-x:auto}
table.plain th,table.plain td{border-bottom:1px solid var(--line);padding:.25rem .7rem .25rem 0;text-align:left;vertical-align:top}
table.plain td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
details.layout{border:1px solid var(--line);border-radius:6px;margin:.35rem 0;background:var(--bg)}
details.layout>summary{cursor:pointer;padding:.4rem .7rem;display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem .6rem;list-style:none}
details.layout>summary::-webkit-details-marker{display:none}
details.layout>summary::before{content:"\\25B8";content:"\\25B8"/"";flex:none;width:.7em;margin-right:-.25rem;color:var(--muted)}
details.layout[open]>summary::before{content:"\\25BE";content:"\\25BE"/""}
details.layout>summary .st{padding:0 .45rem;border-radius:.25rem;font-size:12.5px}
details.layout>summary .what{color:var(--muted);font-size:12.5px}
details.layout>summary>*{min-width:0;overflow-wrap:anywhere}
details.layout[open]>summary{border-bottom:1px solid var(--line);background:var(--panel)}
details.layout:target{outline:2px solid var(--focus)}
.detail{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem 1.5rem;padding:.8rem}
@media (min-width:1100px){.detail{grid-template-columns:minmax(0,46rem) minmax(20rem,1fr)}}
.detail .more{grid-column:1/-1}
.nomap-note{color:var(--muted);font-style:italic}
.mmwrap{max-width:100%;overflow-x:auto;margin:0 0 .8rem}
svg.mm{width:100%;min-width:40rem;max-width:46rem;height:auto;display:block;font:11px system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",sans-serif}
svg.mm text{fill:var(--fg)}
svg.mm .lane{fill:var(--muted)}
svg.mm .ram{fill:var(--ram)}
svg.mm .nomap{fill:url(#ck-hatch)}
svg.mm .zone{stroke:var(--bg);stroke-width:1}
svg.mm .z-dma{fill:var(--z-dma)}svg.mm .z-dma32{fill:var(--z-dma32)}svg.mm .z-normal{fill:var(--z-normal)}svg.mm .z-device{fill:var(--z-device)}
svg.mm .res{stroke:var(--bg);stroke-width:.5}
.c-kernel{fill:var(--c-kernel);background:var(--c-kernel)}.c-initrd{fill:var(--c-initrd);background:var(--c-initrd)}.c-dt{fill:var(--c-dt);background:var(--c-dt)}.c-cma{fill:var(--c-cma);background:var(--c-cma)}
.c-pgtable{fill:var(--c-pgtable);background:var(--c-pgtable)}.c-memmap{fill:var(--c-memmap);background:var(--c-memmap)}.c-firmware{fill:var(--c-firmware);background:var(--c-firmware)}.c-other{fill:var(--c-other);background:var(--c-other)}
svg.mm .crash-main{fill:var(--crash)}svg.mm .crash-low{fill:var(--crash-low)}
svg.mm .cl{font-weight:600}svg.mm .cl.in{fill:var(--crash-text)}svg.mm .cl.in.low{fill:var(--crash-low-text)}
svg.mm .search{fill:none;stroke:var(--search);stroke-width:1.5;stroke-dasharray:4 3}
svg.mm .hangwin{fill:url(#ck-hang);stroke:var(--search);stroke-width:1.5}
svg.mm .miss{stroke:var(--search);stroke-width:2;fill:none}
svg.mm .ckmsg{fill:var(--muted);font-style:italic;filter:url(#ck-msgbg)}.defs .msgbg{flood-color:var(--bg)}svg.mm .ckmsg.bad{fill:var(--search);font-style:normal;font-weight:600}
svg.mm .dev{fill:var(--dev)}svg.mm .dev.dump{fill:var(--dump)}svg.mm .dev.miss-reach{fill:var(--miss)}
svg.mm .arrow{fill:var(--dev)}svg.mm .arrow.dump{fill:var(--dump)}
svg.mm .devtag{font-size:10px;fill:var(--fg)}svg.mm .devtag.in{fill:var(--dump-text)}svg.mm .devtag.in.bad{fill:var(--miss-text)}
svg.mm .brk rect{fill:var(--bg)}svg.mm .brk path{stroke:var(--muted);stroke-width:1.2;fill:none}
svg.mm .vl line{stroke-width:1.2}svg.mm .vl text{font-size:10px;font-weight:600}
svg.mm .v4g line{stroke:var(--v4g);stroke-dasharray:5 3}svg.mm .v4g text{fill:var(--v4g)}
svg.mm .vlow line{stroke:var(--vlow);stroke-dasharray:2 2}svg.mm .vlow text{fill:var(--vlow)}
svg.mm .axis,svg.mm .tick line{stroke:var(--muted)}svg.mm .tick text{fill:var(--muted);font-size:10px}
svg.defs{position:absolute;width:0;height:0;overflow:hidden}
.hatch-bg{fill:var(--ram)}.hatch-line{stroke:var(--hatch);stroke-width:1.5}
.hang-bg{fill:var(--bad-bg)}.hang-line{stroke:var(--search);stroke-width:2}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:12.5px;color:var(--muted);margin:.4rem 0 .8rem}
.legend .sw{display:inline-block;width:.9rem;height:.7rem;border-radius:2px;vertical-align:-1px;margin-right:.3rem}
.sw.ram{background:var(--ram)}.sw.crash{background:var(--crash)}.sw.crash-low{background:var(--crash-low)}.sw.dump{background:var(--dump)}.sw.dev{background:var(--dev)}
.sw.z-dma{background:var(--z-dma)}.sw.z-dma32{background:var(--z-dma32)}.sw.z-normal{background:var(--z-normal)}
.sw.nomap{background:repeating-linear-gradient(45deg,var(--ram) 0 3px,var(--hatch) 3px 4.5px)}
.sw.v4g{background:none;border-left:2px dashed var(--v4g);width:.4rem;border-radius:0}
.sw.search{background:none;border:1.5px dashed var(--search)}
.sw.brk{background:none;width:.6rem;border-left:1.5px solid var(--muted);border-right:1.5px solid var(--muted);transform:skewX(-20deg);border-radius:0}
.side h3{font-size:.95rem;margin:0 0 .4rem}
ul.findings{list-style:none;margin:0 0 1rem;padding:0}
ul.findings li{border-left:3px solid var(--line);padding:.3rem 0 .3rem .7rem;margin:0 0 .7rem}
ul.findings li.sev-error{border-left-color:var(--sev-error)}ul.findings li.sev-warning{border-left-color:var(--sev-warning)}ul.findings li.sev-note{border-left-color:var(--sev-note)}ul.findings li.sev-fix{border-left-color:var(--ok)}
ul.findings li.suppressed{border-left-style:dashed}ul.findings li.suppressed .sev{color:var(--muted)}
ul.findings .sev{font-weight:700;text-transform:uppercase;font-size:11px;letter-spacing:.03em;margin-right:.4rem}
ul.findings .rule{font-weight:600}
ul.findings .rn{color:var(--muted);margin-left:.3rem}
ul.findings p{margin:.25rem 0;overflow-wrap:anywhere}
ul.findings .loc{color:var(--muted);font-size:12px}
ul.findings pre.ev{white-space:pre-wrap;overflow-wrap:anywhere}
.sugg{background:var(--panel);border-radius:4px;padding:.3rem .5rem}
pre{background:var(--panel);border:1px solid var(--line);border-radius:4px;padding:.45rem .6rem;overflow:auto;margin:.3rem 0;white-space:pre;max-height:24rem}
dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.15rem .8rem;margin:0;font-size:13px}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}
details.more>summary{cursor:pointer;color:var(--link)}
p.note{color:var(--muted);font-size:12.5px}
section.problems{background:var(--bad-bg);color:var(--bad);border-left:4px solid var(--sev-error);padding:8px 14px;margin:12px 0}section.problems h2{margin:4px 0}
footer{margin-top:2rem;color:var(--muted);font-size:12px}
${STATUS_FILTER_CSS()}
${PRINT_CSS}
`

/**
 * `Show:` filter (radio buttons, CSS :has(); no script): hide rows and sections that do not
 * match, and in the rows left the cells that do not, which would link to a hidden section.
 * A cell keeps its place (visibility, not display: the columns stay put) and leaves the tab
 * order and the accessibility tree.
 */
function STATUS_FILTER_CSS(): string {
  const statuses = ['reserved', 'fell-back', 'failed', 'hang', 'panics', 'ignored', 'cut-off', 'not-requested', 'not-simulated']
  const rules = [
    'body:has(#f-problems:checked) .grid tbody tr:not(.p),body:has(#f-problems:checked) details.layout:not(.p){display:none}',
    'body:has(#f-findings:checked) .grid tbody tr:not(.hf),body:has(#f-findings:checked) details.layout:not(.hf){display:none}',
    ...statuses.map((s) => `body:has(#f-${s}:checked) .grid tbody tr:not(.r-${s}),body:has(#f-${s}:checked) details.layout:not(.r-${s}){display:none}`),
    ['body:has(#f-problems:checked) .grid td .st:not(.p)', 'body:has(#f-findings:checked) .grid td .st:not(.hf)', ...statuses.map((s) => `body:has(#f-${s}:checked) .grid td .st:not(.s-${s})`)].join(',') + '{visibility:hidden}',
  ]
  return rules.join('\n')
}
