"""A load run of ``versioning serve`` on loopback, bounded in count and time (see ``scripts/load``).

A store is made from three CSTO resolutions; a real server is started on a free port with a token; then
``--requests`` reads (show, diff and series, mixed) run at ``--concurrency`` while ``--writes`` distinct
editions from the corpus are posted all at once.  Printed: p50 and p99 latency per kind and overall,
throughput, errors, lost editions (an acknowledged edition the store does not hold), and ``verify``.
Exit 1 on any error, lost edition or unsound store.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

from versioning.store import open_store

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from service_server import running_server  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
BASE = ["A-RES-73-331.pymupdf.txt", "A-RES-75-276.pymupdf.txt", "A-RES-79-10.pymupdf.txt"]
BASE_REFS = ["A/RES/73/331", "A/RES/75/276", "A/RES/79/10"]


def upload_files(count: int) -> list[Path]:
    """``count`` corpus texts of distinct editions not in the base store."""
    texts = [
        CORPUS / "csto" / "A-RES-67-6.reissue-2013-07-15.txt",
        CORPUS / "csto" / "A-RES-77-13.pymupdf.txt",
    ]
    for folder in ("cooperation", "editions", "sessions/*"):
        texts += sorted(CORPUS.glob(f"{folder}/*.pymupdf.txt"))
    return texts[:count]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


async def run_load(url: str, token: str, requests: int, concurrency: int, writes: list[Path], limit: float):
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    acknowledged: list[str] = []
    rng = random.Random(7)
    plan = [rng.choices(("show", "diff", "series"), weights=(5, 4, 1))[0] for _ in range(requests)]
    queue: asyncio.Queue[str] = asyncio.Queue()
    for kind in plan:
        queue.put_nowait(kind)
    deadline = time.monotonic() + limit
    limits = httpx.Limits(max_connections=concurrency + len(writes))

    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:

        async def timed(kind: str, method: str, path: str, **kwargs: object) -> httpx.Response | None:
            started = time.perf_counter()
            try:
                response = await client.request(method, path, **kwargs)  # type: ignore[arg-type]
            except httpx.HTTPError as error:
                errors.append(f"{kind} {path}: {error!r}")
                return None
            latencies[kind].append(time.perf_counter() - started)
            if response.status_code >= 300:
                errors.append(f"{kind} {path}: {response.status_code} {response.text[:200]}")
            return response

        async def reader() -> None:
            while time.monotonic() < deadline:
                try:
                    kind = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                if kind == "show":
                    await timed(kind, "GET", f"/editions/{rng.choice(BASE_REFS)}")
                elif kind == "diff":
                    old, new = rng.sample(BASE_REFS, 2)
                    await timed(kind, "GET", "/diff", params={"old": old, "new": new})
                else:
                    await timed(kind, "GET", f"/series/{rng.choice(BASE_REFS)}")

        async def writer(path: Path) -> None:
            headers = {"Authorization": f"Bearer {token}"}
            response = await timed(
                "add", "POST", f"/editions?name={path.name}", content=path.read_bytes(), headers=headers
            )
            if response is not None and response.status_code in (200, 201):
                acknowledged.append(response.json()["reference"])

        started = time.perf_counter()
        await asyncio.gather(*(reader() for _ in range(concurrency)), *(writer(path) for path in writes))
        elapsed = time.perf_counter() - started
        lost = []
        for reference in acknowledged:
            if (await client.get(f"/editions/{reference}")).status_code != 200:
                lost.append(reference)
    return latencies, errors, acknowledged, lost, elapsed, queue.qsize()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--writes", type=int, default=50)
    parser.add_argument("--time-limit", type=float, default=600.0, help="seconds")
    parser.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    args = parser.parse_args()
    writes = upload_files(args.writes)
    if len(writes) < args.writes:
        print(f"only {len(writes)} distinct editions to post", file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "store"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "versioning",
                "--store",
                str(store),
                "add",
                *(str(CORPUS / "csto" / name) for name in BASE),
            ],
            check=True,
            capture_output=True,
        )
        token = secrets.token_urlsafe(24)
        (Path(folder) / "token").write_text(token)
        server_options = ("--token-file", str(Path(folder) / "token"), "--workers", str(args.workers))
        with running_server(store, *server_options) as server:
            latencies, errors, acknowledged, lost, elapsed, skipped = asyncio.run(
                run_load(server.url, token, args.requests, args.concurrency, writes, args.time_limit)
            )
        verify = subprocess.run(
            [sys.executable, "-m", "versioning", "--store", str(store), "verify"],
            capture_output=True,
            text=True,
        )
        held = len(open_store(store).editions())
    everything = [value for values in latencies.values() for value in values]
    print(
        f"{len(everything)} requests in {elapsed:.1f} s at concurrency {args.concurrency} "
        f"({len(everything) / elapsed:.0f} requests/s); {skipped} not sent (time limit)"
    )
    for kind in ("show", "diff", "series", "add"):
        values = latencies.get(kind, [])
        if values:
            print(
                f"  {kind:<7} {len(values):>5}  p50 {percentile(values, 0.5) * 1000:7.0f} ms  "
                f"p99 {percentile(values, 0.99) * 1000:7.0f} ms  "
                f"mean {statistics.mean(values) * 1000:7.0f} ms"
            )
    print(
        f"  all     {len(everything):>5}  p50 {percentile(everything, 0.5) * 1000:7.0f} ms  "
        f"p99 {percentile(everything, 0.99) * 1000:7.0f} ms"
    )
    print(f"errors: {len(errors)}")
    for error in errors[:10]:
        print(f"  {error}")
    print(
        f"editions posted: {len(writes)}, acknowledged: {len(acknowledged)}, lost: {len(lost)}; "
        f"the store holds {held} edition(s)"
    )
    print(f"verify: {verify.stdout.strip() or verify.stderr.strip()}")
    sound = not errors and not lost and verify.returncode == 0 and held == len(BASE) + len(set(acknowledged))
    return 0 if sound else 1


if __name__ == "__main__":
    sys.exit(main())
