"""The permissions table on the command line, on real demo folders of one sync network: the Bureau's
workstation (administrator) and a CMS member whose roster entry states no role (a case worker)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.integration.test_cli import run

ENV = {"CII_DESKTOP_PASSPHRASE": "demo-cii-valais"}


def _cases(folder: Path) -> set[str]:
    listed = run("cases", "--data-dir", str(folder), "--json", env=ENV)
    assert listed.returncode == 0, listed.stderr
    return {c["reference"] for c in json.loads(listed.stdout)}


def test_a_member_is_who_the_roster_says_and_may_only_what_its_role_allows(tmp_path: Path) -> None:
    share, bureau, member = tmp_path / "share", tmp_path / "bureau", tmp_path / "cms"
    share.mkdir()
    made = run("demo", "--data-dir", str(bureau), "--persons", "4", "--share", str(share), env=ENV)
    assert made.returncode == 0, made.stderr
    made = run("demo", "--data-dir", str(member), "--persons", "4", "--share", str(share),
               "--admin-dir", str(bureau), env=ENV)
    assert made.returncode == 0, made.stderr

    shown = run("profile", "--data-dir", str(member), env=ENV)
    assert shown.returncode == 0 and " | CMS | MONTHEY | roles: case_worker | (roster)" in shown.stdout
    assert run("profile", "--data-dir", str(bureau), env=ENV).stdout.count("bureau, network_admin") == 1
    # typing a profile does not make a member the Bureau: the roster states its identity
    typed = run("profile", "--data-dir", str(member), "--institution", "BUREAU", "--role", "cantonal_officer",
                "--lang", "de", env=ENV)
    assert typed.returncode == 1 and "Netzwerkliste" in typed.stderr
    assert "roles: case_worker" in run("profile", "--data-dir", str(member), env=ENV).stdout

    reference = sorted(_cases(member))[0]
    refused = run("erase", "--data-dir", str(member), "--case", reference, "--confirm", "--lang", "de", env=ENV)
    assert refused.returncode == 1 and "Rolle" in refused.stderr and "Traceback" not in refused.stderr
    assert reference in _cases(member)  # nothing erased
    year = str(dt.date.today().year)
    other = run("stats", "--data-dir", str(member), "--year", year, "--institution", "ORP", "--lang", "fr", env=ENV)
    assert other.returncode == 1 and "rôle" in other.stderr
    own = run("stats", "--data-dir", str(member), "--year", year, "--json", env=ENV)
    assert own.returncode == 0, own.stderr
    assert set(json.loads(own.stdout)["by_institution"]) <= {"CMS"} or \
        all(v == 0 for k, v in json.loads(own.stdout)["by_institution"].items() if k != "CMS")
    out = tmp_path / "register.xlsx"
    exported = run("export-register", "--data-dir", str(member), "--out", str(out), "--lang", "de", env=ENV)
    assert exported.returncode == 1 and "Rolle" in exported.stderr and not out.exists()

    # the Bureau may: its register, every institution's figures, an erasure
    assert run("export-register", "--data-dir", str(bureau), "--out", str(out), env=ENV).returncode == 0
    first = out.read_bytes()
    again = run("export-register", "--data-dir", str(bureau), "--out", str(out), env=ENV)
    assert again.returncode == 1 and "not overwritten" in again.stderr and out.read_bytes() == first
    assert run("export-register", "--data-dir", str(bureau), "--out", str(out), "--force", env=ENV).returncode == 0
    assert out.stat().st_mode & 0o777 == 0o600 and not list(tmp_path.glob(".*.part"))
    assert run("stats", "--data-dir", str(bureau), "--year", year, "--institution", "ORP",
               env=ENV).returncode == 0
    imported = run("import-register", "--data-dir", str(member), str(out), "--dry-run", "--lang", "de", env=ENV)
    assert imported.returncode == 1 and "Rolle" in imported.stderr
    mine = sorted(_cases(bureau))[0]
    erased = run("erase", "--data-dir", str(bureau), "--case", mine, "--confirm", env=ENV)
    assert erased.returncode == 0, erased.stderr
    assert mine not in _cases(bureau)
