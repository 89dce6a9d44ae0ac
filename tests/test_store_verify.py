"""``verify`` finds what is wrong with a store, one line per problem."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from store_documents import edition_bytes

from versioning.store import GitStore, open_store


def git(store: GitStore, *args: str, input: str | None = None) -> str:
    return subprocess.run(
        ["git", "-C", store.location, *args], capture_output=True, text=True, check=True, input=input
    ).stdout.strip()


@pytest.fixture
def store(tmp_path: Path) -> GitStore:
    store = open_store(tmp_path / "store", create=True)
    store.add([edition_bytes("A/RES/73/331", "2019-07-25", "original")])
    store.add([edition_bytes("A/RES/75/276", "2021-04-28", "original")])
    assert store.verify() == []
    return store


def _commit_on_top(store: GitStore, message: str, changes: dict[str, str | None]) -> None:
    """Make a commit outside versioning (as a person with plain git might)."""
    root = Path(store.location)
    for path, text in changes.items():
        if text is None:
            git(store, "rm", "-q", path)
        else:
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text)
            git(store, "add", path)
    git(store, "-c", "user.name=x", "-c", "user.email=x@y", "commit", "-q", "-m", message)


def test_a_moved_tag_is_reported(store: GitStore) -> None:
    git(store, "tag", "-f", "A/RES/73/331@2019-07-25", "HEAD")
    [problem] = store.verify()
    assert problem.startswith("A/RES/73/331@2019-07-25 (commit ")
    assert "tag A/RES/73/331@2019-07-25 points at" in problem


def test_a_stray_tag_and_a_missing_tag_are_reported(store: GitStore) -> None:
    git(store, "tag", "-d", "A/RES/75/276@2021-04-28")
    git(store, "tag", "release-1")
    problems = store.verify()
    assert any(p.endswith("tag A/RES/75/276@2021-04-28 is missing") for p in problems)
    assert any(
        p.startswith("tag release-1 (") and p.endswith("names no edition of the branch") for p in problems
    )


def test_an_edited_document_and_a_foreign_commit_are_reported(store: GitStore) -> None:
    path = "A/RES/73/331/2019-07-25.original/document.json"
    text = (Path(store.location) / path).read_text().replace('"session": 73', '"session": "73"')
    _commit_on_top(store, "fix a typo", {path: text, "README.md": "hello\n"})
    problems = store.verify()
    assert any(p.endswith("not an edition commit (no Edition trailer)") for p in problems)
    assert "README.md: not part of the store's layout" in problems


def test_a_source_that_does_not_match_its_hash_is_reported(store: GitStore) -> None:
    # Rewrite the last edition's commit with other source bytes under the same trailers.
    tip = store.tip()
    assert tip is not None
    message = git(store, "log", "-1", "--format=%B")
    tampered = edition_bytes("A/RES/75/276", "2021-04-28", "original").replace(b'"title"', b' "title"', 1)
    blob = (
        subprocess.run(
            ["git", "-C", store.location, "hash-object", "-w", "--stdin"],
            input=tampered,
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .strip()
    )
    git(store, "update-index", "--cacheinfo", f"100644,{blob},A/RES/75/276/2021-04-28.original/source.json")
    tree = git(store, "write-tree")
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": "2021-04-28T00:00:00+00:00",
        "GIT_AUTHOR_NAME": "x",
        "GIT_AUTHOR_EMAIL": "x@y",
    }
    env |= {"GIT_COMMITTER_NAME": "x", "GIT_COMMITTER_EMAIL": "x@y"}
    commit = subprocess.run(
        ["git", "-C", store.location, "commit-tree", tree, "-p", f"{tip}^"],
        input=message,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.strip()
    git(store, "update-ref", "refs/heads/main", commit)
    git(store, "tag", "-f", "A/RES/75/276@2021-04-28", commit)
    git(store, "read-tree", "--reset", "-u", "HEAD")
    problems = store.verify()
    # The stored document carries the hash of its source too, so the other bytes re-parse differently.
    assert problems == [
        f"A/RES/75/276@2021-04-28 (commit {commit[:10]}): source does not match its recorded SHA-256",
        f"A/RES/75/276@2021-04-28 (commit {commit[:10]}): source re-parses to a different document "
        "(stored by parser 0.1.0)",
    ]


@pytest.mark.parametrize("which", ["tip commit", "first source"])
def test_a_corrupt_object_is_reported(store: GitStore, which: str) -> None:
    revision = "HEAD" if which == "tip commit" else "HEAD~1:A/RES/73/331/2019-07-25.original/source.json"
    oid = git(store, "rev-parse", revision)
    loose = store.git_dir / "objects" / oid[:2] / oid[2:]
    assert loose.exists(), "a small add writes loose objects"
    loose.chmod(0o644)
    loose.write_bytes(b"garbage")
    problems = store.verify()
    assert any(p.startswith("git fsck: ") and oid in p for p in problems), problems
    if which == "first source":
        assert any(p.endswith("the document or the source is missing from the repository") for p in problems)
    else:
        assert "refs/heads/main: points at a missing or corrupt commit" in problems
