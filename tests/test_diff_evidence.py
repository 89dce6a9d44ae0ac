"""The evidence besides words that pairs a rewritten paragraph with its predecessor: lead family and rare
names; and the alignment patterns it makes possible, on the real pairs where they occur."""

from __future__ import annotations

import pytest
from corpus import CORPUS

from versioning.diff import diff_editions
from versioning.diff.changes import Change
from versioning.diff.evidence import ClauseEvidence, lead_stem, salient_tokens
from versioning.diff.options import DiffOptions
from versioning.model import Document
from versioning.parsing import parse_edition

COOPERATION = CORPUS / "cooperation"
CSTO = CORPUS / "csto"


@pytest.fixture(scope="module")
def asean() -> tuple[Document, Document]:
    return parse_edition(COOPERATION / "A-RES-77-12.pymupdf.txt"), parse_edition(
        COOPERATION / "A-RES-79-290.pymupdf.txt"
    )


@pytest.fixture(scope="module")
def csto() -> tuple[Document, Document]:
    return parse_edition(CSTO / "A-RES-67-6.reissue-2013-07-15.txt"), parse_edition(
        CSTO / "A-RES-73-331.pymupdf.txt"
    )


def _changes(pair: tuple[Document, Document]) -> list[Change]:
    return [c for c in diff_editions(*pair).changes if c.section in ("preamble", "operative")]


def _link(changes: list[Change], old_id: str) -> tuple[str, str | None]:
    change = next(c for c in changes if c.old_id == old_id)
    return change.kind, change.new_id


@pytest.mark.parametrize(
    ("lead", "stem"),
    [
        ("Noting with appreciation also", "noting with appreciation"),
        ("Recalling further", "recalling"),
        ("Once again urges", "urges"),
        ("Further requests", "requests"),
        ("Welcoming", "welcoming"),
    ],
)
def test_a_lead_family_ignores_sequence_words(lead: str, stem: str) -> None:
    assert lead_stem(lead) == stem


def test_salient_tokens_are_names_numbers_and_dates_but_not_the_lead() -> None:
    text = "Welcoming the United Nations Global Counter-Terrorism Strategy of 8 September 2006 (60/288),"
    assert salient_tokens(text) == {
        "United",
        "Nations",
        "Global",
        "Counter-Terrorism",
        "Strategy",
        "8",
        "September",
        "2006",
        "60/288",
    }


def test_names_every_paragraph_repeats_give_no_bonus(csto: tuple[Document, Document]) -> None:
    old, new = csto
    evidence = ClauseEvidence(
        [p.lead for p in old.preamble], [p.lead for p in new.preamble],
        [p.text for p in old.preamble], [p.text for p in new.preamble], DiffOptions(),
    )  # fmt: skip
    # pp6 (anniversaries of the Treaty) and new pp6 (the Joint Declaration of 2010) share only the
    # Organization's own name; pp9 and new pp10 share the Global Counter-Terrorism Strategy and its date.
    assert evidence.shared_names(5, 5) < 0.05
    assert evidence.shared_names(8, 9) > 0.9


def test_a_paragraph_rewritten_in_place_is_modified_not_removed_and_added(
    asean: tuple[Document, Document],
) -> None:
    # ASEAN disaster management: same place, same lead family, a third of the words kept.
    assert _link(_changes(asean), "pp15") == ("modified", "pp15")
    # The Economic Community Blueprint paragraph, its list of areas rewritten.
    assert _link(_changes(asean), "op14") == ("modified", "op17")


def test_a_rewritten_paragraph_with_a_new_lead_keeps_its_subject(csto: tuple[Document, Document]) -> None:
    # The Counter-Terrorism Strategy paragraph: "Welcoming also" became "Commending".
    assert _link(_changes(csto), "pp9") == ("modified", "pp10")


def test_a_real_merge_in_another_order_is_found(csto: tuple[Document, Document]) -> None:
    # "Kanal" (pp10) and the drug strategy (pp11) became one paragraph that names the strategy first.
    changes = _changes(csto)
    merged = {(c.old_id, c.new_id) for c in changes if c.kind == "merged"}
    assert merged == {("pp10", "pp11"), ("pp11", "pp11")}


def test_unrelated_paragraphs_in_the_same_place_stay_apart(csto: tuple[Document, Document]) -> None:
    changes = _changes(csto)
    assert _link(changes, "pp6") == ("removed", None)  # anniversaries, not the Joint Declaration
    assert _link(changes, "pp13") == ("removed", None)  # rapid reaction forces, not the memorandum
