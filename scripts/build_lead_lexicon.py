#!/usr/bin/env python3
"""Build ``versioning/data/leads.json``: the lead phrases of resolutions, read from the italics of their PDFs.

A lead is the opening run of a paragraph that the official document sets in italics ("Having considered",
"Referring also", "Takes note with appreciation").  Plain text loses the italics, so the text parser needs
the list of phrases; the PDFs of the corpus carry them in their font names (``TimesNewRomanPS-ItalicMT``).

Only the run that *opens* a paragraph counts, which keeps out the other italics of a resolution (titles of
publications, Latin words, "The General Assembly", the closing "39th plenary meeting"):

* the body of the resolution only: from the line "The General Assembly," to the line "... plenary meeting";
* lines in the body's font size (footnotes and running headers are smaller);
* the first line of a paragraph, which UN layout indents from the body's left margin;
* preamble: the line opens with italics; operative: the line opens with its number ("3.") and then
  italics; sub-paragraph: "(a)" or "(ii)" and then italics (recorded apart, under ``subparagraph``);
* an unnumbered paragraph is operative when it ends with a full stop, a semicolon or a colon (a lone
  operative paragraph, which UN style leaves unnumbered, or one that introduces a declaration), preambular
  when it ends with a comma; a paragraph without final punctuation (cut short by a heading) is preambular
  when its lead is a participle ("Noting"), operative otherwise.

Phrases are cleaned (whitespace collapsed, trailing punctuation stripped) and keep exactly the words in
italics.  A short supplementary list (below, with its source) adds leads of the project's founding document
that no PDF of the corpus happens to contain.  The output is deterministic: sorted lists, sorted keys.

Usage: ``python scripts/build_lead_lexicon.py [--corpus DIR] [--output FILE]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from versioning.parsing.pdf import PageLine, TextRun, read_pdf_pages  # noqa: E402  (needs the path above)

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_OUTPUT = REPO / "versioning" / "data" / "leads.json"
CORPUS_FOLDERS = ("csto", "cooperation", "editions")

# Leads of the founding document, A/RES/67/6 (reissued 15 July 2013; csto/A-RES-67-6.reissue-2013-07-15.txt
# in the corpus), which the text parser must know.  Its official PDF is not in the corpus, so its italics
# cannot be read; each phrase is added only where no corpus PDF sets it in italics.  Today every one of
# them is found in some corpus PDF (A/RES/79/10 alone has all but "Welcoming also" and "Acknowledging"),
# so the supplement adds nothing: it keeps the founding document's leads known if the corpus changes.
SUPPLEMENT_SOURCE = "A/RES/67/6 (reissue of 15 July 2013), the project's founding document"
SUPPLEMENT = {
    "preamble": (
        "Acknowledging",
        "Having considered",
        "Noting",
        "Noting with satisfaction",
        "Referring",
        "Referring also",
        "Referring further",
        "Welcoming",
        "Welcoming also",
    ),
    "operative": (
        "Decides",
        "Encourages",
        "Invites",
        "Notes with appreciation",
        "Requests",
        "Takes note with appreciation",
        "Welcomes",
    ),
}

# Opening phrases in common General Assembly usage that no corpus PDF happens to contain, so that texts
# beyond the corpus get their whole lead ("Bearing in mind", not "Bearing").  Each is italicised whole in the
# resolutions that use it (as the corpus PDFs show for their own phrases); like the founding document's, each
# is added only where no corpus PDF sets it in italics, and the file lists them apart.
USAGE_SOURCE = "phrases in common General Assembly usage, not in the corpus PDFs"
USAGE = {
    "preamble": (
        "Alarmed", "Aware", "Bearing in mind", "Believing", "Cognizant", "Deeply concerned",
        "Deeply convinced", "Deeply disturbed", "Deeply regretting", "Desiring",
        "Expressing its satisfaction", "Fully aware", "Further recalling", "Gravely concerned",
        "Having adopted", "Having examined", "Having heard", "Having received", "Keeping in mind",
        "Mindful", "Noting with regret", "Noting with deep concern", "Observing", "Seeking",
        "Underlining", "Viewing with appreciation",
    ),
    "operative": (
        "Also invites", "Calls upon", "Condemns", "Declares", "Demands", "Designates",
        "Draws the attention", "Emphasizes also", "Expresses its hope", "Further invites",
        "Further requests", "Proclaims", "Requests also", "Decides also", "Stresses also",
        "Strongly urges",
    ),
}  # fmt: skip

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
    lines = [line for page in read_pdf_pages(data, name=name) for line in page.lines]
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


def build_lexicon(corpus: Path) -> dict[str, object]:
    """The lexicon as a JSON-ready mapping, deterministic for a given corpus."""
    counts: dict[str, Counter[str]] = {part: Counter() for part in ("preamble", "operative", "subparagraph")}
    sources = []
    for path in corpus_pdfs(corpus):
        name = path.relative_to(corpus).as_posix()
        sources.append(name)
        for lead in find_leads(path.read_bytes(), name=name):
            counts[lead.part][lead.phrase] += 1
    supplemented = {
        part: sorted(phrase for phrase in phrases if phrase not in counts[part])
        for part, phrases in SUPPLEMENT.items()
    }
    usage = {
        part: sorted(
            phrase for phrase in phrases if phrase not in counts[part] and phrase not in supplemented[part]
        )
        for part, phrases in USAGE.items()
    }
    lexicon: dict[str, object] = {
        "sources": sources,
        "preamble": sorted(set(counts["preamble"]) | set(supplemented["preamble"]) | set(usage["preamble"])),
        "operative": sorted(
            set(counts["operative"]) | set(supplemented["operative"]) | set(usage["operative"])
        ),
        "subparagraph": sorted(counts["subparagraph"]),
        "counts": {part: dict(sorted(counter.items())) for part, counter in counts.items()},
        "supplement": {"source": SUPPLEMENT_SOURCE, **supplemented},
        "usage": {"source": USAGE_SOURCE, **usage},
    }
    return lexicon


def render_lexicon(lexicon: dict[str, object]) -> str:
    """The file's bytes as text: UTF-8 JSON, sorted keys, two-space indent, newline at the end."""
    return json.dumps(lexicon, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Build the lexicon and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus folder")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="the JSON file to write")
    parser.add_argument("--quiet", action="store_true", help="print nothing")
    arguments = parser.parse_args(argv)
    lexicon = build_lexicon(arguments.corpus)
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_text(render_lexicon(lexicon), encoding="utf-8")
    if not arguments.quiet:
        counts = lexicon["counts"]
        assert isinstance(counts, dict)
        print(f"{len(lexicon['sources'])} PDFs read; wrote {arguments.output}")  # type: ignore[arg-type]
        for part in ("preamble", "operative", "subparagraph"):
            phrases = lexicon[part]
            assert isinstance(phrases, list)
            print(f"{part}: {len(phrases)} phrases, {sum(counts[part].values())} paragraphs")
        supplement = lexicon["supplement"]
        assert isinstance(supplement, dict)
        print(f"supplement: {supplement['preamble'] + supplement['operative']} from {supplement['source']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
