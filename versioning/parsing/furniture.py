"""Page furniture: what a page carries that is not the document's text.

Anchors are lines that can only be furniture: the symbol alone, the job number ("24-21660 (E)"), the bar
code ("*2421660*"), "Please recycle", a form feed, and the page ("2/4") -- but a page number only by
agreement with the rest of the document, for "59/50" alone on a line may be a resolution the text cites:
the page numbers of a document share one total, each no greater than it, and count up in the order of the
text; a lone one (a two-page document) must stand beside another anchor.  Running titles (the title
repeated at the top of each page) are recognised only next to anchors, and only when their fragments put
together give the document's title, so that a body line that happens to share words with the title is never
dropped.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from versioning.identifiers import EDITION_SYMBOL_PATTERN
from versioning.parsing.account import Account
from versioning.parsing.lines import Line, layout_cells

_SYMBOL = EDITION_SYMBOL_PATTERN.pattern
_JOB = r"\d{2}-\d{5}\*?(?: ?\([A-Z]\))?\*?(?: +\d{6})?"
_PAGE = r"\d{1,3}/\d{1,3}"
_BARCODE = r"\*\d{7,8}\*"
_ANCHOR_CELL = re.compile(
    rf"^(?:{_SYMBOL}|{_JOB}|{_BARCODE}|Please recycle|{_BARCODE} Please recycle|{_JOB} {_BARCODE})$"
)
_PAGE_CELL = re.compile(r"^(?P<page>\d{1,3})/(?P<total>\d{1,3})$")
_FURNITURE_LINE = re.compile(r"^(?:United Nations|General Assembly|Original: [A-Z][a-z]+)$")
_NEEDS_NOUN = re.compile(r"\b(?:the|of|to|by|for|and|in|on|with|from|at)$")
"""A word a sentence cannot stop on: text that ends on it goes on past the page break."""


_JOB_NUMBER = re.compile(r"\b(\d{2})-(\d{5})\b")
_BARCODE_DIGITS = re.compile(r"\*(\d{7,8})\*")


@dataclass(frozen=True, slots=True)
class Agreement:
    """What page furniture must agree with: the document's symbol (as its header gives it) and its job
    numbers ("24-21660"; see :func:`job_numbers`).  ``None`` agrees with anything of the right shape."""

    symbol: str | None = None
    jobs: frozenset[str] | None = None

    def agrees(self, cell: str) -> bool:
        """True when the anchor-shaped ``cell`` names this document: its symbol, job number, bar code."""
        jobs = ["-".join(match.groups()) for match in _JOB_NUMBER.finditer(cell)]
        codes = _BARCODE_DIGITS.findall(cell)
        if jobs or codes:
            if self.jobs is None:
                return True
            digits = {job.replace("-", "") for job in self.jobs}
            return all(job in self.jobs for job in jobs) and all(code[:7] in digits for code in codes)
        if self.symbol is not None and cell != "Please recycle":
            return cell.rstrip("*").strip() == self.symbol
        return True


def job_numbers(first_page: list[Line], body: list[Line]) -> frozenset[str] | None:
    """The document's job numbers: the one printed on its first page ("24-21660" of "24-21660 (E)") and
    any that the following pages repeat (A/RES/73/331 prints "19-12817" on its first page and
    "19-18217" on the others); a job-shaped line the text cites once is none of them.  ``None`` when the
    first page prints none."""

    def jobs(lines: list[Line]) -> list[str]:
        found = []
        for line in lines:
            if not _JOB_NUMBER.search(line.text):
                continue
            for cell in {line.text, *(re.sub(r"\s+", " ", c) for c in layout_cells(line.raw))}:
                match = _JOB_NUMBER.match(cell)
                if match and _ANCHOR_CELL.match(cell):
                    found.append("-".join(match.groups()))
        return found

    first = jobs(first_page)
    if not first:
        return None
    counts = Counter(jobs(body))
    return frozenset({first[0], *(job for job, count in counts.items() if count > 1)})


def is_anchor_text(
    text: str, pages: frozenset[str] = frozenset(), agreement: Agreement = Agreement()
) -> bool:
    """True when a whole cell can only be page furniture: shaped as a symbol, job number, bar code or
    recycling note and agreeing with the document (``agreement``), or one of its page numbers
    (``pages``)."""
    return bool(_ANCHOR_CELL.match(text) and agreement.agrees(text)) or text in pages


_RULES = (
    (re.compile(rf"^{_SYMBOL}$"), "document symbol"),
    (re.compile(rf"^{_JOB}$"), "job number"),
    (re.compile(rf"^{_BARCODE}$"), "bar code"),
    (re.compile(r"^Please recycle$"), "recycling note"),
    (re.compile(rf"^{_BARCODE} Please recycle$"), "bar code and recycling note"),
    (re.compile(rf"^{_JOB} {_BARCODE}$"), "job number and bar code"),
)


def anchor_rule(text: str, pages: frozenset[str] = frozenset()) -> str:
    """The rule by which the anchor cell ``text`` is page furniture."""
    if text in pages:
        return "page number, agreeing with the document's other page numbers"
    return next((rule for pattern, rule in _RULES if pattern.match(text)), "page furniture")


def split_anchor_cells(
    line: Line, pages: frozenset[str] = frozenset(), agreement: Agreement = Agreement()
) -> tuple[bool, str]:
    """For a line that holds an anchor beside other text (``pdftotext -layout`` puts the symbol and the
    running title on one line), return ``(True, rest)``; for an anchor alone ``(True, "")``; else
    ``(False, text)``."""
    anchors, rest = anchor_cells(line, pages, agreement)
    return (bool(anchors) or line.is_page_break), rest


def anchor_cells(
    line: Line, pages: frozenset[str] = frozenset(), agreement: Agreement = Agreement()
) -> tuple[tuple[str, ...], str]:
    """The anchors of a line (the whole line when it is one, else each anchor cell beside other text) and
    the text left beside them; a page break has no anchor and no text."""
    if line.is_page_break:
        return (), ""
    if is_anchor_text(line.text, pages, agreement):
        return (line.text,), ""
    cells = [re.sub(r"\s+", " ", cell) for cell in layout_cells(line.raw)]
    if len(cells) < 2:
        return (), line.text
    anchors = tuple(cell for cell in cells if is_anchor_text(cell, pages, agreement))
    if not anchors:
        return (), line.text
    return anchors, " ".join(cell for cell in cells if not is_anchor_text(cell, pages, agreement))


def page_numbers(lines: list[Line]) -> frozenset[str]:
    """The cells of ``lines`` that are the document's page numbers ("2/4"): of the cells shaped so, those
    whose total is the one most of them share, each page no greater than the total, counting up; a lone
    one only beside another anchor."""
    found: list[tuple[int, int, int, str]] = []  # (line index, page, total, cell)
    for index, line in enumerate(lines):
        for cell in {line.text, *(re.sub(r"\s+", " ", c) for c in layout_cells(line.raw))}:
            match = _PAGE_CELL.match(cell)
            if match and 1 <= int(match.group("page")) <= int(match.group("total")):
                found.append((index, int(match.group("page")), int(match.group("total")), cell))
    if not found:
        return frozenset()
    totals: dict[int, list[tuple[int, int, int, str]]] = {}
    for entry in found:
        totals.setdefault(entry[2], []).append(entry)
    entries = max(totals.values(), key=len)
    entries.sort()
    pages = [page for _, page, _, _ in entries]
    if any(later < earlier for earlier, later in itertools.pairwise(pages)):
        return frozenset()  # they do not count up: not the document's page numbers
    if len(entries) == 1:
        index = entries[0][0]
        window = lines[max(0, index - 4) : index + 5]
        if not any(split_anchor_cells(other)[0] and not other.is_page_break for other in window):
            return frozenset()
    return frozenset(cell for _, _, _, cell in entries)


def _normalise(text: str) -> str:
    return re.sub(r"[\s\-\u2010\u2011]+", "", text).lower()


class FurnitureFilter:
    """Removes page furniture from the body lines of one document.

    Args:
        title: the document title as the header gives it; running titles are its fragments.
        agreement: the symbol and job number the furniture of this document carries; a cell of the
            same shape that names another document (a symbol the text cites, alone on its line) is text.
    """

    def __init__(self, title: str, agreement: Agreement = Agreement()) -> None:
        self._title = _normalise(title)
        self._agreement = agreement

    def strip(self, lines: list[Line], account: Account | None = None) -> list[Line]:
        """Return ``lines`` without page furniture.  Page breaks are kept as page-break lines (they tell the
        footnote reader where a page ends) and anchors become page breaks too.  What is set aside is
        recorded in ``account``, with its line and rule."""
        account = account if account is not None else Account()
        kept: list[Line] = []
        index = 0
        pages = page_numbers(lines)
        while index < len(lines):
            line = lines[index]
            anchors, rest = anchor_cells(line, pages, self._agreement)
            if not anchors and not line.is_page_break:
                if (
                    _FURNITURE_LINE.match(line.text)
                    and self._near_anchor(lines, index)
                    and not self._completes_title(kept, line)
                    and not self._runs_on(kept, lines, index)
                ):
                    account.set_aside(line.number, line.text, "masthead line beside other page furniture")
                    index += 1
                    continue
                kept.append(line)
                index += 1
                continue
            kept.append(Line(line.number, "\f", ""))
            if rest:
                kept.append(Line(line.number, rest, rest))
            for anchor in anchors:
                account.set_aside(line.number, anchor, anchor_rule(anchor, pages))
            index += 1
        return self._drop_running_titles(kept, account)

    def _near_anchor(self, lines: list[Line], index: int) -> bool:
        window = lines[max(0, index - 4) : index + 5]
        return any(
            split_anchor_cells(other, agreement=self._agreement)[0] and not other.is_page_break
            for other in window
        )

    def _runs_on(self, kept: list[Line], lines: list[Line], index: int) -> bool:
        """True when the masthead-shaped line at ``index`` is running text that a page break cut: the text
        before the break ends on a word that needs a noun after it and the text after the line goes on in
        lower case ("borne by the Members of the / [page 2] / United Nations / as apportioned")."""
        before = next(
            (
                other
                for other in reversed(kept)
                if other.text.strip() and not other.is_page_break and not self._is_fragment(other)
            ),
            None,
        )
        after = next(
            (
                other
                for other in lines[index + 1 :]
                if other.text.strip()
                and not other.is_page_break
                and not split_anchor_cells(other, agreement=self._agreement)[0]
                and not self._is_fragment(other)
            ),
            None,
        )
        return (
            before is not None
            and after is not None
            and bool(_NEEDS_NOUN.search(before.text.rstrip()))
            and after.text.lstrip()[:1].islower()
        )

    def _completes_title(self, kept: list[Line], line: Line) -> bool:
        """True when ``line`` ("United Nations", a masthead's words) is the last line of a running title
        that the title fragments just above it begin ("Scale of assessments for the apportionment of the
        expenses of the / United Nations", A/RES/79/249): it is left for the running-title rule to take
        with them, which it does only when they add up to the whole title."""
        text = _normalise(line.text)
        for previous in reversed(kept):
            if previous.blank:
                continue
            if previous.is_page_break or not self._is_fragment(previous):
                return False
            text = _normalise(previous.text) + text
            if text == self._title:
                return True
            if not self._title.endswith(text):
                return False
        return False

    def _drop_running_titles(self, lines: list[Line], account: Account) -> list[Line]:
        """Drop title fragments found in the zones around page breaks when, read in order, consecutive
        fragments add up to the whole title."""
        if not self._title:
            return lines
        drop: set[int] = set()
        index = 0
        while index < len(lines):
            if not self._in_zone(lines[index]):
                index += 1
                continue
            end = index
            while end < len(lines) and self._in_zone(lines[end]):
                end += 1
            if any(lines[i].is_page_break for i in range(index, end)):
                drop.update(
                    self._title_runs([i for i in range(index, end) if self._is_fragment(lines[i])], lines)
                )
            index = end
        for position in sorted(drop):
            account.set_aside(
                lines[position].number, lines[position].text, "running title: repeats the document's title"
            )
        return [line for position, line in enumerate(lines) if position not in drop]

    def _in_zone(self, line: Line) -> bool:
        return line.blank or line.is_page_break or self._is_fragment(line)

    def _is_fragment(self, line: Line) -> bool:
        text = _normalise(line.text)
        return bool(text) and not line.is_page_break and text in self._title

    def _title_runs(self, candidates: list[int], lines: list[Line]) -> list[int]:
        picked: list[int] = []
        first = 0
        while first < len(candidates):
            text = ""
            for last in range(first, len(candidates)):
                text += _normalise(lines[candidates[last]].text)
                if text == self._title:
                    picked.extend(candidates[first : last + 1])
                    first = last
                    break
                if not self._title.startswith(text):
                    break
            first += 1
        return picked
