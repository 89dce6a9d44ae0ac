"""What a commit's tree holds: the editions found by listing it (``git ls-tree``), by symbol and date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from versioning.identifiers import EditionId
from versioning.store.gitcmd import Git
from versioning.store.ingest import StoredEdition
from versioning.store.layout import DOCUMENT_FILE, is_source_file, split_stored_path


@dataclass(frozen=True, slots=True)
class TreeEdition:
    """An edition folder found in a tree, with the ids of its files."""

    edition: EditionId
    document_id: str | None
    source_id: str | None
    source_file: str | None

    def stored(self, commit: str | None = None) -> StoredEdition:
        """The edition as the ingest step sees it."""
        return StoredEdition(
            self.edition, self.source_id or "", self.document_id or "", commit, self.source_file
        )


@dataclass(slots=True)
class Catalogue:
    """The editions of a tree by key, and any path that does not belong to the layout."""

    editions: dict[EditionId, TreeEdition] = field(default_factory=dict)
    strays: list[str] = field(default_factory=list)
    duplicates: list[EditionId] = field(default_factory=list)


def read_catalogue(git: Git, tree_ish: str | None, folders: Sequence[str] | None = None) -> Catalogue:
    """List the editions of ``tree_ish``: all, or those under some resolutions' folders."""
    catalogue = Catalogue()
    if tree_ish is None:
        return catalogue
    paths = ("--", *(f"{folder}/" for folder in folders)) if folders is not None else ()
    output = git.run("ls-tree", "-r", "-z", "--full-tree", tree_ish, *paths)
    found: dict[tuple[EditionId, str], dict[str, str]] = {}
    for entry in output.split(b"\0"):
        if not entry:
            continue
        meta, _, raw_path = entry.partition(b"\t")
        path = raw_path.decode("utf-8", "replace")
        parts = meta.decode().split()
        split = split_stored_path(path)
        if split is None or len(parts) != 3 or parts[1] != "blob":
            catalogue.strays.append(path)
            continue
        edition, name = split
        if name != DOCUMENT_FILE and not is_source_file(name):
            catalogue.strays.append(path)
            continue
        files = found.setdefault((edition, edition.kind or ""), {})
        if name != DOCUMENT_FILE and "source" in files:
            catalogue.strays.append(path)
            continue
        files["document" if name == DOCUMENT_FILE else "source"] = parts[2]
        if name != DOCUMENT_FILE:
            files["source_file"] = name
    for (edition, _), files in found.items():
        if edition in catalogue.editions:
            catalogue.duplicates.append(edition)
        catalogue.editions[edition] = TreeEdition(
            edition, files.get("document"), files.get("source"), files.get("source_file")
        )
    return catalogue
