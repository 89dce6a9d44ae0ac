#!/usr/bin/env python3
"""Benchmark of the clause-level diff against ``git diff --no-index --word-diff=porcelain`` and against a
bare diff-match-patch word diff of the whole text, measured in one run, as ratios.

Pairs:

* the founding document (A/RES/67/6) and an edited copy of its text (a few words changed, a routine
  update, a preambular paragraph inserted);
* a heavily rewritten real pair, A/RES/67/6 -> A/RES/73/331 (paragraphs added, dropped, merged, reworded);
* the longest real pair, A/80/L.22 -> A/RES/80/110 (Oceans and the law of the sea);
* two generated documents of about 500 KB and 2,000 paragraphs, a few hundred of them changed;

then the scaling of the engine with the number of paragraphs when two documents differ in a few places.
The engine is timed on parsed documents (parsing is not part of a diff); git and the bare word diff on the
texts.  Each time is the median of several runs, the engine's and git's timed in alternating blocks; the bare
word diff of a long pair takes tens of seconds, so it is timed once.

    python scripts/bench_diff.py            # print the table
    python scripts/bench_diff.py --check    # exit 1 when a target of issue 4 is missed
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

import diff_match_patch

from versioning.diff import diff_editions
from versioning.diff.tokens import TokenCodec, tokenize
from versioning.identifiers import ClauseId, Symbol
from versioning.model import Distribution, Document, Edition, Paragraph, Source
from versioning.parsing import parse_edition

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
FOUNDING = CORPUS / "csto" / "A-RES-67-6.reissue-2013-07-15.txt"
REWRITTEN_PAIR = (FOUNDING, CORPUS / "csto" / "A-RES-73-331.pymupdf.txt")
LONG_PAIR = (CORPUS / "editions" / "A-80-L.22.pymupdf.txt", CORPUS / "editions" / "A-RES-80-110.pymupdf.txt")

FOUNDING_EDITS = (
    ("sixty-ninth session a report", "seventy-first session a report"),
    ("provisional agenda of its sixty-ninth session", "provisional agenda of its seventy-first session"),
    ("to enhance coordination and cooperation", "to strengthen coordination and cooperation"),
    ("7. Encourages both organizations", "7. Urges both organizations"),
)


def median_seconds(action: Callable[[], object], runs: int) -> float:
    """The median wall time of ``action`` over ``runs`` runs (after one warm-up run)."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def git_word_diff(old: Path, new: Path) -> None:
    """``git diff --no-index --word-diff=porcelain`` of two files (exit 1 means "different")."""
    subprocess.run(
        ["git", "diff", "--no-index", "--word-diff=porcelain", str(old), str(new)],
        stdout=subprocess.DEVNULL,
        check=False,
    )


def bare_word_diff(old: str, new: str) -> None:
    """diff-match-patch over the word tokens of the whole texts, without a deadline."""
    engine = diff_match_patch.diff_match_patch()
    engine.Diff_Timeout = 0
    codec = TokenCodec()
    engine.diff_main(codec.encode(tokenize(old)), codec.encode(tokenize(new)), False)


# -- generated documents -----------------------------------------------------------------------------------


def vocabulary() -> list[str]:
    """Words of the long real pair, as material for generated paragraphs."""
    words = LONG_PAIR[1].read_text(encoding="utf-8").split()
    return [word for word in words if word.isalpha()] or ["word"]


def generated_document(paragraphs: int, seed: int, words: list[str]) -> Document:
    """A document of ``paragraphs`` operative paragraphs of about 250 characters each."""
    chance = random.Random(seed)
    operative = tuple(
        Paragraph(ClauseId.operative(n), " ".join(chance.choices(words, k=38)) + ";", None, (), str(n))
        for n in range(1, paragraphs + 1)
    )
    return Document(
        symbol=Symbol.parse("A/RES/99/1"),
        number="99/1",
        session=99,
        title="A generated resolution",
        agenda_items=("1",),
        adopted=None,
        draft=None,
        distribution=Distribution("General", None),
        edition=Edition("original", None),
        preamble=(),
        operative=operative,
        footnotes=(),
        source=Source("0" * 64, "text/plain"),
    )


def edited(
    document: Document, changes: int, seed: int, words: list[str], *, structural: bool = True
) -> Document:
    """A copy with about ``changes`` edits: rewordings mostly, and (when ``structural``) some insertions,
    deletions and moves."""
    chance = random.Random(seed)
    items = list(document.operative)
    for _ in range(changes):
        action = chance.random() if structural else 0.0
        index = chance.randrange(len(items))
        if action < 0.8:
            tokens = items[index].text.split()
            for _ in range(chance.randint(1, 3)):
                tokens[chance.randrange(len(tokens))] = chance.choice(words)
            items[index] = replace(items[index], text=" ".join(tokens))
        elif action < 0.88:
            items.insert(index, Paragraph(ClauseId.operative(1), " ".join(chance.choices(words, k=38)) + ";"))
        elif action < 0.96:
            items.pop(index)
        else:
            items.insert(chance.randrange(len(items)), items.pop(index))
    operative = tuple(
        replace(p, id=ClauseId.operative(n), number=str(n)) for n, p in enumerate(items, start=1)
    )
    return replace(document, operative=operative)


def as_text(document: Document) -> str:
    """The document as an extractor would give it: numbered paragraphs, lines of about 85 characters."""
    blocks = [textwrap.fill(f"{p.number}. {p.text}", 85) for p in document.operative]
    return "\n\n".join(blocks) + "\n"


