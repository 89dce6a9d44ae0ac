"""The lead grammar's data: the UN Editorial Manual's phrases and the closed word classes, with sources."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from corpus import FOUNDING, parsed

from versioning.parsing.leads import load_lexicon

DATA = Path(__file__).parents[1] / "versioning" / "data" / "lead_phrases.json"

FOUNDING_LEADS = [
    "Having considered", "Referring", "Referring also", "Referring further", "Noting with satisfaction",
    "Acknowledging", "Welcoming", "Welcoming also", "Noting", "Takes note with appreciation",
    "Notes with appreciation", "Welcomes", "Invites", "Encourages", "Requests", "Decides",
]  # fmt: skip


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    return loaded


def test_every_list_has_its_source(data: dict[str, Any]) -> None:
    assert set(data["sources"]) == {"phrases", "adverbs", "objects"}
    assert all("Editorial Manual" in source or "The same lists" in source or "Manual's" in source
               for source in data["sources"].values())  # fmt: skip


def test_phrases_are_clean_sorted_and_unique(data: dict[str, Any]) -> None:
    for part in ("preamble", "operative", "adverbs"):
        phrases = data[part]
        assert phrases == sorted(set(phrases))
        for phrase in phrases:
            assert phrase == " ".join(phrase.split()) and phrase[0].isupper()
            assert not re.search(r"[,;:.\d]", phrase), phrase


def test_exact_italic_words_only(data: dict[str, Any]) -> None:
    assert "Referring also to" not in data["preamble"]  # DESIGN.md: the words in italics, not the preposition
    assert not any(
        phrase.endswith((" to", " of", " that")) for phrase in data["preamble"] + data["operative"]
    )


def test_founding_document_leads_come_from_the_grammar() -> None:
    document = parsed(FOUNDING)
    leads = [paragraph.lead for paragraph in (*document.preamble, *document.operative)]
    assert set(leads) == set(FOUNDING_LEADS)
    assert load_lexicon().lead("Referring also to the Articles", "preamble") == "Referring also"
