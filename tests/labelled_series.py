"""Labelled table: the earlier members of its series each corpus resolution cites, read from its text.

Each entry: the corpus file, then the numbers of the resolutions its text cites as earlier resolutions of
its own item (in its recitals, footnotes or operative paragraphs), as printed, with the paragraph read.  An
empty string: the text cites none by number (it may recall "its previous resolutions" without numbers).
Read by hand from the texts, not from the code's output.

Not in the table: A/RES/80/11 (its footnote 1 lists "General Assembly resolution 60/180 and Security Council
resolution 1645 (2005), Assembly resolution 65/7 ..." as resolutions "on peacebuilding and sustaining
peace"; whether they are earlier reviews of the peacebuilding architecture the text does not say), and the
two Fifth Committee resolutions, which the parser does not read yet.
"""

from __future__ import annotations

_OIC = (
    "37/4 38/4 39/7 40/4 41/3 42/4 43/2 44/8 45/9 46/13 47/18 48/24 49/15 50/17 51/18 52/4 53/16 54/7 55/9 "
    "56/47 57/42 59/8 61/49 63/114 65/140 67/264 69/317 72/74 73/135 75/16"
)
_REGIONAL_DISARMAMENT = (
    "45/58 P, 46/36 I, 47/52 J, 48/75 I, 49/75 N, 50/70 K, 51/45 K, 52/38 P, 53/77 O, 54/54 N, 55/33 O, "
    "56/24 H, 57/76, 58/38, 59/89, 60/63, 61/80, 62/38, 63/43, 64/41, 65/45, 66/36, 67/57, 68/54, 69/45, "
    "70/43, 71/40, 72/34, 73/33, 74/37, 75/49, 76/41, 77/59, 78/36"
)
_ASEAN = "57/35 59/5 61/46 63/35 65/235 67/110 69/110 71/255 73/259 75/15"
_CSTO = "64/256 65/122 67/6 69/12 71/12 73/331 75/276 77/13"

