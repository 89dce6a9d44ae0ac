"""The diff engine on documents: the labelled cases, the JSON contract, the round trip, the properties."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from versioning.canonical import canonical_json
from versioning.diff import ChangeList, DiffOptions, apply_changes, diff_editions
from versioning.identifiers import ClauseId
from versioning.model import Annex, Document, Edition, Footnote, Heading, Paragraph
from versioning.render.footnote_marks import FootnoteMarks
from versioning.validation import iter_schema_problems

CASES = Path(__file__).parent / "cases" / "diff"
sys.path.insert(0, str(CASES))
import build_cases  # noqa: E402  (the cases' own builder, beside them)

CASE_NAMES = sorted(path.name for path in CASES.iterdir() if (path / "expected.json").exists())
BASE = build_cases.load_base()


def load(path: Path) -> Document:
    return Document.from_dict(json.loads(path.read_text(encoding="utf-8")))


def test_every_case_of_the_builder_is_on_disk() -> None:
    assert sorted(build_cases.CASES) == CASE_NAMES


@pytest.mark.parametrize("name", CASE_NAMES)
def test_labelled_case(name: str) -> None:
    folder = CASES / name
    left, right = load(folder / "left.json"), load(folder / "right.json")
    assert right == build_cases.CASES[name](left), "right.json is stale: run build_cases.py"
    changes = diff_editions(left, right)
    assert canonical_json(changes) == (folder / "expected.json").read_text(encoding="utf-8")
    assert apply_changes(left, changes) == right
    assert list(iter_schema_problems(changes.to_dict(), schema="changes.schema.json")) == []
    assert ChangeList.from_dict(json.loads(canonical_json(changes))) == changes


def kinds(changes: ChangeList) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(c.section, c.kind, c.old_id, c.new_id, c.change_class) for c in changes.differences]


def test_cases_read_as_a_reader_would() -> None:
    """The labelled cases, checked by reading: the kinds and classes a person would give."""
    by_name = {name: diff_editions(BASE, edit(BASE)) for name, edit in build_cases.CASES.items()}
    assert kinds(by_name["word-change"]) == [("operative", "modified", "op3", "op3", "substantive")]
    lead = by_name["lead-change"].changes[0].lead
    assert lead is not None and (lead.old, lead.new, lead.shift) == ("Encourages", "Urges", "stronger")
    assert {c.change_class for c in by_name["routine-update"].changes} == {"routine"}
    assert {c.change_class for c in by_name["editorial-change"].changes} == {"editorial"}
    insertion = kinds(by_name["insertion"])
    assert insertion[0] == ("operative", "added", None, "op5", "substantive")
    assert insertion[1:] == [
        ("operative", "renumbered", f"op{n}", f"op{n + 1}", "editorial") for n in range(5, 10)
    ]
    deletion = kinds(by_name["deletion-renumbering"])
    assert deletion[0] == ("operative", "removed", "op6", None, "substantive")
    assert deletion[1:] == [
        ("operative", "renumbered", f"op{n}", f"op{n - 1}", "editorial") for n in range(7, 10)
    ]
    move = by_name["move"]
    assert [(c.old_id, c.new_id) for c in move.changes if c.moved] == [("pp13", "pp7")]
    assert {c.kind for c in move.changes if not c.moved} == {"renumbered"}
    swap = by_name["swap"]
    assert sorted((c.kind, c.old_id, c.new_id) for c in swap.changes) == [
        ("moved", "op4", "op5"),
        ("renumbered", "op5", "op4"),
    ]
    split = [c for c in by_name["split"].changes if c.kind == "split"]
    assert [(c.old_id, c.new_id, c.related) for c in split] == [
        ("op3", "op3", ("op4",)),
        ("op3", "op4", ("op3",)),
    ]
    merge = [c for c in by_name["merge"].changes if c.kind == "merged"]
    assert [(c.old_id, c.new_id, c.related) for c in merge] == [
        ("op4", "op4", ("op5",)),
        ("op5", "op4", ("op4",)),
    ]
    assert kinds(by_name["footnote-change"]) == [
        ("footnotes", "modified", "1", "1", "routine"),
        ("footnotes", "modified", "6", "6", "substantive"),
    ]
    metadata = kinds(by_name["metadata-change"])
    assert [row[2] or row[3] for row in metadata if row[0] == "metadata"] == [
        "agenda_items",
        "edition.kind",
        "edition.date",
        "edition.note",
    ]
    assert ("footnotes", "removed", "*", None, "routine") in metadata  # a note about the edition


def test_same_document_gives_no_change() -> None:
    changes = diff_editions(BASE, BASE)
    assert changes.changes == ()
    assert not changes.has_differences()
    assert changes.summary() == {"total": 0, "by_kind": {}, "by_class": {}}


def test_unchanged_clauses_are_listed_on_request() -> None:
    changes = diff_editions(BASE, BASE, include_unchanged=True)
    paragraphs = [c for c in changes.changes if c.section in ("preamble", "operative")]
    assert len(paragraphs) == len(BASE.preamble) + len(BASE.operative)
    assert {c.kind for c in changes.changes} == {"unchanged"}
    assert changes.differences == ()
    assert apply_changes(BASE, changes) == BASE


def test_source_record_is_named_by_the_baselines_not_compared() -> None:
    other = BASE.with_source(replace(BASE.source, sha256="f" * 64))
    changes = diff_editions(BASE, other)
    assert changes.changes == ()
    assert changes.new.sha256 == "f" * 64
    assert apply_changes(BASE, changes) == other


def test_rewrapped_paragraph_text_is_at_most_editorial() -> None:
    paragraph = BASE.operative[1]
    rewrapped = replace(paragraph, text=paragraph.text.replace(" the ", "  the ").replace("-made", "- made"))
    other = replace(BASE, operative=(BASE.operative[0], rewrapped, *BASE.operative[2:]))
    changes = diff_editions(BASE, other)
    assert [(c.kind, c.change_class, c.match) for c in changes.changes] == [
        ("modified", "editorial", "normalised")
    ]


def test_fail_on_threshold() -> None:
    routine = diff_editions(BASE, build_cases.routine_update(BASE))
    assert routine.has_differences()
    assert routine.has_differences("routine")
    assert not routine.has_differences("substantive")


def test_sub_paragraphs_are_aligned_inside_their_parent() -> None:
    subs = (
        Paragraph(ClauseId.parse("op1.a"), "Strengthen the exchange of information;", number="a"),
        Paragraph(ClauseId.parse("op1.b"), "Hold annual consultations;", number="b"),
    )
    first = replace(BASE.operative[0], subparagraphs=subs)
    old = replace(BASE, operative=(first, *BASE.operative[1:]))
    inserted = Paragraph(ClauseId.parse("op1.a"), "Develop joint training of peacekeepers;", number="a")
    relabelled = tuple(
        replace(sub, id=ClauseId.parse(f"op1.{label}"), number=label)
        for sub, label in zip(subs, "bc", strict=True)
    )
    new_first = replace(first, subparagraphs=(inserted, *relabelled))
    shifted = list(build_cases.renumbered([NEW_FIRST, new_first, *BASE.operative[1:]], "op"))
    shifted[1] = replace(
        shifted[1],
        subparagraphs=tuple(
            replace(sub, id=ClauseId.parse(f"op2.{sub.number}")) for sub in new_first.subparagraphs
        ),
    )
    new = replace(BASE, operative=tuple(shifted))
    changes = diff_editions(old, new)
    # The paragraph whose sub-paragraph (a) was inserted changed, though its own words did not: modified,
    # with the class of its sub-paragraph's change, not "renumbered only".
    assert [(c.kind, c.old_id, c.new_id) for c in changes.changes][:4] == [
        ("added", None, "op1"),
        ("modified", "op1", "op2"),
        ("added", None, "op2.a"),
        ("renumbered", "op1.a", "op2.b"),
    ]
    parent = changes.changes[1]
    assert not parent.text_changed and parent.change_class == "substantive"
    assert parent.reason == "substantive: op2.a added"
    assert apply_changes(old, changes) == new


def test_a_paragraph_is_as_changed_as_its_sub_paragraphs() -> None:
    """A paragraph whose own words are the same but one of whose sub-paragraphs was reworded is modified
    (an editor reads "Urges ... by providing: (a) ... (c) ..." as one paragraph), listed even when
    unchanged paragraphs are not; one whose own words changed editorially takes its sub-paragraph's
    higher class; and one whose sub-paragraphs did not change keeps its own kind and class."""
    subs = (
        Paragraph(ClauseId.parse("op1.a"), "Strengthen the exchange of information;", number="a"),
        Paragraph(ClauseId.parse("op1.b"), "Hold annual consultations;", number="b"),
    )
    first = replace(BASE.operative[0], subparagraphs=subs)
    old = replace(BASE, operative=(first, *BASE.operative[1:]))
    reworded = replace(subs[1], text="Hold annual consultations at the level of the secretariats;")
    new = replace(BASE, operative=(replace(first, subparagraphs=(subs[0], reworded)), *BASE.operative[1:]))
    changes = diff_editions(old, new)
    assert [(c.kind, c.old_id, c.change_class) for c in changes.changes] == [
        ("modified", "op1", "substantive"),
        ("modified", "op1.b", "substantive"),
    ]
    assert changes.changes[0].reason.startswith("substantive: op1.b modified (new words")
    assert apply_changes(old, changes) == new
    respaced = replace(first, text=first.text.replace(" ", "  ", 1), subparagraphs=(subs[0], reworded))
    both = diff_editions(old, replace(BASE, operative=(respaced, *BASE.operative[1:])))
    assert (both.changes[0].kind, both.changes[0].change_class) == ("modified", "substantive")
    assert (both.changes[0].reason or "").startswith(
        "substantive: op1.b modified (new words 'at the level of the secretariats'); "
        "its own words editorial: spacing and punctuation only"
    )
    same_subs = replace(first, text=first.text.replace(" ", "  ", 1))
    alone = diff_editions(old, replace(BASE, operative=(same_subs, *BASE.operative[1:])))
    assert [(c.kind, c.change_class) for c in alone.changes] == [("modified", "editorial")]


def test_sub_paragraphs_added_outweigh_a_light_edit_of_the_paragraph_in_its_reason() -> None:
    """A paragraph reworded a little that gains a list of sub-paragraphs, both substantive, heads its reason
    with the sub-paragraphs, the heavier edit, and counts them ("Demands that ... comply ... as [-set
    out-]{+stipulated+} by the Court {+by, inter alia:+}" with seven sub-paragraphs added, A/RES/79/232 op2
    against A/80/L.26 op5, a held-back pair); a heavy edit of its own words keeps its own reason first."""
    text = "Demands that all parties comply with all of their obligations, including as set out by the Court;"
    first = replace(BASE.operative[0], text=text, subparagraphs=())
    old = replace(BASE, operative=(first, *BASE.operative[1:]))
    items = ("Allowing relief to reach the population;", "Respecting relief personnel;",
             "Ensuring respect for the privileges of the Organization;")  # fmt: skip
    subs = tuple(
        Paragraph(ClauseId.parse(f"op1.{letter}"), item, number=letter)
        for letter, item in zip("abc", items, strict=True)
    )
    listed = text.replace("of their", "their").replace("set out", "stipulated")
    listed = listed.replace(";", " by, inter alia:")
    new = replace(BASE, operative=(replace(first, text=listed, subparagraphs=subs), *BASE.operative[1:]))
    head = diff_editions(old, new).changes[0]
    assert (head.kind, head.old_id, head.change_class) == ("modified", "op1", "substantive")
    assert head.reason.startswith(
        "substantive: op1.a added, as are 2 more sub-paragraphs; its own words substantive: "
    )
    rewritten = listed.replace("all parties", "the occupying Power and every State of the region").replace(
        "including as stipulated by the Court", "without delay and in good faith, as the Court stipulated"
    )
    short = (Paragraph(ClauseId.parse("op1.a"), "Allowing relief;", number="a"),)
    heavier = replace(first, text=rewritten, subparagraphs=short)
    heavy = replace(BASE, operative=(heavier, *BASE.operative[1:]))
    own = diff_editions(old, heavy).changes[0]
    assert own.change_class == "substantive" and not own.reason.startswith("substantive: op1.a")


NEW_FIRST = Paragraph(
    "op0", "Reaffirms the importance of regional arrangements for peace;", "Reaffirms", (), "0"
)


def test_options_are_checked() -> None:
    with pytest.raises(ValueError):
        DiffOptions(similar_threshold=0)
    assert DiffOptions().similar_threshold == 0.5


def test_clause_ids_sort_in_sibling_order() -> None:
    def order(ids: list[str]) -> list[str]:
        return sorted(ids, key=lambda text: ClauseId.parse(text).sibling_order)

    ids = ["op10", "op2", "op3.b", "op3.a", "op3.a.iv", "op3.a.ix", "op3.a.v", "op3.aa", "op3.z"]
    assert order(ids[:2]) == ["op2", "op10"]
    assert order(ids[2:4] + ids[7:]) == ["op3.a", "op3.b", "op3.z", "op3.aa"]
    assert order(ids[4:7]) == ["op3.a.iv", "op3.a.v", "op3.a.ix"]


# -- properties ---------------------------------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "the",
        "United",
        "Nations",
        "cooperation",
        "Invites",
        "Requests",
        "session",
        "sixty-ninth",
        "2012",
        "67/6",
    ]
)
TEXTS = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)


def with_ids(paragraphs: list[Paragraph], prefix: str, numbered: bool) -> tuple[Paragraph, ...]:
    """Ids (and numbers) 1..N in order, sub-paragraph ids following their parent's."""

    def relabel(paragraph: Paragraph, clause_id: ClauseId) -> Paragraph:
        subs = tuple(relabel(sub, clause_id.child(sub.number or "")) for sub in paragraph.subparagraphs)
        return replace(paragraph, id=clause_id, subparagraphs=subs)

    return tuple(
        replace(relabel(p, ClauseId.parse(f"{prefix}{n}")), number=str(n) if numbered else None)
        for n, p in enumerate(paragraphs, 1)
    )


