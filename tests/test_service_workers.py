"""``versioning serve --workers N``: several processes on one socket, each building its own application
from the settings the parent passed on (:mod:`versioning.service.workers`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from service_server import fetch, running_server
from service_support import NOT_STORED, TOKEN, build_store, write_token
from starlette.testclient import TestClient

from versioning.errors import InputError
from versioning.service.workers import (
    SETTINGS_VARIABLE,
    STARTUP_FAILURE,
    app_from_environment,
    worker_app,
    worker_settings,
)


def workers_of(pid: int) -> list[int]:
    """The worker processes ``pid`` started (Linux ``/proc``): those multiprocessing spawned, not its
    resource tracker."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                found.append(int(child))
    return found


def test_a_worker_builds_the_application_the_settings_describe(tmp_path: Path) -> None:
    store = build_store(tmp_path)
    settings = worker_settings(store.location, str(write_token(tmp_path)), ["https://editor.example"])
    app = app_from_environment({SETTINGS_VARIABLE: settings})
    with TestClient(app) as client:
        health = client.get("/health")
        assert health.json()["writes"] is True  # the worker read the token from the file
        assert client.get("/resolutions").json()["total"] == 4
        preflight = client.options(
            "/resolutions",
            headers={"Origin": "https://editor.example", "Access-Control-Request-Method": "GET"},
        )
        assert preflight.headers["access-control-allow-origin"] == "https://editor.example"


def test_the_settings_leave_the_workers_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The variable is taken out of ``os.environ``, so the git processes a worker starts never see it."""
    store = build_store(tmp_path)
    monkeypatch.setenv(SETTINGS_VARIABLE, worker_settings(store.location, None, []))
    app = app_from_environment()
    assert SETTINGS_VARIABLE not in os.environ
    with TestClient(app) as client:
        assert client.get("/health").json()["writes"] is False


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "is not set"),
        ("{store", "is not JSON"),
        ('["store"]', '"store", the store\'s path'),
        ('{"store": "s", "token_file": 3}', '"token_file" must be a path'),
        ('{"store": "s", "cors_origins": "https://a.example"}', '"cors_origins" must be a list'),
    ],
)
def test_wrong_settings_are_one_clear_error(value: str | None, message: str) -> None:
    environment = {} if value is None else {SETTINGS_VARIABLE: value}
    with pytest.raises(InputError, match=SETTINGS_VARIABLE) as raised:
        app_from_environment(environment)
    assert message in str(raised.value)


def test_a_worker_that_cannot_start_says_why_in_one_line_and_stops_the_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit status 3 is uvicorn's start-up failure: its process manager stops instead of restarting the
    worker over and over (with a token file gone since the server started, say)."""
    store = build_store(tmp_path)
    monkeypatch.setenv(SETTINGS_VARIABLE, worker_settings(store.location, str(tmp_path / "gone"), []))
    with pytest.raises(SystemExit) as stopped:
        worker_app()
    assert stopped.value.code == STARTUP_FAILURE
    error = capsys.readouterr().err
    assert error.startswith("error: ") and error.count("\n") == 1 and "cannot read the token" in error


def test_workers_need_a_token_file_they_can_each_read(tmp_path: Path) -> None:
    """A pipe (``--token-file <(...)``) can be read once: refused before any worker starts."""
    store = build_store(tmp_path)
    fifo = tmp_path / "token-pipe"
    os.mkfifo(fifo)
    serve = ["serve", "--port", "0", "--workers", "2", "--token-file", str(fifo)]
    result = subprocess.run(
        [sys.executable, "-m", "versioning", "--store", store.location, *serve],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert (
        result.stderr
        == "error: --token-file must name a regular file with --workers (each worker reads it)\n"
    )


def test_several_workers_serve_one_store_and_see_each_others_writes(tmp_path: Path) -> None:
    store = build_store(tmp_path)
    token_file = write_token(tmp_path)
    with running_server(Path(store.location), "--workers", "2", "--token-file", str(token_file)) as server:
        assert "2 worker processes" in server.banner
        assert len(workers_of(server.process.pid)) == 2
        status, headers, body = fetch(
            server.url + "/editions",
            data=NOT_STORED.read_bytes(),
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        assert status == 201, body
        # Each request is a new connection, which either worker may accept: all of them see the write.
        totals = {json.loads(fetch(server.url + "/resolutions")[2])["total"] for _ in range(12)}
        assert totals == {5}
        assert fetch(server.url + headers["Location"])[0] == 200
        workers = workers_of(server.process.pid)
    for pid in workers:  # stopping the server stops its workers
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
