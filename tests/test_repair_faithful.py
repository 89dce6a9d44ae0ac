"""The document's words are the PDF's words: extractor artefacts are undone on evidence only.

Real cases from the corpus: names and words the old repairs rewrote, split words one extractor makes, and
for every corpus document that has its PDF, the words of every parse against the words the PDF prints.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from corpus import CORPUS, parsed, pdf_pages
from test_parser_corpus import KNOWN_EXTRACTOR_LOSS

from versioning.model import Document
from versioning.parsing.pdf import render_pdf_text
from versioning.parsing.repair import Vocabulary

PDFS = sorted(CORPUS.glob("*/*.pdf"))
WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]")

# Words of a PDF parse that the PDF does not print as one word, each with its reason (none left: "Health4Life
# Fund" in A/80/L.34 and A/RES/80/117 lost its "4" to the footnote-marker reader until a digit inside a
# name stopped counting as a marker).
NOT_THE_PDFS_WORDS: dict[str, set[str]] = {}


@functools.cache
def pdf_text(pdf: Path) -> str:
    return render_pdf_text(pdf_pages(pdf))


def words(document: Document) -> list[str]:
    """The words of a document's title, headings, paragraphs and footnotes, in order."""
    texts = [document.title, *(heading.text for heading in document.headings)]
    texts += [paragraph.text for paragraph in document.paragraphs()]
    texts += [paragraph.text for annex in document.annexes for paragraph in annex.paragraphs]
    texts += [note.text for note in document.footnotes]
    return [word for text in texts for word in WORD.findall(text)]


def printed_words(text: str) -> set[str]:
    """The words a PDF prints, a compound hyphenated at a line end read whole ("well-" + "being")."""
    return set(WORD.findall(re.sub(r"-\n\s*", "-", text.replace("\u2011", "-"))))


@pytest.mark.slow
@pytest.mark.parametrize("pdf", PDFS, ids=lambda path: path.stem)
def test_pdf_parse_keeps_the_words_the_pdf_prints(pdf: Path) -> None:
    rewritten = set(words(parsed(pdf))) - printed_words(pdf_text(pdf))
    assert rewritten == NOT_THE_PDFS_WORDS.get(pdf.stem, set())


@pytest.mark.slow
@pytest.mark.parametrize("pdf", PDFS, ids=lambda path: path.stem)
def test_every_extraction_reads_the_words_of_the_pdf(pdf: Path) -> None:
    expected = words(parsed(pdf))
    extractions = sorted(pdf.parent.glob(f"{pdf.stem}.*.txt"))
    assert extractions
    for extraction in extractions:
        kind = extraction.name[len(pdf.stem) + 1 : -len(".txt")]
        text = " ".join(words(parsed(extraction)))
        for loss, restored in KNOWN_EXTRACTOR_LOSS.get((pdf.stem, kind), ()):
            assert loss in text
            text = text.replace(loss, loss.replace(restored.replace("-", " "), restored))
        assert text.split() == expected, extraction.name


def repaired(text: str, *context: str) -> str:
    return Vocabulary([text, *context]).repair(text)


@pytest.mark.parametrize(
    ("name", "document"),
    [
        ("BioTracker", "cooperation/A-RES-79-136.pymupdf.txt"),
        ("Counterterrorism", "cooperation/A-RES-79-136.pymupdf.txt"),
        ("BioTracker", "cooperation/A-RES-77-20.pymupdf.txt"),
        ("Counterterrorism", "cooperation/A-RES-77-20.pymupdf.txt"),
        ("GloLitter", "editions/A-RES-80-110.pymupdf.txt"),
        ("DeepData", "editions/A-RES-80-110.pymupdf.txt"),
        ("food-insecure", "editions/A-80-L.5.pymupdf.txt"),
        ("food-insecure", "editions/A-RES-80-5.pymupdf.txt"),
    ],
)
def test_names_and_words_are_never_hyphenated(name: str, document: str) -> None:
    path = CORPUS / document
    assert name in path.read_text(encoding="utf-8")
    assert name in words(parsed(path))


def test_rules_on_the_corpus_examples() -> None:
    # a CamelCase name, a word English knows as written, a compound part English knows: all stay
    assert repaired("BioTracker, GloLitter and DeepData") == "BioTracker, GloLitter and DeepData"
    assert repaired("Global Counterterrorism Forum", "counter-terrorism") == "Global Counterterrorism Forum"
    assert repaired("people who are food-insecure") == "people who are food-insecure"
    # the same letters in the letter case the document hyphenates elsewhere are mended
    assert (
        repaired("Global CounterTerrorism Compact", "Counter-Terrorism") == "Global Counter-Terrorism Compact"
    )
    # a lower-case word may take the form that opens a sentence ("High-level" in A/RES/79/9)
    assert repaired("the highlevel meeting", "High-level meeting") == "the high-level meeting"
    # without that evidence it stays as extracted: English writes "highlevel" too, however rarely
    assert repaired("the highlevel meeting") == "the highlevel meeting"


