"""``./scripts/demo`` in a fresh clone: it builds the store, prints the summaries and writes the report,
in under a minute, and it can be run again.

The clone reuses this test run's Python environment (``VERSIONING_VENV``), so nothing is installed; the
demo runs ``python -m versioning`` from the clone's root, so the clone's own code is what runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared"
HELD = ["A/RES/67/6", "A/RES/73/331", "A/RES/75/276", "A/RES/77/13", "A/RES/79/10"]
GAPS = ["A/RES/64/256", "A/RES/65/122", "A/RES/69/12", "A/RES/71/12"]
TIME_LIMIT = 60.0


def clone(tmp_path: Path, *, with_shared: bool) -> Path:
    checkout = tmp_path / "main"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(checkout)], check=True)
    if with_shared:
        (tmp_path / "shared").symlink_to(SHARED.resolve(), target_is_directory=True)
    return checkout


def run_demo(checkout: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {key: value for key, value in os.environ.items() if key != "VERSIONING_STORE"}
    env["VERSIONING_VENV"] = sys.prefix
    started = time.monotonic()
    done = subprocess.run(
        ["./scripts/demo", *args],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=3 * TIME_LIMIT,
    )
    return done, time.monotonic() - started


@pytest.mark.slow
def test_demo_on_the_corpus(tmp_path: Path) -> None:
    checkout = clone(tmp_path, with_shared=True)
    done, seconds = run_demo(checkout)
    assert done.returncode == 0, done.stderr
    assert seconds < TIME_LIMIT
    report = checkout / "report" / "series-report.html"
    assert f"HTML report written to {report}" in done.stdout
    assert "9 members: 5 held, 4 known gaps" in done.stdout
    assert "67/6 -> 73/331    69/12, 71/12" in done.stdout  # the series summary table
    assert "A/80/L.15 -> A/RES/80/11" in done.stdout  # the draft -> adopted summary
    page = report.read_text(encoding="utf-8")
    for symbol in HELD + GAPS:
        assert f'data-symbol="{symbol}"' in page
    for symbol in HELD:
        assert f"held: {symbol}@" in page
    assert (
        page.count('class="page-section"') == 1 + 1 + 4 + 1 + 11
    )  # timeline, summary, steps, lineage, drafts
    assert (checkout / "store").is_dir() and not (checkout / "store" / ".git").is_file()

    again, _ = run_demo(checkout)
    assert again.returncode == 0, again.stderr
    assert "0 edition(s) added, 5 already stored" in again.stdout
    assert report.read_text(encoding="utf-8") == page


@pytest.mark.slow
def test_demo_without_the_corpus_uses_the_built_in_sample(tmp_path: Path) -> None:
    checkout = clone(tmp_path, with_shared=False)
    done, seconds = run_demo(checkout, "--store", str(tmp_path / "sample-store"))
    assert done.returncode == 0, done.stderr
    assert seconds < TIME_LIMIT
    assert "using the built-in sample" in done.stdout
    assert "3 members: 1 held, 2 known gaps" in done.stdout
    page = (checkout / "report" / "series-report.html").read_text(encoding="utf-8")
    assert 'data-symbol="A/RES/67/6"' in page and 'data-symbol="A/RES/65/122"' in page


@pytest.mark.slow
def test_demo_takes_another_folder(tmp_path: Path) -> None:
    checkout = clone(tmp_path, with_shared=False)
    folder = tmp_path / "editions"
    folder.mkdir()
    for name in ("A-RES-77-13.pymupdf.txt", "A-RES-79-10.pymupdf.txt"):
        (folder / name).write_bytes((SHARED / "corpus" / "csto" / name).read_bytes())
    report = tmp_path / "out" / "report.html"
    done, _ = run_demo(checkout, str(folder), "--report", str(report))
    assert done.returncode == 0, done.stderr
    assert "77/13 -> 79/10" in done.stdout
    assert 'data-symbol="A/RES/79/10"' in report.read_text(encoding="utf-8")


def test_demo_refuses_a_missing_folder(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(ROOT / "scripts" / "demo"), str(tmp_path / "nowhere")],
        env={**os.environ, "VERSIONING_VENV": sys.prefix},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == f"demo: {tmp_path / 'nowhere'}: not a folder"
