"""Properties of the parser (hypothesis): layout does not change the document; bad input fails cleanly."""

from __future__ import annotations

import contextlib
import re
import textwrap

from corpus import CORPUS, comparable, parsed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from versioning.errors import VersioningError
from versioning.parsing import parse_edition

SOURCE = CORPUS / "csto" / "A-RES-79-10.pymupdf.txt"
TEXT = SOURCE.read_text(encoding="utf-8")
BODY_START = TEXT.index("The General Assembly,")
EXPECTED = comparable(parsed(SOURCE))


def rewrap(text: str, width: int) -> str:
    """Re-wrap every blank-line-separated block of body lines (paragraphs and their pieces) at ``width``."""
    head, body = text[:BODY_START], text[BODY_START:]
    blocks = body.split("\n \n")
    wrapped = []
    for block in blocks:
        lines = block.split("\n")
        if len(lines) < 2 or any(
            re.match(r"^(_{5,}|\d+ |A/RES|\d+/\d+|\d{2}-\d{5})", line.strip()) for line in lines
        ):
            wrapped.append(block)
            continue
        # A hyphen that ends a line belongs to its word ("human-" / "made"): keep the word whole.
        words = re.sub(r"(?<=\w-) (?=\w)", "", " ".join(line.strip() for line in lines))
        wrapped.append("\n".join(textwrap.wrap(words, width, break_on_hyphens=False)))
    return head + "\n \n".join(wrapped)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=45, max_value=140))
def test_rewrapping_the_paragraphs_changes_nothing(width: int) -> None:
    document = parse_edition(rewrap(TEXT, width).encode("utf-8"))
    assert comparable(document) == EXPECTED


# Page 1 ends with its footnote block (notes 1 and 2) and page 2 starts with its furniture: together, the
# page break. It may stand at any line boundary after the citation of note 2 and before that of note 3 (a
# note stands at the foot of the page that cites it).
PAGE_BREAK = re.search(r"\n_{5,} \n(?:.*\n)*?2/4 \n", TEXT)
assert PAGE_BREAK is not None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_moving_a_page_break_changes_nothing(data: st.DataObject) -> None:
    assert PAGE_BREAK is not None
    without = TEXT[: PAGE_BREAK.start()] + "\n" + TEXT[PAGE_BREAK.end() :]
    lines = without.split("\n")
    after_citation = next(i for i, line in enumerate(lines) if "Security,2" in line) + 1
    before_next_citation = next(i for i, line in enumerate(lines) if "20103" in line)
    where = data.draw(st.integers(after_citation, before_next_citation))
    moved = "\n".join(lines[:where] + PAGE_BREAK.group(0).strip("\n").split("\n") + lines[where:])
    assert comparable(parse_edition(moved.encode("utf-8"))) == EXPECTED


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_fail_only_with_the_parsers_own_error(data: bytes) -> None:
    with contextlib.suppress(VersioningError):
        parse_edition(data, name="fuzz")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_resolutions_fail_only_with_the_parsers_own_error(data: st.DataObject) -> None:
    lines = TEXT.split("\n")
    start = data.draw(st.integers(0, len(lines) - 1))
    length = data.draw(st.integers(0, 40))
    filler = data.draw(
        st.lists(
            st.sampled_from(["", "1.", "(a)", "_______________", "2 Note.", "Noting", "*", "\f", "2/4"]),
            max_size=4,
        )
    )
    damaged = "\n".join(lines[:start] + filler + lines[start + length :])
    with contextlib.suppress(VersioningError):
        parse_edition(damaged.encode("utf-8"), name="damaged")
