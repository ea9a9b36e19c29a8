"""Shared fixtures: vendor mocks served over real loopback HTTP, and contract targets."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis

from mocks import create_app
from mocks.server import ServedMock, serving
from scripts.targets import Target, all_targets


@pytest.fixture(scope="module")
def served_movalio() -> Iterator[ServedMock]:
    with serving(create_app("movalio")) as mock:
        yield mock


@pytest.fixture(scope="module")
def served_movio() -> Iterator[ServedMock]:
    with serving(create_app("movio", token_lifetime=3600.0)) as mock:
        yield mock


TARGETS = all_targets()


@pytest.fixture(scope="module", params=TARGETS, ids=[target.name for target in TARGETS])
def target(request: pytest.FixtureRequest) -> Target:
    """Each vendor's in-process mock, and each live API with credentials in the environment."""
    chosen: Target = request.param
    return chosen


@pytest.fixture(scope="module")
def api_schema(target: Target) -> Any:
    """The target's spec loaded by schemathesis, with the target's credentials."""
    if target.app is not None:
        loaded = schemathesis.openapi.from_asgi("/openapi.json", target.app)
    else:
        loaded = schemathesis.openapi.from_dict(target.spec)
        loaded.config.update(base_url=target.base_url)
    loaded.config.update(headers=target.auth_headers())
    return loaded


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test marked `vendor(name)` runs only against that vendor's targets."""
    kept, deselected = [], []
    for item in items:
        marker = item.get_closest_marker("vendor")
        callspec = getattr(item, "callspec", None)
        chosen = callspec.params.get("target") if callspec else None
        if marker and isinstance(chosen, Target) and chosen.vendor not in marker.args:
            deselected.append(item)
        else:
            kept.append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept
