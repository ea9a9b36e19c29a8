"""The spec-driven mock server: routing, request validation, auth, per-account state and error
shapes from the spec.

A vendor module supplies only `VendorRules` (mocks.rules): its error body, the status it uses for
invalid input, handlers by operationId, and the state one account starts with. Every operation of
the spec must have a handler: a missing one is an error at start. Every reply a handler gives is
checked against the spec before it is sent; a reply the spec does not allow is a bug in the mock
and raises `ReplyOutsideSpec`.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from mocks.auth import Authenticator
from mocks.credentials import Account
from mocks.routing import Match, MethodNotAllowed, Operation, Router, operations
from mocks.rules import Call, Clock, Rejected, Reply, VendorRules
from mocks.schemas import Problem, SchemaSet, pointer

__all__ = ["SPEC_PATH", "IncompleteRules", "MockServer", "ReplyOutsideSpec", "base_path"]

SPEC_PATH = "/openapi.json"
JSON = "application/json"
TEXT = "text/plain"
State = TypeVar("State")


class ReplyOutsideSpec(AssertionError):
    """The mock produced a response its own spec does not allow."""


class IncompleteRules(ValueError):
    """A vendor's rules leave an operation of its spec unanswered, or name one it does not have."""


def base_path(spec: Mapping[str, Any]) -> str:
    """The literal path of the first server's URL (`/api` for `https://host/api`), where the
    mock serves the spec's paths; empty when the URL is templated or has no path."""
    servers = spec.get("servers") or [{"url": "/"}]
    path = urlsplit(servers[0]["url"]).path.rstrip("/")
    return "" if "{" in path else path


