"""The answers the service keeps in memory per store tip: the least recently used go first, by count and by
size, and an answer too large to keep is served without being kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from service_support import build_store

from versioning.service import state as state_module
from versioning.service.state import ServiceConfig, ServiceState


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ServiceState:
    monkeypatch.setattr(state_module, "MEMO_ENTRIES", 3)
    monkeypatch.setattr(state_module, "MEMO_BYTES", 100)
    return ServiceState(ServiceConfig(str(build_store(tmp_path).location)))


def test_an_answer_is_built_once_and_kept(state: ServiceState) -> None:
    builds: list[str] = []

    def build() -> str:
        builds.append("built")
        return "page"

    assert state.remember(("tip", "a"), build) == "page"
    assert state.remember(("tip", "a"), build) == "page"
    assert builds == ["built"]


def test_the_least_recently_used_go_first_by_count(state: ServiceState) -> None:
    for name in "abc":
        state.remember(("tip", name), lambda name=name: name)
    state.remember(("tip", "a"), lambda: "rebuilt")  # a used again: b is now the oldest
    state.remember(("tip", "d"), lambda: "d")
    assert state.remember(("tip", "b"), lambda: "rebuilt") == "rebuilt"
    assert state.remember(("tip", "a"), lambda: "rebuilt") == "a"


def test_the_least_recently_used_go_first_by_size(state: ServiceState) -> None:
    state.remember(("tip", "first"), lambda: "x" * 60)
    state.remember(("tip", "second"), lambda: "y" * 60)  # 120 > 100: the first goes
    assert state.kept_bytes == 60
    assert state.remember(("tip", "first"), lambda: "rebuilt") == "rebuilt"


def test_an_answer_larger_than_the_budget_is_served_not_kept(state: ServiceState) -> None:
    state.remember(("tip", "small"), lambda: "s" * 10)
    assert state.remember(("tip", "huge"), lambda: b"h" * 500) == b"h" * 500
    assert state.kept_bytes == 10
    assert state.remember(("tip", "huge"), lambda: b"again") == b"again"
    assert state.remember(("tip", "small"), lambda: "rebuilt") == "s" * 10
