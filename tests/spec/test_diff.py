"""Spec changes are classified as breaking or not: crafted pairs of specs, one per class of change."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from respan_spec import load_spec
from respan_spec.diff import Change, diff_specs, version_problems

Spec = dict[str, Any]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


BASE: Spec = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1.0.0"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "security": [{"bearer": []}],
                "parameters": [
                    {"name": "X-Trace", "in": "header", "required": False, "schema": {"type": "string"}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("ThingRequest")}},
                },
                "responses": {
                    "200": {
                        "description": "The thing.",
                        "headers": {"X-Log-Id": {"required": True, "schema": {"type": "string"}}},
                        "content": {
                            "application/json": {"schema": _ref("Thing")},
                            "text/event-stream": {"schema": _ref("ThingEvent")},
                        },
                    },
                    "400": {"description": "Bad.", "content": {"application/json": {"schema": _ref("Error")}}},
                },
            }
        }
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Color": {"type": "string", "enum": ["red", "green"]},
            "Status": {"type": "string", "enum": ["new", "done"]},
            "Options": {"type": "object", "properties": {"fast": {"type": "boolean"}}},
            "ThingRequest": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "minLength": 1, "maxLength": 50},
                    "size": {"type": "integer", "minimum": 1, "maximum": 10, "default": 5},
                    "weight": {"type": "number"},
                    "color": _ref("Color"),
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "mode": {"anyOf": [{"type": "string"}, _ref("Options")]},
                    "note": {"type": "string", "description": "Free text."},
                },
            },
            "Thing": {
                "type": "object",
                "required": ["id", "color", "status"],
                "properties": {
                    "id": {"type": "string", "minLength": 1},
                    "created": {"type": "string", "format": "date-time"},
                    "color": _ref("Color"),
                    "status": _ref("Status"),
                    "score": {"type": "integer"},
                    "label": {"type": ["string", "null"]},
                },
            },
            "ThingEvent": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {"type": "string", "contentMediaType": "application/json", "contentSchema": _ref("Thing")}
                },
            },
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
        },
    },
}


def changes_after(mutate: Callable[[Spec], object]) -> list[Change]:
    new = copy.deepcopy(BASE)
    mutate(new)
    return diff_specs(BASE, new)


def op(spec: Spec) -> Spec:
    operation: Spec = spec["paths"]["/things"]["post"]
    return operation


def schema(spec: Spec, name: str) -> Spec:
    found: Spec = spec["components"]["schemas"][name]
    return found


def props(spec: Spec, name: str) -> Spec:
    found: Spec = schema(spec, name)["properties"]
    return found


def ok_response(spec: Spec) -> Spec:
    found: Spec = op(spec)["responses"]["200"]
    return found


BREAKING: dict[str, tuple[Callable[[Spec], object], str]] = {
    "operation removed": (lambda s: s["paths"].pop("/things"), "operation removed"),
    "request field removed": (lambda s: props(s, "ThingRequest").pop("tags"), "request field removed"),
    "response field removed": (lambda s: props(s, "Thing").pop("score"), "response field removed"),
    "enum value removed": (lambda s: schema(s, "Color")["enum"].remove("green"), 'enum values removed: "green"'),
    "enum value added to a response": (
        lambda s: schema(s, "Status")["enum"].append("lost"),
        'enum values added: "lost"',
    ),
    "request type narrowed": (
        lambda s: props(s, "ThingRequest")["weight"].update(type="integer"),
        "type narrowed from number to integer",
    ),
    "response type widened": (
        lambda s: props(s, "Thing")["score"].update(type="number"),
        "type widened from integer to number",
    ),
    "type changed": (
        lambda s: props(s, "ThingRequest")["note"].update(type="integer"),
        "type changed from string to integer",
    ),
    "new required request field": (
        lambda s: (
            props(s, "ThingRequest").update(owner={"type": "string"}),
            schema(s, "ThingRequest")["required"].append("owner"),
        ),
        "required request field added",
    ),
    "request field made required": (
        lambda s: schema(s, "ThingRequest")["required"].append("size"),
        "field is now required",
    ),
    "response field no longer always present": (
        lambda s: schema(s, "Thing")["required"].remove("status"),
        "field is no longer always present",
    ),
    "default changed": (lambda s: props(s, "ThingRequest")["size"].update(default=3), "default changed from 5 to 3"),
    "default removed": (lambda s: props(s, "ThingRequest")["size"].pop("default"), "default removed (was 5)"),
    "minimum raised": (lambda s: props(s, "ThingRequest")["size"].update(minimum=2), "minimum raised from 1 to 2"),
    "maximum lowered": (lambda s: props(s, "ThingRequest")["size"].update(maximum=9), "maximum lowered from 10 to 9"),
    "maxLength lowered": (
        lambda s: props(s, "ThingRequest")["name"].update(maxLength=20),
        "maxLength lowered from 50 to 20",
    ),
    "minLength raised": (
        lambda s: props(s, "ThingRequest")["name"].update(minLength=3),
        "minLength raised from 1 to 3",
    ),
    "maxItems added": (lambda s: props(s, "ThingRequest")["tags"].update(maxItems=5), "maxItems added (5)"),
    "pattern added": (
        lambda s: props(s, "ThingRequest")["name"].update(pattern="^[a-z]+$"),
        'pattern added ("^[a-z]+$")',
    ),
    "format added": (
        lambda s: props(s, "ThingRequest")["note"].update(format="email"),
        'format added ("email")',
    ),
    "response format removed": (
        lambda s: props(s, "Thing")["created"].pop("format"),
        'format removed (was "date-time")',
    ),
    "response constraint loosened": (
        lambda s: props(s, "Thing")["id"].pop("minLength"),
        "minLength removed (was 1)",
    ),
    "additional properties forbidden": (
        lambda s: schema(s, "ThingRequest").update(additionalProperties=False),
        "additional properties no longer allowed",
    ),
    "request alternative removed": (
        lambda s: props(s, "ThingRequest")["mode"]["anyOf"].pop(1),
        "alternative Options removed",
    ),
    "response alternative added": (
        lambda s: props(s, "Thing")["score"].update(anyOf=[{"type": "integer"}, {"type": "string"}]),
        "alternative string added",
    ),
    "response status removed": (lambda s: op(s)["responses"].pop("400"), "response status removed"),
    "response media type removed": (
        lambda s: ok_response(s)["content"].pop("text/event-stream"),
        "response media type removed",
    ),
    "request media type removed": (
        lambda s: op(s)["requestBody"].update(content={"text/plain": {"schema": {"type": "string"}}}),
        "request media type removed",
    ),
    "header parameter removed": (lambda s: op(s)["parameters"].clear(), "parameter removed"),
    "required parameter added": (
        lambda s: op(s)["parameters"].append({"name": "X-Tenant", "in": "header", "required": True}),
        "required parameter added",
    ),
    "response header removed": (lambda s: ok_response(s)["headers"].clear(), "response header removed"),
    "response header no longer required": (
        lambda s: ok_response(s)["headers"]["X-Log-Id"].update(required=False),
        "no longer required",
    ),
    "operationId changed": (lambda s: op(s).update(operationId="makeThing"), "operationId changed"),
    "security changed": (lambda s: op(s).update(security=[]), "security requirements changed"),
}

NON_BREAKING: dict[str, tuple[Callable[[Spec], object], str]] = {
    "operation added": (lambda s: s["paths"].update({"/other": {"get": {"responses": {}}}}), "operation added"),
    "optional request field added": (
        lambda s: props(s, "ThingRequest").update(owner={"type": "string"}),
        "optional request field added",
    ),
    "response field added": (lambda s: props(s, "Thing").update(owner={"type": "string"}), "response field added"),
    "request type widened": (
        lambda s: props(s, "ThingRequest")["size"].update(type="number"),
        "type widened from integer to number",
    ),
    "request constraint loosened": (
        lambda s: props(s, "ThingRequest")["size"].update(maximum=20),
        "maximum raised from 10 to 20",
    ),
    "request constraint removed": (
        lambda s: props(s, "ThingRequest")["name"].pop("maxLength"),
        "maxLength removed (was 50)",
    ),
    "response constraint tightened": (
        lambda s: props(s, "Thing")["score"].update(minimum=0),
        "minimum added (0)",
    ),
    "response field now always present": (
        lambda s: schema(s, "Thing")["required"].append("score"),
        "field is now always present",
    ),
    "request field no longer required": (
        lambda s: schema(s, "ThingRequest")["required"].clear(),
        "field is no longer required",
    ),
    "request alternative added": (
        lambda s: props(s, "ThingRequest")["mode"]["anyOf"].append({"type": "integer"}),
        "alternative integer added",
    ),
    "default added": (lambda s: props(s, "ThingRequest")["weight"].update(default=1.5), "default added (1.5)"),
    "response status added": (
        lambda s: op(s)["responses"].update({"404": {"description": "Missing."}}),
        "response status added",
    ),
    "optional parameter added": (
        lambda s: op(s)["parameters"].append({"name": "X-Tenant", "in": "header"}),
        "optional parameter added",
    ),
    "response header added": (
        lambda s: ok_response(s)["headers"].update({"X-Cache": {"schema": {"type": "string"}}}),
        "response header added",
    ),
    "field deprecated": (lambda s: props(s, "ThingRequest")["note"].update(deprecated=True), "deprecated"),
}


@pytest.mark.parametrize("case", BREAKING, ids=str)
def test_breaking_change_is_classified_breaking(case: str) -> None:
    mutate, message = BREAKING[case]
    changes = changes_after(mutate)
    assert [c.message for c in changes if message in c.message], f"{message!r} not in {changes}"
    assert all(c.breaking for c in changes if message in c.message)


@pytest.mark.parametrize("case", NON_BREAKING, ids=str)
def test_compatible_change_is_classified_not_breaking(case: str) -> None:
    mutate, message = NON_BREAKING[case]
    changes = changes_after(mutate)
    assert [c.message for c in changes if message in c.message], f"{message!r} not in {changes}"
    assert not any(c.breaking for c in changes), changes


def test_an_identical_spec_has_no_changes() -> None:
    assert diff_specs(BASE, copy.deepcopy(BASE)) == []
    assert diff_specs(load_spec(), load_spec()) == []


def test_descriptions_and_examples_are_not_api_changes() -> None:
    def edit(spec: Spec) -> None:
        props(spec, "ThingRequest")["note"]["description"] = "Any text."
        props(spec, "ThingRequest")["note"]["examples"] = ["hello"]
        ok_response(spec)["description"] = "The new thing."

    assert changes_after(edit) == []


def test_a_shared_component_change_is_reported_at_every_use_with_its_direction() -> None:
    changes = changes_after(lambda s: schema(s, "Color")["enum"].append("blue"))
    where = {(c.location, c.breaking) for c in changes}
    assert where == {
        ("request body application/json: color", False),  # clients may now send blue
        ("response 200 application/json: color", True),  # clients may now receive blue
        ("response 200 text/event-stream: data.color", True),  # also inside the JSON of each stream event
    }
    assert {c.subject for c in changes} == {"Color"}
    assert {c.operation for c in changes} == {"createThing"}


def test_the_subject_names_the_component_that_holds_the_field() -> None:
    (change,) = changes_after(lambda s: props(s, "Options")["fast"].update(type="string"))
    assert change.subject == "Options.fast"
    assert change.location == "request body application/json: mode.fast"


def test_an_allof_member_field_is_followed_and_moving_it_between_members_is_no_change() -> None:
    base = copy.deepcopy(BASE)
    request = schema(base, "ThingRequest")
    base["components"]["schemas"]["Extra"] = {"type": "object", "properties": {"extra": {"type": "string"}}}
    base["components"]["schemas"]["ThingRequest"] = {"allOf": [request, _ref("Extra")]}
    moved = copy.deepcopy(base)
    moved["components"]["schemas"]["Extra"]["properties"].pop("extra")
    moved["components"]["schemas"]["ThingRequest"]["allOf"][0]["properties"]["extra"] = {"type": "string"}
    assert diff_specs(base, moved) == []
    removed = copy.deepcopy(base)
    removed["components"]["schemas"]["Extra"]["properties"].pop("extra")
    (change,) = diff_specs(base, removed)
    assert (change.subject, change.message, change.breaking) == ("Extra.extra", "request field removed", True)


def test_a_nullable_type_list_rewritten_as_anyof_is_no_change() -> None:
    changes = changes_after(lambda s: props(s, "Thing").update(label={"anyOf": [{"type": "string"}, {"type": "null"}]}))
    assert changes == []


def test_a_recursive_schema_is_compared_without_looping() -> None:
    def recursive(spec: Spec) -> None:
        spec["components"]["schemas"]["Node"] = {
            "type": "object",
            "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": _ref("Node")}},
        }
        props(spec, "Thing")["tree"] = _ref("Node")

    base = copy.deepcopy(BASE)
    recursive(base)
    new = copy.deepcopy(base)
    new["components"]["schemas"]["Node"]["properties"]["name"]["type"] = "integer"
    changes = diff_specs(base, new)
    assert {(c.location, c.breaking) for c in changes} == {
        ("response 200 application/json: tree.name", True),
        ("response 200 text/event-stream: data.tree.name", True),
    }
    assert diff_specs(base, base) == []


def test_the_real_spec_reports_a_respan_parameter_everywhere_it_is_accepted() -> None:
    new = load_spec()
    new["components"]["schemas"]["RespanParams"]["properties"]["trace_group"] = {"type": "string"}
    changes = diff_specs(load_spec(), new)
    assert not any(c.breaking for c in changes)
    assert {c.subject for c in changes} == {"RespanParams.trace_group"}
    chat = {c.location for c in changes if c.operation == "createChatCompletion"}
    assert chat == {
        "request body application/json: trace_group",
        "request body application/json: respan_params.trace_group",
        "request body application/json: keywordsai_params.trace_group",
        "header parameter X-Data-Respan-Params: trace_group",
        "header parameter X-Respan-Params: trace_group",
        "header parameter X-Data-Keywordsai-Params: trace_group",
    }
    assert {c.operation for c in changes} == {"createChatCompletion", "createResponse"}


def test_the_real_spec_reports_a_chunk_change_inside_the_stream() -> None:
    new = load_spec()
    new["components"]["schemas"]["FinishReason"]["enum"].remove("function_call")
    locations = {c.location for c in diff_specs(load_spec(), new) if c.breaking}
    assert "response 200 application/json: choices[].finish_reason" in locations
    assert "response 200 text/event-stream: data.choices[].finish_reason" in locations


@pytest.mark.parametrize(
    ("old", "new", "breaking", "problem"),
    [
        ("1.0.0", "1.1.0", True, "bump the major version (to 2.0.0)"),
        ("1.0.0", "1.0.0", True, "bump the major version (to 2.0.0)"),
        ("1.0.0", "1.0.0", False, "info.version is still 1.0.0"),
        ("1.2.0", "1.1.0", False, "went backwards"),
        ("1.0.0", "one", False, "not a valid version"),
    ],
)
def test_a_version_that_does_not_fit_the_changes_is_a_problem(old: str, new: str, breaking: bool, problem: str) -> None:
    change = Change("op", "somewhere", "Thing", "changed", "something", breaking)
    (found,) = version_problems(old, new, [change])
    assert problem in found


@pytest.mark.parametrize(
    ("old", "new", "changes"),
    [
        ("1.0.0", "2.0.0", [Change("op", "x", "Thing", "removed", "response field removed", True)]),
        ("1.0.0", "1.1.0", [Change("op", "x", "Thing", "added", "response field added", False)]),
        ("1.0.0", "1.0.0", []),
    ],
)
def test_a_version_that_fits_the_changes_passes(old: str, new: str, changes: list[Change]) -> None:
    assert version_problems(old, new, changes) == []
