"""The generic resource layer: what a collection/item API does, derived from the resolved spec.

A collection is a path with items below it (`/lists` with `/lists/{list_id}`), or a path a GET
lists. A collection below another with the same item parameter is the same collection
(`/things/special/{thing_id}` adds to `/things/{thing_id}`). For each collection the spec gives:
- its record schema: the richest of the item read's answer, the collection read's items, the
  create's answer, the update's answer;
- where the id sits in a record: the item parameter's name (`list_id`), else `id`, else that name
  one level down (`base.contact_id`); a path without an item parameter names its id
  `<singular of the last segment>_id` (`/sites` -> `site_id`), or takes a hint;
- what a new id looks like: the item parameter's schema (integers count up per collection and
  account from the minimum; strings follow the pattern or format, deterministically);
- its scope: the path parameters above it. The parent item must exist, and removing a record
  removes everything below it.

The operations it derives, each answering the first documented 2xx in the response's shape:
- POST collection: create (an id the body brings is kept; in use: 409 when documented, else
  replaced);
- GET collection: list, paged with `x-paging`, sorted by the query parameters whose enum is
  `asc`/`desc` and whose enum names record properties, filtered by the query parameters that
  share a record property's name and type (top level or one level down);
- GET item: read; PATCH: merge (objects merged member by member); PUT: replace; DELETE: remove;
- GET on a path without items: the account's one record of that shape (plausible until stored).
A record the path names that is not there is 404 when the operation documents 404, else the
vendor's validation status (a `Problem` whose message is `MISSING_RECORD`); `Resources.missing`
answers a body's reference to a missing record with that status too, when documented. Fields the request
does not set take their default or a plausible value (mocks.values); every reply is shaped by
the operation's response schema, so it passes the core's response validation.
"""

from __future__ import annotations

import copy
import json
import random
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from mocks.routing import Operation, declared_parameters, operations
from mocks.rules import Call, Clock, Handler, Rejected, Reply, VendorRules
from mocks.schemas import Problem, SchemaSet, pointer
from mocks.values import ABSENT, Values, pattern_example

__all__ = [
    "ALREADY_EXISTS",
    "MISSING_RECORD",
    "Collection",
    "Listing",
    "Resources",
    "Store",
    "with_generic_behaviour",
]

MISSING_RECORD = "does not exist"
"""The `Problem.message` naming a record the request refers to that is not there."""
ALREADY_EXISTS = "already exists"
"""The `Problem.message` of a create whose id is in use."""

Record = dict[str, Any]
Scope = tuple[Any, ...]


class Store:
    """One account's records: per collection path, per scope (the values of the path parameters
    above the collection), by id in the order they were added; and one value per singleton path."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.collections: dict[str, dict[Scope, dict[Any, Record]]] = {}
        self.singletons: dict[str, Any] = {}
        self.issued: dict[str, int] = {}

    def records(self, collection: str, scope: Iterable[Any] = ()) -> dict[Any, Record]:
        """The records of one scope of a collection, by id (the stored dict itself)."""
        return self.collections.setdefault(collection, {}).setdefault(tuple(scope), {})

    def find(self, collection: str, scope: Iterable[Any], record_id: Any) -> Record | None:
        return self.collections.get(collection, {}).get(tuple(scope), {}).get(record_id)

    def every(self, collection: str) -> Iterator[tuple[Scope, Any, Record]]:
        """Every record of a collection, across scopes: (scope, id, record)."""
        for scope, records in self.collections.get(collection, {}).items():
            for record_id, record in records.items():
                yield scope, record_id, record

    def remove(self, collection: str, scope: Iterable[Any], record_id: Any) -> Record | None:
        """Remove a record and what hangs below it (the scopes it opens in nested collections)."""
        scope = tuple(scope)
        removed = self.collections.get(collection, {}).get(scope, {}).pop(record_id, None)
        opened = (*scope, record_id)
        for template, scopes in self.collections.items():
            if template.startswith(collection + "/{"):
                for nested in [s for s in scopes if s[: len(opened)] == opened]:
                    del scopes[nested]
        return removed

    def issue(self, collection: str, first: int) -> int:
        """The next number of a collection's counter, `first` the first time."""
        number = self.issued.get(collection, first - 1) + 1
        self.issued[collection] = number
        return number


