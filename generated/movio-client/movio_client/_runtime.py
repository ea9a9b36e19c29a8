"""The runtime every operation of this package goes through: timeouts, retries with backoff,
typed errors, paging, and credentials kept out of messages.

The same module is rendered into every client package (martech-contracts,
scripts/templates/runtime.py.jinja). Operation modules import it on their first call.

Retries (up to `max_retries`, default 2): for every method 408, 429, 503 and 504 answers and
connection failures before the request left (connect errors and timeouts, no free connection);
for idempotent operations (GET, HEAD, PUT, DELETE, OPTIONS, and those the spec marks
`x-idempotent`) also 500 and 502 answers and failures after the request left (read and write
errors and timeouts, a dropped connection). The wait is exponential backoff with jitter
(0.5 s doubling up to 8 s, minus up to 25 %), or what the server asks for: `Retry-After`
(seconds or an HTTP date) or, on a 429, the spec's reset headers (`RESET_HEADERS`). A server
asking for more than the client's `max_retry_wait` gets no retry: the error is raised at once.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import errors
from .types import Response, Unset

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = [
    "Page",
    "aiterate_pages",
    "asend",
    "backoff",
    "build",
    "checked",
    "iterate_pages",
    "page",
    "redact",
    "send",
    "server_wait",
    "status_error",
    "total_of",
    "unexpected_status",
]

T = TypeVar("T")
E = TypeVar("E", bound=errors.APIStatusError)

RETRIED_STATUSES = frozenset({408, 429, 503, 504})
"""Answers retried for every method: the request was not processed."""
RETRIED_STATUSES_IF_IDEMPOTENT = frozenset({500, 502})
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures before the request left: retried for every method."""
MAYBE_PROCESSED = (
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
)
"""Failures after (part of) the request left: retried for idempotent operations only."""
RESET_HEADERS: tuple[str, ...] = ()
"""Headers saying, on a 429, how many seconds until the limit resets (the spec's
`x-retry-after-headers`); read when there is no `Retry-After`."""
BACKOFF_START = 0.5
BACKOFF_MAX = 8.0
JITTER = 0.25
PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)
"""What parsing a body that is not what the spec says raises (a JSON decode error is a ValueError)."""
REDACTED = "[redacted]"
MIN_SECRET_LENGTH = 4
MESSAGE_BODY_LIMIT = 1000

logger = logging.getLogger(__package__)


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret (of at least MIN_SECRET_LENGTH characters) replaced."""
    for secret in sorted({s for s in secrets if len(s) >= MIN_SECRET_LENGTH}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


@dataclass(frozen=True)
class _Policy:
    """How one call retries and times out."""

    client: AuthenticatedClient | Client
    idempotent: bool
    max_retries: int
    timeout: float | None

    @classmethod
    def of(
        cls,
        client: AuthenticatedClient | Client,
        idempotent: bool,
        max_retries: int | Unset,
        timeout: float | None | Unset,
    ) -> _Policy:
        return cls(
            client,
            idempotent,
            client.max_retries if isinstance(max_retries, Unset) else max_retries,
            client.timeout if isinstance(timeout, Unset) else timeout,
        )

    def httpx_timeout(self) -> httpx.Timeout:
        connect = self.client.connect_timeout
        return httpx.Timeout(self.timeout, connect=connect if self.timeout is None else min(connect, self.timeout))

    def deadline(self) -> float:
        return math.inf if self.timeout is None else time.monotonic() + self.timeout

    def after_status(self, attempt: int, status: int, headers: Mapping[str, str], *, processed: bool) -> float | None:
        """Seconds to wait before retrying an answer with `status`; None: do not retry."""
        retried = status in RETRIED_STATUSES or (
            status in RETRIED_STATUSES_IF_IDEMPOTENT and (self.idempotent or not processed)
        )
        if attempt >= self.max_retries or not retried:
            return None
        asked = server_wait(status, headers)
        if asked is None:
            return backoff(attempt)
        return asked if asked <= self.client.max_retry_wait else None

    def after_failure(self, attempt: int, error: httpx.RequestError) -> float | None:
        """Seconds to wait before retrying after a transport failure; None: do not retry."""
        retried = isinstance(error, NOT_SENT) or (self.idempotent and isinstance(error, MAYBE_PROCESSED))
        return backoff(attempt) if retried and attempt < self.max_retries else None

    def failure(self, error: httpx.RequestError, request: httpx.Request) -> errors.APIConnectionError:
        kind = errors.APITimeoutError if isinstance(error, httpx.TimeoutException) else errors.APIConnectionError
        limit = f" (timeout {self.timeout} s)" if isinstance(error, httpx.TimeoutException) else ""
        detail = str(error) or type(error).__name__
        message = f"{request.method} {request.url}: {type(error).__name__}{limit}: {detail}"
        return kind(redact(message, self.client.credentials()), method=request.method, url=str(request.url))

    def log_retry(self, request: httpx.Request, attempt: int, delay: float, reason: str) -> None:
        message = (
            f"{request.method} {request.url}: {reason}; retry {attempt + 1} of {self.max_retries} in {delay:.2f} s"
        )
        logger.info("%s", redact(message, self.client.credentials()))


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter for the retry after attempt number `attempt` (0-based)."""
    return min(BACKOFF_START * 2.0**attempt, BACKOFF_MAX) * (1 - JITTER * random.random())


