"""Authentication as the spec's `securitySchemes` describe it, plus an OAuth2 token endpoint."""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote_plus, urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse


def _basic_credentials(headers: Headers) -> tuple[str, str] | None:
    scheme, _, encoded = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, separator, password = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    # RFC 6749 section 2.3.1: client credentials are form-urlencoded before Basic encoding.
    return (unquote_plus(user), unquote_plus(password)) if separator else None


def _bearer_token(headers: Headers) -> str | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


class TokenIssuer:
    """Issues and checks OAuth2 client-credentials tokens (RFC 6749 section 4.4)."""

    def __init__(self, clients: Mapping[str, str], lifetime: float, clock: Callable[[], float]) -> None:
        self.clients = dict(clients)
        self.lifetime = lifetime
        self.clock = clock
        self._expiry: dict[str, float] = {}

    def is_valid(self, token: str) -> bool:
        expiry = self._expiry.get(token)
        return expiry is not None and self.clock() < expiry

    def token_endpoint(self, headers: Headers, body: bytes) -> JSONResponse:
        """Answer a token request: a form POST authenticated by HTTP Basic (or form fields)."""
        form = dict(parse_qsl(body.decode("utf-8", "replace")))
        client = _basic_credentials(headers) or (form.get("client_id", ""), form.get("client_secret", ""))
        no_store = {"Cache-Control": "no-store"}
        expected = self.clients.get(client[0])
        if expected is None or not secrets.compare_digest(expected, client[1]):
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
        self._expiry[token] = self.clock() + self.lifetime
        answer: dict[str, Any] = {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": int(self.lifetime),
        }
        if "scope" in form:
            answer["scope"] = form["scope"]
        return JSONResponse(answer, headers=no_store)


@dataclass
class Authenticator:
    """Checks a request against an operation's security requirements.

    `api_keys` maps an apiKey or HTTP scheme's name to the value it accepts; OAuth2 schemes
    accept the bearer tokens `issuer` gave out and have not expired.
    """

    schemes: dict[str, Any]
    api_keys: Mapping[str, str]
    issuer: TokenIssuer | None = None

    def token_paths(self) -> set[str]:
        """Paths of the token URLs of the spec's client-credentials schemes."""
        return {
            urlsplit(scheme["flows"]["clientCredentials"]["tokenUrl"]).path
            for scheme in self.schemes.values()
            if scheme["type"] == "oauth2" and "clientCredentials" in scheme["flows"]
        }

    def allows(self, requirements: list[dict[str, Any]], headers: Headers, query: Mapping[str, str]) -> bool:
        """True when every scheme of at least one requirement is satisfied."""
        return any(
            all(self._satisfied(name, headers, query) for name in requirement) for requirement in requirements
        )

    def challenge(self, requirements: list[dict[str, Any]]) -> str | None:
        """The `WWW-Authenticate` value for a 401 (RFC 6750 for bearer tokens, RFC 7617 for Basic)."""
        kinds = {self._kind(name) for requirement in requirements for name in requirement}
        if "bearer" in kinds:
            return "Bearer"
        return 'Basic realm="api"' if "basic" in kinds else None

    def _kind(self, name: str) -> str:
        scheme = self.schemes[name]
        if scheme["type"] in ("oauth2", "openIdConnect"):
            return "bearer"
        return str(scheme.get("scheme", scheme["type"])).lower()

    def _satisfied(self, name: str, headers: Headers, query: Mapping[str, str]) -> bool:
        scheme = self.schemes[name]
        kind = self._kind(name)
        if kind == "apikey":
            source: Mapping[str, str] = headers if scheme["in"] == "header" else query
            given = source.get(scheme["name"])
            return given is not None and secrets.compare_digest(given, self.api_keys[name])
        if kind == "basic":
            credentials = _basic_credentials(headers)
            return credentials is not None and secrets.compare_digest(credentials[1], self.api_keys[name])
        if kind == "bearer":
            token = _bearer_token(headers)
            return token is not None and self.issuer is not None and self.issuer.is_valid(token)
        raise NotImplementedError(f"security scheme {name!r} of type {scheme['type']!r}")
