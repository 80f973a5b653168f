"""Per-user application settings (QSettings): language, data folder, shared folder, window layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from .. import APP_NAME, presets

ORGANISATION = "Canton du Valais"


class AppSettings:
    """No personal data here: paths and preferences only."""

    def __init__(self) -> None:
        self._q = QSettings(ORGANISATION, APP_NAME)

    def stored(self, key: str) -> str | None:
        """What the user chose in Settings (no environment, no presets); None if nothing."""
        value = self._q.value(key)
        return str(value) if value not in (None, "") else None

    def _get(self, key: str) -> str | None:
        stored = self.stored(key)
        # environment > the user's settings > the machine-wide presets written by the installer
        return presets.resolve(key, user=stored) if key in presets.SETTINGS else stored

    @property
    def office(self) -> str | None:
        """Office and institution proposed to a new profile (presets; the profile is in the database)."""
        return self._get("office")

    @property
    def institution(self) -> str | None:
        return self._get("institution")

    @property
    def language(self) -> str | None:
        return self._get("language")

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("language", value)

    @property
    def data_dir(self) -> Path | None:
        value = self._get("data_dir")
        return Path(value) if value else None

    @data_dir.setter
    def data_dir(self, value: Path) -> None:
        self._q.setValue("data_dir", str(value))

    @property
    def share_dir(self) -> str:
        return self._get("share_dir") or ""

    @share_dir.setter
    def share_dir(self, value: str) -> None:
        self._q.setValue("share_dir", value)

    @property
    def lock_minutes(self) -> int:
        """Idle minutes before the window locks itself (default 10, at least 1)."""
        try:
            return max(1, int(self._get("lock_minutes") or 10))
        except ValueError:
            return 10

    @lock_minutes.setter
    def lock_minutes(self, value: int) -> None:
        self._q.setValue("lock_minutes", str(max(1, int(value))))

    def geometry(self, name: str) -> QByteArray | None:
        value = self._q.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"geometry/{name}", value)

    def sync(self) -> None:
        self._q.sync()
