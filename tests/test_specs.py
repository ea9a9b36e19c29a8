"""The specs keep the project's rules: valid, linted, complete operations, honest oneOfs, and
every example valid against its schema."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from mocks.routing import operations
from mocks.schemas import SchemaSet, pointer
from scripts.lint import redocly_problems, validation_problems
from scripts.vendors import Vendor, all_vendors

VENDORS = all_vendors()


@pytest.fixture(params=VENDORS, ids=[vendor.name for vendor in VENDORS])
def vendor(request: pytest.FixtureRequest) -> Vendor:
    chosen: Vendor = request.param
    return chosen


def walk(node: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """Every (pointer, node) of a document."""
    yield where, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, where + pointer(str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{where}/{index}")


def test_spec_and_resolved_forms_are_valid(vendor: Vendor) -> None:
    for document in (vendor.spec(), vendor.resolved()):
        assert validation_problems(document) == []


def test_the_mock_package_ships_the_resolved_spec(vendor: Vendor) -> None:
    """`make generate` wrote it; `make test` fails on drift before this runs."""
    assert json.loads(vendor.resolved_path.read_text(encoding="utf-8")) == vendor.resolved()


def test_x_credentials_name_a_default_for_every_variable_and_a_template_per_scheme(vendor: Vendor) -> None:
    spec = vendor.spec()
    declared = spec["x-credentials"]
    assert set(declared["schemes"]) <= set(spec["components"]["securitySchemes"])
    assert declared["variables"], "the mock needs a default credential"
    assert all(isinstance(value, str) and value for value in declared["variables"].values())


def test_redocly_lint_is_clean(vendor: Vendor) -> None:
    assert redocly_problems([vendor.spec_path]) == []


def test_every_operation_is_complete(vendor: Vendor) -> None:
    spec = vendor.spec()
    schemas = SchemaSet(spec)
    for found in operations(spec):
        where, operation = found.pointer, found.definition
        assert operation.get("operationId", "").isidentifier(), where
        assert operation.get("summary"), where
        assert len(operation.get("tags", [])) == 1, where
        assert operation.get("security"), f"{where}: operation-level security"
        for status, response in operation["responses"].items():
            response = schemas.resolve(response)
            # A success may have no body (a 204, or a 200 answered with Content-Length 0); every
            # declared body and every error has a schema.
            if "content" in response or not status.startswith("2"):
                assert any("schema" in media for media in response.get("content", {}).values()), (
                    f"{where} {status} has no schema"
                )


def test_every_one_of_has_const_discriminators_and_a_full_mapping(vendor: Vendor) -> None:
    spec = vendor.spec()
    schemas = SchemaSet(spec)
    for where, node in walk(spec):
        if not (isinstance(node, dict) and "oneOf" in node):
            continue
        discriminator = node.get("discriminator", {})
        name = discriminator.get("propertyName")
        mapping = discriminator.get("mapping", {})
        assert name and mapping, f"{where}: oneOf without discriminator.mapping"
        assert sorted(mapping.values()) == sorted(v["$ref"] for v in node["oneOf"]), where
        for value, target in mapping.items():
            variant = schemas.resolve({"$ref": target})
            assert name in variant.get("required", []), f"{target}: {name} is not required"
            assert variant["properties"][name].get("const") == value, (
                f"{target}: {name} is not const {value!r}"
            )


def test_no_nullable_enum_as_a_type_list(vendor: Vendor) -> None:
    for where, node in walk(vendor.spec()):
        if isinstance(node, dict) and "enum" in node and isinstance(node.get("type"), list):
            assert "null" not in node["type"], f"{where}: use anyOf [{{$ref}}, {{type: 'null'}}]"


def examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(example pointer, schema pointer, value) for every example of a media type or parameter."""
    for where, node in walk(spec):
        if not isinstance(node, dict) or "schema" not in node:
            continue
        if "example" in node:
            yield where + "/example", where + "/schema", node["example"]
        for name, example in node.get("examples", {}).items():
            if isinstance(example, dict) and "value" in example:
                yield where + pointer("examples", name), where + "/schema", example["value"]


def test_every_example_validates(vendor: Vendor) -> None:
    spec = vendor.spec()
    schemas = SchemaSet(spec)
    found = list(examples(spec))
    assert found, "the spec has examples"
    for where, schema_pointer, value in found:
        assert schemas.problems(schema_pointer, value, "example") == [], where


def test_movalio_keeps_every_json_example_of_its_documentation() -> None:
    """The Movalio documentation shows 13 JSON examples (9 requests, 4 responses); all are in."""
    spec = Vendor("movalio").spec()
    found = [where for where, _, _ in examples(spec)]
    assert len([where for where in found if "/requestBody/" in where]) == 9
    assert len([where for where in found if "/responses/" in where]) == 4
