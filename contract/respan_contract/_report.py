"""A run's report: the summary table for the terminal, and on disk JUnit XML, HTML and a shell script of curl
reproductions of every failure."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from pathlib import Path

from respan_contract._curl import API_KEY_VARIABLE
from respan_contract._results import RunReport, Status, TestResult

JUNIT = "junit.xml"
HTML = "report.html"
REPRODUCE = "reproduce.sh"


def totals(report: RunReport) -> str:
    counts = {status: report.count(status) for status in Status}
    return (
        f"{counts[Status.PASSED]} passed, {counts[Status.FAILED]} failed, "
        f"{counts[Status.NOT_SUPPORTED]} not supported, {counts[Status.ERROR]} errors"
    )


def progress_line(result: TestResult) -> str:
    amount = f"{result.cases} {'cases' if result.suite == 'property' else 'requests'}"
    return f"  {result.status.value:<13} {result.suite:<8} {result.name:<44} {amount:>13} {result.seconds:6.1f}s"


def summary_table(report: RunReport) -> str:
    lines = [f"Contract test of {report.target} against spec {report.spec_version} (seed {report.seed})", ""]
    header = f"  {'status':<13} {'suite':<8} {'test':<44} {'capability':<18} {'amount':>8}  first finding / reason"
    lines += [header, "  " + "-" * (len(header) - 2)]
    for result in report.results:
        first = result.findings[0].title if result.findings else result.detail
        lines.append(
            f"  {result.status.value:<13} {result.suite:<8} {result.name:<44} {result.capability or '':<18} "
            f"{result.cases:>8}  {first[:70]}"
        )
    if report.capabilities:
        lines += ["", "  Capabilities:"]
        for name, (has, why) in report.capabilities.items():
            lines.append(f"    {'yes' if has else 'no ':<4} {name:<18} {why}")
    negative = sum(result.negative_cases for result in report.results)
    lines += ["", f"  {report.generated_cases} generated cases ({negative} invalid on purpose); {totals(report)}"]
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
    for suite in ("property", "scenario"):
        results = [result for result in report.results if result.suite == suite]
        element = ET.SubElement(
            root,
            "testsuite",
            name=suite,
            tests=str(len(results)),
            failures=str(sum(r.status is Status.FAILED for r in results)),
            errors=str(sum(r.status is Status.ERROR for r in results)),
            skipped=str(sum(r.status is Status.NOT_SUPPORTED for r in results)),
            time=f"{sum(r.seconds for r in results):.3f}",
        )
        properties = ET.SubElement(element, "properties")
        ET.SubElement(properties, "property", name="seed", value=str(report.seed))
        ET.SubElement(properties, "property", name="spec_version", value=report.spec_version)
        for result in results:
            case = ET.SubElement(
                element,
                "testcase",
                classname=f"respan_contract.{suite}",
                name=result.name,
                time=f"{result.seconds:.3f}",
            )
            if result.status is Status.NOT_SUPPORTED:
                ET.SubElement(case, "skipped", message=f"not supported: {result.detail}")
            elif result.status in (Status.FAILED, Status.ERROR):
                tag = "failure" if result.status is Status.FAILED else "error"
                message = result.findings[0].title if result.findings else result.detail
                ET.SubElement(case, tag, message=message).text = _finding_text(result)
    xml: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml


def _finding_text(result: TestResult) -> str:
    blocks = [result.detail] if result.detail else []
    for finding in result.findings:
        block = f"{finding.title}\n{finding.message}".strip()
        if finding.curl:
            block += f"\nReproduce: {finding.curl}"
        blocks.append(block)
    return "\n\n".join(blocks)


def html_report(report: RunReport) -> str:
    esc = html.escape
    rows = "".join(
        f"<tr class='{r.status.name.lower()}'><td>{esc(r.status.value)}</td><td>{esc(r.suite)}</td>"
        f"<td><a href='#r{i}'>{esc(r.name)}</a></td><td>{esc(r.capability or '')}</td><td>{r.cases}</td>"
        f"<td>{r.seconds:.1f}s</td></tr>"
        for i, r in enumerate(report.results)
    )
    capabilities = "".join(
        f"<tr><td>{esc(name)}</td><td>{'yes' if has else 'no'}</td><td>{esc(why)}</td></tr>"
        for name, (has, why) in report.capabilities.items()
    )
    details = ""
    for i, result in enumerate(report.results):
        if result.status in (Status.PASSED, Status.NOT_SUPPORTED) and not result.detail:
            continue
        details += f"<h3 id='r{i}'>{esc(result.suite)}: {esc(result.name)} ({esc(result.status.value)})</h3>"
        if result.detail:
            details += f"<p>{esc(result.detail)}</p>"
        for finding in result.findings:
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
tr.not_supported td {{ color: #777; }} pre {{ background: #f6f6f6; padding: 0.6em; white-space: pre-wrap; }}
</style></head><body>
<h1>Contract test of {esc(report.target)}</h1>
<p>Spec {esc(report.spec_version)}; seed {report.seed} (repeat with <code>--seed {report.seed}</code>);
{report.generated_cases} generated cases;
<strong>{esc(totals(report))}</strong>.</p>
<h2>Results</h2>
<table><tr><th>status</th><th>suite</th><th>test</th><th>capability</th><th>cases / requests</th><th>time</th></tr>
{rows}</table>
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
    for result in report.results:
        for finding in result.findings:
            if finding.curl:
                title = " ".join(finding.title.split())
                lines += [f"# {result.suite} {result.name}: {title}", finding.curl, ""]
    if len(lines) == 4:
        lines.append("# No failure to reproduce.")
    return "\n".join(lines) + "\n"
