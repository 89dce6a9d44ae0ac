"""Conservation under damage (hypothesis): on every corpus text, insert, delete or duplicate a line, split a
paragraph or drop a footnote marker; the parse either fails cleanly (the parser's own error, exit 2) or
loses no body word -- every word of the original document is still in the new one, unless the damage took
it out of the input.

The default run tries a few examples on each corpus text (derandomized, so every run tries the same); the
``slow`` marker runs many more.  The known faults from the issue are tested as they were found.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corpus import CORPUS, TEXTS, parsed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from versioning.cli import main
from versioning.errors import ParseError, VersioningError
from versioning.model import Document
from versioning.parsing import parse_edition

_WORD = re.compile(r"[^\W\d_]+|\d+")
# The fields of a document that hold the words of its body (not the header's metadata, which the parser
# normalises: dates, the session in words), nor a paragraph's lead (a copy of its first words).
_HEADER_FIELDS = frozenset(
    {"symbol", "number", "session", "title", "agenda_items", "adopted", "draft", "distribution", "edition",
     "sponsors", "committee", "report", "source", "lead", "id", "before", "placement"}
)  # fmt: skip


def _strings(value: Any, key: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for field, item in value.items():
            if field not in _HEADER_FIELDS or (key in ("preamble", "operative", "subparagraphs", "paragraphs")
                                                and field == "number"):  # fmt: skip
                yield from _strings(item, field)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, key)
    elif isinstance(value, str) and key != "footnotes":  # a paragraph's footnotes list repeats the markers
        yield value


def body_words(document: Document) -> Counter[str]:
    """The words of a document's body: paragraphs and their numbers, headings, footnotes, annexes."""
    return Counter(word for text in _strings(document.to_dict()) for word in _WORD.findall(text.casefold()))


def lost_words(original: str, damaged: str) -> Counter[str] | None:
    """The words of the original document missing from the damaged one although the damage left them in
    the input (``None`` when the damaged text fails to parse, with the parser's own error)."""
    try:
        document = parse_edition(damaged.encode("utf-8"), name="damaged")
    except VersioningError:
        return None
    before = body_words(parse_edition(original.encode("utf-8")))
    after = body_words(document)
    taken_out = Counter(_WORD.findall(original.casefold())) - Counter(_WORD.findall(damaged.casefold()))
    lost = before - after - taken_out
    gained = after - before
    for word in list(lost):
        if _glued_to_a_marker(word, gained + taken_out) or _split_apart(word, gained + taken_out):
            del lost[word]
    return lost


def _glued_to_a_marker(word: str, others: Counter[str]) -> bool:
    """A year glued to a marker ("20103": 2010 and note 3), kept so or taken out whole by the damage."""
    return any(other.startswith(word) and other[len(word) :].isdigit() for other in others)


def _split_apart(word: str, others: Counter[str]) -> bool:
    """A word the parse joined from two pieces ("Ident ify"): the damage took the pieces out, or took the
    evidence that joined them, so that they remain apart."""
    return any(others[word[:cut]] and others[word[cut:]] for cut in range(1, len(word)))


_MARKER = re.compile(r"(?<=[A-Za-z,;.”)])\d{1,2}\b")


@st.composite
def damage(draw: st.DrawFn, text: str) -> str:
    """``text`` with one line inserted, deleted or duplicated, a paragraph split, or a marker dropped."""
    lines = text.split("\n")
    index = draw(st.integers(0, len(lines) - 1))
    kind = draw(st.sampled_from(["insert", "delete", "duplicate", "split", "marker"]))
    if kind == "insert":
        lines.insert(index, lines[draw(st.integers(0, len(lines) - 1))])
    elif kind == "delete":
        del lines[index]
    elif kind == "duplicate":
        lines.insert(index, lines[index])
    elif kind == "split":
        line = lines[index].strip()
        spaces = [match.start() for match in re.finditer(" ", line)]
        if spaces:
            cut = draw(st.sampled_from(spaces))
            lines[index : index + 1] = [line[:cut], line[cut + 1 :]]
        else:
            lines.insert(index, "")  # a blank line: a paragraph split by its layout
    else:
        marked = [i for i, line in enumerate(lines) if _MARKER.search(line)]
        if marked:
            where = draw(st.sampled_from(marked))
            lines[where] = _MARKER.sub("", lines[where], count=1)
    return "\n".join(lines)


def _check(path: Path, data: st.DataObject) -> None:
    text = path.read_text(encoding="utf-8")
    lost = lost_words(text, data.draw(damage(text)))
    assert not lost, f"an exit-0 parse lost {dict(lost)}"


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: path.name)
@settings(max_examples=4, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_damage_fails_cleanly_or_loses_no_word(path: Path, data: st.DataObject) -> None:
    _check(path, data)


@pytest.mark.slow
@pytest.mark.parametrize("path", TEXTS, ids=lambda path: path.name)
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_much_damage_fails_cleanly_or_loses_no_word(path: Path, data: st.DataObject) -> None:
    _check(path, data)


def _without_line(path: Path, line: str, *, occurrence: int = 0) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    index = [i for i, text in enumerate(lines) if text.strip() == line][occurrence]
    return "\n".join(lines[:index] + lines[index + 1 :])


def test_body_words_are_the_documents_words() -> None:
    words = body_words(parsed(CORPUS / "csto" / "A-RES-79-10.pymupdf.txt"))
    assert words["collective"] > 5
    assert words["2024"] >= 1
    assert words["nations"] == 30  # a lead is not counted twice: it is a copy of its paragraph's first words


def _duplicated_line(path: Path, number: int) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[:number] + lines[number - 1 :])


def test_deleting_the_line_1_of_an_annex_fails_naming_the_line(tmp_path: Path, capsys: Any) -> None:
    """The issue's case: without the line "1." the 44 paragraphs of the Doha Political Declaration (the
    annex of A/80/L.5) were dropped and the parse exited 0."""
    damaged = tmp_path / "A-80-L.5.txt"
    damaged.write_text(_without_line(CORPUS / "editions" / "A-80-L.5.pymupdf.txt", "1."))
    assert main(["parse", str(damaged)]) == 2
    assert capsys.readouterr().err == (
        f"error: {damaged}:47: the parse cannot account for the word 'we': it landed in no paragraph, "
        "heading, footnote or annex and was not set aside as page furniture\n"
    )


@pytest.mark.parametrize("name", ["A-80-L.8.pymupdf.txt", "A-RES-80-9.pymupdf.txt", "A-80-L.34.pymupdf.txt"])
def test_removing_the_line_annex_fails_cleanly(name: str) -> None:
    """The issue's case: without the line "Annex" the 31 paragraphs of the trafficking declaration were
    dropped."""
    text = (CORPUS / "editions" / name).read_text(encoding="utf-8")
    assert lost_words(text, _without_line(CORPUS / "editions" / name, "Annex")) is None


@pytest.mark.parametrize("line", [43, 44, 103, 113])
def test_a_duplicated_footnote_marker_line_fails_cleanly(line: int) -> None:
    """The issue's case: a marker line written twice by the extractor dropped a preambular paragraph."""
    path = CORPUS / "csto" / "A-RES-79-10.pdftotext-raw.txt"
    assert path.read_text(encoding="utf-8").split("\n")[line - 1].strip().isdigit()
    with pytest.raises(ParseError):
        parse_edition(_duplicated_line(path, line).encode("utf-8"), name="damaged")
