"""Our mocks beside Stoplight Prism 5.14.2 (`prism mock -v error`, pinned in package.json) on the
same resolved spec (mocks/specs/<vendor>.json) and the same requests, over loopback.

For each vendor: a plain read (the first GET the spec lets one send without parameters) and the
vendor's benchmark request (its rules' `sample(n)`, a new one each time: a bulk write, an
action). Both servers run side by side in their own processes, are warmed up, then measured in
alternation; the best run of each counts. The load generator (below) keeps a few keep-alive
connections busy, one request in flight on each, for a fixed time, and counts the answers. It is
measured first against a canned server (a fixed answer, no parsing), so its ceiling is printed
beside the figures it produced: a server figure near the ceiling measures the generator, not the
server.

`python -m scripts.bench_mocks` prints the table alone; `make bench` prints it after the other
figures.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

import httpx

from mocks import create_app, known_vendors
from mocks.credentials import CredentialPlan
from mocks.credentials import render as filled_in
from mocks.registry import load_spec, resolved_spec_path, rules_of
from mocks.routing import Operation, declared_parameters, operations
from mocks.schemas import SchemaSet
from mocks.server import bind
from scripts.targets import SENDERS

__all__ = ["Scenario", "Throughput", "compare", "load", "main", "render"]

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
CONNECTIONS = 4
SECONDS = 2.0
WARMUP_SECONDS = 10.0
ROUNDS = 3
CANNED_BODY = b'{"ok":true}'


Requests = Callable[[], bytes]
"""The next request to send, as bytes on the wire."""


@dataclass(frozen=True)
class Scenario:
    """One kind of request, sent the same way to every server: `method` and `path` (below the
    API's base path), and the JSON body of the n-th request (`body(n)`; None: no body)."""

    name: str
    vendor: str
    method: str
    path: str
    body: Callable[[int], object] = field(repr=False)


@dataclass(frozen=True)
class Throughput:
    """Answers per second, and how many answers were not 2xx (which fail the run)."""

    per_second: float
    answers: int
    failures: int
    first_failure: str = ""


def _plain_read(spec: dict[str, Any]) -> Operation | None:
    """The first GET needing no parameter whose 200 answer is JSON."""
    schemas = SchemaSet(spec)
    for operation in operations(spec):
        answer = schemas.resolve(operation.definition["responses"].get("200", {}))
        parameters = declared_parameters(schemas, operation)
        needs = any(parameter.get("required") for _, parameter in parameters)
        if operation.method == "get" and not needs and "application/json" in answer.get("content", {}):
            return operation
    return None


def scenarios(vendor: str) -> list[Scenario]:
    """A vendor's plain read (if it has one) and its benchmark request (if its rules give one)."""
    found = []
    if (read := _plain_read(load_spec(vendor))) is not None:
        found.append(Scenario(f"{vendor} GET {read.template}", vendor, "GET", read.template, lambda n: None))
    sample = rules_of(vendor).sample
    if sample is not None:
        first = sample(0)
        name = f"{vendor} {first.method} {first.path} (sample)"
        found.append(Scenario(name, vendor, first.method, first.path, lambda n: sample(n).body))
    return found


def _credentials(vendor: str, http: httpx.Client) -> dict[str, str]:
    """Headers carrying the mock's default credentials, as the spec's first scheme sends them:
    an OAuth2 token comes from the server's own token endpoint, or is any token where it has
    none (Prism checks only that one is sent)."""
    spec = load_spec(vendor)
    plan = CredentialPlan.of(spec)
    name = plan.scheme({})
    scheme = spec["components"]["securitySchemes"][name]
    secret = filled_in(plan.schemes[name], plan.variables({}))
    if scheme["type"] == "oauth2":
        token_path = urlsplit(scheme["flows"]["clientCredentials"]["tokenUrl"]).path
        secret = {**secret, "token_url": str(http.base_url.copy_with(path=token_path))}
        try:
            return SENDERS["oauth2"](scheme, secret, http).headers
        except httpx.HTTPStatusError:
            return {"Authorization": "Bearer bench"}
    credentials = SENDERS[scheme["type"]](scheme, secret, http)
    cookies = "; ".join(f"{key}={value}" for key, value in credentials.cookies.items())
    return {**credentials.headers, **({"Cookie": cookies} if cookies else {})}


def _encode(method: str, path: str, headers: dict[str, str], body: object) -> bytes:
    """One HTTP/1.1 request as bytes on the wire."""
    content = b"" if body is None else json.dumps(body).encode()
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: keep-alive"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(content)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + content


@dataclass
class _Tally:
    answers: int = 0
    failures: int = 0
    first_failure: str = ""


class _Connection(asyncio.Protocol):
    """One keep-alive connection sending the next request as soon as each answer is in."""

    def __init__(self, requests: Requests, until: float, tally: _Tally, closed: asyncio.Future[None]) -> None:
        self.requests, self.until, self.tally, self.closed = requests, until, tally, closed
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)
        self.transport.write(self.requests())

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        end = _answer_end(self.buffer)
        if end is None:
            return
        if not self.buffer.startswith(b"HTTP/1.1 2"):
            self.tally.failures += 1
            self.tally.first_failure = self.tally.first_failure or self.buffer[:end].decode("latin-1")[:500]
        self.tally.answers += 1
        self.buffer = self.buffer[end:]
        assert self.transport is not None
        if time.monotonic() < self.until:
            self.transport.write(self.requests())
        else:
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.closed.done():
            self.closed.set_result(None)


