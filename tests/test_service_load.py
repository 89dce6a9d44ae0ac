"""A small load run against a real server (``scripts/load`` is the full one): reads at concurrency 8 while
five distinct editions are posted at once; no error, no lost edition, ``verify`` clean."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from service_server import running_server
from service_support import CSTO, TOKEN, build_store, write_token

from versioning.store import open_store

pytestmark = pytest.mark.slow
CORPUS = CSTO.parent
READS = [
    "/editions/A/RES/79/10",
    "/diff?old=A/RES/73/331&new=A/RES/75/276",
    "/series/A/RES/75/276",
    "/resolutions?q=security",
]


def status_of(request: urllib.request.Request) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_reads_and_concurrent_writes_lose_nothing(tmp_path: Path) -> None:
    store = build_store(tmp_path)
    uploads = [CSTO / "A-RES-77-13.pymupdf.txt", *sorted((CORPUS / "cooperation").glob("*.pymupdf.txt"))[:4]]
    with running_server(Path(store.location), "--token-file", str(write_token(tmp_path))) as server:

        def read(index: int) -> tuple[int, bytes]:
            return status_of(urllib.request.Request(server.url + READS[index % len(READS)]))

        def write(path: Path) -> tuple[int, bytes]:
            headers = {"Authorization": f"Bearer {TOKEN}"}
            return status_of(urllib.request.Request(server.url + "/editions", path.read_bytes(), headers))

        with ThreadPoolExecutor(max_workers=8 + len(uploads)) as pool:
            writes = [pool.submit(write, path) for path in uploads]
            reads = list(pool.map(read, range(40)))
            written = [future.result() for future in writes]
    assert [status for status, _ in reads] == [200] * 40
    assert [status for status, _ in written] == [201] * len(uploads), written
    held = {info.reference for info in open_store(store.location).editions()}
    assert len(held) == 4 + len(uploads)
    assert {json.loads(body)["reference"] for _, body in written} <= held  # every acknowledged one is there
    assert open_store(store.location).verify() == []
