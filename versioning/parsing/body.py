"""The body of a resolution: preambular paragraphs, operative paragraphs, sub-paragraphs and headings.

Paragraph boundaries are read from what every extractor keeps -- numbers, sub-paragraph letters, lead
phrases, and the punctuation that ends a paragraph -- never from blank lines or indentation, which differ
between extractors.  Numbers must run in sequence (1, 2, 3 ...; (a), (b) ...; (i), (ii) ...), so a number
that a line happens to begin with is not taken for a paragraph number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from versioning.parsing.citations import MARK_PATTERN
from versioning.parsing.draft_paragraphs import (
    ENDS_CLAUSE,
    ROMANS,
    DraftParagraph,
    fold_inline_lists,
    next_labels,
    next_letter,
    plain_text,
)
from versioning.parsing.leads import Lexicon
from versioning.parsing.lines import Line
from versioning.parsing.recitals import (
    heading_after_recital,
    recital_after_recitals,
    recitals_before_paragraph_1,
)
from versioning.parsing.tables import after_announced_table, is_cell, is_table

_NUMBERED = re.compile(r"^(\d{1,3})\.(?:\s+(.*))?$")
_BARE_NUMBER = re.compile(r"^(\d{1,3})$")
_LABELLED = re.compile(r"^\(([a-z]{1,2}|[ivxlc]+)\)(?:\s+(.*))?$")
# A clause's label glued to the end of the clause before it on one line ("thing;(d) To", "thing;1(d) To" with
# the marker of a note between): the extractor lost the line break.
_GLUED_LABEL = re.compile(r";(?:" + MARK_PATTERN.pattern + r")*(?=\(([a-z]{1,2}|[ivxlc]+)\)\s)")
_SENTENCE_INSIDE = re.compile(r"[.;:?]\s")
# A line that ends in a label and "and" cites sub-paragraphs ("paragraph 5 (a) and"): the label on the next
# line ends the reference ("(b) of its resolution"); an item of a list ends "...; and" before its successor.
_REFERENCE_PAIR = re.compile(r"\((?:[a-z]{1,2}|[ivxlc]+)\) (?:and|or)$")
_ROMAN_HEADING = re.compile(r"^([IVXL]+|[A-H])\.?(?:\s+(\S.*))?$")
_ENDS_CLAUSE = ENDS_CLAUSE
_ENDS_SENTENCE = tuple(end for end in ENDS_CLAUSE if not end.startswith(","))


@dataclass
class BodyReader:
    """Reads body lines into paragraphs.

    Args:
        lexicon: the lead phrases that open paragraphs.
        annex: read an annex (numbered paragraphs and unnumbered ones, no preamble) rather than a
            resolution.
    """

    lexicon: Lexicon
    annex: bool = False
    preamble: list[DraftParagraph] = field(default_factory=list)
    operative: list[DraftParagraph] = field(default_factory=list)
    _heading_lines: list[str] = field(default_factory=list)
    _heading_numbers: list[int] = field(default_factory=list)
    _in_heading: bool = False

    def read(self, lines: list[Line]) -> None:
        """Read the lines (furniture and footnotes already removed) in order."""
        content = [line for line in lines if not (line.blank or line.is_page_break)]
        for index, line in enumerate(content):
            following = content[index + 1].text if index + 1 < len(content) else ""
            for piece in self._split_glued_label(self._mend_bare_number(line, following)):
                self._read_line(piece, following)
        self._close_heading_at_end()
        for paragraph in (*self.preamble, *self.operative):
            fold_inline_lists(paragraph)

    def _split_glued_label(self, line: Line) -> list[Line]:
        """A line that holds the end of one clause and, glued after its semicolon (and any footnote
        marker), the label of the clause that comes next ("(c) To do;(d) To do"), is read as two lines:
        the label is the next in sequence, so it is no parenthesis of the running text."""
        match = _GLUED_LABEL.search(line.text)
        if match is None:
            return [line]
        head, tail = line.text[: match.end()], line.text[match.end() :]
        label = match.group(match.lastindex or 0)
        opening = _LABELLED.match(head)
        if opening is not None:
            follows = label in next_labels(opening.group(1))
        else:
            follows = self._expects_label(label)
        if not follows:
            return [line]
        return [Line(line.number, head, head), *self._split_glued_label(Line(line.number, tail, tail))]

    def _expects_label(self, label: str) -> bool:
        """True when ``label`` is the sub-paragraph label that comes next in the paragraph being read."""
        top = self._current
        if top is None or not top.subparagraphs:
            return False
        letters = top.subparagraphs
        romans = letters[-1].subparagraphs
        expected_roman = ROMANS[len(romans)] if romans and len(romans) < len(ROMANS) else ""
        return label in (next_letter(letters[-1].number or "a"), expected_roman)

    def _mend_bare_number(self, line: Line, following: str) -> Line:
        """A paragraph number printed without its full stop ("6" alone on its line, as A/RES/80/167 prints
        it) is read as "6." when it is the number expected next, the paragraph before it is complete and
        the next line opens an operative paragraph: a bare number in running text meets none of these."""
        bare = _BARE_NUMBER.match(line.text)
        if (
            bare
            and int(bare.group(1)) == self._expected_number()
            and self._numbered_seen()
            and self._previous_text().endswith(_ENDS_SENTENCE)
            and self.lexicon.starts(following, "operative")
        ):
            return Line(line.number, f"{bare.group(1)}.", line.raw)
        return line

    def open_heading(self, lines: list[Line]) -> None:
        """Start with a heading already read (an annex's subtitle above its first numbered paragraph)."""
        self._in_heading = True
        self._heading_lines = [line.text for line in lines]
        self._heading_numbers = [line.number for line in lines]

    @property
    def _current(self) -> DraftParagraph | None:
        if self.operative:
            return self.operative[-1]
        return self.preamble[-1] if self.preamble else None

    def _previous_text(self) -> str:
        current = self._current
        return current.last_text() if current else ""

    def _read_line(self, line: Line, following: str = "") -> None:
        text = line.text
        previous = self._previous_text()
        numbered = _NUMBERED.match(text)
        expected = self._expected_number()
        if (
            numbered
            and int(numbered.group(1)) == expected
            and (
                not previous or previous.endswith(_ENDS_CLAUSE) or self._in_heading or self._pending_heading()
            )
            and not self._table_row(numbered.group(2), following)
        ):
            self._start_numbered(numbered.group(1), numbered.group(2), line)
            return
        labelled = _LABELLED.match(text)
        if (
            labelled
            and self._current is not None
            and self._start_labelled(labelled.group(1), labelled.group(2), line, previous)
        ):
            return
        awaiting = self._label_awaiting_text()
        if awaiting is not None and (self._labels_printed_alone() or not self._opens_a_clause(text)):
            # "(d)" printed alone on its line: the next line is its text, even one that opens like a recital
            # ("(d) / Enhancing adaptive capacity, ...", a list of priority areas inside a recital)
            awaiting.lines.append(line)
            return
        if self._in_heading:
            self._heading_lines.append(text)
            self._heading_numbers.append(line.number)
            return
        if self._starts_heading(text, previous):
            self._in_heading = True
            self._heading_lines = [text]
            self._heading_numbers = [line.number]
            return
        if not self.operative and not self.annex:
            closed = not previous or previous.endswith(_ENDS_CLAUSE)
            if (closed or heading_after_recital(self._current)) and self.lexicon.starts(text, "preamble"):
                self.preamble.append(self._recital(line, "preamble", closed))
                return
            if (not previous or previous.endswith((",", "."))) and self.lexicon.starts(text, "operative"):
                self.operative.append(DraftParagraph("operative", None, [line]))
                return
        if not self.annex and recital_after_recitals(self.operative, text, previous, self.lexicon):
            # read as its own clause; at paragraph 1 the clauses before it become the preamble together
            self.operative.append(self._recital(line, "operative", previous.endswith(",")))
            return
        if self.annex and self._current is None:
            self.operative.append(DraftParagraph("operative", None, [line]))
            return
        if (
            self.annex
            and not self._numbered_seen()
            and previous.endswith((".", ":"))
            and self._current is not None
        ):
            self.operative.append(DraftParagraph("operative", None, [line]))
            return
        current = self._current
        if current is None:
            # Text between "The General Assembly," and the first paragraph: a preambular paragraph whose
            # lead is not known.
            self.preamble.append(DraftParagraph("preamble", None, [line]))
            return
        current.deepest().lines.append(line)

    def _label_awaiting_text(self) -> DraftParagraph | None:
        """The sub-paragraph being read when its label stood alone on its line and its text has not come
        yet, else ``None``."""
        current = self._current
        if current is None or not current.subparagraphs:
            return None
        deepest = current.deepest()
        return deepest if not deepest.lines else None

    def _labels_printed_alone(self) -> bool:
        """True when an earlier sub-paragraph of the paragraph being read had its label alone on its line:
        the layout that makes a lone label's next line its text, even one that opens like a clause (a
        label alone with nothing like it before, "(a) Energy; / (b) / Recalling also ...", lost its text,
        and the recital stays one)."""
        current = self._current
        stack = list(current.subparagraphs) if current else []
        while stack:
            sub = stack.pop()
            stack.extend(sub.subparagraphs)
            if sub.lines and sub.marks and sub.lines[0].number != sub.marks[0]:
                return True
        return False

    def _opens_a_clause(self, text: str) -> bool:
        return self.lexicon.starts(text, "preamble") or self.lexicon.starts(text, "operative")

    def _numbered_seen(self) -> bool:
        return self._expected_number() > 1

    def _expected_number(self) -> int:
        last = next(
            (p.number for p in reversed(self.operative) if p.number is not None and p.number.isdigit()), None
        )
        return int(last) + 1 if last is not None else 1

    def _starts_heading(self, text: str, previous: str) -> bool:
        if not self._numbered_seen() and not self.annex:
            return False
        match = _ROMAN_HEADING.match(text)
        return bool(match) and previous.endswith(_ENDS_SENTENCE) and not self._announces_own_content()

    def _announces_own_content(self) -> bool:
        """True when the paragraph being read is a numbered one whose last line ends with a colon: the colon
        announces what the paragraph itself goes on to set out (its clauses, a table, a quoted question),
        since its successor is a paragraph of its own, so a line after it is the paragraph's even when it
        is shaped like a heading ("A. Secretariat of the Pension Board" above the staffing table "set out
        in the table below:", A/RES/79/253). An unnumbered chapeau ("we will:") announces the numbered
        paragraphs that follow, and a heading may stand between them."""
        current = self._current
        if current is None:
            return False
        paragraph = current.deepest()
        return (
            paragraph.number is not None
            and bool(paragraph.lines)
            and plain_text(paragraph.lines[-1]).endswith(":")
        )

    def _table_row(self, rest: str | None, following: str) -> bool:
        """True when a numbered line is a row of the table that the paragraph being read announces with its
        colon, not the next paragraph: its label on the number's line and its figure on the next ("approved
        as follows:" / "Income section" / ... / "2. General income" / "32 815 100", A/C.5/80/L.6 part B).  A
        paragraph's number either stands alone on its line or opens a clause that runs on in words.  The
        table is one only once a figure stands alone on a line after the colon (a list of words the colon
        announces, "as follows:" / "Opening of the conference", is none), and a row's label is no clause
        of the operative list ("2. Requests the Secretary-General to report in" / "2027.")."""
        if rest is None or not is_cell(following) or _NUMBERED.match(following.strip()):
            return False  # the next line is a figure, not the next paragraph's number ("3.")
        current = self._current
        lines = current.deepest().lines if current is not None else []
        ends = [index for index, line in enumerate(lines) if plain_text(line).endswith(_ENDS_CLAUSE)]
        if not ends or ends[-1] == len(lines) - 1 or not plain_text(lines[ends[-1]]).endswith(":"):
            return False
        figures = any(is_cell(plain_text(line)) for line in lines[ends[-1] + 1 :])
        return figures and not self.lexicon.starts(rest, "operative")

    def _pending_heading(self) -> bool:
        """True when the current paragraph ends in lines that can only be a heading: lines without final
        punctuation (a paragraph always ends with some), after a line that ends a clause or standing as
        a paragraph of their own."""
        current = self._current
        if current is None:
            return False
        lines = current.deepest().lines
        return bool(lines) and not plain_text(lines[-1]).endswith(_ENDS_CLAUSE)

    def _start_numbered(self, number: str, rest: str | None, line: Line) -> None:
        heading, marks = self._take_heading()
        chapeau = self._chapeau() if number == "1" and heading is None else None
        if chapeau is not None:
            self.operative.remove(chapeau)
            heading = " ".join(line.text for line in chapeau.lines)
            marks = [line.number for line in chapeau.lines]
        elif number == "1" and not self.annex and recitals_before_paragraph_1(self.operative):
            self.preamble.extend(replace(clause, part="preamble") for clause in self.operative)
            self.operative.clear()
        paragraph = DraftParagraph("operative", number, [], heading=heading, marks=[*marks, line.number])
        if rest:
            paragraph.lines.append(Line(line.number, rest, rest))
        self.operative.append(paragraph)

    def _recital(self, line: Line, part: str, closed: bool) -> DraftParagraph:
        """A recital opened by ``line``, with the heading above it when the clause before it did not end
        on its own (``closed`` false: it ends in the heading's lines)."""
        heading, marks = (None, []) if closed else self._take_heading()
        return DraftParagraph(part, None, [line], heading=heading, marks=marks)

    def _chapeau(self) -> DraftParagraph | None:
        """The unnumbered clause that announces the numbered paragraphs of the operative part and has no
        words of its own to add ("The General Assembly / Resolves that: / 1. The Working Capital Fund shall
        be established ...", as the Fifth Committee writes its financial resolutions): it stands above
        paragraph 1 as a heading does, so that the paragraphs keep their printed numbers 1..N."""
        if self.annex or len(self.operative) != 1:
            return None
        only = self.operative[0]
        if only.number is not None or only.subparagraphs or not only.lines:
            return None
        # one clause that ends in its colon: no sentence ends inside it (an operative paragraph that adopts a
        # text and runs on into that text's title, its "Annex" line lost, is no chapeau)
        words = " ".join(plain_text(line) for line in only.lines)
        one_clause = not _SENTENCE_INSIDE.search(words[:-1])
        return only if words.endswith(":") and one_clause else None

    def _take_heading(self) -> tuple[str | None, list[int]]:
        """The heading above the paragraph being opened, and its source lines."""
        if self._in_heading:
            heading = " ".join(self._heading_lines)
            numbers = self._heading_numbers
            self._in_heading = False
            self._heading_lines = []
            self._heading_numbers = []
            return heading, numbers
        current = self._current
        if current is None:
            return None, []
        lines = current.deepest().lines
        cut = len(lines)
        while cut > 0 and not plain_text(lines[cut - 1]).endswith(_ENDS_CLAUSE):
            cut -= 1
        cut = after_announced_table(lines, cut)
        if cut == len(lines) or (cut == 0 and current.deepest().number is not None):
            # nothing to cut; or all of a numbered paragraph, whose number would be left without its words:
            # its clause lost its final punctuation ("... paragraph 5 (a) and / (b) / 2. Decides")
            return None, []
        heading = " ".join(line.text for line in lines[cut:])
        numbers = [line.number for line in lines[cut:]]
        del lines[cut:]
        if not lines and current.deepest() is current:
            # The whole "paragraph" was a heading: it goes.
            (self.operative if current in self.operative else self.preamble).remove(current)
            if current.heading:
                heading = f"{current.heading} {heading}"
                numbers = [*current.marks, *numbers]
        return heading, numbers

    def _close_heading_at_end(self) -> None:
        lines = [
            Line(number, text, text)
            for number, text in zip(self._heading_numbers, self._heading_lines, strict=True)
        ]
        if self._in_heading and self._current is not None:
            self._current.deepest().lines.extend(lines)
        elif self._in_heading and self.annex and lines and is_table(lines):
            # A table with no paragraph after it: an annex that holds only a table ("Staffing table for
            # 2025" and its cells, one a line).  It is the annex's one paragraph, unnumbered, as a table
            # inside a paragraph is kept in the paragraph.  Other lines left so (an annex whose line "1."
            # an extractor lost) stay unplaced, and the conservation check refuses the parse.
            self.operative.append(DraftParagraph("operative", None, lines, table=True))
        self._in_heading = False

    def _start_labelled(self, label: str, rest: str | None, line: Line, previous: str) -> bool:
        top = self._current
        assert top is not None
        letters = [sub for sub in top.subparagraphs]
        expected_letter = next_letter(letters[-1].number or "a") if letters else "a"
        open_letter = letters[-1] if letters else None
        romans = open_letter.subparagraphs if open_letter else []
        expected_roman = ROMANS[len(romans)] if len(romans) < len(ROMANS) else ""
        opens_list = previous.endswith(":")
        continues_list = previous.endswith(_ENDS_CLAUSE) or (
            previous.endswith((" and", " or")) and not _REFERENCE_PAIR.search(previous)
        )
        as_roman = (
            open_letter is not None and label == expected_roman and (romans or opens_list) and continues_list
        )
        as_letter = label == expected_letter and (opens_list if not letters else continues_list)
        if as_roman and not (as_letter and not romans and label == "i" and not opens_list):
            target = open_letter
            assert target is not None
            sub = DraftParagraph(top.part, label)
        elif as_letter:
            target = top
            sub = DraftParagraph(top.part, label)
        else:
            return False
        if rest:
            sub.lines.append(Line(line.number, rest, rest))
        sub.marks.append(line.number)
        target.subparagraphs.append(sub)
        return True
