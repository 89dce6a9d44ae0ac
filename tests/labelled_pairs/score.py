"""Read the labelled pairs of this folder, check them against the parsed documents, and score the diff
engine on them.

A *link* is one (old paragraph id, new paragraph id) pairing: a modified, moved, renumbered or unchanged
paragraph gives one, a split or a merge one per part.  The scores of a pair (see :class:`PairScore`):

* pairing precision, recall and F1: the engine's links against the labelled ones;
* kind accuracy: over the links both sides give, how often the engine's kind is the labelled one;
* class accuracy: over the links both sides give and the label marks as changed (a class that is not
  null), how often the engine's class is the labelled one.

Used by ``scripts/score_pairs.py`` (the table of the README) and ``tests/test_labelled_pairs.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from versioning.diff import ChangeList, diff_editions
from versioning.model import Document, Paragraph
from versioning.parsing import parse_edition

FOLDER = Path(__file__).resolve().parent
"""Where the labelled pairs live: one ``OLD__NEW.json`` file per pair."""

KINDS = ("unchanged", "renumbered", "modified", "moved", "split", "merged", "added", "removed")
CLASSES = ("editorial", "routine", "substantive")
SECTIONS = ("preamble", "operative")

Link = tuple[str, str]
"""One pairing: (old paragraph id, new paragraph id), as ``str()`` of the ids."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One labelled decision: which old paragraphs became which new ones, how, and of what class."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    kind: str
    change_class: str | None
    reason: str
    parser_note: str | None = None

    @property
    def links(self) -> list[Link]:
        """Every (old, new) pairing the entry makes (none for an added or removed paragraph)."""
        return [(old, new) for old in self.old for new in self.new]


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """One labelled pair of successive resolutions."""

    name: str
    old: str
    new: str
    labeller_notes: str
    entries: tuple[Entry, ...]

    @property
    def label(self) -> str:
        """A short name for tables: ``77/12 -> 79/290``."""
        return " -> ".join(_number(path) for path in (self.old, self.new))

    def labelled_links(self) -> dict[Link, Entry]:
        """Each labelled link with the entry that makes it."""
        return {link: entry for entry in self.entries for link in entry.links}


def _number(corpus_path: str) -> str:
    stem = Path(corpus_path).name.split(".")[0]  # A-RES-77-12.pymupdf.txt -> A-RES-77-12
    return "/".join(stem.split("-")[2:])


