"""Deciding which inputs are new editions: one edition per symbol and date, the PDF kept of several."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable

import pytest
from store_documents import edition_bytes

from versioning.errors import EditionConflict
from versioning.model import Document
from versioning.store import AddStatus
from versioning.store.ingest import Candidate, StoredEdition, make_candidate, plan_additions, results


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _as_pdf(candidate: Candidate, marker: bytes) -> Candidate:
    return dataclasses.replace(candidate, media_type="application/pdf", source=b"%PDF-1.7 " + marker)


def _unreadable(edition: StoredEdition) -> Document:
    raise AssertionError(f"{edition.edition} should not need reading")


def _reader(document: Document) -> Callable[[StoredEdition], Document]:
    return lambda edition: document


def test_of_several_extractions_given_together_the_pdf_is_kept() -> None:
    text = make_candidate(edition_bytes(), "a.txt")
    pdf = _as_pdf(make_candidate(edition_bytes(), "a.pdf"), b"1")
    plan = plan_additions([text, pdf, text], {}, _sha, _unreadable)
    assert plan.new == [pdf]
    statuses = [status for _, status, _ in plan.outcomes]
    assert statuses == [AddStatus.OTHER_SOURCE, AddStatus.ADDED, AddStatus.OTHER_SOURCE]
    made = results(plan, {pdf.edition: "c0ffee"})
    assert {r.commit for r in made} == {"c0ffee"}
    assert [r.source_name for r in made] == ["a.txt", "a.pdf", "a.txt"]


def test_two_texts_of_one_key_in_one_call_conflict() -> None:
    text = make_candidate(edition_bytes(), "a.txt")
    other = make_candidate(edition_bytes(wording="Urges"), "b.txt")
    with pytest.raises(EditionConflict) as caught:
        plan_additions([text, other], {}, _sha, _unreadable)
    assert (caught.value.reference, caught.value.new_source) == ("A/RES/67/6@2013-07-15", "b.txt")
    assert caught.value.difference.startswith("$.preamble") or caught.value.difference.startswith(
        "$.operative"
    )
    assert "Invites" in caught.value.difference and "Urges" in caught.value.difference


def test_new_editions_are_written_in_date_order() -> None:
    late = make_candidate(edition_bytes("A/RES/79/10", "2024-11-18", "original"), None)
    early = make_candidate(edition_bytes("A/RES/73/331", "2019-07-25", "original"), None)
    assert plan_additions([late, early], {}, _sha, _unreadable).new == [early, late]


def test_a_stored_edition_is_recognised_by_its_source_then_by_its_document() -> None:
    candidate = make_candidate(edition_bytes(), "a.json")
    stored = StoredEdition(candidate.edition, _sha(candidate.source), commit="abc")
    [(_, status, holder)] = plan_additions(
        [candidate], {candidate.edition: stored}, _sha, _unreadable
    ).outcomes
    assert (status, holder) == (AddStatus.ALREADY_STORED, stored)
    elsewhere = StoredEdition(candidate.edition, "another source", commit="abc")
    same = _reader(candidate.document)
    [(_, status, _)] = plan_additions([candidate], {candidate.edition: elsewhere}, _sha, same).outcomes
    assert status is AddStatus.OTHER_SOURCE


def test_a_different_text_under_a_stored_key_is_a_conflict_unless_replaced() -> None:
    candidate = make_candidate(edition_bytes(wording="Urges"), "new.txt")
    held = make_candidate(edition_bytes(), "old.txt")
    stored = StoredEdition(held.edition, _sha(held.source), commit="abc1234567")
    with pytest.raises(EditionConflict) as caught:
        plan_additions([candidate], {held.edition: stored}, _sha, _reader(held.document))
    message = str(caught.value)
    assert "new.txt: A/RES/67/6@2013-07-15 is already stored from source" in message
    assert "commit abc1234567" in message and "Urges" in message and "--replace" in message
    plan = plan_additions([candidate], {held.edition: stored}, _sha, _reader(held.document), replace=True)
    assert plan.new == [candidate] and plan.replaced == {held.edition: stored}
    assert [status for _, status, _ in plan.outcomes] == [AddStatus.REPLACED]
