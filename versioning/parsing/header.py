"""The header block of a resolution or draft: symbol, distribution, session, agenda, adoption, title.

The header runs from the top of the text to the line "The General Assembly,".  Extractors differ in how
they lay it out (one field a line, two columns on one line, the resolution number alone on its line), so
fields are found by pattern over the lines, not by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from versioning.errors import IdentifierError, ParseError
from versioning.identifiers import EDITION_SYMBOL_PATTERN, Symbol
from versioning.parsing.dates import DATE_PATTERN, find_date, iso_date, ordinal_value
from versioning.parsing.lines import Line

SYMBOL_PATTERN = EDITION_SYMBOL_PATTERN
BODY_START = re.compile(r"^The General Assembly,?$")
_DISTRIBUTION = re.compile(r"Distr\.:\s*(General|Limited|Restricted)")
_SESSION = re.compile(r"\b([A-Z][a-z]+(?:-[a-z]+)?) session\b")
_AGENDA = re.compile(r"^Agenda items? (.+)$")
_AGENDA_ITEM = re.compile(r"\d{1,3}(?: \([a-z]{1,2}\))?")
_ADOPTED = re.compile(r"Resolution adopted by the General Assembly\s+on\s+" + DATE_PATTERN.pattern)
# The names of the Main Committees as documents print them (rule 98 of the rules of procedure of the
# General Assembly, A/520/Rev.20): the Fourth is "Special Political and Decolonization Committee (Fourth
# Committee)".
_COMMITTEE_NAME = (
    r"(?:First|Second|Third|Fourth|Fifth|Sixth) Committee"
    r"|Special Political and Decolonization Committee(?: \(Fourth Committee\))?"
)
_COMMITTEE_LINE = re.compile(rf"^(?:{_COMMITTEE_NAME})$")
# "[without reference to a Main Committee (A/67/L.5)]" names the draft, or the report of another body that
# holds it ("(A/80/547, para. 17)", the Credentials Committee's report); "[on the report of the First
# Committee (A/79/408, para. 114)]" names the committee's report and the paragraph of it that holds the
# adopted draft.
_WITHOUT_REFERENCE = re.compile(
    r"\[without reference to a Main Committee\s*"
    r"\((?P<origin>A/[^)\s,;]+)(?:,\s*paras?\.\s*(?P<paragraph>[^)]*[^)\s]))?[^)]*\)\]"
)
_ON_REPORT = re.compile(
    rf"\[on the report of the (?P<committee>{_COMMITTEE_NAME})\s*"
    r"\((?P<report>A/[^)\s,;]+)(?:,\s*paras?\.\s*(?P<paragraph>[^)]*[^)\s]))?\s*\)\]"
)
_NUMBERED_TITLE = re.compile(r"^(\d{1,3}/\d{1,4})\.(?:\s+(.*))?$")
# The end of a sponsors line: "...and Zimbabwe:* draft resolution", "...: revised draft resolution" (a
# revision says so), its last words possibly wrapped ("...: draft" / "resolution").
_SPONSORS_END = re.compile(r"^(?P<who>.*?)[\s:*]*(?:\brevised\s+)?draft resolution$", re.IGNORECASE)
_SPONSORS_END_WRAPPED = re.compile(r"^(?P<who>.*?)[\s:*]*(?:\brevised\s+)?draft$", re.IGNORECASE)
# A wrapped line of a sponsors list may end with the comma between two names or a word inside a name
# ("Bosnia and" / "Herzegovina"); the last line of an agenda item's title is a complete phrase.
_LIST_CONTINUES = re.compile(r"(?:,|\b(?:and|of|the))$")
# ... or a line of the list that stops inside a name: names parted by commas, the last one without its
# comma ("Peru, San Marino, South" / "Africa, Thailand, ...").
_LIST_STOPS_IN_A_NAME = re.compile(r",\s[^,]*\b[A-Z][\w’'.-]*$")
# Member State names with "and" in them, which the final "and" of a sponsors list must not split.
_NAMES_WITH_AND = (
    "United Kingdom of Great Britain and Northern Ireland", "Trinidad and Tobago", "Antigua and Barbuda",
    "Bosnia and Herzegovina", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines",
    "Sao Tome and Principe",
)  # fmt: skip
_SUBMITTED_BY = re.compile(r"^Draft resolutions? submitted by (?:the )?(?P<who>.+)$")
# The header line that names another kind of document: "Draft decision submitted by the Chair", "Spain:
# draft decision", "Note by the Secretariat", "Note by the Secretary-General", "United States of America:*
# amendment to draft resolution A/80/L.25" (amendments list their own numbered edits to a draft's text).
_OTHER_KIND = re.compile(
    r"^(?:.*?:\s*\*{0,3}\s*)?(?P<kind>draft decision|note by the secretariat|note by the secretary-general"
    r"|amendments? to (?:the )?(?:revised )?draft resolution)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Header:
    """What the header block says."""

    symbol: str
    reissue_mark: bool
    session: int
    distribution_level: str
    distribution_date: str | None
    agenda_items: tuple[str, ...]
    adopted: str | None
    origin: str | None
    committee: str | None
    report: str | None
    report_paragraph: str | None
    number: str | None
    title: str
    sponsors: tuple[str, ...]


def find_body_start(lines: list[Line], *, name: str | None) -> int:
    """The index of the line "The General Assembly," that opens the body."""
    for index, line in enumerate(lines):
        if BODY_START.match(line.text):
            return index
    if not any(SYMBOL_PATTERN.search(line.text) for line in lines[:40]):
        raise ParseError(
            "not a General Assembly resolution: no document symbol in its header", file=name, line=1
        )
    refuse_other_kinds(lines[:60], name=name)
    last = lines[-1].number if lines else 1
    raise ParseError(
        'truncated or not a resolution: no line "The General Assembly," opens a body', file=name, line=last
    )


def refuse_other_kinds(lines: list[Line], *, name: str | None) -> None:
    """Refuse a document whose header names another kind than a resolution (a draft decision, a note by the
    Secretariat), with that line, even when its body opens with "The General Assembly,".  The name may run
    on to the next line ("... Spain and Sweden:* amendment to / draft resolution 4 recommended by ...",
    A/80/L.38)."""
    for index, line in enumerate(lines):
        text = line.text.strip()
        following = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
        kind = _OTHER_KIND.match(f"{text} {following}")
        if kind and kind.start("kind") < len(text):  # the name starts on this line
            named = kind.group("kind").lower()
            article = "" if named.split()[0].endswith("s") else "an " if named[0] in "aeiou" else "a "
            raise ParseError(
                f"not a resolution: the header names {article}{named} ({text!r})",
                file=name,
                line=line.number,
            )


def parse_header(lines: list[Line], *, name: str | None) -> Header:
    """Read the header fields from the lines above "The General Assembly,"."""
    refuse_other_kinds(lines, name=name)
    texts = [line.text for line in lines]
    joined = "\n".join(texts)
    symbol_match = next((m for line in lines if (m := SYMBOL_PATTERN.search(line.text))), None)
    if symbol_match is None:
        raise ParseError(
            "not a General Assembly resolution: no document symbol in its header", file=name, line=1
        )
    symbol = symbol_match.group(0).rstrip("*")
    level_match = _DISTRIBUTION.search(joined)
    if level_match is None:
        raise ParseError(
            'no distribution line ("Distr.: General") in the header', file=name, line=lines[0].number
        )
    distribution_date = find_date(joined[level_match.end() :])
    session_match = next((m for m in _SESSION.finditer(joined) if ordinal_value(m.group(1))), None)
    session = ordinal_value(session_match.group(1)) if session_match else None
    adopted_match = _ADOPTED.search(" ".join(texts))
    flat = re.sub(r"\s+", " ", " ".join(texts))
    origin_match = _WITHOUT_REFERENCE.search(flat)
    report_match = _ON_REPORT.search(flat)
    names_a_report = origin_match is not None and not _is_draft_symbol(origin_match.group("origin"))
    origin_report = origin_match.group("origin") if names_a_report and origin_match else None
    origin_paragraph = origin_match.group("paragraph") if names_a_report and origin_match else None
    committee_line = _committee_line(texts)
    agenda_index, agenda_items = _agenda(lines)
    draft = Symbol.parse(symbol).is_draft
    number, title, sponsors = _title_and_sponsors(lines, agenda_index, draft=draft, name=name)
    if session is None:
        session = Symbol.parse(symbol).session
    return Header(
        symbol=symbol,
        reissue_mark=bool(symbol_match.group("mark")),
        session=session,
        distribution_level=level_match.group(1),
        distribution_date=distribution_date,
        agenda_items=agenda_items,
        adopted=iso_date(*adopted_match.groups()[-3:]) if adopted_match else None,
        origin=origin_match.group("origin") if origin_match and not names_a_report else None,
        committee=report_match.group("committee") if report_match else committee_line,
        report=report_match.group("report") if report_match else origin_report,
        report_paragraph=report_match.group("paragraph") if report_match else origin_paragraph,
        number=number,
        title=title,
        sponsors=sponsors,
    )


def _committee_line(texts: list[str]) -> str | None:
    """The Main Committee a draft is issued by, named on a line of its own (or on two: "Special Political
    and Decolonization Committee" / "(Fourth Committee)")."""
    for index, text in enumerate(texts):
        for candidate in (f"{text} {texts[index + 1]}" if index + 1 < len(texts) else "", text):
            if _COMMITTEE_LINE.match(candidate):
                return candidate
    return None


def _agenda(lines: list[Line]) -> tuple[int | None, tuple[str, ...]]:
    for index, line in enumerate(lines):
        match = _AGENDA.match(line.text)
        if match:
            return index, tuple(_AGENDA_ITEM.findall(match.group(1)))
    return None, ()


def _title_and_sponsors(
    lines: list[Line], agenda_index: int | None, *, draft: bool, name: str | None
) -> tuple[str | None, str, tuple[str, ...]]:
    """The resolution number, the one-line title, and the sponsors of a draft (``draft``: the symbol is a
    draft's). The title is empty for a draft that prints none between its sponsors and its body."""
    for index, line in enumerate(lines):
        match = _NUMBERED_TITLE.match(line.text)
        if match:
            parts = [match.group(2) or ""] + [later.text for later in lines[index + 1 :]]
            return match.group(1), _join_title(parts), ()
    # A draft: the sponsors line (or "Draft resolution submitted by ...") and then the title.
    for index, line in enumerate(lines):
        submitted = _SUBMITTED_BY.match(line.text)
        ended = _SPONSORS_END.match(line.text)
        if not ended and index + 1 < len(lines) and lines[index + 1].text.lower() == "resolution":
            ended = _SPONSORS_END_WRAPPED.match(line.text)
        if submitted or ended:
            if submitted:
                # "Draft resolution submitted by the Chair of the Committee following / informal
                # consultations": the submitter runs on to the end of its block.
                end = index
                while end + 1 < len(lines) and lines[end + 1].text:
                    end += 1
                continued = [later.text for later in lines[index + 1 : end + 1]]
                who = _join_title([submitted.group("who"), *continued])
                sponsors: tuple[str, ...] = (who,)
                index = end
            else:
                start = _sponsors_start(lines, index, agenda_index)
                block = " ".join(
                    [*(lines[i].text for i in range(start, index)), ended.group("who") if ended else ""]
                )
                sponsors = _split_sponsors(block)
                if not _SPONSORS_END.match(line.text):
                    index += 1  # "draft" / "resolution": the line after is the sponsors line's end
            title = _join_title([later.text for later in lines[index + 1 :]])
            # Nothing after the sponsors: the draft adopts a text whose title is the only one it prints
            # ("Draft resolution submitted by the President of the General Assembly" / "The General
            # Assembly / Adopts the following outcome document ...:", A/80/L.41); the body gives the title.
            return None, title, sponsors
    if draft:
        # A draft with no sponsors line: its title is the block of lines just above "The General
        # Assembly,", below the masthead's fields.
        title = _join_title([line.text for line in lines[_title_block_start(lines) :]])
        if title:
            return None, title, ()
    # A resolution whose number did not come through the extractor (79/9): the title is what follows the
    # adoption and origin lines.
    for index in range(len(lines) - 1, -1, -1):
        if (
            lines[index].text.endswith(")]")
            or _ADOPTED.search(lines[index].text)
            or DATE_PATTERN.fullmatch(lines[index].text.removeprefix("on "))
        ):
            title = _join_title([later.text for later in lines[index + 1 :]])
            if title:
                return None, title, ()
            break
    raise ParseError(
        'no numbered title ("67/6. ...") and no draft title in the header', file=name, line=lines[-1].number
    )


def _sponsors_start(lines: list[Line], end: int, agenda_index: int | None) -> int:
    """The first line of the sponsors list that ends on line ``end``: the block of lines above it, up to a
    blank line, and on across a blank line whose line above leaves the list unfinished (a comma, "and",
    "of": a list whose every line is a paragraph of its own, as in a Word document made line by line from
    a text). When no blank line parts it from the agenda item's title (an extractor that drops blank
    lines), the list runs up only through the lines that leave it unfinished.  Across a blank line it
    never reaches the agenda item's title, the first block under "Agenda item ..." (a title that ends on a
    name after a comma, "... from Abkhazia, Georgia, and the Tskhinvali region/South Ossetia, Georgia"):
    the list stops below it."""
    start = _block_start(lines, end, agenda_index)
    while True:
        above = start - 2  # the line above a blank one
        if (
            above >= 0
            and not lines[start - 1].text
            and lines[above].text
            and above != agenda_index
            and _wrapped_within_list(lines[above].text, lines[start].text)
        ):
            block = _block_start(lines, above, agenda_index)
            if agenda_index is not None and all(not line.text for line in lines[agenda_index + 1 : block]):
                break  # the block is the agenda item's title
            start = block
            continue
        break
    if agenda_index is None or start != agenda_index + 1:
        return start
    start = end
    while start - 1 > agenda_index and _wrapped_within_list(lines[start - 1].text, lines[start].text):
        start -= 1
    return start


def _block_start(lines: list[Line], end: int, agenda_index: int | None) -> int:
    """The first line of the block of lines (up to a blank line or the agenda line) that ends on ``end``."""
    start = end
    while start > 0 and lines[start - 1].text and start - 1 != agenda_index:
        start -= 1
    return start


def _wrapped_within_list(above: str, below: str) -> bool:
    """True when ``above`` breaks off inside a sponsors list that ``below`` continues: it ends with a comma
    or a word that cannot end a name, stops inside a name after names parted by commas ("San Marino,
    South" / "Africa"), leaves a parenthesis open ("Bolivia (Plurinational" / "State of)"), or ``below``
    goes on in lower case ("Saint Kitts" / "and Nevis")."""
    return (
        bool(_LIST_CONTINUES.search(above) or _LIST_STOPS_IN_A_NAME.search(above))
        or above.count("(") > above.count(")")
        or below[:1].islower()
    )


def _title_block_start(lines: list[Line]) -> int:
    """The first line of the last block of the header: up to a blank line, or (where an extractor drops
    blank lines) to a line that holds a field of the masthead (the symbol, "Distr.", a date, "Original:",
    the job number or bar code, the session, the committee, the agenda item)."""
    start = len(lines)
    while start > 0 and not lines[start - 1].text:
        start -= 1
    while start > 0 and lines[start - 1].text and not _is_masthead_field(lines[start - 1].text):
        start -= 1
    return start


_MASTHEAD_FIELD = re.compile(
    r"^(?:United Nations|General Assembly|Distr\.:.*|Original:.*|\d{2}-\d{5}\b.*|\*\d{7,8}\*.*"
    r"|(?:Resumed )?[A-Z][a-z]+(?:-[a-z]+)? session|(?:Agenda items?|Items?) \d.*)$"
)


def _is_masthead_field(text: str) -> bool:
    return bool(
        _MASTHEAD_FIELD.match(text)
        or SYMBOL_PATTERN.fullmatch(text)
        or DATE_PATTERN.fullmatch(text)
        or _COMMITTEE_LINE.match(text)
    )


def _join_title(parts: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(part for part in parts if part)).strip()


def _split_sponsors(block: str) -> tuple[str, ...]:
    block = re.sub(r"\s+", " ", block).strip().rstrip(":*").strip()
    names: list[str] = []
    depth = 0
    current = ""
    for char in block:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            names.append(current)
            current = ""
        else:
            current += char
    names.append(current)
    if names and " and " in names[-1]:
        last = names[-1]
        for protected in _NAMES_WITH_AND:
            last = last.replace(protected, protected.replace(" and ", " \0 "))
        head, _, tail = last.partition(" and ")
        names[-1:] = [part.replace(" \0 ", " and ") for part in (head, tail) if part]
    return tuple(name.strip() for name in names if name.strip())


def _is_draft_symbol(text: str) -> bool:
    """True when ``text`` is a draft resolution's symbol; a symbol that is not one (or no symbol at all:
    the header check says so) names a report."""
    try:
        return Symbol.parse(text).is_draft
    except IdentifierError:
        return True
