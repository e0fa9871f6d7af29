"""Parsing a 10,000-chunk chat completion stream: events/s of this client, the openai SDK, and raw httpx-sse +
json.loads, all over the same in-process httpx transport (no network: only client-side cost is measured).

Goal (issue 4): faster than the openai SDK and at least 0.7x raw. Prints the ratios measured in this run.
Usage: python bench/client_stream.py [--events N] [--repeats R]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

import httpx
import httpx2
import openai
from _client_fixtures import API_KEY, BASE_URL, MESSAGES, median_seconds, stream_transport
from httpx_sse import EventSource
from respan_gateway_client import create_client
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.models import CreateChatCompletionRequest, UserMessage


def raw_httpx_sse(events: int) -> Callable[[], None]:
    client = httpx.Client(base_url=BASE_URL, transport=stream_transport(events))

    def run() -> None:
        seen = 0
        body = {"model": "gpt-4o-mini", "messages": MESSAGES, "stream": True}
        with client.stream("POST", "/api/chat/completions", json=body) as response:
            for sse in EventSource(response).iter_sse():
                if sse.data == "[DONE]":
                    break
                json.loads(sse.data)
                seen += 1
        assert seen == events

    return run


def this_client(events: int) -> Callable[[], None]:
    client = create_client(api_key=API_KEY, base_url=BASE_URL, transport=stream_transport(events))

    def run() -> None:
        message = UserMessage(role="user", content="Say hello.")
        body = CreateChatCompletionRequest(model="gpt-4o-mini", messages=[message])
        seen = sum(1 for _ in create_chat_completion.stream_sync(client=client, body=body))
        assert seen == events

    return run


def openai_sdk(events: int) -> Callable[[], None]:
    http_client = httpx2.Client(transport=stream_transport(events, http=httpx2))
    client = openai.OpenAI(api_key=API_KEY, base_url=f"{BASE_URL}/api", http_client=http_client)

    def run() -> None:
        stream = client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": MESSAGES[0]["content"]}], stream=True
        )
        seen = sum(1 for _ in stream)
        assert seen == events

    return run


def main(events: int, repeats: int) -> None:
    runs = {
        "raw httpx-sse + json.loads": raw_httpx_sse(events),
        "respan-gateway-client": this_client(events),
        "openai SDK": openai_sdk(events),
    }
    seconds = median_seconds(runs, repeats=repeats)
    raw = seconds["raw httpx-sse + json.loads"]
    print(f"chat stream of {events:,} chunks, median of {repeats} interleaved runs (events/s, ratio to raw):")
    for name, value in seconds.items():
        print(f"  {name:28} {events / value:>10,.0f}/s  {raw / value:5.2f}x")
    ours, sdk = seconds["respan-gateway-client"], seconds["openai SDK"]
    print(f"  goal: >= 0.70x raw and faster than the openai SDK (this client: {sdk / ours:.1f}x the SDK's speed)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    main(args.events, args.repeats)
