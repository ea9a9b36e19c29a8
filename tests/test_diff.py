"""`make diff` and the version rule: spec changes rated by Redocly, client API changes read from
generated packages, the bump each package needs, and the release `make generate` writes."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.strings import ClassName, snake_case

from mocks.routing import operations
from scripts.client_api import ApiChange, api_changes, public_api
from scripts.diff import VendorDiff, compare, main
from scripts.documents import Document
from scripts.generate import generate_package
from scripts.spec_changes import SpecChange
from scripts.vendors import Vendor, all_vendors
from scripts.versioning import (
    CHANGELOG,
    CHANGELOG_TITLE,
    committed_version,
    next_version,
    release_package,
    trees_differ,
)

TINY: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "7"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "list_things",
                "summary": "List the things",
                "tags": ["things"],
                "security": [{"key": []}],
                "responses": {
                    "200": {
                        "description": "The things",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        "schemas": {
            "Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
        },
    },
}


LIST_THINGS = "tiny_client.api.things.list_things"
FUNCTIONS = "{asyncio,asyncio_detailed,sync,sync_detailed}"
FIRST_RELEASE = CHANGELOG_TITLE + "\n## 1.0.0\n\nFirst release.\n"


def _builder(spec: Document) -> Callable[[Path, str], Path]:
    """`make generate`'s build of the tiny package from `spec`: (directory, version) -> project."""
    return partial(generate_package, spec, "tiny-client", "tiny_client")


