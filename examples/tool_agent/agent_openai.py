"""A small tool-calling agent on the Respan gateway, with the openai SDK: it asks the model, runs the tool calls
the model makes (get_weather), sends their results back, and returns the model's final answer.

Reads OPENAI_BASE_URL (the gateway, e.g. https://api.respan.ai/api) and OPENAI_API_KEY (a Respan key).
Usage: python examples/tool_agent/agent_openai.py [QUESTION]
"""

from __future__ import annotations

import sys
from typing import Any, Final

import openai
from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam

from examples.tool_agent.weather import DESCRIPTION, PARAMETERS, TOOL_NAME, run_tool

MODEL: Final = "gpt-4o-mini"
MAX_TURNS: Final = 5
TOOLS: Final[list[ChatCompletionToolParam]] = [
    {"type": "function", "function": {"name": TOOL_NAME, "description": DESCRIPTION, "parameters": PARAMETERS}}
]
SYSTEM: Final = "You answer questions about the weather. Use get_weather; answer in one sentence."


class AgentError(RuntimeError):
    """The model did not give a final answer within MAX_TURNS."""


def answer(question: str, client: openai.OpenAI | None = None) -> str:
    client = client or openai.OpenAI()
    messages: list[ChatCompletionMessageParam] = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": question},
    ]
    for _ in range(MAX_TURNS):
        completion = client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS)
        message = completion.choices[0].message
        if not message.tool_calls:
            return message.content or message.refusal or ""
        calls: list[Any] = [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.function.name, "arguments": call.function.arguments},
            }
            for call in message.tool_calls
            if call.type == "function"
        ]
        messages.append({"role": "assistant", "content": message.content, "tool_calls": calls})
        for call in calls:
            result = run_tool(call["function"]["name"], call["function"]["arguments"])
            messages.append({"role": "tool", "tool_call_id": call["id"], "content": result})
    raise AgentError(f"no final answer after {MAX_TURNS} turns")


if __name__ == "__main__":
    try:
        print(answer(" ".join(sys.argv[1:]) or "What is the weather in Paris?"))
    except (openai.OpenAIError, AgentError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
