"""What a contract run may send to a live API.

A live target's fuzzing sees only the operations that cannot change data (GET, HEAD, OPTIONS
and operations the spec marks `x-safe: true`), and its coverage phase probes undocumented
methods with GET and OPTIONS only. Unless the target's environment sets CONTRACT_ALLOW_WRITES=1,
`guard`'s hook refuses any other request to it (and the contract tests that write are skipped);
with writes allowed, only the stateful sequences write, and only to records they created
(`RecordKeeper`). Every request to a live API waits out a 429 answer's Retry-After.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import requests
from schemathesis.core.rate_limit import parse_retry_after
from schemathesis.core.result import Ok
from schemathesis.generation.stateful.state_machine import StepOutput
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER
from schemathesis.specs.openapi.stateful import make_response_filter

from mocks.routing import operations

__all__ = [
    "SAFE_METHODS",
    "RecordKeeper",
    "RecordKeeping",
    "WriteRefused",
    "fuzzable",
    "guard",
    "has_safe_operations",
    "is_safe",
    "wait_out_rate_limit",
]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RATE_LIMIT_RETRIES = 3
"""How many times one request is sent again after a 429 with Retry-After."""

_LIVE: dict[str, bool] = {}
"""The base URL of each guarded live target, and whether it may be written to."""


class WriteRefused(Exception):
    """A request that could change data, about to go to a read-only live target."""


def is_safe(method: str, operation: Mapping[str, Any]) -> bool:
    """Whether `method` sent to `operation` (its spec object) cannot change data."""
    return method.upper() in SAFE_METHODS or operation.get("x-safe") is True


def _case_is_safe(case: Any) -> bool:
    """A case may send another method than its operation's (the coverage phase's probes)."""
    if case.method.upper() in SAFE_METHODS:
        return True
    same_method = case.method.upper() == case.operation.method.upper()
    return same_method and is_safe(case.method, case.operation.definition.raw)


def fuzzable(ctx: Any) -> bool:
    """Whether the fuzzing phase may send `ctx.operation` (a schemathesis filter): any of a
    mock's, only the safe ones of a live API, even one that allows writes (fuzzed writes would
    change records the run did not create, or leave records behind)."""
    operation = ctx.operation
    live = operation.schema.get_base_url() in _LIVE
    return not live or is_safe(operation.method, operation.definition.raw)


def wait_out_rate_limit(response: requests.Response, **send: Any) -> requests.Response:
    """A requests response hook: after a 429 with Retry-After (capped at 60 s), wait and send
    the same request again, a few times."""
    for _ in range(RATE_LIMIT_RETRIES):
        delay = parse_retry_after(response.headers.get("Retry-After", ""))
        if response.status_code != 429 or delay is None:
            break
        response.close()
        time.sleep(delay)
        response = response.connection.send(response.request, **send)
    return response


def _before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """The global schemathesis hook: refuse writes to read-only live targets, and wait out
    their rate limits. Requests to other targets pass untouched."""
    writes_allowed = _LIVE.get(case.operation.schema.get_base_url())
    if writes_allowed is None:
        return
    if not writes_allowed and not _case_is_safe(case):
        raise WriteRefused(
            f"{case.method.upper()} {case.operation.path}: the live API is read-only "
            "(CONTRACT_ALLOW_WRITES=1 allows the stateful sequences to write)"
        )
    kwargs.setdefault("hooks", {"response": [wait_out_rate_limit]})


def guard(schema: Any, *, writes_allowed: bool) -> None:
    """Guard every request schemathesis sends to the live API `schema` points at."""
    if _before_call not in GLOBAL_HOOK_DISPATCHER.get_all_by_name("before_call"):
        GLOBAL_HOOK_DISPATCHER.register_hook_with_name(_before_call, "before_call")
    schema.config.phases.coverage.unexpected_methods = {"get", "options"}
    _LIVE[schema.get_base_url()] = writes_allowed


def has_safe_operations(spec: dict[str, Any]) -> bool:
    """Whether any operation of the spec cannot change data."""
    return any(is_safe(operation.method, operation.definition) for operation in operations(spec))


def _from_created(link: Any) -> bool:
    """Whether the link leaves a 201 Created answer (a new record, by RFC 9110) with only values
    from the answer (the ids the server gave it)."""
    return (
        link.status_code == "201"
        and bool(link.parameters)
        and all(parameter.expression.startswith("$response.") for parameter in link.parameters)
    )


def _values(transition: Any) -> Iterator[Any]:
    for parameters in transition.parameters.values():
        for extracted in parameters.values():
            if isinstance(extracted.value, Ok):
                yield extracted.value.ok()


CONTAINERS = {"path": "path_parameters", "query": "query", "header": "headers", "cookie": "cookies"}


def _configured(config: Any) -> dict[str, dict[str, Any]]:
    """What the schema's config adds to each generated case (the credentials), for a case made
    by hand."""
    parts: dict[str, dict[str, Any]] = {container: {} for container in CONTAINERS.values()}
    parts["headers"].update(config.headers or {})
    for key, value in (config.parameters or {}).items():
        location, _, name = key.partition(".")
        parts[CONTAINERS[location]][name] = value
    return parts


@dataclass
class RecordKeeper:
    """The records one stateful sequence created on a live API, and how to delete them.

    A write is sent when every record id it names (its path parameters and whatever the
    links into its operation fill) is one the sequence created, or, naming none, when it is a
    create: an operation whose 201 Created answer links to a DELETE by the ids the server gave.
    Writes that may land on an existing record are refused: upserts by ids the client chooses,
    and "creates" that answer 200 (they may update a record matched by, say, an email). At the
    end of the sequence every created record is deleted along its link.
    """

    transitions: Any
    owned: set[str] = field(default_factory=set)
    deletions: list[tuple[Any, Any]] = field(default_factory=list)
    creates: set[str] = field(init=False)
    """The labels of the operations that create records the run can delete."""

    def __post_init__(self) -> None:
        self.creates = {
            label
            for label in self.transitions.operations
            for link in self._links(label, "outgoing")
            if not is_safe(link.source.method, link.source.definition.raw)
            and link.target.method.upper() == "DELETE"
            and _from_created(link)
        }

    def _links(self, label: str, direction: str) -> list[Any]:
        found = self.transitions.operations.get(label)
        return list(getattr(found, direction)) if found else []

    def _named_ids(self, case: Any) -> Iterator[Any]:
        yield from (case.path_parameters or {}).values()
        for link in self._links(case.operation.label, "incoming"):
            for parameter in link.parameters:
                container = getattr(case, parameter.container_name, None) or {}
                if parameter.name in container:
                    yield container[parameter.name]
            if isinstance(link.body, dict) and isinstance(case.body, dict):
                filled = [key for key, value in link.body.items() if str(value).startswith("$")]
                yield from (case.body[key] for key in filled if key in case.body)

    def allows(self, case: Any) -> bool:
        if _case_is_safe(case):
            return True
        named = [str(value) for value in self._named_ids(case)]
        if named:
            return all(value in self.owned for value in named)
        return case.operation.label in self.creates

    def record(self, response: Any, case: Any) -> None:
        """Note the records a successful write created, and how to delete each."""
        if _case_is_safe(case) or not 200 <= response.status_code < 300:
            return
        output = StepOutput(response, case)
        for link in self._links(case.operation.label, "outgoing"):
            codes = case.operation.responses.status_codes
            if not _from_created(link) or not make_response_filter(link.status_code, codes)(output):
                continue
            transition = link.extract(output)
            self.owned.update(str(value) for value in _values(transition))
            if link.target.method.upper() == "DELETE":
                self.deletions.append((link, transition))

    def delete_created(self) -> None:
        """Delete every record the sequence created, newest first; raise if one stays."""
        left = []
        while self.deletions:
            link, transition = self.deletions.pop()
            parts = _configured(link.target.schema.config)
            for container, parameters in transition.parameters.items():
                parts[container].update(
                    {name: extracted.value.ok() for name, extracted in parameters.items()}
                )
            case = link.target.Case(**parts)
            response = case.call()
            if response.status_code >= 300 and response.status_code not in (404, 410):
                left.append(f"{case.method.upper()} {case.formatted_path}: {response.status_code}")
        self.owned.clear()
        if left:
            raise AssertionError("records left on the live API: " + "; ".join(left))


class RecordKeeping:
    """A schema for `run_stateful` on a live API that allows writes: its state machine writes
    only through a `RecordKeeper`."""

    def __init__(self, schema: Any) -> None:
        self.workflow = schema.as_state_machine()
        self.keeper = RecordKeeper(self.workflow._transitions)

    def as_state_machine(self) -> Any:
        keeper = self.keeper

        class KeepingRecords(self.workflow):  # type: ignore[misc, name-defined]
            def step(self, input: Any) -> Any:
                """A step the keeper refuses is not sent; the sequence goes on without it."""
                return super().step(input) if keeper.allows(input.case) else None

            def after_call(self, response: Any, case: Any) -> None:
                super().after_call(response, case)
                keeper.record(response, case)

            def teardown(self) -> None:
                try:
                    keeper.delete_created()
                finally:
                    super().teardown()

        return KeepingRecords
