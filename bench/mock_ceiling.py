"""The ceilings of the mock benchmarks: bare Starlette endpoints that return canned bytes without reading or
validating the request. POST /api/chat/completions returns the JSON in $BENCH_RESPONSE; with $BENCH_STREAM set,
it streams the server-sent events of that file (one body chunk per event) instead."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

BODY = Path(os.environ["BENCH_RESPONSE"]).read_bytes()
EVENTS = [event + b"\n\n" for event in BODY.split(b"\n\n") if event]


async def canned(request: Request) -> Response:
    return Response(BODY, media_type="application/json")


async def canned_stream(request: Request) -> Response:
    async def events() -> AsyncIterator[bytes]:
        for event in EVENTS:
            yield event

    return StreamingResponse(events(), media_type="text/event-stream")


app = Starlette(
    routes=[
        Route("/api/chat/completions", canned_stream if os.environ.get("BENCH_STREAM") else canned, methods=["POST"])
    ]
)
