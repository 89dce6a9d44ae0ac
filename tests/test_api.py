"""The public API: every name of ``versioning.__all__`` resolves, and importing the package stays cheap."""

from __future__ import annotations

import subprocess
import sys

import versioning


def test_every_public_name_resolves() -> None:
    for name in versioning.__all__:
        assert getattr(versioning, name) is not None, name


def test_importing_the_package_loads_no_heavy_module() -> None:
    heavy = "('git', 'jsonschema', 'pdfminer', 'diff_match_patch')"
    code = f"import sys, versioning; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
