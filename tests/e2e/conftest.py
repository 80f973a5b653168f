"""Fixtures of the end-to-end tests that several modules share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cii_desktop.services.data_folder import create_database
from cii_desktop.storage.store import Store
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture
def folder_store(tmp_path: Path, memory_keystore: MemoryKeyring) -> Iterator[tuple[Path, Store]]:
    """An empty keystore-protected data folder and its open store."""
    folder = tmp_path / "data"
    store = create_database(folder, "keystore").store
    yield folder, store
    store.close()
