"""The Statistics window and the register import wizard through real widgets, in French and German."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from cii_desktop.gui.register_wizard import RegisterWizard
from cii_desktop.gui.statistics_dialog import StatisticsDialog
from cii_desktop.services import register, statistics
from cii_desktop.services.profile import Profile, save_profile
from cii_desktop.storage.records import Announcement
from cii_desktop.storage.store import Store
from tests.support.register import rows_2012, workbook

BUREAU = Profile("Claire Bonvin", "cantonal_officer", "BUREAU", "SION", "", "fr")
ORP = Profile("Anne Rochat", "counsellor", "ORP", "SION", "", "fr")
TEXT = {"fr": ("97 situations ont été annoncées en 2012", "Taux d'emploi", "Ligne"),
        "de": ("97 Situationen wurden 2012 dem IIZ-Büro gemeldet", "Beschäftigungsquote", "Zeile")}


def table_text(dialog: StatisticsDialog) -> list[tuple[str, str]]:
    table = dialog.ui.figuresTable
    return [(table.item(i, 0).text().strip(), table.item(i, 1).text()) for i in range(table.rowCount())]


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_bureau_sees_the_year_in_tables_and_charts(store: Store, french, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    french.switch(language)
    save_profile(store, BUREAU)
    assert register.run_import(store, workbook(rows_2012())).written == 100
    dialog = StatisticsDialog(store, BUREAU, year=2012)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.figures is not None, timeout=10000)
    assert TEXT[language][0] in dialog.ui.summaryLabel.text()
    rows = table_text(dialog)
    assert (TEXT[language][1], "50\u00a0%") in rows
    assert dialog.charts[1].values == [16, 17, 16, 16, 16, 16]
    assert len(dialog.charts[0].values) == 12  # the year's twelve months, those without announcements at 0
    assert dialog.charts[4].values == [13, 2, 3, 1, 7] and TEXT[language][1] in dialog.charts[4].title
    assert dialog.ui.importButton.isVisibleTo(dialog)
    dialog.ui.institutionCombo.setCurrentIndex(dialog.ui.institutionCombo.findData("CMS"))
    qtbot.waitUntil(lambda: dialog.figures is not None and dialog.figures["announced"] == 17, timeout=10000)
    dialog.grab()  # paints the charts


EMPTY = {"fr": ("Aucune situation annoncée cette année.", "Aucun tandem cette année."),
         "de": ("Keine gemeldeten Situationen in diesem Jahr.", "Keine Tandems in diesem Jahr.")}


def accent_pixels(widget) -> int:  # type: ignore[no-untyped-def]
    """Pixels of the bars' colour in the painted widget."""
    from cii_desktop.gui.statistics_dialog import ACCENT

    image = widget.grab().toImage()
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y) == ACCENT)


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_year_without_data_says_so_instead_of_drawing_zero_bars(store: Store, french, qtbot,
                                                                   language: str) -> None:  # type: ignore[no-untyped-def]
    french.switch(language)
    save_profile(store, BUREAU)
    register.run_import(store, workbook(rows_2012()))
    dialog = StatisticsDialog(store, BUREAU, year=2016)  # nothing in 2016
    qtbot.addWidget(dialog)
    dialog.resize(1300, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.figures is not None, timeout=10000)
    assert [chart.values for chart in dialog.charts if chart.shows_bars()] == []
    assert dialog.charts[0].empty == EMPTY[language][0] and dialog.charts[4].empty == EMPTY[language][1]
    assert all(accent_pixels(chart) == 0 for chart in dialog.charts)
    shots = os.environ.get("CII_SHOTS")  # a reviewer's look: CII_SHOTS=/folder pytest -k zero
    if shots:
        dialog.ui.tabs.setCurrentIndex(1)
        dialog.grab().save(f"{shots}/statistics-empty-{language}.png")
    dialog.ui.yearSpin.setValue(2012)  # the same window, a year with data: bars again
    qtbot.waitUntil(lambda: dialog.figures is not None and dialog.figures["year"] == 2012, timeout=10000)
    assert dialog.charts[1].shows_bars() and accent_pixels(dialog.charts[1]) > 0


