#!/usr/bin/env python3
"""Benchmark the edition store: editions committed per second, against bare ``git fast-import``.

Generates N editions as canonical JSON files from the corpus (the CSTO series, parsed, with new symbols
and dates), then measures, each in a fresh repository:

* ``git fast-import`` of the same files, one commit per edition with its document and source at the
  paths the store gives them: the floor;
* ``add DIR`` (``Store.add_directory``: parse and validate everything, one bulk import, publish), into
  a store with a work tree (the default) and into a bare one, and the parse-and-validate step alone;
* ``add`` one edition at a time (``Store.add`` per file, on a sample of the files);
* ``versioning show REF`` and ``versioning log SYMBOL`` from the shell on the store ``add DIR`` made.

Usage: ``python scripts/bench_store.py [--editions 1000] [--large] [--single 200]``; ``--large`` adds a
run with 10,000 editions (a few minutes).  Prints a table; the README's figures come from it.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from versioning.canonical import canonical_bytes
from versioning.identifiers import EditionId, Symbol
from versioning.model import Document
from versioning.parsing import parse_edition
from versioning.store import init_store, open_store
from versioning.store.bulk import author_timestamp
from versioning.store.ingest import collect_directory, prepare
from versioning.store.layout import document_path, source_path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "csto"
SEEDS = [
    "A-RES-67-6.reissue-2013-07-15.txt",
    "A-RES-73-331.pymupdf.txt",
    "A-RES-75-276.pymupdf.txt",
    "A-RES-77-13.pymupdf.txt",
    "A-RES-79-10.pymupdf.txt",
]


def generate(count: int, folder: Path) -> list[Path]:
    """Write ``count`` distinct editions made from the corpus as canonical JSON files."""
    seeds = [parse_edition(CORPUS / name) for name in SEEDS]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        paths.append(_write(folder, index, _variant(seeds[index % len(seeds)], index)))
    return paths


PER_SESSION = 400
"""Resolutions per generated session: about what a real session of the General Assembly adopts."""


def _variant(seed: Document, index: int) -> Document:
    session, number = 100 + index // PER_SESSION, index % PER_SESSION + 1
    date = (dt.date(2000, 1, 1) + dt.timedelta(days=index % 9000)).isoformat()
    return dataclasses.replace(
        seed,
        symbol=Symbol.parse(f"A/RES/{session}/{number}"),
        number=f"{session}/{number}",
        session=session,
        adopted=date,
        draft=Symbol.parse(f"A/{session}/L.{number}"),
        distribution=dataclasses.replace(seed.distribution, date=date),
        edition=dataclasses.replace(seed.edition, date=date),
    )


def _write(folder: Path, index: int, document: Document) -> Path:
    path = folder / f"{index:05d}.json"
    path.write_bytes(canonical_bytes(document))
    return path


def bench_fast_import(paths: list[Path], where: Path) -> float:
    """Seconds for bare ``git fast-import`` of the files, one commit each, in the store's layout."""
    subprocess.run(["git", "init", "-q", "--bare", str(where)], check=True)
    chunks = [b"reset refs/heads/main\n\n"]
    for mark, path in enumerate(paths, 1):
        data = path.read_bytes()
        document = json.loads(data)
        edition = EditionId(
            Symbol.parse(document["symbol"]), document["edition"]["date"], document["edition"]["kind"]
        )
        message = f"{edition}\n".encode()
        chunks.append(
            b"commit refs/heads/main\nmark :%d\nauthor a <a@b> %d +0000\ncommitter a <a@b> %d +0000\n"
            % (mark, author_timestamp(edition.date), int(time.time()))
        )
        chunks.append(b"data %d\n%s\n" % (len(message), message))
        for name in (document_path(edition), source_path(edition, "application/json")):
            chunks.append(b"M 100644 inline %s\ndata %d\n%s\n" % (name.encode(), len(data), data))
        chunks.append(b"\n")
    stream = b"".join(chunks) + b"done\n"
    start = time.perf_counter()
    subprocess.run(["git", "-C", str(where), "fast-import", "--quiet", "--done"], input=stream, check=True)
    return time.perf_counter() - start


