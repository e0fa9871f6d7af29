"""A private package index: which releases of a project it holds (simple API), and uploads with twine."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version

from respan_publish._credentials import Credentials
from respan_publish._errors import PublishError


@dataclass(frozen=True)
class Index:
    """Where to upload (twine's repository URL), where to read (PEP 503 simple API), and as whom."""

    upload_url: str
    simple_url: str
    credentials: Credentials

    @classmethod
    def at(cls, upload_url: str, credentials: Credentials, simple_url: str | None = None) -> Index:
        """An index whose simple API is `<upload_url>/simple/` (pypiserver's layout) unless given."""
        _check_url(upload_url, "INDEX_URL")
        if simple_url is not None:
            _check_url(simple_url, "SIMPLE_URL")
        simple = simple_url or upload_url.rstrip("/") + "/simple/"
        return cls(upload_url, simple.rstrip("/") + "/", credentials)


def _check_url(url: str, name: str) -> None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading the port is what rejects "http://host:abc/"
    except ValueError as exc:
        raise PublishError(f"{name} is not a valid URL ({exc}): {url!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PublishError(f"{name} must be an http(s) URL with a host, got {url!r}")
    if parts.password is not None:  # it would be printed and logged with the URL
        raise PublishError(f"{name} must not hold a password: set TWINE_USERNAME and TWINE_PASSWORD instead")


def released_versions(index: Index, project: str) -> set[Version]:
    """Versions of `project` that the index itself holds (a redirect to another index counts as none)."""
    url = f"{index.simple_url}{canonicalize_name(project)}/"
    auth = (index.credentials.username, index.credentials.password)
    try:
        response = httpx.get(url, auth=auth, follow_redirects=False, timeout=30)
    except httpx.HTTPError as exc:
        raise PublishError(f"cannot reach the index at {url}: {exc}") from exc
    if response.status_code in (401, 403):
        raise _rejected(index, response.status_code)
    if response.status_code == 404 or response.is_redirect:
        return set()
    if response.status_code != 200:
        raise PublishError(f"the index answered {response.status_code} for {url}")
    return {version for name, version in _releases(response.text) if name == canonicalize_name(project)}


def upload(index: Index, files: list[Path]) -> None:
    """Upload with twine; the credentials travel in twine's environment, never on a command line."""
    command = [sys.executable, "-m", "twine", "--no-color", "upload", "--non-interactive", "--disable-progress-bar"]
    command += ["--repository-url", index.upload_url, *map(str, files)]
    env = {**os.environ, "TWINE_USERNAME": index.credentials.username, "TWINE_PASSWORD": index.credentials.password}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode == 0:
        return
    output = (done.stdout + done.stderr).strip()
    status = re.search(r"HTTPError: (\d{3})", output)
    if status and int(status.group(1)) in (401, 403):
        raise _rejected(index, int(status.group(1)))
    raise PublishError(f"uploading to {index.upload_url} failed:\n{output}")


def _rejected(index: Index, status: int) -> PublishError:
    return PublishError(
        f"the index at {index.upload_url} rejected the credentials of user {index.credentials.username!r} "
        f"(HTTP {status}): check TWINE_USERNAME and TWINE_PASSWORD (or the keyring entry)"
    )


class _Links(HTMLParser):
    """The file names a PEP 503 project page links to."""

    def __init__(self) -> None:
        super().__init__()
        self.files: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.files.append(href.split("#", 1)[0].rsplit("/", 1)[-1])


def _releases(page: str) -> list[tuple[str, Version]]:
    parser = _Links()
    parser.feed(page)
    found: list[tuple[str, Version]] = []
    for filename in parser.files:
        try:
            if filename.endswith(".whl"):
                name, version, _, _ = parse_wheel_filename(filename)
            else:
                name, version = parse_sdist_filename(filename)
        except (InvalidWheelFilename, InvalidSdistFilename):
            continue
        found.append((str(name), version))
    return found
