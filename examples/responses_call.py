"""A call of the Responses API (POST /api/responses), then its stream of typed events.

Reads RESPAN_BASE_URL (default https://api.respan.ai) and RESPAN_API_KEY.
Usage: python examples/responses_call.py [PROMPT]
"""

from __future__ import annotations

import sys

from respan_gateway_client import RespanError, create_client
from respan_gateway_client.api.responses import create_response
from respan_gateway_client.models import (
    CreateResponseRequest,
    OutputMessage,
    OutputText,
    ResponseCompletedEvent,
    ResponseOutputTextDeltaEvent,
)


def main(prompt: str) -> int:
    client = create_client()
    body = CreateResponseRequest(model="gpt-4o-mini", input_=prompt, instructions="Answer briefly.")
    with client:
        response = create_response.sync(client=client, body=body)
        texts = [
            part.text
            for item in response.output
            if isinstance(item, OutputMessage)
            for part in item.content
            if isinstance(part, OutputText)
        ]
        print(f"{response.id} ({response.status}): {' '.join(texts)}")

        print("streamed: ", end="")
        for count, event in enumerate(create_response.stream_sync(client=client, body=body), start=1):
            if isinstance(event, ResponseOutputTextDeltaEvent):
                print(event.delta, end="", flush=True)
            elif isinstance(event, ResponseCompletedEvent):
                print(f"\n[{event.response.id} {event.response.status} after {count} events]")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(" ".join(sys.argv[1:]) or "What is the capital of France?"))
    except (RespanError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
