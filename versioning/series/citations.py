"""Citations of earlier General Assembly resolutions, and which of them are earlier members of the series.

:func:`extract_citations` reads every resolution a text cites, list by list
(:mod:`versioning.series.citation_lists`), in the preamble, the operative part and the footnotes the
paragraphs cite, and gives each the *basis* on which it is taken as an earlier member of the text's series,
or none (:mod:`versioning.series.bases`: a list followed by the series' subject, a bare list, "its previous
resolutions, the most recent of which ...", a footnote, the report a member requested, a paragraph
directing the body of the title); :func:`series_citations` keeps the members, each number once.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from versioning.identifiers import Symbol
from versioning.model import Document, Paragraph
from versioning.series.apart import (
    acted_on_the_subject,
    follows_other_bodies,
    joined_on_the_body,
    renamed_sub_item,
    singled_out,
)
from versioning.series.bases import (
    BASES,
    citation_basis,
    is_bare_list,
    lists_only,
    recalls_history,
    recalls_history_as_whole,
)
from versioning.series.bodies import body_names, cites_paragraphs_for_the_body, directs_the_body, named_body
from versioning.series.citation_lists import find_citation_groups
from versioning.series.regularity import history_before_second_list, history_by_shape_and_words
from versioning.series.sequels import (
    continues_history,
    continues_in_next_recital,
    cooperates_with_the_title,
    establishes_the_title,
    former_title,
    head_and_latest,
    heads_series,
    sessions,
)
from versioning.series.subjects import (
    agenda_sub_item,
    begins_with_connective,
    names_subject_after_connective,
    refers_to_own_subject,
    subject_phrase,
    subject_phrases,
)

_GENERIC = re.compile(
    r"\b(?:previous|earlier|relevant|all)\s+(?:(?:relevant|previous|its)\s+)*resolutions\b(?!\s+\d)"
    r"(?P<rest>[^;]*)",
    flags=re.IGNORECASE,
)
"""Resolutions recalled without numbers (``all previous resolutions on ...``): a footnote may list them."""
_ENDS = re.compile(r"^\s*(?:[,;.:]|$)")
"""Nothing qualifies the resolutions recalled (``Recalling its previous relevant resolutions,``)."""
_HISTORY_BASES = ("subject", "list", "previous", "footnote")
"""The bases on which a text gives the history of its item (not one member it cites for what it did)."""


@dataclass(frozen=True, slots=True)
class Citation:
    """One resolution cited by a document.

    Attributes:
        number: the cited resolution's number (``"64/256"``, ``"45/58 P"``).
        date: the adoption date the citation gives, in ISO form, or ``None`` when it gives none.
        clause: the id of the citing paragraph (``pp4``); for a footnote, of the paragraph that cites it.
        same_subject: the cited resolution is an earlier member of the document's series.
        basis: why it is taken as a member (one of :data:`BASES`), or ``None``.
        footnote: the marker of the footnote that holds the citation, or ``None``.
    """

    number: str
    date: str | None
    clause: str
    same_subject: bool
    basis: str | None = None
    footnote: str | None = None

    @property
    def symbol(self) -> str:
        """The cited resolution's symbol (``A/RES/64/256``)."""
        return str(Symbol.for_resolution(self.number))


def extract_citations(document: Document) -> tuple[Citation, ...]:
    """Every General Assembly resolution ``document`` cites, in order of citation: the preamble's, then the
    operative part's; a footnote's citations follow those of the paragraph that cites it."""
    phrases = subject_phrases(document)
    notes = {note.marker: note.text for note in document.footnotes}
    found: list[Citation] = []
    history_seen, bodies, body = False, body_names(document), named_body(document)
    session, sub_item = document.symbol.session, renamed_sub_item(document)
    recalled_as_whole = any(recalls_history_as_whole(p.text, phrases) for p in document.preamble)
    history_end, history_at, part_index = 0, -2, 0  # the history's last session, the part that gave it
    began: set[int] = set()  # the indices in ``found`` of a series' first resolution and its latest member
    for paragraph in (*document.preamble, *document.operative):
        for part in paragraph.walk():
            part_index += 1
            text = " ".join(part.text.split())
            lead = part.lead or ""
            lists_seen = subject_named = False  # the paragraph's lists so far; one of them named a subject
            groups = find_citation_groups(text)
            whole_list, seen_before = lists_only(text, lead, groups), history_seen
            bases: list[str | None] = []
            for index, group in enumerate(groups):
                follows_lists = lists_seen and not subject_named
                lists_seen, subject_named = True, subject_named or begins_with_connective(group.qualifier)
                if group.other_body:
                    bases.append(None)
                    continue
                basis = citation_basis(group, lead, phrases, follows_lists=follows_lists)
                if basis is None and directs_the_body(group.before, paragraph.full_text(), bodies):
                    basis = "directed"  # see :mod:`versioning.series.bodies`
                if basis is None and establishes_the_title(group, document.title):
                    basis = "established"  # see :mod:`versioning.series.sequels`
                if basis is None and cooperates_with_the_title(group, document.title):
                    basis = "subject"
                if basis is None and (
                    singled_out(group, session)
                    or joined_on_the_body(group, bodies)
                    or follows_other_bodies(groups, index, lead, session)
                    or acted_on_the_subject(group, sub_item)
                ):
                    basis = "subject"  # see :mod:`versioning.series.apart`
                if basis is None and history_by_shape_and_words(group, phrases, session):
                    basis = "subject"  # see :mod:`versioning.series.regularity`
                if basis is None and history_before_second_list(group, lead, session):
                    basis = "list"
                if basis is None and whole_list:
                    basis = "list"  # each list of a paragraph of lists, the history given list by list
                previous, previous_basis = (groups[index - 1], bases[-1]) if index else (None, None)
                if basis == "list" and ((seen_before if whole_list else history_seen) or recalled_as_whole):
                    # the item's history is given once, first: a later bare list recalls more, unless it goes
                    # on from the list just before it
                    # (:mod:`versioning.series.sequels`), in this recital or the next
                    next_recital = whole_list and part_index == history_at + 1
                    keep = continues_history(previous, previous_basis, group) or (
                        next_recital and continues_in_next_recital(lead, group, history_end)
                    )
                    basis = "list" if keep else None
                history_seen = history_seen or basis in ("list", "subject") or recalls_history(group, phrases)
                bases.append(basis)
            for index, group in enumerate(groups[:-1]):
                following, following_basis = groups[index + 1], bases[index + 1]
                if bases[index] is None and not group.other_body and not following.other_body:
                    former = former_title(group, following, following_basis, document.title)
                    bases[index] = "subject" if former or heads_series(group, following_basis) else None
                    if following_basis is None and head_and_latest(group, following, lead, session):
                        bases[index] = bases[index + 1] = "subject"
                        began.update(range(len(found), len(found) + len(group.items) + len(following.items)))
            for group, basis in zip(groups, bases, strict=True):
                if basis in ("list", "subject"):
                    history_end, history_at = max(history_end, *sessions(group)), part_index
                found += [_citation(item.number, item.date, part, basis) for item in group.items]
            found += _footnote_citations(part, text, notes, phrases, body)
    return tuple(_without_another_items_head(found, began))


