"""The change vocabulary: immutable records that every renderer and every consumer reads.

A diff of two editions is a :class:`ChangeList`: the two baselines and a tuple of :class:`Change` records.
Its JSON form (``to_dict``/``from_dict``) is described by ``schemas/changes.schema.json`` and round-trips.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from versioning.identifiers import ClauseId

SECTIONS = ("metadata", "preamble", "operative", "annexes", "headings", "footnotes")
"""Sections of a document, in the order changes are listed.  ``annexes`` holds the paragraphs of annexes
(ids ``annex1.p3``; an annex's label and title are metadata fields ``annex1.label``, ``annex1.title``);
``headings`` the headings printed above clauses (id: the clause the heading stands above, ``op5``, with
``#2`` for a second heading above the same clause)."""

CLAUSE_SECTIONS = ("preamble", "operative", "annexes")
"""The sections whose change ids are clause ids (``str()`` of a :class:`ClauseId`); the others name a
metadata field, a footnote marker or a heading."""

KINDS = ("added", "removed", "modified", "moved", "renumbered", "split", "merged", "unchanged")
"""Change kinds. ``split``: one old clause became several new ones; ``merged``: the reverse."""

CLASSES = ("editorial", "routine", "substantive")
"""Change classes, lowest first: editorial < routine < substantive."""

SHIFTS = ("stronger", "weaker", "same", "unknown")
"""How a lead phrase moved on the scale of ``data/lead_scale.json``."""

MATCHES = ("exact", "normalised", "similar")
"""How two clauses were paired: same text; same text after normalising layout; similar with a score."""

DiffOp = tuple[int, str]
"""One diff-match-patch pair: ``(-1, deleted)``, ``(0, kept)`` or ``(1, inserted)``."""


GONE = ""
"""The new marker of an old footnote the new edition removed, in a marker map (no note has it): a clause
whose number still cites "2" cites another note than the removed note 2."""


def class_rank(name: str | None) -> int:
    """The rank of a class (``None`` < editorial < routine < substantive)."""
    return -1 if name is None else CLASSES.index(name)


@dataclass(frozen=True, slots=True)
class LeadShift:
    """A change of the opening phrase: ``Invites`` -> ``Encourages`` is ``stronger``."""

    old: str | None
    new: str | None
    shift: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"old": self.old, "new": self.new, "shift": self.shift}


@dataclass(frozen=True, slots=True)
class Change:
    """One change between two editions.

    Attributes:
        section: one of :data:`SECTIONS`.
        kind: one of :data:`KINDS`.
        old_id: the clause id (``str()`` of a :class:`ClauseId`; see :attr:`old_clause`), footnote marker,
            metadata field name or heading id on the old side, or ``None``.
        new_id: the same on the new side, or ``None``.
        text_changed: the words differ.
        moved: the clause changed its place relative to its neighbours (not merely its number).
        change_class: ``editorial``, ``routine`` or ``substantive``, on every record: the class of the
            change of words (or citations), else the class of its kind (see ``data/class_rules.json``).
            Serialised as ``class``.
        reason: why the change has its class, in a few words starting with the class
            (``routine: session numbers and dates only``, ``substantive: paragraph added``).
        lead: the lead-phrase shift, when the opening phrase changed.
        words: the word-level edit as diff-match-patch pairs (empty when the text did not change).
        old_text: the clause's text on the old side (``None`` when added); for a part of a split, the piece
            of the old clause that went to it, where the clause could be cut (see
            :mod:`versioning.diff.parts`).
        new_text: the clause's text on the new side (``None`` when removed); for a part of a merge, the
            piece of the new clause it went to, where the clause could be cut.
        match: how the clauses were paired (one of :data:`MATCHES`), ``None`` for added/removed.
        score: similarity in [0, 1] for ``similar`` matches, else ``None``.
        related: for ``split``/``merged``, the ids of the other clauses involved.
        old_number: the printed number on the old side (operative clauses), if any.
        new_number: the printed number on the new side, if any.
        old_lead: the lead phrase of the clause on the old side, if any (whether or not it changed).
        new_lead: the same on the new side.
        old_footnotes: the footnote markers the clause cites on the old side, in order.
        new_footnotes: the same on the new side.

    The last four (and ``old_text``/``new_text``) make a change list complete enough to be applied to the
    old document (see :mod:`versioning.diff.apply`).
    """

    section: str
    kind: str
    old_id: str | None
    new_id: str | None
    text_changed: bool = False
    moved: bool = False
    change_class: str = field(kw_only=True)
    reason: str = field(kw_only=True)
    lead: LeadShift | None = None
    words: tuple[DiffOp, ...] = ()
    old_text: str | None = None
    new_text: str | None = None
    match: str | None = None
    score: float | None = None
    related: tuple[str, ...] = ()
    old_number: str | None = None
    new_number: str | None = None
    old_lead: str | None = None
    new_lead: str | None = None
    old_footnotes: tuple[str, ...] = ()
    new_footnotes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.change_class not in CLASSES:
            raise ValueError(f"change class {self.change_class!r} is not one of {', '.join(CLASSES)}")
        if not self.reason.startswith(f"{self.change_class}: "):
            raise ValueError(f"reason {self.reason!r} does not start with its class {self.change_class!r}")

    @property
    def old_clause(self) -> ClauseId | None:
        """``old_id`` as a :class:`ClauseId`, for a change of a paragraph (``None`` otherwise)."""
        return ClauseId.parse(self.old_id) if self.old_id and self.section in CLAUSE_SECTIONS else None

    @property
    def new_clause(self) -> ClauseId | None:
        """``new_id`` as a :class:`ClauseId`, for a change of a paragraph (``None`` otherwise)."""
        return ClauseId.parse(self.new_id) if self.new_id and self.section in CLAUSE_SECTIONS else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (see ``schemas/changes.schema.json``)."""
        return {
            "section": self.section,
            "kind": self.kind,
            "old_id": self.old_id,
            "new_id": self.new_id,
            "old_number": self.old_number,
            "new_number": self.new_number,
            "text_changed": self.text_changed,
            "moved": self.moved,
            "class": self.change_class,
            "reason": self.reason,
            "lead": self.lead.to_dict() if self.lead else None,
            "match": self.match,
            "score": self.score,
            "related": list(self.related),
            "words": [[op, text] for op, text in self.words],
            "old_text": self.old_text,
            "new_text": self.new_text,
            "old_lead": self.old_lead,
            "new_lead": self.new_lead,
            "old_footnotes": list(self.old_footnotes),
            "new_footnotes": list(self.new_footnotes),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Change:
        """Read the JSON form back."""
        lead = data.get("lead")
        return cls(
            section=data["section"],
            kind=data["kind"],
            old_id=data.get("old_id"),
            new_id=data.get("new_id"),
            text_changed=bool(data.get("text_changed", False)),
            moved=bool(data.get("moved", False)),
            change_class=data["class"],
            reason=data["reason"],
            lead=LeadShift(lead["old"], lead["new"], lead["shift"]) if lead else None,
            words=tuple((int(op), str(text)) for op, text in data.get("words", ())),
            old_text=data.get("old_text"),
            new_text=data.get("new_text"),
            match=data.get("match"),
            score=data.get("score"),
            related=tuple(data.get("related", ())),
            old_number=data.get("old_number"),
            new_number=data.get("new_number"),
            old_lead=data.get("old_lead"),
            new_lead=data.get("new_lead"),
            old_footnotes=tuple(data.get("old_footnotes", ())),
            new_footnotes=tuple(data.get("new_footnotes", ())),
        )


@dataclass(frozen=True, slots=True)
class Baseline:
    """One side of a comparison: which edition of which text.

    ``sha256`` and ``format`` identify the exact source bytes the edition was parsed from (its ``source``
    record), so that a change list names precisely what was compared.
    """

    symbol: str
    date: str | None
    kind: str | None = None
    sha256: str | None = None
    format: str | None = None

    @property
    def reference(self) -> str:
        """The edition reference (``A/RES/67/6@2013-07-15``)."""
        return f"{self.symbol}@{self.date}" if self.date else self.symbol

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "symbol": self.symbol,
            "date": self.date,
            "kind": self.kind,
            "sha256": self.sha256,
            "format": self.format,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Baseline:
        """Read the JSON form back."""
        return cls(data["symbol"], data["date"], data.get("kind"), data.get("sha256"), data.get("format"))


@dataclass(frozen=True, slots=True)
class ChangeList:
    """The result of comparing two editions: baselines, changes in document order, and a summary."""

    old: Baseline
    new: Baseline
    changes: tuple[Change, ...] = field(default=())

    @property
    def differences(self) -> tuple[Change, ...]:
        """The changes that are differences (every kind but ``unchanged``)."""
        return tuple(change for change in self.changes if change.kind != "unchanged")

    @property
    def highest_class(self) -> str | None:
        """The highest class among the differences (``None`` when there is none)."""
        best: str | None = None
        for change in self.differences:
            if class_rank(change.change_class) > class_rank(best):
                best = change.change_class
        return best

    def has_differences(self, at_least: str | None = None) -> bool:
        """True when some difference is of class ``at_least`` or above (any difference when ``None``)."""
        floor = class_rank(at_least)
        return any(class_rank(change.change_class) >= floor for change in self.differences)

    def summary(self) -> dict[str, Any]:
        """Counts by kind and by class (differences only), plus the total."""
        kinds = Counter(change.kind for change in self.differences)
        classes = Counter(change.change_class for change in self.differences)
        return {
            "total": len(self.differences),
            "by_kind": {kind: kinds[kind] for kind in KINDS if kinds[kind]},
            "by_class": {name: classes[name] for name in CLASSES if classes[name]},
        }

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (see ``schemas/changes.schema.json``)."""
        return {
            "old": self.old.to_dict(),
            "new": self.new.to_dict(),
            "changes": [change.to_dict() for change in self.changes],
            "summary": self.summary(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChangeList:
        """Read the JSON form back (the summary is derived, so it is not read)."""
        return cls(
            old=Baseline.from_dict(data["old"]),
            new=Baseline.from_dict(data["new"]),
            changes=tuple(Change.from_dict(change) for change in data["changes"]),
        )
