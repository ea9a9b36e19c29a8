"""An httpx transport that hands requests straight to a mock: no sockets, no event loop."""

from __future__ import annotations

import httpx
from starlette.datastructures import Headers

from mocks.core import MockServer


class InProcessTransport(httpx.BaseTransport):
    """Serve `httpx.Client` requests from a `MockServer` in the calling thread.

    `httpx.Client(base_url="http://mock", transport=InProcessTransport(server))`.
    """

    def __init__(self, server: MockServer) -> None:
        self.server = server

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        headers = Headers(raw=[(name.lower(), value) for name, value in request.headers.raw])
        raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        answer = self.server.respond(request.method, raw_path, headers, request.url.query, request.read())
        content = bytes(answer.body)
        return httpx.Response(
            answer.status_code, headers=answer.raw_headers, content=content, request=request
        )
