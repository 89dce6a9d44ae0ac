"""Plain-text and Markdown views of a series, of its summary table and of a lineage.

The JSON views are the records' ``to_dict`` forms; :func:`series_json`, :func:`steps_json` and
:func:`lineage_json` wrap them in one object each.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from versioning.series.discovery import Series, SeriesMember
from versioning.series.lineage import Lineage, LineageChange, ParagraphLineage
from versioning.series.successive import SeriesStep, StepSummary

SUMMARY_COLUMNS = (
    "PAIR",
    "GAPS",
    "ADDED",
    "REMOVED",
    "MOVED",
    "RENUMBERED",
    "EDITORIAL",
    "ROUTINE",
    "SUBSTANTIVE",
    "LEAD SHIFTS",
    "HIGHEST",
)
"""The columns of the summary table; EDITORIAL, ROUTINE and SUBSTANTIVE count modified clauses."""


def short_number(symbol: str) -> str:
    """``A/RES/67/6`` -> ``67/6``; other symbols as they are."""
    return symbol.removeprefix("A/RES/")


def counts_phrase(series: Series, *, joined_by: str = ":") -> str:
    """``"9 members: 5 held, 4 known gaps"``, each noun in the number its count needs."""
    members, gaps = len(series.members), len(series.gaps)
    return (
        f"{members} member{'' if members == 1 else 's'}{joined_by} {len(series.held)} held, "
        f"{gaps} known gap{'' if gaps == 1 else 's'}"
    )


def series_text(series: Series) -> str:
    """The members of a series, one line each, held ones with the edition read and gaps marked."""
    lines = [
        series.title,
        counts_phrase(series),
        "",
    ]
    rows = [("SYMBOL", "ADOPTED", "STATUS", "EDITION")]
    rows += [(m.symbol, m.date or "?", "held" if m.held else "gap", _edition_cell(m)) for m in series.members]
    lines += _table(rows)
    return "\n".join(lines) + "\n"


def series_markdown(series: Series) -> str:
    """The members of a series as a Markdown table."""
    lines = [
        f"**{_md(series.title)}**: {counts_phrase(series, joined_by=',')}",
        "",
        "| Symbol | Adopted | Status | Edition |",
        "|---|---|---|---|",
    ]
    for member in series.members:
        status = "held" if member.held else "gap"
        lines.append(f"| {member.symbol} | {member.date or '?'} | {status} | {_md(_edition_cell(member))} |")
    return "\n".join(lines) + "\n"


def _edition_cell(member: SeriesMember) -> str:
    if member.held:
        return member.reference or ""
    citers = [short_number(symbol) for symbol in member.cited_by]
    shown = ", ".join(citers[:3]) + (f" and {len(citers) - 3} more" if len(citers) > 3 else "")
    return f"not held; cited by {shown}" if citers else "not held"


def summary_row(step: SeriesStep) -> tuple[str, ...]:
    """One row of the summary table (see :data:`SUMMARY_COLUMNS`)."""
    figures = step.summary()
    return (
        step.label,
        ", ".join(gap.number for gap in step.gaps) or "-",
        str(figures.added),
        str(figures.removed),
        str(figures.moved),
        str(figures.renumbered),
        str(figures.modified["editorial"]),
        str(figures.modified["routine"]),
        str(figures.modified["substantive"]),
        lead_shift_phrase(figures),
        figures.highest_class or "none",
    )


def lead_shift_phrase(figures: StepSummary) -> str:
    """``1 stronger, 2 same`` (or ``-``)."""
    return ", ".join(f"{count} {shift}" for shift, count in figures.lead_shifts.items()) or "-"


def steps_text(series: Series, steps: Sequence[SeriesStep]) -> str:
    """The summary table of the successive diffs, under the series' title."""
    lines = [f"{series.title}: successive diffs of the held members", ""]
    if not steps:
        lines.append("(fewer than two held members: nothing to compare)")
        return "\n".join(lines) + "\n"
    lines += _table([SUMMARY_COLUMNS, *(summary_row(step) for step in steps)], right=set(range(2, 9)))
    lines += ["", "EDITORIAL, ROUTINE, SUBSTANTIVE: clauses whose words changed, by class."]
    if any(step.gaps for step in steps):
        lines.append(
            "GAPS: members cited but not held; a pair's changes came in one of them or in its newer member."
        )
    return "\n".join(lines) + "\n"