@pytest.mark.gui
def test_other_users_see_their_own_institution(store: Store, french, qtbot) -> None:  # type: ignore[no-untyped-def]
    save_profile(store, BUREAU)
    register.run_import(store, workbook(rows_2012()))
    save_profile(store, ORP)  # the same workstation, now an ORP counsellor's
    dialog = StatisticsDialog(store, ORP, year=2012)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.figures is not None, timeout=10000)
    assert dialog.figures is not None and dialog.figures["announced"] == 16
    assert not dialog.ui.institutionCombo.isEnabled() and not dialog.ui.importButton.isVisibleTo(dialog)
    # the services refuse what the window does not offer: another institution's figures, the register
    from cii_desktop.services import permissions, statistics

    with pytest.raises(permissions.PermissionDenied):
        statistics.figures_for(store, statistics.Scope.year(2012, institution="CMS"))
    with pytest.raises(permissions.PermissionDenied):
        register.run_import(store, workbook(rows_2012()))


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_register_wizard_file_mapping_report_import(store: Store, french, qtbot, tmp_path: Path,
                                                    language: str) -> None:  # type: ignore[no-untyped-def]
    french.switch(language)
    rows = rows_2012()
    rows[4][2] = "31.02.1980"  # one bad row: reported, then skipped by choice
    path = tmp_path / "registre.xlsx"
    path.write_bytes(workbook(rows, language))
    save_profile(store, BUREAU)
    wizard = RegisterWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.mapping_page.isComplete(), timeout=10000)
    mapping = {wizard.mapping_page.table.item(i, 1).text() for i in range(wizard.mapping_page.table.rowCount())}
    assert {"fr": "Date d'annonce", "de": "meldedatum"}[language] in mapping
    wizard.next()
    report = wizard.report_page.report.toPlainText()
    assert f"{TEXT[language][2]} 6" in report
    assert not wizard.report_page.isComplete()  # all or nothing: one bad row blocks
    wizard.report_page.skip.setChecked(True)
    assert wizard.report_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=30000)
    assert wizard.imported == 99
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Announcement)) == 99


