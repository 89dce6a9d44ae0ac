"""The word-level diff: lossless tokens, whole-word edits, the invariant, no clock."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from versioning.diff.tokens import TokenCodec, tokenize, word_tokens
from versioning.diff.words import (
    _ENGINE,
    diff_words,
    new_text_of,
    old_text_of,
    raw_word_diff,
    word_diffs,
)

prose = st.text(alphabet=st.sampled_from(list("ab c-,.\n/1\u201c\u201d\u2019")), max_size=60)


@given(st.text())
def test_tokens_join_back_to_the_text(text: str) -> None:
    assert "".join(tokenize(text)) == text


@given(st.text(), st.text())
def test_invariant_old_is_non_inserted_and_new_is_non_deleted(old: str, new: str) -> None:
    ops = diff_words(old, new)
    assert old_text_of(ops) == old
    assert new_text_of(ops) == new


@given(prose, prose)
def test_invariant_on_word_like_text(old: str, new: str) -> None:
    for ops in (*word_diffs(old, new), raw_word_diff(old, new)):
        assert old_text_of(ops) == old
        assert new_text_of(ops) == new
        assert all(text for _, text in ops)


@given(st.text())
def test_equal_texts_give_one_kept_part(text: str) -> None:
    assert diff_words(text, text) == (((0, text),) if text else ())


def test_a_changed_word_is_replaced_whole() -> None:
    assert diff_words("Invites the United Nations", "Encourages the Member States") == (
        (-1, "Invites"),
        (1, "Encourages"),
        (0, " the "),
        (-1, "United Nations"),
        (1, "Member States"),
    )
    assert diff_words("its sixty-ninth session", "its seventy-first session") == (
        (0, "its "),
        (-1, "sixty-ninth"),
        (1, "seventy-first"),
        (0, " session"),
    )


def test_an_insertion_keeps_the_words_around_it() -> None:
    assert diff_words(
        "the report of the Secretary-General", "the detailed report of the Secretary-General"
    ) == (
        (0, "the "),
        (1, "detailed "),
        (0, "report of the Secretary-General"),
    )


def test_no_deadline_even_on_a_long_pair() -> None:
    assert _ENGINE.Diff_Timeout == 0
    words = [f"word{i % 997}x{i // 997}" for i in range(40_000)]
    old = " ".join(words)
    new = " ".join([*words[:20000], "inserted", *words[20000:]])
    ops = diff_words(old, new)
    assert [op for op in ops if op[0] != 0] == [(1, "inserted ")]


@given(st.lists(st.text(alphabet="ab \t\n\u00a0,.-", max_size=12), min_size=1, max_size=4))
def test_encoded_tokens_without_spaces_are_the_encoded_word_tokens(texts: list[str]) -> None:
    codec = TokenCodec()
    for text in texts:  # one codec for several texts, as in a comparison
        assert codec.without_spaces(codec.encode(tokenize(text))) == codec.encode(word_tokens(text))


def test_codec_shares_characters_between_texts() -> None:
    codec = TokenCodec()
    first = codec.encode(tokenize("a b"))
    second = codec.encode(tokenize("b a"))
    assert first == second[::-1]
    assert codec.decode(first) == "a b"
    assert codec.is_space_char(first[1]) and not codec.is_space_char(first[0])


@settings(max_examples=50)
@given(st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta"]), max_size=30), st.integers(0, 29))
def test_a_single_inserted_word_is_one_insertion(words: list[str], at: int) -> None:
    old = " ".join(words)
    position = min(at, len(words))
    new = " ".join([*words[:position], "epsilon", *words[position:]])
    ops = diff_words(old, new)
    inserted = [text for op, text in ops if op == 1]
    assert [op for op, _ in ops if op == -1] == []
    assert "".join(inserted).strip() == "epsilon"


def test_words_kept_between_two_deletions_or_two_insertions_are_shown_kept() -> None:
    # 79/326 pp3 against 77/15: "Referring to Security Council resolution 1631 (2005)" becomes "Referring to
    # the relevant resolutions of the Security Council, including resolution 1631 (2005)".
    old = "Referring to Security Council resolution 1631 (2005) of 17 October 2005,"
    new = (
        "Referring to the relevant resolutions of the Security Council, including resolution 1631 (2005) of "
        "17 October 2005,"
    )
    shown = diff_words(old, new)
    assert (0, "Security Council") in shown
    assert [text for op, text in shown if op == 1] == ["the relevant resolutions of the ", ", including"]
    assert not any(op == -1 for op, _ in shown)
    # the classes read diff-match-patch's own clean-up, in which those kept words are folded into one edit
    judged = word_diffs(old, new).judged
    assert [op for op, _ in judged if op != 0] == [-1, 1]


def test_a_cut_on_both_sides_of_a_kept_word_keeps_it_and_is_judged_as_one_edit() -> None:
    old = "preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice,"
    new = "preparations for the Fifteenth Congress,"
    shown = diff_words(old, new)
    assert [op for op, _ in shown] == [0, -1, 0, -1, 0]
    assert [text for op, text in shown if op == -1] == [
        "United Nations ",
        " on Crime Prevention and Criminal Justice",
    ]
    assert word_diffs(old, new).judged == (
        (0, "preparations for the Fifteenth "),
        (-1, "United Nations Congress on Crime Prevention and Criminal Justice"),
        (1, "Congress"),
        (0, ","),
    )


def test_shown_and_judged_are_the_same_where_no_kept_words_stand_between_like_edits() -> None:
    cleaned = word_diffs("Invites the United Nations to act", "Encourages all Member States to act")
    assert cleaned.shown == cleaned.judged
