"""Why a cited resolution is an earlier member of the citing text's series: its *basis*.

A member of a series cites its predecessors in one of a few ways, each with its basis here:

* ``subject`` -- a list followed by the series' subject after a connective: ``its resolutions 64/256 of
  2 March 2010, 65/122 ... and 67/6 of 19 November 2012 on cooperation between the United Nations and the
  Collective Security Treaty Organization``, ``... concerning the cooperation between the United Nations and
  INTERPOL``, also after the Assembly's other resolutions that join the list (``resolution 78/178 ... and its
  previous resolutions on promoting social integration through social inclusion``, ``... and all its
  subsequent resolutions on the question``) (see :mod:`versioning.series.subjects` for the names of a
  subject);
* ``list`` -- a paragraph that is nothing but a list of the Assembly's own resolutions (and decisions):
  ``Recalling its resolutions 37/4 of 22 October 1982, ... and 77/18 of 21 November 2022,``.  By drafting
  convention an unqualified list of its own resolutions is the history of the item under consideration,
  whatever its lead ("Recalling further its resolutions 49/75 J ... and 79/43"), unless a paragraph before
  it gave that history (as a list, with the subject, or as "its previous resolutions, the latest of which");
* ``previous`` -- ``its previous relevant resolutions, the most recent of which was resolution 78/77``;
* ``footnote`` -- a paragraph recalling the previous resolutions on the subject (or its previous relevant
  resolutions) whose footnote lists them: ``Recalling all previous resolutions on cooperation between the
  United Nations and the Association of Southeast Asian Nations,³`` / ``³ Resolutions 57/35, 59/5, ...``;
* ``report`` -- the report on the implementation of a resolution, which each member requests of the next
  session: ``the report of the Secretary-General submitted in pursuance of resolution 78/77``, ``Takes note of
  the report ... on the implementation of resolution 77/18``, ``his next annual report ..., in accordance
  with paragraph 5 of its resolution 63/128``;
* ``directed`` -- a paragraph or a decision of the resolution, cited where the text names the body its title
  names, or a note of such paragraphs ("See resolutions 59/39, para. 9, and 65/21, para. 18") cited where
  the text names the body by the one word of its name ("the Commission") (:mod:`versioning.series.bodies`);
* ``established`` -- the resolution that established the body the title names (``in its resolution 35/55
  ..., the General Assembly approved the establishment of the University for Peace``;
  :mod:`versioning.series.sequels`, which also gives a history continued in a second list and the
  resolution a series began with their bases).

Every other citation (``its resolution 59/50 of 2 December 2004, in which it granted ... observer status``,
resolutions "on" another subject, other bodies' resolutions) has no basis.  :mod:`versioning.series.citations`
reads the citations and asks :func:`citation_basis` (and, for a paragraph of lists, :func:`lists_only`) of
each group of them.
"""

from __future__ import annotations

import bisect
import itertools
import re

from versioning.identifiers import Symbol
from versioning.series.citation_lists import CitationGroup, names_other_body, only_own_lists
from versioning.series.reports import requested_report
from versioning.series.subjects import (
    annexes_text_on_subject,
    begins_with_connective,
    names_subject,
    names_subject_after_connective,
    names_subject_by_antecedent,
    refers_to_own_subject,
)

BASES = ("subject", "list", "previous", "footnote", "report", "directed", "established")
"""Why a citation is taken as one of an earlier member of the series (see the module's docstring)."""

