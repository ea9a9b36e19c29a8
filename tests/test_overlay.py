"""Tests for scripts.overlay: OpenAPI Overlay 1.0.0/1.1.0 semantics on RFC 9535 JSONPath."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.overlay import OverlayError, apply_overlay, apply_overlays, load_overlays, main


def overlay(*actions: dict[str, Any], version: str = "1.1.0") -> dict[str, Any]:
    """An overlay document with the given actions."""
    return {"overlay": version, "info": {"title": "test", "version": "1"}, "actions": list(actions)}


def spec() -> dict[str, Any]:
    """A small OpenAPI document."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "API", "version": "1"},
        "paths": {
            "/foo": {
                "get": {"operationId": "listFoo", "description": "old", "tags": ["foo"]},
                "post": {"operationId": "createFoo", "x-internal": True},
            },
            "/bar": {
                "get": {"operationId": "getBar", "x-internal": False},
                "delete": {"operationId": "x", "x-internal": True},
            },
        },
        "components": {
            "schemas": {
                "Foo": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
                },
                "Base": {"properties": {"created": {"type": "string", "format": "date-time"}}},
            }
        },
    }


FOO = "$.components.schemas.Foo"


def test_update_merges_objects_recursively() -> None:
    result = apply_overlay(spec(), overlay({"target": FOO, "update": {"properties": {"id": {"minimum": 1}}}}))
    assert result["components"]["schemas"]["Foo"]["properties"] == {
        "id": {"type": "integer", "minimum": 1},
        "name": {"type": "string"},
    }


def test_update_concatenates_nested_arrays() -> None:
    result = apply_overlay(spec(), overlay({"target": FOO, "update": {"required": ["name"]}}))
    assert result["components"]["schemas"]["Foo"]["required"] == ["id", "name"]


def test_update_replaces_nested_primitives() -> None:
    result = apply_overlay(spec(), overlay({"target": FOO, "update": {"type": "array"}}))
    assert result["components"]["schemas"]["Foo"]["type"] == "array"


def test_update_targeting_a_primitive_replaces_it_in_its_parent() -> None:
    result = apply_overlay(spec(), overlay({"target": "$.paths['/foo'].get.description", "update": "new"}))
    assert result["paths"]["/foo"]["get"]["description"] == "new"


def test_update_of_an_array_node_appends_a_value_and_concatenates_a_list() -> None:
    target = "$.paths['/foo'].get.tags"
    result = apply_overlay(
        spec(), overlay({"target": target, "update": "a"}, {"target": target, "update": ["b"]})
    )
    assert result["paths"]["/foo"]["get"]["tags"] == ["foo", "a", "b"]


def test_update_of_the_root_merges() -> None:
    result = apply_overlay(spec(), overlay({"target": "$", "update": {"info": {"x-logo": "l.png"}}}))
    assert result["info"] == {"title": "API", "version": "1", "x-logo": "l.png"}
    assert result["paths"] == spec()["paths"]


def test_update_applies_once_to_a_node_selected_twice() -> None:
    result = apply_overlay(spec(), overlay({"target": "$.paths['/foo'].get['tags','tags']", "update": "a"}))
    assert result["paths"]["/foo"]["get"]["tags"] == ["foo", "a"]


def test_remove_true_deletes_an_object_key() -> None:
    result = apply_overlay(spec(), overlay({"target": "$.paths['/foo'].post", "remove": True}))
    assert list(result["paths"]["/foo"]) == ["get"]


def test_remove_true_deletes_array_elements_from_the_highest_index_down() -> None:
    document = {"tags": [{"name": n} for n in "abcde"]}
    result = apply_overlay(
        document, overlay({"target": "$.tags[?@.name != 'b' && @.name != 'd']", "remove": True})
    )
    assert result["tags"] == [{"name": "b"}, {"name": "d"}]


def test_remove_true_deletes_every_match_across_parents() -> None:
    result = apply_overlay(spec(), overlay({"target": "$..operationId", "remove": True}))
    operations = [op for item in result["paths"].values() for op in item.values()]
    assert len(operations) == 4
    assert all("operationId" not in op for op in operations)


def test_remove_false_keeps_the_node() -> None:
    result = apply_overlay(spec(), overlay({"target": "$.paths['/foo'].post", "remove": False}))
    assert result == spec()


def test_copy_merges_the_source_into_the_target() -> None:
    result = apply_overlay(spec(), overlay({"target": FOO, "copy": "$.components.schemas.Base"}))
    assert result["components"]["schemas"]["Foo"]["properties"] == {
        "id": {"type": "integer"},
        "name": {"type": "string"},
        "created": {"type": "string", "format": "date-time"},
    }
    assert result["components"]["schemas"]["Base"] == spec()["components"]["schemas"]["Base"]


