"""`make generate`: validate and lint the specs, apply overlays, write each resolved spec (the
mock package's data, `mocks/specs/<vendor>.json`) and generate each client package.

Each package is generated into a scratch directory and then replaces `generated/<vendor>-client/`
whole, so no stale file survives. `--check` compares instead of replacing and fails on drift.
Any generator warning, and any operation or model the generator silently dropped, fails.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from functools import partial
from pathlib import Path

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

from mocks.routing import operations
from mocks.schemas import SchemaSet
from scripts.client_auth import render_auth_module
from scripts.client_files import (
    paging_problems,
    render_operation_extensions,
    render_readme,
    render_runtime_module,
)
from scripts.lint import spec_problems
from scripts.vendors import ROOT, Document, Vendor, all_vendors, resolved_json, vendor_named
from scripts.versioning import release_package

CONFIG = ROOT / "scripts" / "openapi-python-client.yaml"
TEMPLATES = ROOT / "scripts" / "templates" / "generator"
INITIAL_VERSION = "1.0.0"
"""The version of a client package generated for the first time."""
CALL_OPTIONS = frozenset({"max_retries", "timeout"})
"""Keyword arguments every generated operation function takes besides the spec's parameters."""


class GenerationFailed(Exception):
    """The generator warned, failed, or left out part of the spec."""


def _run(command: Sequence[str], cwd: Path) -> str:
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    if result.returncode != 0 or "warning" in output.lower():
        raise GenerationFailed(f"$ {' '.join(command)}\n{output}")
    return output


def _object_schema_names(spec: Document) -> list[str]:
    schemas: dict[str, Document] = spec.get("components", {}).get("schemas", {})
    return [
        name
        for name, schema in schemas.items()
        if schema.get("type") == "object" or "properties" in schema or "allOf" in schema
    ]


def check_supported(spec: Document) -> None:
    """Fail on what our generator templates cannot do faithfully: an object query parameter
    that is not `style: deepObject` (scripts/templates/generator sends those as name[key]=value),
    a parameter named like a per-call option (`max_retries`, `timeout`), a wrong `x-paging`."""
    problems = []
    schemas = SchemaSet(spec)
    for operation in operations(spec):
        where = f"{operation.method.upper()} {operation.template}"
        declared = [
            schemas.resolve(parameter)
            for parameter in [
                *operation.path_item.get("parameters", []),
                *operation.definition.get("parameters", []),
            ]
        ]
        for parameter in declared:
            schema = schemas.resolve(parameter.get("schema", {}))
            is_object = schema.get("type") == "object" or "properties" in schema
            if parameter["in"] == "query" and is_object and parameter.get("style") != "deepObject":
                problems.append(
                    f"{where}: query parameter {parameter['name']} is an object (use style: deepObject)"
                )
            if str(PythonIdentifier(parameter["name"], "field_")) in CALL_OPTIONS:
                problems.append(f"{where}: parameter {parameter['name']} has the name of a per-call option")
    problems += paging_problems(spec)
    if problems:
        raise GenerationFailed(
            "the spec asks for what the client templates cannot do:\n  " + "\n  ".join(problems)
        )


def check_complete(spec: Document, package: Path) -> None:
    """Fail when the generator dropped an operation or a model, or typed a body as `Any`."""
    problems = []
    modules = [p for p in (package / "api").glob("*/*.py") if p.name != "__init__.py"]
    expected = {operation.operation_id for operation in operations(spec)}
    found = {p.stem for p in modules}
    if missing := expected - found:
        problems.append(f"operations without a module: {sorted(missing)}")
    exported = (package / "models" / "__init__.py").read_text(encoding="utf-8")
    for name in _object_schema_names(spec):
        if f'"{ClassName(name, "")}"' not in exported:
            problems.append(f"schema {name} has no model class")
    for module in modules:
        for annotation in re.findall(r"^\s+body: (.+),$", module.read_text(encoding="utf-8"), re.MULTILINE):
            if re.search(r"\bAny\b", annotation):
                problems.append(f"{module.relative_to(package)}: body typed {annotation}")
    if problems:
        raise GenerationFailed("the generated client is incomplete:\n  " + "\n  ".join(problems))


