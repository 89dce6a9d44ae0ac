"""The names a title gives its subject: the title itself and the shorter forms a text may use for it.

A resolution names its series' subject in the words of the title, or shorter: with an acronym the title
defines ("cooperation between the United Nations and INTERPOL"), a body by the head of its name ("the
financing of the Mission", "the implementation of the Convention"), a body's recurring report as the series
of reports, the thing the title acts on ("on the social and solidarity economy" for "Promoting the social and
solidarity economy for sustainable development"), the standing part of a title that adds a session's theme
after a colon.  :func:`short_forms` gives them all; :mod:`versioning.series.subjects` compares them with the
words after a connective.
"""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"\s*(?:\((?P<bracketed>[A-Z][A-Z0-9-]+)\)|[–—-]\s*(?P<dashed>[A-Z][A-Z0-9-]+)$)")
"""An acronym a title defines: ``... Organization (INTERPOL)`` or ``... Development – GUAM``."""
_OF_THE_NAME = re.compile(r"^(?P<prefix>[A-Z][a-z]*(?:\s+[a-z]+)*\s+of\s+the\s+)(?P<name>[A-Z].*)$")
"""A title that is an action or a matter of a named body: ``Financing of the United Nations Mission for the
Referendum in Western Sahara``, ``Report of the International Law Commission on ...``."""
_CAPITALISED = re.compile(r"^[A-Z][\w’'-]*$")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w’'-]*|of|for|and|in|on)$")
"""A word of a proper name (capitalised, or a short word inside one: "Organization for Security and ...")."""
_NAME_INNER_WORDS = frozenset({"of", "for", "and", "in", "on"})
_ACTION = re.compile(r"^(?:[A-Z][a-z]+ing\s+(?!of\b)|[A-Z][a-z]+(?:tion|ment)\s+of\s+)(?P<object>.+)$")
"""A title that acts on a thing: ``Promoting the social and solidarity economy ...`` (a verb's "-ing" form,
not a noun's: "Financing of ..."), ``Implementation of the Convention ...`` (a noun of action with "of")."""
_OBJECT_WORDS = 3
_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "and", "or", "for", "in", "on", "to", "with", "by", "at"}
)
"""Words an object's count leaves out: "the Global Strategy" and "the rule of law" are two words, too few to
name a series ("the global strategy and plan of action on public health", "the rule of law at the national
and international levels" are others)."""
_THEMED = re.compile(r"^(?P<standing>(?:\S+\s+){2,}?\S+?):\s+[a-z]")
"""A title of a standing subject and the theme of one session, after a colon: ``Intensification of efforts to
prevent and eliminate all forms of violence against women and girls: the digital environment`` (the next
member takes another theme); a text names the series by the standing part."""
_NAMED_COMPLEMENT = re.compile(r"^(?:on|of|for|against|to)\s+(?:the\s+)?[A-Z]")
"""The complement that completes a name of one capitalised word: ``on Cluster Munitions``, ``on the Granting
of Independence ...``."""
_REPORT_TITLE = re.compile(
    r"^Report\s+of\s+(?P<body>the\s+\S+\s.+?)(?:\s+on\s+the\s+work\s+of\s+its\s+.+\s+session)?$"
)
"""The title of an item that considers a body's recurring report: "Report of the International Law Commission
on the work of its seventy-fifth session", "Report of the International Atomic Energy Agency" (a body of two
words or more: "the Secretary-General" alone reports on too many things)."""


def short_forms(title: str) -> tuple[str, ...]:
    """A title and the forms a text may use for it: with each acronym it defines in place of the name it
    abbreviates (``... the United Nations and INTERPOL``), without the acronym, with the body it names
    by the head of its name (``Financing of the Mission``, see :func:`_head_form`), a body's recurring
    report named as the series of reports (see :func:`_report_forms`), and the subject before the
    ", including ..." that widens it ("its annual resolutions on sustainable fisheries" for ``Sustainable
    fisheries, including through the 1995 Agreement ...``)."""
    forms = [title, *_report_forms(title)]
    widened = re.split(r",\s+including\b", title, maxsplit=1)[0]
    forms += [widened] if widened != title and len(widened.split()) >= 2 else []
    standing = _THEMED.match(" ".join(title.split()))
    forms += [standing.group("standing")] if standing else []
    for match in _ACRONYM.finditer(title):
        acronym = match.group("bracketed") or match.group("dashed")
        before = title[: match.start()]
        name_start = _name_start(before)
        forms.append(title[: match.start()] + title[match.end() :])
        forms.append(before[:name_start].rstrip() + " " + acronym + title[match.end() :])
    head = _head_form(title)
    if head:
        forms.append(head)
    forms += _name_heads(title)
    forms += _object_forms(" ".join(title.split()))
    return tuple(forms)