SUBS = (
    Paragraph(ClauseId.parse("op3.a"), "Strengthen the exchange of information;", number="a"),
    Paragraph(ClauseId.parse("op3.b"), "Hold annual consultations;", number="b", subparagraphs=(
        Paragraph(ClauseId.parse("op3.b.i"), "at the level of the secretariats;", number="i"),
    )),
)  # fmt: skip
ANNEX_TEXTS = [
    f"We affirm principle {n} of the cooperation between the two organizations." for n in range(1, 6)
]


def structured(document: Document) -> Document:
    """The base with sub-paragraphs in op3, an annex of five paragraphs and two headings."""
    operative = list(document.operative)
    operative[2] = replace(operative[2], subparagraphs=SUBS)
    annex = Annex(
        "annex1",
        "Annex",
        "Joint declaration",
        with_ids([Paragraph(ClauseId.parse("annex1.p1"), t) for t in ANNEX_TEXTS], "annex1.p", True),
    )
    headings = (
        Heading(ClauseId.parse("op1"), "I. Cooperation"),
        Heading(ClauseId.parse("annex1.p1"), "A. Principles"),
    )
    return replace(document, operative=tuple(operative), annexes=(annex,), headings=headings)


@st.composite
def edited_documents(draw: st.DrawFn) -> tuple[Document, Document]:
    """Two editions: the base (with or without sub-paragraphs, an annex and headings) and a random mix of
    deletions, insertions, rewordings, moves, footnote, heading and metadata changes of it."""
    old = structured(BASE) if draw(st.booleans()) else BASE

    def edit_section(paragraphs: tuple[Paragraph, ...], prefix: str, numbered: bool) -> tuple[Paragraph, ...]:
        items = list(paragraphs)
        for _ in range(draw(st.integers(0, 4))):
            action = draw(st.sampled_from(["delete", "insert", "reword", "move", "cite", "sub"]))
            if action == "insert" or not items:
                lead = "Invites" if prefix == "op" else "Noting"
                items.insert(
                    draw(st.integers(0, len(items))),
                    Paragraph(ClauseId.parse("pp1"), f"{lead} {draw(TEXTS)};", lead),
                )
                continue
            index = draw(st.integers(0, len(items) - 1))
            if action == "delete":
                items.pop(index)
            elif action == "reword":
                items[index] = replace(items[index], text=items[index].text + " " + draw(TEXTS))
            elif action == "move":
                items.insert(draw(st.integers(0, len(items) - 1)), items.pop(index))
            elif action == "sub" and items[index].subparagraphs:
                subs = list(items[index].subparagraphs)
                subs[0] = replace(subs[0], text=draw(TEXTS))
                items[index] = replace(
                    items[index], subparagraphs=tuple(subs[: draw(st.integers(1, len(subs)))])
                )
            else:
                items[index] = replace(items[index], footnotes=("2",))
        return with_ids(items, prefix, numbered)

    new = replace(
        old,
        preamble=edit_section(old.preamble, "pp", False),
        operative=edit_section(old.operative, "op", True),
        annexes=tuple(
            replace(a, paragraphs=edit_section(a.paragraphs, f"{a.id}.p", True)) for a in old.annexes
        ),
    )
    if draw(st.booleans()):
        clause_ids = [
            p.id for p in (*new.preamble, *new.operative, *(p for a in new.annexes for p in a.paragraphs))
        ]
        chosen = sorted(draw(st.lists(st.integers(0, len(clause_ids) - 1), max_size=4)))
        new = replace(new, headings=tuple(Heading(clause_ids[i], draw(TEXTS)) for i in chosen))
    if draw(st.booleans()):
        notes = [Footnote(str(n), note.text) for n, note in enumerate(old.footnotes[1:], start=2)]
        notes.insert(0, Footnote("1", draw(TEXTS)))
        new = replace(new, footnotes=(old.footnotes[0], *notes))
    if draw(st.booleans()):
        new = replace(
            new, title=draw(TEXTS), edition=Edition("original", "2013-01-31"), sponsors=("Armenia",)
        )
    if new.annexes and draw(st.booleans()):
        new = replace(new, annexes=(replace(new.annexes[0], title=draw(TEXTS)),))
    if new.annexes and draw(st.booleans()):
        kept = tuple(h for h in new.headings if h.before.annex is None)
        new = replace(new, annexes=(), headings=kept)
    return old, new


