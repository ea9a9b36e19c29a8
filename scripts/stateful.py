"""The stateful phase of a contract run: random sequences along a spec's links."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import settings

__all__ = ["run_stateful"]


def run_stateful(
    api_schema: Any, checks: dict[str, Any], setup: Callable[[], None], run_settings: settings
) -> None:
    """Random sequences along the spec's links, every check on every step, stateful ones included.

    The override keeps everything schemathesis passes to `validate_response` (its checks, the
    transport arguments and the scenario recorder the stateful checks read) and adds ours.
    """
    workflow = api_schema.as_state_machine()

    class CheckedWorkflow(workflow):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            setup()

        def validate_response(
            self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            case.validate_response(
                response,
                excluded_checks=checks["excluded_checks"],
                additional_checks=[*(additional_checks or ()), *checks["additional_checks"]],
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )

    CheckedWorkflow.run(settings=run_settings)
