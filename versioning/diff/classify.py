"""The class of a change of words, with its reason: ``editorial`` < ``routine`` < ``substantive``.

A change of words is cut into its edits (each run of deletions and insertions between kept text), and each
edit gets one or more *findings*, categories of ``versioning/data/class_rules.json`` (see
:mod:`versioning.diff.class_rules`):

* ``layout`` and ``case`` (editorial): the two sides differ only in spacing, line breaks, quotation marks,
  dashes, hyphenation and punctuation (see :mod:`versioning.diff.normalise`), or in capitalisation;
* ``date``, ``year``, ``session``, ``ordinal``, ``symbol``, ``pinpoint`` (routine): every character the
  edit deletes or inserts, spacing and punctuation aside, lies inside a routine span of its own text (a
  date, a year, a document symbol, a session number, an ordinal or the number of a paragraph cited in a
  document, "paragraph 180 (a) of its report", found in the whole text so that ``18`` counts as part of
  ``18 November 2024``), the connectives of a list or a range (``and``, ``to``, commas) going with them;
  ``order`` when the same words only changed places around a date; ``symbol`` also for a citation noun
  put in the plural or singular with its list ("resolution{+s+} 78/1 and 79/2");
* ``name`` (routine): a name written out or shortened (:mod:`versioning.diff.names`);
* ``doubled`` (editorial): one word the word beside it repeats, taken out or put in ("held in [-in-]");
* ``inserted``, ``deleted``, ``replaced`` (substantive): anything else, with the words as the detail.

The class of the change is the highest class of its findings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from versioning.diff.changes import CLASSES, DiffOp
from versioning.diff.class_rules import Finding, Verdict, judge
from versioning.diff.names import NameEvidence, is_name_variant
from versioning.diff.normalise import editorial_key
from versioning.diff.routine_spans import MAYBE_ROUTINE, ROUTINE_CATEGORIES, RoutineMasks

EDITORIAL, ROUTINE, SUBSTANTIVE = CLASSES

_SUBPARAGRAPH = re.compile(r"\s*(?:[a-z]{1,2}|[ivx]{1,5})\s*(?:[a-z]{1,2}|[ivx]{1,5})?\s*")
"""An edit that may be a subparagraph letter of a cited paragraph replaced ("(p)" -> "(q)"): it holds
no digit, so :data:`MAYBE_ROUTINE` lets it pass; the routine masks then decide."""

_CONNECTIVE = re.compile(r"\b(?:and|of|to|from|through)\b|[,;]")
"""The words that join the members of a list or a range of dates, symbols or ordinals."""

_PUNCTUATION = re.compile(r"[.,;:!?()\[\]'\"]")


def class_key(text: str) -> str:
    """The text without what the editorial class allows to change: layout, punctuation and case."""
    return _PUNCTUATION.sub("", editorial_key(text)).casefold()


def editorial_findings(deleted: str, inserted: str) -> list[Finding] | None:
    """``layout`` and/or ``case`` when the two sides differ only editorially, else ``None``."""
    if class_key(deleted) != class_key(inserted):
        return None
    if editorial_key(deleted).casefold() == editorial_key(inserted).casefold():
        same_case = editorial_key(deleted) == editorial_key(inserted)
        return [Finding("layout")] if same_case else [Finding("case")]
    if _PUNCTUATION.sub("", editorial_key(deleted)) == _PUNCTUATION.sub("", editorial_key(inserted)):
        return [Finding("layout")]
    return [Finding("layout"), Finding("case")]


def word_findings(words: Sequence[DiffOp], names: NameEvidence | None = None) -> list[Finding]:
    """The findings of every edit of a change of words (empty when nothing changed)."""
    old = "".join(text for op, text in words if op <= 0)
    new = "".join(text for op, text in words if op >= 0)
    if old == new:
        return []
    findings: list[Finding] = []
    masks = RoutineMasks(old, new)
    old_at = new_at = 0
    deleted: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    for op, text in (*words, (0, "")):
        if op == 0:
            if deleted or inserted:
                findings.extend(_edit_findings(masks, deleted, inserted, names))
                deleted, inserted = [], []
            old_at += len(text)
            new_at += len(text)
        elif op < 0:
            deleted.append((old_at, old_at + len(text)))
            old_at += len(text)
        else:
            inserted.append((new_at, new_at + len(text)))
            new_at += len(text)
    return findings


def judge_words(words: Sequence[DiffOp], names: NameEvidence | None = None) -> Verdict | None:
    """The class and reason of a change of words (``None`` when nothing changed)."""
    return judge(word_findings(words, names))


def classify_words(words: Sequence[DiffOp]) -> str | None:
    """The class of a change of words (``None`` when nothing changed)."""
    verdict = judge_words(words)
    return verdict.change_class if verdict else None


def _edit_findings(
    masks: RoutineMasks,
    deleted: list[tuple[int, int]],
    inserted: list[tuple[int, int]],
    names: NameEvidence | None,
) -> list[Finding]:
    old, new = masks.old, masks.new
    deleted_text = "".join(old[a:b] for a, b in deleted)
    inserted_text = "".join(new[a:b] for a, b in inserted)
    editorial = editorial_findings(deleted_text, inserted_text)
    if editorial is not None:
        return editorial
    only_connectives = not class_key(_CONNECTIVE.sub("", deleted_text + inserted_text))
    maybe_routine = MAYBE_ROUTINE.search(deleted_text) or MAYBE_ROUTINE.search(inserted_text)
    if only_connectives or maybe_routine or _SUBPARAGRAPH.fullmatch(deleted_text + inserted_text):
        routine = _routine_findings(masks, deleted, inserted)
        if routine:
            return routine
    if names is not None and is_name_variant(old, new, deleted, inserted, names):
        return [Finding("name")]
    if _cited_noun_number(masks, deleted, inserted, deleted_text, inserted_text):
        return [Finding("symbol")]
    if not (deleted and inserted) and _doubles_a_neighbour(*((old, deleted) if deleted else (new, inserted))):
        return [Finding("doubled")]
    return [_substantive(deleted_text, inserted_text)]


_WORD_CHARACTERS = r"[\w’'-]+"
_ONE_WORD = re.compile(rf"\s*({_WORD_CHARACTERS})\s*")


def _doubles_a_neighbour(text: str, spans: list[tuple[int, int]]) -> bool:
    """True when the edit is one word that the word beside it repeats ("held in [-in-] Ramallah"): a word
    printed twice put right, or the reverse."""
    if len(spans) != 1:
        return False
    start, end = spans[0]
    word = _ONE_WORD.fullmatch(text, start, end)
    if word is None:
        return False
    before = re.search(rf"({_WORD_CHARACTERS})\s*$", text[:start])
    after = re.match(rf"\s*({_WORD_CHARACTERS})", text[end:])
    doubled = word.group(1).casefold()
    if doubled in _GRAMMATICAL_DOUBLES:
        return False
    return any(near is not None and near.group(1).casefold() == doubled for near in (before, after))


_GRAMMATICAL_DOUBLES = frozenset({"that", "had", "is"})
"""Words English may write twice on purpose ("notes that that report", "had had")."""


_CITED_NOUN_NUMBERS = frozenset(
    frozenset(pair) for pair in (("resolution", "resolutions"), ("decision", "decisions"))
)
_NUMBERED_CODES = frozenset(1 + ROUTINE_CATEGORIES.index(name) for name in ("symbol", "year"))
"""The codes of what a cited noun numbers: an Assembly symbol (``78/166``) or a Council's ``2024/19``."""