def load_pair(path: Path) -> LabelledPair:
    """Read one pair's JSON file (no checks beyond its shape; see :func:`check_pair`)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    entries = tuple(
        Entry(
            old=tuple(entry["old"]),
            new=tuple(entry["new"]),
            kind=entry["kind"],
            change_class=entry["class"],
            reason=entry["reason"],
            parser_note=entry.get("parser_note"),
        )
        for entry in data["entries"]
    )
    return LabelledPair(path.stem, data["old"], data["new"], data["labeller_notes"], entries)


def load_pairs(folder: Path = FOLDER) -> list[LabelledPair]:
    """Every labelled pair of ``folder``: by corpus folder, then by the old resolution's session and
    number (so that a series reads in order)."""
    return sorted((load_pair(path) for path in folder.glob("*.json")), key=_order)


def _order(pair: LabelledPair) -> tuple[str, int, int]:
    folder = Path(pair.old).parent.name
    session, number = (int(part) for part in _number(pair.old).split("/"))
    return folder, session, number


def top_level_ids(document: Document) -> list[str]:
    """The ids of the preambular and operative paragraphs (sub-paragraphs go with their parent)."""
    paragraphs: Iterable[Paragraph] = (*document.preamble, *document.operative)
    return [str(paragraph.id) for paragraph in paragraphs]


def check_pair(pair: LabelledPair, old: Document, new: Document) -> list[str]:
    """The problems of one labelled pair, as sentences naming the entry (empty when it is well-formed).

    Each entry must have a known kind, a class fitting its kind, a reason, and as many ids on each side as
    its kind wants; every top-level paragraph of each document must be named exactly once on its side."""
    problems: list[str] = []
    for index, entry in enumerate(pair.entries):
        where = f"{pair.name}: entries[{index}] ({list(entry.old)} -> {list(entry.new)})"
        problems.extend(f"{where}: {problem}" for problem in _entry_problems(entry))
    for side, ids, document in (("old", _side(pair, "old"), old), ("new", _side(pair, "new"), new)):
        expected = top_level_ids(document)
        missing = [clause for clause in expected if clause not in ids]
        unknown = [clause for clause in ids if clause not in expected]
        repeated = sorted({clause for clause in ids if ids.count(clause) > 1})
        for label, clauses in (("not labelled", missing), ("not in the document", unknown),
                               ("labelled more than once", repeated)):  # fmt: skip
            if clauses:
                problems.append(f"{pair.name}: {side} side: {label}: {', '.join(clauses)}")
    return problems


def _side(pair: LabelledPair, side: str) -> list[str]:
    return [clause for entry in pair.entries for clause in getattr(entry, side)]


def _entry_problems(entry: Entry) -> list[str]:
    problems = []
    if entry.kind not in KINDS:
        return [f"unknown kind {entry.kind!r}"]
    if entry.change_class is not None and entry.change_class not in CLASSES:
        problems.append(f"unknown class {entry.change_class!r}")
    shape = {"added": (0, 1), "removed": (1, 0)}.get(entry.kind, (1, 1))
    counts = (len(entry.old), len(entry.new))
    if entry.kind == "split":
        if counts[0] != 1 or counts[1] < 2:
            problems.append("a split takes one old id and two or more new ids")
    elif entry.kind == "merged":
        if counts[0] < 2 or counts[1] != 1:
            problems.append("a merge takes two or more old ids and one new id")
    elif counts != shape:
        problems.append(f"kind {entry.kind} takes {shape[0]} old and {shape[1]} new id(s)")
    if entry.kind in ("unchanged", "renumbered") and entry.change_class is not None:
        problems.append(f"kind {entry.kind} has no class (null)")
    if entry.kind in ("modified", "split", "merged", "added", "removed") and entry.change_class is None:
        problems.append(f"kind {entry.kind} needs a class")
    if not entry.reason.strip():
        problems.append("no reason")
    return problems


@dataclass(frozen=True, slots=True)
class EngineLink:
    """What the engine says of one link."""

    kind: str
    change_class: str | None


def engine_links(changes: ChangeList) -> dict[Link, EngineLink]:
    """The engine's links between top-level preambular and operative paragraphs, from a change list made
    with ``include_unchanged=True`` (a split or merge gives one change, so one link, per part)."""
    links: dict[Link, EngineLink] = {}
    for change in changes.changes:
        if change.section not in SECTIONS or change.old_id is None or change.new_id is None:
            continue
        old, new = str(change.old_id), str(change.new_id)
        if "." in old or "." in new:  # a sub-paragraph: it goes with its parent
            continue
        links[old, new] = EngineLink(change.kind, change.change_class)
    return links


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One place where the engine and the labels differ."""

    what: str  # "missed link", "extra link", "kind", "class"
    link: Link
    labelled: str
    engine: str


