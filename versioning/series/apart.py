"""Members named apart from a list of the item's history: singled out of the Assembly's resolutions recalled
as a whole, joined by "all previous resolutions on" the body of the title, or listed after another body's.

* The latest member singled out "in particular" from resolutions recalled without numbers: "Recalling its
  previous resolutions on the subject of chemical weapons, in particular resolution 78/29 of 4 December 2023"
  (A/RES/79/56), "all resolutions and decisions of the United Nations relating to Non-Self-Governing
  Territories, in particular General Assembly resolution 78/97 of 7 December 2023" (A/RES/79/110, "Question
  of Tokelau").  The words before may name the subject otherwise than the title, so the one singled out counts
  when it is one resolution of the session before the text's and nothing after it names another subject
  ("in particular resolution 70/1", the 2030 Agenda, is not one; see :func:`singled_out`).
* A member joined by the Assembly's other resolutions on the body its title names, by the short name the
  text uses: "its resolution 78/57 of 4 December 2023 and all previous resolutions on the Regional Centre"
  (A/RES/79/66, "United Nations Regional Centre for Peace, Disarmament and Development in Latin America and
  the Caribbean"; see :func:`joined_on_the_body`).
* The Assembly's list after another body's on the same matter, in a recital of nothing else: "Welcoming
  Human Rights Council resolutions 16/18 ..., ... and 52/38 ..., and General Assembly resolutions 67/178
  ..., ... and 78/214 ...," (A/RES/79/180).  Two resolutions or more, one a session, oldest first, the last
  of one of the two sessions before the text's (see :func:`follows_other_bodies`).
* Under a title other than its agenda sub-item, a resolution cited for what it asked on the sub-item: "its
  resolution 74/50 ..., in which it, inter alia, requested ... to further consider nuclear disarmament
  verification issues" (A/RES/79/240, "Group of Scientific and Technical Experts on Nuclear Disarmament
  Verification", sub-item "Nuclear disarmament verification"; see :func:`acted_on_the_subject`).
"""

from __future__ import annotations

import itertools
import re

from versioning.model import Document
from versioning.series.citation_lists import CitationGroup
from versioning.series.sequels import sessions
from versioning.series.subjects import agenda_sub_item, begins_with_connective, normalise, series_key

_IN_PARTICULAR = re.compile(
    r"\bresolutions\b(?!\s+\d)[^;]*,\s+in\s+particular\s+(?:(?:its|General\s+Assembly)\s+)?$",
    flags=re.IGNORECASE,
)
_JOINED = re.compile(
    r"^\s*,?\s*(?:and|as\s+well\s+as)\s+(?:all\s+)?(?:its\s+)?(?:(?:previous|earlier|other|relevant|subsequent)"
    r"\s+)+resolutions\s+(?:on|concerning|regarding)\s+the\s+(?P<rest>.*)$",
    flags=re.IGNORECASE | re.DOTALL,
)
_BODY_LEAD = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w’'-]*\s+)+$")
"""What opens the recital before another body's list: its name ("Human Rights Council ")."""
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_THEN_ASSEMBLY = re.compile(
    rf"^(?:[\s,;\d/]|\bof\b|\band\b(?=\s+\d)|{_MONTH})*(?:and|as\s+well\s+as)\s+(?:General\s+Assembly|its)\s+$"
)
"""What ends another body's list before the Assembly's: more of its items with their dates and footnote
markers, then ", and General Assembly "."""
_BARE_END = re.compile(r"^[\s,;.:\d]*$")
_IN_WHICH_IT = re.compile(
    r"^\s*,\s*(?:in|by)\s+which\s+(?:it|the\s+(?:General\s+)?Assembly)\b(?P<clause>[^;]*)",
    flags=re.IGNORECASE,
)
_LONG_PHRASE_WORDS = 3
_OTHER_RESOLUTIONS = re.compile(r",\s+(?:as\s+well\s+as|and)\b|\bresolutions?\b", flags=re.IGNORECASE)


def singled_out(group: CitationGroup, session: int) -> bool:
    """``group`` is one resolution of the session before ``session`` (the text's), singled out "in
    particular" from the Assembly's resolutions recalled without numbers, and nothing after it names another
    subject."""
    if not group.first or len(group.items) != 1 or begins_with_connective(group.qualifier):
        return False
    return sessions(group) == [session - 1] and bool(_IN_PARTICULAR.search(group.before))


def joined_on_the_body(group: CitationGroup, bodies: tuple[str, ...]) -> bool:
    """``group`` is followed by "and all previous resolutions on the <body>", the body of the title by one of
    its names (:func:`versioning.series.bodies.body_names`), and nothing else."""
    joined = _JOINED.match(group.qualifier) if group.first else None
    if joined is None:
        return False
    rest = " ".join(joined.group("rest").split())
    return any(re.fullmatch(rf"{re.escape(body)}\s*[,;.:]?", rest) for body in bodies)


def follows_other_bodies(groups: tuple[CitationGroup, ...], index: int, lead: str, session: int) -> bool:
    """``groups[index]`` is the Assembly's list that follows only other bodies' lists in its recital
    ("Welcoming Human Rights Council resolutions ... and General Assembly resolutions ..."), with nothing
    after it: two resolutions or more, one a session, oldest first, the last of one of the two sessions
    before ``session``."""
    group = groups[index]
    if index == 0 or not group.first or not all(other.other_body for other in groups[:index]):
        return False
    opening = groups[0].before
    opening = opening[len(lead) :] if lead and opening.startswith(lead) else opening
    numbers = sessions(group)
    return (
        bool(_BODY_LEAD.match(opening))
        and bool(_THEN_ASSEMBLY.match(groups[index - 1].qualifier))
        and bool(_BARE_END.match(group.qualifier))
        and len(numbers) >= 2
        and group.one_per_session
        and all(a < b for a, b in itertools.pairwise(numbers))
        and session - 2 <= numbers[-1] < session
    )


def renamed_sub_item(document: Document) -> tuple[str, ...]:
    """The name of the document's agenda sub-item when its title is another (A/RES/79/240, "Group of
    Scientific and Technical Experts on Nuclear Disarmament Verification", under the sub-item "Nuclear
    disarmament verification"), as a phrase; none when the two are one."""
    sub_item = agenda_sub_item(document)
    if sub_item is None or series_key(sub_item) == series_key(document.title):
        return ()
    return (normalise(sub_item),)


def acted_on_the_subject(group: CitationGroup, phrases: tuple[str, ...]) -> bool:
    """``group`` opens its list, one resolution a session, and the clause after it ("in which it, inter alia,
    requested ... to establish a group of governmental experts to further consider nuclear disarmament
    verification issues") names ``phrases`` (the renamed sub-item, :func:`renamed_sub_item`) by three words
    or more, before the clause goes on to other resolutions.  With the title's own words such a clause may
    recall what another item did ("in which it granted the Council of Europe a standing invitation ..., as
    well as its previous resolutions on cooperation between the United Nations and the Council of Europe",
    "in which it proclaimed 2025-2034 the United Nations Decade on Combating Sand and Dust Storms")."""
    clause = _IN_WHICH_IT.match(group.qualifier) if group.first and group.one_per_session else None
    if clause is None:
        return False
    words = normalise(_OTHER_RESOLUTIONS.split(clause.group("clause"), maxsplit=1)[0])
    return any(
        re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", words)
        for phrase in phrases
        if len(phrase.split()) >= _LONG_PHRASE_WORDS
    )


__all__ = [
    "acted_on_the_subject",
    "follows_other_bodies",
    "joined_on_the_body",
    "renamed_sub_item",
    "singled_out",
]
