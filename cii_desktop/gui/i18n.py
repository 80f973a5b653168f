"""The one place for languages: Qt translators (ours and Qt's own), Swiss locale, dd.MM.yyyy dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from ..domain.dates import format_date
from ..domain.reference import Entry
from ..paths import asset_dir

LANGUAGES = ("fr", "de")
DEFAULT_LANGUAGE = "fr"


class SwissGermanTranslator(QTranslator):
    """Qt's German catalogue written the Swiss way: "ss", never "ß" (Schliessen, not Schließen)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        text = super().translate(context, source, disambiguation, n)
        # None (a null QString) when not found: an empty string would count as a translation and
        # blank out texts looked up in the next translator (PySide's tr() walks the class contexts).
        return text.replace("ß", "ss") if text else None


# Texts of Qt's own dialogs its catalogues leave untranslated (the file dialog's "Look in" and
# "Files of type" labels): looked up after Qt's catalogue, so Qt's wording wins wherever it has one.
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "de": {("QFileDialog", "Look in:"): "Suchen in:", ("QFileDialog", "&Look in:"): "&Suchen in:",
           ("QFileDialog", "Files of type:"): "Dateityp:", ("QFileDialog", "Files of &type:"): "Datei&typ:"},
    "fr": {("QFileDialog", "Look in:"): "Voir dans :", ("QFileDialog", "&Look in:"): "&Voir dans :",
           ("QFileDialog", "Files of type:"): "Fichiers de type :",
           ("QFileDialog", "Files of &type:"): "Fichiers de &type :"},
}


class QtGaps(QTranslator):
    """The few Qt dialog texts missing from Qt's catalogue of the language."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = QT_GAPS.get(language, {})

    def isEmpty(self) -> bool:
        return not self._texts

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        return self._texts.get((context, source))


class I18n(QObject):
    """Installs the translators of the current language and switches at runtime, without restart."""

    languageChanged = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def switch(self, language: str) -> None:
        """Load our catalogue and Qt's own for ``language``; every open window retranslates."""
        language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = []
        self._translators.append(QtGaps(language, self))  # installed first: searched last
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase: QTranslator = SwissGermanTranslator(self) if language == "de" else QTranslator(self)
        if qtbase.load(f"qtbase_{language}", qt_dir):
            self._translators.append(qtbase)
        ours = QTranslator(self)
        if ours.load(f"cii_desktop_{language}", str(asset_dir("translations"))):
            self._translators.append(ours)
        self.language = language  # read by the widgets while they retranslate
        QLocale.setDefault(QLocale(QLocale.Language.German if language == "de"
                                   else QLocale.Language.French, QLocale.Country.Switzerland))
        for translator in self._translators:
            self._app.installTranslator(translator)  # posts LanguageChange to every widget
        # Deliver those events now, so every open window is retranslated when switch() returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.languageChanged.emit(language)


_current: I18n | None = None


def install(app: QCoreApplication, language: str) -> I18n:
    """The one translation manager of ``app`` (made on first call), switched to ``language``: a second
    manager would leave the first one's catalogues installed, and which one wins would depend on order."""
    global _current
    if _current is None or _current._app is not app:
        _current = I18n(app)
    _current.switch(language)
    return _current


def current() -> I18n:
    if _current is None:
        raise RuntimeError("i18n.install() has not been called")
    return _current


def language() -> str:
    return _current.language if _current else DEFAULT_LANGUAGE


def colon() -> str:
    """The colon between a label and its value: French typography puts a (non-breaking) space
    before it ("Procuration CII : CMS"), German none ("IIZ-Vollmacht: SMZ")."""
    return "\u00a0: " if language() == "fr" else ": "


def label(entry: Entry) -> str:
    """A reference-table entry in the current language."""
    return entry.name(language())


def short(entry: Entry) -> str:
    return entry.abbreviation(language())


def date_text(value: dt.date | None) -> str:
    """Dates everywhere in the GUI: dd.MM.yyyy."""
    return format_date(value)


def datetime_text(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    local = value.replace(tzinfo=dt.timezone.utc).astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"
