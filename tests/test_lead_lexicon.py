"""The lexicon of lead phrases: the committed file is what the builder makes of the corpus PDFs."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
LEADS = REPO / "versioning" / "data" / "leads.json"
FOUNDING_DOCUMENT = CORPUS / "csto" / "A-RES-67-6.reissue-2013-07-15.txt"

FOUNDING_PREAMBLE = [
    "Acknowledging",
    "Having considered",
    "Noting",
    "Noting with satisfaction",
    "Referring",
    "Referring also",
    "Referring further",
    "Welcoming",
    "Welcoming also",
]
FOUNDING_OPERATIVE = [
    "Decides",
    "Encourages",
    "Invites",
    "Notes with appreciation",
    "Requests",
    "Takes note with appreciation",
    "Welcomes",
]


def load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_lead_lexicon", REPO / "scripts" / "build_lead_lexicon.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_lead_lexicon", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lexicon() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(LEADS.read_text(encoding="utf-8"))
    return loaded


def test_committed_lexicon_is_what_the_builder_produces(tmp_path: Path) -> None:
    output = tmp_path / "leads.json"
    assert load_builder().main(["--corpus", str(CORPUS), "--output", str(output), "--quiet"]) == 0
    assert output.read_bytes() == LEADS.read_bytes()


def test_every_corpus_pdf_is_a_source(lexicon: dict[str, Any]) -> None:
    expected = sorted(path.relative_to(CORPUS).as_posix() for path in CORPUS.glob("*/*.pdf"))
    assert lexicon["sources"] == expected


def test_founding_document_leads_are_known(lexicon: dict[str, Any]) -> None:
    preamble, operative = lexicon["preamble"], lexicon["operative"]
    assert isinstance(preamble, list) and isinstance(operative, list)
    assert set(FOUNDING_PREAMBLE) <= set(preamble)
    assert set(FOUNDING_OPERATIVE) <= set(operative)


def test_founding_document_paragraphs_open_with_a_known_lead(lexicon: dict[str, Any]) -> None:
    """Each paragraph of the founding text opens with the longest lexicon phrase that fits."""
    text = FOUNDING_DOCUMENT.read_text(encoding="utf-8")
    openings = re.findall(r"^ +(?:\d\. +)?([A-Z][a-z]+(?: [a-z]+){0,3}) ", text, flags=re.MULTILINE)
    phrases = set(lexicon["preamble"]) | set(lexicon["operative"])
    found = set()
    for opening in openings:
        words = opening.split()
        fits = [" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in phrases]
        if fits:
            found.add(fits[0])
    assert set(FOUNDING_PREAMBLE) | set(FOUNDING_OPERATIVE) <= found


def test_phrases_are_clean_sorted_and_unique(lexicon: dict[str, Any]) -> None:
    for part in ("preamble", "operative", "subparagraph"):
        phrases = lexicon[part]
        assert isinstance(phrases, list)
        assert phrases == sorted(set(phrases))
        for phrase in phrases:
            assert phrase == " ".join(phrase.split()) and phrase[0].isupper()
            assert not phrase.endswith((",", ";", ":", ".")), phrase


def test_exact_italic_words_only(lexicon: dict[str, Any]) -> None:
    preamble, operative = lexicon["preamble"], lexicon["operative"]
    assert isinstance(preamble, list) and isinstance(operative, list)
    assert "Referring also to" not in preamble  # DESIGN.md: the words in italics, not the preposition
    assert "The General Assembly" not in preamble + operative
    assert not any(re.search(r"\d", phrase) for phrase in preamble + operative)  # "39th plenary meeting"


def test_clean_phrase() -> None:
    clean = load_builder().clean_phrase
    assert clean("  Noting   with\nsatisfaction , ") == "Noting with satisfaction"
    assert clean("Decides:") == "Decides"
