"""Profile files: what a bad one says, and how declared capabilities steer probing."""

from __future__ import annotations

from pathlib import Path

import pytest
from respan_contract import Profile, ProfileError


def test_the_shipped_profiles_load() -> None:
    loaded = []
    for path in (Path(__file__).resolve().parents[2] / "contract" / "profiles").glob("*.yaml"):
        if not path.name.endswith(".config.yaml"):
            profile = Profile.load(path)
            assert profile.model and profile.name == path.stem
            loaded.append(profile.name)
    assert sorted(loaded) == ["litellm", "respan-gateway", "respan-mock"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "a profile is a mapping"),
        ({"modle": "x"}, "unknown key(s) modle"),
        ({"supports": ["cash"]}, "unknown capabilit(ies) cash"),
        ({"supports": ["cache"], "lacks": ["cache"]}, "cache both supported and lacking"),
        ({"model": ""}, "`model` must be a non-empty string"),
        ({"prompt": {"id": "p"}}, "`prompt` needs `id` and `renders`"),
    ],
)
def test_a_bad_profile_names_the_problem(data: object, message: str) -> None:
    with pytest.raises(ProfileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Profile.from_dict(data, source="p.yaml")
