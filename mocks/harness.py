"""The test-harness API every mock serves under `/__mock/` (not part of any vendor's spec), and the
same from Python on the app (`app.harness`).

- `POST /__mock/reset[?account=ID]`: forget every account's state, or one account's.
- `GET /__mock/journal`: the requests received, oldest first (method, path, operationId, status,
  account id, time, whether a fault answered); `DELETE` clears it and the coverage. It keeps
  the last 10,000.
- `POST /__mock/faults` with `{"operation_id"?, "status"?: 429|500|502|503|504, "times"?: N,
  "ratio"?: 0..1, "retry_after"?: s, "delay_ms"?: ms, "drop"?: bool}`: the next matching requests
  (`times`, default 1; or each with probability `ratio`, for as long as the fault stays) fail
  after authentication and before validation or any state change, with the vendor's error body;
  `retry_after` adds `Retry-After` (and the value of the rate-limit headers the spec names in
  `x-retry-after-headers`); a 429 carries every header the spec declares for it. `delay_ms`
  delays the answer (alone: a slow but normal answer); `drop` closes the connection without one.
  `GET` lists the faults still armed; `DELETE` clears them.
- `GET /__mock/coverage`: for each operation, the statuses the spec documents and those answered
  since the journal was last cleared.
- `POST /__mock/rate-limit` with `{"enforce": true|false}` (off by default; `GET` shows it): hold
  each account to the spec's `x-rate-limit` (`50/s`, `/m`, `/h`: fixed windows of the mock's
  clock); a request over it gets the vendor's 429 with `Retry-After` (seconds to the next window)
  before any state changes.

The harness has no authentication: the mock binds 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import math
import random
import re
import threading
import weakref
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

__all__ = [
    "FAULT_STATUSES",
    "HARNESS_PREFIX",
    "JOURNAL_LIMIT",
    "Fault",
    "Harness",
    "HarnessError",
    "JournalEntry",
    "RateLimit",
    "coverage_table",
]

HARNESS_PREFIX = "/__mock/"
FAULT_STATUSES = (429, 500, 502, 503, 504)
JOURNAL_LIMIT = 10_000
RATE_UNITS = {"s": 1, "m": 60, "h": 3600}

FAULT_MEMBERS: dict[str, tuple[type, ...]] = {
    "status": (int,),
    "operation_id": (str,),
    "times": (int,),
    "ratio": (int, float),
    "retry_after": (int,),
    "delay_ms": (int,),
    "drop": (bool,),
}
"""The members of a fault's JSON and their types (null is the same as absent)."""

_HARNESSES: weakref.WeakSet[Harness] = weakref.WeakSet()


class HarnessError(ValueError):
    """A harness request that cannot be carried out: the status to answer and why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Fault:
    """Failures to inject into the next matching requests (see the module docstring)."""

    status: int | None = None
    operation_id: str | None = None
    times: int | None = None
    ratio: float | None = None
    retry_after: int | None = None
    delay_ms: int = 0
    drop: bool = False

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in FAULT_STATUSES:
            raise HarnessError(400, f"status must be one of {list(FAULT_STATUSES)}")
        if self.status is None and not self.drop and not self.delay_ms:
            raise HarnessError(400, "a fault needs a status, drop or delay_ms")
        if self.times is not None and self.times < 1:
            raise HarnessError(400, "times must be at least 1")
        if self.ratio is not None and not 0 <= self.ratio <= 1:
            raise HarnessError(400, "ratio must be between 0 and 1")
        if (self.retry_after or 0) < 0 or self.delay_ms < 0:
            raise HarnessError(400, "retry_after and delay_ms cannot be negative")

    @classmethod
    def from_json(cls, document: Any) -> Fault:
        """A fault from the JSON a client posted; `HarnessError` naming what is wrong."""
        if not isinstance(document, dict):
            raise HarnessError(400, "a fault is a JSON object")
        for name, value in document.items():
            kinds = FAULT_MEMBERS.get(name)
            if kinds is None:
                known = ", ".join(FAULT_MEMBERS)
                raise HarnessError(400, f"unknown fault member {name[:50]!r}; known: {known}")
            if value is not None and (
                isinstance(value, bool) != (bool in kinds) or not isinstance(value, kinds)
            ):
                raise HarnessError(400, f"{name} must be {' or '.join(kind.__name__ for kind in kinds)}")
        return cls(**{name: value for name, value in document.items() if value is not None})

    def as_json(self) -> dict[str, Any]:
        return {name: value for name, value in asdict(self).items() if value is not None}


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One request a mock answered (or dropped: status 0)."""

    method: str
    path: str
    operation_id: str | None
    status: int
    account: str | None
    time: float
    fault: bool = False

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RateLimit:
    """A spec's `x-rate-limit`: so many requests per window of seconds, per account."""

    requests: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """`50/s`, `600/m` or `1000/h`; ValueError otherwise."""
        found = re.fullmatch(r"(\d+)/([smh])", text.strip())
        if found is None:
            raise ValueError(f"x-rate-limit {text!r} is not N/s, N/m or N/h")
        return cls(int(found[1]), RATE_UNITS[found[2]])

    def __str__(self) -> str:
        unit = next(name for name, seconds in RATE_UNITS.items() if seconds == self.seconds)
        return f"{self.requests}/{unit}"


