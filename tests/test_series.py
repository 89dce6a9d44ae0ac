"""Series on the real CSTO corpus: citations, members and gaps, successive diffs as a reader sees them,
paragraph lineage, and the ``series``/``blame``/``report`` commands."""

from __future__ import annotations

import json
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from versioning.cli import main
from versioning.diff.changes import Change
from versioning.parsing import parse_edition
from versioning.series import (
    Series,
    SeriesStep,
    continued_series,
    discover_series,
    draft_pairs,
    extract_citations,
    load_series,
    series_citations,
    successive_diffs,
    trace_lineage,
)
from versioning.series.formatting import counts_phrase, series_text, steps_markdown, steps_text
from versioning.series.report import render_series_report
from versioning.store import MemoryStore, open_store

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
CSTO = CORPUS / "csto"
HELD = {
    "A/RES/67/6": "A-RES-67-6.reissue-2013-07-15.txt",
    "A/RES/73/331": "A-RES-73-331.pymupdf.txt",
    "A/RES/75/276": "A-RES-75-276.pymupdf.txt",
    "A/RES/77/13": "A-RES-77-13.pymupdf.txt",
    "A/RES/79/10": "A-RES-79-10.pymupdf.txt",
}
NINE = [
    ("A/RES/64/256", "2010-03-02", False),
    ("A/RES/65/122", "2010-12-13", False),
    ("A/RES/67/6", "2012-11-19", True),
    ("A/RES/69/12", "2014-11-11", False),
    ("A/RES/71/12", "2016-11-21", False),
    ("A/RES/73/331", "2019-07-25", True),
    ("A/RES/75/276", "2021-04-28", True),
    ("A/RES/77/13", "2022-11-21", True),
    ("A/RES/79/10", "2024-11-18", True),
]
"""The series as the preamble of A/RES/79/10 and the corpus README give it: symbol, adoption date, held."""


@pytest.fixture(scope="module")
def store() -> MemoryStore:
    memory = MemoryStore()
    memory.add([CSTO / name for name in HELD.values()])
    return memory


@pytest.fixture(scope="module")
def series(store: MemoryStore) -> Series:
    return load_series(store, "A/RES/79/10")


@pytest.fixture(scope="module")
def steps(series: Series) -> dict[str, SeriesStep]:
    return {step.label: step for step in successive_diffs(series, include_unchanged=True)}


@pytest.fixture(scope="module")
def git_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("series") / "store"
    open_store(path, create=True).add([CSTO / name for name in HELD.values()])
    return str(path)


# Citations -------------------------------------------------------------------------------------------------


def test_the_founding_document_cites_its_two_predecessors_and_three_unrelated_resolutions() -> None:
    document = parse_edition(CSTO / HELD["A/RES/67/6"])
    cited = [(c.number, c.date, c.clause, c.basis, c.footnote) for c in extract_citations(document)]
    assert cited == [
        ("59/50", "2004-12-02", "pp3", None, None),  # observer status: another subject
        ("64/256", "2010-03-02", "pp4", "subject", None),
        ("65/122", "2010-12-13", "pp4", "subject", None),
        ("49/57", None, "pp4", None, "2"),  # footnote 2: the Declaration's resolution, annex
        ("60/288", None, "pp9", None, "5"),  # footnote 5: the Global Counter-Terrorism Strategy
        ("60/288", None, "op5", None, "5"),  # the same footnote, cited again
    ]
    assert [c.same_subject for c in extract_citations(document)] == [False, True, True, False, False, False]


def test_79_10_cites_the_eight_earlier_members_with_their_dates() -> None:
    document = parse_edition(CSTO / HELD["A/RES/79/10"])
    cited = [(c.symbol, c.date) for c in series_citations(document)]
    assert cited == [(symbol, date) for symbol, date, _ in NINE[:-1]]


# Members and gaps ------------------------------------------------------------------------------------------


