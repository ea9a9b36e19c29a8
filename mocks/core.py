"""The spec-driven mock server: routing, request validation, auth, per-account state and error
shapes from the spec.

A vendor module supplies only `VendorRules` (mocks.rules): its error body, the status it uses for
invalid input, handlers by operationId, and the state one account starts with. Every operation of
the spec must have a handler: a missing one is an error at start. Every reply a handler gives is
checked against the spec before it is sent; a reply the spec does not allow is a bug in the mock
and raises `ReplyOutsideSpec`.

Bad input never gets a 5xx: a body over its cap (mocks.limits) is 413, a body that is not strict
RFC 8259 JSON (mocks.strict_json) is the vendor's 400, and what the client sent is echoed back
trimmed. A handler that raises is a bug in the mock: in-process (`respond`) the exception goes to
the caller; served over HTTP the client gets a 500 in the vendor's error shape, the traceback goes
to the `mocks` logger, and the server keeps serving.

Fairness: bodies over 64 KiB are parsed, validated and answered in a worker thread; handlers
run under their account's lock, so a request never waits for another account's, and a small
request never waits on the event loop for a large one. The test harness (`/__mock/`,
mocks.harness) journals every answer and injects faults.
"""

from __future__ import annotations

import copy
import json
import logging
import threading
import time
from collections.abc import Awaitable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

import anyio
import anyio.to_thread
from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from mocks.auth import Authenticator
from mocks.credentials import Account
from mocks.harness import HARNESS_PREFIX, Fault, Harness, HarnessError, JournalEntry, RateLimit
from mocks.limits import HARNESS_MAX_BODY_BYTES, body_limit, read_body, trimmed
from mocks.resources import with_generic_behaviour
from mocks.routing import Match, MethodNotAllowed, Operation, Router, declared_parameters, operations
from mocks.rules import Call, Clock, Rejected, Reply, VendorRules
from mocks.schemas import Problem, SchemaSet, pointer
from mocks.strict_json import NotJson, dumps, loads

__all__ = [
    "SPEC_PATH",
    "ConnectionDropped",
    "Exchange",
    "IncompleteRules",
    "MockServer",
    "ReplyOutsideSpec",
    "base_path",
]

SPEC_PATH = "/openapi.json"
JSON = "application/json"
TEXT = "text/plain"
INLINE_BODY_BYTES = 64 * 1024
"""Bodies up to this size are answered on the event loop; larger ones in a worker thread."""
FAULT_MESSAGES = {
    429: "Too many requests (a fault injected by the mock harness)",
    500: "Internal server error (a fault injected by the mock harness)",
    502: "Bad gateway (a fault injected by the mock harness)",
    503: "Service unavailable (a fault injected by the mock harness)",
    504: "Gateway timeout (a fault injected by the mock harness)",
}
State = TypeVar("State")
LOG = logging.getLogger("mocks")


class ReplyOutsideSpec(AssertionError):
    """The mock produced a response its own spec does not allow."""


class IncompleteRules(ValueError):
    """A vendor's rules leave an operation of its spec unanswered, or name one it does not have."""


class ConnectionDropped(ConnectionError):
    """An injected fault asked the mock to close the connection without answering."""


@dataclass(slots=True)
class Exchange:
    """One request on its way through the core, and what is known of it so far."""

    method: str
    raw_path: str
    headers: Headers
    query_string: bytes
    origin: str
    received: float
    route: Match | MethodNotAllowed | None = None
    routed: bool = False
    operation_id: str | None = None
    account: str | None = None
    fault: Fault | None = None
    journaled: bool = True
    limit: int = 0


