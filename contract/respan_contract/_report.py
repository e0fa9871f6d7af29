"""A run's report: the summary table for the terminal, and on disk JUnit XML (a test case per property block, per
check and operation, and per scenario), HTML and a shell script of curl reproductions of every failure."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from respan_contract._curl import API_KEY_VARIABLE
from respan_contract._results import CheckResult, RunReport, Status, TestResult
from respan_contract.scenarios.semantics import NAMES

JUNIT = "junit.xml"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
HTML = "report.html"
REPRODUCE = "reproduce.sh"
# How a check's rows of both operations add up to one status, worst first.
_SKIPPED = (Status.NOT_SUPPORTED, Status.SKIPPED, Status.EXPECTED_FAILURE)  # as JUnit counts them
_WORST_FIRST = (Status.FAILED, Status.EXPECTED_FAILURE, Status.UNEXPECTED_PASS, Status.PASSED, Status.SKIPPED)


def totals(report: RunReport) -> str:
    counts = {status: report.count(status) for status in Status}
    text = (
        f"{counts[Status.PASSED]} passed, {counts[Status.FAILED]} failed, "
        f"{counts[Status.NOT_SUPPORTED]} not supported, {counts[Status.ERROR]} errors"
    )
    if counts[Status.EXPECTED_FAILURE] or counts[Status.UNEXPECTED_PASS]:
        text += (
            f", {counts[Status.EXPECTED_FAILURE]} expected failures, {counts[Status.UNEXPECTED_PASS]} unexpected passes"
        )
    return text


@dataclass
class CheckSummary:
    """A check over both operations, as the summary table shows it."""

    check: str
    family: str
    judges: str
    status: Status
    judged: int
    skipped: int
    failed: int
    first: str  # the first finding, or why it is listed under expect_failures


def check_summaries(report: RunReport) -> list[CheckSummary]:
    by_name: dict[str, list[CheckResult]] = {}
    for row in report.checks:
        by_name.setdefault(row.check, []).append(row)
    summaries = []
    for name, rows in by_name.items():
        status = next(status for status in _WORST_FIRST if any(row.status is status for row in rows))
        findings = [finding for row in rows for finding in row.findings]
        first = _first_line(findings[0].message, findings[0].title) if findings else ""
        if rows[0].expected is not None:
            first = f"expected to fail: {rows[0].expected}" + (f"; {first}" if first else "")
        summaries.append(
            CheckSummary(
                name,
                rows[0].family,
                rows[0].judges,
                status,
                sum(row.judged for row in rows),
                sum(row.skipped for row in rows),
                sum(row.failed for row in rows),
                first,
            )
        )
    return sorted(summaries, key=lambda summary: (summary.family != "shape", summary.check))


def _first_line(message: str, title: str) -> str:
    """What a finding says in one line: a semantic check's first problem, else its title."""
    lines = message.splitlines()
    return lines[1].removeprefix("- ") if len(lines) > 1 and lines[1].startswith("- request ") else title


def headline(report: RunReport) -> str:
    """'shape: pass, semantics: 3 failures, scenarios: pass': the failing checks of each family, and scenarios."""
    summaries = check_summaries(report)
    semantic = {s.check: s.status for s in summaries if s.family == "semantics"}
    for result in report.results:
        if result.suite == "scenario" and result.name in NAMES and result.status is Status.FAILED:
            semantic[result.name] = Status.FAILED
    parts = []
    if summaries:
        shape = [s.status for s in summaries if s.family == "shape"]
        parts += [_family("shape", shape), _family("semantics", list(semantic.values()))]
    scenarios = [r.status for r in report.results if r.suite == "scenario" and r.name not in NAMES]
    if scenarios:
        parts.append(_family("scenarios", scenarios))
    return ", ".join(parts)


def _family(name: str, statuses: list[Status]) -> str:
    failed = sum(status in (Status.FAILED, Status.ERROR) for status in statuses)
    expected = sum(status is Status.EXPECTED_FAILURE for status in statuses)
    text = f"{name}: {failed} failure{'s' if failed != 1 else ''}" if failed else f"{name}: pass"
    return text + (f" ({expected} expected)" if expected else "")


def progress_line(result: TestResult) -> str:
    amount = f"{result.cases} {'cases' if result.suite == 'property' else 'requests'}"
    return f"  {result.status.value:<16} {result.suite:<8} {result.name:<44} {amount:>13} {result.seconds:6.1f}s"


