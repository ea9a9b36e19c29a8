"""Each generated client installs alone into a fresh virtual environment and imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scripts.vendors import Vendor, all_vendors

VENDORS = all_vendors()


@pytest.mark.parametrize("vendor", VENDORS, ids=[vendor.name for vendor in VENDORS])
def test_the_client_installs_alone_and_imports(vendor: Vendor, tmp_path: Path) -> None:
    environment = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(environment)], check=True)
    python = environment / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*install, str(vendor.client_dir)], check=True)
    module = next(path for path in sorted((vendor.client_dir / vendor.package_name / "api").glob("*/*.py")))
    operation = ".".join(module.relative_to(vendor.client_dir).with_suffix("").parts)
    code = f"import {vendor.package_name}.auth, {operation}; print({vendor.package_name}.auth.__file__)"
    imported = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert Path(imported.stdout.strip()).is_relative_to(environment)
