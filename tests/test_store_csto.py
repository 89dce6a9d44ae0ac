"""The CSTO series from the corpus, through the real parser into a real git store."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from versioning.parsing import parse_edition
from versioning.store import AddStatus, GitStore, open_store

CSTO = Path(__file__).parents[1].parent / "shared" / "corpus" / "csto"
SERIES = ["A/RES/67/6", "A/RES/73/331", "A/RES/75/276", "A/RES/77/13", "A/RES/79/10"]
EXTRACTIONS_OF_79_10 = [
    "A-RES-79-10.pymupdf.txt",
    "A-RES-79-10.pdftotext-layout.txt",
    "A-RES-79-10.pdftotext-raw.txt",
]


def git(store: GitStore, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", store.location, *args], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[GitStore, dict[str, object]]:
    store = open_store(tmp_path_factory.mktemp("csto") / "store", create=True)
    files = sorted(CSTO.glob("*.txt")) + sorted(CSTO.glob("*.pdf"))
    results = store.add(files)
    return store, {Path(str(result.source_name)).name: result for result in results}


def test_the_series_is_five_editions(stored: tuple[GitStore, dict[str, object]]) -> None:
    store, _ = stored
    assert [str(s) for s in store.symbols()] == SERIES
    assert len(store.editions()) == 5
    assert git(store, "rev-list", "--count", "HEAD").strip() == "5"


def test_three_extractions_and_the_pdf_of_79_10_are_one_edition(
    stored: tuple[GitStore, dict[str, object]],
) -> None:
    store, by_name = stored
    pdf = by_name["A-RES-79-10.pdf"]
    others = [by_name[name] for name in EXTRACTIONS_OF_79_10]
    assert pdf.status is AddStatus.ADDED  # type: ignore[attr-defined]
    assert [o.status for o in others] == [AddStatus.OTHER_SOURCE] * 3  # type: ignore[attr-defined]
    assert {o.reference for o in others} == {pdf.reference}  # type: ignore[attr-defined]
    assert {o.commit for o in others} == {pdf.commit}  # type: ignore[attr-defined]
    assert store.read_source("A/RES/79/10") == (CSTO / "A-RES-79-10.pdf").read_bytes()


def test_git_reports_the_commits_dates_tags_and_files(stored: tuple[GitStore, dict[str, object]]) -> None:
    store, _ = stored
    expected = {}
    for name in [
        "A-RES-67-6.reissue-2013-07-15.txt",
        *(f"A-RES-{s}.pymupdf.txt" for s in ("73-331", "75-276", "77-13")),
    ]:
        document = parse_edition(CSTO / name)
        expected[str(document.symbol)] = (document, name)
    pdf_document = parse_edition(CSTO / "A-RES-79-10.pdf")
    expected[str(pdf_document.symbol)] = (pdf_document, "A-RES-79-10.pdf")

    assert git(store, "tag").split() == sorted(document.reference for document, _ in expected.values())
    log = git(store, "log", "--reverse", "--format=%H|%as|%s|%(trailers:key=Source-File,valueonly)%x00")
    dates = []
    for line in log.split("\0")[:-1]:
        commit, date, subject, source_file = line.strip().split("|")
        symbol = subject.split(":")[0]
        document, name = expected[symbol]
        assert date == document.edition.date
        assert subject == f"{symbol}: {document.edition.kind} of {date}"
        assert source_file.strip() == name
        assert git(store, "rev-parse", f"{document.reference}^{{commit}}").strip() == commit
        folder = f"{symbol}/{date}.{document.edition.kind}"
        shown = subprocess.run(
            ["git", "-C", store.location, "show", f"{document.reference}:{folder}/document.json"],
            capture_output=True,
            check=True,
        ).stdout
        assert store.read(document.reference) == document
        assert shown == store.read_document_bytes(document.reference)
        dates.append(date)
    assert dates == sorted(dates)  # added together, the history reads in date order
    assert store.read("A/RES/67/6").reference == "A/RES/67/6@2013-07-15"
    assert store.read("A/RES/67/6@reissue").edition.kind == "reissue"


def test_adding_the_series_again_changes_nothing(stored: tuple[GitStore, dict[str, object]]) -> None:
    store, _ = stored
    tip = store.tip()
    results = store.add_directory(CSTO, include=["*.txt", "*.pdf"])
    assert AddStatus.ADDED not in {r.status for r in results}
    assert store.tip() == tip


def test_the_stored_series_verifies(stored: tuple[GitStore, dict[str, object]]) -> None:
    store, _ = stored
    assert store.verify() == []
