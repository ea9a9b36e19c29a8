"""What the generate driver adds to a client package beside openapi-python-client's output: the
operation-extensions table its templates read, the shared `_runtime.py`, and the README."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from mocks.routing import Operation, operations
from mocks.schemas import SchemaSet
from scripts.client_auth import connect_functions, server_url, template_environment

__all__ = [
    "IDEMPOTENT_METHODS",
    "PAGING_KEYS",
    "is_idempotent",
    "paging_problems",
    "render_operation_extensions",
    "render_readme",
    "render_runtime_module",
]

PAGING_KEYS = frozenset(
    {"offset-parameter", "limit-parameter", "first-offset", "items", "total-items", "total-header"}
)
"""The members of an operation's `x-paging`."""
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


def _parameters(operation: Operation, schemas: SchemaSet) -> list[dict[str, Any]]:
    declared = [*operation.path_item.get("parameters", []), *operation.definition.get("parameters", [])]
    return [schemas.resolve(parameter) for parameter in declared]


def _success_schema(operation: Operation, schemas: SchemaSet) -> dict[str, Any]:
    """The JSON schema of the operation's first 2xx response ({} when it has none)."""
    for status, response in operation.definition.get("responses", {}).items():
        if status.startswith("2"):
            media = schemas.resolve(response).get("content", {}).get("application/json", {})
            return dict(schemas.resolve(media.get("schema", {})))
    return {}


def _properties(schema: dict[str, Any], schemas: SchemaSet) -> dict[str, Any]:
    """The properties of an object schema, through `allOf`."""
    found = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        found |= _properties(schemas.resolve(part), schemas)
    return found


def paging_problems(spec: dict[str, Any]) -> list[str]:
    """What is wrong with the spec's `x-paging` extensions (empty when nothing is)."""
    schemas = SchemaSet(spec)
    problems = []
    for operation in operations(spec):
        paging = operation.definition.get("x-paging")
        if paging is None:
            continue
        where = f"{operation.method.upper()} {operation.template}: x-paging"
        query = {p["name"] for p in _parameters(operation, schemas) if p["in"] == "query"}
        body = _success_schema(operation, schemas)
        problems += [f"{where} has an unknown member {key}" for key in sorted(set(paging) - PAGING_KEYS)]
        problems += [
            f"{where}: {key} {paging.get(key)!r} is not a query parameter"
            for key in ("offset-parameter", "limit-parameter")
            if paging.get(key) not in query
        ]
        if ("total-items" in paging) == ("total-header" in paging):
            problems.append(f"{where} needs exactly one of total-items and total-header")
        page_properties = _properties(body, schemas)
        problems += [
            f"{where}: {key} {paging[key]!r} is not a property of the response body"
            for key in ("items", "total-items")
            if key in paging and paging[key] not in page_properties
        ]
        if "items" not in paging and body.get("type") != "array":
            problems.append(f"{where}: without items the response body must be an array")
    return problems


def is_idempotent(operation: Operation) -> bool:
    """Whether repeating the operation changes nothing more: its method says so, or the spec
    marks it `x-idempotent`. Only these are retried once the request may have been processed."""
    return operation.method.upper() in IDEMPOTENT_METHODS or operation.definition.get("x-idempotent") is True


def render_operation_extensions(spec: dict[str, Any]) -> str:
    """The Jinja template (data only) that tells the endpoint template which operations are
    idempotent and which page (`x-paging`), keyed by "<method> <path>"."""
    table: dict[str, dict[str, Any]] = {}
    for operation in operations(spec):
        found: dict[str, Any] = {}
        if is_idempotent(operation):
            found["idempotent"] = True
        if "x-paging" in operation.definition:
            found["paging"] = operation.definition["x-paging"]
        if found:
            table[f"{operation.method} {operation.template}"] = found
    literal = json.dumps(table, indent=2, sort_keys=True)  # JSON without null is a Jinja literal
    return (
        "{# Written by scripts/generate.py from the spec: operations with x-idempotent or x-paging. #}\n"
        f"{{% set operations = {literal} %}}\n"
    )


def render_runtime_module(spec: dict[str, Any]) -> str:
    """Python source of `_runtime.py`; the spec gives the rate-limit reset headers."""
    headers = spec.get("x-retry-after-headers", [])
    return template_environment().get_template("runtime.py.jinja").render(reset_headers=headers)


@dataclass(frozen=True)
class ExampleCall:
    """An operation as the README shows it: its module, its arguments, what it returns."""

    tag_module: str
    module: str
    arguments: str
    returns: str


def _example_call(operation: Operation, schemas: SchemaSet) -> ExampleCall:
    required = [
        f"{PythonIdentifier(p['name'], 'field_')}={str(PythonIdentifier(p['name'], 'field_')).upper()}"
        for p in _parameters(operation, schemas)
        if p.get("required")
    ]
    if schemas.resolve(operation.definition.get("requestBody", {})).get("required"):
        required.append("body=BODY")
    ref = ""
    for status, response in operation.definition.get("responses", {}).items():
        if status.startswith("2"):
            schema = (
                schemas.resolve(response).get("content", {}).get("application/json", {}).get("schema", {})
            )
            ref = schema.get("$ref", "")
            break
    return ExampleCall(
        str(PythonIdentifier(operation.definition["tags"][0], "tag")),
        str(PythonIdentifier(operation.operation_id, "field_")),
        "".join(f", {argument}" for argument in required),
        str(ClassName(ref.rsplit("/", 1)[-1], "")) if ref else "",
    )


def _needs_nothing(operation: Operation, schemas: SchemaSet) -> bool:
    return operation.method == "get" and not any(p.get("required") for p in _parameters(operation, schemas))


def render_readme(spec: dict[str, Any], project_name: str, package_name: str, version: str) -> str:
    """The package's README: connecting, one call, errors, retries, timeouts, paging, versions."""
    schemas = SchemaSet(spec)
    every = list(operations(spec))
    call = next((o for o in every if _needs_nothing(o, schemas)), every[0])
    paged = [o for o in every if "x-paging" in o.definition]
    paged_call = next((o for o in paged if _needs_nothing(o, schemas)), paged[0] if paged else None)
    return (
        template_environment()
        .get_template("readme.md.jinja")
        .render(
            title=spec["info"]["title"],
            api_version=spec["info"]["version"],
            project_name=project_name,
            package_name=package_name,
            version=version,
            server_url=server_url(spec),
            connects=connect_functions(spec),
            call=_example_call(call, schemas),
            paged=_example_call(paged_call, schemas) if paged_call else None,
            paging=paged_call.definition["x-paging"] if paged_call else None,
            reset_headers=spec.get("x-retry-after-headers", []),
            idempotent=[o.operation_id for o in every if o.definition.get("x-idempotent") is True],
        )
    )
