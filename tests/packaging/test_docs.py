"""The pages for the teams that install the tools (docs/*-for-*.md): their commands are ones the tools accept, their
installs use the internal index alone, and their config and profile examples load."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml
from respan_contract import Profile
from respan_contract.cli import parser as contract_parser
from respan_mock import MockConfig
from respan_mock.cli import build_parser as mock_parser
from respan_spec import load_spec

SPEC_VERSION = str(load_spec()["info"]["version"])
DOCS = sorted((Path(__file__).resolve().parents[2] / "docs").glob("*-for-*.md"))
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)
SHELL_OPERATORS = {"&", "&&", "||", "|", ";", ">", "2>&1"}
COMMAND_STARTS = {*SHELL_OPERATORS, "-", "run:"}  # a command follows them (YAML list items, GitHub's run:)
ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")  # VAR=value before a command
PARSERS = {"respan-mock": mock_parser, "respan-contract": contract_parser}


def _blocks(kind: str) -> list[tuple[Path, str]]:
    return [(page, text) for page in DOCS for lang, text in BLOCK.findall(page.read_text()) if lang == kind]


def _commands(program: str) -> list[tuple[Path, list[str]]]:
    """Each `program ...` run by the pages' shell and CI (YAML) blocks, as its arguments (up to a shell operator)."""
    found = []
    for page, text in _blocks("sh") + _blocks("yaml"):
        for line in text.replace("\\\n", " ").splitlines():
            words = shlex.split(line)
            for at, word in enumerate(words):
                before = words[at - 1] if at else ""
                if word == program and (not at or before in COMMAND_STARTS or ASSIGNMENT.match(before)):
                    rest = words[at + 1 :]
                    cut = next((i for i, w in enumerate(rest) if w in SHELL_OPERATORS or w[0] in ">#"), len(rest))
                    found.append((page, rest[:cut]))
    return found


def test_there_is_a_page_for_each_audience() -> None:
    assert [page.name for page in DOCS] == ["contract-kit-for-gateway-teams.md", "mock-for-app-teams.md"]


@pytest.mark.parametrize("program", PARSERS)
def test_every_command_on_the_pages_is_accepted_by_the_tool(program: str) -> None:
    commands = _commands(program)
    assert commands, f"no {program} command on the pages"
    for page, args in commands:
        try:
            PARSERS[program]().parse_args(args)
        except SystemExit as exited:  # --version and --help exit 0; a bad option exits 2
            assert exited.code == 0, f"{page.name}: {program} {shlex.join(args)}"


def test_every_install_uses_the_internal_index_alone() -> None:
    installs = [(page, args) for page, args in _commands("pip") if args[:1] == ["install"]]
    assert len(installs) >= 6
    for page, args in installs:
        assert "--index-url" in args and "--extra-index-url" not in args, f"{page.name}: pip {shlex.join(args)}"
        pinned = [arg for arg in args if arg.startswith("respan-")]
        assert pinned and all("==" in arg for arg in pinned), f"{page.name}: pin the version (= the spec version)"
        stale = [arg for arg in pinned if arg.partition("==")[2] != SPEC_VERSION]
        assert not stale, f"{page.name}: {stale} pin another version than the spec's {SPEC_VERSION}"


def test_the_config_and_profile_examples_load() -> None:
    configs, profiles = 0, 0
    for _, text in _blocks("yaml"):
        data = yaml.safe_load(text)
        if isinstance(data, dict) and "api_keys" in data:
            MockConfig.from_dict(data)
            configs += 1
        elif isinstance(data, dict) and "supports" in data:
            Profile.from_dict(data)
            profiles += 1
    assert (configs, profiles) == (1, 1)
