"""First steps: what to do on an empty main window (a new case, joining a network), and the
dialog that joins a sync network from the window (request file out, enrolment file in)."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.profile import Profile
from ..storage.store import Store
from .forms import show_error
from .messages import message


class Host(Protocol):
    """What the hint needs of the main window."""

    store: Store
    profile: Profile | None

    def new_case(self) -> None: ...

    def share_dir(self) -> str: ...

    def after_join(self, share: str) -> None: ...


class FirstSteps(QLabel):
    """A hint over the empty case list: how to start."""

    def __init__(self, host: Host, over: QWidget) -> None:
        super().__init__(over)
        self._host = host
        self.setObjectName("firstStepsHint")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: #333; background: #f4f6f8; border: 1px solid #c8d0d8; padding: 18px;")
        self.linkActivated.connect(self._follow)
        self.hide()

    def retranslate(self) -> None:
        new_case = self.tr("New person and case…")
        new_case_how = self.tr("(Ctrl+N): the person, then the case with its office and institution.")
        join = self.tr("Join a network…")
        join_how = self.tr("to receive the cases your partners share with you (an enrolment file from the "
                           "network administrator).")
        title = self.tr("No case yet. How to start:")
        steps = [f"<a href='new'>{escape(new_case)}</a> {escape(new_case_how)}",
                 f"<a href='join'>{escape(join)}</a> {escape(join_how)}"]
        self.setText(f"<p><b>{escape(title)}</b></p>" + "".join(f"<p>{step}</p>" for step in steps))

    def show_for(self, empty: bool) -> None:
        """Visible while the database holds no case at all (not when a filter hides them)."""
        if not empty:
            self.hide()
            return
        self.retranslate()
        area = self.parentWidget()
        if area is not None:
            width = min(560, max(240, area.width() - 40))
            self.setFixedWidth(width)
            self.adjustSize()
            self.move((area.width() - width) // 2, max(10, (area.height() - self.height()) // 3))
        self.show()
        self.raise_()

    def _follow(self, link: str) -> None:
        if link == "new":
            self._host.new_case()
        elif link == "join":
            JoinNetworkDialog(self._host, self.window()).exec()


class JoinNetworkDialog(QDialog):
    """Join a sync network: 1. write the request file for the administrator; 2. open the
    enrolment file with its one-time passphrase and the shared folder."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.setWindowTitle(self.tr("Join a network"))
        layout = QVBoxLayout(self)
        self.stepOne = QLabel(self.tr("1. Write a request file and hand it to the network's administrator."))
        self.stepOne.setWordWrap(True)
        self.requestButton = QPushButton(self.tr("&Write the request file…"))
        self.requestButton.clicked.connect(self.write_request)
        self.stepTwo = QLabel(self.tr("2. With the enrolment file you receive and its one-time passphrase "
                                      "(given another way than the file):"))
        self.stepTwo.setWordWrap(True)
        form = QFormLayout()
        self.enrolmentEdit, self.passphraseEdit, self.shareEdit = QLineEdit(), QLineEdit(), QLineEdit()
        self.shareEdit.setText(host.share_dir())
        for edit, label, chooser in ((self.enrolmentEdit, self.tr("Enrolment file:"), self._choose_enrolment),
                                     (self.shareEdit, self.tr("Shared server folder:"), self._choose_share)):
            row = QHBoxLayout()
            row.addWidget(edit)
            button = QPushButton(self.tr("Choose…"))
            button.clicked.connect(chooser)
            row.addWidget(button)
            form.addRow(label, row)
        form.addRow(self.tr("One-time passphrase:"), self.passphraseEdit)
        self.formError = QLabel()
        self.formError.setStyleSheet("color: #b00020;")
        self.formError.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.joinButton = buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.join)
        buttons.rejected.connect(self.reject)
        for widget in (self.stepOne, self.requestButton, self.stepTwo):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.formError)
        layout.addWidget(buttons)
        show_error(self.formError, None, None)

    def _choose_enrolment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Enrolment file"))
        if path:
            self.enrolmentEdit.setText(path)

    def _choose_share(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared server folder"), self.shareEdit.text())
        if folder:
            self.shareEdit.setText(folder)

    def write_request(self) -> None:
        from ..services import network

        profile = self._host.profile
        if profile is None or not profile.full_name.strip():
            # The request names the person the roster will state: never a stand-in the user did not give.
            show_error(self.formError, None, "profile.name_missing")
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Request file"), "cii-request.json")
        if not path:
            return
        try:
            request = network.make_request(self._host.store, profile.full_name, profile.institution_code or "ORP",
                                           profile.office_code or "SION")
            Path(path).write_bytes(request)
        except OSError:
            show_error(self.formError, None, "cli.file_error")
            return
        except Exception as exc:  # noqa: BLE001 - a coded error of the sync layer, shown in words
            show_error(self.formError, None, str(getattr(exc, "code", "store.error")))
            return
        show_error(self.formError, None, None)
        self.stepOne.setText(self.tr("1. Request file written: %1").replace("%1", Path(path).name))

    def join(self) -> None:
        from ..services import network

        for edit in (self.enrolmentEdit, self.passphraseEdit, self.shareEdit):
            if not edit.text().strip():
                show_error(self.formError, edit, "required")
                edit.setFocus()
                return
            edit.setStyleSheet("")
        share = Path(self.shareEdit.text().strip())
        if not share.is_dir():
            show_error(self.formError, self.shareEdit, "share.unreachable")
            self.shareEdit.setFocus()
            return
        try:
            enrolment = Path(self.enrolmentEdit.text().strip()).read_bytes()
            network.join(self._host.store, enrolment, self.passphraseEdit.text(), share)
        except OSError:
            show_error(self.formError, self.enrolmentEdit, "cli.file_error")
            return
        except Exception as exc:  # noqa: BLE001 - a coded error of the sync layer, shown in words
            code = str(getattr(exc, "code", "store.error"))
            show_error(self.formError, self.passphraseEdit, code)
            self.formError.setText(message(code))
            return
        self._host.after_join(str(share))
        self.accept()
