"""The mock's configuration: a YAML file (`respan-mock example-config` prints one with every key), checked against
a JSON Schema so that a typo is an error naming the offending key rather than a silently ignored setting."""

from __future__ import annotations

import importlib.resources
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

import jsonschema_rs

from respan_mock._yaml import YamlFileError, read_yaml

DEV_API_KEY: Final = "mock-key"
API_KEYS_ENV: Final = "RESPAN_MOCK_API_KEYS"
FAILURE_STATUSES: Final = (424, 429, 500, 503, 504)


class ConfigError(ValueError):
    """The configuration file is unreadable or invalid; the message names the file and the key."""


@dataclass(frozen=True)
class ModelInfo:
    """Where a model is served and what it costs (USD per million tokens)."""

    provider: str
    input_price: float = 1.0
    output_price: float = 2.0


@dataclass(frozen=True)
class Failure:
    """A model configured to fail: always (`times` None) or its next `times` attempts."""

    times: int | None = None
    status: int = 424
    message: str = "provider error"
    retry_after: int = 1


@dataclass(frozen=True)
class PromptVersion:
    """One version of a stored prompt: messages with `{{variable}}` placeholders and stored parameters."""

    messages: tuple[Mapping[str, Any], ...]
    model: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Prompt:
    """A stored prompt. `deployed_version` serves requests without `version`; "latest" is the highest version."""

    versions: Mapping[int, PromptVersion]
    deployed_version: int


@dataclass(frozen=True)
class WeightedModel:
    model: str
    weight: float


@dataclass(frozen=True)
class Limits:
    """Request limits (over them: 413, or a stream's terminal error event), and the caps that keep memory
    bounded (least recently used entries go first)."""

    max_body_bytes: int = 1_048_576
    max_header_bytes: int = 16_384  # names and values of all headers together, as Node.js counts them
    max_messages: int = 2048  # chat messages, or Responses input items including previous_response_id's
    max_stream_seconds: float = 300.0
    request_log: int = 1000
    stored_bytes: int = 16_777_216  # request content each of the request log, cache and stored responses holds
    cache_entries: int = 1000
    stored_responses: int = 1000
    customers: int = 10_000


@dataclass(frozen=True)
class Answers:
    """Shape of the synthetic answers: natural length in tokens and pacing of streamed events."""

    min_tokens: int = 8
    max_tokens: int = 48
    stream_delay_ms: float = 0.0


@dataclass(frozen=True)
class FixtureSettings:
    """Scripted answers: fixture files or folders (loaded in order), strict mode (a request no fixture matches is
    an error instead of a synthetic answer), and the speed factor of their delays (2: twice as fast)."""

    paths: tuple[str, ...] = ()
    strict: bool = False
    speed: float = 1.0


@dataclass(frozen=True)
class MockConfig:
    """Everything the mock can be told; every field has a default, so `MockConfig()` is a working mock."""

    api_keys: tuple[str, ...] = ()
    default_provider: str = "openai"
    retry_after: int = 1
    limits: Limits = Limits()
    answers: Answers = Answers()
    models: Mapping[str, ModelInfo] = field(default_factory=dict)
    failures: Mapping[str, Failure] = field(default_factory=dict)
    prompts: Mapping[str, Prompt] = field(default_factory=dict)
    load_balance_groups: Mapping[str, tuple[WeightedModel, ...]] = field(default_factory=dict)
    fixtures: FixtureSettings = FixtureSettings()

    def accepted_api_keys(self) -> tuple[str, ...]:
        """Keys from the config and from $RESPAN_MOCK_API_KEYS; the dev key `mock-key` when there are none."""
        from_env = tuple(key.strip() for key in os.environ.get(API_KEYS_ENV, "").split(",") if key.strip())
        keys = self.api_keys + from_env
        return keys or (DEV_API_KEY,)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "config", base: Path | None = None) -> MockConfig:
        """Build a config from parsed YAML/JSON, raising ConfigError naming the first invalid key. Relative fixture
        paths are taken from `base` (a config file's folder), else from the working directory."""
        try:
            data = _plain(data, source, "")
        except RecursionError:
            raise ConfigError(f"{source}: nested too deeply (or an alias refers to itself)") from None
        _check(data, source)
        return _build(data, source, base)

    @classmethod
    def from_file(cls, path: str | Path) -> MockConfig:
        path = Path(path)
        try:
            data = read_yaml(path)
        except YamlFileError as exc:
            raise ConfigError(str(exc)) from None
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: the top level must be a mapping of settings")
        return cls.from_dict(data, source=str(path), base=path.parent)


def example_config_text() -> str:
    """A config file with every key, its default and what it does (shipped in the package as config.example.yaml)."""
    return importlib.resources.files("respan_mock").joinpath("config.example.yaml").read_text(encoding="utf-8")


def _plain(value: Any, source: str, where: str) -> Any:
    """`value` with string keys (YAML turns `1:` into an int key; JSON Schema only knows string keys), refusing
    YAML's `.inf` and `.nan`, which the validator would report as `null`."""
    if isinstance(value, Mapping):
        return {str(key): _plain(item, source, f"{where}/{key}") for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item, source, f"{where}/{index}") for index, item in enumerate(value)]
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"{source}: {where or '/'}: must be a finite number")
    return value


def _check(data: Mapping[str, Any], source: str) -> None:
    error = next(_VALIDATOR.iter_errors(data), None)
    if error is None:
        return
    where = "/" + "/".join(str(part) for part in error.instance_path)
    if error.instance_path and error.instance_path[0] == "api_keys":
        # The validator's message repeats the value, which may be a real key.
        raise ConfigError(f"{source}: {where}: must be a list of non-empty strings (the value is not shown)")
    raise ConfigError(f"{source}: {where}: {error.message}")


