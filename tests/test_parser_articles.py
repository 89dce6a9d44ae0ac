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
