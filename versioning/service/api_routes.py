"""The JSON API: each endpoint validates its input, calls one library function, and renders the result.

Paths: ``/resolutions``, ``/resolutions/{symbol}``, ``/editions/{ref}``, ``/diff``, ``/series/{symbol}``,
``/blame/{symbol}``, ``/check``, ``/editions`` (POST), ``/health``, ``/openapi.json``.  Symbols and
references may be URL-encoded or not (``A%2FRES%2F67%2F6%402013-07-15`` or ``A/RES/67/6@2013-07-15``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Mapping
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from versioning import __version__, api
from versioning.errors import InputError
from versioning.identifiers import EditionRef, Symbol
from versioning.interop.akn_ids import AKN_MEDIA_TYPE
from versioning.model import Document
from versioning.render import BINARY_FORMATS
from versioning.service import queries
from versioning.service.auth import refuse_write
from versioning.service.caching import cached_response, entity_tag
from versioning.service.limits import run_capped
from versioning.service.state import ServiceState, state_of

T = TypeVar("T")

DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DIFF_MEDIA_TYPES = {
    "json": "application/json",
    "html": "text/html; charset=utf-8",
    "markdown": "text/markdown; charset=utf-8",
    "text": "text/plain; charset=utf-8",
    "docx": DOCX_MEDIA_TYPE,
}
"""The media type of each diff format (the keys are the choices of ``?format=``); ``docx`` is the Word
redline, a file."""
EDITION_MEDIA_TYPES = {"json": "application/json", "akn": AKN_MEDIA_TYPE}
"""The media type of each format an edition is given in (``?format=``): its canonical JSON, or Akoma Ntoso."""


def routes() -> list[BaseRoute]:
    """The API's routes."""
    from versioning.service.openapi import openapi_endpoint

    return [
        Route("/health", health, methods=["GET"]),
        Route("/openapi.json", openapi_endpoint, methods=["GET"]),
        Route("/resolutions", list_resolutions, methods=["GET"]),
        Route("/resolutions/{symbol:path}", show_resolution, methods=["GET"]),
        Route("/editions", add_edition, methods=["POST"]),
        Route("/editions/{ref:path}", show_edition, methods=["GET"]),
        Route("/diff", diff_stored, methods=["GET"]),
        Route("/diff", diff_uploaded, methods=["POST"]),
        Route("/series/{symbol:path}", show_series, methods=["GET"]),
        Route("/blame/{symbol:path}", show_blame, methods=["GET"]),
        Route("/check", check_uploaded, methods=["POST"]),
    ]


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False) + "\n"


async def health(request: Request) -> Response:
    """``GET /health``: the service answers; its version and whether writes are enabled."""
    state = state_of(request)
    return JSONResponse(
        {"status": "ok", "version": __version__, "writes": state.config.token is not None},
        headers={"Cache-Control": "no-store"},
    )


def resolution_summary(document: Document) -> dict[str, Any]:
    """The list entry of a resolution (its latest edition)."""
    return {
        "symbol": str(document.symbol),
        "number": document.number,
        "session": document.session,
        "title": document.title,
        "agenda_items": list(document.agenda_items),
        "adopted": document.adopted,
        "latest": document.reference,
    }


async def list_resolutions(request: Request) -> Response:
    """``GET /resolutions?session=&q=&agenda_item=&limit=&offset=``: latest editions, filtered and paged."""
    state = state_of(request)
    params = queries.Query(request.query_params)
    session = params.integer("session", minimum=1, maximum=999)
    words, item = params.text("q"), params.text("agenda_item")
    limit = params.integer("limit", minimum=1, maximum=500) or 50
    offset = params.integer("offset", minimum=0, maximum=10**9) or 0

    def build() -> str:
        found = api.list_resolutions(state.reader, session=session, words=words, agenda_item=item)
        page = found[offset : offset + limit]
        return _json(
            {
                "total": len(found),
                "offset": offset,
                "limit": limit,
                "items": [resolution_summary(document) for document in page],
            }
        )

    return await _revalidated_json(request, ("resolutions", str(request.query_params)), build)


async def _revalidated_json(request: Request, key: tuple[str, str], build: Callable[[], str]) -> Response:
    """A JSON answer that depends on the whole store (a list, a series): tagged with the store's tip and the
    request's ``key``, revalidated by clients, and built only when the client does not already hold it."""
    state = state_of(request)
    tip = await run_in_threadpool(state.reader.tip)
    tag = entity_tag(key[0], tip, key[1])
    body = "" if queries.client_holds(request, tag) else await _kept(state, (tip, *key), build)
    return cached_response(request, tag, body, media_type="application/json", immutable=False)


