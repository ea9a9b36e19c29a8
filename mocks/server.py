"""Serve a mock over real loopback HTTP/1.1, from a background thread or in the foreground.

A small server of its own: httptools parses each request, the mock answers it at once on the
event loop (uvloop's when installed) when it can, or in a worker thread (mocks.core); answers go
out in order on each keep-alive connection. A request over its body cap is answered 413 and its
connection closed without reading the rest; bytes that are not HTTP get a 400 in the vendor's
shape. The mock is also an ASGI app, for any ASGI server.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import signal
import socket
import threading
import time
from collections import deque
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import formatdate
from http import HTTPStatus
from typing import Any, cast

import httptools
from starlette.datastructures import Headers
from starlette.responses import Response

from mocks.core import Exchange, MockServer

__all__ = ["ServedMock", "bind", "serve_forever", "serving"]

STATUS_LINES = {status.value: b"HTTP/1.1 %d %s" % (status, status.phrase.encode()) for status in HTTPStatus}
CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"


@dataclass(frozen=True)
class ServedMock:
    """A mock served on loopback, and its base URL (with the API's base path)."""

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
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(1024)
    except OSError:
        listener.close()
        raise
    return listener


class _Date:
    """The `date` header value, formatted once a second."""

    def __init__(self) -> None:
        self.second = 0
        self.value = b""

    def now(self) -> bytes:
        second = int(time.time())
        if second != self.second:
            self.second, self.value = second, formatdate(second, usegmt=True).encode()
        return self.value


DATE = _Date()


@dataclass(slots=True)
class _Request:
    """A request whose head has arrived: what the mock made of it, and its body so far."""

    exchange: Exchange
    keep_alive: bool = True
    body: bytearray | None = None
    complete: bool = False


class _Connection(asyncio.Protocol):
    """One client connection: parse requests, answer them in order."""

    def __init__(self, app: MockServer[Any], origin: str) -> None:
        self.app = app
        self.origin = origin
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport | None = None
        self.requests: deque[_Request] = deque()
        self.busy = False
        self.closing = False
        self.url = b""
        self.headers: list[tuple[bytes, bytes]] = []
        self.pending: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closing = True
        self.requests.clear()

    def data_received(self, data: bytes) -> None:
        if self.closing:
            return
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._fail(400, "protocol upgrades are not supported")
        except httptools.HttpParserError:
            self._fail(400, "the request is not valid HTTP/1.1")

    # httptools callbacks, in the order they come for each request
    def on_message_begin(self) -> None:
        self.url = b""
        self.headers = []

    def on_url(self, url: bytes) -> None:
        self.url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name.lower(), value))

    def on_headers_complete(self) -> None:
        path, _, query = self.url.partition(b"?")
        fields = dict(self.headers)
        host = fields.get(b"host", b"").decode("latin-1")
        origin = f"http://{host}" if host else self.origin
        method = self.parser.get_method().decode("latin-1")
        headers = Headers(raw=self.headers)
        exchange = self.app.exchange(method, path.decode("latin-1") or "/", headers, query, origin)
        declared = fields.get(b"content-length", b"")
        request = _Request(exchange, self.parser.should_keep_alive(), bytearray())
        if declared.isdigit() and int(declared) > exchange.limit:
            request.body, request.complete = None, True
        elif fields.get(b"expect", b"").lower() == b"100-continue" and self.transport is not None:
            self.transport.write(CONTINUE)
        self.requests.append(request)
        if request.complete:
            self._answer_next()

    def on_body(self, chunk: bytes) -> None:
        request = self.requests[-1] if self.requests else None
        if request is None or request.body is None:
            return
        request.body += chunk
        if len(request.body) > request.exchange.limit:
            request.body, request.complete = None, True
            self._answer_next()

    def on_message_complete(self) -> None:
        if self.requests and not self.requests[-1].complete:
            self.requests[-1].complete = True
            self._answer_next()

    def _answer_next(self) -> None:
        """Answer the requests whose bodies are in, in order, until one needs to wait."""
        while not self.busy and not self.closing and self.requests and self.requests[0].complete:
            request = self.requests.popleft()
            body = None if request.body is None else bytes(request.body)
            try:
                answer = self.app.answer_now(request.exchange, body)
            except Exception:
                answer = self.app.failed(request.exchange)
            if isinstance(answer, Coroutine):
                self.busy = True
                assert self.transport is not None
                self.transport.pause_reading()
                self.pending = asyncio.ensure_future(self._answer_later(request, answer))
                return
            self._send(request, answer)

    async def _answer_later(self, request: _Request, pending: Coroutine[Any, Any, Response | None]) -> None:
        try:
            answer = await pending
        except Exception:
            answer = self.app.failed(request.exchange)
        self.busy = False
        self._send(request, answer)
        if not self.closing and self.transport is not None:
            self.transport.resume_reading()
            self._answer_next()

    def _send(self, request: _Request, response: Response | None) -> None:
        """Write an answer (None: close the connection without one)."""
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        if response is None:
            self.closing = True
            transport.close()
            return
        close = request.body is None or not request.keep_alive
        body = b"" if request.exchange.method == "HEAD" else bytes(response.body)
        status = response.status_code
        head = [STATUS_LINES.get(status) or b"HTTP/1.1 %d Unknown" % status]
        head += [name + b": " + value for name, value in response.raw_headers if name != b"connection"]
        head += [b"date: " + DATE.now(), b"connection: close" if close else b"connection: keep-alive"]
        transport.write(b"\r\n".join(head) + b"\r\n\r\n" + body)
        if close:
            self.closing = True
            transport.close()

    def _fail(self, status: int, message: str) -> None:
        """Answer bytes that are not an HTTP request, then close."""
        exchange = self.app.exchange("GET", "/", Headers(), b"", self.origin)
        self.requests.clear()
        self._send(_Request(exchange, keep_alive=False), self.app.error_response(status, message))


