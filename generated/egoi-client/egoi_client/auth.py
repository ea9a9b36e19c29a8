"""Authentication for the E-goi Marketing API, written from the spec's security schemes.

openapi-python-client does not implement security schemes; this module does, one `connect_*`
function per kind of scheme the spec declares. Each returns an `AuthenticatedClient`.
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
