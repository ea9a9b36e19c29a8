"""Shared fixtures: vendor mocks served over real loopback HTTP, contract targets, and `make
contract` runs against a mock posing as a live API."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from starlette.responses import Response

from mocks import MockServer, create_app, known_vendors
from mocks.server import ServedMock, serving
from scripts.live_safety import has_safe_operations
from scripts.reports import REPORTS
from scripts.targets import Target, all_targets, load_schema, mock_target
from scripts.vendors import ROOT


def _served(vendor: str) -> Any:
    @pytest.fixture(scope="module")
    def served() -> Iterator[ServedMock]:
        """The vendor's mock on a free loopback port, with the spec's default account."""
        with serving(create_app(vendor, env={})) as mock:
            yield mock

    return served


for _vendor in known_vendors():  # one fixture per vendor: served_<vendor>
    globals()[f"served_{_vendor}"] = _served(_vendor)


TARGETS = all_targets()


@pytest.fixture
def movio_http() -> Iterator[httpx.Client]:
    """A Movio client (in-process) holding a fresh token of the mock's default account."""
    target = mock_target("movio", env={})
    with target.http() as client:
        client.headers.update(target.credentials().headers)
        yield client


@pytest.fixture(scope="module", params=TARGETS, ids=[target.name for target in TARGETS])
def target(request: pytest.FixtureRequest) -> Target:
    """Each vendor's in-process mock, and each live API with credentials in the environment."""
    chosen: Target = request.param
    return chosen


@pytest.fixture(scope="module")
def api_schema(target: Target, request: pytest.FixtureRequest) -> Any:
    """The target's spec loaded by schemathesis, with the target's credentials (redacted from
    the reports of `make contract`)."""
    credentials = target.credentials()
    reports = request.config.stash.get(REPORTS, None)
    if reports is not None:
        reports.redact(target.secrets(credentials))
    return load_schema(target, credentials)


READ_ONLY = pytest.mark.skip(reason="the live API is read-only: set CONTRACT_ALLOW_WRITES=1 to run this")
NOTHING_SAFE = pytest.mark.skip(reason="no operation of the live API is safe to fuzz: each can change data")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "read_only: sends only what a read-only live API allows")


def _live_skip(item: pytest.Item, target: Target) -> pytest.MarkDecorator | None:
    """Why a test does not run against a live API, if it does not."""
    if item.get_closest_marker("read_only") is None:
        return None if target.writes_allowed else READ_ONLY
    return None if has_safe_operations(target.spec) else NOTHING_SAFE


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test marked `vendor(name)` runs only against that vendor's targets; against a
    read-only live API, only the tests marked `read_only` run, if it has safe operations."""
    kept, deselected = [], []
    for item in items:
        marker = item.get_closest_marker("vendor")
        callspec = getattr(item, "callspec", None)
        chosen = callspec.params.get("target") if callspec else None
        if marker and isinstance(chosen, Target) and chosen.vendor not in marker.args:
            deselected.append(item)
            continue
        kept.append(item)
        if isinstance(chosen, Target) and chosen.app is None and (skip := _live_skip(item, chosen)):
            item.add_marker(skip)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


Answer = Callable[[dict[str, Any]], tuple[int, dict[str, str], bytes] | None]
"""What a `Journal` answers to a request (its ASGI scope) itself, or None to let the mock answer."""


class Journal:
    """A mock posing as a live API: records each request's method and path, and answers those
    `answer` picks itself (given an ASGI-like scope: `type`, `method`, `path`, `headers`).

    It stands where `mocks.server` expects a `MockServer`: requests arrive through `exchange()`
    and are answered by `answer_now()`, both passed on to the mock unless `answer` picks one."""

    def __init__(self, app: MockServer[Any], answer: Answer | None = None) -> None:
        self.app = app
        self.base_path = app.base_path
        self.answer = answer
        self.requests: list[tuple[str, str]] = []
        self._own: dict[int, tuple[int, dict[str, str], bytes]] = {}

    def exchange(self, method: str, raw_path: str, headers: Any, query_string: bytes, origin: str) -> Any:
        exchange = self.app.exchange(method, raw_path, headers, query_string, origin)
        path = raw_path.split("?", 1)[0]
        self.requests.append((method, path))
        scope = {"type": "http", "method": method, "path": path, "headers": list(headers.raw)}
        if self.answer and (own := self.answer(scope)) is not None:
            self._own[id(exchange)] = own
        return exchange

    def answer_now(self, exchange: Any, body: bytes | None) -> Any:
        own = self._own.pop(id(exchange), None)
        if own is None:
            return self.app.answer_now(exchange, body)
        status, headers, content = own
        return Response(content, status, headers)

    def failed(self, exchange: Any) -> Any:
        return self.app.failed(exchange)

    def error_response(self, status: int, message: str) -> Any:
        return self.app.error_response(status, message)

    def served(self) -> Any:
        """`mocks.server.serving` for this journal."""
        return serving(cast(MockServer[Any], self))


@pytest.fixture
def run_contract(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """`python -m scripts.contract ARGUMENTS` with reports under `tmp_path/reports`, 5 examples
    per operation, and only `env` of the environment's contract and credential variables."""

    def run(*arguments: str, env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
        base = {name: os.environ[name] for name in ("PATH", "HOME") if name in os.environ}
        command = [
            sys.executable,
            "-m",
            "scripts.contract",
            "--reports",
            str(tmp_path / "reports"),
            *arguments,
        ]
        return subprocess.run(
            command,
            cwd=ROOT,
            env={**base, "CONTRACT_MAX_EXAMPLES": "5", **env},
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )

    return run


@pytest.fixture
def journal() -> type[Journal]:
    """The `Journal` class, for tests that pose a mock as a live API."""
    return Journal
