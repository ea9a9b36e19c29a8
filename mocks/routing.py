"""Match request paths against the spec's path templates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from mocks.schemas import SchemaSet, pointer

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with the JSON pointer of its definition."""

    method: str
    template: str
    pointer: str
    definition: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.definition["operationId"])


def operations(spec: dict[str, Any]) -> Iterator[Operation]:
    """Every operation of a spec, in document order."""
    for template, path_item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in path_item:
                where = pointer("paths", template, method)
                yield Operation(method, template, where, path_item[method], path_item)


def declared_parameters(schemas: SchemaSet, operation: Operation) -> list[tuple[str, dict[str, Any]]]:
    """(JSON pointer, parameter) of an operation's parameters: the path item's, overridden by the
    operation's own, `$ref`s followed."""
    found: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    path_pointer = operation.pointer.rsplit("/", 1)[0]
    for base, owner in ((path_pointer, operation.path_item), (operation.pointer, operation.definition)):
        for index, parameter in enumerate(owner.get("parameters", [])):
            where = f"{base}/parameters/{index}"
            while "$ref" in parameter:
                where = parameter["$ref"].removeprefix("#")
                parameter = schemas.at(where)
            found[(parameter["name"], parameter["in"])] = (where, parameter)
    return list(found.values())


@dataclass
class PathRoute:
    """A path template and the operations defined on it."""

    template: str
    pattern: re.Pattern[str]
    names: list[str]
    operations: dict[str, Operation] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Match:
    operation: Operation
    path_params: dict[str, str]


@dataclass(frozen=True)
class MethodNotAllowed:
    allowed: list[str]


def _compile(template: str) -> tuple[re.Pattern[str], list[str]]:
    names: list[str] = []
    regex = ""
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", template):
        regex += re.escape(literal)
        if name:
            names.append(name)
            regex += "([^/]+)"
    return re.compile(f"^{regex}$"), names


class Router:
    """The spec's paths, most literal first, so `/films/categories` wins over `/films/{id}`."""

    def __init__(self, spec: dict[str, Any]) -> None:
        routes: dict[str, PathRoute] = {}
        for template in spec.get("paths", {}):
            routes[template] = PathRoute(template, *_compile(template))
        for operation in operations(spec):
            routes[operation.template].operations[operation.method] = operation
        self.routes = list(routes.values())
        self.routes.sort(key=lambda route: (len(route.names), -len(route.template)))
        self.literal = {route.template: route for route in self.routes if not route.names}
        """Templates without parameters, found by a dict lookup before any pattern is tried."""

    def match(self, method: str, raw_path: str) -> Match | MethodNotAllowed | None:
        """The operation for a method and a still percent-encoded path, if any."""
        literal = self.literal.get(raw_path)
        if literal is not None:
            return self._on(literal, method, [])
        for route in self.routes:
            found = route.pattern.match(raw_path)
            if found is not None:
                return self._on(route, method, [unquote(value) for value in found.groups()])
        return None

    @staticmethod
    def _on(route: PathRoute, method: str, values: list[str]) -> Match | MethodNotAllowed:
        operation = route.operations.get(method.lower())
        if operation is None:
            return MethodNotAllowed(sorted(m.upper() for m in route.operations))
        return Match(operation, dict(zip(route.names, values, strict=True)))
