"""The README's two-workstation demo syncs out of the box, through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.test_cli import run

ENV = {"CII_DESKTOP_PASSPHRASE": "demo-cii-valais"}


def references(folder: Path) -> set[str]:
    listed = run("cases", "--data-dir", str(folder), "--json", env=ENV)
    assert listed.returncode == 0, listed.stderr
    return {r["reference"] for r in json.loads(listed.stdout)}


def test_two_demo_workstations_sync_out_of_the_box_with_a_few_conflicts(tmp_path: Path) -> None:
    share, bureau, cms = tmp_path / "share", tmp_path / "bureau", tmp_path / "cms"
    made = run("demo", "--data-dir", str(bureau), "--persons", "6", "--share", str(share), env=ENV)
    assert made.returncode == 0, made.stderr
    joined = run("demo", "--data-dir", str(cms), "--persons", "6", "--share", str(share),
                 "--admin-dir", str(bureau), env=ENV)
    assert joined.returncode == 0, joined.stderr
    own = {folder: references(folder) for folder in (bureau, cms)}
    # the joining demo has its own cases, and already the administrator's shared ones (it synced
    # once to edit a few of them, the README's conflicts)
    assert own[bureau] and own[cms] - own[bureau] and own[bureau] & own[cms]

    summaries = []
    for folder in (bureau, cms, bureau, cms):
        synced = run("sync", "--data-dir", str(folder), env=ENV)
        assert synced.returncode == 0, synced.stdout + synced.stderr
        summaries.append(synced.stdout)
    assert all("quarantined 0" in s and "waiting" not in s for s in summaries), summaries
    # the second demo edited a few shared cases on both workstations: each side sees them as conflicts
    assert "conflicts 0" not in summaries[1] and "conflicts 0" not in summaries[2], summaries
    after = {folder: references(folder) for folder in (bureau, cms)}
    # each sees the other's shared (consented) cases, and only gained, never lost, cases
    assert after[bureau] > own[bureau] and after[cms] >= own[cms]
    assert after[bureau] - own[bureau] <= own[cms] and after[cms] - own[cms] <= own[bureau]


def test_the_standalone_demo_stays_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert run("demo", "--data-dir", str(tmp_path / name), "--persons", "4", env=ENV).returncode == 0
    assert references(tmp_path / "a") == references(tmp_path / "b")


def test_a_demo_network_made_with_a_relative_share_syncs_from_anywhere(tmp_path: Path) -> None:
    """`demo --share share` typed in a folder: the window and the scheduled sync start elsewhere."""
    import os
    import subprocess
    import sys

    env = {**os.environ, **ENV, "LANG": "C.UTF-8", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    def demo(*args: str) -> None:
        made = subprocess.run([sys.executable, "-m", "cii_desktop", "demo", "--persons", "4", *args],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        assert made.returncode == 0, made.stderr

    demo("--data-dir", "bureau", "--share", "share")
    demo("--data-dir", "cms", "--share", "share", "--admin-dir", "bureau")
    for folder in ("bureau", "cms"):  # run from the repository, not from tmp_path
        synced = run("sync", "--data-dir", str(tmp_path / folder), env=ENV)
        assert synced.returncode == 0, synced.stdout + synced.stderr
        assert "quarantined 0" in synced.stdout
