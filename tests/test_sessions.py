"""The documents of the Main Committees (``../shared/corpus/sessions``): their drafts, the resolutions
adopted on their reports, and the diff between each draft and its resolution.

What the texts say (read from them): the drafts are Main Committee documents (``A/C.1/80/L.7``, "Distr.:
Limited", the committee's name under the session line, a sponsors' line or "Draft resolution submitted by
the Chair of the Committee following informal consultations" instead of a resolution number); the
resolutions are adopted "[on the report of the First Committee (A/80/534, para. 7)]", which names the
committee's report and its paragraph, not the draft.  Between each draft and its resolution the
paragraphs are word for word the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import CORPUS, parsed

from versioning.diff import apply_changes, diff_editions
from versioning.identifiers import Symbol
from versioning.model import Document, Report
from versioning.parsing import parse_edition
from versioning.series.drafts import draft_pairs
from versioning.store import MemoryStore
from versioning.validation import iter_problems, iter_schema_problems

SESSIONS = CORPUS / "sessions"
SESSION_TEXTS = sorted(SESSIONS.glob("*/*.txt"))
# (committee folder, draft, resolution adopted from it): the corpus README's table.
DRAFT_PAIRS = [
    ("first", "A-C.1-80-L.7", "A-RES-80-27"),
    ("third", "A-C.3-80-L.15", "A-RES-80-182"),
    ("fifth", "A-C.5-80-L.7", "A-RES-80-245"),
]
CLAUSE_SECTIONS = ("preamble", "operative", "annexes")


def session_document(folder: str, stem: str) -> Document:
    return parsed(SESSIONS / folder / f"{stem}.pymupdf.txt")


def test_the_sessions_folder_holds_every_committee() -> None:
    assert {path.parent.name for path in SESSION_TEXTS} == {"first", "third", "fourth", "fifth", "sixth"}
    assert len(SESSION_TEXTS) == 12


@pytest.mark.parametrize("text", SESSION_TEXTS, ids=lambda p: p.name)
def test_every_session_text_parses_and_validates(text: Path) -> None:
    document = parsed(text)
    assert list(iter_problems(document.to_dict())) == []
    numbers = [p.number for p in document.operative]
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
    assert Document.from_dict(document.to_dict()) == document


@pytest.mark.parametrize(
    ("folder", "stem", "committee", "title", "sponsors", "agenda"),
    [
        ("first", "A-C.1-80-L.7", "First Committee", "Regional disarmament",
         ("Egypt", "Iraq", "Pakistan", "Sri Lanka"), ("99 (f)",)),
        ("third", "A-C.3-80-L.15", "Third Committee", "Cooperatives in social development",
         ("Côte d’Ivoire", "Mongolia"), ("25 (b)",)),
        ("fifth", "A-C.5-80-L.7", "Fifth Committee", "Unforeseen and extraordinary expenses for 2026",
         ("Chair of the Committee following informal consultations",), ("136",)),
    ],
)  # fmt: skip
def test_committee_draft_header(
    folder: str, stem: str, committee: str, title: str, sponsors: tuple[str, ...], agenda: tuple[str, ...]
) -> None:
    document = session_document(folder, stem)
    assert document.symbol == Symbol.parse(stem.replace("-", "/"))
    assert document.symbol.committee == int(stem[4])
    assert (document.number, document.adopted, document.draft, document.report) == (None, None, None, None)
    assert document.committee == committee
    assert document.title == title
    assert document.sponsors == sponsors
    assert document.agenda_items == agenda
    assert document.distribution.level == "Limited"
    assert document.edition.kind == "draft"
    assert document.session == 80


@pytest.mark.parametrize(
    ("folder", "stem", "committee", "report", "paragraph"),
    [
        ("first", "A-RES-79-25", "First Committee", "A/79/408", "114"),
        ("first", "A-RES-80-27", "First Committee", "A/80/534", "7"),
        ("third", "A-RES-80-182", "Third Committee", "A/80/545", "5"),
        ("fourth", "A-RES-79-90", "Special Political and Decolonization Committee (Fourth Committee)",
         "A/79/423", "10"),
        ("fifth", "A-RES-79-260", "Fifth Committee", "A/79/652", "58"),
        ("sixth", "A-RES-80-167", "Sixth Committee", "A/80/454", "8"),
    ],
)  # fmt: skip
def test_resolution_on_a_committee_report(
    folder: str, stem: str, committee: str, report: str, paragraph: str
) -> None:
    document = session_document(folder, stem)
    assert document.report == Report(Symbol.parse(report), paragraph)
    assert document.report.symbol.category == "document"
    assert document.draft is None, "the header names the report, not the draft"
    assert document.committee == committee
    data = document.to_dict()
    assert data["report"] == {"symbol": report, "paragraph": paragraph}
    assert list(data)[6:9] == ["draft", "committee", "report"]


def test_plenary_documents_carry_no_committee_keys() -> None:
    data = parsed(CORPUS / "csto" / "A-RES-79-10.pymupdf.txt").to_dict()
    assert "committee" not in data and "report" not in data
    assert data["draft"] == "A/79/L.11"


def test_resumed_plenary_meeting_closes_the_fifth_committee_resolution() -> None:
    """ "55th (resumed) plenary meeting" is the closing line, not words of paragraph 3."""
    document = session_document("fifth", "A-RES-79-260")
    assert document.meeting == "55th (resumed) plenary meeting"
    assert document.operative[-1].text.endswith(
        "a resumed or special session of the Assembly shall be "
        "convened by the Secretary-General to consider the matter."
    )


@pytest.mark.parametrize("stem", ["A-RES-79-260", "A-RES-80-245", "A-C.5-80-L.7"])
def test_fifth_committee_clauses_and_sub_clauses(stem: str) -> None:
    """ "The General Assembly" (no comma, no preamble), paragraph 1 with clauses (a) to (c), and (b) with
    sub-clauses (i) to (v)."""
    document = session_document("fifth", stem)
    assert document.preamble == ()
    assert [p.number for p in document.operative] == ["1", "2", "3"]
    first = document.operative[0]
    assert [str(sub.id) for sub in first.subparagraphs] == ["op1.a", "op1.b", "op1.c"]
    assert [str(sub.id) for sub in first.subparagraphs[1].subparagraphs] == [
        "op1.b.i", "op1.b.ii", "op1.b.iii", "op1.b.iv", "op1.b.v",
    ]  # fmt: skip
    assert first.subparagraphs[1].subparagraphs[3].text.endswith("not exceeding a total of 205,000 dollars;")
    assert [p.lead for p in document.operative] == ["Authorizes", "Resolves", "Decides"]


def test_a_paragraph_number_printed_without_its_full_stop() -> None:
    """A/RES/80/167 prints paragraph 6 as "6" alone on its line: it is still paragraph 6, not words of 5."""
    document = session_document("sixth", "A-RES-80-167")
    assert len(document.operative) == 25
    assert document.operative[5].number == "6"
    assert document.operative[5].text.startswith("Also reaffirms the important role of the International Law")
    assert document.operative[4].text.endswith("obligations under international law;")


@pytest.mark.parametrize(("folder", "draft", "resolution"), DRAFT_PAIRS)
def test_committee_draft_diffs_against_its_resolution_paragraph_for_paragraph(
    folder: str, draft: str, resolution: str
) -> None:
    old, new = session_document(folder, draft), session_document(folder, resolution)
    changes = diff_editions(old, new)
    clause_kinds = {c.kind for c in changes.differences if c.section in CLAUSE_SECTIONS}
    assert not clause_kinds & {"added", "removed"}, "no paragraph added or removed"
    assert [p.id for p in old.paragraphs()] == [p.id for p in new.paragraphs()]
    assert [p.text for p in old.paragraphs()] == [p.text for p in new.paragraphs()]
    metadata = {c.new_id or c.old_id for c in changes.differences if c.section == "metadata"}
    assert {"symbol", "report.symbol", "report.paragraph", "sponsors"} <= metadata
    assert "committee" not in metadata, "the same committee drafted and reported it"
    assert apply_changes(old, changes) == new
    assert list(iter_schema_problems(changes.to_dict(), schema="changes.schema.json")) == []


def test_sixth_committee_series_inserts_deletes_and_renumbers() -> None:
    """79/126 -> 80/167: a new paragraph 6 ("Also reaffirms the important role of the International Law
    Commission"), old 7 (on resolution 77/322) gone, old 11 split in two (the Programme of Assistance
    reworded as new 11, its second half, on technical assistance, its own paragraph 12); the paragraphs
    after them renumbered."""
    old, new = session_document("sixth", "A-RES-79-126"), session_document("sixth", "A-RES-80-167")
    changes = diff_editions(old, new)
    operative = [(c.kind, c.old_id, c.new_id) for c in changes.differences if c.section == "operative"]
    assert ("added", None, "op6") in operative
    assert ("removed", "op7", None) in operative
    assert ("split", "op11", "op11") in operative and ("split", "op11", "op12") in operative
    assert ("renumbered", "op12", "op13") in operative


def edited(text: str, *replacements: tuple[str, str]) -> str:
    """A corpus text with a few replacements, each of which must apply exactly once."""
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def resolves_that_text() -> str:
    """A/RES/80/245 written as the Fifth Committee writes its financial resolutions: "Resolves that"
    followed by clauses (a) to (e), (b) with sub-clauses (i) to (v).  Made from the real text by three
    edits: paragraph 1's opening becomes "Resolves that the Secretary-General ... may enter", and
    paragraphs 2 and 3 become clauses (d) and (e)."""
    source = (SESSIONS / "fifth" / "A-RES-80-245.pymupdf.txt").read_text(encoding="utf-8")
    return edited(
        source,
        ("1. \nAuthorizes the Secretary-General,", "Resolves that the Secretary-General,"),
        ("paragraph 3 below, to enter into commitments", "clause (e) below, may enter into commitments"),
        ("2. \nResolves that the Secretary-General", "(d) \nThe Secretary-General"),
        ("3. \nDecides that, for the year 2026,", "(e) \nFor the year 2026,"),
    )


def test_resolves_that_with_lettered_clauses_is_one_unnumbered_paragraph() -> None:
    document = parse_edition(resolves_that_text(), name="A-RES-80-245.resolves-that")
    assert list(iter_problems(document.to_dict())) == []
    assert len(document.operative) == 1
    (resolves,) = document.operative
    assert (resolves.number, resolves.lead) == (None, "Resolves")
    assert resolves.text.endswith("shall not be necessary for:")
    assert resolves.footnotes == ("1",)
    assert [sub.number for sub in resolves.subparagraphs] == ["a", "b", "c", "d", "e"]
    assert [str(sub.id) for sub in resolves.subparagraphs[1].subparagraphs] == [
        "op1.b.i", "op1.b.ii", "op1.b.iii", "op1.b.iv", "op1.b.v",
    ]  # fmt: skip
    assert resolves.subparagraphs[4].text.endswith("to consider the matter.")
    assert document.meeting == "69th (resumed) plenary meeting"


def test_resolves_that_diffs_against_the_numbered_form() -> None:
    """The diff between the numbered resolution and its "Resolves that" form keeps the clauses whose words
    did not change and round-trips.  (A paragraph that became a clause, op2 -> op1.d, is a removal and an
    addition: the alignment pairs clauses of one level.)"""
    old = session_document("fifth", "A-RES-80-245")
    new = parse_edition(resolves_that_text(), name="A-RES-80-245.resolves-that")
    changes = diff_editions(old, new, include_unchanged=True)
    assert apply_changes(old, changes) == new
    assert diff_editions(new, new).changes == ()
    unchanged = {c.new_id for c in changes.changes if c.kind == "unchanged"}
    assert {"op1.a", "op1.b", "op1.b.i", "op1.b.v", "op1.c"} <= unchanged
    modified = [(c.kind, c.old_id, c.new_id) for c in changes.differences if c.section == "operative"]
    assert ("modified", "op1", "op1") in modified
    assert ("added", None, "op1.d") in modified and ("removed", "op2", None) in modified


def revised(path: Path, symbol: str, date: str, new_date: str) -> bytes:
    """A draft's text issued as its first revision: every occurrence of its symbol (the header and the
    running headers) takes "/Rev.1" and the distribution date becomes ``new_date`` -- the two things a
    revision's header changes.  Made from the real draft by those edits."""
    text = path.read_text(encoding="utf-8")
    assert text.count(symbol) >= 1 and text.count(date) >= 1
    return text.replace(symbol, f"{symbol}/Rev.1").replace(date, new_date, 1).encode("utf-8")


