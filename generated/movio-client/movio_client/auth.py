"""Authentication for the Movio Exhibitor API, written from the spec's security schemes.

openapi-python-client does not implement security schemes; this module does, one `connect_*`
function per security scheme the spec declares (one for all OAuth2 client-credentials schemes).
Each returns an `AuthenticatedClient`; `client_args` go to it (`timeout`, `max_retries`,
`httpx_args`, ...). Credentials never appear in `repr()`, in error messages or in log records.
"""

import base64
import time
from collections.abc import Callable, Generator
from typing import Any
from urllib.parse import quote_plus

import httpx

from . import _runtime, errors
from .client import AuthenticatedClient

TOKEN_URLS: dict[str, str] = {
    "oauth2_eu": "https://auth-eu.eq.movio.co/oauth/token",
    "oauth2_us": "https://auth-us.eq.movio.co/oauth/token",
}
"""The OAuth2 token URL of each client-credentials security scheme in the spec."""


class TokenRequestFailed(errors.APIStatusError):
    """The token endpoint refused the client credentials or answered something unusable.

    `token_url` names the endpoint, `body` is its answer as text. A refusal with a status the
    runtime retries (429, 503, ...) is retried like any request the API never saw.
    """

    def __init__(self, token_url: str, response: httpx.Response, secrets: tuple[str, ...]) -> None:
        body = response.text
        message = f"token request to {token_url} failed with HTTP {response.status_code}: {body[:500]}"
        super().__init__(
            _runtime.redact(message, secrets),
            method="POST",
            url=token_url,
            status_code=response.status_code,
            headers=response.headers,
            content=response.content,
            parsed=None,
        )
        self.token_url = token_url
        self.body = body


class ClientCredentials(httpx.Auth):
    """OAuth2 client-credentials grant: fetches a bearer token on first use, and a new one when
    it has expired or when the API answers 401.

    The client authenticates to the token endpoint with HTTP Basic; the form carries
    `grant_type=client_credentials` and, when given, `audience` and `scope`.
    """

    requires_response_body = True

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        audience: str | None = None,
        scope: str | None = None,
        leeway: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        # RFC 6749 section 2.3.1: each part is form-urlencoded before the Basic encoding.
        credentials = f"{quote_plus(client_id)}:{quote_plus(client_secret)}".encode()
        self._basic = "Basic " + base64.b64encode(credentials).decode("ascii")
        self._form = {"grant_type": "client_credentials"}
        if audience is not None:
            self._form["audience"] = audience
        if scope is not None:
            self._form["scope"] = scope
        self._leeway = leeway
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0

    def __repr__(self) -> str:
        return f"ClientCredentials(token_url={self.token_url!r}, client_id={self.client_id!r})"

    def credentials(self) -> tuple[str, ...]:
        """The secrets this auth holds (the client secret, its Basic header, the current token)."""
        return (self._client_secret, self._basic, self._basic.removeprefix("Basic "), self._token or "")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._token is None or self._clock() >= self._expires_at:
            yield from self._fetch_token()
        request.headers["Authorization"] = f"Bearer {self._token}"
        response = yield request
        if response.status_code == 401:
            yield from self._fetch_token()
            request.headers["Authorization"] = f"Bearer {self._token}"
            yield request

    def _fetch_token(self) -> Generator[httpx.Request, httpx.Response, None]:
        token_request = httpx.Request(
            "POST",
            self.token_url,
            data=self._form,
            headers={"Authorization": self._basic, "Accept": "application/json"},
        )
        response = yield token_request
        try:
            body = response.json()
            token = body["access_token"]
            lifetime = float(body.get("expires_in", 86400))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise TokenRequestFailed(self.token_url, response, self.credentials()) from None
        if response.status_code != 200 or not isinstance(token, str):
            raise TokenRequestFailed(self.token_url, response, self.credentials())
        self._token = token
        self._expires_at = self._clock() + lifetime - self._leeway


def connect_client_credentials(
    base_url: str,
    *,
    client_id: str,
    client_secret: str,
    token_url: str = TOKEN_URLS["oauth2_eu"],
    audience: str | None = None,
    scope: str | None = None,
    **client_args: Any,
) -> AuthenticatedClient:
    """A client authenticated by the OAuth2 client-credentials grant (see `ClientCredentials`).

    `audience` defaults to `base_url`. `client_args` go to `AuthenticatedClient`.
    """
    auth = ClientCredentials(token_url, client_id, client_secret, audience=audience or base_url, scope=scope)
    httpx_args = {**client_args.pop("httpx_args", {}), "auth": auth}
    # The token header is set per request by `auth`; the client's own token stays empty.
    return AuthenticatedClient(base_url=base_url, token="", prefix="", httpx_args=httpx_args, **client_args)
