"""The shared folder in Settings, checked as sync checks it: a folder that is not this network's share
is refused; one that cannot be reached now (an offline server) is kept only when the user confirms.
When the field is empty it shows the share the network membership names (what sync uses)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from ..services import network
from ..storage.store import Store
from .forms import ERROR_STYLE, point_at


class ShareSetting:
    def __init__(self, store: Store, edit: QLineEdit, form: QFormLayout, row: int) -> None:
        self.store, self.edit = store, edit
        self.error = QLabel(edit.parentWidget())
        self.error.setObjectName("shareError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        form.insertRow(row, "", self.error)
        self.used = network.network_share(store)
        self.retranslate()

    def retranslate(self) -> None:
        if self.used is not None:  # an empty field: sync uses the network's share
            self.edit.setPlaceholderText(str(self.used))
            self.edit.setToolTip(QCoreApplication.translate(
                "ShareSetting", "Empty: the network's shared folder is used (%1).").replace("%1", str(self.used)))

    def show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.edit.setStyleSheet(ERROR_STYLE if text else "")
        if text:
            window = self.error.window()  # the message whole: the dialog grows in height, not width
            layout = window.layout()
            if layout is not None and layout.hasHeightForWidth():
                window.resize(window.width(), max(window.height(), layout.heightForWidth(window.width())))
            point_at(self.edit)

    def accept(self, parent: QWidget) -> bool:
        """True when the field may be saved (empty, this network's share, or confirmed though out of reach)."""
        self.show("")
        text = self.edit.text().strip()
        if not text:
            return True
        state = network.share_state(self.store, Path(text).expanduser())
        if state == "share.not_network":
            self.show(QCoreApplication.translate(
                "ShareSetting", "This folder is not this network's shared folder (it holds no roster signed "
                "for this network): check the path, or choose the folder the network uses."))
            return False
        if state == "share.unreachable":
            answer = QMessageBox.question(
                parent, QCoreApplication.translate("ShareSetting", "Shared folder out of reach"),
                QCoreApplication.translate(
                    "ShareSetting", "The folder %1 cannot be reached now: it does not exist, or the server is "
                    "not connected. Keep it anyway? Sync works once it can be reached.").replace("%1", text),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Save:
                self.show(QCoreApplication.translate(
                    "ShareSetting", "This folder cannot be reached now (it does not exist, or the server is "
                    "not connected)."))
                return False
        return True
