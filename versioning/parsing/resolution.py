"""The text parser: extracted text of one edition -> :class:`Document`.

Stages, each in its own module: lines (``lines``), header fields (``header``), page furniture
(``furniture``), footnote blocks (``footnotes``), footnote citations (``citations``), paragraphs
(``body``), lead phrases (``leads``), joining lines (``textjoin``).  This module runs them in order and
assembles the document.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from versioning.errors import IdentifierError, ParseError
from versioning.identifiers import ClauseId, Symbol
from versioning.model import (
    Annex,
    Distribution,
    Document,
    Edition,
    Footnote,
    Heading,
    Paragraph,
    Part,
    Report,
    Source,
)
from versioning.parsing.account import Account
from versioning.parsing.adopted import split_adopted_text
from versioning.parsing.annex_reading import NUMBERED, read_annex, split_closing
from versioning.parsing.body import BodyReader
from versioning.parsing.citations import mark_citations, take_markers
from versioning.parsing.conservation import check_conservation
from versioning.parsing.dates import find_date
from versioning.parsing.divisions import Division, split_part_opening, split_parts, split_sections
from versioning.parsing.draft_paragraphs import DraftParagraph
from versioning.parsing.footnotes import FootnoteBlock, marker_order, split_footnote_blocks
from versioning.parsing.furniture import Agreement, FurnitureFilter, job_numbers
from versioning.parsing.header import BODY_START, Header, find_body_start, parse_header
from versioning.parsing.leads import Lexicon, load_lexicon
from versioning.parsing.lines import Line, control_characters, split_lines
from versioning.parsing.repair import Vocabulary
from versioning.parsing.tables import is_table
from versioning.parsing.textjoin import join_lines, normalise_spacing

_REISSUE = re.compile(r"Reissued for technical reasons on (.+?)\.?$")


def parse_text(text: str, *, source: Source, name: str | None = None) -> Document:
    """Parse the text of one edition (as a PDF extractor gives it) into a document.

    Raises :class:`ParseError` naming the file and line when the text is not a resolution, is cut short, or
    holds a word the parse cannot account for (see :mod:`versioning.parsing.conservation`).
    """
    return parse_text_with_account(text, source=source, name=name)[0]


def parse_text_with_account(
    text: str, *, source: Source, name: str | None = None
) -> tuple[Document, Account]:
    """Parse as :func:`parse_text` does, and return the account of the parse with the document: the text
    set aside as furniture (line and rule) and the source lines of each part of the document."""
    account = Account()
    for number, character, spacing in control_characters(text):
        what = "a separator, read as a space" if spacing else "extraction noise, taken out"
        account.set_aside_character(number, character, f"control character U+{ord(character):04X}: {what}")
    lines = split_lines(text)
    if not any(line.text for line in lines):
        raise ParseError("empty input", file=name)
    start = find_body_start(lines, name=name)
    header_lines, part_title = split_part_opening(lines[:start])
    header = parse_header(header_lines, name=name)
    account.place("header", [line.number for line in lines[: start + 1]])
    lexicon = load_lexicon()
    agreement = Agreement(header.symbol, job_numbers(lines[: start + 1], lines[start + 1 :]))
    cleaned = FurnitureFilter(header.title, agreement).strip(lines[start + 1 :], account)
    for line in cleaned:
        if BODY_START.match(line.text):
            account.set_aside(line.number, line.text, 'the opening formula "The General Assembly," of a part')

    def starts_paragraph(candidate: str) -> bool:
        return (
            bool(NUMBERED.match(candidate))
            or lexicon.starts(candidate, "preamble")
            or lexicon.starts(candidate, "operative")
        )

    body, blocks = split_footnote_blocks(cleaned, starts_paragraph, name=name)
    marked = mark_citations(body, blocks)
    parts = split_parts(marked, part_title) if part_title is not None else [Division((), None, None, marked)]
    _place_footnote_blocks(cleaned, body, blocks, account)
    readers, part_records, meeting, annex_parts = _read_divisions(parts, lexicon, account)
    if not any(reader.operative for _, reader in readers):
        last = marked[-1].number if marked else lines[-1].number
        raise ParseError("truncated or not a resolution: no operative paragraph found", file=name, line=last)
    annex_readers = [
        read_annex(label, part, lexicon, index) for index, (label, part) in enumerate(annex_parts, 1)
    ]
    for index, annex in enumerate(annex_readers, 1):
        account.place(f"annex{index} title", annex.title_lines)
    # The resolution's text ends with a full stop, or with the colon that introduces a text it adopts in
    # its body (whose own end is checked with the annexes).
    adopts_in_body = any(label is None for label, _ in annex_parts)
    last_operative = [] if adopts_in_body else next(r.operative for _, r in reversed(readers) if r.operative)
    annex_ends = [next((d for _, d in reversed(annex.groups) if d), []) for annex in annex_readers]
    for drafts in (last_operative, *annex_ends):
        _check_complete(drafts, name=name)
    notes = _collect_footnotes(blocks)
    builder = _Builder(
        lexicon,
        [
            *(p for _, r in readers for p in (*r.preamble, *r.operative)),
            *(p for annex in annex_readers for _, drafts in annex.groups for p in drafts),
        ],
        notes,
        account,
        [text for block in blocks for text in block.lines],
    )
    preamble = tuple(
        builder.build(draft, ClauseId.preambular(i, division.scope), lead_part="preamble")
        for division, reader in readers
        for i, draft in enumerate(reader.preamble, 1)
    )
    operative = tuple(
        builder.build(draft, ClauseId.operative(i, division.scope), lead_part=_operative_lead_part(reader))
        for division, reader in readers
        for i, draft in enumerate(reader.operative, 1)
    )
    annexes = tuple(
        Annex(
            f"annex{index}",
            annex.label,
            annex.title,
            tuple(
                builder.build(draft, ClauseId.in_annex(index, n, scope), lead_part=None)
                for scope, drafts in annex.groups
                for n, draft in enumerate(drafts, 1)
            ),
            "annex" if annex.label is not None else "body",
        )
        for index, annex in enumerate(annex_readers, 1)
    )
    annexes = tuple(builder.annex_markers(annex) for annex in annexes)
    part_records.extend(record for annex in annex_readers for record in annex.parts)
    part_records = [builder.part_markers(record) for record in part_records]
    notes = tuple(Footnote(note.marker, builder.vocabulary.repair(note.text)) for note in notes)
    headings = builder.headings
    symbol = Symbol.parse(header.symbol)
    edition = _edition(header, symbol, notes)
    document = Document(
        symbol=symbol.text_symbol,
        number=header.number or symbol.number,
        session=header.session,
        title=header.title or _adopted_title(annexes, name=name, line=header_lines[-1].number),
        agenda_items=header.agenda_items,
        adopted=header.adopted,
        draft=_origin(header, name),
        distribution=Distribution(header.distribution_level, header.distribution_date),
        edition=edition,
        preamble=preamble,
        operative=operative,
        footnotes=notes,
        source=source,
        meeting=meeting,
        sponsors=header.sponsors,
        headings=tuple(headings),
        annexes=annexes,
        committee=header.committee,
        report=_report(header, name),
        parts=tuple(part_records),
    )
    check_conservation(lines[start + 1 :], document, account, cited=builder.cited, name=name)
    return document, account


_THAT_CHAPEAU = re.compile(r"\bthat\b[^:]*:$")


_COMPLETES_THAT = "completes-that"
"""The lead part of operative paragraphs that complete a chapeau's "that"."""


