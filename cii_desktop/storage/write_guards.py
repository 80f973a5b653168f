"""Checks every journaled flush runs first (``storage.journal``), kept apart so that registering one
loads nothing heavy (the window's first paint comes before SQLAlchemy is imported).

A guard gets (session, ids of the cases written to, ids of the persons changed); raising refuses
the flush and the unit of work writes nothing. ``services.case_guard`` registers the read-only rule
of cases held outside their scope.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

WRITE_GUARDS: list[Callable[[Any, set[str], set[str]], None]] = []
