"""Every table `check` counts is said in words in FR and DE, never by its internal name."""

from __future__ import annotations

import pytest

from cii_desktop.documents.access_words import count_word
from cii_desktop.storage.schema import SYNCED_MODELS


@pytest.mark.parametrize("language", ["fr", "de"])
def test_every_counted_table_has_words(language: str) -> None:
    names = [m.__tablename__ for m in SYNCED_MODELS] + ["change_log", "audit_entry"]
    raw = [n for n in names if count_word(n, language) in (n, n.replace("_", " "))]
    assert raw == [], raw
