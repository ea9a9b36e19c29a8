"""What a mock accepts at most: body sizes (the spec's `x-max-body-bytes`, or a default), and how
much of a client's own input it echoes back in an error body.

`x-max-body-bytes` may sit at the top level of a spec (every operation) or on an operation (that
operation; it wins over the top level). Without either, bodies are capped at 20 MiB. A body over
its cap is refused with 413 as soon as its declared length or the bytes received so far exceed
it: the rest is never read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.types import Receive

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "ECHO_CHARACTERS",
    "HARNESS_MAX_BODY_BYTES",
    "body_limit",
    "read_body",
    "trimmed",
]

DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024
"""The cap on a request body where the spec documents none."""
HARNESS_MAX_BODY_BYTES = 64 * 1024
"""The cap on a body sent to the test-harness API (`/__mock/`) or to no operation at all."""
ECHO_CHARACTERS = 200
"""At most this much of a path, method or header value the client sent goes back in an error."""
EXTENSION = "x-max-body-bytes"


def body_limit(spec: Mapping[str, Any], operation: Mapping[str, Any] | None) -> int:
    """The body cap of an operation: its own `x-max-body-bytes`, the spec's, or the default."""
    if operation is not None and EXTENSION in operation:
        return int(operation[EXTENSION])
    return int(spec.get(EXTENSION, DEFAULT_MAX_BODY_BYTES))


async def read_body(receive: Receive, limit: int, declared_length: str | None) -> bytes | None:
    """The request body, or None as soon as it is known to exceed `limit` bytes (by its
    Content-Length or by what has arrived), without reading the rest."""
    if declared_length is not None and declared_length.isdigit() and int(declared_length) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def trimmed(text: str, limit: int = ECHO_CHARACTERS) -> str:
    """`text` cut to `limit` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit} more characters)"