def bench_add_directory(folder: Path, where: Path, *, bare: bool = False) -> float:
    """Seconds for ``add DIR`` into a fresh store (with a work tree, or bare)."""
    store = init_store(where, bare=bare)[0]
    start = time.perf_counter()
    results = store.add_directory(folder)
    elapsed = time.perf_counter() - start
    assert len(results) == len(list(folder.iterdir()))
    return elapsed


def bench_parse_only(folder: Path) -> float:
    """Seconds to read, parse and validate the files as ``add DIR`` does, writing nothing."""
    start = time.perf_counter()
    prepare(collect_directory(folder), parallel=True)
    return time.perf_counter() - start


def bench_add_one_at_a_time(paths: list[Path], where: Path) -> float:
    store = open_store(where, create=True)
    start = time.perf_counter()
    for path in paths:
        store.add([path])
    return time.perf_counter() - start


def shell_milliseconds(store: Path, *command: str, runs: int = 7) -> float:
    """Median wall time of ``versioning --store STORE COMMAND`` from the shell, start-up included."""
    argv = [sys.executable, "-m", "versioning", "--store", str(store), *command]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--editions", type=int, default=1000, help="editions per run (default 1000)")
    parser.add_argument("--large", action="store_true", help="also run with 10,000 editions")
    parser.add_argument("--single", type=int, default=200, help="editions added one at a time (default 200)")
    args = parser.parse_args()
    sizes = [args.editions, *([10_000] if args.large and args.editions != 10_000 else [])]
    rows = []
    timings = []
    with tempfile.TemporaryDirectory(prefix="bench-store-") as scratch:
        root = Path(scratch)
        files = generate(max(sizes), root / "all")
        for size in sizes:
            folder = root / f"in-{size}"
            folder.mkdir()
            for path in files[:size]:
                (folder / path.name).symlink_to(path)
            paths = sorted(folder.iterdir())
            floor = bench_fast_import(paths, root / f"floor-{size}.git")
            rows.append((size, "git fast-import (floor)", floor, floor))
            bulk = bench_add_directory(folder, root / f"bulk-{size}")
            rows.append((size, "versioning add DIR", bulk, floor))
            bare = bench_add_directory(folder, root / f"bare-{size}.git", bare=True)
            rows.append((size, "  the same, into a bare store", bare, floor))
            rows.append((size, "  of which parse + validate", bench_parse_only(folder), floor))
            shutil.rmtree(root / f"bare-{size}.git")
            symbol = f"A/RES/{100 + (size - 1) // PER_SESSION}/{(size - 1) % PER_SESSION + 1}"
            timings.append((size, "show REF", shell_milliseconds(root / f"bulk-{size}", "show", symbol)))
            timings.append((size, "log SYMBOL", shell_milliseconds(root / f"bulk-{size}", "log", symbol)))
            shutil.rmtree(root / f"floor-{size}.git")
        single = files[: args.single]
        one = bench_add_one_at_a_time(single, root / "single")
        floor_rate = rows[0][0] / rows[0][2]
        rows.append((len(single), "versioning add FILE, one at a time", one, len(single) / floor_rate))

    print(f"{'editions':>8}  {'method':<36} {'seconds':>8} {'editions/s':>11} {'x floor':>8}")
    for size, method, seconds, floor in rows:
        print(f"{size:>8}  {method:<36} {seconds:>8.2f} {size / seconds:>11.0f} {seconds / floor:>8.1f}")
    print()
    print(f"{'editions':>8}  {'command (from the shell)':<36} {'ms':>8}")
    for size, command, milliseconds in timings:
        print(f"{size:>8}  {'versioning ' + command:<36} {milliseconds:>8.0f}")


if __name__ == "__main__":
    main()
