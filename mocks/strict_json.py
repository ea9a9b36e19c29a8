"""JSON as RFC 8259 defines it, read strictly and written safely.

A request body must be UTF-8 without a byte order mark (section 8.1) and hold only finite
numbers (section 6: no `NaN`, `Infinity`, or a literal like `1e400` that no double can hold).
A document nested deeper than `MAX_DEPTH` arrays and objects is refused, as most real JSON
parsers refuse one, before anything recursive (validation, messages, answers) meets it.
"""

from __future__ import annotations

import json
import math
from typing import Any

__all__ = ["MAX_DEPTH", "NotJson", "dumps", "loads"]

BOM = b"\xef\xbb\xbf"
MAX_DEPTH = 128
TOO_DEEP = f"the document is nested deeper than {MAX_DEPTH} arrays and objects"


class NotJson(ValueError):
    """The body is not a JSON document a real API would accept; the message says why."""


def _constant(name: str) -> Any:
    raise NotJson(f"{name} is not a JSON number (RFC 8259 section 6)")


def _finite(literal: str) -> float:
    number = float(literal)
    if not math.isfinite(number):
        shown = literal if len(literal) <= 40 else literal[:40] + "..."
        raise NotJson(f"{shown} is out of the range of a JSON number this API can hold")
    return number


DECODER = json.JSONDecoder(parse_constant=_constant, parse_float=_finite)
ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def loads(body: bytes) -> Any:
    """The JSON document in `body`; `NotJson` naming the problem otherwise."""
    if body.startswith(BOM):
        raise NotJson("a byte order mark is not allowed before JSON text (RFC 8259 section 8.1)")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NotJson(f"the body is not UTF-8 (RFC 8259 section 8.1): byte {error.start}") from None
    try:
        document = DECODER.decode(text)
    except RecursionError:
        raise NotJson(TOO_DEEP) from None
    except NotJson:
        raise
    except ValueError as error:
        raise NotJson(str(error)) from None
    if text.count("[") + text.count("{") > MAX_DEPTH and _deeper_than(document, MAX_DEPTH):
        raise NotJson(TOO_DEEP)
    return document


def _deeper_than(document: Any, limit: int) -> bool:
    """Whether arrays and objects nest more than `limit` levels deep (walked without recursion)."""
    pending = [(document, 1)]
    while pending:
        value, depth = pending.pop()
        members = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        for member in members:
            if isinstance(member, dict | list):
                if depth + 1 > limit:
                    return True
                pending.append((member, depth + 1))
    return False


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON; a lone surrogate taken from a client's string goes back escaped."""
    return ENCODER.encode(value).encode("utf-8", "backslashreplace")
