"""The schemathesis checks the contract tests run: every built-in check, with one refinement."""

from __future__ import annotations

from typing import Any

from schemathesis.specs.openapi.checks import positive_data_acceptance

from mocks.movalio import DUPLICATE_EMAIL


def is_business_rule(response: Any) -> bool:
    """A rejection a vendor documents for schema-valid data: Movalio's duplicate email (400)."""
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
    if is_business_rule(response):
        return None
    result: bool | None = positive_data_acceptance(ctx, response, case)
    return result


# positive_data_acceptance is replaced (not dropped) by valid_data_accepted: Movalio documents a 400
# for a schema-valid subscribe whose email already exists, which the built-in check cannot know.
CHECKS: dict[str, Any] = {
    "excluded_checks": [positive_data_acceptance],
    "additional_checks": [valid_data_accepted],
}
