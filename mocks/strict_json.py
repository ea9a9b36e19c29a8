"""JSON as RFC 8259 defines it, read strictly and written safely.

A request body must be UTF-8 without a byte order mark (section 8.1) and hold only finite
numbers (section 6: no `NaN`, `Infinity`, or a literal like `1e400` that no double can hold).
A document nested deeper than the parser can follow is refused rather than crashing it.
"""

from __future__ import annotations

import json
import math
from typing import Any

__all__ = ["NotJson", "dumps", "loads"]

BOM = b"\xef\xbb\xbf"


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


def loads(body: bytes) -> Any:
    """The JSON document in `body`; `NotJson` naming the problem otherwise."""
    if body.startswith(BOM):
        raise NotJson("a byte order mark is not allowed before JSON text (RFC 8259 section 8.1)")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NotJson(f"the body is not UTF-8 (RFC 8259 section 8.1): byte {error.start}") from None
    try:
        return json.loads(text, parse_constant=_constant, parse_float=_finite)
    except RecursionError:
        raise NotJson("the document is nested too deeply") from None
    except NotJson:
        raise
    except ValueError as error:
        raise NotJson(str(error)) from None


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON; a lone surrogate taken from a client's string goes back escaped."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return text.encode("utf-8", "backslashreplace")
