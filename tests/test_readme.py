"""Every Python snippet of the README runs as written.

Snippets that define a `test_` function are a user's pytest file: they run in a pytest of their
own, which finds the `<vendor>_mock` fixtures through the plugin's entry point. The others are
scripts: they run against the mocks the README serves with `make mock VENDOR=v PORT=p`, started
here on free ports (the snippet's `127.0.0.1:p` becomes the port taken, so parallel test processes
never collide); a snippet whose `print(...)` lines end in `# value` must print exactly those
values.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from mocks import create_app
from mocks.server import serving
from scripts.vendors import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SNIPPETS = re.findall(r"^```python\n(.*?)^```$", README, flags=re.S | re.M)
SCRIPTS = [snippet for snippet in SNIPPETS if "def test_" not in snippet]
TESTS = [snippet for snippet in SNIPPETS if "def test_" in snippet]
SERVED = {int(port): vendor for vendor, port in re.findall(r"make mock VENDOR=(\w+) PORT=(\d+)", README)}
EXPECTED_OUTPUT = re.compile(r"^\s*print\(.*\)\s+#\s*(\S+)$")


def expected_output(snippet: str) -> list[str]:
    """What the snippet's `print(...)  # value` lines say they print, in order."""
    return [match.group(1) for line in snippet.splitlines() if (match := EXPECTED_OUTPUT.match(line))]


def clean_environment() -> dict[str, str]:
    """This environment without what the suite's own pytest and xdist put in it."""
    drop = ("PYTHONPATH", "PYTEST_ADDOPTS", "PYTEST_XDIST_WORKER", "PYTEST_XDIST_WORKER_COUNT")
    return {key: value for key, value in os.environ.items() if key not in drop}


def run_pytest(
    python: str, folder: Path, *arguments: str, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """A pytest run of `folder`'s tests by `python`, as a user would start it there."""
    command = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *arguments, str(folder)]
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def readme_mocks() -> Iterator[dict[int, int]]:
    """The mocks the README's `make mock` lines serve, with their default accounts, each on a free
    port: the README's port -> the port taken."""
    with ExitStack() as stack:
        ports = {}
        for port, vendor in SERVED.items():
            served = stack.enter_context(serving(create_app(vendor, env={})))
            ports[port] = int(served.origin.rsplit(":", 1)[1])
        yield ports


def test_the_readme_has_the_snippets_this_module_runs() -> None:
    assert len(SNIPPETS) == 6
    assert sorted(SERVED.values()) == ["egoi", "esputnik", "movalio", "movio"]
    assert len(TESTS) == 2


def first_line(snippet: str) -> str:
    return snippet.split("\n", 1)[0]


@pytest.mark.parametrize("snippet", SCRIPTS, ids=first_line)
def test_a_script_snippet_prints_what_it_says(
    snippet: str, readme_mocks: dict[int, int], tmp_path: Path
) -> None:
    for port, taken in readme_mocks.items():
        snippet = snippet.replace(f"127.0.0.1:{port}", f"127.0.0.1:{taken}")
    result = subprocess.run(
        [sys.executable, "-c", snippet], cwd=tmp_path, env=clean_environment(), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    if expected := expected_output(snippet):
        assert result.stdout.splitlines() == expected


@pytest.mark.parametrize("snippet", TESTS, ids=first_line)
def test_a_test_snippet_passes_in_a_users_pytest(snippet: str, tmp_path: Path) -> None:
    (tmp_path / "test_snippet.py").write_text(snippet, encoding="utf-8")
    result = run_pytest(sys.executable, tmp_path, env=clean_environment())
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("1 passed")
