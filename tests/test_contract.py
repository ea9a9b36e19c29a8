"""Schemathesis over every vendor's spec: every default check, positive and negative data, and
stateful sequences along the specs' links; against the in-process mocks, and against the live
APIs whose credentials are in the environment (see scripts/targets.py).

Against a live API only its safe operations are fuzzed, and the stateful sequences run only
with CONTRACT_ALLOW_WRITES=1, writing only to records they create (scripts/live_safety.py).
CONTRACT_MAX_EXAMPLES sets the number of generated cases per operation (default 60).
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from scripts.checks import checks_for
from scripts.live_safety import RecordKeeping, fuzzable
from scripts.stateful import run_stateful
from scripts.targets import Target

MAX_EXAMPLES = int(os.environ.get("CONTRACT_MAX_EXAMPLES", "60"))
FUZZ_SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
STATEFUL_SETTINGS = settings(FUZZ_SETTINGS, max_examples=max(10, MAX_EXAMPLES // 3), stateful_step_count=6)


lazy_schema = schemathesis.pytest.from_fixture("api_schema").include(func=fuzzable)


@pytest.mark.read_only
@lazy_schema.parametrize()
@FUZZ_SETTINGS
def test_operation(case: Any, target: Target) -> None:
    """Examples, coverage and fuzzed cases of every operation (of a live API: every safe one)
    pass every check."""
    case.call_and_validate(**checks_for(target.vendor))


def test_stateful(api_schema: Any, target: Target) -> None:
    """Each sequence starts from empty accounts on the mock, and deletes what it created on a
    live API."""
    checks = checks_for(target.vendor)
    if target.app is not None:
        run_stateful(api_schema, checks, target.app.reset, STATEFUL_SETTINGS)
        return
    kept = RecordKeeping(api_schema)
    if not kept.keeper.creates:
        pytest.skip("no operation creates a record the run could delete: no write is sent")
    run_stateful(kept, checks, lambda: None, STATEFUL_SETTINGS)