class MockServer(Generic[State]):
    """An ASGI app serving one vendor's resolved spec with the vendor's rules.

    Each account keeps its own state, built by `rules.new_state(clock)` on first use and again
    after `reset()`.
    """

    def __init__(
        self,
        spec: dict[str, Any],
        rules: VendorRules[State],
        accounts: Sequence[Account],
        *,
        clock: Clock = time.time,
        token_lifetime: float = 86400.0,
    ) -> None:
        if not accounts:
            raise ValueError("a mock needs at least one account")
        self.spec = spec
        self.rules = rules
        self.clock = clock
        self.accounts = list(accounts)
        self.schemas = SchemaSet(spec)
        self.router = Router(spec)
        self.base_path = base_path(spec)
        self._check_handlers()
        self.auth = Authenticator(spec, accounts, lifetime=token_lifetime, clock=clock)
        self.token_paths = self.auth.token_paths() if self.auth.issuer else set()
        self._states: dict[str, State] = {}
        self._served_specs: dict[str, bytes] = {}

    def _check_handlers(self) -> None:
        declared = {operation.operation_id for operation in operations(self.spec)}
        missing, unknown = declared - set(self.rules.handlers), set(self.rules.handlers) - declared
        if missing or unknown:
            raise IncompleteRules(
                f"{self.spec['info']['title']}: no handler for {sorted(missing)}; "
                f"handlers for operations the spec lacks: {sorted(unknown)}"
            )

    def state(self, account: str | None = None) -> State:
        """An account's state (the first account's by default), created on first use."""
        account = account or self.accounts[0].id
        if account not in self._states:
            self._states[account] = self.rules.new_state(self.clock)
        return self._states[account]

    def reset(self, account: str | None = None) -> None:
        """Forget one account's state, or every account's (issued tokens stay valid)."""
        if account is None:
            self._states.clear()
        else:
            self._states.pop(account, None)

    def served_spec(self, origin: str) -> bytes:
        """The spec as served from `origin` (`http://127.0.0.1:8801`): its server and token URLs
        name the mock itself."""
        if origin not in self._served_specs:
            spec = copy.deepcopy(self.spec)
            spec["servers"] = [{"url": origin + self.base_path, "description": "This mock."}]
            for scheme in spec.get("components", {}).get("securitySchemes", {}).values():
                flow = scheme.get("flows", {}).get("clientCredentials")
                if flow is not None:
                    flow["tokenUrl"] = origin + urlsplit(flow["tokenUrl"]).path
            self._served_specs[origin] = json.dumps(spec).encode()
        return self._served_specs[origin]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _serve_lifespan(receive, send)
            return
        request = Request(scope, receive)
        raw_path = scope.get("raw_path", scope["path"].encode()).decode("latin-1").split("?", 1)[0]
        host = request.headers.get("host") or "{}:{}".format(*scope.get("server") or ("localhost", 80))
        response = self.respond(
            request.method,
            raw_path or "/",
            request.headers,
            scope["query_string"],
            await request.body(),
            origin=f"{scope['scheme']}://{host}",
        )
        await response(scope, receive, send)

    def respond(
        self, method: str, raw_path: str, headers: Headers, query_string: bytes, body: bytes, *, origin: str
    ) -> Response:
        """The full answer to one request, received at `origin` (scheme and authority)."""
        if method == "GET" and raw_path == SPEC_PATH:
            return Response(self.served_spec(origin), media_type="application/json")
        if method == "POST" and raw_path in self.token_paths and self.auth.issuer is not None:
            return self.auth.issuer.token_endpoint(headers, body)
        found = self._route(method, raw_path)
        if found is None:
            return self._error(404, f"no operation at {raw_path}")
        if isinstance(found, MethodNotAllowed):
            response = self._error(405, f"{method} is not allowed here")
            response.headers["Allow"] = ", ".join(found.allowed)
            return response
        query = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
        requirements = found.operation.definition.get("security", self.spec.get("security", []))
        account = (
            self.auth.account(requirements, headers, dict(query)) if requirements else self.accounts[0].id
        )
        if account is None:
            response = self._error(401, "missing or invalid credentials")
            if challenge := self.auth.challenge(requirements):
                response.headers["WWW-Authenticate"] = challenge
            return response
        call, problems, malformed = self._parse(found, account, headers, query, body)
        if malformed:
            return self._error(400, malformed, problems)
        if problems:
            return self._error(self.rules.validation_status, "invalid request", problems)
        try:
            reply = self.rules.handlers[call.operation_id](self.state(account), call)
        except Rejected as rejection:
            body = self.rules.error_body(rejection.status, rejection.message, rejection.problems)
            reply = Reply(rejection.status, body)
        media_type = self._check_reply(found.operation, reply)
        return _response(reply, media_type)

    def _route(self, method: str, raw_path: str) -> Match | MethodNotAllowed | None:
        """The operation for a path below the base path."""
        if not raw_path.startswith(self.base_path + "/"):
            return None
        return self.router.match(method, raw_path.removeprefix(self.base_path))

    def _error(self, status: int, message: str, problems: Sequence[Problem] = ()) -> Response:
        body = self.rules.error_body(status, message, problems)
        return _response(Reply(status, body), TEXT if isinstance(body, str) else JSON)

    def _parse(
        self, match: Match, account: str, headers: Headers, query: list[tuple[str, str]], body: bytes
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
        call = Call(operation.operation_id, account, values["path"], values["query"], headers, parsed_body)
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

    def _check_reply(self, operation: Operation, reply: Reply) -> str:
        """The media type the reply goes out as; `ReplyOutsideSpec` when the spec does not allow it.

        A `str` body is sent as `text/plain` where the response declares it, else as JSON."""
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
            return JSON
        media_type = TEXT if isinstance(reply.body, str) and TEXT in content else JSON
        if media_type not in content:
            raise ReplyOutsideSpec(f"{operation.operation_id}: {status} has no {media_type} body in the spec")
        ref = responses[key].get("$ref", operation.pointer + pointer("responses", key)).removeprefix("#")
        schema_pointer = ref + pointer("content", media_type, "schema")
        if problems := self.schemas.problems(schema_pointer, reply.body, "response"):
            raise ReplyOutsideSpec(f"{operation.operation_id} {status}: {problems}")
        return media_type


def _response(reply: Reply, media_type: str) -> Response:
    """The HTTP response for a reply: no body, plain text or JSON."""
    if reply.body is None:
        return Response(status_code=reply.status, headers=reply.headers)
    if media_type == TEXT:
        return Response(reply.body, reply.status, reply.headers, media_type="text/plain; charset=utf-8")
    return JSONResponse(reply.body, status_code=reply.status, headers=reply.headers)


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
