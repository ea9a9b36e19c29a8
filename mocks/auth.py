"""Authentication as the spec's `securitySchemes` describe it, plus an OAuth2 token endpoint.

Each account's credentials come from the spec's `x-credentials` templates (mocks.credentials).
apiKey schemes are read from their header, query parameter or cookie; HTTP Basic checks the
password (any user name); HTTP bearer checks the token; OAuth2 accepts the bearer tokens its
token endpoint issued. Secrets are compared as bytes, in constant time.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote_plus, urlsplit

from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.responses import JSONResponse

from mocks.credentials import Account, CredentialPlan, render
from mocks.rules import Clock

__all__ = ["Authenticator", "TokenIssuer"]


def _same(given: bytes, expected: str) -> bool:
    """Constant-time comparison of the bytes sent with the UTF-8 bytes of the expected secret."""
    return secrets.compare_digest(given, expected.encode("utf-8"))


def _basic_credentials(headers: Headers) -> tuple[str, str] | None:
    scheme, _, encoded = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, separator, password = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    # RFC 6749 section 2.3.1: client credentials are form-urlencoded before Basic encoding.
    return (unquote_plus(user), unquote_plus(password)) if separator else None


def _bearer_token(headers: Headers) -> str | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


@dataclass
class TokenIssuer:
    """Issues and checks OAuth2 client-credentials tokens (RFC 6749 section 4.4), per account.

    `clients` maps a client id to its secret and the account it opens.
    """

    clients: Mapping[str, tuple[str, str]]
    lifetime: float
    clock: Clock
    _issued: dict[str, tuple[float, str]] = field(default_factory=dict)

    def account_of(self, token: str) -> str | None:
        """The account a live token opens; None when unknown or expired."""
        expiry, account = self._issued.get(token, (0.0, ""))
        return account if self.clock() < expiry else None

    def token_endpoint(self, headers: Headers, body: bytes) -> JSONResponse:
        """Answer a token request: a form POST authenticated by HTTP Basic (or form fields)."""
        form = dict(parse_qsl(body.decode("utf-8", "replace")))
        client_id, secret = _basic_credentials(headers) or (
            form.get("client_id", ""),
            form.get("client_secret", ""),
        )
        no_store = {"Cache-Control": "no-store"}
        expected_secret, account = self.clients.get(client_id, ("", ""))
        if not account or not _same(secret.encode("utf-8"), expected_secret):
            return JSONResponse(
                {"error": "invalid_client", "error_description": "unknown client or wrong secret"},
                status_code=401,
                headers={**no_store, "WWW-Authenticate": 'Basic realm="token"'},
            )
        if form.get("grant_type") != "client_credentials":
            return JSONResponse(
                {
                    "error": "unsupported_grant_type",
                    "error_description": "grant_type must be client_credentials",
                },
                status_code=400,
                headers=no_store,
            )
        token = secrets.token_urlsafe(24)
        self._issued[token] = (self.clock() + self.lifetime, account)
        answer: dict[str, Any] = {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": int(self.lifetime),
        }
        if "scope" in form:
            answer["scope"] = form["scope"]
        return JSONResponse(answer, headers=no_store)


def _kind(scheme: Mapping[str, Any]) -> str:
    """`apikey`, `basic`, `bearer` (HTTP bearer and OAuth2 alike)."""
    if scheme["type"] in ("oauth2", "openIdConnect"):
        return "bearer"
    return str(scheme.get("scheme", scheme["type"])).lower()


class Authenticator:
    """Finds the account a request's credentials open, for an operation's security requirements."""

    def __init__(
        self, spec: Mapping[str, Any], accounts: Sequence[Account], *, lifetime: float, clock: Clock
    ) -> None:
        self.schemes: dict[str, Any] = spec.get("components", {}).get("securitySchemes", {})
        self._kinds = {name: _kind(scheme) for name, scheme in self.schemes.items()}
        plan = CredentialPlan.of(spec)
        self._secrets = {
            name: [(account.id, render(plan.schemes[name], account.variables)) for account in accounts]
            for name in self.schemes
            if name in plan.schemes
        }
        clients = {
            credential["client_id"]: (credential["client_secret"], account)
            for name, scheme in self.schemes.items()
            if scheme["type"] == "oauth2"
            for account, credential in self._secrets.get(name, [])
        }
        self.issuer = TokenIssuer(clients, lifetime, clock) if clients else None

    def token_paths(self) -> set[str]:
        """Paths of the token URLs of the spec's client-credentials schemes."""
        return {
            urlsplit(scheme["flows"]["clientCredentials"]["tokenUrl"]).path
            for scheme in self.schemes.values()
            if scheme["type"] == "oauth2" and "clientCredentials" in scheme["flows"]
        }

    def account(
        self, requirements: list[dict[str, Any]], headers: Headers, query: Mapping[str, str]
    ) -> str | None:
        """The account opened by every scheme of some requirement; None when none is satisfied."""
        for requirement in requirements:
            found = {self._account(name, headers, query) for name in requirement}
            if len(found) == 1 and None not in found:
                return found.pop()
        return None

    def challenge(self, requirements: list[dict[str, Any]]) -> str | None:
        """The `WWW-Authenticate` value for a 401 (RFC 6750 for bearer tokens, RFC 7617 for Basic)."""
        kinds = {self._kinds[name] for requirement in requirements for name in requirement}
        if "bearer" in kinds:
            return "Bearer"
        return 'Basic realm="api"' if "basic" in kinds else None

    def _account(self, name: str, headers: Headers, query: Mapping[str, str]) -> str | None:
        scheme, kind = self.schemes[name], self._kinds[name]
        if scheme["type"] == "oauth2":
            token = _bearer_token(headers)
            return self.issuer.account_of(token) if token and self.issuer else None
        given = GIVEN[kind](scheme, headers, query)
        if given is None:
            return None
        for account, expected in self._secrets.get(name, []):
            secret = expected["password"] if kind == "basic" else expected
            if isinstance(secret, str) and _same(given, secret):
                return account
        return None


# Readers return the bytes as sent: header values are latin-1 strings of their raw bytes, query
# values and Basic credentials are decoded as UTF-8.
def _api_key(scheme: Mapping[str, Any], headers: Headers, query: Mapping[str, str]) -> bytes | None:
    name = scheme["name"]
    if scheme["in"] == "query":
        value = query.get(name)
        return None if value is None else value.encode("utf-8", "surrogateescape")
    source = headers if scheme["in"] == "header" else cookie_parser(headers.get("cookie", ""))
    value = source.get(name)
    return None if value is None else value.encode("latin-1", "replace")


def _basic_password(scheme: Mapping[str, Any], headers: Headers, query: Mapping[str, str]) -> bytes | None:
    credentials = _basic_credentials(headers)
    return credentials[1].encode("utf-8", "surrogateescape") if credentials else None


def _bearer(scheme: Mapping[str, Any], headers: Headers, query: Mapping[str, str]) -> bytes | None:
    token = _bearer_token(headers)
    return None if token is None else token.encode("latin-1", "replace")


GIVEN = {"apikey": _api_key, "basic": _basic_password, "bearer": _bearer}
"""How the credential of each kind of scheme is read from a request."""
