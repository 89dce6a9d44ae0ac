"""Documents made by hand for the store's tests (the store needs valid editions, not real ones)."""

from __future__ import annotations

import hashlib
import json

from versioning.canonical import canonical_bytes
from versioning.identifiers import ClauseId, Symbol
from versioning.model import Distribution, Document, Edition, Paragraph, Source


def make_document(
    symbol: str = "A/RES/67/6",
    date: str = "2013-07-15",
    kind: str = "reissue",
    *,
    title: str = "Cooperation between the United Nations and the Collective Security Treaty Organization",
    wording: str = "Invites",
    paragraphs: int = 3,
) -> Document:
    """A small valid document of a resolution edition."""
    session, _, number = symbol.removeprefix("A/RES/").partition("/")
    preamble = tuple(
        Paragraph(
            ClauseId.preambular(i), f"Recalling its resolution 64/256 of 2 March 2010 ({i})", lead="Recalling"
        )
        for i in range(1, paragraphs + 1)
    )
    operative = tuple(
        Paragraph(
            ClauseId.operative(i),
            f"{wording} the Secretary-General to act ({i})",
            lead=wording,
            number=str(i),
        )
        for i in range(1, paragraphs + 1)
    )
    seed = f"{symbol}@{date}:{kind}:{wording}".encode()
    return Document(
        symbol=Symbol.parse(symbol),
        number=f"{session}/{number}",
        session=int(session),
        title=title,
        agenda_items=("121 (f)",),
        adopted=date,
        draft=Symbol.parse(f"A/{session}/L.5"),
        distribution=Distribution("General", date),
        edition=Edition(kind, date),
        preamble=preamble,
        operative=operative,
        footnotes=(),
        source=Source(hashlib.sha256(seed).hexdigest(), "text/plain"),
    )


def edition_bytes(
    symbol: str = "A/RES/67/6", date: str = "2013-07-15", kind: str = "reissue", **options: object
) -> bytes:
    """The canonical JSON of :func:`make_document`: an input ``parse_bytes`` accepts as it stands."""
    return canonical_bytes(make_document(symbol, date, kind, **options))  # type: ignore[arg-type]


def same_edition_other_bytes(*args: str, **options: object) -> bytes:
    """The same document as :func:`edition_bytes` written another way (compact JSON): another source of
    the same edition, as another extraction of one PDF is."""
    return json.dumps(json.loads(edition_bytes(*args, **options))).encode()


def stored_document(data: bytes) -> Document:
    """The document a store holds for the JSON edition ``data``: the document it carries, with the source
    record of ``data`` itself (a JSON input never chooses its own source hash)."""
    source = Source(hashlib.sha256(data).hexdigest(), "application/json")
    return Document.from_dict(json.loads(data)).with_source(source)
