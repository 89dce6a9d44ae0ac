"""Classes and reasons on real pairs: each calibrated pattern on the document where it occurs, a class and
a reason on every record, and the class scale kept as data with its sources."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from corpus import CORPUS, parsed

from versioning.diff import ChangeList, diff_editions
from versioning.diff.changes import CLASSES, GONE, Change
from versioning.diff.class_rules import load_rules
from versioning.diff.classify import judge_words
from versioning.diff.judge import citation_changes
from versioning.diff.names import NameEvidence
from versioning.diff.words import word_diffs
from versioning.validation import iter_schema_problems

COOPERATION = CORPUS / "cooperation"
CSTO = CORPUS / "csto"


def diff(old: str, new: str) -> ChangeList:
    return diff_editions(parsed(CORPUS / old), parsed(CORPUS / new))


def clause(changes: ChangeList, section: str, old_id: str) -> Change:
    return next(c for c in changes.changes if c.section == section and c.old_id == old_id)


ASEAN = ("cooperation/A-RES-77-12.pymupdf.txt", "cooperation/A-RES-79-290.pymupdf.txt")
OIC = ("cooperation/A-RES-77-18.pymupdf.txt", "cooperation/A-RES-79-9.pymupdf.txt")
INTERPOL = ("cooperation/A-RES-77-20.pymupdf.txt", "cooperation/A-RES-79-136.pymupdf.txt")


@pytest.mark.parametrize(
    ("pair", "section", "old_id", "new_id", "reason"),
    [
        # a lead's same-strength variant: an added "further", "also", a changed "Also" -> "Further"
        (ASEAN, "preamble", "pp7", "pp6", "routine: lead 'Recalling' -> 'Recalling further' (same strength)"),
        (ASEAN, "operative", "op5", "op6", "routine: lead 'Encourages' -> 'Also encourages' (same strength)"),
        (
            ASEAN,
            "operative",
            "op19",
            "op30",
            "routine: lead 'Also encourages' -> 'Further encourages' (same strength)",
        ),
        # the parser's lead is "Also": the scale's longer phrase "Also reaffirms" is compared
        (
            INTERPOL,
            "operative",
            "op7",
            "op12",
            "routine: lead 'Also reaffirms' -> 'Reaffirms' (same strength)",
        ),
        (
            INTERPOL,
            "preamble",
            "pp19",
            "pp23",
            "routine: lead 'Recognizing' -> 'Recognizing also' (same strength) and ordinals only",
        ),
        # capitalised ordinals of numbered events ("First to Twelfth Summits" -> "Fourteenth")
        (ASEAN, "preamble", "pp20", "pp10", "routine: ordinals only"),
        # ordinals rewritten as ranges
        (OIC, "preamble", "pp18", "pp18", "routine: session numbers and ordinals only"),
        # a name written out, its long form used in the title
        (OIC, "preamble", "pp28", "pp28", "routine: a name written out or shortened only"),
        # a date moved after the place, and "secretariats" capitalised
        (
            ASEAN,
            "operative",
            "op21",
            "op34",
            "routine: session numbers, dates and the place of a date in the sentence only",
        ),
        # a list of resolutions grows: its commas and "and" go with the symbols
        (
            ("csto/A-RES-77-13.pymupdf.txt", "csto/A-RES-79-10.pymupdf.txt"),
            "preamble",
            "pp4",
            "pp4",
            "routine: dates and document symbols only",
        ),
        # a citation dropped, words the same
        (
            ("csto/A-RES-73-331.pymupdf.txt", "csto/A-RES-75-276.pymupdf.txt"),
            "operative",
            "op1",
            "op1",
            "routine: footnote citations (footnote 1 removed) only",
        ),
    ],
)
def test_calibrated_patterns_on_the_real_documents(
    pair: tuple[str, str], section: str, old_id: str, new_id: str, reason: str
) -> None:
    change = clause(diff(*pair), section, old_id)
    assert (change.new_id, change.reason) == (new_id, reason)
    assert change.change_class == reason.split(":")[0]


def test_a_stronger_lead_and_new_words_stay_substantive(tmp_path: Path) -> None:
    # No labelled pair has a stronger lead alone (67/6 pp10's "Acknowledging" -> "Welcoming" is part of a
    # merge), so one lead of the founding document is strengthened: "Invites" -> "Urges" in op6.
    founding = CSTO / "A-RES-67-6.reissue-2013-07-15.txt"
    urged = tmp_path / "urged.txt"
    text = founding.read_text(encoding="utf-8")
    urged.write_text(text.replace("6. Invites increased", "6. Urges increased", 1), encoding="utf-8")
    op6 = clause(diff_editions(parsed(founding), parsed(urged)), "operative", "op6")
    assert op6.reason.startswith("substantive: lead 'Invites' -> 'Urges' (stronger)")
    changes = diff("csto/A-RES-67-6.reissue-2013-07-15.txt", "csto/A-RES-73-331.pymupdf.txt")
    # another phrase of the same level is not a variant of the same phrase
    pp8 = clause(changes, "preamble", "pp8")
    assert pp8.reason.startswith(
        "substantive: lead 'Welcoming' -> 'Encouraging' (another phrase of the same strength)"
    )
    # seven substantive edits: the reason heads with the heaviest, not with the first ("new words
    # 'practical'")
    op2 = clause(changes, "operative", "op2")
    assert op2.reason == (
        "substantive: 'and to strengthen its peacekeeping capacities, ...' replaced by ', thereby "
        "contributing' (and 6 more)"
    )
    pp6 = clause(changes, "preamble", "pp6")
    assert (pp6.kind, pp6.reason) == ("removed", "substantive: paragraph removed")


def test_a_modifier_of_two_words_goes_whole(tmp_path: Path) -> None:
    # "once again" is a neutral modifier as "again" is: dropping it leaves the same lead, so "Calls once
    # again upon" -> "Calls upon" is a variant of one phrase (A/RES/79/90 op6, its modifier taken out),
    # not another phrase of the same level ("again" was stripped first and left "once" in the core)
    source = CORPUS / "sessions" / "fourth" / "A-RES-79-90.pymupdf.txt"
    shorter = tmp_path / "shorter.txt"
    text = source.read_text(encoding="utf-8")
    shorter.write_text(text.replace("Calls once again upon", "Calls upon", 1), encoding="utf-8")
    op6 = clause(diff_editions(parsed(source), parsed(shorter)), "operative", "op6")
    assert op6.reason == "routine: lead 'Calls once again upon' -> 'Calls upon' (same strength)"


@pytest.mark.parametrize(
    ("old", "new", "evidence", "expected"),
    [
        # written out, the long name used elsewhere: routine
        ("the Organization and", "the Organization of Islamic Cooperation and",
         "the Organization of Islamic Cooperation", "routine"),
        ("the Organization of Islamic Cooperation and", "the Organization and",
         "the Organization of Islamic Cooperation", "routine"),
        ("contributions to the trust fund", "contributions to the Fund", "the Trust Fund for Human Security",
         "routine"),
        # shortened to the word before its complement (A/RES/79/186 pp14 -> A/RES/80/225 pp11, from
        # wannli/un-docs-downloader, data/extracted/A_RES_79_186.json and A_RES_80_225.json, commit
        # 3be1f80d48fec8cc764b8108502a7be67bd32a68)
        ("preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice,",
         "preparations for the Fifteenth Congress,",
         "the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice", "routine"),
        ("preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice,",
         "preparations for the Fifteenth Congress,", "", "substantive"),
        # a word of the complement is not the head
        ("the United Nations Congress on Crime Prevention and Criminal Justice,", "the Prevention,",
         "the United Nations Congress on Crime Prevention and Criminal Justice", "substantive"),
        # the same words without the long name anywhere else: a new name, substantive
        ("the Organization and", "the Organization of Islamic Cooperation and", "", "substantive"),
        # a new actor after a name is not a name written out
        ("the Council to", "the Council and the General Assembly to", "the Council and the General Assembly",
         "substantive"),
        # a citation added to a list, with the noun that says what its symbol is (constructed lines)
        ("Recalling its resolution 70/1 of 25 September 2015 and decision 72/555 of 7 December 2017,",
         "Recalling its resolution 70/1 of 25 September 2015, resolution 76/300 of 28 July 2022 and "
         "decision 72/555 of 7 December 2017,", "", "routine"),
        # the noun without a symbol after it, or new words around the citation, stay substantive
        ("its resolution 70/1 on the Agenda,", "its resolution 70/1 and the resolution on the Agenda,", "",
         "substantive"),
        ("Taking note of the report,", "Taking note of the report submitted pursuant to resolution 76/300,",
         "", "substantive"),
        # a citation added where no list of citations stands takes its noun as new words (review finding)
        ("Acting under its rules,", "Acting under its rules and decision 71/502,", "", "substantive"),
        ("Recalling the Charter of the United Nations,",
         "Recalling the Charter of the United Nations and resolution 71/2,", "", "substantive"),
        # a citation replaced by another of another kind keeps its noun as words (corpus notes: A/RES/77/12
        # note 5 "A/74/811." against A/RES/77/15 note 1 "Resolution 49/57.")
        ("A/74/811.", "Resolution 49/57.", "", "substantive"),
        # an acronym dropped after the name whose initials it takes, or the name for the acronym, where the
        # acronym is used elsewhere: routine (constructed lines)
        ("the group of governmental experts established pursuant to resolution 73/266 (GGE) met,",
         "the group of governmental experts established pursuant to resolution 73/266 met,",
         "The GGE adopted its report. The group of governmental experts met twice.", "routine"),
        # words that only spell the acronym, or a name used nowhere else, are no name (review findings)
        ("decides that it will have obligations,", "decides that it will have obligations (WHO),",
         "The WHO met.", "substantive"),
        ("the World Health Organization and Member States agreed",
         "the World Health Organization and Member States (WHO) agreed", "The WHO met.", "substantive"),
        ("Endorses the report of the GGE;", "Endorses the report of the great green elephant;",
         "The GGE met. The GGE adopted its report.", "substantive"),
        ("Endorses the report of the GGE;", "Endorses the report of the group of governmental experts;",
         "The group of governmental experts (GGE) met. The GGE adopted its report.", "routine"),
        # not the initials of words before it, or an acronym used nowhere else: substantive
        ("the work of the experts,", "the work of the experts (ABC),", "The ABC met.", "substantive"),
        ("the group of governmental experts (GGE) met,", "the group of governmental experts met,", "",
         "substantive"),
        ("for the first time", "for the second time", "", "substantive"),
        ("at its first meeting", "at its second meeting", "", "routine"),
        # an item added to a list in the words of the item beside it: its sessions and years only (the
        # shape of A/RES/79/237 pp1 against its successor, a held-back pair; constructed lines)
        ("held its first session in 2021, its second and third sessions in 2022 and its fourth session in "
         "2023,",
         "held its first session in 2021, its second and third sessions in 2022, its fourth and fifth "
         "sessions in 2023 and its sixth session in 2024,", "", "routine"),
        ("held its first and second substantive sessions in 2022,",
         "held its first and second substantive sessions in 2022, its third substantive session in 2023,", "",
         "routine"),
        # a word the neighbour does not have, or only a preposition with a new date (a deadline): substantive
        ("held its first and second substantive sessions in 2022,",
         "held its first and second substantive sessions in 2022, its third informal session in 2023,", "",
         "substantive"),
        ("to submit a report on its work", "to submit a report on its work by 2026", "", "substantive"),
        # the second field test's class faults (the shapes of held-back pairs; constructed lines): an
        # ordinal before a word of recurrence, the years since an event, a doubled word, a name written out
        # where the word diff shows the insertion shifted ("Court of {+Justice of+} 19 July")
        ("the eighth annual retreat of", "the ninth annual retreat of", "", "routine"),
        ("a first step towards", "a second step towards", "", "substantive"),
        ("adopted 31 years ago in Oslo", "adopted 32 years ago in Oslo", "", "routine"),
        ("shall remain for 10 years after its entry", "shall remain for 11 years after its entry", "",
         "substantive"),
        ("a meeting held in in Ramallah on", "a meeting held in Ramallah on", "", "editorial"),
        ("calls upon all States to", "calls upon States to", "", "substantive"),
        ("the opinion of the International Court of 19 July 2024",
         "the opinion of the International Court of Justice of 19 July 2024",
         "the International Court of Justice", "routine"),
        # a citation added to a list in its neighbour's words, joined to its date by "on" as the
        # neighbour's is (Security Council resolutions in A/RES/79/98 pp7 against its successor, a
        # held-back pair; constructed lines); without a symbol of its own, "on" and a date are a deadline
        ("2654 (2022) on 27 October 2022 and 2703 (2023) on 30 October 2023,",
         "2654 (2022) on 27 October 2022, 2703 (2023) on 30 October 2023 and 2756 (2024) on 31 October "
         "2024,", "", "routine"),
        ("to report on its work,", "to report on its work on 31 October 2024,", "", "substantive"),
        # a name with its acronym set before a noun the editions also write after the acronym alone
        # ("the {+coronavirus disease (COVID-19)+} pandemic", A/RES/79/236 pp11 against its successor, a
        # held-back pair; constructed lines); without that use, or before a noun never so written, a new
        # actor or object: substantive
        ("recovery from the pandemic and other crises,",
         "recovery from the coronavirus disease (COVID-19) pandemic and other crises,",
         "the impact of the coronavirus disease (COVID-19) pandemic; the COVID-19 pandemic", "routine"),
        ("recovery from the pandemic and other crises,",
         "recovery from the coronavirus disease (COVID-19) pandemic and other crises,", "", "substantive"),
        # a word that points at a thing by its time replaced by the word that names it, before the rest of a
        # name used elsewhere ("the [-new-]{+Awaza+} Programme of Action", A/RES/79/236 pp17 against its
        # successor, a held-back pair; constructed lines); a descriptive word of substance, or a name used
        # nowhere else: substantive
        ("to ensure the implementation of the new Programme of Action for Landlocked Developing Countries,",
         "to ensure the implementation of the Awaza Programme of Action for Landlocked Developing Countries,",
         "the full implementation of the Awaza Programme of Action for Landlocked Developing Countries",
         "routine"),
        ("to ensure the implementation of the regional Programme of Action for Landlocked Developing "
         "Countries,",
         "to ensure the implementation of the Awaza Programme of Action for Landlocked Developing Countries,",
         "the full implementation of the Awaza Programme of Action for Landlocked Developing Countries",
         "substantive"),
        ("to ensure the implementation of the new Programme of Action for Landlocked Developing Countries,",
         "to ensure the implementation of the Awaza Programme of Action for Landlocked Developing Countries,",
         "", "substantive"),
        # a time word before a common term of one capitalised word: another actor, however often named
        ("to assist new States in strengthening their border controls,",
         "to assist Member States in strengthening their border controls,",
         "Member States in the region; Member States in strengthening capacity", "substantive"),
        ("support to the programmes of States,",
         "support to the programmes of the children's fund (UNICEF) of States,",
         "the children's fund (UNICEF) of States; the UNICEF programmes", "substantive"),
        ("the opinion of the International Court of 19 July 2024",
         "the opinion of the International Court of Justice of 19 July 2024", "", "substantive"),
    ],
)  # fmt: skip
def test_names_written_out_need_the_long_name_elsewhere(
    old: str, new: str, evidence: str, expected: str
) -> None:
    verdict = judge_words(word_diffs(old, new).judged, NameEvidence.of([old, new, evidence]))
    assert verdict is not None and verdict.change_class == expected


@pytest.mark.parametrize(
    ("phrase", "times", "expected"),
    [
        ("Organization of Islamic Cooperation", 2, True),  # twice, once in capitals and across a line
        ("organization of islamic cooperation", 2, True),  # case ignored
        ("Organization of Islamic Cooperation", 3, False),
        ("Islamic Cooperation Youth", 1, False),  # only across two texts: no name spans two paragraphs
        ("Cooperation", 3, True),
        ("Co", 1, False),  # part of a word
        ("Islamic Cooperation-Youth", 1, False),
        ("Youth Forum", 1, True),
    ],
)  # fmt: skip
def test_name_evidence_finds_whole_phrases_within_one_text(phrase: str, times: int, expected: bool) -> None:
    evidence = NameEvidence.of(
        [
            "the Organization of Islamic\n  Cooperation and its members",
            "Recalling the ORGANIZATION OF ISLAMIC COOPERATION, Islamic Cooperation",
            "Youth Forum, co-operation",
        ]
    )
    assert evidence.uses(phrase, times=times) is expected


PAIRS = [
    ASEAN,
    OIC,
    INTERPOL,
    ("csto/A-RES-67-6.reissue-2013-07-15.txt", "csto/A-RES-73-331.pymupdf.txt"),
    ("csto/A-RES-73-331.pymupdf.txt", "csto/A-RES-75-276.pymupdf.txt"),
]


@pytest.mark.parametrize("pair", PAIRS, ids=lambda pair: pair[0].split("/")[-1])
def test_every_record_has_a_class_and_a_reason(pair: tuple[str, str]) -> None:
    changes = diff_editions(parsed(CORPUS / pair[0]), parsed(CORPUS / pair[1]), include_unchanged=True)
    data = changes.to_dict()
    assert list(iter_schema_problems(data, schema="changes.schema.json")) == []
    for change in data["changes"]:
        assert change["class"] in CLASSES
        assert change["reason"].startswith(change["class"] + ": ") and len(change["reason"]) > len(
            "routine: "
        )
    assert ChangeList.from_dict(data) == changes
    assert {"modified", "unchanged"} <= {change["kind"] for change in data["changes"]}


def test_a_record_cannot_be_built_without_a_fitting_class_and_reason() -> None:
    with pytest.raises(ValueError, match="not one of"):
        Change("operative", "added", None, "op2", change_class="major", reason="major: x")
    with pytest.raises(ValueError, match="does not start with its class"):
        Change(
            "operative", "added", None, "op2", change_class="routine", reason="substantive: paragraph added"
        )
    with pytest.raises(KeyError):
        Change.from_dict({"section": "operative", "kind": "added", "old_id": None, "new_id": "op2"})


def test_the_class_scale_is_data_with_sources() -> None:
    raw = json.loads(resources.files("versioning").joinpath("data", "class_rules.json").read_text("utf-8"))
    assert tuple(raw["classes"]) == CLASSES
    assert len(raw["sources"]) >= 3
    for row in [*raw["word_categories"], *raw["structural"]]:
        assert row["class"] in CLASSES and row["source"], row
    rules = load_rules()
    assert rules.kind_rules["added"][0] == "substantive"
    assert rules.kind_rules["renumbered"][0] == "editorial"
    assert {"session", "anniversary", "summit"} <= rules.ordinal_nouns


def test_a_renumbered_note_no_longer_cited_is_named_by_both_numbers() -> None:
    # A/RES/79/130 -> A/C.6/80/L.13 (held back): old note 1 reappears as new note 6, and pp1 now cites a new
    # note 1 instead
    assert citation_changes(["1"], ["1"], {"1": "6", "6": "1"}) == [
        "footnote 1 added",
        "footnote 1 (now 6) removed",
    ]
    assert citation_changes(["1"], [], {}) == ["footnote 1 removed"]
    # a removed note maps to no marker: its number cited again is another note
    assert citation_changes(["2"], ["2"], {"2": GONE}) == ["footnote 2 added", "footnote 2 removed"]