def _operative_lead_part(reader: BodyReader) -> str:
    """The grammar of the leads of a division's operative paragraphs: ``"operative"``, or
    ``_COMPLETES_THAT`` when the paragraphs complete a chapeau's "that" ("Resolves that, for 2026: / 1.
    Appropriations totalling ...", A/C.5/80/L.6): each opens with its clause's subject, which the document
    does not set in italics, so a paragraph has a lead there only when it opens with a phrase of the
    operative list, as a sub-paragraph does (and then the whole lead: "Takes note with appreciation")."""
    first = reader.operative[0] if reader.operative else None
    if first is not None and first.heading and _THAT_CHAPEAU.search(first.heading):
        return _COMPLETES_THAT
    return "operative"


def _place_footnote_blocks(
    cleaned: list[Line], body: list[Line], blocks: list[FootnoteBlock], account: Account
) -> None:
    """Record the source lines of each footnote block: the lines from its rule on that the body reader
    did not keep."""
    if not blocks:
        return
    kept = {id(line) for line in body}
    starts = [block.line for block in blocks]
    numbers: list[list[int]] = [[] for _ in blocks]
    for line in cleaned:
        if id(line) in kept or line.is_page_break or line.number < starts[0]:
            continue
        numbers[bisect.bisect_right(starts, line.number) - 1].append(line.number)
    for block, lines in zip(blocks, numbers, strict=True):
        account.place("footnotes " + ", ".join(note.marker for note in block.notes), lines)


