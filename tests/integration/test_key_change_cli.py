"""Key changes from the command line, on real files: a change a SIGKILL interrupted right after the
rename never loses the recovery key silently; --new-passphrase-file is used or refused, never ignored."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from cii_desktop.services import key_change
from cii_desktop.services.data_folder import create_database
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import ROOT, run

NEW = "a new and long enough passphrase"
_KILL_AFTER_RENAME = """
import os, signal, sys
from pathlib import Path
from cii_desktop.services import key_change
from cii_desktop.services.data_folder import open_database
real = key_change.fsync_file
def fsync_then_die(path):
    real(path)
    if path.name == "cii.db":  # cii.db.next was renamed, cii.keyinfo.next.json is there: die
        os.kill(os.getpid(), signal.SIGKILL)
key_change.fsync_file = fsync_then_die
folder = Path(sys.argv[1])
store = open_database(folder, passphrase=sys.argv[2])
key_change.change_key(store, folder, "passphrase", sys.argv[3])
"""


def test_a_change_killed_after_the_rename_says_the_recovery_key_was_never_shown(
        tmp_path: Path, no_keystore: None) -> None:
    folder = tmp_path / "d"
    created = create_database(folder, "passphrase", PASSPHRASE)
    created.store.close()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    killed = subprocess.run([sys.executable, "-c", _KILL_AFTER_RENAME, str(folder), PASSPHRASE, NEW],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    assert (folder / key_change.NEXT_KEYINFO).exists() and not (folder / key_change.NEXT_DB).exists()
    new_file, old_recovery = tmp_path / "new", tmp_path / "old-recovery"
    new_file.write_text(NEW)
    old_recovery.write_text(created.recovery_key)
    for lang, words in (((), "never shown"), (("--lang", "fr"), "jamais été affichée"),
                        (("--lang", "de"), "nie angezeigt")):
        checked = run("check", "--data-dir", str(folder), "--passphrase-file", str(new_file), *lang)
        assert checked.returncode == 3, checked.stderr  # opens, but no recovery key anybody has seen
        assert words in checked.stderr and "key new-recovery-key" in checked.stderr
    listed = run("cases", "--data-dir", str(folder), "--passphrase-file", str(new_file))
    assert listed.returncode == 0 and "never shown" in listed.stderr  # every opening says it
    assert run("check", "--data-dir", str(folder), "--recovery-key-file", str(old_recovery)).returncode == 1
    issued = run("key", "new-recovery-key", "--data-dir", str(folder), "--passphrase-file", str(new_file),
                 "--lang", "fr")
    assert issued.returncode == 0, issued.stderr
    assert "Nouvelle clé de récupération" in issued.stdout
    recovery = tmp_path / "recovery"
    recovery.write_text(issued.stdout.strip().splitlines()[-1].strip())
    again = run("check", "--data-dir", str(folder), "--recovery-key-file", str(recovery))
    assert again.returncode == 0 and "never shown" not in again.stderr
    assert run("check", "--data-dir", str(folder), "--passphrase-file", str(new_file)).returncode == 0


def test_new_passphrase_file_is_used_or_refused(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    p1, p2 = tmp_path / "p1", tmp_path / "p2"
    p1.write_text(PASSPHRASE)
    p2.write_text(NEW)
    created = create_database(folder, "passphrase", PASSPHRASE)
    created.store.close()
    before = (folder / "cii.keyinfo.json").read_bytes()
    for action in ("rekey", "new-recovery-key", "to-keystore"):
        refused = run("key", action, "--data-dir", str(folder), "--passphrase-file", str(p1),
                      "--new-passphrase-file", str(p2), "--lang", "de")
        assert refused.returncode == 64, (action, refused.stderr)
        assert "abgelehnt" in refused.stderr
    assert (folder / "cii.keyinfo.json").read_bytes() == before  # nothing changed
    missing = run("key", "change-passphrase", "--data-dir", str(folder), "--passphrase-file", str(p1))
    assert missing.returncode == 1 and "--new-passphrase-file" in missing.stderr
    assert "CII_DESKTOP_PASSPHRASE" not in missing.stderr
    changed = run("key", "change-passphrase", "--data-dir", str(folder), "--passphrase-file", str(p1),
                  "--new-passphrase-file", str(p2), "--lang", "de")
    assert changed.returncode == 0 and "Schlüssel gewechselt" in changed.stdout
    assert run("check", "--data-dir", str(folder), "--passphrase-file", str(p2)).returncode == 0


def _killed_after_rename(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "d"
    created = create_database(folder, "passphrase", PASSPHRASE)
    created.store.close()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    killed = subprocess.run([sys.executable, "-c", _KILL_AFTER_RENAME, str(folder), PASSPHRASE, NEW],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    return folder, created.recovery_key


def test_the_window_says_the_recovery_key_was_never_shown(tmp_path: Path, no_keystore: None, french,  # type: ignore[no-untyped-def]
                                                         qtbot) -> None:
    from cii_desktop.gui.main_window import MainWindow
    from cii_desktop.gui.settings import AppSettings
    from cii_desktop.services.data_folder import open_database

    folder, _old = _killed_after_rename(tmp_path)
    store = open_database(folder, passphrase=NEW)  # the opening completes the change
    window = MainWindow(store, folder, AppSettings())
    qtbot.addWidget(window)
    window.show()
    assert window.recovery_banner.isVisible() and "jamais été affichée" in window.recovery_banner.text()
    change = key_change.change_key(store, folder, "passphrase", NEW)  # what the key dialog runs
    assert change.recovery_key
    window.recovery_banner.refresh()
    assert not window.recovery_banner.isVisible()
    window.close()
    store.close()
    reopened = open_database(folder, passphrase=NEW)
    reopened.close()
    assert not key_change.recovery_unseen(folder)


def test_a_keyinfo_with_a_changed_salt_is_repaired_from_its_intact_copy(tmp_path: Path, no_keystore: None) -> None:
    import json

    from cii_desktop.services.data_folder import open_database
    from cii_desktop.storage.errors import WrongPassphraseError

    folder = tmp_path / "d"
    create_database(folder, "passphrase", PASSPHRASE).store.close()
    main = folder / "cii.keyinfo.json"
    info = json.loads(main.read_text())
    info["kdf"]["salt"] = "00" * (len(info["kdf"]["salt"]) // 2)  # valid JSON, wrong salt
    main.write_text(json.dumps(info))
    open_database(folder, passphrase=PASSPHRASE).close()  # the copy opens it...
    assert json.loads(main.read_text()) == json.loads((folder / "cii.keyinfo.copy.json").read_text())  # ...repairs
    try:
        open_database(folder, passphrase="not the passphrase at all")
    except WrongPassphraseError:
        pass  # a wrong passphrase is still one
    else:
        raise AssertionError("a wrong passphrase opened the database")


def test_an_undo_removes_the_copy_s_journal_too(tmp_path: Path, no_keystore: None) -> None:
    folder = tmp_path / "d"
    create_database(folder, "passphrase", PASSPHRASE).store.close()
    (folder / key_change.NEXT_DB).write_bytes(b"half a copy")
    (folder / f"{key_change.NEXT_DB}-journal").write_bytes(b"pages of the copy")
    assert key_change.finish_pending(folder) == "undone"
    assert sorted(p.name for p in folder.iterdir()) == ["cii.db", "cii.keyinfo.copy.json", "cii.keyinfo.json"]
    (folder / f"{key_change.NEXT_DB}-journal").write_bytes(b"only the journal left")
    assert key_change.finish_pending(folder) == "undone"
    assert not (folder / f"{key_change.NEXT_DB}-journal").exists()