def test_the_series_of_79_10_lists_nine_members_with_four_gaps(series: Series) -> None:
    assert (
        series.title
        == "Cooperation between the United Nations and the Collective Security Treaty Organization"
    )
    assert [(m.symbol, m.date, m.held) for m in series.members] == NINE
    assert [m.symbol for m in series.gaps] == ["A/RES/64/256", "A/RES/65/122", "A/RES/69/12", "A/RES/71/12"]
    assert [m.reference for m in series.held] == [
        "A/RES/67/6@2013-07-15",
        "A/RES/73/331@2019-07-31",
        "A/RES/75/276@2021-04-29",
        "A/RES/77/13@2022-11-25",
        "A/RES/79/10@2024-11-19",
    ]
    assert series.member("A/RES/69/12").cited_by == (
        "A/RES/73/331",
        "A/RES/75/276",
        "A/RES/77/13",
        "A/RES/79/10",
    )


@pytest.mark.parametrize("symbol", list(HELD))
def test_every_held_member_finds_the_same_series(store: MemoryStore, symbol: str) -> None:
    assert [(m.symbol, m.date, m.held) for m in load_series(store, symbol).members] == NINE


def test_the_founding_document_alone_knows_only_its_two_predecessors() -> None:
    alone = discover_series(parse_edition(CSTO / HELD["A/RES/67/6"]), [])
    assert [(m.symbol, m.held) for m in alone.members] == [
        ("A/RES/64/256", False),
        ("A/RES/65/122", False),
        ("A/RES/67/6", True),
    ]


def test_a_resolution_of_another_series_is_not_a_member(store: MemoryStore) -> None:
    other = parse_edition(CORPUS / "cooperation" / "A-RES-79-11.pymupdf.txt")  # GUAM
    candidates = [store.read(symbol) for symbol in HELD]
    series = discover_series(other, candidates)
    assert [m.symbol for m in series.held] == ["A/RES/79/11"]
    assert all(m.symbol not in HELD for m in series.members)


def test_a_draft_continues_the_series_of_the_latest_resolution_it_updates() -> None:
    """A/C.1/80/L.7 recalls the regional disarmament resolutions up to 79/25 and was adopted as 80/27: its
    series ends at 79/25, adopted before the draft was issued; a draft without a date continues none."""
    first = CORPUS / "sessions" / "first"
    draft = parse_edition(first / "A-C.1-80-L.7.pymupdf.txt")
    held = [parse_edition(first / name) for name in ("A-RES-79-25.pymupdf.txt", "A-RES-80-27.pymupdf.txt")]
    other = parse_edition(CSTO / "A-RES-77-13.pymupdf.txt")
    series = continued_series(draft, [*held, other])
    assert series is not None
    assert [member.symbol for member in series.held] == ["A/RES/79/25"]
    assert [member.symbol for member in series.gaps][-2:] == ["A/RES/77/59", "A/RES/78/36"]
    undated = replace(draft, edition=replace(draft.edition, date=None))
    assert continued_series(undated, held) is None
    assert continued_series(draft, [other]) is None
    adopted = held[1]  # an adopted resolution's series is discover_series's
    assert continued_series(adopted, held) == discover_series(adopted, held)


def test_the_members_of_an_annual_series_share_its_title_whatever_the_year() -> None:
    """ "Unforeseen and extraordinary expenses for 2025" (79/260) and "... for 2026" (80/245, and its draft
    A/C.5/80/L.7) are one series: each year's resolution re-adopts the text with the next year.  None of them
    cites another, so only the title links them."""
    fifth = CORPUS / "sessions" / "fifth"
    older, newer, draft = (
        parse_edition(fifth / name)
        for name in ("A-RES-79-260.pymupdf.txt", "A-RES-80-245.pymupdf.txt", "A-C.5-80-L.7.pymupdf.txt")
    )
    assert [m.symbol for m in discover_series(newer, [older]).held] == ["A/RES/79/260", "A/RES/80/245"]
    continued = continued_series(draft, [older, newer])
    assert continued is not None and [m.symbol for m in continued.held] == ["A/RES/79/260"]
    other_title = replace(older, title="Unforeseen and extraordinary expenses of the biennium")
    assert discover_series(newer, [other_title]).held[0].symbol == "A/RES/80/245"
    assert len(discover_series(newer, [other_title]).held) == 1


