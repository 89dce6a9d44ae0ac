"""The HTML redline: one self-contained page with a summary, an inline redline and a side-by-side view.

The page loads nothing (styles inline, no scripts, no fonts, no images; a Content-Security-Policy says
so to the browser) and every word of a resolution is escaped.  Moved, renumbered, split and merged
clauses carry a visible label; unchanged clauses are folded in ``<details>``, which needs no script.

Building blocks for pages that hold several redlines (the series report):

* :func:`render_redline_fragment` -- the summary and both views of one change list, as a ``<section>``
  body whose ids all start with a given anchor;
* :class:`PageSection` and :func:`render_html_page` -- a page of titled sections with a table of
  contents, carrying the shared stylesheet.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from versioning.diff.changes import CLASSES, KINDS, Change, ChangeList
from versioning.model import Document
from versioning.render.footnote_marks import NO_MARKS, FootnoteMark, FootnoteMarks
from versioning.render.html_style import PAGE_STYLE
from versioning.render.labels import (
    SECTION_TITLES,
    baseline_title,
    by_section,
    change_class_name,
    change_heading,
    change_labels,
    clause_name,
    count_phrase,
    fold_unchanged,
    lead_phrase,
    match_phrase,
    new_ids,
    old_ids,
    reason_detail,
    unchanged_range,
)
from versioning.render.segments import DELETED, INSERTED, Segment, change_segments, elide_kept, side_text
from versioning.render.side_by_side import Row, side_by_side_rows

ARROW = "\u2192"
_VISIBLE_SPACE = "\u2423"
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

ClauseHref = Callable[[str, str], "str | None"]
"""``clause_href(side, clause_id)``: the address of a clause of the ``"old"`` or ``"new"`` edition (for a
link from a change to it), or ``None`` for no link."""


@dataclass(frozen=True, slots=True)
class PageSection:
    """One titled part of a page.

    Attributes:
        anchor: the section's id (unique in the page; letters, digits and ``-``).
        heading: its title, as plain text (it is escaped here).
        body: its content, HTML already escaped (for instance :func:`render_redline_fragment`).
    """

    anchor: str
    heading: str
    body: str


def render_html(
    changes: ChangeList,
    *,
    color: bool = False,
    old: Document | None = None,
    new: Document | None = None,
) -> str:
    """Render a change list as a self-contained HTML redline page.

    With ``old`` and ``new`` (the two documents compared), the page names the text by its title and the
    side-by-side view shows the whole text, unchanged clauses folded; without them it shows the changes
    only.  ``color`` is ignored (a page is
    always in colour).
    """
    section = PageSection(
        "redline", baseline_title(changes, arrow=ARROW), render_redline_fragment(changes, old=old, new=new)
    )
    intro = f'<p class="document-title">{_escape(new.title)}</p>' if new is not None else ""
    title = f"Redline: {baseline_title(changes, arrow=ARROW)}"
    return render_html_page("Redline", [section], title=title, intro=intro)


def render_html_page(
    heading: str, sections: Sequence[PageSection], *, title: str | None = None, intro: str = ""
) -> str:
    """A complete page: the stylesheet, ``heading`` as its ``<h1>``, the optional ``intro`` (HTML), a
    table of contents when there is more than one section, and the sections in order.  ``title`` (plain
    text) names the browser tab; it defaults to ``heading``."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_escape(title or heading)}</title>",
        f"<style>{PAGE_STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{_escape(heading)}</h1>",
    ]
    if intro:
        parts.append(intro)
    if len(sections) > 1:
        links = "".join(f'<li><a href="#{_escape(s.anchor)}">{_escape(s.heading)}</a></li>' for s in sections)
        parts.append(f'<nav class="toc" aria-label="Contents"><ol>{links}</ol></nav>')
    for section in sections:
        parts.append(f'<section id="{_escape(section.anchor)}" class="page-section">')
        parts.append(f"<h2>{_escape(section.heading)}</h2>")
        parts.append(section.body)
        parts.append("</section>")
    parts.extend(["</main>", "</body>", "</html>"])
    return "\n".join(parts) + "\n"