def test_copy_merges_a_snapshot_of_the_source_even_into_its_own_descendant() -> None:
    document = {"a": {"l": [3], "y": {"l": [1]}}}
    result = apply_overlay(document, overlay({"target": "$.a.y", "copy": "$.a"}))
    assert result["a"]["y"] == {"l": [1, 3], "y": {"l": [1]}}


@pytest.mark.parametrize(
    ("source", "count"), [("$.components.schemas.Nope", 0), ("$.components.schemas.*", 2)]
)
def test_copy_source_must_select_exactly_one_node(source: str, count: int) -> None:
    with pytest.raises(OverlayError, match=rf"actions\[0\]: copy source .* selects {count} nodes"):
        apply_overlay(spec(), overlay({"target": FOO, "copy": source}))


def test_copy_needs_overlay_1_1() -> None:
    with pytest.raises(OverlayError, match=r"actions\[0\]: 'copy' needs overlay 1\.1\.0"):
        apply_overlay(spec(), overlay({"target": FOO, "copy": FOO}, version="1.0.0"))


def test_target_matching_nothing_is_a_no_op() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {"target": "$.paths['/nope'].get", "update": {"description": "x"}},
            {"target": "$.paths[*][?@.operationId == 'nope']", "remove": True},
        ),
    )
    assert result == spec()


def test_actions_apply_in_order_each_to_the_previous_result() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {"target": "$.paths['/foo'].get", "update": {"x-stage": "beta"}},
            {"target": "$.paths[*][?@['x-stage'] == 'beta']", "update": {"deprecated": True}},
        ),
    )
    assert result["paths"]["/foo"]["get"]["deprecated"] is True


def test_overlays_apply_in_order() -> None:
    first = overlay({"target": "$.info", "update": {"version": "2"}})
    second = overlay({"target": "$[?@.version == '2']", "update": {"title": "v2"}})
    assert apply_overlays(spec(), [first, second])["info"]["title"] == "v2"
    assert apply_overlays(spec(), [second, first])["info"]["title"] == "API"


def test_inputs_are_not_mutated_or_aliased() -> None:
    document = spec()
    ovl = overlay(
        {"target": FOO, "update": {"required": ["name"], "x-extra": {"a": [1]}}},
        {"target": "$.paths['/foo'].post", "remove": True},
        {"target": "$.components.schemas.Base", "copy": FOO},
    )
    before = copy.deepcopy(ovl)
    result = apply_overlay(document, ovl)
    assert document == spec()
    result["components"]["schemas"]["Foo"]["x-extra"]["a"].append(2)
    result["components"]["schemas"]["Base"]["required"].append("x")
    assert ovl == before
    assert result["components"]["schemas"]["Foo"]["required"] == ["id", "name"]


