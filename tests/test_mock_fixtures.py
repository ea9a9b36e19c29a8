"""The pytest plugin shipped with the mocks: a `<vendor>_mock` fixture per vendor, clean for each
test, in a user's own test run (the plugin named with `-p`, and from a fresh install through its
`pytest11` entry point, running the README's example with a generated client)."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

from mocks import known_vendors
from scripts.vendors import ROOT
from tests.test_readme import TESTS, clean_environment, run_pytest

USERS_TESTS = """
import httpx
from mocks.harness import JournalEntry


def test_every_vendor_has_a_fixture(request):
    for vendor in {vendors!r}:
        mock = request.getfixturevalue(vendor + "_mock")
        assert mock.base_url.startswith("http://127.0.0.1:")
        assert mock.account.id == "account-1"


def test_state_journal_and_faults_are_fresh_for_a_test(movalio_mock):
    key = {{"Authentication": movalio_mock.secret}}
    body = {{"action": "subscribe", "type": "email", "email": "ann@example.org"}}
    movalio_mock.fault(status=503, times=1)
    assert httpx.post(movalio_mock.base_url + "/", json=body, headers=key).status_code == 503
    assert httpx.post(movalio_mock.base_url + "/", json=body, headers=key).status_code == 201
    movalio_mock.fault(status=500)


def test_and_the_next_test_starts_clean(movalio_mock):
    assert movalio_mock.journal() == []
    key = {{"Authentication": movalio_mock.secret}}
    body = {{"action": "subscribe", "type": "email", "email": "ann@example.org"}}
    assert httpx.post(movalio_mock.base_url + "/", json=body, headers=key).status_code == 201
    [entry] = movalio_mock.journal()
    assert entry == JournalEntry("POST", "/", "perform_action", 201, "account-1", entry.time)
    assert movalio_mock.coverage()["perform_action"]["answered"] == [201]


def test_oauth_credentials_and_token_url(movio_mock):
    secret = movio_mock.secret
    assert secret == {{"client_id": "mock-client-id", "client_secret": "mock-client-secret"}}
    assert movio_mock.credentials == {{
        "MOVIO_CLIENT_ID": "mock-client-id",
        "MOVIO_CLIENT_SECRET": "mock-client-secret",
    }}
    answer = httpx.post(
        movio_mock.token_url,
        data={{"grant_type": "client_credentials"}},
        auth=(secret["client_id"], secret["client_secret"]),
    )
    assert answer.status_code == 200
    movio_mock.reset()
"""


def test_the_fixtures_in_a_users_test_run(tmp_path: Path) -> None:
    (tmp_path / "test_users.py").write_text(USERS_TESTS.format(vendors=known_vendors()), encoding="utf-8")
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "PYTHONPATH": str(ROOT)}
    result = run_pytest(sys.executable, tmp_path, "-p", "mocks.pytest_plugin", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("4 passed")


EXAMPLE = next(snippet for snippet in TESTS if "movalio_mock" in snippet)
"""The README's example of a user's test with a generated client and an injected 429."""


def test_an_installed_package_brings_its_fixtures_to_pytest(tmp_path: Path) -> None:
    """The mocks and a generated client installed (built as wheels) into a fresh virtual
    environment, which borrows the other dependencies from this one to stay fast: the README's
    example runs as written, its fixture found through the entry point."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tmp_path / "venv")], check=True)
    python = str(tmp_path / "venv" / "bin" / "python")
    purelib = sysconfig.get_path("purelib", vars={"base": str(tmp_path / "venv")})
    Path(purelib, "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    install = [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps"]
    packages = [str(ROOT), str(ROOT / "generated" / "movalio-client")]
    subprocess.run([*install, "--disable-pip-version-check", *packages], check=True, cwd=tmp_path)
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_signup.py").write_text(EXAMPLE.lstrip(), encoding="utf-8")
    env = clean_environment()
    result = run_pytest(python, project, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("1 passed")
    where = [python, "-c", "import mocks.pytest_plugin as p; print(p.__file__)"]
    plugin = subprocess.run(where, cwd=project, env=env, capture_output=True, text=True, check=True)
    assert Path(plugin.stdout.strip()).is_relative_to(tmp_path / "venv")
