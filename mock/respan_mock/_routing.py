"""Model routing as the gateway does it: pick the primary model (load balance group, inline load balancing, the
router's `models`, or `model`), append `fallback_models`, drop excluded models and providers, then try each
candidate with retries until one succeeds. Failures come from the config (`failures`), so a test can make a
model fail always or a given number of times."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from respan_mock._bounded import BoundedLru
from respan_mock._errors import ApiError, shown
from respan_mock._faults import FailureSchedule
from respan_mock._params import RespanParams
from respan_mock.config import Failure, MockConfig, ModelInfo

# Provider of a model by name prefix, when the config does not say; "provider/model" names their provider.
_PROVIDER_PREFIXES: Final = (
    ("gpt-", "openai"),
    ("o1", "openai"),
    ("o3", "openai"),
    ("o4", "openai"),
    ("chatgpt", "openai"),
    ("text-", "openai"),
    ("claude", "anthropic"),
    ("gemini", "google"),
    ("mistral", "mistral"),
    ("mixtral", "mistral"),
    ("codestral", "mistral"),
    ("ministral", "mistral"),
    ("command", "cohere"),
    ("deepseek", "deepseek"),
    ("grok", "xai"),
    ("llama", "meta"),
)
# USD per million tokens (input, output) of a few common models; others cost ModelInfo's defaults.
_PRICES: Final = {
    "gpt-4o": (2.5, 10.0),
    "gpt-4o-mini": (0.15, 0.6),
    "gpt-4.1": (2.0, 8.0),
    "gpt-4.1-mini": (0.4, 1.6),
    "o3-mini": (1.1, 4.4),
    "claude-3-5-sonnet-20241022": (3.0, 15.0),
    "claude-3-5-haiku-20241022": (0.8, 4.0),
    "gemini-1.5-pro": (1.25, 5.0),
    "gemini-1.5-flash": (0.075, 0.3),
}
MAX_RETRY_WAIT: Final = 10.0
_BALANCER_STATES: Final = 1024
_BALANCER_BYTES: Final = 8 * 2**20  # what the states may hold together (see _state_size)
_MODEL_MEMO: Final = 4096
_MODEL_MEMO_NAME: Final = 256  # longer model names are not memoised
# Parameters that change which models are tried; without any of them the request's model is the only one.
_ROUTING_PARAMS: Final = frozenset(
    {"load_balance_group", "load_balance_models", "models", "fallback_models", "exclude_models", "exclude_providers"}
)


@dataclass(frozen=True, slots=True)
class Candidate:
    model: str
    provider: str


@dataclass(frozen=True, slots=True)
class Attempt:
    model: str
    status: str
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"model": self.model, "status": self.status, "error": self.error}


class AllModelsFailed(ApiError):
    """Every candidate failed (after retries): the last failure's status, with every attempt made."""

    def __init__(self, last: Failure, message: str, attempts: list[Attempt]) -> None:
        super().__init__(last.status, message, code="all_models_failed", retry_after=last.retry_after)
        self.attempts = attempts


class ModelTable:
    """Provider and prices of every model: the config's entries, else the defaults by name."""

    def __init__(self, config: MockConfig) -> None:
        self._models = config.models
        self._default_provider = config.default_provider
        self._derived: dict[str, ModelInfo] = {}  # memo of the defaults by name, bounded

    def info(self, model: str) -> ModelInfo:
        known = self._models.get(model) or self._derived.get(model)
        if known is not None:
            return known
        input_price, output_price = _PRICES.get(model, (1.0, 2.0))
        derived = ModelInfo(self._provider(model), input_price, output_price)
        if len(model) <= _MODEL_MEMO_NAME:
            if len(self._derived) >= _MODEL_MEMO:
                self._derived.clear()
            self._derived[model] = derived
        return derived

    def cost(self, model: str, prompt_tokens: int, completion_tokens: int) -> float:
        info = self.info(model)
        return round((prompt_tokens * info.input_price + completion_tokens * info.output_price) / 1e6, 10)

    def _provider(self, model: str) -> str:
        if "/" in model:
            return model.split("/", 1)[0] or self._default_provider
        lowered = model.lower()
        for prefix, provider in _PROVIDER_PREFIXES:
            if lowered.startswith(prefix):
                return provider
        return self._default_provider


class Balancer:
    """Smooth weighted round robin per distinct weighted list: reproducible, and exact over a full cycle
    (weights 3 and 1 give A, A, B, A in every four picks). Reset by /_mock/reset."""

    def __init__(self) -> None:
        self._states: BoundedLru[tuple[tuple[str, float], ...], list[float]] = BoundedLru(
            _BALANCER_STATES, _BALANCER_BYTES
        )

    def pick(self, entries: tuple[tuple[str, float], ...]) -> str:
        if len(entries) == 1:
            return entries[0][0]
        current = self._states.get(entries)
        if current is None:
            current = [0.0] * len(entries)
            self._states.put(entries, current, _state_size(entries))
        # Scale by the largest weight so that any positive floats (up to 1e308) sum without overflow.
        largest = max(weight for _, weight in entries)
        weights = [weight / largest for _, weight in entries]
        total = math.fsum(weights)
        for index, weight in enumerate(weights):
            current[index] += weight
        chosen = max(range(len(entries)), key=lambda index: current[index])
        current[chosen] -= total
        return entries[chosen][0]

    def reset(self) -> None:
        self._states.clear()


