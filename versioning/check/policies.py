"""The policies a new edition must meet, each a named rule, all in this one module.

=============================  ===================================================================
``reissue-editorial-only``     A reissue "for technical reasons" may contain editorial changes only
                               (spacing, quotes, dashes, line breaks, hyphenation) against the
                               earlier edition of the same resolution.  Its own edition record (kind,
                               date, note), its distribution line and its reissue footnote (``*``)
                               are expected to change and are not judged.
``corrigendum-as-stated``      A corrigendum may change only what it says it changes: every change
                               above editorial must be in a paragraph its note names ("operative
                               paragraph 3") and, where the note says "for X read Y", must replace X
                               by Y.
``edition-later``              A new edition must be later than the one it follows: a later edition
                               date than the earlier edition of the same resolution, a later
                               adoption date than the previous member of its series (a draft
                               follows a member adopted before it was issued, so it always is).
``series-cites-predecessors``  A new member of a series (or a draft of one) must cite the held
                               member it follows, and a list of members it gives may not leave
                               out a held member between the first and the last it names.  Not
                               applied to a series that does not recall its history (neither the
                               text nor the member it follows cites an earlier member or lists
                               the Assembly's resolutions).
=============================  ===================================================================

Each rule is a function of a :class:`CheckContext` that yields :class:`~versioning.check.findings.Finding`
records; :data:`POLICIES` lists them in the order they are applied and reported.  A rule that does not
apply to an edition (a reissue rule on an original) yields nothing; one that cannot be applied (no earlier
edition held) says why through :meth:`CheckContext.note`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from versioning.check.describe import clause_id, clause_label, describe_edit
from versioning.check.findings import Finding
from versioning.check.locate import SourceText, words_before_first_edit
from versioning.check.predecessor import EDITION, Predecessor
from versioning.diff.changes import Change, ChangeList
from versioning.identifiers import ClauseId, Symbol
from versioning.model import Document
from versioning.series import Series, extract_citations, series_citations
from versioning.series.citation_lists import find_citation_groups

REISSUE_EXEMPT_FIELDS = ("edition.", "distribution.")
"""Metadata fields a reissue or corrigendum changes by nature (prefixes of field names)."""

_NAMED_PARAGRAPH = re.compile(
    r"\b(?P<section>preambular|operative)\s+paragraphs?\s+(?P<numbers>\d+(?:(?:,\s*|\s+and\s+)\d+)*)", re.I
)
_FOR_READ = re.compile(r"\bfor\s+[“\"](?P<old>[^”\"]+)[”\"]\s+read\s+[“\"](?P<new>[^”\"]+)[”\"]", re.I)


@dataclass(slots=True)
class CheckContext:
    """What a rule looks at.

    Attributes:
        document: the edition checked.
        predecessor: the edition it follows, or ``None`` when none is held.
        changes: the change list from the predecessor to the edition, or ``None`` without a predecessor.
        series: the edition's series among the held editions (for a draft, the series it continues), or
            ``None``.
        source: the source text indexed by line, or ``None`` (a PDF, or JSON).
        notes: what could not be judged, and why (rules append to it).
    """

    document: Document
    predecessor: Predecessor | None
    changes: ChangeList | None
    series: Series | None
    source: SourceText | None
    notes: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        """Record that something could not be judged."""
        self.notes.append(text)

    def line_of(self, change: Change) -> int | None:
        """The line of the source text where a changed clause's first changed word stands, if found."""
        if self.source is None or change.new_text is None:
            return None
        return self.source.line_of(change.new_text, word_index=words_before_first_edit(change.words))

    def finding(self, rule: str, change: Change, reason: str) -> Finding:
        """A finding about one change: the clause, its words, the class, and ``reason``."""
        change_class = change.change_class
        message = f"{clause_label(change)}: {describe_edit(change)} ({change_class}); {reason}"
        return Finding(rule, message, clause_id(change), self.line_of(change), change_class)


