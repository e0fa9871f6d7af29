"""Profile files: what a bad one says, and how declared capabilities steer probing."""

from __future__ import annotations

from pathlib import Path

import pytest
from respan_contract import Profile, ProfileError
from respan_contract._profile import PROFILES, shipped_profiles


def test_the_shipped_profiles_load_by_name() -> None:
    assert shipped_profiles() == ["litellm", "respan-gateway", "respan-mock"]
    for name in shipped_profiles():
        profile = Profile.find(name)
        assert profile.model and profile.name == name


def test_a_profile_file_is_found_by_its_path_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("respan-mock").write_text("name: mine\n")
    assert Profile.find("respan-mock").name == "mine"
    assert Profile.find(str(PROFILES / "litellm.yaml")).name == "litellm"


def test_an_unknown_profile_names_the_shipped_ones() -> None:
    with pytest.raises(ProfileError) as caught:
        Profile.find("respan-mokc")
    assert str(caught.value) == (
        "bad profile: cannot read respan-mokc: No such file or directory "
        "(nor is it a shipped profile: litellm, respan-gateway, respan-mock)"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "a profile is a mapping"),
        ({"modle": "x"}, "unknown key(s) modle"),
        ({"supports": ["cash"]}, "unknown capabilit(ies) cash"),
        ({"supports": ["cache"], "lacks": ["cache"]}, "cache both supported and lacking"),
        ({"model": ""}, "`model` must be a non-empty string"),
        ({"prompt": {"id": "p"}}, "`prompt` needs `id` and `renders`"),
        ({"expect_failures": ["n_choices"]}, "`expect_failures` must map check or scenario names to the reason"),
        ({"expect_failures": {"n_choice": "x"}}, "`expect_failures`: unknown check or scenario 'n_choice'; known: "),
        ({"expect_failures": {"n_choices": " "}}, "`expect_failures.n_choices` must give the reason it fails"),
    ],
)
def test_a_bad_profile_names_the_problem(data: object, message: str) -> None:
    with pytest.raises(ProfileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Profile.from_dict(data, source="p.yaml")


def test_expect_failures_names_checks_and_scenarios() -> None:
    profile = Profile.from_dict(
        {"expect_failures": {"n_choices": "one choice only", "auth": "no keys yet", "ignored_auth": "same"}}
    )
    assert profile.expect_failures == {"n_choices": "one choice only", "auth": "no keys yet", "ignored_auth": "same"}
