"""The verdict (class and reason) on a change of a clause: its words, its lead, its citations, its kind.

* The words are judged edit by edit (:mod:`versioning.diff.classify`).  Where the lead changed, the lead is
  judged on its own by the lead scale (``Recalling`` -> ``Recalling further`` is the same strength:
  routine; ``Invites`` -> ``Encourages`` is stronger: substantive) and the words after it separately, so
  that a lead's inserted ``also`` or changed capital does not read as new words.
* A change of the footnotes a clause cites (after the notes' own renumbering) is routine.
* Without a change of words or citations, the kind decides (``data/class_rules.json``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from versioning.diff.changes import GONE, DiffOp, LeadShift
from versioning.diff.class_rules import Finding, Verdict, judge, structural_verdict
from versioning.diff.classify import word_findings
from versioning.diff.leads import lead_words, load_scale
from versioning.diff.names import NameEvidence

WordDiff = Callable[[str, str], Sequence[DiffOp]]
"""How two texts are diffed word by word (the comparison's own, cached)."""


def judge_clause(
    *,
    kind: str,
    section: str,
    old_text: str,
    new_text: str,
    words: Sequence[DiffOp],
    lead: LeadShift | None,
    word_diff: WordDiff,
    citations: Sequence[str] = (),
    names: NameEvidence | None = None,
) -> Verdict:
    """The verdict on a paired clause.

    Args:
        kind: the change's kind (decides when neither words nor citations changed).
        section: the change's section (names the clause in a structural reason).
        old_text, new_text: the clause's words on each side.
        words: the word-level edit of the whole clause (empty when the words are the same).
        lead: the lead shift, when the opening phrase changed.
        word_diff: diffs two texts (used for the words after a changed lead).
        citations: the changes of the footnotes cited (``footnote 3 added``), empty when none.
        names: the text of both editions, for names written out or shortened.
    """
    findings: list[Finding] = []
    if old_text != new_text:
        findings.extend(_text_findings(section, old_text, new_text, words, lead, word_diff, names))
    if citations:
        findings.append(Finding("citation", ", ".join(citations)))
    verdict = judge(findings)
    return verdict if verdict is not None else structural_verdict(kind, section)


def _text_findings(
    section: str,
    old_text: str,
    new_text: str,
    words: Sequence[DiffOp],
    lead: LeadShift | None,
    word_diff: WordDiff,
    names: NameEvidence | None,
) -> list[Finding]:
    if lead is None or lead.old is None or lead.new is None:
        return word_findings(words, names)
    lead_finding = Finding(_lead_category(lead, section), f"'{lead.old}' -> '{lead.new}'")
    if not (_starts_with(old_text, lead.old) and _starts_with(new_text, lead.new)):
        # the lead is not where the words start (a parser's lead that is not the text's opening): the
        # words decide, and a lead known to be stronger or weaker as well
        return [
            *word_findings(words, names),
            *([lead_finding] if lead.shift in ("stronger", "weaker") else []),
        ]
    body = word_diff(old_text[len(lead.old) :], new_text[len(lead.new) :])
    return [lead_finding, *word_findings(body, names)]


def _lead_category(lead: LeadShift, section: str) -> str:
    """``lead-stronger``, ``lead-weaker``, ``lead-unknown``; for a shift of the same strength,
    ``lead-same`` when both leads are variants of one phrase (``Recalling`` -> ``Recalling further``)
    and ``lead-other`` when they are different phrases of one level (``Welcoming`` -> ``Encouraging``)."""
    if lead.shift != "same" or lead.old is None or lead.new is None:
        return f"lead-{lead.shift}"
    scale = load_scale(section)
    return (
        "lead-same" if scale.core(lead_words(lead.old)) == scale.core(lead_words(lead.new)) else "lead-other"
    )


def _starts_with(text: str, lead: str) -> bool:
    return text[: len(lead)].casefold() == lead.casefold()


def citation_changes(
    old_markers: Sequence[str], new_markers: Sequence[str], marker_map: Mapping[str, str]
) -> list[str]:
    """How the footnotes a clause cites changed, the notes' own renumbering aside: ``footnote 3 added``,
    ``footnote 1 removed``, ``footnotes reordered``; empty when the citations are the same.  A note no longer
    cited that the new edition renumbered is named by both numbers (``footnote 1 (now 6) removed``), so that
    a clause citing a new note 1 instead does not read "footnote 1 added, footnote 1 removed"."""
    mapped = [marker_map.get(marker, marker) for marker in old_markers]
    if mapped == list(new_markers):
        return []
    phrases = [f"footnote {marker} added" for marker in new_markers if marker not in mapped]
    phrases += [
        f"footnote {old} removed" if new in (old, GONE) else f"footnote {old} (now {new}) removed"
        for old, new in zip(old_markers, mapped, strict=True)
        if new not in new_markers
    ]
    return phrases or ["footnotes reordered"]
