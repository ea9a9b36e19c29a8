"""Our mocks beside Stoplight Prism 5.14.2 (`prism mock -v error`, pinned in package.json) on the
same resolved spec (mocks/specs/<vendor>.json) and the same requests, over loopback.

Each server runs in its own process; the load generator (below) keeps a few keep-alive
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
import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import httpx

from mocks import create_app
from mocks.registry import resolved_spec_path
from mocks.server import bind

__all__ = ["Scenario", "Throughput", "compare", "load", "main", "render"]

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
CONNECTIONS = 4
SECONDS = 2.0
WARMUP_SECONDS = 10.0
ROUNDS = 3
CANNED_BODY = b'{"ok":true}'


Prepare = Callable[[httpx.Client], tuple[dict[str, str], object]]
"""Given a client at a server's base URL, the headers and JSON body of the scenario's request
there (a token from the server's token endpoint, an id the server made)."""


@dataclass(frozen=True)
class Scenario:
    """One kind of request, sent the same way to every server: its vendor, method and path
    (below the API's base path); `prepare` gives the headers and body for one server."""

    name: str
    vendor: str
    method: str
    path: str
    prepare: Prepare = field(repr=False)


@dataclass(frozen=True)
class Throughput:
    """Answers per second, and how many answers were not 2xx (which fail the run)."""

    per_second: float
    answers: int
    failures: int
    first_failure: str = ""


MOVALIO_KEY = {"Authentication": "mock-app-id:mock-client-key"}
FILMS = [{"film_id": f"F{k}", "title": f"Film {k}"} for k in range(10)]


def _movio_token(http: httpx.Client) -> dict[str, str]:
    """A bearer token from the server's token endpoint, or any token where it has none (Prism
    checks only that one is sent)."""
    answer = http.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=("mock-client-id", "mock-client-secret"),
    )
    token = answer.json()["access_token"] if answer.status_code == 200 else "bench-token"
    return {"Authorization": f"Bearer {token}"}


def _tagging(http: httpx.Client) -> tuple[dict[str, str], object]:
    """Tag a subscriber made for the run (Prism, which answers its first example to everything,
    is given any uuid)."""
    subscribe = {"action": "subscribe", "type": "email", "email": "bench@example.org"}
    answer = http.post("/", json=subscribe, headers=MOVALIO_KEY).json()
    uuid = answer.get("uuid", "0b8e3b7e-4f3a-4f8e-9a57-3c1d2f6e5a10")
    return MOVALIO_KEY, {"action": "subscriber:tag", "uuid": uuid, "tags": {"plan": "gold"}}


SCENARIOS = [
    Scenario(
        "GET categories", "movio", "GET", "/subscriptions/categories", lambda http: (_movio_token(http), None)
    ),
    Scenario("PUT 10 films", "movio", "PUT", "/films", lambda http: (_movio_token(http), FILMS)),
    Scenario("Movalio subscriber:tag", "movalio", "POST", "/", _tagging),
]
"""The requests of the issue: a GET, a 10-record bulk write, a Movalio action."""


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
    """One keep-alive connection sending the same request again as soon as each answer is in."""

    def __init__(self, request: bytes, until: float, tally: _Tally, closed: asyncio.Future[None]) -> None:
        self.request, self.until, self.tally, self.closed = request, until, tally, closed
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)
        self.transport.write(self.request)

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
            self.transport.write(self.request)
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


async def _load(port: int, request: bytes, connections: int, seconds: float) -> Throughput:
    loop = asyncio.get_running_loop()
    tally = _Tally()
    until = time.monotonic() + seconds
    started = time.perf_counter()
    closed: list[asyncio.Future[None]] = [loop.create_future() for _ in range(connections)]
    for future in closed:
        await loop.create_connection(
            functools.partial(_Connection, request, until, tally, future), "127.0.0.1", port
        )
    await asyncio.gather(*closed)
    elapsed = time.perf_counter() - started
    return Throughput(tally.answers / elapsed, tally.answers, tally.failures, tally.first_failure)


def load(port: int, request: bytes, seconds: float = SECONDS, connections: int = CONNECTIONS) -> Throughput:
    """Answers per second from a server on 127.0.0.1:`port` to `request` for `seconds`."""
    return _event_loop_runner()(_load(port, request, connections, seconds))


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


def _request(port: int, scenario: Scenario, base_path: str) -> bytes:
    with httpx.Client(base_url=f"http://127.0.0.1:{port}{base_path}") as http:
        headers, body = scenario.prepare(http)
    return _encode(scenario.method, base_path + scenario.path, headers, body)


def compare(rounds: int = ROUNDS) -> tuple[Throughput, list[tuple[Scenario, Throughput, Throughput]]]:
    """The generator's ceiling, then ours and Prism's throughput for each scenario: both servers
    up side by side, measured in alternation, the best round of each."""
    with _process(_canned()) as port:
        request = _encode("GET", "/", {}, None)
        load(port, request)
        ceiling = _best_of([load(port, request) for _ in range(rounds)])
    rows = []
    for scenario in SCENARIOS:
        base = create_app(scenario.vendor, env={}).base_path
        with _process(_ours(scenario.vendor)) as ours, _process(_prism(scenario.vendor)) as prism:
            requests = {ours: _request(ours, scenario, base), prism: _request(prism, scenario, base)}
            for port, request in requests.items():
                load(port, request, WARMUP_SECONDS)
            runs: dict[int, list[Throughput]] = {ours: [], prism: []}
            for _ in range(rounds):
                for port, request in requests.items():
                    runs[port].append(load(port, request))
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


def render(ceiling: Throughput, rows: list[tuple[Scenario, Throughput, Throughput]]) -> str:
    """The figures as a table: requests per second, ours / Prism."""
    lines = [
        f"mocks vs Prism 5.14.2 (-v error): {CONNECTIONS} keep-alive connections, best of {ROUNDS} runs "
        f"of {SECONDS:.0f} s each, in alternation, after {WARMUP_SECONDS:.0f} s of warm-up",
        f"{'request':<26}{'ours (req/s)':>14}{'Prism (req/s)':>15}{'ratio':>8}",
    ]
    for scenario, ours, prism in rows:
        ratio = ours.per_second / prism.per_second if prism.per_second else float("inf")
        lines.append(f"{scenario.name:<26}{ours.per_second:>14.0f}{prism.per_second:>15.0f}{ratio:>8.2f}")
    lines.append(f"{'load generator ceiling':<26}{ceiling.per_second:>14.0f}   (a canned answer, same run)")
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
