"""A profile file tells the kit what it cannot discover about a target: which models to use, a model that always
fails (for fallbacks), a stored prompt, and which capabilities the target declares it has or lacks. A declared
capability is tested without probing (so a broken one fails instead of reading as "not supported"); a lacking one
is reported "not supported"; the rest are probed. The kit ships profiles of the implementations it was run against
(`profiles/`, each usable by name).

`expect_failures` maps a check or scenario name to the reason it is known to fail: its failures are reported as
expected and do not fail the run, so a team can adopt the kit before fixing everything; a listed check or scenario
that passes is reported as an unexpected pass, so the list does not rot."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from respan_contract._capabilities import CAPABILITIES
from respan_contract._yaml import YamlFileError, read_yaml

PROFILES = Path(__file__).with_name("profiles")


class ProfileError(ValueError):
    """A profile file that cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class PromptFixture:
    id: str
    variables: dict[str, Any]
    renders: str  # text the rendered prompt messages contain


@dataclass(frozen=True)
class Profile:
    name: str = ""
    model: str = "gpt-4o-mini"
    alternate_model: str = "gpt-4o"
    failing_model: str | None = None
    prompt: PromptFixture | None = None
    supports: frozenset[str] = field(default_factory=frozenset)
    lacks: frozenset[str] = field(default_factory=frozenset)
    expect_failures: Mapping[str, str] = field(default_factory=dict)  # check or scenario name -> reason

    @classmethod
    def find(cls, name_or_path: str) -> Profile:
        """The profile file at that path, else the shipped profile of that name (see `shipped_profiles()`)."""
        path = Path(name_or_path)
        if not path.exists() and name_or_path in shipped_profiles():
            path = PROFILES / f"{name_or_path}.yaml"
        try:
            return cls.load(path)
        except ProfileError as exc:
            if path.exists():
                raise
            raise ProfileError(f"{exc} (nor is it a shipped profile: {', '.join(shipped_profiles())})") from None

    @classmethod
    def load(cls, path: Path) -> Profile:
        try:
            data = read_yaml(path)
        except YamlFileError as exc:
            raise ProfileError(f"bad profile: {exc}") from None
        return cls.from_dict(data or {}, source=str(path))

    @classmethod
    def from_dict(cls, data: Any, source: str = "profile") -> Profile:
        if not isinstance(data, dict):
            raise ProfileError(f"{source}: a profile is a mapping")
        known = {"name", "model", "alternate_model", "failing_model", "prompt", "supports", "lacks", "expect_failures"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ProfileError(f"{source}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        supports, lacks = _capabilities(data, "supports", source), _capabilities(data, "lacks", source)
        if supports & lacks:
            raise ProfileError(f"{source}: {', '.join(sorted(supports & lacks))} both supported and lacking")
        for key in ("name", "model", "alternate_model", "failing_model"):
            if key in data and not (isinstance(data[key], str) and data[key]):
                raise ProfileError(f"{source}: `{key}` must be a non-empty string")
        defaults = cls()
        return cls(
            name=data.get("name", ""),
            model=data.get("model", defaults.model),
            alternate_model=data.get("alternate_model", defaults.alternate_model),
            failing_model=data.get("failing_model"),
            prompt=_prompt(data.get("prompt"), source),
            supports=supports,
            lacks=lacks,
            expect_failures=_expect_failures(data.get("expect_failures", {}), source),
        )


def shipped_profiles() -> list[str]:
    """Names of the profiles in the kit (a `NAME.config.yaml` beside one is the mock config it goes with)."""
    return sorted(path.stem for path in PROFILES.glob("*.yaml") if not path.name.endswith(".config.yaml"))


def _capabilities(data: dict[str, Any], key: str, source: str) -> frozenset[str]:
    values = data.get(key, [])
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        raise ProfileError(f"{source}: `{key}` must be a list of capability names")
    unknown = sorted(set(values) - set(CAPABILITIES))
    if unknown:
        raise ProfileError(f"{source}: unknown capabilit(ies) {', '.join(unknown)}; known: {', '.join(CAPABILITIES)}")
    return frozenset(values)


def _prompt(value: Any, source: str) -> PromptFixture | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("id"), str) or not isinstance(value.get("renders"), str):
        raise ProfileError(f"{source}: `prompt` needs `id` and `renders` strings (and optional `variables`)")
    variables = value.get("variables", {})
    if not isinstance(variables, dict):
        raise ProfileError(f"{source}: `prompt.variables` must be a mapping")
    return PromptFixture(id=value["id"], variables=variables, renders=value["renders"])


def _expect_failures(value: Any, source: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ProfileError(f"{source}: `expect_failures` must map check or scenario names to the reason they fail")
    known = known_check_names()
    for name, reason in value.items():
        if name not in known:
            raise ProfileError(
                f"{source}: `expect_failures`: unknown check or scenario {name!r}; known: {', '.join(sorted(known))}"
            )
        if not (isinstance(reason, str) and reason.strip()):
            raise ProfileError(f"{source}: `expect_failures.{name}` must give the reason it fails (a non-empty string)")
    return {str(name): str(reason).strip() for name, reason in value.items()}


def known_check_names() -> frozenset[str]:
    """Every check a run applies (Schemathesis' and the kit's) and every scenario."""
    from schemathesis.checks import CHECKS, load_all_checks  # imported here: the registry fills on import

    from respan_contract import checks  # noqa: F401 (registers the kit's checks)
    from respan_contract.scenarios import SCENARIOS  # here: the scenarios import this module

    load_all_checks()
    return frozenset(CHECKS.get_all_names()) | {scenario.name for scenario in SCENARIOS}