def test_the_text_view_names_every_member_and_marks_the_gaps(series: Series) -> None:
    text = series_text(series)
    assert "9 members: 5 held, 4 known gaps" in text
    assert "A/RES/69/12   2014-11-11  gap     not held; cited by 73/331, 75/276, 77/13 and 1 more" in text
    assert "A/RES/77/13   2022-11-21  held    A/RES/77/13@2022-11-25" in text


def test_the_counts_are_in_the_number_they_need(series: Series) -> None:
    one_member = Series(series.title, series.members[-1:])
    assert counts_phrase(one_member) == "1 member: 1 held, 0 known gaps"
    one_gap = Series(series.title, (*series.held, series.gaps[0]))
    assert counts_phrase(one_gap, joined_by=",") == "6 members, 5 held, 1 known gap"
    assert series_text(one_member).splitlines()[1] == "1 member: 1 held, 0 known gaps"


# Successive diffs, as a reader of the five texts sees them --------------------------------------------------


def clause_changes(step: SeriesStep) -> list[Change]:
    return [c for c in step.changes.differences if c.section in ("preamble", "operative")]


def text_changes(step: SeriesStep, section: str) -> dict[str, str | None]:
    """New clause id -> class, for every clause of ``section`` whose words changed."""
    return {
        c.new_id or "": c.change_class
        for c in step.changes.differences
        if c.section == section and c.text_changed
    }


def words(change: Change, op: int) -> str:
    return " ".join(" ".join(text for o, text in change.words if o == op).split())


def find(step: SeriesStep, section: str, new_id: str) -> Change:
    return next(c for c in step.changes.differences if c.section == section and c.new_id == new_id)


def test_the_successive_pairs_are_the_held_members_in_order(steps: dict[str, SeriesStep]) -> None:
    assert list(steps) == ["67/6 -> 73/331", "73/331 -> 75/276", "75/276 -> 77/13", "77/13 -> 79/10"]
    assert [gap.symbol for gap in steps["67/6 -> 73/331"].gaps] == ["A/RES/69/12", "A/RES/71/12"]
    assert all(not step.gaps for label, step in steps.items() if label != "67/6 -> 73/331")


def test_67_6_to_73_331_operative_part(steps: dict[str, SeriesStep]) -> None:
    step = steps["67/6 -> 73/331"]
    # Read in the texts: every operative paragraph but op3 was reworded; op9 only for the session.
    assert text_changes(step, "operative") == {
        "op1": "substantive",  # "... acknowledges in particular ... interaction" (was "cooperation")
        "op2": "substantive",  # "significant practical contribution", "irregular migration", "human-made"
        "op4": "substantive",  # "through bilateral contacts and various formats"
        "op5": "substantive",  # "continue their interaction in the interest of the consistent ..."
        "op6": "substantive",  # "and the development of their direct contacts"
        "op7": "substantive",  # "to further strengthen their interaction"
        "op8": "substantive",  # "seventy-fifth session a report on the implementation"
        "op9": "routine",  # "sixty-ninth" -> "seventy-fifth" only
    }
    assert "practical" in words(find(step, "operative", "op2"), 1)
    assert (words(find(step, "operative", "op9"), -1), words(find(step, "operative", "op9"), 1)) == (
        "sixty-ninth",
        "seventy-fifth",
    )
    assert not [
        c for c in clause_changes(step) if c.section == "operative" and c.kind in ("added", "removed")
    ]


