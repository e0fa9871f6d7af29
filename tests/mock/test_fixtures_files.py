"""Fixture files: loading a file or a folder (in path order, YAML and JSON), the config key, the CLI, load-time
errors naming the file, the fixture and the field, and strict mode's message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml
from respan_mock import FixtureError, FixtureSettings, MockConfig, create_app
from respan_mock.cli import main
from respan_mock.testing import serve


def write(path: Path, fixtures: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".json":
        path.write_text(json.dumps(fixtures))
    else:
        path.write_text(yaml.safe_dump(fixtures, sort_keys=False))
    return path


def load_error(path: Path) -> str:
    with pytest.raises(FixtureError) as caught:
        create_app(MockConfig(fixtures=FixtureSettings(paths=(str(path),))))
    return str(caught.value)


def test_a_folder_loads_in_path_order(tmp_path: Path) -> None:
    write(tmp_path / "b" / "03.yml", [{"name": "third", "reply": "3"}])
    write(tmp_path / "a.json", {"fixtures": [{"name": "first", "reply": "1"}]})
    write(tmp_path / "b" / "02.yaml", {"name": "second", "reply": "2"})
    (tmp_path / "notes.txt").write_text("not a fixture")
    app = create_app(MockConfig(fixtures=FixtureSettings(paths=(str(tmp_path),))))
    fixtures = app.state.fixtures.fixtures()
    assert [fixture.name for fixture in fixtures] == ["first", "second", "third"]
    assert fixtures[0].source == str(tmp_path / "a.json")


def test_unnamed_fixtures_are_named_by_file_and_position(tmp_path: Path) -> None:
    path = write(tmp_path / "weather.yaml", [{"reply": "1"}, {"reply": "2"}])
    app = create_app(MockConfig(fixtures=FixtureSettings(paths=(str(path),))))
    assert [fixture.name for fixture in app.state.fixtures.fixtures()] == ["weather.yaml#1", "weather.yaml#2"]


BAD: list[tuple[str, Any, str]] = [
    (
        "unknown match key",
        {"match": {"usr": "x"}, "reply": "y"},
        "/match: Additional properties are not allowed ('usr'",
    ),
    ("unknown reply key", {"reply": {"txt": "y"}}, "/reply: Additional properties are not allowed ('txt'"),
    ("unknown fixture key", {"reply": "y", "time": 2}, "/: Additional properties are not allowed ('time'"),
    ("bad regex", {"match": {"user": {"regex": "(unclosed"}}, "reply": "y"}, "/match/user/regex: not a valid regex"),
    ("bad regex deep", {"match": {"headers": {"X-A": {"regex": "*"}}}, "reply": "y"}, "/match/headers/X-A/regex"),
    ("two text kinds", {"match": {"user": {"equals": "a", "regex": "b"}}, "reply": "y"}, "/match/user: "),
    ("finish reason", {"reply": {"text": "y", "finish_reason": "done"}}, "/reply/finish_reason: "),
    ("tool_calls finish", {"reply": {"text": "y", "finish_reason": "tool_calls"}}, "tool_calls needs `tool_calls`"),
    ("status", {"reply": {"error": {"status": 418}}}, "/reply/error/status: "),
    ("error type", {"reply": {"error": {"status": 400, "type": "teapot"}}}, "/reply/error/type: "),
    ("retry after", {"reply": {"error": {"status": 400, "retry_after": 1}}}, "Retry-After only on 429 and 503"),
    ("param", {"reply": {"error": {"status": 400, "param": "messages"}}}, "/reply/error/param: must be a JSON pointer"),
    ("error and text", {"reply": {"error": {"status": 500}, "text": "y"}}, "/reply/text: an error reply holds only"),
    ("arguments", {"reply": {"tool_calls": [{"name": "f", "arguments": "city=Paris"}]}}, "/arguments: must be a JSON"),
    ("arguments list", {"reply": {"tool_calls": [{"name": "f", "arguments": "[1]"}]}}, "must be a JSON object"),
    ("no name", {"reply": {"tool_calls": [{"arguments": {}}]}}, '/reply/tool_calls/0: "name" is a required'),
    ("text and refusal", {"reply": {"text": "a", "refusal": "b"}}, "either text or a refusal"),
    ("empty reply", {"reply": {"reasoning": "hmm"}}, "/reply: a reply needs `text`, `refusal`,"),
    ("both", {"reply": "a", "replies": ["b"]}, "either `reply` or `replies`"),
    ("neither", {"match": {}}, "either `reply` or `replies`"),
    ("times with sequence", {"replies": ["a"], "times": 2}, "/times: a sequence is used up"),
    ("negative", {"reply": {"text": "a", "latency_ms": -1}}, "/reply/latency_ms: "),
    ("sequence item", {"replies": ["a", {"error": {"status": 999}}]}, "/replies/1/error/status"),
    ("body pointer", {"match": {"body": {"model": "x"}}, "reply": "a"}, "/match/body: "),
    ("not a fixture", ["just text"], "fixture #1: /: "),
]


@pytest.mark.parametrize(("fixture", "expected"), [case[1:] for case in BAD], ids=[case[0] for case in BAD])
def test_load_time_errors_name_the_file_the_fixture_and_the_field(tmp_path: Path, fixture: Any, expected: str) -> None:
    definitions = (
        fixture if isinstance(fixture, list) else [{"name": "ok", "reply": "fine"}, {"name": "bad", **fixture}]
    )
    path = write(tmp_path / "fixtures.yaml", definitions)
    message = load_error(path)
    assert message.startswith(f"{path}: fixture ")
    if not isinstance(fixture, list):
        assert "fixture 'bad' (#2): " in message
    assert expected in message, message


def test_unreadable_files(tmp_path: Path) -> None:
    broken_yaml = tmp_path / "broken.yaml"
    broken_yaml.write_text("fixtures: [unclosed\n")
    assert load_error(broken_yaml).startswith(f"{broken_yaml}: not valid YAML: line ")
    broken_json = tmp_path / "broken.json"
    broken_json.write_text('{"fixtures": [}')
    assert load_error(broken_json).startswith(f"{broken_json}: not valid JSON: ")
    wrong = write(tmp_path / "wrong.yaml", {"fixtures": {"name": "x"}})
    assert load_error(wrong) == f"{wrong}: /fixtures: must be a list of fixtures"
    assert load_error(tmp_path / "missing.yaml") == f"{tmp_path / 'missing.yaml'}: no such file or folder"
    infinite = tmp_path / "inf.yaml"
    infinite.write_text("- reply: {text: a, ttft_ms: .inf}\n")
    assert "/reply/ttft_ms: must be a finite number" in load_error(infinite)


def test_the_config_key_takes_paths_from_the_config_folder(tmp_path: Path) -> None:
    write(tmp_path / "fixtures" / "one.yaml", [{"name": "from-config", "reply": "Configured."}])
    config_file = tmp_path / "mock.yaml"
    config_file.write_text("fixtures:\n  paths: [fixtures]\n  strict: true\n  speed: 4\n")
    config = MockConfig.from_file(config_file)
    assert config.fixtures == FixtureSettings(paths=(str(tmp_path / "fixtures"),), strict=True, speed=4.0)
    table = create_app(config).state.fixtures
    assert [fixture.name for fixture in table.fixtures()] == ["from-config"]
    assert table.strict and table.speed == 4.0


def test_cli_rejects_bad_fixtures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "bad.yaml", [{"name": "typo", "reply": {"txt": "x"}}])
    assert main(["serve", "--port", "0", "--fixtures", str(path)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"respan-mock: invalid fixtures: {path}: fixture 'typo' (#1): /reply: ")
    assert "Traceback" not in error
    for speed, problem in (("fast", "not a number: 'fast'"), ("0", "0 is not a positive number")):
        with pytest.raises(SystemExit) as caught:
            main(["serve", "--speed", speed])
        assert caught.value.code == 2
        assert problem in capsys.readouterr().err


# --- strict mode ---------------------------------------------------------------------------------------------


def test_strict_mode_names_the_closest_fixture_and_why(tmp_path: Path) -> None:
    path = write(
        tmp_path / "agent.yaml",
        [
            {"name": "greeting", "match": {"endpoint": "responses", "user": "hello"}, "reply": "Hi."},
            {
                "name": "weather-answer",
                "match": {"endpoint": "chat", "user": "weather", "tool_result": {"function": "get_weather"}},
                "reply": "Sunny.",
            },
            {"name": "once", "match": {"user": "once"}, "times": 1, "reply": "Once."},
        ],
    )
    with serve(fixtures=[path], strict=True) as mock:
        sdk = openai.OpenAI(base_url=mock.openai_base_url, api_key=mock.api_key, max_retries=0)
        question = [{"role": "user", "content": "What is the weather?"}]
        with pytest.raises(openai.NotFoundError) as caught:
            sdk.chat.completions.create(model="gpt-4o-mini", messages=question)  # type: ignore[arg-type]
        message = caught.value.message
        assert caught.value.code == "no_fixture_matched"
        assert "No fixture matched this request (strict mode)" in message
        assert f"The closest is 'weather-answer' ({path})" in message
        assert "match.tool_result: the conversation does not end with a tool result" in message
        assert "match.user" not in message  # that criterion held
        assert mock.requests[-1]["error_code"] == "no_fixture_matched"
        assert mock.requests[-1]["fixture"] is None
        once = [{"role": "user", "content": "just once"}]
        sdk.chat.completions.create(model="gpt-4o-mini", messages=once)  # type: ignore[arg-type]
        with pytest.raises(openai.NotFoundError) as caught:
            sdk.chat.completions.create(model="gpt-4o-mini", messages=once)  # type: ignore[arg-type]
        assert (
            "'once'" in caught.value.message and "used up: it answered 1 request(s) (times: 1)" in caught.value.message
        )
        streamed = httpx.post(
            f"{mock.openai_base_url}/responses",
            json={"model": "gpt-4o-mini", "input": "Hello!", "stream": True},
            headers={"Authorization": f"Bearer {mock.api_key}"},
        )
        assert streamed.status_code == 404
        assert "'greeting'" in streamed.json()["error"]["message"]
        assert "match.user: last user message 'Hello!' does not satisfy: contains 'hello'" in streamed.text


def test_strict_mode_without_fixtures() -> None:
    with serve(strict=True) as mock:
        response = httpx.post(
            f"{mock.openai_base_url}/chat/completions",
            json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]},
            headers={"Authorization": f"Bearer {mock.api_key}"},
        )
    assert response.status_code == 404
    assert (
        response.json()["error"]["message"]
        == "No fixture matched this request (strict mode), and no fixture is loaded."
    )
