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
"cli.enrolment_passphrase": QT_TRANSLATE_NOOP("Messages", "The one-time passphrase is needed: type it, or set CII_DESKTOP_ENROLMENT_PASSPHRASE."),
"sync.no_network": QT_TRANSLATE_NOOP("Messages", "This workstation has not joined a sync network yet."),
"network.already_member": QT_TRANSLATE_NOOP("Messages", "This workstation already belongs to a network; nothing was changed."),
"network.not_admin": QT_TRANSLATE_NOOP("Messages", "Only the administrator workstation of the network can do this."),
"network.unknown_workstation": QT_TRANSLATE_NOOP("Messages", "This workstation is not in the network's roster."),
"network.revoke_self": QT_TRANSLATE_NOOP("Messages", "The administrator workstation cannot revoke itself."),
"network.unknown_code": QT_TRANSLATE_NOOP("Messages", "Unknown institution or office code."),
"enrolment.invalid": QT_TRANSLATE_NOOP("Messages", "This file is not a CII Desktop enrolment file."),
"enrolment.invalid_request": QT_TRANSLATE_NOOP("Messages", "This file is not a CII Desktop enrolment request."),
"enrolment.wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "Wrong one-time passphrase for this enrolment file."),
"enrolment.other_workstation": QT_TRANSLATE_NOOP("Messages", "This enrolment file was made for another workstation."),
"roster.invalid": QT_TRANSLATE_NOOP("Messages", "The network's roster on the shared folder is damaged."),
"roster.bad_signature": QT_TRANSLATE_NOOP("Messages", "A roster on the shared folder is not signed by the network's administrator; it was ignored."),
"roster.foreign_network": QT_TRANSLATE_NOOP("Messages", "A roster on the shared folder belongs to another network; it was ignored."),
"share.unreachable": QT_TRANSLATE_NOOP("Messages", "The shared folder cannot be reached: working offline."),
"share.full": QT_TRANSLATE_NOOP("Messages", "The shared folder is full: nothing was sent. Your changes are kept."),
"share.sequence_taken": QT_TRANSLATE_NOOP("Messages", "The shared folder already holds a different batch under this workstation's number (a restored copy of the database?). Contact the CII bureau."),
"share.exists": QT_TRANSLATE_NOOP("Messages", "This file already exists; it was not overwritten."),
"batch.not_a_batch": QT_TRANSLATE_NOOP("Messages", "Not a CII Desktop batch, or damaged."),
"batch.unsupported_format": QT_TRANSLATE_NOOP("Messages", "Batch written by another version of the format."),
"batch.truncated": QT_TRANSLATE_NOOP("Messages", "Batch incomplete (cut off)."),
"batch.tampered": QT_TRANSLATE_NOOP("Messages", "Batch altered after it was written."),
"batch.foreign_network": QT_TRANSLATE_NOOP("Messages", "Batch of another network."),
"batch.unknown_signer": QT_TRANSLATE_NOOP("Messages", "Batch of a workstation that is not enrolled."),
"batch.bad_signature": QT_TRANSLATE_NOOP("Messages", "Signature not valid: batch forged or altered."),
"batch.revoked": QT_TRANSLATE_NOOP("Messages", "Batch of a revoked workstation."),
"batch.misplaced": QT_TRANSLATE_NOOP("Messages", "Batch found in another workstation's folder."),
"batch.replayed": QT_TRANSLATE_NOOP("Messages", "Batch number already used: an old batch replayed."),
"batch.chain_broken": QT_TRANSLATE_NOOP("Messages", "Batch does not follow the previous one of its workstation."),
"batch.missing_file": QT_TRANSLATE_NOOP("Messages", "An attached file is missing from the batch."),
"batch.inconsistent": QT_TRANSLATE_NOOP("Messages", "Batch refers to records this workstation does not have."),
"batch.unknown_field": QT_TRANSLATE_NOOP("Messages", "Batch contains data this version does not know."),
}
UNEXPECTED = QT_TRANSLATE_NOOP("Messages", "Unexpected error.")


def message(code: str) -> str:
    """The message for ``code`` in the current language."""
    return QCoreApplication.translate("Messages", TEXTS.get(code, UNEXPECTED))
