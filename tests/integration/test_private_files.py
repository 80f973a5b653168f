"""Files 0600 and folders 0700 (POSIX); `render --out` atomic and never overwriting; no
abbreviated options on the command line."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from cii_desktop import cli, logs
from cii_desktop.paths import write_private
from cii_desktop.services.data_folder import create_database
from cii_desktop.storage import migrate
from tests.integration.test_cli import run
from tests.integration.test_documents import store_folder  # noqa: F401 - fixture
from tests.support.memory_keyring import MemoryKeyring
from tests.support.pdf import pdf_text

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _assert_private(root: Path) -> None:
    assert _mode(root) == 0o700, root
    for path in root.rglob("*"):
        assert _mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_data_folder_database_keyinfo_and_backups_are_private(
        tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    old = os.umask(0o022)  # a usual desktop umask: the app must not rely on it
    try:
        created = create_database(tmp_path / "data", "keystore")
        conn = created.store.read_connection()
        conn.execute("CREATE TABLE probe(x)")  # the -wal and -shm files exist now
        assert (tmp_path / "data" / "cii.db-wal").exists()
        _assert_private(tmp_path / "data")
        copy = migrate.backup(created.store.engine, tmp_path / "data" / "backups", "test")
        assert copy.stat().st_size > 0
        _assert_private(tmp_path / "data")
        created.store.close()
    finally:
        os.umask(old)


def test_log_folder_and_file_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = logs.setup(tmp_path / "logs")
        logging.getLogger("cii_desktop.test").info("event")
        _assert_private(tmp_path / "logs")
        assert path.read_text().count("event") == 1
    finally:
        logs.shutdown()
        os.umask(old)


def test_cli_makes_everything_private_whatever_the_umask(tmp_path: Path) -> None:
    # The process keeps the umask of its parent (022 here): the command restricts it itself.
    folder = tmp_path / "demo"
    result = subprocess_run_with_umask(["demo", "--data-dir", str(folder), "--persons", "3"])
    assert result.returncode == 0, result.stderr
    _assert_private(folder)


def subprocess_run_with_umask(args: list[str]):  # type: ignore[no-untyped-def]
    old = os.umask(0o022)
    try:
        return run(*args)
    finally:
        os.umask(old)


def test_write_private_never_overwrites_and_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    write_private(target, b"first")
    assert _mode(target) == 0o600
    with pytest.raises(FileExistsError):
        write_private(target, b"second")
    assert target.read_bytes() == b"first"
    write_private(target, b"second", force=True)
    assert target.read_bytes() == b"second"
    folder = tmp_path / "a-folder"
    folder.mkdir()
    for force in (False, True):
        with pytest.raises(OSError):
            write_private(folder, b"plaintext", force=force)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder", "out.pdf"]
    assert list(folder.iterdir()) == []


def test_render_refuses_to_overwrite_and_leaves_no_part_file(
        store_folder: tuple[Path, str], tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    folder, reference = store_folder
    out_dir = tmp_path / "pdfs"
    out_dir.mkdir()
    out = out_dir / "grid.pdf"
    base = ["render", "--data-dir", str(folder), "--case", reference, "--document", "grid", "--out"]
    assert cli.main([*base, str(out)]) == 0
    assert _mode(out) == 0o600 and "Beurteilungsraster" not in pdf_text(out.read_bytes())
    first = out.read_bytes()
    capsys.readouterr()
    assert cli.main([*base, str(out), "--lang", "de"]) == 1
    assert "it was not overwritten (use --force" in capsys.readouterr().err
    assert out.read_bytes() == first
    assert cli.main([*base, str(out), "--lang", "de", "--force"]) == 0
    assert "Beurteilungsraster" in pdf_text(out.read_bytes())
    existing_folder = out_dir / "taken"
    existing_folder.mkdir()
    assert cli.main([*base, str(existing_folder)]) == 1
    assert cli.main([*base, str(existing_folder), "--force"]) == 1
    assert sorted(p.name for p in out_dir.iterdir()) == ["grid.pdf", "taken"]  # no *.part left


@pytest.mark.parametrize("argv", [
    ["check", "--passphrase", "SECRET"],
    ["check", "--data", "/tmp/x"],
    ["render", "--case", "X", "--doc", "grid"],
    ["network", "list", "--data", "/tmp/x"],
    ["--data", "/tmp/x"],
])
def test_abbreviated_options_are_refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments" in err or "invalid choice" in err
