"""A curl command that repeats an HTTP request, with the API key left to an environment variable."""

from __future__ import annotations

import shlex

import httpx

API_KEY_VARIABLE = "RESPAN_API_KEY"


def curl_command(request: httpx.Request) -> str:
    parts = ["curl", "-sS", "-X", request.method]
    for name, value in request.headers.items():
        if name.lower() in ("host", "content-length", "accept-encoding", "connection", "user-agent", "accept"):
            continue
        if name.lower() == "authorization":
            # Double quotes so the shell expands the variable; the key itself never lands in a report.
            parts += ["-H", f'"Authorization: Bearer ${API_KEY_VARIABLE}"']
            continue
        parts += ["-H", shlex.quote(f"{name}: {value}")]
    body = request.content
    if body:
        parts += ["--data-binary", shlex.quote(body.decode("utf-8", errors="replace"))]
    parts.append(shlex.quote(str(request.url)))
    return " ".join(parts)