@dataclass
class _Armed:
    fault: Fault
    left: int | None


class Harness:
    """One mock's journal, armed faults and coverage; thread-safe.

    `documented` maps each operationId to the response keys its spec documents; `reset` forgets
    one account's state (or all, given None); `accounts` are the ids `reset` accepts.
    """

    def __init__(
        self,
        title: str,
        documented: Mapping[str, Sequence[str]],
        accounts: Sequence[str],
        reset: Callable[[str | None], None],
        rate_limit: RateLimit | None = None,
    ) -> None:
        self.title = title
        self.rate_limit = rate_limit
        self.enforcing = False
        self._windows: dict[str, tuple[int, int]] = {}
        self.documented = {operation: list(keys) for operation, keys in documented.items()}
        self.accounts = list(accounts)
        self._reset = reset
        self._lock = threading.Lock()
        self._journal: deque[JournalEntry] = deque(maxlen=JOURNAL_LIMIT)
        self._faults: list[_Armed] = []
        self._answered: dict[str, set[int]] = {operation: set() for operation in documented}
        self._random = random.Random(0)
        _HARNESSES.add(self)

    def reset(self, account: str | None = None) -> None:
        """Forget one account's state, or every account's."""
        if account is not None and account not in self.accounts:
            raise HarnessError(404, f"no account {account[:50]!r}; accounts: {', '.join(self.accounts)}")
        self._reset(account)

    def record(self, entry: JournalEntry) -> None:
        with self._lock:
            self._journal.append(entry)
            if entry.operation_id in self._answered and entry.status:
                self._answered[entry.operation_id].add(entry.status)

    def journal(self) -> list[JournalEntry]:
        """The requests received, oldest first."""
        with self._lock:
            return list(self._journal)

    def clear_journal(self) -> None:
        """Forget the requests received, and so the statuses answered."""
        with self._lock:
            self._journal.clear()
            for answered in self._answered.values():
                answered.clear()

    def add_fault(self, fault: Fault) -> None:
        """Arm a fault (after those already armed: the first that matches a request applies)."""
        if fault.operation_id is not None and fault.operation_id not in self.documented:
            raise HarnessError(400, f"no operation {fault.operation_id[:50]!r} in the spec")
        left = fault.times if fault.times is not None or fault.ratio is not None else 1
        with self._lock:
            self._faults.append(_Armed(fault, left))

    def faults(self) -> list[Fault]:
        """The faults still armed."""
        with self._lock:
            return [armed.fault for armed in self._faults]

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()
            self._random.seed(0)

    def take_fault(self, operation_id: str) -> Fault | None:
        """The fault that applies to this request, if any (counting it down)."""
        if not self._faults:  # nothing armed: the common case, read without the lock
            return None
        with self._lock:
            for armed in self._faults:
                fault = armed.fault
                if fault.operation_id not in (None, operation_id):
                    continue
                if fault.ratio is not None and self._random.random() >= fault.ratio:
                    continue
                if armed.left is not None:
                    armed.left -= 1
                    if armed.left == 0:
                        self._faults.remove(armed)
                return fault
        return None

    def enforce_rate_limit(self, enforce: bool = True) -> None:
        """Hold each account to the spec's `x-rate-limit` (or stop); a 400 when it has none."""
        if enforce and self.rate_limit is None:
            raise HarnessError(400, "the spec documents no x-rate-limit")
        with self._lock:
            self.enforcing = enforce
            self._windows.clear()

    def over_rate_limit(self, account: str, now: float) -> int | None:
        """Seconds until `account` may send again, when enforcing and this request is one too
        many in its window; None when it may go on (and is counted)."""
        limit = self.rate_limit
        if not self.enforcing or limit is None:
            return None
        window = int(now // limit.seconds)
        with self._lock:
            started, count = self._windows.get(account, (window, 0))
            count = count + 1 if started == window else 1
            self._windows[account] = (window, count)
        if count <= limit.requests:
            return None
        return max(1, math.ceil((window + 1) * limit.seconds - now))

    def coverage(self) -> dict[str, dict[str, list[Any]]]:
        """For each operation: the response keys documented, and the statuses answered."""
        with self._lock:
            return {
                operation: {"documented": keys, "answered": sorted(self._answered[operation])}
                for operation, keys in self.documented.items()
            }

    def handle(self, method: str, name: str, query: Mapping[str, str], document: Any) -> tuple[int, Any]:
        """Answer a request to `/__mock/<name>`: a status and a JSON body."""
        endpoint = ENDPOINTS.get((method, name))
        if endpoint is None:
            allowed = sorted(verb for verb, known in ENDPOINTS if known == name)
            if allowed:
                raise HarnessError(405, f"{method[:20]} /__mock/{name}: use {' or '.join(allowed)}")
            raise HarnessError(404, f"no harness endpoint /__mock/{name[:50]}; known: {_known()}")
        return endpoint(self, query, document)


def _reset(harness: Harness, query: Mapping[str, str], document: Any) -> tuple[int, Any]:
    harness.reset(query.get("account"))
    return 200, {"reset": query.get("account", "all")}


def _journal(harness: Harness, query: Mapping[str, str], document: Any) -> tuple[int, Any]:
    return 200, [entry.as_json() for entry in harness.journal()]


def _clear_journal(harness: Harness, query: Mapping[str, str], document: Any) -> tuple[int, Any]:
    harness.clear_journal()
    return 200, []


def _add_fault(harness: Harness, query: Mapping[str, str], document: Any) -> tuple[int, Any]:
    fault = Fault.from_json(document)
    harness.add_fault(fault)
    return 201, fault.as_json()


def _faults(harness: Harness, query: Mapping[str, str], document: Any) -> tuple[int, Any]:
    return 200, [fault.as_json() for fault in harness.faults()]


def _clear_faults(harness: Harness, query: Mapping[str, str], document: Any) -> tuple[int, Any]:
    harness.clear_faults()
    return 200, []


def _coverage(harness: Harness, query: Mapping[str, str], document: Any) -> tuple[int, Any]:
    return 200, harness.coverage()


def _rate_limit(harness: Harness, query: Mapping[str, str], document: Any) -> tuple[int, Any]:
    limit = str(harness.rate_limit) if harness.rate_limit else None
    return 200, {"enforce": harness.enforcing, "limit": limit}


def _enforce_rate_limit(harness: Harness, query: Mapping[str, str], document: Any) -> tuple[int, Any]:
    if (
        not isinstance(document, dict)
        or set(document) != {"enforce"}
        or not isinstance(document["enforce"], bool)
    ):
        raise HarnessError(400, 'send {"enforce": true} or {"enforce": false}')
    harness.enforce_rate_limit(document["enforce"])
    return _rate_limit(harness, query, document)


ENDPOINTS: dict[tuple[str, str], Callable[[Harness, Mapping[str, str], Any], tuple[int, Any]]] = {
    ("POST", "reset"): _reset,
    ("GET", "journal"): _journal,
    ("DELETE", "journal"): _clear_journal,
    ("POST", "faults"): _add_fault,
    ("GET", "faults"): _faults,
    ("DELETE", "faults"): _clear_faults,
    ("GET", "coverage"): _coverage,
    ("GET", "rate-limit"): _rate_limit,
    ("POST", "rate-limit"): _enforce_rate_limit,
}
"""The harness endpoints by method and name below `/__mock/`."""


def _known() -> str:
    return ", ".join(sorted({f"{method} /__mock/{name}" for method, name in ENDPOINTS}))


def _reached(keys: Sequence[str], answered: Sequence[int]) -> set[str]:
    """The documented response keys that an answered status matches (exactly, by its `NXX`
    range, or as the `default`)."""
    reached = set()
    for status in answered:
        exact, ranged = str(status), f"{status // 100}XX"
        reached.add(exact if exact in keys else ranged if ranged in keys else "default")
    return reached & set(keys)


def coverage_table(harnesses: Sequence[Harness] | None = None, shown: int = 8) -> str:
    """Per API (every mock of this process with a journal, merged by spec title): operations
    called, documented statuses answered, and the operations never called."""
    merged: dict[str, dict[str, tuple[list[str], set[int]]]] = {}
    for harness in harnesses if harnesses is not None else list(_HARNESSES):
        api = merged.setdefault(harness.title, {})
        for operation, seen in harness.coverage().items():
            keys, answered = api.get(operation, (seen["documented"], set()))
            api[operation] = (keys, answered | set(seen["answered"]))
    lines = [
        "",
        "mock coverage (from the journals)",
        f"{'API':<30}{'operations':>11}{'statuses':>11}  never called",
    ]
    for title, api in sorted(merged.items()):
        called = sorted(operation for operation, (_, answered) in api.items() if answered)
        if not called:
            continue
        documented = sum(len(keys) for keys, _ in api.values())
        reached = sum(len(_reached(keys, sorted(answered))) for keys, answered in api.values())
        missing = sorted(set(api) - set(called))
        more = f" (+{len(missing) - shown} more)" if len(missing) > shown else ""
        lines.append(
            f"{title[:29]:<30}{len(called):>6}/{len(api):<4}{reached:>6}/{documented:<4}  "
            f"{', '.join(missing[:shown]) or 'none'}{more}"
        )
    return "\n".join(lines)
