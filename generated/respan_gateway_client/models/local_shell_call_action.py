from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalShellCallAction")


@_attrs_define
class LocalShellCallAction:
    """Execute a shell command on the server.

    Attributes:
        command (list[str]): The command to run.
        env (LocalShellCallActionEnv): Environment variables to set for the command.
        type_ (Literal['exec']): The type of the local shell action. Always `exec`.
        timeout_ms (int | None | Unset): Optional timeout in milliseconds for the command.
        user (None | str | Unset): Optional user to run the command as.
        working_directory (None | str | Unset): Optional working directory to run the command in.
    """

    command: list[str]
    env: LocalShellCallActionEnv
    type_: Literal["exec"]
    timeout_ms: int | None | Unset = UNSET
    user: None | str | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        env = self.env.to_dict()

        type_ = self.type_

        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        working_directory: None | str | Unset
        if isinstance(self.working_directory, Unset):
            working_directory = UNSET
        else:
            working_directory = self.working_directory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "env": env,
                "type": type_,
            }
        )
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if user is not UNSET:
            field_dict["user"] = user
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = cast("list[str]", d.pop("command"))

        env = LocalShellCallActionEnv.from_dict(d.pop("env"))

        type_ = cast("Literal['exec']", d.pop("type"))
        if type_ != "exec":
            raise ValueError(f"type must match const 'exec', got '{type_}'")

        timeout_ms: int | None | Unset = d.pop("timeout_ms", UNSET)

        user: None | str | Unset = d.pop("user", UNSET)

        working_directory: None | str | Unset = d.pop("working_directory", UNSET)

        local_shell_call_action = cls(
            command,
            env,
            type_,
            timeout_ms,
            user,
            working_directory,
        )

        local_shell_call_action.additional_properties = d
        return local_shell_call_action

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once LocalShellCallAction exists, so that models which contain each other load in either order.
from ..models.local_shell_call_action_env import LocalShellCallActionEnv
