"""The public API of a generated client package, read from its source with `ast`, and the
changes between two readings rated by the semver bump they need.

The public API is every public module, function (parameters, return annotation), class (bases,
attrs fields, enum members, methods), module constant and `__all__` export. A name is public
when no part of its dotted path starts with `_` (`__init__` modules and methods count).
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ApiChange", "Symbol", "api_changes", "public_api"]

Key = tuple[str, ...]


@dataclass(frozen=True)
class Symbol:
    """One public name: what kind it is, the text compared across revisions, and for parameters
    and fields whether a caller must give it."""

    kind: str
    text: str = ""
    required: bool = False


@dataclass(frozen=True)
class ApiChange:
    """One change of the public API and the bump it needs (`major` or `minor`)."""

    impact: str
    action: str
    kind: str
    name: str
    detail: str

    def __str__(self) -> str:
        label = "breaking" if self.impact == "major" else ""
        return f"{self.impact:<5}  {label:<8}  {self.action:<7}  {self.kind}  {self.name}{self.detail}"


def _is_public(name: str) -> bool:
    return not name.startswith("_") or name == "__init__"


class _Unquoted(ast.NodeTransformer):
    """Reads forward references (`"Client"`) as the names they quote, outside `Literal[...]`."""

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        is_literal = isinstance(node.value, ast.Name) and node.value.id == "Literal"
        return node if is_literal else self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if not isinstance(node.value, str):
            return node
        try:
            return ast.parse(node.value, mode="eval").body
        except SyntaxError:
            return node


def _annotation(node: ast.expr | None) -> str:
    """An annotation's text, forward references unquoted; empty when there is none."""
    return ast.unparse(_Unquoted().visit(copy.deepcopy(node))) if node is not None else ""


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef, key: Key) -> Iterator[tuple[Key, Symbol]]:
    arguments = function.args
    positional = [*arguments.posonlyargs, *arguments.args]
    defaults = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    places = ["positional-only"] * len(arguments.posonlyargs) + ["positional"] * len(arguments.args)
    entries = list(zip(places, positional, defaults, strict=True))
    entries += [("keyword", a, d) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)]
    for place, argument, default in entries:
        if argument.arg not in ("self", "cls"):
            annotation = _annotation(argument.annotation)
            yield (*key, argument.arg), Symbol(f"{place} parameter", annotation, required=default is None)
    for star, rest in (("*", arguments.vararg), ("**", arguments.kwarg)):
        if rest is not None:
            yield (*key, star + rest.arg), Symbol("parameter", _annotation(rest.annotation))


def _function(function: ast.FunctionDef | ast.AsyncFunctionDef, key: Key) -> Iterator[tuple[Key, Symbol]]:
    prefix = "async " if isinstance(function, ast.AsyncFunctionDef) else ""
    returns = f"-> {_annotation(function.returns)}" if function.returns else ""
    yield key, Symbol("function", prefix + returns)
    yield from _parameters(function, key)


def _class(node: ast.ClassDef, key: Key) -> Iterator[tuple[Key, Symbol]]:
    bases = [ast.unparse(base) for base in node.bases]
    yield key, Symbol("class", ", ".join(bases))
    is_enum = any(base.endswith("Enum") for base in bases)
    for statement in node.body:
        if is_enum and isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name):
            name = statement.targets[0].id
            if _is_public(name):
                yield (*key, name), Symbol("member", ast.unparse(statement.value))
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            if _is_public(statement.target.id):
                field = Symbol("field", _annotation(statement.annotation), required=statement.value is None)
                yield (*key, statement.target.id), field
        elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef) and _is_public(statement.name):
            yield from _function(statement, (*key, statement.name))


def _exports(value: ast.expr) -> list[str]:
    try:
        names = ast.literal_eval(value)
    except ValueError:
        return []
    return [name for name in names if isinstance(name, str)]


