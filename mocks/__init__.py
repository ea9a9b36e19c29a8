"""Stateful mock servers for each vendor, driven by the vendor's resolved spec.

`create_app("movio")` is an ASGI app; serve it with `mocks.server.serving`, from the command
line with `python -m mocks VENDOR --port P`, or in-process with `mocks.transport.InProcessTransport`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping, Sequence
from typing import Any

from mocks.core import MockServer
from mocks.credentials import CredentialPlan, accounts_from, accounts_given
from mocks.registry import UnknownVendor, known_vendors, load_spec, rules_of
from mocks.rules import Clock

__all__ = ["MockServer", "UnknownVendor", "create_app", "known_vendors"]


def create_app(
    vendor: str,
    *,
    accounts: Sequence[Mapping[str, str]] | None = None,
    env: Mapping[str, str] | None = None,
    clock: Clock = time.time,
    token_lifetime: float = 86400.0,
) -> MockServer[Any]:
    """The mock of `vendor`, as an ASGI app with empty accounts.

    The accounts it accepts are `accounts` (each a mapping of the spec's credential variables,
    e.g. `{"MOVIO_CLIENT_ID": "a", "MOVIO_CLIENT_SECRET": "b"}`, unset ones taking the defaults),
    or else those the environment gives (`env`, default `os.environ`): the variables the live
    contract tests read, comma-separated for several accounts, or the spec's defaults.
    """
    spec = load_spec(vendor)
    plan = CredentialPlan.of(spec)
    chosen = (
        accounts_given(accounts, plan)
        if accounts
        else accounts_from(plan, os.environ if env is None else env)
    )
    return MockServer(spec, rules_of(vendor), chosen, clock=clock, token_lifetime=token_lifetime)
