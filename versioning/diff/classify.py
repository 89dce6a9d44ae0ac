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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from versioning.diff.changes import CLASSES, DiffOp
from versioning.diff.class_rules import Finding, Verdict, judge, load_rules
from versioning.diff.names import NameEvidence, is_name_variant
from versioning.diff.normalise import editorial_key
from versioning.parsing.dates import COMPOUND_ORDINAL, MONTHS, SIMPLE_ORDINAL

EDITORIAL, ROUTINE, SUBSTANTIVE = CLASSES

_MONTH = "(?:" + "|".join(MONTHS) + ")"
_SESSION_NOUN = r"\s+(?:(?:regular|special|emergency\s+special|resumed)\s+)?sessions?\b"
_ORDINAL_LIST_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|to|or)\s+)"


_PINPOINT_AFTER = (
    r"(?:(?<=\b(?i:paragraph)\s)|(?<=\b(?i:paragraphs)\s)|(?<=\b(?i:para)\.\s)|(?<=\b(?i:paras)\.\s))"
)
"""Where a cited paragraph's number starts: just after ``paragraph``, ``paragraphs``, ``para.`` or
``paras.`` and one space (fixed-width look-behinds, one per spelling)."""
_PINPOINT_NUMBER = r"\d{1,4}(?:\s?\((?:[a-z]{1,2}|[ivx]{1,5})\))*(?!\w|/)"
"""A paragraph number with its subparagraphs: ``180``, ``174 (a)``, ``65 (d) (ii)``; not a symbol."""
_PINPOINT_END = r"(?=\s*(?:[,;:.)]|$|(?:of|above|below|thereof|hereof|and|to)\b))"
"""What follows a cited paragraph: the document it is in ("of its report", "above"), or punctuation."""
_PINPOINT_JOIN = r"(?:\s*(?:-|\u2013|,)\s*(?:and\s+)?|\s+(?:and|to)\s+)"


def _ordinal_run(ordinal: str) -> str:
    return rf"(?i:{ordinal})(?:{_ORDINAL_LIST_JOIN}(?i:{SIMPLE_ORDINAL}|{COMPOUND_ORDINAL}))*"


def _ordinal_context() -> str:
    rules = load_rules()
    nouns = "|".join(sorted(rules.ordinal_nouns, key=len, reverse=True))
    recurrence = "|".join(sorted(rules.recurrence_words, key=len, reverse=True)) or "(?!)"
    return rf"(?=\s+(?:[A-Z]|(?:[\w'-]+\s+)?(?i:{nouns})\b|(?i:{recurrence})\b))"


_ROUTINE_PATTERNS = (
    # dates: "18 November 2024", "November 2024", "November 18, 2024", "3 to 5 November"
    ("date", rf"\b\d{{1,2}}(?:\s*(?:-|\u2013|to|and)\s*\d{{1,2}})?\s+{_MONTH}(?:\s+\d{{4}})?\b"),
    ("date", rf"\b{_MONTH}\s+(?:\d{{1,2}},?\s+)?\d{{4}}\b"),
    # session numbers: "seventy-ninth session", "forty-fifth and forty-sixth sessions", "79th session"
    ("session", rf"\b{_ordinal_run(f'{SIMPLE_ORDINAL}|{COMPOUND_ORDINAL}')}(?={_SESSION_NOUN})"),
    # document symbols: "A/67/280", "A/67/280-S/2012/614", "A/RES/79/10", "A/79/L.11", and "65/122"; a
    # segment may carry its session in parentheses, as other bodies number theirs: "GC(69)/RES/15" (IAEA
    # General Conference), "ICCD/COP(16)/23"
    (
        "symbol",
        r"\b[A-Z][A-Za-z0-9.]*(?:\([A-Za-z0-9.]+\))?/(?:[A-Za-z0-9.]+(?:\([A-Za-z0-9.]+\))?/)*"
        r"[A-Za-z0-9.]*\d[A-Za-z0-9.]*(?:-[A-Z][A-Za-z0-9./]*\d[A-Za-z0-9.]*)?",
    ),
    ("symbol", r"\b\d{1,3}/\d{1,4}\b"),
    # Security Council resolutions, numbered with their year: "resolution 2719 (2023)"
    ("symbol", r"\b\d{3,4}\s\((?:19|20)\d\d\)"),
    # years and year ranges: "2024", "2015-2030", "2024/25"
    ("year", r"\b(?:1[89]|2[01])\d\d(?:\s*[-\u2013/]\s*(?:\d{4}|\d\d))?\b"),
    # the years since an event, which grow with the calendar: "31 years ago", "25 years since"
    ("year", r"\b\d{1,3}(?=\s+years?\s+(?:ago|since)\b)"),
    # ordinals: compound ones anywhere; first to nineteenth where they number an event or a body
    ("ordinal", rf"\b{_ordinal_run(COMPOUND_ORDINAL)}\b"),
    ("ordinal", rf"\b{_ordinal_run(SIMPLE_ORDINAL)}{_ordinal_context()}"),
    ("ordinal", rf"\b(?=[A-Z])(?i:{SIMPLE_ORDINAL})\b"),
    # the number of a paragraph cited in a document, with its subparagraph: "paragraph 180 of its report",
    # "paragraph 146 (p) of its previous report", "paragraphs 422 to 425", "paras. 24-76"; the document
    # cited is another edition's (the next report), so its paragraphs are numbered anew
    (
        "pinpoint",
        rf"{_PINPOINT_AFTER}{_PINPOINT_NUMBER}(?:{_PINPOINT_JOIN}{_PINPOINT_NUMBER})*{_PINPOINT_END}",
    ),
)
ROUTINE_CATEGORIES = ("date", "session", "symbol", "year", "ordinal", "pinpoint")
"""The categories of routine spans, in the order of their codes in a :func:`routine_mask` (code 1 is
the first)."""

