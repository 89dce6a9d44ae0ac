"""The grammar of citation lists: ``resolution(s)`` followed by numbers, dates and what is said of them.

::

    list      := "resolution" ["s"] group ( continuation group )*
    group     := item ( separator item )* qualifier
    item      := NUMBER [PART] [ "of" DATE ] [PINPOINT] 64/256 of 2 March 2010 | 45/58 P of 4 December 1990
                 36/87 A and B of 9 December 1981 (two items, one date)
                 32/151, para. 10 (the paragraph cited is read and skipped)
                 (a resolution numbered before 1976, "3263 (XXIX) of 9 December 1974", is read and skipped)
    separator := "," | ", and" | "and" | ";" | "; and"
    qualifier := the words after the group, up to a continuation, the next list or the end of the text
    continuation := [","] "and" (before a NUMBER: the list goes on after a qualifier, unless the qualifier
                    opened a list of decisions, which the number then continues)

``its resolutions 47/90 of 16 December 1992 ... and 78/175 of 19 December 2023 concerning cooperatives in
social development, and 78/289 of 24 June 2024 proclaiming the International Year of Cooperatives 2025`` is
one list of two groups, each with its qualifier.  The text is a paragraph's (lines already joined), so a list
runs across lines and pages of the source.  Lists of other bodies' resolutions (``Security Council
resolution 1631 (2005)``, ``Human Rights Council resolution 16/18``) are kept apart, with ``other_body`` set.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from versioning.parsing.dates import DATE_PATTERN, iso_date

_NUMBER = r"\d{1,3}/\d{1,4}(?:\s?(?P<part>[A-Z])(?P=part)?\b)?"
"""A resolution's number, with the letter of its part when it was adopted in parts ("45/58 P"); past Z the
letters double ("53/77 AA").  Each pattern below holds it once, so its group name is free."""
_SESSION_NUMBERED = r"\d{1,4}\s?(?:[A-Z]\s?)?\((?:ES-|S-)?[IVXL]+\)"
"""A resolution of the first thirty sessions, numbered serially with its session in roman numerals:
``3263 (XXIX)``, ``217 A (III)``.  It has no session/serial symbol (see :data:`FIRST_NUMBERED_SESSION`): a
list is read through it, and it is not kept as an item."""
_ANY_NUMBER = rf"(?:{_NUMBER}\b|{_SESSION_NUMBERED})"
_DATE = DATE_PATTERN.pattern.removeprefix(r"\b").removesuffix(r"\b")
_ITEM = re.compile(rf"(?:(?P<number>{_NUMBER})|(?P<old>{_SESSION_NUMBERED}))(?:\s+of\s+(?P<date>{_DATE}))?")
_MORE_PARTS = re.compile(rf"(?P<parts>(?:(?:\s*,\s*|\s+and\s+)[A-Z]\b(?!/))+)(?:\s+of\s+(?P<date>{_DATE}))?")
"""The other parts of a resolution adopted in parts, cited together: ``36/87 A and B of 9 December 1981``."""
_PINPOINT = re.compile(
    r"\s*,\s*(?:paras?\.|paragraphs?)\s*\d+[a-z]?(?:\s*\([a-z]+\))?"
    r"(?:\s*(?:[–-]|to|and)\s*\d+[a-z]?(?:\s*\([a-z]+\))?)?(?![\d/])"
)
"""The paragraph of the resolution cited, between items: ``resolutions 32/151, para. 10, and 37/111, para. 5,
and all subsequent resolutions on ...``."""
_SEPARATOR = re.compile(rf"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?={_ANY_NUMBER})")
_DATED_NEXT = re.compile(rf"\s+(?=\d{{1,3}}/\d{{1,4}}\s+of\s+{_DATE})")
"""A comma dropped between two dated items ("73/38 of 5 December 2018 75/42 of 7 December 2020",
A/RES/79/49): after a date, the next number with its own date goes on the list."""
_ANCHOR = re.compile(rf"\b(?P<word>[Rr]esolutions?)\s+(?={_ANY_NUMBER})")
_CONTINUATION = re.compile(rf",?\s+and\s+(?={_NUMBER}(?:\s+of\s+{_DATE})?\b)")
_ANOTHER_LIST = re.compile(rf"\bdecisions?\s+(?={_NUMBER})")
"""A list of the Assembly's decisions opened after the resolutions ("..., as well as its decisions 58/521 of 8
December 2003, ... and 70/551 of 23 December 2015"): a number that follows is one of the decisions."""
_BODY_BEFORE = re.compile(
    r"\b(?:Council|Commission|Conference|Board|Committee|Congress|Court|Union|Organization|Forum)"
    r"(?P<complement>\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w’'-]*))*?)?"
    r"\s+$"
)
"""A body other than the General Assembly named just before ``resolution(s)``, by a word such as "Council" or
with the complement of its name ("Commission on the Status of Women resolutions 51/2 ..., 52/2 ..."): its
resolutions are not the Assembly's, though their numbers read like the Assembly's."""
_BODY_NAME_SPAN = 120
"""How far before ``resolution(s)`` a body's name is looked for (the longest are about 80 characters)."""
_ADOPTED_BY_OTHER = re.compile(
    r"^[^;]*?,\s*adopted\s+by\s+(?:the\s+)?(?!General\s+Assembly\b|Assembly\b)[A-Z]"
)
"""``resolution 7/2025 ..., adopted by the Conference of the Food and Agriculture Organization``."""
FIRST_NUMBERED_SESSION = 31
"""The Assembly numbers its resolutions session/serial from its thirty-first session (1976); before, "3369
(XXX)".  A number such as 16/18 or 7/2025 with an earlier session is another body's (Human Rights Council,
FAO Conference)."""