@dataclass(frozen=True)
class Collection:
    """A collection as the spec describes it."""

    template: str
    record: str
    """The JSON pointer of one record's schema."""
    id_name: str
    id_location: tuple[str, ...]
    """Where the id sits in a record; empty when records carry none (kept by an internal number)."""
    id_schema: str | None
    scope: tuple[str, ...]
    parent: str | None
    """The collection whose item the last scope parameter names."""


@dataclass(frozen=True)
class Listing:
    """How a collection read answers: where the items and the total go, paging, order, filters."""

    reply: str
    item: str
    items: str | None
    """The body property holding the items; None when the body is the array."""
    total: str | None
    total_header: str | None
    offset: str | None
    limit: str | None
    first_offset: int
    defaults: Mapping[str, Any]
    """The documented defaults of the query parameters."""
    direction: str | None
    order_by: str | None
    filters: Mapping[str, tuple[str, ...]]
    """Query parameter -> location of the record property it must equal."""


@dataclass(frozen=True)
class Behaviour:
    """What the layer does for one operation."""

    kind: str
    operation: Operation
    collection: Collection | None
    success: int
    reply: str | None
    missing: int
    conflict: int | None


Where = Callable[[Record], bool]
_ITEM = re.compile(r"(.+)/\{([^}/]+)\}")


