"""Running the ``git`` binary on the store's repository.

The store talks to git through its command line, as GitPython's ``repo.git`` does, but without importing
GitPython: commands such as ``show`` and ``log`` must start in a few tens of milliseconds, and a ``git``
process answers a path query faster than parsing objects in Python.  Every failure becomes a
:class:`~versioning.errors.StoreError` naming the store and git's own first line of complaint.

Every git process the store starts reads objects as they are and writes them durably:

- ``GIT_NO_REPLACE_OBJECTS`` and an empty graft file: ``git replace`` and ``info/grafts`` can make git show
  other content under an edition's commit id; the store never honours them (``verify`` reports them);
- :data:`DURABLE_CONFIG` (``core.fsync=all``): objects, packs, refs and the index are flushed to disk
  before git reports success, so an edition ``add`` acknowledged survives a power cut.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

from versioning.errors import StoreError

IDENTITY = ("versioning", "versioning@localhost")
"""The name and e-mail of the commits (and reflog entries) the store writes."""

ZERO_ID = "0" * 40

DURABLE_CONFIG = (
    ("core.fsync", "all"),
    ("core.fsyncMethod", "fsync"),
    ("advice.graftFileDeprecated", "false"),
)
"""Configuration every git process of the store runs with (and that a new store's config records, so that
a person's own git commands in the store are as durable): fsync every file git writes before it says it
succeeded (git >= 2.36; older versions ignore the keys)."""


def durable_environment(base: Mapping[str, str]) -> dict[str, str]:
    """``base`` with the store's reading and writing rules: no replacements, no grafts, fsync everything.

    The configuration goes through ``GIT_CONFIG_COUNT`` (git >= 2.31), after any the caller set, so that it
    reaches every git process, ``fast-import`` included, without a ``-c`` on each command line.
    """
    env = dict(base)
    env["GIT_NO_REPLACE_OBJECTS"] = "1"
    env["GIT_GRAFT_FILE"] = os.devnull
    try:
        count = int(env.get("GIT_CONFIG_COUNT", "0"))
    except ValueError:
        count = 0
    for offset, (key, value) in enumerate(DURABLE_CONFIG):
        env[f"GIT_CONFIG_KEY_{count + offset}"] = key
        env[f"GIT_CONFIG_VALUE_{count + offset}"] = value
    env["GIT_CONFIG_COUNT"] = str(count + len(DURABLE_CONFIG))
    return env


class Git:
    """The ``git`` command, bound to one repository (and its work tree, when it has one)."""

    def __init__(self, git_dir: Path, work_tree: Path | None) -> None:
        self.git_dir = git_dir
        self.work_tree = work_tree
        env = dict(os.environ)
        for name in ("GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES"):
            env.pop(name, None)
        env.update(GIT_DIR=str(git_dir), LC_ALL="C", GIT_TERMINAL_PROMPT="0")
        if work_tree is not None:
            env["GIT_WORK_TREE"] = str(work_tree)
        else:
            env.pop("GIT_WORK_TREE", None)
        for role in ("AUTHOR", "COMMITTER"):  # reflog entries need an identity even where git has none
            env.setdefault(f"GIT_{role}_NAME", IDENTITY[0])
            env.setdefault(f"GIT_{role}_EMAIL", IDENTITY[1])
        self.env: Mapping[str, str] = durable_environment(env)
        self.pass_fds: tuple[int, ...] = ()
        """Descriptors every git process inherits: the store's lock while it is held, so that the git
        processes of a writer killed mid-way keep the store locked until they have finished."""

    @property
    def cwd(self) -> Path:
        """The directory git runs in: the work tree, or the repository itself when bare."""
        return self.work_tree or self.git_dir

    def run(self, *args: str, input: bytes | None = None, check: bool = True) -> bytes:
        """Run ``git ARGS`` and return its standard output; raise :class:`StoreError` when it fails."""
        completed = self.completed(*args, input=input)
        if check and completed.returncode != 0:
            raise self.error(args, completed.stderr)
        return completed.stdout

    def completed(self, *args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        """Run ``git ARGS`` and return the completed process, whatever its exit status."""
        try:
            return subprocess.run(
                ["git", *args],
                input=input,
                capture_output=True,
                env=self.env,
                cwd=self.cwd,
                check=False,
                pass_fds=self.pass_fds,
            )
        except FileNotFoundError:
            raise StoreError("the git command is not installed", store=str(self.git_dir)) from None

    def text(self, *args: str) -> str:
        """Run ``git ARGS`` and return its output as text, without the final newline."""
        return self.run(*args).decode("utf-8", "replace").rstrip("\n")

    def error(self, args: Iterable[str], stderr: bytes) -> StoreError:
        """The :class:`StoreError` for a failed git command."""
        lines = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
        first = lines[0] if lines else "no message"
        reason = next((line for line in lines if line.startswith(("fatal:", "error:"))), first)
        command = " ".join(list(args)[:2])
        return StoreError(f"{self.git_dir}: git {command} failed: {reason}", store=str(self.git_dir))

    def resolve(self, ref: str) -> str | None:
        """The commit a ref points at, or ``None`` when it does not exist."""
        completed = self.completed("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
        if completed.returncode != 0:
            return None
        return completed.stdout.decode().strip()

    def read_blobs(self, object_ids: Iterable[str]) -> dict[str, bytes]:
        """Read many blobs through one ``git cat-file --batch`` process; missing ones are left out."""
        ids = list(dict.fromkeys(object_ids))
        if not ids:
            return {}
        output = self.run("cat-file", "--batch", input="".join(f"{oid}\n" for oid in ids).encode())
        blobs: dict[str, bytes] = {}
        position = 0
        for oid in ids:
            end = output.index(b"\n", position)
            header = output[position:end].split()
            position = end + 1
            if len(header) != 3:  # "<oid> missing"
                continue
            size = int(header[2])
            blobs[oid] = output[position : position + size]
            position += size + 1
        return blobs


def blob_id(data: bytes) -> str:
    """The id git gives a blob of these bytes (SHA-1 of ``blob <size>\\0`` and the bytes)."""
    import hashlib

    digest = hashlib.sha1(b"blob %d\0" % len(data), usedforsecurity=False)  # git's object id
    digest.update(data)
    return digest.hexdigest()