@pytest.mark.parametrize(
    ("path", "symbol", "date"),
    [
        (SESSIONS / "third" / "A-C.3-80-L.15.pymupdf.txt", "A/C.3/80/L.15", "14 October 2025"),
        (CORPUS / "editions" / "A-80-L.5.pymupdf.txt", "A/80/L.5", "6 October 2025"),
    ],
)
def test_a_revised_draft_is_an_edition_of_its_draft(path: Path, symbol: str, date: str) -> None:
    original = parsed(path)
    revision = parse_edition(revised(path, symbol, date, "6 November 2025"), name=f"{symbol}/Rev.1")
    assert list(iter_problems(revision.to_dict())) == []
    assert revision.symbol == original.symbol == Symbol.parse(symbol)
    assert (revision.edition.kind, str(revision.edition.symbol)) == ("revision", f"{symbol}/Rev.1")
    assert str(revision.edition_id) == f"{symbol}@2025-11-06"
    assert revision.title == original.title and revision.sponsors == original.sponsors
    store = MemoryStore()
    store.add([path.read_bytes(), revised(path, symbol, date, "6 November 2025")])
    assert [(e.reference, e.kind) for e in store.editions(symbol)] == [
        (str(original.edition_id), "draft"),
        (f"{symbol}@2025-11-06", "revision"),
    ]
    changes = diff_editions(original, revision)
    assert {c.old_id or c.new_id for c in changes.differences} == {
        "distribution.date", "edition.kind", "edition.date", "edition.symbol",
    }  # fmt: skip


