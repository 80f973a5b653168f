"""What the tab controllers (referral, handlings) need of the main window: a narrow interface,
so they do not import the window back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from ..services.profile import Profile
    from ..storage.store import Store
    from .generated.ui_main_window import Ui_MainWindow


class DialogRunner(Protocol):
    """The referral controller, as the handlings controller uses it."""

    def _run(self, dialog: QDialog) -> None:
        """Show a dialog; refresh the window when it wrote something."""

    def _person_language(self) -> str:
        """The language the selected case's person prints in."""

    def _place(self) -> str:
        """Where the user works (the place printed beside a signature)."""


class CaseWindow(Protocol):
    """The selected case, the database, who works, the widgets, and a refresh after a write."""

    ui: Ui_MainWindow
    store: Store
    profile: Profile | None
    current_case_id: str | None

    @property
    def author(self) -> str: ...

    @property
    def referral(self) -> DialogRunner: ...

    def window(self) -> QWidget:
        """The top-level widget: the parent of the dialogs the controllers open."""

    def _after_write(self) -> None:
        """Reload the list, the due panel and the case after a dialog wrote."""