def _with_additions(spec: Document) -> Document:
    """`spec` with an optional query parameter and an optional response property."""
    added = copy.deepcopy(spec)
    limit = {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer"}}
    added["paths"]["/things"]["get"]["parameters"] = [limit]
    added["components"]["schemas"]["Thing"]["properties"]["label"] = {"type": "string"}
    return added


@pytest.fixture(scope="module")
def tiny_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny package as committed: its first release, 1.0.0."""
    never_released = tmp_path_factory.mktemp("none") / "tiny-client"
    build = _builder(TINY)
    return release_package(build, never_released, tmp_path_factory.mktemp("tiny"), bump=True, initial="1.0.0")


@pytest.fixture(scope="module")
def released(tiny_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `make generate` writes after the additions: the next release of the tiny package."""
    return release_package(
        _builder(_with_additions(TINY)),
        tiny_project,
        tmp_path_factory.mktemp("build"),
        bump=True,
        initial="1.0.0",
    )


def test_regenerating_an_unchanged_spec_releases_nothing(tiny_project: Path, tmp_path: Path) -> None:
    again = release_package(_builder(TINY), tiny_project, tmp_path, bump=True, initial="1.0.0")
    found = compare("tiny", TINY, copy.deepcopy(TINY), tiny_project, again)
    assert (found.spec, found.api, found.impact, found.version, found.released) == (
        [],
        [],
        "none",
        "1.0.0",
        True,
    )
    assert (again / CHANGELOG).read_text() == FIRST_RELEASE


def test_an_optional_parameter_and_response_field_are_minor(tiny_project: Path, released: Path) -> None:
    found = compare("tiny", TINY, _with_additions(TINY), tiny_project, released)
    assert [(c.impact, c.action, c.where, c.location) for c in found.spec] == [
        ("minor", "added", "GET /things", "parameters"),
        (
            "minor",
            "added",
            "GET /things",
            "responses/200/content/application/json/schema/items/properties/label",
        ),
    ]
    assert [(c.impact, c.action, c.kind, c.name, c.detail) for c in found.api] == [
        ("minor", "added", "keyword parameter", f"{LIST_THINGS}.{FUNCTIONS}(limit)", " (int | Unset)"),
        ("minor", "added", "field", "tiny_client.models.thing.Thing.label", " (str | Unset)"),
    ]
    versions = (found.base_version, found.needed_version, found.version)
    assert (found.impact, *versions, found.released) == ("minor", "1.0.0", "1.1.0", "1.1.0", True)


def test_make_generate_writes_the_release_once(released: Path, tmp_path: Path) -> None:
    assert committed_version(released) == "1.1.0"
    assert (released / CHANGELOG).read_text() == "\n".join(
        [
            CHANGELOG_TITLE,
            "## 1.1.0",
            "",
            "### Additions",
            "",
            f"- added keyword parameter `{LIST_THINGS}.{FUNCTIONS}(limit)` (int | Unset)",
            "- added field `tiny_client.models.thing.Thing.label` (str | Unset)",
            "",
            "## 1.0.0",
            "",
            "First release.",
            "",
        ]
    )
    checked = release_package(
        _builder(_with_additions(TINY)), released, tmp_path, bump=False, initial="1.0.0"
    )
    assert not trees_differ(checked, released)


def _candidate(spec: Document) -> tuple[str, str, str] | None:
    """A GET operation whose 200 JSON body is (an array of) a component schema used nowhere else
    with an optional snake_case property: (path, schema name, property)."""
    text = json.dumps(spec)
    for operation in operations(spec):
        body = operation.definition["responses"].get("200", {}).get("content", {}).get("application/json", {})
        schema = body.get("schema", {})
        reference: str = schema.get("items", schema).get("$ref", "")
        name = reference.removeprefix("#/components/schemas/")
        component = spec["components"]["schemas"].get(name, {})
        optional = [p for p in component.get("properties", {}) if p not in component.get("required", [])]
        plain = [p for p in optional if p.isidentifier() and p == snake_case(p)]
        if operation.method == "get" and plain and text.count(f'"{reference}"') == 1:
            return operation.template, name, plain[0]
    return None


def _smallest_vendor_with_a_candidate() -> tuple[Vendor, Document, tuple[str, str, str]]:
    """The vendor with the smallest spec file that has a `_candidate` (the fastest to generate)."""
    for vendor in sorted(all_vendors(), key=lambda vendor: vendor.spec_path.stat().st_size):
        spec = vendor.resolved()
        if chosen := _candidate(spec):
            return vendor, spec, chosen
    raise LookupError("no spec has a GET operation answering a component schema with an optional property")


def test_a_removed_response_field_and_a_new_required_parameter_are_breaking(tmp_path: Path) -> None:
    vendor, spec, (path, schema, field) = _smallest_vendor_with_a_candidate()
    edited = copy.deepcopy(spec)
    del edited["components"]["schemas"][schema]["properties"][field]
    required = {"name": "added_filter", "in": "query", "required": True, "schema": {"type": "string"}}
    operation = edited["paths"][path]["get"]
    operation["parameters"] = [*operation.get("parameters", []), required]
    names = (vendor.project_name, vendor.package_name)
    (tmp_path / "edited").mkdir()
    released = release_package(
        partial(generate_package, spec, *names), tmp_path / "never", tmp_path, bump=True, initial="1.0.0"
    )
    unreleased = generate_package(edited, *names, tmp_path / "edited", "1.0.0")

    found = compare(vendor.name, spec, edited, released, unreleased)

    assert {(c.where, c.message) for c in found.spec if c.impact == "major"} == {
        (f"GET {path}", f"Property `{field}` of `{schema}` was removed."),
        (f"GET {path}", "Required `added_filter` query parameter was added."),
    }
    package, model = vendor.package_name, ClassName(schema, "")
    module = f"{package}.api.{snake_case(operation['tags'][0])}.{operation['operationId']}"
    assert {(c.impact, c.action, c.kind, c.name) for c in found.api} == {
        ("major", "removed", "field", f"{package}.models.{snake_case(model)}.{model}.{field}"),
        ("major", "added", "keyword parameter", f"{module}.{FUNCTIONS}(added_filter)"),
    }
    assert (found.impact, found.needed_version, found.released) == ("major", "2.0.0", False)
    printed = "\n".join(found.lines("main"))
    assert f"major  breaking  removed   GET {path} " in printed
    assert "version: 1.0.0 now, 1.0.0 at main, needs 2.0.0: NOT RELEASED: run `make generate`" in printed


MODULE_BEFORE = """
from enum import StrEnum

__all__ = ["Gone", "Kind", "Thing", "find", "get"]


class Kind(StrEnum):
    SMALL = "small"
    LARGE = "large"


class Thing:
    id: str
    note: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]: ...

    def copy(self) -> "Thing": ...


class Gone:
    a: int
    b: int


def find(thing_id: str, *, client: Client, q: str) -> Thing: ...


def get(thing_id: str) -> Thing: ...


def _private(x: int) -> None: ...
"""

MODULE_AFTER = """
from enum import StrEnum

__all__ = ["Kind", "Thing", "find", "get"]


class Kind(StrEnum):
    SMALL = "small"
    HUGE = "huge"


class Thing:
    id: str = ""
    size: int

    def to_dict(self) -> dict[str, Any]: ...

    def copy(self) -> Thing: ...


def find(thing_id: str, *, client: Client, q: str | Unset = UNSET, limit: int | Unset = UNSET) -> Thing: ...


def get(*, thing_id: str) -> Thing: ...


def _private(y: str) -> None: ...
"""


def _package(root: Path, source: str) -> Path:
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "__init__.py").write_text(source)
    return root / "pkg"


