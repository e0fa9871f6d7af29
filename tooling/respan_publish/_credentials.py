"""Credentials for a package index, found the way twine finds them: environment first, then the keyring."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import keyring
from keyring.errors import KeyringError

from respan_publish._errors import PublishError


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str = field(repr=False)


def find_credentials(index_url: str) -> Credentials:
    """TWINE_USERNAME/TWINE_PASSWORD, else the keyring entry of `index_url` (`keyring set URL USER`)."""
    username, password = os.environ.get("TWINE_USERNAME"), os.environ.get("TWINE_PASSWORD")
    if username and password:
        return Credentials(username, password)
    try:
        stored = keyring.get_credential(index_url, username)
    except KeyringError:
        stored = None
    if stored is not None and stored.username and stored.password:
        return Credentials(stored.username, stored.password)
    raise PublishError(
        f"no credentials for {index_url}: set TWINE_USERNAME and TWINE_PASSWORD, "
        f"or store them in the keyring with `keyring set {index_url} USERNAME`"
    )