_ROUTINE_FIRST = r"\b(?=[\dA-Zfstenh])"
"""What every routine span starts with: a word boundary before a digit, a capital (a month, a symbol, a
capitalised ordinal) or the first letter of a lower-case ordinal (first ... nineteenth, twenty ... ninety,
hundredth).  Tested once at each position before the alternatives, it makes the scan several times faster;
:data:`_UNGUARDED_ROUTINE` is the same pattern without it, which the tests compare on the whole corpus."""

_ALTERNATIVES = "|".join(
    f"(?P<{name}{index}>{pattern})" for index, (name, pattern) in enumerate(_ROUTINE_PATTERNS)
)
_ROUTINE = re.compile(f"{_ROUTINE_FIRST}(?:{_ALTERNATIVES})")
_UNGUARDED_ROUTINE = re.compile(_ALTERNATIVES)
_MAYBE_ROUTINE = re.compile(rf"\d|th\b|first|second|third|{_MONTH}", re.IGNORECASE)
"""Every routine span holds one of these: a cheap test before the full pattern."""

_SUBPARAGRAPH = re.compile(r"\s*(?:[a-z]{1,2}|[ivx]{1,5})\s*(?:[a-z]{1,2}|[ivx]{1,5})?\s*")
"""An edit that may be a subparagraph letter of a cited paragraph replaced ("(p)" -> "(q)"): it holds
no digit, so :data:`_MAYBE_ROUTINE` lets it pass; the routine masks then decide."""

_CONNECTIVE = re.compile(r"\b(?:and|of|to|from|through)\b|[,;]")
"""The words that join the members of a list or a range of dates, symbols or ordinals."""

_PUNCTUATION = re.compile(r"[.,;:!?()\[\]'\"]")


def routine_mask(text: str) -> bytearray:
    """One code per character of ``text``: 0 outside routine spans, else 1 + the index of the span's
    category in :data:`ROUTINE_CATEGORIES` (an edit reads it only around itself: :class:`_RoutineMasks`)."""
    mask = bytearray(len(text))
    for match in _ROUTINE.finditer(text):
        _mark(mask, match)
    return mask


def _mark(mask: bytearray, match: re.Match[str]) -> None:
    """Write the code of a routine span's category over the span."""
    code = 1 + ROUTINE_CATEGORIES.index((match.lastgroup or "").rstrip("0123456789"))
    mask[match.start() : match.end()] = bytes([code]) * (match.end() - match.start())


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
    masks = _RoutineMasks(old, new)
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


_SYNC_CHARACTERS = ';:"\u201c\u201d'
"""Characters no routine span holds (a span is made of letters, digits, white space and ``, . ( ) / -``):
the scan of a text for routine spans finds the same spans after one of them whether it started at the
beginning of the text or just after it."""


@dataclass(slots=True)
class _Scan:
    """A scan of one text for routine spans, started at ``start``, with its mask of codes so far: the
    spans it has met (up to ``reached``) are written, the next one waits in ``waiting``."""

    mask: bytearray
    start: int
    reached: int
    matches: Iterator[re.Match[str]]
    waiting: re.Match[str] | None = None


class _RoutineMasks:
    """The routine masks of both sides of one change of words, each read only around the edits that need
    it (most edits hold no digit, ordinal or month and never need one).

    A side's scan starts just after the last :data:`_SYNC_CHARACTERS` before the first edit that needs it (or
    at the text's start) and goes on from there edit by edit, or starts again after a later such character,
    skipping the text between: the codes it writes are those of a scan of the whole text
    (``tests/test_diff_classify.py`` compares them)."""

    __slots__ = ("_scans", "new", "old")

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        self._scans: dict[bool, _Scan] = {}

    def around(self, old_side: bool, spans: list[tuple[int, int]]) -> bytearray:
        """The mask of one side, exact at the spans and at the first character beyond white space on each
        side of them (what :func:`_codes` and the rest of an edit read); 0 where it was not read."""
        text = self.old if old_side else self.new
        scan = self._scans.get(old_side)
        if not spans:
            return scan.mask if scan is not None else bytearray(len(text))
        low, high = spans[0][0], spans[-1][1]
        while low > 0 and text[low - 1].isspace():
            low -= 1
        while high < len(text) and text[high].isspace():
            high += 1
        sync = max(text.rfind(char, 0, max(low - 1, 0)) for char in _SYNC_CHARACTERS) + 1
        if scan is None or sync < scan.start or sync > scan.reached:
            mask = scan.mask if scan is not None else bytearray(len(text))
            scan = _Scan(mask, sync, sync, _ROUTINE.finditer(text, sync))
            self._scans[old_side] = scan
        mask = scan.mask
        while True:
            match = scan.waiting or next(scan.matches, None)
            scan.waiting = None
            if match is None:
                scan.reached = len(text)
                break
            if match.start() > high:
                scan.waiting, scan.reached = match, match.start()
                break
            _mark(mask, match)
            scan.reached = match.end()
        return mask


def _edit_findings(
    masks: _RoutineMasks,
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
    maybe_routine = _MAYBE_ROUTINE.search(deleted_text) or _MAYBE_ROUTINE.search(inserted_text)
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
    masks: _RoutineMasks,
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
    masks: _RoutineMasks, deleted: list[tuple[int, int]], inserted: list[tuple[int, int]]
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


def _cited_nouns(masks: _RoutineMasks, old_side: bool, spans: list[tuple[int, int]]) -> set[int]:
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