def generate_package(
    spec: Document, project_name: str, package_name: str, scratch: Path, version: str = INITIAL_VERSION
) -> Path:
    """Generate a client package for `spec` under `scratch`; returns the project directory.

    `version` is the package's own version (the API's version is the spec's `info.version`).
    """
    check_supported(spec)
    spec_file = scratch / "openapi.json"
    spec_file.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    config |= {
        "project_name_override": project_name,
        "package_name_override": package_name,
        "package_version_override": version,
    }
    config_file = scratch / "config.yaml"
    config_file.write_text(yaml.safe_dump(config), encoding="utf-8")
    templates = scratch / "templates"
    shutil.copytree(TEMPLATES, templates)
    (templates / "operation_extensions.jinja").write_text(render_operation_extensions(spec), encoding="utf-8")
    project = scratch / project_name
    command = [
        "openapi-python-client",
        "generate",
        *("--path", str(spec_file), "--config", str(config_file)),
        *("--custom-template-path", str(templates)),
    ]
    _run([*command, "--output-path", str(project), "--fail-on-warning"], cwd=scratch)
    package = project / package_name
    (package / "auth.py").write_text(render_auth_module(spec), encoding="utf-8")
    (package / "_runtime.py").write_text(render_runtime_module(spec), encoding="utf-8")
    readme = render_readme(spec, project_name, package_name, version)
    (project / "README.md").write_text(readme, encoding="utf-8")
    _run(["ruff", "check", "--fix-only", "--quiet", "."], cwd=project)
    _run(["ruff", "format", "--quiet", "."], cwd=project)
    shutil.rmtree(project / ".ruff_cache", ignore_errors=True)
    check_complete(spec, package)
    return project


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths of files that differ between two trees, or exist in only one."""
    comparison = filecmp.dircmp(left, right, ignore=[".ruff_cache", "__pycache__"])
    found: list[str] = []

    def walk(node: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in node.left_only + node.right_only + node.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(node.left, node.right, node.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, child in node.subdirs.items():
            walk(child, f"{prefix}{name}/")

    walk(comparison, "")
    return sorted(found)


def update_tree(source: Path, target: Path) -> None:
    """Make `target` equal to `source`, touching only what differs (unchanged files keep their
    timestamps, so `make` does not reinstall the packages after a no-op regeneration)."""
    if not target.is_dir():
        shutil.copytree(source, target)
        return
    for relative in differences(source, target):
        old, new = target / relative, source / relative
        if old.is_dir():
            shutil.rmtree(old)
        elif old.exists():
            old.unlink()
        if new.is_dir():
            shutil.copytree(new, old)
        elif new.exists():
            old.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(new, old)


def _write_resolved(vendor: Vendor, resolved: Document, *, check: bool) -> list[str]:
    """Write the vendor's resolved spec for the mock package; with `check`, name it if stale."""
    text = resolved_json(resolved)
    path = vendor.resolved_path
    current = path.read_text(encoding="utf-8") if path.exists() else None
    if current == text:
        return []
    if check:
        return [str(path.relative_to(ROOT))]
    path.write_text(text, encoding="utf-8")
    return []


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("vendors", nargs="*", help="vendor names (default: every spec)")
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs; change nothing")
    args = parser.parse_args(argv)
    vendors = [vendor_named(name) for name in args.vendors] or all_vendors()
    if problems := spec_problems(vendors):
        print("\n".join(problems), file=sys.stderr)
        print(f"generate: the specs have {len(problems)} problem(s); nothing generated", file=sys.stderr)
        return 1
    stale = []
    for vendor in vendors:
        resolved = vendor.resolved()
        stale += _write_resolved(vendor, resolved, check=args.check)
        with tempfile.TemporaryDirectory(prefix=f"{vendor.name}-") as scratch:
            try:
                build = partial(generate_package, resolved, vendor.project_name, vendor.package_name)
                project = release_package(
                    build, vendor.client_dir, Path(scratch), bump=not args.check, initial=INITIAL_VERSION
                )
            except GenerationFailed as error:
                print(f"generate: {vendor.name}: {error}", file=sys.stderr)
                return 1
            if args.check:
                if not vendor.client_dir.is_dir():
                    stale.append(f"{vendor.client_dir.relative_to(ROOT)} (missing)")
                else:
                    stale += [
                        f"{vendor.client_dir.relative_to(ROOT)}/{p}"
                        for p in differences(project, vendor.client_dir)
                    ]
            else:
                update_tree(project, vendor.client_dir)
        print(f"generate: {vendor.name} -> {vendor.client_dir.relative_to(ROOT)}")
    if stale:
        print(
            "generate --check: generated/ or mocks/specs/ is stale; run `make generate` and commit:",
            file=sys.stderr,
        )
        print("\n".join(f"  {path}" for path in stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
