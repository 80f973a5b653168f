"""Right of access (PDF read back, JSON) and the erasure/retention commands, on real files."""

from __future__ import annotations

import json
import re
from pathlib import Path

from cii_desktop.services import access_export
from cii_desktop.services.data_folder import create_database
from tests.integration.test_cli import run
from tests.integration.test_erasure import _person_of, _rich_store
from tests.support.memory_keyring import MemoryKeyring
from tests.support.pdf import pdf_text
from tests.support.referral import new_case


def test_access_export_holds_data_history_and_sharing(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    store, person, other = _rich_store(tmp_path / "d")
    data = access_export.gather(store, person)
    assert data["person"]["last_name"] == "Délèze" and data["person"]["birth_date"] == "1979-03-14"
    assert {"case_file", "document", "attachment", "consent", "meeting"} <= set(data["records"])
    assert any(h["field"] == "address" and "Rue du Rhône" in (h["value"] or "") for h in data["history"])
    assert any(h["field"] == "address" and "Chemin des Délèze" in (h["value"] or "") for h in data["history"])
    assert data["sharing"]["cases"][0]["sharing_basis"] in ("consent", "legal_basis", "none")
    assert data["sharing"]["institutions"]
    text = json.dumps(data, ensure_ascii=False, default=str)
    assert "Zenhäusern" not in text  # only this person
    for lang, title in (("fr", "Droit d'accès"), ("de", "Auskunftsrecht")):
        pdf = access_export.to_pdf(data, lang)
        shown = pdf_text(pdf)
        assert title in shown and "Délèze" in shown and "14.03.1979" in shown
        reference = data["sharing"]["cases"][0]["reference"]  # the header names the person's case (review)
        assert f"{'Réf. dossier' if lang == 'fr' else 'Dossier-Ref.'}: {reference}" in shown
        assert "Chemin des Délèze 4" in shown and "Zenhäusern" not in shown
        # words in the document's language, never the database's column names
        lines = {line.strip() for line in shown.splitlines()}
        for technical in ("person", "case_file", "evaluation_grid", "consent"):  # table names as titles
            assert technical not in lines, (lang, technical)
        for technical in ("avs_number", "updated_at", "person_id", "deleted"):  # column names as labels
            assert not any(line.startswith(technical) for line in lines), (lang, technical)
        assert ("Date de naissance" if lang == "fr" else "Geburtsdatum") in shown
        assert ("Personne: Adresse" if lang == "fr" else "Person: Adresse") in shown
        # written for the person: no markup, no codes or column names, no ids, no ISO dates, no raw JSON
        assert "<b>" not in shown and "&lt;" not in shown
        assert re.findall(r"\b[a-z]+_[a-z_]+\b", shown) == [], lang
        assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}", shown)
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", shown) and not re.search(r"\{\"", shown)
        assert not re.search(r"\b(true|false|None)\b", shown)
        assert ("Oui" if lang == "fr" else "Ja") in shown and ("Ce poste de travail" if lang == "fr"
                                                                 else "Dieser Arbeitsplatz") in shown
        assert ("Clôturée" if lang == "fr" else "Abgeschlossen") in shown or \
            ("Détectée" if lang == "fr" else "Erkannt") in shown  # a case status in words
    store.close()


def test_cli_access_erase_and_retention(tmp_path: Path) -> None:
    folder = tmp_path / "cli"
    assert run("demo", "--data-dir", str(folder), "--persons", "6").returncode == 0
    listed = json.loads(run("cases", "--data-dir", str(folder), "--json",
                            env={"CII_DESKTOP_PASSPHRASE": "demo-cii-valais"}).stdout)
    reference = listed[0]["reference"]
    name = listed[0]["person"]
    env = {"CII_DESKTOP_PASSPHRASE": "demo-cii-valais"}
    out, raw = tmp_path / "access.pdf", tmp_path / "access.json"
    made = run("access", "--data-dir", str(folder), "--case", reference, "--out", str(out), "--json", str(raw),
               env=env)
    assert made.returncode == 0, made.stderr
    assert name.split()[-1] in pdf_text(out.read_bytes()) and (out.stat().st_mode & 0o777) == 0o600
    assert json.loads(raw.read_text())["format"] == access_export.FORMAT
    again = run("access", "--data-dir", str(folder), "--case", reference, "--out", str(out), env=env)
    assert again.returncode == 1 and "not overwritten" in again.stderr
    preview = run("erase", "--data-dir", str(folder), "--case", reference, env=env)
    assert preview.returncode == 0 and "Preview only" in preview.stderr
    french = run("erase", "--data-dir", str(folder), "--case", reference, "--lang", "fr", env=env)
    assert "Aperçu seulement" in french.stderr and re.search(r" : 1 personne, (1 dossier|[2-9]\d* dossiers), ",
                                                              french.stdout), french.stdout
    assert "_" not in french.stdout and "journal entry" not in french.stdout, french.stdout
    assert name.split()[0] in french.stdout
    # a demo folder's user is the demo's Bureau CII (refusals: tests/integration/test_permissions_cli.py)
    done = run("erase", "--data-dir", str(folder), "--case", reference, "--confirm", "--vacuum", env=env)
    assert done.returncode == 0, done.stderr
    after = json.loads(run("cases", "--data-dir", str(folder), "--json", env=env).stdout)
    assert reference not in {c["reference"] for c in after}
    assert run("check", "--data-dir", str(folder), env=env).returncode == 0
    retention = run("retention", "--data-dir", str(folder), env=env)
    assert retention.returncode == 0 and "due" in retention.stderr
    later = run("retention", "--data-dir", str(folder), "--today", "2099-01-01", "--lang", "de", env=env)
    assert later.returncode == 0 and "fällig" in later.stderr, later.stderr
    assert "closed_case" not in later.stdout


def test_unknown_person(tmp_path: Path, memory_keystore: MemoryKeyring) -> None:
    created = create_database(tmp_path / "d", "keystore")
    case_id = new_case(created.store)
    assert _person_of(created.store, case_id)
    try:
        access_export.gather(created.store, "nobody")
    except access_export.ErasureError as exc:
        assert exc.code == "erasure.unknown_person"
    else:
        raise AssertionError("no error for an unknown person")
    created.store.close()
