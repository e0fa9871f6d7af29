"""Schema-valid requests the spec lets a gateway refuse: a 400 `no_routable_model` when the request's own
exclusions (`exclude_models`, `exclude_providers`) leave no candidate model (openapi/components/errors.yaml,
BadRequest; docs/spec-decisions.md). Schemathesis' `positive_data_acceptance` cannot know that a valid request can
exclude every model it names, so the kit accepts such a refusal, and only such a one: the error code must say so,
the request must exclude something, `param` (when given) must point at the exclusion, and when only models are
excluded (the kit cannot know a gateway's providers) every candidate must be among them."""

from __future__ import annotations

from respan_contract._semantics._exchange import Exchange
from respan_contract._semantics.routing import primary_models, string_list

NO_ROUTABLE_MODEL = "no_routable_model"


def documented_rejection(ex: Exchange) -> bool:
    """Whether a 400 refuses a valid request for a reason the spec documents and the request bears out."""
    if ex.status != 400 or (ex.error or {}).get("code") != NO_ROUTABLE_MODEL:
        return False
    models, models_at = string_list(ex, "exclude_models")
    providers, providers_at = string_list(ex, "exclude_providers")
    if not models and not providers:
        return False
    param = (ex.error or {}).get("param")
    if param is not None and param not in (models_at, providers_at):
        return False
    if providers:
        return True
    pool = primary_models(ex)
    if pool is None:
        return True  # a configured group's models: the kit cannot list them
    fallbacks, _ = string_list(ex, "fallback_models")
    return all(model in models for model in [*pool[0], *fallbacks])
