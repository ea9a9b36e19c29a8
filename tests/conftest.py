"""Shared fixtures: vendor mocks served over real loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mocks import create_app
from mocks.server import ServedMock, serving


@pytest.fixture(scope="module")
def served_movalio() -> Iterator[ServedMock]:
    with serving(create_app("movalio")) as mock:
        yield mock


@pytest.fixture(scope="module")
def served_movio() -> Iterator[ServedMock]:
    with serving(create_app("movio", token_lifetime=3600.0)) as mock:
        yield mock
