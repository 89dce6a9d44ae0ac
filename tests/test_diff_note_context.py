"""Footnotes paired by the paragraphs that cite them (:mod:`versioning.diff.note_context`)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from versioning.diff import apply_changes, diff_editions
from versioning.diff.note_context import word_share
from versioning.model import Footnote

sys.path.insert(0, str(Path(__file__).parent / "cases" / "diff"))
import build_cases

BASE = build_cases.load_base()

RESTYLED = (
    "Declaration on the Enhancement of Cooperation between the United Nations and Regional Arrangements "
    "or Agencies in the Maintenance of International Peace and Security (resolution 49/57, annex)."
)
"""Note 2 of the base ("Resolution 49/57, annex.") cited in another style: the same document, too few of
its words kept for the notes to be paired by their words alone."""


def test_a_note_restyled_under_the_same_citation_is_one_note_reworded() -> None:
    # A/RES/79/147 pp9 -> A/C.3/80/L.5 pp9 (held back): the same recital cites note 12, whose "United
    # Nations, Department of Economic and Social Affairs, Population Division, World Population Prospects:
    # 2024 Revision." became "World Population Prospects: 2024 Revision (United Nations publication,
    # 2024)."; the notes were a removal and an addition, the recital "routine: footnote citations
    # (footnote 12 added, footnote 12 removed)".
    notes = tuple(Footnote("2", RESTYLED) if note.marker == "2" else note for note in BASE.footnotes)
    new = replace(BASE, footnotes=notes)
    changes = diff_editions(BASE, new)
    assert [(c.section, c.kind, c.old_id, c.new_id) for c in changes.changes] == [
        ("footnotes", "modified", "2", "2")
    ]
    assert changes.changes[0].score is not None and changes.changes[0].score < 0.5
    assert apply_changes(BASE, changes) == new
    assert apply_changes(new, diff_editions(new, BASE)) == BASE


def test_a_note_cited_by_a_reworded_paragraph_is_not_paired_by_the_citation() -> None:
    # the witness must have the same words: a recital rewritten around the note gives no evidence
    notes = tuple(Footnote("2", RESTYLED) if note.marker == "2" else note for note in BASE.footnotes)
    citing = next(p for p in BASE.preamble if "2" in p.footnotes)
    preamble = tuple(
        replace(p, text=p.text.replace("resolutions", "relevant resolutions", 1)) if p is citing else p
        for p in BASE.preamble
    )
    new = replace(BASE, footnotes=notes, preamble=preamble)
    changes = diff_editions(BASE, new).changes
    assert citing.text != preamble[BASE.preamble.index(citing)].text
    kinds = [(c.kind, c.old_id, c.new_id) for c in changes if c.section == "footnotes"]
    assert kinds == [("removed", "2", None), ("added", None, "2")]


def test_word_share_counts_words_not_punctuation() -> None:
    assert word_share("Resolution 49/57, annex.", "See CTOC/COP/2024/11, sect. I.A.") == 0.0
    assert word_share("A b c.", "a B c") == 1.0
    assert word_share("", "") == 0.0
