"""Respan parameters sent in the X-Data-Respan-Params header: client-wide defaults plus per-call parameters.

The client encodes RespanParams as base64 of compact JSON; top-level body fields and `respan_params` in the body
still win over the header (the gateway's merge order).
Reads RESPAN_BASE_URL (default https://api.respan.ai) and RESPAN_API_KEY.
Usage: python examples/respan_params_header.py
"""

from __future__ import annotations

import sys

from respan_gateway_client import RespanError, create_client, encode_respan_params
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.models import CreateChatCompletionRequest, RespanParams, RespanParamsMetadata, UserMessage


def main() -> int:
    defaults = RespanParams(
        customer_identifier="customer-42",
        metadata=RespanParamsMetadata.from_dict({"app": "examples"}),
    )
    per_call = RespanParams(
        fallback_models=["claude-3-5-sonnet-20241022"],
        thread_identifier="thread-1",
        disable_log=True,
    )
    print("X-Data-Respan-Params of this call:", encode_respan_params(per_call))
    client = create_client(respan_params=defaults)
    body = CreateChatCompletionRequest(model="gpt-4o-mini", messages=[UserMessage(role="user", content="Hello!")])
    with client:
        detailed = create_chat_completion.sync_detailed(client=client, body=body, respan_params=per_call)
    assert detailed.parsed is not None
    print(detailed.parsed.choices[0].message.content)
    print(f"[log id {detailed.headers.get('X-Respan-Log-Id', 'none')}]")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RespanError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
