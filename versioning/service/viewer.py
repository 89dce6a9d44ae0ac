"""The web viewer, served by the same application as the API: plain server-rendered HTML.

Pages: ``/`` (the resolutions, with search), ``/view/resolutions/{symbol}`` (its editions and its series
timeline, gaps shown), ``/view/editions/{ref}`` (an edition's text, each clause an anchor),
``/view/redline?old=&new=&class=`` (inline and side by side, filtered by class, each change linked to its
clause in both editions) and ``/view/blame/{symbol}``.  Each handler calls the library, as the API does,
and hands the result to :mod:`versioning.service.viewer_html`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from versioning import api
from versioning.diff.changes import CLASSES
from versioning.errors import IdentifierError
from versioning.identifiers import ClauseId, EditionRef, Symbol
from versioning.render import render_redline_fragment
from versioning.render.labels import change_class_name
from versioning.service import queries
from versioning.service import viewer_html as views
from versioning.service.caching import cached_response, entity_tag
from versioning.service.state import state_of
from versioning.store import GitStore

PAGE_HEADERS = {"Content-Security-Policy": views.HEADER_POLICY}
"""Besides the ``ETag`` and ``Cache-Control: no-cache`` of every page (see :func:`_page`)."""


def routes() -> list[BaseRoute]:
    """The viewer's routes."""
    return [
        Route("/", list_page, methods=["GET"]),
        Route("/view/resolutions/{symbol:path}", resolution_page, methods=["GET"]),
        Route("/view/editions/{ref:path}", edition_page, methods=["GET"]),
        Route("/view/redline", redline_page, methods=["GET"]),
        Route("/view/blame/{symbol:path}", blame_page, methods=["GET"]),
    ]


async def _page(request: Request, build: Callable[[], str]) -> Response:
    """The page ``build()`` makes, tagged with the store's tip and the request's path and query: a browser
    revalidates it on every visit and gets ``304 Not Modified`` until a write moves the tip; the page itself
    is built once per tip and kept (see :meth:`ServiceState.remember`)."""
    state = state_of(request)
    tip = await run_in_threadpool(state.reader.tip)
    key = ("view", request.url.path, str(request.query_params))
    tag = entity_tag(key[0], tip, key[1], key[2])
    kept = queries.client_holds(request, tag)
    body = "" if kept else await run_in_threadpool(state.remember, (tip, *key), build)
    return cached_response(
        request, tag, body, media_type="text/html; charset=utf-8", immutable=False, headers=PAGE_HEADERS
    )


LIST_PAGE_SIZE = 100
"""Resolutions per page of the list."""


async def list_page(request: Request) -> Response:
    """The resolutions the store holds, with a search by title words and session, a hundred a page."""
    state = state_of(request)
    params = queries.Query(request.query_params)
    words = params.text("q")
    session = params.integer("session", minimum=1, maximum=999)
    number = params.integer("page", minimum=1, maximum=10**6) or 1
    return await _page(request, lambda: _list_page(state.reader, words, session, number))


def _list_page(store: GitStore, words: str | None, session: int | None, number: int) -> str:
    documents = api.list_resolutions(store, session=session, words=words)
    shown = documents[(number - 1) * LIST_PAGE_SIZE : number * LIST_PAGE_SIZE]
    body = views.search_form(words or "", str(session or "")) + views.resolution_table(shown)
    count = f"<p>{len(documents)} resolution(s).</p>"
    links = []
    for label, target in (("Previous page", number - 1), ("Next page", number + 1)):
        if target > 0 and (target - 1) * LIST_PAGE_SIZE < len(documents):
            query = {key: value for key, value in (("q", words), ("session", session)) if value}
            href = "/?" + urlencode({**query, "page": target})
            links.append(f'<a href="{views.escape(href)}">{label}</a>')
    pager = f'<nav aria-label="Pages">{" &middot; ".join(links)}</nav>' if links else ""
    return views.page("Resolutions", count + body + pager)


async def resolution_page(request: Request) -> Response:
    """A resolution: its editions, the editions known but not held, its series timeline, a redline picker."""
    state = state_of(request)
    symbol = Symbol.parse(request.path_params["symbol"])

    def build() -> str:
        overview = api.describe_resolution(state.reader, symbol)
        items = "".join(
            f'<li><a href="{views.escape(views.path_of("/view/editions", info.reference))}">'
            f"{views.escape(info.reference)}</a> ({views.escape(info.kind)}) &middot; "
            f'<a href="{views.escape(views.path_of("/editions", info.reference))}?source">source</a></li>'
            for info in overview.editions
        )
        known = "".join(
            f"<li>{views.escape(k.reference)} ({views.escape(k.edition.kind or '')}): known, not held "
            f"&mdash; {views.escape(k.reason)}</li>"
            for k in overview.known_editions
        )
        parts = [
            f'<p class="document-title">{views.escape(overview.latest.title)}</p>',
            "<h2>Editions</h2>",
            f"<ul>{items}{known}</ul>",
        ]
        references = [info.reference for info in overview.editions]
        series = overview.series
        if series is not None:
            parts.append(f"<h2>Series: {views.escape(series.title)}</h2>")
            parts.append(views.timeline(series, str(symbol)))
            parts.append(
                f'<p><a href="{views.escape(views.path_of("/view/blame", str(symbol)))}">Blame</a>: '
                "where each paragraph first appears along the series</p>"
            )
            member_refs = [m.reference for m in series.held if m.reference and m.symbol != str(symbol)]
            references = sorted(set(member_refs)) + references
        parts.append("<h2>Compare two editions</h2>")
        parts.append(views.pick_form(references, references[-2] if len(references) > 1 else None))
        return views.page(str(symbol), "\n".join(parts))

    return await _page(request, build)


