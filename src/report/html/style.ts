// The HTML report's stylesheet, inlined in <style> (the page's CSP allows inline styles only).
// System fonts only: no web font, no url(). Colours carry meaning twice: every badge also has text.
// The page never scrolls sideways, from a 390 px phone up: text breaks anywhere it must, charts shrink,
// and a table wider than the window scrolls inside its own box (div.scroll, see markup.ts table()).
export const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--line:#d1d9e0;--head:#f6f8fa;--ok:#1a7f37;--fail:#cf222e;--warn:#9a6700;--small:#8c959f;--accent:#0969da}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--line:#3d444d;--head:#151b23;--ok:#3fb950;--fail:#f85149;--warn:#d29922;--small:#656c76;--accent:#4493f8}}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
main,header,footer,nav{max-width:1100px;margin:0 auto;padding:0 20px}
main,section,nav,footer,dl.meta dd,details{min-width:0;overflow-wrap:anywhere}
h1{font-size:1.6em;margin:0 0 .3em;overflow-wrap:anywhere}h2,h3,caption,summary{overflow-wrap:anywhere}h2{font-size:1.3em;border-bottom:1px solid var(--line);padding-bottom:.2em;margin-top:1.6em}h3{font-size:1.1em;margin-top:1.3em}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--head);padding:.1em .3em;border-radius:4px;overflow-wrap:anywhere}
a{color:var(--accent)}
.banner{border-left:8px solid var(--muted);background:var(--head);padding:16px 20px;margin-top:20px;border-radius:6px}
.banner.passed{border-color:var(--ok)}.banner.blocked{border-color:var(--fail)}.banner.error{border-color:var(--warn)}
.verdict{font-weight:700;text-transform:uppercase}
.banner.passed .verdict{color:var(--ok)}.banner.blocked .verdict{color:var(--fail)}.banner.error .verdict{color:var(--warn)}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:.6em 0 0}dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;overflow-wrap:anywhere}
ul.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px;margin:.6em 0 0}
ul.counts li{border:1px solid var(--line);border-radius:999px;padding:1px 10px;background:var(--bg)}
nav ul{display:flex;flex-wrap:wrap;gap:4px 14px;padding:0;list-style:none}
div.scroll{max-width:100%;overflow-x:auto;margin:.8em 0}div.scroll:focus-visible{outline:2px solid var(--accent)}
table{border-collapse:collapse;margin:0;width:100%;font-size:13px}
caption{text-align:left;font-weight:600;padding:4px 0;color:var(--muted)}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:var(--head);white-space:nowrap}tbody th{font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;white-space:nowrap;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;border:1px solid currentColor}
.badge.ok,.badge.passed{color:var(--ok)}.badge.fail,.badge.failed,.badge.critical,.badge.high{color:var(--fail)}
.badge.error,.badge.medium,.badge.warn{color:var(--warn)}.badge.skipped,.badge.low,.badge.info{color:var(--muted)}
figure{margin:.8em 0}figcaption{color:var(--muted);font-size:12px}
svg.chart{max-width:100%;height:auto;font-size:11px}img,svg{max-width:100%}
svg.chart text{fill:var(--fg)}svg.chart .tick{fill:var(--muted)}
svg.chart .grid{stroke:var(--line);stroke-width:1}
svg.chart .bar{fill:var(--accent)}svg.chart .bar.ok{fill:var(--ok)}svg.chart .bar.fail{fill:var(--fail)}
svg.chart .bar.small{fill:var(--small);opacity:.6}
svg.chart .whisker{stroke:var(--fg);stroke-width:2}svg.chart .mark{stroke:var(--fg);stroke-width:3}
svg.chart .threshold line{stroke:var(--warn);stroke-width:2;stroke-dasharray:5 3}svg.chart .threshold text{fill:var(--warn);font-weight:600}
details{margin:.6em 0}summary{cursor:pointer;font-weight:600}
footer{color:var(--muted);font-size:12px;margin:2em auto 1em}
@media (max-width:600px){main,header,footer,nav{padding:0 12px}.banner{margin:12px 8px 0;padding:12px}h1{font-size:1.3em}dl.meta{grid-template-columns:1fr}dl.meta dd{margin-bottom:4px}}
@media print{details{display:block}a{color:inherit}div.scroll{overflow:visible}}
`;
