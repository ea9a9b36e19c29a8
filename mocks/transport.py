"""An httpx transport that hands requests straight to a mock: no sockets, no event loop."""

from __future__ import annotations

from typing import Any

import httpx
from starlette.datastructures import Headers

from mocks.core import ConnectionDropped, MockServer

__all__ = ["InProcessTransport"]


class InProcessTransport(httpx.BaseTransport):
    """Serve `httpx.Client` requests from a `MockServer` in the calling thread.

    `httpx.Client(base_url="http://mock", transport=InProcessTransport(server))`. A connection
    dropped by an injected fault raises `httpx.RemoteProtocolError`, as over a socket.
    """

    def __init__(self, server: MockServer[Any]) -> None:
        self.server = server

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        headers = Headers(raw=[(name.lower(), value) for name, value in request.headers.raw])
        raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        origin = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        try:
            answer = self.server.respond(
                request.method, raw_path, headers, request.url.query, request.read(), origin=origin
            )
        except ConnectionDropped as dropped:
            raise httpx.RemoteProtocolError(str(dropped), request=request) from None
        content = b"" if request.method == "HEAD" else bytes(answer.body)
        return httpx.Response(
            answer.status_code, headers=answer.raw_headers, content=content, request=request
        )
