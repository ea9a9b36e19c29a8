"""Serve a mock over real loopback HTTP, from a background thread or in the foreground."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import uvicorn

from mocks.core import MockServer

__all__ = ["ServedMock", "bind", "serve_forever", "serving"]


@dataclass(frozen=True)
class ServedMock:
    """A mock running in a uvicorn server on loopback, and its base URL (with the API's base path)."""

    app: MockServer[Any]
    origin: str

    @property
    def base_url(self) -> str:
        return self.origin + self.app.base_path


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on `host:port` (port 0: a free one); OSError when the port is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    try:
        listener.bind((host, port))
        listener.listen(128)
    except OSError:
        listener.close()
        raise
    return listener


def _server(app: MockServer[Any]) -> uvicorn.Server:
    return uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))


def serve_forever(app: MockServer[Any], listener: socket.socket) -> None:
    """Serve `app` on an already bound socket until interrupted."""
    _server(app).run(sockets=[listener])


@contextmanager
def serving(app: MockServer[Any], port: int = 0, start_timeout: float = 10.0) -> Iterator[ServedMock]:
    """Run `app` on 127.0.0.1 (a free port unless `port` is given) for the `with` block.

    `with serving(create_app("movalio")) as mock: ... mock.base_url ...`
    """
    listener = bind("127.0.0.1", port)
    port = listener.getsockname()[1]
    server = _server(app)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [listener]}, name=f"mock-{port}", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            listener.close()
            raise RuntimeError(f"the mock did not start on 127.0.0.1:{port}")
        time.sleep(0.01)
    try:
        yield ServedMock(app, f"http://127.0.0.1:{port}")
    finally:
        server.should_exit = True
        thread.join(timeout=start_timeout)
        listener.close()
