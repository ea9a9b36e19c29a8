"""`make lint`: structural validation and Redocly lint of every spec, ruff and mypy on our code,
mypy --strict on the generated clients.

Any error or warning fails. `python -m scripts.lint --specs-only` checks the specs alone (the
first step of `make generate`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from scripts.vendors import ROOT, Document, Vendor, all_vendors

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
HAND_WRITTEN = ["scripts", "mocks", "tests"]


def validation_problems(document: Document) -> list[str]:
    """openapi-spec-validator's findings for an OpenAPI 3.1 document."""
    validator = OpenAPIV31SpecValidator(document)
    return [
        f"{'/'.join(map(str, error.path)) or '(root)'}: {error.message}" for error in validator.iter_errors()
    ]


def redocly_problems(paths: Sequence[Path]) -> list[str]:
    """Redocly lint findings (errors and warnings) for spec files, under the repo's redocly.yaml."""
    command = [str(REDOCLY), "lint", "--format=json", "--config", str(ROOT / "redocly.yaml")]
    result = subprocess.run(
        [*command, *map(str, paths)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    try:
        reports = _json_documents(result.stdout)
    except json.JSONDecodeError:
        reports = []
    if len(reports) != len(paths):
        return [f"redocly lint did not report (exit {result.returncode}): {result.stderr.strip()}"]
    problems = []
    for problem in (problem for report in reports for problem in report["problems"]):
        where = problem["location"][0]
        problems.append(
            f"{where['source']['ref']}:{where.get('start', {}).get('line', '?')} {where['pointer']}: "
            f"{problem['severity']} {problem['ruleId']}: {problem['message']}"
        )
    if result.returncode != 0 and not problems:
        problems.append(f"redocly lint exited {result.returncode}: {result.stderr.strip()}")
    return problems


def _json_documents(text: str) -> list[Any]:
    """The JSON documents printed one after another (Redocly prints one report per file)."""
    decoder = json.JSONDecoder()
    documents, position = [], 0
    while position < len(text.rstrip()):
        document, position = decoder.raw_decode(text, position)
        documents.append(document)
        position = len(text) - len(text[position:].lstrip())
    return documents


def spec_problems(vendors: Sequence[Vendor]) -> list[str]:
    """Everything wrong with the specs and their overlay-resolved forms."""
    problems = redocly_problems([vendor.spec_path for vendor in vendors])
    for vendor in vendors:
        for label, load in (("spec", vendor.spec), ("resolved", vendor.resolved)):
            try:
                document = load()
            except ValueError as error:
                problems.append(f"{vendor.name} {label}: {error}")
                continue
            problems += [f"{vendor.name} {label}: {p}" for p in validation_problems(document)]
    return problems


def code_problems() -> list[str]:
    """ruff (lint and format) and mypy --strict over the hand-written Python, and mypy --strict
    over each generated client."""
    python = sys.executable
    checks = [
        [python, "-m", "ruff", "check", "--quiet", *HAND_WRITTEN],
        [python, "-m", "ruff", "format", "--check", "--quiet", *HAND_WRITTEN],
        [python, "-m", "mypy", "--no-error-summary"],
    ]
    cache = ["--cache-dir", str(ROOT / ".mypy_cache")]
    runs = [(command, ROOT) for command in checks] + [
        (
            [python, "-m", "mypy", "--strict", "--no-error-summary", *cache, vendor.package_name],
            vendor.client_dir,
        )
        for vendor in all_vendors()
    ]
    problems = []
    for command, directory in runs:
        result = subprocess.run(command, capture_output=True, text=True, cwd=directory, check=False)
        if result.returncode != 0:
            problems.append(f"$ {' '.join(command[1:])}\n{result.stdout}{result.stderr}".rstrip())
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--specs-only", action="store_true", help="check the specs, not the code")
    args = parser.parse_args(argv)
    problems = spec_problems(all_vendors())
    if not args.specs_only:
        problems += code_problems()
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"lint: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
