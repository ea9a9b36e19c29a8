"""Serve a mock over real loopback HTTP from a background thread, for integration tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn

from mocks.core import MockServer


@dataclass(frozen=True)
class ServedMock:
    """A mock running in a uvicorn server on 127.0.0.1, and its base URL."""

    app: MockServer
    base_url: str


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def serving(app: MockServer, port: int = 0, start_timeout: float = 10.0) -> Iterator[ServedMock]:
    """Run `app` on 127.0.0.1 (a free port unless `port` is given) for the `with` block.

    `with serving(create_app("movalio")) as mock: ... mock.base_url ...`
    """
    port = port or _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name=f"mock-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError(f"the mock did not start on 127.0.0.1:{port}")
        time.sleep(0.01)
    try:
        yield ServedMock(app, f"http://127.0.0.1:{port}")
    finally:
        server.should_exit = True
        thread.join(timeout=start_timeout)
