"""Draft OpenAPI schemas from openai SDK types, for a maintainer closing drift findings (`python -m respan_spec
draft`). A draft is a starting point to review, name and place by hand, never written into openapi/ by a tool.

For each SDK class it writes an object schema: the class and field docstrings as descriptions, `required` from the
TypedDict's required keys or the model's required fields, `Optional` as a null alternative, `Literal` as
`const`/`enum`, unions of tagged objects as `oneOf` with a `type` discriminator. A request TypedDict and the answer
model of the same name (`McpCall`, `McpCallParam`) become one schema: properties of both, required by both.
Classes the spec already describes (matched by the drift walker) are referenced by their component name.
"""

from __future__ import annotations

import ast
import functools
import inspect
import sys
import typing
from typing import Any

import typing_extensions

from respan_spec._sdk_types import TAG_KEYS, shapes

_WRAPPERS = {typing.Required, typing.NotRequired, typing_extensions.ReadOnly, typing.Annotated}
_LISTS = {"list", "Iterable", "Sequence", "tuple", "set", "frozenset"}
_MAPS = {"dict", "Mapping", "MutableMapping"}
_PRIMITIVES = {str: "string", int: "integer", float: "number", bool: "boolean"}


class Drafter:
    """Drafts schemas for SDK classes. `known` maps classes the spec already has to their component names; `names`
    renames SDK classes (key `Class` or `module.Class`, both without the `Param` suffixes), and a class renamed to a
    component the spec has (`existing`) is referenced, not drafted."""

    def __init__(
        self, known: dict[type, str], names: dict[str, str] | None = None, existing: set[str] | None = None
    ) -> None:
        self._known = dict(known)
        self._renames = names or {}
        self._existing = existing or set()
        self._names: dict[type, str] = {}
        self._members: dict[str, list[type]] = {}
        self.schemas: dict[str, dict[str, Any]] = {}

    def draft(self, cls: type) -> str:
        """Draft `cls` (and every class it refers to that the spec lacks); its component name."""
        reference: str = self._reference(cls)["$ref"]
        return reference.rsplit("/", 1)[-1]

    def _reference(self, cls: type) -> dict[str, Any]:
        if cls in self._known:
            return {"$ref": f"#/schemas/{self._known[cls]}"}
        name = self._name(cls)
        if name in self._existing:
            return {"$ref": f"#/schemas/{name}"}
        if cls not in self._members.setdefault(name, []):
            self._members[name].append(cls)
            self._merge(name, self._object(cls))
        return {"$ref": f"#/schemas/{name}"}

    def _name(self, cls: type) -> str:
        if cls in self._names:
            return self._names[cls]
        base = cls.__name__.removesuffix("Param").removesuffix("Param")
        module = cls.__module__.rsplit(".", 1)[-1]
        keys = (f"{module}.{base}", f"{module.removesuffix('_param').removesuffix('_param')}.{base}", base)
        name = next((self._renames[key] for key in keys if key in self._renames), base)
        if name != base:
            self._names[cls] = name
            return name
        clash = self._members.get(name)
        if clash and not _same_concept(clash[0], cls):
            name = _camel(cls.__module__.rsplit(".", 1)[-1].removesuffix("_param")) + base
        self._names[cls] = name
        return name

    def _merge(self, name: str, schema: dict[str, Any]) -> None:
        old = self.schemas.get(name)
        if old is None:
            self.schemas[name] = schema
            return
        for key, prop in schema["properties"].items():
            old["properties"].setdefault(key, prop)
        required = [key for key in old.get("required", []) if key in schema.get("required", [])]
        old.pop("required", None)
        if required:
            old["required"] = required

    def _object(self, cls: type) -> dict[str, Any]:
        doc, field_docs = _docs(cls)
        schema: dict[str, Any] = {"type": "object"}
        if doc:
            schema["description"] = doc
        fields, required = _fields(cls)
        if required:
            schema["required"] = [name for name in fields if name in required]
        schema["properties"] = {}
        for name, tp in fields.items():
            prop = self._schema(tp)
            if field_docs.get(name) and "$ref" not in prop:
                prop = {**prop, "description": field_docs[name]}
                if field_docs[name].startswith("Deprecated"):
                    prop["deprecated"] = True
            schema["properties"][name] = prop
        return schema

    def _schema(self, tp: Any) -> dict[str, Any]:
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin in _WRAPPERS:
            return self._schema(args[0])
        if origin is typing.Union or isinstance(tp, type(int | str)):
            return self._union(list(args))
        if origin is typing.Literal:
            return _literal(list(args))
        if origin is not None and getattr(origin, "__name__", "") in _LISTS:
            return {"type": "array", "items": self._schema(args[0]) if args else {}}
        if origin is not None and getattr(origin, "__name__", "") in _MAPS:
            values = self._schema(args[1]) if len(args) == 2 else {}
            return {"type": "object", "additionalProperties": values or True}
        if tp in _PRIMITIVES:
            return {"type": _PRIMITIVES[tp]}
        if isinstance(tp, typing_extensions.TypeAliasType):
            return self._schema(tp.__value__)
        if isinstance(tp, type) and (typing_extensions.is_typeddict(tp) or hasattr(tp, "model_fields")):
            return self._reference(tp)
        return {}

    def _union(self, members: list[Any]) -> dict[str, Any]:
        nullable = type(None) in members
        members = [member for member in members if member is not type(None)]
        literal_types = [member for member in members if typing.get_origin(member) is typing.Literal]
        literals = [arg for member in literal_types for arg in typing.get_args(member)]
        others = [member for member in members if member not in literal_types]
        parts = ([_literal(literals)] if literals else []) + [self._schema(member) for member in others]
        if {} in parts:
            return {}  # one alternative is any value, null included
        if len(parts) == 1:
            schema = parts[0]
        else:
            tags = [_tag(member) for member in others]
            if not literals and all(tags) and len(set(tags)) == len(tags):
                mapping = {tag: part["$ref"] for tag, part in zip(tags, parts, strict=True)}
                schema = {"oneOf": parts, "discriminator": {"propertyName": "type", "mapping": mapping}}
            else:
                schema = {"anyOf": parts}
        if not nullable:
            return schema
        if set(schema) == {"type"} and isinstance(schema["type"], str):
            return {"type": [schema["type"], "null"]}
        if "anyOf" in schema:
            nulls = [{"type": "null"}] if {"type": "null"} not in schema["anyOf"] else []
            return {"anyOf": [*schema["anyOf"], *nulls]}
        return {"anyOf": [schema, {"type": "null"}]}


