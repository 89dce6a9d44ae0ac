"""Exchange formats: documents written to and read from the formats other tools use.

Each module maps :class:`~versioning.model.Document` to one format and back, and knows nothing of git,
of diffs or of the CLI.  Parsing dispatches to the readers here by the input's format.
"""
