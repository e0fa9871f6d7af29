"""The capabilities a gateway may have, each a part of the contract that scenarios test."""

from __future__ import annotations

CAPABILITIES: dict[str, str] = {
    "chat": "POST chat/completions answers a plain request",
    "responses": "POST responses answers a plain request",
    "auth": "requests without a valid API key are refused with 401",
    "validation": "invalid requests get 400/415 with the error envelope naming the field",
    "chat_stream": "chat completions stream as server-sent events",
    "responses_stream": "Responses stream as server-sent events",
    "request_breakdown": "`request_breakdown: true` adds the metrics summary to the answer",
    "respan_headers": "Respan parameters are read from the base64-JSON headers",
    "load_balancing": "`load_balance_models` picks the serving model",
    "fallbacks": "`fallback_models` serve when the requested model fails",
    "cache": "`cache_enabled` serves repeats from a cache, marked by X-Respan-Cache",
    "prompts": "`prompt` renders a stored prompt template",
    "conversation": "`previous_response_id` continues a stored response",
    "hosted_tools": "OpenAI's hosted tools pass through: a web search tool gives a `web_search_call` output item",
}
