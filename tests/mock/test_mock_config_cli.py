"""The config file (checked, with errors naming the key) and the respan-mock command line."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from respan_mock import ConfigError, MockConfig
from respan_mock.cli import build_parser

EXAMPLE = Path(__file__).resolve().parents[2] / "mock" / "respan_mock" / "config.example.yaml"
CLI = [sys.executable, "-m", "respan_mock.cli"]


def test_example_config_loads() -> None:
    config = MockConfig.from_file(EXAMPLE)
    assert config.api_keys == ("mock-key", "team-key")
    assert config.failures["flaky-model"].times == 2
    assert config.prompts["welcome-email"].deployed_version == 1
    assert config.load_balance_groups["production"][0].weight == 3


def test_example_config_prints_the_shipped_example_which_serve_reads(tmp_path: Path) -> None:
    printed = subprocess.run([*CLI, "example-config"], capture_output=True, text=True, check=True).stdout
    assert printed == EXAMPLE.read_text()
    written = tmp_path / "mock.yaml"  # as the docs say: respan-mock example-config > mock.yaml
    written.write_text(printed)
    assert MockConfig.from_file(written) == MockConfig.from_file(EXAMPLE)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("limits: {max_body: 10}", "/limits: Additional properties are not allowed ('max_body'"),
        ("failures: {m: {status: 418}}", "/failures/m/status"),
        ("prompts: {p: {versions: {one: {messages: [{role: user, content: x}]}}}}", "/prompts/p/versions"),
        (
            "prompts: {p: {deployed_version: 2, versions: {1: {messages: [{role: user, content: x}]}}}}",
            "/prompts/p/deployed_version: 2 is not one of its versions",
        ),
        ("answers: {min_tokens: 9, max_tokens: 3}", "min_tokens is greater than max_tokens"),
        ("[1, 2]", "must be a mapping"),
        ("api_keys: [", "not valid YAML"),
        ("limits: {max_stream_seconds: .inf}", "/limits/max_stream_seconds: must be a finite number"),
        ("answers: {stream_delay_ms: .nan}", "/answers/stream_delay_ms: must be a finite number"),
        ("models: &loop {m: *loop}", "an alias refers to itself"),
        ("models: " + "[" * 5000 + "]" * 5000, "nested too deeply"),
    ],
)
def test_invalid_config_names_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        MockConfig.from_file(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_config_that_is_not_utf8_names_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("default_provider: caf\u00e9".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8 text"):
        MockConfig.from_file(path)


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--port", "99999"], "argument --port: 99999 is not a port number (0-65535)"),
        (["--port", "-1"], "argument --port: -1 is not a port number"),
        (["--port", "http"], "argument --port: not a port number: 'http'"),
        (["--host", ""], "argument --host: empty"),
    ],
)
def test_bad_port_or_host_exits_2_naming_the_option(
    option: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Parsed in process: a regression must fail here, not start a server that never exits.
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["serve", *option])
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_port_in_use_exits_2_naming_the_address() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([*CLI, "serve", "--port", str(port)], capture_output=True, text=True)
    assert result.returncode == 2
    assert f"cannot bind 127.0.0.1:{port}: Address already in use" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_documents_every_option() -> None:
    serve_help = subprocess.run([*CLI, "serve", "--help"], capture_output=True, text=True, check=True).stdout
    for option in ("--host", "--port", "--config", "--log-level", "--no-access-log"):
        assert option in serve_help
    assert "mock-key" in serve_help and "RESPAN_MOCK_API_KEYS" in serve_help
    top_help = subprocess.run([*CLI, "--help"], capture_output=True, text=True, check=True).stdout
    assert "Prefer" in top_help and "/_mock/requests" in top_help


def test_bad_config_exits_2_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("unknown_setting: 1")
    result = subprocess.run([*CLI, "serve", "--config", str(path)], capture_output=True, text=True)
    assert result.returncode == 2
    assert "invalid config" in result.stderr and "unknown_setting" in result.stderr
    assert "Traceback" not in result.stderr
    missing = subprocess.run([*CLI, "serve", "--config", str(tmp_path / "nope.yaml")], capture_output=True, text=True)
    assert missing.returncode == 2 and "cannot read" in missing.stderr


def test_serve_prints_its_url_and_dev_key_and_answers() -> None:
    process = subprocess.Popen(
        [*CLI, "serve", "--port", "0", "--config", str(EXAMPLE), "--no-access-log"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert "2 configured key(s)" in banner
        url = banner.split()[2]
        assert url.startswith("http://127.0.0.1:")
        response = httpx.post(
            f"{url}/api/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "hi"}]},
            headers={"Authorization": "Bearer team-key"},
            timeout=30,
        )
        assert response.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=30)