@dataclass(slots=True)
class Handling:
    """A validated call waiting for its account's lock and its handler."""

    server: MockServer[Any]
    operation: Operation
    call: Call
    lock: threading.RLock = field(repr=False)

    def run(self, blocking: bool = True) -> Response | None:
        """The handler's answer; None when `blocking` is false and the account is busy."""
        if not self.lock.acquire(blocking=blocking):
            return None
        try:
            handler = self.server.handlers[self.call.operation_id]
            reply = handler(self.server.state(self.call.account), self.call)
        except Rejected as rejection:
            body = self.server.rules.error_body(rejection.status, rejection.message, rejection.problems)
            reply = Reply(rejection.status, body)
        finally:
            self.lock.release()
        return _response(reply, self.server._check_reply(self.operation, reply))


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
        self._locks = {account.id: threading.RLock() for account in self.accounts}
        self._reply_headers_lock = threading.Lock()
        self._parameter_table: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        self._reply_plans: dict[tuple[str, int, str], tuple[str, str, str]] = {}
        documented = {
            operation.operation_id: list(operation.definition["responses"]) for operation in operations(spec)
        }
        rate_limit = RateLimit.parse(spec["x-rate-limit"]) if "x-rate-limit" in spec else None
        self.harness = Harness(spec["info"]["title"], documented, list(self._locks), self.reset, rate_limit)

    def _check_handlers(self) -> None:
        declared = {operation.operation_id for operation in operations(self.spec)}
        self.handlers = with_generic_behaviour(self.spec, self.schemas, self.rules, self.clock)
        missing, unknown = declared - set(self.handlers), set(self.rules.handlers) - declared
        if missing or unknown:
            raise IncompleteRules(
                f"{self.spec['info']['title']}: no handler for {sorted(missing)}; "
                f"handlers for operations the spec lacks: {sorted(unknown)}"
            )

    def state(self, account: str | None = None) -> State:
        """An account's state (the first account's by default), created on first use under the
        account's lock; an existing one is read without it (a busy handler holds that lock)."""
        account = account or self.accounts[0].id
        if (found := self._states.get(account)) is not None:
            return found
        with self._locks[account]:
            if account not in self._states:
                self._states[account] = self.rules.new_state(self.clock)
            return self._states[account]

    def reset(self, account: str | None = None) -> None:
        """Forget one account's state, or every account's (issued tokens stay valid)."""
        for name in [account] if account is not None else list(self._locks):
            with self._locks[name]:
                self._states.pop(name, None)

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
        if scope["type"] != "http":
            return
        headers = Headers(scope=scope)
        raw_path = scope.get("raw_path", scope["path"].encode()).decode("latin-1").split("?", 1)[0]
        host = headers.get("host") or "{}:{}".format(*scope.get("server") or ("localhost", 80))
        exchange = Exchange(
            scope["method"],
            raw_path or "/",
            headers,
            scope["query_string"],
            f"{scope['scheme']}://{host}",
            self.clock(),
        )
        try:
            exchange.limit = self._body_limit(exchange)
            body = await read_body(receive, exchange.limit, headers.get("content-length"))
            answer = self.answer_now(exchange, body)
            response = await answer if isinstance(answer, Awaitable) else answer
        except Exception:
            response = self.failed(exchange)
        if response is None:
            await _drop_connection(receive)
            return
        await send(
            {"type": "http.response.start", "status": response.status_code, "headers": response.raw_headers}
        )
        await send(
            {"type": "http.response.body", "body": b"" if exchange.method == "HEAD" else response.body}
        )

    def exchange(
        self, method: str, raw_path: str, headers: Headers, query_string: bytes, origin: str
    ) -> Exchange:
        """A request whose head has arrived, with the cap on its body (`limit`)."""
        exchange = Exchange(method, raw_path, headers, query_string, origin, self.clock())
        exchange.limit = self._body_limit(exchange)
        return exchange

    def answer_now(
        self, exchange: Exchange, body: bytes | None
    ) -> Response | Coroutine[Any, Any, Response | None] | None:
        """The answer to a request served over HTTP (`body` None: over its cap), given at once
        when it can be; otherwise a coroutine to await for it (a large body, a busy account or an
        injected delay). None: drop the connection."""
        if body is None:
            return self._settle(exchange, self._too_large(exchange, exchange.limit))
        if len(body) > INLINE_BODY_BYTES:
            return self._answer_later(exchange, body, None)
        answer = self._answer(exchange, body)
        if isinstance(answer, Handling):
            handled = answer.run(blocking=False)
            if handled is None:
                return self._answer_later(exchange, body, answer)
            answer = handled
        if exchange.fault is not None and exchange.fault.delay_ms:
            return self._answer_later(exchange, body, answer)
        return self._settle(exchange, answer)

    async def _answer_later(
        self, exchange: Exchange, body: bytes, started: Response | Handling | None
    ) -> Response | None:
        """The rest of `answer_now` in a worker thread (from scratch when nothing `started`)."""
        answer = started
        if started is None:
            answer = await anyio.to_thread.run_sync(self._answer_fully, exchange, body)
        elif isinstance(started, Handling):
            answer = await anyio.to_thread.run_sync(started.run)
        if exchange.fault is not None and exchange.fault.delay_ms:
            await anyio.sleep(exchange.fault.delay_ms / 1000)
        assert not isinstance(answer, Handling)
        return self._settle(exchange, answer)

    def failed(self, exchange: Exchange) -> Response:
        """The answer when the mock itself fails (a bug): a 500 in the vendor's shape, logged."""
        LOG.exception("the mock failed on %s %s", exchange.method, trimmed(exchange.raw_path))
        response = self._error(500, "the mock failed on this request (a bug in the mock; see its log)")
        exchange.fault = None
        self._settle(exchange, response)
        return response

    def respond(
        self, method: str, raw_path: str, headers: Headers, query_string: bytes, body: bytes, *, origin: str
    ) -> Response:
        """The full answer to one request, received at `origin` (scheme and authority), in the
        calling thread: a handler's exception is raised, an injected delay sleeps and an injected
        drop raises `ConnectionDropped`."""
        exchange = self.exchange(method, raw_path, headers, query_string, origin)
        limit = exchange.limit
        answer = self._too_large(exchange, limit) if len(body) > limit else self._answer_fully(exchange, body)
        if exchange.fault is not None and exchange.fault.delay_ms:
            time.sleep(exchange.fault.delay_ms / 1000)
        response = self._settle(exchange, answer)
        if response is None:
            raise ConnectionDropped("the mock dropped the connection (a fault injected by the harness)")
        return response

    def _answer_fully(self, exchange: Exchange, body: bytes) -> Response | None:
        answer = self._answer(exchange, body)
        if isinstance(answer, Handling):
            answered = answer.run()
            assert answered is not None, "a blocking run always answers"
            return answered
        return answer

    def _settle(self, exchange: Exchange, answer: Response | None) -> Response | None:
        """Journal the answer; None when an injected fault drops the connection."""
        dropped = exchange.fault is not None and exchange.fault.drop
        response = None if dropped else answer
        if exchange.journaled:
            entry = JournalEntry(
                exchange.method,
                trimmed(exchange.raw_path, 2000),
                exchange.operation_id,
                response.status_code if response is not None else 0,
                exchange.account,
                exchange.received,
                exchange.fault is not None,
            )
            self.harness.record(entry)
        if response is not None and exchange.journaled:
            self._add_reply_headers(response, exchange.account)
        return response

    def _add_reply_headers(self, response: Response, account: str | None) -> None:
        """The vendor's headers of every answer (`VendorRules.reply_headers`) it does not set."""
        if self.rules.reply_headers is None:
            return
        state = None if account is None else self.state(account)  # takes no lock once it exists
        with self._reply_headers_lock:  # not the account's lock, which a busy handler holds
            headers = self.rules.reply_headers(state)
        for name, value in headers.items():
            response.headers.setdefault(name, value)

    def _answer(self, exchange: Exchange, body: bytes) -> Response | Handling | None:
        """Everything up to the handler: the answer, or the validated call for the handler
        (None: an injected fault drops the connection before anything runs)."""
        method, raw_path, headers = exchange.method, exchange.raw_path, exchange.headers
        if raw_path.startswith(HARNESS_PREFIX):
            exchange.journaled = False
            return self._harness_answer(exchange, body)
        if method in ("GET", "HEAD") and raw_path == SPEC_PATH:
            return Response(self.served_spec(exchange.origin), media_type="application/json")
        if method == "POST" and raw_path in self.token_paths and self.auth.issuer is not None:
            return self.auth.issuer.token_endpoint(headers, body)
        found = self._route_of(exchange)
        if found is None:
            return self._error(404, f"no operation at {trimmed(raw_path)}")
        if isinstance(found, MethodNotAllowed):
            response = self._error(405, f"{trimmed(method, 20)} is not allowed here")
            response.headers["Allow"] = ", ".join(found.allowed)
            return response
        operation = found.operation
        exchange.operation_id = operation.operation_id
        query = (
            parse_qsl(exchange.query_string.decode("latin-1"), keep_blank_values=True)
            if exchange.query_string
            else []
        )
        requirements = operation.definition.get("security", self.spec.get("security", []))
        account = (
            self.auth.account(requirements, headers, dict(query)) if requirements else self.accounts[0].id
        )
        if account is None:
            response = self._error(401, "missing or invalid credentials")
            if challenge := self.auth.challenge(requirements):
                response.headers["WWW-Authenticate"] = challenge
            return response
        exchange.account = account
        fault = exchange.fault = self.harness.take_fault(operation.operation_id)
        if fault is not None and fault.drop:
            return None
        if fault is not None and fault.status is not None:
            return self._fault_answer(operation, fault)
        if fault is None and (wait := self.harness.over_rate_limit(account, self.clock())) is not None:
            over = f"Too many requests: over the rate limit of {self.harness.rate_limit}"
            return self._fault_answer(operation, Fault(429, retry_after=wait), over)
        call, problems, malformed = self._parse(found, account, headers, query, body)
        if malformed:
            return self._error(400, malformed, problems)
        if problems:
            return self._error(self._invalid_status(operation, problems), "invalid request", problems)
        return Handling(self, operation, call, self._locks[account])

    def _invalid_status(self, operation: Operation, problems: Sequence[Problem]) -> int:
        """The vendor's validation status; 404 for path parameters the schema refuses when the
        operation documents 404 and not that status (such a path names no resource)."""
        documented = operation.definition["responses"]
        status = self.rules.validation_status
        only_path = all(problem.location == "path" for problem in problems)
        return 404 if only_path and str(status) not in documented and "404" in documented else status

    def _body_limit(self, exchange: Exchange) -> int:
        found = self._route_of(exchange)
        if isinstance(found, Match):
            return body_limit(self.spec, found.operation.definition)
        return HARNESS_MAX_BODY_BYTES

    def _too_large(self, exchange: Exchange, limit: int) -> Response:
        found = self._route_of(exchange)
        if isinstance(found, Match):
            exchange.operation_id = found.operation.operation_id
        response = self._error(413, f"the request body is over the limit of {limit} bytes")
        response.headers["Connection"] = "close"
        return response

    def _route_of(self, exchange: Exchange) -> Match | MethodNotAllowed | None:
        """The operation a request is for (routed once, remembered)."""
        if not exchange.routed:
            exchange.route = self._route(exchange.method, exchange.raw_path)
            exchange.routed = True
        return exchange.route

    def _harness_answer(self, exchange: Exchange, body: bytes) -> Response:
        name = exchange.raw_path.removeprefix(HARNESS_PREFIX)
        query = dict(parse_qsl(exchange.query_string.decode("latin-1")))
        try:
            document = loads(body) if body.strip() else None
            status, payload = self.harness.handle(exchange.method, name, query, document)
        except NotJson as error:
            status, payload = 400, {"error": f"the body is not JSON: {error}"}
        except HarnessError as error:
            status, payload = error.status, {"error": str(error)}
        return Response(dumps(payload), status, media_type=JSON)

    def _fault_answer(self, operation: Operation, fault: Fault, message: str = "") -> Response:
        """The vendor's error for an injected status (or an enforced rate limit: `message`), with
        `Retry-After` and the headers the spec declares for that status (`x-retry-after-headers`
        ones carry the same delay)."""
        assert fault.status is not None
        headers = {}
        responses = operation.definition["responses"]
        declared = self.schemas.resolve(responses.get(str(fault.status), {})).get("headers", {})
        delay_headers = {name.lower() for name in self.spec.get("x-retry-after-headers", [])}
        for name, header in declared.items():
            if name.lower() in delay_headers and fault.retry_after is not None:
                headers[name] = str(fault.retry_after)
            else:
                headers[name] = _header_value(self.schemas.resolve(header), self.schemas)
        if fault.retry_after is not None:
            headers["Retry-After"] = str(fault.retry_after)
        body = self.rules.error_body(fault.status, message or FAULT_MESSAGES[fault.status], [])
        reply = Reply(fault.status, body, headers)
        documented = str(fault.status) in responses
        media_type = (
            self._check_reply(operation, reply) if documented else TEXT if isinstance(body, str) else JSON
        )
        return _response(reply, media_type)

    def _route(self, method: str, raw_path: str) -> Match | MethodNotAllowed | None:
        """The operation for a path below the base path (HEAD answers as GET where the spec has
        no HEAD operation)."""
        if not raw_path.startswith(self.base_path + "/"):
            return None
        found = self.router.match(method, raw_path.removeprefix(self.base_path))
        if method == "HEAD" and isinstance(found, MethodNotAllowed) and "GET" in found.allowed:
            return self.router.match("GET", raw_path.removeprefix(self.base_path))
        return found

    def error_response(self, status: int, message: str) -> Response:
        """An error in the vendor's shape, for input that reached no operation (bytes that are
        not HTTP)."""
        return self._error(status, message)

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
        """The operation's parameters (path item's and its own), with their JSON pointers."""
        if operation.pointer not in self._parameter_table:
            self._parameter_table[operation.pointer] = self._declared_parameters(operation)
        return self._parameter_table[operation.pointer]

    def _declared_parameters(self, operation: Operation) -> list[tuple[str, dict[str, Any]]]:
        return declared_parameters(self.schemas, operation)

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
            accepted = " or ".join(request_body["content"])
            return None, [], f"Content-Type {trimmed(media_type)!r} is not accepted; use {accepted}"
        try:
            parsed = loads(body)
        except NotJson as error:
            return None, [Problem("body", "", str(error))], "the request body is not valid JSON"
        schema_pointer = where + pointer("content", media_type, "schema")
        return parsed, self.schemas.problems(schema_pointer, parsed, "body"), ""

    def _check_reply(self, operation: Operation, reply: Reply) -> str:
        """The media type the reply goes out as; `ReplyOutsideSpec` when the spec does not allow it.

        A `str` body is sent as `text/plain` where the response declares it, else as JSON."""
        kind = "none" if reply.body is None else "text" if isinstance(reply.body, str) else "json"
        plan = (operation.pointer, reply.status, kind)
        if plan not in self._reply_plans:
            self._reply_plans[plan] = self._reply_plan(operation, str(reply.status), kind)
        media_type, schema_pointer, refusal = self._reply_plans[plan]
        if refusal:
            raise ReplyOutsideSpec(f"{operation.operation_id}: {refusal}")
        if schema_pointer and (problems := self.schemas.problems(schema_pointer, reply.body, "response")):
            raise ReplyOutsideSpec(f"{operation.operation_id} {reply.status}: {problems}")
        return media_type

    def _reply_plan(self, operation: Operation, status: str, kind: str) -> tuple[str, str, str]:
        """For a status and kind of body: the media type, the schema to check the body against,
        and why the spec refuses such a reply (empty when it does not)."""
        responses = operation.definition["responses"]
        key = next((k for k in (status, status[0] + "XX", "default") if k in responses), None)
        if key is None:
            return JSON, "", f"status {status} is not documented"
        content = self.schemas.resolve(responses[key]).get("content", {})
        if kind == "none":
            return JSON, "", f"{status} needs a body" if content else ""
        media_type = TEXT if kind == "text" and TEXT in content else JSON
        if media_type not in content:
            return media_type, "", f"{status} has no {media_type} body in the spec"
        ref = responses[key].get("$ref", operation.pointer + pointer("responses", key)).removeprefix("#")
        return media_type, ref + pointer("content", media_type, "schema"), ""


