"""Building and publishing a release to a real password-protected index (a tiny project stands in for the client)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.credentials import SimpleCredential
from packaging.version import Version
from respan_publish import (
    Credentials,
    Index,
    PublishError,
    build_distributions,
    find_credentials,
    find_distributions,
    publish,
    released_versions,
)

from .conftest import PASSWORD, USER, RunningIndex, start_index, stop


def tiny_project(root: Path, version: str = "1.0.0", name: str = "tiny-pkg") -> Path:
    """A small project built by the same backend as the three packages (uv_build)."""
    module = name.replace("-", "_")
    (root / module).mkdir(parents=True)
    (root / module / "__init__.py").write_text("VALUE = 42\n")
    (root / "README.md").write_text(f"# {name}\n\nStands in for the client.\n")
    (root / "pyproject.toml").write_text(
        f'[project]\nname = "{name}"\nversion = "{version}"\ndescription = "A stand-in."\n'
        'readme = "README.md"\nrequires-python = ">=3.11"\n\n'
        f'[tool.uv.build-backend]\nmodule-name = "{module}"\nmodule-root = ""\n\n'
        '[build-system]\nrequires = ["uv_build>=0.12.0,<0.13.0"]\nbuild-backend = "uv_build"\n'
    )
    return root


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tiny-pkg 1.0.0 built once for the module: a directory with its wheel and sdist."""
    root = tmp_path_factory.mktemp("release")
    build_distributions(tiny_project(root / "project"), root / "dist", "1.0.0")
    return root / "dist"


def index_for(running: RunningIndex, password: str = PASSWORD) -> Index:
    return Index.at(running.url, Credentials(USER, password))


def test_build_makes_a_checked_wheel_and_sdist_of_the_spec_version(release: Path) -> None:
    dists = find_distributions(release)
    assert (dists.name, dists.version) == ("tiny-pkg", Version("1.0.0"))
    assert dists.wheel.name == "tiny_pkg-1.0.0-py3-none-any.whl"
    assert dists.sdist.name == "tiny_pkg-1.0.0.tar.gz"
    with zipfile.ZipFile(dists.wheel) as wheel:
        assert wheel.read("tiny_pkg/__init__.py") == b"VALUE = 42\n"


def test_build_refuses_a_project_generated_from_another_spec_version(tmp_path: Path) -> None:
    with pytest.raises(
        PublishError, match=r"declares version 1.0.0 but the spec's info.version is 1.1.0.*make generate"
    ):
        build_distributions(tiny_project(tmp_path / "project"), tmp_path / "dist", "1.1.0")
    assert not (tmp_path / "dist").exists()


def test_build_refuses_a_directory_without_a_project(tmp_path: Path) -> None:
    with pytest.raises(PublishError, match=r"cannot read project.version from .*pyproject.toml"):
        build_distributions(tmp_path, tmp_path / "dist", "1.0.0")


def test_twine_check_failures_stop_the_build(tmp_path: Path) -> None:
    project = tiny_project(tmp_path / "project")
    (project / "README.md").write_text("")  # an empty long description fails `twine check --strict`
    with pytest.raises(PublishError, match="twine check failed"):
        build_distributions(project, tmp_path / "dist", "1.0.0")


def test_a_release_is_published_once_and_a_second_publish_is_refused(
    private_index: RunningIndex, release: Path
) -> None:
    index, dists = index_for(private_index), find_distributions(release)
    assert released_versions(index, "tiny-pkg") == set()
    publish([dists], index)
    assert released_versions(index, "tiny-pkg") == {Version("1.0.0")}
    assert sorted(p.name for p in private_index.packages.iterdir()) == sorted([dists.sdist.name, dists.wheel.name])
    stored = {p: p.stat().st_mtime_ns for p in private_index.packages.iterdir()}
    with pytest.raises(PublishError, match=r"tiny-pkg 1.0.0 is already on .*published versions are immutable"):
        publish([dists], index)
    assert {p: p.stat().st_mtime_ns for p in private_index.packages.iterdir()} == stored