def test_67_6_to_73_331_preamble(steps: dict[str, SeriesStep]) -> None:
    step = steps["67/6 -> 73/331"]
    pp4 = find(step, "preamble", "pp4")
    assert pp4.change_class == "routine"
    cited = "67/6 of 19 November 2012, 69/12 of 11 November 2014 and 71/12 of 21 November 2016"
    assert cited in words(pp4, 1)
    assert find(step, "preamble", "pp5").change_class == "substantive"  # "those of ... and 6 August 2013"
    pp7 = find(step, "preamble", "pp7")
    assert (words(pp7, -1), words(pp7, 1)) == (
        "during its existence",
        "in the 25 years since the signing of the Collective Security Treaty",
    )
    pp8 = find(step, "preamble", "pp8")
    assert pp8.lead is not None and (pp8.lead.old, pp8.lead.new) == ("Welcoming", "Encouraging")
    added = {c.new_id for c in clause_changes(step) if c.kind == "added"}
    removed = {c.old_id for c in clause_changes(step) if c.kind == "removed"}
    # New in 73/331: the Joint Declaration of 18 March 2010, "Stressing ... a world free of terrorism",
    # the operation "Nelegal", the memorandum with UNHCR of 17 January 2017.
    assert {"pp6", "pp9", "pp12", "pp14"} <= added
    # Gone from 67/6: the twentieth anniversary, the rapid reaction forces, the statement of 22 April 2011.
    assert {"pp6", "pp13", "pp14"} <= removed
    assert len(step.new.document.preamble) == len(step.old.document.preamble) == 15  # type: ignore[union-attr]


def test_73_331_to_75_276(steps: dict[str, SeriesStep]) -> None:
    step = steps["73/331 -> 75/276"]
    assert text_changes(step, "preamble") == {
        "pp4": "routine",  # "... and 73/331 of 25 July 2019" cited
        "pp7": "substantive",  # "in the 25 years since" -> "since"
        "pp10": "substantive",  # "on the basis of the memorandum ..., signed on 9 November 2018"
        "pp11": "substantive",  # "outcome document of the 2016 General Assembly special session", 2021-2025
    }
    assert words(find(step, "preamble", "pp7"), -1) == "in the 25 years"
    assert "2021–2025" in words(find(step, "preamble", "pp11"), 1)
    assert text_changes(step, "operative") == {
        "op8": "routine",
        "op9": "routine",
    }  # "seventy-fifth" -> "...seventh"
    assert not [c for c in clause_changes(step) if c.kind in ("added", "removed", "moved")]


def test_73_331_to_75_276_leaves_op1_as_it_reads(steps: dict[str, SeriesStep]) -> None:
    # In both texts op1 reads the same; 73/331 merely cites note 1 a second time.
    assert "op1" not in text_changes(steps["73/331 -> 75/276"], "operative")


@pytest.mark.parametrize(
    ("label", "cited", "old_session", "new_session"),
    [
        ("75/276 -> 77/13", "75/276 of 28 April 2021", "seventy-seventh", "seventy-ninth"),
        ("77/13 -> 79/10", "77/13 of 21 November 2022", "seventy-ninth", "eighty-first"),
    ],
)
def test_the_last_two_steps_are_routine_updates(
    steps: dict[str, SeriesStep], label: str, cited: str, old_session: str, new_session: str
) -> None:
    step = steps[label]
    assert cited in words(find(step, "preamble", "pp4"), 1)
    for clause in ("op8", "op9"):
        change = find(step, "operative", clause)
        assert change.change_class == "routine"
        assert old_session.endswith(words(change, -1)) and new_session.endswith(words(change, 1))
    above_editorial = {
        (c.section, c.new_id)
        for c in clause_changes(step)
        if c.kind != "modified" or c.change_class != "editorial"
    }
    assert above_editorial == {("preamble", "pp4"), ("operative", "op8"), ("operative", "op9")}
    assert step.summary().highest_class == "routine"


def test_the_summary_table(series: Series, steps: dict[str, SeriesStep]) -> None:
    first = steps["67/6 -> 73/331"].summary()
    assert first.modified["routine"] >= 2 and first.lead_shifts.get("same", 0) >= 3
    # The paragraphs on the operation "Kanal" (pp10) and on the drug strategy (pp11) became one (pp11).
    merged = {(c.old_id, c.new_id) for c in clause_changes(steps["67/6 -> 73/331"]) if c.kind == "merged"}
    assert merged == {("pp10", "pp11"), ("pp11", "pp11")} and first.split_or_merged >= 1
    assert first.highest_class == "substantive"
    table = steps_text(series, list(steps.values()))
    assert table.splitlines()[2].split() == [
        "PAIR", "GAPS", "ADDED", "REMOVED", "MOVED", "RENUMBERED", "EDITORIAL", "ROUTINE", "SUBSTANTIVE",
        "LEAD", "SHIFTS", "HIGHEST",
    ]  # fmt: skip
    row = next(line for line in table.splitlines() if line.startswith("77/13 -> 79/10"))
    assert row.split() == ["77/13", "->", "79/10", "-", "0", "0", "0", "0", "0", "3", "0", "-", "routine"]
    assert "| 67/6 -> 73/331 | 69/12, 71/12 |" in steps_markdown(series, list(steps.values()))


