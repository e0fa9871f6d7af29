"""The `respan-mock` command: `respan-mock serve --host 127.0.0.1 --port 8000 --config FILE`."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from typing import Any

from respan_mock._server import bind, create_server
from respan_mock._spec import SpecMissingError, version_text
from respan_mock.config import API_KEYS_ENV, DEV_API_KEY, ConfigError, MockConfig

DESCRIPTION = """\
A simulator of the Respan LLM gateway: POST /api/chat/completions and POST /api/responses (also under /v1/),
validated against the OpenAPI spec, with deterministic answers, streaming, the gateway's parameters
(fallbacks, retries, cache, prompts, load balancing, budgets, ...) and fault injection through the
`Prefer` header (code=503, latency=250, disconnect-after=3, retry-after=0). Inspection API: GET
/_mock/requests, POST /_mock/reset, GET /_mock/health."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="respan-mock", description=DESCRIPTION)
    parser.add_argument("--version", action=_Version, help="print the version and that of the spec, and exit")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = commands.add_parser(
        "serve",
        help="serve the mock gateway",
        description=f"Serve the mock gateway. API keys: `api_keys` of the config and ${API_KEYS_ENV} "
        f"(comma-separated); with neither, the dev key {DEV_API_KEY!r} is accepted.",
    )
    serve.add_argument(
        "--host", type=_host, default="127.0.0.1", help="address to bind (default: 127.0.0.1, loopback only)"
    )
    serve.add_argument("--port", type=_port, default=8000, help="port to bind; 0 picks a free one (default: 8000)")
    serve.add_argument("--config", metavar="FILE", help="YAML config file (see mock/config.example.yaml)")
    serve.add_argument(
        "--log-level",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
        help="server log level (default: info)",
    )
    serve.add_argument("--no-access-log", action="store_true", help="do not log one line per request")
    return parser


class _Version(argparse.Action):
    """argparse's `version` action, reading the bundled spec only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        try:
            print(version_text())
        except SpecMissingError as exc:
            parser.exit(2, f"respan-mock: {exc}\n")
        parser.exit()


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (0-65535)")
    return port


def _host(text: str) -> str:
    # An empty host would make the socket bind every interface, the opposite of the loopback default.
    if not text.strip():
        raise argparse.ArgumentTypeError("empty; give an address such as 127.0.0.1 (0.0.0.0 for every interface)")
    return text


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = MockConfig.from_file(args.config) if args.config else MockConfig()
    except ConfigError as exc:
        print(f"respan-mock: invalid config: {exc}", file=sys.stderr)
        return 2
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(f"respan-mock: cannot bind {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    port = sock.getsockname()[1]
    keys = config.accepted_api_keys()
    shown_keys = f"dev key {DEV_API_KEY!r}" if keys == (DEV_API_KEY,) else f"{len(keys)} configured key(s)"
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"respan-mock: serving http://{host}:{port} ({shown_keys}); Ctrl-C stops", flush=True)
    try:
        server = create_server(config, log_level=args.log_level, access_log=not args.no_access_log)
    except SpecMissingError as exc:
        print(f"respan-mock: {exc}", file=sys.stderr)
        return 2
    # What exists now (the spec, its compiled validators, the config) lives as long as the process: keep it out
    # of the collector's full passes, which otherwise scan it all and stall streams under load.
    gc.collect()
    gc.freeze()
    server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
