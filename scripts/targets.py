"""Where the contract tests point: each vendor's in-process mock, and its live API when the
vendor's credentials are in the environment.

Live mode, per vendor (the mocks accept the same credential variables):
- Movalio: MOVALIO_URL (the account's endpoint URL), MOVALIO_APP_ID, MOVALIO_CLIENT_KEY.
- Movio EQ: MOVIO_URL (the API base URL), MOVIO_CLIENT_ID, MOVIO_CLIENT_SECRET; optional
  MOVIO_TOKEN_URL (default: the spec's EU token URL, or US when MOVIO_REGION=us),
  MOVIO_AUDIENCE (default: MOVIO_URL) and MOVIO_SCOPE.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote_plus

import httpx

from mocks import create_app
from mocks.core import MockServer
from mocks.movalio import DEFAULT_APP_ID, DEFAULT_CLIENT_KEY
from mocks.movio import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET
from mocks.transport import InProcessTransport
from scripts.vendors import Vendor

MOCK_BASE_URL = "http://mock.local"


def _movalio_headers(http: httpx.Client, spec: dict[str, Any], env: Mapping[str, str]) -> dict[str, str]:
    """`Authentication: APP_ID:CLIENT_KEY`."""
    app_id = env.get("MOVALIO_APP_ID", DEFAULT_APP_ID)
    return {"Authentication": f"{app_id}:{env.get('MOVALIO_CLIENT_KEY', DEFAULT_CLIENT_KEY)}"}


def _movio_headers(http: httpx.Client, spec: dict[str, Any], env: Mapping[str, str]) -> dict[str, str]:
    """A bearer token from the client-credentials grant, as Movio EQ requires."""
    schemes = spec["components"]["securitySchemes"]
    region_scheme = "oauth2_us" if env.get("MOVIO_REGION") == "us" else "oauth2_eu"
    token_url = env.get("MOVIO_TOKEN_URL", schemes[region_scheme]["flows"]["clientCredentials"]["tokenUrl"])
    form = {"grant_type": "client_credentials", "audience": env.get("MOVIO_AUDIENCE", str(http.base_url))}
    if "MOVIO_SCOPE" in env:
        form["scope"] = env["MOVIO_SCOPE"]
    # RFC 6749 section 2.3.1: each part is form-urlencoded before the Basic encoding.
    credentials = (
        quote_plus(env.get("MOVIO_CLIENT_ID", DEFAULT_CLIENT_ID)),
        quote_plus(env.get("MOVIO_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)),
    )
    response = http.post(token_url, data=form, auth=credentials)
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@dataclass(frozen=True)
class VendorAccess:
    """How to reach and authenticate to one vendor."""

    url_variable: str
    credential_variables: tuple[str, ...]
    headers: Callable[[httpx.Client, dict[str, Any], Mapping[str, str]], dict[str, str]]


ACCESS: dict[str, VendorAccess] = {
    "movalio": VendorAccess("MOVALIO_URL", ("MOVALIO_APP_ID", "MOVALIO_CLIENT_KEY"), _movalio_headers),
    "movio": VendorAccess("MOVIO_URL", ("MOVIO_CLIENT_ID", "MOVIO_CLIENT_SECRET"), _movio_headers),
}


@dataclass(frozen=True)
class Target:
    """One vendor API to test: the in-process mock (`app`) or the live service (`app is None`)."""

    vendor: str
    base_url: str
    spec: dict[str, Any]
    app: MockServer | None

    @property
    def name(self) -> str:
        return f"{self.vendor}-{'mock' if self.app else 'live'}"

    def http(self) -> httpx.Client:
        """An httpx client for this target (in-process for the mock)."""
        transport = InProcessTransport(self.app) if self.app else None
        return httpx.Client(base_url=self.base_url, transport=transport, timeout=30.0)

    def auth_headers(self, env: Mapping[str, str] = os.environ) -> dict[str, str]:
        """Fresh credentials for this target, from the environment (or the mock's defaults)."""
        with self.http() as http:
            return ACCESS[self.vendor].headers(http, self.spec, env)


def mock_target(vendor: str) -> Target:
    """The vendor's mock, with fresh state."""
    app = create_app(vendor)
    return Target(vendor, MOCK_BASE_URL, app.spec, app)


def live_target(vendor: str, env: Mapping[str, str] = os.environ) -> Target | None:
    """The vendor's live API, when its URL and credentials are all in the environment."""
    access = ACCESS[vendor]
    if not all(env.get(name) for name in (access.url_variable, *access.credential_variables)):
        return None
    return Target(vendor, env[access.url_variable], Vendor(vendor).resolved(), None)


def all_targets(env: Mapping[str, str] = os.environ) -> list[Target]:
    """Every mock, then every live API that has credentials."""
    mocks = [mock_target(vendor) for vendor in ACCESS]
    lives = [target for vendor in ACCESS if (target := live_target(vendor, env))]
    return mocks + lives