def test_committee_drafts_pair_with_the_resolutions_adopted_on_the_committees_reports() -> None:
    """A resolution adopted on a report names no draft: its draft is the committee's draft of the same
    session, committee and title."""
    documents = [parsed(path) for path in SESSION_TEXTS]
    pairs = draft_pairs(documents)
    assert [pair.label for pair in pairs] == [
        "A/C.1/80/L.7 -> A/RES/80/27",
        "A/C.3/80/L.15 -> A/RES/80/182",
        "A/C.5/80/L.7 -> A/RES/80/245",
    ]
    summaries = [pair.summary() for pair in pairs]
    assert [(s.added, s.removed, s.highest_class) for s in summaries] == [(0, 0, "routine")] * 3


@pytest.mark.parametrize(
    ("origin", "symbol", "paragraph"),
    [
        ("(A/80/534/Add.1, para. 7)", "A/80/534/Add.1", "7"),
        ("(A/80/534, paras. 7 and 8)", "A/80/534", "7 and 8"),
        ("(A/80/534)", "A/80/534", None),
    ],
)
def test_report_origins_as_the_assembly_writes_them(origin: str, symbol: str, paragraph: str | None) -> None:
    """An addendum of the report, two paragraphs, no paragraph: A/RES/80/27's origin line so edited."""
    text = (SESSIONS / "first" / "A-RES-80-27.pymupdf.txt").read_text(encoding="utf-8")
    assert text.count("(A/80/534, para. 7)") == 1
    document = parse_edition(text.replace("(A/80/534, para. 7)", origin), name="origin")
    assert document.report == Report(Symbol.parse(symbol), paragraph)
    assert list(iter_problems(document.to_dict())) == []