async def _serve(
    app: MockServer[Any], listener: socket.socket, stop: asyncio.Event, ready: threading.Event
) -> None:
    host, port = listener.getsockname()[:2]
    origin = f"http://{host}:{port}"
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Connection(app, origin), sock=listener)
    ready.set()
    async with server:
        await stop.wait()


def _new_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop
    except ImportError:  # pragma: no cover - uvloop is pinned; asyncio's own loop serves too
        return asyncio.new_event_loop()
    return cast(asyncio.AbstractEventLoop, uvloop.new_event_loop())


GC_THRESHOLD = (10_000, 50, 100)
"""The collector's thresholds in a process that only serves a mock (Python's are 700, 10, 10)."""


def serve_forever(app: MockServer[Any], listener: socket.socket) -> None:
    """Serve `app` on an already bound socket until SIGINT or SIGTERM.

    This owns the process, so it tunes the garbage collector for a server: what exists before
    the first request (the spec, its validators) is frozen out of every collection, and the
    young generation is collected less often, as the records the mock keeps pile up.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)
    loop = _new_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        loop.run_until_complete(_serve(app, listener, stop, threading.Event()))
    finally:
        loop.close()


@contextmanager
def serving(app: MockServer[Any], port: int = 0, start_timeout: float = 10.0) -> Iterator[ServedMock]:
    """Run `app` on 127.0.0.1 (a free port unless `port` is given) for the `with` block.

    `with serving(create_app("movalio")) as mock: ... mock.base_url ...`
    """
    listener = bind("127.0.0.1", port)
    port = listener.getsockname()[1]
    loop = _new_loop()
    stop, ready = asyncio.Event(), threading.Event()
    failure: list[BaseException] = []

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(_serve(app, listener, stop, ready))
        except BaseException as error:  # reported by the starting thread
            failure.append(error)
            ready.set()

    thread = threading.Thread(target=run, name=f"mock-{port}", daemon=True)
    thread.start()
    if not ready.wait(start_timeout) or failure:
        listener.close()
        raise RuntimeError(f"the mock did not start on 127.0.0.1:{port}") from next(iter(failure), None)
    try:
        yield ServedMock(app, f"http://127.0.0.1:{port}")
    finally:
        with contextlib.suppress(RuntimeError):  # the loop already stopped
            loop.call_soon_threadsafe(stop.set)
        thread.join(timeout=start_timeout)
        loop.close()
        listener.close()
