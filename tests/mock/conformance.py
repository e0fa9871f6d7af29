"""Checks a real HTTP response of the mock against the spec: documented status, documented headers valid,
body valid against the operation's schema for that status, and every server-sent event valid."""

from __future__ import annotations

import json
from typing import Any

import httpx
import jsonschema_rs


class Conformance:
    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec
        self._validators: dict[str, jsonschema_rs.Validator] = {}

    def validator(self, schema: dict[str, Any]) -> jsonschema_rs.Validator:
        key = json.dumps(schema, sort_keys=True)
        if key not in self._validators:
            root = {"components": self._spec["components"], **schema}
            self._validators[key] = jsonschema_rs.validator_for(root)
        return self._validators[key]

    def check(self, response: httpx.Response, path: str = "/api/chat/completions") -> list[dict[str, Any]]:
        """Assert that `response` conforms; return the parsed SSE events' data (empty for JSON responses)."""
        operation = self._spec["paths"][path]["post"]
        status = str(response.status_code)
        assert status in operation["responses"], f"undocumented status {status}: {response.text}"
        documented = self._resolve(operation["responses"][status])
        for name, header in documented.get("headers", {}).items():
            value = response.headers.get(name)
            schema = self._resolve(header)["schema"]
            if value is not None:
                typed: Any = int(value) if schema.get("type") == "integer" else value
                self._assert_valid(schema, typed, f"header {name}")
        media_type = response.headers["content-type"].split(";")[0].strip()
        assert media_type in documented["content"], f"undocumented media type {media_type}"
        schema = documented["content"][media_type]["schema"]
        if media_type == "application/json":
            self._assert_valid(schema, response.json(), "body")
            return []
        return self._check_events(schema, response.text)

    def _check_events(self, schema: dict[str, Any], text: str) -> list[dict[str, Any]]:
        event_schema = self._resolve(schema)
        data_schema = event_schema["properties"]["data"]
        content_schemas = [
            option["contentSchema"] for option in data_schema.get("anyOf", [data_schema]) if "contentSchema" in option
        ]
        events = []
        for block in text.strip().split("\n\n"):
            fields = dict(line.split(": ", 1) for line in block.split("\n"))
            assert "data" in fields, f"event without data: {block!r}"
            if fields["data"] == "[DONE]":
                events.append({"done": True})
                continue
            data = json.loads(fields["data"])
            # Valid when one alternative accepts it (chat: a chunk, or the error envelope that ends a stream).
            fitting = [schema for schema in content_schemas if self.validator(schema).is_valid(data)]
            if not fitting:
                self._assert_valid(content_schemas[0], data, f"event {fields.get('event', '')}")
            if "event" in fields:
                assert fields["event"] == data["type"]
            events.append(data)
        return events

    def _assert_valid(self, schema: dict[str, Any], value: Any, what: str) -> None:
        errors = [error.message for error in self.validator(schema).iter_errors(value)]
        assert not errors, f"{what} does not conform: {errors[:3]}\n{json.dumps(value)[:2000]}"

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self._spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node
