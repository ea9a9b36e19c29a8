"""JSON Schema validation against the schemas inside one OpenAPI 3.1 document.

Validity is decided by jsonschema-rs (compiled once per schema, fast on the valid instances that
are most of a mock's traffic); the problems of an invalid instance are described by jsonschema,
whose messages name the field and the rule.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:openapi-spec"
POINTER_SAFE = "/~!$&'()*+,;=:@"
"""What a JSON pointer keeps unescaped in a URI fragment (RFC 6901 section 6)."""


@dataclass(frozen=True)
class Problem:
    """One reason a request is invalid: where (`body`, `query`, ...), which field, and why."""

    location: str
    field: str
    message: str


class SchemaSet:
    """Validators for schemas addressed by JSON pointer into the document, `$ref`s resolved."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}
        self._fast_registry = jsonschema_rs.Registry([(SPEC_URI, document)], draft=jsonschema_rs.Draft202012)
        self._fast: dict[str, jsonschema_rs.Validator] = {}
        self._nodes: dict[str, Any] = {}

    def resolve(self, schema: Any) -> Any:
        """`schema` with any top-level `$ref` chain followed."""
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.at(schema["$ref"].removeprefix("#"))
        return schema

    def at(self, pointer: str) -> Any:
        """The node of the document at a JSON pointer such as `/components/schemas/Error` (the
        document is not changed after it is given)."""
        if pointer not in self._nodes:
            self._nodes[pointer] = self._walk(pointer)
        return self._nodes[pointer]

    def _walk(self, pointer: str) -> Any:
        node: Any = self.document
        for token in pointer.lstrip("/").split("/") if pointer else []:
            key = token.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def problems(self, pointer: str, instance: Any, location: str) -> list[Problem]:
        """Every way `instance` fails the schema at `pointer`.

        A `oneOf` with a discriminator is checked against the variant the discriminator names,
        so the problems are that variant's, not a guess among all of them.
        """
        schema = self.at(pointer)
        discriminator = schema.get("discriminator") if isinstance(schema, dict) else None
        if discriminator and "oneOf" in schema and isinstance(instance, dict):
            name = discriminator["propertyName"]
            mapping: dict[str, str] = discriminator["mapping"]
            if name not in instance:
                return [Problem(location, name, f"'{name}' is a required property")]
            target = mapping.get(instance[name]) if isinstance(instance[name], str) else None
            if target is None:
                return [Problem(location, name, f"{instance[name]!r} is not one of {sorted(mapping)}")]
            return self.problems(target.removeprefix("#"), instance, location)
        if self._is_valid(pointer, instance):
            return []
        return self._described(pointer, instance, location)

    def _is_valid(self, pointer: str, instance: Any) -> bool:
        validator = self._fast.get(pointer)
        if validator is None:
            validator = jsonschema_rs.validator_for(
                {"$ref": f"{SPEC_URI}#{quote(pointer, safe=POINTER_SAFE)}"},
                registry=self._fast_registry,
                validate_formats=True,
            )
            self._fast[pointer] = validator
        try:
            return validator.is_valid(instance)
        except (ValueError, OverflowError):  # e.g. a lone surrogate, which Rust strings cannot hold
            return False

    def _described(self, pointer: str, instance: Any, location: str) -> list[Problem]:
        """The problems jsonschema finds (none where only jsonschema-rs is stricter, e.g. on a
        format jsonschema does not check: jsonschema has the last word)."""
        validator = self._validators.get(pointer)
        if validator is None:
            validator = Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{pointer}"},
                registry=self._registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
            self._validators[pointer] = validator
        found = []
        for error in validator.iter_errors(instance):
            cause = best_match([error])
            path = [str(part) for part in cause.absolute_path]
            if cause.validator == "required" and isinstance(cause.instance, dict):
                path.append(_missing_name(cause.validator_value, cause.instance, cause.message))
            found.append(Problem(location, ".".join(path), _shorten(cause.message)))
        return found


def _missing_name(required: list[str], instance: dict[str, Any], message: str) -> str:
    """The required property a `required` error is about (one error per missing property, each
    saying `'name' is a required property`)."""
    missing = [name for name in required if name not in instance]
    return next((name for name in missing if message.startswith(f"{name!r} ")), missing[0])


def _shorten(message: str, limit: int = 300) -> str:
    """jsonschema quotes the whole offending value; keep error bodies small."""
    return message if len(message) <= limit else message[: limit - 3] + "..."


@functools.cache
def pointer(*tokens: str) -> str:
    """A JSON pointer from raw tokens (escaping `~` and `/`)."""
    return "".join("/" + token.replace("~", "~0").replace("/", "~1") for token in tokens)
