"""Stateful mock servers for each vendor, driven by the vendor's resolved spec."""

from __future__ import annotations

import importlib
from typing import Any

from mocks.core import MockServer


def create_app(vendor: str, **options: Any) -> MockServer:
    """The mock of `vendor` (the module `mocks.<vendor>`), as an ASGI app with fresh state."""
    module = importlib.import_module(f"mocks.{vendor}")
    app: MockServer = module.create_app(**options)
    return app
