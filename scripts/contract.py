"""`make contract`: fuzz every vendor's spec against its in-process mock (and the live APIs whose
credentials are in the environment) with schemathesis, then print a summary per target and
write its reports (scripts/reports.py) under `reports/`.

`--vendor NAME` (make: `VENDOR=NAME`) runs one vendor's targets; CONTRACT_RECORD_ALL=1 puts
every request in the cassettes, not only the failing ones. Other arguments go to pytest, e.g.
`python -m scripts.contract -k movio -x`. Exits non-zero when any target fails.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from mocks import known_vendors
from mocks.harness import coverage_table
from scripts.reports import NODE, ContractReports, redacted_output
from scripts.targets import Target
from scripts.vendors import ROOT

CONTRACT_TESTS = ["tests/test_contract.py", "tests/test_scenarios.py"]


@dataclass
class TargetResult:
    """What happened to one target (a vendor's mock or live API)."""

    operations: dict[str, str] = field(default_factory=dict)
    sequences: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    def named(self, *outcomes: str) -> list[str]:
        return [
            name for name, outcome in {**self.operations, **self.sequences}.items() if outcome in outcomes
        ]


class Summary:
    """A pytest plugin that groups contract results by target and prints them at the end."""

    def __init__(self) -> None:
        self.targets: dict[str, TargetResult] = defaultdict(TargetResult)
        self._started: dict[str, float] = {}

    def pytest_runtest_logstart(self, nodeid: str) -> None:
        self._started[nodeid] = time.monotonic()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        found = NODE.search(report.nodeid)
        if found is None or (report.when != "call" and report.passed):
            return
        result = self.targets[found["target"]]
        if found["operation"]:
            result.operations[found["operation"]] = report.outcome
        elif found["test"] != "test_operation":
            result.sequences[found["test"].removeprefix("test_")] = report.outcome
        if report.when == "call" and not found["operation"]:
            result.seconds += time.monotonic() - self._started.get(report.nodeid, time.monotonic())

    def render(self, reports: ContractReports) -> str:
        lines = [
            "",
            "contract summary",
            f"{'target':<16}{'operations':>12}{'sequences':>11}{'seconds':>9}  failures",
        ]
        for name, result in sorted(self.targets.items()):
            passed_ops = sum(outcome == "passed" for outcome in result.operations.values())
            passed_seq = sum(outcome == "passed" for outcome in result.sequences.values())
            failures = ", ".join(result.named("failed")) or "none"
            skipped = result.named("skipped")
            lines.append(
                f"{name:<16}{passed_ops:>6}/{len(result.operations):<5}{passed_seq:>5}/{len(result.sequences):<5}"
                f"{result.seconds:>9.1f}  {failures}"
                + (f" (skipped: {', '.join(skipped)})" if skipped else "")
            )
        lines += ["", "reports"]
        for name, paths in sorted(reports.files().items()):
            recorded = f" ({reports.recorded[name]} requests)" if len(paths) > 1 else ""
            lines.append(f"{name:<16}{'  '.join(_shown(path) for path in paths)}{recorded}")
        return "\n".join(lines)


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


@dataclass(frozen=True)
class OnlyVendor:
    """A pytest plugin that deselects the contract tests of every other vendor."""

    vendor: str

    def pytest_collection_modifyitems(self, config: pytest.Config, items: list[pytest.Item]) -> None:
        kept: list[pytest.Item] = []
        deselected: list[pytest.Item] = []
        for item in items:
            callspec = getattr(item, "callspec", None)
            target = callspec.params.get("target") if callspec else None
            other = isinstance(target, Target) and target.vendor != self.vendor
            (deselected if other else kept).append(item)
        if deselected:
            config.hook.pytest_deselected(items=deselected)
            items[:] = kept


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.contract", epilog="Other arguments go to pytest."
    )
    parser.add_argument("--vendor", choices=known_vendors(), help="test only this vendor's targets")
    parser.add_argument("--reports", type=Path, default=ROOT / "reports", help="where the reports go")
    options, pytest_arguments = parser.parse_known_args(argv)
    summary = Summary()
    reports = ContractReports(
        options.reports.resolve(), record_all=os.environ.get("CONTRACT_RECORD_ALL") == "1"
    )
    plugins: list[object] = [summary, reports, *([OnlyVendor(options.vendor)] if options.vendor else [])]
    arguments = [
        *CONTRACT_TESTS,
        *("-q", "-p", "no:cacheprovider", "--rootdir", str(ROOT)),
        # schemathesis and hypothesis, pytest plugins, are imported before pytest starts here
        *("-W", "ignore:Module already imported so cannot be rewritten:pytest.PytestAssertRewriteWarning"),
        *pytest_arguments,
    ]
    with redacted_output(reports.redactor):
        code = pytest.main(arguments, plugins=plugins)
        print(summary.render(reports))
        print(coverage_table())  # operations and documented statuses the mocks answered
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
