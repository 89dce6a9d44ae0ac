"""Safety of the git store: kill -9 at random moments, six concurrent writers, recovery, compare-and-swap."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_documents import edition_bytes

from versioning.errors import StoreError
from versioning.store import AddStatus, open_store, transaction
from versioning.store.transaction import Update, apply_update, journal_pending

TESTS = Path(__file__).parent

WRITER = """
import sys
from store_documents import edition_bytes
from versioning.store import open_store

store = open_store(sys.argv[1], create=True)
first, count, batch = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
for start in range(first, first + count, batch):
    numbers = range(start, min(start + batch, first + count))
    sources = [edition_bytes(f"A/RES/70/{n}", "2015-10-%02d" % (1 + n % 28), "original") for n in numbers]
    for result in store.add(sources):
        print(result.reference, flush=True)
"""


def _writer(store: Path, first: int, count: int, batch: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store), str(first), str(count), str(batch)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own process group, so that a test can kill it with its git processes
    )


@pytest.mark.slow
def test_a_writer_killed_at_random_moments_never_leaves_half_an_edition(tmp_path: Path) -> None:
    path = tmp_path / "store"
    open_store(path, create=True)
    confirmed: set[str] = set()
    rng = random.Random(20131115)
    first = 1
    pending: list[bool] = []
    for round_number in range(6):
        batch = 1 if round_number % 2 == 0 else 7
        writer = _writer(path, first, 400, batch)
        assert writer.stdout is not None
        confirmed.add(writer.stdout.readline().strip())  # the writer is adding: now kill it at random
        time.sleep(rng.uniform(0.0, 0.4))
        if round_number % 3 == 2:  # the writer and the git processes it runs, at once
            os.killpg(writer.pid, signal.SIGKILL)
        else:
            writer.send_signal(signal.SIGKILL)
        output, _ = writer.communicate()
        confirmed.update(output.split())
        first += 400
        pending.append(journal_pending(path / ".git"))
        store = open_store(path)
        # The next command works without repair; an add whose result was printed is there.
        assert store.verify() == [], f"round {round_number}"
        stored = {info.reference for info in store.editions()}
        assert confirmed <= stored
        assert not journal_pending(store.git_dir)
        git = ["git", "-C", str(path)]
        assert subprocess.run([*git, "status", "--porcelain"], capture_output=True, text=True).stdout == ""
    assert len(confirmed) > 8, "the writer never got to add anything: the test proves nothing"
    print(
        f"{len(confirmed)} editions confirmed; killed mid-publish in {sum(pending)} of {len(pending)} rounds"
    )


@pytest.mark.slow
def test_six_processes_adding_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "store"
    open_store(path, create=True)
    writers = [_writer(path, 100 * n, 1, 1) for n in range(1, 7)]
    outputs = [writer.communicate()[0] for writer in writers]
    assert all(writer.returncode == 0 for writer in writers)
    store = open_store(path)
    expected = {f"A/RES/70/{100 * n}@2015-10-{1 + (100 * n) % 28:02d}" for n in range(1, 7)}
    assert {line.strip() for line in outputs} == expected
    assert {info.reference for info in store.editions()} == expected
    assert (
        subprocess.run(
            ["git", "-C", str(path), "rev-list", "--count", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        == "6"
    )
    assert store.verify() == []


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