@dataclass(frozen=True, slots=True)
class PairScore:
    """The counts behind a pair's scores (totals add these up)."""

    label: str
    labelled: int  # labelled links
    found: int  # engine links
    correct: int  # links both give
    kind_right: int
    classed: int  # correct links whose label has a class
    class_right: int
    disagreements: tuple[Disagreement, ...] = field(default=())

    @property
    def precision(self) -> float:
        """Share of the engine's links that are labelled links."""
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Share of the labelled links the engine found."""
        return self.correct / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def kind_accuracy(self) -> float:
        """Share of the correct links whose kind the engine got right."""
        return self.kind_right / self.correct if self.correct else 1.0

    @property
    def class_accuracy(self) -> float:
        """Share of the correct, changed links whose class the engine got right."""
        return self.class_right / self.classed if self.classed else 1.0


def score_pair(pair: LabelledPair, old: Document, new: Document) -> PairScore:
    """Diff ``old`` and ``new`` with the engine and score it against the pair's labels."""
    engine = engine_links(diff_editions(old, new, include_unchanged=True))
    labelled = pair.labelled_links()
    disagreements: list[Disagreement] = []
    kind_right = classed = class_right = 0
    for link, entry in labelled.items():
        found = engine.get(link)
        if found is None:
            disagreements.append(Disagreement("missed link", link, entry.kind, _engine_fate(link, engine)))
            continue
        if found.kind == entry.kind:
            kind_right += 1
        else:
            disagreements.append(Disagreement("kind", link, entry.kind, found.kind))
        if entry.change_class is not None:
            classed += 1
            if found.change_class == entry.change_class:
                class_right += 1
            else:
                disagreements.append(Disagreement("class", link, entry.change_class, str(found.change_class)))
    for link, found in engine.items():
        if link not in labelled:
            disagreements.append(Disagreement("extra link", link, _labelled_fate(link, pair), found.kind))
    return PairScore(
        label=pair.label,
        labelled=len(labelled),
        found=len(engine),
        correct=sum(1 for link in labelled if link in engine),
        kind_right=kind_right,
        classed=classed,
        class_right=class_right,
        disagreements=tuple(disagreements),
    )


def _engine_fate(link: Link, engine: dict[Link, EngineLink]) -> str:
    """What the engine did with the two ends of a link it missed."""
    old_partners = [f"{new} ({found.kind})" for (old, new), found in engine.items() if old == link[0]]
    new_partners = [f"{old} ({found.kind})" for (old, new), found in engine.items() if new == link[1]]
    return (
        f"old {link[0]} -> {', '.join(old_partners) or 'removed'}; "
        f"new {link[1]} <- {', '.join(new_partners) or 'added'}"
    )


def _labelled_fate(link: Link, pair: LabelledPair) -> str:
    kinds = [entry.kind for entry in pair.entries if link[0] in entry.old or link[1] in entry.new]
    return "labelled: " + ", ".join(kinds)


def total(scores: Sequence[PairScore]) -> PairScore:
    """The scores of all pairs together (micro-averaged: every link counts once)."""
    return PairScore(
        label="total",
        labelled=sum(score.labelled for score in scores),
        found=sum(score.found for score in scores),
        correct=sum(score.correct for score in scores),
        kind_right=sum(score.kind_right for score in scores),
        classed=sum(score.classed for score in scores),
        class_right=sum(score.class_right for score in scores),
    )


def score_all(corpus: Path, folder: Path = FOLDER) -> list[PairScore]:
    """Parse each labelled pair's documents from ``corpus`` and score the engine on every pair."""
    return [
        score_pair(pair, parse_edition(corpus / pair.old), parse_edition(corpus / pair.new))
        for pair in load_pairs(folder)
    ]


def format_table(scores: Sequence[PairScore]) -> str:
    """The per-pair table and the totals, as a Markdown table."""
    rows = [
        "| pair | links | engine links | pairing P | R | F1 | kind | class |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for score in [*scores, total(scores)]:
        name = f"**{score.label}**" if score.label == "total" else score.label
        rows.append(
            f"| {name} | {score.labelled} | {score.found} | {score.precision:.3f} | {score.recall:.3f} "
            f"| {score.f1:.3f} | {score.kind_accuracy:.3f} ({score.kind_right}/{score.correct}) "
            f"| {score.class_accuracy:.3f} ({score.class_right}/{score.classed}) |"
        )
    return "\n".join(rows)
