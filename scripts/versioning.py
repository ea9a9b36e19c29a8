"""Client package versions: the semver bump a package needs between two generated trees, the
next version, and the package's CHANGELOG.md entry.

The rule reads the packages' public API (`scripts.client_api`): a removed or changed name, or a
newly required parameter or field, is major; an added name is minor; any other difference in
the tree (docstrings, internals) is patch; identical trees need no release. `make generate`
generates with the version committed at git HEAD, and only when the result differs from HEAD's
tree generates again with the next version and a new CHANGELOG entry (`release_package`).
"""

from __future__ import annotations

import shutil
import tempfile
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from scripts.client_api import ApiChange, api_changes, public_api
from scripts.revisions import committed_copy

__all__ = [
    "CHANGELOG",
    "IMPACTS",
    "Release",
    "assess",
    "committed_version",
    "highest",
    "next_version",
    "release_package",
    "released_version",
    "trees_differ",
    "version_key",
]

IMPACTS = ("none", "patch", "minor", "major")
CHANGELOG = "CHANGELOG.md"
CHANGELOG_TITLE = (
    "# Changelog\n\nWritten by `make generate`: each release names the changes of the package's public API.\n"
)
HEADINGS = {"major": "Breaking changes", "minor": "Additions"}
PATCH_NOTE = (
    "No change to the public API: the package was regenerated (descriptions or generated internals).\n"
)


def highest(impacts: Iterable[str]) -> str:
    """The largest of `impacts` in semver order; `none` for no impact at all."""
    return max(impacts, key=IMPACTS.index, default="none")


def version_key(version: str) -> tuple[int, int, int]:
    """`1.2.3` as (1, 2, 3); a clear error for anything that is not MAJOR.MINOR.PATCH."""
    parts = version.split(".")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise ValueError(f"package version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = map(int, parts)
    return major, minor, patch


def next_version(version: str, impact: str) -> str:
    """The version after `version` for a change of `impact`."""
    major, minor, patch = version_key(version)
    bumped = {
        "none": (major, minor, patch),
        "patch": (major, minor, patch + 1),
        "minor": (major, minor + 1, 0),
        "major": (major + 1, 0, 0),
    }[impact]
    return ".".join(map(str, bumped))


def committed_version(project: Path) -> str | None:
    """The version in a generated project's pyproject.toml, or None when there is no project."""
    path = project / "pyproject.toml"
    if not path.is_file():
        return None
    metadata = tomllib.loads(path.read_text(encoding="utf-8"))
    version: str = metadata.get("project", metadata.get("tool", {}).get("poetry", {}))["version"]
    return version


def released_version(project: Path) -> str | None:
    """The version of a project released by `make generate` (one with a CHANGELOG.md), or None."""
    return committed_version(project) if (project / CHANGELOG).is_file() else None


def _files(tree: Path) -> dict[str, bytes]:
    return {
        path.relative_to(tree).as_posix(): path.read_bytes()
        for path in tree.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def trees_differ(left: Path, right: Path) -> bool:
    """Whether two directory trees differ in any file's name or bytes."""
    return _files(left) != _files(right)


def _package(project: Path) -> Path:
    """The import package inside a generated project (the directory with an `__init__.py`)."""
    return next(path.parent for path in sorted(project.glob("*/__init__.py")))


@dataclass(frozen=True)
class Release:
    """A new version of a package: its impact, the version before (None for a first release)
    and after, and the public API changes behind it."""

    impact: str
    previous: str | None
    version: str
    changes: list[ApiChange] = field(default_factory=list)

    def entry(self) -> str:
        """The CHANGELOG.md section of this release (no date: the output is reproducible)."""
        lines = [f"## {self.version}", ""]
        if self.previous is None:
            lines += ["First release.", ""]
        for impact, heading in HEADINGS.items():
            if chosen := [change for change in self.changes if change.impact == impact]:
                lines += [f"### {heading}", ""]
                lines += [f"- {c.action} {c.kind} `{c.name}`{c.detail}" for c in chosen] + [""]
        if self.impact == "patch":
            lines += [PATCH_NOTE]
        return "\n".join(lines).rstrip("\n") + "\n"


def assess(before: Path, after: Path) -> tuple[str, list[ApiChange]]:
    """The bump the generated project `after` needs over `before`, and the public API changes."""
    if not trees_differ(before, after):
        return "none", []
    changes = api_changes(public_api(_package(before)), public_api(_package(after)))
    return max("patch", highest(change.impact for change in changes), key=IMPACTS.index), changes


def _changelog(earlier: Path, release: Release) -> str:
    """The CHANGELOG text: `release`'s entry above the entries (`## ` sections) of `earlier`."""
    text = earlier.read_text(encoding="utf-8") if earlier.is_file() else ""
    entries = text[text.index("\n## ") + 1 :] if "\n## " in text else ""
    return "\n".join(part.strip("\n") + "\n" for part in (CHANGELOG_TITLE, release.entry(), entries) if part)


def release_package(
    build: Callable[[Path, str], Path], client_dir: Path, scratch: Path, *, bump: bool, initial: str
) -> Path:
    """Generate the project of `client_dir` with `build(directory, version)`; builds go in new
    directories under `scratch`. Returns the project.

    The version and CHANGELOG.md come from a base: without `bump` (`generate --check`) the
    working tree, with `bump` the release committed at git HEAD (the working tree outside a
    checkout). A base without a CHANGELOG.md was never released: the project is a first release
    at `initial`. With `bump`, when the result differs from the base, the project is generated
    again at the next version with a new CHANGELOG entry: repeated runs before a commit make one
    release, and a run without a change makes none."""
    base = (committed_copy(client_dir, _new_directory(scratch)) if bump else None) or client_dir
    version = released_version(base)
    project = build(_new_directory(scratch), version or initial)
    if version is not None:
        shutil.copyfile(base / CHANGELOG, project / CHANGELOG)
    if not bump or (version is not None and not trees_differ(project, base)):
        return project
    if version is None:
        release = Release("none", None, initial)
    else:
        impact, changes = assess(base, project)
        release = Release(impact, version, next_version(version, impact), changes)
        project = build(_new_directory(scratch), release.version)
    (project / CHANGELOG).write_text(_changelog(base / CHANGELOG, release), encoding="utf-8")
    return project


def _new_directory(parent: Path) -> Path:
    return Path(tempfile.mkdtemp(prefix="build-", dir=parent))
