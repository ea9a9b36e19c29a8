"""The vendors the mock package serves: a resolved spec (package data written by `make generate`)
and a rules module `mocks.vendors.<vendor>` for each."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

from mocks.rules import VendorRules

__all__ = ["UnknownVendor", "known_vendors", "load_spec", "resolved_spec_path", "rules_of"]

SPECS = Path(__file__).resolve().parent / "specs"
RULES = Path(__file__).resolve().parent / "vendors"


class UnknownVendor(LookupError):
    """No mock for that name; the message names the known ones."""


def resolved_spec_path(vendor: str) -> Path:
    """Where the resolved spec of `vendor` lives in the package."""
    return SPECS / f"{vendor}.json"


def known_vendors() -> list[str]:
    """Every vendor with both a resolved spec and a rules module, in name order."""
    rules = {path.stem for path in RULES.glob("*.py") if not path.name.startswith("_")}
    return sorted(path.stem for path in SPECS.glob("*.json") if path.stem in rules)


def _check_known(vendor: str) -> None:
    known = known_vendors()
    if vendor not in known:
        raise UnknownVendor(f"no mock for {vendor!r}; known: {', '.join(known)}")


def load_spec(vendor: str) -> dict[str, Any]:
    """The resolved spec of a vendor the package serves."""
    _check_known(vendor)
    spec: dict[str, Any] = json.loads(resolved_spec_path(vendor).read_text(encoding="utf-8"))
    return spec


def rules_of(vendor: str) -> VendorRules[Any]:
    """The `RULES` of `mocks.vendors.<vendor>`."""
    _check_known(vendor)
    rules: VendorRules[Any] = importlib.import_module(f"mocks.vendors.{vendor}").RULES
    return rules