_OWN = r"(?:(?:also|further|to|its|the|General|Assembly)\s+)*"
_BARE_BEFORE = re.compile(rf"^\s*{_OWN}$", flags=re.IGNORECASE)
_BEGAN_IN_A_PART = re.compile(
    rf"^\s*(?:section|part|chapter)\s+[IVXLC\d]+[A-Z]?\s+of\s+{_OWN}resolution\s+\d{{1,3}}/\d{{1,4}}"
    rf"(?:\s+of\s+\d{{1,2}}\s+\w+\s+\d{{4}})?\s+and\s+{_OWN}$",
    flags=re.IGNORECASE,
)
"""A part of an earlier resolution, on another item, where an item's history began, before the list of its
resolutions: "section XI of its resolution 55/258 of 14 June 2001 and its resolutions ..."."""
_RECALLED_AGAIN = re.compile(
    rf",\s+and\s+(?:recalling|reaffirming)\s+(?:also|further)\s+{_OWN}$", re.IGNORECASE
)
_DECISION = r"\d{1,3}/\d{1,4}(?:\s+of\s+\d{1,2}\s+\w+\s+\d{4})?"
_DECISIONS = rf"decisions?\s+{_DECISION}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_DECISION})*"
"""A list of the Assembly's decisions, each with its date or none."""
_BARE_AFTER = re.compile(
    r"^[\s,;.:]*(?:(?:and|as\s+well\s+as)\s+(?:to\s+)?(?:all\s+)?(?:its\s+)?(?:"
    rf"{_DECISIONS}"
    r"|(?:other\s+|previous\s+|subsequent\s+|relevant\s+)+resolutions)[\s,;.:]*)*"
    r"(?:,\s*(?:and|as\s+well\s+as)\s+(?:to\s+)?its\s+"
    r"|,?\s+as\s+well\s+as\s+those\s+of\s.*"
    r"|,\s+and\s+(?:also\s+|further\s+)?[a-z]+ing\s.*)?$"
)
"""What may follow a bare list: its decisions on the item (each with its date or none: "as well as its
decisions 58/521 of 8 December 2003, ... and 70/551 of 23 December 2015"), "and all its previous (or
subsequent) relevant resolutions" ("and other relevant resolutions"), the paragraph's punctuation, or ", and
its" before a second list, which its own words qualify ("Recalling its resolutions 69/32 ..., and its
resolutions 45/55 B ..., which, inter alia, confirm ...": the first list is still the item's history).  The
recital may go on with other bodies' resolutions ("and all its other relevant resolutions, as well as those
of the Organization of African Unity and of the African Union", 80/14) or with a clause of its own
("Recalling its resolutions 75/240 ... and 76/19 ..., and noting that the open-ended working group ...",
80/16): neither qualifies the list."""
_BODY_NAME_ONLY = re.compile(
    r"^\s*,?\s*(?:(?:and|as\s+well\s+as)\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w’'-]*))*\s*$"
)
"""The words between two lists are only a name ("the Commission on the Status of Women", ", and Human Rights
Council")."""
_PREVIOUS = re.compile(
    r"(?:\b(?P<kind>previous|annual|relevant|earlier|subsequent)\s+(?:(?:relevant|previous|annual)\s+)?"
    r"|\b(?:its|Assembly)\s+)"
    r"resolutions(?:\s+of\s+the\s+General\s+Assembly)?"
    r"(?P<past>\s+adopted\s+(?:in|at)\s+(?:previous|past|earlier)\s+(?:years|sessions))?"
    r"(?P<subject>\s+(?:on|concerning|regarding|relating\s+to)\s+[^,]+)?(?P<thereon>\s+thereon)?,\s+"
    r"(?:(?P<latest>the\s+(?:most\s+recent|latest|last)\s+"
    r"(?:one\s+)?of\s+which\s+(?:was|being|is|were|are))|including(?:\s+its)?|in\s+particular)\s+$",
    flags=re.IGNORECASE,
)
"""The resolutions of the item recalled as a whole, then the latest named: ``its previous relevant
resolutions, the most recent of which was resolution 78/77``, ``its annual resolutions on ... oceans and the
law of the sea, including resolution 79/144``.  "Its relevant resolutions, including ..." may name any
resolution that bears on the text: it counts only with the series' subject named.  "Its decision 50/500 ... on
the financing of the United Nations Logistics Base ..., and its subsequent resolutions thereon, the latest of
which was resolution 78/295": "thereon" counts when the words before it name the series' subject.  Without
an adjective the Assembly's resolutions count with the subject named: "Recalling its resolutions on policies
and programmes involving youth, the latest of which being resolution 78/179", "Recalling all relevant
resolutions on the safety and security of humanitarian personnel ..., including its resolution 79/138"."""
_PREVIOUS_SPAN = 600
"""How far before a list :data:`_PREVIOUS` is looked for: its words and a subject named in them ("its
previous resolutions on ..., the most recent of which was") are far shorter."""
_NAMED_NEXT = re.compile(
    rf"^(?:\s*,?\s+(?:and|as\s+well\s+as)\s+(?:its\s+)?{_DECISIONS})?\s*,\s*(?:as\s+)?(?=(?:the|a|an)\s)",
    flags=re.IGNORECASE,
)
"""The list's clause goes on with what the resolutions made or convened, named by the series' title: "by its
resolution 76/299 of 28 July 2022, as the zone of peace, trust and cooperation of Central Asia", "pursuant
to its resolutions 70/226 ... and 70/303 ..., the first United Nations Conference to Support ... was
convened" (the title with its year, "2017 United Nations Conference ...", see
:func:`versioning.series.subjects.normalise`)."""
_AS_A_WHOLE = re.compile(
    r"\ball\s+(?:(?:the|previous|relevant)\s+)*(?:its|General\s+Assembly)\s+(?:(?:previous|relevant)\s+)*"
    r"resolutions\b(?!\s+\d)(?P<rest>(?:(?!\badopted\s+by\b)[^;,])*)",
    flags=re.IGNORECASE,
)
"""All the Assembly's resolutions on a subject ("all its previous resolutions on ...", "all General Assembly
resolutions on ..."), recalled without numbers; not another body's ("all relevant resolutions on ... adopted
by the Economic and Social Council").  Those that go on to name the latest are left out: see
:func:`_as_a_whole`."""
_LATEST_NAMED = re.compile(r"\b(?:most\s+recent|latest|last)\b", flags=re.IGNORECASE)
_AND_ITS_OTHERS = re.compile(
    r"^\s*,?\s*(?:and|as\s+well\s+as)\s+(?:to\s+)?(?:all\s+)?(?:its\s+)?"
    r"(?:(?:previous|subsequent|earlier|other|relevant|related)\s+)+resolutions(?:\s+and\s+decisions)?"
    r"(?P<rest>\s.*)?$",
    flags=re.IGNORECASE | re.DOTALL,
)
"""The list is joined by the Assembly's other resolutions, and what follows names the subject of both: "its
resolutions 194 (III) ... and 36/146 C ... and all its subsequent resolutions on the question", "General
Assembly resolution 78/178 ... and its previous resolutions on promoting social integration through social
inclusion", "See resolutions 32/151, para. 10, and 37/111, para. 5, and all subsequent resolutions on the
annual reports of the International Law Commission" (a footnote), "... and 78/153 ... and other resolutions
and decisions relating to the protection of the global climate ..." (A/RES/79/206)."""


