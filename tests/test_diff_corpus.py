"""The diff on the real documents of ``../shared/corpus``: the CSTO series and the eleven drafts with the
resolutions adopted from them.

What the diff finds along the series (checked below, by reading the texts):

* 67/6 (reissue) -> 73/331: a rewrite: preambular paragraphs added and removed, most operative paragraphs
  reworded; op2 gains "practical" ("the significant practical contribution"), substantive; op8 and op9
  move the report to the seventy-fifth session (op9 routine; op8 also adds "the" before "implementation",
  substantive).
* 73/331 -> 75/276: pp4 adds 73/331 to the resolutions recalled (routine); pp7, pp10, pp11 reworded
  (substantive); op5 drops its citation of footnote 5 (routine, words unchanged); op8, op9 routine.
* 75/276 -> 77/13 and 77/13 -> 79/10: only the routine updates of a new session (pp4 adds the previous
  resolution, op8 and op9 the session of the next report, footnote 1 the report's symbol), plus, when the
  parser leaves it, the extractor's "Secretariat s" / "Secretariats" (editorial).

Between a draft (A/80/L.N) and the resolution adopted from it, the paragraphs are the same in every pair;
what changes is the adoption record (symbol, number, adoption date, meeting, distribution, sponsors,
the sponsors' footnote), all routine -- except A/80/L.22 -> A/RES/80/110, where op200 was brought up to date
at adoption: the twenty-ninth/nineteenth/sixth sessions of the Conferences of the Parties in Baku, 11 to 22
November 2024, became the thirtieth/twentieth/seventh sessions in Belém, Brazil, 10 to 21 November 2025: a
substantive change (a new venue), its session numbers and dates routine.  80/11 (peacebuilding
architecture) and 80/111 (Chornobyl) changed only by their adoption record: their layout and hyphenation
variants ("ambassadorial- level", the non-breaking hyphen of "Inter-Agency") leave no change at all.
"""

from __future__ import annotations

import functools
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from versioning.diff import ChangeList, apply_changes, diff_editions
from versioning.diff.changes import class_rank
from versioning.model import Document
from versioning.parsing import parse_edition
from versioning.validation import iter_schema_problems

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
CSTO = CORPUS / "csto"
EDITIONS = CORPUS / "editions"
SERIES = [
    "A-RES-67-6.reissue-2013-07-15.txt",
    "A-RES-73-331.pymupdf.txt",
    "A-RES-75-276.pymupdf.txt",
    "A-RES-77-13.pymupdf.txt",
    "A-RES-79-10.pymupdf.txt",
]
DRAFT_PAIRS = [
    ("L.4", "3"),
    ("L.6", "4"),
    ("L.5", "5"),
    ("L.9", "6"),
    ("L.8", "9"),
    ("L.11", "10"),
    ("L.15", "11"),
    ("L.22", "110"),
    ("L.27", "111"),
    ("L.34", "117"),
    ("L.21", "174"),
]
CLAUSE_SECTIONS = ("preamble", "operative", "annexes")
ADOPTION_RECORD = {
    "symbol",
    "number",
    "adopted",
    "draft",
    "distribution.level",
    "distribution.date",
    "edition.kind",
    "edition.date",
    "meeting",
    "sponsors",
}


@functools.cache
def parsed(path: Path) -> Document:
    return parse_edition(path)


@functools.cache
def draft_pair(draft: str, resolution: str) -> tuple[Document, Document, ChangeList]:
    old = parsed(EDITIONS / f"A-80-{draft}.pymupdf.txt")
    new = parsed(EDITIONS / f"A-RES-80-{resolution}.pymupdf.txt")
    return old, new, diff_editions(old, new)


def clause_changes(changes: ChangeList) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [
        (c.section, c.kind, c.old_id, c.new_id, c.change_class)
        for c in changes.differences
        if c.section in CLAUSE_SECTIONS
    ]


# -- the series ---------------------------------------------------------------------------------------------