@settings(max_examples=150, deadline=None)
@given(edited_documents())
def test_applying_the_diff_gives_the_new_edition(pair: tuple[Document, Document]) -> None:
    old, new = pair
    changes = diff_editions(old, new)
    assert apply_changes(old, changes) == new
    assert apply_changes(old, diff_editions(old, new, include_unchanged=True)) == new
    assert ChangeList.from_dict(json.loads(canonical_json(changes))) == changes
    assert list(iter_schema_problems(changes.to_dict(), schema="changes.schema.json")) == []


@settings(max_examples=30, deadline=None)
@given(edited_documents())
def test_diff_of_an_edition_with_itself_is_empty(pair: tuple[Document, Document]) -> None:
    _, new = pair
    assert diff_editions(new, new).changes == ()


@settings(max_examples=30, deadline=None)
@given(edited_documents())
def test_every_word_edit_keeps_the_invariant(pair: tuple[Document, Document]) -> None:
    old, new = pair
    for change in diff_editions(old, new).changes:
        if change.words:
            assert "".join(t for op, t in change.words if op != 1) == (change.old_text or "")
            assert "".join(t for op, t in change.words if op != -1) == (change.new_text or "")


def _recital(number: int, text: str) -> Paragraph:
    return Paragraph(ClauseId.parse(f"pp{number}"), text, "Recalling", (), None)


