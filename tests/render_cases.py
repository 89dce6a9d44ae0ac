"""Hand-built change lists for the renderer tests and their golden files.

Each case is a ``ChangeList`` written the way the diff engine is specified to write one (DESIGN.md, the
change-list contract), with the words of the real founding document A/RES/67/6 and its successor
A/RES/73/331.  Word-level edits are written as diff-match-patch pairs; the old and new texts are derived
from them, so the invariant "old = non-inserted parts, new = non-deleted parts" holds by construction.

``scripts/regenerate_render_golden.py`` renders every case into ``tests/golden/render/``.
"""

from __future__ import annotations

from collections.abc import Callable

from versioning.diff.changes import Baseline, Change, ChangeList, DiffOp, LeadShift
from versioning.diff.class_rules import Finding, judge, metadata_verdict, structural_verdict
from versioning.diff.classify import judge_words
from versioning.diff.metadata import FIELDS
from versioning.model import Distribution, Document, Edition, Footnote, Paragraph, Source

OLD = Baseline("A/RES/67/6", "2013-07-15", "reissue")
NEW = Baseline("A/RES/73/331", "2019-07-25", "original")


def texts(words: tuple[DiffOp, ...]) -> tuple[str, str]:
    """The old and new texts of a word-level edit."""
    old = "".join(text for op, text in words if op <= 0)
    new = "".join(text for op, text in words if op >= 0)
    return old, new


def edit(
    section: str, kind: str, old_id: str | None, new_id: str | None, *words: DiffOp, **more: object
) -> Change:
    """A change whose texts come from its word-level edit; an added clause has no old text and a removed
    one no new text."""
    old_text, new_text = texts(words)
    _with_verdict(more, section, kind, words, old_id, new_id)
    return Change(
        section=section,
        kind=kind,
        old_id=old_id,
        new_id=new_id,
        text_changed=any(op != 0 for op, _ in words),
        words=words if any(op != 0 for op, _ in words) else (),
        old_text=None if kind == "added" else old_text,
        new_text=None if kind == "removed" else new_text,
        **more,  # type: ignore[arg-type]
    )


def same(section: str, kind: str, old_id: str, new_id: str, text: str, **more: object) -> Change:
    """A change without a text change (unchanged, moved or renumbered)."""
    _with_verdict(more, section, kind, ())
    return Change(section, kind, old_id, new_id, old_text=text, new_text=text, match="exact", **more)  # type: ignore[arg-type]


def _with_verdict(
    more: dict[str, object],
    section: str,
    kind: str,
    words: tuple[DiffOp, ...],
    old_id: str | None = None,
    new_id: str | None = None,
) -> None:
    """Give a hand-built change the class and reason the engine's rules give it, unless the case states
    them; a stated class without a reason must be the rules' class."""
    if "reason" in more:
        return
    edited = any(op != 0 for op, _ in words) and kind not in ("added", "removed")
    verdict = (judge_words(words) if edited else None) or structural_verdict(kind, section)
    if section == "metadata":  # dates and symbols are compared whole
        label = next(field.label for field in FIELDS if field.name == (old_id or new_id))
        verdict = metadata_verdict(label, editorial=False)
    stated = more.setdefault("change_class", verdict.change_class)
    if stated != verdict.change_class:
        raise ValueError(f"{section} {kind}: class {stated} stated, rules give {verdict.reason}")
    more["reason"] = verdict.reason


_CITATION = judge([Finding("citation", "footnote 5 added")]) or structural_verdict("modified", "operative")


PP1 = (
    "Having considered the report of the Secretary-General on cooperation between the United "
    "Nations and regional and other organizations,"
)
PP2 = (
    "Referring to the Articles of the Charter of the United Nations that encourage measures for "
    "regional cooperation to advance the purposes and principles of the United Nations,"
)
PP4 = "Noting the twentieth anniversary of the signing of the Treaty on Collective Security,"
PP5 = (
    "Noting with satisfaction that, during its existence, the Collective Security Treaty "
    "Organization has transformed into a multifunctional structure with the potential to "
    "provide an adequate response to a wide range of threats and challenges within the area of "
    "its responsibility,"
)
OP6 = (
    "Decides to include in the provisional agenda of its sixty-ninth session, under the item "
    "entitled \u201cCooperation between the United Nations and regional and other "
    "organizations\u201d, the sub-item entitled \u201cCooperation between the United Nations "
    "and the Collective Security Treaty Organization\u201d."
)
OP8 = "Decides to remain seized of the matter."