def _tag(tp: Any) -> str | None:
    """The single `type` literal of an SDK object type, if it is one."""
    found = shapes(tp)
    if len(found.objects) != 1:
        return None
    values = found.objects[0].tags.get("type", set())
    return next(iter(values)) if len(values) == 1 else None


def _literal(values: list[Any]) -> dict[str, Any]:
    kinds = {_PRIMITIVES.get(type(value), "string") for value in values}
    kind = kinds.pop() if len(kinds) == 1 else None
    schema: dict[str, Any] = {"type": kind} if kind else {}
    if len(values) == 1:
        schema["const"] = values[0]
    else:
        schema["enum"] = list(dict.fromkeys(values))
    return schema


def _fields(cls: type) -> tuple[dict[str, Any], set[str]]:
    """The wire fields of `cls` with their types, and which are required."""
    if typing_extensions.is_typeddict(cls):
        # Read from the annotations: under `from __future__ import annotations` (as in the SDK) Python 3.11 cannot
        # see `Required[...]` when it builds `__required_keys__`.
        hints = typing_extensions.get_type_hints(cls, include_extras=True)
        total = getattr(cls, "__total__", True)
        required = {name for name, hint in hints.items() if _required(hint, total)}
        return hints, required
    model_fields = cls.model_fields  # type: ignore[attr-defined]
    fields = {info.alias or name: info.annotation for name, info in model_fields.items()}
    required = {info.alias or name for name, info in model_fields.items() if info.is_required()}
    return fields, required


def _required(hint: Any, total: bool) -> bool:
    origin: Any = typing.get_origin(hint)
    return bool(origin is typing.Required or (total and origin is not typing.NotRequired))


def _same_concept(first: type, second: type) -> bool:
    """Two SDK classes of one name describe the same thing: one tag, or mostly the same fields."""
    one, two = shapes(first).objects[0], shapes(second).objects[0]
    for key in TAG_KEYS:
        if key in one.tags or key in two.tags:
            return one.tags.get(key) == two.tags.get(key)
    shared = set(one.fields) & set(two.fields)
    return len(shared) * 2 >= max(len(one.fields), len(two.fields))


def _camel(snake: str) -> str:
    return "".join(part.capitalize() for part in snake.split("_"))


def _docs(cls: type) -> tuple[str | None, dict[str, str]]:
    """The class docstring and the docstrings under its field annotations, read from the SDK's source."""
    classes = _module_docs(cls.__module__)
    doc, fields = classes.get(cls.__name__, (None, {}))
    for base in cls.__mro__[1:]:  # fields inherited from a base TypedDict or model
        for name, text in _module_docs(base.__module__).get(base.__name__, (None, {}))[1].items():
            fields.setdefault(name, text)
    return doc, fields


@functools.cache
def _module_docs(module_name: str) -> dict[str, tuple[str | None, dict[str, str]]]:
    module = sys.modules.get(module_name)
    try:
        tree = ast.parse(inspect.getsource(module)) if module else None
    except (OSError, TypeError):
        tree = None
    found: dict[str, tuple[str | None, dict[str, str]]] = {}
    for node in tree.body if tree else []:
        if isinstance(node, ast.ClassDef):
            fields, previous = {}, None
            for statement in node.body:
                if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                    previous = statement.target.id
                elif previous and isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                    fields[previous] = _clean(str(statement.value.value))
                    previous = None
                else:
                    previous = None
            docstring = ast.get_docstring(node)
            found[node.name] = (_clean(docstring) if docstring else None, fields)
    return found


def _clean(text: str) -> str:
    """A docstring as Markdown: the lines of a paragraph joined, lists and code blocks kept as they are."""
    return "\n\n".join(_paragraph(block) for block in inspect.cleandoc(text).split("\n\n") if block.strip())


def _paragraph(block: str) -> str:
    lines = [line.rstrip() for line in block.splitlines()]
    if any(line.lstrip().startswith(("- ", "* ", "```", "|")) or line[:3].rstrip(".").isdigit() for line in lines):
        return "\n".join(lines)
    return " ".join(line.strip() for line in lines)