def _object_forms(title: str) -> list[str]:
    """The thing a title acts on, as a text names the resolutions that took it up: "its resolution 77/281 ...
    on the social and solidarity economy" for ``Promoting the social and solidarity economy for sustainable
    development``, "its resolution 63/71 ... on the Convention on Cluster Munitions" for ``Implementation of
    the Convention on Cluster Munitions``.  The action is a verb's "-ing" form or a noun of action with "of"
    (``Promotion of``, ``Implementation of``); the object is given whole and without the purpose that follows
    it (``for sustainable development``), of three words or more besides articles, prepositions and
    conjunctions ("social", "solidarity", "economy")."""
    match = _ACTION.match(title)
    if match is None:
        return []
    whole = match.group("object")
    forms = [whole, re.split(r"\s+(?:for|through|towards)\s+", whole, maxsplit=1)[0]]
    return [form for form in dict.fromkeys(forms) if _content_words(form) >= _OBJECT_WORDS]


def _content_words(phrase: str) -> int:
    return sum(word.casefold() not in _FUNCTION_WORDS for word in phrase.split())


def _report_forms(title: str) -> list[str]:
    """The item on a body's recurring report, as a text names the reports of all sessions: "all subsequent
    resolutions on the annual reports of the International Law Commission to the General Assembly" for
    ``Report of the International Law Commission on the work of its seventy-fifth session``."""
    match = _REPORT_TITLE.match(" ".join(title.split()))
    if match is None:
        return []
    body = match.group("body")
    return [f"{kind} of {body}" for kind in ("report", "reports", "annual report", "annual reports")]


def _name_heads(title: str) -> list[str]:
    """A title that is itself the name of a body, named by the head of that name once given in full: "the
    Regional Centre" for ``United Nations Regional Centre for Peace and Disarmament in Africa``
    ("its subsequent resolutions on the Regional Centre, the most recent of which ...").  The head is the run
    of capitalised words before the name's complement (``for Peace ...``) without "United Nations",
    shortened from the front to two words: one alone is too common a noun to stand for the body ("the
    Centre for Human Rights" is another).
    A title with words other than a name's ("Oil slick on Lebanese shores") has none."""
    words = " ".join(title.split()).split(" ")
    if not all(_NAME_WORD.match(word) for word in words):
        return []
    run = []
    for word in words:
        if not _CAPITALISED.match(word):
            break
        run.append(word)
    if len(run) == len(words) or not run[-1].isalpha():
        return []
    first = 2 if run[:2] == ["United", "Nations"] else 1  # "Regional Centre", never "Nations Regional ..."
    complement = " ".join(words[len(run) :])
    heads = [" ".join(run[start:]) for start in range(first, len(run) - 1)]
    # each head also with the title's own complement, so that the body itself is still named where the
    # head alone is refused for another complement (:func:`names_subject`)
    return [*heads, *(f"{head} {complement}" for head in heads)]


def _head_form(title: str) -> str | None:
    """The title with its body named by the head of the name, as a text names it once the full name is
    given: ``Financing of the Mission`` for ``Financing of the United Nations Mission for the Referendum in
    Western Sahara`` ("its resolution 45/266 ... on the financing of the Mission").  The head is the last of
    the name's capitalised words before its complement (``for the Referendum ...``), or its last word; a
    name of one word has no shorter form."""
    match = _OF_THE_NAME.match(" ".join(title.split()))
    if match is None:
        return None
    words = []
    for word in match.group("name").split():
        if not _CAPITALISED.match(word):
            break
        words.append(word)
    name_rest = match.group("name").split(maxsplit=len(words))[len(words) :]
    if len(words) == 1 and name_rest and _NAMED_COMPLEMENT.match(name_rest[0]):
        # an instrument or body named by one word and its complement: "Implementation of the Convention
        # on Cluster Munitions" is "the implementation of the Convention" once the name is given
        return match.group("prefix") + words[0]
    if len(words) < 2 or not words[-1].isalpha():
        return None
    return match.group("prefix") + words[-1]


def _name_start(before: str) -> int:
    """Where the proper name ending ``before`` starts, its article included (``the International Criminal
    Police Organization``)."""
    words = list(re.finditer(r"\S+", before))
    start = len(before)
    for word in reversed(words):
        if word.group() == "the":
            return word.start()
        if not _NAME_WORD.match(word.group()):
            break
        start = word.start()
    # A name does not begin with one of the short words it may hold inside.
    while start < len(before) and before[start:].split(" ", 1)[0] in _NAME_INNER_WORDS:
        start += len(before[start:].split(" ", 1)[0]) + 1
    return start


__all__ = ["short_forms"]