class Resources:
    """The generic behaviour of a spec's collection and item operations, and its building blocks
    for vendor rules (`answer`, `insert`, `listing`, `reply`).

    `missing_status` answers a record that is not there when the operation documents no 404;
    `ids` names the id property of collections whose path has no item parameter.
    """

    def __init__(
        self,
        spec: dict[str, Any],
        schemas: SchemaSet | None = None,
        *,
        missing_status: int = 422,
        ids: Mapping[str, str] | None = None,
    ) -> None:
        self.schemas = schemas or SchemaSet(spec)
        self.values = Values(self.schemas)
        self.operations = {operation.operation_id: operation for operation in operations(spec)}
        self._fallback = missing_status
        self._hints = dict(ids or {})
        self._items = _item_parameters(spec.get("paths", {}))
        self.listings = {
            operation_id: found
            for operation_id, operation in self.operations.items()
            if operation.method == "get" and (found := self._listing(operation)) is not None
        }
        self._listed = {self.operations[operation_id].template for operation_id in self.listings}
        self.collections: dict[str, Collection] = {}
        self.behaviours: dict[str, Behaviour] = {}
        self._derive()

    # What vendor rules use ------------------------------------------------------------------------

    def handler(self, operation_id: str) -> Handler[Store] | None:
        """The generic behaviour of an operation, if the layer derives one."""
        if operation_id not in self.behaviours:
            return None
        return lambda store, call: self.answer(store, call)

    def answer(
        self, store: Store, call: Call, *, fields: Mapping[str, Any] | None = None, where: Where | None = None
    ) -> Reply:
        """The generic behaviour of the call's operation. `fields` are set on the record a create,
        merge or replace stores (over the body's); `where` keeps only the records a list shows."""
        behaviour = self.behaviours.get(call.operation_id)
        if behaviour is None:
            raise LookupError(f"{call.operation_id}: the resource layer derives no behaviour for it")
        return ANSWERS[behaviour.kind](self, store, call, behaviour, dict(fields or {}), where)

    def insert(self, store: Store, collection: str, scope: Iterable[Any], value: Mapping[str, Any]) -> Record:
        """Store a new record built from `value` (its id kept when it has a valid one, else issued)."""
        found = self.collections[collection]
        record_id = _get(value, found.id_location) if found.id_location else ABSENT
        if (
            record_id is ABSENT
            or found.id_schema is None
            or not self.values.valid(found.id_schema, record_id)
        ):
            record_id = self._new_id(store, found)
        record = self._materialize(store, found, dict(value), record_id)
        store.records(collection, scope)[record_id] = record
        return record

    def listing(self, store: Store, call: Call, records: Iterable[Record]) -> Reply:
        """The call's collection read answered with `records`: filtered, sorted, paged, shaped."""
        shape = self.listings[call.operation_id]
        query = {**shape.defaults, **call.query}
        items = [
            record
            for record in records
            if all(
                _get(record, location) == query[name]
                for name, location in shape.filters.items()
                if name in call.query
            )
        ]
        sort_by = query.get(shape.order_by) if shape.order_by is not None else None
        if sort_by is not None:
            items.sort(key=lambda record: _sortable(_get(record, (sort_by,))))
        if shape.direction is not None and query.get(shape.direction) == "desc":
            items.reverse()
        total = len(items)
        start = max(0, int(query.get(shape.offset or "", shape.first_offset)) - shape.first_offset)
        limit = query.get(shape.limit or "")
        page = items[start : None if limit is None else start + int(limit)]
        now = store.clock()
        shaped = [
            self.values.conform(shape.item, self._in_context(shape.item, record, call.path), now)
            for record in page
        ]
        body: Any = shaped
        if shape.items is not None:
            body = {shape.items: shaped} | ({shape.total: total} if shape.total else {})
            reply_shape = self.values.shape(shape.reply)
            for name in reply_shape.required - set(body):
                body[name] = self.values.plausible(reply_shape.properties[name], now)
        headers = {shape.total_header: str(total)} if shape.total_header else {}
        status, _ = self._success(self.operations[call.operation_id])
        return Reply(status, body, headers)

    def reply(self, store: Store, call: Call, value: Any = ABSENT, *, status: int | None = None) -> Reply:
        """`value` shaped as the operation's answer (its first 2xx, or `status`), plausible where it
        says nothing."""
        operation = self.operations[call.operation_id]
        found, schema = (
            self._success(operation) if status is None else (status, self._body_schema(operation, status))
        )
        if schema is None:
            return Reply(found)
        value = self._in_context(schema, value, call.path)
        return Reply(found, self.values.conform(schema, value, store.clock(), fill=True))

    def missing(self, call: Call, name: str, value: Any, location: str = "path") -> Rejected:
        """The rejection of a call naming a record that is not there: in its path, 404 (or the
        fallback status where 404 is not documented); elsewhere (a body's reference), the
        fallback status where documented (the resource the path names does exist)."""
        operation = self.operations[call.operation_id]
        documented = str(self._fallback) in operation.definition.get("responses", {})
        status = self._missing_status(operation) if location == "path" or not documented else self._fallback
        shown = int(value) if isinstance(value, float) and value.is_integer() else value
        return Rejected(status, f"{name} {shown} {MISSING_RECORD}", [Problem(location, name, MISSING_RECORD)])

    # The operations ---------------------------------------------------------------------------------

    def _create(self, store: Store, call: Call, b: Behaviour, fields: Record, where: Where | None) -> Reply:
        found = _collection(b)
        scope = self._scope(store, call, b)
        value = _deep_merge(call.body if isinstance(call.body, dict) else {}, fields)
        given = _get(value, found.id_location) if found.id_location else ABSENT
        in_use = (
            given is not ABSENT and found.id_schema is not None and self.values.valid(found.id_schema, given)
        )
        if b.conflict is not None and in_use and given in store.records(found.template, scope):
            field = ".".join(found.id_location)
            raise Rejected(
                b.conflict,
                f"{found.id_name} {given} {ALREADY_EXISTS}",
                [Problem("body", field, ALREADY_EXISTS)],
            )
        record = self.insert(store, found.template, scope, value)
        record_id = _get(record, found.id_location) if found.id_location else None
        return self._answer_with(store, b, record, {**call.path, found.id_name: record_id})

    def _read(self, store: Store, call: Call, b: Behaviour, fields: Record, where: Where | None) -> Reply:
        _, _, record = self._find(store, call, b)
        return self._answer_with(store, b, record, call.path)

    def _merge(self, store: Store, call: Call, b: Behaviour, fields: Record, where: Where | None) -> Reply:
        scope, record_id, record = self._find(store, call, b)
        value = _deep_merge(_deep_merge(record, call.body if isinstance(call.body, dict) else {}), fields)
        return self._store_answer(store, call, b, scope, record_id, value)

    def _replace(self, store: Store, call: Call, b: Behaviour, fields: Record, where: Where | None) -> Reply:
        scope, record_id, _ = self._find(store, call, b)
        value = _deep_merge(call.body if isinstance(call.body, dict) else {}, fields)
        return self._store_answer(store, call, b, scope, record_id, value)

    def _remove(self, store: Store, call: Call, b: Behaviour, fields: Record, where: Where | None) -> Reply:
        scope, record_id, record = self._find(store, call, b)
        store.remove(_collection(b).template, scope, record_id)
        return self._answer_with(store, b, record, call.path)

    def _list(self, store: Store, call: Call, b: Behaviour, fields: Record, where: Where | None) -> Reply:
        scope = self._scope(store, call, b)
        records = store.records(_collection(b).template, scope).values()
        return self.listing(store, call, filter(where, records) if where else records)

    def _singleton(
        self, store: Store, call: Call, b: Behaviour, fields: Record, where: Where | None
    ) -> Reply:
        path = b.operation.template
        if path not in store.singletons and b.reply is not None:
            store.singletons[path] = self.values.conform(b.reply, {}, store.clock(), fill=True)
        return self._answer_with(store, b, store.singletons.get(path, ABSENT), call.path)

    # Helpers ---------------------------------------------------------------------------------------

    def _store_answer(
        self, store: Store, call: Call, b: Behaviour, scope: Scope, record_id: Any, value: Record
    ) -> Reply:
        found = _collection(b)
        record = self._materialize(store, found, value, record_id)
        store.records(found.template, scope)[record_id] = record
        return self._answer_with(store, b, record, call.path)

    def _answer_with(self, store: Store, b: Behaviour, value: Any, context: Mapping[str, Any]) -> Reply:
        if b.reply is None:
            return Reply(b.success)
        return Reply(
            b.success, self.values.conform(b.reply, self._in_context(b.reply, value, context), store.clock())
        )

    def _in_context(self, schema: str, value: Any, context: Mapping[str, Any]) -> Any:
        """The value with the path parameters (and the new id) its schema declares but it lacks."""
        if not isinstance(value, dict):
            return value
        declared = self.values.shape(schema).properties
        return {**{name: item for name, item in context.items() if name in declared}, **value}

    def _scope(self, store: Store, call: Call, b: Behaviour) -> Scope:
        found = _collection(b)
        scope = tuple(call.path[name] for name in found.scope)
        self._require_parent(store, call, found, scope)
        return scope

    def _require_parent(self, store: Store, call: Call, found: Collection, scope: Scope) -> None:
        parent = self.collections.get(found.parent) if found.parent else None
        if parent is None:
            return
        self._require_parent(store, call, parent, scope[:-1])
        if store.find(parent.template, scope[:-1], scope[-1]) is None:
            raise self.missing(call, found.scope[-1], scope[-1])

    def _find(self, store: Store, call: Call, b: Behaviour) -> tuple[Scope, Any, Record]:
        found = _collection(b)
        scope = self._scope(store, call, b)
        record_id = call.path[found.id_name]
        record = store.find(found.template, scope, record_id)
        if record is None:
            raise self.missing(call, found.id_name, record_id)
        return scope, record_id, record

    def _materialize(self, store: Store, found: Collection, value: Record, record_id: Any) -> Record:
        value = copy.deepcopy(value)
        _set(value, found.id_location, record_id)
        record: Record = self.values.conform(found.record, value, store.clock(), fill=True)
        _set(record, found.id_location, record_id)
        return record

    def _new_id(self, store: Store, found: Collection) -> Any:
        """An id no record of the collection has: counted up, or drawn from the id's pattern."""
        schema = self.schemas.at(self.values.target(found.id_schema)) if found.id_schema else {}
        kinds = schema.get("type", "integer")
        kinds = {kinds} if isinstance(kinds, str) else set(kinds)
        scopes = store.collections.get(found.template, {}).values()
        while True:
            number = store.issue(found.template, max(1, int(schema.get("minimum", 1))))
            candidate = _id_candidate(found, schema, kinds, number)
            if not any(candidate in records for records in scopes):
                return candidate

    def _missing_status(self, operation: Operation) -> int:
        documented = operation.definition.get("responses", {})
        return 404 if "404" in documented or str(self._fallback) not in documented else self._fallback

    def _success(self, operation: Operation) -> tuple[int, str | None]:
        status = next(key for key in operation.definition["responses"] if key.startswith("2"))
        return int(status), self._body_schema(operation, int(status))

    def _body_schema(self, operation: Operation, status: int) -> str | None:
        """The JSON pointer of a response's JSON body schema, if it has one."""
        where = operation.pointer + pointer("responses", str(status))
        response = self.schemas.at(where)
        if "$ref" in response:
            where = response["$ref"].removeprefix("#")
            response = self.schemas.at(where)
        if "application/json" not in response.get("content", {}):
            return None
        return where + pointer("content", "application/json", "schema")

    # Derivation ------------------------------------------------------------------------------------

    def _listing(self, operation: Operation) -> Listing | None:
        """The listing of a GET whose answer is a collection, else None."""
        _, reply = self._success(operation)
        if reply is None:
            return None
        paging: dict[str, Any] = operation.definition.get("x-paging", {})
        shape = self.values.shape(reply)
        kinds = self.values.schemas.at(self.values.target(reply)).get("type")
        if kinds == "array":
            items, item, total = None, self.values.target(reply) + "/items", None
        else:
            arrays = [name for name, where in shape.properties.items() if self._is_array(where)]
            numbers = [n for n, w in shape.properties.items() if self._kinds(w) & {"integer"}]
            plain = len(arrays) == 1 and len(shape.properties) <= 1 + len(numbers) <= 2
            items = paging.get("items") or (arrays[0] if plain else None)
            if items is None or items not in shape.properties:
                return None
            item = self.values.target(shape.properties[items]) + "/items"
            total = paging.get("total-items") or (numbers[0] if numbers and plain and not paging else None)
        parameters = self._query_parameters(operation)
        item_shape = self.values.shape(item)
        direction = next(
            (n for n, s in parameters.items() if set(s.get("enum", [])) == {"asc", "desc"}), None
        )
        order_by = next(
            (
                name
                for name, schema in parameters.items()
                if name != direction
                and name not in item_shape.properties
                and any(member in item_shape.properties for member in schema.get("enum", []))
            ),
            None,
        )
        paged = {paging.get("offset-parameter"), paging.get("limit-parameter"), direction, order_by}
        filters = {
            name: location
            for name, schema in parameters.items()
            if name not in paged and (location := self._filtered(item, name, schema)) is not None
        }
        return Listing(
            reply=reply,
            item=item,
            items=items,
            total=total,
            total_header=paging.get("total-header"),
            offset=paging.get("offset-parameter"),
            limit=paging.get("limit-parameter"),
            first_offset=int(paging.get("first-offset", 0)),
            defaults={name: schema["default"] for name, schema in parameters.items() if "default" in schema},
            direction=direction,
            order_by=order_by,
            filters=filters,
        )

    def _filtered(self, item: str, name: str, schema: Mapping[str, Any]) -> tuple[str, ...] | None:
        """Where a query parameter's record property is, when one of that name and type exists."""
        wanted = _primary(schema)
        for location in self._locations(item, name):
            found = self.schemas.at(self.values.target(self._property_schema(item, location)))
            if wanted is not None and wanted == _primary(found):
                return location
        return None

    def _locations(self, schema: str, name: str) -> list[tuple[str, ...]]:
        """Where a property of that name is: at the top level, or one level down."""
        shape = self.values.shape(schema)
        if name in shape.properties:
            return [(name,)]
        return [
            (outer, name)
            for outer, where in shape.properties.items()
            if name in self.values.shape(where).properties
        ]

    def _derive(self) -> None:
        groups: dict[str, dict[str, list[Operation]]] = {}
        for operation in self.operations.values():
            role, collection = self._role(operation)
            if role:
                groups.setdefault(collection, {}).setdefault(role, []).append(operation)
        for template, roles in groups.items():
            found = self._collection(template, roles)
            if found is None:
                continue
            self.collections[template] = found
            for role, members in roles.items():
                for operation in members:
                    kind = _KIND_OF_ROLE.get((role, operation.method))
                    if kind and (kind != "list" or operation.operation_id in self.listings):
                        self.behaviours[operation.operation_id] = self._behaviour(kind, operation, found)
        for operation in self.operations.values():
            if operation.method == "get" and operation.operation_id not in self.behaviours:
                item = _ITEM.fullmatch(operation.template)
                is_item = item is not None and self._items.get(item[1]) == item[2]
                if (
                    not is_item
                    and operation.operation_id not in self.listings
                    and self._success(operation)[1]
                ):
                    self.behaviours[operation.operation_id] = self._behaviour("singleton", operation, None)

    def _role(self, operation: Operation) -> tuple[str, str]:
        """(`item` or `collection`, the collection) of an operation, or ("", "") for neither."""
        item = _ITEM.fullmatch(operation.template)
        if item is not None and self._items.get(item[1]) == item[2]:
            if operation.method == "get" and operation.operation_id in self.listings:
                return "", ""
            return "item", self._canonical(item[1])
        if operation.template in self._items or operation.template in self._listed:
            return "collection", self._canonical(operation.template)
        return "", ""

    def _canonical(self, template: str) -> str:
        """The collection a path belongs to: the shortest path above it with the same item parameter."""
        name = self._items.get(template)
        segments = template.split("/")
        for end in range(2, len(segments)):
            prefix = "/".join(segments[:end])
            if name is not None and self._items.get(prefix) == name:
                return prefix
        return template

    def _collection(self, template: str, roles: Mapping[str, list[Operation]]) -> Collection | None:
        record = self._record_schema(roles)
        if record is None:
            return None
        name = self._items.get(template) or self._hints.get(template) or _singular(template) + "_id"
        locations = self._locations(record, name) or self._locations(record, "id")[:1]
        location = locations[0] if locations else ()
        id_schema = self._item_parameter_schema(roles.get("item", []), name)
        if id_schema is None and location:
            id_schema = self._property_schema(record, location)
        scope = tuple(re.findall(r"\{([^}]+)\}", template))
        parent = None
        if scope:
            above = template[: template.rindex("/{" + scope[-1] + "}")]
            parent = self._canonical(above) if self._items.get(above) == scope[-1] else None
        return Collection(template, record, name, location, id_schema, scope, parent)

    def _record_schema(self, roles: Mapping[str, list[Operation]]) -> str | None:
        """The richest schema of one record among the collection's operations."""
        items = roles.get("item", [])
        collection = roles.get("collection", [])
        candidates = [self._success(o)[1] for o in items if o.method == "get"]
        candidates += [
            self.listings[o.operation_id].item for o in collection if o.operation_id in self.listings
        ]
        candidates += [self._success(o)[1] for o in collection if o.method == "post"]
        candidates += [self._success(o)[1] for o in items if o.method in ("patch", "put")]
        return next((c for c in candidates if c is not None and self._kinds(c) & {"object"}), None)

    def _behaviour(self, kind: str, operation: Operation, found: Collection | None) -> Behaviour:
        status, reply = self._success(operation)
        documented = operation.definition.get("responses", {})
        return Behaviour(
            kind=kind,
            operation=operation,
            collection=found,
            success=status,
            reply=reply,
            missing=self._missing_status(operation),
            conflict=409 if "409" in documented else None,
        )

    def _item_parameter_schema(self, members: list[Operation], name: str) -> str | None:
        for operation in members:
            for where, parameter in declared_parameters(self.schemas, operation):
                if parameter["in"] == "path" and parameter["name"] == name:
                    return where + "/schema"
        return None

    def _property_schema(self, record: str, location: tuple[str, ...]) -> str:
        where = record
        for name in location:
            where = self.values.shape(where).properties[name]
        return where

    def _query_parameters(self, operation: Operation) -> dict[str, Any]:
        return {
            parameter["name"]: self.schemas.at(self.values.target(where + "/schema"))
            for where, parameter in declared_parameters(self.schemas, operation)
            if parameter["in"] == "query"
        }

    def _kinds(self, where: str) -> set[str]:
        schema = self.schemas.at(self.values.target(where))
        declared = schema.get("type") if isinstance(schema, dict) else None
        if declared is None:
            return (
                {"object"}
                if isinstance(schema, dict) and ("properties" in schema or "allOf" in schema)
                else set()
            )
        return {declared} if isinstance(declared, str) else set(declared)

    def _is_array(self, where: str) -> bool:
        return self._kinds(where) == {"array"} or (
            self._kinds(where) == set() and "items" in self.schemas.at(self.values.target(where))
        )