def _read_divisions(
    parts: list[Division], lexicon: Lexicon, account: Account
) -> tuple[list[tuple[Division, BodyReader]], list[Part], str | None, list[tuple[str | None, list[Line]]]]:
    """Read each part (closing lines, annexes and a text adopted in the body set aside) and each section of
    it into paragraphs.

    Returns the divisions with their readers, the records of the parts and sections, the closing line
    (the last part's) and the annexes, labelled (``None`` for a text adopted in the body)."""
    readers: list[tuple[Division, BodyReader]] = []
    records: list[Part] = []
    meeting: str | None = None
    annexes: list[tuple[str | None, list[Line]]] = []
    for part in parts:
        resolution_lines, part_meeting, part_annexes = split_closing(part.lines, account)
        meeting = part_meeting or meeting
        if part.label is not None:
            records.append(Part(part.scope, part.label, part.title, part_meeting))
        resolution_lines, adopted = split_adopted_text(resolution_lines, lexicon)
        if adopted is not None:
            annexes.append((None, adopted))
        annexes.extend(part_annexes)
        for division in split_sections(resolution_lines, part.scope, lexicon):
            if division.label is not None and division.scope != part.scope:
                records.append(Part(division.scope, division.label, division.title))
            reader = BodyReader(lexicon)
            reader.read(division.lines)
            readers.append((division, reader))
    return readers, records, meeting, annexes


def _origin(header: Header, name: str | None) -> Symbol | None:
    """The symbol of the draft (or report) the resolution was adopted from, as its header states it."""
    if header.origin is None:
        return None
    try:
        return Symbol.parse(header.origin)
    except IdentifierError as error:
        raise ParseError(f"the header's origin is not a document symbol: {error}", file=name) from None


def _report(header: Header, name: str | None) -> Report | None:
    """The Main Committee report the resolution was adopted on, as its header states it."""
    if header.report is None:
        return None
    try:
        return Report(Symbol.parse(header.report), header.report_paragraph)
    except IdentifierError as error:
        raise ParseError(f"the header's report is not a document symbol: {error}", file=name) from None


def _adopted_title(annexes: tuple[Annex, ...], *, name: str | None, line: int) -> str:
    """The title of a draft that prints none in its header: the title of the text its body adopts ("Adopts
    the following outcome document ...:" and the document under its own title, A/80/L.41), which the
    resolution adopted on it bears."""
    adopted = next((annex.title for annex in annexes if annex.placement == "body" and annex.title), None)
    if adopted is None:
        raise ParseError("no title in the header, and no text adopted in the body to take it from", file=name,
                         line=line)  # fmt: skip
    return adopted


def _check_complete(drafts: list[DraftParagraph], *, name: str | None) -> None:
    """A resolution (and an annex) ends with a full stop, or with the question mark of the question it puts
    (a request for an advisory opinion ends on the Court's question): a text that stops mid-sentence was cut
    short."""
    if not drafts or not drafts[-1].deepest().lines:
        return
    if drafts[-1].deepest().table or is_table(drafts[-1].deepest().lines):
        return  # a table's last cell ("14 476") ends no sentence, and cut short it would still be cells
    last = drafts[-1].deepest().lines[-1]
    if not take_markers(last.text)[0].rstrip().endswith((".", "?", "”", '"', ".)")):
        raise ParseError(
            "truncated: the last paragraph stops in the middle of a sentence", file=name, line=last.number
        )


