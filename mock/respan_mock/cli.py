"""The `respan-mock` command: `respan-mock serve --host 127.0.0.1 --port 8000 --config FILE --fixtures DIR`, and
`respan-mock record --upstream URL --out DIR`, and `respan-mock example-config`."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import math
import signal
import sys
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from starlette.applications import Starlette

from respan_mock._fixtures import FixtureError
from respan_mock._record import Recorder, create_record_server
from respan_mock._server import bind, create_server
from respan_mock._spec import SpecMissingError, version_text
from respan_mock.config import API_KEYS_ENV, DEV_API_KEY, ConfigError, MockConfig, example_config_text

DESCRIPTION = """\
A simulator of the Respan LLM gateway: POST /api/chat/completions and POST /api/responses (also under /v1/),
validated against the OpenAPI spec, with deterministic answers, streaming, the gateway's parameters
(fallbacks, retries, cache, prompts, load balancing, budgets, ...) and fault injection through the
`Prefer` header (code=503, latency=250, disconnect-after=3, retry-after=0), and scripted answers from fixture
files (`serve --fixtures`), which `record` writes from real traffic. Inspection API: GET /_mock/requests,
POST /_mock/reset, GET /_mock/health, GET/POST/DELETE /_mock/fixtures."""


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
    serve.add_argument(
        "--config", metavar="FILE", help="YAML config file (`respan-mock example-config` prints one with every key)"
    )
    serve.add_argument(
        "--fixtures",
        metavar="PATH",
        action="append",
        default=[],
        help="fixture file, or folder of *.yaml/*.yml/*.json fixture files (repeatable; after the config's)",
    )
    serve.add_argument(
        "--strict", action="store_true", help="a request no fixture matches is an error, not a synthetic answer"
    )
    serve.add_argument(
        "--speed",
        type=_speed,
        metavar="FACTOR",
        help="run fixture delays (latency, time to first token, token pace) FACTOR times faster (default: 1)",
    )
    serve.add_argument(
        "--log-level",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
        help="server log level (default: info)",
    )
    serve.add_argument("--no-access-log", action="store_true", help="do not log one line per request")
    commands.add_parser(
        "example-config",
        help="print a config file with every key, its default and what it does",
        description="Print a commented config file with every key (`respan-mock example-config > mock.yaml`), to "
        "start yours from; `serve --config mock.yaml` reads it.",
    )
    record = commands.add_parser(
        "record",
        help="record exchanges with a real gateway as fixture files, checking them against the spec",
        description="A proxy in front of a gateway (or any server of this API): it forwards each request and streams "
        "the answer back as it arrives, checks both against the spec event by event, and writes each exchange as "
        "a fixture file in --out (credentials are never written). `serve --fixtures DIR` replays them. On exit it "
        "prints what it found and exits 1 when the spec was violated. Journal: GET /_mock/requests.",
    )
    record.add_argument("--upstream", type=_upstream, required=True, metavar="URL", help="the gateway to forward to")
    record.add_argument("--out", required=True, metavar="DIR", help="folder for the fixture files (made if missing)")
    record.add_argument("--host", type=_host, default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    record.add_argument("--port", type=_port, default=8000, help="port to bind; 0 picks a free one (default: 8000)")
    record.add_argument(
        "--timeout", type=_speed, default=600.0, metavar="SECONDS", help="upstream read timeout (default: 600)"
    )
    record.add_argument(
        "--log-level",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
        help="server log level (default: info)",
    )
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


def _upstream(text: str) -> str:
    parsed = urllib.parse.urlsplit(text)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise argparse.ArgumentTypeError(f"not an http(s) URL with a host: {text!r}")
    try:
        parsed.port  # noqa: B018 - raises on a port out of range
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad port in {text!r}") from None
    return text


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (0-65535)")
    return port


def _speed(text: str) -> float:
    try:
        speed = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not (math.isfinite(speed) and speed > 0):
        raise argparse.ArgumentTypeError(f"{text} is not a positive number")
    return speed


def _host(text: str) -> str:
    # An empty host would make the socket bind every interface, the opposite of the loopback default.
    if not text.strip():
        raise argparse.ArgumentTypeError("empty; give an address such as 127.0.0.1 (0.0.0.0 for every interface)")
    return text


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "record":
        return _record(args)
    if args.command == "example-config":
        sys.stdout.write(example_config_text())
        return 0
    try:
        config = MockConfig.from_file(args.config) if args.config else MockConfig()
    except ConfigError as exc:
        print(f"respan-mock: invalid config: {exc}", file=sys.stderr)
        return 2
    config = _with_fixture_options(config, args)
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(f"respan-mock: cannot bind {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    port = sock.getsockname()[1]
    keys = config.accepted_api_keys()
    shown_keys = f"dev key {DEV_API_KEY!r}" if keys == (DEV_API_KEY,) else f"{len(keys)} configured key(s)"
    host = f"[{args.host}]" if ":" in args.host else args.host
    try:
        server = create_server(config, log_level=args.log_level, access_log=not args.no_access_log)
    except FixtureError as exc:
        sock.close()
        print(f"respan-mock: invalid fixtures: {exc}", file=sys.stderr)
        return 2
    except SpecMissingError as exc:
        sock.close()
        print(f"respan-mock: {exc}", file=sys.stderr)
        return 2
    if config.fixtures.paths or config.fixtures.strict:  # say what answers, before the first request
        count = len(cast(Starlette, server.config.app).state.fixtures)
        mode = ", strict" if config.fixtures.strict else ""
        print(f"respan-mock: {count} fixture(s) loaded{mode}", flush=True)
    print(f"respan-mock: serving http://{host}:{port} ({shown_keys}); Ctrl-C stops", flush=True)
    # What exists now (the spec, its compiled validators, the config) lives as long as the process: keep it out
    # of the collector's full passes, which otherwise scan it all and stall streams under load.
    gc.collect()
    gc.freeze()
    server.run(sockets=[sock])
    return 0


def _record(args: argparse.Namespace) -> int:
    try:
        recorder = Recorder(args.upstream, Path(args.out), timeout=args.timeout)
    except OSError as exc:
        print(f"respan-mock: cannot write fixtures to {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(f"respan-mock: cannot bind {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(
        f"respan-mock: recording http://{host}:{sock.getsockname()[1]} -> {args.upstream} into {args.out}; "
        "Ctrl-C stops",
        flush=True,
    )
    # uvicorn stops on SIGINT or SIGTERM, then raises the signal again: end quietly either way, with the summary.
    signal.signal(signal.SIGTERM, _interrupt)
    with contextlib.suppress(KeyboardInterrupt):
        create_record_server(recorder, log_level=args.log_level).run(sockets=[sock])
    print(recorder.summary(), flush=True)
    return 1 if recorder.findings else 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _with_fixture_options(config: MockConfig, args: argparse.Namespace) -> MockConfig:
    settings = config.fixtures
    return dataclasses.replace(
        config,
        fixtures=dataclasses.replace(
            settings,
            paths=settings.paths + tuple(args.fixtures),
            strict=settings.strict or args.strict,
            speed=args.speed if args.speed is not None else settings.speed,
        ),
    )


if __name__ == "__main__":
    sys.exit(main())
