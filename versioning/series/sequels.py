"""Members a paragraph names beside the history it gives: the history continued in a second list, the
resolution the series began with, and the resolution that set up the body the title names.

* A recital may give the history in two lists, the second recalled "also" and going on from the session
  where the first stopped: "Recalling its resolutions 54/205 ..., 55/188 ... and 57/244 ..., and recalling
  also its resolutions 58/205 ..., ... and 77/235 ..." (A/RES/79/190).  A second list of earlier sessions, or
  of resolutions of the same session, recalls more (see :func:`continues_history`).
* The resolution the series began with, followed by "all its subsequent resolutions, including" a member:
  "its resolution 57/7 ... on ... support for the New Partnership for Africa's Development and all its
  subsequent resolutions, including resolution 78/262 ..., entitled '<title>'" (A/RES/79/263; see
  :func:`heads_series`).
* The resolution by which the Assembly established the body or institution its title names: "in its
  resolution 35/55 ..., the General Assembly approved the establishment of the University for Peace"
  (A/RES/79/84, title "University for Peace"); "61/29 ..., by which it established the Ad Hoc Committee on
  criminal accountability of United Nations officials and experts on mission" (A/RES/79/116).  A body named
  otherwise than the title ("by which it established the United Nations Commission on International Trade
  Law", cited by a resolution on a model law) is not the series' (see :func:`establishes_the_title`).
* The series under its former title, listed just before it under the present one: "its resolutions 62/138
  ... and 67/147 ... on supporting efforts to end obstetric fistula and its resolutions 69/148 ... and 77/196
  ... on the intensification of efforts to end obstetric fistula" (A/RES/79/155; see :func:`former_title`).
  The first list may be joined by all the Assembly's resolutions on a wider subject: "61/143 ..., 67/144
  ... and all its previous resolutions on the elimination of violence against women, as well as its
  resolutions 69/147 ... on the intensification of efforts ..." (A/RES/79/152).
* The resolution a series began with and its latest member, alone in a recital: "Recalling its resolution
  32/40 B of 2 December 1977 and all its subsequent relevant resolutions, including its resolution 77/23 of
  30 November 2022," (A/RES/79/82; see :func:`head_and_latest`).
* The history continued in the next recital, recalled "also" in lists of its decisions and resolutions of the
  sessions after: "Recalling its resolutions 75/240 ... and 76/19 ..., and noting ..." / "Recalling also its
  decisions 77/512 ... and 78/541 ..., as well as its resolution 79/237 ..." (A/RES/80/16; see
  :func:`continues_in_next_recital`).
* The lists of a cooperation series, recalled for the cooperation they asked for with the organization the
  title names: "its resolutions 67/7 ..., ... and 77/19 ..., in which it invited the specialized agencies ...
  to cooperate with the Central European Initiative" (A/RES/79/135, "Cooperation between the United Nations
  and the Central European Initiative"); "by which it granted observer status to" it is no member (see
  :func:`cooperates_with_the_title`).
"""

from __future__ import annotations

import re

from versioning.identifiers import Symbol
from versioning.series.citation_lists import CitationGroup

_SUBSEQUENT_INCLUDING = re.compile(
    r"\band\s+all\s+(?:its\s+)?subsequent\s+(?:relevant\s+)?resolutions(?:\s+thereon)?\s*,?\s*"
    r"including\s+(?:its\s+)?$",
    flags=re.IGNORECASE,
)
_OPENS = re.compile(r"^\s*(?:(?:also|further|its|the|General|Assembly)\s+)*$", flags=re.IGNORECASE)
_ENDS = re.compile(r"^\s*[,;.:]?\s*$")
_LATEST_SESSIONS = 3
"""How many sessions back the latest member named after "all its subsequent resolutions, including" may be:
an item may come up every second or third session."""
_ESTABLISHED = re.compile(
    r"^\s*,?\s*(?:(?:by|in)\s+which\s+)?(?:it|the\s+(?:General\s+)?Assembly)\s+(?:had\s+)?"
    r"(?:established|approved\s+the\s+(?:idea\s+of\s+establishing|establishment\s+of))\s+(?:the\s+)?",
    flags=re.IGNORECASE,
)


_FORMER = re.compile(
    r"^\s*,?\s*(?P<joined>(?:and|as\s+well\s+as)\s+all\s+its\s+(?:(?:previous|earlier|other|relevant)\s+)+"
    r"resolutions\s+)?(?:on|concerning|entitled)\s+[“\"]?(?P<subject>[^;“”\"]+?)[”\"]?,?\s+"
    r"(?(joined)(?:and|as\s+well\s+as)|and)\s+(?:its\s+)?$",
    flags=re.IGNORECASE,
)
"""The former subject after a list, before "and its resolutions" under the present one; or the list joined by
all the Assembly's resolutions on a wider subject ("61/143 ..., 67/144 ... and all its previous resolutions
on the elimination of violence against women, as well as its resolutions 69/147 ... on the intensification
of efforts to eliminate all forms of violence against women and girls", A/RES/79/152)."""
_SHARED_RUN = 3
_ARTICLES = frozenset({"the", "a", "an"})
_COMMON_WORDS = frozenset(
    {"of", "and", "or", "to", "in", "on", "for", "against", "with", "by", "at", "from", "all", "its", "their"}
    | {"united", "nations"}
)
"""Words that say nothing of what a title is about: prepositions, conjunctions and determiners, and the
Organization's name, which so many titles hold."""
_WORD = re.compile(r"[a-z0-9]+")
_RECALLED_ALSO = re.compile(r"^(?:Recalling|Reaffirming)\s+(?:also|further)\b", flags=re.IGNORECASE)
_COOPERATION_TITLE = re.compile(
    r"^Cooperation\s+between\s+the\s+United\s+Nations\s+and\s+(?:the\s+)?(?P<org>.+)$"
)
_IN_WHICH = re.compile(r"^\s*,?\s*(?:in|by)\s+which\s+it\s+[^;]*?\bcooperat(?:e|ion)\s+with\s+(?:the\s+)?")