def test_client_api_changes_are_rated_one_by_one(tmp_path: Path) -> None:
    before = public_api(_package(tmp_path / "before", MODULE_BEFORE))
    after = public_api(_package(tmp_path / "after", MODULE_AFTER))
    assert [str(change) for change in api_changes(before, after)] == [
        "major  breaking  removed  class  pkg.Gone",
        "minor            added    member  pkg.Kind.HUGE ('huge')",
        "major  breaking  removed  member  pkg.Kind.LARGE ('large')",
        "minor            changed  field  pkg.Thing.id (str, required) -> (str)",
        "major  breaking  removed  field  pkg.Thing.note (str | Unset)",
        "major  breaking  added    field  pkg.Thing.size (int, required)",
        "major  breaking  removed  export  pkg.__all__.Gone",
        "minor            added    keyword parameter  pkg.find(limit) (int | Unset)",
        "minor            changed  keyword parameter  pkg.find(q) (str, required) -> (str | Unset)",
        "major  breaking  changed  keyword parameter  pkg.get(thing_id)"
        " (positional parameter, str, required) -> (keyword parameter, str, required)",
    ]


def test_next_version_follows_semver() -> None:
    bumps = {impact: next_version("1.4.2", impact) for impact in ("none", "patch", "minor", "major")}
    assert bumps == {"none": "1.4.2", "patch": "1.4.3", "minor": "1.5.0", "major": "2.0.0"}
    with pytest.raises(ValueError, match=r"'v1' is not MAJOR\.MINOR\.PATCH"):
        next_version("v1", "minor")


def _fake_build(source: str) -> Callable[[Path, str], Path]:
    """A stand-in for generate_package: a project at `version` with `source` as its package."""

    def build(directory: Path, version: str) -> Path:
        project = _package(directory / "tiny-client", source).parent
        (project / "pyproject.toml").write_text(f'[project]\nname = "tiny-client"\nversion = "{version}"\n')
        return project

    return build


def _release(committed: Path, source: str, scratch: Path, *, bump: bool = True) -> Path:
    """Run a release and commit it (as `update_tree` does); returns the built project."""
    scratch.mkdir()
    project = release_package(_fake_build(source), committed, scratch, bump=bump, initial="1.0.0")
    if bump:
        shutil.rmtree(committed, ignore_errors=True)
        shutil.copytree(project, committed)
    return project