def every_kind() -> ChangeList:
    """One change of every kind and every section, with unchanged clauses listed (``--all``).

    The story: a clause is added to the preamble (the next three are renumbered, the third also
    re-spaced) and its last clause removed; in the operative part a lead verb is strengthened, words are
    inserted, a paragraph is split and two are merged, one is moved up and reworded.
    """
    changes = (
        edit(
            "metadata",
            "modified",
            "adopted",
            "adopted",
            (-1, "2012-11-19"),
            (1, "2019-07-25"),
            change_class="routine",
        ),
        edit(
            "metadata",
            "modified",
            "draft",
            "draft",
            (-1, "A/67/L.5"),
            (1, "A/73/L.103"),
            change_class="routine",
        ),
        same("preamble", "unchanged", "pp1", "pp1", PP1),
        same("preamble", "unchanged", "pp2", "pp2", PP2),
        edit(
            "preamble",
            "modified",
            "pp3",
            "pp3",
            (0, "Referring further to its resolutions 64/256 of 2 March 2010"),
            (-1, " and"),
            (1, ","),
            (0, " 65/122 of 13 December 2010"),
            (1, ", 67/6 of 19 November 2012, 69/12 of 11 November 2014 and 71/12 of 21 November 2016"),
            (
                0,
                " on cooperation between the United Nations and the Collective Security Treaty Organization,",
            ),
            change_class="routine",
            match="similar",
            score=0.81,
        ),
        edit(
            "preamble",
            "added",
            None,
            "pp4",
            (
                1,
                (
                    "Noting the importance of strengthening cooperation in countering the financing of "
                    "terrorism,"
                ),
            ),
            change_class="substantive",
        ),
        same("preamble", "renumbered", "pp4", "pp5", PP4),
        same("preamble", "renumbered", "pp5", "pp6", PP5),
        edit(
            "preamble",
            "modified",
            "pp6",
            "pp7",
            (0, "Acknowledging the importance of the regional anti-drug operation \u201cKanal\u201d,"),
            (-1, "  "),
            (1, " "),
            (0, "to combat the smuggling of drugs,"),
            change_class="editorial",
            match="normalised",
        ),
        edit(
            "preamble",
            "removed",
            "pp7",
            None,
            (
                -1,
                (
                    "Welcoming also the steps taken to implement the Global Counter-Terrorism Strategy <in "
                    "Central Asia> & beyond,"
                ),
            ),
        ),
        edit(
            "operative",
            "modified",
            "op1",
            "op1",
            (-1, "Invites"),
            (1, "Encourages"),
            (
                0,
                " the Secretariat of the United Nations and the secretariat of the Organization to continue"
                " consultations;",
            ),
            change_class="substantive",
            reason="substantive: lead 'Invites' -> 'Encourages' (stronger)",
            lead=LeadShift("Invites", "Encourages", "stronger"),
            old_number="1",
            new_number="1",
        ),
        edit(
            "operative",
            "modified",
            "op2",
            "op2",
            (0, "Recognizes the "),
            (1, "significant practical "),
            (0, "contribution of the Organization to strengthening regional security and stability;"),
            change_class="substantive",
            old_number="2",
            new_number="2",
        ),
        edit(
            "operative",
            "split",
            "op3",
            "op3",
            (0, "Welcomes the joint ministerial plan of action"),
            (-1, " and"),
            (1, "; Welcomes also"),
            (0, " the efforts to counter illicit drug trafficking;"),
            change_class="substantive",
            related=("op4",),
            match="similar",
            score=0.74,
            old_number="3",
            new_number="3",
        ),
        edit(
            "operative",
            "merged",
            "op4",
            "op5",
            (0, "Stresses the importance of cooperation"),
            (-1, "; Calls for"),
            (1, " and calls for"),
            (0, " regular exchanges of information;"),
            related=("op5",),
            old_number="4",
            new_number="5",
        ),
        edit(
            "operative",
            "moved",
            "op7",
            "op6",
            (0, "Requests the Secretary-General to submit to the General Assembly at its "),
            (-1, "sixty-ninth"),
            (1, "seventy-fifth"),
            (0, " session a report on the implementation of the present resolution;"),
            change_class="routine",
            moved=True,
            match="similar",
            score=0.93,
            old_number="7",
            new_number="6",
        ),
        same("operative", "renumbered", "op6", "op7", OP6, old_number="6", new_number="7"),
        same(  # its words are the same; it now cites the new note 5, and note 3 (now 2) changed
            "operative",
            "modified",
            "op8",
            "op8",
            OP8,
            old_number="8",
            new_number="8",
            old_footnotes=("3",),
            new_footnotes=("2", "5"),
            change_class="routine",
            reason=_CITATION.reason,
        ),
        edit(
            "footnotes",
            "modified",
            "3",
            "2",
            (0, "S/PRST/"),
            (-1, "2010/1"),
            (1, "2019/1"),
            (0, "."),
            change_class="routine",
        ),
        edit(
            "footnotes",
            "added",
            None,
            "5",
            (1, "See A/73/L.103 [and Add.1]; *draft* _resolution_ #7 @chair | <b>bold</b>"),
            change_class="substantive",
        ),
    )
    return ChangeList(OLD, NEW, changes)


