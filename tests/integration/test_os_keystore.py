"""The real OS keystore: gnome-keyring's Secret Service on a private D-Bus session (installed by
.ci/run). The key goes there and nowhere else; losing the entry never creates a new key."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HAVE_SECRET_SERVICE = bool(shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"))

SCRIPT = r"""
set -u
echo -n "ci-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
cli() { "$PY" -m cii_desktop "$@"; echo "rc=$?"; }
entry() { "$PY" -c "
import json, keyring, sys
info = json.load(open(sys.argv[1]))
print(keyring.get_password(info['keystore_service'], info['keystore_entry']))" "$DATA/cii.keyinfo.json"; }
echo "== backend"; "$PY" -c "import keyring; print(type(keyring.get_keyring()).__module__)"
echo "== init"; cli init --data-dir "$DATA" | tee "$HOME/init.txt"
grep -A1 "shown only once" "$HOME/init.txt" | tail -1 | tr -d ' ' > "$RECOVERY"  # the paper copy
echo "== check"; cli check --data-dir "$DATA"
echo "== entry"; entry
echo "== digest-before"; sha256sum "$DATA"/cii.db "$DATA"/cii.keyinfo.json
"$PY" -c "
import json, keyring, sys
info = json.load(open(sys.argv[1]))
keyring.delete_password(info['keystore_service'], info['keystore_entry'])" "$DATA/cii.keyinfo.json"
echo "== check-without-key"; cli check --data-dir "$DATA" 2>&1
echo "== entry-after-refusal"; entry
echo "== digest-after"; sha256sum "$DATA"/cii.db "$DATA"/cii.keyinfo.json
echo "== recover"; cli check --data-dir "$DATA" --recovery-key-file "$RECOVERY"
echo "== check-again"; cli check --data-dir "$DATA"
echo "== end"
"""


def _section(output: str, name: str) -> str:
    return output.split(f"== {name}\n", 1)[1].split("\n== ", 1)[0]


@pytest.mark.skipif(not HAVE_SECRET_SERVICE,
                    reason="gnome-keyring and D-Bus are not installed (.ci/run installs them)")
def test_key_lives_in_the_secret_service_and_is_never_recreated(tmp_path: Path) -> None:
    data, recovery, home = tmp_path / "data", tmp_path / "recovery.txt", tmp_path / "home"
    home.mkdir()
    (tmp_path / "run").mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("CII_DESKTOP", "DBUS_", "PYTHON_KEYRING", "XDG_"))}
    env.update({"HOME": str(home), "XDG_RUNTIME_DIR": str(tmp_path / "run"), "PY": sys.executable,
                "DATA": str(data), "RECOVERY": str(recovery), "PYTHONPATH": str(ROOT)})
    result = subprocess.run(["dbus-run-session", "--", "bash", "-c", SCRIPT], env=env,
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    out = result.stdout
    assert "== end" in out, out + result.stderr
    assert _section(out, "backend").strip() == "keyring.backends.SecretService"
    assert "protection: keystore" in _section(out, "init")
    info = json.loads((data / "cii.keyinfo.json").read_text())
    assert info["protection"] == "keystore" and "kdf" not in info
    key_hex = _section(out, "entry").strip()
    assert len(key_hex) == 64  # the raw 256-bit key, in the keystore only
    for path in data.rglob("*"):
        if path.is_file():
            assert key_hex.encode() not in path.read_bytes()
            assert bytes.fromhex(key_hex) not in path.read_bytes()
    assert "OK: key valid" in _section(out, "check") and "rc=0" in _section(out, "check")
    refused = _section(out, "check-without-key")
    assert "rc=1" in refused and "keystore has no key for this database" in refused
    assert "Traceback" not in refused
    assert _section(out, "entry-after-refusal").strip() == "None"  # no new key was created
    assert _section(out, "digest-before") == _section(out, "digest-after")  # nothing overwritten
    assert "rc=0" in _section(out, "recover")
    assert "OK: key valid" in _section(out, "check-again")  # the recovery key restored the entry
