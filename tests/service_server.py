"""A real ``versioning serve`` process (uvicorn) on a free loopback port, for end-to-end tests.

The server is started with ``--port 0`` and says in its first line which port it took."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path


@dataclass(frozen=True)
class Server:
    """A running server: its base URL and the first line it printed."""

    url: str
    banner: str
    process: subprocess.Popen[str]


@contextlib.contextmanager
def running_server(store: Path, *extra: str, timeout: float = 30.0) -> Iterator[Server]:
    """Start ``versioning serve`` on ``store``, wait until ``/health`` answers, stop it afterwards."""
    command = [
        sys.executable,
        "-m",
        "versioning",
        "--store",
        str(store),
        "serve",
        "--port",
        "0",
        *extra,
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        banner = process.stdout.readline().strip()
        found = re.search(r"http://127\.0\.0\.1:\d+", banner)
        if found is None:
            raise RuntimeError(
                f"the server did not start: {banner} {process.stderr.read() if process.stderr else ''}"
            )
        url = found.group()
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"the server did not start: {process.stderr.read() if process.stderr else ''}"
                    ) from None
                time.sleep(0.1)
        yield Server(url, banner, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def fetch(
    url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, Message, bytes]:
    """One request over real HTTP: its status, headers and body (an error status too)."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
