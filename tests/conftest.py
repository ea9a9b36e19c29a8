"""Shared fixtures: vendor mocks served over real loopback HTTP, and contract targets."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis

from mocks import create_app, known_vendors
from mocks.server import ServedMock, serving
from scripts.targets import Target, all_targets


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
    credentials = target.credentials()
    parameters = {
        **{f"query.{name}": value for name, value in credentials.query.items()},
        **{f"cookie.{name}": value for name, value in credentials.cookies.items()},
    }
    loaded.config.update(headers=credentials.headers, parameters=parameters or None)
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