Rule = Callable[[CheckContext], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class Policy:
    """A named rule: ``name`` (as findings and ``--format github`` titles show it), ``summary`` (one
    sentence), and the rule itself."""

    name: str
    summary: str
    rule: Rule


def reissue_editorial_only(context: CheckContext) -> Iterator[Finding]:
    """A reissue for technical reasons may contain editorial changes only."""
    if context.document.edition.kind != "reissue":
        return
    if context.changes is None or context.predecessor is None or context.predecessor.relation != EDITION:
        context.note(f"reissue-editorial-only: no earlier edition of {context.document.symbol} is held")
        return
    for change in _judged(context.changes):
        if change.change_class != "editorial":
            reason = "a reissue for technical reasons may contain editorial changes only"
            yield context.finding("reissue-editorial-only", change, reason)


def corrigendum_as_stated(context: CheckContext) -> Iterator[Finding]:
    """A corrigendum may change only what it says it changes."""
    if context.document.edition.kind != "corrigendum":
        return
    if context.changes is None or context.predecessor is None or context.predecessor.relation != EDITION:
        context.note(f"corrigendum-as-stated: no earlier edition of {context.document.symbol} is held")
        return
    statement = _corrigendum_statement(context.document)
    named = _named_clauses(statement)
    replacements = [(m.group("old"), m.group("new")) for m in _FOR_READ.finditer(statement)]
    for change in _judged(context.changes):
        if change.change_class == "editorial":
            continue
        if change.section not in ("preamble", "operative") or (change.new_id or change.old_id) not in named:
            reason = "the corrigendum does not say it changes this"
            yield context.finding("corrigendum-as-stated", change, reason)
        elif replacements and not _replaces_as_stated(change, replacements):
            stated = "; ".join(f"for \u201c{old}\u201d read \u201c{new}\u201d" for old, new in replacements)
            yield context.finding("corrigendum-as-stated", change, f"the corrigendum says only: {stated}")


def edition_later(context: CheckContext) -> Iterator[Finding]:
    """A new edition must be later than the one it follows."""
    predecessor = context.predecessor
    if predecessor is None:
        return
    document, earlier = context.document, predecessor.document
    if predecessor.relation == EDITION:
        new, old, what = document.edition.date, earlier.edition.date, "edition date"
    elif document.number is None:
        return  # a draft follows a member adopted before it was issued (continued_series): later by choice
    else:
        new, old, what = document.adopted, earlier.adopted, "adoption date"
    if new is None or old is None:
        context.note(f"edition-later: no {what} to compare with {earlier.reference}")
        return
    if new > old:
        return
    if new == old:
        message = f"{document.reference}: same {what} as {earlier.reference}, whose text differs"
    else:
        message = f"{document.reference}: {what} {new} is earlier than {old}, that of {earlier.reference}"
    yield Finding("edition-later", message, None, None, "substantive")


def series_cites_predecessors(context: CheckContext) -> Iterator[Finding]:
    """A new member of a series (or a draft of one) must cite the held member it follows, and no list of
    earlier members it gives may leave out a held one."""
    series = context.series
    if series is None:
        return
    document = context.document
    held = [member.symbol for member in series.held]
    own = str(document.symbol)
    earlier = held[: held.index(own)] if own in held else held
    cited = {citation.symbol for citation in extract_citations(document)}
    members = {member.symbol for member in series.members} - {own}
    if not earlier or not _recalls_history(document, series.held[len(earlier) - 1].document, members):
        return
    missing = [symbol for symbol in _required_citations(earlier, document) if symbol not in cited]
    if missing:
        listed = ", ".join(symbol.removeprefix("A/RES/") for symbol in missing)
        message = f"{document.reference} does not cite the earlier held member(s) of its series: {listed}"
        clause = _citing_clause(document)
        line = _clause_line(context, clause)
        yield Finding("series-cites-predecessors", message, clause, line, "substantive")


def _recalls_history(document: Document, followed: Document | None, members: set[str]) -> bool:
    """The series recalls its own history: the text, or the member it follows, cites an earlier member of
    its series, or lists in its preamble resolutions that read as a history (:func:`_lists_a_history`).
    Some series never do: "Unforeseen and extraordinary expenses for 2026" recalls no earlier year's
    resolution, nor did the one for 2025; the report of a body on its annual session recalls the resolution
    that set the body up.  A member of such a series omits nothing by citing none, and the rule is not
    applied to it."""
    return any(
        candidate is not None
        and (
            bool(series_citations(candidate))
            or _lists_a_history(candidate, members - {str(candidate.symbol)})
        )
        for candidate in (document, followed)
    )


def _lists_a_history(document: Document, members: set[str]) -> bool:
    """A preambular list of the Assembly's resolutions that is an item's history, whatever words qualify
    it ("Recalling its resolutions 60/83 ... and 78/60 regarding the maintenance and revitalization of the
    three United Nations regional centres"): one that names a member of the series (``members``), or that
    runs session after session (three resolutions at least, each of a later session than the one before).
    Two resolutions recalled together for what they say ("its resolutions 70/1 ... and 69/313") are not."""
    for paragraph in document.preamble:
        for part in paragraph.walk():
            for group in find_citation_groups(" ".join(part.text.split())):
                if group.other_body or len(group.items) < 2:
                    continue
                symbols = [Symbol.for_resolution(item.number) for item in group.items]
                if any(str(symbol) in members for symbol in symbols):
                    return True
                sessions = [symbol.session for symbol in symbols]
                if len(sessions) >= 3 and all(a < b for a, b in itertools.pairwise(sessions)):
                    return True
    return False


def _required_citations(earlier: list[str], document: Document) -> list[str]:
    """The earlier held members (oldest first) a new member must cite: the latest (the one it follows),
    and every one a list of members it gives spans.

    Resolutions recall their history either in full ("Recalling its resolutions 37/4 of 22 October 1982,
    ... and 77/18 of 21 November 2022") or through the latest alone ("its previous resolutions on this
    issue, the most recent of which is resolution 79/19"; "its resolution 67/6 and all its subsequent
    resolutions on the matter, the most recent of which is resolution 77/13").  Either way the latest
    member is cited, and a list leaves out none of the members between the first and the last it names;
    members outside a list are recalled as a whole, or not at all, by the drafters' choice.  A text may cite
    a member anywhere (a recital, an operative paragraph, a footnote).
    """
    if not earlier:
        return []
    required = {len(earlier) - 1}
    position = {symbol: index for index, symbol in enumerate(earlier)}
    for text in _texts(document):
        for group in find_citation_groups(text):
            if group.other_body:
                continue
            listed = [
                position[s]
                for s in (str(Symbol.for_resolution(i.number)) for i in group.items)
                if s in position
            ]
            if len(listed) > 1:
                required.update(range(min(listed), max(listed) + 1))
    return [earlier[index] for index in sorted(required)]


def _texts(document: Document) -> Iterator[str]:
    """The texts of every clause and footnote, white space made single."""
    for paragraph in (*document.preamble, *document.operative):
        for part in paragraph.walk():
            yield " ".join(part.text.split())
    for note in document.footnotes:
        yield " ".join(note.text.split())


POLICIES: tuple[Policy, ...] = (
    Policy(
        "reissue-editorial-only",
        "A reissue for technical reasons may contain editorial changes only.",
        reissue_editorial_only,
    ),
    Policy(
        "corrigendum-as-stated",
        "A corrigendum may change only what it says it changes.",
        corrigendum_as_stated,
    ),
    Policy("edition-later", "A new edition must be later than the one it follows.", edition_later),
    Policy(
        "series-cites-predecessors",
        "A new series member must cite its held predecessors.",
        series_cites_predecessors,
    ),
)
"""Every policy, in the order applied and reported."""


def _judged(changes: ChangeList) -> Iterator[Change]:
    """The differences a reissue or corrigendum is judged on: all but its own edition record."""
    for change in changes.differences:
        field_name = change.new_id or change.old_id or ""
        if change.section == "metadata" and field_name.startswith(REISSUE_EXEMPT_FIELDS):
            continue
        if change.section == "footnotes" and "*" in (change.old_id, change.new_id):
            continue
        yield change


def _corrigendum_statement(document: Document) -> str:
    notes = [note.text for note in document.footnotes if note.marker == "*"]
    return " ".join([document.edition.note or "", *notes])


def _named_clauses(statement: str) -> set[str]:
    named: set[str] = set()
    for match in _NAMED_PARAGRAPH.finditer(statement):
        section = "pp" if match.group("section").lower() == "preambular" else "op"
        named.update(str(ClauseId(section, int(n))) for n in re.findall(r"\d+", match.group("numbers")))
    return named


def _replaces_as_stated(change: Change, replacements: list[tuple[str, str]]) -> bool:
    deleted = " ".join(text for op, text in change.words if op < 0).split()
    inserted = " ".join(text for op, text in change.words if op > 0).split()
    stated_old = " ".join(old for old, _ in replacements).split()
    stated_new = " ".join(new for _, new in replacements).split()
    return set(deleted) <= set(stated_old) and set(inserted) <= set(stated_new)


def _citing_clause(document: Document) -> str | None:
    citations = series_citations(document)
    return citations[0].clause if citations else None


def _clause_line(context: CheckContext, clause: str | None) -> int | None:
    """The line of the source text where ``clause`` begins, so that a CI annotation lands on the recital that
    lists the series (``None`` without a source text, or when the clause is not found in it)."""
    if clause is None or context.source is None:
        return None
    for paragraph in (*context.document.preamble, *context.document.operative):
        for part in paragraph.walk():
            if str(part.id) == clause:
                return context.source.line_of(part.text)
    return None


__all__ = [
    "POLICIES",
    "CheckContext",
    "Policy",
    "corrigendum_as_stated",
    "edition_later",
    "reissue_editorial_only",
    "series_cites_predecessors",
]
