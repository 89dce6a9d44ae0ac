"""The account of a parse as text, for a person to audit: ``versioning parse --explain FILE``.

Two lists, in the order of the source: the text set aside as page furniture, each piece with its line and
the rule that set it aside; and where each part of the document came from (the header, each paragraph,
each footnote block, the closing line) as a range of source lines.
"""

from __future__ import annotations

from versioning.model import Document
from versioning.parsing.account import Account

_ALREADY_MADE = {"application/json": "a JSON document", "application/akn+xml": "an Akoma Ntoso document"}
"""Inputs that are documents already (read, not parsed): what ``--explain`` calls them."""
_RENDERED_FROM = {
    "application/pdf": "the PDF's pages",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "the Word document",
}
"""Inputs whose text the parser first renders: the line numbers are those of that text."""


def explain(document: Document, account: Account, *, name: str | None = None) -> str:
    """The account of the parse of ``document`` as lines of text (ending with a newline)."""
    label = f"{name}: " if name else ""
    if not account.placements and not account.furniture:
        made = _ALREADY_MADE.get(document.source.format, "a document")
        return f"{label}{document.symbol}: {made}: nothing was parsed from text, so nothing was set aside\n"
    out = [f"{label}{document.symbol}: every body word landed in the document or was set aside"]
    rendered = _RENDERED_FROM.get(document.source.format)
    if rendered is not None:
        out.append(f"(line numbers are those of the text the parser renders from {rendered})")
    out.append("")
    out.append(f"Set aside as page furniture ({len(account.furniture)}):")
    for piece in sorted(account.furniture, key=lambda piece: piece.line):
        out.append(f"  line {piece.line:>5}  {piece.text!r}: {piece.rule}")
    if not account.furniture:
        out.append("  nothing")
    out.append("")
    out.append(f"Where the document came from ({len(account.placements)}):")
    for placement in sorted(account.placements, key=lambda placement: (placement.first, placement.last)):
        where = (
            f"line {placement.first}"
            if placement.first == placement.last
            else f"lines {placement.first}-{placement.last}"
        )
        out.append(f"  {where:<13}  {placement.target}")
    return "\n".join(out) + "\n"