def with_generic_behaviour(
    spec: dict[str, Any], schemas: SchemaSet, rules: VendorRules[Any], clock: Clock
) -> dict[str, Handler[Any]]:
    """The vendor's handlers, and the generic behaviour of every other operation of the spec the
    layer derives, when the vendor's state is a `Store` (the operations left are unanswered)."""
    handlers: dict[str, Handler[Any]] = dict(rules.handlers)
    unhandled = [o.operation_id for o in operations(spec) if o.operation_id not in handlers]
    if not unhandled or not isinstance(rules.new_state(clock), Store):
        return handlers
    resources = rules.resources or Resources(spec, schemas, missing_status=rules.validation_status)
    for operation_id in unhandled:
        if (handler := resources.handler(operation_id)) is not None:
            handlers[operation_id] = handler
    return handlers


ANSWERS: dict[str, Callable[[Resources, Store, Call, Behaviour, Record, Where | None], Reply]] = {
    "create": Resources._create,
    "list": Resources._list,
    "read": Resources._read,
    "merge": Resources._merge,
    "replace": Resources._replace,
    "remove": Resources._remove,
    "singleton": Resources._singleton,
}
_KIND_OF_ROLE = {
    ("collection", "post"): "create",
    ("collection", "get"): "list",
    ("item", "get"): "read",
    ("item", "patch"): "merge",
    ("item", "put"): "replace",
    ("item", "delete"): "remove",
}


