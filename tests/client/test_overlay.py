"""The OpenAPI Overlay 1.0 applier used on the spec before generation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from respan_codegen import OverlayError, apply_overlay, load_overlay


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def spec() -> dict[str, Any]:
    return {
        "info": {"title": "API", "version": "1"},
        "components": {
            "schemas": {
                "A": {"type": "object", "properties": {"x": {"type": "integer", "default": 1}}},
                "B": {"type": "boolean", "default": False, "enum": [True, False]},
            }
        },
        "tags": [{"name": "one"}],
    }


def test_remove_deletes_every_selected_node() -> None:
    result = apply_overlay(spec(), overlay({"target": "$.components.schemas..default", "remove": True}))
    assert result["components"]["schemas"]["A"]["properties"]["x"] == {"type": "integer"}
    assert result["components"]["schemas"]["B"] == {"type": "boolean", "enum": [True, False]}


def test_remove_of_several_array_items_keeps_the_others() -> None:
    document = {"items": [0, 1, 2, 3, 4]}
    apply_overlay(document, overlay({"target": "$.items[?@ > 1 && @ < 4]", "remove": True}))
    assert document["items"] == [0, 1, 4]


def test_update_merges_objects_recursively_and_replaces_other_values() -> None:
    update = {"title": "New", "x-extra": {"a": 1}}
    result = apply_overlay(spec(), overlay({"target": "$.info", "update": update}))
    assert result["info"] == {"title": "New", "version": "1", "x-extra": {"a": 1}}
    nested = {"properties": {"x": {"minimum": 0}}}
    result = apply_overlay(result, overlay({"target": "$.components.schemas.A", "update": nested}))
    assert result["components"]["schemas"]["A"]["properties"]["x"] == {"type": "integer", "default": 1, "minimum": 0}


def test_update_appends_to_an_array() -> None:
    result = apply_overlay(spec(), overlay({"target": "$.tags", "update": {"name": "two"}}))
    assert result["tags"] == [{"name": "one"}, {"name": "two"}]


def test_actions_apply_in_order() -> None:
    actions = (
        {"target": "$.info", "update": {"x-step": 1}},
        {"target": "$.info['x-step']", "remove": True},
    )
    assert "x-step" not in apply_overlay(spec(), overlay(*actions))["info"]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ([], "must be a mapping"),
        ({**overlay({"target": "$", "remove": True}), "overlay": "2.0.0"}, "1.0.x version"),
        ({"overlay": "1.0.0", "actions": [{"target": "$", "remove": True}]}, "`info`"),
        (overlay(), "non-empty list"),
        (overlay({"update": {}}), "string `target`"),
        (overlay({"target": "$.info"}), "exactly one of"),
        (overlay({"target": "$.info", "update": {}, "remove": True}), "exactly one of"),
    ],
)
def test_malformed_overlays_are_rejected_with_the_reason(document: Any, message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        apply_overlay(spec(), document)


def test_a_target_that_selects_nothing_is_an_error() -> None:
    with pytest.raises(OverlayError, match=r"action 0 \(target '\$.nowhere'\): the target selects nothing"):
        apply_overlay(spec(), overlay({"target": "$.nowhere", "remove": True}), name="x.yaml")


def test_an_invalid_jsonpath_is_an_error() -> None:
    with pytest.raises(OverlayError, match="invalid JSONPath"):
        apply_overlay(spec(), overlay({"target": "$[?", "remove": True}))


def test_update_of_a_scalar_is_an_error() -> None:
    with pytest.raises(OverlayError, match="needs an object or array target"):
        apply_overlay(spec(), overlay({"target": "$.info.title", "update": {"a": 1}}))


def test_the_root_cannot_be_removed() -> None:
    with pytest.raises(OverlayError, match="root cannot be removed"):
        apply_overlay(spec(), overlay({"target": "$", "remove": True}))


def test_load_overlay_reads_yaml_and_names_the_file_on_errors(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.info\n    remove: true\n")
    assert load_overlay(good)["actions"][0]["target"] == "$.info"
    bad = tmp_path / "bad.yaml"
    bad.write_text("overlay: [\n")
    with pytest.raises(OverlayError, match=r"bad\.yaml: not valid YAML: line 2, column 1: ") as caught:
        load_overlay(bad)
    assert "\n" not in str(caught.value)