def test_releases_are_published_together_or_not_at_all(private_index: RunningIndex, tmp_path: Path) -> None:
    """`make publish` uploads the client, the mock and the kit: one already there stops all of them."""
    index = index_for(private_index)
    first = build_distributions(tiny_project(tmp_path / "first"), tmp_path / "dist", "1.0.0")
    second = build_distributions(tiny_project(tmp_path / "second", name="tiny-other"), tmp_path / "dist", "1.0.0")
    assert sorted(path.name for path in (tmp_path / "dist").iterdir()) == sorted(
        path.name for path in [*first.files, *second.files]
    )  # two builds into one directory: both releases are there
    publish([second], index)
    stored = sorted(path.name for path in private_index.packages.iterdir())
    with pytest.raises(PublishError, match=r"tiny-other 1.0.0 is already on"):
        publish([first, second], index)
    assert sorted(path.name for path in private_index.packages.iterdir()) == stored  # tiny-pkg was not uploaded
    assert released_versions(index, "tiny-pkg") == set()


def test_a_wrong_password_is_a_clear_error_and_uploads_nothing(private_index: RunningIndex, release: Path) -> None:
    with pytest.raises(PublishError, match=rf"rejected the credentials of user '{USER}' \(HTTP 40[13]\)"):
        publish([find_distributions(release)], index_for(private_index, "wrong password"))
    assert list(private_index.packages.iterdir()) == []


def test_a_wrong_password_is_caught_at_upload_when_the_index_is_readable_by_all(tmp_path: Path, release: Path) -> None:
    server, running = start_index(tmp_path / "index", "update")
    try:
        with pytest.raises(PublishError, match=rf"rejected the credentials of user '{USER}' \(HTTP 40[13]\)"):
            publish([find_distributions(release)], index_for(running, "wrong password"))
        assert list(running.packages.iterdir()) == []
    finally:
        stop(server)


def test_an_unreachable_index_is_a_clear_error(release: Path) -> None:
    index = Index.at("http://127.0.0.1:9/", Credentials(USER, PASSWORD))  # port 9 (discard): nothing listens
    with pytest.raises(PublishError, match=r"cannot reach the index at http://127.0.0.1:9/simple/tiny-pkg/"):
        publish([find_distributions(release)], index)


def test_an_index_url_that_is_not_http_is_refused() -> None:
    with pytest.raises(PublishError, match="INDEX_URL must be an http"):
        Index.at("127.0.0.1:8080", Credentials(USER, PASSWORD))


@pytest.mark.parametrize(
    ("url", "simple_url", "message"),
    [
        ("http://[::1", None, "INDEX_URL is not a valid URL (Invalid IPv6 URL): 'http://[::1'"),
        ("http://host:port/", None, "INDEX_URL is not a valid URL (Port could not be cast"),
        ("https:///simple/", None, "INDEX_URL must be an http(s) URL with a host, got 'https:///simple/'"),
        ("https://pypi.internal.example/", "ftp://x/", "SIMPLE_URL must be an http(s) URL with a host"),
    ],
)
def test_a_malformed_index_url_is_named(url: str, simple_url: str | None, message: str) -> None:
    with pytest.raises(PublishError, match=re.escape(message)):
        Index.at(url, Credentials(USER, PASSWORD), simple_url)


def test_an_index_url_holding_a_password_is_refused() -> None:
    with pytest.raises(PublishError, match="INDEX_URL must not hold a password: set TWINE_USERNAME"):
        Index.at("https://ci:hunter2@pypi.internal.example/", Credentials(USER, PASSWORD))


def test_credentials_come_from_the_environment(credentials: None) -> None:
    assert find_credentials("http://127.0.0.1:1/") == Credentials(USER, PASSWORD)


class _MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:  # the base class only reads optional settings from the environment
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)

    def get_credential(self, service: str, username: str | None) -> SimpleCredential | None:
        for (stored_service, stored_user), password in self.entries.items():
            if stored_service == service and username in (None, stored_user):
                return SimpleCredential(stored_user, password)
        return None


def test_credentials_come_from_the_keyring_when_the_environment_has_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWINE_USERNAME", raising=False)
    monkeypatch.delenv("TWINE_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    memory = _MemoryKeyring()
    memory.set_password("http://index.internal/", USER, PASSWORD)
    keyring.set_keyring(memory)
    try:
        assert find_credentials("http://index.internal/") == Credentials(USER, PASSWORD)
        with pytest.raises(PublishError, match=r"no credentials for http://other.internal/: set TWINE_USERNAME"):
            find_credentials("http://other.internal/")
    finally:
        keyring.set_keyring(previous)