RECALLED = _recital(
    16,
    "Recalling that, in its resolution 67/6, it encouraged both organizations to continue to examine "
    "possible ways to enhance their cooperation in the area of peacekeeping,",
)
"""Operative paragraph 7 of the base (``Encourages both organizations to continue to examine ...``)
recalled as a recital of the next resolution."""


def test_a_decision_recalled_as_a_recital_is_moved_across_sections() -> None:
    # the shape of A/RES/79/186 op10 against its successor (a held-back pair): a clause removed from the
    # operative part and one added to the preamble in its words are one clause moved, and substantive
    new = replace(
        BASE,
        preamble=(*BASE.preamble, RECALLED),
        operative=tuple(build_cases.renumbered([*BASE.operative[:6], *BASE.operative[7:]], "op")),
    )
    changes = diff_editions(BASE, new)
    moved = [c for c in changes.changes if c.old_id == "op7"]
    assert [(c.section, c.kind, c.new_id, c.change_class) for c in moved] == [
        ("preamble", "moved", "pp16", "substantive")
    ]
    assert moved[0].reason.startswith("substantive: moved from the operative part to the preamble")
    assert not [c for c in changes.changes if c.kind in ("added", "removed")]
    assert apply_changes(BASE, changes) == new
    assert apply_changes(BASE, diff_editions(BASE, new, include_unchanged=True)) == new
    back = diff_editions(new, BASE)
    assert [(c.section, c.kind, c.old_id, c.new_id) for c in back.changes if c.old_id == "pp16"] == [
        ("operative", "moved", "pp16", "op7")
    ]
    assert apply_changes(new, back) == BASE


