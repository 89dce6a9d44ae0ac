"""A paragraph with sub-paragraphs split into paragraphs without any (its list taken into their running
text), and the merge the other way round: the group is read with the sub-paragraphs' words."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from versioning.diff import apply_changes, diff_editions
from versioning.identifiers import ClauseId
from versioning.model import Document, Paragraph

sys.path.insert(0, str(Path(__file__).parent / "cases" / "diff"))
import build_cases  # the cases' own builder, beside them

BASE = build_cases.load_base()

AREAS = (
    "Safety of navigation in the vicinity of offshore installations;",
    "Protection of submarine cables and pipelines against deliberate damage;",
    "Exchange of information on incidents at sea; and to consider how such measures could be monitored and "
    "verified, including through capacity-building and a mechanism for consultation among States;",
)
"""The areas of a working group's mandate, the last with the words that follow the list."""

CONVENE = "Decides to convene an open-ended working group to make recommendations on the following areas:"

FOLDED = (
    "Encourages all States to give further consideration to measures on the safety of navigation in the "
    "vicinity of offshore installations, the protection of submarine cables and pipelines against "
    "deliberate damage and the exchange of information on incidents at sea;",
    "Also encourages all States to consider how such measures could be monitored and verified, including "
    "through capacity-building and a mechanism for consultation among States;",
)
"""The same areas as two encouragements to States, without a list (a working group's mandate dropped)."""


def _operative(number: int, text: str, lead: str, subparagraphs: tuple[str, ...] = ()) -> Paragraph:
    clause = ClauseId.parse(f"op{number}")
    subs = tuple(
        Paragraph(ClauseId.parse(f"op{number}.{label}"), sub, number=label)
        for label, sub in zip("abcdefgh", subparagraphs, strict=False)
    )
    return Paragraph(clause, text, lead, (), str(number), subs)


def _with_operative(*paragraphs: Paragraph) -> Document:
    """The base with its first seven operative paragraphs, then ``paragraphs``, then its last two,
    renumbered."""
    kept = [*BASE.operative[:7], *paragraphs, *BASE.operative[7:]]
    return replace(BASE, operative=tuple(build_cases.renumbered(kept, "op")))


def _kinds(old: Document, new: Document) -> list[tuple[str, str | None, str | None]]:
    changes = diff_editions(old, new)
    assert apply_changes(old, changes) == new
    return [(c.kind, c.old_id, c.new_id) for c in changes.changes if c.section == "operative"]


def test_a_list_taken_into_the_text_of_two_new_paragraphs_is_a_split() -> None:
    old = _with_operative(_operative(8, CONVENE, "Decides", AREAS))
    new = _with_operative(_operative(8, FOLDED[0], "Encourages"), _operative(9, FOLDED[1], "Also encourages"))
    changes = diff_editions(old, new)
    assert [(c.kind, c.old_id, c.new_id) for c in changes.changes if c.section == "operative"][:5] == [
        ("split", "op8", "op8"),
        ("split", "op8", "op9"),
        ("removed", "op8.a", None),
        ("removed", "op8.b", None),
        ("removed", "op8.c", None),
    ]
    folded = next(c for c in changes.changes if c.old_id == "op8.a")
    assert folded.reason == "substantive: its words taken into op8 and op9 (op8 split)"
    assert apply_changes(old, changes) == new


def test_two_paragraphs_made_one_with_a_list_are_a_merge() -> None:
    old = _with_operative(_operative(8, FOLDED[0], "Encourages"), _operative(9, FOLDED[1], "Also encourages"))
    new = _with_operative(_operative(8, CONVENE, "Decides", AREAS))
    kinds = _kinds(old, new)
    assert kinds[:5] == [
        ("merged", "op8", "op8"),
        ("merged", "op9", "op8"),
        ("added", None, "op8.a"),
        ("added", None, "op8.b"),
        ("added", None, "op8.c"),
    ]


def test_parts_with_lists_of_their_own_are_still_a_removal_and_additions() -> None:
    old = _with_operative(_operative(8, CONVENE, "Decides", AREAS))
    new = _with_operative(
        _operative(8, FOLDED[0], "Encourages", ("Navigation;", "Cables;")),
        _operative(9, FOLDED[1], "Also encourages"),
    )
    assert [kind for kind, *_ in _kinds(old, new)][:2] == ["removed", "removed"]


