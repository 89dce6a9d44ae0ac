"""Checks on new editions, for CI jobs on repositories of editions.

:func:`check_files` parses and validates each file, finds the edition it follows
(:mod:`versioning.check.predecessor`), and applies the policies of :mod:`versioning.check.policies`
(:data:`POLICIES`, each a named rule).  :mod:`versioning.check.output` renders the report as text, JSON,
GitHub workflow annotations or JUnit XML.
"""

from __future__ import annotations

from versioning.check.findings import CheckReport, FileResult, Finding
from versioning.check.output import FORMATS, format_github, format_json, format_text, junit_xml
from versioning.check.policies import POLICIES, CheckContext, Policy
from versioning.check.predecessor import Candidate, Predecessor, find_predecessor, find_series, same_content
from versioning.check.runner import check_document, check_files, check_sources, open_store_if_any

__all__ = [
    "FORMATS",
    "POLICIES",
    "Candidate",
    "CheckContext",
    "CheckReport",
    "FileResult",
    "Finding",
    "Policy",
    "Predecessor",
    "check_document",
    "check_files",
    "check_sources",
    "find_predecessor",
    "find_series",
    "format_github",
    "format_json",
    "format_text",
    "junit_xml",
    "open_store_if_any",
    "same_content",
]
