"""Every table `check` counts is said in words in FR, DE and EN, never by its internal name."""

from __future__ import annotations

import pytest

from cii_desktop.domain.table_counts import table_count
from cii_desktop.storage.schema import SYNCED_MODELS


@pytest.mark.parametrize("language", ["fr", "de", None])
def test_every_counted_table_has_words(language: str | None) -> None:
    names = [m.__tablename__ for m in SYNCED_MODELS] + ["change_log", "audit_entry"]
    raw = [n for n in names if table_count(n, 2, language) == f"2 {n.replace('_', ' ')}"]
    assert raw == [], raw