async def _kept(state: ServiceState, key: tuple[Hashable, ...], build: Callable[[], T]) -> T:
    """``build()`` in a worker thread, or the answer kept for ``key`` (which names the store's tip)."""
    return await run_in_threadpool(state.remember, key, build)


async def show_resolution(request: Request) -> Response:
    """``GET /resolutions/{symbol}``: its editions (held and known), and its series with gaps."""
    state = state_of(request)
    symbol = Symbol.parse(request.path_params["symbol"])
    return await _revalidated_json(
        request, ("resolution", str(symbol)), lambda: _json(queries.resolution_record(state.reader, symbol))
    )


async def show_edition(request: Request) -> Response:
    """``GET /editions/{ref}[?source][?format=json|akn]``: the canonical JSON, the edition as Akoma Ntoso,
    or the source bytes with their media type."""
    state = state_of(request)
    reference = api.stored_reference(request.path_params["ref"])
    source = "source" in request.query_params
    format = queries.Query(request.query_params).choice("format", tuple(EDITION_MEDIA_TYPES), default="json")
    tip = await run_in_threadpool(state.reader.tip)
    commit = await _kept(
        state, (tip, "commit", str(reference)), lambda: api.edition_commit(state.reader, reference)
    )
    tag = entity_tag("edition", commit, "source" if source else format)
    fixed = _fixed(reference)
    if queries.client_holds(request, tag):
        return cached_response(request, tag, b"", media_type="application/json", immutable=fixed)
    if source:
        data = await _kept(
            state, (tip, "source", str(reference)), lambda: state.reader.read_source(reference)
        )
        from versioning.parsing import detect_format

        return cached_response(request, tag, data, media_type=detect_format(data), immutable=fixed)
    if format == "akn":
        data = await _kept(
            state,
            (tip, "akn", str(reference)),
            lambda: api.EXPORT_FORMATS["akn"](state.reader.read(reference)),
        )
        return cached_response(request, tag, data, media_type=AKN_MEDIA_TYPE, immutable=fixed)
    data = await _kept(
        state, (tip, "json", str(reference)), lambda: state.reader.read_document_bytes(reference)
    )
    return cached_response(request, tag, data, media_type="application/json", immutable=fixed)


def _fixed(reference: EditionRef) -> bool:
    """True for a reference that names one edition for ever (by its date)."""
    return reference.selector is not None and reference.selector[:1].isdigit()


async def diff_stored(request: Request) -> Response:
    """``GET /diff?old=REF&new=REF&format=``: the change list between two stored editions."""
    state = state_of(request)
    params = queries.Query(request.query_params)
    old = api.stored_reference(params.required("old"))
    new = api.stored_reference(params.required("new"))
    format = params.choice("format", tuple(DIFF_MEDIA_TYPES), default="json")
    tip = await run_in_threadpool(state.reader.tip)
    old_commit = await _kept(state, (tip, "commit", str(old)), lambda: api.edition_commit(state.reader, old))
    new_commit = await _kept(state, (tip, "commit", str(new)), lambda: api.edition_commit(state.reader, new))
    tag = entity_tag("diff", old_commit, new_commit, format)
    fixed = _fixed(old) and _fixed(new)
    if queries.client_holds(request, tag):
        return cached_response(request, tag, b"", media_type=DIFF_MEDIA_TYPES[format], immutable=fixed)
    body = await _kept(
        state,
        (tip, "diff", str(old), str(new), format),
        lambda: _rendered(api.compare_stored(state.reader, old, new), format),
    )
    return cached_response(
        request, tag, body, media_type=DIFF_MEDIA_TYPES[format], immutable=fixed, headers=_disposition(format)
    )


def _rendered(comparison: api.Comparison, format: str) -> str | bytes:
    if format in BINARY_FORMATS:
        return api.render_changes_bytes(comparison, format)
    text = api.render_changes(comparison, format)
    return text if text.endswith("\n") else text + "\n"


def _disposition(format: str) -> dict[str, str]:
    """A file format is offered as a download (``redline.docx``); text formats are shown."""
    return (
        {"Content-Disposition": f'attachment; filename="redline.{format}"'}
        if format in BINARY_FORMATS
        else {}
    )


async def diff_uploaded(request: Request) -> Response:
    """``POST /diff?format=`` with the form fields ``old`` and ``new`` (text, PDF, Word, JSON or Akoma Ntoso):
    nothing stored.  Parsing, diffing and rendering all run in the capped worker, off the event loop."""
    state = state_of(request)
    format = queries.Query(request.query_params).choice("format", tuple(DIFF_MEDIA_TYPES), default="json")
    files = await _uploads(request, ("old", "new"))
    names = (files["old"][0], files["new"][0])

    def compare_and_render() -> str | bytes:
        return _rendered(api.compare_sources(files["old"][1], files["new"][1], names=names), format)

    body = await run_capped(state.parse_slots, state.config.limits.parse_seconds, compare_and_render)
    return Response(body, media_type=DIFF_MEDIA_TYPES[format], headers=_disposition(format))