async def edition_page(request: Request) -> Response:
    """An edition's text, each clause an anchor (``#op3``) that redlines link to."""
    state = state_of(request)
    reference = api.stored_reference(request.path_params["ref"])

    def build() -> str:
        document = state.reader.read(reference)
        back = views.path_of("/view/resolutions", str(document.symbol))
        body = (
            f'<p><a href="{views.escape(back)}">All editions of {views.escape(str(document.symbol))}</a></p>'
        )
        return views.page(document.reference, body + views.document_body(document))

    return await _page(request, build)


async def redline_page(request: Request) -> Response:
    """The redline between two editions, inline and side by side, filtered by class."""
    state = state_of(request)
    params = queries.Query(request.query_params)
    old = api.stored_reference(params.required("old"))
    new = api.stored_reference(params.required("new"))
    wanted = request.query_params.getlist("class")
    for name in wanted:
        if name not in CLASSES:
            raise IdentifierError("class", name, f"expected one of {', '.join(CLASSES)}")
    return await _page(request, lambda: _redline_page(state.reader, old, new, wanted))


def _redline_page(store: GitStore, old: EditionRef, new: EditionRef, wanted: list[str]) -> str:
    comparison = api.compare_stored(store, old, new)
    changes = comparison.changes
    shown = changes
    if wanted:
        kept = tuple(change for change in changes.changes if change_class_name(change) in wanted)
        shown = dataclasses.replace(changes, changes=kept)
    old_ref, new_ref = comparison.old.reference, comparison.new.reference
    sides = {"old": old_ref, "new": new_ref}

    def clause_href(side: str, clause: str) -> str | None:
        try:
            ClauseId.parse(clause)
        except IdentifierError:
            return None  # a footnote marker or a metadata field: no clause to link to
        return f"{views.path_of('/view/editions', sides[side])}#{clause}"

    filters = "".join(
        f'<label><span><input type="checkbox" name="class" value="{name}"'
        f"{' checked' if not wanted or name in wanted else ''}> {name}</span></label>"
        for name in reversed(CLASSES)
    )
    form = (
        '<form class="filters" method="get" action="/view/redline">'
        f'<input type="hidden" name="old" value="{views.escape(str(old))}">'
        f'<input type="hidden" name="new" value="{views.escape(str(new))}">'
        f"<fieldset><legend>Classes shown</legend>{filters}</fieldset>"
        '<button type="submit">Filter</button></form>'
    )
    note = ""
    if wanted:
        note = f"<p>Showing {len(shown.changes)} of {len(changes.changes)} changes ({', '.join(wanted)}).</p>"
    swap = "/view/redline?" + urlencode({"old": str(new), "new": str(old)})
    links = f'<p><a href="{views.escape(swap)}">Swap the editions</a></p>'
    fragment = render_redline_fragment(shown, old=comparison.old, new=comparison.new, clause_href=clause_href)
    title = f"Redline: {old_ref} \u2192 {new_ref}"
    return views.page(title, form + note + links + fragment)


async def blame_page(request: Request) -> Response:
    """Where each paragraph of a resolution first appears along its series, and how it changed since."""
    state = state_of(request)
    reference = api.stored_reference(request.path_params["symbol"])

    def build() -> str:
        from versioning.series.formatting import changes_phrase, origin_phrase

        lineage = api.blame_edition(state.reader, reference)
        rows = "".join(
            f'<tr><td><a href="{views.escape(views.path_of("/view/editions", lineage.reference))}#'
            f'{views.escape(p.clause)}">{views.escape(p.clause)}</a></td>'
            f"<td>{views.escape(origin_phrase(p))}</td><td>{views.escape(changes_phrase(p.changes))}</td>"
            f'<td class="optional">{views.escape(p.text[:160])}</td></tr>'
            for p in lineage.paragraphs
        )
        table = views.table(("Clause", "First appears", "Changes since", "+Text"), rows)
        intro = f'<p class="document-title">{views.escape(lineage.title)}</p>'
        return views.page(f"Blame: {lineage.reference}", intro + table)

    return await _page(request, build)
