"""A convention adopted in a resolution's annex: articles whose paragraphs are numbered afresh (made lines
in the shape of a Sixth Committee draft that adopts a convention)."""

from __future__ import annotations

from corpus import made_header, parse_made

from versioning.model import Document

HEADER = made_header("Convention on Test Documents")

_CONVENTION = """1. Adopts the Convention on Test Documents, contained in the annex to the present resolution.
55th plenary meeting
24 December 2024
Annex

Convention on Test Documents

The States Parties to this Convention,

Conscious of the role played by test documents,

Have agreed as follows:

Chapter I

General provisions

Article 1

Scope of application

1. This Convention applies to test documents.
2. This Convention does not affect national law.

Article 2

Definitions

For the purposes of this Convention:
1. "Holder" means a person in possession of a test document.
2. "Operator" means a person that issues a test document.

Chapter II

Final clauses

Article 3

Depositary

The Secretary-General of the United Nations is hereby designated as the depositary of this
Convention.
"""


def parse() -> Document:
    return parse_made(HEADER + _CONVENTION)


def test_each_article_numbers_its_paragraphs_afresh() -> None:
    # Article 2's "1." was not the number expected after article 1's "2.": articles 2 and 3 were run into
    # article 1's last paragraph.
    (annex,) = parse().annexes
    numbered = [(p.number, p.text.split()[0]) for p in annex.paragraphs]
    assert numbered == [
        (None, "The"),
        (None, "Conscious"),
        (None, "Have"),
        ("1", "This"),
        ("2", "This"),
        (None, "For"),
        ("1", '"Holder"'),
        ("2", '"Operator"'),
        (None, "The"),
    ]


def test_chapter_and_article_labels_and_titles_are_headings() -> None:
    document = parse()
    assert [(str(h.before), h.text) for h in document.headings] == [
        ("annex1.p4", "Chapter I General provisions Article 1 Scope of application"),
        ("annex1.p6", "Article 2 Definitions"),
        ("annex1.p9", "Chapter II Final clauses Article 3 Depositary"),
    ]


def test_an_article_named_in_running_text_is_no_article() -> None:
    # One label alone, or labels out of sequence, split nothing: "Article 2" must follow "Article 1".
    document = parse_made(HEADER + _CONVENTION.replace("Article 2\n", "Article 5\n"))
    (annex,) = document.annexes
    assert [p.number for p in annex.paragraphs if p.number] == ["1", "2"]


_UNTITLED = """1. Adopts the Covenant on Test Documents, contained in the annex to the present resolution.
55th plenary meeting
24 December 2024
Annex

Covenant on Test Documents

The States Parties to this Covenant,

Have agreed as follows:

Chapter I

Article 1

1. All peoples have the right of self-determination.
2. All peoples may freely dispose of their natural wealth and resources.

Article 1 bis

Each State Party shall keep a register of test documents.

Article 2

Chapter II
Measures to protect test documents held in
accordance with this Covenant

Article 3

The States Parties undertake to respect the rights set forth in this Covenant.

Protocol

Article 1

Scope of the Protocol

This Protocol applies to test documents issued after its entry into force.

Article 2

This Protocol shall be open for signature by the States Parties.
"""


def test_articles_without_titles_chapters_without_titles_added_articles_and_a_protocol() -> None:
    """The line after "Article 1" is its first paragraph, not its title; a chapter's label may stand alone
    or above a title wrapped over two lines; "Article 1 bis" follows article 1; a protocol's articles run
    from 1 again.  No article is run into another and no word is lost."""
    document = parse_made(
        HEADER
        + _UNTITLED.replace(
            "Article 2\n\nChapter II", "Article 2\n\nEach State Party shall report.\n\nChapter II"
        )
    )
    (annex,) = document.annexes
    texts = [(p.number, " ".join(p.text.split()[:4])) for p in annex.paragraphs]
    assert texts == [
        (None, "The States Parties to"),
        (None, "Have agreed as follows:"),
        ("1", "All peoples have the"),
        ("2", "All peoples may freely"),
        (None, "Each State Party shall"),
        (None, "Each State Party shall"),
        (None, "The States Parties undertake"),
        (None, "This Protocol applies to"),
        (None, "This Protocol shall be"),
    ]
    assert [h.text for h in document.headings] == [
        "Chapter I Article 1",
        "Article 1 bis",
        "Article 2",
        "Chapter II Measures to protect test documents held in accordance with this Covenant Article 3",
        "Protocol Article 1 Scope of the Protocol",
        "Article 2",
    ]