def test_a_recital_more_like_a_removed_decision_than_its_partner_takes_the_decision() -> None:
    # A/RES/79/186 op11 -> pp9 of its successor: the engine had paired the new recital with an old one that
    # only ended the same way; the removed decision is far more like it and takes its place
    old_recital = _recital(
        16,
        "Recalling that, in its resolution 65/122, it requested a report on their cooperation in the area of "
        "peacekeeping,",
    )
    recalled = _recital(
        16,
        "Recalling that it encouraged both organizations to continue to examine possible ways to enhance "
        "their cooperation in the area of peacekeeping,",
    )
    old = replace(BASE, preamble=(*BASE.preamble, old_recital))
    new = replace(
        BASE,
        preamble=(*BASE.preamble, recalled),
        operative=tuple(build_cases.renumbered([*BASE.operative[:6], *BASE.operative[7:]], "op")),
    )
    changes = diff_editions(old, new)
    assert [(c.kind, c.old_id, c.new_id) for c in changes.changes if "pp16" in (c.old_id, c.new_id)] == [
        ("moved", "op7", "pp16"),
        ("removed", "pp16", None),
    ]
    assert apply_changes(old, changes) == new


def test_a_recital_far_more_like_a_decision_than_its_partner_claims_it() -> None:
    # A/RES/79/128 op4 -> pp10 of its successor (a held-back pair): the decision had been paired with a new
    # decision in its place that only ends the same way, and its restatement as a recital left added
    convened = replace(
        BASE.operative[6],
        text="Decides to convene a meeting of both organizations in 2026 to examine possible ways to enhance "
        "their cooperation in the area of mediation;",
        lead="Decides",
    )
    recalled = _recital(
        16,
        "Recalling that it encouraged both organizations to continue to examine possible ways to enhance "
        "their cooperation in the area of peacekeeping,",
    )
    new = replace(
        BASE,
        preamble=(*BASE.preamble, recalled),
        operative=(*BASE.operative[:6], convened, *BASE.operative[7:]),
    )
    changes = diff_editions(BASE, new)
    assert [(c.kind, c.old_id, c.new_id) for c in changes.changes if "op7" in (c.old_id, c.new_id)] == [
        ("moved", "op7", "pp16"),
        ("added", None, "op7"),
    ]
    assert apply_changes(BASE, changes) == new