def test_77_13_to_79_10_changes_only_operative_8_and_9_routinely() -> None:
    changes = diff_editions(parsed(CSTO / SERIES[3]), parsed(CSTO / SERIES[4]))
    operative = [
        (c.kind, c.old_id, c.new_id, c.change_class) for c in changes.differences if c.section == "operative"
    ]
    assert operative == [("modified", "op8", "op8", "routine"), ("modified", "op9", "op9", "routine")]
    words = next(c.words for c in changes.changes if c.old_id == "op9")
    assert [w for w in words if w[0] != 0] == [(-1, "seventy-ninth"), (1, "eighty-first")]


def test_77_13_to_79_10_preamble_is_routine_or_editorial() -> None:
    changes = diff_editions(parsed(CSTO / SERIES[3]), parsed(CSTO / SERIES[4]))
    preamble = [(c.old_id, c.change_class) for c in changes.differences if c.section == "preamble"]
    assert preamble[0] == ("pp4", "routine")
    assert {change_class for _, change_class in preamble[1:]} <= {"editorial"}  # extractor spacing, if any
    assert {c.change_class for c in changes.differences} <= {"routine", "editorial"}


def test_67_6_to_73_331_operative_2_is_substantive() -> None:
    changes = diff_editions(parsed(CSTO / SERIES[0]), parsed(CSTO / SERIES[1]))
    op2 = next(c for c in changes.changes if c.old_id == "op2" and c.section == "operative")
    assert (op2.kind, op2.new_id, op2.change_class) == ("modified", "op2", "substantive")
    assert (1, "practical ") in op2.words
    op9 = next(c for c in changes.changes if c.old_id == "op9" and c.section == "operative")
    assert op9.change_class == "routine"


@pytest.mark.parametrize(("older", "newer"), list(itertools.pairwise(SERIES)))
def test_series_diffs_round_trip(older: str, newer: str) -> None:
    old, new = parsed(CSTO / older), parsed(CSTO / newer)
    changes = diff_editions(old, new)
    assert apply_changes(old, changes) == new
    assert list(iter_schema_problems(changes.to_dict(), schema="changes.schema.json")) == []
    assert diff_editions(new, new).changes == ()


def test_75_276_dropped_a_citation_without_changing_words() -> None:
    changes = diff_editions(parsed(CSTO / SERIES[1]), parsed(CSTO / SERIES[2]))
    op5 = next(c for c in changes.changes if c.old_id == "op5" and c.section == "operative")
    assert (op5.kind, op5.text_changed, op5.change_class) == ("modified", False, "routine")
    assert (op5.old_footnotes, op5.new_footnotes) == (("5",), ())


UNLIKE = [
    EDITIONS / "A-RES-80-5.pymupdf.txt",  # an annexed declaration with headings
    EDITIONS / "A-RES-80-117.pymupdf.txt",
    CSTO / SERIES[0],
    CORPUS / "cooperation" / "A-RES-79-14.pymupdf.txt",  # a lone, unnumbered operative paragraph
    CORPUS / "cooperation" / "A-RES-79-284.pymupdf.txt",
]


@pytest.mark.parametrize("old", UNLIKE, ids=lambda path: path.name.split(".")[0])
def test_any_two_resolutions_round_trip(old: Path) -> None:
    """Even between unrelated resolutions, the change list applied to one gives the other."""
    for new in UNLIKE:
        changes = diff_editions(parsed(old), parsed(new))
        assert apply_changes(parsed(old), changes) == parsed(new), new.name
        assert list(iter_schema_problems(changes.to_dict(), schema="changes.schema.json")) == []


@pytest.mark.parametrize("extraction", ["A-RES-79-10.pdftotext-layout.txt", "A-RES-79-10.pdftotext-raw.txt"])
def test_three_extractions_of_one_pdf_have_no_difference(extraction: str) -> None:
    assert diff_editions(parsed(CSTO / SERIES[4]), parsed(CSTO / extraction)).changes == ()


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False), st.floats(0.1, 0.9))
def test_rewrapping_the_text_changes_nothing(chance: object, share: float) -> None:
    """Break body lines of the founding document at a space (as a narrower page would) and parse again."""
    import random

    assert isinstance(chance, random.Random)
    source = (CSTO / SERIES[0]).read_text(encoding="utf-8")
    lines = []
    for line in source.split("\n"):
        words = line.split(" ")
        cut = len(words) // 2
        breakable = (
            len(line) > 60 and cut > 1 and words[cut][:1].islower() and not line.lstrip()[:1].isdigit()
        )
        if breakable and chance.random() < share:
            lines.extend([" ".join(words[:cut]) + " ", " ".join(words[cut:])])
        else:
            lines.append(line)
    rewrapped = parse_edition("\n".join(lines), name="rewrapped")
    assert diff_editions(parsed(CSTO / SERIES[0]), rewrapped).changes == ()


