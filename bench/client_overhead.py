"""Per-call overhead of a non-stream chat completion: this client vs raw httpx + json.loads vs the openai SDK, all
over the same in-process httpx transport answering a canned ~600-byte ChatCompletion (no network: only
client-side cost is measured). Each call builds its request the way a user of that library would.

Goal (issue 4): at most 1.3x raw httpx. Prints the ratios measured in this run.
Usage: python bench/client_overhead.py [--calls N] [--repeats R]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

import httpx
import httpx2
import openai
from _client_fixtures import API_KEY, BASE_URL, MESSAGES, completion_transport, median_seconds
from respan_gateway_client import create_client
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.models import CreateChatCompletionRequest, UserMessage


def raw_httpx(calls: int) -> Callable[[], None]:
    client = httpx.Client(
        base_url=BASE_URL, transport=completion_transport(), headers={"Authorization": f"Bearer {API_KEY}"}
    )

    def run() -> None:
        for _ in range(calls):
            response = client.post("/api/chat/completions", json={"model": "gpt-4o-mini", "messages": MESSAGES})
            completion = json.loads(response.content)
            assert completion["choices"][0]["message"]["content"]

    return run


def this_client(calls: int) -> Callable[[], None]:
    client = create_client(api_key=API_KEY, base_url=BASE_URL, transport=completion_transport())

    def run() -> None:
        for _ in range(calls):
            body = CreateChatCompletionRequest(
                model="gpt-4o-mini", messages=[UserMessage(role="user", content="Say hello.")]
            )
            completion = create_chat_completion.sync(client=client, body=body)
            assert completion.choices[0].message.content

    return run


def openai_sdk(calls: int) -> Callable[[], None]:
    http_client = httpx2.Client(transport=completion_transport(http=httpx2))
    client = openai.OpenAI(api_key=API_KEY, base_url=f"{BASE_URL}/api", http_client=http_client)

    def run() -> None:
        for _ in range(calls):
            completion = client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": MESSAGES[0]["content"]}]
            )
            assert completion.choices[0].message.content

    return run


def main(calls: int, repeats: int) -> None:
    runs = {
        "raw httpx + json.loads": raw_httpx(calls),
        "respan-gateway-client": this_client(calls),
        "openai SDK": openai_sdk(calls),
    }
    seconds = median_seconds(runs, repeats=repeats)
    raw = seconds["raw httpx + json.loads"]
    print(f"non-stream chat completion, {calls:,} calls per run, median of {repeats} interleaved runs:")
    for name, value in seconds.items():
        print(f"  {name:24} {value / calls * 1e6:8.1f} us/call  {value / raw:5.2f}x raw")
    print("  goal: this client <= 1.30x raw")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=1_000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    main(args.calls, args.repeats)
