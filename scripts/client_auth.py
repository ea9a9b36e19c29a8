"""Render the `auth` module of a generated client from its spec's security schemes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _snake(name: str) -> str:
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def render_auth_module(spec: dict[str, Any]) -> str:
    """Python source of `auth.py`: a `connect_*` function for each kind of scheme the spec has."""
    schemes: dict[str, Any] = spec.get("components", {}).get("securitySchemes", {})
    api_keys = []
    client_credentials = []
    for name, scheme in schemes.items():
        kind = scheme["type"]
        if kind == "apiKey" and scheme["in"] == "header":
            api_keys.append(
                {
                    "name": name,
                    "function": _snake(name),
                    "header": scheme["name"],
                    "description": scheme.get("description", "").strip(),
                }
            )
        elif kind == "oauth2" and "clientCredentials" in scheme["flows"]:
            token_url = scheme["flows"]["clientCredentials"]["tokenUrl"]
            client_credentials.append({"name": name, "token_url": token_url})
        else:
            raise NotImplementedError(f"security scheme {name!r} of type {kind!r} has no client support yet")
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        undefined=jinja2.StrictUndefined,
    )
    servers = spec.get("servers", [])
    server_url = servers[0]["url"] if servers and "{" not in servers[0]["url"] else None
    template = environment.get_template("auth.py.jinja")
    return template.render(
        title=spec["info"]["title"],
        server_url=server_url,
        api_keys=api_keys,
        client_credentials=client_credentials,
    )
