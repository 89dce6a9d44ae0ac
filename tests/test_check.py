"""``versioning check`` on real editions: the policies, the predecessor, and the exact output forms."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from versioning.check import (
    POLICIES,
    Candidate,
    CheckReport,
    FileResult,
    Finding,
    check_document,
    find_predecessor,
    format_github,
    junit_xml,
)
from versioning.cli import main
from versioning.model import Edition
from versioning.parsing import parse_edition
from versioning.store import open_store

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
CSTO = CORPUS / "csto"
FOUNDING = CSTO / "A-RES-67-6.reissue-2013-07-15.txt"
SERIES_FILES = [
    FOUNDING,
    CSTO / "A-RES-73-331.pymupdf.txt",
    CSTO / "A-RES-75-276.pymupdf.txt",
    CSTO / "A-RES-77-13.pymupdf.txt",
]
REISSUED = (
    "Reissued for technical reasons on 15 July 2013.",
    "Reissued for technical reasons on 2 September 2013.",
)
ONE_WORD = ("to continue their cooperation in the interest", "to continue their partnership in the interest")
REISSUE_MESSAGE = (
    "operative paragraph 5 (op5): \u201ccooperation\u201d replaced by \u201cpartnership\u201d (substantive); "
    "a reissue for technical reasons may contain editorial changes only"
)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the founding document and the next three members of its series (not 79/10)."""
    path = tmp_path_factory.mktemp("check") / "store"
    open_store(path, create=True).add(SERIES_FILES)
    return str(path)


def edited(tmp_path: Path, name: str, source: Path, *edits: tuple[str, str]) -> str:
    """A copy of ``source`` with each (old, new) replacement made once (each must be found)."""
    text = source.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def later_reissue(tmp_path: Path, name: str, *edits: tuple[str, str]) -> str:
    """The founding document reissued again on 2 September 2013, with ``edits``."""
    return edited(tmp_path, name, FOUNDING, REISSUED, *edits)


# The reissue rule ------------------------------------------------------------------------------------------