class Router:
    def __init__(self, config: MockConfig, table: ModelTable, failures: FailureSchedule) -> None:
        self._groups = config.load_balance_groups
        self._table = table
        self._failures = failures
        self.balancer = Balancer()

    def candidates(self, model: str, params: RespanParams, route_provider: str | None) -> list[Candidate]:
        """The models to try, in order; 404 for an unknown load balance group, 400 when all are excluded."""
        if _ROUTING_PARAMS.isdisjoint(params.values):
            return [Candidate(model, self._provider(model, route_provider))]
        excluded_models = set(_strings(params.get("exclude_models")))
        excluded_providers = set(_strings(params.get("exclude_providers")))

        def allowed(name: str) -> bool:
            return name not in excluded_models and self._provider(name, route_provider) not in excluded_providers

        pool = [(name, weight) for name, weight in self._primary_pool(model, params) if allowed(name)]
        names = [self.balancer.pick(tuple(pool))] if pool else []
        for fallback in _strings(params.get("fallback_models")):
            if fallback not in names and allowed(fallback):
                names.append(fallback)
        if not names:
            key = "exclude_models" if "exclude_models" in params.values else "exclude_providers"
            raise ApiError(
                400,
                "No routable model: every candidate model is excluded by exclude_models or exclude_providers.",
                code="no_routable_model",
                param=params.pointer(key) if key in params.values else None,
            )
        return [Candidate(name, self._provider(name, route_provider)) for name in names]

    async def attempt(self, candidates: Sequence[Candidate], params: RespanParams) -> tuple[Candidate, list[Attempt]]:
        """Try each candidate with retries; the first success wins. All failing: the last failure's error."""
        if not self._failures.may_fail(candidates[0].model):
            return candidates[0], [Attempt(candidates[0].model, "success")]
        retries, wait = _retry_policy(params)
        attempts: list[Attempt] = []
        last: Failure | None = None
        for candidate in candidates:
            for attempt in range(retries + 1):
                failure = self._failures.next_failure(candidate.model)
                if failure is None:
                    attempts.append(Attempt(candidate.model, "success"))
                    return candidate, attempts
                attempts.append(Attempt(candidate.model, "error", failure.message))
                last = failure
                if attempt < retries and wait > 0:
                    await asyncio.sleep(wait)
        assert last is not None
        summary = ", ".join(f"{a.model} ({a.error})" for a in attempts)
        raise AllModelsFailed(last, f"All models failed: {summary}.", attempts)

    def _primary_pool(self, model: str, params: RespanParams) -> list[tuple[str, float]]:
        group = params.get("load_balance_group")
        if isinstance(group, dict):
            if group.get("models"):
                return _weighted(group["models"])
            configured = self._groups.get(group.get("group_id", ""))
            if configured is None:
                raise ApiError(
                    404,
                    f"Load balance group {shown(group.get('group_id'))} not found.",
                    code="load_balance_group_not_found",
                    param=params.pointer("load_balance_group", "group_id"),
                )
            return [(entry.model, entry.weight) for entry in configured]
        for key in ("load_balance_models", "models"):
            entries = params.get(key)
            if entries:
                return _weighted(entries)
        return [(model, 1.0)]

    def _provider(self, model: str, route_provider: str | None) -> str:
        return route_provider or self._table.info(model).provider


def _state_size(entries: tuple[tuple[str, float], ...]) -> int:
    """Bytes a balancer state takes, roughly: per entry a tuple, a float in it and one in the state, its name."""
    return sum(160 + len(name) for name, _ in entries)


def _retry_policy(params: RespanParams) -> tuple[int, float]:
    """(retries per candidate, seconds between them) from retry_params, else `retries`."""
    retry_params = params.get("retry_params")
    if isinstance(retry_params, dict):
        if not retry_params.get("retry_enabled"):
            return 0, 0.0
        wait = float(retry_params.get("retry_after", 0.2))
        return int(retry_params.get("num_retries", 3)), min(wait, MAX_RETRY_WAIT)
    return int(params.get("retries", 0)), 0.0


def _weighted(entries: Sequence[Any]) -> list[tuple[str, float]]:
    result = []
    for entry in entries:
        if isinstance(entry, str):
            result.append((entry, 1.0))
        elif isinstance(entry, Mapping):
            result.append((str(entry["model"]), float(entry.get("weight", 1.0))))
    return result


def _strings(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []
