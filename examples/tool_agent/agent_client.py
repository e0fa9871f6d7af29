"""The same tool-calling agent with this project's generated client (respan-gateway-client): it asks the model,
runs the tool calls the model makes (get_weather), sends their results back, and returns the final answer.

Reads RESPAN_BASE_URL (default https://api.respan.ai) and RESPAN_API_KEY.
Usage: python examples/tool_agent/agent_client.py [QUESTION]
"""

from __future__ import annotations

import sys
from typing import Final

from respan_gateway_client import AuthenticatedClient, RespanError, create_client
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.models import (
    AssistantMessage,
    ChatCustomTool,
    ChatTool,
    CreateChatCompletionRequest,
    FunctionDefinition,
    FunctionParameters,
    SystemMessage,
    ToolCall,
    ToolMessage,
    UnknownChatTool,
    UserMessage,
)
from respan_gateway_client.types import Unset

from examples.tool_agent.weather import DESCRIPTION, PARAMETERS, TOOL_NAME, run_tool

MODEL: Final = "gpt-4o-mini"
MAX_TURNS: Final = 5
SYSTEM: Final = "You answer questions about the weather. Use get_weather; answer in one sentence."


class AgentError(RuntimeError):
    """The model did not give a final answer within MAX_TURNS."""


def tools() -> list[ChatCustomTool | ChatTool | UnknownChatTool]:
    function = FunctionDefinition(
        name=TOOL_NAME, description=DESCRIPTION, parameters=FunctionParameters.from_dict(PARAMETERS)
    )
    return [ChatTool(type_="function", function=function)]


def answer(question: str, client: AuthenticatedClient | None = None) -> str:
    client = client or create_client()
    messages: list[SystemMessage | UserMessage | AssistantMessage | ToolMessage] = [
        SystemMessage(role="system", content=SYSTEM),
        UserMessage(role="user", content=question),
    ]
    for _ in range(MAX_TURNS):
        body = CreateChatCompletionRequest(model=MODEL, messages=list(messages), tools=tools())
        completion = create_chat_completion.sync(client=client, body=body)
        message = completion.choices[0].message
        if isinstance(message.tool_calls, Unset) or not message.tool_calls:
            refusal = message.refusal if isinstance(message.refusal, str) else ""
            return message.content or refusal
        messages.append(AssistantMessage(role="assistant", content=message.content, tool_calls=message.tool_calls))
        for call in message.tool_calls:
            if not isinstance(call, ToolCall):  # a custom tool's call: this agent offers functions only
                raise AgentError(f"the model called a tool this agent does not have: {call.to_dict()}")
            result = run_tool(call.function.name, call.function.arguments)
            messages.append(ToolMessage(role="tool", tool_call_id=call.id, content=result))
    raise AgentError(f"no final answer after {MAX_TURNS} turns")


if __name__ == "__main__":
    try:
        print(answer(" ".join(sys.argv[1:]) or "What is the weather in Paris?"))
    except (RespanError, AgentError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