def test_a_list_kept_under_a_reworded_lead_stays_its_paragraphs_partner() -> None:
    """The paragraph keeps its list under a reworded opening and a new paragraph repeating some of the areas
    follows: the pair read with both lists is too alike for the two new paragraphs to be its parts."""
    reworded = "Decides to establish an open-ended working group to make recommendations on these areas:"
    old = _with_operative(_operative(8, CONVENE, "Decides", AREAS))
    new = _with_operative(
        _operative(8, reworded, "Decides", AREAS), _operative(9, FOLDED[1], "Also encourages")
    )
    kinds = _kinds(old, new)
    assert ("modified", "op8", "op8") in kinds and ("added", None, "op9") in kinds
    assert not any(kind in ("split", "merged") for kind, *_ in kinds)


def test_a_list_dropped_for_unrelated_paragraphs_is_no_split() -> None:
    unrelated = (
        "Welcomes the contributions of Member States to the voluntary trust fund for the participation of "
        "developing countries;",
        "Requests the Secretary-General to report on the use of the trust fund at its next session;",
    )
    old = _with_operative(_operative(8, CONVENE, "Decides", AREAS))
    new = _with_operative(_operative(8, unrelated[0], "Welcomes"), _operative(9, unrelated[1], "Requests"))
    kinds = _kinds(old, new)
    assert not any(kind in ("split", "merged") for kind, *_ in kinds)
    assert ("removed", "op8", None) in kinds


LONG_LEAD = (
    "Decides to convene an open-ended working group on maritime security, open to all Member States, to meet "
    "in New York during the eightieth session of the General Assembly, and requests the Secretary-General to "
    "provide the working group with the necessary support, including for its recommendations on "
    "the following areas:"
)
LEAD_PARTS = (
    "Decides to convene an open-ended working group on maritime security, open to all Member States, to meet "
    "in New York during the eightieth session of the General Assembly;",
    "Requests the Secretary-General to provide the working group with the necessary support, including for "
    "its recommendations;",
)
"""The opening of a paragraph with a list split in two, the list dropped: none of its words in the parts."""


def test_a_list_dropped_from_a_split_paragraph_is_not_said_to_be_taken_into_the_parts() -> None:
    old = _with_operative(_operative(8, LONG_LEAD, "Decides", AREAS[:2]))
    new = _with_operative(_operative(8, LEAD_PARTS[0], "Decides"), _operative(9, LEAD_PARTS[1], "Requests"))
    changes = diff_editions(old, new)
    assert apply_changes(old, changes) == new
    subs = [c for c in changes.changes if c.old_id in ("op8.a", "op8.b")]
    assert [(c.kind, c.reason) for c in subs] == [("removed", "substantive: paragraph removed")] * 2


def test_a_list_new_in_a_merged_paragraph_is_not_said_to_be_taken_from_the_parts() -> None:
    old = _with_operative(_operative(8, LEAD_PARTS[0], "Decides"), _operative(9, LEAD_PARTS[1], "Requests"))
    new = _with_operative(_operative(8, LONG_LEAD, "Decides", AREAS[:2]))
    changes = diff_editions(old, new)
    assert apply_changes(old, changes) == new
    subs = [c for c in changes.changes if c.new_id in ("op8.a", "op8.b")]
    assert [(c.kind, c.reason) for c in subs] == [("added", "substantive: paragraph added")] * 2


def test_of_a_list_partly_taken_into_the_parts_only_those_taken_say_so() -> None:
    old = _with_operative(_operative(8, CONVENE, "Decides", (*AREAS, "Review of the mandate of the group;")))
    new = _with_operative(_operative(8, FOLDED[0], "Encourages"), _operative(9, FOLDED[1], "Also encourages"))
    changes = diff_editions(old, new)
    assert apply_changes(old, changes) == new
    reasons = {c.old_id: c.reason for c in changes.changes if c.old_id and c.old_id.startswith("op8.")}
    taken = "substantive: its words taken into op8 and op9 (op8 split)"
    assert reasons == {
        "op8.a": taken,
        "op8.b": taken,
        "op8.c": taken,
        "op8.d": "substantive: paragraph removed",
    }
