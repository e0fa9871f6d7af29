"""The fixtures' part of the inspection API (JSON in, JSON out):

    GET    /_mock/fixtures       {"strict": bool, "speed": float, "fixtures": [fixture, ...]} in match order
    POST   /_mock/fixtures       a fixture, a list of them, or {"fixtures": [...], "first": bool}: 201
                                 {"added": [fixture, ...]} (appended, or before the others with "first": true);
                                 an invalid one: 400 naming the fixture and the field, and nothing is added
    DELETE /_mock/fixtures/{id}  {"deleted": id}, or 404
    DELETE /_mock/fixtures       {"cleared": count}: every fixture, those from files too (POST /_mock/reset
                                 brings those back)

A fixture is listed as it was defined (name, match, reply or replies, times) with its `id`, `source`, `used` (the
requests it answered since the last reset) and `remaining` (null: unlimited)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from respan_mock import _json
from respan_mock._errors import ApiError, shown
from respan_mock._fixture_table import FixtureTable
from respan_mock._fixtures import FixtureError, definitions_of


def routes(table: FixtureTable, max_body_bytes: int) -> dict[str, list[tuple[str, Callable[[Request], Any]]]]:
    """Handlers by path: [(method, handler), ...]."""

    async def list_fixtures(request: Request) -> Response:
        listed = [fixture.as_dict() for fixture in table.fixtures()]
        return JSONResponse({"strict": table.strict, "speed": table.speed, "fixtures": listed})

    async def add_fixtures(request: Request) -> Response:
        raw = await request.body()
        if len(raw) > max_body_bytes:
            return ApiError(
                413, f"Body is {len(raw)} bytes; the limit is {max_body_bytes}.", code="body_too_large"
            ).response()
        try:
            data = _json.loads(raw)
        except ValueError as exc:
            return ApiError(400, f"The body is not valid JSON: {exc}", code="invalid_json").response()
        first = False
        if isinstance(data, dict) and "fixtures" in data:
            first = data.get("first", False)
            if not isinstance(first, bool):
                return ApiError(400, "first must be true or false", code="invalid_value", param="/first").response()
            data = {"fixtures": data["fixtures"]}
        try:
            added = table.add_definitions(definitions_of(data, "request"), "request", first=first)
        except FixtureError as exc:
            return ApiError(400, str(exc), code="invalid_fixture").response()
        return JSONResponse({"added": [fixture.as_dict() for fixture in added]}, status_code=201)

    async def delete_fixture(request: Request) -> Response:
        fixture_id = request.path_params["fixture_id"]
        if not table.remove(fixture_id):
            return ApiError(404, f"No fixture {shown(fixture_id)}.", code="fixture_not_found").response()
        return JSONResponse({"deleted": fixture_id})

    async def clear_fixtures(request: Request) -> Response:
        count = len(table)
        table.clear()
        return JSONResponse({"cleared": count})

    return {
        "/_mock/fixtures": [("GET", list_fixtures), ("POST", add_fixtures), ("DELETE", clear_fixtures)],
        "/_mock/fixtures/{fixture_id}": [("DELETE", delete_fixture)],
    }
