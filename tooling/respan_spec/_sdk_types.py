"""The openai SDK's types as plain shapes: what a value of a type may be (objects with their fields and tags, lists,
maps, literal values, primitive kinds), so that they can be compared with JSON Schemas.

The SDK describes requests with TypedDicts and answers with pydantic models; unions of either are told apart by a
`Literal` field (`type`, or `role` for chat messages), which becomes the object's tag.
"""

from __future__ import annotations

import collections.abc
import types
import typing
from dataclasses import dataclass, field
from typing import Any

import typing_extensions

TAG_KEYS = ("type", "role")  # the field that tells union members apart, in order of preference
PRIMITIVES = {str: "string", int: "integer", float: "number", bool: "boolean"}
_WRAPPERS = {typing.Required, typing.NotRequired, typing_extensions.ReadOnly}
_LISTS = {list, collections.abc.Iterable, collections.abc.Sequence, tuple, set, frozenset}
_MAPS = {dict, collections.abc.Mapping, collections.abc.MutableMapping}


@dataclass
class SdkObject:
    """A TypedDict or pydantic model: its wire field names with their types, and its tag values."""

    tp: type
    fields: dict[str, Any]
    tags: dict[str, set[str]]  # tag key -> the Literal values of that field


@dataclass
class SdkShapes:
    """Everything a value of one SDK type may be."""

    objects: list[SdkObject] = field(default_factory=list)
    items: list[Any] = field(default_factory=list)  # the item types of the list forms
    values: list[Any] = field(default_factory=list)  # the value types of the map forms
    literals: set[Any] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)  # primitive kinds: string, integer, number, boolean
    anything: bool = False  # `object` / `Any`: a free-form value
    null: bool = False  # `Optional[...]`: None is one of the forms


def shapes(tp: Any) -> SdkShapes:
    """The shapes of the SDK type `tp` (unions flattened, wrappers dropped, None noted)."""
    found = SdkShapes()
    _collect(tp, found)
    return found


def _collect(tp: Any, found: SdkShapes) -> None:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Annotated or origin in _WRAPPERS:
        _collect(args[0], found)
    elif origin in (typing.Union, types.UnionType):
        for arg in args:
            _collect(arg, found)
    elif origin is typing.Literal:
        found.literals.update(args)
    elif origin in _LISTS:
        found.items.append(args[0] if args else Any)
    elif origin in _MAPS:
        found.values.append(args[1] if len(args) == 2 else Any)
    elif tp is type(None):
        found.null = True
    elif tp in PRIMITIVES:
        found.kinds.add(PRIMITIVES[tp])
    elif tp in (object, Any) or tp in _MAPS:
        found.anything = True
    elif isinstance(tp, typing_extensions.TypeAliasType):
        _collect(tp.__value__, found)
    elif _is_object(tp):
        found.objects.append(_object(tp))
    else:
        found.anything = True  # a type this walker does not know: nothing to compare below it


def _is_object(tp: Any) -> bool:
    return isinstance(tp, type) and (typing_extensions.is_typeddict(tp) or hasattr(tp, "model_fields"))


def _object(tp: type) -> SdkObject:
    fields = _typeddict_fields(tp) if typing_extensions.is_typeddict(tp) else _model_fields(tp)
    tags: dict[str, set[str]] = {}
    for key in TAG_KEYS:
        if key in fields:
            literal = shapes(fields[key]).literals
            if literal and all(isinstance(value, str) for value in literal):
                tags[key] = set(literal)
    return SdkObject(tp, fields, tags)


def _typeddict_fields(tp: type) -> dict[str, Any]:
    hints = typing_extensions.get_type_hints(tp, include_extras=True)
    return {_alias(hint) or name: hint for name, hint in hints.items()}


def _model_fields(tp: Any) -> dict[str, Any]:
    return {info.alias or name: info.annotation for name, info in tp.model_fields.items()}


def _alias(hint: Any) -> str | None:
    """The wire name a TypedDict key is sent under (`Annotated[..., PropertyInfo(alias=...)]`)."""
    while typing.get_origin(hint) in _WRAPPERS:
        hint = typing.get_args(hint)[0]
    for meta in getattr(hint, "__metadata__", ()):
        alias = getattr(meta, "alias", None)
        if isinstance(alias, str) and alias != "None":
            return alias
    return None
