"""Classes of text changes and lead-phrase shifts."""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources

import pytest
from corpus import TEXTS, parsed
from hypothesis import given, settings
from hypothesis import strategies as st

from versioning.diff.classify import classify_words, highest_class, judge_words
from versioning.diff.comparator import Comparator
from versioning.diff.leads import compare_leads, detect_lead, lead_words, load_scale
from versioning.diff.normalise import editorial_key
from versioning.diff.routine_spans import RoutineMasks, routine_mask
from versioning.diff.words import diff_words, word_diffs


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("the same words", "the same words", None),
        ("Secretary -General", "Secretary-General", "editorial"),
        ("ambassadorial- level meetings", "ambassadorial-level meetings", "editorial"),
        ("Inter-Agency Task Force", "Inter\u2011Agency Task Force", "editorial"),
        ("entitled “Cooperation”", 'entitled "Cooperation"', "editorial"),
        ("in 2015\u20132030", "in 2015-2030", "editorial"),
        ("two  spaces\nand a break", "two spaces and a break", "editorial"),
        ("co-operation", "cooperation", "editorial"),
        ("at its sixty-ninth session", "at its seventy-first session", "routine"),
        # a run of months sharing one year is one date ("the conflict in July and August 2014")
        ("the conflict in July and August 2014, and", "the conflict in June and July 2015, and", "routine"),
        ("sessions held from July to August 2014 in", "sessions held from June to July 2015 in", "routine"),
        ("its session in May and June 2024", "its session in June 2025", "routine"),
        # a month without its year is no date (a deadline may be meant); nor is a date with its preposition
        # put into an undated phrase
        ("to agree by May and to report", "to agree by June and to report", "substantive"),
        ("in March, the Council", "in April, the Council", "substantive"),
        ("the conflict in July and August 2014, and", "the conflict, and", "substantive"),
        ("at its 69th session", "at its 71st session", "routine"),
        ("resolutions 64/256 and 65/122", "resolutions 64/256 and 67/6", "routine"),
        ("report A/67/280-S/2012/614.", "report A/69/228-S/2014/560.", "routine"),
        # symbols with a parenthesised session (IAEA General Conference, UNCCD) and Security Council
        # resolutions numbered with their year are updated like the Assembly's own
        (
            "its resolution GC(68)/RES/14 on safeguards",
            "its resolution GC(69)/RES/15 on safeguards",
            "routine",
        ),
        ("see ICCD/COP(15)/21.", "see ICCD/COP(16)/23.", "routine"),
        ("Council resolution 2719 (2023),", "Council resolution 2761 (2024),", "routine"),
        ("Council resolution 2719,", "Council resolution 2761,", "substantive"),
        ("in 10 (2023) cases", "in 12 (2023) cases", "substantive"),
        ("adopted on 18 November 2024", "adopted on 21 November 2022", "routine"),
        ("during the period from 2009 to 2019", "during the period from 2019 to 2029", "routine"),
        ("the eightieth session", "the eighty-first session", "routine"),
        (
            "resolutions 73/331 of 25 July 2019 and 75/276 of 28 April 2021,",
            "resolutions 73/331 of 25 July 2019, 75/276 of 28 April 2021 and 77/13 of 21 November 2022,",
            "routine",
        ),
        # the number of a paragraph cited in a document that each session renews (the Host Country
        # Committee's report) is part of the reference, as the symbol is; a subparagraph letter too
        ("contained in paragraph 180 of its report;", "contained in paragraph 174 of its report;", "routine"),
        (
            "as set out in paragraph 146 (p) of its previous report",
            "as set out in paragraph 180 (q) of its previous report",
            "routine",
        ),
        (
            "Takes note of paragraphs 422 to 425 of the report",
            "Takes note of paragraphs 452 to 455 of the report",
            "routine",
        ),
        ("see ibid., paras. 24\u201376.", "see ibid., paras. 30\u201381.", "routine"),
        # a letter without a cited paragraph's number, and a number that numbers no paragraph, are words
        ("in subparagraph (p) of chapter IV", "in subparagraph (q) of chapter IV", "substantive"),
        ("in 10 cases", "in 12 cases", "substantive"),
        ("the paragraph 5 times", "the paragraph 6 times", "substantive"),
        # a citation added to a list puts its noun in the plural: the noun goes with the list (constructed)
        (
            "Council resolution 2023/31 of 26 July 2023 on progress",
            "Council resolutions 2023/31 of 26 July 2023 and 2024/19 of 23 July 2024 on progress",
            "routine",
        ),
        ("its resolution 75/233 and", "its resolutions 75/233 and 79/226 and", "routine"),
        ("the relevant resolution of the Council", "the relevant resolutions of the Council", "substantive"),
        ("Secretariat s", "Secretariats", "editorial"),
        ("the report and the plan", "the report, the plan", "substantive"),
        ("Invites the United Nations", "Encourages the United Nations", "substantive"),
        ("significant contribution", "significant practical contribution", "substantive"),
        ("10 per cent", "20 per cent", "substantive"),
        ("for the first time", "for the second time", "substantive"),
        # capitalisation is editorial (the labelled pairs' definition: "secretariats" -> "Secretariats")
        ("member States", "Member States", "editorial"),
        ("the report and the plan.", "the report and the plan;", "editorial"),
        ("its sixty-ninth session a report", "its seventy-first session a detailed report", "substantive"),
    ],
)
def test_classes(old: str, new: str, expected: str | None) -> None:
    assert classify_words(word_diffs(old, new).judged) == expected


