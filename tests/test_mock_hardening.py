"""Bad input never gets a 5xx from a mock: every class of it answers the vendor's 4xx error body
naming the problem (the core, seen through the Movio and Movalio mocks)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mocks import create_app
from mocks.core import MockServer
from mocks.transport import InProcessTransport

MOVALIO_KEY = {"Authentication": "mock-app-id:mock-client-key"}


@pytest.fixture
def movio() -> MockServer[Any]:
    return create_app("movio", env={})


@pytest.fixture
def movio_http(movio: MockServer[Any]) -> Iterator[httpx.Client]:
    """A Movio client holding a fresh token."""
    with httpx.Client(base_url="http://mock", transport=InProcessTransport(movio)) as client:
        token = client.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=("mock-client-id", "mock-client-secret"),
        ).json()["access_token"]
        client.headers["Authorization"] = f"Bearer {token}"
        yield client


@pytest.fixture
def movalio_http() -> Iterator[httpx.Client]:
    app = create_app("movalio", env={})
    with httpx.Client(base_url="http://mock", transport=InProcessTransport(app)) as client:
        client.headers.update(MOVALIO_KEY)
        yield client


def test_every_missing_required_property_is_named(movio_http: httpx.Client) -> None:
    response = movio_http.put("/films", json=[{}, {"film_id": "F2"}])
    assert response.status_code == 422
    assert response.json()["entities"] == [
        {"field": "0.film_id", "message": "'film_id' is a required property"},
        {"field": "0.title", "message": "'title' is a required property"},
        {"field": "1.title", "message": "'title' is a required property"},
    ]
