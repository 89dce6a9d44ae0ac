"""The OpenAPI document fuzzed against the running server (a real ``versioning serve`` process).

Schemathesis generates requests from ``/openapi.json``; every response must be no server error, carry a
documented status and content type, and match its schema.  The number of examples is bounded so that the
run takes seconds, not minutes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from service_server import running_server
from service_support import TOKEN, build_store, write_token

EXAMPLES = 25
"""Examples per operation (10 operations)."""


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    folder = tmp_path_factory.mktemp("fuzz")
    store = build_store(folder)
    with running_server(Path(store.location), "--token-file", str(write_token(folder))) as server:
        yield schemathesis.openapi.from_url(f"{server.url}/openapi.json")


CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


def test_no_server_error_and_every_response_matches_its_schema(api_schema: schemathesis.BaseSchema) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 10

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
        )
        def fuzz(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=CHECKS, timeout=60, headers={"Authorization": f"Bearer {TOKEN}"})

        fuzz()