@pytest.mark.parametrize(
    ("lead", "kinds"),
    [
        ("Noting", [("modified", "pp6", "pp6")]),
        ("Welcoming", [("removed", "pp6", None), ("added", None, "pp6")]),
    ],
)
def test_one_clause_rewritten_in_its_place_keeps_its_place(lead: str, kinds: list[tuple[str, ...]]) -> None:
    # A/RES/78/10 pp12 against its successor (a held-back pair): the one clause between unchanged
    # neighbours rewritten under the same lead, a third of its words kept, is that clause modified; under
    # another lead it is a removal and an addition
    text = (
        "the thirtieth anniversary of the Collective Security Treaty Organization and the progress it has "
        "made in strengthening regional security, stability and cooperation,"
    )
    rewritten = replace(BASE.preamble[5], text=f"{lead} {text}", lead=lead)
    new = replace(BASE, preamble=(*BASE.preamble[:5], rewritten, *BASE.preamble[6:]))
    changes = diff_editions(BASE, new)
    assert [(c.kind, c.old_id, c.new_id) for c in changes.changes if c.section == "preamble"] == kinds
    assert apply_changes(BASE, changes) == new


def test_an_unrelated_clause_under_the_same_lead_in_the_same_place_is_not_that_clause() -> None:
    # Same lead, a quarter of the words alike ("the", "of", "to" ...), but nothing named in common: a
    # removal and an addition, not one clause rewritten
    invites = BASE.operative[4]
    assert invites.text.startswith(
        "Invites the United Nations and the Collective Security Treaty Organization"
    )
    other = replace(
        invites,
        text="Invites Member States to contribute to the trust fund for the implementation "
        "of the present resolution and to the work of the secretariat in this area;",
    )
    new = replace(BASE, operative=(*BASE.operative[:4], other, *BASE.operative[5:]))
    changes = diff_editions(BASE, new)
    assert [(c.kind, c.old_id, c.new_id) for c in changes.changes if c.section == "operative"] == [
        ("removed", "op5", None),
        ("added", None, "op5"),
    ]
    assert apply_changes(BASE, changes) == new


