"""The store's crash and concurrency trials, shared by the slow tests and ``scripts/torture``.

- :func:`crash_trial`: a writer adds editions one at a time (real corpus texts first, then made-up ones) and
  is killed with SIGKILL at a random moment, alone or with its git processes, round after round, on a store
  with a work tree and on a bare one; after each kill the next command must find every acknowledged edition,
  ``verify`` must find nothing wrong and no lock may be left.
- :func:`concurrency_trial`: writers start together on a store that does not exist yet, half adding distinct
  editions and half the same ones, while readers read and ``verify`` runs in a loop.

Each returns a :class:`Figures`; the README quotes them.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

TESTS = Path(__file__).parent
SAME_TEXTS = 12
"""How many corpus texts every writer of identical editions adds."""

WRITER = """
import sys
sys.path.insert(0, sys.argv[1])
from torture import inputs
from versioning.store import open_store

store = open_store(sys.argv[2], create=True)
sources = inputs(sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
print("ready", flush=True)
for source in sources:
    for result in store.add([source]):
        print(result.reference, flush=True)
"""

READER = """
import os, sys, time
from versioning.errors import StoreError
from versioning.store import open_store
path, stop = sys.argv[1], sys.argv[2]
reads = 0
while not os.path.exists(stop):
    try:
        store = open_store(path)
    except StoreError:
        time.sleep(0.01)  # not created yet
        continue
    for info in store.editions()[-3:]:
        store.read(info.reference)
        store.read_source(info.reference)
        reads += 1
print(reads)
"""


def corpus_texts() -> list[Path]:
    """One text of every edition in the corpus (the ``pymupdf`` extraction where there are several)."""
    from corpus import CORPUS, edition_stem

    chosen: dict[str, Path] = {}
    for path in sorted(CORPUS.glob("*/*.txt")):
        stem = edition_stem(path)
        if stem not in chosen or path.name.endswith(".pymupdf.txt"):
            chosen[stem] = path
    return sorted(chosen.values())


def inputs(kind: str, first: int, count: int) -> list[Path | bytes]:
    """What a writer adds: ``corpus``: every corpus text, then ``count`` made-up editions numbered from
    ``first``; ``made``: only the made-up ones; ``same``: the first :data:`SAME_TEXTS` corpus texts, as every
    other ``same`` writer does."""
    from store_documents import edition_bytes

    if kind == "same":
        return list(corpus_texts()[:SAME_TEXTS])
    made: list[Path | bytes] = [
        edition_bytes(f"A/RES/{70 + n // 9000}/{1 + n % 9000}", f"2015-10-{1 + n % 28:02d}", "original")
        for n in range(first, first + count)
    ]
    return [*corpus_texts(), *made] if kind == "corpus" else made


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}


def start_writer(store: Path, kind: str, first: int, count: int) -> subprocess.Popen[str]:
    """A process adding ``inputs(kind, first, count)`` one at a time, printing each acknowledged edition."""
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(TESTS), str(store), kind, str(first), str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(),
        start_new_session=True,  # its own process group, so that it can be killed with its git processes
    )


@dataclass
class Figures:
    """What a trial counted."""

    runs: int = 0
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    stuck_locks: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    notes: dict[str, int] = field(default_factory=dict)

    def sound(self) -> bool:
        """No acknowledged edition lost, no false alarm, no lock left, no command failed."""
        return not (self.lost or self.false_alarms or self.stuck_locks or self.failures)

    def line(self, name: str) -> str:
        """One line for a report."""
        extra = "".join(f", {key} {value}" for key, value in self.notes.items())
        return (
            f"{name}: {self.runs} runs, {self.acknowledged} editions acknowledged, {len(self.lost)} lost, "
            f"{len(self.false_alarms)} false alarms, {len(self.stuck_locks)} stuck locks, "
            f"{len(self.failures)} failed commands{extra}"
        )


def _locks(git_dir: Path) -> list[str]:
    return sorted(
        str(path.relative_to(git_dir)) for path in git_dir.rglob("*.lock") if path.name != "versioning.lock"
    )


def crash_trial(root: Path, *, rounds: int, bare: bool, seed: int = 20131115) -> Figures:
    """Kill a writer ``rounds`` times at random moments; check the store after each kill."""
    from versioning.store import init_store, open_store
    from versioning.store.transaction import journal_pending

    rng = random.Random(seed)
    figures = Figures()
    path = root / ("bare.git" if bare else "store")
    init_store(path, bare=bare)  # (many processes creating a store at once: see concurrency_trial)
    confirmed: set[str] = set()
    first = 1
    mid_publish = 0
    for round_number in range(rounds):
        # Real texts for the first rounds of every store, made-up ones after (they add faster, so more
        # kills land inside git).
        kind = "corpus" if round_number % 4 == 0 else "made"
        writer = start_writer(path, kind, first, 300)
        first += 300
        assert writer.stdout is not None
        writer.stdout.readline()  # "ready": now kill it at a random moment of its adds
        time.sleep(rng.uniform(0.0, 1.5))
        if round_number % 3 == 2:
            os.killpg(writer.pid, signal.SIGKILL)
        else:
            writer.send_signal(signal.SIGKILL)
        output, _ = writer.communicate()
        figures.runs += 1
        confirmed.update(line for line in output.splitlines() if line != "ready")
        store = open_store(path)
        mid_publish += journal_pending(store.git_dir)
        problems = store.verify()
        figures.false_alarms += [f"round {round_number}: {problem}" for problem in problems]
        stored = {info.reference for info in store.editions()}
        figures.lost += sorted(confirmed - stored)
        figures.stuck_locks += [f"round {round_number}: {lock}" for lock in _locks(store.git_dir)]
        if not bare:
            status = subprocess.run(
                ["git", "-C", str(path), "status", "--porcelain"], capture_output=True, text=True
            ).stdout
            if status:
                figures.false_alarms.append(
                    f"round {round_number}: work tree differs: {status.splitlines()[0]}"
                )
    figures.acknowledged = len(confirmed)
    figures.notes["killed mid-publish"] = mid_publish
    return figures


def concurrency_trial(root: Path, *, writers: int = 16, readers: int = 2, per_writer: int = 10) -> Figures:
    """``writers`` processes start at once on a new store; readers and ``verify`` run alongside."""
    from versioning.errors import StoreError
    from versioning.store import open_store

    path = root / "store"
    figures = Figures()
    processes = []
    for number in range(writers):
        kind = "same" if number % 2 else "made"
        processes.append(start_writer(path, kind, 500 * number, per_writer))
    stop = root / "stop-reading"
    reader_processes = [
        subprocess.Popen(
            [sys.executable, "-c", READER, str(path), str(stop)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_environment(),
        )
        for _ in range(readers)
    ]
    verifications = 0
    while any(process.poll() is None for process in processes):
        try:
            store = open_store(path)
        except StoreError:  # not created yet
            time.sleep(0.05)
            continue
        problems = store.verify()
        verifications += 1
        figures.false_alarms += problems
    confirmed: set[str] = set()
    for process in processes:
        output, errors = process.communicate()
        figures.runs += 1
        confirmed.update(line for line in output.splitlines() if line != "ready")
        if process.returncode != 0:
            figures.failures.append(
                errors.strip().splitlines()[-1] if errors.strip() else f"status {process.returncode}"
            )
    stop.touch()
    reads = 0
    for reader in reader_processes:
        output, errors = reader.communicate()
        if reader.returncode != 0:
            figures.failures.append("reader: " + (errors.strip().splitlines() or ["?"])[-1])
        else:
            reads += int(output)
    store = open_store(path)
    figures.false_alarms += store.verify()
    verifications += 1
    stored = {info.reference for info in store.editions()}
    figures.lost = sorted(confirmed - stored)
    figures.stuck_locks = _locks(store.git_dir)
    figures.acknowledged = len(confirmed)
    figures.notes["verify runs"] = verifications
    figures.notes["reads"] = reads
    return figures
