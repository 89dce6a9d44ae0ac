"""The OpenAPI 3.1 document of the API, served at ``/openapi.json``.

Its schemas for a resolution and a change list are the project's own JSON Schemas (``versioning/schemas``),
taken as they are: their ``$defs`` become components of their own and their ``$ref`` are rewritten to
point there, so that there is one contract, not two.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from versioning import __version__

PROBLEM = {
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string"},
    },
}

_NULLABLE_STRING = {"type": ["string", "null"]}


def _object(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "required": required or list(properties), "properties": properties}


SCHEMAS: dict[str, Any] = {
    "Problem": PROBLEM,
    "Health": _object(
        {"status": {"const": "ok"}, "version": {"type": "string"}, "writes": {"type": "boolean"}}
    ),
    "ResolutionSummary": _object(
        {
            "symbol": {"type": "string"},
            "number": _NULLABLE_STRING,
            "session": {"type": "integer"},
            "title": {"type": "string"},
            "agenda_items": {"type": "array", "items": {"type": "string"}},
            "adopted": _NULLABLE_STRING,
            "latest": {"type": "string"},
        }
    ),
    "ResolutionList": _object(
        {
            "total": {"type": "integer", "minimum": 0},
            "offset": {"type": "integer", "minimum": 0},
            "limit": {"type": "integer", "minimum": 1},
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/ResolutionSummary"}},
        }
    ),
    "Resolution": _object(
        {
            "symbol": {"type": "string"},
            "title": {"type": "string"},
            "editions": {
                "type": "array",
                "items": _object(
                    {
                        "reference": {"type": "string"},
                        "date": {"type": "string", "format": "date"},
                        "kind": {"type": "string"},
                        "commit": {"type": "string"},
                        "source_name": _NULLABLE_STRING,
                    }
                ),
            },
            "known_editions": {"type": "array", "items": {"type": "object"}},
            "series": {"oneOf": [{"$ref": "#/components/schemas/Series"}, {"type": "null"}]},
        }
    ),
    "Series": _object(
        {
            "title": {"type": "string"},
            "members": {"type": "array", "items": {"type": "object"}},
            "held": {"type": "integer", "minimum": 0},
            "gaps": {"type": "integer", "minimum": 0},
        }
    ),
    "SeriesWithSteps": {
        "allOf": [
            {"$ref": "#/components/schemas/Series"},
            _object(
                {
                    "steps": {
                        "type": "array",
                        "items": _object(
                            {
                                "old": {"type": "object"},
                                "new": {"type": "object"},
                                "gaps": {"type": "array", "items": {"type": "string"}},
                                "summary": {"type": "object"},
                                "changes": {"$ref": "#/components/schemas/ChangeList"},
                            }
                        ),
                    }
                }
            ),
        ]
    },
    "Lineage": _object(
        {
            "reference": {"type": "string"},
            "title": {"type": "string"},
            "members": {"type": "array", "items": {"type": "string"}},
            "paragraphs": {"type": "array", "items": {"type": "object"}},
        }
    ),
    "CheckReport": _object(
        {
            "fail_on": _NULLABLE_STRING,
            "store": {"type": "null"},
            "files": {"type": "array", "items": {"type": "object"}},
            "summary": {"type": "object"},
            "passed": {"type": "boolean"},
        }
    ),
    "AddResult": _object(
        {
            "reference": {"type": "string"},
            "kind": {"type": "string"},
            "status": {"enum": ["added", "already stored", "already stored from another source", "replaced"]},
            "commit": _NULLABLE_STRING,
        }
    ),
}


def _problem(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


def _json(schema: str, description: str = "OK") -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def _path_parameter(name: str, description: str, example: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": description,
        "schema": {"type": "string"},
        "example": example,
    }


def _query(name: str, schema: dict[str, Any], description: str, *, required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "description": description, "schema": schema}


_REF = _path_parameter(
    "ref", "an edition reference: SYMBOL, SYMBOL@YYYY-MM-DD or SYMBOL@KIND", "A/RES/67/6@2013-07-15"
)
_SYMBOL = _path_parameter("symbol", "a resolution's symbol", "A/RES/79/10")
_NOT_MODIFIED = {"description": "Not modified (the client's ETag is current)"}
_FORMAT = _query(
    "format",
    {"enum": ["json", "html", "markdown", "text", "docx"], "default": "json"},
    "the change list's format (docx: the Word redline, tracked changes, as a file)",
)
_DIFF_CONTENT = {
    "application/json": {"schema": {"$ref": "#/components/schemas/ChangeList"}},
    "text/html": {"schema": {"type": "string"}},
    "text/markdown": {"schema": {"type": "string"}},
    "text/plain": {"schema": {"type": "string"}},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
        "schema": {"type": "string", "format": "binary"}
    },
}
_UPLOAD = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": _object({"file": {"type": "string", "format": "binary"}}),
        },
        "text/plain": {"schema": {"type": "string"}},
        "application/pdf": {"schema": {"type": "string", "format": "binary"}},
        "application/json": {"schema": {"$ref": "#/components/schemas/Resolution_document"}},
    },
}
_BAD = _problem("Bad input (the problem's detail is the CLI's one-line message)")
_MISSING = _problem("No such edition or resolution in the store")
_LARGE = _problem("The request body is too large")
_SLOW = _problem("The upload took too long to parse")
_BUSY = _problem("Every parsing slot stayed taken by earlier uploads; try again")

PATHS: dict[str, Any] = {
    "/health": {"get": {"summary": "The service answers", "responses": {"200": _json("Health")}}},
    "/resolutions": {
        "get": {
            "summary": "The resolutions the store holds (latest editions), filtered and paginated",
            "parameters": [
                _query("session", {"type": "integer", "minimum": 1, "maximum": 999}, "only this session"),
                _query("q", {"type": "string", "maxLength": 200}, "words that must all be in the title"),
                _query("agenda_item", {"type": "string", "maxLength": 200}, "an agenda item: 121 (f)"),
                _query("limit", {"type": "integer", "minimum": 1, "maximum": 500}, "page size (50)"),
                _query("offset", {"type": "integer", "minimum": 0, "default": 0}, "entries to skip"),
            ],
            "responses": {"200": _json("ResolutionList"), "304": _NOT_MODIFIED, "400": _BAD},
        }
    },
    "/resolutions/{symbol}": {
        "get": {
            "summary": "A resolution: its editions and its series with gaps",
            "parameters": [_SYMBOL],
            "responses": {"200": _json("Resolution"), "304": _NOT_MODIFIED, "400": _BAD, "404": _MISSING},
        }
    },
    "/editions/{ref}": {
        "get": {
            "summary": "An edition's canonical JSON, as Akoma Ntoso (?format=akn), or its source (?source)",
            "parameters": [
                _REF,
                _query("source", {"type": "string"}, "present: the source bytes, with their media type"),
                _query(
                    "format",
                    {"enum": ["json", "akn"], "default": "json"},
                    "json: the canonical JSON; akn: an Akoma Ntoso 3.0 document (AKN4UN)",
                ),
            ],
            "responses": {
                "200": {
                    "description": "The canonical JSON, the Akoma Ntoso document, or the source bytes",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Resolution_document"}},
                        "application/akn+xml": {"schema": {"type": "string"}},
                        "text/plain": {"schema": {"type": "string"}},
                        "application/pdf": {"schema": {"type": "string", "format": "binary"}},
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                            "schema": {"type": "string", "format": "binary"}
                        },
                    },
                },
                "304": _NOT_MODIFIED,
                "400": _BAD,
                "404": _MISSING,
            },
        }
    },
    "/editions": {
        "post": {
            "summary": "Add an edition (all or nothing); needs the bearer token",
            "security": [{"bearer": []}],
            "parameters": [
                _query("name", {"type": "string"}, "the source's file name (raw bodies)"),
                _query(
                    "replace",
                    {"enum": ["true", "false"], "default": "false"},
                    "store a different text under a stored key as the edition's new text (the old one stays "
                    "in the history) instead of answering 409",
                ),
                _query(
                    "as_reissue",
                    {"type": "string", "format": "date"},
                    "declare the edition a reissue of this date, whatever its text says",
                ),
            ],
            "requestBody": _UPLOAD,
            "responses": {
                "201": _json("AddResult", "Added, or replaced"),
                "200": _json("AddResult", "Already stored"),
                "400": _BAD,
                "401": _problem("No bearer token"),
                "403": _problem("A wrong token, or writes disabled"),
                "409": _problem("A different text under the key of a stored edition"),
                "413": _LARGE,
                "422": _SLOW,
                "503": _BUSY,
            },
        }
    },
    "/diff": {
        "get": {
            "summary": "The change list between two stored editions",
            "parameters": [
                _query("old", {"type": "string"}, "the earlier edition's reference", required=True),
                _query("new", {"type": "string"}, "the later edition's reference", required=True),
                _FORMAT,
            ],
            "responses": {
                "200": {"description": "The change list", "content": _DIFF_CONTENT},
                "304": _NOT_MODIFIED,
                "400": _BAD,
                "404": _MISSING,
            },
        },
        "post": {
            "summary": "The change list between two uploaded editions (text, PDF, Word, JSON, AKN)",
            "parameters": [_FORMAT],
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": _object(
                            {
                                "old": {"type": "string", "format": "binary"},
                                "new": {"type": "string", "format": "binary"},
                            }
                        )
                    }
                },
            },
            "responses": {
                "200": {"description": "The change list", "content": _DIFF_CONTENT},
                "400": _BAD,
                "413": _LARGE,
                "422": _SLOW,
                "503": _BUSY,
            },
        },
    },
    "/series/{symbol}": {
        "get": {
            "summary": "A resolution's series: members, gaps, and the diffs of successive held members",
            "parameters": [_SYMBOL],
            "responses": {
                "200": _json("SeriesWithSteps"),
                "304": _NOT_MODIFIED,
                "400": _BAD,
                "404": _MISSING,
            },
        }
    },
    "/blame/{symbol}": {
        "get": {
            "summary": "Where each paragraph of a resolution first appears along its series",
            "parameters": [_SYMBOL],
            "responses": {"200": _json("Lineage"), "304": _NOT_MODIFIED, "400": _BAD, "404": _MISSING},
        }
    },
    "/check": {
        "post": {
            "summary": "Check an uploaded edition against the store's policies",
            "parameters": [
                _query("fail_on", {"enum": ["editorial", "routine", "substantive"]}, "the class to fail at")
            ],
            "requestBody": _UPLOAD,
            "responses": {
                "200": _json("CheckReport"),
                "400": _BAD,
                "413": _LARGE,
                "422": _SLOW,
                "503": _BUSY,
            },
        }
    },
}


def project_schema(name: str, component: str) -> dict[str, Any]:
    """The components of one of the project's JSON Schemas: the schema itself as ``component`` and each of
    its ``$defs`` as ``component_<name>``, with every ``$ref`` rewritten to match."""
    text = resources.files("versioning.schemas").joinpath(f"{name}.schema.json").read_text(encoding="utf-8")
    text = re.sub(r'"#/\$defs/([A-Za-z0-9_]+)"', rf'"#/components/schemas/{component}_\1"', text)
    schema: dict[str, Any] = json.loads(text)
    definitions = schema.pop("$defs", {})
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    return {component: schema, **{f"{component}_{key}": value for key, value in definitions.items()}}


@functools.cache
def openapi_document() -> dict[str, Any]:
    """The whole OpenAPI document."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "versioning",
            "version": __version__,
            "description": "Editions of UN General Assembly resolutions: stored, compared clause by clause. "
            "Errors are problem details (RFC 9457).",
        },
        "paths": PATHS,
        "components": {
            "schemas": {
                **SCHEMAS,
                **project_schema("resolution", "Resolution_document"),
                **project_schema("changes", "ChangeList"),
            },
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


async def openapi_endpoint(request: Request) -> Response:
    """``GET /openapi.json``."""
    return JSONResponse(openapi_document(), headers={"Cache-Control": "no-cache"})