def test_a_reissue_with_one_word_of_an_operative_paragraph_changed_fails(
    store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = later_reissue(tmp_path, "bad-reissue.txt", ONE_WORD)
    assert main(["--store", store_path, "check", bad]) == 1
    assert capsys.readouterr().out == (
        f"FAIL  {bad}: A/RES/67/6@2013-09-02 (follows A/RES/67/6@2013-07-15, edition)\n"
        f"  {bad}:137: error: [reissue-editorial-only] {REISSUE_MESSAGE}\n"
        "1 file(s): 0 passed, 1 failed, 0 unreadable\n"
    )


def test_the_same_reissue_with_curly_quotes_straightened_passes(
    store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    straight = later_reissue(tmp_path, "straight-quotes.txt", ("\u201cKanal\u201d", '"Kanal"'))
    text = Path(straight).read_text(encoding="utf-8").replace("\u201c", '"').replace("\u201d", '"')
    Path(straight).write_text(text, encoding="utf-8")
    assert "\u201c" not in text and text.count('"') == 6  # "Kanal", and the two titles of op9
    assert main(["--store", store_path, "check", straight]) == 0
    assert capsys.readouterr().out == (
        f"PASS  {straight}: A/RES/67/6@2013-09-02 (follows A/RES/67/6@2013-07-15, edition)\n"
        "1 file(s): 1 passed, 0 failed, 0 unreadable\n"
    )


def test_github_annotations_have_the_exact_form(
    store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = later_reissue(tmp_path, "bad-reissue.txt", ONE_WORD)
    assert main(["--store", store_path, "check", bad, "--format", "github"]) == 1
    assert capsys.readouterr().out == (
        f"::error file={bad},line=137,title=reissue-editorial-only::{REISSUE_MESSAGE}\n"
    )


def test_junit_report_has_the_exact_form(
    store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = later_reissue(tmp_path, "bad-reissue.txt", ONE_WORD)
    good = str(FOUNDING)  # already held: it passes
    report = tmp_path / "junit.xml"
    assert main(["--store", store_path, "check", bad, good, "--junit", str(report)]) == 1
    capsys.readouterr()
    escaped = REISSUE_MESSAGE  # no character of it needs escaping in XML
    assert report.read_text(encoding="utf-8") == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<testsuites name="versioning check" tests="10" failures="1" errors="0">\n'
        '  <testsuite name="versioning check" tests="10" failures="1" errors="0">\n'
        f'    <testcase classname="{bad}" name="parse" />\n'
        f'    <testcase classname="{bad}" name="reissue-editorial-only">\n'
        f'      <failure message="{escaped}" type="reissue-editorial-only">{bad}:137: {escaped}</failure>\n'
        "    </testcase>\n"
        f'    <testcase classname="{bad}" name="corrigendum-as-stated" />\n'
        f'    <testcase classname="{bad}" name="edition-later" />\n'
        f'    <testcase classname="{bad}" name="series-cites-predecessors" />\n'
        f'    <testcase classname="{good}" name="parse" />\n'
        f'    <testcase classname="{good}" name="reissue-editorial-only" />\n'
        f'    <testcase classname="{good}" name="corrigendum-as-stated" />\n'
        f'    <testcase classname="{good}" name="edition-later" />\n'
        f'    <testcase classname="{good}" name="series-cites-predecessors" />\n'
        "  </testsuite>\n"
        "</testsuites>\n"
    )


def test_fail_on_lets_a_routine_change_through_as_a_warning(
    store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routine = later_reissue(
        tmp_path,
        "routine.txt",
        ("at its sixty-ninth session a report", "at its seventy-first session a report"),
    )
    assert main(["--store", store_path, "check", routine]) == 1
    assert "error: [reissue-editorial-only] operative paragraph 8 (op8)" in capsys.readouterr().out
    assert main(["--store", store_path, "check", routine, "--fail-on", "substantive"]) == 0
    output = capsys.readouterr().out
    assert output.startswith(f"PASS  {routine}")
    assert (
        f"{routine}:150: warning: [reissue-editorial-only] operative paragraph 8 (op8): "
        "\u201csixty-ninth\u201d replaced by \u201cseventy-first\u201d (routine)"
    ) in output
    assert (
        main(["--store", store_path, "check", routine, "--fail-on", "substantive", "--format", "github"]) == 0
    )
    assert capsys.readouterr().out.startswith(
        f"::warning file={routine},line=150,title=reissue-editorial-only::"
    )


def test_json_output(store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = later_reissue(tmp_path, "bad-reissue.txt", ONE_WORD)
    assert main(["--store", store_path, "check", bad, "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["summary"] == {"pass": 0, "fail": 1, "error": 0, "exit_status": 1}
    [result] = data["files"]
    assert (result["outcome"], result["predecessor"], result["relation"]) == (
        "fail",
        "A/RES/67/6@2013-07-15",
        "edition",
    )
    assert result["findings"] == [
        {
            "rule": "reissue-editorial-only",
            "severity": "error",
            "clause": "op5",
            "line": 137,
            "class": "substantive",
            "message": REISSUE_MESSAGE,
        }
    ]


# The other rules -------------------------------------------------------------------------------------------


def test_an_edition_not_later_than_the_held_one_fails(
    store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    same_date = edited(tmp_path, "same-date.txt", FOUNDING, ("\u201cKanal\u201d", "\u201cKanal-2\u201d"))
    assert main(["--store", store_path, "check", same_date]) == 1
    output = capsys.readouterr().out
    assert (
        "error: [edition-later] A/RES/67/6@2013-07-15: "
        "same edition date as A/RES/67/6@2013-07-15, whose text differs" in output
    )
    earlier = edited(
        tmp_path, "earlier.txt", FOUNDING, (REISSUED[0], "Reissued for technical reasons on 1 March 2013.")
    )
    assert main(["--store", store_path, "check", earlier]) == 1
    assert (
        "edition date 2013-03-01 is earlier than 2013-07-15, that of A/RES/67/6@2013-07-15"
        in capsys.readouterr().out
    )


def test_a_new_member_must_cite_its_held_predecessors(
    store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    complete = str(CSTO / "A-RES-79-10.pymupdf.txt")
    assert main(["--store", store_path, "check", complete]) == 0
    assert "(follows A/RES/77/13@2022-11-25, series)" in capsys.readouterr().out
    forgetful = edited(
        tmp_path,
        "79-10-without-77-13.txt",
        CSTO / "A-RES-79-10.pymupdf.txt",
        (
            "2019,75/276 of 28 April 2021 and 77/13 of \n21 November 2022 on",
            "2019 and 75/276 of 28 April 2021 on",
        ),
    )
    assert main(["--store", store_path, "check", forgetful]) == 1
    assert (
        "error: [series-cites-predecessors] A/RES/79/10@2024-11-19 does not cite the earlier held member(s) "
        "of its series: 77/13"
    ) in capsys.readouterr().out
    # the finding names the recital that lists the series, and the line where it begins, for a CI annotation
    assert main(["--store", store_path, "check", "--format", "json", forgetful]) == 1
    (finding,) = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    lines = Path(forgetful).read_text(encoding="utf-8").splitlines()
    assert finding["clause"] is not None
    assert lines[finding["line"] - 1].startswith("Referring further to its resolutions 64/256")


def test_a_member_may_recall_its_history_through_the_latest_member_alone(
    store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "its previous resolutions on this issue, the most recent of which is resolution 79/19" (A/C.1/80/L.3):
    members older than the earliest one cited need not be named, the one it follows must be."""
    latest_only = edited(
        tmp_path,
        "79-10-latest-only.txt",
        CSTO / "A-RES-79-10.pymupdf.txt",
        (
            "Referring further to its resolutions 64/256 of 2 March 2010, 65/122 of \n13 December 2010, "
            "67/6 of 19 November 2012, 69/12 of 11 November 2014, 71/12 \nof 21 November 2016, "
            "73/331 of 25 July 2019,75/276 of 28 April 2021 and 77/13 of \n21 November 2022 on",
            "Referring further to its previous resolutions, the most recent of which is \n"
            "resolution 77/13 of 21 November 2022, on",
        ),
    )
    assert main(["--store", store_path, "check", latest_only]) == 0, capsys.readouterr().out
    # the first member and the latest, in lists of their own: nothing between them is listed
    first_and_latest = edited(
        tmp_path,
        "79-10-first-and-latest.txt",
        CSTO / "A-RES-79-10.pymupdf.txt",
        (
            "Referring further to its resolutions 64/256 of 2 March 2010, 65/122 of \n13 December 2010, "
            "67/6 of 19 November 2012, 69/12 of 11 November 2014, 71/12 \nof 21 November 2016, "
            "73/331 of 25 July 2019,75/276 of 28 April 2021 and 77/13 of \n21 November 2022 on",
            "Referring further to its resolution 67/6 of 19 November 2012 and all its subsequent \n"
            "resolutions on the matter, the most recent of which is resolution 77/13 of 21 November 2022, on",
        ),
    )
    assert main(["--store", store_path, "check", first_and_latest]) == 0, capsys.readouterr().out
    skipping = edited(
        tmp_path,
        "79-10-skipping-75-276.txt",
        CSTO / "A-RES-79-10.pymupdf.txt",
        ("2019,75/276 of 28 April 2021 and 77/13 of", "2019 and 77/13 of"),
    )
    assert main(["--store", store_path, "check", skipping]) == 1
    assert "does not cite the earlier held member(s) of its series: 75/276" in capsys.readouterr().out


def test_a_draft_follows_the_resolution_it_updates_not_the_one_adopted_from_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A/C.1/80/L.7 (regional disarmament) recalls 79/25 and was adopted as 80/27: checked against a store
    holding both, it follows 79/25, and the policies judge it as the next member."""
    first = CORPUS / "sessions" / "first"
    store = tmp_path / "store"
    open_store(store, create=True).add([first / "A-RES-79-25.pymupdf.txt", first / "A-RES-80-27.pymupdf.txt"])
    draft = str(first / "A-C.1-80-L.7.pymupdf.txt")
    assert main(["--store", str(store), "check", draft]) == 0
    assert f"PASS  {draft}: A/C.1/80/L.7@2025-10-03 (follows A/RES/79/25@2024-12-09, series)" in (
        capsys.readouterr().out
    )
    draft_text = first / "A-C.1-80-L.7.pymupdf.txt"
    forgetful = edited(tmp_path, "L7-without-79-25.txt", draft_text, ("79/25", "78/25"))
    assert main(["--store", str(store), "check", forgetful]) == 1
    assert "A/C.1/80/L.7@2025-10-03 does not cite the earlier held member(s) of its series: 79/25" in (
        capsys.readouterr().out
    )
    unrelated = str(CSTO / "A-RES-79-10.pymupdf.txt")
    assert main(["--store", str(store), "check", unrelated]) == 0
    assert "(first held)" in capsys.readouterr().out


def test_a_series_that_never_recalls_its_history_need_not_cite_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A/C.5/80/L.7, "Unforeseen and extraordinary expenses for 2026", follows 79/260 ("... for 2025"), which
    cites no earlier year's resolution, nor does the draft: no citation is missing.  A/C.1/80/L.7 with its
    list of the regional disarmament resolutions taken out cites none either, but 79/25, the member it
    follows, recalls its history: the draft leaves out 79/25."""
    fifth, first = CORPUS / "sessions" / "fifth", CORPUS / "sessions" / "first"
    store = tmp_path / "store"
    held = [fifth / "A-RES-79-260.pymupdf.txt", first / "A-RES-79-25.pymupdf.txt"]
    open_store(store, create=True).add(held)
    draft = str(fifth / "A-C.5-80-L.7.pymupdf.txt")
    assert main(["--store", str(store), "check", draft]) == 0
    assert f"PASS  {draft}: A/C.5/80/L.7@2025-12-22 (follows A/RES/79/260@2024-12-31, series)" in (
        capsys.readouterr().out
    )
    text = (first / "A-C.1-80-L.7.pymupdf.txt").read_text(encoding="utf-8")
    start, end = text.index("Recalling its resolutions 45/58 P"), text.index("Believing that the efforts")
    no_history = tmp_path / "L7-without-its-history.txt"
    no_history.write_text(text[:start] + text[end:], encoding="utf-8")
    assert main(["--store", str(store), "check", str(no_history)]) == 1
    assert "A/C.1/80/L.7@2025-10-03 does not cite the earlier held member(s) of its series: 79/25" in (
        capsys.readouterr().out
    )
    # 79/25's history named with words that are not the series' subject (as "regarding the maintenance and
    # revitalization of the three regional centres" names the history of A/RES/79/70) is still a history:
    # the draft whose list (so qualified too) stops at 78/36 leaves out 79/25
    regarding = edited(
        tmp_path,
        "79-25-regarding.txt",
        first / "A-RES-79-25.pymupdf.txt",
        ("of 4 December 2023 on regional disarmament,", "of 4 December 2023 regarding regional approaches,"),
    )
    other_store = tmp_path / "other-store"
    open_store(other_store, create=True).add([regarding])
    short_list = edited(
        tmp_path,
        "L7-list-to-78-36.txt",
        first / "A-C.1-80-L.7.pymupdf.txt",
        ("and 79/25 of 2 December 2024 on regional disarmament,", "regarding it,"),
    )
    assert main(["--store", str(other_store), "check", short_list]) == 1
    assert "does not cite the earlier held member(s) of its series: 79/25" in capsys.readouterr().out
    # two resolutions recalled for what they say are no history: the expenses draft still passes
    recalling = edited(
        tmp_path,
        "L7-fifth-recalling.txt",
        fifth / "A-C.5-80-L.7.pymupdf.txt",
        (
            "The General Assembly \n \n1. \n",
            "The General Assembly, \n \nRecalling its resolutions 70/1 of 25 September 2015 and 69/313 of \n"
            "27 July 2015, \n \n1. \n",
        ),
    )
    assert main(["--store", str(store), "check", recalling]) == 0, capsys.readouterr().out


def test_the_files_of_one_run_are_each_others_predecessors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = later_reissue(tmp_path, "bad-reissue.txt", ONE_WORD)
    no_store = str(tmp_path / "no-store")
    assert main(["--store", no_store, "check", str(FOUNDING), bad]) == 1
    output = capsys.readouterr().out
    assert f"PASS  {FOUNDING}: A/RES/67/6@2013-07-15 (first held)" in output
    assert f"FAIL  {bad}: A/RES/67/6@2013-09-02 (follows A/RES/67/6@2013-07-15, edition)" in output


def test_a_reissue_whose_earlier_edition_is_not_held_passes_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--store", str(tmp_path / "none"), "check", str(FOUNDING)]) == 0
    assert "note: reissue-editorial-only: no earlier edition of A/RES/67/6 is held" in capsys.readouterr().out


def test_unreadable_input_exits_2_and_the_other_files_are_still_checked(
    store_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "missing.txt")
    garbage = tmp_path / "garbage.txt"
    garbage.write_text("not a resolution at all\n", encoding="utf-8")
    assert main(["--store", store_path, "check", missing, str(garbage), str(FOUNDING)]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"ERROR {missing}: no such file"
    assert lines[1].startswith(f"ERROR {garbage}")
    assert lines[2] == f"PASS  {FOUNDING}: A/RES/67/6@2013-07-15 (first held)"
    assert lines[-1] == "3 file(s): 1 passed, 0 failed, 2 unreadable"


def test_corrigendum_changes_only_what_it_says() -> None:
    original = parse_edition(FOUNDING)
    op5 = original.operative[4]
    op4 = original.operative[3]
    note = "Operative paragraph 5: for \u201ccooperation\u201d read \u201cpartnership\u201d."
    as_stated = replace(
        original,
        edition=Edition("corrigendum", "2013-09-02", note, "A/RES/67/6/Corr.1"),
        operative=(
            *original.operative[:4],
            replace(op5, text=op5.text.replace("cooperation", "partnership")),
            *original.operative[5:],
        ),
    )
    held = [Candidate(original, held=True)]
    assert check_document(as_stated, held, path="corr.json").findings == ()
    beyond = replace(
        as_stated,
        operative=(
            *original.operative[:3],
            replace(op4, text=op4.text.replace("regular", "frequent")),
            *as_stated.operative[4:],
        ),
    )
    [finding] = check_document(beyond, held, path="corr.json").findings
    assert (finding.rule, finding.clause) == ("corrigendum-as-stated", "op4")
    assert "\u201cregular\u201d replaced by \u201cfrequent\u201d" in finding.message
    wrong_words = replace(
        as_stated,
        operative=(
            *original.operative[:4],
            replace(op5, text=op5.text.replace("cooperation", "collaboration")),
            *original.operative[5:],
        ),
    )
    [finding] = check_document(wrong_words, held, path="corr.json").findings
    assert finding.message.endswith(
        "the corrigendum says only: for \u201ccooperation\u201d read \u201cpartnership\u201d"
    )


# Predecessors and output details ---------------------------------------------------------------------------


def test_predecessor_is_the_edition_itself_never() -> None:
    founding = parse_edition(FOUNDING)
    assert find_predecessor(founding, [Candidate(founding, held=True)]) is None
    member = parse_edition(CSTO / "A-RES-73-331.pymupdf.txt")
    predecessor = find_predecessor(member, [Candidate(founding, held=True), Candidate(member, held=True)])
    assert predecessor is not None and (str(predecessor.document.symbol), predecessor.relation) == (
        "A/RES/67/6",
        "series",
    )


def test_github_escapes_messages_and_properties() -> None:
    finding = Finding("edition-later", "50% done\nnext line", None, 3)
    report = CheckReport((FileResult("dir,with:odd.txt", "A/RES/1/1@2000-01-01", findings=(finding,)),))
    assert (
        format_github(report)
        == "::error file=dir%2Cwith%3Aodd.txt,line=3,title=edition-later::50%25 done%0Anext line\n"
    )
    assert junit_xml(CheckReport(())).startswith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="versioning check" tests="0"'
    )


def test_every_policy_is_documented_in_the_policies_module() -> None:
    import versioning.check.policies as policies

    assert [policy.name for policy in POLICIES] == [
        "reissue-editorial-only",
        "corrigendum-as-stated",
        "edition-later",
        "series-cites-predecessors",
    ]
    for policy in POLICIES:
        assert f"``{policy.name}``" in (policies.__doc__ or "")
        assert policy.summary.endswith(".")


def test_check_help_names_the_policies(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    output = capsys.readouterr().out
    joined = " ".join(output.split()).replace("- ", "-")  # argparse may wrap a name at one of its hyphens
    assert all(policy.name in joined for policy in POLICIES)