class _Answer(Response):
    """A response built straight from its parts (starlette's generic header handling is most
    of the cost of a small answer)."""

    def __init__(self, content: bytes, status: int, headers: Mapping[str, str], media_type: bytes) -> None:
        self.status_code = status
        self.body = content
        self.background = None
        self.raw_headers = [
            (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()
        ]
        if status >= 200 and status not in (204, 304):
            self.raw_headers.append((b"content-length", str(len(content)).encode()))
        if content:
            self.raw_headers.append((b"content-type", media_type))


def _response(reply: Reply, media_type: str) -> Response:
    """The HTTP response for a reply: no body, plain text or JSON."""
    if reply.body is None:
        return _Answer(b"", reply.status, reply.headers, b"")
    if media_type == TEXT:
        return _Answer(reply.body.encode(), reply.status, reply.headers, b"text/plain; charset=utf-8")
    return _Answer(dumps(reply.body), reply.status, reply.headers, JSON.encode())


def _header_value(header: Mapping[str, Any], schemas: SchemaSet) -> str:
    """A plausible value for a declared response header: its example, else its schema's
    example, minimum or zero value."""
    schema = schemas.resolve(header.get("schema", {}))
    value = header.get("example", schema.get("example", schema.get("minimum")))
    if value is None:
        value = "" if schema.get("type") == "string" else 0
    return str(value)


async def _drop_connection(receive: Receive) -> None:
    """Close the client's connection without an answer (uvicorn's transport; elsewhere raise)."""
    transport = getattr(getattr(receive, "__self__", None), "transport", None)
    if transport is None:
        raise ConnectionDropped("the mock dropped the connection (a fault injected by the harness)")
    transport.close()
    while (await receive())["type"] != "http.disconnect":
        pass


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
    if location == "cookie":
        return cookie_parser(headers.get("cookie", "")).get(name)
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
