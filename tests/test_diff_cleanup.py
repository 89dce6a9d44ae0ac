"""The one-pass semantic clean-up gives diff-match-patch's own result."""

from __future__ import annotations

import itertools

import diff_match_patch
import pytest
from corpus import CORPUS, parsed
from hypothesis import given, settings
from hypothesis import strategies as st

from versioning.diff import comparator
from versioning.diff.cleanup import cleanups_for_people, merged, semantic_cleanup
from versioning.diff.engine import diff_editions

ENGINE = diff_match_patch.diff_match_patch()

ops = st.lists(
    st.tuples(st.sampled_from([-1, 0, 1]), st.text(alphabet="ab c", min_size=1, max_size=5)), max_size=14
)


def _reference(diffs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    expected = list(diffs)
    ENGINE.diff_cleanupSemantic(expected)
    return expected


@settings(max_examples=3000, deadline=None)
@given(ops)
def test_same_result_as_diff_match_patch_on_any_normal_diff(raw: list[tuple[int, str]]) -> None:
    diffs = list(raw)
    ENGINE.diff_cleanupMerge(diffs)  # the engine's raw diffs are always in normal form
    assert semantic_cleanup(list(diffs), ENGINE) == _reference(diffs)


any_ops = st.lists(st.tuples(st.sampled_from([-1, 0, 1]), st.text(alphabet="ab c", max_size=5)), max_size=14)


@settings(max_examples=5000, deadline=None)
@given(any_ops)
def test_merge_gives_diff_match_patchs_normal_form_of_any_diff(raw: list[tuple[int, str]]) -> None:
    expected = list(raw)
    ENGINE.diff_cleanupMerge(expected)
    assert merged(list(raw), ENGINE) == expected


def test_merge_joins_runs_and_equalities_in_one_pass() -> None:
    diffs = [(0, "a"), (0, "b"), (1, "x"), (-1, "y"), (1, "z"), (0, "c")]
    assert merged(list(diffs), ENGINE) == [(0, "ab"), (-1, "y"), (1, "xz"), (0, "c")]


def test_a_small_equality_between_large_edits_is_folded() -> None:
    diffs = [(-1, "abcd"), (0, "x"), (1, "efgh")]
    assert semantic_cleanup(list(diffs), ENGINE) == [(-1, "abcdx"), (1, "xefgh")]


def test_folding_cascades_to_the_neighbours() -> None:
    # Folding the second equality lengthens the edits beside the first, which then folds too.
    diffs = [(0, "Kept "), (-1, "ab"), (0, "xy"), (1, "cd"), (0, "z"), (-1, "efghij"), (0, " end")]
    assert semantic_cleanup(list(diffs), ENGINE) == _reference(diffs)
    assert [op for op, _ in semantic_cleanup(list(diffs), ENGINE)] == [0, -1, 1, 0]


@pytest.mark.parametrize("folder", ["csto", "cooperation"], ids=["csto series", "cooperation resolutions"])
def test_same_result_on_every_paragraph_pair_the_corpus_diffs(
    folder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[tuple[int, str]]] = []
    reported = comparator.clean_up_for_people

    def spy(encoded: list[tuple[int, str]], codec: object) -> object:
        seen.append(list(encoded))
        return reported(encoded, codec)  # type: ignore[arg-type]

    monkeypatch.setattr(comparator, "clean_up_for_people", spy)
    documents = [parsed(path) for path in sorted((CORPUS / folder).glob("*.pymupdf.txt"))]
    for old, new in itertools.pairwise(documents):
        diff_editions(old, new)
    assert len(seen) > 10  # the corpus pairs reword at least this many paragraphs
    for diffs in seen:
        assert semantic_cleanup(list(diffs), ENGINE) == _reference(diffs)


@settings(max_examples=3000, deadline=None)
@given(ops)
def test_people_see_the_same_texts_and_the_classes_read_diff_match_patchs_own(
    raw: list[tuple[int, str]],
) -> None:
    diffs = list(raw)
    ENGINE.diff_cleanupMerge(diffs)
    before = list(diffs)
    shown, judged = cleanups_for_people(diffs, ENGINE)
    assert diffs == before  # the input is not changed
    assert judged == _reference(diffs)
    for side in (-1, 1):
        assert "".join(t for op, t in shown if op != -side) == "".join(t for op, t in diffs if op != -side)


def test_an_equality_between_two_deletions_is_kept_for_people_only() -> None:
    diffs = [(0, "Kept "), (-1, "abc"), (0, "xy"), (-1, "def"), (0, " end")]
    shown, judged = cleanups_for_people(list(diffs), ENGINE)
    assert shown == diffs
    assert judged == _reference(diffs) == [(0, "Kept "), (-1, "abcxydef"), (1, "xy"), (0, " end")]
    insertions = [(0, "Kept "), (1, "abc"), (0, "xy"), (1, "def"), (0, " end")]
    assert cleanups_for_people(list(insertions), ENGINE)[0] == insertions
    # between a deletion and an insertion, the equality is folded for people too
    mixed = [(0, "Kept "), (-1, "abc"), (0, "xy"), (1, "def"), (0, " end")]
    shown, judged = cleanups_for_people(list(mixed), ENGINE)
    assert shown == judged == _reference(mixed)