# -- drafts and the resolutions adopted from them -----------------------------------------------------------


@pytest.mark.parametrize(("draft", "resolution"), DRAFT_PAIRS)
def test_draft_and_resolution_have_the_same_paragraphs(draft: str, resolution: str) -> None:
    old, new, changes = draft_pair(draft, resolution)
    assert (len(old.preamble), len(old.operative)) == (len(new.preamble), len(new.operative))
    assert [len(a.paragraphs) for a in old.annexes] == [len(a.paragraphs) for a in new.annexes]
    structural = [c for c in clause_changes(changes) if c[1] not in ("modified",)]
    assert structural == []
    real = REAL_CHANGES.get(resolution, {})
    for section, _, old_id, _, change_class in clause_changes(changes):
        expected = real.get(old_id or "", "editorial")
        assert class_rank(change_class) <= class_rank(expected), (section, old_id, change_class)
    assert {c.old_id or c.new_id for c in changes.differences if c.section == "metadata"} <= ADOPTION_RECORD
    assert {c.change_class for c in changes.differences if c.section == "metadata"} == {"routine"}
    assert apply_changes(old, changes) == new


REAL_CHANGES = {"110": {"op200": "substantive"}}
"""The paragraph changes made between circulation and adoption, by resolution: clause -> class."""


def test_80_110_op200_was_brought_up_to_date_at_adoption() -> None:
    _, _, changes = draft_pair("L.22", "110")
    op200 = [c for c in changes.differences if c.section in CLAUSE_SECTIONS]
    assert [(c.kind, c.old_id, c.new_id, c.change_class) for c in op200] == [
        ("modified", "op200", "op200", "substantive")
    ]
    edits = [w for w in op200[0].words if w[0] != 0]
    assert edits == [
        (-1, "twenty-ninth"),
        (1, "thirtieth"),
        (-1, "nineteenth"),
        (1, "twentieth"),
        (-1, "sixth"),
        (1, "seventh"),
        (-1, "Baku"),
        (1, "Belém, Brazil,"),
        (-1, "11"),
        (1, "10"),
        (-1, "22"),
        (1, "21"),
        (-1, "2024"),
        (1, "2025"),
    ]


@pytest.mark.parametrize(("draft", "resolution", "meeting", "adopted"), [
    ("L.15", "11", "51st plenary meeting", "2025-11-26"),
    ("L.27", "111", "60th plenary meeting", "2025-12-10"),
])  # fmt: skip
def test_80_11_and_80_111_changed_only_their_adoption_record(
    draft: str, resolution: str, meeting: str, adopted: str
) -> None:
    _old, _new, changes = draft_pair(draft, resolution)
    assert clause_changes(changes) == []
    metadata = {
        c.old_id or c.new_id: (c.kind, c.new_text) for c in changes.differences if c.section == "metadata"
    }
    assert metadata["adopted"] == ("added", adopted)
    assert metadata["meeting"] == ("added", meeting)
    assert metadata["number"] == ("added", f"80/{resolution}")
    assert metadata["symbol"] == ("modified", f"A/RES/80/{resolution}")
    assert metadata["sponsors"][0] == "removed"
    assert metadata["distribution.level"] == ("modified", "General")


def test_80_111_drops_the_sponsors_footnote() -> None:
    _, _, changes = draft_pair("L.27", "111")
    footnotes = [(c.kind, c.old_id, c.old_text) for c in changes.differences if c.section == "footnotes"]
    assert footnotes == [
        (
            "removed",
            "*",
            "Any changes to the list of sponsors will be reflected in the official records of the meeting.",
        )
    ]