def _cited_noun_number(
    masks: RoutineMasks,
    deleted: list[tuple[int, int]],
    inserted: list[tuple[int, int]],
    deleted_text: str,
    inserted_text: str,
) -> bool:
    """Whether the edit only puts the noun of a citation in the plural or the singular ("resolution
    2023/31" -> "resolution{+s+} 2023/31 and 2024/19"), the number a citation added to or dropped from the
    list takes along; the noun must be followed, on both sides, by the symbol it names."""
    nouns = frozenset((class_key(deleted_text).strip(), class_key(inserted_text).strip()))
    if nouns not in _CITED_NOUN_NUMBERS:
        return False
    for old_side, spans in ((True, deleted), (False, inserted)):
        text = masks.old if old_side else masks.new
        mask = masks.around(old_side, spans)
        after = spans[-1][1]
        while after < len(text) and text[after].isspace():
            after += 1
        if after >= len(text) or mask[after] not in _NUMBERED_CODES:
            return False
    return True


def _routine_findings(
    masks: RoutineMasks, deleted: list[tuple[int, int]], inserted: list[tuple[int, int]]
) -> list[Finding]:
    """The routine categories the edit is confined to (empty when it is not)."""
    old, new = masks.old, masks.new
    old_mask, new_mask = masks.around(True, deleted), masks.around(False, inserted)
    codes = _codes(old_mask, old, deleted) | _codes(new_mask, new, inserted)
    if not codes:
        return []
    # a citation added to or dropped from a list takes its noun along; one citation replaced by another
    # ("A/74/811" -> "Resolution 49/57") is not a list that grew, and its noun stays a word of its own
    one_sided = not (deleted and inserted)
    old_cited = _cited_nouns(masks, True, deleted) if one_sided and deleted else set()
    new_cited = _cited_nouns(masks, False, inserted) if one_sided and inserted else set()
    old_rest = _CONNECTIVE.sub(
        " ",
        "".join(old[i] for a, b in deleted for i in range(a, b) if not old_mask[i] and i not in old_cited),
    )
    new_rest = _CONNECTIVE.sub(
        " ",
        "".join(new[i] for a, b in inserted for i in range(a, b) if not new_mask[i] and i not in new_cited),
    )
    categories = [Finding(ROUTINE_CATEGORIES[code - 1]) for code in sorted(codes)]
    if class_key(old_rest) == class_key(new_rest):
        return categories
    if "date" in {f.category for f in categories} and sorted(old_rest.split()) == sorted(new_rest.split()):
        return [*categories, Finding("order")]  # "on 21 September 2022 in New York" -> "in New York on ..."
    if one_sided and _repeats_its_neighbour(
        *((old, old_rest, deleted) if deleted else (new, new_rest, inserted)),
        cites=_SYMBOL_CODE in codes,
    ):
        return categories
    return []


