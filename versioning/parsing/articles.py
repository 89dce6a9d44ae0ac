"""The articles of a convention or statute that a resolution adopts in its annex.

A convention prints its operative text as articles ("Article 1", its title "Scope of application", then
paragraphs "1.", "2." ...), often grouped in chapters ("Chapter I", "General provisions"); each article
numbers its paragraphs afresh from 1, and an article may hold one unnumbered paragraph instead.  Read as
one run of paragraphs, article 2's "1." is not the number expected after article 1's "3.", so every
article after the first was run into its predecessor.  The annex is therefore read article by article:
each article's paragraphs keep their printed numbers (the annex numbers its clauses by position), and the
chapter and article labels and titles are the heading above the article's first paragraph.

Articles are recognised only when their labels run 1, 2, 3 ... on lines of their own, so a reference to
"article 2" in running text is never one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from versioning.parsing.lines import Line

_ARTICLE = re.compile(r"^Article (\d{1,3})$")
_CHAPTER = re.compile(r"^(?:Chapter|Part) [IVXL]+$")
_MIN_ARTICLES = 2


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
    for index in content:
        label = _ARTICLE.match(lines[index].text.strip())
        if label and int(label.group(1)) == len(marks) + 1:
            marks.append(index)
    if len(marks) < _MIN_ARTICLES:
        return None
    starts = [_heading_start(lines, content, mark) for mark in marks]
    articles = []
    for position, (start, mark) in enumerate(zip(starts, marks, strict=True)):
        end = starts[position + 1] if position + 1 < len(starts) else len(lines)
        after = [index for index in content if mark < index < end]
        title_end = after[0] + 1 if after else mark + 1  # the article's title: the line after its label
        heading = [line for line in lines[start:title_end] if line.text and not line.is_page_break]
        articles.append(Article(heading, lines[title_end:end]))
    return lines[: starts[0]], articles


def _heading_start(lines: list[Line], content: list[int], mark: int) -> int:
    """Where the heading above the article label at ``mark`` starts: at a chapter label two lines up
    (the chapter's label and title stand above its first article), else at the label itself."""
    before = [index for index in content if index < mark][-2:]
    if len(before) == 2 and _CHAPTER.match(lines[before[0]].text.strip()):
        return before[0]
    return mark
