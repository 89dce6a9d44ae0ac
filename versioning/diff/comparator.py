"""Word diffs and similarities of the texts of one comparison, each pair of texts diffed once."""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz.distance import Indel

from versioning.diff.changes import DiffOp
from versioning.diff.tokens import TokenCodec, tokenize
from versioning.diff.words import CleanedDiff, clean_up_for_people, diff_encoded, word_diffs


class Comparator:
    """Word diffs and similarities of texts within one comparison, each pair of texts diffed once.

    Similarities are computed by rapidfuzz's bit-parallel LCS (``Indel``) over the texts' word tokens, each
    token encoded as one character: the same measure as a word diff's kept tokens (twice the words kept in
    order over the words of both), tens of times faster than diffing, so that many candidate pairs can be
    compared; the word diff itself is computed only for the pairs that are reported.
    """

    def __init__(self) -> None:
        self._codec = TokenCodec()
        self._cleaned: dict[tuple[str, str], CleanedDiff] = {}
        self._words: dict[str, str] = {}
        self._tokens: dict[str, str] = {}

    def similarity(self, old: str, new: str) -> float:
        """The similarity of two texts (see :class:`DiffOptions`)."""
        return float(Indel.normalized_similarity(self._encoded_words(old), self._encoded_words(new)))

    def kept_words(self, old: str, new: str) -> float:
        """How many word tokens a word diff of the two texts keeps (their longest common subsequence)."""
        return float(Indel.similarity(self._encoded_words(old), self._encoded_words(new))) / 2

    def _encoded_tokens(self, text: str) -> str:
        """All the tokens of ``text`` (white space too), encoded: what a word diff compares."""
        return self._encoded_once(self._tokens, text, tokenize)

    def _encoded_words(self, text: str) -> str:
        """The word tokens of ``text``, encoded: what a similarity counts (its tokens without white space,
        so that a text compared and then diffed is cut into tokens once)."""
        encoded = self._words.get(text)
        if encoded is None:
            encoded = self._codec.without_spaces(self._encoded_tokens(text))
            self._words[text] = encoded
        return encoded

    def _encoded_once(self, cache: dict[str, str], text: str, split: Callable[[str], list[str]]) -> str:
        encoded = cache.get(text)
        if encoded is None:
            encoded = self._codec.encode(split(text))
            cache[text] = encoded
        return encoded

    def words(self, old: str, new: str) -> tuple[DiffOp, ...]:
        """The word-level edit from ``old`` to ``new``, cleaned up for people."""
        return self._cleaned_diff(old, new).shown

    def judged_words(self, old: str, new: str) -> tuple[DiffOp, ...]:
        """The word-level edit from ``old`` to ``new`` as the classes judge it (see :class:`CleanedDiff`)."""
        return self._cleaned_diff(old, new).judged

    def _cleaned_diff(self, old: str, new: str) -> CleanedDiff:
        cleaned = self._cleaned.get((old, new))
        if cleaned is None:
            if old == new:
                cleaned = word_diffs(old, new)
            else:
                raw = diff_encoded(self._encoded_tokens(old), self._encoded_tokens(new))
                cleaned = clean_up_for_people(raw, self._codec)
            self._cleaned[old, new] = cleaned
        return cleaned
