"""Input that can't hurt, end to end on real databases and real processes: names arriving by sync
with escapes, file names made from synced fields, the command line's edges (closed pipe, negative
counts, SIGTERM, failed init, passphrase typed twice)."""

from __future__ import annotations

import email
import getpass
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cii_desktop import cli
from cii_desktop.domain.errors import ValidationFailed
from cii_desktop.domain.text import TEXT_MAX
from cii_desktop.services import case_events, cases, documents
from cii_desktop.storage.models import Attachment, Case, Person
from cii_desktop.storage.store import Store
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import ROOT, run
from tests.support.referral import TODAY, new_case, walk_to_announcement


def plant(store: Store, case_id: str, **case_fields: str) -> None:
    """What a damaged or hostile workstation could send: written past the input rules."""
    with store.unit_of_work() as uow:
        case = uow.get(Case, case_id)
        assert case is not None
        for name, value in case_fields.items():
            setattr(case, name, value)


def test_email_draft_from_a_hostile_reference_stays_in_its_folder(store: Store, tmp_path: Path) -> None:
    case_id = new_case(store)
    walk_to_announcement(store, case_id)
    plant(store, case_id, reference="../../X")
    with store.unit_of_work() as uow:
        doc, _ = documents.print_case_document(uow, case_id, "grid", "fr")
    out = tmp_path / "chosen" / "inner"
    out.mkdir(parents=True)
    with store.reading() as session:
        path = documents.write_email_draft(session, doc.id, out)
    assert path.parent == out and path.exists()
    assert not list(tmp_path.glob("X*")) and not list((tmp_path / "chosen").glob("X*"))
    message = email.message_from_bytes(path.read_bytes())
    names = [p.get_filename() for p in message.walk() if p.get_content_type() == "application/pdf"]
    assert names and "/" not in names[0] and ".." not in names[0]


def test_attachment_save_name_cannot_leave_the_folder(store: Store, tmp_path: Path) -> None:
    case_id = new_case(store)
    source = tmp_path / "note.txt"
    source.write_text("x")
    with store.unit_of_work() as uow:
        row = cases.add_attachment(uow, case_id, source)
        row.filename = "../../.bashrc"
    with store.reading() as session:
        found = cases.attachment_content(session, row.id)
    assert found is not None
    name, _ = found
    assert "/" not in name and not name.startswith(".")
    assert (tmp_path / name).resolve().parent == tmp_path.resolve()
    with store.reading() as session:
        assert session.get(Attachment, row.id).filename == "../../.bashrc"  # kept as received


def test_services_refuse_control_characters_in_free_text(store: Store) -> None:
    case_id = new_case(store, lse=True)
    with pytest.raises(ValidationFailed) as caught, store.unit_of_work() as uow:
        cases.add_journal_entry(uow, case_id, "ok\x1b[2J", "Anne")
    assert [e.code for e in caught.value.errors] == ["text.control"]
    with pytest.raises(ValidationFailed) as caught, store.unit_of_work() as uow:
        case_events.record_warning(uow, case_id, TODAY, "Anne", "x" * (TEXT_MAX + 1), True, today=TODAY)
    assert [e.code for e in caught.value.errors] == ["text.too_long"]
    with store.unit_of_work() as uow:  # line breaks in a note are fine
        cases.add_journal_entry(uow, case_id, "ligne 1\nligne 2", "Anne")


def test_cli_never_prints_a_synced_escape_raw(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch, no_keystore: None) -> None:
    # A passphrase database whatever keystore an earlier test left installed (a locked one made it flaky).
    folder = tmp_path / "d"
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    assert cli.main(["init", "--data-dir", str(folder), "--passphrase-file", str(secret)]) == 0
    store = cli.open_store_for_cli(cli.build_parser().parse_args(
        ["check", "--data-dir", str(folder), "--passphrase-file", str(secret)]))
    try:
        case_id = new_case(store)
        with store.unit_of_work() as uow:
            case = uow.get(Case, case_id)
            person = uow.get(Person, case.person_id)
            person.last_name = "Evil\x1b]0;owned\x07\x1b[2J\u202e"
    finally:
        store.close()
    capsys.readouterr()
    for extra in ([], ["--json"]):
        assert cli.main(["cases", "--data-dir", str(folder), "--passphrase-file", str(secret), *extra]) == 0
        out = capsys.readouterr()
        assert "Evil" in out.out
        for raw in ("\x1b", "\x07", "\u202e"):
            assert raw not in out.out and raw not in out.err


@pytest.mark.parametrize("args", [["demo", "--persons", "-5"], ["cases", "--limit", "-1"],
                                  ["demo", "--persons", "many"]])
