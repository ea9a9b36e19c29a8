"""Apply OpenAPI Overlay 1.0.0/1.1.0 documents to an OpenAPI document.

Usage: python -m scripts.overlay SPEC OVERLAY... [-o OUT]
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal, NamedTuple

import yaml
from jsonpath import CompoundJSONPath, JSONPath, JSONPathEnvironment, JSONPathError, JSONPathMatch

from scripts.documents import load_yaml

_ENV = JSONPathEnvironment(strict=True)  # RFC 9535 syntax and function extensions
_VERSIONS = ("1.0.0", "1.1.0")
_KINDS: tuple[Literal["update", "remove", "copy"], ...] = ("update", "remove", "copy")


class OverlayError(ValueError):
    """The overlay is malformed or one of its actions cannot be applied."""


class _Action(NamedTuple):
    label: str  # "overlay 'title': actions[i]", the prefix of error messages
    target: JSONPath | CompoundJSONPath
    kind: Literal["update", "remove", "copy"]
    value: Any  # the update value, the remove flag, or the compiled copy source


def apply_overlay(document: dict[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    """Return a copy of `document` with the overlay's actions applied in order."""
    result = copy.deepcopy(document)
    for action in _parse(overlay):
        nodes = _select(action.target, result, action.label)
        if action.kind == "remove":
            if action.value:
                _remove(nodes, action.label)
            continue
        value = action.value
        if action.kind == "copy":
            sources = _select(value, result, action.label)
            if len(sources) != 1:
                raise OverlayError(
                    f"{action.label}: copy source {str(value)!r} selects {len(sources)} nodes, "
                    "it must select exactly one"
                )
            value = copy.deepcopy(sources[0].obj)
        _update(nodes, value, action.label)
    return result


def apply_overlays(document: dict[str, Any], overlays: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Apply several overlays in order, each to the previous result."""
    for overlay in overlays:
        document = apply_overlay(document, overlay)
    return document


def load_overlays(directory: Path) -> list[dict[str, Any]]:
    """Read the `*.yaml` overlays directly in `directory`, in file-name order, with the specs' loader."""
    return [_read_yaml(path) for path in sorted(directory.glob("*.yaml")) if path.is_file()]


def _read_yaml(path: Path) -> dict[str, Any]:
    """Load a YAML file that must hold a mapping of plain JSON data."""
    try:
        return load_yaml(path)
    except ValueError as error:
        raise OverlayError(str(error)) from error


def _compile(path: object, label: str, field: str) -> JSONPath | CompoundJSONPath:
    """Compile an RFC 9535 JSONPath taken from an action's `field`."""
    if not isinstance(path, str):
        raise OverlayError(f"{label}: {field!r} must be a JSONPath string")
    try:
        return _ENV.compile(path)
    except JSONPathError as exc:
        raise OverlayError(f"{label}: invalid {field} {path!r}: {exc.args[0]}") from exc


def _parse(overlay: Mapping[str, Any]) -> list[_Action]:
    """Validate the overlay and return its actions, targets compiled."""
    version = overlay.get("overlay")
    if version not in _VERSIONS:
        raise OverlayError(f"'overlay' must be one of {', '.join(_VERSIONS)}, got {version!r}")
    info = overlay.get("info")
    if not isinstance(info, Mapping) or "title" not in info or "version" not in info:
        raise OverlayError("'info' must be an object with 'title' and 'version'")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("'actions' must be a non-empty list")
    parsed = []
    for index, action in enumerate(actions):
        label = f"overlay {info['title']!r}: actions[{index}]"
        if not isinstance(action, Mapping):
            raise OverlayError(f"{label}: must be an object")
        if "target" not in action:
            raise OverlayError(f"{label}: missing 'target'")
        kinds = [kind for kind in _KINDS if kind in action]
        if len(kinds) != 1:
            raise OverlayError(
                f"{label}: needs exactly one of update, remove, copy; found {', '.join(kinds) or 'none'}"
            )
        kind = kinds[0]
        value = action[kind]
        if kind == "remove" and not isinstance(value, bool):
            raise OverlayError(f"{label}: 'remove' must be true or false, got {value!r}")
        if kind == "copy":
            if version != "1.1.0":
                raise OverlayError(f"{label}: 'copy' needs overlay 1.1.0, this is {version}")
            value = _compile(value, label, "copy")
        parsed.append(_Action(label, _compile(action["target"], label, "target"), kind, value))
    return parsed


def _select(path: JSONPath | CompoundJSONPath, data: dict[str, Any], label: str) -> list[JSONPathMatch]:
    """Return the distinct nodes `path` selects in `data` (RFC 9535 nodelists may repeat a node)."""
    try:
        return list({match.parts: match for match in path.finditer(data)}.values())
    except JSONPathError as exc:
        raise OverlayError(f"{label}: {path} failed: {exc.args[0]}") from exc


def _merge(node: Any, value: Any) -> Any:
    """Merge `value` into `node`: objects merge recursively, arrays concatenate, anything else replaces.

    Returns `node` itself when merged in place, else a copy of `value` to put in its place.
    """
    if isinstance(node, dict) and isinstance(value, Mapping):
        for key, item in value.items():
            node[key] = _merge(node[key], item) if key in node else copy.deepcopy(item)
        return node
    if isinstance(node, list) and isinstance(value, list):
        node.extend(copy.deepcopy(value))
        return node
    return copy.deepcopy(value)


def _update(nodes: list[JSONPathMatch], value: Any, label: str) -> None:
    """Merge `value` into each node, appending it to array nodes and replacing primitives in their parent."""
    for match in nodes:
        node: Any = match.obj
        if isinstance(node, list) and not isinstance(value, list):
            node.append(copy.deepcopy(value))
            continue
        merged = _merge(node, value)
        if merged is node:  # merged in place
            continue
        if match.parent is None:
            raise OverlayError(f"{label}: an update of the root must be an object")
        parent: Any = match.parent.obj
        parent[match.parts[-1]] = merged


def _remove(nodes: list[JSONPathMatch], label: str) -> None:
    """Remove each node from its parent, array elements from the highest index down."""
    slots: list[tuple[Any, Any]] = []
    for match in nodes:
        if match.parent is None:
            raise OverlayError(f"{label}: cannot remove the root")
        slots.append((match.parent.obj, match.parts[-1]))
    slots.sort(key=lambda slot: slot[1] if isinstance(slot[0], list) else -1, reverse=True)
    for parent, key in slots:
        del parent[key]


def main(argv: list[str] | None = None) -> None:
    """Apply overlay files to a spec and write the result as YAML."""
    parser = argparse.ArgumentParser(prog="python -m scripts.overlay", description="Apply OpenAPI overlays.")
    parser.add_argument("spec", type=Path, help="OpenAPI document (YAML or JSON)")
    parser.add_argument("overlays", type=Path, nargs="+", metavar="OVERLAY", help="applied in order")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    args = parser.parse_args(argv)
    try:
        document = _read_yaml(args.spec)
        for path in args.overlays:
            overlay = _read_yaml(path)
            try:
                document = apply_overlay(document, overlay)
            except OverlayError as exc:
                raise OverlayError(f"{path}: {exc}") from exc
    except OverlayError as exc:
        raise SystemExit(f"error: {exc}") from exc
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
