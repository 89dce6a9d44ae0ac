"""Sharing stores through a bare repository on disk: push, pull, and the refusal to merge histories."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from store_documents import edition_bytes

from versioning.errors import StoreError
from versioning.store import GitStore, open_store


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    path = tmp_path / "shared.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(path)], check=True)
    return path


def _store(tmp_path: Path, name: str) -> GitStore:
    return open_store(tmp_path / name, create=True)


def test_push_then_pull_round_trip(tmp_path: Path, remote: Path) -> None:
    alice = _store(tmp_path, "alice")
    alice.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])
    alice.add([edition_bytes("A/RES/75/276", "2021-04-28", "original")])
    pushed = alice.push(str(remote))
    assert (pushed.old, pushed.new, pushed.editions) == (None, alice.tip(), 2)

    bob = _store(tmp_path, "bob")
    pulled = bob.pull(str(remote))
    assert pulled.editions == 2
    assert bob.tip() == alice.tip()
    assert bob.editions() == alice.editions()
    assert bob.read_source("A/RES/75/276") == edition_bytes("A/RES/75/276", "2021-04-28", "original")
    assert (tmp_path / "bob" / "A/RES/75/276/2021-04-28.original/source.json").exists()
    assert bob.verify() == []

    bob.add([edition_bytes("A/RES/77/13", "2022-11-21", "original")])
    bob.push(str(remote))
    again = alice.pull(str(remote))
    assert again.editions == 1
    assert [e.reference for e in alice.editions()][-1] == "A/RES/77/13@2022-11-21"
    assert str(alice.pull(str(remote))).endswith("already up to date")
    assert alice.verify() == []


def test_diverged_histories_are_refused_both_ways(tmp_path: Path, remote: Path) -> None:
    alice = _store(tmp_path, "alice")
    alice.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])
    alice.push(str(remote))
    bob = _store(tmp_path, "bob")
    bob.pull(str(remote))

    alice.add([edition_bytes("A/RES/75/276", "2021-04-28", "original")])
    alice.push(str(remote))
    bob.add([edition_bytes("A/RES/77/13", "2022-11-21", "original")])
    bob_tip = bob.tip()

    with pytest.raises(StoreError, match="the remote has editions this store lacks"):
        bob.push(str(remote))
    with pytest.raises(StoreError, match=r"different edition histories.*no merge"):
        bob.pull(str(remote))
    assert bob.tip() == bob_tip
    assert [e.reference for e in bob.editions()] == ["A/RES/73/331@2019-07-25", "A/RES/77/13@2022-11-21"]
    assert bob.verify() == []


def test_pulling_from_a_store_that_is_behind_changes_nothing(tmp_path: Path, remote: Path) -> None:
    alice = _store(tmp_path, "alice")
    alice.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])
    alice.push(str(remote))
    alice.add([edition_bytes("A/RES/75/276", "2021-04-28", "original")])
    tip = alice.tip()
    result = alice.pull(str(remote))
    assert result.editions == 0
    assert alice.tip() == tip


def test_pushing_an_empty_store_is_refused(tmp_path: Path, remote: Path) -> None:
    with pytest.raises(StoreError, match="empty"):
        _store(tmp_path, "empty").push(str(remote))