def summary_table(report: RunReport) -> str:
    lines = [f"Contract test of {report.target} against spec {report.spec_version} (seed {report.seed})", ""]
    header = f"  {'status':<16} {'suite':<8} {'test':<44} {'capability':<18} {'amount':>8}  first finding / reason"
    lines += [header, "  " + "-" * (len(header) - 2)]
    for result in report.results:
        first = result.findings[0].title if result.findings else result.detail
        if result.expected is not None:
            first = f"expected to fail: {result.expected}" + (f"; {first}" if first else "")
        lines.append(
            f"  {result.status.value:<16} {result.suite:<8} {result.name:<44} {result.capability or '':<18} "
            f"{result.cases:>8}  {first[:70]}"
        )
    summaries = check_summaries(report)
    if summaries:
        lines += ["", "  Checks of the property tests (both operations; judged: answers a check applied to)", ""]
        header = (
            f"  {'status':<16} {'family':<10} {'check':<30} {'judged':>7} {'skipped':>8} {'failed':>7}"
            "  judges / first finding"
        )
        lines += [header, "  " + "-" * (len(header) - 2)]
        for s in summaries:
            note = s.first or s.judges
            lines.append(
                f"  {s.status.value:<16} {s.family:<10} {s.check:<30} {s.judged:>7} {s.skipped:>8} {s.failed:>7}  "
                f"{note[:80]}"
            )
    if report.capabilities:
        lines += ["", "  Capabilities:"]
        for name, (has, why) in report.capabilities.items():
            lines.append(f"    {'yes' if has else 'no ':<4} {name:<18} {why}")
    negative = sum(result.negative_cases for result in report.results)
    lines += [""]
    if headline(report):
        lines.append(f"  {headline(report)}")
    lines.append(f"  {report.generated_cases} generated cases ({negative} invalid on purpose); {totals(report)}")
    stale = sorted({s.check for s in summaries if s.status is Status.UNEXPECTED_PASS})
    stale += [r.name for r in report.results if r.status is Status.UNEXPECTED_PASS]
    if stale:
        lines.append(f"  Listed under expect_failures but passed (remove from the profile): {', '.join(stale)}")
    return "\n".join(lines)


def write_reports(report: RunReport, directory: Path) -> list[Path]:
    """JUnit XML, HTML and curl reproductions in `directory` (created); returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / JUNIT, directory / HTML, directory / REPRODUCE]
    paths[0].write_bytes(junit_xml(report))
    paths[1].write_text(html_report(report))
    paths[2].write_text(reproductions(report))
    paths[2].chmod(0o755)
    return paths


def junit_xml(report: RunReport) -> bytes:
    root = ET.Element("testsuites", name=f"respan-contract {report.target}")
    for suite in ("property", "checks", "scenario"):
        items: list[TestResult | CheckResult] = (
            list(report.checks) if suite == "checks" else [r for r in report.results if r.suite == suite]
        )
        element = ET.SubElement(
            root,
            "testsuite",
            name=suite,
            tests=str(len(items)),
            failures=str(sum(item.status is Status.FAILED for item in items)),
            errors=str(sum(item.status is Status.ERROR for item in items)),
            skipped=str(
                sum(item.status in (Status.NOT_SUPPORTED, Status.SKIPPED, Status.EXPECTED_FAILURE) for item in items)
            ),
            time=f"{sum(r.seconds for r in items if isinstance(r, TestResult)):.3f}",
        )
        properties = ET.SubElement(element, "properties")
        ET.SubElement(properties, "property", name="seed", value=str(report.seed))
        ET.SubElement(properties, "property", name="spec_version", value=report.spec_version)
        for item in items:
            _junit_case(element, suite, item)
    xml: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml


def _junit_case(suite_element: ET.Element, suite: str, item: TestResult | CheckResult) -> None:
    if isinstance(item, CheckResult):
        case = ET.SubElement(suite_element, "testcase", classname=f"respan_contract.{item.family}", name=item.name)
        counts = ET.SubElement(case, "properties")
        for name in ("judged", "skipped", "failed"):
            ET.SubElement(counts, "property", name=name, value=str(getattr(item, name)))
        never = f"never applied: no answer to judge ({item.judges or 'nothing it checks'} was never asked for)"
        skipped_reason = never if item.status is Status.SKIPPED else ""
    else:
        case = ET.SubElement(
            suite_element, "testcase", classname=f"respan_contract.{suite}", name=item.name, time=f"{item.seconds:.3f}"
        )
        skipped_reason = f"not supported: {item.detail}" if item.status is Status.NOT_SUPPORTED else ""
    if skipped_reason:
        ET.SubElement(case, "skipped", message=_xml(skipped_reason))
    elif item.status is Status.EXPECTED_FAILURE:
        ET.SubElement(case, "skipped", message=_xml(f"expected failure: {item.expected}")).text = _finding_text(item)
    elif item.status is Status.UNEXPECTED_PASS:
        ET.SubElement(case, "system-out").text = _xml(f"Listed under expect_failures ({item.expected}) but passed.")
    elif item.status in (Status.FAILED, Status.ERROR):
        tag = "failure" if item.status is Status.FAILED else "error"
        detail = item.detail if isinstance(item, TestResult) else ""
        message = item.findings[0].title if item.findings else detail
        ET.SubElement(case, tag, message=_xml(message)).text = _finding_text(item)


def _xml(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold (a fuzzed body's NUL byte made junit.xml unreadable):
    each becomes its escape, as Python writes it."""
    return _NOT_XML.sub(lambda match: repr(match.group())[1:-1], text)