# Lineage ---------------------------------------------------------------------------------------------------


def test_lineage_of_79_10(series: Series, steps: dict[str, SeriesStep]) -> None:
    lineage = trace_lineage(series, "A/RES/79/10", tuple(steps.values()))
    by_clause = {p.clause: p for p in lineage.paragraphs}
    assert len(by_clause) == 15 + 9
    assert lineage.members == ("A/RES/67/6", "A/RES/73/331", "A/RES/75/276", "A/RES/77/13", "A/RES/79/10")
    # op3 has not changed since the founding document (which may not be its first appearance).
    assert (by_clause["op3"].origin, by_clause["op3"].before_held, by_clause["op3"].changes) == (
        "A/RES/67/6",
        True,
        (),
    )
    # op9 changed at every step, each time only for the session.
    assert [(c.member, c.change_class) for c in by_clause["op9"].changes] == [
        ("A/RES/73/331", "routine"),
        ("A/RES/75/276", "routine"),
        ("A/RES/77/13", "routine"),
        ("A/RES/79/10", "routine"),
    ]
    assert by_clause["op9"].changes[0].gaps == ("A/RES/69/12", "A/RES/71/12")
    # The Joint Declaration paragraph first appears in 73/331 (or in one of the two gaps before it).
    pp6 = by_clause["pp6"]
    assert (pp6.origin, pp6.before_held, pp6.origin_gaps) == (
        "A/RES/73/331",
        False,
        ("A/RES/69/12", "A/RES/71/12"),
    )
    # pp7 changed twice: "in the 25 years since the signing" (73/331), then "since the signing" (75/276).
    assert [c.member for c in by_clause["pp7"].changes] == ["A/RES/73/331", "A/RES/75/276"]
    pp8 = by_clause["pp8"].changes[0]
    assert pp8.lead is not None and (pp8.lead.old, pp8.lead.new) == ("Welcoming", "Encouraging")


def test_lineage_stops_at_the_member_asked_for(series: Series) -> None:
    lineage = trace_lineage(series, "A/RES/75/276")
    assert lineage.members[-1] == "A/RES/75/276"
    op9 = next(p for p in lineage.paragraphs if p.clause == "op9")
    assert [c.member for c in op9.changes] == ["A/RES/73/331", "A/RES/75/276"]


# Commands --------------------------------------------------------------------------------------------------


