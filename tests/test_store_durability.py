"""Durability, locks, store creation, snapshot verification and tampering, on real corpus texts."""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

import pytest
from corpus import CORPUS, FOUNDING

from versioning.errors import StoreError
from versioning.store import AddStatus, GitStore, init_store, open_store, transaction
from versioning.store.locking import LOCK_FILE
from versioning.store.transaction import journal_pending

CSTO = sorted((CORPUS / "csto").glob("*.pymupdf.txt"))
"""73/331, 75/276, 77/13 and 79/10."""
TESTS = Path(__file__).parent


def git(store: GitStore, *args: str, input: bytes | None = None) -> str:
    completed = subprocess.run(
        ["git", "-C", str(store.git_dir), *args], input=input, capture_output=True, check=True
    )
    return completed.stdout.decode().strip()


def dead_pid() -> int:
    """The pid of a process that has ended."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


@pytest.fixture
def store(tmp_path: Path) -> GitStore:
    store = open_store(tmp_path / "store", create=True)
    store.add([FOUNDING, CSTO[0]])
    return store


# -- durability ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("bare", [False, True])
def test_a_new_store_and_every_git_command_flush_what_they_write(tmp_path: Path, bare: bool) -> None:
    store, _ = init_store(tmp_path / "store", bare=bare)
    config = subprocess.run(
        ["git", "config", "--file", str(store.git_dir / "config"), "--list"], capture_output=True, text=True
    ).stdout
    assert "core.fsync=all" in config
    assert "core.fsyncmethod=fsync" in config
    assert ("core.bare=true" in config) is bare
    # Every git process the store starts (fast-import included) gets the same setting from its environment.
    shown = store.git.text("config", "--show-origin", "--get", "core.fsync")
    assert shown.split() == ["command", "line:", "all"] or shown.endswith("all")
    assert store.git.env["GIT_NO_REPLACE_OBJECTS"] == "1"


def test_an_add_flushes_the_folders_of_the_refs_it_moved(
    store: GitStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[Path] = []
    import versioning.store.durability as durability

    real = durability.fsync_directory
    monkeypatch.setattr(durability, "fsync_directory", lambda path: (flushed.append(path), real(path)))
    monkeypatch.setattr(durability, "sync_file_system", lambda path: False)  # as where there is no syncfs
    [result] = store.add([CSTO[1]])
    assert result.status is AddStatus.ADDED
    assert store.git_dir in flushed
    assert store.git_dir / "refs/heads" in flushed
    assert store.git_dir / "refs/tags/A/RES/75" in flushed


def test_an_add_syncs_the_stores_file_system_where_it_can(
    store: GitStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import versioning.store.durability as durability

    synced: list[Path] = []
    real = durability.sync_file_system
    monkeypatch.setattr(durability, "sync_file_system", lambda path: (synced.append(path), real(path))[1])
    [result] = store.add([CSTO[1]])
    assert result.status is AddStatus.ADDED
    assert synced == [store.git_dir]
    assert real(store.git_dir) is (sys.platform == "linux")


# -- git lock files -----------------------------------------------------------------------------------


def test_git_locks_of_a_writer_that_died_are_cleared_with_a_message(
    store: GitStore, caplog: pytest.LogCaptureFixture
) -> None:
    pid = dead_pid()
    (store.git_dir / LOCK_FILE).write_text(f"{pid}\n")  # what a writer killed while holding the lock leaves
    for name in ("index.lock", "refs/heads/main.lock", "refs/tags/A/RES/73/331@2019-07-31.lock"):
        (store.git_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (store.git_dir / name).write_text("")  # fresh: a kill a moment ago
    with caplog.at_level(logging.WARNING, logger="versioning.store"):
        [result] = store.add([CSTO[1]])
    assert result.status is AddStatus.ADDED
    assert f"removed index.lock, left by versioning writer pid {pid}" in caplog.text
    assert "refs/tags/A/RES/73/331@2019-07-31.lock" in caplog.text
    assert [p.name for p in store.git_dir.rglob("*.lock")] == [LOCK_FILE]
    assert (store.git_dir / LOCK_FILE).read_text() == ""  # a finished writer leaves nothing to clear
    assert store.verify() == []


def test_a_git_lock_held_by_a_live_git_command_is_waited_for(store: GitStore) -> None:
    lock = store.git_dir / "index.lock"
    lock.write_text("")
    threading.Timer(0.5, lock.unlink).start()  # a person's git command finishing
    started = time.monotonic()
    [result] = store.add([CSTO[1]])
    assert result.status is AddStatus.ADDED
    assert time.monotonic() - started >= 0.4


def test_a_git_lock_that_stays_stops_the_add_with_one_line_before_writing(
    store: GitStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("versioning.store.locking.GIT_LOCK_TIMEOUT", 0.3)
    (store.git_dir / "index.lock").write_text("")
    tip = store.tip()
    with pytest.raises(StoreError) as raised:
        store.add([CSTO[1]])
    message = str(raised.value)
    assert "\n" not in message
    assert message.endswith(
        "index.lock is held by a git command outside versioning (waited 0.3 s);"
        " if no git command is running in the store, remove it"
    )
    assert store.tip() == tip
    assert (store.git_dir / LOCK_FILE).read_text() == ""  # not taken for a dead writer's leftovers


def test_the_command_line_reports_a_held_lock_in_one_line(store: GitStore, tmp_path: Path) -> None:
    (store.git_dir / "index.lock").write_text("")
    completed = subprocess.run(
        [sys.executable, "-m", "versioning", "--store", store.location, "add", str(CSTO[1])],
        capture_output=True,
        text=True,
        env={**os.environ, "VERSIONING_GIT_LOCK_TIMEOUT": "0.2"},
    )
    assert completed.returncode == 2
    assert completed.stderr.count("\n") == 1
    assert "index.lock is held by a git command outside versioning" in completed.stderr


def test_an_add_whose_refs_moved_succeeds_though_the_work_tree_cannot_follow(
    store: GitStore, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = transaction.flush_published

    def then_a_git_command_takes_the_index(*args: object) -> None:
        real(*args)  # type: ignore[arg-type]
        (store.git_dir / "index.lock").write_text("")

    monkeypatch.setattr(transaction, "flush_published", then_a_git_command_takes_the_index)
    with caplog.at_level(logging.WARNING, logger="versioning.store"):
        [result] = store.add([CSTO[1]])
    assert result.status is AddStatus.ADDED
    assert "the editions are stored, the next command will update the work tree" in caplog.text
    assert journal_pending(store.git_dir)
    (store.git_dir / "index.lock").unlink()  # the other git command ends
    assert store.verify() == []
    assert not journal_pending(store.git_dir)
    assert (Path(store.location) / "A/RES/75/276/2021-04-29.original/source.txt").exists()


def test_an_add_whose_ref_transaction_landed_but_reported_failure_succeeds(
    store: GitStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = transaction._update_refs

    def landed_then_failed(*args: object, **options: object) -> None:
        real(*args, **options)  # type: ignore[arg-type]
        raise StoreError("git update-ref failed: error: cannot update the reflog")

    monkeypatch.setattr(transaction, "_update_refs", landed_then_failed)
    [result] = store.add([CSTO[1]])
    assert result.status is AddStatus.ADDED
    monkeypatch.undo()
    assert "A/RES/75/276@2021-04-29" in {info.reference for info in store.editions()}
    assert store.verify() == []


def test_an_add_whose_ref_transaction_failed_reports_failure(
    store: GitStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failed(*_: object, **__: object) -> None:
        raise StoreError("git update-ref failed: fatal: no space left")

    monkeypatch.setattr(transaction, "_update_refs", failed)
    with pytest.raises(StoreError, match="no space left"):
        store.add([CSTO[1]])


# -- creating a store ----------------------------------------------------------------------------------

CREATOR = """
import sys
from pathlib import Path
from versioning.store import init_store, open_store
path, bare, source = sys.argv[1], sys.argv[2] == "bare", Path(sys.argv[3])
store = init_store(path, bare=True)[0] if bare else open_store(path, create=True)
for result in store.add([source]):
    print(result.reference)