def render_redline_fragment(
    changes: ChangeList,
    *,
    old: Document | None = None,
    new: Document | None = None,
    anchor: str = "redline",
    clause_href: ClauseHref | None = None,
) -> str:
    """The baselines, the summary, the inline redline and the side-by-side view of one change list, as an
    HTML fragment; every id in it starts with ``anchor`` so that several fit in one page.  With
    ``clause_href``, each change of the inline redline links to its clause in both editions."""
    return "\n".join(
        [
            render_baselines(changes),
            render_summary(changes, anchor=anchor),
            f'<nav aria-label="Views"><a href="#{_escape(anchor)}-inline">Inline redline</a> \u00b7 '
            f'<a href="#{_escape(anchor)}-side">Side by side</a></nav>',
            render_inline(changes, anchor=anchor, clause_href=clause_href),
            render_side_by_side(changes, old=old, new=new, anchor=anchor),
        ]
    )


def render_baselines(changes: ChangeList) -> str:
    """``Old: A/RES/67/6@2013-07-15 (reissue) -> New: ...`` as a paragraph."""

    def side(label: str, reference: str, kind: str | None) -> str:
        suffix = f" ({_escape(kind)})" if kind else ""
        return f'{label}: <span class="ref">{_escape(reference)}</span>{suffix}'

    old = side("Old", changes.old.reference, changes.old.kind)
    new = side("New", changes.new.reference, changes.new.kind)
    return f'<p class="baselines">{old} {ARROW} {new}</p>'


def render_summary(changes: ChangeList, *, anchor: str = "redline") -> str:
    """The summary box: the number of differences, the highest class, counts by kind and by class."""
    summary = changes.summary()
    highest = changes.highest_class
    lines = [f'<div class="summary" id="{_escape(anchor)}-summary">']
    total = f'<strong class="total" data-total="{summary["total"]}">{count_phrase(summary["total"])}</strong>'
    if highest:
        total += f'; highest class: <strong class="highest">{_escape(highest)}</strong>'
    lines.append(f"<p>{total}</p>")
    for label, counts, names, attribute in (
        ("By kind", summary["by_kind"], KINDS, "kind"),
        ("By class", summary["by_class"], tuple(reversed(CLASSES)), "class"),
    ):
        figures = "".join(
            f'<div><dt>{_escape(name)}</dt><dd data-{attribute}="{_escape(name)}">{counts[name]}</dd></div>'
            for name in names
            if counts.get(name)
        )
        if figures:
            lines.append(
                f'<div class="figures-row"><span class="figures-label">{label}</span>'
                f'<dl class="figures" aria-label="{label}">{figures}</dl></div>'
            )
    lines.append("</div>")
    return "\n".join(lines)


def render_inline(
    changes: ChangeList, *, anchor: str = "redline", clause_href: ClauseHref | None = None
) -> str:
    """The inline redline: per section, each change with its labels and its words marked (and links to
    its clause in both editions, given ``clause_href``)."""
    lines = [f'<section id="{_escape(anchor)}-inline" class="inline">', "<h3>Inline redline</h3>"]
    marks = FootnoteMarks.of(changes)
    if not changes.changes:
        lines.append("<p>The two editions have the same text.</p>")
    for section, items in by_section(changes):
        lines.append(f"<h4>{_escape(SECTION_TITLES.get(section, section))}</h4>")
        for index, entry in enumerate(fold_unchanged(items)):
            if isinstance(entry, list):
                noun = "clause" if len(entry) == 1 else "clauses"
                inner = "\n".join(
                    _change_article(change, f"{anchor}-{section}-{index}-{n}", marks, clause_href)
                    for n, change in enumerate(entry)
                )
                summary = f"{len(entry)} unchanged {noun} ({_escape(unchanged_range(entry))})"
                lines.append(f'<details class="unchanged"><summary>{summary}</summary>\n{inner}\n</details>')
            else:
                lines.append(_change_article(entry, f"{anchor}-{section}-{index}", marks, clause_href))
    lines.append("</section>")
    return "\n".join(lines)


