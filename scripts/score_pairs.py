"""Score the diff engine on the labelled pairs of ``tests/labelled_pairs`` (see its README).

Usage: ``.venv/bin/python scripts/score_pairs.py [--details] [CORPUS]``.  Prints one row per pair and the
totals (a Markdown table, as in the README's "How the diff is measured"); ``--details`` also lists every
disagreement between the engine and the labels.  CORPUS defaults to ``../shared/corpus``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    """Print the table of scores (and the disagreements with ``--details``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--details", action="store_true", help="list every disagreement")
    arguments = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "tests"))
    from labelled_pairs.score import format_table, score_all

    scores = score_all(arguments.corpus)
    print(format_table(scores))
    if arguments.details:
        for score in scores:
            print(f"\n{score.label}")
            for item in score.disagreements:
                print(f"  {item.what:<11} {item.link[0]} -> {item.link[1]}: "
                      f"labelled {item.labelled}; engine {item.engine}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
