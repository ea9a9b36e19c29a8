"""Render the `auth` module of a generated client from its spec's security schemes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

__all__ = ["Connect", "connect_functions", "render_auth_module", "server_url", "template_environment"]

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class Connect:
    """One `connect_*` function of a generated `auth` module, for one security scheme."""

    kind: str  # api_key, basic, bearer or client_credentials: the template section that writes it
    scheme: str  # the security scheme's name
    function: str
    arguments: str  # the keyword arguments of a call, credentials as upper-case placeholders
    header: str = ""
    description: str = ""
    token_url: str = ""


def _snake(name: str) -> str:
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def _api_key(name: str, scheme: dict[str, Any]) -> Connect:
    if scheme["in"] != "header":
        raise NotImplementedError(
            f"security scheme {name!r}: an apiKey in {scheme['in']} has no client support yet"
        )
    return Connect(
        "api_key",
        name,
        f"connect_{_snake(name)}",
        "key=API_KEY",
        header=scheme["name"],
        description=scheme.get("description", "").strip(),
    )


def _http(name: str, scheme: dict[str, Any]) -> Connect:
    kinds = {"basic": "username=USERNAME, password=PASSWORD", "bearer": "token=TOKEN"}
    kind = scheme["scheme"].lower()
    if kind not in kinds:
        raise NotImplementedError(f"security scheme {name!r}: HTTP {kind} has no client support yet")
    return Connect(
        kind, name, f"connect_{_snake(name)}", kinds[kind], description=scheme.get("description", "").strip()
    )


def _oauth2(name: str, scheme: dict[str, Any]) -> Connect:
    if "clientCredentials" not in scheme["flows"]:
        raise NotImplementedError(
            f"security scheme {name!r}: only the client-credentials flow has client support"
        )
    return Connect(
        "client_credentials",
        name,
        "connect_client_credentials",
        "client_id=CLIENT_ID, client_secret=CLIENT_SECRET",
        token_url=scheme["flows"]["clientCredentials"]["tokenUrl"],
    )


SCHEME_TYPES: dict[str, Callable[[str, dict[str, Any]], Connect]] = {
    "apiKey": _api_key,
    "http": _http,
    "oauth2": _oauth2,
}


def connect_functions(spec: dict[str, Any]) -> list[Connect]:
    """The `connect_*` functions for the spec's security schemes, in spec order (the
    client-credentials schemes share one function, which takes the token URL)."""
    schemes: dict[str, Any] = spec.get("components", {}).get("securitySchemes", {})
    found = []
    for name, scheme in schemes.items():
        if scheme["type"] not in SCHEME_TYPES:
            raise NotImplementedError(
                f"security scheme {name!r} of type {scheme['type']!r} has no client support yet"
            )
        found.append(SCHEME_TYPES[scheme["type"]](name, scheme))
    return found


def server_url(spec: dict[str, Any]) -> str | None:
    """The spec's first server URL when it is concrete (no variables): the default base URL."""
    servers = spec.get("servers", [])
    return servers[0]["url"] if servers and "{" not in servers[0]["url"] else None


def template_environment() -> jinja2.Environment:
    """The Jinja environment of scripts/templates (the files we add to a generated package)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        undefined=jinja2.StrictUndefined,
    )


def render_auth_module(spec: dict[str, Any]) -> str:
    """Python source of `auth.py`: a `connect_*` function for each security scheme the spec has."""
    connects = connect_functions(spec)
    by_kind = {kind: [c for c in connects if c.kind == kind] for kind in ("api_key", "basic", "bearer")}
    return (
        template_environment()
        .get_template("auth.py.jinja")
        .render(
            title=spec["info"]["title"],
            server_url=server_url(spec),
            api_keys=by_kind["api_key"],
            basics=by_kind["basic"],
            bearers=by_kind["bearer"],
            client_credentials=[c for c in connects if c.kind == "client_credentials"],
        )
    )
