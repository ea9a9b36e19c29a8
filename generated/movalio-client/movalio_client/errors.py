"""The errors this package raises. `ApiError` is the base of them all.

An error status raises the `APIStatusError` subclass for it (`errors.STATUS_ERRORS`; 5xx is
`InternalServerError`, a status without a subclass is `APIStatusError` itself). A request that
never got an answer raises `APIConnectionError` (`APITimeoutError` when it ran out of time). A
success status whose body does not parse raises `APIResponseValidationError`. Messages and
reprs never carry a credential.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ApiError(Exception):
    """Base of every error this package raises; its message names the request and the problem."""


class APIConnectionError(ApiError):
    """No answer: the connection failed or broke before the answer was complete.

    `method` and `url` name the request; `__cause__` is httpx's error.
    """

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """No answer within the timeout (`Client.timeout`, or the call's `timeout`)."""


class APIStatusError(ApiError):
    """The API answered an error status (the class for a status without a subclass of its own).

    `parsed` is the error body as the spec's model when it parses (None when it does not, or
    the status is undocumented); `text` is the body as text, `content` as bytes.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        parsed: Any,
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.parsed = parsed

    @property
    def text(self) -> str:
        """The body, decoded as UTF-8 (undecodable bytes replaced)."""
        return self.content.decode(errors="replace")


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the credentials are missing or refused."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429, after the retries the client allows."""


class InternalServerError(APIStatusError):
    """HTTP 500 or above, after the retries the client allows."""


class UnexpectedStatus(APIStatusError):
    """A status the spec does not document, from a `*_detailed` function when
    `Client.raise_on_unexpected_status` is True."""


class APIResponseValidationError(ApiError):
    """A success status whose body does not parse as the spec says (`__cause__` says why)."""

    def __init__(
        self, message: str, *, method: str, url: str, status_code: int, headers: Mapping[str, str], content: bytes
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.status_code = status_code
        self.headers = headers
        self.content = content


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
"""The error class of each 4xx status that has one of its own."""


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The class raised for an error status."""
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)


__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "STATUS_ERRORS",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "status_error_class",
]