@pytest.mark.parametrize(
    ("target", "selected"),
    [
        ("$.paths[*][?@.operationId == 'x']", ["x"]),
        ("$.paths[*][?length(@.operationId) == 6]", ["getBar"]),
        ("$.paths[*][?search(@.operationId, 'Foo')]", ["listFoo", "createFoo"]),
        ("$.paths[*][?match(@.operationId, 'create.*')]", ["createFoo"]),
        ("$.paths[*][?match(@.operationId, 'Foo')]", []),
    ],
)
def test_rfc9535_filters_select_targets(target: str, selected: list[str]) -> None:
    result = apply_overlay(spec(), overlay({"target": target, "update": {"x-hit": True}}))
    hits = [op["operationId"] for item in result["paths"].values() for op in item.values() if op.get("x-hit")]
    assert hits == selected


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"overlay": "2.0.0"}, r"'overlay' must be one of 1\.0\.0, 1\.1\.0, got '2\.0\.0'"),
        (
            {"overlay": "1.1.0", "info": {"title": "t"}},
            r"'info' must be an object with 'title' and 'version'",
        ),
        ({"overlay": "1.1.0", "info": {"title": "t", "version": "1"}, "actions": []}, r"non-empty list"),
        (
            {**overlay({"target": "$", "update": {}}), "actions": [{"target": "$", "update": {}}, "nope"]},
            r"actions\[1\]: must be an object",
        ),
        (overlay({"update": {}}), r"actions\[0\]: missing 'target'"),
        (overlay({"target": "$"}), r"actions\[0\]: needs exactly one of update, remove, copy; found none"),
        (
            overlay({"target": "$", "update": {}}, {"target": "$.a", "update": {}, "remove": False}),
            r"actions\[1\]: needs exactly one .*; found update, remove",
        ),
        (overlay({"target": "$", "remove": "yes"}), r"actions\[0\]: 'remove' must be true or false"),
        (overlay({"target": "$.a", "copy": 5}), r"actions\[0\]: 'copy' must be a JSONPath string"),
        (
            overlay({"target": "$.a", "update": {}}, {"target": "paths", "update": {}}),
            r"actions\[1\]: invalid target",
        ),
        (overlay({"target": "$.a | $.b", "remove": True}), r"actions\[0\]: invalid target"),
        (overlay({"target": "$[?length(@.*) > 0]", "remove": True}), r"actions\[0\]: invalid target"),
    ],
)
def test_malformed_overlays_are_rejected_naming_the_action(document: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        apply_overlay(spec(), document)


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ({"target": "$", "update": "text"}, r"actions\[0\]: an update of the root must be an object"),
        ({"target": "$", "remove": True}, r"actions\[0\]: cannot remove the root"),
    ],
)
def test_actions_that_would_replace_the_root_are_rejected(action: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        apply_overlay(spec(), overlay(action))


def test_remove_then_update_replaces_a_required_list() -> None:
    result = apply_overlay(
        spec(),
        overlay(
            {"target": f"{FOO}.required", "remove": True},
            {"target": FOO, "update": {"required": ["name"]}},
        ),
    )
    assert result["components"]["schemas"]["Foo"]["required"] == ["name"]


def test_spec_example_targeted_description_update() -> None:
    ovl = yaml.safe_load(
        """
        overlay: 1.1.0
        info:
          title: Targeted Overlay
          version: 1.0.0
        actions:
          - target: $.paths['/foo'].get
            update:
              description: This is the new description
          - target: $.paths['/bar']
            update:
              get:
                description: This is an updated description of a child object
                x-safe: false
        """
    )
    result = apply_overlay(spec(), ovl)
    assert result["paths"]["/foo"]["get"]["description"] == "This is the new description"
    assert result["paths"]["/bar"]["get"] == {
        "operationId": "getBar",
        "x-internal": False,
        "description": "This is an updated description of a child object",
        "x-safe": False,
    }


def test_spec_example_remove_internal_operations_with_a_filter() -> None:
    ovl = yaml.safe_load(
        """
        overlay: 1.1.0
        info:
          title: Remove internal operations
          version: 1.0.0
        actions:
          - target: $.paths.*[?@['x-internal'] == true]
            remove: true
        """
    )
    result = apply_overlay(spec(), ovl)
    assert {path: list(item) for path, item in result["paths"].items()} == {"/foo": ["get"], "/bar": ["get"]}


def test_load_overlays_reads_yaml_files_in_name_order_and_skips_subdirectories(tmp_path: Path) -> None:
    for name in ["20-b.yaml", "10-a.yaml", "30-c.yml", "notes.txt"]:
        (tmp_path / name).write_text(
            f"overlay: 1.1.0\ninfo: {{title: {name}, version: '1'}}\n", encoding="utf-8"
        )
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "00-sub.yaml").write_text("overlay: 1.1.0\n", encoding="utf-8")
    (tmp_path / "05-dir.yaml").mkdir()
    assert [o["info"]["title"] for o in load_overlays(tmp_path)] == ["10-a.yaml", "20-b.yaml"]


def test_load_overlays_rejects_a_file_that_is_not_a_mapping(tmp_path: Path) -> None:
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    with pytest.raises(OverlayError, match=r"empty\.yaml: expected a mapping at the top level"):
        load_overlays(tmp_path)


def test_cli_applies_overlays_in_order_and_writes_yaml(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec(), sort_keys=False), encoding="utf-8")
    for name, title in [("a.yaml", "Première"), ("b.yaml", "Zweite")]:
        ovl = overlay({"target": "$.info", "update": {"title": title}})
        (tmp_path / name).write_text(yaml.safe_dump(ovl), encoding="utf-8")
    out = tmp_path / "out.yaml"
    main([str(tmp_path / "spec.yaml"), str(tmp_path / "b.yaml"), str(tmp_path / "a.yaml"), "-o", str(out)])
    text = out.read_text(encoding="utf-8")
    assert "title: Première" in text
    assert list(yaml.safe_load(text)) == ["openapi", "info", "paths", "components"]


def test_cli_reports_the_failing_overlay_file(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec()), encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(yaml.safe_dump(overlay({"target": "$.a"})), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad\.yaml: overlay 'test': actions\[0\]: needs exactly one"):
        main([str(tmp_path / "spec.yaml"), str(tmp_path / "bad.yaml")])
