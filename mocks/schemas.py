"""JSON Schema validation against the schemas inside one OpenAPI 3.1 document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:openapi-spec"


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

    def resolve(self, schema: Any) -> Any:
        """`schema` with any top-level `$ref` chain followed."""
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.at(schema["$ref"].removeprefix("#"))
        return schema

    def at(self, pointer: str) -> Any:
        """The node of the document at a JSON pointer such as `/components/schemas/Error`."""
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
                path += [next(name for name in cause.validator_value if name not in cause.instance)]
            found.append(Problem(location, ".".join(path), _shorten(cause.message)))
        return found


def _shorten(message: str, limit: int = 300) -> str:
    """jsonschema quotes the whole offending value; keep error bodies small."""
    return message if len(message) <= limit else message[: limit - 3] + "..."


def pointer(*tokens: str) -> str:
    """A JSON pointer from raw tokens (escaping `~` and `/`)."""
    return "".join("/" + token.replace("~", "~0").replace("/", "~1") for token in tokens)