_FRAME_WORD = re.compile(_WORD_CHARACTERS)
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "to",
        "from",
        "with",
    }
)


def _repeats_its_neighbour(
    text: str, rest: str, spans: list[tuple[int, int]], *, cites: bool = False
) -> bool:
    """True when an item added to (or dropped from) a list holds, besides its dates, numbers and symbols,
    only the words of the item beside it, in their order: ", its seventh, eighth and ninth substantive
    sessions in 2024," after "its fourth, fifth and sixth substantive sessions in 2023".  The frame must
    hold a word of substance ("sessions"), not only a preposition ("in 2024"), which may add a date to what
    was undated; unless the item ``cites`` a symbol of its own: then it is a citation added to a list, and
    the preposition that joins its symbol to its date, as its neighbour's does, is its whole frame ("2703
    (2023) on 30 October 2023 {+and 2756 (2024) on 31 October 2024+}")."""
    frame = _frame_words(rest)
    if not frame or (not cites and (len(frame) < 2 or all(word in _FUNCTION_WORDS for word in frame))):
        return False
    reach = 2 * len(frame) + 4
    before = _frame_words(text[: spans[0][0]])[-reach:]
    after = _frame_words(text[spans[-1][1] :])[:reach]
    return _in_order(frame, before) or _in_order(frame, after)


