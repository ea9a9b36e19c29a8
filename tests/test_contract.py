"""Schemathesis over every vendor's spec: every default check, positive and negative data, and
stateful sequences along the specs' links; against the in-process mocks, and against the live
APIs whose credentials are in the environment (see scripts/targets.py).

CONTRACT_MAX_EXAMPLES sets the number of generated cases per operation (default 60).
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings

from scripts.checks import checks_for
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


lazy_schema = schemathesis.pytest.from_fixture("api_schema")


@lazy_schema.parametrize()
@FUZZ_SETTINGS
def test_operation(case: Any, target: Target) -> None:
    """Examples, coverage and fuzzed cases of every operation pass every check."""
    case.call_and_validate(**checks_for(target.vendor))


def test_stateful(api_schema: Any, target: Target) -> None:
    """Each sequence starts from empty accounts on the mock."""
    app = target.app
    run_stateful(api_schema, checks_for(target.vendor), app.reset if app else lambda: None, STATEFUL_SETTINGS)
