"""The views of a check report: text for a terminal, JSON, GitHub workflow annotations, JUnit XML.

The GitHub form is one workflow command per finding or error, as the runner reads them from standard
output: ``::error file=PATH,line=N,title=RULE::MESSAGE`` (``::warning`` for a finding below
``--fail-on``; no ``line=`` when the line is unknown), with the escapes of the GitHub Actions toolkit
(``%`` ``\\r`` ``\\n`` in messages; also ``:`` and ``,`` in properties).  The JUnit form has one test suite,
and one test case per file and policy (plus ``parse`` for reading, parsing and validating the file), so a
CI dashboard lists each rule's outcome.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Mapping
from types import MappingProxyType

from versioning.check.findings import ERROR, FAIL, CheckReport, FileResult, Finding

SUITE_NAME = "versioning check"


def format_text(report: CheckReport) -> str:
    """One line per file (``PASS``/``FAIL``/``ERROR``), each finding and note indented below it, then a
    count."""
    lines: list[str] = []
    for result in report.results:
        outcome = result.outcome(report.fail_on)
        if outcome == ERROR:
            error = result.error or ""
            lines.append(
                f"ERROR {error}" if error.startswith(result.path) else f"ERROR {result.path}: {error}"
            )
            continue
        follows = " (first held)"
        if result.predecessor:
            follows = f" (follows {result.predecessor}, {result.relation})"
        lines.append(f"{outcome.upper()}  {result.path}: {result.reference}{follows}")
        for finding in result.findings:
            severity = "error" if finding.fails(report.fail_on) else "warning"
            where = f"{result.path}:{finding.line}" if finding.line else result.path
            lines.append(f"  {where}: {severity}: [{finding.rule}] {finding.message}")
        lines.extend(f"  note: {note}" for note in result.notes)
    counts = report.counts()
    lines.append(
        f"{len(report.results)} file(s): {counts['pass']} passed, {counts['fail']} failed, "
        f"{counts['error']} unreadable"
    )
    return "\n".join(lines) + "\n"


def format_json(report: CheckReport) -> str:
    """The report as one JSON object (see :meth:`CheckReport.to_dict`)."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def format_github(report: CheckReport) -> str:
    """GitHub Actions workflow commands, one per finding and per unreadable file."""
    lines = []
    for result in report.results:
        if result.error is not None:
            lines.append(_command("error", {"file": result.path, "title": "parse"}, result.error))
        for finding in result.findings:
            level = "error" if finding.fails(report.fail_on) else "warning"
            properties = {"file": result.path}
            if finding.line is not None:
                properties["line"] = str(finding.line)
            properties["title"] = finding.rule
            lines.append(_command(level, properties, finding.message))
    return "".join(line + "\n" for line in lines)


def junit_xml(report: CheckReport) -> str:
    """A JUnit XML report: one test case per file and policy (and one for parsing the file)."""
    cases = [case for result in report.results for case in _cases(result, report.fail_on)]
    failures = sum(1 for case in cases if case.find("failure") is not None)
    errors = sum(1 for case in cases if case.find("error") is not None)
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": str(errors)}
    root = ElementTree.Element("testsuites", {"name": SUITE_NAME, **counts})
    suite = ElementTree.SubElement(root, "testsuite", {"name": SUITE_NAME, **counts})
    suite.extend(cases)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


FORMATS: Mapping[str, Callable[[CheckReport], str]] = MappingProxyType(
    {"text": format_text, "json": format_json, "github": format_github}
)
"""Format name -> view; the keys are the choices of ``versioning check --format``."""


def _cases(result: FileResult, fail_on: str | None) -> list[ElementTree.Element]:
    parse = ElementTree.Element("testcase", {"classname": result.path, "name": "parse"})
    if result.error is not None:
        ElementTree.SubElement(parse, "error", {"message": result.error, "type": "unreadable"})
        return [parse]
    cases = [parse]
    for rule in result.rules:
        case = ElementTree.Element("testcase", {"classname": result.path, "name": rule})
        breaches = [finding for finding in result.findings if finding.rule == rule]
        failing = [finding for finding in breaches if finding.fails(fail_on)]
        if failing:
            failure = ElementTree.SubElement(case, "failure", {"message": failing[0].message, "type": rule})
            failure.text = "\n".join(_located(result, finding) for finding in failing)
        elif breaches:
            output = ElementTree.SubElement(case, "system-out")
            output.text = "\n".join("warning: " + _located(result, finding) for finding in breaches)
        cases.append(case)
    return cases


def _located(result: FileResult, finding: Finding) -> str:
    where = f"{result.path}:{finding.line}" if finding.line else result.path
    return f"{where}: {finding.message}"


def _command(level: str, properties: Mapping[str, str], message: str) -> str:
    listed = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items())
    return f"::{level} {listed}::{_escape_data(message)}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


__all__ = ["FAIL", "FORMATS", "format_github", "format_json", "format_text", "junit_xml"]
