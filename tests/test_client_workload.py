"""A workload through a generated client against a mock injecting faults: retries make every
call land exactly once, and the mock's journal shows each retry."""

from __future__ import annotations

from collections import Counter
from typing import Any

from movalio_client.api.actions import perform_action
from movalio_client.auth import connect_movalio_key
from movalio_client.models import SubscribeAction, SubscriberCreated, SubscriberType

from mocks.vendors.movalio import Subscribers

SUBSCRIBES = 1000


def test_a_thousand_subscribes_through_thirty_percent_faults_land_exactly_once(movalio_mock: Any) -> None:
    movalio_mock.fault(status=429, ratio=0.15, retry_after=0)
    movalio_mock.fault(status=503, ratio=0.15)
    with connect_movalio_key(
        movalio_mock.base_url, key=movalio_mock.secret, max_retries=50, sleep=lambda seconds: None
    ) as client:
        for number in range(SUBSCRIBES):
            body = SubscribeAction(type_=SubscriberType.EMAIL, email=f"load{number}@example.org")
            assert isinstance(perform_action.sync(client=client, body=body), SubscriberCreated)
    state = movalio_mock.app.state(movalio_mock.account.id)
    assert isinstance(state, Subscribers)
    assert {s.email for s in state.subscribers.values()} == {
        f"load{n}@example.org" for n in range(SUBSCRIBES)
    }
    assert len(state.subscribers) == SUBSCRIBES
    statuses = Counter(entry.status for entry in movalio_mock.journal())
    assert statuses[201] == SUBSCRIBES
    assert set(statuses) == {201, 429, 503}
    retries = statuses[429] + statuses[503]
    assert 0.2 < retries / sum(statuses.values()) < 0.4, statuses
