"""Writing to and reading from the shared folder with real files."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from cii_desktop.sync import share


def test_write_is_atomic_and_never_overwrites(tmp_path: Path) -> None:
    path = share.write_new(tmp_path / "outbox", "000001.ciibatch", b"first")
    assert path.read_bytes() == b"first"
    with pytest.raises(share.AlreadyExists):
        share.write_new(tmp_path / "outbox", "000001.ciibatch", b"second")
    assert path.read_bytes() == b"first"
    assert [p.name for p in (tmp_path / "outbox").iterdir()] == ["000001.ciibatch"]  # no temp left


def test_listing_ignores_temp_and_foreign_files(tmp_path: Path) -> None:
    folder = tmp_path / "outbox"
    share.write_new(folder, "000002.ciibatch", b"b")
    share.write_new(folder, "000001.ciibatch", b"a")
    (folder / ".000003.ciibatch.abc.partial").write_bytes(b"half")
    (folder / "Thumbs.db").write_bytes(b"x")
    (folder / "notes.txt").write_text("x")
    (folder / "sub.ciibatch").mkdir()
    assert [p.name for p in share.list_batches(folder)] == ["000001.ciibatch", "000002.ciibatch"]
    assert share.list_batches(tmp_path / "missing") == []


def test_transient_lock_is_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An antivirus holding the file (EACCES, like Windows error 5/32) for a moment is waited out."""
    real_link = os.link
    failures = [OSError(errno.EACCES, "held by another process")] * 2

    def flaky_link(src: str, dst: str) -> None:
        if failures:
            raise failures.pop()
        real_link(src, dst)

    monkeypatch.setattr(os, "link", flaky_link)
    path = share.write_new(tmp_path, "000001.ciibatch", b"data", pause=0.01)
    assert path.read_bytes() == b"data" and failures == []


def test_unreachable_share_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the share folder should be")
    with pytest.raises(share.ShareError) as info:
        share.write_new(blocker / "outbox", "000001.ciibatch", b"x")
    assert info.value.code == "share.unreachable"
    with pytest.raises(share.ShareError):
        share.list_batches(blocker)


def test_share_without_hard_links_still_never_overwrites(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(src: str, dst: str) -> None:
        raise OSError(errno.EPERM, "hard links not supported on this mount")

    monkeypatch.setattr(os, "link", no_links)
    path = share.write_new(tmp_path, "000001.ciibatch", b"data")
    assert path.read_bytes() == b"data"
    with pytest.raises(share.AlreadyExists):
        share.write_new(tmp_path, "000001.ciibatch", b"other")
    assert path.read_bytes() == b"data"
    assert [p.name for p in tmp_path.iterdir()] == ["000001.ciibatch"]
