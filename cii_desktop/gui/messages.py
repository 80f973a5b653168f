"""Translated wording of the core's error codes (the same codes as domain.errors.MESSAGES)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Marked for lupdate; translated when looked up, so a language switch applies at once.
TEXTS = {
    "avs.not_digits": QT_TRANSLATE_NOOP("Messages", "The AVS number may only contain digits, dots and spaces."),
    "avs.length": QT_TRANSLATE_NOOP("Messages", "The AVS number has 13 digits (756.XXXX.XXXX.XC)."),
    "avs.prefix": QT_TRANSLATE_NOOP("Messages", "A Swiss AVS number starts with 756."),
    "avs.check_digit": QT_TRANSLATE_NOOP("Messages", "The AVS number is not valid: its check digit does not match."),
    "date.format": QT_TRANSLATE_NOOP("Messages", "Enter the date as dd.mm.yyyy."),
    "date.impossible": QT_TRANSLATE_NOOP("Messages", "This date does not exist."),
    "date.birth_future": QT_TRANSLATE_NOOP("Messages", "The birth date cannot be in the future."),
    "date.birth_too_old": QT_TRANSLATE_NOOP("Messages", "The birth date is before 1900."),
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "email.invalid": QT_TRANSLATE_NOOP("Messages", "This e-mail address is not valid."),
    "language.invalid": QT_TRANSLATE_NOOP("Messages", "The language must be French or German."),
    "reference.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown value."),
    "case.closed_needs_date": QT_TRANSLATE_NOOP("Messages", "A closed case needs a closing date."),
    "case.closing_before_opening": QT_TRANSLATE_NOOP("Messages", "The closing date is before the opening date."),
    "attachment.too_large": QT_TRANSLATE_NOOP("Messages", "The file is larger than 50 MB."),
    "store.error": QT_TRANSLATE_NOOP("Messages", "The database could not be used."),
    "store.wrong_key": QT_TRANSLATE_NOOP("Messages", "The key does not open this database. Nothing was changed."),
    "store.corrupt": QT_TRANSLATE_NOOP("Messages", "The database file is damaged or is not a CII Desktop database."),
    "store.no_database": QT_TRANSLATE_NOOP("Messages", "There is no CII Desktop database in this folder."),
    "store.exists": QT_TRANSLATE_NOOP("Messages", "A database already exists in this folder; it was left untouched."),
    "store.keyinfo_missing": QT_TRANSLATE_NOOP("Messages", "The key information file beside the database is missing. "
                                "Restore it from the backup; the database was left untouched."),
    "store.key_missing": QT_TRANSLATE_NOOP("Messages", "The keystore has no key for this database. Enter the recovery key; "
                            "no new key was created and nothing was overwritten."),
    "store.keystore_unavailable": QT_TRANSLATE_NOOP("Messages", "No usable keystore on this computer. "
                                     "Choose a passphrase instead."),
    "store.passphrase_required": QT_TRANSLATE_NOOP("Messages", "This database is protected by a passphrase."),
    "store.wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "Wrong passphrase. Nothing was changed."),
    "store.weak_passphrase": QT_TRANSLATE_NOOP("Messages", "The passphrase needs at least 12 characters."),
    "store.wrong_recovery_key": QT_TRANSLATE_NOOP("Messages", "This recovery key does not open this database."),
    "store.disk_full": QT_TRANSLATE_NOOP("Messages", "The disk is full: the last change was not saved. "
                          "Free some space and retry."),
    "store.folder_not_writable": QT_TRANSLATE_NOOP("Messages", "The data folder cannot be written to."),
"cli.passphrase_file": QT_TRANSLATE_NOOP("Messages", "The passphrase file cannot be read."),
"cli.recovery_file": QT_TRANSLATE_NOOP("Messages", "The recovery key file cannot be read."),
"cli.passphrase_needed": QT_TRANSLATE_NOOP("Messages", "A passphrase is needed: --passphrase-file or CII_DESKTOP_PASSPHRASE."),
"cli.file_error": QT_TRANSLATE_NOOP("Messages", "A file could not be read or written."),
}
UNEXPECTED = QT_TRANSLATE_NOOP("Messages", "Unexpected error.")


def message(code: str) -> str:
    """The message for ``code`` in the current language."""
    return QCoreApplication.translate("Messages", TEXTS.get(code, UNEXPECTED))
