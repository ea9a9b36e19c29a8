"""Authentication for the E-goi Marketing API, written from the spec's security schemes.

openapi-python-client does not implement security schemes; this module does, one `connect_*`
function per security scheme the spec declares (one for all OAuth2 client-credentials schemes).
Each returns an `AuthenticatedClient`; `client_args` go to it (`timeout`, `max_retries`,
`httpx_args`, ...). Credentials never appear in `repr()`, in error messages or in log records.
"""

from typing import Any

from .client import AuthenticatedClient

SERVER_URL = "https://api.egoiapp.com"
"""The API's base URL, from the spec's servers."""


def connect_apikey(base_url: str = SERVER_URL, *, key: str, **client_args: Any) -> AuthenticatedClient:
    """A client sending `key` in the `Apikey` header (security scheme `Apikey`).

    The account's API key (Account settings > API key) in the `Apikey` header, on every
    operation.
    """
    return AuthenticatedClient(base_url=base_url, token=key, prefix="", auth_header_name="Apikey", **client_args)
