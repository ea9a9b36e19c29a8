"""The one YAML loader for specs and overlays: YAML read as plain JSON data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Document", "load_yaml"]

Document = dict[str, Any]


def load_yaml(path: Path) -> Document:
    """Read a YAML document as plain JSON data: keys become strings (`200:` is `"200"`), and a
    value JSON cannot hold (an unquoted date) is an error."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as stream:
        document = yaml.load(stream, Loader=loader)
    if not isinstance(document, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    try:
        plain: Document = json.loads(json.dumps(document))
    except TypeError as error:
        raise ValueError(f"{path}: not JSON data ({error}); quote dates and timestamps") from error
    return plain
