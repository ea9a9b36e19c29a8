"""Each generated client installs alone into a fresh virtual environment and imports; the mock
package installs from the checkout and serves from any folder."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from mocks import known_vendors
from mocks.server import bind
from scripts.vendors import ROOT, Vendor, all_vendors

VENDORS = all_vendors()
PIP = ["-m", "pip", "install", "--quiet", "--disable-pip-version-check"]


def fresh_python(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    return folder / "bin" / "python"


def operation_module(vendor: Vendor) -> str:
    """The dotted name of the first operation module of a client (not a tag's `__init__`)."""
    modules = sorted((vendor.client_dir / vendor.package_name / "api").glob("*/*.py"))
    module = next(path for path in modules if path.name != "__init__.py")
    return ".".join(module.relative_to(vendor.client_dir).with_suffix("").parts)


@pytest.mark.parametrize("vendor", VENDORS, ids=[vendor.name for vendor in VENDORS])
def test_the_client_installs_alone_and_imports(vendor: Vendor, tmp_path: Path) -> None:
    python = fresh_python(tmp_path / "venv")
    subprocess.run([str(python), *PIP, str(vendor.client_dir)], check=True)
    operation = operation_module(vendor)
    code = f"import {vendor.package_name}.auth, {operation} as o; print(o.__file__, hasattr(o, 'sync'))"
    imported = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    location, has_sync = imported.stdout.split()
    assert Path(location).is_relative_to(tmp_path / "venv")
    assert has_sync == "True"


def test_the_mocks_install_from_the_checkout_and_serve_from_any_folder(tmp_path: Path) -> None:
    python = fresh_python(tmp_path / "venv")
    subprocess.run([str(python), *PIP, str(ROOT)], check=True, cwd=tmp_path)
    code = "import mocks; print(mocks.__file__, *[v for v in mocks.known_vendors()])"
    imported = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    location, *paths = imported.stdout.split()
    assert Path(location).is_relative_to(tmp_path / "venv")
    assert len(paths) == len(known_vendors())
    for vendor in known_vendors():
        with bind("127.0.0.1", 0) as probe:
            port = probe.getsockname()[1]
        command = [str(python), "-m", "mocks", vendor, "--port", str(port)]
        process = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, text=True)
        try:
            assert process.stdout is not None
            assert process.stdout.readline().startswith(f"{vendor} mock on http://127.0.0.1:{port}")
            spec = json.loads(fetch(f"http://127.0.0.1:{port}/openapi.json"))
            assert spec["servers"][0]["url"].startswith(f"http://127.0.0.1:{port}")
        finally:
            process.terminate()
            process.wait(timeout=10)


def fetch(url: str, attempts: int = 200) -> bytes:
    """GET `url`, waiting for the server to accept connections."""
    for _ in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                body: bytes = response.read()
                return body
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nothing answered at {url}")
