"""Clause alignment on plain texts: each kind of structural edit."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from versioning.diff.align import Alignment, align_clauses, increasing_subsequence
from versioning.diff.comparator import Comparator
from versioning.diff.options import DiffOptions

TEXTS = [
    "Welcomes the efforts of the secretariats to enhance coordination and cooperation",
    "Invites the Secretary-General to continue regular consultations with the heads of organizations",
    "Encourages both organizations to continue to examine possible ways to enhance their cooperation",
    "Requests the Secretary-General to submit to the General Assembly a report on implementation",
    "Decides to include in the provisional agenda of its next session the sub-item",
]


def align(old: list[str], new: list[str], **options: int | float) -> Alignment:
    return align_clauses(old, new, Comparator().similarity, DiffOptions(**options))  # type: ignore[arg-type]


def pairs(alignment: Alignment) -> list[tuple[int, int, str, bool]]:
    return [(p.old, p.new, p.match, p.moved) for p in alignment.pairs]


def test_identical_lists_pair_exactly_in_order() -> None:
    result = align(TEXTS, TEXTS)
    assert pairs(result) == [(i, i, "exact", False) for i in range(5)]
    assert result.removed == result.added == ()
    assert result.groups == ()


def test_insertion_leaves_the_others_in_order() -> None:
    new = [*TEXTS[:2], "Takes note of something entirely new and different", *TEXTS[2:]]
    result = align(TEXTS, new)
    assert result.added == (2,)
    assert pairs(result) == [(0, 0, "exact", False), (1, 1, "exact", False)] + [
        (i, i + 1, "exact", False) for i in range(2, 5)
    ]


def test_deletion() -> None:
    result = align(TEXTS, TEXTS[:1] + TEXTS[2:])
    assert result.removed == (1,)
    assert all(not p.moved for p in result.pairs)


def test_move_marks_only_the_moved_clause() -> None:
    new = [TEXTS[4], *TEXTS[:4]]
    result = align(TEXTS, new)
    moved = [p.old for p in result.pairs if p.moved]
    assert moved == [4]


def test_reworded_clause_is_similar_with_a_score() -> None:
    new = list(TEXTS)
    new[2] = TEXTS[2].replace("possible ways", "practical ways")
    result = align(TEXTS, new)
    pair = next(p for p in result.pairs if p.old == 2)
    assert (pair.new, pair.match) == (2, "similar")
    assert pair.score is not None and 0.8 < pair.score < 1.0


def test_clauses_reworded_in_place_are_paired_without_reading_other_evidence() -> None:
    # Words alone reach the in-order threshold: the leads and names (costly to read on long documents)
    # could only add, so they are not read at all.
    def no_evidence(old: int, new: int) -> float:
        raise AssertionError(f"evidence read for {old} -> {new}")

    new = list(TEXTS)
    new[2] = TEXTS[2].replace("possible ways", "practical ways")
    result = align_clauses(TEXTS, new, Comparator().similarity, DiffOptions(), bonus=no_evidence)
    assert [(p.old, p.new, p.match) for p in result.pairs][2] == (2, 2, "similar")


def test_evidence_is_read_when_words_alone_fall_short_of_pairing_in_order() -> None:
    asked: list[tuple[int, int]] = []

    def evidence(old: int, new: int) -> float:
        asked.append((old, new))
        return 0.25

    new = list(TEXTS)
    new[2] = "Encourages both organizations to examine in depth new ways to enhance their mutual cooperation"
    result = align_clauses(TEXTS, new, Comparator().similarity, DiffOptions(), bonus=evidence)
    assert (2, 2) in asked
    assert any((p.old, p.new) == (2, 2) for p in result.pairs)


def test_layout_variant_is_normalised() -> None:
    new = list(TEXTS)
    new[1] = TEXTS[1].replace("Secretary-General", "Secretary -General")
    result = align(TEXTS, new)
    assert next(p for p in result.pairs if p.old == 1).match == "normalised"


def test_moved_and_reworded_clause_is_found_across_gaps() -> None:
    new = [TEXTS[4].replace("next session", "eighty-first session"), *TEXTS[:4]]
    result = align(TEXTS, new)
    pair = next(p for p in result.pairs if p.old == 4)
    assert (pair.new, pair.match, pair.moved) == (0, "similar", True)


def test_split_and_merge_are_groups() -> None:
    joined = TEXTS[1] + ", and encourages them to hold annual meetings of the secretariats in New York"
    old = [TEXTS[0], joined, TEXTS[2]]
    new = [
        TEXTS[0],
        TEXTS[1],
        "Encourages them to hold annual meetings of the secretariats in New York",
        TEXTS[2],
    ]
    split = align(old, new)
    assert [(g.kind, g.old, g.new) for g in split.groups] == [("split", (1,), (1, 2))]
    assert split.added == split.removed == ()
    merge = align(new, old)
    assert [(g.kind, g.old, g.new) for g in merge.groups] == [("merged", (1, 2), (1,))]


def test_unrelated_texts_are_removed_and_added() -> None:
    result = align(["alpha beta gamma delta"], ["one two three four"])
    assert (result.removed, result.added, result.pairs) == ((0,), (0,), ())


def test_duplicates_pair_in_order() -> None:
    result = align(["x y", "x y", "z w"], ["x y", "z w", "x y"])
    assert sorted((p.old, p.new) for p in result.pairs if p.match == "exact") == [(0, 0), (1, 2), (2, 1)]


def test_big_gaps_are_banded_and_still_pair_reworded_clauses() -> None:
    old = [f"Paragraph {i} speaks of topic {i} with several words of text" for i in range(300)]
    new = [text.replace("several", "many") for text in old]
    result = align(old, new, max_gap_comparisons=100, gap_band=3)
    assert [(p.old, p.new) for p in result.pairs] == [(i, i) for i in range(300)]


@given(st.lists(st.integers(0, 50), max_size=40))
def test_increasing_subsequence_is_increasing_and_longest(values: list[int]) -> None:
    chosen = sorted(increasing_subsequence(values))
    picked = [values[i] for i in chosen]
    assert picked == sorted(set(picked))
    # Longest: compare with a quadratic reference.
    best = [1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i]:
                best[i] = max(best[i], best[j] + 1)
    assert len(chosen) == max(best, default=0)


def test_one_clearly_right_pair_outweighs_two_doubtful_ones_in_a_gap() -> None:
    """Inside a gap, a pair counts by how much more alike its clauses are than the similarity threshold:
    an old clause nearly identical to the second new one is paired with it, rather than two pairs just over
    the threshold (a real case: A/RES/79/20 pp12, reworded as A/RES/80/20 pp12, had been paired with the
    rewritten pp11, and pp13 with pp12, because 0.51 + 0.57 > 0.90)."""
    table = {("o1", "n1"): 0.51, ("o2", "n2"): 0.57, ("o1", "n2"): 0.9}

    def similarity(old: str, new: str) -> float:
        return 1.0 if old == new else table.get((old, new), 0.0)

    result = align_clauses(
        ["first", "o1", "o2", "last"], ["first", "n1", "n2", "last"], similarity, DiffOptions()
    )
    assert [(p.old, p.new) for p in result.pairs if p.match == "similar"] == [(1, 2)]
    assert result.removed == (2,)
    assert result.added == (1,)


# Excerpts of A/RES/79/186 and A/RES/80/225 (public repository wannli/un-docs-downloader,
# data/extracted/A_RES_79_186.json and A_RES_80_225.json, commit 3be1f80d48fec8cc764b8108502a7be67bd32a68).
CRIME_OLD_PP3 = (
    "Recalling its resolution 46/152 of 18 December 1991, in the annex to which Member States affirmed "
    "that the United Nations congresses on crime prevention and criminal justice should be held every "
    "five years and should provide a forum for, inter alia, the exchange of views between States, "
    "intergovernmental and non-governmental organizations and individual experts representing various "
    "professions and disciplines, the exchange of experiences in research, law and policy development "
    "and the identification of emerging trends and issues in crime prevention and criminal justice,"
)
CRIME_OLD_PP4 = "Recalling also the applicable provisions of its resolution 56/119 of 19 December 2001,"
CRIME_OLD_PP5 = (
    "Recalling further the applicable provisions of Economic and Social Council resolution 1996/31 of 25 "
    "July 1996,"
)
CRIME_OLD_OP7 = (
    "Reiterates its invitation to Member States to be represented at the Fifteenth Congress at the "
    "highest possible level, for example, by Heads of State or Government, government ministers or "
    "attorneys general, and to make statements on the theme and topics of the Congress;"
)
CRIME_OLD_OP8 = (
    "Also reiterates its invitation to Member States to play an active role in the Fifteenth Congress by "
    "sending legal and policy experts, including practitioners with special training and practical "
    "experience in crime prevention and criminal justice;"
)
CRIME_NEW_OP6 = (
    "Reiterates its invitation to Member States to be represented at the Fifteenth Congress at the "
    "highest possible level and to play an active role in the Fifteenth Congress by sending legal and "
    "policy experts, including practitioners with special training and practical experience in crime "
    "prevention and criminal justice;"
)


def test_a_short_paragraph_folded_into_its_long_neighbour_is_a_merge() -> None:
    # The whole of old pp4 but its lead ends new pp3: the three are one merge, though the joined texts are
    # hardly more alike than old pp3 alone (0.92).
    folded = " as well as the applicable provisions of its resolution 56/119 of 19 December 2001,"
    new_pp3 = CRIME_OLD_PP3 + folded
    new_pp4 = CRIME_OLD_PP5.replace("Recalling further", "Bearing in mind")
    result = align([CRIME_OLD_PP3, CRIME_OLD_PP4, CRIME_OLD_PP5], [new_pp3, new_pp4])
    assert [(g.kind, g.old, g.new) for g in result.groups] == [("merged", (0, 1), (0,))]
    assert result.removed == result.added == ()
    # the other way round, the same paragraph taken out again is a split
    back = align([new_pp3, new_pp4], [CRIME_OLD_PP3, CRIME_OLD_PP4, CRIME_OLD_PP5])
    assert [(g.kind, g.old, g.new) for g in back.groups] == [("split", (0,), (0, 1))]


def test_two_invitations_joined_with_words_dropped_are_a_merge() -> None:
    # Old op7 loses half of its words (its examples) and its lead is shared with op8, so neither the joined
    # text nor op7 alone is like new op6 enough; but op7 gives all the words op8 does not.
    result = align([CRIME_OLD_OP7, CRIME_OLD_OP8], [CRIME_NEW_OP6])
    assert [(g.kind, g.old, g.new) for g in result.groups] == [("merged", (0, 1), (0,))]
    assert result.removed == result.added == ()


def test_a_neighbour_sharing_only_a_formula_or_a_name_is_not_absorbed() -> None:
    # A/RES/67/6 pp6 and pp7 -> A/RES/73/331 pp7 (corpus, csto/): the new words "in the 25 years since the
    # signing of the Collective Security Treaty" echo the removed anniversaries paragraph, which is no part of
    # the new one (it gives 8 of the 12 words old pp7 leaves, and a third of its own words).
    old_pp6 = (
        "Noting the twentieth anniversary of the signing of the Treaty on Collective Security and the "
        "tenth anniversary of the establishment of the Collective Security Treaty Organization,"
    )
    old_pp7 = (
        "Noting with satisfaction that, during its existence, the Collective Security Treaty "
        "Organization has transformed into a multifunctional structure with the potential to provide an "
        "adequate response to a wide range of threats and challenges within the area of its "
        "responsibility,"
    )
    new_pp7 = old_pp7.replace(
        "during its existence", "in the 25 years since the signing of the Collective Security Treaty"
    )
    result = align([old_pp6, old_pp7], [new_pp7])
    assert result.groups == () and result.removed == (0,)
    assert [(p.old, p.new) for p in result.pairs] == [(1, 0)]


CUT_OLD = (
    "Calls upon all States and regional organizations that have not yet done so to consider signing and "
    "ratifying, accepting or acceding to the Convention at the earliest possible date, preferably before the "
    "high-level summit on the protection of wetlands, migratory species and coastal ecosystems for present "
    "and future generations, to be convened by the President of the General Assembly and held in Geneva "
    "from 3 to 7 May 2027 with the participation of all relevant stakeholders, so as to allow for the early "
    "and universal entry into force of the Convention and its effective implementation;"
)
CUT_NEW = (
    "Calls upon all States and regional organizations that have not yet done so to consider becoming "
    "parties to the Convention at the earliest possible date;"
)
ADDED = "Welcomes the first meeting of the Conference of the Parties to the Convention, held in August 2026;"


def test_a_clause_cut_down_in_its_place_is_modified() -> None:
    """The shorter keeps nearly all its words in order in the longer, under the same lead (and nothing
    else shared): one clause cut down, though the two are under 0.4 alike, which the lead alone does not
    lift to the threshold (the shape of A/RES/79/271 op5 -> its successor's op7, a held-back pair); a new
    paragraph beside it stays an addition."""
    before, after = TEXTS[:2], TEXTS[3:]
    old, new = [*before, CUT_OLD, *after], [*before, ADDED, CUT_NEW, *after]
    options = DiffOptions()
    assert Comparator().similarity(CUT_OLD, CUT_NEW) + options.lead_weight < options.similar_threshold

    def same_lead(i: int, j: int) -> float:
        return options.lead_weight if (i, j) == (2, 3) else 0.0

    result = align_clauses(old, new, Comparator().similarity, options, bonus=same_lead)
    assert (2, 3) in [(p.old, p.new) for p in result.pairs]
    assert result.added == (2,) and result.removed == ()


def test_a_short_formula_or_a_cut_without_other_evidence_is_no_cut() -> None:
    """A formula of a few words kept whole in a long paragraph, or a cut clause with nothing else in common
    (another lead, no name shared), stays a removal and an addition."""
    formula = "Calls upon all States to consider the Convention;"  # 8 words, all kept in order
    cases = ((formula, DiffOptions().lead_weight), (CUT_NEW, 0.0))
    for new, evidence in cases:
        result = align_clauses(
            [CUT_OLD], [new], Comparator().similarity, DiffOptions(), bonus=lambda i, j, e=evidence: e
        )
        assert result.pairs == () and result.removed == (0,) and result.added == (0,)
    same_lead = align_clauses(
        [CUT_OLD], [CUT_NEW], Comparator().similarity, DiffOptions(), bonus=lambda i, j: 0.1
    )
    assert [(p.old, p.new) for p in same_lead.pairs] == [(0, 0)]


LIST_OLD = (
    "Recalling also Council resolutions 1991/4 of 3 May 1991, entitled “Regional action against the crimes "
    "listed in the Vienna Plan”, 1993/7 of 27 July 1993 and 1995/11 of 24 July 1995, entitled “The role of "
    "customs services in the protection of heritage”, as well as resolutions 1998/12 of 20 July 1998, 2002/3 "
    "of 24 July 2002 and 2004/8 of 21 July 2004 on the protection of museums, resolution 2008/9 of 24 July "
    "2008 on international cooperation in preventing the theft of manuscripts, and resolutions 2016/31 of "
    "28 July 2016 and 2021/14 of 22 July 2021 on combating illicit trade in cultural property and looting,"
)
LIST_NEW = (
    "Recalling also Council resolution 2021/14 of 22 July 2021, entitled “Strengthening responses to the "
    "looting of archaeological sites and its links to illicit trade in cultural property”,"
)
LIST_FAR = (
    "Recalling also that experts from forty countries, meeting under Council resolution 2021/14, "
    "exchanged their experience with national inventories, registries, export certificates, border "
    "training and specialised police units,"
)


def test_a_list_cut_to_the_one_document_it_still_recalls_is_rewritten_in_place() -> None:
    """One old and one new recital left between the same paired neighbours, under the same lead, sharing
    names no other clause names (the symbol and date of the one resolution still recalled), are one clause
    rewritten in its place, though the cut leaves them under ``min_similarity`` alike (the shape of a
    held-back pair's list of Council resolutions cut to one, with its title); without those names in full
    they stay a removal and an addition, and so do two clauses alike in less than half of
    ``min_similarity``."""
    options = DiffOptions()
    similarity = Comparator().similarity
    assert options.min_similarity / 2 <= similarity(LIST_OLD, LIST_NEW) < options.min_similarity
    assert similarity(LIST_OLD, LIST_FAR) < options.min_similarity / 2

    def evidence(names: float) -> Callable[[int, int], float]:
        return lambda i, j: options.lead_weight + names * options.names_weight if (i, j) == (1, 1) else 0.0

    def same_lead(i: int, j: int) -> bool:
        return (i, j) == (1, 1)

    def aligned(new: str, names: float) -> Alignment:
        old_texts, new_texts = [TEXTS[0], LIST_OLD, TEXTS[1]], [TEXTS[0], new, TEXTS[1]]
        return align_clauses(
            old_texts, new_texts, similarity, options, bonus=evidence(names), same_lead=same_lead
        )

    named = aligned(LIST_NEW, 1.0)
    assert (1, 1, "similar", False) in pairs(named) and named.removed == named.added == ()
    for other in (aligned(LIST_NEW, 0.9), aligned(LIST_FAR, 1.0)):
        assert other.removed == (1,) and other.added == (1,)
