"""Re-importing the register on a real encrypted database: a changed row updates its situation (journaled),
unchanged rows change nothing, a changed Bureau decision is refused with its reason; twice = once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from cii_desktop.cli import translate
from cii_desktop.services import register, register_xlsx, statistics
from cii_desktop.storage.models import Case, ChangeLog
from cii_desktop.storage.records import Announcement, BureauDecision, Handling
from cii_desktop.storage.store import Store
from tests.integration.test_register import row
from tests.support.register import workbook
from tests.support.roles import as_bureau

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def store(store: Store) -> Store:
    """The register is the Bureau CII's: this workstation's user is its cantonal officer."""
    as_bureau(store)
    return store


def situation(store: Store, name: str) -> tuple[Case, Announcement, BureauDecision | None, Handling | None]:
    with store.reading() as session:
        from cii_desktop.storage.models import Person

        case, announcement = session.execute(
            select(Case, Announcement).join(Announcement, Announcement.case_id == Case.id)
            .join(Person, Person.id == Case.person_id).where(Person.last_name == name)).one()
        decision = session.scalars(select(BureauDecision).where(BureauDecision.announcement_id == announcement.id)
                                   ).one_or_none()
        handling = session.scalars(select(Handling).where(Handling.decision_id == decision.id)).one_or_none() \
            if decision is not None else None
        session.expunge_all()
        return case, announcement, decision, handling


def figures(store: Store) -> dict[str, Any]:
    with store.reading() as session:
        return statistics.compute(session, statistics.Scope.year(2026))


def journal(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog)) or 0


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_changed_row_updates_its_situation_and_twice_is_once(store: Store, language: str) -> None:
    first = [row(), row(Nom="Favre", **{"Décision du Bureau": "TRO", "État": "En attente"}),
             row(Nom="Moret", **{"Décision du Bureau": "", "Date de décision": None, "État": ""}),
             row(Nom="Bonvin", **{"Décision du Bureau": "Décloisonnement", "État": "En cours"})]
    assert register.run_import(store, workbook(first), today=TODAY).written == 4
    before = figures(store)
    assert before["assessment"]["closed"] == 0 and before["round_table"]["held"] == 0
    changed = [row(État="Terminé", Résultat="Emploi", Remarques="Poste trouvé à Sion",
                   **{"Date de clôture": "20.05.2026"}),
               row(Nom="Favre", Résultat="Suivi en réseau", **{"Décision du Bureau": "TRO", "État": "Terminé",
                                                                 "Date de clôture": "01.04.2026"}),
               row(Nom="Moret", **{"Décision du Bureau": "Assessment", "Date de décision": "03.03.2026"}),
               row(Nom="Bonvin", **{"Décision du Bureau": "Refus", "État": ""})]
    data = workbook(changed, language)
    dry = register.run_import(store, data, dry_run=True, today=TODAY)
    assert (dry.updated, dry.unchanged, dry.refused) == (3, 0, 1)
    assert figures(store) == before  # a dry run writes nothing
    # All or nothing (the default): the refused row is an error row, so nothing is written at all.
    written = journal(store)
    refused = register.run_import(store, data, today=TODAY)
    assert not refused.committed and [(p.row, p.column) for p in refused.errors] == [(5, "decision")]
    assert journal(store) == written and figures(store) == before
    text = "\n".join(register_xlsx.report_lines(refused, lambda code: translate(code, language), language))
    assert {"fr": "1 avec erreurs", "de": "1 mit Fehlern"}[language] in text
    assert {"fr": "Rien n'a été importé", "de": "Es wurde nichts importiert"}[language] in text
    # Skipping the rows with errors: the other changed rows are written, the refused one counted as refused.
    result = register.run_import(store, data, skip_invalid=True, today=TODAY)
    assert (result.written, result.updated, result.unchanged, result.refused) == (0, 3, 0, 1)
    assert result.committed
    text = "\n".join(register_xlsx.report_lines(result, lambda code: translate(code, language), language))
    assert {"fr": "3 mises à jour, 0 inchangée, 1 refusée (motifs ci-dessus)",
            "de": "3 aktualisiert, 0 unverändert, 1 abgelehnt (Gründe oben)"}[language] in text
    assert {"fr": "Ligne 5 – Décision du Bureau :", "de": "Zeile 5 – Entscheid IIZ-Buero:"}[language] in text

    case, _announcement, _decision, handling = situation(store, "Rochat")
    assert handling is not None and (handling.state, handling.outcome, handling.closed_on) == (
        "closed", "work", dt.date(2026, 5, 20))
    assert (case.status, case.closed_on, case.summary) == ("closed", dt.date(2026, 5, 20), "Poste trouvé à Sion")
    _case, announcement, decision, handling = situation(store, "Moret")  # decided since: decision added
    assert announcement.status == "accepted" and decision is not None and decision.decided_on == dt.date(2026, 3, 3)
    assert handling is not None and (handling.kind, handling.state) == ("assessment", "to_organise")
    _case, _announcement, _decision, handling = situation(store, "Bonvin")  # refused: left as it was
    assert handling is not None and handling.kind == "tandem"
    after = figures(store)
    assert after["assessment"]["closed"] == 1 and after["assessment"]["outcomes"]["work"] == 1
    assert after["assessment"]["decided"] == 2 and after["round_table"]["outcomes"]["network"] == 1
    assert after["tandem"]["total"] == 1 and after["refused"] == 0

    written = journal(store)
    again = register.run_import(store, data, skip_invalid=True, today=TODAY)  # the same file twice: nothing more
    assert (again.written, again.updated, again.unchanged, again.refused) == (0, 0, 3, 1)
    assert journal(store) == written and figures(store) == after


def test_an_update_is_journaled_for_sync_and_leaves_work_done_in_the_window(store: Store) -> None:
    register.run_import(store, workbook([row(État="En cours")]), today=TODAY)
    case, _announcement, _decision, handling = situation(store, "Rochat")
    assert handling is not None and handling.state == "held"
    with store.unit_of_work() as uow:  # the contract was signed in the window since
        uow.session.get(Handling, handling.id).state = "contract_signed"  # type: ignore[union-attr]
    # Only the remarks changed in the file: the handling moved on here is left alone.
    result = register.run_import(store, workbook([row(État="En cours", Remarques="Suivi hebdomadaire")]),
                                 today=TODAY)
    assert (result.updated, result.unchanged) == (1, 0)
    case, _announcement, _decision, handling = situation(store, "Rochat")
    assert handling is not None and handling.state == "contract_signed"
    assert case.summary == "Suivi hebdomadaire"
    with store.reading() as session:
        fields = set(session.execute(select(ChangeLog.table_name, ChangeLog.field).where(
            ChangeLog.row_id == case.id, ChangeLog.field == "summary")).all())
    assert fields == {("case_file", "summary")}
    with store.reading() as session:
        entries = session.scalars(select(ChangeLog.new_value).where(
            ChangeLog.row_id == case.id, ChangeLog.field == "summary").order_by(ChangeLog.seq)).all()
    assert entries[-1] == '"Suivi hebdomadaire"'


def test_a_tro_closed_in_the_register_exports_back_as_closed(store: Store) -> None:
    data = workbook([row(Nom="Favre", Résultat="Suivi ORP", **{"Décision du Bureau": "TRO", "État": "Terminé",
                                                                "Date de clôture": "01.04.2026"})])
    register.run_import(store, data, today=TODAY)
    with store.reading() as session:
        exported = register_xlsx.export(session, "fr")
    rows = list(register_xlsx.read_rows(exported))
    assert rows[1][10] == "Terminé" and rows[1][12] == "Suivi ORP"
    again = register.run_import(store, exported, today=TODAY)  # the export re-imported: nothing changes
    assert (again.written, again.updated, again.unchanged) == (0, 0, 1)


def test_a_decision_whose_handling_was_deleted_here_is_refused_not_doubled(store: Store) -> None:
    register.run_import(store, workbook([row()]), today=TODAY)
    _case, _announcement, decision, handling = situation(store, "Rochat")
    assert decision is not None and handling is not None
    with store.unit_of_work() as uow:  # the assessment was withdrawn in the window (tombstone)
        uow.delete(uow.session.get(Handling, handling.id))
    changed = workbook([row(État="En cours")])
    for _ in range(2):
        result = register.run_import(store, changed, today=TODAY)
        assert (result.updated, result.unchanged, result.refused) == (0, 0, 1)
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(BureauDecision)) == 1
        assert session.scalar(select(func.count()).select_from(Handling).where(Handling.deleted.is_(False))) == 0