LABELLED: dict[str, str] = {
    # csto/: pp4 "Referring further to its resolutions ... on cooperation between the United Nations and
    # the Collective Security Treaty Organization"
    "csto/A-RES-67-6.reissue-2013-07-15.txt": "64/256 65/122",
    "csto/A-RES-73-331.pymupdf.txt": _CSTO.rsplit(" ", 3)[0],
    "csto/A-RES-75-276.pymupdf.txt": _CSTO.rsplit(" ", 2)[0],
    "csto/A-RES-77-13.pymupdf.txt": _CSTO.rsplit(" ", 1)[0],
    "csto/A-RES-79-10.pymupdf.txt": _CSTO,
    # pp4 "Recalling all previous resolutions on cooperation between ... ASEAN,3"; footnote 3 lists them
    "cooperation/A-RES-77-12.pymupdf.txt": _ASEAN,
    "cooperation/A-RES-79-290.pymupdf.txt": _ASEAN + " 77/12",
    # pp1 "Recalling its resolutions 58/85 of 9 December 2003, ... and its decision 71/556 of
    # 8 September 2017,"
    "cooperation/A-RES-77-15.pymupdf.txt": "58/85 67/109 69/271 71/15 73/14 75/8",
    "cooperation/A-RES-79-11.pymupdf.txt": "58/85 67/109 69/271 71/15 73/14 75/8 77/15",
    # CIS: only 48/237 (observer status) is cited
    "cooperation/A-RES-77-16.pymupdf.txt": "",
    "cooperation/A-RES-79-326.pymupdf.txt": "",
    # OIC: pp1 "Recalling its resolutions 37/4 of 22 October 1982, ... and 77/18 of 21 November 2022," (eight
    # lines); pp12 "pursuant to General Assembly resolution 77/18" again
    "cooperation/A-RES-77-18.pymupdf.txt": _OIC,
    "cooperation/A-RES-79-9.pymupdf.txt": _OIC + " 77/18",
    # INTERPOL: pp1 "... its resolutions 71/19 of 21 November 2016, ... concerning the cooperation between the
    # United Nations and INTERPOL" (51/1, observer status, and pp21/pp25's cybercrime resolutions are not)
    "cooperation/A-RES-77-20.pymupdf.txt": "71/19 73/11 75/10",
    "cooperation/A-RES-79-136.pymupdf.txt": "71/19 73/11 75/10 77/20",
    # League of Arab States, Council of Europe: "its previous resolutions on cooperation ..." without numbers
    "cooperation/A-RES-79-12.pymupdf.txt": "",
    "cooperation/A-RES-79-284.pymupdf.txt": "",
    "cooperation/A-RES-79-14.pymupdf.txt": "",
    # pp4 "Recalling its resolutions 64/183 of 18 December 2009, ... on cooperation between ... SCO"
    "cooperation/A-RES-79-332.pymupdf.txt": "64/183 65/124 67/15 69/11 71/14 73/334 75/268 77/338",
    # pp1 "Recalling its resolutions 45/58 P of 4 December 1990, ... on regional disarmament" (parts of
    # resolutions adopted in parts)
    "sessions/first/A-RES-79-25.pymupdf.txt": _REGIONAL_DISARMAMENT,
    "sessions/first/A-RES-80-27.pymupdf.txt": _REGIONAL_DISARMAMENT + ", 79/25",
    # pp4 "its previous relevant resolutions, the most recent of which was resolution 78/77"; pp5 "the
    # report of the Secretary-General submitted in pursuance of resolution 78/77"
    "sessions/fourth/A-RES-79-90.pymupdf.txt": "78/77",
    "sessions/fourth/A-RES-80-82.pymupdf.txt": "79/90",
    # pp1 "Recalling its resolution 78/112 of 7 December 2023,"; op17 "in accordance with paragraph 5 of its
    # resolution 63/128 of 11 December 2008" asks for the annual report on the rule of law: an earlier
    # resolution of the item, though the text does not name its subject
    "sessions/sixth/A-RES-79-126.pymupdf.txt": "78/112 63/128",
    "sessions/sixth/A-RES-80-167.pymupdf.txt": "79/126 63/128",
    # pp1 "Recalling its resolutions 47/90 ..., 78/175 of 19 December 2023 concerning cooperatives in
    # social development, and 78/289 of 24 June 2024 proclaiming the International Year of Cooperatives
    # 2025" (78/289 is not a member)
    "sessions/third/A-RES-80-182.pymupdf.txt": (
        "47/90 49/155 51/58 54/123 56/114 58/131 60/132 62/128 64/136 65/184 66/123 68/133 70/128 72/143 "
        "74/119 76/135 78/175"
    ),
    # pp1 "Recalling its resolutions 76/217 ... on the convening of the Third United Nations Conference on
    # Landlocked Developing Countries": the conference's preparation, not a "Awaza Political Declaration"
    "editions/A-RES-80-3.pymupdf.txt": "",
    # pp6 "Recalling its resolutions 47/19 of 24 November 1992, ... and 79/7 of 30 October 2024 and its
    # decision 76/563 of 11 May 2022,"; op1 "Takes note of the report ... on the implementation of
    # resolution 79/7"
    "editions/A-RES-80-4.pymupdf.txt": (
        "47/19 48/16 49/9 50/10 51/17 52/10 53/4 54/21 55/20 56/9 57/11 58/7 59/11 60/12 61/11 62/3 63/7 "
        "64/6 65/6 66/6 67/4 68/8 69/5 70/5 71/5 72/4 73/8 74/7 75/289 77/7 78/7 79/7"
    ),
    "editions/A-RES-80-5.pymupdf.txt": "",
    # pp1 "Recalling its resolution 79/6 of 29 October 2024 and all its previous relevant resolutions,"
    "editions/A-RES-80-6.pymupdf.txt": "79/6",
    "editions/A-RES-80-9.pymupdf.txt": "",
    # pp1, pp3: 53/199 and 61/185 (international years and days), 61/295, 70/1: other subjects
    "editions/A-RES-80-10.pymupdf.txt": "",
    # pp1 "Reaffirming its annual resolutions on the law of the sea and on oceans and the law of the sea,
    # including resolution 79/144 of 12 December 2024"
    "editions/A-RES-80-110.pymupdf.txt": "79/144",
    # pp1 "Reaffirming its resolution 77/288 of 16 May 2023,"; pp2 "its resolution 68/99 of
    # 13 December 2013 on the strengthening of international cooperation ... Chornobyl disaster"
    "editions/A-RES-80-111.pymupdf.txt": "77/288 68/99",
    "editions/A-RES-80-117.pymupdf.txt": "",
    # pp4 "resolution 7/2025 ..., entitled “International Day of the Mediterranean Diet”, adopted by the
    # Conference of the Food and Agriculture Organization": the FAO's, not the Assembly's
    "editions/A-RES-80-174.pymupdf.txt": "",
}
"""Corpus file -> the numbers of the earlier members its text cites (separated by spaces or commas)."""


def labelled_numbers(entry: str) -> list[str]:
    """The numbers of an entry: ``"45/58 P, 57/76"`` -> ``["45/58 P", "57/76"]``; spaces alone separate
    numbers in entries without commas."""
    if "," in entry:
        return [part.strip() for part in entry.split(",") if part.strip()]
    return entry.split()
