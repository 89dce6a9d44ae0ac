"""The articles of a convention or statute that a resolution adopts in its annex.

A convention prints its operative text as articles ("Article 1", its title "Scope of application", then
paragraphs "1.", "2." ...), often grouped in chapters ("Chapter I", "General provisions"); each article
numbers its paragraphs afresh from 1, and an article may hold one unnumbered paragraph instead.  Read as
one run of paragraphs, article 2's "1." is not the number expected after article 1's "3.", so every
article after the first was run into its predecessor.  The annex is therefore read article by article:
each article's paragraphs keep their printed numbers (the annex numbers its clauses by position), and the
chapter and article labels and titles are the heading above the article's first paragraph.

Articles are recognised only when their labels run 1, 2, 3 ... on lines of their own ("Article 5 bis"
beside them, and a new run from "Article 1" for a protocol after the convention), so a reference to
"article 2" in running text is never one.  The line after a label is the article's title unless it reads as
the article's text (a numbered paragraph, or a sentence ending in punctuation): many conventions give their
articles no title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from versioning.parsing.lines import Line

_ARTICLE = re.compile(r"^Article (\d{1,3})(?P<added> (?:bis|ter|quater))?$")
_CHAPTER = re.compile(r"^(?:(?:Chapter|Part) [IVXL]+|(?:Optional )?Protocol(?: [IVX]+)?)$")
"""A label that opens a group of articles: a chapter, a part, or a protocol after the convention."""
_MIN_ARTICLES = 2
_TEXT_LINE = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,4}\))|[.;:,]$")
"""A line that is an article's text, not its title: it opens with a paragraph's number or a list item's
letter, or it ends a sentence or clause."""
_HEADING_REACH = 4
"""How many lines above an article label a chapter's label may stand (its title wrapped between them)."""


@dataclass
class Article:
    """An article: its heading lines (chapter label and title when a chapter opens with it, the article's
    label and title) and the lines of its body."""

    heading: list[Line]
    body: list[Line]


def split_articles(lines: list[Line]) -> tuple[list[Line], list[Article]] | None:
    """The lines before the first article and the articles, or ``None`` when the lines hold fewer than
    two article labels in sequence."""
    content = [index for index, line in enumerate(lines) if line.text and not line.is_page_break]
    marks: list[int] = []
    expected = 1
    for index in content:
        label = _ARTICLE.match(lines[index].text.strip())
        if label is None:
            continue
        number = int(label.group(1))
        if label.group("added") and number == expected - 1:  # "Article 5 bis" after article 5
            marks.append(index)
        elif number == expected or (number == 1 and len(marks) >= _MIN_ARTICLES):  # a protocol starts anew
            marks.append(index)
            expected = number + 1
    if len(marks) < _MIN_ARTICLES:
        return None
    starts = [_heading_start(lines, content, mark) for mark in marks]
    articles = []
    for position, (start, mark) in enumerate(zip(starts, marks, strict=True)):
        end = starts[position + 1] if position + 1 < len(starts) else len(lines)
        after = [index for index in content if mark < index < end]
        titled = bool(after) and not _TEXT_LINE.search(lines[after[0]].text.strip())
        title_end = after[0] + 1 if titled else mark + 1  # the article's title: the line after its label
        heading = [line for line in lines[start:title_end] if line.text and not line.is_page_break]
        articles.append(Article(heading, lines[title_end:end]))
    return lines[: starts[0]], articles


def _heading_start(lines: list[Line], content: list[int], mark: int) -> int:
    """Where the heading above the article label at ``mark`` starts: at a chapter label a few lines up,
    with only its title between (the chapter's label and title stand above its first article), else at
    the label itself."""
    before = [index for index in content if index < mark][-_HEADING_REACH:]
    for position in range(len(before) - 1, -1, -1):
        text = lines[before[position]].text.strip()
        if _CHAPTER.match(text):
            return before[position]
        if _TEXT_LINE.search(text) or _ARTICLE.match(text):
            break
    return mark
