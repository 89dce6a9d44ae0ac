"""The subject of a resolution, as other resolutions of its series name it.

A resolution names the subject of earlier ones after a connective -- ``on``, ``concerning``,
``entitled`` -- and not always in the words of its title: ``its resolutions ... concerning the cooperation
between the United Nations and INTERPOL`` cites the series titled "Cooperation between the United Nations and
the International Criminal Police Organization (INTERPOL)".  :func:`subject_phrases` gives the names of a
document's subject: its title, the title of its agenda sub-item, and their short forms (the acronym a title
defines standing for the name it abbreviates, or the acronym left out); :func:`names_subject` tells whether a
text begins with one of them.
"""

from __future__ import annotations

import re

from versioning.model import Document
from versioning.parsing.dates import COMPOUND_ORDINAL, SIMPLE_ORDINAL
from versioning.series.title_forms import short_forms

_SUB_ITEM = re.compile(r"\bsub-item entitled\s+[“\"](?P<title>[^”\"]+)[”\"]")
_CONJUNCTS = re.compile(r",?\s+and\s+(?=(?:on|concerning)\s)")
"""Where a text names a second subject: ``... on the law of the sea and on oceans and the law of the sea``."""
_ARTICLE = re.compile(r"\bthe\s+")
"""The article, which a text may put where the title has none: "the protection of the global climate for
present and future generations of humankind" for ``Protection of global climate for ...``."""
_SHORT_PHRASE_WORDS = 3
_COMPLEMENT = re.compile(r"^\s+(?:for|in)\s+\w")
"""What makes a name's head into another name: ``for Peace ...``, ``in Asia ...``."""
_KEPT_TAIL, _INSERTED_RUN, _REWORDED_WORDS = 4, 3, 6
"""A reworded title (:func:`_names_reworded`): the words of its end kept, the most words it inserted, the
fewest words of the former subject."""
_PREPOSITIONS = frozenset({"of", "in", "on", "for", "to", "against", "with", "by", "at", "from", "between"})
"""Words that open a complement: inserted into a title, they make it about another thing."""
_OWN_COMPLEMENT = re.compile(r"^\s+(?:on|of|for|in|against|to)\s+\w")
"""A complement after a short form of the title, where the title's own would have matched a longer form: the
short form then names another thing ("the implementation of the Convention on Certain Conventional Weapons"
is not "the implementation of the Convention" of a text on cluster munitions)."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SESSION_ORDINAL = re.compile(rf"\b(?:{COMPOUND_ORDINAL}|{SIMPLE_ORDINAL})(?=\s+session\b)")
"""The session a recurring report covers, in a title: "Report of the International Law Commission on the
work of its seventy-fifth session" (the next member's is "... seventy-sixth session"), made alike as years
are."""
_LEADING_ORDINAL = re.compile(rf"^(?:{SIMPLE_ORDINAL}|{COMPOUND_ORDINAL})\b")
"""The ordinal that opens the name of one session of a recurring event ("the first United Nations Conference
to Support ..."), where its title puts the year ("2028 United Nations Conference to Support ...")."""
_ANAPHORA = re.compile(
    r"^(?:this|that|the)\s+(?:same\s+)?(?:question|subject|matter|item|issue|topic)\b(?!\s+(?:of|on|concerning)\b)",
    flags=re.IGNORECASE,
)
"""A subject named by reference to the text's own: ``its resolutions ... on this question``."""
_ANTECEDENT = re.compile(r"\bthe\s+(?P<noun>[a-z][a-z-]+)\s+(?=(?:on|concerning)\s)", flags=re.IGNORECASE)
"""A thing named with its subject: ``the articles on responsibility of States ...``."""
_OWN_CLAUSE = re.compile(r"^\s*(?P<clause>(?:[a-z]+ing|by\s+which|in\s+which|which)\s[^,;]*)")
"""The clause that follows a list and says what its resolutions did (``commending the articles to ...``),
up to its first comma."""
_ANNEXED = re.compile(
    r"^\s*,\s*the\s+annex\s+to\s+which\s+contains\s+(?:the\s+text\s+of\s+)?the\s+[a-z][a-z-]+\s+(?=(?:on|concerning)\s)",
    flags=re.IGNORECASE,
)
"""The resolution annexes a text on the subject: ``56/83 ..., the annex to which contains the text of the
articles on responsibility of States for internationally wrongful acts``."""
_COUNTED = re.compile(
    r"^the\s+(?:[a-z-]+\s+){1,4}?of\s+the\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?=\S)",
    flags=re.IGNORECASE,
)
"""What resolutions did to the series' subject, counted: "regarding the maintenance and revitalization of the
three United Nations regional centres for peace and disarmament" names the series of that title."""
_QUOTES = str.maketrans({"“": "", "”": "", '"': "", "‘": "'", "’": "'"})
CONNECTIVES = ("on", "concerning", "entitled", "relating to", "regarding", "on the question of")
"""The words that introduce the subject of cited resolutions (``resolutions 71/19 ... concerning ...``)."""


def normalise(text: str) -> str:
    """A phrase as compared: case-folded, quotes dropped, spaces collapsed, articles ("the") dropped, and
    years made alike (the titles of annual series carry their year: "... expenses for 2025", "for 2026")."""
    folded = " ".join(text.translate(_QUOTES).split()).casefold()
    return _SESSION_ORDINAL.sub("nth", _YEAR.sub("yyyy", _ARTICLE.sub("", folded)))


def subject_phrase(title: str) -> str:
    """A title as a preamble names it after ``on``: case-folded, spaces collapsed."""
    return " ".join(title.split()).casefold()


def series_key(title: str) -> str:
    """A title as members of one series share it: :func:`subject_phrase` with its years and the ordinals of
    its sessions made alike.  The title of an annual series carries its year ("Unforeseen and extraordinary
    expenses for 2025", "... for 2026"), or the session of the report it considers ("Report of the
    International Law Commission on the work of its seventy-fifth session", "... seventy-sixth session"); each
    session's member re-adopts the text with the next one."""
    return _SESSION_ORDINAL.sub("nth", _YEAR.sub("yyyy", subject_phrase(title)))


def agenda_sub_item(document: Document) -> str | None:
    """The title of the agenda sub-item the document's closing paragraphs name, case-folded."""
    title = _sub_item_title(document)
    return subject_phrase(title) if title else None


def subject_phrases(document: Document) -> tuple[str, ...]:
    """Every name of the document's subject (normalised, longest first): its title, its agenda sub-item's
    title, and their short forms."""
    names: set[str] = set()
    for title in (document.title, _sub_item_title(document)):
        if title:
            names.update(normalise(form) for form in short_forms(title))
    return tuple(sorted((name for name in names if name), key=lambda name: (-len(name), name)))


def names_subject(text: str, phrases: tuple[str, ...]) -> bool:
    """``text`` (the words after a connective) begins with one of ``phrases``, as a whole phrase; a short
    phrase (a name's head, :data:`_SHORT_PHRASE_WORDS` words at most) followed by a complement of its own
    names another body ("the Regional Centre for Peace and Disarmament in Asia and the Pacific" is not "the
    Regional Centre" of a text on the Centre in Africa)."""
    text_words = normalise(text)
    # a recurring event is "the first ..." in a text where its title puts the year ("2028 United Nations
    # Conference to Support ..."): an ordinal is read as the year only against a title that has one, so that
    # "the Third International Decade ..." is not the "Fourth International Decade ..."
    as_year = _LEADING_ORDINAL.sub("yyyy", text_words)
    for phrase in phrases:
        words = as_year if phrase.startswith("yyyy ") else text_words
        if not words.startswith(phrase) or (len(words) > len(phrase) and words[len(phrase)].isalnum()):
            continue
        if len(phrase.split()) <= _SHORT_PHRASE_WORDS and _COMPLEMENT.match(words[len(phrase) :]):
            continue
        if _OWN_COMPLEMENT.match(words[len(phrase) :]) and any(
            longer.startswith(phrase + " ") for longer in phrases
        ):
            continue
        return True
    return any(_names_reworded(text_words, phrase) for phrase in phrases)


def _names_reworded(text_words: str, phrase: str) -> bool:
    """``text_words`` begins with ``phrase`` as it read before a rewording that inserted a few words: the
    series "... efforts to eliminate all forms of violence against women and girls", now titled "... efforts
    to prevent and eliminate all forms ...".  The first word and the last :data:`_KEPT_TAIL` words are kept,
    one run of :data:`_INSERTED_RUN` words at most was inserted between them, without a preposition (a
    complement inserted makes another subject: "Situation of human rights in ..." is not the "situation in"
    the place), and the former subject has :data:`_REWORDED_WORDS` words or more."""
    words = phrase.split()
    if len(words) - 1 < _REWORDED_WORDS or not text_words.startswith(words[0] + " "):
        return False
    for start in range(1, len(words) - _KEPT_TAIL):
        for end in range(start + 1, min(start + _INSERTED_RUN, len(words) - _KEPT_TAIL) + 1):
            former = " ".join(words[:start] + words[end:])
            if len(former.split()) < _REWORDED_WORDS or not text_words.startswith(former):
                continue
            if _PREPOSITIONS.intersection(words[start:end]):
                continue  # a complement of its own: "situation of human rights in ..." is not "situation in"
            if len(text_words) == len(former) or not text_words[len(former)].isalnum():
                return True
    return False


def names_subject_after_connective(text: str, phrases: tuple[str, ...]) -> bool:
    """``text`` begins with a connective (:data:`CONNECTIVES`) followed by one of ``phrases``; where it names
    several subjects (``on the law of the sea and on oceans and the law of the sea``), one of them."""
    return any(_connective_names(conjunct, phrases) for conjunct in _CONJUNCTS.split(text.lstrip(" ,")))


def names_subject_by_antecedent(qualifier: str, before: str, phrases: tuple[str, ...]) -> bool:
    """The clause after a list says what its resolutions did to a thing the paragraph named before, with the
    series' subject: "Recalling its resolution 56/83 ..., the annex to which contains the text of the articles
    on responsibility of States for internationally wrongful acts, ..., and recalling further its resolutions
    59/35 ... and 77/97 ... commending the articles to the attention of Governments".  The thing is named
    once by its subject (``the articles on <subject>``), then by its noun alone (``the articles``)."""
    clause = _OWN_CLAUSE.match(qualifier)
    if clause is None:
        return False
    nouns = {
        match.group("noun").casefold()
        for match in _ANTECEDENT.finditer(before)
        if names_subject_after_connective(before[match.end() :], phrases)
    }
    return any(
        re.search(rf"\bthe\s+{re.escape(noun)}\b", clause.group("clause"), flags=re.IGNORECASE)
        for noun in nouns
    )


def annexes_text_on_subject(qualifier: str, phrases: tuple[str, ...]) -> bool:
    """The list's resolution annexes the text on the series' subject (see :data:`_ANNEXED`): the item's first
    member, whose articles, principles or guidelines the later members commend ("the articles on
    responsibility of States for internationally wrongful acts", 56/83, in the series of that title)."""
    match = _ANNEXED.match(qualifier)
    return match is not None and names_subject_after_connective(qualifier[match.end() :], phrases)


def refers_to_own_subject(text: str) -> bool:
    """``text`` begins with a connective and a reference to the subject at hand (``on this question``, ``on
    the same subject``): the citing text's own subject when the list opens its paragraph."""
    stripped = text.lstrip(" ,")
    return any(
        _ANAPHORA.match(stripped[len(connective) :].lstrip())
        for connective in CONNECTIVES
        if re.match(rf"{connective}\b", stripped, flags=re.IGNORECASE)
    )


def begins_with_connective(text: str) -> bool:
    """``text`` begins with a connective (:data:`CONNECTIVES`): it names a subject, the citing document's
    or another."""
    stripped = text.lstrip(" ,")
    return any(re.match(rf"{connective}\b", stripped, flags=re.IGNORECASE) for connective in CONNECTIVES)


def _connective_names(text: str, phrases: tuple[str, ...]) -> bool:
    # Every connective that opens the text is tried: "on the question of Western Sahara" names "Question of
    # Western Sahara" after "on", and "Western Sahara" after "on the question of"; the subject may be counted
    # as what the resolutions act on (:data:`_COUNTED`).
    return any(
        names_subject(after, phrases) or names_subject(_COUNTED.sub("", after.lstrip(), count=1), phrases)
        for connective in CONNECTIVES
        if re.match(rf"{connective}\b", text, flags=re.IGNORECASE)
        for after in (text[len(connective) :],)
    )


def _sub_item_title(document: Document) -> str | None:
    for paragraph in reversed(document.operative):
        match = _SUB_ITEM.search(paragraph.full_text())
        if match:
            return match.group("title")
    return None
