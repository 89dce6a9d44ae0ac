"""The word-level diff inside a clause: diff-match-patch over word tokens, then a clean-up for people.

Stages, in the manner of diff-match-patch itself:

1. :func:`raw_word_diff` -- the tokens of both texts encoded as characters, and a longest common
   subsequence of them (rapidfuzz's ``Indel``) put in diff-match-patch's form.  No deadline anywhere: a
   result never depends on how fast the machine is (diff-match-patch's own default of one second silently
   degrades a long diff to "everything deleted, everything inserted").
2. :func:`clean_up_for_people` -- the semantic clean-up (diff-match-patch's, found in one pass: see
   :mod:`versioning.diff.cleanup`), on tokens: small equalities squeezed between edits
   are folded into them (``Invites the United`` -> ``Encourages all Member`` reads as two phrases, not as a
   patchwork), and each run of edits is given as one deletion followed by one insertion.

The invariant, checked by the tests for any pair of strings: the old text is the concatenation of the
non-inserted parts, and the new text of the non-deleted parts (:func:`old_text_of`, :func:`new_text_of`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import diff_match_patch
from rapidfuzz.distance import Indel

from versioning.diff.changes import DiffOp
from versioning.diff.cleanup import cleanups_for_people, merged
from versioning.diff.tokens import TokenCodec, tokenize

DELETE, EQUAL, INSERT = -1, 0, 1


def _engine() -> diff_match_patch.diff_match_patch:
    engine = diff_match_patch.diff_match_patch()
    engine.Diff_Timeout = 0  # never stop on a clock; see the module docstring
    return engine


_ENGINE = _engine()


def encoded_diff(old: str, new: str, codec: TokenCodec) -> list[tuple[int, str]]:
    """The raw diff of two texts over tokens, as diff-match-patch pairs of *encoded* characters."""
    return diff_encoded(codec.encode(tokenize(old)), codec.encode(tokenize(new)))


def diff_encoded(encoded_old: str, encoded_new: str) -> list[tuple[int, str]]:
    """The raw diff of two token sequences already encoded as characters (see :class:`TokenCodec`).

    The edit is a longest common subsequence of the tokens, found by rapidfuzz's bit-parallel ``Indel``
    (minimal like diff-match-patch's own bisection, and far faster on long, much rewritten paragraphs),
    then put in diff-match-patch's normal form by its merge pass (adjacent edits joined, deletions first).
    """
    result: list[tuple[int, str]] = []
    for op in Indel.opcodes(encoded_old, encoded_new):
        if op.tag == "equal":
            result.append((EQUAL, encoded_old[op.src_start : op.src_end]))
            continue
        if op.src_end > op.src_start:
            result.append((DELETE, encoded_old[op.src_start : op.src_end]))
        if op.dest_end > op.dest_start:
            result.append((INSERT, encoded_new[op.dest_start : op.dest_end]))
    return merged(result, _ENGINE) if result else result


def raw_word_diff(old: str, new: str) -> tuple[DiffOp, ...]:
    """Stage 1: the diff of ``old`` and ``new`` over word tokens, before any clean-up."""
    codec = TokenCodec()
    return _decode(encoded_diff(old, new, codec), codec)


class CleanedDiff(NamedTuple):
    """A word diff as people are shown it, and as the classes judge it (diff-match-patch's own clean-up,
    on which they are calibrated: "[-United Nations-] Congress [-on Crime ... Justice-]" is judged as the
    one edit "[-United Nations Congress on Crime ... Justice-]{+Congress+}", a name shortened to its head);
    the same pairs twice where the two clean-ups agree."""

    shown: tuple[DiffOp, ...]
    judged: tuple[DiffOp, ...]


def clean_up_for_people(encoded: list[tuple[int, str]], codec: TokenCodec) -> CleanedDiff:
    """Stage 2: the semantic clean-ups of an encoded diff (see :func:`cleanups_for_people`), decoded."""
    shown, judged = cleanups_for_people(encoded, _ENGINE)
    agree = judged is shown
    shown_ops = _decode(merged(shown, _ENGINE), codec)
    return CleanedDiff(shown_ops, shown_ops if agree else _decode(merged(judged, _ENGINE), codec))


def diff_words(old: str, new: str) -> tuple[DiffOp, ...]:
    """The word-level edit from ``old`` to ``new``, cleaned up for people.

    Returns diff-match-patch pairs ``(op, text)``: ``0`` kept, ``-1`` deleted, ``1`` inserted.  Equal texts
    give a single kept pair (or nothing for two empty texts).
    """
    return word_diffs(old, new).shown


def word_diffs(old: str, new: str) -> CleanedDiff:
    """The word-level edit from ``old`` to ``new`` as shown and as judged (see :class:`CleanedDiff`)."""
    if old == new:
        same = ((EQUAL, old),) if old else ()
        return CleanedDiff(same, same)
    codec = TokenCodec()
    return clean_up_for_people(encoded_diff(old, new, codec), codec)


def _decode(encoded: Iterable[tuple[int, str]], codec: TokenCodec) -> tuple[DiffOp, ...]:
    return tuple((op, codec.decode(chars)) for op, chars in encoded if chars)


def old_text_of(ops: Iterable[DiffOp]) -> str:
    """The old text of a diff: its non-inserted parts."""
    return "".join(text for op, text in ops if op != INSERT)


def new_text_of(ops: Iterable[DiffOp]) -> str:
    """The new text of a diff: its non-deleted parts."""
    return "".join(text for op, text in ops if op != DELETE)


def similarity_of(encoded: Iterable[tuple[int, str]], codec: TokenCodec) -> float:
    """How alike two texts are, from their encoded diff: twice the kept word tokens over all word tokens
    of both sides (white space does not count), in [0, 1]; 1.0 for two texts without words."""
    kept = total = 0
    for op, chars in encoded:
        words = len(chars) - codec.count_space_chars(chars)
        total += words if op != EQUAL else 2 * words
        if op == EQUAL:
            kept += 2 * words
    return 1.0 if total == 0 else kept / total
