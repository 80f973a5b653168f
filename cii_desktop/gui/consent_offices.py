"""The consent form's list of institutions, each ticked one offering its offices to tick.

An institution ticked with no office ticked is named whole (every workstation of it); ticking offices
restricts it to those offices (``tables/sharing.json``, ``procuration_names_offices``). Office items sit
right under their institution, their check box indented under it, and show only while it is ticked.
A click anywhere on an item (its label too, not only its box) ticks it. The office codes are the
domain's (``reference.OFFICES``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyledItemDelegate, QStyleOptionViewItem

from ..domain import reference
from . import i18n

OFFICE_ROLE = Qt.ItemDataRole.UserRole + 1  # (institution, office) on an office item
INDENT_PX = 24  # an office's check box sits under its institution's label, not at the far left


class _Indented(QStyledItemDelegate):
    """Office items drawn (and their check box hit) one step to the right."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(OFFICE_ROLE):
            option.rect.adjust(INDENT_PX, 0, 0, 0)  # type: ignore[attr-defined]


def install(widget: QListWidget) -> None:
    """Indent the offices and let a click on an item's label tick it (the box itself toggles as usual)."""
    widget.setItemDelegate(_Indented(widget))
    toggled: list[QListWidgetItem] = []  # the item whose box the current click toggled

    def pressed(_item: QListWidgetItem) -> None:
        toggled.clear()

    def changed(item: QListWidgetItem) -> None:
        toggled[:] = [item]

    def clicked(item: QListWidgetItem) -> None:
        if toggled and toggled[0] is item:  # the click was on the box: Qt toggled it already
            toggled.clear()
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        toggled.clear()

    widget.itemPressed.connect(pressed)
    widget.itemChanged.connect(changed)
    widget.itemClicked.connect(clicked)


def clear(widget: QListWidget) -> None:
    """Nothing ticked (the form after a record)."""
    for item in _items(widget):
        item.setCheckState(Qt.CheckState.Unchecked)
    show_offices(widget)


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
            item = _item(QCoreApplication.translate("ConsentOffices", "Office: %1").replace(
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