def _module(tree: ast.Module, module: str) -> Iterator[tuple[Key, Symbol]]:
    yield (module,), Symbol("module")
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _is_public(node.name):
            yield from _function(node, (module, node.name))
        elif isinstance(node, ast.ClassDef) and _is_public(node.name):
            yield from _class(node, (module, node.name))
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in (t for t in targets if isinstance(t, ast.Name)):
                if target.id == "__all__" and node.value is not None:
                    yield (module, "__all__"), Symbol("exports")
                    yield from (((module, "__all__", n), Symbol("export")) for n in _exports(node.value))
                elif _is_public(target.id):
                    yield (module, target.id), Symbol("constant")


def public_api(package: Path) -> dict[Key, Symbol]:
    """Every public name of the package in directory `package` (e.g. generated/x-client/x_client)."""
    found: dict[Key, Symbol] = {}
    for path in sorted(package.rglob("*.py")):
        parts = [package.name, *path.relative_to(package).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        if all(_is_public(part) for part in parts):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            found.update(_module(tree, ".".join(parts)))
    return found


def _union_members(annotation: str) -> set[str]:
    """The members of a `A | B | ...` annotation (one member for anything else)."""
    try:
        node = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return {annotation}
    members: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, ast.BinOp) and isinstance(current.op, ast.BitOr):
            stack += [current.left, current.right]
        else:
            members.add(ast.unparse(current))
    return members


def _change_impact(old: Symbol, new: Symbol) -> str:
    """Minor when callers may still use the name as before: a parameter or field that is no
    longer required, or a parameter whose type was widened; every other change is major."""
    if old.kind != new.kind or new.required > old.required:
        return "major"
    if old.text == new.text:
        return "minor"
    widened = _union_members(old.text) <= _union_members(new.text)
    return "minor" if old.kind.endswith("parameter") and widened else "major"


def _described(symbol: Symbol, *, kind: bool = False) -> str:
    details = [symbol.kind] if kind else []
    details += [symbol.text] if symbol.text else []
    details += ["required"] if symbol.required else []
    return f" ({', '.join(details)})" if details else ""


def _merged(found: list[tuple[str, str, Symbol, Key, str]]) -> list[ApiChange]:
    """One change per distinct change, where the same change of a parameter in several functions
    of one owner (`sync`, `asyncio`, ...) is one change named `owner.{sync,asyncio}(parameter)`."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for impact, action, symbol, key, detail in found:
        if symbol.kind.endswith("parameter"):
            owner, function, parameter = ".".join(key[:-2]), key[-2], key[-1]
        else:
            owner, function, parameter = ".".join(key), "", ""
        groups.setdefault((impact, action, symbol.kind, owner, parameter, detail), []).append(function)
    changes = []
    for (impact, action, kind, owner, parameter, detail), functions in groups.items():
        named = functions[0] if len(functions) == 1 else "{" + ",".join(functions) + "}"
        name = f"{owner}.{named}({parameter})" if parameter else owner
        changes.append(ApiChange(impact, action, kind, name, detail))
    return changes


def api_changes(old: dict[Key, Symbol], new: dict[Key, Symbol]) -> list[ApiChange]:
    """The changes from `old` to `new`, outermost first: a removed class is one change, not one
    per field. Removals and changes are major except as `_change_impact` says; additions are
    minor, except a required parameter or field added to something that already existed."""
    kept = old.keys() & new.keys()
    found = []
    for key in sorted(old.keys() | new.keys()):
        if len(key) > 1 and key[:-1] not in kept:
            continue
        match old.get(key), new.get(key):
            case None, Symbol() as added:
                found.append(("major" if added.required else "minor", "added", added, key, _described(added)))
            case Symbol() as removed, None:
                found.append(("major", "removed", removed, key, _described(removed)))
            case Symbol() as before, Symbol() as after if before != after:
                moved = before.kind != after.kind
                detail = (
                    f"{_described(before, kind=moved) or ' ()'} ->{_described(after, kind=moved) or ' ()'}"
                )
                found.append((_change_impact(before, after), "changed", after, key, detail))
    return _merged(found)
