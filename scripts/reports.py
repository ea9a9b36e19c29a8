"""The reports of `make contract`, per target: a JUnit XML file (pytest's own writer) and a VCR
cassette (schemathesis' own writer) of the requests and responses of the failing checks, or of
every request with CONTRACT_RECORD_ALL=1. Credential values are redacted from both, and from
everything the run prints.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote, quote_plus

import pytest
from _pytest.junitxml import LogXML
from schemathesis.config import OutputConfig
from schemathesis.engine.recorder import ScenarioRecorder
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER
from schemathesis.reporting.vcr import VcrWriter

__all__ = [
    "NODE",
    "REDACTED",
    "REPORTS",
    "ContractReports",
    "RedactingStream",
    "Redactor",
    "redacted_output",
]

NODE = re.compile(r"::(?P<test>\w+)\[(?P<target>[\w-]+)\](?:\[(?P<operation>[^\]]+)\])?$")
"""A contract test's node id: the test, its target and, for one operation's fuzzing, the operation."""
REDACTED = "[Filtered]"
SHORTEST_SECRET = 4
"""Shorter values are not redacted: replacing them would garble the reports."""


class Redactor:
    """Replaces known secret values, as sent raw, URL-encoded or inside JSON strings."""

    def __init__(self) -> None:
        self._forms: set[str] = set()

    def add(self, secrets: Iterable[str]) -> None:
        for secret in secrets:
            if len(secret) >= SHORTEST_SECRET:
                self._forms |= {secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]}

    def apply(self, text: str) -> str:
        for form in sorted(self._forms, key=len, reverse=True):
            text = text.replace(form, REDACTED)
        return text


class RedactingStream(io.TextIOBase):
    """A text stream that redacts what is written before passing it on."""

    def __init__(self, stream: TextIO, redactor: Redactor) -> None:
        self._stream = stream
        self._redactor = redactor

    def write(self, text: str) -> int:
        self._stream.write(self._redactor.apply(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding


@contextmanager
def redacted_output(redactor: Redactor) -> Iterator[None]:
    """Redact standard output and error for the `with` block."""
    saved = sys.stdout, sys.stderr
    sys.stdout = RedactingStream(saved[0], redactor)
    sys.stderr = RedactingStream(saved[1], redactor)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


REPORTS: pytest.StashKey[ContractReports] = pytest.StashKey()
"""Where the contract fixtures find the running `ContractReports` (absent outside `make contract`)."""


def _failing(recorded: ScenarioRecorder) -> list[str]:
    """The last case that failed each check (hypothesis replays the smallest example last), or
    the last case when the test failed without a check failing."""
    last = {
        check.name: case_id
        for case_id in recorded.failing_case_ids()
        for check in recorded.checks[case_id]
        if check.failure_info is not None
    }
    if last:
        return [case_id for case_id in recorded.interactions if case_id in last.values()]
    return list(recorded.interactions)[-1:]


class ContractReports:
    """A pytest plugin writing each target's JUnit file and cassette under `directory`."""

    def __init__(self, directory: Path, *, record_all: bool) -> None:
        self.directory = directory
        self.record_all = record_all
        self.redactor = Redactor()
        self.recorded: Counter[str] = Counter()
        self._junit: dict[str, LogXML] = {}
        self._cassettes: dict[str, tuple[VcrWriter, io.StringIO]] = {}
        self._pending = ScenarioRecorder(label="pending")
        self._hooks: dict[str, Callable[..., None]] = {
            "after_call": self._answered,
            "after_network_error": self._unanswered,
            "after_validate": self._validated,
        }

    def redact(self, secrets: Iterable[str]) -> None:
        """Redact these values from the reports and from the printed output."""
        self.redactor.add(secrets)

    def junit_path(self, target: str) -> Path:
        return self.directory / f"{target}.xml"

    def cassette_path(self, target: str) -> Path:
        return self.directory / f"{target}.cassette.yaml"

    def files(self) -> dict[str, list[Path]]:
        """The report files of each target of the run."""
        return {
            target: [
                self.junit_path(target),
                *([self.cassette_path(target)] if target in self._cassettes else []),
            ]
            for target in self._junit
        }

    # schemathesis hooks: every request of the run, until the test that sent it reports
    def _answered(self, context: Any, case: Any, response: Any) -> None:
        self._pending.record_case(case=case)
        self._pending.record_response(case_id=case.id, response=response)

    def _unanswered(self, context: Any, case: Any, request: Any) -> None:
        self._pending.record_case(case=case)
        self._pending.record_request(case_id=case.id, request=request)

    def _validated(self, context: Any, case: Any, response: Any, results: list[Any]) -> None:
        for result in results:
            if result.failure is None:
                self._pending.record_check_success(name=result.name, case_id=case.id)
            else:
                self._pending.record_check_failure(
                    name=result.name, case_id=case.id, code_sample="", failure=result.failure
                )

    # pytest hooks
    def pytest_configure(self, config: pytest.Config) -> None:
        config.stash[REPORTS] = self

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        for name, hook in self._hooks.items():
            GLOBAL_HOOK_DISPATCHER.register_hook_with_name(hook, name)

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        targets = {found["target"] for item in session.items if (found := NODE.search(item.nodeid))}
        self.directory.mkdir(parents=True, exist_ok=True)
        for target in sorted(targets):
            self.cassette_path(target).unlink(missing_ok=True)
            self._junit[target] = LogXML(
                str(self.junit_path(target)), None, suite_name=target, family="xunit2"
            )
            self._junit[target].pytest_sessionstart()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        found = NODE.search(report.nodeid)
        if found is None or found["target"] not in self._junit:
            return
        self._junit[found["target"]].pytest_runtest_logreport(report)
        if report.when == "call" or report.failed:
            self._keep(found["target"], report.failed)

    def _keep(self, target: str, failed: bool) -> None:
        recorded, self._pending = self._pending, ScenarioRecorder(label="pending")
        kept = list(recorded.interactions) if self.record_all else _failing(recorded) if failed else []
        if not kept:
            return
        chosen = ScenarioRecorder(label=target)
        for case_id in kept:
            chosen.record_case_node(case_id, recorded.cases[case_id])
            chosen.record_interaction(case_id, recorded.interactions[case_id])
            for check in recorded.checks.get(case_id, []):
                chosen.record_check_node(case_id, check)
        if target not in self._cassettes:
            buffer = io.StringIO()
            writer = VcrWriter(output=buffer, config=OutputConfig())
            writer.open(seed=None, command="python -m scripts.contract")
            self._cassettes[target] = writer, buffer
        self._cassettes[target][0].write(chosen)
        self.recorded[target] += len(kept)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        for hook in self._hooks.values():
            GLOBAL_HOOK_DISPATCHER.unregister(hook)
        for target, junit in self._junit.items():
            junit.pytest_sessionfinish()
            path = self.junit_path(target)
            path.write_text(self.redactor.apply(path.read_text(encoding="utf-8")), encoding="utf-8")
        for target, (writer, buffer) in self._cassettes.items():
            text = buffer.getvalue() + "\n"
            writer.close()
            self.cassette_path(target).write_text(self.redactor.apply(text), encoding="utf-8")