# -- the measurements ---------------------------------------------------------------------------------------


def alternating_medians(
    first: Callable[[], object], second: Callable[[], object], runs: int, blocks: int = 5
) -> tuple[float, float]:
    """The median times of two actions timed in alternating blocks of runs, so that a machine whose load
    drifts slows both alike, while each block runs warm."""
    first_times: list[float] = []
    second_times: list[float] = []
    per_block = max(1, runs // blocks)
    for _ in range(blocks):
        for action, times in ((first, first_times), (second, second_times)):
            action()  # warm-up of the block
            for _ in range(per_block):
                start = time.perf_counter()
                action()
                times.append(time.perf_counter() - start)
    return statistics.median(first_times), statistics.median(second_times)


def measure_pair(
    name: str, old: Document, new: Document, old_text: str, new_text: str, folder: Path, runs: int
) -> dict[str, float | str]:
    slug = "".join(char if char.isalnum() else "-" for char in name)
    old_file, new_file = folder / f"{slug}-old.txt", folder / f"{slug}-new.txt"
    old_file.write_text(old_text, encoding="utf-8")
    new_file.write_text(new_text, encoding="utf-8")
    engine, git = alternating_medians(
        lambda: diff_editions(old, new), lambda: git_word_diff(old_file, new_file), runs
    )
    bare = median_seconds(lambda: bare_word_diff(old_text, new_text), 1)
    return {"pair": name, "size": f"{len(old_text) // 1000} KB", "engine": engine, "git": git, "bare": bare}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per measurement (median)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    words = vocabulary()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        founding_text = FOUNDING.read_text(encoding="utf-8")
        edited_text = founding_text
        for before, after in FOUNDING_EDITS:
            edited_text = edited_text.replace(before, after, 1)
        edited_text = edited_text.replace(
            "\n Noting the firm intention",
            "\n Noting also the joint exercises of the peacekeeping forces of the Collective Security Treaty "
            "\nOrganization, \n\n Noting the firm intention",
            1,
        )
        rows.append(
            measure_pair(
                "founding+edited",
                parse_edition(founding_text, name="founding"),
                parse_edition(edited_text, name="edited"),
                founding_text,
                edited_text,
                folder,
                args.runs,
            )
        )
        rewritten_old, rewritten_new = (path.read_text(encoding="utf-8") for path in REWRITTEN_PAIR)
        rows.append(
            measure_pair(
                "67/6->73/331",
                parse_edition(REWRITTEN_PAIR[0]),
                parse_edition(REWRITTEN_PAIR[1]),
                rewritten_old,
                rewritten_new,
                folder,
                args.runs,
            )
        )
        long_old, long_new = (path.read_text(encoding="utf-8") for path in LONG_PAIR)
        rows.append(
            measure_pair(
                "L.22->80/110",
                parse_edition(LONG_PAIR[0]),
                parse_edition(LONG_PAIR[1]),
                long_old,
                long_new,
                folder,
                max(3, args.runs // 3),
            )
        )
        big_old = generated_document(2000, 1, words)
        big_new = edited(big_old, 300, 2, words)
        rows.append(
            measure_pair(
                "generated 2000 par.",
                big_old,
                big_new,
                as_text(big_old),
                as_text(big_new),
                folder,
                max(3, args.runs // 3),
            )
        )
    header = ("pair", "size", "engine ms", "git ms", "bare ms", "engine/git", "engine/bare")
    print("{:<22}{:>8}{:>11}{:>9}{:>10}{:>12}{:>13}".format(*header))
    for row in rows:
        engine, git, bare = float(row["engine"]), float(row["git"]), float(row["bare"])
        print(
            f"{row['pair']:<22}{row['size']:>8}{engine * 1000:>11.2f}{git * 1000:>9.2f}{bare * 1000:>10.1f}"
            f"{engine / git:>12.2f}{engine / bare:>13.3f}"
        )
    print("\nscaling (documents differing in 5 reworded paragraphs):")
    print(f"{'paragraphs':>11}{'engine ms':>11}{'us/paragraph':>14}")
    per_paragraph = []
    for count in (250, 500, 1000, 2000, 4000):
        old = generated_document(count, count, words)
        new = edited(old, 5, count + 1, words, structural=False)
        seconds = median_seconds(partial(diff_editions, old, new), max(3, args.runs // 3))
        per_paragraph.append(seconds / count)
        print(f"{count:>11}{seconds * 1000:>11.2f}{seconds / count * 1e6:>14.2f}")
    growth = per_paragraph[-1] / per_paragraph[0]
    print(f"cost per paragraph, 4000 vs 250 paragraphs: x{growth:.2f} (1.0 is linear)")
    targets = [
        ("founding pair within half of git", float(rows[0]["engine"]) <= 0.5 * float(rows[0]["git"])),
        ("heavily rewritten real pair no slower than git", float(rows[1]["engine"]) <= float(rows[1]["git"])),
        ("long real pair within 10x git", float(rows[2]["engine"]) <= 10 * float(rows[2]["git"])),
        ("generated 500 KB pair within 10x git", float(rows[3]["engine"]) <= 10 * float(rows[3]["git"])),
        ("about linear (per-paragraph cost grows less than 2x over 16x paragraphs)", growth < 2.0),
    ]
    print()
    for name, met in targets:
        print(f"{'met ' if met else 'MISSED'} {name}")
    return 1 if args.check and not all(met for _, met in targets) else 0


if __name__ == "__main__":
    sys.exit(main())
