"""The clients every operation takes: where the API is, how long to wait, how often to retry."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Self

from attrs import define, evolve, field

if TYPE_CHECKING:
    import ssl

    import httpx

DEFAULT_TIMEOUT = 60.0
"""Seconds one attempt may take, from connecting to the last byte of the answer."""
DEFAULT_CONNECT_TIMEOUT = 5.0
"""Seconds to establish the connection (part of the attempt's `timeout`)."""
DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt (see `_runtime` for what is retried)."""
DEFAULT_MAX_RETRY_WAIT = 60.0
"""The longest wait a server may ask for (`Retry-After`, reset headers) before the client gives up."""
REDACTED = "[redacted]"


@define(repr=False)
class Client:
    """A client for the operations that need no credentials.

    `timeout` (default 60 s) bounds one attempt, from connecting to the last byte of the answer
    (None: no bound), `connect_timeout` (default 5 s) the connection. Up to `max_retries`
    (default 2) retries follow a failed attempt that is safe to repeat, after an exponential
    backoff with jitter or the wait the server asks for (`Retry-After`), unless that is longer
    than `max_retry_wait` (default 60 s). Every operation function also takes `timeout=` and
    `max_retries=` for one call. `sleep` and `async_sleep` (default `time.sleep`,
    `anyio.sleep`) wait between attempts.

    `httpx_args` go to the `httpx.Client` / `httpx.AsyncClient` constructor (`transport`,
    `event_hooks`, `auth`, `limits`, ...). `raise_on_unexpected_status`: the `*_detailed`
    functions raise `errors.UnexpectedStatus` for a status the spec does not document.

    """

    _base_url: str = field(alias="base_url")
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    timeout: float | None = field(default=DEFAULT_TIMEOUT, kw_only=True)
    connect_timeout: float = field(default=DEFAULT_CONNECT_TIMEOUT, kw_only=True)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    max_retry_wait: float = field(default=DEFAULT_MAX_RETRY_WAIT, kw_only=True)
    sleep: Callable[[float], None] = field(default=time.sleep, kw_only=True)
    async_sleep: Callable[[float], Awaitable[None]] | None = field(default=None, kw_only=True)
    redact: tuple[str, ...] = field(default=(), kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def __repr__(self) -> str:
        shown = [
            f"base_url={self._base_url!r}",
            f"timeout={self.timeout!r}",
            f"connect_timeout={self.connect_timeout!r}",
            f"max_retries={self.max_retries!r}",
        ]
        if "auth" in self._httpx_args:
            shown.append(f"auth={self._httpx_args['auth']!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def credentials(self) -> tuple[str, ...]:
        """Every secret this client holds, for redaction (the `auth` in `httpx_args` included)."""
        held_by_auth = getattr(self._httpx_args.get("auth"), "credentials", None)
        from_auth: tuple[str, ...] = tuple(held_by_auth()) if callable(held_by_auth) else ()
        return (*(), *self.redact, *from_auth)

    def _default_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def with_headers(self, headers: dict[str, str]) -> Client:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Client:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: float | None, *, connect: float | None = None) -> Client:
        """Get a new client matching this one with other timeouts (seconds; None: no bound)."""
        return evolve(self, timeout=timeout, connect_timeout=self.connect_timeout if connect is None else connect)

    def with_retries(self, max_retries: int) -> Client:
        """Get a new client matching this one with another number of retries (0: none)."""
        return evolve(self, max_retries=max_retries)

    def _httpx_settings(self) -> dict[str, Any]:
        import httpx  # noqa: PLC0415  (imported on first use: importing an operation stays cheap)

        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._default_headers(),
            "timeout": httpx.Timeout(self.timeout, connect=self.connect_timeout),
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            import httpx  # noqa: PLC0415

            self._client = httpx.Client(**self._httpx_settings())
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            import httpx  # noqa: PLC0415

            self._async_client = httpx.AsyncClient(**self._httpx_settings())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define(repr=False)
class AuthenticatedClient:
    """A client that sends `token` in the `auth_header_name` header, after `prefix` when one is set.

    The `connect_*` functions of the `auth` module build one from the spec's security schemes.
    `repr()` and every error message leave the token and `redact` out.

    `timeout` (default 60 s) bounds one attempt, from connecting to the last byte of the answer
    (None: no bound), `connect_timeout` (default 5 s) the connection. Up to `max_retries`
    (default 2) retries follow a failed attempt that is safe to repeat, after an exponential
    backoff with jitter or the wait the server asks for (`Retry-After`), unless that is longer
    than `max_retry_wait` (default 60 s). Every operation function also takes `timeout=` and
    `max_retries=` for one call. `sleep` and `async_sleep` (default `time.sleep`,
    `anyio.sleep`) wait between attempts.

    `httpx_args` go to the `httpx.Client` / `httpx.AsyncClient` constructor (`transport`,
    `event_hooks`, `auth`, `limits`, ...). `raise_on_unexpected_status`: the `*_detailed`
    functions raise `errors.UnexpectedStatus` for a status the spec does not document.

    """

    _base_url: str = field(alias="base_url")
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    timeout: float | None = field(default=DEFAULT_TIMEOUT, kw_only=True)
    connect_timeout: float = field(default=DEFAULT_CONNECT_TIMEOUT, kw_only=True)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    max_retry_wait: float = field(default=DEFAULT_MAX_RETRY_WAIT, kw_only=True)
    sleep: Callable[[float], None] = field(default=time.sleep, kw_only=True)
    async_sleep: Callable[[float], Awaitable[None]] | None = field(default=None, kw_only=True)
    redact: tuple[str, ...] = field(default=(), kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    token: str = field(kw_only=True)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def __repr__(self) -> str:
        shown = [
            f"base_url={self._base_url!r}",
            f"auth_header_name={self.auth_header_name!r}",
            f"token={REDACTED!r}",
            f"timeout={self.timeout!r}",
            f"connect_timeout={self.connect_timeout!r}",
            f"max_retries={self.max_retries!r}",
        ]
        if "auth" in self._httpx_args:
            shown.append(f"auth={self._httpx_args['auth']!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def credentials(self) -> tuple[str, ...]:
        """Every secret this client holds, for redaction (the `auth` in `httpx_args` included)."""
        held_by_auth = getattr(self._httpx_args.get("auth"), "credentials", None)
        from_auth: tuple[str, ...] = tuple(held_by_auth()) if callable(held_by_auth) else ()
        return (*((self.token, f"{self.prefix} {self.token}") if self.token else ()), *self.redact, *from_auth)

    def _default_headers(self) -> dict[str, str]:
        return (
            {**self._headers, self.auth_header_name: f"{self.prefix} {self.token}" if self.prefix else self.token}
            if self.token
            else dict(self._headers)
        )

    def with_headers(self, headers: dict[str, str]) -> AuthenticatedClient:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> AuthenticatedClient:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: float | None, *, connect: float | None = None) -> AuthenticatedClient:
        """Get a new client matching this one with other timeouts (seconds; None: no bound)."""
        return evolve(self, timeout=timeout, connect_timeout=self.connect_timeout if connect is None else connect)

    def with_retries(self, max_retries: int) -> AuthenticatedClient:
        """Get a new client matching this one with another number of retries (0: none)."""
        return evolve(self, max_retries=max_retries)

    def _httpx_settings(self) -> dict[str, Any]:
        import httpx  # noqa: PLC0415  (imported on first use: importing an operation stays cheap)

        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._default_headers(),
            "timeout": httpx.Timeout(self.timeout, connect=self.connect_timeout),
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            import httpx  # noqa: PLC0415

            self._client = httpx.Client(**self._httpx_settings())
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            import httpx  # noqa: PLC0415

            self._async_client = httpx.AsyncClient(**self._httpx_settings())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


__all__ = ["AuthenticatedClient", "Client"]