def server_wait(status: int, headers: Mapping[str, str]) -> float | None:
    """Seconds the server asks the client to wait, when it says so."""
    names = ("Retry-After", *RESET_HEADERS) if status == HTTPStatus.TOO_MANY_REQUESTS else ("Retry-After",)
    for name in names:
        value = headers.get(name)
        seconds = None if value is None else _seconds(value)
        if seconds is not None:
            return max(0.0, seconds)
    return None


def _seconds(value: str) -> float | None:
    """A delay in seconds, or an HTTP date, as seconds from now; None when it is neither."""
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return None
    return seconds if math.isfinite(seconds) else None


class _Deadline(httpx.SyncByteStream):
    """A response body that times out when it is still arriving at the deadline."""

    def __init__(self, stream: httpx.SyncByteStream, deadline: float, request: httpx.Request) -> None:
        self._stream, self._deadline, self._request = stream, deadline, request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout("the answer was still arriving at the deadline", request=self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncDeadline(httpx.AsyncByteStream):
    """`_Deadline` for the async client."""

    def __init__(self, stream: httpx.AsyncByteStream, deadline: float, request: httpx.Request) -> None:
        self._stream, self._deadline, self._request = stream, deadline, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout("the answer was still arriving at the deadline", request=self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


def _read(response: httpx.Response, deadline: float) -> httpx.Response:
    try:
        if isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _Deadline(response.stream, deadline, response.request)
        response.read()
    finally:
        response.close()
    return response


async def _aread(response: httpx.Response, deadline: float) -> httpx.Response:
    try:
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AsyncDeadline(response.stream, deadline, response.request)
        await response.aread()
    finally:
        await response.aclose()
    return response


Outcome = httpx.Response | httpx.RequestError | errors.APIStatusError
"""What one attempt ends with: an answer, a transport failure, or a refused token request (from
the client's `auth`, before the API saw the call)."""


def _next(policy: _Policy, attempt: int, request: httpx.Request, outcome: Outcome) -> httpx.Response | float:
    """The answer when `outcome` is final, else the seconds to wait before the next attempt;
    raises when a failure is final."""
    if isinstance(outcome, httpx.RequestError):
        delay = policy.after_failure(attempt, outcome)
        if delay is None:
            raise policy.failure(outcome, request) from outcome
        reason = type(outcome).__name__
    elif isinstance(outcome, errors.APIStatusError):
        delay = policy.after_status(attempt, outcome.status_code, outcome.headers, processed=False)
        if delay is None:
            raise outcome
        reason = f"{type(outcome).__name__} (HTTP {outcome.status_code})"
    else:
        delay = policy.after_status(attempt, outcome.status_code, outcome.headers, processed=True)
        if delay is None:
            return outcome
        reason = f"HTTP {outcome.status_code}"
    policy.log_retry(request, attempt, delay, reason)
    return delay


def send(
    client: AuthenticatedClient | Client,
    request: Mapping[str, Any],
    *,
    idempotent: bool,
    max_retries: int | Unset,
    timeout: float | None | Unset,
) -> httpx.Response:
    """Send `request` (`httpx.Client.build_request` arguments) with retries; the answer is read.

    Raises `errors.APIConnectionError` (`errors.APITimeoutError`) when no answer came.
    """
    policy = _Policy.of(client, idempotent, max_retries, timeout)
    http = client.get_httpx_client()
    attempt = 0
    while True:
        built = http.build_request(**request, timeout=policy.httpx_timeout())
        outcome: Outcome
        try:
            outcome = _read(http.send(built, stream=True), policy.deadline())
        except (httpx.RequestError, errors.APIStatusError) as error:
            outcome = error
        result = _next(policy, attempt, built, outcome)
        if isinstance(result, httpx.Response):
            return result
        client.sleep(result)
        attempt += 1


async def asend(
    client: AuthenticatedClient | Client,
    request: Mapping[str, Any],
    *,
    idempotent: bool,
    max_retries: int | Unset,
    timeout: float | None | Unset,
) -> httpx.Response:
    """`send` on the async client."""
    policy = _Policy.of(client, idempotent, max_retries, timeout)
    http = client.get_async_httpx_client()
    attempt = 0
    while True:
        built = http.build_request(**request, timeout=policy.httpx_timeout())
        outcome: Outcome
        try:
            outcome = await _aread(await http.send(built, stream=True), policy.deadline())
        except (httpx.RequestError, errors.APIStatusError) as error:
            outcome = error
        result = _next(policy, attempt, built, outcome)
        if isinstance(result, httpx.Response):
            return result
        await _async_sleep(client)(result)
        attempt += 1


def _async_sleep(client: AuthenticatedClient | Client) -> Callable[[float], Awaitable[None]]:
    if client.async_sleep is not None:
        return client.async_sleep
    import anyio  # noqa: PLC0415  (httpx's own dependency; works under asyncio and trio)

    return anyio.sleep


def status_error(client: AuthenticatedClient | Client, response: httpx.Response, parsed: Any, kind: type[E]) -> E:
    """An error of class `kind` for an answer, its message free of credentials."""
    request = response.request
    body = response.content.decode(errors="replace")[:MESSAGE_BODY_LIMIT]
    message = f"{request.method} {request.url}: HTTP {response.status_code} {response.reason_phrase}: {body}"
    return kind(
        redact(message, client.credentials()),
        method=request.method,
        url=str(request.url),
        status_code=response.status_code,
        headers=response.headers,
        content=response.content,
        parsed=parsed,
    )


def unexpected_status(client: AuthenticatedClient | Client, response: httpx.Response) -> errors.UnexpectedStatus:
    """The error for a status the spec does not document (`raise_on_unexpected_status`)."""
    return status_error(client, response, None, errors.UnexpectedStatus)


def _parse(
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    parse: Callable[..., T | None],
) -> T | None:
    """The body as the spec's model. An error status whose body does not parse, and an empty
    body, give None; a success status whose body does not parse raises."""
    try:
        return parse(client=client, response=response)
    except PARSE_ERRORS as error:
        if response.status_code >= HTTPStatus.BAD_REQUEST or not response.content.strip():
            return None
        request = response.request
        message = (
            f"{request.method} {request.url}: HTTP {response.status_code}: the body does not parse as the spec "
            f"says ({type(error).__name__}: {error}): {response.content.decode(errors='replace')[:MESSAGE_BODY_LIMIT]}"
        )
        raise errors.APIResponseValidationError(
            redact(message, client.credentials()),
            method=request.method,
            url=str(request.url),
            status_code=response.status_code,
            headers=response.headers,
            content=response.content,
        ) from error


def build(
    client: AuthenticatedClient | Client, response: httpx.Response, parse: Callable[..., T | None]
) -> Response[T]:
    """The `Response` of a `*_detailed` function: any status, the body parsed when it parses."""
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(client, response, parse),
    )


def checked(
    client: AuthenticatedClient | Client, response: httpx.Response, parse: Callable[..., T | None]
) -> Response[T]:
    """`build`, raising the status's `errors.APIStatusError` subclass for an error status."""
    if response.status_code < HTTPStatus.BAD_REQUEST:
        return build(client, response, parse)
    try:
        parsed = _parse(client, response, parse)
    except errors.UnexpectedStatus:
        parsed = None
    raise status_error(client, response, parsed, errors.status_error_class(response.status_code))


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a paged operation: its items, and the total when the API says it."""

    items: list[T]
    total: int | None


def total_of(value: object) -> int | None:
    """A total (a body property or a header value) as an int; None when it is missing or not a count."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def page(
    response: Response[Any],
    *,
    items_attribute: str | None,
    total_attribute: str | None = None,
    total_header: str | None = None,
) -> Page[Any]:
    """One page of a paged operation's answer: its items (the body, or the body's
    `items_attribute`) and the total (the body's `total_attribute`, or the `total_header`)."""
    body = response.parsed
    items = body if items_attribute is None else getattr(body, items_attribute, None)
    if total_header is not None:
        total = total_of(response.headers.get(total_header))
    else:
        total = None if total_attribute is None else total_of(getattr(body, total_attribute, None))
    return Page(list(items) if isinstance(items, list) else [], total)


def _is_last(page: Page[Any], read: int, limit: int | None) -> bool:
    """Whether no page follows `page`, after `read` items from the first offset on."""
    if not page.items:
        return True
    if page.total is not None:
        return read >= page.total
    return limit is not None and len(page.items) < limit


def iterate_pages(fetch: Callable[[int], Page[T]], *, start: int, first: int, limit: int | None) -> Iterator[T]:
    """The items of every page from offset `start` on: until the total is read, or, when the API
    gives no total, until a page shorter than `limit` (or an empty one)."""
    position = start
    while True:
        page = fetch(position)
        yield from page.items
        position += len(page.items)
        if _is_last(page, position - first, limit):
            return


async def aiterate_pages(
    fetch: Callable[[int], Awaitable[Page[T]]], *, start: int, first: int, limit: int | None
) -> AsyncIterator[T]:
    """`iterate_pages` for the async client."""
    position = start
    while True:
        page = await fetch(position)
        for item in page.items:
            yield item
        position += len(page.items)
        if _is_last(page, position - first, limit):
            return
