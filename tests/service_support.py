"""A store built from the corpus for the service's tests, and the token they write with."""

from __future__ import annotations

from pathlib import Path

from versioning.store import GitStore, open_store

CSTO = Path(__file__).parents[1].parent / "shared" / "corpus" / "csto"
STORED = [
    CSTO / "A-RES-67-6.reissue-2013-07-15.txt",
    CSTO / "A-RES-73-331.pymupdf.txt",
    CSTO / "A-RES-75-276.pymupdf.txt",
    CSTO / "A-RES-79-10.pymupdf.txt",
]
"""The CSTO series without A/RES/77/13, which the tests add through the API."""
NOT_STORED = CSTO / "A-RES-77-13.pymupdf.txt"
TOKEN = "a-test-token-of-some-length"


def build_store(folder: Path) -> GitStore:
    """A git store at ``folder/store`` holding :data:`STORED`."""
    store = open_store(folder / "store", create=True)
    store.add(STORED)
    return store


def write_token(folder: Path) -> Path:
    """A token file holding :data:`TOKEN`."""
    path = folder / "token"
    path.write_text(TOKEN + "\n", encoding="utf-8")
    return path