def identical() -> ChangeList:
    """Two editions with the same text: no differences at all."""
    return ChangeList(
        Baseline("A/RES/79/10", "2024-11-18", "original"), Baseline("A/RES/79/10", "2024-11-18", "original")
    )


def renumbering() -> ChangeList:
    """An inserted operative paragraph and the paragraphs after it renumbered (differences only)."""
    return ChangeList(
        OLD,
        NEW,
        (
            edit(
                "operative",
                "added",
                None,
                "op2",
                (1, "Welcomes the signing of the memorandum of understanding between the two secretariats;"),
                new_number="2",
            ),
            same(
                "operative",
                "renumbered",
                "op2",
                "op3",
                "Recognizes the contribution of the Organization;",
                old_number="2",
                new_number="3",
            ),
            same("operative", "renumbered", "op3", "op4", OP6, old_number="3", new_number="4"),
        ),
    )


CASES: dict[str, Callable[[], ChangeList]] = {
    "every_kind": every_kind,
    "identical": identical,
    "renumbering": renumbering,
}
"""Golden cases by name: ``tests/golden/render/<name>.txt`` and ``<name>.md``."""


def documents_for_every_kind() -> tuple[Document, Document]:
    """Two small documents consistent with :func:`every_kind`, for the whole-text side-by-side view."""
    case = every_kind()
    old_clauses: dict[str, str] = {}
    new_clauses: dict[str, str] = {}
    for change in case.changes:
        if change.section not in ("preamble", "operative"):
            continue
        if change.old_id and change.old_text is not None:
            old_clauses[change.old_id] = change.old_text
        if change.new_id and change.new_text is not None:
            new_clauses[change.new_id] = change.new_text
    new_clauses["op3"] = "Welcomes the joint ministerial plan of action;"  # the split's two halves
    new_clauses["op4"] = "Welcomes also the efforts to counter illicit drug trafficking;"
    old_clauses["op4"] = "Stresses the importance of cooperation;"  # the merge's two sources
    old_clauses["op5"] = "Calls for regular exchanges of information;"

    def build(clauses: dict[str, str], baseline: Baseline) -> Document:
        def section(prefix: str) -> tuple[Paragraph, ...]:
            ids = sorted(
                (name for name in clauses if name.startswith(prefix)), key=lambda name: int(name[2:])
            )
            return tuple(
                Paragraph(name, clauses[name], number=name[2:] if prefix == "op" else None) for name in ids
            )

        return Document(
            symbol=baseline.symbol,
            number=baseline.symbol.removeprefix("A/RES/"),
            session=int(baseline.symbol.split("/")[2]),
            title="Cooperation between the United Nations and the Collective Security Treaty Organization",
            agenda_items=("121 (f)",),
            adopted=baseline.date,
            draft=None,
            distribution=Distribution("General", baseline.date),
            edition=Edition(baseline.kind or "original", baseline.date),
            preamble=section("pp"),
            operative=section("op"),
            footnotes=(Footnote("1", "A/67/280-S/2012/614."),),
            source=Source("0" * 64, "text/plain"),
        )

    return build(old_clauses, case.old), build(new_clauses, case.new)
