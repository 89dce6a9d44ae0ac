"""The HTML of the viewer's pages: one page frame with the redline report's stylesheet, and the pieces
(tables, a document's clauses, a series timeline) the pages are made of.

Every word that comes from a document or a request is escaped here.  Pages run no script: links, forms
with ``GET`` and ``<details>`` do all the work, so they read the same without JavaScript, with a keyboard,
on a phone and on paper.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from urllib.parse import quote, urlencode

from versioning.model import Document, Paragraph
from versioning.render.html_style import PAGE_STYLE
from versioning.series import Series

POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'"
"""The viewer loads nothing from elsewhere and runs no script; its forms submit only to itself."""

HEADER_POLICY = POLICY + "; frame-ancestors 'none'"
"""The same policy as a response header, which can also forbid framing (a ``<meta>`` policy cannot)."""

VIEWER_STYLE = """
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff;
  padding: .25rem .5rem; z-index: 1; }
header.site { font-family: system-ui, sans-serif; border-bottom: 1px solid var(--rule);
  padding: .5rem 1.25rem; }
header.site a { margin-right: 1rem; font-weight: 600; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible {
  outline: 3px solid #bf8700; outline-offset: 2px; }
form.search, form.pick, form.filters { font-family: system-ui, sans-serif; display: flex; flex-wrap: wrap;
  gap: .5rem 1rem; align-items: end; margin: 1rem 0; }
form label { display: flex; flex-direction: column; font-size: .9rem; }
form input, form select, form button { font: inherit; padding: .3rem .5rem; }
table.list { border-collapse: collapse; width: 100%; font-family: system-ui, sans-serif; }
table.list th, table.list td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--rule);
  vertical-align: top; }
ol.timeline { list-style: none; padding: 0; border-left: 3px solid var(--rule); margin-left: .5rem; }
ol.timeline li { padding: .3rem .75rem; font-family: system-ui, sans-serif; }
ol.timeline li.gap { color: var(--muted); font-style: italic; }
ol.timeline li.current { font-weight: 700; }
.clause-text { margin: .4rem 0; } .clause-text .clause-id { font-family: system-ui, sans-serif;
  font-size: .8rem; color: var(--muted); margin-right: .5rem; text-decoration: none; }
.clause-text:target { background: #fff8c5; outline: 2px solid #bf8700; }
.subparagraphs { margin-left: 1.5rem; }
@media (max-width: 40rem) { table.list .optional { display: none; } main { padding: 1rem .75rem 3rem; } }
@media print { header.site, form, .skip { display: none; } a { color: inherit; text-decoration: none; } }
"""


def escape(text: str) -> str:
    """Text for HTML, quotes included."""
    return html.escape(text, quote=True)


def path_of(prefix: str, reference: str) -> str:
    """``/view/editions/A%2FRES%2F67%2F6%402013-07-15``: a reference as one path segment."""
    return f"{prefix}/{quote(reference, safe='')}"


def redline_href(old: str, new: str) -> str:
    """The viewer's redline between two references."""
    return "/view/redline?" + urlencode({"old": old, "new": new})


def page(title: str, body: str, *, heading: str | None = None) -> str:
    """A whole viewer page: the redline report's look, a site header, ``body`` (HTML) in ``<main>``."""
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f"<style>{PAGE_STYLE}{VIEWER_STYLE}</style>",
            "</head>",
            "<body>",
            '<a class="skip" href="#content">Skip to the content</a>',
            '<header class="site"><nav aria-label="Site"><a href="/">Resolutions</a>'
            '<a href="/openapi.json">API</a></nav></header>',
            '<main id="content">',
            f"<h1>{escape(heading or title)}</h1>",
            body,
            "</main>",
            "</body>",
            "</html>",
        ]
    )


def error_page(status: int, detail: str) -> str:
    """The page for a request the viewer cannot answer: the status and the one-line message."""
    from http import HTTPStatus

    body = f'<p class="error">{escape(detail)}</p><p><a href="/">Back to the resolutions</a></p>'
    return page(f"{status} {HTTPStatus(status).phrase}", body)


def search_form(words: str, session: str) -> str:
    """The search form of the list page (a ``GET`` to ``/``)."""
    return (
        '<form class="search" method="get" action="/" role="search">'
        f'<label>Title words <input type="search" name="q" value="{escape(words)}"></label>'
        f'<label>Session <input type="number" name="session" min="1" max="999" value="{escape(session)}">'
        '</label><button type="submit">Search</button></form>'
    )


