"""The store's layout: folders from symbols (every segment checked), edition folders, tags."""

from __future__ import annotations

import subprocess

import pytest

from versioning.errors import IdentifierError, StoreError
from versioning.identifiers import EditionId
from versioning.store.layout import (
    document_path,
    edition_folder,
    source_path,
    split_stored_path,
    symbol_folder,
    tag_name,
)


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


def _edition(reference: str, kind: str) -> EditionId:
    return EditionId.parse(reference, kind=kind)


def test_an_edition_folder_holds_document_and_source() -> None:
    edition = _edition("A/RES/67/6@2013-07-15", "reissue")
    assert edition_folder(edition) == "A/RES/67/6/2013-07-15.reissue"
    assert document_path(edition) == "A/RES/67/6/2013-07-15.reissue/document.json"
    assert source_path(edition, "application/pdf") == "A/RES/67/6/2013-07-15.reissue/source.pdf"
    assert tag_name(edition) == "A/RES/67/6@2013-07-15"


def test_a_stored_path_reads_back_to_its_edition() -> None:
    edition = _edition("A/80/L.7@2025-10-01", "draft")
    split = split_stored_path(source_path(edition, "text/plain"))
    assert split == (edition, "source.txt")
    assert split is not None and split[0].kind == "draft"
    assert split_stored_path("README.md") is None
    assert split_stored_path("A/RES/67/6/notes/document.json") is None
    assert split_stored_path("A/RES/67/6/2013-07-15.bogus/document.json") is None


def test_an_edition_id_checks_its_date_and_kind() -> None:
    with pytest.raises(IdentifierError):
        _edition("A/RES/67/6@15 July 2013", "reissue")
    with pytest.raises(IdentifierError):
        _edition("A/RES/67/6@2013-07-15", "reprint")
    with pytest.raises(StoreError):
        edition_folder(EditionId.parse("A/RES/67/6@2013-07-15"))  # no kind: no folder


@pytest.mark.parametrize(
    "reference", ["A/RES/67/6@2013-07-15", "A/80/L.7@2025-10-01", "A/RES/79/10@2024-11-18"]
)
def test_the_tag_is_the_reference_and_git_accepts_it(reference: str) -> None:
    tag = tag_name(_edition(reference, "original"))
    assert tag == reference
    assert subprocess.run(["git", "check-ref-format", f"refs/tags/{tag}"], check=False).returncode == 0