@pytest.mark.gui
def test_a_cancelled_import_in_the_wizard_writes_nothing(store: Store, french, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "registre.xlsx"
    path.write_bytes(workbook(rows_2012()))
    save_profile(store, BUREAU)
    wizard = RegisterWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.mapping_page.isComplete(), timeout=10000)
    wizard.next()
    wizard.next()
    wizard.reject()  # Cancel while importing: the import is cancelled, the wizard stays to say so
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=30000)
    assert wizard.imported == 0 and wizard.isVisible()
    progress = wizard.import_page.progress
    assert progress.value() < progress.maximum()  # a cancel never shows 100 %
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Announcement)) == 0


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_tro_held_in_the_window_with_its_outcome_is_counted(store: Store, french, qtbot,  # type: ignore[no-untyped-def]
                                                              language: str) -> None:
    from PySide6.QtCore import Qt

    from cii_desktop.gui.meeting_dialog import MeetingDialog
    from cii_desktop.services import statistics
    from tests.support.handlings import accepted
    from tests.support.qt import type_text
    from tests.support.referral import TODAY, new_case

    french.switch(language)
    case_id = new_case(store, "Imboden", "Lea", language=language, avs_digits="")
    handling_id = accepted(store, case_id, "round_table")
    dialog = MeetingDialog(store, case_id, None, lambda kind, subject: None, "Marc Fellay", None, TODAY,
                           handling_id=handling_id)
    qtbot.addWidget(dialog)
    d = dialog.ui
    d.kindCombo.setCurrentIndex(d.kindCombo.findData("round_table"))
    type_text(d.dateEdit, "20.11.2026")
    type_text(d.placeEdit, "ORP Sion")
    d.invitedList.item(0).setCheckState(Qt.CheckState.Checked)
    d.scheduleButton.click()
    assert dialog.meeting_id, d.formError.text()
    d.addParticipantButton.click()
    d.participantsTable.item(0, 0).setText("Anne Rochat")
    labels = [d.outcomeCombo.itemText(i) for i in range(d.outcomeCombo.count())]
    assert {"fr": "Emploi trouvé", "de": "Stelle gefunden"}[language] in labels
    d.outcomeCombo.setCurrentIndex(d.outcomeCombo.findData("work"))
    d.saveMinutesButton.click()
    assert not d.formError.text(), d.formError.text()
    with store.reading() as session:
        figures = statistics.compute(session, statistics.Scope.year(TODAY.year))
    assert figures["round_table"]["held"] == 1 and figures["round_table"]["outcomes"]["work"] == 1


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_bureau_picks_a_period_and_a_wrong_one_is_refused(store: Store, french, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    french.switch(language)
    save_profile(store, BUREAU)
    register.run_import(store, workbook(rows_2012()))
    dialog = StatisticsDialog(store, BUREAU, year=2012)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.figures is not None, timeout=10000)
    assert dialog.figures is not None and dialog.figures["announced"] == 97
    assert not dialog.ui.fromDate.isVisible() and dialog.ui.yearSpin.isVisible()
    assert dialog.ui.periodCombo.itemText(1) == {"fr": "Du … au …", "de": "Von … bis …"}[language]
    dialog.ui.periodCombo.setCurrentIndex(dialog.ui.periodCombo.findData("period"))
    assert dialog.ui.fromDate.isVisible() and not dialog.ui.yearSpin.isVisible()
    dialog.ui.fromDate.setDate(QDate(2012, 3, 1))
    dialog.ui.toDate.setDate(QDate(2012, 8, 31))
    assert (dialog.ui.fromDate.text(), dialog.ui.toDate.text()) == ("01.03.2012", "31.08.2012")
    qtbot.waitUntil(lambda: dialog.figures is not None and "period" in dialog.figures
                    and dialog.figures["period"] == {"from": "2012-03-01", "to": "2012-08-31"}, timeout=10000)
    assert 0 < dialog.figures["announced"] < 97
    assert {"fr": "annoncées du 01.03.2012 au 31.08.2012", "de": "vom 01.03.2012 bis 31.08.2012 dem"}[language] \
        in dialog.ui.summaryLabel.text()
    dialog.ui.toDate.setDate(QDate(2012, 2, 1))  # before the start: said, nothing computed, no report
    assert dialog.figures is None and not dialog.ui.exportButton.isEnabled()
    assert dialog.ui.summaryLabel.text() == {"fr": "La date de fin précède la date de début.",
                                             "de": "Das Enddatum liegt vor dem Beginn."}[language]
    dialog.ui.toDate.setDate(QDate(2012, 12, 31))
    qtbot.waitUntil(lambda: dialog.figures is not None, timeout=10000)
    assert dialog.ui.exportButton.isEnabled()


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_wizard_re_applies_a_changed_register(store: Store, french, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 language: str) -> None:
    french.switch(language)
    save_profile(store, BUREAU)
    rows = rows_2012()
    assert register.run_import(store, workbook(rows)).written == 100
    waiting = next(i for i, r in enumerate(rows) if r[8] == "Assessment" and r[10] == "En attente")
    rows[waiting][10], rows[waiting][11], rows[waiting][12] = "Terminé", rows[waiting][9], "Suivi AI"
    path = tmp_path / "registre.xlsx"
    path.write_bytes(workbook(rows, language))
    wizard = RegisterWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.mapping_page.isComplete(), timeout=10000)
    wizard.next()
    assert {"fr": "1 mise à jour, 99 inchangées, 0 refusée",
            "de": "1 aktualisiert, 99 unverändert, 0 abgelehnt"}[language] in wizard.report_page.report.toPlainText()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=30000)
    assert {"fr": "1 mise à jour,", "de": "1 aktualisiert"}[language] in wizard.import_page.summary.toPlainText()
    with store.reading() as session:
        figures = statistics.compute(session, statistics.Scope.year(2012))
    assert figures["assessment"]["closed"] == 7 and figures["assessment"]["outcomes"]["disability_insurance"] == 2


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_from_to_fits_a_1366_screen_starts_with_the_year_and_a_wrong_period_clears(  # type: ignore[no-untyped-def]
        store: Store, french, qtbot, tmp_path: Path, language: str) -> None:
    from PySide6.QtCore import QPoint

    french.switch(language)
    save_profile(store, BUREAU)
    register.run_import(store, workbook(rows_2012()))
    dialog = StatisticsDialog(store, BUREAU, year=2012)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.figures is not None, timeout=10000)
    dialog.ui.periodCombo.setCurrentIndex(dialog.ui.periodCombo.findData("period"))
    # the period starts as the year selected (2012), not 01.01.–today of this year
    assert (dialog.ui.fromDate.text(), dialog.ui.toDate.text()) == ("01.01.2012", "31.12.2012")
    computing = dialog.tr("Computing…")  # 01.01.–31.12.2012 is the year 2012: the same figures, computed again
    qtbot.waitUntil(lambda: dialog.figures is not None and dialog.ui.summaryLabel.text() != computing,
                    timeout=10000)
    assert dialog.figures["announced"] == 97
    assert dialog.minimumSizeHint().width() <= 1366 and dialog.width() <= 1366
    for button in (dialog.ui.importButton, dialog.ui.exportButton, dialog.ui.toDate, dialog.ui.institutionCombo):
        right = button.mapTo(dialog, QPoint(button.width(), button.height()))
        assert button.isVisible() and right.x() <= dialog.width(), button.objectName()
        assert button.width() >= button.minimumSizeHint().width(), button.objectName()  # not cut
    shot = dialog.grab()
    for folder in (tmp_path, *([Path(os.environ["F15_SHOTS"])] if os.environ.get("F15_SHOTS") else [])):
        assert shot.save(str(folder / f"statistics-period-{language}.png"))
    assert table_text(dialog)
    if os.environ.get("F15_SHOTS"):  # the charts tab too (its painting is kept as it is)
        dialog.ui.tabs.setCurrentIndex(1)
        dialog.grab().save(str(Path(os.environ["F15_SHOTS"]) / f"statistics-charts-{language}.png"))
        dialog.ui.tabs.setCurrentIndex(0)
    dialog.ui.toDate.setDate(QDate(2011, 12, 31))  # before the start: the old figures leave the table and charts
    assert dialog.figures is None and dialog.ui.figuresTable.rowCount() == 0
    assert not any(chart.values or chart.title for chart in dialog.charts)
    if os.environ.get("F15_SHOTS"):
        dialog.grab().save(str(Path(os.environ["F15_SHOTS"]) / f"statistics-wrong-period-{language}.png"))