def test_class_of_a_clause_is_its_highest_edit() -> None:
    words = diff_words("on 2 March 2010 and “Kanal”", 'on 9 May 2012 and "Kanal" too')
    assert classify_words(words) == "substantive"
    assert highest_class(None, "editorial", "routine") == "routine"
    assert highest_class(None, None) is None


def test_routine_spans_cover_whole_dates_and_symbols() -> None:
    text = "of 13 December 2010 (A/67/280-S/2012/614) at its sixty-ninth session"
    mask = routine_mask(text)
    covered = "".join(char if flag else "_" for char, flag in zip(text, mask, strict=True))
    assert "13 December 2010" in covered
    assert "A/67/280-S/2012/614" in covered
    assert "sixty-ninth" in covered
    assert "at its" not in covered


def test_the_routine_scan_guard_changes_no_span_on_the_corpus() -> None:
    """The first-character guard of the routine pattern is an optimisation only: on every corpus text it
    finds exactly the spans the bare alternatives find."""
    from versioning.diff.routine_spans import _ROUTINE, _UNGUARDED_ROUTINE

    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        guarded = [(match.span(), match.lastgroup) for match in _ROUTINE.finditer(text)]
        assert guarded == [(match.span(), match.lastgroup) for match in _UNGUARDED_ROUTINE.finditer(text)]


_LAYOUT = re.compile(r"\s*-\s*|\s+")


