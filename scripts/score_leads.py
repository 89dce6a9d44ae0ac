#!/usr/bin/env python3
"""Score the text parser's leads against the italics of the corpus PDFs: the held-out measure of the lead
grammar (``versioning/data/lead_phrases.json``), none of whose lists is read from the corpus.

A lead is the opening run of a paragraph that the official document sets in italics ("Having considered",
"Referring also", "Takes note with appreciation").  This reader finds them on its own, independently of the
parser's PDF path (``versioning.parsing.pdf.italic_openings``), by the layout of the page:

* the body of the resolution only: from the line "The General Assembly," to the line "... plenary meeting";
* lines in the body's font size (footnotes and running headers are smaller);
* the first line of a paragraph, which UN layout indents from the body's left margin;
* preamble: the line opens with italics; operative: the line opens with its number ("3.") and then
  italics; sub-paragraph: "(a)" or "(ii)" and then italics (recorded apart, under ``subparagraph``);
* an unnumbered paragraph is operative when it ends with a full stop, a semicolon or a colon (a lone
  operative paragraph, which UN style leaves unnumbered, or one that introduces a declaration), preambular
  when it ends with a comma; a paragraph without final punctuation (cut short by a heading) is preambular
  when its lead is a participle ("Noting"), operative otherwise.

The parser's leads of each PDF's ``.pymupdf.txt`` are aligned with the italics in order; the score is the
share of paragraphs whose lead is exactly the italic words.

Usage: ``python scripts/score_leads.py [--corpus DIR] [--verbose]``.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from versioning.parsing.pdf import PageLine, PdfPage, TextRun, read_pdf_pages  # noqa: E402  (needs the path above)

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
CORPUS_FOLDERS = ("csto", "cooperation", "editions")

_OPERATIVE_NUMBER = re.compile(r"^\d{1,3}\.\s*$")
_SUBPARAGRAPH_LABEL = re.compile(r"^\((?:[a-z]{1,2}|[ivxlc]{1,6})\)\s*$")
_BODY_START = re.compile(r"^The General Assembly,?$")
_BODY_END = re.compile(r"plenary meeting\s*$")
# First lines of paragraphs are indented by about 24 points; continuation lines sit on the margin.
_MIN_INDENT = 6.0
_MAX_LEAD_WORDS = 8


@dataclass(frozen=True, slots=True)
class Lead:
    """One lead phrase found in a PDF: which part it opens and its words."""

    part: str  # "preamble", "operative" or "subparagraph"
    phrase: str


def find_leads(data: bytes, *, name: str) -> list[Lead]:
    """The lead phrases of one PDF, in document order."""
    return leads_of_pages(read_pdf_pages(data, name=name))


def leads_of_pages(pages: Sequence[PdfPage]) -> list[Lead]:
    """The lead phrases of the pages of one PDF, in document order."""
    lines = [line for page in pages for line in page.lines]
    body = list(_body_lines(lines))
    if not body:
        return []
    size = Counter(round(line.size, 1) for line in body).most_common(1)[0][0]
    body = [line for line in body if abs(line.size - size) < 0.6]
    margin = Counter(round(line.x0) for line in body).most_common(1)[0][0]
    leads: list[Lead] = []
    paragraphs = _paragraphs(body, margin)
    for first, text in paragraphs:
        lead = _lead_of(first, text)
        if lead is not None:
            leads.append(lead)
    return leads


def _body_lines(lines: list[PageLine]) -> Iterator[PageLine]:
    inside = False
    for line in lines:
        text = line.text.strip()
        if not inside:
            inside = bool(_BODY_START.match(text))
            continue
        if _BODY_END.search(text):
            return
        yield line


def _paragraphs(body: list[PageLine], margin: int) -> list[tuple[PageLine, str]]:
    """Each paragraph's first line and its whole text (to see how it ends)."""
    paragraphs: list[tuple[PageLine, list[str]]] = []
    for line in body:
        if line.x0 - margin >= _MIN_INDENT or not paragraphs:
            paragraphs.append((line, [_words(line)]))
        else:
            paragraphs[-1][1].append(_words(line))
    return [(first, " ".join(texts)) for first, texts in paragraphs]


