"""`make contract-peers`: the contract kit against implementations nobody here wrote, each started on loopback,
and the compatibility table for the README (also written to REPORT_DIR/compatibility.md).

- respan-mock, served for real: the reference (our own implementation), for comparison.
- respan-gateway (PyPI, the Rust gateway) in front of respan-mock as its OpenAI-format upstream, under /v1.
- LiteLLM proxy (PyPI, from its own virtual environment, see contract/peers/) in front of respan-mock the same way,
  under /v1 (it serves the same handlers unprefixed too).
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import respan_gateway
from respan_contract import Profile, RunOptions, RunReport, Status, Target, run, summary_table, write_reports
from respan_contract._capabilities import CAPABILITIES
from respan_contract._profile import PROFILES
from respan_contract._report import headline, progress_line
from respan_contract._semantics import SEMANTIC_CHECKS
from respan_contract.scenarios.semantics import NAMES as SEMANTIC
from respan_mock import MockConfig, running
from respan_peers import PeerError, litellm_proxy

ROOT = Path(__file__).resolve().parents[1]
MOCK_KEY = "contract-key"  # in respan-mock.config.yaml
GATEWAY_KEY = "peer-client-key"
LITELLM_KEY = "sk-peer-client-key"


@dataclass(frozen=True)
class Where:
    """What a peer is started with: the mock's base URL, and where its installation and its logs are."""

    mock_url: str
    litellm_venv: Path
    report_dir: Path


@dataclass(frozen=True)
class Peer:
    name: str
    profile: str
    serve: Callable[[Where], contextlib.AbstractContextManager[Target]]


@contextlib.contextmanager
def _mock_itself(where: Where) -> Iterator[Target]:
    yield Target(base_url=where.mock_url, api_key=MOCK_KEY, name="respan-mock (reference)")


@contextlib.contextmanager
def _respan_gateway(where: Where) -> Iterator[Target]:
    config = {
        "providers": {"mock": {"vendor": "openai", "base_url": f"{where.mock_url}/v1", "key": MOCK_KEY}},
        "plugins": {"routing": {"listings": False}},
        "client_keys": [GATEWAY_KEY],
    }
    with respan_gateway.Gateway(config=config) as gateway, gateway.serve(host="127.0.0.1", port=0) as server:
        name = f"respan-gateway {respan_gateway.__version__} (upstream: respan-mock)"
        yield Target(base_url=server.url, api_key=GATEWAY_KEY, prefix="/v1", name=name)


@contextlib.contextmanager
def _litellm(where: Where) -> Iterator[Target]:
    log = where.report_dir / "litellm" / "litellm-proxy.log"
    with litellm_proxy(where.litellm_venv, f"{where.mock_url}/v1", MOCK_KEY, LITELLM_KEY, log) as proxy:
        name = f"LiteLLM proxy {proxy.version} (upstream: respan-mock)"
        yield Target(base_url=proxy.base_url, api_key=proxy.master_key, prefix="/v1", name=name)


PEERS = [
    Peer("respan-mock", "respan-mock.yaml", _mock_itself),
    Peer("respan-gateway", "respan-gateway.yaml", _respan_gateway),
    Peer("litellm", "litellm.yaml", _litellm),
]


def cell(report: RunReport, capability: str) -> str:
    results = [
        r for r in report.results if r.suite == "scenario" and r.capability == capability and r.name not in SEMANTIC
    ]
    has, _ = report.capabilities.get(capability, (False, ""))
    if not results:
        return "yes" if has else "not supported"
    if any(r.status in (Status.FAILED, Status.ERROR) for r in results):
        return "**fails**"
    if all(r.status is Status.NOT_SUPPORTED for r in results):
        return "not supported"
    return "passes"


def table(reports: dict[str, RunReport]) -> str:
    names = list(reports)
    lines = ["| Capability | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    property_cells = []
    for report in reports.values():
        blocks = [r for r in report.results if r.suite == "property"]
        failed = sum(r.status is not Status.PASSED for r in blocks)
        property_cells.append(f"{len(blocks) - failed}/{len(blocks)} blocks pass ({report.generated_cases} cases)")
    lines.append("| property tests (Schemathesis) | " + " | ".join(property_cells) + " |")
    lines.append("| summary | " + " | ".join(headline(report) for report in reports.values()) + " |")
    for capability in CAPABILITIES:
        lines.append(f"| {capability} | " + " | ".join(cell(reports[name], capability) for name in names) + " |")
    for check in SEMANTIC_CHECKS:
        row = " | ".join(semantic_cell(reports[name], check.name) for name in names)
        lines.append(f"| semantics: {check.name} (`{check.judges.split(' (')[0]}`) | {row} |")
    return "\n".join(lines)


def semantic_cell(report: RunReport, check: str) -> str:
    """A semantic check's verdict: its property-test rows (answers judged and failed) and its scenario."""
    rows = [row for row in report.checks if row.check == check]
    judged, failed = sum(row.judged for row in rows), sum(row.failed for row in rows)
    scenario = next((r for r in report.results if r.suite == "scenario" and r.name == check), None)
    if scenario is not None and scenario.status is Status.NOT_SUPPORTED:
        return "not supported" if not failed else f"**fails** ({failed}/{judged} answers)"
    scenario_failed = scenario is not None and scenario.status in (Status.FAILED, Status.ERROR)
    if failed or scenario_failed:
        where = [f"{failed}/{judged} answers"] if failed else []
        where += ["scenario"] if scenario_failed else []
        return f"**fails** ({', '.join(where)})"
    return "passes" if judged or scenario is not None else "not judged"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--report-dir", type=Path, default=Path("reports/peers"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-examples", type=int, default=30)
    parser.add_argument("--litellm-venv", type=Path, default=ROOT / "build" / "litellm-venv")
    parser.add_argument("--peer", action="append", choices=[peer.name for peer in PEERS], help="only this (repeatable)")
    args = parser.parse_args()
    reports: dict[str, RunReport] = {}
    with running(MockConfig.from_file(PROFILES / "respan-mock.config.yaml")) as mock_url:
        where = Where(mock_url=mock_url, litellm_venv=args.litellm_venv, report_dir=args.report_dir)
        for peer in PEERS:
            if args.peer and peer.name not in args.peer:
                continue
            with peer.serve(where) as target:
                print(f"== {target.label}", flush=True)
                options = RunOptions(
                    seed=args.seed, max_examples=args.max_examples, profile=Profile.load(PROFILES / peer.profile)
                )
                report = run(target, options, on_result=lambda result: print(progress_line(result), flush=True))
            print(summary_table(report))
            write_reports(report, args.report_dir / peer.name)
            reports[peer.name] = report
    markdown = table(reports)
    args.report_dir.mkdir(parents=True, exist_ok=True)
    (args.report_dir / "compatibility.md").write_text(markdown + "\n")
    print("\n" + markdown)
    return 0


if __name__ == "__main__":
    # Stopped with SIGTERM, unwind as on Ctrl-C, so that the peers' processes (LiteLLM proxy) are stopped too.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        sys.exit(main())
    except PeerError as exc:
        sys.exit(f"contract-peers: {exc}")
