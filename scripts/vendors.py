"""The vendors this project describes, and where each one's files live."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.overlay import apply_overlays, load_overlays

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
OVERLAYS = ROOT / "overlays"
GENERATED = ROOT / "generated"

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


@dataclass(frozen=True)
class Vendor:
    """One vendor: its spec, its overlays and its generated client package."""

    name: str

    @property
    def spec_path(self) -> Path:
        return SPECS / f"{self.name}.yaml"

    @property
    def overlay_dir(self) -> Path:
        """Overlays applied for every consumer: generator, mocks and contract tests."""
        return OVERLAYS / self.name

    @property
    def local_overlay_dir(self) -> Path:
        """Overlays applied on top for the local mocks (servers and token URLs on 127.0.0.1)."""
        return self.overlay_dir / "local"

    @property
    def project_name(self) -> str:
        return f"{self.name}-client"

    @property
    def package_name(self) -> str:
        return f"{self.name}_client"

    @property
    def client_dir(self) -> Path:
        return GENERATED / self.project_name

    def spec(self) -> Document:
        """The hand-written spec: the truth about the live API."""
        return load_yaml(self.spec_path)

    def resolved(self) -> Document:
        """The spec with this vendor's overlays applied: what the generator reads."""
        return apply_overlays(self.spec(), load_overlays(self.overlay_dir))

    def resolved_for_mock(self) -> Document:
        """The resolved spec as the local mock serves it."""
        return apply_overlays(self.resolved(), load_overlays(self.local_overlay_dir))


def all_vendors() -> list[Vendor]:
    """Every vendor with a spec, in name order."""
    return [Vendor(path.stem) for path in sorted(SPECS.glob("*.yaml"))]


def vendor_named(name: str) -> Vendor:
    """The vendor called `name`; a clear error when there is no spec for it."""
    known = all_vendors()
    for candidate in known:
        if candidate.name == name:
            return candidate
    raise LookupError(f"no spec for vendor {name!r}; known: {', '.join(v.name for v in known)}")
