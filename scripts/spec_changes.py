"""The changes between two revisions of a spec, per operation, rated by Redocly's `diff`
(@redocly/cli, pinned in package.json) as major (breaking), minor or patch.

Measured with @redocly/cli 2.77.0: it rates as major a removed operation, path or parameter, a
renamed query/header parameter or operationId, a newly required parameter or request property, a
removed or newly optional response property, a removed response status, a changed type, a
narrowed constraint and a response enum that gained or a request enum that lost values. It rates
as patch a removed request property and a renamed path parameter, which change the generated
client's signatures: `scripts.client_api` rates those.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.documents import Document
from scripts.lint import REDOCLY
from scripts.vendors import ROOT

__all__ = ["HTTP_METHODS", "SpecChange", "SpecDiffFailed", "spec_changes"]

CONFIG = ROOT / "scripts" / "redocly-diff.yaml"
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


class SpecDiffFailed(Exception):
    """Redocly did not produce a diff report."""


@dataclass(frozen=True)
class SpecChange:
    """One change Redocly found: its impact, the operation (or path, or top-level section) it
    belongs to, where in it, and Redocly's explanation when it gives one."""

    impact: str
    where: str
    action: str
    location: str
    message: str

    def __str__(self) -> str:
        explained = f": {self.message}" if self.message else ""
        label = "breaking" if self.impact == "major" else ""
        return (
            f"{self.impact:<5}  {label:<8}  {self.action:<8}  {self.where} {self.location}".rstrip()
            + explained
        )


def _pointer_tokens(pointer: str) -> list[str]:
    tokens = pointer.removeprefix("#").strip("/").split("/")
    return [token.replace("~1", "/").replace("~0", "~") for token in tokens if token]


def _spec_change(change: dict[str, Any]) -> SpecChange:
    tokens = _pointer_tokens(change["path"])
    if tokens[:1] == ["paths"] and len(tokens) > 2 and tokens[2] in HTTP_METHODS:
        where, rest = f"{tokens[2].upper()} {tokens[1]}", tokens[3:]
    elif tokens[:1] == ["paths"] and len(tokens) > 1:
        where, rest = tokens[1], tokens[2:]
    else:
        where, rest = "/".join(tokens[:1]) or "(document)", tokens[1:]
    location = "/".join(rest) + (f" {change['property']}" if change.get("property") else "")
    message = " ".join(verdict["message"] for verdict in change.get("verdicts", []))
    return SpecChange(change["impact"], where, change["kind"], location.strip(), message)


def spec_changes(before: Document, after: Document) -> list[SpecChange]:
    """Redocly's rated changes from `before` to `after`, in its order (by operation)."""
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as scratch:
        files = [Path(scratch) / "base.json", Path(scratch) / "revision.json"]
        for path, document in zip(files, (before, after), strict=True):
            path.write_text(json.dumps(document), encoding="utf-8")
        command = [str(REDOCLY), "diff", *map(str, files), "--config", str(CONFIG), "--format", "json"]
        result = subprocess.run(
            [*command, "--fail-on", "none"], cwd=ROOT, capture_output=True, text=True, check=False
        )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        raise SpecDiffFailed(f"redocly diff exited {result.returncode}: {result.stderr.strip()}") from error
    return [_spec_change(change) for change in report["changes"]]
