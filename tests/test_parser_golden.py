"""The founding document parses to the hand-checked golden JSON, byte for byte."""

from __future__ import annotations

from pathlib import Path

from corpus import FOUNDING, parsed

from versioning.canonical import canonical_bytes

GOLDEN = Path(__file__).parent / "golden" / "A-RES-67-6.reissue-2013-07-15.json"


def test_founding_document_matches_the_golden_file() -> None:
    assert canonical_bytes(parsed(FOUNDING)) == GOLDEN.read_bytes()


def test_founding_document_structure() -> None:
    document = parsed(FOUNDING)
    assert (str(document.symbol), document.number, document.session) == ("A/RES/67/6", "67/6", 67)
    assert (
        document.title
        == "Cooperation between the United Nations and the Collective Security Treaty Organization"
    )
    assert document.agenda_items == ("121 (f)",)
    assert (document.adopted, str(document.draft)) == ("2012-11-19", "A/67/L.5")
    assert (document.distribution.level, document.distribution.date) == ("General", "2013-01-31")
    assert (document.edition.kind, document.edition.date) == ("reissue", "2013-07-15")
    assert document.edition.note == "Reissued for technical reasons on 15 July 2013."
    assert len(document.preamble) == 15
    assert [p.number for p in document.operative] == [str(n) for n in range(1, 10)]
    assert [note.marker for note in document.footnotes] == ["*", "1", "2", "3", "4", "5", "6"]
    citing = {str(p.id): p.footnotes for p in document.paragraphs() if p.footnotes}
    assert citing == {
        "pp1": ("1",), "pp4": ("2",), "pp5": ("3",), "pp6": ("4",), "pp9": ("5",), "pp11": ("6",),
        "op1": ("1",), "op5": ("5",),
    }  # fmt: skip


def test_leads_are_the_italic_phrases() -> None:
    document = parsed(FOUNDING)
    leads = [p.lead for p in document.paragraphs()]
    assert leads[:5] == ["Having considered", "Referring", "Referring also", "Referring further", "Referring"]
    assert document.preamble[6].lead == "Noting with satisfaction"
    assert [p.lead for p in document.operative] == [
        "Takes note with appreciation", "Notes with appreciation", "Welcomes", "Invites", "Invites",
        "Invites", "Encourages", "Requests", "Decides",
    ]  # fmt: skip


def test_operative_text_starts_after_its_number() -> None:
    assert parsed(FOUNDING).operative[0].text.startswith("Takes note with appreciation of the report")
