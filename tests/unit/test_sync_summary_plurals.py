"""The command line's sync summary says its counts in words, singular and plural, in FR, DE, EN."""

from __future__ import annotations

import pytest

from cii_desktop.cli_sync import _summary_part


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("fr", "envoyé 1 modification en 1 lot, reçu 0 modification en 0 lot",
     "envoyé 2 modifications en 2 lots, reçu 3 modifications en 2 lots"),
    ("de", "1 Änderung in 1 Paket gesendet, 0 Änderungen in 0 Paketen empfangen",
     "2 Änderungen in 2 Paketen gesendet, 3 Änderungen in 2 Paketen empfangen"),
    (None, "sent 1 change in 1 batch, received 0 changes in 0 batches",
     "sent 2 changes in 2 batches, received 3 changes in 2 batches"),
])
def test_the_sync_summary_counts_in_words(lang: str | None, one: str, two: str) -> None:
    base = {"conflicts": 0, "quarantined": 0}
    said = _summary_part("sync.out.exchanged", {"sent": 1, "sent_batches": 1, "received": 0,
                                                "received_batches": 0, **base}, lang)
    assert said.startswith(one) and "(s)" not in said and "(en)" not in said, said
    said = _summary_part("sync.out.exchanged", {"sent": 2, "sent_batches": 2, "received": 3,
                                                "received_batches": 2, **base}, lang)
    assert said.startswith(two), said
    ready = _summary_part("sync.out.ready", {"count": 2}, lang)
    assert "(s)" not in ready and "(en)" not in ready and "2 " in ready
