"""The store's layout: folders from symbols (every segment checked), edition folders, tags."""

from __future__ import annotations

import subprocess

import pytest

from versioning.errors import StoreError
from versioning.store.layout import EditionPlace, split_stored_path, symbol_folder


@pytest.mark.parametrize(
    ("symbol", "folder"),
    [
        ("A/RES/67/6", "A/RES/67/6"),
        ("A/RES/67/6*", "A/RES/67/6"),
        ("A/80/L.7", "A/80/L.7"),
        ("A/RES/67/6/Corr.1", "A/RES/67/6/Corr.1"),
    ],
)
def test_a_symbol_names_its_folder(symbol: str, folder: str) -> None:
    assert symbol_folder(symbol) == folder


@pytest.mark.parametrize(
    "symbol",
    ["../../etc", "A/RES/../6", "A/RES/67/6/../../..", "/A/RES/67/6", "A/RES/67/.git", "", "A/RES/67/6/"],
)
def test_no_symbol_reaches_outside_the_store(symbol: str) -> None:
    with pytest.raises(StoreError):
        symbol_folder(symbol)


def test_an_edition_folder_holds_document_and_source() -> None:
    place = EditionPlace("A/RES/67/6", "2013-07-15", "reissue")
    assert place.folder == "A/RES/67/6/2013-07-15.reissue"
    assert place.document_path == "A/RES/67/6/2013-07-15.reissue/document.json"
    assert place.source_path("application/pdf") == "A/RES/67/6/2013-07-15.reissue/source.pdf"
    assert place.key.tag == "A/RES/67/6@2013-07-15"


def test_a_stored_path_reads_back_to_its_place() -> None:
    place = EditionPlace("A/80/L.7", "2025-10-01", "draft")
    assert split_stored_path(place.source_path("text/plain")) == (place, "source.txt")
    assert split_stored_path("README.md") is None
    assert split_stored_path("A/RES/67/6/notes/document.json") is None
    assert split_stored_path("A/RES/67/6/2013-07-15.bogus/document.json") is None


def test_an_edition_place_checks_its_date_and_kind() -> None:
    with pytest.raises(ValueError):
        EditionPlace("A/RES/67/6", "15 July 2013", "reissue")
    with pytest.raises(StoreError):
        EditionPlace("A/RES/67/6", "2013-07-15", "reprint")


@pytest.mark.parametrize(
    "reference", ["A/RES/67/6@2013-07-15", "A/80/L.7@2025-10-01", "A/RES/79/10@2024-11-18"]
)
def test_the_tag_is_the_reference_and_git_accepts_it(reference: str) -> None:
    symbol, date = reference.split("@")
    tag = EditionPlace(symbol, date, "original").key.tag
    assert tag == reference
    assert subprocess.run(["git", "check-ref-format", f"refs/tags/{tag}"], check=False).returncode == 0
