"""Where the contract tests point: each vendor's in-process mock, and its live API when the
vendor's credentials are in the environment.

Which variables hold a vendor's URL and credentials, and what each security scheme sends, is in
the spec's `x-credentials` (mocks/credentials.py); how to send it is in its `securitySchemes`.
The mocks accept the same variables, or the spec's defaults. A live target is read-only
unless CONTRACT_ALLOW_WRITES=1, and rate limited by its spec's `x-rate-limit` (e.g. "10/s"):
see scripts/live_safety.py.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote_plus, urlsplit

import httpx
import schemathesis

from mocks import create_app, known_vendors
from mocks.core import MockServer
from mocks.credentials import CredentialPlan, render
from mocks.transport import InProcessTransport
from scripts.live_safety import guard
from scripts.vendors import Vendor

__all__ = [
    "MOCK_BASE_URL",
    "Credentials",
    "Target",
    "all_targets",
    "live_target",
    "load_schema",
    "mock_target",
]

MOCK_BASE_URL = "http://mock.local"


@dataclass(frozen=True)
class Credentials:
    """What authenticates a request: headers, query parameters and cookies."""

    headers: dict[str, str] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)

    def values(self) -> list[str]:
        """What they send, and the token or encoded pair behind an `Authorization` scheme."""
        sent = [*self.headers.values(), *self.query.values(), *self.cookies.values()]
        return sent + [value.split(" ", 1)[1] for value in sent if " " in value]


def _api_key(scheme: dict[str, Any], secret: str, http: httpx.Client) -> Credentials:
    where = {"header": "headers", "query": "query", "cookie": "cookies"}[scheme["in"]]
    return Credentials(**{where: {scheme["name"]: secret}})


def _http(scheme: dict[str, Any], secret: Any, http: httpx.Client) -> Credentials:
    if scheme["scheme"].lower() == "basic":
        pair = f"{secret.get('username', '')}:{secret['password']}".encode()
        return Credentials(headers={"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")})
    return Credentials(headers={"Authorization": f"Bearer {secret}"})


def _oauth2(scheme: dict[str, Any], secret: dict[str, str], http: httpx.Client) -> Credentials:
    """A bearer token from the client-credentials grant (RFC 6749 section 4.4)."""
    token_url = secret.get("token_url", scheme["flows"]["clientCredentials"]["tokenUrl"])
    form = {"grant_type": "client_credentials", "audience": secret.get("audience", str(http.base_url))}
    if "scope" in secret:
        form["scope"] = secret["scope"]
    # RFC 6749 section 2.3.1: each part is form-urlencoded before the Basic encoding.
    basic = (quote_plus(secret["client_id"]), quote_plus(secret["client_secret"]))
    response = http.post(token_url, data=form, auth=basic)
    response.raise_for_status()
    return Credentials(headers={"Authorization": f"Bearer {response.json()['access_token']}"})


SENDERS = {"apiKey": _api_key, "http": _http, "oauth2": _oauth2}
"""How each type of security scheme turns its rendered `x-credentials` template into a request part."""


@dataclass(frozen=True)
class Target:
    """One vendor API to test: the in-process mock (`app`) or the live service (`app is None`)."""

    vendor: str
    base_url: str
    spec: dict[str, Any]
    app: MockServer[Any] | None
    env: Mapping[str, str] = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        return f"{self.vendor}-{'mock' if self.app else 'live'}"

    @property
    def writes_allowed(self) -> bool:
        """Whether the run may change data: always on a mock, on request on a live API."""
        return self.app is not None or self.env.get("CONTRACT_ALLOW_WRITES") == "1"

    def secrets(self, credentials: Credentials) -> list[str]:
        """Every credential value the run sends or holds, for redaction."""
        names = CredentialPlan.of(self.spec).defaults
        variables = self.app.accounts[0].variables if self.app else self.env
        return [variables[name] for name in names if variables.get(name)] + credentials.values()

    def http(self) -> httpx.Client:
        """An httpx client for this target (in-process for the mock)."""
        transport = InProcessTransport(self.app) if self.app else None
        return httpx.Client(base_url=self.base_url, transport=transport, timeout=30.0)

    def credentials(self) -> Credentials:
        """Fresh credentials for this target, from its environment (or the spec's defaults)."""
        plan = CredentialPlan.of(self.spec)
        name = plan.scheme(self.env)
        scheme = self.spec["components"]["securitySchemes"][name]
        variables = self.app.accounts[0].variables if self.app else plan.variables(self.env)
        secret = render(plan.schemes[name], variables)
        if self.app is not None and scheme["type"] == "oauth2":  # the mock's own token endpoint
            token_path = urlsplit(scheme["flows"]["clientCredentials"]["tokenUrl"]).path
            secret = {**secret, "token_url": MOCK_BASE_URL + token_path}
        with self.http() as http:
            return SENDERS[scheme["type"]](scheme, secret, http)


def load_schema(target: Target, credentials: Credentials) -> Any:
    """The target's spec loaded by schemathesis, sending `credentials`; a live target's
    requests are guarded and rate limited."""
    if target.app is not None:
        loaded = schemathesis.openapi.from_asgi("/openapi.json", target.app)
    else:
        loaded = schemathesis.openapi.from_dict(target.spec)
        loaded.config.update(base_url=target.base_url, rate_limit=target.spec.get("x-rate-limit"))
        guard(loaded, writes_allowed=target.writes_allowed)
    parameters = {
        **{f"query.{name}": value for name, value in credentials.query.items()},
        **{f"cookie.{name}": value for name, value in credentials.cookies.items()},
    }
    loaded.config.update(headers=credentials.headers, parameters=parameters or None)
    return loaded


def mock_target(vendor: str, env: Mapping[str, str] = os.environ) -> Target:
    """The vendor's mock, with fresh state, accepting the credentials `env` gives."""
    app = create_app(vendor, env=env)
    return Target(vendor, MOCK_BASE_URL + app.base_path, app.spec, app, env)


def live_target(vendor: str, env: Mapping[str, str] = os.environ) -> Target | None:
    """The vendor's live API, when its credentials (and its URL, unless the spec's server is
    concrete) are all in the environment."""
    spec = Vendor(vendor).resolved()
    plan = CredentialPlan.of(spec)
    server = spec["servers"][0]["url"]
    url = env.get(plan.url_variable or "") or ("" if "{" in server else server)
    if not url or not all(env.get(name) for name in plan.defaults):
        return None
    return Target(vendor, url, spec, None, env)


def all_targets(env: Mapping[str, str] = os.environ) -> list[Target]:
    """Every mock, then every live API that has credentials."""
    vendors = known_vendors()
    mocks = [mock_target(vendor, env) for vendor in vendors]
    lives = [target for vendor in vendors if (target := live_target(vendor, env))]
    return mocks + lives
