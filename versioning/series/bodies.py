"""The body a series' title names, and the resolutions a text cites for what they directed that body to do.

The report of a body is re-adopted each session ("Report of the Special Committee on the Charter of the United
Nations and on the Strengthening of the Role of the Organization"), and its members direct the body's work:
the next one cites them by the paragraph it follows, not by their subject -- "Requests the Special Committee,
..., in accordance with paragraph 5 of General Assembly resolution 50/52", "Recalls its decision, in its
resolution 72/118 ..., to undertake an annual thematic debate in the Special Committee".  A paragraph of an
earlier resolution, or its decision, cited in a paragraph of the text that names the body of its title is a
member's.  So are the paragraphs a note cites ("See resolutions 59/39, para. 9, and 65/21, para. 18"), for a
paragraph of the text that names the body by the one word of its name ("the Commission" in the report of the
United Nations Commission on International Trade Law, A/RES/79/117).
"""

from __future__ import annotations

import re

from versioning.model import Document

_OF_THE_BODY = re.compile(r"^[A-Z][a-z]*(?:\s+[a-z]+)*\s+of\s+the\s+(?P<name>[A-Z].*)$")
"""A title that is a matter of a named body: ``Report of the Special Committee on the Charter ...``."""
_CAPITALISED = re.compile(r"^[A-Z][\w’'-]*$")
_PARAGRAPH = r"\d+(?:\s*\([a-z]+\))?"
_DIRECTED_IN = re.compile(
    rf"(?:\b(?:sub)?paragraphs?\s+{_PARAGRAPH}(?:(?:\s*,\s*|\s+and\s+|\s+to\s+){_PARAGRAPH})*\s+of\s+"
    r"(?:the\s+annex\s+to\s+)?|\bits\s+decisions?,?\s+(?:contained\s+)?in\s+)"
    r"(?:(?:its|the|General|Assembly)\s+)*$",
    flags=re.IGNORECASE,
)
"""What stands just before ``resolution(s)`` when a paragraph or a decision of it is cited: ``in accordance
with paragraph 5 of General Assembly``, ``paragraph 2 of the annex to``, ``Recalls its decision, in its``."""
_DIRECTED_SPAN = 300
"""How far before ``resolution(s)`` :data:`_DIRECTED_IN` is looked for (its longest form is about half as
long): the search from every position of a paragraph's text before each of its lists would be quadratic."""


_NAME_COMPLEMENT = re.compile(r"^(?:on|of|for|against)\s+(?:the\s+)?[A-Z]")
"""The complement that completes a body's name of one word: ``on International Trade Law``."""
_PINPOINTED = r"\d{1,3}/\d{1,4}(?:\s[A-Z])?,\s+paras?\.\s+\d+(?:\s*[–-]\s*\d+)?"
_NOTE_PARAGRAPHS = re.compile(
    rf"^(?:See\s+(?:also\s+)?)?resolutions?\s+{_PINPOINTED}(?:(?:,\s+and\s+|\s+and\s+|,\s+){_PINPOINTED})*"
    r"\s*(?:[;.]|$)"
)
"""A note of paragraphs of the Assembly's resolutions, each number with its paragraph: ``See resolutions
59/39, para. 9, and 65/21, para. 18;`` (a section of one, "52/214, sect. C, para. 3", is not a paragraph
addressed to a body)."""


def body_names(document: Document) -> tuple[str, ...]:
    """The names of the body the document's title names, by the run of capitalised words that begins its
    name (without "United Nations"), from the whole run down to its last two words: ("Special Committee",)
    for the report of the Special Committee on the Charter.  A title that is itself the name of a programme
    or body is read the same way, "of" allowed between two capitalised words: ("Programme of Assistance",) for
    ``United Nations Programme of Assistance in the Teaching, Study, ... of International Law``.  A body named
    by one word ("the Committee", "the Mission") is too common a noun to stand for it; a title that names no
    body has none."""
    title = " ".join(document.title.split())
    match = _OF_THE_BODY.match(title)
    inner = () if match else ("of",)
    run: list[str] = []
    for word in (match.group("name") if match else title).split():
        if not (_CAPITALISED.match(word) or word in inner):
            break
        run.append(word)
    while run and not _CAPITALISED.match(run[-1]):
        run.pop()  # "Situation of human rights ...": a run ends on a capitalised word
    if run[:2] == ["United", "Nations"]:
        run = run[2:]
    capitalised = [index for index, word in enumerate(run) if _CAPITALISED.match(word)]
    if len(capitalised) < 2 or not run[-1].isalpha():
        return ()
    return tuple(" ".join(run[start:]) for start in capitalised[:-1])


def named_body(document: Document) -> str | None:
    """The one word a text names the body of its title by, when that body's name is that word and its
    complement: "Commission" for ``Report of the United Nations Commission on International Trade Law on the
    work of its fifty-seventh session`` ("the Commission", once the name is given).  Too common a noun to
    find the body in another text's words (:func:`body_names`), it serves only where a note cites the
    paragraphs a member addressed to the body (:func:`cites_paragraphs_for_the_body`)."""
    match = _OF_THE_BODY.match(" ".join(document.title.split()))
    if match is None:
        return None
    words = match.group("name").split()
    if words[:2] == ["United", "Nations"]:
        words = words[2:]
    if len(words) < 3 or not _CAPITALISED.match(words[0]) or not words[0].isalpha():
        return None
    return words[0] if _NAME_COMPLEMENT.match(" ".join(words[1:])) else None


def cites_paragraphs_for_the_body(note: str, paragraph: str, body: str | None) -> bool:
    """The footnote ``note`` cites nothing but paragraphs of resolutions ("See resolutions 59/39, para. 9,
    and 65/21, para. 18; see also ..."), and the paragraph that cites the note names the body of the title by
    its one word ``body`` (:func:`named_body`), not followed by another complement ("the Commission on the
    Status of Women" is another)."""
    return bool(
        body
        and _NOTE_PARAGRAPHS.match(note)
        and re.search(rf"\bthe\s+{re.escape(body)}\b(?!\s+(?:on|of|for|against|to)\s)", paragraph)
    )


def directs_the_body(before: str, paragraph: str, bodies: tuple[str, ...]) -> bool:
    """The citation whose text before ``resolution(s)`` is ``before`` cites a paragraph or a decision of the
    resolution, and the paragraph of the text that cites it (its whole text, subparagraphs included) names
    the body of the title."""
    return bool(
        bodies
        and _DIRECTED_IN.search(before, max(0, len(before) - _DIRECTED_SPAN))
        and any(re.search(rf"\bthe\s+{re.escape(body)}\b", paragraph) for body in bodies)
    )
