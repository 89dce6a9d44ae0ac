"""Deciding which inputs are new editions: one edition per symbol and date, the PDF kept of several."""

from __future__ import annotations

import dataclasses
import hashlib

from store_documents import edition_bytes

from versioning.store import AddStatus
from versioning.store.ingest import Candidate, StoredEdition, make_candidate, plan_additions, results


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _as_pdf(candidate: Candidate, marker: bytes) -> Candidate:
    return dataclasses.replace(candidate, media_type="application/pdf", source=b"%PDF-1.7 " + marker)


def test_of_several_extractions_given_together_the_pdf_is_kept() -> None:
    text = make_candidate(edition_bytes(), "a.txt")
    pdf = _as_pdf(make_candidate(edition_bytes(), "a.pdf"), b"1")
    other = make_candidate(edition_bytes(wording="Urges"), "b.txt")
    plan = plan_additions([text, pdf, other], {}, _sha)
    assert plan.new == [pdf]
    statuses = [status for _, status, _ in plan.outcomes]
    assert statuses == [AddStatus.OTHER_SOURCE, AddStatus.ADDED, AddStatus.OTHER_SOURCE]
    made = results(plan, {pdf.key: "c0ffee"})
    assert {r.commit for r in made} == {"c0ffee"}
    assert [r.source_name for r in made] == ["a.txt", "a.pdf", "b.txt"]


def test_new_editions_are_written_in_date_order() -> None:
    late = make_candidate(edition_bytes("A/RES/79/10", "2024-11-18", "original"), None)
    early = make_candidate(edition_bytes("A/RES/73/331", "2019-07-25", "original"), None)
    assert plan_additions([late, early], {}, _sha).new == [early, late]


def test_a_stored_edition_is_recognised_by_its_source() -> None:
    candidate = make_candidate(edition_bytes(), "a.json")
    stored = StoredEdition(candidate.place, _sha(candidate.source), commit="abc")
    [(_, status, holder)] = plan_additions([candidate], {candidate.key: stored}, _sha).outcomes
    assert (status, holder) == (AddStatus.ALREADY_STORED, stored)
    elsewhere = StoredEdition(candidate.place, "another source", commit="abc")
    [(_, status, _)] = plan_additions([candidate], {candidate.key: elsewhere}, _sha).outcomes
    assert status is AddStatus.OTHER_SOURCE
