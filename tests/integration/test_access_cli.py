"""The right-of-access command on real files: a refusal writes nothing at all."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.test_cli import run

ENV = {"CII_DESKTOP_PASSPHRASE": "demo-cii-valais"}


def test_access_refused_for_one_output_writes_no_other(tmp_path: Path) -> None:
    folder = tmp_path / "cli"
    assert run("demo", "--data-dir", str(folder), "--persons", "4").returncode == 0
    reference = json.loads(run("cases", "--data-dir", str(folder), "--json", env=ENV).stdout)[0]["reference"]
    pdf, raw = tmp_path / "a.pdf", tmp_path / "a.json"
    pdf.write_bytes(b"someone else's file")
    refused = run("access", "--data-dir", str(folder), "--case", reference, "--out", str(pdf),
                  "--json", str(raw), "--lang", "fr", env=ENV)
    assert refused.returncode == 1 and "pas été écrasé" in refused.stderr, refused.stderr
    assert not raw.exists() and pdf.read_bytes() == b"someone else's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "cli"]  # no temporary file either
    made = run("access", "--data-dir", str(folder), "--case", reference, "--out", str(tmp_path / "b.pdf"),
               "--json", str(raw), "--lang", "de", env=ENV)
    assert made.returncode == 0 and "Auskunftsrecht" in made.stderr, made.stderr
    assert raw.exists() and (tmp_path / "b.pdf").exists()