def render_side_by_side(
    changes: ChangeList, *, old: Document | None = None, new: Document | None = None, anchor: str = "redline"
) -> str:
    """The side-by-side view: old clauses on the left with deletions marked, new on the right with
    insertions marked; runs of unchanged clauses folded."""
    lines = [
        f'<section id="{_escape(anchor)}-side" class="side">',
        "<h3>Side by side</h3>",
        '<div class="side-by-side">',
        f'<div class="column-head">{_escape(changes.old.reference)}</div>',
        f'<div class="column-head">{_escape(changes.new.reference)}</div>',
    ]
    marks = FootnoteMarks.of(changes)
    sections = side_by_side_rows(changes, old, new)
    # ids across sections: the place a clause left may be in another section than where it went
    row_ids = {
        id(row.change): f"{anchor}-side-{section}-{index}"
        for section, rows in sections
        for index, row in enumerate(rows)
        if row.change is not None and not row.vacated
    }
    for section, rows in sections:
        lines.append(f'<h4 class="section-head">{_escape(SECTION_TITLES.get(section, section))}</h4>')
        for run in _runs_of_unchanged(rows):
            if run[0].unchanged:
                noun = "clause" if len(run) == 1 else "clauses"
                first, last = run[0].new_id or run[0].old_id, run[-1].new_id or run[-1].old_id
                span = first if len(run) == 1 else f"{first} .. {last}"
                cells = "\n".join(_row_cells(section, row, row_ids, marks) for row in run)
                lines.append(
                    f'<details class="unchanged"><summary>{len(run)} unchanged {noun} ({_escape(span or "")})'
                    f'</summary><div class="rows">\n{cells}\n</div></details>'
                )
            else:
                lines.extend(_row_cells(section, row, row_ids, marks) for row in run)
    lines.extend(["</div>", "</section>"])
    return "\n".join(lines)


def segments_html(segments: Iterable[Segment]) -> str:
    """Words with ``<del>`` and ``<ins>`` marks, escaped; a whitespace-only edit is shown as ``␣``."""
    parts = []
    for segment in segments:
        if segment.kind not in (DELETED, INSERTED):
            parts.append(_escape(segment.text))
            continue
        tag = "del" if segment.kind == DELETED else "ins"
        if segment.is_whitespace:
            visible = segment.text.replace(" ", _VISIBLE_SPACE)
            parts.append(f'<{tag} class="space" title="spacing">{_escape(visible)}</{tag}>')
        else:
            parts.append(f"<{tag}>{_escape(segment.text)}</{tag}>")
    return "".join(parts)


def _badges(change: Change) -> str:
    """The labels of a change (kind, ``reworded``, class) as badges, the class's reason as its title."""
    badges = "".join(
        f'<span class="badge kind-{_escape(label)}">{_escape(label)}</span>'
        for label in change_labels(change)
    )
    class_name = change_class_name(change)
    return (
        badges + f'<span class="badge class-{_escape(class_name)}" title="{_escape(change.reason)}">'
        f"{_escape(class_name)}</span>"
    )


def marks_html(marks: Iterable[FootnoteMark]) -> str:
    """Footnote marks as marked elements: ``<ins class="footnote-mark">[footnote 3 added]</ins>``."""
    parts = []
    for mark in marks:
        tag = "ins" if mark.kind == "added" else "del" if mark.kind == "removed" else "span"
        kind = mark.kind.replace(" ", "-")
        parts.append(f' <{tag} class="footnote-mark mark-{kind}">{_escape(mark.text)}</{tag}>')
    return "".join(parts)


