"""A sync killed at any moment, and workstations with wrong clocks."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cii_desktop.services import demo, network
from cii_desktop.services.check import check_store
from cii_desktop.services.data_folder import create_database, open_database
from cii_desktop.services.sync import canonical_dump, run_sync, status
from cii_desktop.storage.store import Store
from tests.conftest import DEMO_DAY, PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import add_shared_case, make_network, set_summary, sync_all

ROOT = Path(__file__).resolve().parents[2]


def _passphrase_network(root: Path) -> tuple[Store, Store, Path]:
    """Two passphrase-protected workstations (a child process can open them without a keystore)."""
    share_dir = root / "share"
    share_dir.mkdir(parents=True)
    a = create_database(root / "a", "passphrase", PASSPHRASE).store
    b = create_database(root / "b", "passphrase", PASSPHRASE).store
    network.create_network(a, share_dir, "Bureau", "ORP", "SION")
    enrolment, secret, _m = network.enrol(a, network.make_request(b, "Portable", "CMS", "MONTHEY"))
    network.join(b, enrolment, secret, share_dir)
    return a, b, share_dir


def _killed_run(folder: Path, share_dir: Path, rng: random.Random) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "tests.support.sync_worker", str(folder),
                              str(share_dir), PASSPHRASE], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert child.stdout is not None
    child.stdout.readline()  # "ready": the database is open, the sync starts now
    time.sleep(rng.uniform(0.0, 0.8))
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()


def _no_duplicates(store: Store) -> None:
    row = store.read_connection().execute(
        "SELECT count(*), count(DISTINCT hlc || table_name || row_id || field) FROM change_log "
        "WHERE hlc > ''").fetchone()
    assert row[0] == row[1]


@pytest.mark.slow
def test_sync_killed_during_export_and_import_leaves_no_partial_batch(tmp_path: Path) -> None:
    rng = random.Random(11)
    a, b, share_dir = _passphrase_network(tmp_path)
    demo.fill(a, persons=150, seed=5, today=DEMO_DAY)
    a.close()
    b.close()
    for attempt in range(4):  # export killed, then import killed, at random moments
        _killed_run(tmp_path / "a", share_dir, rng)
        store = open_database(tmp_path / "a", passphrase=PASSPHRASE)
        assert check_store(store).ok, attempt
        store.close()
        _killed_run(tmp_path / "b", share_dir, rng)
        store = open_database(tmp_path / "b", passphrase=PASSPHRASE)
        assert check_store(store).ok, attempt
        _no_duplicates(store)
        store.close()
    a = open_database(tmp_path / "a", passphrase=PASSPHRASE)
    b = open_database(tmp_path / "b", passphrase=PASSPHRASE)
    for _ in range(2):
        run_sync(a)
        run_sync(b)
    assert a.read_connection().execute(
        "SELECT count(*) FROM sync_outgoing WHERE published_at IS NULL").fetchone()[0] == 0
    assert status(b).quarantined == 0
    _no_duplicates(b)
    shared = {r[0] for r in a.read_connection().execute(
        "SELECT id FROM case_file WHERE sharing_basis IN ('consent', 'legal_basis')")}
    received = {r[0] for r in b.read_connection().execute("SELECT id FROM case_file")}
    assert shared and shared == received
    columns = "id, reference, status, summary, opened_on, person_id"
    assert a.read_connection().execute(
        f"SELECT {columns} FROM case_file WHERE sharing_basis != 'none' ORDER BY id").fetchall() == \
        b.read_connection().execute(f"SELECT {columns} FROM case_file ORDER BY id").fetchall()
    a.close()
    b.close()


@pytest.mark.parametrize("offset_ms", [3_600_000, -3_600_000, 86_400_000, -86_400_000,
                                       int((2035 - 2026) * 365.25 * 86_400_000)],
                         ids=["+1h", "-1h", "+1d", "-1d", "2035"])
def test_wrong_clock_converges_is_reported_and_pushes_no_clock(
        tmp_path: Path, memory_keystore: MemoryKeyring, offset_ms: int) -> None:
    stations = make_network(tmp_path, 3)
    a, b, skewed = stations
    skewed.store.physical_ms = lambda: time.time_ns() // 1_000_000 + offset_ms
    _p, case_id = add_shared_case(a.store)
    sync_all(stations)
    set_summary(skewed.store, case_id, "from the wrong clock")
    set_summary(b.store, case_id, "from b")
    run_sync(skewed.store)
    report = run_sync(a.store)
    sync_all(stations)
    assert canonical_dump(a.store) == canonical_dump(b.store) == canonical_dump(skewed.store)
    assert skewed.id in report.skew and skewed.id in status(a.store).skewed
    assert abs(report.skew[skewed.id] - offset_ms) < 60_000
    now_ms = time.time_ns() // 1_000_000
    for station in (a, b):
        assert station.store.clock.now().wall_ms - now_ms < 10 * 60 * 1000  # not pushed ahead
    for station in stations:
        station.store.close()
