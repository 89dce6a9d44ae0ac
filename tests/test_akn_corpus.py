"""Every text of the corpus exports to Akoma Ntoso that the official AKN 3.0 schema accepts, and reads back
to the same document."""

from __future__ import annotations

from pathlib import Path

import pytest
from akn_schema import AKN_XSD, schema_errors
from corpus import TEXTS, parsed

from versioning.canonical import canonical_bytes
from versioning.interop.akn_read import read_akn
from versioning.interop.akn_write import write_akn

pytestmark = pytest.mark.skipif(not TEXTS, reason="the shared corpus is not beside the checkout")


def test_the_schema_is_the_official_one() -> None:
    assert AKN_XSD.is_file()
    assert b'targetNamespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"' in AKN_XSD.read_bytes()


def test_the_schema_rejects_what_it_should() -> None:
    broken = write_akn(parsed(TEXTS[0])).replace(b'<statement name="resolution">', b"<statement>")
    assert any("name" in error for error in schema_errors(broken))


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_export_is_valid_akoma_ntoso(path: Path) -> None:
    assert schema_errors(write_akn(parsed(path))) == []


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_export_reads_back_to_the_same_document(path: Path) -> None:
    document = parsed(path)
    assert canonical_bytes(read_akn(write_akn(document), name=path.name)) == canonical_bytes(document)
