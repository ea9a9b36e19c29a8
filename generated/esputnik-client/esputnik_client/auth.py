"""Authentication for the eSputnik (Yespo) REST API, written from the spec's security schemes.

openapi-python-client does not implement security schemes; this module does, one `connect_*`
function per security scheme the spec declares (one for all OAuth2 client-credentials schemes).
Each returns an `AuthenticatedClient`; `client_args` go to it (`timeout`, `max_retries`,
`httpx_args`, ...). Credentials never appear in `repr()`, in error messages or in log records.
"""

import base64
from typing import Any

from .client import AuthenticatedClient

SERVER_URL = "https://esputnik.com/api"
"""The API's base URL, from the spec's servers."""


def connect_basic(
    base_url: str = SERVER_URL, *, username: str, password: str, **client_args: Any
) -> AuthenticatedClient:
    """A client sending HTTP Basic credentials (security scheme `basic`).

    HTTP Basic: any user name (Yespo's own apps send `user`) and the API key as the
    password. Create keys in Settings > API keys; a key may be restricted to scopes (full
    access, events, events+contacts, messages) and is disabled after 90 days without use.
    """
    encoded = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    redact = (*client_args.pop("redact", ()), password)
    return AuthenticatedClient(
        base_url=base_url, token=encoded, prefix="Basic", auth_header_name="Authorization", redact=redact, **client_args
    )


def connect_bearer(base_url: str = SERVER_URL, *, token: str, **client_args: Any) -> AuthenticatedClient:
    """A client sending `token` as a bearer token (security scheme `bearer`).

    An OAuth 2.0 access token from `https://uaa.yespo.io/uaa/oauth/token`, sent as
    `Authorization: Bearer <token>`. Unconfirmed: declared only on the operations the facts
    tie to the OAuth documentation; the token request itself is not described here.
    """
    return AuthenticatedClient(
        base_url=base_url, token=token, prefix="Bearer", auth_header_name="Authorization", **client_args
    )
