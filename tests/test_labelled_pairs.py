"""The labelled pairs of ``tests/labelled_pairs``: the data stays well-formed and complete, and the engine
scores at least what it scores today on them.

The pairs were labelled by reading both texts (see ``tests/labelled_pairs/README.md``), never from the
engine's output; ``scripts/score_pairs.py --details`` lists where the engine and the labels differ.
"""

from __future__ import annotations

import pytest
from corpus import CORPUS, parsed
from labelled_pairs.score import LabelledPair, PairScore, check_pair, load_pairs, score_pair, total

PAIRS = load_pairs()

# The target (issue 9) is pairing F1 >= 0.95, kind accuracy >= 0.95 and class accuracy >= 0.9.
# These floors are the measured values (F1 1.000, kind 0.992, class 1.000 since the alignment weighs leads
# and names and the classes were calibrated; F1 0.992 and class 0.899 before), rounded down a little: they
# may only go up, as the engine improves or as labels are corrected on the evidence of the texts.
FLOOR_F1 = 0.995
FLOOR_KIND = 0.99
FLOOR_CLASS = 0.98


def test_the_nine_pairs_are_there() -> None:
    assert [pair.label for pair in PAIRS] == [
        "77/12 -> 79/290",
        "77/15 -> 79/11",
        "77/16 -> 79/326",
        "77/18 -> 79/9",
        "77/20 -> 79/136",
        "67/6 -> 73/331",
        "73/331 -> 75/276",
        "75/276 -> 77/13",
        "77/13 -> 79/10",
    ]


@pytest.mark.parametrize("pair", PAIRS, ids=lambda pair: pair.name)
def test_each_paragraph_is_labelled_once_on_each_side(pair: LabelledPair) -> None:
    assert check_pair(pair, parsed(CORPUS / pair.old), parsed(CORPUS / pair.new)) == []


def test_the_check_names_what_is_wrong() -> None:
    pair = next(pair for pair in PAIRS if pair.label == "77/13 -> 79/10")  # pp1 labelled first
    broken = LabelledPair(pair.name, pair.old, pair.new, "", pair.entries[1:] + pair.entries[:1] * 2)
    problems = check_pair(broken, parsed(CORPUS / pair.old), parsed(CORPUS / pair.new))
    assert problems == [
        f"{pair.name}: old side: labelled more than once: {pair.entries[0].old[0]}",
        f"{pair.name}: new side: labelled more than once: {pair.entries[0].new[0]}",
    ]


def scores() -> list[PairScore]:
    return [score_pair(pair, parsed(CORPUS / pair.old), parsed(CORPUS / pair.new)) for pair in PAIRS]


def test_the_engine_scores_at_least_the_floor() -> None:
    overall = total(scores())
    assert overall.f1 >= FLOOR_F1
    assert overall.kind_accuracy >= FLOOR_KIND
    assert overall.class_accuracy >= FLOOR_CLASS


def test_every_class_disagreement_is_gone() -> None:
    """Since the classes were calibrated (issue 9), the engine's class is the label's on every link both
    give; what remains are pairing and kind disagreements."""
    for score in scores():
        assert [d for d in score.disagreements if d.what == "class"] == [], score.label


def test_pure_roll_overs_are_scored_perfectly() -> None:
    """The CSTO pairs whose only changes are the routine updates of a new session."""
    for score in scores():
        if score.label in ("75/276 -> 77/13", "77/13 -> 79/10"):
            assert score.disagreements == (), score.label
