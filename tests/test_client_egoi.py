"""Every E-goi operation once through the generated client, against a recording transport: the
request it sends validates against the spec (method, path, query, the `Apikey` header, the JSON
body), carries exactly the values the caller gave, and the client parses the spec's 2xx example.

Parameter values come from the parameters' examples, else from a small deterministic builder;
bodies from the first request example, built the way a caller builds them (the models'
constructors, setting only the example's fields). Optional query parameters are always given,
since their serialization is what most needs checking.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import json
import types
from collections import Counter
from collections.abc import Sequence
from http import HTTPStatus
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import attrs
import egoi_client
import httpx
import pytest
from egoi_client.auth import connect_apikey
from egoi_client.models import Problem as ProblemModel
from egoi_client.types import Unset
from openapi_python_client.strings import PythonIdentifier
from starlette.datastructures import Headers

from mocks.core import MockServer
from mocks.credentials import Account
from mocks.routing import Operation, operations
from mocks.rules import Call, Clock, Reply, VendorRules
from mocks.schemas import Problem, SchemaSet
from scripts.vendors import Vendor

KEY = "egoi-test-key"
BASE_URL = "https://api.egoiapp.com"
SPEC = Vendor("egoi").resolved()
SCHEMAS = SchemaSet(SPEC)

# Fixed values for the component schemas a plain builder cannot invent: patterns and free-form maps.
KNOWN: dict[str, Any] = {
    "ContactId": "8f3a27ef26",
    "CampaignHash": "a1b2c3d4e5f6",
    "DateTime": "2024-01-01 00:00:00",
    "ProductIdentifier": "sku-123",
    "ContactExtraFieldFilter": {"1": "Lisbon"},
    "ProductCustomAttributesFilter": {"color": "red"},
}


class MissingExample(AssertionError):
    """A 2xx response with a JSON schema but no example: the spec needs one."""


class RequestOutsideSpec(AssertionError):
    """The client sent something the spec does not allow, or not what the caller gave."""


class UnsetFieldsSent(RequestOutsideSpec):
    """A PATCH body carried fields the caller never set (the models' constructor defaults)."""


OPERATIONS = {operation.operation_id: operation for operation in operations(SPEC)}


def success(operation: Operation) -> tuple[int, dict[str, Any]]:
    """The operation's first 2xx status and its response object, `$ref` resolved."""
    status = next(key for key in operation.definition["responses"] if key.startswith("2"))
    return int(status), SCHEMAS.resolve(operation.definition["responses"][status])


def first_example(media: dict[str, Any]) -> tuple[bool, Any]:
    """(found, value) of a media type's first example."""
    if "example" in media:
        return True, media["example"]
    for example in media.get("examples", {}).values():
        return True, SCHEMAS.resolve(example)["value"]
    return False, None


def problem_body(status: int, message: str, problems: Sequence[Problem]) -> Any:
    body: dict[str, Any] = {"title": HTTPStatus(status).phrase, "status": status, "detail": message}
    if problems:
        body["errors"] = {f"{p.location} {p.field}".strip(): p.message for p in problems}
    return body


class EchoExamples:
    """An account that records every call and answers the operation's first 2xx response example."""

    def __init__(self, clock: Clock) -> None:
        self.calls: list[Call] = []

    def handle(self, call: Call) -> Reply:
        self.calls.append(call)
        operation = OPERATIONS[call.operation_id]
        status, response = success(operation)
        media = response.get("content", {}).get("application/json")
        if media is None:
            return Reply(status)
        found, value = first_example(media)
        if not found:
            raise MissingExample(
                f"{call.operation_id}: its {status} response has a JSON schema but no example; "
                "add one to the spec"
            )
        return Reply(status, value)


# Values from schemas ------------------------------------------------------------------------------


def build(schema: Any) -> Any:
    """A small, deterministic value valid for `schema` (ids >= 1, required properties only)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return KNOWN[name] if name in KNOWN else build(SCHEMAS.resolve(schema))
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for combinator in ("allOf", "oneOf", "anyOf"):
        if combinator in schema:
            return build(next(s for s in schema[combinator] if SCHEMAS.resolve(s).get("type") != "null"))
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind in ("integer", "number"):
        least = max(1, schema.get("minimum", 1))
        return least if kind == "integer" else float(least)
    if kind == "boolean":
        return True
    if kind == "string":
        assert "pattern" not in schema, f"add a fixed value to KNOWN for the pattern {schema['pattern']!r}"
        formats = {"date": "2024-01-01", "date-time": "2024-01-01T00:00:00Z", "email": "ann@example.com"}
        return formats.get(schema.get("format", ""), "x" * max(1, schema.get("minLength", 1)))
    if kind == "array":
        return [build(schema.get("items", {}))] * max(1, schema.get("minItems", 1))
    properties = schema.get("properties", {})
    return {name: build(properties.get(name, {})) for name in schema.get("required", [])}


# Python values of the generated types -------------------------------------------------------------


def members(annotation: Any) -> list[Any]:
    """The members of a union annotation, without `Unset` and `None`."""
    if get_origin(annotation) in (Union, types.UnionType):
        return [member for arg in get_args(annotation) for member in members(arg)]
    return [] if annotation in (Unset, type(None)) else [annotation]


def as_json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return [as_json(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


def convert(value: Any, kind: Any) -> Any:
    """`value` (JSON) as a `kind`; `TypeError`, `ValueError` or `KeyError` when it is not one."""
    if get_origin(kind) is list:
        if not isinstance(value, list):
            raise TypeError(f"{value!r} is not a list")
        return [to_python(item, get_args(kind)[0]) for item in value]
    if kind is Any:
        return value
    if not isinstance(kind, type):
        raise TypeError(f"unsupported annotation {kind!r}")
    if issubclass(kind, enum.Enum):
        return kind(value)
    if hasattr(kind, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError(f"{value!r} is not an object")
        return kind.from_dict(value)
    if kind in (datetime.datetime, datetime.date):
        if not isinstance(value, str):
            raise TypeError(f"{value!r} is not a string")
        return kind.fromisoformat(value)
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    raise TypeError(f"{value!r} is not a {kind.__name__}")


def to_python(value: Any, annotation: Any) -> Any:
    """`value` as a member of `annotation`: the first that round-trips, else the first that parses
    (for a oneOf body every member class is tried)."""
    parsed = []
    for kind in members(annotation):
        try:
            parsed.append(convert(value, kind))
        except (TypeError, ValueError, KeyError):
            continue
    assert parsed, f"{value!r} parses as none of {annotation!r}"
    return next((candidate for candidate in parsed if as_json(candidate) == value), parsed[0])


def as_caller_builds(value: Any) -> Any:
    """`value` rebuilt through the models' constructors, passing only the fields it has set: what
    a caller writes (`ProductUpdate(name=...)`), where `from_dict` leaves absent fields unset."""
    if isinstance(value, list):
        return [as_caller_builds(item) for item in value]
    if not attrs.has(type(value)):
        return value
    given = {
        field.alias: as_caller_builds(getattr(value, field.name))
        for field in attrs.fields(type(value))
        if field.init and not isinstance(getattr(value, field.name), Unset)
    }
    rebuilt = type(value)(**given)
    extra = getattr(value, "additional_properties", None)
    if isinstance(extra, dict):
        rebuilt.additional_properties = {key: as_caller_builds(item) for key, item in extra.items()}
    return rebuilt


def differences(sent: Any, given: Any, where: str = "") -> tuple[list[str], list[str]]:
    """(members `sent` has that `given` lacks, values of `given` that `sent` lost or changed)."""
    if isinstance(sent, dict) and isinstance(given, dict):
        extra = [f"{where}/{key}={json.dumps(sent[key])}" for key in sent if key not in given]
        lost = [f"{where}/{key}" for key in given if key not in sent]
        for key in given.keys() & sent.keys():
            more, less = differences(sent[key], given[key], f"{where}/{key}")
            extra += more
            lost += less
        return extra, lost
    if isinstance(sent, list) and isinstance(given, list) and len(sent) == len(given):
        extra, lost = [], []
        for index, (item, wanted) in enumerate(zip(sent, given, strict=True)):
            more, less = differences(item, wanted, f"{where}/{index}")
            extra += more
            lost += less
        return extra, lost
    return [], [] if sent == given else [f"{where or '/'}: {json.dumps(sent)} instead of {json.dumps(given)}"]


# The generated client -----------------------------------------------------------------------------


def api_module(operation_id: str) -> types.ModuleType:
    """`egoi_client.api.<tag module>.<operation_id>`."""
    package = Path(egoi_client.__file__).parent
    found = sorted(package.glob(f"api/*/{operation_id}.py"))
    assert len(found) == 1, f"{operation_id}: expected one module under egoi_client/api/*/, found {found}"
    return importlib.import_module(f"egoi_client.api.{found[0].parent.name}.{operation_id}")


def parameters(operation: Operation) -> list[dict[str, Any]]:
    """The operation's parameters, path-level ones overridden by operation-level ones."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for owner in (operation.path_item, operation.definition):
        for parameter in owner.get("parameters", []):
            parameter = SCHEMAS.resolve(parameter)
            found[(parameter["name"], parameter["in"])] = parameter
    return list(found.values())


def argument_names(found: list[dict[str, Any]]) -> list[str]:
    """The generator's Python name for each parameter: snake case, reserved words with a trailing
    `_`; a name the endpoint functions use (`client`, `url`) or that two locations share gets
    `_<location>`."""
    names = [str(PythonIdentifier(parameter["name"], prefix="field_")) for parameter in found]
    counts = Counter(names)
    return [
        f"{name}_{parameter['in']}" if name in ("client", "url") or counts[name] > 1 else name
        for name, parameter in zip(names, found, strict=True)
    ]


def query_problems(
    operation: Operation, request: httpx.Request, call: Call, given: dict[str, Any]
) -> list[RequestOutsideSpec]:
    """What in the query string the spec does not allow, or that is not what the caller gave.

    The mock core ignores query keys the spec does not declare, so those are checked here."""
    declared = {p["name"]: p for p in parameters(operation) if p["in"] == "query"}
    deep = {name for name, p in declared.items() if p.get("style") == "deepObject"}
    found = [
        RequestOutsideSpec(f"{operation.operation_id}: query {key}={value} is not in the spec")
        for key, value in request.url.params.multi_items()
        if key not in declared and not (key.split("[", 1)[0] in deep and key.endswith("]"))
    ]
    if call.query != given:
        found.append(
            RequestOutsideSpec(
                f"{operation.operation_id}: the query reads back as {call.query}, given {given}"
            )
        )
    return found


def request_example(operation: Operation) -> Any:
    """The operation's first request example, or a minimal body built from its schema."""
    media = SCHEMAS.resolve(operation.definition["requestBody"])["content"]["application/json"]
    found, value = first_example(media)
    return value if found else build(media["schema"])


def request_schema(operation: Operation) -> Any:
    return SCHEMAS.resolve(operation.definition["requestBody"])["content"]["application/json"]["schema"]


def check_operation(operation_id: str, body: Any) -> None:
    """Call the operation once through the generated client with every parameter given and
    `body` (JSON, built into the body model as a caller would), and check what it sent."""
    operation = OPERATIONS[operation_id]
    rules = VendorRules(EchoExamples, dict.fromkeys(OPERATIONS, EchoExamples.handle), problem_body, 422)
    server = MockServer(SPEC, rules, [Account("account-1", {"EGOI_API_KEY": KEY})])
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        headers = Headers(raw=[(name.lower(), value) for name, value in request.headers.raw])
        raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        answer = server.respond(
            request.method, raw_path, headers, request.url.query, request.read(), origin=BASE_URL
        )
        return httpx.Response(answer.status_code, headers=answer.raw_headers, content=bytes(answer.body))

    module = api_module(operation_id)
    signature = inspect.signature(module.sync_detailed)
    arguments: dict[str, Any] = {}
    given: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
    found = parameters(operation)
    for parameter, name in zip(found, argument_names(found), strict=True):
        assert name in signature.parameters, f"{operation_id}: no argument {name} for {parameter['name']}"
        value = parameter["example"] if "example" in parameter else build(parameter["schema"])
        given[parameter["in"]][parameter["name"]] = value
        arguments[name] = to_python(value, signature.parameters[name].annotation)
    if body is not None:
        parsed = to_python(body, signature.parameters["body"].annotation)
        assert as_json(parsed) == body, f"{operation_id}: the body model does not round-trip {body}"
        arguments["body"] = as_caller_builds(parsed)
    options = {"client", "max_retries", "timeout"}  # the client and the per-call options
    assert set(signature.parameters) == {*arguments, *options}, f"{operation_id}: arguments unmatched"

    with connect_apikey(BASE_URL, key=KEY, httpx_args={"transport": httpx.MockTransport(handler)}) as client:
        response = module.sync_detailed(client=client, **arguments)

    assert len(sent) == 1, f"{operation_id}: {len(sent)} requests sent"
    [request] = sent
    status, definition = success(operation)
    assert response.status_code == status, (
        f"{operation_id}: {request.method} {request.url} {request.content!r} got {response.status_code}: "
        f"{response.content!r}"
    )
    [call] = server.state().calls
    assert call.operation_id == operation_id
    assert request.headers.get("Apikey") == KEY
    assert call.path == given["path"], f"{operation_id}: the path reads back as {call.path}"
    problems = query_problems(operation, request, call, given["query"])
    if body is not None:
        extra, lost = differences(json.loads(request.content), body)
        if lost:
            problems.append(RequestOutsideSpec(f"{operation_id}: the body lost or changed {lost}"))
        if extra and operation.method == "patch":
            problems.append(
                UnsetFieldsSent(
                    f"{operation_id}: the PATCH body carries members the caller never set, the body "
                    f"model's constructor defaults: {', '.join(extra)}"
                )
            )
    if "application/json" in definition.get("content", {}):
        assert response.parsed is not None, f"{operation_id}: the client did not parse its {status}"
        assert not isinstance(response.parsed, ProblemModel), f"{operation_id}: parsed as a Problem"
    if problems:
        kinds = {type(problem) for problem in problems}
        raise (kinds.pop() if len(kinds) == 1 else RequestOutsideSpec)("\n".join(map(str, problems)))


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_sends_a_request_the_spec_allows(operation_id: str) -> None:
    operation = OPERATIONS[operation_id]
    check_operation(
        operation_id, request_example(operation) if "requestBody" in operation.definition else None
    )


def defaults_under(schema: Any, seen: frozenset[str] = frozenset()) -> list[str]:
    """The members with a `default` anywhere in a schema, following `$ref`s."""
    if isinstance(schema, list):
        return [found for item in schema for found in defaults_under(item, seen)]
    if not isinstance(schema, dict):
        return []
    if "$ref" in schema:
        ref = schema["$ref"]
        return [] if ref in seen else defaults_under(SCHEMAS.resolve(schema), seen | {ref})
    found = []
    for name, member in schema.get("properties", {}).items():
        resolved = SCHEMAS.resolve(member)
        if isinstance(resolved, dict) and ("default" in member or "default" in resolved):
            found.append(name)
    children = [v for k, v in schema.items() if k != "default" and isinstance(v, dict | list)]
    return found + [found for child in children for found in defaults_under(child, seen)]


@pytest.mark.parametrize(
    "operation_id",
    sorted(i for i, o in OPERATIONS.items() if o.method == "patch" and "requestBody" in o.definition),
)
def test_a_patch_body_member_has_no_default(operation_id: str) -> None:
    """The generated models always send a member's default; on a PATCH that would overwrite the
    stored value of every member the caller left out."""
    assert defaults_under(request_schema(OPERATIONS[operation_id])) == []
