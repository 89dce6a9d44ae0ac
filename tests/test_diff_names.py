"""Names written out or shortened whose long form holds a comma or a span of years
(:func:`versioning.diff.names.is_name_variant`, through the classifier)."""

from __future__ import annotations

import pytest

from versioning.diff.classify import judge_words
from versioning.diff.names import NameEvidence
from versioning.diff.words import word_diffs

OFFICE = (
    "the Office of the High Representative for the Least Developed Countries, Landlocked Developing "
    "Countries and Small Island Developing States"
)
AWAZA = "the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024\u20132034"


@pytest.mark.parametrize(
    ("old", "new", "evidence", "expected"),
    [
        # A/RES/79/219 op6 -> A/C.2/80/L.6 op65 (held back): the Office's name written out, commas and all
        ("activities undertaken by the Office of the High Representative to support the implementation,",
         f"activities undertaken by {OFFICE} to support the implementation,", OFFICE, "routine"),
        # A/RES/79/219 op4 -> A/C.2/80/L.6 op63: the Programme's name shortened, its years dropped
        (f"to integrate {AWAZA} into their programmes of work,",
         "to integrate the Awaza Programme of Action into their programmes of work,", AWAZA, "routine"),
        # without the long name elsewhere, a new complement
        ("activities undertaken by the Office of the High Representative to support the implementation,",
         f"activities undertaken by {OFFICE} to support the implementation,", "", "substantive"),
        # commas that do not open a complement make a list: new actors
        ("support from the Office of the High Representative to the countries,",
         "support from the Office of the High Representative, the World Bank and the Fund to the countries,",
         "the Office of the High Representative, the World Bank and the Fund; the Office of the High "
         "Representative, the World Bank and the Fund", "substantive"),
    ],
)  # fmt: skip
def test_a_name_with_commas_or_years_is_written_out_or_shortened(
    old: str, new: str, evidence: str, expected: str
) -> None:
    verdict = judge_words(word_diffs(old, new).judged, NameEvidence.of([old, new, evidence]))
    assert verdict is not None and verdict.change_class == expected
