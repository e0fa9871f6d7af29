"""The LiteLLM proxy launcher of `make contract-peers`, against a stand-in `litellm` executable (LiteLLM itself is
installed only by that target): the proxy is started on loopback with the committed config and kept offline, its
URL is handed over once it answers, it is stopped afterwards, and a proxy that cannot start is a clear error."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import httpx
import pytest
import yaml
from respan_peers import PeerError, installed_version, litellm_proxy
from respan_peers._litellm import CONFIG, proxy_environment

# Answers /health/liveliness like LiteLLM, and /seen with the command line, environment and directory it got.
_STAND_IN = """\
import json, os, sys
from http.server import BaseHTTPRequestHandler, HTTPServer

args = sys.argv[1:]
if os.environ.get("STAND_IN_FAILS"):
    print("ValueError: the config file is broken", flush=True)
    sys.exit(3)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"I'm alive!"
        if self.path == "/seen":
            body = json.dumps({"args": args, "env": dict(os.environ), "cwd": os.getcwd()}).encode()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_):
        pass


HTTPServer((args[args.index("--host") + 1], int(args[args.index("--port") + 1])), Handler).serve_forever()
"""


@pytest.fixture
def venv(tmp_path: Path) -> Path:
    """A virtual environment layout whose `litellm` is the stand-in and whose python reports LiteLLM 9.9.9."""
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "litellm").write_text(f"#!{sys.executable}\n{_STAND_IN}")
    (bin_dir / "python").write_text("#!/bin/sh\necho 9.9.9\n")
    for name in ("litellm", "python"):
        (bin_dir / name).chmod(0o755)
    return tmp_path / "venv"


def test_the_proxy_runs_on_loopback_with_the_config_offline_and_is_stopped(venv: Path, tmp_path: Path) -> None:
    log = tmp_path / "logs" / "litellm-proxy.log"
    with litellm_proxy(venv, "http://127.0.0.1:9/v1", "upstream-key", "master-key", log) as proxy:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", proxy.base_url)
        assert (proxy.master_key, proxy.version) == ("master-key", "9.9.9")
        seen = httpx.get(f"{proxy.base_url}/seen").json()
    args, env = seen["args"], seen["env"]
    assert args[args.index("--config") + 1] == str(CONFIG)
    assert args[args.index("--telemetry") + 1] == "False"
    assert env["LITELLM_LOCAL_MODEL_COST_MAP"] == "True"  # no model cost map download at import
    assert env["RESPAN_PEER_UPSTREAM_URL"] == "http://127.0.0.1:9/v1"
    assert (env["RESPAN_PEER_UPSTREAM_KEY"], env["RESPAN_PEER_MASTER_KEY"]) == ("upstream-key", "master-key")
    assert seen["cwd"] == str(log.parent)  # anything it writes lands beside its log
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{proxy.base_url}/health/liveliness")


def test_a_proxy_that_exits_is_an_error_with_its_output(
    venv: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STAND_IN_FAILS", "1")
    with (
        pytest.raises(PeerError, match=r"(?s)exited with status 3.*the config file is broken"),
        litellm_proxy(venv, "http://127.0.0.1:9/v1", "k", "m", tmp_path / "proxy.log"),
    ):
        pass


def test_without_litellm_installed_the_error_says_how_to_install_it(tmp_path: Path) -> None:
    with pytest.raises(PeerError, match=r"LiteLLM proxy is not installed in .*`make contract-peers` installs it"):
        installed_version(tmp_path / "missing-venv")


def _from_environment(node: object) -> set[str]:
    """The names of the config's `os.environ/NAME` values (LiteLLM reads those from the environment)."""
    if isinstance(node, dict):
        return set().union(*map(_from_environment, node.values()))
    if isinstance(node, list):
        return set().union(*map(_from_environment, node))
    return {node.removeprefix("os.environ/")} if isinstance(node, str) and node.startswith("os.environ/") else set()


def test_every_value_the_config_reads_from_the_environment_is_set() -> None:
    config = yaml.safe_load(CONFIG.read_text())
    wanted = _from_environment(config)
    assert wanted >= {"RESPAN_PEER_UPSTREAM_URL", "RESPAN_PEER_MASTER_KEY"}
    assert wanted <= proxy_environment("http://127.0.0.1:9/v1", "k", "m").keys()
    [route] = config["model_list"]
    assert (route["model_name"], route["litellm_params"]["model"]) == ("*", "openai/*")  # every name, upstream