def test_a_clause_freed_across_sections_merges_into_its_neighbours_partner() -> None:
    # A/RES/79/186 pp8 + pp9 -> pp6 of its successor (a held-back pair): the old recital had been paired with
    # the new one that a removed decision then took; together with its neighbour it is what the neighbour's
    # partner became
    old_recital = _recital(
        16,
        "Recalling that, in its resolution 65/122, it requested the two secretariats to report on their "
        "cooperation in the area of peacekeeping at its sixty-ninth session,",
    )
    noting = BASE.preamble[14]
    grown = replace(noting, text=noting.text.rstrip(",") + ", and r" + old_recital.text[1:])
    recalled = _recital(
        16,
        "Recalling that it encouraged both organizations to continue to examine possible ways to enhance "
        "their cooperation in the area of peacekeeping,",
    )
    old = replace(BASE, preamble=(*BASE.preamble, old_recital))
    new = replace(
        BASE,
        preamble=(*BASE.preamble[:14], grown, recalled),
        operative=tuple(build_cases.renumbered([*BASE.operative[:6], *BASE.operative[7:]], "op")),
    )
    changes = diff_editions(old, new)
    assert [(c.kind, c.old_id, c.new_id) for c in changes.changes if c.kind != "renumbered"] == [
        ("merged", "pp15", "pp15"),
        ("merged", "pp16", "pp15"),
        ("moved", "op7", "pp16"),
    ]
    assert apply_changes(old, changes) == new


def test_a_number_cited_again_after_its_note_was_removed_cites_another_note() -> None:
    """pp4 keeps its words and cites "2", but the new edition removed note 2 ("Resolution 49/57, annex.")
    and gave the number to another note: pp4's citation changed (a held-back pair's recital citing notes
    1 to 4, two of them removed, read "[footnote 3 removed]" alone, the removed note 2 taken for the new
    note 2)."""
    notes = tuple(
        Footnote("2", "See CTOC/COP/2024/11, sect. I.A.") if note.marker == "2" else note
        for note in BASE.footnotes
    )
    new = replace(BASE, footnotes=notes)
    changes = diff_editions(BASE, new)
    assert [(c.section, c.kind, c.old_id, c.new_id) for c in changes.changes] == [
        ("preamble", "modified", "pp4", "pp4"),
        ("footnotes", "removed", "2", None),
        ("footnotes", "added", None, "2"),
    ]
    cited = changes.changes[0]
    assert (
        not cited.text_changed and "footnote 2 added" in cited.reason and "footnote 2 removed" in cited.reason
    )
    marks = FootnoteMarks.of(changes).of_change(cited)
    assert [mark.text for mark in marks] == ["[footnote 2 removed]", "[footnote 2 added]"]
    assert apply_changes(BASE, changes) == new