def _answer_end(buffer: bytes) -> int | None:
    """Where the first complete answer in `buffer` ends (by Content-Length, or chunked)."""
    head_end = buffer.find(b"\r\n\r\n")
    if head_end < 0:
        return None
    head = buffer[:head_end].lower()
    start = head.find(b"content-length:")
    if start >= 0:
        length = int(head[start + 15 :].split(b"\r\n", 1)[0])
        end = head_end + 4 + length
        return end if len(buffer) >= end else None
    if b"transfer-encoding: chunked" in head:
        last = buffer.find(b"\r\n0\r\n\r\n", head_end)
        return last + 7 if last >= 0 else None
    return head_end + 4


async def _load(port: int, requests: Requests, connections: int, seconds: float) -> Throughput:
    loop = asyncio.get_running_loop()
    tally = _Tally()
    until = time.monotonic() + seconds
    started = time.perf_counter()
    closed: list[asyncio.Future[None]] = [loop.create_future() for _ in range(connections)]
    for future in closed:
        await loop.create_connection(
            functools.partial(_Connection, requests, until, tally, future), "127.0.0.1", port
        )
    await asyncio.gather(*closed)
    elapsed = time.perf_counter() - started
    return Throughput(tally.answers / elapsed, tally.answers, tally.failures, tally.first_failure)


def load(
    port: int, requests: Requests, seconds: float = SECONDS, connections: int = CONNECTIONS
) -> Throughput:
    """Answers per second from a server on 127.0.0.1:`port` to `requests()` for `seconds`."""
    return _event_loop_runner()(_load(port, requests, connections, seconds))


def _event_loop_runner() -> Callable[..., Throughput]:
    try:
        import uvloop
    except ImportError:  # pragma: no cover - uvloop is pinned; plain asyncio still measures
        return asyncio.run
    return uvloop.run


def _free_port() -> int:
    with bind("127.0.0.1", 0) as probe:
        port: int = probe.getsockname()[1]
        return port


def _wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args!r} exited with {process.returncode}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing answered on port {port} within {timeout} s")