def test_split_words_join_only_into_a_word() -> None:
    # A/RES/77/15: "Secretary-Gene ral", twice ("ral" is no common word, "general" is)
    assert repaired("invites the Secretary-Gene ral of the United Nations") == (
        "invites the Secretary-General of the United Nations"
    )
    assert repaired("to Ident ify an d the Natio ns") == "to Identify and the Nations"
    # the fragment joins the side that makes the more common word (A/RES/79/136, pdftotext -layout)
    assert repaired("access to t he Stolen and Lost Travel Document database") == (
        "access to the Stolen and Lost Travel Document database"
    )
    # two words stay two words, even where together they are one
    assert (
        repaired("in deed and a part of it, for given reasons")
        == "in deed and a part of it, for given reasons"
    )


def test_dropped_hyphen_returns_only_on_evidence() -> None:
    # unknown to English, halves common: no evidence of a dropped hyphen ("workstreams" is a word no
    # lexicon knows yet, and A/C.2/80/L.20 prints it so)
    assert repaired("the lowcarbon and peoplecentred approach") == "the lowcarbon and peoplecentred approach"
    assert repaired("its workstreams and the groups") == "its workstreams and the groups"
    # a word English knows stays beside a name that hyphenates it (A/C.4/80/L.6: "cooperation" once, and
    # "Organisation for Economic Co-operation and Development")
    assert repaired("continued cooperation with", "Economic Co-operation and Development") == (
        "continued cooperation with"
    )
    # known to English as written, however rare: stays ("workplan", "stocktaking" in A/RES/80/110)
    assert repaired("the workplan and the stocktaking") == "the workplan and the stocktaking"
    # a word formed with a prefix is closed or hyphenated by house style: only the document decides
    assert repaired("extrabudgetary and unearmarked funds") == "extrabudgetary and unearmarked funds"
    assert repaired("extrabudgetary funds", "extra-budgetary resources") == "extra-budgetary funds"
    # a capitalised unknown word is a name ("Ha’apai", "Penida")
    assert repaired("Nusa Penida and Tongatapu") == "Nusa Penida and Tongatapu"
    # "self-" compounds are always hyphenated
    assert repaired("SelfGovernment and selfdetermination") == "Self-Government and self-determination"
    # a pair the document writes apart twice is its own spelling (A/RES/79/284 prints "Secretary General")
    assert repaired("the Secretary General and the Secretary General", "Secretary-General") == (
        "the Secretary General and the Secretary General"
    )
    assert (
        repaired("the Office of Counter Terrorism", "Counter-Terrorism") == "the Office of Counter-Terrorism"
    )


def _repair_trying_every_pattern(vocabulary: Vocabulary, text: str) -> str:
    """What ``Vocabulary.repair`` does, every pattern tried on every text (no quick test before it)."""
    from versioning.parsing import repair as module

    text = module._GLUED_NUMBER.sub(r"\1-\2", text)
    text = module._SPACED_NUMBER.sub(r"\1-\2", text)
    text = module._SPACED_PREFIX.sub(r"\1-", text)
    text = module._GLUED_SELF.sub(vocabulary._glued_self, text)
    text = module._DIGIT_JOIN.sub(vocabulary._digit_join, text)
    text = module._LONE_S.sub(r"\1s", text)
    text = module._SPACED_HYPHEN.sub(vocabulary._close_hyphen, text)
    text = module._HYPHENATED.sub(vocabulary._split_glued_parts, text)
    text = re.sub(r"(?<![\w/.-])[A-Za-z]+(?![\w/-]|\.\w)", vocabulary._glued_compound, text)
    return vocabulary._mend_pairs(text)


_ARTEFACTS = (
    "twenty one", "Thirtieth", "FORTYfive", "non proliferation", "Non Self Governing", "self determination",
    "SelfGovernment", "COVID-19related", "well- being", "Secretariat s", "Gene ral", "high-level", "the",
    "Counter Terrorism", "ſelf reliance", "ſocio economic", "Member States", ",", ";", "-", "2024",
)  # fmt: skip


@pytest.mark.parametrize("folder", ["csto", "cooperation", "editions"])
def test_the_quick_tests_before_each_repair_pattern_change_nothing(folder: str) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    documents = [parsed(path) for path in sorted((CORPUS / folder).glob("*.pymupdf.txt"))]
    texts = [clause.text for document in documents for clause in document.paragraphs()]
    vocabulary = Vocabulary(texts)
    for text in texts:
        assert vocabulary.repair(text) == _repair_trying_every_pattern(vocabulary, text)

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(st.lists(st.sampled_from(_ARTEFACTS), max_size=12))
    def made(pieces: list[str]) -> None:
        text = " ".join(pieces)
        assert vocabulary.repair(text) == _repair_trying_every_pattern(vocabulary, text)

    made()
