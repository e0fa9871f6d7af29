"""The one container behind every store that keeps request content (the request log, the cache, the stored
responses): least recently used first out, capped both in entries and in bytes (the sizes the caller gives,
such as the request body's), so that memory stays bounded whatever the requests look like."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedLru(Generic[K, V]):
    """At most `capacity` entries and `max_bytes` of their sizes together; the newest entry always stays."""

    def __init__(self, capacity: int, max_bytes: int) -> None:
        self._capacity = capacity
        self._max_bytes = max_bytes
        self._items: OrderedDict[K, tuple[V, int]] = OrderedDict()
        self._bytes = 0

    def get(self, key: K) -> V | None:
        """The value of `key`, now the most recently used, or None."""
        found = self._items.get(key)
        if found is None:
            return None
        self._items.move_to_end(key)
        return found[0]

    def put(self, key: K, value: V, size: int) -> None:
        self.discard(key)
        self._items[key] = (value, size)
        self._bytes += size
        self._evict()

    def resize(self, key: K, size: int) -> None:
        """Give the entry of `key`, if still here, a new size (it keeps its place: no use, no reordering)."""
        found = self._items.get(key)
        if found is None:
            return
        self._items[key] = (found[0], size)
        self._bytes += size - found[1]
        self._evict()

    def _evict(self) -> None:
        while len(self._items) > 1 and (len(self._items) > self._capacity or self._bytes > self._max_bytes):
            _, (_, dropped) = self._items.popitem(last=False)
            self._bytes -= dropped

    def discard(self, key: K) -> None:
        found = self._items.pop(key, None)
        if found is not None:
            self._bytes -= found[1]

    def values(self) -> list[V]:
        """Every value, least recently used first."""
        return [value for value, _ in self._items.values()]

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0

    @property
    def bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._items)
