from typing import Literal, cast

AccessProgramsCyber = Literal["daybreak_blue", "daybreak_red", "standard"]

ACCESS_PROGRAMS_CYBER_VALUES: set[AccessProgramsCyber] = {
    "daybreak_blue",
    "daybreak_red",
    "standard",
}


def check_access_programs_cyber(value: str) -> AccessProgramsCyber:
    if isinstance(value, str):
        return cast("AccessProgramsCyber", value)
    raise TypeError(f"Expected a str for AccessProgramsCyber, got {type(value).__name__}")