def citation_basis(
    group: CitationGroup, lead: str, phrases: tuple[str, ...], *, follows_lists: bool = False
) -> str | None:
    """The basis on which the cited ``group`` (its paragraph's lead ``lead``) is taken as an earlier member of
    the series whose subject ``phrases`` name (one of :data:`BASES` but ``footnote`` and ``directed``, which
    the caller decides), or ``None``; ``follows_lists``: other lists that named no subject came before it in
    the paragraph."""
    if names_subject_after_connective(group.qualifier, phrases):
        return "subject"
    named = _NAMED_NEXT.match(group.qualifier)
    if group.first and named and names_subject(group.qualifier[named.end() :], phrases):
        return "subject"
    own = group.first and group.one_per_session  # "this subject" is one item's, when it could be the text's
    if own and refers_to_own_subject(group.qualifier) and (follows_lists or opens_paragraph(group, lead)):
        # "Recalling its resolutions 73/1 and 75/2 on this question,"; or after other lists that name no
        # subject, which leave the text's own for "this" to refer to: "Recalling ... Human Rights Council
        # resolutions ..., as well as General Assembly resolutions 60/143 ... on this issue"
        return "subject"
    joined = _AND_ITS_OTHERS.match(group.qualifier)
    if joined and joined.group("rest"):
        rest = joined.group("rest")
        if names_subject_after_connective(rest, phrases):
            return "subject"
        if own and opens_paragraph(group, lead) and refers_to_own_subject(rest):
            return "subject"
    previous = _previous(group)
    if previous and previous.group("subject") and _names_the_item(previous, phrases, group.before):
        # "General Assembly resolutions on the pattern of conferences, including resolutions 53/208 A ...,
        # concerning Orthodox Good Friday": the list is some of the subject's resolutions, and what follows
        # it says what the text recalls of them
        return "previous"
    if begins_with_connective(group.qualifier) or not group.first:
        return None  # a subject is named, and it is another; or the list went on after naming one
    named_before = names_subject_by_antecedent(group.qualifier, group.before, phrases)
    if named_before or annexes_text_on_subject(group.qualifier, phrases):
        return "subject"
    if previous:
        return "previous" if _names_the_item(previous, phrases, group.before) else None
    if requested_report(group.before, phrases):
        return "report"
    return "list" if is_bare_list(group, lead) else None


