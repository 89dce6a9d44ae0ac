"""Series of resolutions: the chain of resolutions that re-adopt one text, session after session.

* :func:`extract_citations` / :func:`series_citations` -- the resolutions a text cites, and which are earlier
  members of its series (:mod:`versioning.series.citation_lists` reads the lists,
  :mod:`versioning.series.bases` decides on what basis a cited resolution is a member,
  :mod:`versioning.series.reports` reads the report a member requested,
  :mod:`versioning.series.subjects` names the subject, :mod:`versioning.series.title_forms` the shorter
  forms of a title, :mod:`versioning.series.bodies` the body of a title);
* :func:`discover_series` / :func:`load_series` -- the members of a series, held ones and known gaps;
  :func:`continued_series` -- the series a draft continues;
* :func:`successive_diffs` -- the diff of each successive pair of held members, with its summary;
* :func:`trace_lineage` -- where each paragraph of an edition first appears and where it changed;
* :func:`draft_pairs` -- each held draft and the resolution adopted from it, with their diff;
* :mod:`versioning.series.formatting` -- the text, Markdown and JSON views of these records;
* :mod:`versioning.series.report` -- the self-contained HTML report of a series.
"""

from __future__ import annotations

from versioning.series.citations import Citation, extract_citations, series_citations
from versioning.series.discovery import Series, SeriesMember, continued_series, discover_series
from versioning.series.drafts import DraftPair, draft_pairs
from versioning.series.lineage import Lineage, LineageChange, ParagraphLineage, trace_lineage
from versioning.series.loading import latest_documents, load_series
from versioning.series.successive import SeriesStep, StepSummary, successive_diffs, summarise_changes

__all__ = [
    "Citation",
    "DraftPair",
    "Lineage",
    "LineageChange",
    "ParagraphLineage",
    "Series",
    "SeriesMember",
    "SeriesStep",
    "StepSummary",
    "continued_series",
    "discover_series",
    "draft_pairs",
    "extract_citations",
    "latest_documents",
    "load_series",
    "series_citations",
    "successive_diffs",
    "summarise_changes",
    "trace_lineage",
]
