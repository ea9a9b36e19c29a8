"""Files as they were at a git revision, extracted into a scratch directory."""

from __future__ import annotations

import io
import subprocess
import tarfile
from collections.abc import Sequence
from pathlib import Path

from scripts.vendors import ROOT

__all__ = ["RevisionUnknown", "committed_copy", "revision_tree"]


class RevisionUnknown(Exception):
    """git could not read the revision."""


def _git(repository: Path, *arguments: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *arguments], cwd=repository, capture_output=True, check=False)


def revision_tree(revision: str, paths: Sequence[str], into: Path, repository: Path = ROOT) -> Path:
    """Extract those of `paths` (relative to the repository) that exist at `revision` into `into`."""
    if _git(repository, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").returncode != 0:
        raise RevisionUnknown(f"{revision!r} is not a commit")
    existing = [
        path for path in paths if _git(repository, "cat-file", "-e", f"{revision}:{path}").returncode == 0
    ]
    if existing:
        archive = _git(repository, "archive", "--format=tar", revision, "--", *existing).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(into, filter="data")
    return into


def committed_copy(path: Path, into: Path, revision: str = "HEAD") -> Path | None:
    """`path` as committed at `revision` in the git checkout that holds it, extracted under `into`
    (a path that does not exist when the revision lacks it); None outside a checkout or before
    its first commit."""
    existing = next(parent for parent in (path, *path.parents) if parent.is_dir())
    top = _git(existing, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        return None
    repository = Path(top.stdout.decode().strip())
    relative = path.resolve().relative_to(repository.resolve()).as_posix()
    try:
        revision_tree(revision, [relative], into, repository)
    except RevisionUnknown:
        return None
    return into / relative
