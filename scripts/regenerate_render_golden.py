"""Rebuild the renderers' golden files: ``tests/golden/render/<case>.txt`` and ``<case>.md``.

Usage: ``python scripts/regenerate_render_golden.py`` (after ``source scripts/bootstrap``).  The cases are
the hand-built change lists of ``tests/render_cases.py``; read every changed file before committing it,
since a golden file is only as right as the reader who accepted it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "render"
EXTENSIONS = {"text": ".txt", "markdown": ".md"}
"""The formats kept as golden files (JSON is checked by round trip, HTML in a browser)."""


def main() -> int:
    """Write every golden file; print the ones that changed."""
    sys.path.insert(0, str(ROOT / "tests"))
    from render_cases import CASES

    from versioning.render import render

    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, build in CASES.items():
        for format_name, extension in EXTENSIONS.items():
            path = GOLDEN / f"{name}{extension}"
            text = render(build(), format_name)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
                print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