def sessions(group: CitationGroup) -> list[int]:
    """The sessions of the group's resolutions, in order."""
    return [Symbol.for_resolution(item.number).session for item in group.items]


def continues_history(
    previous: CitationGroup | None, previous_basis: str | None, group: CitationGroup
) -> bool:
    """``group``, a bare list after the bare list ``previous`` of the same paragraph, goes on with the
    history: both list two resolutions or more, and the second begins at a session after the first's last."""
    if previous is None or previous_basis != "list" or len(previous.items) < 2 or len(group.items) < 2:
        return False
    return min(sessions(group)) > max(sessions(previous))


def heads_series(group: CitationGroup, next_basis: str | None) -> bool:
    """``group`` is followed by "and all its subsequent resolutions, including" a resolution taken by the
    series' subject: the series began with it."""
    return next_basis == "subject" and bool(_SUBSEQUENT_INCLUDING.search(group.qualifier))


def head_and_latest(group: CitationGroup, following: CitationGroup, lead: str, session: int) -> bool:
    """A recital of nothing but the resolution a series began with and its latest member: "Recalling its
    resolution 32/40 B of 2 December 1977 and all its subsequent relevant resolutions, including its
    resolution 77/23 of 30 November 2022," (A/RES/79/82).  Each list holds one resolution; the first opens
    the recital, the second ends it and is of one of the :data:`_LATEST_SESSIONS` sessions before the text's
    ``session``.  Followed by anything ("..., on another matter", "... and noting ..."), or naming an older
    resolution, it may recall any resolution that bears on the text."""
    before = group.before[len(lead) :] if lead and group.before.startswith(lead) else group.before
    latest = sessions(following)
    return (
        len(group.items) == 1
        and len(following.items) == 1
        and bool(_OPENS.match(before))
        and bool(_SUBSEQUENT_INCLUDING.search(group.qualifier))
        and bool(_ENDS.match(following.qualifier))
        and session - _LATEST_SESSIONS <= latest[0] < session
    )


def establishes_the_title(group: CitationGroup, title: str) -> bool:
    """The words after ``group`` say the Assembly established (or approved the establishment of) a body whose
    name holds the whole of ``title``."""
    match = _ESTABLISHED.match(group.qualifier)
    wanted = " ".join(title.split()).casefold()
    if match is None or len(wanted.split()) < 2:
        return False
    named = " ".join(group.qualifier[match.end() :].split()).casefold()
    return wanted in named[: len(wanted) + 80]


def former_title(
    group: CitationGroup, following: CitationGroup, following_basis: str | None, title: str
) -> bool:
    """``group`` is listed "on" a subject and joined by "and its resolutions" to ``following``, taken by the
    series' subject; every resolution of ``group`` is older than those of ``following``, and its subject ends
    in the same three words or more as ``title``: the series under its former title.  A list joined by all
    the Assembly's resolutions on a wider subject needs only three words of ``title`` in a row in it (articles
    left out), two of which say what it is about (:func:`_names_a_thing`)."""
    match = _FORMER.match(group.qualifier)
    if following_basis != "subject" or match is None or max(sessions(group)) >= min(sessions(following)):
        return False
    former, present = _WORD.findall(match.group("subject").casefold()), _WORD.findall(title.casefold())
    shared = 0
    while shared < min(len(former), len(present)) and former[-1 - shared] == present[-1 - shared]:
        shared += 1
    if shared >= _SHARED_RUN and shared < len(present):
        return True
    # the wider subject need not end the title's way, but holds a run of its words
    former, present = _without_articles(former), _without_articles(present)
    runs = {tuple(former[i : i + _SHARED_RUN]) for i in range(len(former) - _SHARED_RUN + 1)}
    return bool(match.group("joined")) and any(
        run in runs and _names_a_thing(run)
        for run in (tuple(present[i : i + _SHARED_RUN]) for i in range(len(present) - _SHARED_RUN + 1))
    )


def _without_articles(words: list[str]) -> list[str]:
    return [word for word in words if word not in _ARTICLES]


def _names_a_thing(run: tuple[str, ...]) -> bool:
    """A run of a title's words holds two words that say what it is about: "violence against women", not
    "all forms of" or "of the United Nations" (words of many titles)."""
    return sum(word not in _COMMON_WORDS for word in run) >= 2


def continues_in_next_recital(lead: str, group: CitationGroup, history_end: int) -> bool:
    """``group``, in a recital of lists of the Assembly's decisions and resolutions led "Recalling also" (or
    "further") right after the recital that gave the history, is of sessions after the history's last."""
    return bool(_RECALLED_ALSO.match(lead)) and history_end > 0 and min(sessions(group)) > history_end


def cooperates_with_the_title(group: CitationGroup, title: str) -> bool:
    """The title is "Cooperation between the United Nations and <organization>", and the clause after
    ``group`` says the resolutions asked for cooperation with that organization."""
    name = _COOPERATION_TITLE.match(" ".join(title.split()))
    clause = _IN_WHICH.match(" ".join(group.qualifier.split()))
    if name is None or clause is None:
        return False
    organization = re.split(r"\s*\(", name.group("org"), maxsplit=1)[0]
    rest = " ".join(group.qualifier.split())[clause.end() :]
    return rest.casefold().startswith(organization.casefold())


__all__ = [
    "continues_history",
    "continues_in_next_recital",
    "cooperates_with_the_title",
    "establishes_the_title",
    "former_title",
    "head_and_latest",
    "heads_series",
    "sessions",
]
