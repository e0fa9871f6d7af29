"""A chat completion through the Respan gateway.

Reads RESPAN_BASE_URL (default https://api.respan.ai) and RESPAN_API_KEY.
Usage: python examples/chat_completion.py [PROMPT]
"""

from __future__ import annotations

import sys

from respan_gateway_client import RespanError, create_client
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.models import CreateChatCompletionRequest, SystemMessage, UserMessage


def main(prompt: str) -> int:
    client = create_client()
    body = CreateChatCompletionRequest(
        model="gpt-4o-mini",
        messages=[
            SystemMessage(role="system", content="You are a helpful assistant."),
            UserMessage(role="user", content=prompt),
        ],
        max_tokens=100,
    )
    with client:
        completion = create_chat_completion.sync(client=client, body=body)
    choice = completion.choices[0]
    print(choice.message.content)
    print(f"[model {completion.model}, finish_reason {choice.finish_reason}, id {completion.id}]")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(" ".join(sys.argv[1:]) or "Say hello in five words."))
    except (RespanError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
