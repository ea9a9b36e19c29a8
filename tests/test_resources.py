"""The generic resource layer on a small synthetic spec: what it derives, and how the core serves an
operation no vendor handler answers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
import pytest
from starlette.datastructures import Headers

from mocks.core import IncompleteRules, MockServer
from mocks.credentials import Account
from mocks.resources import MISSING_RECORD, Resources, Store
from mocks.rules import Call, Reply, VendorRules
from mocks.schemas import Problem
from mocks.transport import InProcessTransport
from mocks.values import Values, pattern_example

NOW = 1_700_000_000.0  # 2023-11-14 22:13:20 UTC
KEY = {"X-Key": "k"}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def parameter(name: str, schema: dict[str, Any], where: str = "path") -> dict[str, Any]:
    return {"name": name, "in": where, "required": where == "path", "schema": schema}


ERRORS = {
    "404": {"description": "missing", **body(ref("Error"))},
    "422": {"description": "bad", **body(ref("Error"))},
}
SHELF = parameter("shelf_id", {"type": "integer", "minimum": 1})
BOOK = parameter("book_id", ref("BookId"))
PAGED = {
    "offset-parameter": "offset",
    "limit-parameter": "limit",
    "first-offset": 0,
    "items": "items",
    "total-items": "total",
}


def operation(operation_id: str, status: str, reply: dict[str, Any] | None, **more: Any) -> dict[str, Any]:
    response = {"description": "ok", **(body(reply) if reply else {})}
    return {
        "operationId": operation_id,
        "security": [{"key": []}],
        "responses": {status: response, **ERRORS},
        **more,
    }


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Library", "version": "1"},
    "servers": [{"url": "https://library.test"}],
    "x-credentials": {"variables": {"LIBRARY_KEY": "k"}, "schemes": {"key": "{LIBRARY_KEY}"}},
    "paths": {
        "/shelves": {
            "get": operation(
                "list_shelves",
                "200",
                ref("Shelves"),
                parameters=[
                    parameter("offset", {"type": "integer", "minimum": 0}, "query"),
                    parameter("limit", {"type": "integer", "minimum": 1, "default": 2}, "query"),
                    parameter(
                        "order", {"type": "string", "enum": ["asc", "desc"], "default": "asc"}, "query"
                    ),
                    parameter("order_by", {"type": "string", "enum": ["shelf_id", "name"]}, "query"),
                    parameter("room", {"type": "string"}, "query"),
                ],
                **{"x-paging": PAGED},
            ),
            "post": operation(
                "create_shelf", "201", ref("Shelf"), requestBody={"required": True, **body(ref("ShelfInput"))}
            ),
        },
        "/shelves/{shelf_id}": {
            "parameters": [SHELF],
            "get": operation("get_shelf", "200", ref("Shelf")),
            "patch": operation("update_shelf", "200", ref("Shelf"), requestBody=body(ref("ShelfInput"))),
            "put": operation("replace_shelf", "200", ref("Shelf"), requestBody=body(ref("ShelfInput"))),
            "delete": operation("delete_shelf", "204", None),
        },
        "/shelves/{shelf_id}/books": {
            "parameters": [SHELF],
            "get": operation("list_books", "200", {"type": "array", "items": ref("Book")}),
            "post": operation("add_book", "201", ref("BookIdResult"), requestBody=body(ref("Book"))),
        },
        "/shelves/{shelf_id}/books/{book_id}": {
            "parameters": [SHELF, BOOK],
            "get": operation("get_book", "200", ref("Book")),
        },
        "/library": {"get": operation("get_library", "200", ref("Library"))},
        "/shelves/{shelf_id}/actions/dust": {
            "parameters": [SHELF],
            "post": operation("dust_shelf", "204", None),
        },
    },
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        "schemas": {
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            "ShelfInput": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "room": {"type": "string"}},
            },
            "Shelf": {
                "allOf": [
                    ref("ShelfInput"),
                    {
                        "type": "object",
                        "properties": {
                            "shelf_id": {"type": "integer", "minimum": 1},
                            "created": {
                                "type": "string",
                                "pattern": r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$",
                            },
                            "size": {"type": "string", "enum": ["small", "large"]},
                            "color": {"type": "string", "default": "oak"},
                        },
                        "required": ["shelf_id"],
                    },
                ]
            },
            "Shelves": {
                "type": "object",
                "properties": {
                    "total": {"type": "integer"},
                    "items": {"type": "array", "items": ref("Shelf")},
                },
            },
            "BookId": {"type": "string", "pattern": "^[a-f0-9]{8}$"},
            "BookIdResult": {
                "type": "object",
                "properties": {"book_id": ref("BookId")},
                "required": ["book_id"],
            },
            "Book": {
                "type": "object",
                "properties": {
                    "info": {
                        "type": "object",
                        "properties": {"book_id": ref("BookId"), "title": {"type": "string"}},
                    },
                    "format": {
                        "oneOf": [ref("Paper"), ref("Ebook")],
                        "discriminator": {
                            "propertyName": "kind",
                            "mapping": {
                                "paper": "#/components/schemas/Paper",
                                "ebook": "#/components/schemas/Ebook",
                            },
                        },
                    },
                },
            },
            "Paper": {
                "type": "object",
                "properties": {"kind": {"const": "paper"}, "pages": {"type": "integer"}},
                "required": ["kind"],
            },
            "Ebook": {
                "type": "object",
                "properties": {"kind": {"const": "ebook"}, "mb": {"type": "number"}},
                "required": ["kind"],
            },
            "Library": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "opened": {"type": "string", "format": "date"}},
            },
        },
    },
}


def error_body(status: int, message: str, problems: Sequence[Problem]) -> Any:
    return {"message": message} | ({"fields": {p.field: p.message for p in problems}} if problems else {})


def dust(store: Store, call: Call) -> Reply:
    return Reply(204)


RULES = VendorRules(Store, {"dust_shelf": dust}, error_body, validation_status=422)


@pytest.fixture
def app() -> MockServer[Store]:
    return MockServer(SPEC, RULES, [Account("account-1", {"LIBRARY_KEY": "k"})], clock=lambda: NOW)


@pytest.fixture
def http(app: MockServer[Store]) -> httpx.Client:
    return httpx.Client(transport=InProcessTransport(app), base_url="https://library.test", headers=KEY)


def test_what_the_layer_derives_from_the_spec() -> None:
    resources = Resources(SPEC)
    kinds = {operation_id: behaviour.kind for operation_id, behaviour in resources.behaviours.items()}
    assert kinds == {
        "list_shelves": "list",
        "create_shelf": "create",
        "get_shelf": "read",
        "update_shelf": "merge",
        "replace_shelf": "replace",
        "delete_shelf": "remove",
        "list_books": "list",
        "add_book": "create",
        "get_book": "read",
        "get_library": "singleton",
    }
    books = resources.collections["/shelves/{shelf_id}/books"]
    assert (books.id_name, books.id_location, books.scope, books.parent) == (
        "book_id",
        ("info", "book_id"),
        ("shelf_id",),
        "/shelves",
    )
    assert resources.listings["list_shelves"].filters == {"room": ("room",)}


def test_create_stores_the_body_with_an_issued_id_and_plausible_fields(http: httpx.Client) -> None:
    created = http.post("/shelves", json={"name": "Poetry"})
    assert (created.status_code, created.json()) == (
        201,
        {
            "name": "Poetry",
            "room": "",
            "shelf_id": 1,
            "created": "2023-11-14 22:13:20",
            "size": "small",
            "color": "oak",
        },
    )
    assert http.post("/shelves", json={"name": "Prose"}).json()["shelf_id"] == 2
    assert http.get("/shelves/1").json() == created.json()


def test_a_string_id_follows_the_pattern_and_nested_records_live_in_their_parent(http: httpx.Client) -> None:
    http.post("/shelves", json={"name": "Poetry"})
    http.post("/shelves", json={"name": "Prose"})
    added = http.post(
        "/shelves/1/books", json={"info": {"title": "Odes"}, "format": {"kind": "ebook", "mb": 1.5}}
    )
    assert added.status_code == 201
    book_id = added.json()["book_id"]
    assert book_id == pattern_example(
        "^[a-f0-9]{8}$", __import__("random").Random("/shelves/{shelf_id}/books#1")
    )
    assert http.get(f"/shelves/1/books/{book_id}").json() == {
        "info": {"book_id": book_id, "title": "Odes"},
        "format": {"kind": "ebook", "mb": 1.5},
    }
    other = http.get(f"/shelves/2/books/{book_id}")
    assert (other.status_code, other.json()) == (
        404,
        {"message": f"book_id {book_id} {MISSING_RECORD}", "fields": {"book_id": MISSING_RECORD}},
    )
    assert http.get("/shelves/2/books").json() == []


def test_a_missing_parent_is_404_or_the_validation_status(http: httpx.Client) -> None:
    assert http.get("/shelves/9/books/abcdef12").status_code == 404
    missing = http.post("/shelves/9/books", json={})
    assert missing.status_code == 404
    assert missing.json()["message"] == f"shelf_id 9 {MISSING_RECORD}"


def test_patch_merges_put_replaces_delete_removes_with_what_hangs_below(
    app: MockServer[Store], http: httpx.Client
) -> None:
    http.post("/shelves", json={"name": "Poetry", "room": "A"})
    patched = http.patch("/shelves/1", json={"room": "B"})
    assert (patched.json()["name"], patched.json()["room"]) == ("Poetry", "B")
    replaced = http.put("/shelves/1", json={"name": "Verse"})
    assert (replaced.json()["name"], replaced.json()["room"], replaced.json()["shelf_id"]) == ("Verse", "", 1)
    book_id = http.post("/shelves/1/books", json={}).json()["book_id"]
    assert list(app.state().records("/shelves/{shelf_id}/books", (1,))) == [book_id]
    deleted = http.delete("/shelves/1")
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert app.state().collections["/shelves/{shelf_id}/books"] == {}
    assert http.get("/shelves/1").status_code == 404
    assert http.get(f"/shelves/1/books/{book_id}").status_code == 404
    http.post("/shelves", json={"name": "New"})
    assert http.get("/shelves/2/books").json() == []


def test_lists_page_sort_and_filter(http: httpx.Client) -> None:
    for name, room in (("c", "A"), ("a", "B"), ("b", "A")):
        http.post("/shelves", json={"name": name, "room": room})
    first = http.get("/shelves").json()
    assert (first["total"], [s["name"] for s in first["items"]]) == (3, ["c", "a"])
    assert [s["name"] for s in http.get("/shelves", params={"offset": 2}).json()["items"]] == ["b"]
    by_name = http.get("/shelves", params={"order_by": "name", "order": "desc", "limit": 5}).json()
    assert [s["name"] for s in by_name["items"]] == ["c", "b", "a"]
    in_a = http.get("/shelves", params={"room": "A", "limit": 5}).json()
    assert (in_a["total"], [s["name"] for s in in_a["items"]]) == (2, ["c", "b"])


def test_a_singleton_is_plausible_and_stable(http: httpx.Client) -> None:
    assert http.get("/library").json() == {"name": "", "opened": "2023-11-14"}


def test_an_operation_the_layer_cannot_derive_needs_a_handler() -> None:
    rules = VendorRules(Store, {}, error_body, validation_status=422)
    with pytest.raises(IncompleteRules, match=r"no handler for \['dust_shelf'\]"):
        MockServer(SPEC, rules, [Account("account-1", {"LIBRARY_KEY": "k"})])


def test_the_generic_behaviour_needs_a_store_as_the_state() -> None:
    rules: VendorRules[Any] = VendorRules(lambda clock: {}, {"dust_shelf": dust}, error_body, 422)
    with pytest.raises(IncompleteRules, match="create_shelf"):
        MockServer(SPEC, rules, [Account("account-1", {"LIBRARY_KEY": "k"})])


def test_a_vendor_builds_on_the_layer() -> None:
    resources = Resources(SPEC)
    store = Store(lambda: NOW)
    shelf = resources.insert(store, "/shelves", (), {"name": "Seeded", "size": "huge"})
    assert shelf == {
        "name": "Seeded",
        "room": "",
        "shelf_id": 1,
        "created": "2023-11-14 22:13:20",
        "size": "small",
        "color": "oak",
    }
    call = Call("list_shelves", "account-1", {}, {"room": ""}, Headers(), None)
    reply = resources.answer(store, call, where=lambda record: record["name"] != "Seeded")
    assert (reply.status, reply.body) == (200, {"items": [], "total": 0})
    rejection = resources.missing(Call("get_shelf", "a", {}, {}, Headers(), None), "shelf_id", 5)
    assert (rejection.status, rejection.problems) == (404, [Problem("path", "shelf_id", MISSING_RECORD)])


def test_conforming_keeps_what_fits_and_picks_the_union_member() -> None:
    values = Values(Resources(SPEC).schemas)
    book = values.conform("/components/schemas/Book", {"format": {"pages": 3}, "junk": 1}, NOW)
    assert book == {"format": {"kind": "paper", "pages": 3}}
    ebook = values.conform("/components/schemas/Book", {"format": {"pages": "many", "mb": 2.5}}, NOW)
    assert ebook == {"format": {"kind": "ebook", "mb": 2.5}}
    shelf = values.conform("/components/schemas/Shelf", {"shelf_id": 3.0, "size": "medium"}, NOW)
    assert shelf == {"shelf_id": 3, "size": "small"}
    assert pattern_example(r"^(\d){1,3}-(\d){4,20}$", __import__("random").Random(0)).count("-") == 1
