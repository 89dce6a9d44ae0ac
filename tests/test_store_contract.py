"""The interface both stores share: the in-memory store behaves as the git store does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from store_documents import edition_bytes, same_edition_other_bytes, stored_document

from versioning.errors import DocumentInvalid, EditionConflict, EditionNotFound, StoreError
from versioning.store import AddStatus, MemoryStore, Store, open_store

Factory = Callable[[Path], Store]
FACTORIES: dict[str, Factory] = {
    "git": lambda tmp: open_store(tmp / "store", create=True),
    "memory": lambda tmp: MemoryStore(),
}


@pytest.fixture(params=sorted(FACTORIES))
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    return FACTORIES[request.param](tmp_path)


def test_add_read_and_list(store: Store) -> None:
    results = store.add([edition_bytes("A/RES/67/6", "2013-01-31", "original"), edition_bytes()])
    assert [r.status for r in results] == [AddStatus.ADDED, AddStatus.ADDED]
    assert all(r.commit for r in results)
    assert store.read("A/RES/67/6") == stored_document(edition_bytes())
    original = edition_bytes("A/RES/67/6", "2013-01-31", "original")
    assert store.read("A/RES/67/6@original") == stored_document(original)
    assert store.read_source("A/RES/67/6@2013-07-15") == edition_bytes()
    assert [(e.reference, e.kind) for e in store.editions("A/RES/67/6")] == [
        ("A/RES/67/6@2013-01-31", "original"),
        ("A/RES/67/6@2013-07-15", "reissue"),
    ]
    assert [h.reference for h in store.history("A/RES/67/6")] == [
        "A/RES/67/6@2013-07-15",
        "A/RES/67/6@2013-01-31",
    ]
    assert [str(symbol) for symbol in store.symbols()] == ["A/RES/67/6"]
    assert store.verify() == []


def test_read_latest_reads_every_resolution_in_one_pass(store: Store) -> None:
    assert store.read_latest() == []
    store.add([edition_bytes("A/RES/67/6", "2013-01-31", "original"), edition_bytes()])
    store.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])
    latest = store.read_latest()
    assert [d.reference for d in latest] == ["A/RES/67/6@2013-07-15", "A/RES/73/331@2019-07-25"]
    assert latest == [store.read(symbol) for symbol in store.symbols()]
    assert [str(d.symbol) for d in store.read_latest(["A/RES/73/331"])] == ["A/RES/73/331"]
    with pytest.raises(EditionNotFound):
        store.read_latest(["A/RES/1/1"])


def test_same_edition_and_other_source(store: Store) -> None:
    [added] = store.add([edition_bytes()])
    [same] = store.add([edition_bytes()])
    [other] = store.add([same_edition_other_bytes()])
    assert (same.status, same.commit) == (AddStatus.ALREADY_STORED, added.commit)
    assert (other.status, other.commit) == (AddStatus.OTHER_SOURCE, added.commit)
    assert len(store.editions()) == 1


def test_a_different_text_under_a_stored_key_is_refused_then_replaced_on_request(store: Store) -> None:
    [added] = store.add([edition_bytes()])
    before = (store.editions(), store.history())
    with pytest.raises(EditionConflict) as caught:
        store.add([edition_bytes(wording="Urges")])
    assert caught.value.reference == "A/RES/67/6@2013-07-15"
    assert (store.editions(), store.history()) == before
    assert store.read("A/RES/67/6").operative[0].lead == "Invites"
    [replaced] = store.add([edition_bytes(wording="Urges")], replace=True)
    assert replaced.status is AddStatus.REPLACED and replaced.commit != added.commit
    assert store.read("A/RES/67/6@2013-07-15").operative[0].lead == "Urges"
    assert [e.reference for e in store.editions()] == ["A/RES/67/6@2013-07-15"]
    assert len(store.history("A/RES/67/6")) == 2  # the replaced text stays in the history
    assert store.verify() == []


def test_a_reissue_with_a_damaged_date_is_stored_as_the_user_says(store: Store) -> None:
    store.add([edition_bytes("A/RES/67/6", "2013-01-31", "original")])
    damaged = edition_bytes("A/RES/67/6", "2013-01-31", "original", wording="Urges")
    with pytest.raises(EditionConflict):
        store.add([damaged])
    [result] = store.add([damaged], as_reissue="2013-07-15")
    assert (result.status, result.reference, result.kind) == (
        AddStatus.ADDED,
        "A/RES/67/6@2013-07-15",
        "reissue",
    )
    assert [e.reference for e in store.editions("A/RES/67/6")] == [
        "A/RES/67/6@2013-01-31",
        "A/RES/67/6@2013-07-15",
    ]


def test_all_or_nothing(store: Store) -> None:
    with pytest.raises(DocumentInvalid):
        store.add([edition_bytes(), b'{"symbol": "A/RES/1/1"}'])
    assert store.editions() == []
    with pytest.raises(EditionNotFound):
        store.read("A/RES/67/6")


def test_memory_store_cannot_be_shared() -> None:
    with pytest.raises(StoreError):
        MemoryStore().push()
    with pytest.raises(StoreError):
        MemoryStore().pull()
