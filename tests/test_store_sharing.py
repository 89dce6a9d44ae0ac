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


def _commit_on_top(store: GitStore, path: str, data: bytes, message: str) -> str:
    """A commit made outside versioning (a hostile remote's): ``path`` set to ``data`` on the tip."""
    work = store.work_tree
    assert work is not None
    (work / path).parent.mkdir(parents=True, exist_ok=True)
    (work / path).write_bytes(data)
    for command in (["add", path], ["commit", "-q", "-m", message]):
        subprocess.run(["git", "-C", str(work), *command], check=True, capture_output=True)
    return subprocess.run(
        ["git", "-C", str(work), "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()


def test_pull_refuses_a_commit_that_alters_an_edition(tmp_path: Path, remote: Path) -> None:
    alice = _store(tmp_path, "alice")
    alice.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])
    alice.push(str(remote))
    bob = _store(tmp_path, "bob")
    bob.pull(str(remote))
    altered = edition_bytes("A/RES/73/331", "2019-07-25", "original", wording="Urges")
    path = "A/RES/73/331/2019-07-25.original/document.json"
    _commit_on_top(
        alice, path, altered, "A/RES/73/331: original of 2019-07-25\n\nEdition: A/RES/73/331@2019-07-25"
    )
    subprocess.run(["git", "-C", str(remote.parent / "alice"), "push", "-q", str(remote), "main"], check=True)
    before = bob.tip()
    with pytest.raises(
        StoreError, match=r"pull from .* refused: A/RES/73/331@2019-07-25 \(commit \w+\): changes"
    ):
        bob.pull(str(remote))
    assert bob.tip() == before
    assert bob.read("A/RES/73/331").operative[0].lead == "Invites"


def test_pull_refuses_a_commit_that_is_not_an_edition(tmp_path: Path, remote: Path) -> None:
    alice = _store(tmp_path, "alice")
    alice.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])
    _commit_on_top(alice, "notes.txt", b"hello", "a note")
    subprocess.run(["git", "-C", str(tmp_path / "alice"), "push", "-q", str(remote), "main"], check=True)
    bob = _store(tmp_path, "bob")
    with pytest.raises(StoreError, match="not an edition commit"):
        bob.pull(str(remote))
    assert bob.tip() is None


def test_show_reads_an_edition_from_its_own_commit_not_the_tip(tmp_path: Path) -> None:
    store = _store(tmp_path, "store")
    store.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])
    path = "A/RES/73/331/2019-07-25.original/document.json"
    altered = edition_bytes("A/RES/73/331", "2019-07-25", "original", wording="Urges")
    _commit_on_top(store, path, altered, "tamper")
    assert store.read("A/RES/73/331@2019-07-25").operative[0].lead == "Invites"
    assert any("not an edition commit" in line for line in store.verify())


@pytest.mark.parametrize("remote_name", ["--upload-pack=touch pwned", "-oops", "ext::sh -c touch% pwned"])
def test_option_looking_remotes_are_refused(tmp_path: Path, remote_name: str) -> None:
    store = _store(tmp_path, "store")
    store.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])
    for action in (store.pull, store.push):
        with pytest.raises(StoreError, match="not a remote name, path or URL"):
            action(remote_name)
    assert not (tmp_path / "store" / "pwned").exists() and not Path("pwned").exists()
