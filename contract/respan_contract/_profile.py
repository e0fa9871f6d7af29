"""A profile file tells the kit what it cannot discover about a target: which models to use, a model that always
fails (for fallbacks), a stored prompt, and which capabilities the target declares it has or lacks. A declared
capability is tested without probing (so a broken one fails instead of reading as "not supported"); a lacking one
is reported "not supported"; the rest are probed. The kit ships profiles of the implementations it was run against
(`profiles/`, each usable by name)."""

from __future__ import annotations

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
        known = {"name", "model", "alternate_model", "failing_model", "prompt", "supports", "lacks"}
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