def _change_article(
    change: Change,
    element_id: str,
    marks: FootnoteMarks = NO_MARKS,
    clause_href: ClauseHref | None = None,
) -> str:
    """One change of the inline redline: heading, badges, reason, notes (lead shift, match), marked words
    and footnote marks."""
    class_name = change_class_name(change)
    classes = ["change", f"kind-{change.kind}", f"section-{change.section}", f"class-{class_name}"]
    reason = f'<span class="reason">{_escape(reason_detail(change))}</span>'
    notes = reason + "".join(
        f'<span class="note">{_escape(phrase)}</span>'
        for phrase in (lead_phrase(change, arrow=ARROW), match_phrase(change))
        if phrase
    )
    heading = _escape(change_heading(change, arrow=ARROW))
    links = _clause_links(change, clause_href) if clause_href is not None else ""
    head = f'<p class="change-head"><span class="clause">{heading}</span>{_badges(change)}{notes}{links}</p>'
    body = ""
    if not (change.kind == "renumbered" and not change.text_changed):
        words = segments_html(elide_kept(change_segments(change))) + marks_html(marks.of_change(change))
        body = f'\n<p class="words">{words}</p>'
    return (
        f'<article class="{_escape(" ".join(classes))}" id="{_escape(element_id)}">\n{head}{body}\n</article>'
    )


def _clause_links(change: Change, clause_href: ClauseHref) -> str:
    """Links from a change to its clause in the old and the new edition (where it has one there)."""
    links = []
    for side, clause, label in (("old", change.old_id, "in old"), ("new", change.new_id, "in new")):
        href = clause_href(side, str(clause)) if clause is not None else None
        if href is not None:
            links.append(f'<a class="clause-link side-{side}" href="{_escape(href)}">{label}</a>')
    return f'<span class="clause-links">{" ".join(links)}</span>' if links else ""


def _row_cells(section: str, row: Row, row_ids: dict[int, str], marks: FootnoteMarks = NO_MARKS) -> str:
    """The two cells of a row: the old clause with deletions, the new clause with insertions; for the
    place a moved clause left, a pointer to where it went."""
    change = row.change
    if change is None:
        text = _escape(row.text or "")
        return (
            _cell("old", _names(section, (row.old_id,)), text)
            + "\n"
            + _cell("new", _names(section, (row.new_id,)), text)
        )
    target = row_ids.get(id(change), "")
    if row.vacated:
        pointer = f'now <a href="#{_escape(target)}">{_names(section, new_ids(change))}</a>'
        old_cell = _cell(
            "old", _names(section, old_ids(change)), pointer, '<span class="badge kind-moved">moved</span>'
        )
        return old_cell + "\n" + _cell("new", "", "")
    segments = change_segments(change)
    badges = _badges(change)
    clause_marks = marks.of_change(change)
    old_marks = marks_html(mark for mark in clause_marks if mark.kind == "removed")
    new_marks = marks_html(mark for mark in clause_marks if mark.kind != "removed")
    old_words = segments_html(side_text(segments, "old")) + old_marks
    new_words = segments_html(side_text(segments, "new")) + new_marks
    old_cell = _cell("old", _names(section, old_ids(change)), old_words, badges)
    new_cell = _cell("new", _names(section, new_ids(change)), new_words, badges, target)
    return old_cell + "\n" + new_cell


def _names(section: str, ids: Iterable[str | None]) -> str:
    """Escaped clause names joined by commas ("" when the side has none)."""
    return ", ".join(_escape(clause_name(section, name)) for name in ids if name is not None)


def _cell(side: str, names: str, text: str, badges: str = "", element_id: str = "") -> str:
    """One cell; an empty, hatched cell for the side that lacks the clause."""
    if not names:
        return f'<div class="cell {side} absent" aria-label="not in this edition"></div>'
    id_attribute = f' id="{_escape(element_id)}"' if element_id else ""
    return f'<div class="cell {side}"{id_attribute}><span class="clause">{names}</span>{badges} {text}</div>'


def _runs_of_unchanged(rows: list[Row]) -> list[list[Row]]:
    """Split rows into runs: each run of unchanged rows together, every other row alone."""
    runs: list[list[Row]] = []
    for row in rows:
        if row.unchanged and runs and runs[-1][0].unchanged:
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
