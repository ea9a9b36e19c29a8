"""Contains shared errors types that can be raised from API functions"""

from typing import Any


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ApiError(Exception):
    """Raised by `sync()` and `asyncio()` when the API answers an error status (4xx or 5xx).

    `parsed` is the error body as the spec's model (None when the status is undocumented);
    the message carries the status and the body, which names the problem.
    """

    def __init__(self, status_code: int, parsed: Any, content: bytes):
        self.status_code = status_code
        self.parsed = parsed
        self.content = content

        super().__init__(f"HTTP {status_code}: {content.decode(errors='replace')[:1000]}")


__all__ = ["ApiError", "UnexpectedStatus"]
