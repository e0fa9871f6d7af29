"""Stored prompts from the config: pick the version (`version`, "latest", or the deployed one), render the
`{{variable}}` placeholders of its messages, and work out the parameters the prompt contributes."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from respan_mock._errors import ApiError, shown
from respan_mock._params import RespanParams
from respan_mock.config import Prompt

_PLACEHOLDER: Final = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}")


@dataclass(frozen=True)
class RenderedPrompt:
    """A rendered prompt: its messages, and the model and parameters it sets."""

    messages: list[dict[str, Any]]
    model: str | None
    params: dict[str, Any]
    echo: bool
    prompt_wins: bool


def apply(prompt: RenderedPrompt, body: dict[str, Any], conversation_field: str) -> dict[str, Any]:
    """A copy of `body` with the prompt's messages in `conversation_field` (`messages`, `input`) and its model
    and parameters: they fill what the request leaves out, or override it when the prompt wins."""
    body = {**body, conversation_field: prompt.messages}
    for key, value in prompt.params.items():
        if prompt.prompt_wins or key not in body:
            body[key] = value
    if prompt.model and prompt.prompt_wins:
        body["model"] = prompt.model
    return body


def render(prompts: Mapping[str, Prompt], params: RespanParams) -> RenderedPrompt | None:
    """Render the request's `prompt`, or None when it has none. 404 unknown prompt/version, 400 missing variable."""
    spec = params.get("prompt")
    if not isinstance(spec, dict):
        return None
    prompt_id = spec["prompt_id"]
    prompt = prompts.get(prompt_id)
    if prompt is None:
        raise ApiError(
            404,
            f"Prompt {shown(prompt_id)} not found.",
            code="prompt_not_found",
            param=params.pointer("prompt", "prompt_id"),
        )
    wanted = spec.get("version")
    number = max(prompt.versions) if wanted == "latest" else prompt.deployed_version if wanted is None else wanted
    version = prompt.versions.get(number)
    if version is None:
        raise ApiError(
            404,
            f"Prompt {prompt_id!r} has no version {number}.",
            code="prompt_version_not_found",
            param=params.pointer("prompt", "version"),
        )
    variables = spec.get("variables") or {}
    messages = [
        {**message, "content": _fill(str(message["content"]), variables, params)} for message in version.messages
    ]
    stored = dict(version.params)
    if spec.get("override") and isinstance(spec.get("override_params"), dict):
        stored.update(spec["override_params"])
    return RenderedPrompt(
        messages=messages,
        model=stored.pop("model", None) or version.model,
        params=stored,
        echo=spec.get("echo", True),
        prompt_wins=spec.get("schema_version") == 2 or bool(spec.get("override")),
    )


def _fill(template: str, variables: Mapping[str, Any], params: RespanParams) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in variables:
            raise ApiError(
                400,
                f"Prompt variable {name!r} is missing.",
                code="missing_prompt_variable",
                param=params.pointer("prompt", "variables"),
            )
        value = variables[name]
        return value if isinstance(value, str) else json.dumps(value)

    return _PLACEHOLDER.sub(substitute, template)
