"""What a vendor module gives the core: its error body, its handlers by operationId, and the
state one account starts with."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from starlette.datastructures import Headers

from mocks.schemas import Problem

if TYPE_CHECKING:
    from mocks.resources import Resources

__all__ = ["Call", "Clock", "Handler", "Rejected", "Reply", "SampleRequest", "VendorRules"]

State = TypeVar("State")
Clock = Callable[[], float]
"""Seconds since the epoch, like `time.time` (tests inject their own)."""


@dataclass(slots=True)
class Call:
    """A request that passed routing, auth and validation, with its inputs parsed."""

    operation_id: str
    account: str
    path: dict[str, Any]
    query: dict[str, Any]
    headers: Headers
    body: Any


@dataclass(slots=True)
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


Handler = Callable[[State, Call], Reply]


@dataclass(frozen=True)
class SampleRequest:
    """A typical request for benchmarks: method, path below the API's base, JSON body."""

    method: str
    path: str
    body: Any = None


def _no_business_rule(status: int, body: Any) -> bool:
    return False


@dataclass(frozen=True)
class VendorRules(Generic[State]):
    """One vendor's mock rules.

    `new_state(clock)` builds an empty account; `handlers` answer each operationId from that
    state; `error_body(status, message, problems)` is the vendor's error shape.
    `is_business_rule(status, body)` tells the contract checks which rejections of schema-valid
    input the vendor documents (a duplicate, a missing parent); `body` is the parsed JSON, or
    the text of a body that is not JSON. `unsound_checks` names the
    schemathesis checks that cannot judge this vendor's API, each with the reason.
    `sample(n)` is the n-th request of a benchmark run (each must succeed on a fresh account).
    `resources` is the generic resource layer (mocks.resources) the vendor's handlers build on;
    an operation without a handler gets its generic behaviour when the state is a
    `mocks.resources.Store` (the core derives a layer from the spec when this is None).
    `reply_headers(state)` gives headers every answer carries (rate-limit counters, say), from
    the account's state, or None when the request named no account; an answer keeps its own. It
    runs under a lock of its own, not the account's (which a busy handler may hold), so it may
    change only what no handler touches (its counters).
    """

    new_state: Callable[[Clock], State]
    handlers: Mapping[str, Handler[State]]
    error_body: Callable[[int, str, Sequence[Problem]], Any]
    validation_status: int = 400
    is_business_rule: Callable[[int, Any], bool] = _no_business_rule
    unsound_checks: Mapping[str, str] = field(default_factory=dict)
    sample: Callable[[int], SampleRequest] | None = None
    resources: Resources | None = None
    reply_headers: Callable[[State | None], Mapping[str, str]] | None = None