def _item_parameters(paths: Mapping[str, Any]) -> dict[str, str]:
    """Each path with items below it, and the name of its item parameter (`/lists` -> `list_id`)."""
    found: dict[str, str] = {}
    for template in paths:
        segments = template.split("/")
        for index, segment in enumerate(segments):
            named = re.fullmatch(r"\{([^}]+)\}", segment)
            prefix = "/".join(segments[:index])
            if named and prefix:
                found.setdefault(prefix, named[1])
    return found


def _collection(b: Behaviour) -> Collection:
    assert b.collection is not None, f"{b.operation.operation_id}: a {b.kind} without a collection"
    return b.collection


def _id_candidate(found: Collection, schema: Mapping[str, Any], kinds: set[str], number: int) -> Any:
    if "integer" in kinds or not found.id_schema:
        return number
    chooser = random.Random(f"{found.template}#{number}")
    if "pattern" in schema:
        return pattern_example(schema["pattern"], chooser)
    if schema.get("format") == "uuid":
        return str(uuid.UUID(int=chooser.getrandbits(128), version=4))
    return f"{found.id_name.removesuffix('_id')}-{number}"


def _singular(template: str) -> str:
    last = [s for s in template.split("/") if s and not s.startswith("{")]
    return last[-1].removesuffix("s") if last else ""