def _words(line: PageLine) -> str:
    """The line's text without its footnote markers (so that a paragraph's last character shows)."""
    return "".join(run.text for run in line.runs if not run.superscript)


def _lead_of(first: PageLine, text: str) -> Lead | None:
    runs = [run for run in first.runs if run.text.strip() or run.italic]
    if not runs:
        return None
    part = None
    if runs[0].italic:
        italic = _leading_italic(runs)
        part = _unnumbered_part(text, italic)
    elif _OPERATIVE_NUMBER.match(runs[0].text.strip() + " ") and len(runs) > 1:
        part, italic = "operative", _leading_italic(runs[1:])
    elif _SUBPARAGRAPH_LABEL.match(runs[0].text.strip() + " ") and len(runs) > 1:
        part, italic = "subparagraph", _leading_italic(runs[1:])
    else:
        return None
    phrase = clean_phrase(italic)
    if not phrase or len(phrase.split()) > _MAX_LEAD_WORDS or not phrase[0].isupper():
        return None
    return Lead(part, phrase)


def _unnumbered_part(text: str, italic: str) -> str:
    ending = text.rstrip(" \"'\u201d\u2019)]")[-1:]
    if ending in ".;:":
        return "operative"
    if ending == ",":
        return "preamble"
    # a paragraph cut short by a heading: a participle opens a preambular paragraph, a verb an operative one
    return "preamble" if italic.split()[0].endswith("ing") else "operative"


def _leading_italic(runs: Iterable[TextRun]) -> str:
    words = []
    for run in runs:
        if not run.italic:
            break
        words.append(run.text)
    return "".join(words)


def clean_phrase(text: str) -> str:
    """Whitespace collapsed, trailing punctuation and spaces stripped."""
    return " ".join(text.split()).rstrip(" ,;:.").strip()


def corpus_pdfs(corpus: Path) -> list[Path]:
    """Every PDF of the corpus folders, in a fixed order."""
    return sorted(path for folder in CORPUS_FOLDERS for path in (corpus / folder).glob("*.pdf"))


@dataclass(frozen=True, slots=True)
class Score:
    """Leads that are exactly the italic words, out of the paragraphs compared, and the disagreements."""

    right: int
    total: int
    wrong: tuple[tuple[str, tuple[str | None, ...], tuple[str, ...]], ...]

    @property
    def share(self) -> float:
        """The share of leads right (1.0 for no paragraphs)."""
        return self.right / self.total if self.total else 1.0


def score(parsed_leads: dict[str, list[str | None]], italic_leads: dict[str, list[str]]) -> Score:
    """Align each document's parsed leads with its italic leads (in order) and count the agreements.  A
    paragraph on one side only counts as wrong."""
    right = total = 0
    wrong = []
    for name, ours in parsed_leads.items():
        italics = italic_leads[name]
        matcher = difflib.SequenceMatcher(a=ours, b=italics, autojunk=False)
        for operation, a1, a2, b1, b2 in matcher.get_opcodes():
            size = max(a2 - a1, b2 - b1)
            total += size
            if operation == "equal":
                right += size
            else:
                wrong.append((name, tuple(ours[a1:a2]), tuple(italics[b1:b2])))
    return Score(right, total, tuple(wrong))


def main(argv: list[str] | None = None) -> int:
    """Print the score of the text parser's leads against the PDF italics."""
    from versioning.parsing import parse_edition

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus folder")
    parser.add_argument("--verbose", action="store_true", help="print every disagreement")
    arguments = parser.parse_args(argv)
    ours: dict[str, list[str | None]] = {}
    italics: dict[str, list[str]] = {}
    for path in corpus_pdfs(arguments.corpus):
        name = path.relative_to(arguments.corpus).as_posix()
        leads = find_leads(path.read_bytes(), name=name)
        italics[name] = [lead.phrase for lead in leads if lead.part != "subparagraph"]
        document = parse_edition(path.with_suffix(".pymupdf.txt"))
        ours[name] = [paragraph.lead for paragraph in (*document.preamble, *document.operative)]
    result = score(ours, italics)
    print(f"{len(ours)} PDFs: {result.right}/{result.total} leads are the italic words ({result.share:.4f})")
    if arguments.verbose:
        for name, mine, theirs in result.wrong:
            print(f"  {name}: parsed {list(mine)}, italics {list(theirs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