@contextmanager
def _process(command: Sequence[str]) -> Iterator[int]:
    """A server started with `command` + its port, stopped afterwards; yields the port."""
    port = _free_port()
    process = subprocess.Popen(
        [*command, str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        _wait_for_port(port, process)
        yield port
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _ours(vendor: str) -> list[str]:
    return [sys.executable, "-m", "mocks", vendor, "--port"]


def _prism(vendor: str) -> list[str]:
    spec = str(resolved_spec_path(vendor))
    return [str(PRISM), "mock", "-h", "127.0.0.1", "-v", "error", spec, "-p"]


def _canned() -> list[str]:
    return [sys.executable, "-m", "scripts.bench_mocks", "--canned"]


def _requests(port: int, scenario: Scenario, base_path: str, numbers: Iterator[int]) -> Requests:
    """The scenario's requests to one server, with credentials that server accepts, numbered
    on from `numbers` (a request never repeats one sent before)."""
    with httpx.Client(base_url=f"http://127.0.0.1:{port}{base_path}") as http:
        headers = _credentials(scenario.vendor, http)
    if scenario.body(0) is None:
        return functools.partial(bytes, _encode(scenario.method, base_path + scenario.path, headers, None))
    return lambda: _encode(scenario.method, base_path + scenario.path, headers, scenario.body(next(numbers)))


Row = tuple[Scenario, Throughput, Throughput]


def compare(rounds: int = ROUNDS) -> tuple[Throughput, list[Row]]:
    """The generator's ceiling, then ours and Prism's throughput for each scenario of each
    vendor: both servers up side by side, warmed up, measured in alternation, best run each."""
    canned = functools.partial(bytes, _encode("GET", "/", {}, None))
    with _process(_canned()) as port:
        load(port, canned)
        ceiling = _best_of([load(port, canned) for _ in range(rounds)])
    rows = []
    for vendor in known_vendors():
        chosen, numbers = scenarios(vendor), itertools.count()
        with _process(_ours(vendor)) as ours, _process(_prism(vendor)) as prism:
            # Prism serves the spec's paths at its root, whatever the servers' path
            bases = {ours: create_app(vendor, env={}).base_path, prism: ""}
            for port in (ours, prism):
                load(port, _requests(port, chosen[-1], bases[port], numbers), WARMUP_SECONDS)
            for scenario in chosen:
                requests = {port: _requests(port, scenario, bases[port], numbers) for port in (ours, prism)}
                runs: dict[int, list[Throughput]] = {ours: [], prism: []}
                for _ in range(rounds):
                    for port, sent in requests.items():
                        runs[port].append(load(port, sent))
                rows.append((scenario, _best_of(runs[ours]), _best_of(runs[prism])))
    return ceiling, rows


def _best_of(runs: list[Throughput]) -> Throughput:
    best = max(runs, key=lambda run: run.per_second)
    failed = [run for run in runs if run.failures]
    return Throughput(
        best.per_second,
        best.answers,
        sum(run.failures for run in runs),
        failed[0].first_failure if failed else "",
    )


def render(ceiling: Throughput, rows: list[Row]) -> str:
    """The figures as a table: requests per second, ours / Prism."""
    lines = [
        f"mocks vs Prism 5.14.2 (-v error): {CONNECTIONS} keep-alive connections, best of {ROUNDS} runs "
        f"of {SECONDS:.0f} s each, in alternation, after {WARMUP_SECONDS:.0f} s of warm-up",
        f"{'request':<46}{'ours (req/s)':>14}{'Prism (req/s)':>15}{'ratio':>8}",
    ]
    for scenario, ours, prism in rows:
        ratio = ours.per_second / prism.per_second if prism.per_second else float("inf")
        lines.append(f"{scenario.name:<46}{ours.per_second:>14.0f}{prism.per_second:>15.0f}{ratio:>8.2f}")
    lines.append(f"{'load generator ceiling':<46}{ceiling.per_second:>14.0f}   (a canned answer, same run)")
    for scenario, ours, prism in rows:
        for who, figure in (("ours", ours), ("Prism", prism)):
            if figure.failures:
                lines.append(
                    f"! {scenario.name} {who}: {figure.failures} answers not 2xx: {figure.first_failure}"
                )
    return "\n".join(lines)


class _CannedAnswer(asyncio.Protocol):
    """Answers every request with the same small JSON document, without parsing it."""

    ANSWER = (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
        + str(len(CANNED_BODY)).encode()
        + b"\r\n\r\n"
        + CANNED_BODY
    )

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:end].lower()
            start = head.find(b"content-length:")
            length = int(head[start + 15 :].split(b"\r\n", 1)[0]) if start >= 0 else 0
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            self.transport.write(self.ANSWER)


async def _serve_canned(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_CannedAnswer, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


def report() -> str:
    """The comparison as printed, or why it cannot run."""
    if not PRISM.exists():
        return f"bench_mocks: {PRISM.relative_to(ROOT)} is missing; run `npm ci`"
    return render(*compare())


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--canned"]:
        with suppress(KeyboardInterrupt):
            _event_loop_runner()(_serve_canned(int(arguments[1])))
        return 0
    print(report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
