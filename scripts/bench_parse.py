#!/usr/bin/env python3
"""Benchmark (not a test): parse every text of the corpus in process, and extract every PDF, per page.

For each ``*.txt`` of the corpus, ``versioning.parsing.parse_edition`` is timed on the file's bytes
(already read: disk time is not counted), best of ``--repeat`` runs; for each ``*.pdf``, the text
extraction alone (``extract_pdf_text``) is timed once, and so is the whole parse of the PDF.

Pages are counted honestly from the text itself:

* a text with form feeds (``pdftotext``, and the PDF extraction, which ends every page with one) has as
  many pages as form feeds (one more if text follows the last one);
* otherwise (PyMuPDF's text, the founding document) the ``N/M`` page footers tell: the largest ``M`` among
  lines that are only ``N/M`` with ``N <= M`` (page 1 carries no such footer, hence ``M``, not their count);
* a text with neither (the founding document: its extractor dropped the page furniture) counts as one page,
  marked ``?`` in the table and left out of the ms/page totals.

Usage: ``python scripts/bench_parse.py [--corpus DIR] [--repeat N] [--no-pdf]``.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from versioning.errors import VersioningError  # noqa: E402  (needs the path above)
from versioning.parsing import parse_edition  # noqa: E402
from versioning.parsing.pdf import extract_pdf_text  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
_PAGE_FOOTER = re.compile(r"^\s*(\d{1,3})/(\d{1,3})\s*$", flags=re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Timing:
    """One file's result: its pages, the seconds one run took, and an error if it failed."""

    name: str
    pages: int
    counted_by: str  # "ff" (form feeds), "N/M" (page footers) or "?" (neither: taken as one page)
    seconds: float
    error: str | None = None

    @property
    def ms_per_page(self) -> float:
        """Milliseconds per page."""
        return 1000 * self.seconds / self.pages


def count_pages(text: str) -> tuple[int, str]:
    """The number of pages of an extracted text and how it was counted (see the module's docstring)."""
    if "\f" in text:
        return text.count("\f") + (1 if text.rsplit("\f", 1)[1].strip() else 0), "ff"
    totals = [int(m) for n, m in _PAGE_FOOTER.findall(text) if 0 < int(n) <= int(m)]
    return (max(totals), "N/M") if totals else (1, "?")


def best_time(action: Callable[[], object], repeat: int) -> float:
    """The shortest of ``repeat`` runs, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def time_file(path: Path, corpus: Path, repeat: int, pages: tuple[int, str]) -> Timing:
    """Time parse_edition on one file's bytes."""
    data = path.read_bytes()
    name = path.relative_to(corpus).as_posix()
    try:
        return Timing(name, *pages, best_time(lambda: parse_edition(data, name=name), repeat))
    except VersioningError as error:
        return Timing(name, *pages, 0.0, str(error))


def bench_texts(corpus: Path, repeat: int) -> list[Timing]:
    """Parse every text of the corpus."""
    timings = []
    for path in sorted(corpus.glob("*/*.txt")):
        pages = count_pages(path.read_text(encoding="utf-8", errors="replace"))
        timings.append(time_file(path, corpus, repeat, pages))
    return timings


def bench_pdfs(corpus: Path) -> tuple[list[Timing], list[Timing]]:
    """Extract the text of every PDF of the corpus, then parse every PDF whole, each once."""
    extractions, parses = [], []
    for path in sorted(corpus.glob("*/*.pdf")):
        data = path.read_bytes()
        name = path.relative_to(corpus).as_posix()
        start = time.perf_counter()
        text = extract_pdf_text(data, name=name)
        extraction = Timing(name, *count_pages(text), time.perf_counter() - start)
        extractions.append(extraction)
        parses.append(time_file(path, corpus, 1, (extraction.pages, extraction.counted_by)))
    return extractions, parses


def print_table(title: str, timings: list[Timing]) -> None:
    """One row a file, then the total: pages (and how counted), ms per parse, ms per page."""
    print(f"\n{title}")
    print(f"{'file':<52} {'pages':>5} {'by':>3} {'ms':>9} {'ms/page':>8}")
    for timing in timings:
        row = f"{timing.name:<52} {timing.pages:>5} {timing.counted_by:>3}"
        if timing.error:
            print(f"{row} {'error':>9}  {timing.error[:60]}")
        else:
            print(f"{row} {1000 * timing.seconds:>9.2f} {timing.ms_per_page:>8.2f}")
    counted = [timing for timing in timings if not timing.error and timing.counted_by != "?"]
    if counted:
        pages = sum(timing.pages for timing in counted)
        seconds = sum(timing.seconds for timing in counted)
        median = statistics.median(timing.ms_per_page for timing in counted)
        failed = sum(1 for timing in timings if timing.error)
        label = f"total ({len(counted)} files with counted pages, {failed} failed)"
        print(f"{label:<56} {pages:>5} {1000 * seconds:>9.2f} {1000 * seconds / pages:>8.2f}", end="")
        print(f"   median {median:.2f} ms/page")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus folder")
    parser.add_argument("--repeat", type=int, default=5, help="runs per text; the best counts (default 5)")
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDFs (slow: pdfminer is pure Python)")
    arguments = parser.parse_args(argv)
    print_table(
        f"parse_edition on extracted texts (in process, best of {arguments.repeat})",
        bench_texts(arguments.corpus, arguments.repeat),
    )
    if not arguments.no_pdf:
        extractions, parses = bench_pdfs(arguments.corpus)
        print_table("extract_pdf_text (pdfminer.six), one run", extractions)
        print_table("parse_edition on PDFs (extraction + parse), one run", parses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