async def show_series(request: Request) -> Response:
    """``GET /series/{symbol}``: members, gaps, and the diff between each successive pair of held members."""
    state = state_of(request)
    reference = api.stored_reference(request.path_params["symbol"])
    return await _revalidated_json(
        request, ("series", str(reference)), lambda: _json(queries.series_record(state.reader, reference))
    )


async def show_blame(request: Request) -> Response:
    """``GET /blame/{symbol}``: where each paragraph first appears along the series, and its changes."""
    state = state_of(request)
    reference = api.stored_reference(request.path_params["symbol"])
    return await _revalidated_json(
        request,
        ("blame", str(reference)),
        lambda: _json(api.blame_edition(state.reader, reference).to_dict()),
    )


async def check_uploaded(request: Request) -> Response:
    """``POST /check?fail_on=`` with an edition (the body, or the form field ``file``): the findings."""
    state = state_of(request)
    fail_on = queries.Query(request.query_params).choice(
        "fail_on", ("editorial", "routine", "substantive"), default=None
    )
    name, data = (await _uploads(request, ("file",)))["file"]
    from versioning.check import check_sources

    report = await run_capped(
        state.parse_slots,
        state.config.limits.parse_seconds,
        check_sources,
        [(name, data)],
        store=state.reader,
        fail_on=fail_on,
    )
    unreadable = [result.error for result in report.results if result.error]
    if unreadable:
        raise InputError(unreadable[0])
    record = report.to_dict()
    record["store"] = None  # the server's path is none of the client's business
    record["passed"] = report.exit_status == 0
    return JSONResponse(record)


async def add_edition(request: Request) -> Response:
    """``POST /editions?replace=&as_reissue=`` (bearer token) with an edition: 201 added (or replaced), 200
    already stored, 409 a different text under a stored key (unless ``replace=true``)."""
    state = state_of(request)
    refused = refuse_write(request, state.config.token)
    if refused is not None:
        return refused
    query = queries.Query(request.query_params)
    replace = query.choice("replace", ("true", "false"), default="false") == "true"
    as_reissue = query.text("as_reissue", max_length=10)
    if as_reissue is None and "as_reissue" in request.query_params:
        raise InputError("?as_reissue= needs the reissue's date (YYYY-MM-DD)")
    name, data = (await _uploads(request, ("file",)))["file"]
    candidate = await run_capped(
        state.parse_slots,
        state.config.limits.parse_seconds,
        api.prepare_upload,
        data,
        name=name,
        as_reissue=as_reissue,
    )
    async with state.write_lock:
        result = await run_in_threadpool(api.add_prepared_edition, state.writer, candidate, replace=replace)
    from versioning.store import AddStatus

    added = result.status in (AddStatus.ADDED, AddStatus.REPLACED)
    record = {
        "reference": result.reference,
        "kind": result.kind,
        "status": result.status.value,
        "commit": result.commit,
    }
    headers = {"Location": "/editions/" + result.reference} if added else {}
    return JSONResponse(record, status_code=201 if added else 200, headers=headers)


async def _uploads(request: Request, fields: tuple[str, ...]) -> Mapping[str, tuple[str, bytes]]:
    """The named uploads of a request, as ``(name, bytes)``: form fields of a ``multipart/form-data`` body,
    or, for a single field, the whole body itself (its name from ``?name=``)."""
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        if len(fields) != 1:
            raise InputError(f"send the editions as multipart/form-data fields: {', '.join(fields)}")
        body = await request.body()
        if not body:
            raise InputError("the request has no body: send the edition's bytes (text, PDF, Word, JSON, AKN)")
        return {fields[0]: (request.query_params.get("name") or "upload", body)}
    limit = state_of(request).config.limits.max_body_bytes
    async with request.form(max_files=len(fields), max_fields=len(fields), max_part_size=limit) as form:
        found: dict[str, tuple[str, bytes]] = {}
        for field in fields:
            value = form.get(field)
            if isinstance(value, UploadFile):
                found[field] = (value.filename or field, await value.read())
            elif isinstance(value, str) and value:
                found[field] = (field, value.encode("utf-8"))
            else:
                raise InputError(f"the form has no field {field!r} (expected: {', '.join(fields)})")
    return found
