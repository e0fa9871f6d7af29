"""The spec covers the OpenAI surface as the pinned openai SDK's types describe it (request parameters, answer
fields, items, content parts, tools and stream events), except what docs/spec-decisions.md leaves out with a reason.
Moving the `openai` pin makes this test name what is new."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from respan_spec import load_spec
from respan_spec.drift import exclusions, findings, report

REPO = Path(__file__).resolve().parents[2]
DECISIONS = REPO / "docs" / "spec-decisions.md"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


def test_spec_has_everything_the_openai_sdk_has(spec: dict[str, Any]) -> None:
    result = report(spec, DECISIONS)
    assert not result.missing, (
        "the spec lacks these parts of the OpenAI surface (add them, or list them with a reason in the table "
        "'Left out of the OpenAI surface' of docs/spec-decisions.md; `python -m respan_spec draft TYPE` drafts a "
        "schema):\n" + "\n".join(result.missing)
    )


def test_every_exclusion_still_excuses_something(spec: dict[str, Any]) -> None:
    result = report(spec, DECISIONS)
    assert not result.stale, "docs/spec-decisions.md excuses findings that no longer occur: " + ", ".join(result.stale)
    assert result.excused >= 1


def _without(spec: dict[str, Any], union: str, member: str) -> dict[str, Any]:
    changed = copy.deepcopy(spec)
    schema = changed["components"]["schemas"][union]
    ref = f"#/components/schemas/{member}"
    schema["oneOf"] = [item for item in schema["oneOf"] if item.get("$ref") != ref]
    schema["discriminator"]["mapping"] = {k: v for k, v in schema["discriminator"]["mapping"].items() if v != ref}
    return changed


def test_a_missing_output_item_is_named_by_its_type(spec: dict[str, Any]) -> None:
    found = findings(_without(spec, "OutputItem", "WebSearchCall"))
    assert "responses.Response.output[type=web_search_call]" in found


def test_a_missing_stream_event_is_named_by_its_type(spec: dict[str, Any]) -> None:
    found = findings(_without(spec, "ResponseStreamEvent", "ResponseWebSearchCallSearchingEvent"))
    assert "responses.ResponseStreamEvent[type=response.web_search_call.searching]" in found


def test_a_missing_field_request_parameter_and_enum_value_are_named(spec: dict[str, Any]) -> None:
    changed = copy.deepcopy(spec)
    schemas = changed["components"]["schemas"]
    del schemas["WebSearchCall"]["properties"]["action"]
    del schemas["ChatCompletionParams"]["properties"]["web_search_options"]
    status = schemas["Response"]["properties"]["status"]
    status["enum"] = [value for value in status["enum"] if value != "queued"]
    found = findings(changed)
    # A shared schema is reported once, at the first path that reaches it (here the Response's `instructions`).
    assert any(finding.endswith("[type=web_search_call].action") for finding in found)
    assert "chat.request.web_search_options" in found
    assert "responses.Response.status: value 'queued'" in found


def test_a_narrower_form_is_named(spec: dict[str, Any]) -> None:
    changed = copy.deepcopy(spec)
    changed["components"]["schemas"]["FunctionCallOutputInput"]["properties"]["output"] = {"type": "string"}
    assert "responses.request.input[type=function_call_output].output: a list" in findings(changed)


def test_a_request_parameter_openai_accepts_as_null_is_named_unless_the_spec_does_too(spec: dict[str, Any]) -> None:
    changed = copy.deepcopy(spec)
    params = changed["components"]["schemas"]["ChatCompletionParams"]["properties"]
    params["temperature"]["type"] = "number"
    params["stop"] = params["stop"]["anyOf"][0]
    found = findings(changed)
    assert {"chat.request.temperature: null", "chat.request.stop: null"} <= set(found)
    assert not any(finding.startswith("chat.ChatCompletion") and finding.endswith(": null") for finding in found)


def test_an_exclusion_excuses_its_path_and_below(spec: dict[str, Any], tmp_path: Path) -> None:
    decisions = tmp_path / "decisions.md"
    text = DECISIONS.read_text(encoding="utf-8")
    decisions.write_text(text + "| `responses.Response.output[type=web_search_call]` | test |\n", encoding="utf-8")
    changed = _without(spec, "OutputItem", "WebSearchCall")
    result = report(changed, decisions)
    assert not any(finding.startswith("responses.Response.output[type=web_search_call]") for finding in result.missing)


def test_an_exclusion_that_excuses_nothing_is_stale(spec: dict[str, Any], tmp_path: Path) -> None:
    decisions = tmp_path / "decisions.md"
    text = DECISIONS.read_text(encoding="utf-8")
    decisions.write_text(text + "| `chat.request.no_such_parameter` | test |\n", encoding="utf-8")
    assert report(spec, decisions).stale == ["chat.request.no_such_parameter"]


def test_exclusions_are_read_from_their_section_only() -> None:
    markdown = (
        "## Other\n| `a.b` | x |\n\n## Left out of the OpenAI surface\n| Path | Why |\n|---|---|\n| `c.d` | y |\n"
    )
    assert exclusions(markdown) == ["c.d"]