def _primary(schema: Mapping[str, Any]) -> str | None:
    declared = schema.get("type")
    kinds = [declared] if isinstance(declared, str) else [k for k in declared or [] if k != "null"]
    return kinds[0] if len(kinds) == 1 else None


def _get(value: Any, location: tuple[str, ...]) -> Any:
    for name in location:
        if not isinstance(value, Mapping) or name not in value:
            return ABSENT
        value = value[name]
    return value


def _set(value: Record, location: tuple[str, ...], item: Any) -> None:
    if not location:
        return
    for name in location[:-1]:
        if not isinstance(value.get(name), dict):
            value[name] = {}
        value = value[name]
    value[location[-1]] = item


def _deep_merge(base: Mapping[str, Any], changes: Mapping[str, Any]) -> Record:
    """`base` with `changes` applied: objects merged member by member, anything else replaced."""
    merged = copy.deepcopy(dict(base))
    for name, value in changes.items():
        if isinstance(value, Mapping) and isinstance(merged.get(name), Mapping):
            merged[name] = _deep_merge(merged[name], value)
        else:
            merged[name] = copy.deepcopy(value)
    return merged


def _sortable(value: Any) -> tuple[bool, str, Any]:
    """A sort key that orders any JSON values, absent and null last, without comparing across types."""
    if value is ABSENT or value is None:
        return True, "", ""
    if isinstance(value, dict | list):
        return False, "structure", json.dumps(value, sort_keys=True)
    kind = "boolean" if isinstance(value, bool) else "number" if isinstance(value, int | float) else "text"
    return False, kind, value