"""


@pytest.mark.parametrize("bare", [False, True])
def test_many_processes_creating_the_same_store_at_once_all_succeed(tmp_path: Path, bare: bool) -> None:
    texts = [FOUNDING, *CSTO]
    path = tmp_path / "new" / "store"
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                CREATOR,
                str(path),
                "bare" if bare else "work-tree",
                str(texts[n % len(texts)]),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(8)
    ]
    outcomes = [process.communicate() for process in processes]
    assert [
        (process.returncode, errors) for process, (_, errors) in zip(processes, outcomes, strict=True)
    ] == [(0, "")] * 8
    store = open_store(path)
    assert (store.work_tree is None) is bare
    acknowledged = {line for output, _ in outcomes for line in output.split()}
    assert {info.reference for info in store.editions()} == acknowledged
    assert len(acknowledged) == 5  # the three extractions of 79/10 are one edition
    assert store.verify() == []
    assert not [p for p in path.parent.iterdir() if ".creating-" in p.name]
    assert not [p for p in path.iterdir() if ".creating-" in p.name]


# -- verify: one snapshot ------------------------------------------------------------------------------


def test_verify_while_writers_add_finds_nothing_wrong(tmp_path: Path) -> None:
    from torture import start_writer

    path = tmp_path / "store"
    open_store(path, create=True).add([FOUNDING])
    writers = [start_writer(path, kind, 100 * n, 10) for n, kind in enumerate(["made", "made", "same"])]
    store = open_store(path)
    runs = 0
    while any(writer.poll() is None for writer in writers) or runs < 3:
        assert store.verify() == []
        runs += 1
    assert all(writer.wait() == 0 for writer in writers)
    assert store.verify() == []


def test_verify_checks_the_refs_as_they_were_when_it_began(
    store: GitStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer that publishes an edition while verify reads the history causes no false alarm."""
    import versioning.store.verify as verify

    real = verify._read_commits
    other = open_store(store.location)

    def a_writer_publishes_meanwhile(*args: object) -> object:
        commits = real(*args)  # type: ignore[arg-type]
        other.add([CSTO[1]])
        return commits

    monkeypatch.setattr(verify, "_read_commits", a_writer_publishes_meanwhile)
    assert store.verify() == []
    monkeypatch.undo()
    assert "A/RES/75/276@2021-04-29" in {info.reference for info in store.editions()}


