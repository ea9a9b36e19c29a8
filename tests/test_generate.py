"""The generate driver refuses what openapi-python-client would silently drop or degrade."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest

from scripts.generate import GenerationFailed, differences, generate_package, update_tree

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "create_thing",
                "summary": "Create a thing",
                "tags": ["things"],
                "security": [{"key": []}],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                },
                "responses": {
                    "201": {
                        "description": "Created",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        "schemas": {
            "Thing": {"type": "object", "properties": {"id": {"type": "string"}, "ref": {"type": "string"}}}
        },
    },
}


def test_a_clean_spec_generates_a_package_with_auth(tmp_path: Path) -> None:
    project = generate_package(SPEC, "tiny-client", "tiny_client", tmp_path)
    assert (project / "tiny_client" / "api" / "things" / "create_thing.py").is_file()
    assert "def connect_key(base_url: str, *, key: str" in (project / "tiny_client" / "auth.py").read_text()


def test_a_schema_the_generator_turns_into_any_fails(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["Thing"]["anyOf"] = [{"required": ["id"]}, {"required": ["ref"]}]
    with pytest.raises(GenerationFailed, match="Thing has no model class"):
        generate_package(spec, "tiny-client", "tiny_client", tmp_path)


def test_a_generator_warning_fails(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["Thing"]["properties"]["id"]["default"] = 5  # not a string
    with pytest.raises(GenerationFailed, match=r"(?i)warning"):
        generate_package(spec, "tiny-client", "tiny_client", tmp_path)


def test_differences_names_changed_added_and_removed_files(tmp_path: Path) -> None:
    left, right = tmp_path / "left", tmp_path / "right"
    for tree in (left, right):
        (tree / "pkg").mkdir(parents=True)
        (tree / "pkg" / "same.py").write_text("x = 1\n")
    (left / "pkg" / "changed.py").write_text("a\n")
    (right / "pkg" / "changed.py").write_text("b\n")
    (left / "pkg" / "only_left.py").write_text("")
    (right / "only_right.py").write_text("")
    assert differences(left, right) == ["only_right.py", "pkg/changed.py", "pkg/only_left.py"]


def _with_object_query(style: str | None) -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    parameter: dict[str, Any] = {
        "name": "filter",
        "in": "query",
        "schema": {"type": "object", "additionalProperties": {"type": "string"}},
    }
    if style:
        parameter["style"] = style
    spec["paths"]["/things"]["post"]["parameters"] = [parameter]
    return spec


def test_an_object_query_parameter_must_be_deep_object(tmp_path: Path) -> None:
    with pytest.raises(GenerationFailed, match="query parameter filter is an object"):
        generate_package(_with_object_query(None), "tiny-client", "tiny_client", tmp_path)


def test_deep_object_query_parameters_are_sent_with_brackets(tmp_path: Path) -> None:
    project = generate_package(_with_object_query("deepObject"), "tiny-client", "tiny_client", tmp_path)
    module = (project / "tiny_client" / "api" / "things" / "create_thing.py").read_text()
    assert 'params.update({f"filter[{key}]": value for key, value in json_filter_.items()})' in module


def test_a_fixed_https_server_becomes_the_default_base_url(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC) | {"servers": [{"url": "https://api.example.org"}]}
    project = generate_package(spec, "tiny-client", "tiny_client", tmp_path)
    auth = (project / "tiny_client" / "auth.py").read_text()
    assert 'SERVER_URL = "https://api.example.org"' in auth
    assert "def connect_key(base_url: str = SERVER_URL, *, key: str" in auth


def test_generation_is_deterministic_and_follows_the_spec(tmp_path: Path) -> None:
    edited = copy.deepcopy(SPEC)
    edited["paths"]["/things"]["post"]["summary"] = "Make a thing"
    first, again, changed = (tmp_path / name for name in ("first", "again", "changed"))
    for scratch in (first, again, changed):
        scratch.mkdir()
    first = generate_package(SPEC, "tiny-client", "tiny_client", first)
    again = generate_package(SPEC, "tiny-client", "tiny_client", again)
    assert differences(first, again) == []
    changed = generate_package(edited, "tiny-client", "tiny_client", changed)
    assert differences(first, changed) == ["tiny_client/api/things/create_thing.py"]


def test_update_tree_rewrites_only_what_differs(tmp_path: Path) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    (source / "pkg" / "new").mkdir(parents=True)
    (source / "pkg" / "same.py").write_text("same\n")
    (source / "pkg" / "changed.py").write_text("after\n")
    (source / "pkg" / "new" / "module.py").write_text("new\n")
    (target / "pkg" / "gone").mkdir(parents=True)
    (target / "pkg" / "same.py").write_text("same\n")
    (target / "pkg" / "changed.py").write_text("before\n")
    (target / "pkg" / "gone" / "old.py").write_text("old\n")
    (target / "stale.txt").write_text("")
    os.utime(target / "pkg" / "same.py", (1, 1))
    update_tree(source, target)
    assert differences(source, target) == []
    assert (target / "pkg" / "same.py").stat().st_mtime == 1


def test_a_parameter_named_like_a_per_call_option_fails(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/things"]["post"]["parameters"] = [{"name": "timeout", "in": "query", "schema": {}}]
    with pytest.raises(GenerationFailed, match="parameter timeout has the name of a per-call option"):
        generate_package(spec, "tiny-client", "tiny_client", tmp_path)


def test_a_wrong_x_paging_fails_before_generating(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/things"]["post"]["x-paging"] = {
        "offset-parameter": "offset",
        "limit-parameter": "limit",
        "total-items": "total",
        "total-header": "X-Total",
        "page": 1,
    }
    with pytest.raises(GenerationFailed) as raised:
        generate_package(spec, "tiny-client", "tiny_client", tmp_path)
    where = "POST /things: x-paging"
    assert str(raised.value).splitlines()[1:] == [
        f"  {where} has an unknown member page",
        f"  {where}: offset-parameter 'offset' is not a query parameter",
        f"  {where}: limit-parameter 'limit' is not a query parameter",
        f"  {where} needs exactly one of total-items and total-header",
        f"  {where}: total-items 'total' is not a property of the response body",
        f"  {where}: without items the response body must be an array",
    ]
    assert not (tmp_path / "tiny-client").exists()
