"""The git store against real git: commits, author dates, messages, trailers, tags, files, history."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from corpus import FOUNDING
from store_documents import edition_bytes, same_edition_other_bytes, stored_document

from versioning import __version__
from versioning.errors import (
    DocumentInvalid,
    EditionConflict,
    EditionNotFound,
    IdentifierError,
    InputError,
    StoreError,
)
from versioning.store import AddStatus, GitStore, init_store, open_store


def git(store: GitStore | Path, *args: str) -> str:
    where = store.location if isinstance(store, GitStore) else str(store)
    return subprocess.run(["git", "-C", where, *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def store(tmp_path: Path) -> GitStore:
    return open_store(tmp_path / "store", create=True)


def test_opening_a_missing_store_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="versioning init"):
        open_store(tmp_path / "nowhere")


def test_one_commit_per_edition_dated_named_and_trailed(store: GitStore, tmp_path: Path) -> None:
    source = tmp_path / "A-RES-67-6.json"
    source.write_bytes(edition_bytes())
    [result] = store.add([source])
    assert result.status is AddStatus.ADDED
    assert result.reference == str(result.edition) == "A/RES/67/6@2013-07-15"

    log = git(store, "log", "--format=%H|%aI|%s|%(trailers:only,unfold)")
    commit, author_date, subject, trailers = log.strip().split("|")
    assert commit == result.commit
    assert author_date == "2013-07-15T00:00:00+00:00"
    assert subject == "A/RES/67/6: reissue of 2013-07-15"
    assert trailers.splitlines() == [
        "Edition: A/RES/67/6@2013-07-15",
        "Edition-Kind: reissue",
        f"Source-SHA256: {hashlib.sha256(source.read_bytes()).hexdigest()}",
        "Source-File: A-RES-67-6.json",
        f"Parser-Version: {__version__}",
    ]
    assert git(store, "tag").split() == ["A/RES/67/6@2013-07-15"]
    assert git(store, "rev-parse", "A/RES/67/6@2013-07-15^{commit}").strip() == commit
    assert git(store, "show", "--name-only", "--format=", commit).split() == [
        "A/RES/67/6/2013-07-15.reissue/document.json",
        "A/RES/67/6/2013-07-15.reissue/source.json",
    ]
    # The work tree holds the same files: the store can be browsed.
    folder = Path(store.location) / "A/RES/67/6/2013-07-15.reissue"
    assert (folder / "source.json").read_bytes() == source.read_bytes()
    assert git(store, "status", "--porcelain") == ""


def test_the_source_is_kept_byte_for_byte_and_read_back(store: GitStore) -> None:
    data = edition_bytes().replace(b'"symbol"', b'  "symbol"', 1)  # other bytes, same document
    store.add([data])
    assert store.read_source("A/RES/67/6") == data
    assert store.read("A/RES/67/6@2013-07-15") == stored_document(data)


def test_adding_the_same_edition_again_is_a_no_op_that_says_so(store: GitStore) -> None:
    [first] = store.add([edition_bytes()])
    tip = store.tip()
    [again] = store.add([edition_bytes()])
    assert again.status is AddStatus.ALREADY_STORED
    assert again.commit == first.commit
    assert store.tip() == tip


def test_a_second_extraction_of_a_stored_edition_is_not_a_new_edition(store: GitStore) -> None:
    store.add([edition_bytes()])
    tip = store.tip()
    [other] = store.add([same_edition_other_bytes()])  # same document, other bytes
    assert other.status is AddStatus.OTHER_SOURCE
    assert store.tip() == tip
    assert len(store.editions()) == 1


def test_a_different_text_under_a_stored_key_leaves_the_store_as_it_was(store: GitStore) -> None:
    store.add([edition_bytes()])
    refs = git(store, "for-each-ref")
    with pytest.raises(EditionConflict) as caught:
        store.add([edition_bytes(wording="Encourages")])  # same symbol and date, other words
    assert "first difference: $.preamble" in str(caught.value) or "first difference: $.operative" in str(
        caught.value
    )
    assert git(store, "for-each-ref") == refs


def test_a_replaced_text_keeps_the_old_commit_and_moves_the_tag(store: GitStore) -> None:
    [first] = store.add([edition_bytes()])
    [second] = store.add([edition_bytes(wording="Encourages")], replace=True)
    assert git(store, "rev-parse", "refs/tags/A/RES/67/6@2013-07-15").strip() == second.commit
    assert git(store, "rev-parse", f"{second.commit}^").strip() == first.commit
    assert f"Replaces: {first.commit}" in git(store, "log", "-1", "--format=%B", str(second.commit))
    assert store.verify() == []


def test_several_extractions_in_one_call_make_one_edition(store: GitStore) -> None:
    results = store.add([edition_bytes(), same_edition_other_bytes(), edition_bytes()])
    assert [r.status for r in results] == [AddStatus.ADDED, AddStatus.OTHER_SOURCE, AddStatus.ALREADY_STORED]
    assert len({r.commit for r in results}) == 1
    assert git(store, "rev-list", "--count", "HEAD").strip() == "1"


def test_history_reads_in_date_order_when_added_together(store: GitStore) -> None:
    store.add(
        [
            edition_bytes("A/RES/79/10", "2024-11-18", "original"),
            edition_bytes("A/RES/73/331", "2019-07-25", "original"),
        ]
    )
    assert git(store, "log", "--reverse", "--format=%as %s").splitlines() == [
        "2019-07-25 A/RES/73/331: original of 2019-07-25",
        "2024-11-18 A/RES/79/10: original of 2024-11-18",
    ]


def test_references_resolve_to_the_latest_a_date_or_a_kind(store: GitStore) -> None:
    store.add(
        [
            edition_bytes("A/RES/67/6", "2013-01-31", "original"),
            edition_bytes("A/RES/67/6", "2013-07-15", "reissue"),
        ]
    )
    assert store.read("A/RES/67/6").edition.date == "2013-07-15"
    assert store.read("A/RES/67/6@2013-01-31").edition.kind == "original"
    assert store.read("A/RES/67/6@original").edition.date == "2013-01-31"
    assert store.read("A/RES/67/6@reissue").edition.date == "2013-07-15"
    with pytest.raises(EditionNotFound, match="2013-01-31 \\(original\\), 2013-07-15 \\(reissue\\)"):
        store.read("A/RES/67/6@2014-01-01")
    with pytest.raises(EditionNotFound, match="A/RES/99/1"):
        store.read("A/RES/99/1")
    with pytest.raises(IdentifierError):
        store.read("A/RES/67/6@yesterday")


def test_a_file_reference_is_parsed_on_the_fly(store: GitStore, tmp_path: Path) -> None:
    path = tmp_path / "edition.json"
    path.write_bytes(edition_bytes("A/RES/75/276", "2021-04-28", "original"))
    assert str(store.read(str(path)).symbol) == "A/RES/75/276"
    assert store.read_source(str(path)) == path.read_bytes()
    assert store.editions() == []


def test_editions_and_symbols_list_what_is_stored(store: GitStore) -> None:
    store.add([edition_bytes("A/RES/79/10", "2024-11-18", "original")])
    store.add(
        [
            edition_bytes("A/RES/67/6", "2013-07-15", "reissue"),
            edition_bytes("A/RES/67/10", "2013-01-02", "original"),
        ]
    )
    infos = store.editions()
    assert [(e.reference, e.kind) for e in infos] == [
        ("A/RES/67/10@2013-01-02", "original"),
        ("A/RES/67/6@2013-07-15", "reissue"),
        ("A/RES/79/10@2024-11-18", "original"),
    ]
    assert all(git(store, "rev-parse", f"{e.tag}^{{commit}}").strip() == e.commit for e in infos)
    assert [e.reference for e in store.editions("A/RES/67/6")] == ["A/RES/67/6@2013-07-15"]
    assert [str(s) for s in store.symbols()] == ["A/RES/67/6", "A/RES/67/10", "A/RES/79/10"]


def test_history_is_the_commits_touching_the_folder_never_a_copy(store: GitStore) -> None:
    # Two near-identical resolutions: `git log --follow` copy detection could link them; the folder does not.
    store.add([edition_bytes("A/RES/77/13", "2022-11-21", "original")])
    store.add([edition_bytes("A/RES/79/10", "2024-11-18", "original")])
    store.add([edition_bytes("A/RES/77/13", "2023-02-01", "reissue")])
    assert [h.reference for h in store.history("A/RES/79/10")] == ["A/RES/79/10@2024-11-18"]
    assert [h.reference for h in store.history("A/RES/77/13")] == [
        "A/RES/77/13@2023-02-01",
        "A/RES/77/13@2022-11-21",
    ]
    assert len(store.history()) == 3
    assert store.history("A/RES/1/1") == []


def test_add_dir_leaves_a_commit_graph_with_changed_paths(store: GitStore, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(1, 4):
        (folder / f"{number}.json").write_bytes(edition_bytes(f"A/RES/77/{number}", "2022-11-21", "original"))
    store.add_directory(folder)
    chain = store.git_dir / "objects" / "info" / "commit-graphs" / "commit-graph-chain"
    assert chain.exists()
    assert git(store, "commit-graph", "verify") == ""
    # The graph covers every commit and carries changed-path (Bloom) filters.
    graph = (
        store.git_dir / "objects" / "info" / "commit-graphs" / f"graph-{chain.read_text().split()[-1]}.graph"
    )
    assert b"BIDX" in graph.read_bytes() and b"BDAT" in graph.read_bytes()


def test_rejection_leaves_head_index_and_work_tree_unchanged(store: GitStore, tmp_path: Path) -> None:
    store.add([edition_bytes()])
    root = Path(store.location)
    (root / "notes.txt").write_text("a person's own file\n")
    index = (store.git_dir / "index").read_bytes()
    before = (
        git(store, "rev-parse", "HEAD"),
        git(store, "status", "--porcelain"),
        git(store, "tag"),
        sorted(root.rglob("*")),
    )
    objects_before = git(store, "count-objects", "-v")

    bad = tmp_path / "bad.json"
    bad.write_text('{"symbol": "A/RES/1/1"}')
    good = tmp_path / "good.json"
    good.write_bytes(edition_bytes("A/RES/79/10", "2024-11-18", "original"))
    with pytest.raises(DocumentInvalid, match=r"bad\.json"):
        store.add([good, bad])
    with pytest.raises(InputError, match="no such file"):
        store.add([good, tmp_path / "missing.txt"])

    after = (
        git(store, "rev-parse", "HEAD"),
        git(store, "status", "--porcelain"),
        git(store, "tag"),
        sorted(root.rglob("*")),
    )
    assert after == before
    assert (store.git_dir / "index").read_bytes() == index
    assert git(store, "count-objects", "-v") == objects_before


def test_an_empty_store_reads_as_empty(store: GitStore) -> None:
    assert store.editions() == []
    assert store.history() == []
    assert store.symbols() == []
    assert store.verify() == []
    with pytest.raises(EditionNotFound):
        store.read("A/RES/67/6")


def test_a_bare_store_works_the_same(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(tmp_path / "bare.git")], check=True)
    with pytest.raises(StoreError, match="not a versioning store"):
        open_store(tmp_path / "bare.git")  # a repository made by git alone is not a store until init
    store, created = init_store(tmp_path / "bare.git")
    assert not created and store.work_tree is None
    [result] = store.add([edition_bytes()])
    assert result.status is AddStatus.ADDED
    assert store.read("A/RES/67/6") == stored_document(edition_bytes())
    assert git(tmp_path / "bare.git", "log", "--format=%s").strip() == "A/RES/67/6: reissue of 2013-07-15"
    assert store.verify() == []


def test_add_directory_takes_every_edition_file(store: GitStore, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.json").write_bytes(edition_bytes("A/RES/73/331", "2019-07-25", "original"))
    (folder / "sub" / "b.json").write_bytes(edition_bytes("A/RES/75/276", "2021-04-28", "original"))
    (folder / "notes.md").write_text("not an edition")
    seen: list[tuple[str, int, int]] = []
    results = store.add_directory(
        folder, progress=lambda stage, done, total: seen.append((stage, done, total))
    )
    assert [r.status for r in results] == [AddStatus.ADDED, AddStatus.ADDED]
    assert seen == [("parsing", 1, 2), ("parsing", 2, 2), ("writing", 2, 2)]
    assert [str(s) for s in store.symbols()] == ["A/RES/73/331", "A/RES/75/276"]
    with pytest.raises(InputError, match="no edition files"):
        store.add_directory(folder / "sub", include=["*.pdf"])


def test_an_edition_older_than_git_dates_is_stored_with_its_true_date_in_the_trailer(store: GitStore) -> None:
    [result] = store.add([edition_bytes("A/RES/1/1", "1946-01-24", "original")])
    assert result.reference == "A/RES/1/1@1946-01-24"
    assert git(store, "log", "--format=%as %(trailers:key=Edition,valueonly)").split() == [
        "1970-01-01",
        "A/RES/1/1@1946-01-24",
    ]
    assert [e.date for e in store.editions()] == ["1946-01-24"]
    assert store.verify() == []


def test_a_large_folder_is_parsed_in_parallel_and_committed_in_date_order(
    store: GitStore, tmp_path: Path
) -> None:
    from versioning.store.ingest import PARALLEL_THRESHOLD

    folder = tmp_path / "many"
    folder.mkdir()
    count = PARALLEL_THRESHOLD + 6
    for number in range(1, count + 1):
        date = f"20{10 + number % 10}-0{1 + number % 9}-1{number % 10}"
        (folder / f"{number:03d}.json").write_bytes(edition_bytes(f"A/RES/78/{number}", date, "original"))
    results = store.add_directory(folder)
    assert [r.status for r in results] == [AddStatus.ADDED] * count
    assert [r.reference.split("@")[0] for r in results] == [f"A/RES/78/{n}" for n in range(1, count + 1)]
    dates = git(store, "log", "--reverse", "--format=%as").split()
    assert len(dates) == count and dates == sorted(dates)
    assert store.verify() == []


def test_an_ordinary_git_repository_is_not_taken_for_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from versioning.cli import main

    project = tmp_path / "project"
    subprocess.run(["git", "init", "-q", "-b", "main", str(project)], check=True)
    (project / "README").write_text("a project\n")
    for command in (
        ["add", "README"],
        ["-c", "user.email=a@b", "-c", "user.name=A", "commit", "-qm", "start"],
    ):
        subprocess.run(["git", "-C", str(project), *command], check=True)
    head = git(project, "rev-parse", "HEAD")
    assert main(["--store", str(project), "add", str(FOUNDING)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a git repository, but not a versioning store" in err
    assert git(project, "rev-parse", "HEAD") == head and git(project, "tag") == ""
    assert main(["--store", str(project), "init"]) == 0  # on purpose: now it is a store
    assert main(["--store", str(project), "add", str(FOUNDING)]) == 0


def test_a_store_made_before_the_mark_is_still_opened(store: GitStore) -> None:
    store.add([edition_bytes()])
    (store.git_dir / "versioning-store").unlink()
    reopened = open_store(store.location)
    assert [e.reference for e in reopened.editions()] == ["A/RES/67/6@2013-07-15"]
    assert (store.git_dir / "versioning-store").is_file()
