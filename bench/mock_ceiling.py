"""The throughput ceiling of the mock benchmark: a bare Starlette endpoint that returns canned bytes (a real
mock response, read from $BENCH_RESPONSE) without reading or validating the request."""

from __future__ import annotations

import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BODY = Path(os.environ["BENCH_RESPONSE"]).read_bytes()


async def canned(request: Request) -> Response:
    return Response(BODY, media_type="application/json")


app = Starlette(routes=[Route("/api/chat/completions", canned, methods=["POST"])])
