"""The tool of the example agent: a (fake) weather service, and its description for the model."""

from __future__ import annotations

import json
from typing import Any, Final

TOOL_NAME: Final = "get_weather"
DESCRIPTION: Final = "The current weather in a city."
PARAMETERS: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {"city": {"type": "string", "description": "The city, e.g. Paris"}},
    "required": ["city"],
    "additionalProperties": False,
}
_WEATHER: Final = {"paris": (18, "sunny"), "lyon": (21, "cloudy"), "oslo": (4, "snowing")}


def get_weather(city: str) -> dict[str, Any]:
    celsius, sky = _WEATHER.get(city.lower(), (15, "clear"))
    return {"city": city, "celsius": celsius, "sky": sky}


def run_tool(name: str, arguments: str) -> str:
    """Run the tool the model called, with its JSON arguments; the result as JSON text for the model. A call the
    application cannot run is answered with an error the model can read, not an exception."""
    if name != TOOL_NAME:
        return json.dumps({"error": f"unknown tool {name!r}"})
    try:
        city = json.loads(arguments)["city"]
    except (ValueError, KeyError, TypeError):
        return json.dumps({"error": "arguments must be a JSON object with a city"})
    return json.dumps(get_weather(str(city)))