def resolution_table(documents: Sequence[Document]) -> str:
    """The list of resolutions: symbol (a link), title, session, adoption date."""
    if not documents:
        return "<p>No resolution matches.</p>"
    rows = "".join(
        "<tr>"
        f'<td><a href="{escape(path_of("/view/resolutions", str(d.symbol)))}">'
        f"{escape(str(d.symbol))}</a></td>"
        f"<td>{escape(d.title)}</td>"
        f'<td class="optional">{d.session}</td>'
        f'<td class="optional">{escape(d.adopted or "")}</td>'
        "</tr>"
        for d in documents
    )
    return table(("Symbol", "Title", "+Session", "+Adopted"), rows)


def table(headings: Sequence[str], rows: str) -> str:
    """A list table; a heading starting with ``+`` names a column a narrow screen may hide."""
    cells = "".join(
        f'<th class="optional">{escape(h[1:])}</th>' if h.startswith("+") else f"<th>{escape(h)}</th>"
        for h in headings
    )
    return f'<table class="list"><thead><tr>{cells}</tr></thead><tbody>{rows}</tbody></table>'


def timeline(series: Series, current: str) -> str:
    """The series as a timeline: held members (links, with the redline from the previous held one) and
    the gaps between them."""
    items = []
    previous: str | None = None
    for member in series.members:
        date = f" ({escape(member.date)})" if member.date else ""
        if not member.held or member.reference is None:
            items.append(f'<li class="gap">{escape(member.symbol)}{date}: not held (a gap in the store)</li>')
            continue
        css = ' class="current" aria-current="page"' if member.symbol == current else ""
        link = f'<a href="{escape(path_of("/view/resolutions", member.symbol))}">{escape(member.symbol)}</a>'
        step = ""
        if previous is not None:
            href = escape(redline_href(previous, member.reference))
            step = f' &middot; <a href="{href}">redline from previous</a>'
        items.append(f"<li{css}>{link}{date}{step}</li>")
        previous = member.reference
    return f'<ol class="timeline" aria-label="Series timeline">{"".join(items)}</ol>'


def pick_form(references: Iterable[str], old: str | None = None, new: str | None = None) -> str:
    """A form choosing two editions for a redline."""
    choices = list(references)

    def select(name: str, chosen: str | None) -> str:
        options = "".join(
            f'<option value="{escape(r)}"{" selected" if r == chosen else ""}>{escape(r)}</option>'
            for r in choices
        )
        return f'<label>{name.capitalize()} edition <select name="{name}">{options}</select></label>'

    return (
        '<form class="pick" method="get" action="/view/redline">'
        f"{select('old', old or (choices[0] if choices else None))}"
        f"{select('new', new or (choices[-1] if choices else None))}"
        '<button type="submit">Compare</button></form>'
    )


def document_body(document: Document) -> str:
    """An edition's text: its metadata, then every clause with its id as an anchor, then the footnotes."""
    meta = [
        ("Symbol", str(document.symbol)),
        ("Edition", f"{document.edition.kind} of {document.edition_id.date}"),
        ("Adopted", document.adopted or "not adopted (a draft)"),
        ("Agenda items", ", ".join(document.agenda_items)),
    ]
    rows = "".join(f"<div><dt>{escape(k)}</dt><dd>{escape(v)}</dd></div>" for k, v in meta if v)
    parts = [
        f'<p class="document-title">{escape(document.title)}</p>',
        f'<dl class="summary figures">{rows}</dl>',
    ]
    for heading, paragraphs in (("Preamble", document.preamble), ("Operative part", document.operative)):
        if paragraphs:
            parts.append(f"<h2>{heading}</h2>")
            parts.extend(_paragraph(paragraph) for paragraph in paragraphs)
    for annex in document.annexes:
        parts.append(f"<h2>{escape(' '.join(filter(None, (annex.label, annex.title))) or 'Annex')}</h2>")
        parts.extend(_paragraph(paragraph) for paragraph in annex.paragraphs)
    if document.footnotes:
        notes = "".join(
            f'<li id="fn-{escape(note.marker)}"><span class="clause-id">{escape(note.marker)}</span> '
            f"{escape(note.text)}</li>"
            for note in document.footnotes
        )
        parts.append(f'<h2>Footnotes</h2><ul class="footnotes">{notes}</ul>')
    return "\n".join(parts)


def _paragraph(paragraph: Paragraph) -> str:
    clause = str(paragraph.id)
    number = ""
    if paragraph.number:
        number = f"({escape(paragraph.number)}) " if paragraph.id.path else f"{escape(paragraph.number)}. "
    text = paragraph.text
    if paragraph.lead and text.startswith(paragraph.lead):
        words = f"<em>{escape(paragraph.lead)}</em>{escape(text[len(paragraph.lead) :])}"
    else:
        words = escape(text)
    children = "".join(_paragraph(child) for child in paragraph.subparagraphs)
    nested = f'<div class="subparagraphs">{children}</div>' if children else ""
    return (
        f'<div class="clause-text" id="{escape(clause)}"><a class="clause-id" href="#{escape(clause)}">'
        f"{escape(clause)}</a>{number}{words}{nested}</div>"
    )
