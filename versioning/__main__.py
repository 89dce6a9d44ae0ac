"""``python -m versioning``: the same command as ``versioning``."""

from versioning.cli import run

run()