def recalls_history_as_whole(text: str, phrases: tuple[str, ...]) -> bool:
    """A recital recalls the item's resolutions as a whole, by its subject and without numbers ("Recalling
    also all General Assembly resolutions on measures to eliminate international terrorism"): the history is
    given there, so a bare list anywhere in the text recalls something else ("Recalling its resolution 66/10
    of 18 November 2011," in that text, on the Counter-Terrorism Centre)."""
    return any(names_subject_after_connective(match.group("rest"), phrases) for match in _as_a_whole(text))


def _as_a_whole(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_AS_A_WHOLE` in ``text`` that name no latest resolution before the clause ends
    ("..., the most recent of which ..." up to the next ";"), found in one pass over the text."""
    matches = list(_AS_A_WHOLE.finditer(text))
    if not matches:
        return []
    latest = [match.start() for match in _LATEST_NAMED.finditer(text)]
    semicolons = [match.start() for match in re.finditer(";", text)]
    kept = []
    for match in matches:
        next_semicolon, next_latest = (
            bisect.bisect_left(semicolons, match.end()),
            bisect.bisect_left(latest, match.end()),
        )
        clause_end = semicolons[next_semicolon] if next_semicolon < len(semicolons) else len(text)
        if next_latest == len(latest) or latest[next_latest] >= clause_end:
            kept.append(match)
    return kept


def recalls_history(group: CitationGroup, phrases: tuple[str, ...]) -> bool:
    """The group names the latest of the Assembly's resolutions recalled as a whole (``its relevant
    resolutions, including resolution 78/78``, ``its previous resolutions, the most recent of which ...``):
    the paragraph gives the item's history, whether or not it names the subject, so a bare list after it
    recalls something else (``Recalling its resolution 67/19 of 29 November 2012,`` in the settlements
    resolution)."""
    previous = _previous(group)
    if previous is None:
        return False
    # without an adjective ("its resolutions on ..., including"), only the item's own resolutions give its
    # history; those on another subject recall something else
    return bool(previous.group("kind")) or _names_the_item(previous, phrases, group.before)


def _previous(group: CitationGroup) -> re.Match[str] | None:
    """The Assembly's resolutions recalled as a whole just before the first list of ``group``
    (:data:`_PREVIOUS`), looked for in the last :data:`_PREVIOUS_SPAN` characters: a paragraph of many
    lists is read in time linear in its length."""
    if not group.first:
        return None
    return _PREVIOUS.search(group.before, max(0, len(group.before) - _PREVIOUS_SPAN))


def _names_the_item(previous: re.Match[str], phrases: tuple[str, ...], before: str) -> bool:
    """``its previous resolutions, the most recent of which was ...`` names the item's own resolutions;
    ``its relevant resolutions, including ...`` does only with the subject named, and ``its subsequent
    resolutions thereon`` when what they follow names it."""
    subject = previous.group("subject")  # "on cooperatives", or by reference: "on the subject"
    if subject:
        return names_subject_after_connective(subject, phrases) or refers_to_own_subject(subject)
    if previous.group("thereon"):
        return any(
            names_subject_after_connective(before[connective.start() : previous.start()], phrases)
            for connective in re.finditer(r"\s(?:on|concerning)\s", before[: previous.start()])
        )
    kind = (previous.group("kind") or "").casefold()
    if previous.group("past") and kind in ("", "relevant"):
        kind = "previous"  # "its relevant resolutions adopted in previous years, in particular ...", 80/18
    if kind in ("", "subsequent"):
        return False  # "its resolutions, including ..." may name any resolution that bears on the text
    return bool(previous.group("latest")) or kind != "relevant"


def is_bare_list(group: CitationGroup, lead: str) -> bool:
    """The paragraph is nothing but this list of the Assembly's own resolutions (and its decisions), or a
    recital recalls it in a clause of its own ("Recalling the Declaration ..., and recalling also its
    resolutions 54/47 ... and 76/17 ... and other relevant resolutions"); listed in the order they were
    adopted: an item's history is listed oldest first ("its resolutions 67/6 ..., 69/12 ... and 71/12");
    resolutions recalled for what they say need not be ("its resolutions 70/1 ... and 69/313", the 2030
    Agenda before the Addis Ababa Action Agenda), and such a list is no history."""
    sessions = [Symbol.for_resolution(item.number).session for item in group.items]
    if any(a > b for a, b in itertools.pairwise(sessions)):
        return False
    again = lead.casefold().startswith(("recalling", "reaffirming")) and _RECALLED_AGAIN.search(group.before)
    bare = bool(_BARE_AFTER.match(group.qualifier)) or _before_other_bodies(group.qualifier)
    return (opens_paragraph(group, lead) or bool(again)) and bare


def _before_other_bodies(qualifier: str) -> bool:
    """Nothing follows the list but the name of another body, whose own list comes next: "Recalling its
    resolutions 53/117 ... and 77/195 ..., Commission on the Status of Women resolutions 51/2 ... and Human
    Rights Council resolutions ..." (A/RES/79/153): the other bodies' lists do not qualify the Assembly's."""
    return bool(_BODY_NAME_ONLY.match(qualifier)) and names_other_body(qualifier)


def lists_only(text: str, lead: str, groups: tuple[CitationGroup, ...]) -> bool:
    """The paragraph is nothing but lists of the Assembly's own resolutions and decisions, in the order they
    were adopted (see :func:`versioning.series.citation_lists.only_own_lists`): the item's history given in
    the order of its texts, decisions among them ("Recalling its decision 59/515 ... and its resolutions
    60/74 ... and 74/65 ..., its decision 75/552 ..., its resolution 76/233 ..., its decisions 76/568 ... and
    77/547 ... and its resolutions 78/47 ...")."""
    rest = text[len(lead) :] if lead and text.startswith(lead) else text
    sessions = [Symbol.for_resolution(item.number).session for group in groups for item in group.items]
    return only_own_lists(rest) and all(a <= b for a, b in itertools.pairwise(sessions))


def opens_paragraph(group: CitationGroup, lead: str) -> bool:
    """The list of the Assembly's own resolutions opens the paragraph, after its lead, or after a part of an
    earlier resolution the history began in ("Recalling section XI of its resolution 55/258 of 14 June 2001
    and its resolutions 57/307 ..., 59/283 ... and 78/248", 79/254: that resolution, on another item, is not
    in the list)."""
    before = group.before
    if lead and before.startswith(lead):
        before = before[len(lead) :]
    elif before.strip():
        return False
    return bool(_BARE_BEFORE.match(before) or _BEGAN_IN_A_PART.match(before))


__all__ = [
    "BASES",
    "citation_basis",
    "is_bare_list",
    "lists_only",
    "opens_paragraph",
    "recalls_history",
    "recalls_history_as_whole",
]
