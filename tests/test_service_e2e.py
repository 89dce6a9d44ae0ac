"""``versioning serve`` as a real uvicorn process on a free loopback port, on a corpus store."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from service_server import Server, fetch, running_server
from service_support import NOT_STORED, TOKEN, build_store, write_token


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("e2e")
    store = build_store(folder)
    with running_server(Path(store.location), "--token-file", str(write_token(folder))) as running:
        yield running


def test_the_server_says_where_it_listens_and_that_writes_are_enabled(server: Server) -> None:
    assert server.banner.startswith("serving ")
    assert server.url + "/" in server.banner
    assert "writes enabled" in server.banner


def test_a_read_only_server_says_so(tmp_path: Path) -> None:
    store = build_store(tmp_path)
    with running_server(Path(store.location)) as running:
        assert "writes disabled" in running.banner
        assert json.loads(fetch(running.url + "/health")[2])["writes"] is False


def test_reads_over_real_http(server: Server) -> None:
    status, headers, body = fetch(server.url + "/resolutions")
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert json.loads(body)["total"] == 4
    status, headers, body = fetch(server.url + "/editions/A%2FRES%2F67%2F6%402013-07-15")
    assert status == 200 and json.loads(body)["symbol"] == "A/RES/67/6"
    assert (
        fetch(server.url + "/editions/A/RES/67/6@2013-07-15", headers={"If-None-Match": headers["ETag"]})[0]
        == 304
    )
    status, headers, body = fetch(server.url + "/editions/A/RES/1/1")
    assert status == 404 and headers["Content-Type"] == "application/problem+json"


def test_a_write_over_real_http(server: Server) -> None:
    data = NOT_STORED.read_bytes()
    assert fetch(server.url + "/editions", data=data)[0] == 401
    status, headers, body = fetch(
        server.url + "/editions", data=data, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert status == 201, body
    assert fetch(server.url + headers["Location"])[0] == 200


def serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "versioning", *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_bad_arguments_are_one_line_and_exit_2(tmp_path: Path) -> None:
    missing = serve("--store", str(tmp_path / "nowhere"), "serve", "--port", "1")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "Traceback" not in missing.stderr
    store = build_store(tmp_path)
    short = tmp_path / "short"
    short.write_text("abc\n")
    for args in (
        ("--token-file", str(short)),
        ("--token-file", str(tmp_path / "none")),
        ("--port", "70000"),
        ("--host", "not a host"),
        ("--workers", "0"),
    ):
        result = serve("--store", store.location, "serve", *args)
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1


def test_a_port_in_use_is_one_line_and_exit_2(tmp_path: Path) -> None:
    store = build_store(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = serve("--store", store.location, "serve", "--port", str(port))
    assert result.returncode == 2
    assert result.stderr == f"error: cannot listen on 127.0.0.1 port {port}: Address already in use\n"
    assert result.stdout == ""  # it never claimed to be serving
