"""The hybrid logical clock: monotonic, merges remote clocks, refuses one from the far future."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cii_desktop.sync.clock import MAX_DRIFT_MS, ClockSkewError, HybridClock, Timestamp


class FakeTime:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_never_goes_backwards_when_the_physical_clock_does() -> None:
    physical = FakeTime(1_000_000)
    clock = HybridClock("a", physical)
    first = clock.now()
    physical.ms -= 60_000  # the PC's clock is set back a minute
    second = clock.now()
    assert second > first and second.wall_ms == first.wall_ms and second.counter == 1


def test_observe_moves_past_the_remote_time() -> None:
    clock = HybridClock("a", FakeTime(1_000))
    remote = Timestamp(5_000, 7, "b")
    merged = clock.observe(remote)
    assert merged > remote and merged.node == "a"
    assert clock.now() > merged


def test_a_clock_far_in_the_future_is_refused_and_not_adopted() -> None:
    clock = HybridClock("a", FakeTime(1_000_000))
    before = clock.now()
    with pytest.raises(ClockSkewError) as info:
        clock.observe(Timestamp(1_000_000 + MAX_DRIFT_MS + 1, 0, "laptop-2035"))
    assert info.value.ahead_ms > MAX_DRIFT_MS
    after = clock.now()
    assert after.wall_ms == before.wall_ms  # the network's clock was not pushed forward


def test_encoding_sorts_like_the_timestamps() -> None:
    stamps = [Timestamp(5, 0, "b"), Timestamp(5, 1, "a"), Timestamp(4, 99, "z"), Timestamp(5, 0, "a")]
    assert sorted(s.encode() for s in stamps) == [s.encode() for s in sorted(stamps)]
    assert all(Timestamp.decode(s.encode()) == s for s in stamps)


@given(st.lists(st.tuples(st.sampled_from(["now", "observe"]), st.integers(0, 10_000),
                          st.integers(0, 50), st.sampled_from(["b", "c"])), max_size=60))
def test_every_issued_timestamp_is_later_than_the_previous(steps) -> None:  # type: ignore[no-untyped-def]
    physical = FakeTime(5_000)
    clock = HybridClock("a", physical)
    last = Timestamp(0, 0, "")
    for action, ms, counter, node in steps:
        physical.ms = ms
        stamp = clock.now() if action == "now" else clock.observe(Timestamp(ms, counter, node))
        assert stamp > last
        last = stamp