def test_negative_counts_are_refused(args: list[str], tmp_path: Path) -> None:
    result = run(*args, "--data-dir", str(tmp_path / "x"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x").exists()


def test_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    assert run("demo", "--data-dir", str(folder), "--persons", "40").returncode == 0
    env = {**{k: v for k, v in __import__("os").environ.items()}, "CII_DESKTOP_PASSPHRASE": "demo-cii-valais",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "LANG": "C.UTF-8"}
    shell = (f"{sys.executable} -m cii_desktop cases --data-dir {folder} --json | true; "
             "exit ${PIPESTATUS[0]}")
    result = subprocess.run(["bash", "-c", shell], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.stderr == ""
    assert result.returncode == 141


@pytest.mark.parametrize(("stop", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_sigterm_during_demo_cleans_up_like_ctrl_c(tmp_path: Path, stop: int, code: int) -> None:
    import os

    folder = tmp_path / "demo"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "LANG": "C.UTF-8"}
    process = subprocess.Popen([sys.executable, "-m", "cii_desktop", "demo", "--data-dir", str(folder),
                                "--persons", "3000"], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (folder / "cii.db").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    process.send_signal(stop)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == code, err
    assert "Traceback" not in err
    assert list(folder.iterdir()) == []


def test_failed_init_leaves_no_folder(tmp_path: Path) -> None:
    secret = tmp_path / "short.txt"
    secret.write_text("short")
    target = tmp_path / "new" / "deeper"
    result = run("init", "--data-dir", str(target), "--passphrase-file", str(secret))
    assert result.returncode == 1 and "12 characters" in result.stderr
    assert not (tmp_path / "new").exists()


def test_init_asks_the_passphrase_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from cii_desktop.storage import keystore

    monkeypatch.setattr(keystore, "keystore_available", lambda: False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter([PASSPHRASE, PASSPHRASE + "x"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    folder = tmp_path / "p"
    assert cli.main(["init", "--data-dir", str(folder), "--lang", "fr"]) == 1
    assert not folder.exists()
    assert "phrases secrètes diffèrent" in capsys.readouterr().err  # in the French of the test's locale
    answers = iter([PASSPHRASE, PASSPHRASE])
    assert cli.main(["init", "--data-dir", str(folder)]) == 0
    assert (folder / "cii.db").exists()


def test_grid_comments_and_refusal_notes_refuse_escapes(store: Store) -> None:
    from cii_desktop.domain.grid import Rating
    from cii_desktop.services import referral

    case_id = new_case(store)
    with pytest.raises(ValidationFailed) as caught, store.unit_of_work() as uow:
        referral.record_grid(uow, case_id, {"health": Rating(2, "douleurs\u202e")}, "Anne", TODAY, today=TODAY)
    assert [e.field for e in caught.value.errors] == ["ratings.health"]
    with pytest.raises(ValidationFailed), store.unit_of_work() as uow:
        referral.record_refusal(uow, case_id, TODAY, "Anne", "non\x00", today=TODAY)


def test_signer_meeting_place_and_legal_basis_refuse_escapes(store: Store) -> None:
    """The signer's name at the pad, a meeting's place, who decided a legal basis (issue 17)."""
    from cii_desktop.domain.text import NAME_MAX
    from cii_desktop.services import meetings, referral
    from tests.integration.test_assessment import held_assessment
    from tests.support.pdf import signature_png

    case_id = new_case(store)
    _, contract_id = held_assessment(store, case_id)
    with store.unit_of_work() as uow:
        doc = documents.issue(uow, case_id, "contract", "fr", subject_id=contract_id)
        doc_id, party = doc.id, documents.parties(doc)[0]["party"]
    for name, place, code in (("Anne\x1b[31m", "Sion", "text.control"), ("A" * (NAME_MAX + 1), "Sion", "text.too_long"),
                              ("Anne", "Sion\u202e", "text.control")):
        with pytest.raises(ValidationFailed) as caught, store.unit_of_work() as uow:
            documents.sign_with_pad(uow, doc_id, party, name, signature_png(), place=place)
        assert [e.code for e in caught.value.errors] == [code]
    with pytest.raises(ValidationFailed) as caught, store.unit_of_work() as uow:
        meetings.schedule(uow, case_id, "round_table", TODAY, "Salle\x00 2", "Anne", ["ORP"], today=TODAY)
    assert [(e.field, e.code) for e in caught.value.errors] == [("place", "text.control")]
    with pytest.raises(ValidationFailed) as caught, store.unit_of_work() as uow:
        referral.record_legal_basis(uow, case_id, TODAY, "Juge\u202eX", "Anne", today=TODAY)
    assert [(e.field, e.code) for e in caught.value.errors] == [("decided_by", "text.control")]
    with store.unit_of_work() as uow:  # the same texts without the escapes pass
        documents.sign_with_pad(uow, doc_id, party, "Anne Rochat", signature_png(), place="Sion")
        meetings.schedule(uow, case_id, "round_table", TODAY, "Salle 2", "Anne", ["ORP"], today=TODAY)
        referral.record_legal_basis(uow, case_id, TODAY, "Juge de paix", "Anne", today=TODAY)

