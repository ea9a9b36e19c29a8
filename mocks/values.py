"""Values from the schemas of one document: a stored value brought into a schema's shape, and a
plausible value where nothing was given.

`conform` keeps what a value has that its schema allows and replaces or adds the rest: declared
properties only (objects without declared properties keep what they hold), the variant of a
`oneOf`/`anyOf` the value fits (or its discriminator names), scalars that break their schema
replaced. `plausible` makes a value that validates: the schema's `const`, `default`, first example
or enum member, else one built from the type, format and pattern (strings matching a date or time
pattern take the clock's time).
"""

from __future__ import annotations

import importlib
import json
import math
import random
import re
import string
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator

from mocks.schemas import SchemaSet

__all__ = ["ABSENT", "Values", "pattern_example"]

ABSENT: Any = type("Absent", (), {"__repr__": lambda self: "ABSENT"})()
"""No value at all (as opposed to null)."""

FILL_DEPTH = 5
"""How deep `fill` adds optional properties; below that only required ones."""
REPEAT = 10
"""How many times an open repetition (`*`, `+`, `{1,}`) of a pattern repeats."""
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d", "%H:%M:%S", "%H:%M")
"""Renderings of the clock tried against a string pattern before inventing a string."""
FORMATS = {
    "date": "%Y-%m-%d",
    "date-time": "%Y-%m-%dT%H:%M:%SZ",
    "time": "%H:%M:%SZ",
}
FIXED_FORMATS = {
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "iri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uuid": "00000000-0000-4000-8000-000000000001",
    "byte": "AA==",
}
_REGEX_PARSER: Any = importlib.import_module("re._parser")  # the stdlib's own pattern parser
_CATEGORIES = {
    "CATEGORY_DIGIT": string.digits,
    "CATEGORY_WORD": string.ascii_letters + string.digits + "_",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_DIGIT": string.ascii_letters,
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_NOT_SPACE": string.ascii_letters,
}
_PRINTABLE = string.ascii_letters + string.digits + "_-."


def pattern_example(pattern: str, chooser: random.Random) -> str:
    """A string the regular expression matches, its characters picked by `chooser`."""
    return "".join(_expand(_REGEX_PARSER.parse(pattern), chooser))


def _expand(nodes: Any, chooser: random.Random) -> Iterator[str]:
    for op, argument in nodes:
        name = str(op)
        if name == "LITERAL":
            yield chr(argument)
        elif name == "NOT_LITERAL":
            yield "a" if argument != ord("a") else "b"
        elif name == "ANY":
            yield "x"
        elif name == "IN":
            yield chooser.choice(_alphabet(argument))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = argument
            for _ in range(max(low, min(high, REPEAT))):
                yield from _expand(sub, chooser)
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            yield from _expand(argument[-1], chooser)
        elif name == "BRANCH":
            yield from _expand(argument[1][0], chooser)


def _alphabet(items: Any) -> str:
    """The characters a `[...]` class allows, in a stable order."""
    chars: set[str] = set()
    negated = False
    for op, argument in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(argument))
        elif name == "RANGE":
            chars.update(chr(code) for code in range(argument[0], min(argument[1], argument[0] + 94) + 1))
        elif name == "CATEGORY":
            chars.update(_CATEGORIES.get(str(argument), ""))
        elif name == "NEGATE":
            negated = True
    if negated:
        chars = set(_PRINTABLE) - chars
    return "".join(sorted(chars))


@dataclass
class Shape:
    """An object schema with its `allOf` parts merged: property schemas by name (as JSON pointers),
    the required names, and where other members go."""

    properties: dict[str, str] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    extras: str | None = None
    """The pointer of `additionalProperties` when it is a schema."""
    closed: bool = False


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return set(declared)
    if "properties" in schema or "allOf" in schema or "required" in schema:
        return {"object"}
    if "items" in schema:
        return {"array"}
    return set()


def _is_type(value: Any, kind: str) -> bool:
    checks: dict[str, Any] = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int | float) and not isinstance(v, bool) and float(v).is_integer(),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
    }
    return bool(checks[kind](value)) if kind in checks else True