@dataclass(frozen=True, slots=True)
class CitedItem:
    """One resolution in a citation list: its number as printed (``"45/58 P"``) and its date in ISO form."""

    number: str
    date: str | None


@dataclass(frozen=True, slots=True)
class CitationGroup:
    """Resolutions cited together and what the text says of them.

    Attributes:
        items: the resolutions, in order.
        before: the text before the list's ``resolution(s)`` (for the first group) or before the group.
        qualifier: the words after the group, up to the next group, the next list or the end of the text.
        first: the group opens its list (it directly follows ``resolution(s)``).
        other_body: the resolutions are another body's (``Security Council resolution ...``).
    """

    items: tuple[CitedItem, ...]
    before: str
    qualifier: str
    first: bool
    other_body: bool

    @property
    def one_per_session(self) -> bool:
        """No two resolutions of the group were adopted at one session (the parts of one, "36/87 A and B",
        are one resolution).  An item adopts one resolution a session: a list that recalls two of a session
        ("79/51 of 2 December 2024, 79/87 of 4 December 2024 and its other resolutions on this subject")
        recalls the resolutions of more than one item, whatever "this subject" is."""
        resolutions = {item.number.split()[0] for item in self.items}
        sessions = [number.split("/")[0] for number in resolutions]
        return len(sessions) == len(set(sessions))


def find_citation_groups(text: str) -> tuple[CitationGroup, ...]:
    """Every group of cited resolutions in ``text`` (a paragraph's or a footnote's words), in order."""
    anchors = list(_ANCHOR.finditer(text))
    groups: list[CitationGroup] = []
    for index, anchor in enumerate(anchors):
        limit = anchors[index + 1].start() if index + 1 < len(anchors) else len(text)
        other_body = names_other_body(text[max(0, anchor.start() - _BODY_NAME_SPAN) : anchor.start()])
        position, first, before = anchor.end(), True, text[: anchor.start()]
        while position < limit:
            items, position = _items(text, position)
            if not items:
                break
            continuation = _CONTINUATION.search(text, position, limit)
            if continuation and _ANOTHER_LIST.search(text, position, continuation.start()):
                continuation = None  # "and 70/551" goes on the list of decisions opened in between
            end = continuation.start() if continuation else limit
            qualifier = text[position:end]
            foreign = (
                other_body or bool(_ADOPTED_BY_OTHER.match(qualifier)) or not _numbered_by_assembly(items)
            )
            groups.append(CitationGroup(tuple(items), before, qualifier, first, foreign))
            if continuation is None:
                break
            before, first, position = text[:end], False, continuation.end()
    return tuple(groups)


def names_other_body(before: str) -> bool:
    """``before`` (the words before a list) ends with the name of a body other than the General Assembly:
    "Human Rights Council", "Commission on the Status of Women"; not "... and General Assembly"."""
    match = _BODY_BEFORE.search(before)
    return match is not None and not re.search(r"\bAssembly\s+$", match.group())