# -- tampering -----------------------------------------------------------------------------------------

REFERENCE = "A/RES/67/6@2013-07-15"
SOURCE_PATH = "A/RES/67/6/2013-07-15.reissue/source.txt"
DOCUMENT_PATH = "A/RES/67/6/2013-07-15.reissue/document.json"


def _forge(store: GitStore, tmp_path: Path) -> tuple[str, str, bytes]:
    """A commit like the founding edition's, with one word of its text changed and its trailers kept
    consistent (the document re-parsed, the source's SHA-256 recomputed); return (original, forged, text)."""
    from versioning.canonical import canonical_bytes
    from versioning.parsing import parse_bytes

    original = store.git.resolve(f"refs/tags/{REFERENCE}")
    assert original is not None
    source = FOUNDING.read_bytes()
    altered = source.replace(b"cooperation", b"partnership", 1)
    assert altered != source
    document = canonical_bytes(parse_bytes(altered, name=FOUNDING.name))
    index = tmp_path / "forged-index"
    env = {**os.environ, "GIT_INDEX_FILE": str(index), "GIT_DIR": str(store.git_dir)}

    def run(*args: str, input: bytes | None = None) -> str:
        return (
            subprocess.run(["git", *args], input=input, env=env, capture_output=True, check=True)
            .stdout.decode()
            .strip()
        )

    run("read-tree", f"{original}^{{tree}}")
    for path, data in ((SOURCE_PATH, altered), (DOCUMENT_PATH, document)):
        blob = run("hash-object", "-w", "--stdin", input=data)
        run("update-index", "--cacheinfo", f"100644,{blob},{path}")
    tree = run("write-tree")
    message = run("log", "-1", "--format=%B", original)
    old_hash = hashlib.sha256(source).hexdigest()
    message = message.replace(old_hash, hashlib.sha256(altered).hexdigest())
    parents = run("log", "-1", "--format=%P", original).split()
    env |= {"GIT_AUTHOR_DATE": run("log", "-1", "--format=%aI", original), "GIT_AUTHOR_NAME": "versioning"}
    env |= {
        "GIT_AUTHOR_EMAIL": "versioning@localhost",
        "GIT_COMMITTER_NAME": "x",
        "GIT_COMMITTER_EMAIL": "x@y",
    }
    forged = run(
        "commit-tree", tree, *(arg for parent in parents for arg in ("-p", parent)), input=message.encode()
    )
    return original, forged, altered


