"""The consent form's list of institutions, each ticked one offering its offices to tick.

An institution ticked with no office ticked is named whole (every workstation of it); ticking offices
restricts it to those offices (``tables/sharing.json``, ``procuration_names_offices``). Office items sit
right under their institution, indented, and show only while it is ticked. The office codes are the
domain's (``reference.OFFICES``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ..domain import reference
from . import i18n

OFFICE_ROLE = Qt.ItemDataRole.UserRole + 1  # (institution, office) on an office item
INDENT = "      "


def fill(widget: QListWidget) -> None:
    """(Re)fill the list in the current language, keeping what was ticked."""
    institutions, offices = set(selected(widget)), {(i, o) for i, codes in selected_offices(widget).items()
                                                    for o in codes}
    widget.clear()
    tip = QCoreApplication.translate(
        "ConsentOffices", "Tick offices to share with these offices only; none ticked: the whole institution.")
    for entry in reference.INSTITUTIONS:
        widget.addItem(_item(i18n.label(entry), entry.code in institutions, Qt.ItemDataRole.UserRole, entry.code))
        if entry.code == "BUREAU":
            continue
        for office in reference.OFFICES:
            item = _item(INDENT + QCoreApplication.translate("ConsentOffices", "office: %1").replace(
                "%1", i18n.label(office)), (entry.code, office.code) in offices, OFFICE_ROLE,
                (entry.code, office.code))
            item.setToolTip(tip)
            widget.addItem(item)
    show_offices(widget)


def _item(text: str, checked: bool, role: Qt.ItemDataRole | int, value: object) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(role, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _items(widget: QListWidget) -> list[QListWidgetItem]:
    return [widget.item(i) for i in range(widget.count())]


def selected(widget: QListWidget) -> list[str]:
    """The institutions ticked."""
    return [item.data(Qt.ItemDataRole.UserRole) for item in _items(widget)
            if item.data(Qt.ItemDataRole.UserRole) and item.checkState() == Qt.CheckState.Checked]


def selected_offices(widget: QListWidget) -> dict[str, list[str]]:
    """The offices ticked under each ticked institution (an institution without any: absent)."""
    ticked = set(selected(widget))
    offices: dict[str, list[str]] = {}
    for item in _items(widget):
        pair = item.data(OFFICE_ROLE)
        if pair and pair[0] in ticked and item.checkState() == Qt.CheckState.Checked:
            offices.setdefault(str(pair[0]), []).append(str(pair[1]))
    return offices


def show_offices(widget: QListWidget, *_: object) -> None:
    """Office items show under a ticked institution only."""
    ticked = set(selected(widget))
    for item in _items(widget):
        pair = item.data(OFFICE_ROLE)
        if pair:
            item.setHidden(pair[0] not in ticked)