class Values:
    """Conforming and plausible values for the schemas of one document (addressed by JSON pointer)."""

    def __init__(self, schemas: SchemaSet) -> None:
        self.schemas = schemas
        self._shapes: dict[str, Shape] = {}

    def conform(self, where: str, value: Any, now: float, *, fill: bool = False) -> Any:
        """`value` brought into the schema at `where`; `fill` adds every declared property the value
        lacks (a record as stored), else only the required ones (a reply)."""
        return self._conform(where, value, now, fill, 0)

    def plausible(self, where: str, now: float) -> Any:
        """A value that validates against the schema at `where`."""
        return self._plausible(where, now, 0)

    def valid(self, where: str, value: Any) -> bool:
        return not self.schemas.problems(where, value, "value")

    def shape(self, where: str) -> Shape:
        """The object view of the schema at `where` (cached)."""
        if where not in self._shapes:
            self._shapes[where] = self._merged_shape(where)
        return self._shapes[where]

    def target(self, where: str) -> str:
        """`where` with any chain of `$ref`s followed, and of `allOf`s of one member that add no
        constraint of their own (an annotated alias)."""
        schema = self.schemas.at(where)
        while isinstance(schema, dict) and ("$ref" in schema or _is_alias(schema)):
            where = schema["$ref"].removeprefix("#") if "$ref" in schema else f"{where}/allOf/0"
            schema = self.schemas.at(where)
        return where

    def _merged_shape(self, where: str) -> Shape:
        where = self.target(where)
        schema = self.schemas.at(where)
        shape = Shape()
        if not isinstance(schema, dict):
            return shape
        for index, _ in enumerate(schema.get("allOf", [])):
            part = self.shape(f"{where}/allOf/{index}")
            shape.properties.update(part.properties)
            shape.required |= part.required
            shape.extras = shape.extras or part.extras
            shape.closed = shape.closed or part.closed
        for name in schema.get("properties", {}):
            shape.properties[name] = f"{where}/properties/{_escape(name)}"
        shape.required |= set(schema.get("required", []))
        extras = schema.get("additionalProperties")
        if isinstance(extras, dict):
            shape.extras = f"{where}/additionalProperties"
        shape.closed = shape.closed or extras is False
        return shape

    def _conform(self, where: str, value: Any, now: float, fill: bool, depth: int) -> Any:
        where = self.target(where)
        schema = self.schemas.at(where)
        if not isinstance(schema, dict):
            return value
        if "const" in schema:
            return schema["const"]
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._choose(where, key, value, now, fill, depth)
        kinds = _types(schema)
        if isinstance(value, dict) and (not kinds or "object" in kinds):
            return self._object(where, value, now, fill, depth)
        if isinstance(value, list) and "array" in kinds:
            return self._array(where, value, now, fill, depth)
        if value is not ABSENT and not isinstance(value, dict | list) and self._fits(schema, value, kinds):
            return int(value) if "integer" in kinds and isinstance(value, float) else value
        return self._plausible(where, now, depth)

    def _choose(self, where: str, key: str, value: Any, now: float, fill: bool, depth: int) -> Any:
        """The variant of a oneOf/anyOf the value belongs to, conformed."""
        schema = self.schemas.at(where)
        variants = [f"{where}/{key}/{index}" for index in range(len(schema[key]))]
        discriminator = schema.get("discriminator")
        mapping: dict[str, str] = {
            tag: ref.removeprefix("#") for tag, ref in (discriminator or {}).get("mapping", {}).items()
        }
        name = (discriminator or {}).get("propertyName", "")
        if isinstance(value, dict) and isinstance(value.get(name), str) and value[name] in mapping:
            return self._conform(mapping[value[name]], value, now, fill, depth)
        if value is ABSENT:
            return self._plausible(where, now, depth)
        for variant in variants:
            if self.valid(variant, value):
                return self._conform(variant, value, now, fill, depth)
        if isinstance(value, dict) and mapping:
            tagged = {tag: {**value, name: tag} for tag in mapping}
            tag = next((t for t in mapping if self.valid(mapping[t], tagged[t])), next(iter(mapping)))
            return self._conform(mapping[tag], tagged[tag], now, fill, depth)
        usable = [v for v in variants if _types(self.schemas.at(self.target(v))) != {"null"}] or variants
        return self._conform(usable[0], value, now, fill, depth)

    def _object(
        self, where: str, value: dict[str, Any], now: float, fill: bool, depth: int
    ) -> dict[str, Any]:
        shape = self.shape(where)
        result: dict[str, Any] = {}
        for name, member in shape.properties.items():
            if name in value:
                result[name] = self._conform(member, value[name], now, fill, depth + 1)
            elif name in shape.required or (fill and depth < FILL_DEPTH):
                result[name] = self._plausible(member, now, depth + 1)
        others = {name: item for name, item in value.items() if name not in shape.properties}
        if shape.extras is not None:
            result |= {
                name: self._conform(shape.extras, item, now, fill, depth + 1) for name, item in others.items()
            }
        elif not shape.properties and not shape.closed:
            result |= others
        return result

    def _array(self, where: str, value: list[Any], now: float, fill: bool, depth: int) -> list[Any]:
        schema = self.schemas.at(where)
        items = f"{where}/items" if isinstance(schema.get("items"), dict) else None
        result = (
            [self._conform(items, item, now, fill, depth + 1) for item in value] if items else list(value)
        )
        if schema.get("uniqueItems"):
            unique: dict[str, Any] = {}
            for item in result:
                unique.setdefault(_key(item), item)
            result = list(unique.values())
        result = result[: schema.get("maxItems", len(result))]
        while len(result) < schema.get("minItems", 0) and items:
            result.append(self._plausible(items, now, depth + 1))
        return result

    def _plausible(self, where: str, now: float, depth: int) -> Any:
        where = self.target(where)
        schema = self.schemas.at(where)
        if not isinstance(schema, dict):
            return None
        kinds = _types(schema)
        if "const" in schema:
            return schema["const"]
        candidates = [schema["default"]] if "default" in schema else []
        candidates += schema.get("examples", []) + ([schema["example"]] if "example" in schema else [])
        candidates += [member for member in schema.get("enum", []) if member is not None]
        for candidate in candidates:
            if not isinstance(candidate, dict | list) and self._fits(schema, candidate, kinds):
                return candidate
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return (
                    self._choose(where, key, {}, now, True, depth)
                    if "discriminator" in schema
                    else (self._first_variant(where, key, now, depth))
                )
        if "object" in kinds:
            return self._object(where, {}, now, depth < FILL_DEPTH, depth)
        if "array" in kinds:
            return self._array(where, [], now, False, depth)
        for kind, make in (
            ("string", self._string),
            ("integer", _number),
            ("number", _number),
            ("boolean", lambda s, n: False),
        ):
            if kind in kinds:
                return make(schema, now)
        return None

    def _first_variant(self, where: str, key: str, now: float, depth: int) -> Any:
        variants = [f"{where}/{key}/{index}" for index in range(len(self.schemas.at(where)[key]))]
        usable = [v for v in variants if _types(self.schemas.at(self.target(v))) != {"null"}] or variants
        return self._plausible(usable[0], now, depth)

    def _string(self, schema: dict[str, Any], now: float) -> str:
        """The clock's time for date and time formats, a fixed value of other formats; for a
        pattern: empty when it allows that, else the clock's time when it fits, else a string drawn
        from it; else the shortest string allowed (empty, as APIs commonly write a value not set)."""
        moment = time.gmtime(now)
        found = schema.get("format", "")
        if found in FORMATS:
            return time.strftime(FORMATS[found], moment)
        if found in FIXED_FORMATS:
            return FIXED_FORMATS[found]
        pattern = schema.get("pattern")
        if pattern is not None and re.search(pattern, "") and not schema.get("minLength"):
            return ""
        if pattern is not None:
            rendered = (time.strftime(fmt, moment) for fmt in TIME_FORMATS)
            timely = next((s for s in rendered if re.search(pattern, s)), None)
            return timely if timely is not None else pattern_example(str(pattern), random.Random(pattern))
        return "x" * int(schema.get("minLength", 0))

    def _fits(self, schema: dict[str, Any], value: Any, kinds: set[str]) -> bool:
        """Whether a scalar satisfies the schema's own keywords (no `$ref`s below a scalar)."""
        if kinds and not any(_is_type(value, kind) for kind in kinds):
            return False
        if "enum" in schema and value not in schema["enum"]:
            return False
        if isinstance(value, str):
            return self._fits_string(schema, value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return _fits_number(schema, value)
        return True

    def _fits_string(self, schema: dict[str, Any], value: str) -> bool:
        if not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value)):
            return False
        if "pattern" in schema and not re.search(schema["pattern"], value):
            return False
        found = schema.get("format")
        return found is None or Draft202012Validator.FORMAT_CHECKER.conforms(value, found)


def _is_alias(schema: dict[str, Any]) -> bool:
    annotations = {"allOf", "description", "title", "examples"}
    return len(schema.get("allOf", [])) == 1 and not set(schema) - annotations


def _fits_number(schema: dict[str, Any], value: float) -> bool:
    if "minimum" in schema and value < schema["minimum"]:
        return False
    if "maximum" in schema and value > schema["maximum"]:
        return False
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        return False
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        return False
    step = schema.get("multipleOf")
    return step is None or float(value / step).is_integer()


def _number(schema: dict[str, Any], now: float) -> int | float:
    """The least value the bounds allow, 0 when they allow it."""
    low = schema.get("minimum", schema.get("exclusiveMinimum", -math.inf) + 1)
    high = schema.get("maximum", schema.get("exclusiveMaximum", math.inf) - 1)
    value = min(max(0, low), high)
    step = schema.get("multipleOf")
    if step:
        value = math.ceil(value / step) * step
    return int(value) if "integer" in _types(schema) or float(value).is_integer() else value


def _key(item: Any) -> str:
    return json.dumps(item, sort_keys=True)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
