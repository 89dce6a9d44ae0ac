"""The series report: one self-contained HTML page with the whole picture.

Its sections: the series timeline (held members and known gaps, with their dates), the summary table of
the successive diffs, each successive diff as a redline, the lineage of the latest held member's
paragraphs, and each draft -> adopted redline held in the store.  The page loads nothing (the stylesheet of
:mod:`versioning.render.html`, inline) and escapes every word taken from a document.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from versioning.errors import InputError
from versioning.model import Document
from versioning.render import PageSection, render_html_page, render_redline_fragment
from versioning.series.discovery import Series, discover_series
from versioning.series.drafts import DraftPair, draft_pairs
from versioning.series.formatting import (
    SUMMARY_COLUMNS,
    change_phrase,
    counts_phrase,
    origin_phrase,
    short_number,
    summary_row,
)
from versioning.series.lineage import Lineage, trace_lineage
from versioning.series.loading import latest_documents
from versioning.series.successive import SeriesStep, successive_diffs
from versioning.store import Store

ARROW = "\u2192"
_REPORT_STYLE = """
.timeline { list-style: none; padding: 0; margin: 1rem 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.timeline li { border: 1px solid var(--rule); border-radius: 6px; padding: .4rem .7rem; min-width: 7.5rem; }
.timeline li.gap { border-style: dashed; color: var(--muted); }
.timeline .number { font-weight: 700; display: block; }
.timeline .status { font-size: .8rem; }
table.report { border-collapse: collapse; margin: 1rem 0; font-size: .92rem; }
table.report th, table.report td { border: 1px solid var(--rule); padding: .25rem .5rem; text-align: left;
  vertical-align: top; }
table.report td.figure { text-align: right; }
"""


def render_series_report(
    series: Series, *, drafts: Sequence[DraftPair] = (), steps: Sequence[SeriesStep] | None = None
) -> str:
    """The report page of ``series`` (its held members' documents loaded) and of the ``drafts`` pairs.

    ``steps`` may pass the successive diffs made with ``include_unchanged=True``; they are made otherwise.
    """
    if steps is None:
        steps = successive_diffs(series, include_unchanged=True)
    sections = [PageSection("timeline", "Series timeline", _timeline(series))]
    if steps:
        sections.append(PageSection("summary", "Successive diffs: summary", _summary_table(steps)))
    for index, step in enumerate(steps, start=1):
        anchor = f"step-{index}"
        sections.append(PageSection(anchor, _step_heading(step), _step_body(step, anchor)))
    latest = series.held[-1] if series.held else None
    if latest is not None:
        lineage = trace_lineage(series, str(latest.symbol), tuple(steps))
        sections.append(
            PageSection("lineage", f"Paragraph lineage of {latest.symbol}", _lineage_table(lineage))
        )
    for index, pair in enumerate(drafts, start=1):
        anchor = f"draft-{index}"
        heading = f"Draft {ARROW} adopted: {pair.draft.symbol} {ARROW} {pair.adopted.symbol}"
        body = f'<p class="document-title">{_escape(pair.adopted.title)}</p>\n' + render_redline_fragment(
            pair.changes, old=pair.draft, new=pair.adopted, anchor=anchor
        )
        sections.append(PageSection(anchor, heading, body))
    intro = (
        f"<style>{_REPORT_STYLE}</style>\n"
        f'<p class="document-title">{_escape(series.title)}</p>\n'
        f"<p>{counts_phrase(series)} "
        f"(cited by later members, text not held).</p>"
    )
    return render_html_page("Series report", sections, title=f"Series report: {series.title}", intro=intro)


def _timeline(series: Series) -> str:
    items = []
    for member in series.members:
        status = f"held: {member.reference}" if member.held else "gap: cited, not held"
        css = "held" if member.held else "gap"
        items.append(
            f'<li class="{css}" data-symbol="{_escape(member.symbol)}"><span class="number">'
            f"{_escape(member.symbol)}</span>{_escape(member.date or 'date unknown')}"
            f'<span class="status"><br>{_escape(status)}</span></li>'
        )
    return f'<ol class="timeline">{"".join(items)}</ol>'


def _summary_table(steps: Sequence[SeriesStep]) -> str:
    head = "".join(f"<th>{_escape(column.title())}</th>" for column in SUMMARY_COLUMNS)
    rows = []
    for index, step in enumerate(steps, start=1):
        cells = summary_row(step)
        link = f'<td><a href="#step-{index}">{_escape(cells[0])}</a></td>'
        rest = "".join(
            f'<td class="figure">{_escape(cell)}</td>' if 2 <= position <= 8 else f"<td>{_escape(cell)}</td>"
            for position, cell in enumerate(cells[1:], start=1)
        )
        rows.append(f"<tr>{link}{rest}</tr>")
    return f'<table class="report"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _step_heading(step: SeriesStep) -> str:
    return f"{step.old.symbol} {ARROW} {step.new.symbol}"


def _step_body(step: SeriesStep, anchor: str) -> str:
    note = ""
    if step.gaps:
        gaps = ", ".join(f"{gap.symbol} ({gap.date or 'date unknown'})" for gap in step.gaps)
        note = (
            f'<p class="gaps">Known gaps between these members: {_escape(gaps)}. '
            f"The changes below came in one of them or in {_escape(step.new.symbol)}.</p>\n"
        )
    return note + render_redline_fragment(
        step.changes, old=step.old.document, new=step.new.document, anchor=anchor
    )


def _lineage_table(lineage: Lineage) -> str:
    members = ", ".join(short_number(symbol) for symbol in lineage.members)
    rows = []
    for paragraph in lineage.paragraphs:
        changes = "<br>".join(_escape(change_phrase(change)) for change in paragraph.changes) or "unchanged"
        lead = f"<em>{_escape(paragraph.lead)}</em>" if paragraph.lead else ""
        rows.append(
            f'<tr id="lineage-{_escape(paragraph.clause)}"><td>{_escape(paragraph.clause)}</td>'
            f"<td>{lead}</td><td>{_escape(origin_phrase(paragraph))}</td><td>{changes}</td></tr>"
        )
    head = "<tr><th>Clause</th><th>Lead</th><th>Since</th><th>Changes</th></tr>"
    return (
        f"<p>Each paragraph of {_escape(lineage.reference)}, followed back through the held members "
        f"({_escape(members)}).</p>"
        f'<table class="report"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass(frozen=True, slots=True)
class SeriesReport:
    """Everything the report shows, and the page itself.

    Attributes:
        series: the series, held members' documents loaded.
        steps: the successive diffs of the held members.
        drafts: the draft -> adopted pairs held in the store.
        html: the page.
    """

    series: Series
    steps: tuple[SeriesStep, ...]
    drafts: tuple[DraftPair, ...]
    html: str


def build_series_report(store: Store, reference: str | None = None) -> SeriesReport:
    """Read the series of ``reference`` (by default the longest series held, see :func:`longest_series`)
    and every draft -> adopted pair out of ``store``, diff them, and render the page.

    Raises:
        InputError: no reference is given and the store holds no adopted resolution.
    """
    documents = latest_documents(store)
    if reference is None:
        series = longest_series(documents)
    else:
        target = store.read(reference)
        series = discover_series(target, [doc for doc in documents if doc.symbol != target.symbol])
    steps = successive_diffs(series, include_unchanged=True)
    drafts = draft_pairs(documents)
    return SeriesReport(series, steps, drafts, render_series_report(series, drafts=drafts, steps=steps))


def longest_series(documents: Sequence[Document]) -> Series:
    """The series with the most held members among ``documents``; on a tie, the one with the most
    members known (gaps included), then the one with the most recent member.

    Raises:
        InputError: there is no adopted resolution among the documents.
    """
    resolutions = sorted(
        (doc for doc in documents if doc.number is not None), key=lambda doc: doc.adopted or ""
    )
    best: Series | None = None
    seen: set[str] = set()
    for document in reversed(resolutions):  # most recent first, so a tie keeps the most recent series
        if str(document.symbol) in seen:
            continue
        series = discover_series(document, [doc for doc in documents if doc.symbol != document.symbol])
        seen.update(member.symbol for member in series.held)
        if best is None or (len(series.held), len(series.members)) > (len(best.held), len(best.members)):
            best = series
    if best is None:
        raise InputError("the store holds no adopted resolution, so no series")
    return best
