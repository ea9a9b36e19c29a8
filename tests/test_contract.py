"""Schemathesis over every vendor's spec: every default check, positive and negative data, and
stateful sequences along the specs' links; against the in-process mocks, and against the live
APIs whose credentials are in the environment (see scripts/targets.py).

CONTRACT_MAX_EXAMPLES sets the number of generated cases per operation (default 60).
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from mocks.movalio import DUPLICATE_EMAIL
from scripts.targets import Target, all_targets

MAX_EXAMPLES = int(os.environ.get("CONTRACT_MAX_EXAMPLES", "60"))
FUZZ_SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)


def _is_business_rule(response: Any) -> bool:
    """A rejection the vendor documents for valid-looking data: Movalio's duplicate email (400)."""
    if response.status_code != 400:
        return False
    try:
        errors = response.json().get("errors", {})
    except ValueError:
        return False
    return DUPLICATE_EMAIL in errors.get("email", [])


def valid_data_accepted(ctx: Any, response: Any, case: Any) -> bool | None:
    """schemathesis' positive_data_acceptance, except for rejections a vendor documents as
    business rules (schema-valid data that breaks a rule on existing state)."""
    if _is_business_rule(response):
        return None
    return positive_data_acceptance(ctx, response, case)


# positive_data_acceptance is replaced (not dropped) by valid_data_accepted: Movalio documents a 400
# for a schema-valid subscribe whose email already exists, which the built-in check cannot know.
CHECKS: dict[str, Any] = {
    "excluded_checks": [positive_data_acceptance],
    "additional_checks": [valid_data_accepted],
}

TARGETS = all_targets()


@pytest.fixture(scope="module", params=TARGETS, ids=[target.name for target in TARGETS])
def target(request: pytest.FixtureRequest) -> Target:
    chosen: Target = request.param
    return chosen


@pytest.fixture(scope="module")
def api_schema(target: Target) -> Any:
    if target.app is not None:
        loaded = schemathesis.openapi.from_asgi("/openapi.json", target.app)
    else:
        loaded = schemathesis.openapi.from_dict(target.spec)
        loaded.config.update(base_url=target.base_url)
    loaded.config.update(headers=target.auth_headers())
    return loaded


lazy_schema = schemathesis.pytest.from_fixture("api_schema")


@lazy_schema.parametrize()
@FUZZ_SETTINGS
def test_operation(case: Any) -> None:
    """Examples, coverage and fuzzed cases of every operation pass every check."""
    case.call_and_validate(**CHECKS)


def test_stateful(api_schema: Any, target: Target) -> None:
    """Random sequences along the spec's links pass every check, stateful ones included."""
    workflow = api_schema.as_state_machine()

    class CheckedWorkflow(workflow):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            if target.app is not None:  # each sequence starts from an empty account
                target.app.reset()

        def validate_response(
            self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            case.validate_response(response, transport_kwargs=kwargs or None, **CHECKS)

    CheckedWorkflow.run(
        settings=settings(FUZZ_SETTINGS, max_examples=max(10, MAX_EXAMPLES // 3), stateful_step_count=6)
    )