def test_a_replaced_edition_is_not_served_and_verify_reports_the_replacement(store: GitStore) -> None:
    """``git replace`` of the edition's commit and files, its trailers kept consistent with the new text."""
    from versioning.canonical import canonical_bytes
    from versioning.parsing import parse_bytes

    original = git(store, "rev-parse", f"refs/tags/{REFERENCE}^{{commit}}")
    source = FOUNDING.read_bytes()
    altered = source.replace(b"cooperation", b"partnership", 1)
    document = canonical_bytes(parse_bytes(altered, name=FOUNDING.name))
    for path, data in ((SOURCE_PATH, altered), (DOCUMENT_PATH, document)):
        git(
            store,
            "replace",
            git(store, "rev-parse", f"{original}:{path}"),
            git(store, "hash-object", "-w", "--stdin", input=data),
        )
    message = git(store, "cat-file", "commit", original).replace(
        hashlib.sha256(source).hexdigest(), hashlib.sha256(altered).hexdigest()
    )
    forged = git(store, "hash-object", "-t", "commit", "-w", "--stdin", input=message.encode())
    git(store, "replace", original, forged)
    assert git(store, "show", f"{REFERENCE}:{SOURCE_PATH}").encode() == altered.strip()  # plain git is fooled
    assert store.read_source(REFERENCE) == source
    shown = subprocess.run(
        [sys.executable, "-m", "versioning", "--store", store.location, "show", REFERENCE, "--source"],
        capture_output=True,
    )
    assert shown.stdout == source
    assert store.read(REFERENCE).to_dict() == parse_bytes(source, name=FOUNDING.name).to_dict()
    problems = store.verify()
    assert len(problems) == 3
    assert (
        f"refs/replace/{original}: replaces object {original[:10]} with {forged[:10]} for plain git"
        + (f" (versioning reads the original; remove it with git replace -d {original})")
        in problems
    )
    assert all(problem.startswith("refs/replace/") for problem in problems)


def test_a_replaced_source_blob_is_not_served(store: GitStore) -> None:
    blob = git(store, "rev-parse", f"HEAD:{SOURCE_PATH}")
    other = git(
        store, "hash-object", "-w", "--stdin", input=FOUNDING.read_bytes().replace(b"Invites", b"Urges")
    )
    git(store, "replace", blob, other)
    assert store.read_source(REFERENCE) == FOUNDING.read_bytes()
    assert store.read(REFERENCE).to_dict() == open_store(store.location).read(REFERENCE).to_dict()
    [problem] = store.verify()
    assert problem.startswith(f"refs/replace/{blob}: replaces object")


def test_a_graft_and_a_tag_moved_to_a_forged_commit_are_reported(store: GitStore, tmp_path: Path) -> None:
    original, forged, _ = _forge(store, tmp_path)
    tip = store.tip()
    assert tip is not None and tip != original
    git(store, "tag", "-f", REFERENCE, forged)
    (store.git_dir / "info").mkdir(exist_ok=True)
    (store.git_dir / "info" / "grafts").write_text(f"{tip} {forged}\n")  # the history now runs through it
    problems = store.verify()
    assert (
        "info/grafts: rewrites the parents plain git shows (versioning ignores it; remove the file)"
        in problems
    )
    assert (
        f"{REFERENCE} (commit {original[:10]}): tag {REFERENCE} points at {forged[:10]} (the tag moved)"
        in problems
    )
    assert store.read_source(REFERENCE) == FOUNDING.read_bytes()


def test_an_object_whose_bytes_do_not_hash_to_its_id_is_reported(store: GitStore) -> None:
    blob = git(store, "rev-parse", f"HEAD:{SOURCE_PATH}")
    loose = store.git_dir / "objects" / blob[:2] / blob[2:]
    assert loose.exists(), "a small add writes loose objects"
    other = FOUNDING.read_bytes().replace(b"Invites", b"Urges")
    loose.chmod(0o644)
    loose.write_bytes(zlib.compress(b"blob %d\0" % len(other) + other))
    problems = store.verify()
    assert any(
        p == f"{REFERENCE} (commit " + p.split("commit ")[1][:10] + f"): {SOURCE_PATH} does not hash to "
        f"its object id {blob[:10]}"
        for p in problems
    ), problems
    assert any(p.startswith("git fsck: ") and blob in p for p in problems), problems


def test_the_command_line_says_when_it_clears_a_dead_writers_lock(store: GitStore) -> None:
    pid = dead_pid()
    (store.git_dir / LOCK_FILE).write_text(f"{pid}\n")
    (store.git_dir / "index.lock").write_text("")
    completed = subprocess.run(
        [sys.executable, "-m", "versioning", "--store", store.location, "add", str(CSTO[1])],
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == (
        f"warning: {store.git_dir}: removed index.lock, left by versioning writer pid {pid}, which stopped"
        " without finishing (the store's lock was free, so none of its git processes is running)\n"
    )
    assert completed.stdout.startswith("added: A/RES/75/276@2021-04-29")