@pytest.mark.gui
@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_wizard_treats_a_refused_update_as_an_error_row(store: Store, french, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          language: str) -> None:
    from PySide6.QtWidgets import QWizard

    french.switch(language)
    save_profile(store, BUREAU)
    rows = rows_2012()
    assert register.run_import(store, workbook(rows)).written == 100
    waiting = next(i for i, r in enumerate(rows) if r[8] == "Assessment" and r[10] == "En attente")
    rows[waiting][10], rows[waiting][11], rows[waiting][12] = "Terminé", rows[waiting][9], "Suivi AI"
    tandem = next(i for i, r in enumerate(rows) if r[8] == "Décloisonnement" and r[10] == "En cours")
    rows[tandem][8], rows[tandem][10] = "Refus", ""  # the Bureau's decision changed: refused
    path = tmp_path / "registre.xlsx"
    path.write_bytes(workbook(rows, language))
    wizard = RegisterWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.mapping_page.isComplete(), timeout=10000)
    wizard.next()
    assert wizard.buttonText(QWizard.WizardButton.CommitButton) == {"fr": "Importer", "de": "Importieren"}[language]
    assert {"fr": "1 avec erreurs", "de": "1 mit Fehlern"}[language] in wizard.report_page.report.toPlainText()
    assert not wizard.report_page.isComplete()  # all or nothing: the refused row stops the import
    wizard.report_page.skip.setChecked(True)
    assert wizard.report_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=30000)
    assert {"fr": "1 mise à jour, 98 inchangées, 1 refusée", "de": "1 aktualisiert, 98 unverändert, 1 abgelehnt"}[
        language] in wizard.import_page.summary.toPlainText()
    with store.reading() as session:
        figures = statistics.compute(session, statistics.Scope.year(2012))
    assert figures["assessment"]["closed"] == 7 and figures["tandem"]["total"] == 26


@pytest.mark.gui
def test_the_wizard_says_a_damaged_workbook_is_not_a_workbook(store: Store, french, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import io
    import zipfile

    french.switch("de")
    save_profile(store, BUREAU)
    good = workbook(rows_2012()[:2])
    path = tmp_path / "cc.xlsx"  # a raw control character in the sheet XML (openpyxl: ParseError)
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(path, "w") as out:
        for name in src.namelist():
            data = src.read(name)
            out.writestr(name, data.replace(b"Nom1", b"N\x01om1", 1) if "worksheets" in name else data)
    wizard = RegisterWizard(store)
    qtbot.addWidget(wizard)
    wizard.resize(760, 560)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: "Excel" in wizard.mapping_page.status.text(), timeout=10000)
    assert "keine Excel-Arbeitsmappe" in wizard.mapping_page.status.text()
    assert "Datenbank" not in wizard.mapping_page.status.text() and not wizard.mapping_page.isComplete()
    if os.environ.get("F15_SHOTS"):
        wizard.grab().save(str(Path(os.environ["F15_SHOTS"]) / "wizard-damaged-de.png"))
    wizard.back()
    wizard.file_page.path.setText(str(tmp_path / "good.xlsx"))
    (tmp_path / "good.xlsx").write_bytes(workbook(rows_2012()[:2], "de"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.mapping_page.isComplete(), timeout=10000)
    header = wizard.mapping_page.table.horizontalHeader()
    assert header.sectionSize(0) >= header.sectionSizeHint(0)  # the header not cut
    if os.environ.get("F15_SHOTS"):
        wizard.grab().save(str(Path(os.environ["F15_SHOTS"]) / "wizard-mapping-de.png"))
