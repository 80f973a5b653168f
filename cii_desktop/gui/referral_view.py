"""The referral path in the main window: sharing and CII-alert banners, referral and documents tabs, menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from ..documents import forms
from ..domain import grid as grid_rules
from ..domain import reference
from ..domain.dates import format_date
from ..domain.rule_tables import coded
from ..services import bureau, case_events, case_guard, documents, referral
from ..storage.models import Case
from . import i18n, tasks
from .forms import set_plain

if TYPE_CHECKING:
    from .host import CaseWindow


class ReferralController(QObject):
    """Keeps the referral widgets of the main window in step with the selected case."""

    def __init__(self, window: CaseWindow) -> None:
        super().__init__(window.window())
        self.w = window
        ui = window.ui
        for action, button, slot in (
                (ui.actionGrid, ui.gridButton, self.open_grid),
                (ui.actionConsent, ui.consentButton, self.open_consent),
                (ui.actionTargets, ui.targetsButton, self.open_targets),
                (ui.actionAnnounce, ui.announceButton, self.open_announcement),
                (ui.actionEvent, ui.eventButton, self.open_event),
                (ui.actionPrint, ui.printButton, self.print_preview)):
            action.triggered.connect(slot)
            button.clicked.connect(slot)
        ui.openDocumentButton.clicked.connect(self.open_version)
        ui.documentsList.itemActivated.connect(lambda _: self.open_version())
        ui.actionTriage.triggered.connect(self.open_triage)
        ui.actionAlerts.triggered.connect(self.open_alerts)
        ui.actionRegister.triggered.connect(self.open_register)
        ui.alertBanner.setVisible(False)
        from .handlings_view import HandlingsController

        self.handlings = HandlingsController(window)
        self.apply_permissions()
        ui.menuBureau.aboutToShow.connect(self.apply_permissions)  # roles follow the roster and profile
        self.retranslate()

    def apply_permissions(self) -> None:
        """The Bureau's triage is offered only to whom the permissions table allows it (the services
        refuse it to anyone else)."""
        from ..services import permissions

        self.w.ui.actionTriage.setVisible(permissions.may(self.w.store, "bureau.triage"))

    # Display ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        combo = self.w.ui.documentKindCombo
        current = combo.currentData()
        combo.clear()
        for kind in documents.kinds():
            combo.addItem(forms.title(kind, i18n.language()), kind)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def update_actions(self, enabled: bool, editable: bool | None = None) -> None:
        """``editable`` False: the case is held read-only here; only reading stays offered."""
        ui = self.w.ui
        editable = enabled if editable is None else editable
        for widget in (ui.actionGrid, ui.actionConsent, ui.actionTargets, ui.actionAnnounce, ui.actionEvent,
                       ui.actionPrint, ui.gridButton, ui.consentButton, ui.targetsButton, ui.announceButton,
                       ui.eventButton, ui.printButton, ui.documentKindCombo):
            widget.setEnabled(editable)
        ui.openDocumentButton.setEnabled(enabled)  # reading a version (its dialog offers no print then)
        self.handlings.update_actions(editable)

    def show_case(self, case_id: str | None) -> None:
        ui = self.w.ui
        self.handlings.show_case(case_id)
        ui.referralList.clear()
        ui.documentsList.clear()
        if not case_id:
            ui.sharingBanner.clear()
            ui.alertBanner.setVisible(False)
            return
        from .referral_dialogs import institution_names
        from .sharing_banner import banner_text

        lang = i18n.language()
        words = {"refus": self.tr("REFUS"), "grid": self.tr("Evaluation grid"),
                 "announcement": self.tr("Announcement to the Bureau CII"), "decision": self.tr("Bureau decision"),
                 "transition": self.tr("Transition"), "row": self.tr("row"),
                 "procuration": self.tr("Procuration CII"), "refusal": self.tr("Refusal of the person"),
                 "legal_basis": self.tr("Legal basis LIAS art. 60 ff."), "unsigned": self.tr("not signed yet"),
                 "revoked": self.tr("Revoked")}
        sep = i18n.colon()
        with self.w.store.reading() as session:
            state = referral.sharing_state(session, case_id)
            scope = referral.sharing_scope(session, case_id)
            alert = bureau.alert_for_case(session, case_id)
            lines: list[tuple[str, str]] = []
            for g in referral.grids(session, case_id):
                level = grid_rules.level_label(g.level).text(lang)
                refused = f" – {words['refus']}" if g.refused else ""
                who = ", ".join(p for p in (g.assessor, _role_text(g.assessor_role)) if p)  # no nested brackets
                lines.append((g.assessed_on.isoformat() + '.1', f"{format_date(g.assessed_on)}  {words['grid']}{sep}"
                                                         f"{level} – {who}{refused}"))
            for c in referral.consents(session, case_id):
                kind = {"procuration": words["procuration"], "refusal": words["refusal"],
                        "legal_basis": words["legal_basis"]}[c.kind]
                extra = (institution_names(referral.institutions_of(c), referral.offices_of(c))  # as the banner
                         if c.kind == "procuration" else c.decided_by)
                if c.kind == "procuration" and c.signature_status == "pending":
                    extra += f" – {words['unsigned']}"
                if c.revoked_on:
                    lines.append((c.revoked_on.isoformat() + ".2", f"{format_date(c.revoked_on)}  {words['revoked']}{sep}{kind}"))
                lines.append((c.given_on.isoformat() + ".2", f"{format_date(c.given_on)}  {kind}{sep + extra if extra else ''}"))
            for a in bureau.announcements(session, case_id):
                status = {"sent": self.tr("waiting for the Bureau"), "accepted": self.tr("accepted"),
                          "refused": self.tr("refused")}.get(a.status, a.status)
                when = a.announced_on.isoformat() if a.announced_on else ""
                lines.append((when + '.3', f"{format_date(a.announced_on)}  {words['announcement']}{sep}{status}"))
            for d in bureau.decisions(session, case_id):
                what = coded("handlings")[d.handling].text(lang) if d.handling else d.suggestions
                outcome = self.tr("accepted") if d.outcome == "accepted" else self.tr("refused")
                lines.append((d.decided_on.isoformat() + '.4', f"{format_date(d.decided_on)}  {words['decision']}{sep}"
                                                        f"{outcome} – {what} ({d.decided_by})"))
            for e in case_events.events(session, case_id):
                label = {"warning": self.tr("Written warning"), "disagreement": self.tr("Disagreement"),
                         "closure": self.tr("Closure")}[e.kind]
                detail = coded("closure_outcomes")[e.outcome].text(lang) if e.kind == "closure" else e.text
                lines.append((e.occurred_on.isoformat() + '.6', f"{format_date(e.occurred_on)}  {label}{sep}{detail}"))
            case = session.get(Case, case_id)
            reference_text = case.reference if case else ""
            for row in referral.register(session):
                if row.reference == reference_text:
                    direction = self.tr("ORP → CMS") if row.direction == "orp_to_cms" else self.tr("CMS → ORP")
                    lines.append((row.recorded_on.isoformat() + '.5', f"{format_date(row.recorded_on)}  {words['transition']} "
                                                               f"{direction}, {words['row']} {row.target_row}"))
            docs = documents.documents(session, case_id)
            doc_rows = [(d.id, documents.display_title(d, lang), d.version, d.status, d.printed_at,
                         len(documents.signed_parties(session, d.id)), len(documents.parties(d))) for d in docs]
        ui.sharingBanner.setText(banner_text(scope, state, case_guard.read_only(self.w.store, case_id)))
        color = "#1b5e20" if state.basis != "none" else "#6d4c00"
        ui.sharingBanner.setStyleSheet(f"color: {color}; font-weight: bold;")
        if alert is not None:
            names = ", ".join(i18n.short(reference.by_code(reference.INSTITUTIONS, c)) for c in alert.institutions)
            set_plain(ui.alertBanner, self.tr("CII alert: this person is followed by %1 (cases %2).")
                      .replace("%1", names).replace("%2", ", ".join(alert.case_references)))
        ui.alertBanner.setVisible(alert is not None)
        for _, text in sorted(lines, reverse=True):
            ui.referralList.addItem(text)
        states = {"printed": self.tr("not signed"), "signed_pad": self.tr("signed on screen"),
                  "signed_paper": self.tr("signed on paper")}
        for doc_id, title, version, status, printed_at, signed, parties in doc_rows:
            state = states.get(status, status)
            if status == "printed" and signed:  # as the preview says it: some parties signed on screen
                state = self.tr("%1 of %2 signatures", "", signed).replace("%1", str(signed)).replace("%2", str(parties))
            item = QListWidgetItem(f"{title} – v{version} – {state} ({i18n.datetime_text(printed_at)})")
            item.setData(Qt.ItemDataRole.UserRole, doc_id)
            ui.documentsList.addItem(item)

    # Actions -----------------------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> None:
        if dialog.exec():
            self.w._after_write()

    def _institution(self) -> str | None:
        return self.w.profile.institution_code if self.w.profile else None

    def open_grid(self) -> None:
        from .referral_dialogs import GridDialog

        if self.w.current_case_id:
            self._run(GridDialog(self.w.store, self.w.current_case_id, self.w.author, self._institution(), self.w.window()))

    def open_consent(self) -> None:
        from .referral_dialogs import ConsentDialog

        if self.w.current_case_id:
            self._run(ConsentDialog(self.w.store, self.w.current_case_id, self.w.author, self.w.window()))

    def open_targets(self) -> None:
        from .referral_dialogs import TargetsDialog

        if self.w.current_case_id:
            self._run(TargetsDialog(self.w.store, self.w.current_case_id, self.w.author, self.w.window()))

    def open_announcement(self) -> None:
        from .bureau_dialogs import AnnouncementDialog

        if self.w.current_case_id:
            self._run(AnnouncementDialog(self.w.store, self.w.current_case_id, self.w.author, self._institution(),
                                         self.w.window()))

    def open_event(self) -> None:
        from .bureau_dialogs import EventDialog

        if self.w.current_case_id:
            self._run(EventDialog(self.w.store, self.w.current_case_id, self.w.author, self.w.window()))

    def _person_language(self) -> str:
        with self.w.store.reading() as session:
            case = session.get(Case, self.w.current_case_id)
            return case.person.language if case else "fr"

    def _place(self) -> str:
        if self.w.profile and self.w.profile.office_code:
            return i18n.short(reference.by_code(reference.OFFICES, self.w.profile.office_code))
        return ""

    def print_preview(self) -> None:
        from .document_dialog import DocumentDialog

        kind = self.w.ui.documentKindCombo.currentData()
        if self.w.current_case_id and kind:
            self.w.ui.detailTabs.setCurrentWidget(self.w.ui.documentsTab)
            dialog = DocumentDialog(self.w.store, self.w.current_case_id, kind, self._person_language(),
                                    place=self._place(), parent=self.w.window())
            dialog.exec()
            self.w._after_write()

    def open_version(self) -> None:
        from .document_dialog import DocumentDialog

        item = self.w.ui.documentsList.currentItem()
        if self.w.current_case_id and item is not None:
            dialog = DocumentDialog(self.w.store, self.w.current_case_id, None, self._person_language(),
                                    document_id=item.data(Qt.ItemDataRole.UserRole), place=self._place(),
                                    parent=self.w.window())
            dialog.exec()
            self.w._after_write()

    def open_triage(self) -> None:
        from .bureau_dialogs import TriageDialog

        self._run(TriageDialog(self.w.store, self.w.author, self.w.window()))

    def open_alerts(self) -> None:
        """The Bureau's list, read off the GUI thread (it groups every open case) behind a
        cancellable progress dialog."""
        from .bureau_dialogs import TableDialog

        store = self.w.store

        def read(_ctx: tasks.TaskContext) -> list[bureau.Alert]:
            with store.reading() as session:
                return bureau.alerts(session)

        def show(alerts: list[bureau.Alert]) -> None:
            rows = [[a.person, ", ".join(i18n.short(reference.by_code(reference.INSTITUTIONS, c))
                                         for c in a.institutions), ", ".join(a.case_references)] for a in alerts]
            TableDialog(self.tr("CII alerts"), self.tr("Persons followed by several institutions:"),
                        [self.tr("Person"), self.tr("Institutions"), self.tr("Cases")], rows, self.w.window()).exec()

        tasks.read_with_progress(read, show, self.tr("Looking for persons followed by several institutions…"),
                                 self.w.window())

    def open_register(self) -> None:
        from .bureau_dialogs import TableDialog

        with self.w.store.reading() as session:
            rows = referral.register(session)
        data = [[format_date(r.recorded_on), r.reference, r.person,
                 self.tr("ORP → CMS") if r.direction == "orp_to_cms" else self.tr("CMS → ORP"), str(r.target_row),
                 r.recorded_by, (format_date(r.meeting_on) or self.tr("yes")) if r.network_meeting_planned else self.tr("no")]
                for r in rows]
        TableDialog(self.tr("Transitions register"), self.tr("Transitions ORP ↔ CMS recorded (newest first):"),
                    [self.tr("Date"), self.tr("Case"), self.tr("Person"), self.tr("Direction"), self.tr("Row"), self.tr("By"),
                     self.tr("Network meeting")], data, self.w.window()).exec()


def _role_text(role: str) -> str:
    """A role stored as a code in the reader's language; a typed role as typed."""
    codes = reference.codes(reference.ROLES)
    return i18n.label(reference.by_code(reference.ROLES, role)) if role in codes else role
