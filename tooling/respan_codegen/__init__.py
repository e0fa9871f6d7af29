"""Generate the Python client from the spec: overlays, annotations, generator run, runtime modules, checks."""

from __future__ import annotations

from respan_codegen._annotate import AnnotationError, annotate
from respan_codegen._generate import GenerationError, build_spec, check, generate
from respan_codegen._overlay import OverlayError, apply_overlay, load_overlay
from respan_codegen._templates import check_lock, write_lock

__all__ = [
    "AnnotationError",
    "GenerationError",
    "OverlayError",
    "annotate",
    "apply_overlay",
    "build_spec",
    "check",
    "check_lock",
    "generate",
    "load_overlay",
    "write_lock",
]