_OWN_LIST_HEAD = re.compile(
    rf"[\s,;]*(?:(?:and|as\s+well\s+as)\s+)?(?:(?:also|further|to|its|the|General|Assembly)\s+)*"
    rf"(?P<kind>resolution|decision)s?\s+(?={_ANY_NUMBER})",
    flags=re.IGNORECASE,
)
_LIST_END = re.compile(r"[\s,;.:]*")
_UNNUMBERED_DECISION = re.compile(
    r"[\s,;]*(?:(?:and|as\s+well\s+as)\s+)?its\s+decision\s+to\s+[a-z]+\s[^;]*?"
    r"(?=[\s,]*(?:(?:and|as\s+well\s+as)\s+)?(?:its\s+)?(?:resolution|decision)s?\s+\d)",
    flags=re.IGNORECASE,
)
"""A decision the Assembly took without a number, between the lists of an item's history, up to the next
list: "its decision to proclaim 2005 the International Year for Sport and Physical Education to strengthen
sport as a means to promote education, health, development and peace" (A/RES/79/8)."""


def only_own_lists(text: str) -> bool:
    """``text`` (a paragraph's words after its lead) is nothing but lists of the Assembly's own resolutions
    and decisions, two lists or more, one after the other, resolutions and decisions in turn: "its decision
    59/515 of 3 December 2004 and its resolutions 60/74 ... and 74/65 ..., its decision 75/552 ..., its
    resolution 76/233 ..., its decisions 76/568 ... and 77/547 ... and its resolutions 78/47 ...".  An item's
    history names its resolutions in one list, the decisions between them in lists of their own: two lists
    of resolutions one after the other ("its resolution 69/313 ... and its resolution 70/1 ...") recall each
    resolution for itself.  Another body's list ("Security Council resolution ...") or any other word ends
    the reading with ``False``.  A decision without a number counts as a list of decisions ("its resolutions
    58/5 ... and 59/10 ..., its decision to proclaim 2005 the International Year for Sport ..., and its
    resolutions 60/9 ..."), where a list of resolutions around it holds more than one: a phrase, it does not
    make "its resolution 69/313 ..., its decision to convene ..., and its resolution 70/1 ..." a history."""
    position, unnumbered_seen, longest = 0, False, 0
    kinds: list[str] = []
    while True:
        head = _OWN_LIST_HEAD.match(text, position)
        unnumbered = _UNNUMBERED_DECISION.match(text, position) if head is None and kinds else None
        if unnumbered:
            kinds.append("decision")
            position, unnumbered_seen = unnumbered.end(), True
            continue
        if head is None:
            break
        items, position = _items(text, head.end())
        if not items:
            return False
        kinds.append(head.group("kind").casefold())
        longest = max(longest, len(items)) if kinds[-1] == "resolution" else longest
    alternate = all(a != b for a, b in itertools.pairwise(kinds))
    if unnumbered_seen and longest < 2:
        return False
    return len(kinds) >= 2 and alternate and _LIST_END.fullmatch(text, position) is not None


def _items(text: str, position: int) -> tuple[list[CitedItem], int]:
    """The items of a list from ``position``, and where the list ends.  Two resolutions of one session joined
    by a bare "and" before one date share it: "35/127 and 35/128 of 11 December 1980"."""
    items: list[CitedItem] = []
    sharing: int | None = None  # an undated item just before a bare "and"
    while True:
        item = _ITEM.match(text, position)
        if item is None:
            return items, position
        printed_date = item.group("date")
        numbers = [" ".join(item.group("number").split())] if item.group("number") else []
        position = item.end()
        parts = _MORE_PARTS.match(text, position) if numbers and not printed_date else None
        if parts and numbers[0][-1].isupper():
            base = numbers[0].rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ").rstrip()
            numbers += [f"{base} {part}" for part in re.findall(r"[A-Z]", parts.group("parts"))]
            printed_date, position = parts.group("date"), parts.end()
        date = _iso(printed_date) if printed_date else None
        if date and numbers and sharing is not None and _session(items[sharing]) == _session(numbers[0]):
            items[sharing] = CitedItem(items[sharing].number, date)
        items += [CitedItem(number, date) for number in numbers]
        pinpoint = _PINPOINT.match(text, position) if numbers else None
        if pinpoint:
            position = pinpoint.end()
        separator = _SEPARATOR.match(text, position)
        if separator is None and printed_date:
            separator = _DATED_NEXT.match(text, position)
        if separator is None:
            return items, position
        bare_and = numbers and date is None and separator.group().strip() == "and"
        sharing = len(items) - 1 if bare_and else None
        position = separator.end()


def _session(item: CitedItem | str) -> str:
    return (item.number if isinstance(item, CitedItem) else item).split("/", 1)[0]


def _numbered_by_assembly(items: list[CitedItem]) -> bool:
    return all(int(item.number.split("/", 1)[0]) >= FIRST_NUMBERED_SESSION for item in items)


def _iso(printed: str) -> str | None:
    match = DATE_PATTERN.search(printed)
    return iso_date(*match.groups()) if match else None
