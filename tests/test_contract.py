"""Schemathesis over every vendor's spec: every default check, positive and negative data, and
stateful sequences along the specs' links; against the in-process mocks, and against the live
APIs whose credentials are in the environment (see scripts/targets.py).

Against a live API only its safe operations are fuzzed, and the stateful sequences run only
with CONTRACT_ALLOW_WRITES=1, writing only to records they create (scripts/live_safety.py).
CONTRACT_MAX_EXAMPLES sets the number of generated cases per operation for every vendor (default
60; the stateful run makes a third of that many sequences, at least 10). A spec's top-level
`x-contract-max-examples` lowers its own operations' default (a large spec, where the examples and
coverage cases already weigh most), and `x-contract-link-inference: false` keeps the stateful run
to the spec's own links (schemathesis infers no others from names and shapes).
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import InferenceAlgorithm

from scripts.checks import checks_for
from scripts.live_safety import RecordKeeping, fuzzable
from scripts.stateful import run_stateful
from scripts.targets import Target

FUZZ_SETTINGS = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)


MAX_EXAMPLES = int(os.environ.get("CONTRACT_MAX_EXAMPLES", "60"))


def max_examples(target: Target) -> int:
    """Generated cases per operation: CONTRACT_MAX_EXAMPLES, else the spec's
    `x-contract-max-examples`, else 60."""
    chosen = os.environ.get("CONTRACT_MAX_EXAMPLES") or target.spec.get("x-contract-max-examples", 60)
    return int(chosen)


@pytest.fixture(scope="module")
def contract_schema(api_schema: Any, target: Target) -> Any:
    """The target's schema, generating its vendor's number of cases per operation (the settings
    above leave `max_examples` to it), with link inference unless its spec turns it off."""
    api_schema.config.generation.update(max_examples=max_examples(target))
    if target.spec.get("x-contract-link-inference") is False:
        api_schema.config.phases.stateful.inference.algorithms = [InferenceAlgorithm.LOCATION_HEADERS]
    return api_schema


lazy_schema = schemathesis.pytest.from_fixture("contract_schema").include(func=fuzzable)


@pytest.mark.read_only
@lazy_schema.parametrize()
@FUZZ_SETTINGS
def test_operation(case: Any, target: Target) -> None:
    """Examples, coverage and fuzzed cases of every operation (of a live API: every safe one)
    pass every check."""
    case.call_and_validate(**checks_for(target.vendor))


def test_stateful(contract_schema: Any, target: Target) -> None:
    """Each sequence starts from empty accounts on the mock, and deletes what it created on a
    live API."""
    checks = checks_for(target.vendor)
    stateful_settings = settings(
        FUZZ_SETTINGS, max_examples=max(10, MAX_EXAMPLES // 3), stateful_step_count=6
    )
    if target.app is not None:
        run_stateful(contract_schema, checks, target.app.reset, stateful_settings)
        return
    kept = RecordKeeping(contract_schema)
    if not kept.keeper.creates:
        pytest.skip("no operation creates a record the run could delete: no write is sent")
    run_stateful(kept, checks, lambda: None, stateful_settings)