class _Builder:
    """Turns paragraphs being read into :class:`Paragraph` records: joins their lines, takes out their
    footnote markers, mends extractor artefacts, finds their leads, and collects the headings.

    Each paragraph's lines are joined once; the joined texts (with the footnote texts) make the document's
    vocabulary, which the repairs need before any paragraph is built."""

    def __init__(
        self,
        lexicon: Lexicon,
        drafts: list[DraftParagraph],
        notes: tuple[Footnote, ...],
        account: Account,
        note_lines: list[str],
    ) -> None:
        self.lexicon = lexicon
        self.account = account
        self.cited: list[str] = []  # every marker taken out of the running text, one per citation
        self.headings: list[Heading] = []
        self._joined: dict[int, tuple[str, tuple[str, ...]]] = {}
        lines = list(
            note_lines
        )  # the source lines, the notes' too: a pair printed apart in one keeps its space
        pending = list(drafts)
        while pending:
            draft = pending.pop()
            lines.extend(take_markers(line.text)[0] for line in draft.lines)  # "Counter Terrorism1 to"
            self._joined[id(draft)] = take_markers(join_lines([line.text for line in draft.lines]))
            pending.extend(draft.subparagraphs)
        self.vocabulary = Vocabulary(
            [*(text for text, _ in self._joined.values()), *(note.text for note in notes)], lines
        )

    def build(self, draft: DraftParagraph, ident: ClauseId, *, lead_part: str | None) -> Paragraph:
        """The paragraph record of ``draft``, with id ``ident``."""
        if draft.heading:
            heading, heading_markers = take_markers(draft.heading)
            self.cited.extend(heading_markers)
            self.headings.append(Heading(ident, self._mend(heading), tuple(dict.fromkeys(heading_markers))))
        text, markers = self._joined[id(draft)]
        self.cited.extend(markers)
        self.account.place(str(ident), [*draft.marks, *(line.number for line in draft.lines)])
        text = self._mend(text)
        subparagraphs = tuple(
            self.build(sub, ident.child(sub.number or ""), lead_part=None) for sub in draft.subparagraphs
        )
        if not text:
            raise ParseError(
                f"paragraph {ident} has no text", line=draft.lines[0].number if draft.lines else None
            )
        lead = self._lead(text, lead_part)
        return Paragraph(
            id=ident,
            text=text,
            lead=lead,
            footnotes=tuple(dict.fromkeys(markers)),
            number=draft.number,
            subparagraphs=subparagraphs,
        )

    def _lead(self, text: str, part: str | None) -> str | None:
        """The lead of a paragraph of ``part`` (``None``: a sub-paragraph, whose lead is a phrase of the
        operative list, alone or after adverbs).  A recital written in an operative verb ("Reiterates its
        appreciation for ... Forum," above paragraph 1) has the verb's phrase as its lead, as the document
        sets it in italics, when that verb is one of the list's heads.  A paragraph that completes a
        chapeau's "that" (``_COMPLETES_THAT``) has a lead only where it opens with a phrase of the list."""
        if part is None:
            return self.lexicon.listed_lead(text, "operative")
        if part == _COMPLETES_THAT:
            listed = self.lexicon.listed_lead(text, "operative")
            return (self.lexicon.lead(text, "operative") or listed) if listed else None
        lead = self.lexicon.lead(text, part)
        if lead is None and part == "preamble" and self.lexicon.starts(text, "operative"):
            return self.lexicon.lead(text, "operative")
        return lead

    def _mend(self, text: str) -> str:
        return self.vocabulary.repair(normalise_spacing(text))

    def _take(self, text: str | None) -> tuple[str | None, tuple[str, ...]]:
        """A label or title without its footnote markers, and the markers (counted as cited)."""
        if text is None:
            return None, ()
        plain, markers = take_markers(text)
        self.cited.extend(markers)
        return normalise_spacing(plain).strip() or None, markers

    def annex_markers(self, annex: Annex) -> Annex:
        """The annex with the markers of its label and title ("Annex*", "Declaration1") taken out of them
        and kept as its ``footnotes``."""
        label, label_markers = self._take(annex.label)
        if label is not None and label.endswith("*"):
            asterisks = label[label.index("*") :]
            label, label_markers = label.removesuffix(asterisks), (asterisks, *label_markers)
        title, title_markers = self._take(annex.title)
        markers = tuple(dict.fromkeys([*label_markers, *title_markers]))
        return replace(annex, label=label, title=title, footnotes=markers)

    def part_markers(self, part: Part) -> Part:
        """The part or section with the markers of its title taken out and kept as its ``footnotes``."""
        title, markers = self._take(part.title)
        return replace(part, title=title, footnotes=tuple(dict.fromkeys(markers)))


def _collect_footnotes(blocks: list[FootnoteBlock]) -> tuple[Footnote, ...]:
    seen: dict[str, Footnote] = {}
    for block in blocks:
        for note in block.notes:
            seen.setdefault(note.marker, note)
    return tuple(sorted(seen.values(), key=lambda note: marker_order(note.marker)))


def _edition(header: Header, symbol: Symbol, notes: tuple[Footnote, ...]) -> Edition:
    issued_as = symbol if symbol.suffixes else None
    reissue = next((note for note in notes if note.marker == "*" and _REISSUE.search(note.text)), None)
    if reissue is not None:
        match = _REISSUE.search(reissue.text)
        return Edition("reissue", find_date(match.group(1)) if match else None, reissue.text, issued_as)
    kind = symbol.edition_kind or ("draft" if symbol.is_draft else "original")
    return Edition(kind, header.distribution_date, None, issued_as)