def _build(data: Mapping[str, Any], source: str, base: Path | None) -> MockConfig:
    prompts = {
        prompt_id: Prompt(
            versions={
                int(number): PromptVersion(
                    messages=tuple(version["messages"]),
                    model=version.get("model"),
                    params=MappingProxyType(dict(version.get("params", {}))),
                )
                for number, version in prompt["versions"].items()
            },
            deployed_version=int(prompt.get("deployed_version", max(int(n) for n in prompt["versions"]))),
        )
        for prompt_id, prompt in data.get("prompts", {}).items()
    }
    for prompt_id, prompt in prompts.items():
        if prompt.deployed_version not in prompt.versions:
            raise ConfigError(
                f"{source}: /prompts/{prompt_id}/deployed_version: {prompt.deployed_version} is not one of its versions"
            )
    answers = Answers(**data.get("answers", {}))
    if answers.min_tokens > answers.max_tokens:
        raise ConfigError(f"{source}: /answers: min_tokens is greater than max_tokens")
    return MockConfig(
        api_keys=tuple(data.get("api_keys", ())),
        default_provider=data.get("default_provider", "openai"),
        retry_after=data.get("retry_after", 1),
        limits=Limits(**data.get("limits", {})),
        answers=answers,
        models={name: ModelInfo(**info) for name, info in data.get("models", {}).items()},
        failures={name: Failure(**spec) for name, spec in data.get("failures", {}).items()},
        prompts=prompts,
        load_balance_groups={
            group: tuple(WeightedModel(entry["model"], entry["weight"]) for entry in entries)
            for group, entries in data.get("load_balance_groups", {}).items()
        },
        fixtures=_fixture_settings(data.get("fixtures", {}), base),
    )


def _fixture_settings(data: Mapping[str, Any], base: Path | None) -> FixtureSettings:
    paths = data.get("paths", ())
    return FixtureSettings(
        paths=tuple(str(base / path) if base is not None else path for path in paths),
        strict=data.get("strict", False),
        speed=float(data.get("speed", 1.0)),
    )


def _strict(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required or [], "additionalProperties": False}


_POSITIVE_INT = {"type": "integer", "minimum": 1}
_NAME = {"type": "string", "minLength": 1}
_MESSAGE = {
    "type": "object",
    "required": ["role", "content"],
    "properties": {"role": {"enum": ["system", "developer", "user", "assistant"]}, "content": {"type": "string"}},
    "additionalProperties": False,
}

CONFIG_SCHEMA: Final[dict[str, Any]] = _strict(
    {
        "api_keys": {"type": "array", "items": _NAME},
        "default_provider": _NAME,
        "retry_after": {"type": "integer", "minimum": 0},
        "limits": _strict(
            {
                "max_body_bytes": _POSITIVE_INT,
                "max_header_bytes": _POSITIVE_INT,
                "max_messages": _POSITIVE_INT,
                "max_stream_seconds": {"type": "number", "exclusiveMinimum": 0},
                "request_log": _POSITIVE_INT,
                "stored_bytes": _POSITIVE_INT,
                "cache_entries": _POSITIVE_INT,
                "stored_responses": _POSITIVE_INT,
                "customers": _POSITIVE_INT,
            }
        ),
        "answers": _strict(
            {
                "min_tokens": _POSITIVE_INT,
                "max_tokens": {"type": "integer", "minimum": 1, "maximum": 100_000},
                "stream_delay_ms": {"type": "number", "minimum": 0, "maximum": 60_000},
            }
        ),
        "models": {
            "type": "object",
            "additionalProperties": _strict(
                {
                    "provider": _NAME,
                    "input_price": {"type": "number", "minimum": 0},
                    "output_price": {"type": "number", "minimum": 0},
                },
                ["provider"],
            ),
        },
        "failures": {
            "type": "object",
            "additionalProperties": {
                **_strict(
                    {
                        "times": _POSITIVE_INT,
                        "status": {"enum": list(FAILURE_STATUSES)},
                        "message": _NAME,
                        "retry_after": {"type": "integer", "minimum": 0},
                    }
                ),
            },
        },
        "prompts": {
            "type": "object",
            "additionalProperties": _strict(
                {
                    "deployed_version": _POSITIVE_INT,
                    "versions": {
                        "type": "object",
                        "minProperties": 1,
                        "propertyNames": {"pattern": "^[1-9][0-9]*$"},
                        "additionalProperties": _strict(
                            {
                                "model": _NAME,
                                "messages": {"type": "array", "minItems": 1, "items": _MESSAGE},
                                "params": {"type": "object"},
                            },
                            ["messages"],
                        ),
                    },
                },
                ["versions"],
            ),
        },
        "fixtures": _strict(
            {
                "paths": {"type": "array", "items": _NAME},
                "strict": {"type": "boolean"},
                "speed": {"type": "number", "exclusiveMinimum": 0},
            }
        ),
        "load_balance_groups": {
            "type": "object",
            "additionalProperties": {
                "type": "array",
                "minItems": 1,
                "items": _strict(
                    {"model": _NAME, "weight": {"type": "number", "exclusiveMinimum": 0}}, ["model", "weight"]
                ),
            },
        },
    }
)

_VALIDATOR = jsonschema_rs.validator_for(CONFIG_SCHEMA)