def steps_markdown(series: Series, steps: Sequence[SeriesStep]) -> str:
    """The summary table as a Markdown table."""
    lines = [f"**{_md(series.title)}**: successive diffs of the held members", ""]
    lines.append("| " + " | ".join(column.title() for column in SUMMARY_COLUMNS) + " |")
    alignments = ("---" if i in (0, 1, 9, 10) else "---:" for i in range(len(SUMMARY_COLUMNS)))
    lines.append("|" + "|".join(alignments) + "|")
    for step in steps:
        lines.append("| " + " | ".join(_md(cell) for cell in summary_row(step)) + " |")
    return "\n".join(lines) + "\n"


def lineage_text(lineage: Lineage) -> str:
    """One line per paragraph: where it first appears, then each change since."""
    members = ", ".join(short_number(symbol) for symbol in lineage.members)
    lines = [f"{lineage.reference}: {lineage.title}", f"held members followed: {members}", ""]
    rows = [("CLAUSE", "SINCE", "CHANGES")]
    rows += [(p.clause, origin_phrase(p), changes_phrase(p.changes)) for p in lineage.paragraphs]
    lines += _table(rows)
    return "\n".join(lines) + "\n"


def origin_phrase(paragraph: ParagraphLineage) -> str:
    """``67/6 or earlier``, ``73/331 (or 69/12, 71/12)``, ``75/276``; with the paragraph's id there when
    it differs (``67/6 pp10 or earlier``)."""
    origin = short_number(paragraph.origin)
    if paragraph.origin_id != paragraph.clause:
        origin += f" {paragraph.origin_id}"
    if paragraph.before_held:
        return f"{origin} or earlier"
    if paragraph.origin_gaps:
        return f"{origin} (or {', '.join(short_number(gap) for gap in paragraph.origin_gaps)})"
    return origin


def change_phrase(change: LineageChange) -> str:
    """``73/331: routine (dates and document symbols only)``, ``75/276: substantive ('during' replaced by
    'in the 25 years since'), merged``: the class with its reason, the kind when it is not a modification,
    and the lead's shift when the reason does not tell of it."""
    where = short_number(change.member)
    if change.gaps:
        where += f" (or {', '.join(short_number(gap) for gap in change.gaps)})"
    what = [_class_with_reason(change)]
    if change.kind not in ("modified",):
        what.append(change.kind)
    if change.lead is not None and "lead" not in change.reason:  # else the reason tells of it
        what.append(f"lead {change.lead.old} -> {change.lead.new} ({change.lead.shift})")
    return f"{where}: {', '.join(dict.fromkeys(what))}"


def _class_with_reason(change: LineageChange) -> str:
    """``routine (session numbers only)`` from the class and the reason ``routine: session numbers only``."""
    label = change.change_class or change.kind
    detail = change.reason.removeprefix(f"{change.change_class}:").strip() if change.reason else ""
    return f"{label} ({detail})" if detail and detail != label else label


def changes_phrase(changes: Sequence[LineageChange]) -> str:
    """Every change of a paragraph, oldest first, or ``unchanged``."""
    return "; ".join(change_phrase(change) for change in changes) or "unchanged"


def series_json(series: Series, steps: Sequence[SeriesStep] | None = None) -> str:
    """The series (and, when given, its successive diffs) as one JSON object."""
    data: dict[str, Any] = series.to_dict()
    if steps is not None:
        data["steps"] = [step.to_dict() for step in steps]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def lineage_json(lineage: Lineage) -> str:
    """The lineage as one JSON object."""
    return json.dumps(lineage.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _table(rows: Sequence[Sequence[str]], *, right: set[int] | None = None) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in (right or ()) else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
