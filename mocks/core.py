"""The spec-driven mock server: routing, request validation, auth and error shapes from the spec.

A vendor module supplies only `Rules`: its error body, the status it uses for invalid input, and
handlers that keep state. Every reply a handler gives is checked against the spec before it is
sent; a reply the spec does not allow is a bug in the mock and raises `ReplyOutsideSpec`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from mocks.auth import Authenticator, TokenIssuer
from mocks.routing import Match, MethodNotAllowed, Operation, Router
from mocks.schemas import Problem, SchemaSet, pointer

SPEC_PATH = "/openapi.json"


@dataclass
class Call:
    """A request that passed routing, auth and validation, with its inputs parsed."""

    operation_id: str
    path: dict[str, Any]
    query: dict[str, Any]
    headers: Headers
    body: Any


@dataclass
class Reply:
    """What a handler answers: a status, a JSON body (or none) and extra headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


class Rejected(Exception):
    """Raised by a handler to refuse a call with the vendor's error body."""

    def __init__(self, status: int, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.problems = list(problems)


class ReplyOutsideSpec(AssertionError):
    """The mock produced a response its own spec does not allow."""


class Rules(Protocol):
    """What a vendor module adds to the core."""

    validation_status: int
    """The status for input that parses but breaks the schema."""

    def error_body(self, status: int, message: str, problems: Sequence[Problem]) -> Any:
        """The vendor's error body."""

    def handle(self, call: Call) -> Reply:
        """Answer a valid call, or raise `Rejected`."""


class MockServer:
    """An ASGI app serving one vendor's resolved spec with the vendor's rules.

    `make_rules` builds the vendor's rules with empty state, at start and on `reset()`.
    """

    def __init__(
        self,
        spec: dict[str, Any],
        make_rules: Callable[[], Rules],
        *,
        api_keys: Mapping[str, str] | None = None,
        oauth_clients: Mapping[str, str] | None = None,
        token_lifetime: float = 86400.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.spec = spec
        self._make_rules = make_rules
        self.rules = make_rules()
        self.schemas = SchemaSet(spec)
        self.router = Router(spec)
        issuer = TokenIssuer(oauth_clients, token_lifetime, clock) if oauth_clients else None
        schemes = spec.get("components", {}).get("securitySchemes", {})
        self.auth = Authenticator(schemes, api_keys or {}, issuer)
        self.token_paths = self.auth.token_paths() if issuer else set()

    def reset(self) -> None:
        """Forget all vendor state (issued tokens stay valid)."""
        self.rules = self._make_rules()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _serve_lifespan(receive, send)
            return
        request = Request(scope, receive)
        raw_path = scope.get("raw_path", scope["path"].encode()).decode("latin-1").split("?", 1)[0]
        response = self.respond(
            request.method, raw_path or "/", request.headers, scope["query_string"], await request.body()
        )
        await response(scope, receive, send)

    def respond(
        self, method: str, raw_path: str, headers: Headers, query_string: bytes, body: bytes
    ) -> Response:
        """The full answer to one request."""
        if method == "GET" and raw_path == SPEC_PATH:
            return JSONResponse(self.spec)
        if method == "POST" and raw_path in self.token_paths and self.auth.issuer is not None:
            return self.auth.issuer.token_endpoint(headers, body)
        found = self.router.match(method, raw_path)
        if found is None:
            return self._error(404, f"no operation at {raw_path}")
        if isinstance(found, MethodNotAllowed):
            response = self._error(405, f"{method} is not allowed here")
            response.headers["Allow"] = ", ".join(found.allowed)
            return response
        query = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
        requirements = found.operation.definition.get("security", self.spec.get("security", []))
        if requirements and not self.auth.allows(requirements, headers, dict(query)):
            response = self._error(401, "missing or invalid credentials")
            if challenge := self.auth.challenge(requirements):
                response.headers["WWW-Authenticate"] = challenge
            return response
        call, problems, malformed = self._parse(found, headers, query, body)
        if malformed:
            return self._error(400, malformed, problems)
        if problems:
            return self._error(self.rules.validation_status, "invalid request", problems)
        try:
            reply = self.rules.handle(call)
        except Rejected as rejection:
            body = self.rules.error_body(rejection.status, rejection.message, rejection.problems)
            reply = Reply(rejection.status, body)
        self._check_reply(found.operation, reply)
        if reply.body is None:
            return Response(status_code=reply.status, headers=reply.headers)
        return JSONResponse(reply.body, status_code=reply.status, headers=reply.headers)

    def _error(self, status: int, message: str, problems: Sequence[Problem] = ()) -> JSONResponse:
        return JSONResponse(self.rules.error_body(status, message, problems), status_code=status)

    def _parse(
        self, match: Match, headers: Headers, query: list[tuple[str, str]], body: bytes
    ) -> tuple[Call, list[Problem], str]:
        """The call, the schema problems, and a message when the input does not even parse."""
        operation = match.operation
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
        problems: list[Problem] = []
        for parameter_pointer, parameter in self._parameters(operation):
            location, name = parameter["in"], parameter["name"]
            schema_pointer = parameter_pointer + "/schema"
            schema = self.schemas.resolve(self.schemas.at(schema_pointer))
            raw = _raw_parameter(parameter, match.path_params, query, headers, schema)
            if raw is None:
                if parameter.get("required"):
                    problems.append(Problem(location, name, f"'{name}' is a required {location} parameter"))
                continue
            value = _coerce(raw, schema, self.schemas)
            values[location][name] = value
            problems += [
                Problem(location, name, p.message)
                for p in self.schemas.problems(schema_pointer, value, location)
            ]
        parsed_body, body_problems, malformed = self._body(operation, headers, body)
        call = Call(operation.operation_id, values["path"], values["query"], headers, parsed_body)
        return call, problems + body_problems, malformed

    def _parameters(self, operation: Operation) -> list[tuple[str, dict[str, Any]]]:
        found: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        path_pointer = operation.pointer.rsplit("/", 1)[0]
        for base, owner in ((path_pointer, operation.path_item), (operation.pointer, operation.definition)):
            for index, parameter in enumerate(owner.get("parameters", [])):
                where = f"{base}/parameters/{index}"
                while "$ref" in parameter:
                    where = parameter["$ref"].removeprefix("#")
                    parameter = self.schemas.at(where)
                found[(parameter["name"], parameter["in"])] = (where, parameter)
        return list(found.values())

    def _body(self, operation: Operation, headers: Headers, body: bytes) -> tuple[Any, list[Problem], str]:
        where = operation.pointer + "/requestBody"
        request_body = operation.definition.get("requestBody")
        if request_body is None:
            return None, [], ""
        if "$ref" in request_body:
            where = request_body["$ref"].removeprefix("#")
            request_body = self.schemas.at(where)
        if not body.strip():
            missing = (
                [Problem("body", "", "a request body is required")] if request_body.get("required") else []
            )
            return None, missing, ""
        media_type = headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if media_type not in request_body["content"]:
            return (
                None,
                [],
                f"Content-Type {media_type!r} is not accepted; use {' or '.join(request_body['content'])}",
            )
        try:
            parsed = json.loads(body)
        except ValueError as error:
            return None, [Problem("body", "", str(error))], "the request body is not valid JSON"
        schema_pointer = where + pointer("content", media_type, "schema")
        return parsed, self.schemas.problems(schema_pointer, parsed, "body"), ""

    def _check_reply(self, operation: Operation, reply: Reply) -> None:
        responses = operation.definition["responses"]
        status = str(reply.status)
        key = next((k for k in (status, status[0] + "XX", "default") if k in responses), None)
        if key is None:
            raise ReplyOutsideSpec(f"{operation.operation_id}: status {status} is not documented")
        response = self.schemas.resolve(responses[key])
        content = response.get("content", {})
        if reply.body is None:
            if content:
                raise ReplyOutsideSpec(f"{operation.operation_id}: {status} needs a body")
            return
        if "application/json" not in content:
            raise ReplyOutsideSpec(f"{operation.operation_id}: {status} has no JSON body in the spec")
        ref = responses[key].get("$ref", operation.pointer + pointer("responses", key)).removeprefix("#")
        schema_pointer = ref + pointer("content", "application/json", "schema")
        if problems := self.schemas.problems(schema_pointer, reply.body, "response"):
            raise ReplyOutsideSpec(f"{operation.operation_id} {status}: {problems}")


def _raw_parameter(
    parameter: dict[str, Any],
    path: Mapping[str, str],
    query: list[tuple[str, str]],
    headers: Headers,
    schema: Any,
) -> str | list[str] | dict[str, str] | None:
    """A parameter's value as sent, before type coercion; None when absent."""
    location, name = parameter["in"], parameter["name"]
    if location == "path":
        return path.get(name)
    if location == "header":
        return headers.get(name)
    if location != "query":
        return None
    if parameter.get("style") == "deepObject":
        prefix = f"{name}["
        members = {
            key[len(prefix) : -1]: value
            for key, value in query
            if key.startswith(prefix) and key.endswith("]")
        }
        return members or None
    found = [value for key, value in query if key == name]
    if not found:
        return None
    is_array = isinstance(schema, dict) and schema.get("type") == "array"
    return found if is_array else found[-1]


def _coerce(raw: str | list[str] | dict[str, str], schema: Any, schemas: SchemaSet) -> Any:
    """A parameter's string form read as the JSON type its schema asks for, when it reads as one."""
    if isinstance(raw, list):
        items = schemas.resolve(schema.get("items", {})) if isinstance(schema, dict) else {}
        return [_coerce(item, items, schemas) for item in raw]
    if isinstance(raw, dict):
        declared = schema.get("properties", {}) if isinstance(schema, dict) else {}
        others = schema.get("additionalProperties", {}) if isinstance(schema, dict) else {}
        others = others if isinstance(others, dict) else {}
        return {
            key: _coerce(value, schemas.resolve(declared.get(key, others)), schemas)
            for key, value in raw.items()
        }
    types = schema.get("type", []) if isinstance(schema, dict) else []
    types = [types] if isinstance(types, str) else types
    if "string" in types or not types:
        return raw
    try:
        if "integer" in types and raw.lstrip("-").isdigit():
            return int(raw)
        if "number" in types:
            return float(raw)
    except ValueError:
        return raw
    if "boolean" in types and raw in ("true", "false"):
        return raw == "true"
    return raw


async def _serve_lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
