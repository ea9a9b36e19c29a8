"""pytest fixtures for your own tests: `<vendor>_mock` (e.g. `movio_mock`) for every vendor the
mock package serves, registered through the `pytest11` entry point when the package is installed.

Each vendor's mock is served once per test session on a free 127.0.0.1 port; before each test
that uses it, its state, journal and faults are cleared. The fixture gives the base URL, the
account's credentials, and the harness (reset, journal, faults, coverage):

    def test_retries_a_rate_limit(movalio_mock):
        movalio_mock.fault(status=429, retry_after=0)
        ...  # point a client at movalio_mock.base_url with movalio_mock.secret
        assert [entry.status for entry in movalio_mock.journal()] == [429, 201]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from mocks import create_app, known_vendors
from mocks.core import MockServer
from mocks.credentials import Account, CredentialPlan, render
from mocks.harness import Fault, JournalEntry
from mocks.server import ServedMock, serving

__all__ = ["MockFixture"]


@dataclass(frozen=True)
class MockFixture:
    """One vendor's mock as a test sees it: served over loopback, with one account."""

    served: ServedMock

    @property
    def app(self) -> MockServer[Any]:
        return self.served.app

    @property
    def base_url(self) -> str:
        """Where the API's paths start (the spec's base path on the mock's origin)."""
        return self.served.base_url

    @property
    def origin(self) -> str:
        return self.served.origin

    @property
    def account(self) -> Account:
        """The account the credentials open (its `id` is the one the journal shows)."""
        return self.app.accounts[0]

    @property
    def credentials(self) -> dict[str, str]:
        """The account's credential variables, by name (e.g. `MOVIO_CLIENT_ID`)."""
        return dict(self.account.variables)

    @property
    def secret(self) -> Any:
        """What the spec's first security scheme sends for the account: a string (an API key,
        a token) or a mapping (`username`/`password`, `client_id`/`client_secret`)."""
        plan = CredentialPlan.of(self.app.spec)
        return render(plan.schemes[plan.scheme({})], self.account.variables)

    @property
    def token_url(self) -> str | None:
        """The mock's OAuth2 token endpoint, when the spec has one."""
        paths = sorted(self.app.token_paths)
        return self.origin + paths[0] if paths else None

    def reset(self, account: str | None = None) -> None:
        """Forget the state of one account (by id), or of every account."""
        self.app.harness.reset(account)

    def journal(self) -> list[JournalEntry]:
        """The requests this test sent, oldest first."""
        return self.app.harness.journal()

    def fault(
        self,
        status: int | None = None,
        *,
        operation_id: str | None = None,
        times: int | None = None,
        ratio: float | None = None,
        retry_after: int | None = None,
        delay_ms: int = 0,
        drop: bool = False,
    ) -> Fault:
        """Make the next matching requests fail (see mocks.harness); returns the armed fault."""
        armed = Fault(status, operation_id, times, ratio, retry_after, delay_ms, drop)
        self.app.harness.add_fault(armed)
        return armed

    def clear_faults(self) -> None:
        self.app.harness.clear_faults()

    def coverage(self) -> dict[str, dict[str, list[Any]]]:
        """For each operation, the statuses documented and those answered."""
        return self.app.harness.coverage()

    def enforce_rate_limit(self, enforce: bool = True) -> None:
        """Hold the account to the spec's `x-rate-limit` (off at the start of each test)."""
        self.app.harness.enforce_rate_limit(enforce)

    def clean(self) -> None:
        """Empty accounts, no journal, no faults, no rate limit enforced."""
        self.app.harness.reset(None)
        self.app.harness.clear_journal()
        self.app.harness.clear_faults()
        self.app.harness.enforcing = False


def _fixtures_for(vendor: str) -> tuple[Callable[..., Any], Callable[..., Any]]:
    @pytest.fixture(scope="session", name=f"_{vendor}_mock_served")
    def served() -> Iterator[ServedMock]:
        with serving(create_app(vendor, env={})) as mock:
            yield mock

    @pytest.fixture(name=f"{vendor}_mock")
    def clean(request: pytest.FixtureRequest) -> MockFixture:
        fixture = MockFixture(request.getfixturevalue(f"_{vendor}_mock_served"))
        fixture.clean()
        return fixture

    served.__doc__ = f"The {vendor} mock on a free loopback port, for the whole session."
    clean.__doc__ = f"The {vendor} mock, with empty accounts, journal and faults for this test."
    return served, clean


for _vendor in known_vendors():
    globals()[f"_{_vendor}_mock_served"], globals()[f"{_vendor}_mock"] = _fixtures_for(_vendor)