def _finding_text(item: TestResult | CheckResult) -> str:
    detail = item.detail if isinstance(item, TestResult) else ""
    blocks = [detail] if detail else []
    for finding in item.findings:
        block = f"{finding.title}\n{finding.message}".strip()
        if finding.curl:
            block += f"\nReproduce: {finding.curl}"
        blocks.append(block)
    return _xml("\n\n".join(blocks))


def html_report(report: RunReport) -> str:
    esc = html.escape
    rows = "".join(
        f"<tr class='{r.status.name.lower()}'><td>{esc(r.status.value)}</td><td>{esc(r.suite)}</td>"
        f"<td><a href='#r{i}'>{esc(r.name)}</a></td><td>{esc(r.capability or '')}</td><td>{r.cases}</td>"
        f"<td>{r.seconds:.1f}s</td></tr>"
        for i, r in enumerate(report.results)
    )
    check_rows = "".join(
        f"<tr class='{c.status.name.lower()}'><td>{esc(c.status.value)}</td><td>{esc(c.family)}</td>"
        f"<td><a href='#c{i}'>{esc(c.check)}</a></td><td>{esc(c.operation)}</td><td>{esc(c.judges)}</td>"
        f"<td>{c.judged}</td><td>{c.skipped}</td><td>{c.failed}</td></tr>"
        for i, c in enumerate(report.checks)
    )
    capabilities = "".join(
        f"<tr><td>{esc(name)}</td><td>{'yes' if has else 'no'}</td><td>{esc(why)}</td></tr>"
        for name, (has, why) in report.capabilities.items()
    )
    details = ""
    items: list[tuple[str, TestResult | CheckResult]] = [(f"r{i}", r) for i, r in enumerate(report.results)]
    items += [(f"c{i}", c) for i, c in enumerate(report.checks)]
    for anchor, item in items:
        detail = item.detail if isinstance(item, TestResult) else ""
        if not item.findings and not detail:
            continue
        where = f"{item.suite}: {item.name}" if isinstance(item, TestResult) else f"check: {item.name}"
        details += f"<h3 id='{anchor}'>{esc(where)} ({esc(item.status.value)})</h3>"
        if item.expected is not None:
            details += f"<p>Expected to fail: {esc(item.expected)}</p>"
        if detail:
            details += f"<p>{esc(detail)}</p>"
        for finding in item.findings:
            details += f"<h4>{esc(finding.title)}</h4><pre>{esc(finding.message)}</pre>"
            if finding.curl:
                details += (
                    f"<p>Reproduce (with ${API_KEY_VARIABLE} set):</p><pre class='curl'>{esc(finding.curl)}</pre>"
                )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>respan-contract: {esc(report.target)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; }} table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #ccc; padding: 0.2em 0.6em; text-align: left; }}
tr.failed td, tr.error td {{ background: #fdd; }} tr.passed td:first-child {{ background: #dfd; }}
tr.expected_failure td:first-child, tr.unexpected_pass td:first-child {{ background: #ffd; }}
tr.not_supported td, tr.skipped td {{ color: #777; }}
pre {{ background: #f6f6f6; padding: 0.6em; white-space: pre-wrap; }}
</style></head><body>
<h1>Contract test of {esc(report.target)}</h1>
<p>Spec {esc(report.spec_version)}; seed {report.seed} (repeat with <code>--seed {report.seed}</code>);
{report.generated_cases} generated cases; <strong>{esc(headline(report))}</strong>; {esc(totals(report))}.</p>
<h2>Results</h2>
<table><tr><th>status</th><th>suite</th><th>test</th><th>capability</th><th>cases / requests</th><th>time</th></tr>
{rows}</table>
<h2>Checks</h2>
<table><tr><th>status</th><th>family</th><th>check</th><th>operation</th><th>judges</th><th>judged</th><th>skipped</th>
<th>failed</th></tr>{check_rows}</table>
<h2>Capabilities</h2>
<table><tr><th>capability</th><th>has it</th><th>how the kit knows</th></tr>{capabilities}</table>
<h2>Failures</h2>
{details or "<p>None.</p>"}
</body></html>
"""


def reproductions(report: RunReport) -> str:
    lines = [
        "#!/bin/sh",
        f"# curl reproductions of the failures of the contract test of {report.target} (seed {report.seed}).",
        f"# Set {API_KEY_VARIABLE} to the API key first.",
        "",
    ]
    # A property failure once, from its check's row (a block repeats its checks' failures); then block errors.
    items: list[tuple[str, TestResult | CheckResult]] = [("check", check) for check in report.checks]
    items += [(r.suite, r) for r in report.results if r.suite == "scenario" or r.status is Status.ERROR]
    for label, item in items:
        expected = " (expected failure)" if item.status is Status.EXPECTED_FAILURE else ""
        for finding in item.findings:
            if finding.curl:
                title = " ".join(_first_line(finding.message, finding.title).split())
                lines += [f"# {label} {item.name}{expected}: {title}", finding.curl, ""]
    if len(lines) == 4:
        lines.append("# No failure to reproduce.")
    return "\n".join(lines) + "\n"