def test_releases_bump_the_version_and_add_changelog_entries(tmp_path: Path) -> None:
    committed = tmp_path / "committed"
    first = "def find(q: str) -> None: ...\n"
    _release(committed, first, tmp_path / "1")
    assert committed_version(committed) == "1.0.0"
    assert (committed / CHANGELOG).read_text() == FIRST_RELEASE

    unchanged = _release(committed, first, tmp_path / "2")
    assert (committed_version(unchanged), (unchanged / CHANGELOG).read_text()) == (
        "1.0.0",
        FIRST_RELEASE,
    )

    _release(committed, "def find(q: str, limit: int = 1) -> None: ...\n", tmp_path / "3")
    _release(committed, '"""Finding."""\n\n\ndef find(q: str, limit: int = 1) -> None: ...\n', tmp_path / "4")
    _release(committed, '"""Finding."""\n', tmp_path / "5")
    assert committed_version(committed) == "2.0.0"
    assert (committed / CHANGELOG).read_text() == CHANGELOG_TITLE + (
        "\n## 2.0.0\n\n### Breaking changes\n\n- removed function `pkg.find` (-> None)\n"
        "\n## 1.1.1\n\nNo change to the public API: the package was regenerated"
        " (descriptions or generated internals).\n"
        "\n## 1.1.0\n\n### Additions\n\n- added positional parameter `pkg.find(limit)` (int)\n"
        "\n## 1.0.0\n\nFirst release.\n"
    )


def _git(repository: Path, *arguments: str) -> None:
    identity = ("-c", "user.name=Test", "-c", "user.email=test@example.org")
    subprocess.run(["git", *identity, *arguments], cwd=repository, check=True, capture_output=True)


def test_releases_start_from_the_commit_so_repeated_runs_make_one(tmp_path: Path) -> None:
    repository = tmp_path / "repository"
    committed = repository / "generated" / "tiny-client"
    _release(committed, "X = 1\n", tmp_path / "1")
    _git(repository, "init", "--quiet")
    _git(repository, "add", "generated")
    _git(repository, "commit", "--quiet", "-m", "first release")
    _release(committed, "X = 1\nY = 2\n", tmp_path / "2")
    _release(committed, "X = 1\nY = 2\nZ = 3\n", tmp_path / "3")
    assert committed_version(committed) == "1.1.0"
    assert (committed / CHANGELOG).read_text() == CHANGELOG_TITLE + (
        "\n## 1.1.0\n\n### Additions\n\n- added constant `pkg.Y`\n- added constant `pkg.Z`\n"
        "\n## 1.0.0\n\nFirst release.\n"
    )


def test_a_check_generates_the_committed_version_and_changelog(tmp_path: Path) -> None:
    committed = tmp_path / "committed"
    _release(committed, "X = 1\n", tmp_path / "1")
    changed = _release(committed, "X = 1\nY = 2\n", tmp_path / "2", bump=False)
    assert committed_version(changed) == "1.0.0"
    assert (changed / CHANGELOG).read_text() == (committed / CHANGELOG).read_text()
    assert (changed / "pkg" / "__init__.py").read_text() == "X = 1\nY = 2\n"


def test_the_report_says_when_a_change_was_not_released() -> None:
    found = VendorDiff(
        "tiny",
        [SpecChange("major", "GET /things", "removed", "parameters/0", "`q` query parameter was removed.")],
        "major",
        [
            ApiChange(
                "major",
                "removed",
                "keyword parameter",
                "tiny_client.api.things.list_things.sync(q)",
                " (str)",
            )
        ],
        "1.2.3",
        "1.2.3",
    )
    assert found.lines("main") == [
        "== tiny",
        "spec: 1 change(s), 1 breaking",
        "  major  breaking  removed   GET /things parameters/0: `q` query parameter was removed.",
        "client tiny-client: 1 public API change(s), bump: major",
        "  major  breaking  removed  keyword parameter  tiny_client.api.things.list_things.sync(q) (str)",
        "version: 1.2.3 now, 1.2.3 at main, needs 2.0.0: NOT RELEASED: run `make generate`",
    ]


def test_an_unknown_base_revision_fails_clearly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["no-such-revision"]) == 2
    assert (
        capsys.readouterr().err == "diff: cannot read no-such-revision: 'no-such-revision' is not a commit\n"
    )