def test_a_paragraph_reason_names_its_sub_paragraphs_without_doubled_parentheses() -> None:
    """The reason of a paragraph changed by its sub-paragraphs reads as one phrase: no detail that restates
    the kind ("op1.b added (paragraph added)"), no parenthesis after or inside another ("(paragraph added)
    (and 2 more sub-paragraphs)", "(... (and 1 more))"), and a sub-paragraph modified only because its own
    sub-paragraph was added gives way to it, not counted with it ("op1.a modified (op1.a.ii added (paragraph
    added)) (and 1 more sub-paragraph)")."""
    first = BASE.operative[0]
    a = Paragraph(ClauseId.parse("op1.a"), "Strengthen the exchange of information:", number="a")
    b = Paragraph(
        ClauseId.parse("op1.b"),
        "Hold annual consultations with the regional bodies on mediation;",
        number="b",
    )
    c = Paragraph(ClauseId.parse("op1.c"), "Report to the Assembly at its next session;", number="c")
    d = Paragraph(ClauseId.parse("op1.d"), "Invite the regional organizations to take part;", number="d")

    def reason(old_subs: tuple[Paragraph, ...], new_subs: tuple[Paragraph, ...]) -> str:
        old = replace(BASE, operative=(replace(first, subparagraphs=old_subs), *BASE.operative[1:]))
        new = replace(BASE, operative=(replace(first, subparagraphs=new_subs), *BASE.operative[1:]))
        return diff_editions(old, new).changes[0].reason

    assert reason((a,), (a, b)) == "substantive: op1.b added"
    assert reason((a,), (a, b, c, d)) == "substantive: op1.b added, as are 2 more sub-paragraphs"
    assert reason((a, b, c), (a,)) == "substantive: op1.b removed, as is 1 more sub-paragraph"
    assert reason((a, b, c), (a, c, b)) == "routine: op1.b moved, same words"
    reworded = replace(b, text="Hold annual consultations with the subregional bodies on armed mediation;")
    assert reason((a, b), (a, reworded)) == (
        "substantive: op1.b modified ('regional' replaced by 'subregional', and 1 more edit)"
    )
    assert reason((a, b), (a, reworded, c)) == (
        "substantive: op1.b modified ('regional' replaced by 'subregional', and 1 more edit), "
        "and 1 more sub-paragraph changed"
    )
    item = Paragraph(ClauseId.parse("op1.a.i"), "Among the secretariats;", number="i")
    other = Paragraph(ClauseId.parse("op1.a.ii"), "Among the field missions;", number="ii")
    assert reason((replace(a, subparagraphs=(item,)), b), (replace(a, subparagraphs=(item, other)), b)) == (
        "substantive: op1.a.ii added"
    )
    # renumbered (op1.a -> op1.b) while its own sub-paragraph was removed: only that removal is counted
    moved = replace(
        a,
        id=ClauseId.parse("op1.b"),
        number="b",
        subparagraphs=(replace(item, id=ClauseId.parse("op1.b.i")),),
    )
    added = Paragraph(ClauseId.parse("op1.a"), "Consult the parties;", number="a")
    assert reason(
        (replace(a, subparagraphs=(item, other)), b),
        (added, moved, replace(b, id=ClauseId.parse("op1.c"), number="c")),
    ) == ("substantive: op1.a added, and 1 more sub-paragraph changed")


def test_a_moved_paragraph_whose_sub_paragraph_was_added_is_not_said_to_have_changed_words() -> None:
    # Its own change is a move, same words: "; itself routine: paragraph moved, same words", not "; its own
    # words routine: paragraph moved, same words".
    ops = BASE.operative
    item = Paragraph(ClauseId.parse("op1.a"), "Strengthen the exchange of information;", number="a")
    old = replace(BASE, operative=(replace(ops[0], subparagraphs=(item,)), *ops[1:]))
    moved = list(build_cases.renumbered([*ops[1:3], ops[0], *ops[3:]], "op"))
    added = Paragraph(ClauseId.parse("op3.b"), "Hold annual consultations;", number="b")
    moved[2] = replace(moved[2], subparagraphs=(replace(item, id=ClauseId.parse("op3.a")), added))
    change = next(
        c for c in diff_editions(old, replace(BASE, operative=tuple(moved))).changes if c.old_id == "op1"
    )
    assert (change.kind, change.change_class) == ("moved", "substantive")
    assert change.reason == "substantive: op3.b added; itself routine: paragraph moved, same words"