def _frame_words(text: str) -> list[str]:
    """The words of ``text``, case-folded, a plural's "s" taken off ("its third session" beside "its
    first and second sessions")."""
    words = (word.casefold() for word in _FRAME_WORD.findall(text))
    return [word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words]


def _in_order(words: list[str], within: list[str]) -> bool:
    """True when ``words`` occur in ``within`` in this order (not necessarily side by side)."""
    remaining = iter(within)
    return all(word in remaining for word in words)


_CITED_NOUN = re.compile(r"\b(?:resolutions?|decisions?)\s+", re.IGNORECASE)
"""The word that names what a symbol is: ``resolution 79/271``, ``decision 78/560``."""
_SYMBOL_CODE = 1 + ROUTINE_CATEGORIES.index("symbol")


def _cited_nouns(masks: RoutineMasks, old_side: bool, spans: list[tuple[int, int]]) -> set[int]:
    """The positions, inside the spans, of a ``resolution`` or ``decision`` that a symbol follows: the noun
    goes with its symbol, so that a citation added to a list ("resolution 78/272 of 24 April 2024{+,
    resolution 79/271 of 4 March 2025+} and decision 78/560") is routine as a bare symbol is."""
    text = masks.old if old_side else masks.new
    end = spans[-1][1]
    # the mask read on past the edit, as far as a symbol of its list may stand
    mask = masks.around(old_side, [*spans, (end, min(len(text), end + _LIST_REACH))])
    if not _beside_a_citation(mask, spans):
        return set()
    cited: set[int] = set()
    for span_start, span_end in spans:
        for match in _CITED_NOUN.finditer(text, span_start, span_end):
            if match.end() < len(mask) and mask[match.end()] == _SYMBOL_CODE:
                cited.update(range(match.start(), match.end()))
    return cited


_LIST_REACH = 40
"""How many characters from an edit the symbol of the list it belongs to may stand."""


def _beside_a_citation(mask: bytearray, spans: list[tuple[int, int]]) -> bool:
    """True when a symbol the edit leaves in place stands within :data:`_LIST_REACH` characters of it (the
    mask read that far): the edit adds to (or takes from) a list of citations, not a citation to a sentence
    that had none."""
    start, end = spans[0][0], spans[-1][1]
    near = (*range(max(0, start - _LIST_REACH), start), *range(end, min(len(mask), end + _LIST_REACH)))
    return any(mask[position] == _SYMBOL_CODE for position in near)


def _codes(mask: bytearray, text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The routine codes inside the spans or bordering them (across white space)."""
    codes: set[int] = set()
    for start, end in spans:
        codes.update(code for code in mask[start:end] if code)
        before = start - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        after = end
        while after < len(text) and text[after].isspace():
            after += 1
        codes.update(mask[i] for i in (before, after) if 0 <= i < len(text) and mask[i])
    return codes


def _substantive(deleted: str, inserted: str) -> Finding:
    words = len(deleted.split()) + len(inserted.split())
    if deleted.strip() and inserted.strip():
        return Finding("replaced", f"{quote(deleted)} replaced by {quote(inserted)}", words)
    if inserted.strip():
        return Finding("inserted", quote(inserted), words)
    return Finding("deleted", quote(deleted), words)


_QUOTED_WORDS = 6


def quote(text: str) -> str:
    """A short quotation of some words: ``'and developing ...'``."""
    words = text.split()
    short = " ".join(words[:_QUOTED_WORDS]) + (" ..." if len(words) > _QUOTED_WORDS else "")
    return f"'{short}'"


def highest_class(*classes: str | None) -> str | None:
    """The highest of some classes (``None`` counts lowest)."""
    present = [name for name in classes if name is not None]
    return max(present, key=CLASSES.index) if present else None
