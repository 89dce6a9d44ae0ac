"""The real pairs of editions in the corpus that the Word tests compare: each series in order, the
77th -> 79th cooperation resolutions, drafts -> the resolutions adopted from them."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from corpus import CORPUS, edition_stem

_CSTO = [
    "csto/A-RES-67-6.reissue-2013-07-15.txt",
    "csto/A-RES-73-331.pymupdf.txt",
    "csto/A-RES-75-276.pymupdf.txt",
    "csto/A-RES-77-13.pymupdf.txt",
    "csto/A-RES-79-10.pymupdf.txt",
]
_COOPERATION = [("12", "290"), ("15", "11"), ("16", "326"), ("18", "9"), ("20", "136")]
_DRAFTS = [
    ("L.4", "3"), ("L.6", "4"), ("L.5", "5"), ("L.9", "6"), ("L.8", "9"), ("L.11", "10"),
    ("L.15", "11"), ("L.22", "110"), ("L.27", "111"), ("L.34", "117"), ("L.21", "174"),
]  # fmt: skip
_SESSIONS = [
    ("first/A-RES-79-25", "first/A-RES-80-27"),
    ("first/A-C.1-80-L.7", "first/A-RES-80-27"),
    ("fourth/A-RES-79-90", "fourth/A-RES-80-82"),
    ("fifth/A-RES-79-260", "fifth/A-RES-80-245"),
    ("fifth/A-C.5-80-L.7", "fifth/A-RES-80-245"),
    ("sixth/A-RES-79-126", "sixth/A-RES-80-167"),
    ("third/A-C.3-80-L.15", "third/A-RES-80-182"),
]

PAIRS: list[tuple[Path, Path]] = [
    *((CORPUS / old, CORPUS / new) for old, new in pairwise(_CSTO)),
    *(
        (
            CORPUS / f"cooperation/A-RES-77-{old}.pymupdf.txt",
            CORPUS / f"cooperation/A-RES-79-{new}.pymupdf.txt",
        )
        for old, new in _COOPERATION
    ),
    *(
        (CORPUS / f"editions/A-80-{old}.pymupdf.txt", CORPUS / f"editions/A-RES-80-{new}.pymupdf.txt")
        for old, new in _DRAFTS
    ),
    *(
        (CORPUS / f"sessions/{old}.pymupdf.txt", CORPUS / f"sessions/{new}.pymupdf.txt")
        for old, new in _SESSIONS
    ),
]


def pair_id(pair: tuple[Path, Path]) -> str:
    """``A-RES-77-13 -> A-RES-79-10`` for test ids."""
    return f"{edition_stem(pair[0])}->{edition_stem(pair[1])}"
