"""`make diff [BASE=rev]`: per vendor, what changed since a git revision (default HEAD) in the
spec (Redocly's rated changes; major is breaking) and in the generated client's public API, and
the version bump the client package needs (`scripts.versioning`).

Compares the working tree's `specs/` and `generated/` with the revision's. Exits 1 when a
package's version in the working tree is below what its changes need (run `make generate`), 2 when
the revision is unknown.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scripts.client_api import ApiChange
from scripts.documents import Document, load_yaml
from scripts.revisions import RevisionUnknown, revision_tree
from scripts.spec_changes import SpecChange, spec_changes
from scripts.vendors import all_vendors
from scripts.versioning import assess, committed_version, next_version, released_version, version_key

__all__ = ["VendorDiff", "compare", "main"]


@dataclass(frozen=True)
class VendorDiff:
    """One vendor's changes between two revisions and the package version they need.
    `base_version` is None when the base has no release (no package, or no CHANGELOG.md)."""

    vendor: str
    spec: list[SpecChange]
    impact: str
    api: list[ApiChange]
    base_version: str | None
    version: str | None
    new: bool = False

    @property
    def needed_version(self) -> str | None:
        """The least version the changes need; None when there is no earlier release."""
        return next_version(self.base_version, self.impact) if self.base_version else None

    @property
    def released(self) -> bool:
        """Whether the working tree's version is at least the needed one."""
        needed = self.needed_version
        if needed is None:
            return True
        try:
            return version_key(self.version or "") >= version_key(needed)
        except ValueError:
            return False

    def lines(self, base: str) -> list[str]:
        """The printed report: spec changes, client API changes, the bump and the version."""
        breaking = sum(change.impact == "major" for change in self.spec)
        lines = [f"== {self.vendor}", f"spec: {len(self.spec)} change(s), {breaking} breaking"]
        lines += [f"  {change}" for change in self.spec]
        client = f"{self.vendor}-client"
        if self.new:
            return [*lines, f"client {client}: new since {base}"]
        lines.append(f"client {client}: {len(self.api)} public API change(s), bump: {self.impact}")
        lines += [f"  {change}" for change in self.api]
        if self.spec and self.impact == "none":
            lines.append(f"  generated/{client} is as at {base} (if that is stale, run `make generate`)")
        if self.impact == "none":
            verdict = "no release needed"
        elif self.base_version is None:
            verdict = f"a first release (no CHANGELOG.md at {base})"
        else:
            verdict = f"{self.base_version} at {base}, needs {self.needed_version}: "
            verdict += "ok" if self.released else "NOT RELEASED: run `make generate`"
        return [*lines, f"version: {self.version} now, {verdict}"]


def compare(
    vendor: str, base_spec: Document | None, spec: Document, base_client: Path | None, client: Path
) -> VendorDiff:
    """The diff of one vendor between a base (spec and generated project, None when absent) and now."""
    changes = spec_changes(base_spec, spec) if base_spec not in (None, spec) else []
    version = committed_version(client)
    if base_client is None or not base_client.is_dir():
        return VendorDiff(vendor, changes, "none", [], None, version, new=True)
    impact, api = assess(base_client, client)
    return VendorDiff(vendor, changes, impact, api, released_version(base_client), version)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("base", nargs="?", default="HEAD", help="git revision to compare with")
    args = parser.parse_args(argv)
    vendors = all_vendors()
    unreleased = []
    with tempfile.TemporaryDirectory(prefix="diff-base-") as scratch:
        paths = [f"specs/{v.name}.yaml" for v in vendors] + [f"generated/{v.project_name}" for v in vendors]
        try:
            base = revision_tree(args.base, paths, Path(scratch))
        except RevisionUnknown as error:
            print(f"diff: cannot read {args.base}: {error}", file=sys.stderr)
            return 2
        for vendor in vendors:
            base_spec = base / "specs" / f"{vendor.name}.yaml"
            found = compare(
                vendor.name,
                load_yaml(base_spec) if base_spec.is_file() else None,
                vendor.spec(),
                base / "generated" / vendor.project_name,
                vendor.client_dir,
            )
            print("\n".join(found.lines(args.base)), end="\n\n")
            unreleased += [] if found.released else [vendor.project_name]
    if unreleased:
        print(f"diff: not released: {', '.join(unreleased)}; run `make generate` and commit", file=sys.stderr)
    return 1 if unreleased else 0


if __name__ == "__main__":
    sys.exit(main())
