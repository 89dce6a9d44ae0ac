"""A real ``versioning serve`` process (uvicorn) on a free loopback port, for end-to-end tests."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Server:
    """A running server: its base URL and the first line it printed."""

    url: str
    banner: str
    process: subprocess.Popen[str]


def free_port() -> int:
    """A TCP port nobody listens on now (on loopback)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def running_server(store: Path, *extra: str, timeout: float = 30.0) -> Iterator[Server]:
    """Start ``versioning serve`` on ``store``, wait until ``/health`` answers, stop it afterwards."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "versioning",
        "--store",
        str(store),
        "serve",
        "--port",
        str(port),
        *extra,
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        assert process.stdout is not None
        banner = process.stdout.readline().strip()
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
