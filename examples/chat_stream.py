"""A chat completion streamed: each piece of text is printed as it arrives.

Reads RESPAN_BASE_URL (default https://api.respan.ai) and RESPAN_API_KEY.
Usage: python examples/chat_stream.py [PROMPT]
"""

from __future__ import annotations

import sys

from respan_gateway_client import RespanError, create_client
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.models import ChatStreamOptions, CreateChatCompletionRequest, UserMessage
from respan_gateway_client.types import Unset


def main(prompt: str) -> int:
    client = create_client()
    body = CreateChatCompletionRequest(
        model="gpt-4o-mini",
        messages=[UserMessage(role="user", content=prompt)],
        stream_options=ChatStreamOptions(include_usage=True),
    )
    with client, create_chat_completion.stream_sync(client=client, body=body) as stream:
        for chunk in stream:
            for choice in chunk.choices:
                if isinstance(choice.delta.content, str):
                    print(choice.delta.content, end="", flush=True)
            if chunk.usage is not None and not isinstance(chunk.usage, Unset):
                print(f"\n[{chunk.usage.total_tokens} tokens]", end="")
    print()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(" ".join(sys.argv[1:]) or "Count from one to five."))
    except (RespanError, ValueError) as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        sys.exit(1)
