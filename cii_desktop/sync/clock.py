"""Hybrid logical clock: physical time + counter + workstation id, totally ordered everywhere."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

# A remote clock further ahead than this is reported and not adopted: one workstation with a wrong
# date (say 2035) must not push every other workstation's clock into the future.
MAX_DRIFT_MS = 5 * 60 * 1000


class ClockSkewError(ValueError):
    """A remote timestamp is too far ahead of this workstation's clock."""

    code = "sync.clock_skew"

    def __init__(self, remote_ms: int, local_ms: int) -> None:
        super().__init__(f"remote clock ahead by {remote_ms - local_ms} ms")
        self.ahead_ms = remote_ms - local_ms


@dataclass(frozen=True, order=True)
class Timestamp:
    """Compared field by field: time, then counter, then workstation id (a total order)."""

    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        """A string that sorts like the timestamp (stored in the change journal)."""
        return f"{self.wall_ms:015d}-{self.counter:06d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter), node)


class HybridClock:
    """Never goes backwards, even when the physical clock does; thread-safe."""

    def __init__(self, node: str, physical_ms: Callable[[], int] | None = None) -> None:
        self.node = node
        self._physical = physical_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = Timestamp(0, 0, node)
        self._lock = threading.Lock()

    def now(self) -> Timestamp:
        """A timestamp for a local change, later than every one issued or observed before."""
        with self._lock:
            physical = self._physical()
            if physical > self._last.wall_ms:
                self._last = Timestamp(physical, 0, self.node)
            else:
                self._last = Timestamp(self._last.wall_ms, self._last.counter + 1, self.node)
            return self._last

    def restore(self, last: Timestamp) -> None:
        """Continue after ``last`` (the value saved before a restart), unless it is far ahead."""
        with self._lock:
            if last.wall_ms - self._physical() <= MAX_DRIFT_MS and last > self._last:
                self._last = Timestamp(last.wall_ms, last.counter, self.node)

    def observe(self, remote: Timestamp) -> Timestamp:
        """Merge a timestamp received from another workstation; refuse one from the far future."""
        with self._lock:
            physical = self._physical()
            if remote.wall_ms - physical > MAX_DRIFT_MS:
                raise ClockSkewError(remote.wall_ms, physical)
            wall = max(physical, self._last.wall_ms, remote.wall_ms)
            if wall == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif wall == self._last.wall_ms:
                counter = self._last.counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = Timestamp(wall, counter, self.node)
            return self._last