def _editorial_key_by_definition(text: str) -> str:
    """The editorial key as the module docstring defines it, step by step: compatibility forms, one kind
    of quote and of dash, invisible characters out, then hyphens with the spaces around them and all other
    white space out."""
    text = unicodedata.normalize("NFKC", text)
    for quotes, plain in (
        ("\u2018\u2019\u201a\u201b\u2032`", "'"),
        ("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    ):
        text = re.sub(f"[{quotes}]", plain, text)
    text = re.sub("[\u2010-\u2015\u2212]", "-", text)
    text = re.sub("[\u00ad\u200b]", "", text)
    return _LAYOUT.sub("", text)


@given(
    st.text(
        alphabet=st.sampled_from(
            list("ab -\t\n\u00a0\u2003\u3000\u2013\u2014\u2011\u00ad\u200b\u201c\u2019\u00bd\ufb01\x1c")
        )
    )
)
def test_editorial_key_is_its_definition(text: str) -> None:
    assert editorial_key(text) == _editorial_key_by_definition(text)


@pytest.mark.parametrize("path", [path for path in TEXTS if path.name.endswith(".pymupdf.txt")], ids=str)
def test_editorial_key_is_its_definition_on_the_corpus(path) -> None:  # type: ignore[no-untyped-def]
    document = parsed(path)
    for paragraph in (*document.preamble, *document.operative):
        assert editorial_key(paragraph.text) == _editorial_key_by_definition(paragraph.text)


def test_editorial_key_keeps_words_and_case() -> None:
    assert editorial_key("Secretary -General ,  the “x”") == 'SecretaryGeneral,the"x"'
    assert editorial_key("Secretariat s") == editorial_key("Secretariats")
    assert editorial_key("Member States") != editorial_key("member States")


@pytest.mark.parametrize(
    ("old", "new", "section", "shift"),
    [
        ("Invites", "Encourages", "operative", "stronger"),
        ("Takes note", "Welcomes", "operative", "stronger"),
        ("Welcomes", "Invites", "operative", "stronger"),
        ("Encourages", "Requests", "operative", "stronger"),
        ("Requests", "Calls upon", "operative", "stronger"),
        ("Calls upon", "Urges", "operative", "stronger"),
        ("Urges", "Demands", "operative", "stronger"),
        ("Urges", "Invites", "operative", "weaker"),
        ("Decides", "Notes", "operative", "weaker"),
        ("Requests", "Also requests", "operative", "same"),
        ("Urges", "Strongly urges", "operative", "stronger"),
        ("Takes note with appreciation", "Takes note", "operative", "weaker"),
        ("Frobnicates", "Invites", "operative", "unknown"),
        ("Noting", "Deeply concerned", "preamble", "stronger"),
        ("Referring", "Referring also", "preamble", "same"),
        ("Recognizing", "Noting", "preamble", "weaker"),
        # an adjective that intensifies the attitude inside the phrase counts as the adverb does
        ("Expressing grave concern", "Expressing concern", "preamble", "weaker"),
        ("Noting with concern", "Noting with deep concern", "preamble", "stronger"),
        ("Expressing serious concern", "Gravely concerned", "preamble", "same"),
        ("Reaffirms its strong support", "Reaffirms its support", "operative", "weaker"),
        # a head said again with a hyphen stands where its head does (A/RES/79/85 op3, "Re-emphasizes")
        ("Emphasizes", "Re-emphasizes", "operative", "same"),
        ("Re-emphasizing", "Emphasizing", "preamble", "same"),
        ("Re-emphasizes", "Strongly emphasizes", "operative", "stronger"),
    ],
)
def test_lead_shifts(old: str, new: str, section: str, shift: str) -> None:
    assert compare_leads(old, new, section).shift == shift


def test_missing_lead_is_unknown() -> None:
    assert compare_leads(None, "Invites", "operative").shift == "unknown"


def test_detect_lead_finds_the_listed_phrase() -> None:
    assert (
        detect_lead("Takes note with appreciation of the report", "operative")
        == "Takes note with appreciation"
    )
    assert detect_lead("Also requests the Secretary-General", "operative") == "Also requests"
    assert detect_lead("Expressing grave concern regarding", "preamble") == "Expressing grave concern"
    assert detect_lead("Referring also to its resolution", "preamble") == "Referring also"
    assert detect_lead("The quick brown fox", "operative") is None
    assert detect_lead("Re-emphasizes the need for", "operative") == "Re-emphasizes"
    assert detect_lead("Re-entry of the spacecraft", "preamble") is None


def _detect_lead_exhaustively(text: str, section: str) -> str | None:
    """The lead as defined: the longest run of the opening words (not ending in , ; :) whose core is a
    listed phrase; every candidate tried, with no quick rejection."""
    scale = load_scale(section)
    words = text[:200].split()[:8]
    for count in range(len(words), 0, -1):
        if words[count - 1][-1] in ",;:":
            continue
        core, _ = scale.core([part for word in words[:count] for part in lead_words(word)])
        if core and " ".join(core) in scale.levels:
            return " ".join(words[:count])
    return None


@pytest.mark.parametrize("path", [path for path in TEXTS if path.name.endswith(".pymupdf.txt")], ids=str)
def test_detect_lead_skips_no_phrase_the_scale_lists(path) -> None:  # type: ignore[no-untyped-def]
    # The quick rejections of detect_lead (first word, last word) must never change what it finds.
    document = parsed(path)
    for section, paragraphs in (("preamble", document.preamble), ("operative", document.operative)):
        for paragraph in paragraphs:
            for text in (paragraph.text, paragraph.text.lower(), "Once again strongly " + paragraph.text):
                assert detect_lead(text, section) == _detect_lead_exhaustively(text, section), text[:80]


def test_scale_file_names_its_sources_and_orders_the_anchor_verbs() -> None:
    raw = json.loads(resources.files("versioning").joinpath("data", "lead_scale.json").read_text("utf-8"))
    assert len(raw["sources"]) >= 3
    scale = load_scale("operative")
    anchors = ["Notes", "Welcomes", "Invites", "Encourages", "Requests", "Calls upon", "Urges", "Demands"]
    levels = [scale.level_of(verb) or 0.0 for verb in anchors]
    assert 0.0 not in levels
    assert levels == sorted(levels) and len(set(levels)) == len(levels)
    assert scale.level_of("Decides") == scale.level_of("Demands")


def _read_positions(text: str, spans: list[tuple[int, int]]) -> range:
    """Where an edit's findings read the mask: its spans and the first character beyond white space on each
    side."""
    low, high = spans[0][0], spans[-1][1]
    while low > 0 and text[low - 1].isspace():
        low -= 1
    while high < len(text) and text[high].isspace():
        high += 1
    return range(max(low - 1, 0), min(high + 1, len(text)))


def _assert_windows_agree(text: str, edits: list[list[tuple[int, int]]]) -> None:
    """Each edit's spans read, in turn, from one side's masks (as the edits of one change are): the codes
    read are those of a scan of the whole text."""
    whole = routine_mask(text)
    masks = RoutineMasks(text, "")
    for spans in edits:
        around = masks.around(True, spans)
        for position in _read_positions(text, spans):
            assert around[position] == whole[position], (text, spans, position)


@pytest.mark.parametrize("path", [path for path in TEXTS if path.name.endswith(".pymupdf.txt")], ids=str)
def test_routine_codes_read_around_an_edit_are_those_of_the_whole_text(path) -> None:  # type: ignore[no-untyped-def]
    # Every word of every paragraph an edit, in order; pairs of words, in order; and every word alone, as the
    # first edit of a change (whose scan starts at the last character no span holds).
    for paragraph in parsed(path).paragraphs():
        text = paragraph.text
        words = [match.span() for match in re.finditer(r"\S+", text)]
        _assert_windows_agree(text, [[span] for span in words])
        _assert_windows_agree(text, [list(words[index : index + 2]) for index in range(0, len(words), 3)])
        for span in words:
            _assert_windows_agree(text, [[span]])


@pytest.mark.parametrize(
    "text",
    [
        "at its sixty-eighth, sixty-ninth and seventieth sessions, on 18, 19 and 20 November 2024",
        "Recalling its resolutions 65/122, 67/6: and 73/331; and 75/276 \u201cof 2 June 2021\u201d",
    ],
)
def test_a_scan_around_any_word_reads_the_codes_of_the_whole_text(text: str) -> None:
    # Lists joined by commas: a scan that started after a comma would cut the list.
    for match in re.finditer(r"\S+", text):
        _assert_windows_agree(text, [[match.span()]])


_ROUTINE_PIECES = [
    "18", "November", "2024", "to", "and", ",", ";", ":", "\u201c", "\u201d", "seventy-ninth", "session",
    "first", "Second", "A/RES/79/10", "65/122", "2015-2030", "resolution", "2719", "(2023)", "of", "the",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ROUTINE_PIECES), min_size=1, max_size=14), st.data())
