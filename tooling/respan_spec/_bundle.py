"""Bundle the multi-file spec under openapi/ into one self-contained OpenAPI document.

Convention of the spec's files: the root document holds paths that `$ref` whole path-item files, and every
component file is a mapping of component sections (`schemas`, `parameters`, `headers`, `responses`,
`examples`) to named components. A reference `file.yaml#/<section>/<Name>` (or `#/<section>/<Name>` inside
that file) becomes `#/components/<section>/<Name>` in the bundle. Names must be unique across files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from respan_spec._yaml import YamlFileError, read_yaml

SECTIONS = ("schemas", "parameters", "headers", "responses", "examples", "requestBodies", "links")


class BundleError(Exception):
    """The spec's files cannot be combined (unresolvable or ambiguous reference)."""


class _Bundler:
    def __init__(self) -> None:
        self._files: dict[Path, Any] = {}
        self._components: dict[str, dict[str, Any]] = {}
        self._origin: dict[tuple[str, str], Path] = {}

    def bundle(self, root: Path) -> dict[str, Any]:
        document = self._load(root)
        if not isinstance(document, dict):
            raise BundleError(f"{root}: the root document is not a mapping")
        bundled: dict[str, Any] = self._walk(document, root)
        components = bundled.setdefault("components", {})
        for section in SECTIONS:
            found = self._components.get(section)
            if found:
                own = components.get(section, {})
                merged = {**own, **found}
                components[section] = {name: merged[name] for name in sorted(merged)}
        return bundled

    def _load(self, path: Path) -> Any:
        path = path.resolve()
        if path not in self._files:
            try:
                self._files[path] = read_yaml(path)
            except YamlFileError as exc:
                raise BundleError(str(exc)) from None
        return self._files[path]

    def _walk(self, node: Any, base: Path) -> Any:
        if isinstance(node, list):
            return [self._walk(item, base) for item in node]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                ref = self._resolve_ref(value, base)
                if isinstance(ref, dict):  # a whole path-item file, inlined
                    out.update(ref)
                else:
                    out[key] = ref
            elif key == "discriminator" and isinstance(value, dict) and "mapping" in value:
                mapping = {name: self._resolve_ref(target, base) for name, target in value["mapping"].items()}
                out[key] = {**value, "mapping": mapping}
            else:
                out[key] = self._walk(value, base)
        return out

    def _resolve_ref(self, ref: str, base: Path) -> Any:
        file_part, _, pointer = ref.partition("#")
        target_file = (base.parent / file_part).resolve() if file_part else base.resolve()
        if not pointer:
            return self._walk(self._load(target_file), target_file)
        parts = pointer.strip("/").split("/")
        if parts[0] == "components":  # already a bundle-style reference in the root document
            return ref
        if len(parts) != 2 or parts[0] not in SECTIONS:
            raise BundleError(f"{base}: reference {ref!r} is not of the form file.yaml#/<section>/<Name>")
        section, name = parts
        self._register(section, name, target_file)
        return f"#/components/{section}/{name}"

    def _register(self, section: str, name: str, source: Path) -> None:
        key = (section, name)
        known = self._origin.get(key)
        if known is not None:
            if known != source:
                raise BundleError(f"{section}/{name} is defined in both {known} and {source}")
            return
        document = self._load(source)
        try:
            component = document[section][name]
        except (KeyError, TypeError) as exc:
            raise BundleError(f"{source}: no component {section}/{name}") from exc
        self._origin[key] = source
        self._components.setdefault(section, {})[name] = None  # placeholder: breaks reference cycles
        self._components[section][name] = self._walk(component, source)


def bundle(root: Path) -> dict[str, Any]:
    """Return the spec rooted at `root` as one document whose references all point inside it."""
    return _Bundler().bundle(root)
