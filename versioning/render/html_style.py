"""The stylesheet of the HTML redline, inlined into every page (a page loads nothing from the network).

Deletions and insertions differ by line style as well as colour (struck through / underlined), so the
redline reads in grey print and without colour vision.
"""

from __future__ import annotations

PAGE_STYLE = """
:root { color-scheme: light; --ink: #1b1f24; --muted: #59636e; --rule: #d1d9e0; --paper: #ffffff;
  --del-ink: #82071e; --del-bg: #ffebe9; --ins-ink: #116329; --ins-bg: #dafbe1;
  --substantive: #8250df; --routine: #0969da; --editorial: #59636e; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 16px/1.55 Georgia, "Times New Roman", serif; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
h1, h2, h3, h4, .summary, nav, .badge, .clause, .baselines, .toc { font-family: system-ui, -apple-system,
  "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; color: var(--muted); }
h4 { font-size: 1rem; margin: 0 0 .35rem; font-weight: 600; }
a { color: var(--routine); }
.document-title { font-size: 1.1rem; margin: 0 0 1rem; }
.baselines { color: var(--muted); margin: 0 0 1rem; }
.baselines .ref { color: var(--ink); font-weight: 600; }
.summary { border: 1px solid var(--rule); border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
.summary p { margin: 0 0 .5rem; }
.summary .figures-row { display: flex; gap: 1rem; align-items: baseline; margin: .15rem 0; }
.summary .figures-label { min-width: 5rem; font-size: .9rem; color: var(--muted); }
.summary .figures { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; }
.summary .figures div { display: flex; gap: .35rem; align-items: baseline; }
.summary dt { color: var(--muted); }
.summary dd { margin: 0; font-weight: 700; }
nav { margin: .5rem 0 1rem; }
.change { border-left: 4px solid var(--rule); padding: .5rem .75rem; margin: .75rem 0; }
.change.class-substantive { border-left-color: var(--substantive); }
.change.class-routine { border-left-color: var(--routine); }
.change.class-editorial { border-left-color: var(--editorial); }
.change p.words { margin: .25rem 0 0; }
.change.section-metadata { padding: .2rem .75rem; margin: .35rem 0; }
.change.section-metadata .change-head, .change.section-metadata p.words { display: inline;
  margin: 0 .75rem 0 0; }
.clause { font-weight: 700; }
.badge { display: inline-block; font-size: .78rem; line-height: 1.4; padding: 0 .45rem; margin-left: .35rem;
  border-radius: 1rem; border: 1px solid currentColor; color: var(--muted); font-weight: 600;
  vertical-align: middle; }
.badge.kind-added { color: var(--ins-ink); }
.badge.kind-removed { color: var(--del-ink); }
.badge.kind-moved, .badge.kind-renumbered, .badge.kind-split, .badge.kind-merged { color: #9a6700; }
.badge.class-substantive { color: var(--substantive); }
.badge.class-routine { color: var(--routine); }
.note { color: var(--muted); font-size: .9rem; margin-left: .5rem; }
.reason { font-size: .9rem; margin-left: .5rem; }
.footnote-mark { font-size: .85rem; white-space: nowrap; }
span.footnote-mark { color: #9a6700; }
del { color: var(--del-ink); background: var(--del-bg); text-decoration: line-through; }
ins { color: var(--ins-ink); background: var(--ins-bg); text-decoration: underline; }
del.space, ins.space { font-family: monospace; }
details.unchanged { margin: .5rem 0; color: var(--muted); }
details.unchanged summary { cursor: pointer; font-family: system-ui, sans-serif; font-size: .9rem; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1rem; }
.side-by-side .column-head { font-family: system-ui, sans-serif; font-weight: 700; padding: .25rem 0;
  border-bottom: 2px solid var(--rule); }
.side-by-side .section-head { grid-column: 1 / -1; margin: 1rem 0 .25rem; }
.side-by-side .cell { padding: .4rem .5rem; border-bottom: 1px solid var(--rule); }
.side-by-side .cell.absent { background: repeating-linear-gradient(135deg, transparent 0 6px,
  #f6f8fa 6px 12px); }
.side-by-side details.unchanged { grid-column: 1 / -1; }
.side-by-side details.unchanged .rows { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1rem; }
.toc ol { padding-left: 1.25rem; }
.clause-links { font-size: .85rem; margin-left: .5rem; }
.clause-links a { margin-right: .4rem; }
@media print { nav, .toc { display: none; } details.unchanged { display: none; } }
@media (max-width: 40rem) { .side-by-side, .side-by-side details.unchanged .rows {
  grid-template-columns: 1fr; } }
"""
"""CSS for every redline page; classes: ``change``, ``badge``, ``kind-*``, ``class-*``, ``side-by-side``."""
