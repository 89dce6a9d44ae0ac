"""Drafts and the resolutions adopted from them: each pair held, and the diff between them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from versioning.diff import ChangeList, diff_editions
from versioning.model import Document
from versioning.series.successive import StepSummary, summarise_changes


@dataclass(frozen=True, slots=True)
class DraftPair:
    """A draft as circulated and the resolution adopted from it (``draft`` names the draft's symbol in
    the resolution's header), with the changes made between circulation and adoption."""

    draft: Document
    adopted: Document
    changes: ChangeList = field(repr=False)

    @property
    def label(self) -> str:
        """``A/80/L.4 -> A/RES/80/3``."""
        return f"{self.draft.symbol} -> {self.adopted.symbol}"

    def summary(self) -> StepSummary:
        """The pair's figures, as the series summary counts them."""
        return summarise_changes(self.changes)


def draft_pairs(documents: Iterable[Document]) -> tuple[DraftPair, ...]:
    """Every held resolution whose draft is held too, with its diff, in order of the resolution's
    symbol.

    A plenary resolution names its draft.  One adopted on a Main Committee's report names the report, so
    its draft is the committee's draft of the same session, committee and title, when exactly one is held
    (a revised draft is an edition of the same symbol)."""
    pool = list(documents)
    drafts = {doc.symbol: doc for doc in pool if doc.number is None}
    by_committee: dict[tuple[int, str, str], list[Document]] = {}
    for draft in drafts.values():
        if draft.committee is not None and draft.symbol.committee is not None:
            by_committee.setdefault((draft.session, draft.committee, draft.title), []).append(draft)
    pairs = []
    for doc in pool:
        if doc.number is None:
            continue
        if doc.draft is not None and doc.draft.text_symbol in drafts:
            pairs.append((drafts[doc.draft.text_symbol], doc))
        elif doc.draft is None and doc.report is not None and doc.committee is not None:
            candidates = by_committee.get((doc.session, doc.committee, doc.title), [])
            if len(candidates) == 1:
                pairs.append((candidates[0], doc))
    return tuple(
        DraftPair(draft, doc, diff_editions(draft, doc))
        for draft, doc in sorted(pairs, key=lambda pair: _order(pair[1]))
    )


def draft_summary_text(pairs: Sequence[DraftPair]) -> str:
    """One line per pair: the changes between circulation and adoption by class, layout aside."""
    if not pairs:
        return "No draft -> adopted pair is held.\n"
    rows = [
        (
            "DRAFT -> ADOPTED",
            "CLAUSES",
            "EDITORIAL",
            "ROUTINE",
            "SUBSTANTIVE",
            "FOOTNOTES",
            "METADATA",
            "HIGHEST",
            "TITLE",
        )
    ]
    for pair in pairs:
        figures = pair.summary()
        changed = figures.added + figures.removed + figures.moved + sum(figures.modified.values())
        rows.append(
            (
                pair.label,
                str(changed),
                str(figures.modified["editorial"]),
                str(figures.modified["routine"]),
                str(figures.modified["substantive"]),
                str(figures.footnotes),
                str(figures.metadata),
                figures.highest_class or "none",
                _shorten(pair.adopted.title, 60),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    legend = (
        "CLAUSES: paragraphs added, removed, moved or reworded; EDITORIAL, ROUTINE, SUBSTANTIVE: reworded\n"
        "paragraphs by class; FOOTNOTES, METADATA: entries changed (sponsors line and note, dates, symbol)."
    )
    return "\n".join(["Drafts and the resolutions adopted from them", "", *lines, "", legend]) + "\n"


def _order(document: Document) -> tuple[int, int]:
    session, _, number = (document.number or "0/0").partition("/")
    return int(session), int(number) if number.isdigit() else 0


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."
