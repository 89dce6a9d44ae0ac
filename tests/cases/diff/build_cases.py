"""Build the labelled diff cases: each a folder with ``left.json``, ``right.json`` and ``expected.json``.

Every case starts from ``base-67-6.json`` (A/RES/67/6, the project's founding document, which the project
may ship) and makes one kind of edit to it.  ``left.json``/``right.json`` are written from the edits below;
``expected.json`` is the change list the engine gives, written only with ``--expected`` (after a change to
the engine, regenerate, then read the difference before committing it):

    python tests/cases/diff/build_cases.py             # left/right only
    python tests/cases/diff/build_cases.py --expected  # also expected.json
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from versioning.canonical import canonical_json
from versioning.identifiers import ClauseId
from versioning.model import Document, Edition, Footnote, Paragraph

HERE = Path(__file__).parent
BASE = HERE / "base-67-6.json"


def load_base() -> Document:
    """The founding document, as the cases' left side."""
    return Document.from_dict(json.loads(BASE.read_text(encoding="utf-8")))


def renumbered(paragraphs: Sequence[Paragraph], prefix: str) -> tuple[Paragraph, ...]:
    """The paragraphs with ids (and, for operative ones, numbers) 1..N in their order."""
    out = []
    for position, paragraph in enumerate(paragraphs, start=1):
        number = str(position) if prefix == "op" else None
        out.append(replace(paragraph, id=ClauseId(prefix, position), number=number))
    return tuple(out)


def edit_text(document: Document, clause_id: str, old: str, new: str, lead: str | None = None) -> Document:
    """Replace ``old`` with ``new`` in one paragraph's text (and set its lead, when given)."""

    def change(paragraph: Paragraph) -> Paragraph:
        if str(paragraph.id) != clause_id:
            return paragraph
        if old not in paragraph.text:
            raise ValueError(f"{clause_id}: {old!r} not found")
        text = paragraph.text.replace(old, new, 1)
        return replace(paragraph, text=text, lead=lead if lead is not None else paragraph.lead)

    return replace(
        document,
        preamble=tuple(change(p) for p in document.preamble),
        operative=tuple(change(p) for p in document.operative),
    )


def word_change(d: Document) -> Document:
    return edit_text(d, "op3", "to enhance coordination", "to strengthen coordination")


def lead_change(d: Document) -> Document:
    return edit_text(d, "op7", "Encourages both", "Urges both", lead="Urges")


def routine_update(d: Document) -> Document:
    d = edit_text(d, "op8", "sixty-ninth session", "seventy-first session")
    d = edit_text(d, "op9", "sixty-ninth session", "seventy-first session")
    return edit_text(d, "pp4", "65/122 of 13 December 2010", "67/6 of 19 November 2012")


def editorial_change(d: Document) -> Document:
    d = edit_text(d, "op2", "man-made disasters", "man- made disasters")
    d = edit_text(d, "pp10", "“Kanal”", '"Kanal"')
    return edit_text(d, "op4", "inter-institutional forums", "inter\u2011institutional  forums")


NEW_OPERATIVE = Paragraph(
    "op5",
    "Welcomes the holding of joint exercises of the peacekeeping forces of the Collective Security Treaty "
    "Organization;",
    "Welcomes",
    (),
    "5",
)


def insertion(d: Document) -> Document:
    operative = list(d.operative)
    operative.insert(4, NEW_OPERATIVE)
    return replace(d, operative=renumbered(operative, "op"))


def deletion(d: Document) -> Document:
    operative = [p for p in d.operative if str(p.id) != "op6"]
    return replace(d, operative=renumbered(operative, "op"))


def move(d: Document) -> Document:
    preamble = list(d.preamble)
    moved = preamble.pop(12)  # pp13, on the rapid reaction forces, goes next to pp6
    preamble.insert(6, moved)
    return replace(d, preamble=renumbered(preamble, "pp"))


def swap(d: Document) -> Document:
    operative = list(d.operative)
    operative[3], operative[4] = operative[4], operative[3]
    return replace(d, operative=renumbered(operative, "op"))


def split(d: Document) -> Document:
    operative = list(d.operative)
    first, _, rest = operative[2].text.partition(", and encourages them")
    operative[2:3] = [
        replace(operative[2], text=first + ";"),
        Paragraph(ClauseId.operative(4), "Encourages them" + rest, "Encourages", (), "4"),
    ]
    return replace(d, operative=renumbered(operative, "op"))


def merge(d: Document) -> Document:
    operative = list(d.operative)
    fourth, fifth = operative[3], operative[4]
    merged_text = (
        fourth.text.removesuffix(";")
        + ", and invites both organizations"
        + fifth.text.removeprefix(
            "Invites the United Nations and the Collective Security Treaty Organization"
        )
    )
    operative[3:5] = [replace(fourth, text=merged_text, footnotes=fifth.footnotes)]
    return replace(d, operative=renumbered(operative, "op"))


def footnote_change(d: Document) -> Document:
    notes = []
    for note in d.footnotes:
        if note.marker == "1":
            note = Footnote("1", "A/69/228-S/2014/560.")
        elif note.marker == "6":
            note = Footnote("6", note.text.replace("sect. C.", "sect. B."))
        notes.append(note)
    return replace(d, footnotes=tuple(notes))


def metadata_change(d: Document) -> Document:
    return replace(
        d,
        edition=Edition("original", "2013-01-31"),
        footnotes=tuple(n for n in d.footnotes if n.marker != "*"),
        agenda_items=("121 (g)",),
    )


CASES: dict[str, Callable[[Document], Document]] = {
    "word-change": word_change,
    "lead-change": lead_change,
    "routine-update": routine_update,
    "editorial-change": editorial_change,
    "insertion": insertion,
    "deletion-renumbering": deletion,
    "move": move,
    "swap": swap,
    "split": split,
    "merge": merge,
    "footnote-change": footnote_change,
    "metadata-change": metadata_change,
}
"""Case name -> the edit that makes its right side from the base."""


def main(argv: Sequence[str]) -> None:
    from versioning.diff import diff_editions

    base = load_base()
    for name, edit in CASES.items():
        folder = HERE / name
        folder.mkdir(exist_ok=True)
        right = edit(base)
        (folder / "left.json").write_text(canonical_json(base), encoding="utf-8")
        (folder / "right.json").write_text(canonical_json(right), encoding="utf-8")
        if "--expected" in argv:
            expected = diff_editions(base, right)
            (folder / "expected.json").write_text(canonical_json(expected), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