def _without_another_items_head(found: list[Citation], began: set[int]) -> list[Citation]:
    """``found`` without the members taken by :func:`versioning.series.sequels.head_and_latest` (the indices
    ``began``) where the text gives its history in another way too: "its resolution 46/182 ... and all its
    subsequent relevant resolutions, including its resolution 78/119 ..." then recalls the resolution another
    item began with, and that item's latest, not the text's own (which names no subject)."""
    history = any(
        citation.basis in _HISTORY_BASES for index, citation in enumerate(found) if index not in began
    )
    if not history:
        return found
    return [
        dataclasses.replace(citation, same_subject=False, basis=None) if index in began else citation
        for index, citation in enumerate(found)
    ]


def series_citations(document: Document) -> tuple[Citation, ...]:
    """The citations of earlier members of the document's own series, each number once; a member cited
    without a date takes the date another citation of the same number in the document gives."""
    citations = extract_citations(document)
    dates: dict[str, str] = {}
    for citation in citations:
        if citation.date is not None:
            dates.setdefault(citation.number, citation.date)
    seen: set[str] = set()
    kept: list[Citation] = []
    for citation in citations:
        if citation.same_subject and citation.symbol not in seen and citation.symbol != str(document.symbol):
            seen.add(citation.symbol)
            date = citation.date or dates.get(citation.number)
            kept.append(
                Citation(citation.number, date, citation.clause, True, citation.basis, citation.footnote)
            )
    return tuple(kept)


def _footnote_citations(
    part: Paragraph, text: str, notes: dict[str, str], phrases: tuple[str, ...], body: str | None
) -> list[Citation]:
    generic = [match.group("rest") for match in _GENERIC.finditer(text)]
    recalls_members = any(
        names_subject_after_connective(rest, phrases) or refers_to_own_subject(rest) or _ENDS.match(rest)
        for rest in generic
    )
    found: list[Citation] = []
    for marker in part.footnotes:
        note = notes.get(marker, "")
        groups = [group for group in find_citation_groups(note) if not group.other_body]
        lead = _footnote_lead(note)
        is_list = bool(groups) and is_bare_list(groups[0], lead)
        basis = "footnote" if recalls_members and is_list else None
        if basis is None and cites_paragraphs_for_the_body(note, text, body):
            basis = "directed"  # the paragraphs a member addressed to the body, see :mod:`.bodies`
        for group in groups:
            # a note's own list may name the subject: "See resolutions 32/151, para. 10, and 37/111, para. 5,
            # and all subsequent resolutions on the annual reports of the International Law Commission"
            own = basis or ("subject" if citation_basis(group, lead, phrases) == "subject" else None)
            found += [_citation(item.number, item.date, part, own, footnote=marker) for item in group.items]
    return found


def _footnote_lead(note: str) -> str:
    """A footnote that only lists resolutions opens with ``See`` or ``See also``, or with the list itself."""
    match = re.match(r"(?:See(?:\s+also)?\s+)?", note)
    return match.group() if match else ""


def _citation(
    number: str, date: str | None, part: Paragraph, basis: str | None, *, footnote: str | None = None
) -> Citation:
    return Citation(number, date, str(part.id), basis is not None, basis, footnote)


__all__ = ["BASES", "Citation", "agenda_sub_item", "extract_citations", "series_citations", "subject_phrase"]
