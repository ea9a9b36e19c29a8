"""The schemathesis checks the contract tests run: every built-in check, with one refinement
that asks the vendor's mock rules which rejections of valid data are business rules."""

from __future__ import annotations

from typing import Any

from schemathesis.specs.openapi import checks as builtin
from schemathesis.specs.openapi.checks import positive_data_acceptance

from mocks.registry import rules_of

__all__ = ["checks_for"]


def checks_for(vendor: str) -> dict[str, Any]:
    """Keyword arguments for `case.call_and_validate` / `validate_response`.

    positive_data_acceptance is replaced (not dropped): a vendor documents rejections of
    schema-valid data that break a rule on existing state (a duplicate email, a missing parent),
    which the built-in check cannot know. Its `VendorRules.is_business_rule` names them.
    Checks the vendor's rules call unsound for its API (`unsound_checks`, each with its reason)
    are left out.
    """
    rules = rules_of(vendor)
    is_business_rule = rules.is_business_rule
    unsound = [getattr(builtin, name) for name in rules.unsound_checks]

    def valid_data_accepted(ctx: Any, response: Any, case: Any) -> bool | None:
        try:
            body = response.json()
        except ValueError:
            body = response.text  # a plain-text error body
        if is_business_rule(response.status_code, body):
            return None
        result: bool | None = positive_data_acceptance(ctx, response, case)
        return result

    return {
        "excluded_checks": [positive_data_acceptance, *unsound],
        "additional_checks": [valid_data_accepted],
    }
