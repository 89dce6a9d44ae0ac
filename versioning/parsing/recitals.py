"""Recitals before paragraph 1 that the lead grammar alone would misplace.

The preamble is read clause by clause from its leads (participles, adjectives).  Two shapes of real
preambles need more than that, and both are decided here from what closes the clause before, never from
blank lines:

* **A recital in an operative verb.**  "Recalls its resolution 78/253, ... dollars, / 1. Notes ..." or
  "Noting ..., / Reiterates its appreciation for ... Forum, / Recognizing ..., / 1. Encourages ...": the
  clause ends as a recital does, with a comma, and stands before paragraph 1, so it belongs to the
  preamble; a preambular lead after it opens a recital of its own.
* **A heading over a group of recitals.**  "... energy connectivity, / Countries in special situations /
  Underlining that ...": lines without final punctuation after a recital's comma, then a lead.  A recital
  never ends without punctuation, so those lines are the heading of the recital that follows.
"""

from __future__ import annotations

from versioning.parsing.draft_paragraphs import ENDS_CLAUSE, DraftParagraph, plain_text
from versioning.parsing.leads import Lexicon

_MAX_HEADING_LINES = 3


def recitals_before_paragraph_1(clauses: list[DraftParagraph]) -> bool:
    """True when the unnumbered clauses read before paragraph 1 all end as recitals do, with a comma: they
    are the preamble (of the resolution, or of a section of the Fifth Committee's omnibus resolutions such
    as A/RES/79/258), so that the paragraphs keep their numbers 1..N."""
    return bool(clauses) and all(
        clause.number is None and clause.lines and plain_text(clause.deepest().lines[-1]).endswith(",")
        for clause in clauses
    )


def recital_after_recitals(clauses: list[DraftParagraph], text: str, previous: str, lexicon: Lexicon) -> bool:
    """True when ``text`` opens a recital after a recital written in an operative verb, before paragraph 1
    (``clauses`` are the clauses read since the reader took that verb for the operative part's start).  A
    preambular lead after a comma, or after a heading, opens a clause of its own; otherwise every recital
    after the one in the operative verb is run into it."""
    return (
        bool(clauses)
        and all(clause.number is None and not clause.subparagraphs for clause in clauses)
        and (previous.endswith(",") or heading_after_recital(clauses[-1]))
        and lexicon.starts(text, "preamble")
    )


def heading_after_recital(clause: DraftParagraph | None) -> bool:
    """True when ``clause``, an unnumbered recital, ends in a heading: up to three lines without final
    punctuation, the first capitalised, after a line that ends the recital with its comma."""
    if clause is None or clause.number is not None or clause.subparagraphs:
        return False
    texts = [plain_text(line) for line in clause.lines]
    cut = len(texts)
    while cut > 0 and not texts[cut - 1].endswith(ENDS_CLAUSE):
        cut -= 1
    tail = texts[cut:]
    return (
        cut > 0
        and texts[cut - 1].endswith(",")
        and 0 < len(tail) <= _MAX_HEADING_LINES
        and tail[0][:1].isupper()
    )
