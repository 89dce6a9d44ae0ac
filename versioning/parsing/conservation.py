"""Conservation: every word of the input is accounted for, or the parse fails.

After a text is parsed, the words of its body (every line from "The General Assembly," on) are compared,
as a multiset of normalised tokens (letters or digits, case folded, punctuation aside), with the words the
document holds -- paragraphs and their numbers, headings, footnotes and the markers that cite them,
annexes, parts, the closing line -- together with the text the parse set aside (page furniture, each piece
with its line and rule).  A word of the input found in neither is a word the parse lost: it raises
:class:`ParseError` naming the line, rather than give a document that validates without it.

The parser's documented repairs of extractor artefacts (see :mod:`versioning.parsing.repair`) change the
tokens without losing words, and are allowed for: two input tokens joined into one ("Gene ral" ->
"General", "State s" -> "States"), and one input token split in two by a hyphen put back ("highlevel" ->
"high-level").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from versioning.errors import ParseError
from versioning.model import Document, Paragraph
from versioning.parsing.account import Account
from versioning.parsing.lines import Line

_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def tokens(text: str) -> list[str]:
    """The normalised word tokens of ``text``: runs of letters or of digits, case folded."""
    return _TOKEN.findall(text.casefold())


def document_texts(document: Document) -> Iterator[str]:
    """Every text of the document's body that comes from the input's body: paragraphs with their numbers,
    headings, footnotes, annexes, parts and closing line (the header's fields are not among them)."""
    for paragraph in _all_paragraphs(document):
        yield paragraph.text
        if paragraph.number:
            yield paragraph.number
    for heading in document.headings:
        yield heading.text
    for note in document.footnotes:
        yield note.marker
        yield note.text
    for annex in document.annexes:
        yield from (annex.label or "", annex.title or "")
    for part in document.parts:
        yield from (part.label, part.title or "", part.meeting or "")
    if document.meeting and not any(part.meeting == document.meeting for part in document.parts):
        yield document.meeting


def _all_paragraphs(document: Document) -> Iterator[Paragraph]:
    for top in (
        *document.preamble,
        *document.operative,
        *(p for a in document.annexes for p in a.paragraphs),
    ):
        yield from _walk(top)


def _walk(paragraph: Paragraph) -> Iterator[Paragraph]:
    yield paragraph
    for sub in paragraph.subparagraphs:
        yield from _walk(sub)


def check_conservation(
    body: list[Line],
    document: Document,
    account: Account,
    *,
    cited: Iterable[str] = (),
    name: str | None = None,
) -> None:
    """Raise :class:`ParseError` naming the line of the first word of ``body`` that neither landed in
    ``document`` nor was set aside in ``account``.

    ``cited`` are the footnote markers the parse took out of the running text, one per citation (a
    paragraph's ``footnotes`` lists each marker once however often the paragraph cites it).
    """
    given = Counter(tokens("\n".join(line.text for line in body)))
    held = Counter(
        tokens("\n".join([*document_texts(document), *(piece.text for piece in account.furniture)]))
    )
    held.update(cited)
    missing = given - held
    if not missing:
        return
    # only now, with a word missing, the tokens' lines are needed
    sequence = [(line.number, token) for line in body for token in tokens(line.text)]
    extra = held - given
    _allow_repairs([token for _, token in sequence], missing, extra)
    if not +missing:
        return
    number, token = _first_lost(sequence, missing, given, _placed_lines(account))
    raise ParseError(
        f"the parse cannot account for the word {token!r}: it landed in no paragraph, heading, footnote or "
        "annex and was not set aside as page furniture",
        file=name,
        line=number,
    )


def _allow_repairs(sequence: list[str], missing: Counter[str], extra: Counter[str]) -> None:
    """Take out of ``missing`` the tokens that a documented repair turned into the tokens of ``extra``."""
    for index, token in enumerate(sequence[:-1]):
        following = sequence[index + 1]
        joined = token + following
        if missing[token] > 0 and missing[following] > 0 and extra[joined] > 0:
            missing[token] -= 1
            missing[following] -= 1
            extra[joined] -= 1
    for token in list(missing):
        for cut in range(1, len(token)):
            while missing[token] > 0 and extra[token[:cut]] > 0 and extra[token[cut:]] > 0:
                missing[token] -= 1
                extra[token[:cut]] -= 1
                extra[token[cut:]] -= 1


def _placed_lines(account: Account) -> set[int]:
    """The source lines the account places somewhere or sets aside."""
    placed = {piece.line for piece in account.furniture}
    for placement in account.placements:
        placed.update(range(placement.first, placement.last + 1))
    return placed


def _first_lost(
    sequence: list[tuple[int, str]], missing: Counter[str], given: Counter[str], placed: set[int]
) -> tuple[int, str]:
    """The line and token to report: the first lost token on a line the parse placed nowhere (a line
    dropped whole), else the first token all of whose occurrences were lost (its line is then certain),
    else the last occurrence of the first token short of its count."""
    lost = +missing
    for number, token in sequence:
        if lost[token] and number not in placed:
            return number, token
    for number, token in sequence:
        if lost[token] == given[token]:
            return number, token
    token = next(token for _, token in sequence if lost[token] > 0)
    return next(number for number, t in reversed(sequence) if t == token), token