def test_routine_codes_around_any_edit_of_made_texts_are_those_of_the_whole_text(
    pieces: list[str], data: st.DataObject
) -> None:
    text = " ".join(pieces)
    cuts = sorted(data.draw(st.sets(st.integers(0, len(text)), min_size=2, max_size=8)))
    edits = [[(start, end)] for start, end in zip(cuts[::2], cuts[1::2], strict=False) if start < end]
    _assert_windows_agree(text, edits)


def test_a_substantive_reason_heads_with_its_heaviest_edit() -> None:
    """A paragraph that drops an "and" and then grows by a clause reads by the clause; a change of lead
    heads the reason whatever else changed."""
    old = "Stresses the importance of early detection, and requests the Office to continue its work;"
    new = (
        "Stresses the importance of early detection, requests the Office to continue its work, including on "
        "post-employment activities of former personnel, and requests the Secretary-General to report on it;"
    )
    verdict = judge_words(Comparator().judged_words(old, new))
    assert verdict is not None and verdict.change_class == "substantive"
    assert verdict.reason == (
        "substantive: new words ', including on post-employment activities of ...' (and 1 more)"
    )


def test_a_negation_heads_the_reason_however_many_words_changed() -> None:
    """ "Decides {+not+} to convene ..., {+and requests ...+}": the "not" turns the decision around."""
    verdict = judge_words(
        diff_words(
            "Decides to convene the conference in 2026;",
            "Decides not to convene the conference, and requests the Secretary-General to consult Member "
            "States on its date;",
        )
    )
    assert verdict is not None and verdict.reason.startswith("substantive: new words 'not'")
