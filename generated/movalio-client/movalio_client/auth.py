"""Authentication for the Movalio HTTP API, written from the spec's security schemes.

openapi-python-client does not implement security schemes; this module does, one `connect_*`
function per security scheme the spec declares (one for all OAuth2 client-credentials schemes).
Each returns an `AuthenticatedClient`; `client_args` go to it (`timeout`, `max_retries`,
`httpx_args`, ...). Credentials never appear in `repr()`, in error messages or in log records.
"""

from typing import Any

from .client import AuthenticatedClient


def connect_movalio_key(base_url: str, *, key: str, **client_args: Any) -> AuthenticatedClient:
    """A client sending `key` in the `Authentication` header (security scheme `movalio_key`).

    The `Authentication` header (not `Authorization`) carrying `APP_ID:CLIENT_KEY`: the
    account's APP_ID and key joined by a colon, both found in Integrations > Movalio API.
    Unconfirmed: the documentation also calls the key SECRET_KEY; read as the same value.
    """
    return AuthenticatedClient(
        base_url=base_url, token=key, prefix="", auth_header_name="Authentication", **client_args
    )
