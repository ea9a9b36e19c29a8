"""`make diff [BASE=rev]`: what changed in each spec since a git revision (default HEAD), rated
by Redocly as major (breaking), minor or patch. Exits 1 when any change is breaking.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from scripts.lint import REDOCLY
from scripts.vendors import ROOT, all_vendors


def spec_at(revision: str, path: Path) -> str | None:
    """The file's text at `revision`, or None when it did not exist there."""
    relative = path.relative_to(ROOT).as_posix()
    result = subprocess.run(
        ["git", "show", f"{revision}:{relative}"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return result.stdout if result.returncode == 0 else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("base", nargs="?", default="HEAD", help="git revision to compare with")
    args = parser.parse_args(argv)
    breaking = False
    for vendor in all_vendors():
        before = spec_at(args.base, vendor.spec_path)
        if before is None:
            print(f"{vendor.name}: new since {args.base}")
            continue
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", encoding="utf-8") as base_file:
            base_file.write(before)
            base_file.flush()
            command = [str(REDOCLY), "diff", base_file.name, str(vendor.spec_path), "--fail-on", "major"]
            result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        print(f"== {vendor.name}\n{result.stdout.strip()}")
        breaking |= result.returncode != 0
    return 1 if breaking else 0


if __name__ == "__main__":
    sys.exit(main())