def test_series_command(git_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", git_store, "series", "A/RES/79/10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [
        "Cooperation between the United Nations and the Collective Security Treaty Organization",
        "9 members: 5 held, 4 known gaps",
    ]
    assert [line.split()[:3] for line in lines[4:]] == [[s, d, "held" if h else "gap"] for s, d, h in NINE]


def test_series_command_json_with_diffs(git_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", git_store, "series", "A/RES/79/10", "--diff", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["held"], data["gaps"]) == (5, 4)
    assert [(s["old"]["number"], s["new"]["number"], s["gaps"]) for s in data["steps"]] == [
        ("67/6", "73/331", ["A/RES/69/12", "A/RES/71/12"]),
        ("73/331", "75/276", []),
        ("75/276", "77/13", []),
        ("77/13", "79/10", []),
    ]
    assert data["steps"][-1]["summary"]["highest_class"] == "routine"


def test_series_diff_text_prints_the_table(git_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", git_store, "series", "A/RES/67/6", "--diff"]) == 0
    output = capsys.readouterr().out
    assert "67/6 -> 73/331    69/12, 71/12" in output


def test_blame_command(git_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", git_store, "blame", "A/RES/79/10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "A/RES/79/10@2024-11-19: Cooperation between the United Nations and the Collective Security Treaty "
        "Organization"
    )
    op3 = next(line for line in lines if line.startswith("op3 "))
    assert op3.split() == ["op3", "67/6", "or", "earlier", "unchanged"]
    pp6 = next(line for line in lines if line.startswith("pp6 "))
    assert pp6.split()[:5] == ["pp6", "73/331", "(or", "69/12,", "71/12)"]
    # Every change carries its class and the reason for it, as in every diff format.
    op8 = next(line for line in lines if line.startswith("op8 "))
    assert op8.split(None, 4)[4] == (
        "73/331 (or 69/12, 71/12): substantive (new words 'the'); 75/276: routine (session numbers only); "
        "77/13: routine (session numbers only); 79/10: routine (session numbers only)"
    )


def test_blame_json(git_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", git_store, "blame", "A/RES/77/13", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reference"] == "A/RES/77/13@2022-11-25"
    op8 = next(p for p in data["paragraphs"] if p["clause"] == "op8")
    assert [(c["member"], c["class"], c["reason"]) for c in op8["changes"]][-2:] == [
        ("A/RES/75/276", "routine", "routine: session numbers only"),
        ("A/RES/77/13", "routine", "routine: session numbers only"),
    ]


def test_report_command_writes_the_page(
    git_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "report.html"
    assert main(["--store", git_store, "report", "A/RES/79/10", "--output", str(page)]) == 0
    output = capsys.readouterr().out
    assert f"HTML report written to {page.resolve()}" in output
    assert "No draft -> adopted pair is held." in output
    html = page.read_text(encoding="utf-8")
    for symbol, _, _ in NINE:
        assert f'data-symbol="{symbol}"' in html
    for index in range(1, 5):
        assert f'id="step-{index}"' in html
    assert 'id="lineage"' in html and "<script" not in html


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["series", "A/RES/1/1"], "A/RES/1/1: no edition of this resolution is stored"),
        (["blame", "A/RES/1/1"], "A/RES/1/1: no edition of this resolution is stored"),
        (["series", "no-such-file.txt"], "no-such-file.txt: no such file"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    git_store: str, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--store", git_store, *argv]) == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1


def test_series_markdown_and_html(git_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", git_store, "series", "A/RES/79/10", "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert (
        "| A/RES/69/12 | 2014-11-11 | gap | not held; cited by 73/331, 75/276, 77/13 and 1 more |" in markdown
    )
    page = tmp_path / "series.html"
    assert main(["--store", git_store, "series", "A/RES/79/10", "--format", "html", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.count('class="page-section"') == 1 + 1 + 4 + 1


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name == "href" and value:
                self.links.append(value)


def test_the_report_page_is_self_contained_and_its_links_resolve(series: Series) -> None:
    editions = CORPUS / "editions"
    pairs = draft_pairs(
        parse_edition(editions / name)
        for name in (
            "A-80-L.15.pymupdf.txt",
            "A-RES-80-11.pymupdf.txt",
            "A-80-L.27.pymupdf.txt",
            "A-RES-80-111.pymupdf.txt",
        )
    )
    assert [pair.label for pair in pairs] == ["A/80/L.15 -> A/RES/80/11", "A/80/L.27 -> A/RES/80/111"]
    page = render_series_report(series, drafts=pairs)
    anchors = _Anchors()
    anchors.feed(page)
    assert len(anchors.ids) == len(set(anchors.ids))
    assert all(link.startswith("#") and link[1:] in anchors.ids for link in anchors.links)
    assert not {"script", "img", "link", "iframe"} & set(anchors.tags)
    for section in ("timeline", "summary", "step-1", "step-4", "lineage", "draft-1", "draft-2"):
        assert section in anchors.ids
    assert "Known gaps between these members: A/RES/69/12 (2014-11-11), A/RES/71/12 (2016-11-21)." in page
