from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RespanParams")


@_attrs_define
class RespanParams:
    """Respan gateway parameters. Accepted as top-level body fields, nested under `respan_params` (or the legacy
    `keywordsai_params`), or base64-encoded in the `X-Data-Respan-Params` header. Precedence: top level >
    `respan_params` > `keywordsai_params` > header.

        Attributes:
            fallback_models (list[str] | Unset): Backup models, ranked by priority, tried in order if the primary model
                fails.
            customer_credentials (ProviderCredentials | Unset): Per-customer LLM provider credentials. Keys are provider
                names (`openai`, `anthropic`, ...); values are the
                provider's API key or an object with `api_key` and provider-specific fields. Never echoed or logged.
            credential_override (CredentialOverride | Unset): One-off credential overrides per provider. Overrides uploaded
                provider keys for this request only.
                Never echoed or logged.
            cache_enabled (bool | Unset): Enable response caching. A repeat of the same request within the TTL is served
                from the cache.
            cache_ttl (float | Unset): Cache time-to-live in seconds. Without it a cached response is served for at most 30
                minutes.
            cache_options (CacheOptions | Unset): Cache behaviour options.
            prompt (PromptParams | Unset): Prompt template config. The gateway renders the stored template with `variables`.
            retry_params (RetryParams | Unset): Retry config for the upstream call.
            disable_log (bool | Unset): When true, omits input/output from the log. Metrics (tokens, cost, latency) are
                still recorded.
            model_name_map (RespanParamsModelNameMap | Unset): Azure deployment name mapping. Maps your custom Azure
                deployment names to standard model names.
            models (list[LoadBalanceModel | str] | Unset): Model list for LLM router selection. Items are model names or
                load-balancing entries
                (`{"model": ..., "weight": ...}`); the gateway picks one of them instead of `model`.
            exclude_providers (list[str] | Unset): Providers to exclude from routing. All models under excluded providers
                are skipped.
            exclude_models (list[str] | Unset): Specific models to exclude from routing.
            metadata (RespanParamsMetadata | Unset): Custom key-value metadata attached to the span. Values are coerced to
                strings.
            custom_identifier (str | Unset): Indexed custom tag for fast querying.
            customer_identifier (str | Unset): End user identifier for analytics, budgets and rate limits.
            customer_params (CustomerParams | Unset): Extended customer info, budgets and rate limit.
            thread_identifier (str | Unset): Conversation thread ID. Spans with the same thread_identifier are grouped
                together.
            positive_feedback (bool | Unset): User feedback. true = liked, false = disliked.
            properties (RespanParamsProperties | Unset): Typed metadata preserving native types (numbers, booleans, nested
                objects).
            request_breakdown (bool | Unset): Return a response metrics summary (`request_breakdown`) in the response body.
                For streaming, the metrics
                appear in the final chunk.
            load_balance_group (LoadBalanceGroup | Unset): Load balance group selection. Route through a configured group,
                optionally overriding its models.
            load_balance_models (list[LoadBalanceModel] | Unset): Inline load balancing options; one model is picked per
                request, by weight.
            retries (int | Unset): Number of retries of the upstream call on failure.
            weight (float | Unset): Load balancing weight of this request's model.
            span_name (str | Unset): Custom span name for tracing.
    """

    fallback_models: list[str] | Unset = UNSET
    customer_credentials: ProviderCredentials | Unset = UNSET
    credential_override: CredentialOverride | Unset = UNSET
    cache_enabled: bool | Unset = UNSET
    cache_ttl: float | Unset = UNSET
    cache_options: CacheOptions | Unset = UNSET
    prompt: PromptParams | Unset = UNSET
    retry_params: RetryParams | Unset = UNSET
    disable_log: bool | Unset = UNSET
    model_name_map: RespanParamsModelNameMap | Unset = UNSET
    models: list[LoadBalanceModel | str] | Unset = UNSET
    exclude_providers: list[str] | Unset = UNSET
    exclude_models: list[str] | Unset = UNSET
    metadata: RespanParamsMetadata | Unset = UNSET
    custom_identifier: str | Unset = UNSET
    customer_identifier: str | Unset = UNSET
    customer_params: CustomerParams | Unset = UNSET
    thread_identifier: str | Unset = UNSET
    positive_feedback: bool | Unset = UNSET
    properties: RespanParamsProperties | Unset = UNSET
    request_breakdown: bool | Unset = UNSET
    load_balance_group: LoadBalanceGroup | Unset = UNSET
    load_balance_models: list[LoadBalanceModel] | Unset = UNSET
    retries: int | Unset = UNSET
    weight: float | Unset = UNSET
    span_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fallback_models: list[str] | Unset = UNSET
        if not isinstance(self.fallback_models, Unset):
            fallback_models = self.fallback_models

        customer_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_credentials, Unset):
            customer_credentials = self.customer_credentials.to_dict()

        credential_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential_override, Unset):
            credential_override = self.credential_override.to_dict()

        cache_enabled = self.cache_enabled

        cache_ttl = self.cache_ttl

        cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_options, Unset):
            cache_options = self.cache_options.to_dict()

        prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt, Unset):
            prompt = self.prompt.to_dict()

        retry_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry_params, Unset):
            retry_params = self.retry_params.to_dict()

        disable_log = self.disable_log

        model_name_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_name_map, Unset):
            model_name_map = self.model_name_map.to_dict()

        models: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item: dict[str, Any] | str
                if isinstance(models_item_data, LoadBalanceModel):
                    models_item = models_item_data.to_dict()
                else:
                    models_item = models_item_data
                models.append(models_item)

        exclude_providers: list[str] | Unset = UNSET
        if not isinstance(self.exclude_providers, Unset):
            exclude_providers = self.exclude_providers

        exclude_models: list[str] | Unset = UNSET
        if not isinstance(self.exclude_models, Unset):
            exclude_models = self.exclude_models

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        custom_identifier = self.custom_identifier

        customer_identifier = self.customer_identifier

        customer_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_params, Unset):
            customer_params = self.customer_params.to_dict()

        thread_identifier = self.thread_identifier

        positive_feedback = self.positive_feedback

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        request_breakdown = self.request_breakdown

        load_balance_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.load_balance_group, Unset):
            load_balance_group = self.load_balance_group.to_dict()

        load_balance_models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.load_balance_models, Unset):
            load_balance_models = []
            for load_balance_models_item_data in self.load_balance_models:
                load_balance_models_item = load_balance_models_item_data.to_dict()
                load_balance_models.append(load_balance_models_item)

        retries = self.retries

        weight = self.weight

        span_name = self.span_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fallback_models is not UNSET:
            field_dict["fallback_models"] = fallback_models
        if customer_credentials is not UNSET:
            field_dict["customer_credentials"] = customer_credentials
        if credential_override is not UNSET:
            field_dict["credential_override"] = credential_override
        if cache_enabled is not UNSET:
            field_dict["cache_enabled"] = cache_enabled
        if cache_ttl is not UNSET:
            field_dict["cache_ttl"] = cache_ttl
        if cache_options is not UNSET:
            field_dict["cache_options"] = cache_options
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if retry_params is not UNSET:
            field_dict["retry_params"] = retry_params
        if disable_log is not UNSET:
            field_dict["disable_log"] = disable_log
        if model_name_map is not UNSET:
            field_dict["model_name_map"] = model_name_map
        if models is not UNSET:
            field_dict["models"] = models
        if exclude_providers is not UNSET:
            field_dict["exclude_providers"] = exclude_providers
        if exclude_models is not UNSET:
            field_dict["exclude_models"] = exclude_models
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if custom_identifier is not UNSET:
            field_dict["custom_identifier"] = custom_identifier
        if customer_identifier is not UNSET:
            field_dict["customer_identifier"] = customer_identifier
        if customer_params is not UNSET:
            field_dict["customer_params"] = customer_params
        if thread_identifier is not UNSET:
            field_dict["thread_identifier"] = thread_identifier
        if positive_feedback is not UNSET:
            field_dict["positive_feedback"] = positive_feedback
        if properties is not UNSET:
            field_dict["properties"] = properties
        if request_breakdown is not UNSET:
            field_dict["request_breakdown"] = request_breakdown
        if load_balance_group is not UNSET:
            field_dict["load_balance_group"] = load_balance_group
        if load_balance_models is not UNSET:
            field_dict["load_balance_models"] = load_balance_models
        if retries is not UNSET:
            field_dict["retries"] = retries
        if weight is not UNSET:
            field_dict["weight"] = weight
        if span_name is not UNSET:
            field_dict["span_name"] = span_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fallback_models = cast("list[str]", d.pop("fallback_models", UNSET))

        _customer_credentials = d.pop("customer_credentials", UNSET)
        customer_credentials: ProviderCredentials | Unset
        if isinstance(_customer_credentials, Unset):
            customer_credentials = UNSET
        else:
            customer_credentials = ProviderCredentials.from_dict(_customer_credentials)

        _credential_override = d.pop("credential_override", UNSET)
        credential_override: CredentialOverride | Unset
        if isinstance(_credential_override, Unset):
            credential_override = UNSET
        else:
            credential_override = CredentialOverride.from_dict(_credential_override)

        cache_enabled = d.pop("cache_enabled", UNSET)

        cache_ttl = d.pop("cache_ttl", UNSET)

        _cache_options = d.pop("cache_options", UNSET)
        cache_options: CacheOptions | Unset
        if isinstance(_cache_options, Unset):
            cache_options = UNSET
        else:
            cache_options = CacheOptions.from_dict(_cache_options)

        _prompt = d.pop("prompt", UNSET)
        prompt: PromptParams | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = PromptParams.from_dict(_prompt)

        _retry_params = d.pop("retry_params", UNSET)
        retry_params: RetryParams | Unset
        if isinstance(_retry_params, Unset):
            retry_params = UNSET
        else:
            retry_params = RetryParams.from_dict(_retry_params)

        disable_log = d.pop("disable_log", UNSET)

        _model_name_map = d.pop("model_name_map", UNSET)
        model_name_map: RespanParamsModelNameMap | Unset
        if isinstance(_model_name_map, Unset):
            model_name_map = UNSET
        else:
            model_name_map = RespanParamsModelNameMap.from_dict(_model_name_map)

        _models = d.pop("models", UNSET)
        models: list[LoadBalanceModel | str] | Unset = UNSET
        if _models is not UNSET:
            models = []
            for models_item_data in _models:
                models_item: LoadBalanceModel | str = models_item_data
                if isinstance(models_item, dict):
                    try:
                        models_item = LoadBalanceModel.from_dict(models_item)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass  # not readable as LoadBalanceModel: kept as it came

                models.append(models_item)

        exclude_providers = cast("list[str]", d.pop("exclude_providers", UNSET))

        exclude_models = cast("list[str]", d.pop("exclude_models", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: RespanParamsMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RespanParamsMetadata.from_dict(_metadata)

        custom_identifier = d.pop("custom_identifier", UNSET)

        customer_identifier = d.pop("customer_identifier", UNSET)

        _customer_params = d.pop("customer_params", UNSET)
        customer_params: CustomerParams | Unset
        if isinstance(_customer_params, Unset):
            customer_params = UNSET
        else:
            customer_params = CustomerParams.from_dict(_customer_params)

        thread_identifier = d.pop("thread_identifier", UNSET)

        positive_feedback = d.pop("positive_feedback", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: RespanParamsProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = RespanParamsProperties.from_dict(_properties)

        request_breakdown = d.pop("request_breakdown", UNSET)

        _load_balance_group = d.pop("load_balance_group", UNSET)
        load_balance_group: LoadBalanceGroup | Unset
        if isinstance(_load_balance_group, Unset):
            load_balance_group = UNSET
        else:
            load_balance_group = LoadBalanceGroup.from_dict(_load_balance_group)

        _load_balance_models = d.pop("load_balance_models", UNSET)
        load_balance_models: list[LoadBalanceModel] | Unset = UNSET
        if _load_balance_models is not UNSET:
            load_balance_models = []
            for load_balance_models_item_data in _load_balance_models:
                load_balance_models_item = LoadBalanceModel.from_dict(load_balance_models_item_data)

                load_balance_models.append(load_balance_models_item)

        retries = d.pop("retries", UNSET)

        weight = d.pop("weight", UNSET)

        span_name = d.pop("span_name", UNSET)

        respan_params = cls(
            fallback_models,
            customer_credentials,
            credential_override,
            cache_enabled,
            cache_ttl,
            cache_options,
            prompt,
            retry_params,
            disable_log,
            model_name_map,
            models,
            exclude_providers,
            exclude_models,
            metadata,
            custom_identifier,
            customer_identifier,
            customer_params,
            thread_identifier,
            positive_feedback,
            properties,
            request_breakdown,
            load_balance_group,
            load_balance_models,
            retries,
            weight,
            span_name,
        )

        respan_params.additional_properties = d
        return respan_params

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once RespanParams exists, so that models which contain each other load in either order.
from ..models.cache_options import CacheOptions
from ..models.credential_override import CredentialOverride
from ..models.customer_params import CustomerParams
from ..models.load_balance_group import LoadBalanceGroup
from ..models.load_balance_model import LoadBalanceModel
from ..models.prompt_params import PromptParams
from ..models.provider_credentials import ProviderCredentials
from ..models.respan_params_metadata import RespanParamsMetadata
from ..models.respan_params_model_name_map import RespanParamsModelNameMap
from ..models.respan_params_properties import RespanParamsProperties
from ..models.retry_params import RetryParams
