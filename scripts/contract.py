"""`make contract`: fuzz every vendor's spec against its in-process mock (and the live APIs whose
credentials are in the environment) with schemathesis, then print a summary per target.

Extra arguments go to pytest, e.g. `python -m scripts.contract -k movio -x`.
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from mocks.harness import coverage_table
from scripts.vendors import ROOT

CONTRACT_TESTS = ["tests/test_contract.py", "tests/test_scenarios.py"]
NODE = re.compile(r"::(?P<test>\w+)\[(?P<target>[\w-]+)\](?:\[(?P<operation>[^\]]+)\])?$")


@dataclass
class TargetResult:
    """What happened to one target (a vendor's mock or live API)."""

    operations: dict[str, str] = field(default_factory=dict)
    sequences: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    def failed(self) -> list[str]:
        return [
            name for name, outcome in {**self.operations, **self.sequences}.items() if outcome != "passed"
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

    def render(self) -> str:
        lines = [
            "",
            "contract summary",
            f"{'target':<16}{'operations':>12}{'sequences':>11}{'seconds':>9}  failures",
        ]
        for name, result in sorted(self.targets.items()):
            passed_ops = sum(outcome == "passed" for outcome in result.operations.values())
            passed_seq = sum(outcome == "passed" for outcome in result.sequences.values())
            failures = ", ".join(result.failed()) or "none"
            lines.append(
                f"{name:<16}{passed_ops:>6}/{len(result.operations):<5}{passed_seq:>5}/{len(result.sequences):<5}"
                f"{result.seconds:>9.1f}  {failures}"
            )
        return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    summary = Summary()
    arguments = [*CONTRACT_TESTS, "-q", "-p", "no:cacheprovider", "--rootdir", str(ROOT), *(argv or [])]
    code = pytest.main(arguments, plugins=[summary])
    print(summary.render())
    print(coverage_table())  # operations and documented statuses the mocks answered
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
