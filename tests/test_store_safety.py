"""Safety of the git store: kill -9 at random moments, sixteen writers at once, recovery, compare-and-swap."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from store_documents import edition_bytes
from torture import concurrency_trial, crash_trial

from versioning.errors import StoreError
from versioning.store import AddStatus, open_store, transaction
from versioning.store.transaction import Update, apply_update, journal_pending

TESTS = Path(__file__).parent

TRIAL_ROUNDS = int(os.environ.get("VERSIONING_CRASH_ROUNDS", "10"))
"""Kills per store in the default run; ``scripts/torture`` runs hundreds of adds."""


@pytest.mark.slow
@pytest.mark.parametrize("bare", [False, True], ids=["work-tree", "bare"])
def test_a_writer_killed_at_random_moments_never_loses_an_acknowledged_edition(
    tmp_path: Path, bare: bool
) -> None:
    figures = crash_trial(tmp_path, rounds=TRIAL_ROUNDS, bare=bare)
    print(figures.line("kill -9"))
    assert figures.lost == []
    assert figures.false_alarms == []
    assert figures.stuck_locks == []
    assert figures.acknowledged > TRIAL_ROUNDS, (
        "the writer never got to add anything: the test proves nothing"
    )


@pytest.mark.slow
def test_sixteen_writers_readers_and_verify_at_once_lose_nothing_and_raise_no_false_alarm(
    tmp_path: Path,
) -> None:
    figures = concurrency_trial(tmp_path, writers=16, readers=2, per_writer=6)
    print(figures.line("16 writers"))
    assert figures.sound(), figures
    # 8 writers of 6 distinct editions each, 8 of the same corpus texts (some are one edition's extractions)
    assert figures.acknowledged >= 8 * 6 + 10
    store = open_store(tmp_path / "store")
    assert len(store.editions()) == figures.acknowledged


def test_an_add_interrupted_after_the_branch_moved_is_completed_by_the_next_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path / "store", create=True)
    store.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])

    def die(*_: object) -> None:
        raise KeyboardInterrupt  # stands for a kill between the ref transaction and the work tree

    monkeypatch.setattr(transaction, "sync_work_tree", die)
    with pytest.raises(KeyboardInterrupt):
        store.add([edition_bytes("A/RES/75/276", "2021-04-28", "original")])
    monkeypatch.undo()
    assert journal_pending(store.git_dir)
    (store.git_dir / "index.lock").write_text("")  # a dead writer's git lock

    again = open_store(tmp_path / "store")
    assert again.verify() == []
    assert not journal_pending(again.git_dir)
    assert [info.reference for info in again.editions()] == [
        "A/RES/73/331@2019-07-25",
        "A/RES/75/276@2021-04-28",
    ]
    assert (tmp_path / "store" / "A/RES/75/276/2021-04-28.original/document.json").exists()
    [result] = again.add([edition_bytes("A/RES/77/13", "2022-11-21", "original")])
    assert result.status is AddStatus.ADDED


def test_an_add_interrupted_before_the_branch_moved_leaves_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store", create=True)
    store.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])
    tip = store.tip()
    assert tip is not None
    # A journal for a write whose ref transaction never ran, and a tag it may have half made.
    orphan = store.git.run("commit-tree", "-p", tip, "-m", "orphan", f"{tip}^{{tree}}").decode().strip()
    transaction._write_journal(
        store.git_dir, Update(store.branch, tip, orphan, {"A/RES/1/1@2000-01-01": orphan})
    )
    store.git.run("update-ref", "refs/tags/A/RES/1/1@2000-01-01", orphan)
    assert store.recover()
    assert store.tip() == tip
    assert store.git.resolve("refs/tags/A/RES/1/1@2000-01-01") is None
    assert store.verify() == []


def test_the_branch_moves_only_from_where_the_writer_read_it(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store", create=True)
    store.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])
    tip = store.tip()
    assert tip is not None
    stale = store.git.run("commit-tree", "-m", "elsewhere", f"{tip}^{{tree}}").decode().strip()
    new = (
        store.git.run("commit-tree", "-p", stale, "-m", "on a stale tip", f"{tip}^{{tree}}").decode().strip()
    )
    with pytest.raises(StoreError, match="branch moved"):
        apply_update(store.git, Update(store.branch, stale, new, {"A/RES/9/9@2000-01-01": new}))
    assert store.tip() == tip
    assert store.git.resolve("refs/tags/A/RES/9/9@2000-01-01") is None
    assert not journal_pending(store.git_dir)


def test_a_writer_waits_for_the_lock_and_gives_up_with_a_clear_message(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store", create=True)
    from versioning.store.locking import StoreLock

    with StoreLock(store.git_dir), pytest.raises(StoreError, match=f"locked by pid {os.getpid()}"):
        StoreLock(store.git_dir, timeout=0.2).acquire()


def test_git_lock_files_left_by_a_killed_writer_do_not_block_the_next(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store", create=True)
    store.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])
    finished = subprocess.Popen(["true"])
    finished.wait()
    (store.git_dir / "versioning.lock").write_text(f"{finished.pid}\n")  # the killed writer's pid
    for name in ("refs/versioning/incoming.lock", "packed-refs.lock", "index.lock", "refs/heads/main.lock"):
        lock = store.git_dir / name
        lock.parent.mkdir(parents=True, exist_ok=True)
        lock.write_text("")
    [result] = store.add([edition_bytes("A/RES/75/276", "2021-04-28", "original")])
    assert result.status is AddStatus.ADDED
    assert store.verify() == []
    assert [path.name for path in store.git_dir.rglob("*.lock")] == ["versioning.lock"]
