"""`make contract` leaves a JUnit file per target and a cassette of the failing requests (all of
them with CONTRACT_RECORD_ALL=1) under `reports/`, with every credential redacted, and prints
them redacted too."""

from __future__ import annotations

import io
import json
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from mocks import create_app
from scripts.reports import REDACTED, RedactingStream, Redactor
from scripts.vendors import ROOT

Run = Callable[..., subprocess.CompletedProcess[str]]
LIVE_MOVIO = {"MOVIO_CLIENT_ID": "live-client-id", "MOVIO_CLIENT_SECRET": "live-client-secret"}


def _suite(path: Path) -> ET.Element:
    suite = ET.parse(path).getroot().find("testsuite")
    assert suite is not None
    return suite


def _interactions(path: Path) -> list[dict[str, Any]]:
    interactions: list[dict[str, Any]] = yaml.safe_load(path.read_text())["http_interactions"]
    return interactions


def test_a_vendor_run_reports_each_target_and_records_every_request_on_request(
    run_contract: Run, tmp_path: Path
) -> None:
    """VENDOR=movalio, CONTRACT_RECORD_ALL=1: one JUnit file and one cassette, holding every
    request, credentials filtered; the summary names both. (The sequences and the scenario
    only: fuzzing the one operation sends a thousand requests.)"""
    result = run_contract("--vendor", "movalio", "-k", "not test_operation", env={"CONTRACT_RECORD_ALL": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    reports = tmp_path / "reports"
    assert sorted(path.name for path in reports.iterdir()) == [
        "movalio-mock.cassette.yaml",
        "movalio-mock.xml",
    ]
    suite = _suite(reports / "movalio-mock.xml")
    assert (suite.get("name"), suite.get("tests"), suite.get("failures"), suite.get("errors")) == (
        "movalio-mock",
        "2",
        "0",
        "0",
    )
    interactions = _interactions(reports / "movalio-mock.cassette.yaml")
    sent = [interaction["request"]["headers"] for interaction in interactions]
    assert {headers["Authentication"][0] for headers in sent if "Authentication" in headers} == {REDACTED}
    assert {interaction["status"] for interaction in interactions} == {"SUCCESS"}
    line = next(line for line in result.stdout.splitlines() if "movalio-mock.xml" in line)
    assert line == (
        f"movalio-mock    {reports / 'movalio-mock.xml'}  {reports / 'movalio-mock.cassette.yaml'}"
        f" ({len(interactions)} requests)"
    )
    text = (reports / "movalio-mock.cassette.yaml").read_text()
    assert "mock-app-id" not in text
    assert "mock-client-key" not in text


def test_a_failing_target_fails_the_run_and_its_cassette_holds_the_failure_redacted(
    run_contract: Run, journal: Any, tmp_path: Path
) -> None:
    """A live API that answers a read with a body of the wrong shape, leaking its token and the
    client secret: the run exits 1, the JUnit file names the failing operation, the cassette
    holds the failing request and response, and no credential appears in any of them."""
    tokens: list[str] = []

    def leak(scope: dict[str, Any]) -> tuple[int, dict[str, str], bytes] | None:
        if scope["path"] != "/subscriptions/categories":
            return None
        token = dict(scope["headers"])[b"authorization"].decode().removeprefix("Bearer ")
        tokens.append(token)
        body = {"token": token, "secret": LIVE_MOVIO["MOVIO_CLIENT_SECRET"]}
        return 200, {"content-type": "application/json"}, json.dumps(body).encode()

    live = journal(create_app("movio", accounts=[LIVE_MOVIO]), leak)
    with live.served() as served:
        env = {**LIVE_MOVIO, "MOVIO_URL": served.base_url, "MOVIO_TOKEN_URL": served.origin + "/oauth/token"}
        result = run_contract("--vendor", "movio", "-k", "live", env=env)
    assert result.returncode == 1
    reports = tmp_path / "reports"
    assert sorted(path.name for path in reports.iterdir()) == ["movio-live.cassette.yaml", "movio-live.xml"]
    failed = [
        case.get("name")
        for case in _suite(reports / "movio-live.xml").iter("testcase")
        if case.find("failure") is not None
    ]
    assert failed == ["test_operation[movio-live][GET /subscriptions/categories]"]
    interactions = _interactions(reports / "movio-live.cassette.yaml")
    assert {(i["status"], i["request"]["method"], i["request"]["uri"]) for i in interactions} == {
        ("FAILURE", "GET", served.base_url + "/subscriptions/categories")
    }
    assert json.loads(interactions[0]["response"]["body"]["string"]) == {
        "token": REDACTED,
        "secret": REDACTED,
    }
    secrets = {*tokens, *LIVE_MOVIO.values()}
    assert tokens
    for text in (result.stdout, result.stderr, *(path.read_text() for path in reports.iterdir())):
        assert not [secret for secret in secrets if secret in text]


def test_an_unknown_vendor_is_an_error(run_contract: Run) -> None:
    result = run_contract("--vendor", "nobody", env={})
    assert result.returncode == 2
    assert "argument --vendor: invalid choice: 'nobody'" in result.stderr


def test_make_contract_passes_vendor() -> None:
    dry = subprocess.run(
        ["make", "--no-print-directory", "-n", "contract", "VENDOR=movio"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert dry.stdout.splitlines()[-1] == ".venv/bin/python -m scripts.contract --vendor movio"


def test_secrets_are_redacted_raw_url_encoded_and_json_escaped() -> None:
    redactor = Redactor()
    redactor.add(['a/b+c"d', "abc"])
    assert redactor.apply('a/b+c"d a%2Fb%2Bc%22d a%2Fb%2Bc%22d a/b+c\\"d abc') == " ".join(
        [REDACTED] * 4 + ["abc"]
    )


def test_printed_output_is_redacted() -> None:
    redactor = Redactor()
    redactor.add(["s3cret-token"])
    printed = io.StringIO()
    RedactingStream(printed, redactor).write("Authorization: Bearer s3cret-token\n")
    assert printed.getvalue() == f"Authorization: Bearer {REDACTED}\n"
