"""The vendors this project describes, and where each one's files live."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from mocks.registry import resolved_spec_path
from scripts.documents import Document, load_yaml
from scripts.overlay import apply_overlays, load_overlays

__all__ = [
    "GENERATED",
    "OVERLAYS",
    "ROOT",
    "SPECS",
    "Document",
    "Vendor",
    "all_vendors",
    "resolved_json",
    "vendor_named",
]

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
OVERLAYS = ROOT / "overlays"
GENERATED = ROOT / "generated"


def resolved_json(document: Document) -> str:
    """The byte-reproducible JSON text of a resolved spec, as `make generate` writes it."""
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class Vendor:
    """One vendor: its spec, its overlays, its resolved spec and its generated client package."""

    name: str

    @property
    def spec_path(self) -> Path:
        return SPECS / f"{self.name}.yaml"

    @property
    def overlay_dir(self) -> Path:
        """Overlays applied for every consumer: generator, mocks and contract tests."""
        return OVERLAYS / self.name

    @property
    def resolved_path(self) -> Path:
        """The resolved spec the mock package ships (a build output of `make generate`)."""
        return resolved_spec_path(self.name)

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
        """The spec with this vendor's overlays applied: what the generator and the mocks read."""
        return apply_overlays(self.spec(), load_overlays(self.overlay_dir))


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
