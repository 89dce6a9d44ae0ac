"""The library functions the HTTP service calls (``versioning.api``), on an in-memory store."""

from __future__ import annotations

import pytest
from store_documents import edition_bytes

from versioning import api
from versioning.errors import EditionConflict, EditionNotFound, IdentifierError
from versioning.store import AddStatus, MemoryStore


@pytest.fixture
def store() -> MemoryStore:
    memory = MemoryStore()
    memory.add(
        [
            edition_bytes("A/RES/67/6", "2013-07-15", "reissue"),
            edition_bytes("A/RES/68/1", "2013-10-01", "original", title="Whales and the sea"),
            edition_bytes("A/RES/68/2", "2013-10-02", "original", title="Cooperation at sea"),
        ]
    )
    return memory


def test_stored_references_are_never_paths() -> None:
    assert str(api.stored_reference("A/RES/67/6@2013-07-15")) == "A/RES/67/6@2013-07-15"
    assert api.stored_reference("A/RES/67/6@original").selector == "original"
    for text in ("pyproject.toml", "/etc/passwd", "../store", "A/RES/67/6@soon", ""):
        with pytest.raises(IdentifierError):
            api.stored_reference(text)


def test_list_resolutions_filters_by_session_and_title_words(store: MemoryStore) -> None:
    def symbols(**filters: object) -> list[str]:
        return [str(d.symbol) for d in api.list_resolutions(store, **filters)]  # type: ignore[arg-type]

    assert symbols() == ["A/RES/67/6", "A/RES/68/1", "A/RES/68/2"]
    assert symbols(session=68) == ["A/RES/68/1", "A/RES/68/2"]
    assert symbols(words="SEA whales") == ["A/RES/68/1"]
    assert symbols(words="sea", session=67) == []


def test_list_resolutions_matches_agenda_sub_items(store: MemoryStore) -> None:
    item = api.list_resolutions(store)[0].agenda_items[0]
    head = item.split()[0]
    assert api.list_resolutions(store, agenda_item=head)
    assert not api.list_resolutions(store, agenda_item=head + "9")


def test_describe_resolution_and_its_absence(store: MemoryStore) -> None:
    overview = api.describe_resolution(store, "A/RES/68/1")
    assert overview.latest.title == "Whales and the sea"
    assert [info.reference for info in overview.editions] == ["A/RES/68/1@2013-10-01"]
    assert overview.series is not None
    with pytest.raises(EditionNotFound):
        api.describe_resolution(store, "A/RES/99/1")


def test_add_edition_then_already_stored_then_conflict(store: MemoryStore) -> None:
    data = edition_bytes("A/RES/68/3", "2013-10-03", "original")
    assert api.add_edition(store, data, name="a.json").status is AddStatus.ADDED
    assert api.add_edition(store, data).status is AddStatus.ALREADY_STORED
    other = edition_bytes("A/RES/68/3", "2013-10-03", "original", wording="Encourages")
    with pytest.raises(EditionConflict):
        api.add_edition(store, other)


def test_an_unsafe_upload_name_is_not_recorded() -> None:
    data = edition_bytes("A/RES/68/3", "2013-10-03", "original")
    assert api.prepare_upload(data, name="../../x\nEdition: forged").source_name is None
    assert api.prepare_upload(data, name="dir/A-RES-68-3.json").source_name == "A-RES-68-3.json"


def test_compare_sources_parses_both_and_stores_nothing() -> None:
    old = edition_bytes("A/RES/68/3", "2013-10-03", "original")
    new = edition_bytes("A/RES/68/3", "2013-10-03", "original", wording="Encourages")
    comparison = api.compare_sources(old, new)
    assert comparison.changes.has_differences()
    assert not api.compare_sources(old, old).changes.has_differences()
