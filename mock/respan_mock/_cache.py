"""The response cache: answers with a time to live, in a BoundedLru (entries and bytes capped)."""

from __future__ import annotations

from typing import Generic, TypeVar

from respan_mock._bounded import BoundedLru

V = TypeVar("V")


class TtlCache(Generic[V]):
    def __init__(self, capacity: int, max_bytes: int) -> None:
        self._entries: BoundedLru[bytes, tuple[float, V]] = BoundedLru(capacity, max_bytes)

    def get(self, key: bytes, now: float) -> V | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        expires, value = entry
        if now >= expires:
            self._entries.discard(key)
            return None
        return value

    def put(self, key: bytes, value: V, ttl: float, now: float, size: int) -> None:
        if ttl > 0:
            self._entries.put(key, (now + ttl, value), size)

    def clear(self) -> None:
        self._entries.clear()

    @property
    def bytes(self) -> int:
        return self._entries.bytes

    def __len__(self) -> int:
        return len(self._entries)
