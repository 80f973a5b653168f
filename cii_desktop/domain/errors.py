"""Error codes of the core with their English wording; the GUI shows them translated (gui.messages)."""

from __future__ import annotations

from dataclasses import dataclass

# English source texts. The GUI has the same codes in gui/messages.py, where Qt Linguist
# provides French and German; a test checks that both lists have the same codes.
MESSAGES: dict[str, str] = {
    "avs.not_digits": "The AVS number may only contain digits, dots and spaces.",
    "avs.length": "The AVS number has 13 digits (756.XXXX.XXXX.XC).",
    "avs.prefix": "A Swiss AVS number starts with 756.",
    "avs.check_digit": "The AVS number is not valid: its check digit does not match.",
    "date.format": "Enter the date as dd.mm.yyyy.",
    "date.impossible": "This date does not exist.",
    "date.birth_future": "The birth date cannot be in the future.",
    "date.birth_too_old": "The birth date is before 1900.",
    "required": "This field is required.",
    "email.invalid": "This e-mail address is not valid.",
    "language.invalid": "The language must be French or German.",
    "reference.unknown": "Unknown value.",
    "case.closed_needs_date": "A closed case needs a closing date.",
    "case.closing_before_opening": "The closing date is before the opening date.",
    "attachment.too_large": "The file is larger than 50 MB.",
}


@dataclass(frozen=True)
class FieldError:
    """A rule broken by one input field."""

    field: str
    code: str

    def english(self) -> str:
        return MESSAGES.get(self.code, self.code)


class ValidationFailed(ValueError):
    """Raised by services when input breaks domain rules; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.english()}" for e in errors))
        self.errors = errors

STORE_MESSAGES: dict[str, str] = {
    "store.error": "The database could not be used.",
    "store.wrong_key": "The key does not open this database. Nothing was changed.",
    "store.corrupt": "The database file is damaged or is not a CII Desktop database.",
    "store.no_database": "There is no CII Desktop database in this folder.",
    "store.exists": "A database already exists in this folder; it was left untouched.",
    "store.keyinfo_missing": "The key information file beside the database is missing. "
                             "Restore it from the backup; the database was left untouched.",
    "store.key_missing": "The keystore has no key for this database. Enter the recovery key; "
                         "no new key was created and nothing was overwritten.",
    "store.keystore_unavailable": "No usable keystore on this computer. Choose a passphrase instead.",
    "store.passphrase_required": "This database is protected by a passphrase.",
    "store.wrong_passphrase": "Wrong passphrase. Nothing was changed.",
    "store.weak_passphrase": "The passphrase needs at least 12 characters.",
    "store.wrong_recovery_key": "This recovery key does not open this database.",
    "store.disk_full": "The disk is full: the last change was not saved. Free some space and retry.",
    "store.folder_not_writable": "The data folder cannot be written to.",
}
MESSAGES.update(STORE_MESSAGES)

CLI_MESSAGES: dict[str, str] = {
    "cli.passphrase_file": "The passphrase file cannot be read.",
    "cli.recovery_file": "The recovery key file cannot be read.",
    "cli.passphrase_needed": "A passphrase is needed: --passphrase-file or CII_DESKTOP_PASSPHRASE.",
    "cli.file_error": "A file could not be read or written.",
    "cli.render_arguments": "Give --case, --document and --out (or --list).",
    "cli.unknown_case": "No case with this reference in this data folder.",
    "cli.enrolment_passphrase": "The one-time passphrase is needed: type it, or set CII_DESKTOP_ENROLMENT_PASSPHRASE.",
}
MESSAGES.update(CLI_MESSAGES)

SYNC_MESSAGES: dict[str, str] = {
    "sync.no_network": "This workstation has not joined a sync network yet.",
    "network.already_member": "This workstation already belongs to a network; nothing was changed.",
    "network.not_admin": "Only the administrator workstation of the network can do this.",
    "network.unknown_workstation": "This workstation is not in the network's roster.",
    "network.revoke_self": "The administrator workstation cannot revoke itself.",
    "network.unknown_code": "Unknown institution or office code.",
    "enrolment.invalid": "This file is not a CII Desktop enrolment file.",
    "enrolment.invalid_request": "This file is not a CII Desktop enrolment request.",
    "enrolment.wrong_passphrase": "Wrong one-time passphrase for this enrolment file.",
    "enrolment.other_workstation": "This enrolment file was made for another workstation.",
    "roster.invalid": "The network's roster on the shared folder is damaged.",
    "roster.bad_signature": "A roster on the shared folder is not signed by the network's administrator; it was ignored.",
    "roster.foreign_network": "A roster on the shared folder belongs to another network; it was ignored.",
    "share.unreachable": "The shared folder cannot be reached: working offline.",
    "share.full": "The shared folder is full: nothing was sent. Your changes are kept.",
    "share.sequence_taken": "The shared folder already holds a different batch under this workstation's number (a restored copy of the database?). Contact the CII bureau.",
    "share.exists": "This file already exists; it was not overwritten.",
    "keys.invalid": "A key file on the shared folder is damaged; it was ignored.",
    "keys.not_for_this_workstation": "The network's new batch key was not sealed for this workstation: ask the CII bureau to enrol it again.",
    "batch.not_a_batch": "Not a CII Desktop batch, or damaged.",
    "batch.unsupported_format": "Batch written by another version of the format.",
    "batch.truncated": "Batch incomplete (cut off).",
    "batch.tampered": "Batch altered after it was written.",
    "batch.foreign_network": "Batch of another network.",
    "batch.unknown_signer": "Batch of a workstation that is not enrolled.",
    "batch.bad_signature": "Signature not valid: batch forged or altered.",
    "batch.revoked": "Batch of a revoked workstation.",
    "batch.misplaced": "Batch found in another workstation's folder.",
    "batch.replayed": "Batch number already used: an old batch replayed.",
    "batch.chain_broken": "Batch does not follow the previous one of its workstation.",
    "batch.missing_file": "An attached file is missing from the batch.",
    "batch.inconsistent": "Batch refers to records this workstation does not have.",
    "batch.unknown_field": "Batch contains data this version does not know.",
}
MESSAGES.update(SYNC_MESSAGES)

REFERRAL_MESSAGES: dict[str, str] = {
    "grid.unknown_rating": "A rating is outside the grid's scale or names an unknown domain.",
    "grid.override_reason": "Give a reason when choosing another level than the one the grid proposes.",
    "date.future": "This date is in the future.",
    "consent.no_institution": "Tick at least one institution that may exchange information.",
    "consent.validity_before_date": "The end of validity is before the date of the procuration.",
    "consent.already_revoked": "This consent was already revoked.",
    "announcement.no_grid": "An evaluation grid is needed before announcing the situation.",
    "announcement.no_consent": "A signed procuration CII or a recorded legal basis is needed before announcing: nothing was sent.",
    "announcement.refused_by_person": "The person refused: the situation cannot be announced.",
    "announcement.not_pending": "This announcement was already decided.",
    "decision.handling_required": "Choose the handling (assessment, table ronde or tandem).",
    "decision.reason_required": "Give the reason and the suggestions for the announcing professional.",
    "warning.not_lse": "A written warning is only for job seekers without rights (LSE).",
    "closure.outcome_required": "Choose the outcome of the closure.",
    "document.unknown_kind": "Unknown kind of document.",
    "document.nothing_to_print": "This case has no record of that kind to print yet.",
    "document.signed_frozen": "This document is signed: it cannot be changed. Print a new version instead.",
    "document.not_pdf": "The scanned copy must be a PDF or an image (PNG, JPEG).",
    "print.failed": "The printer could not be used; nothing was printed.",
    "document.damaged": "This document's stored content is damaged and cannot be printed; its other versions and the records are unaffected.",
    "tandem.before_start": "The interview is before the start of the tandem (or the tandem has not started).",
    "meeting.no_consent": "A network meeting needs the person's agreement: record the procuration CII first.",
    "meeting.no_participant": "Mark at least one participant as present.",
    "signature.empty": "The signature is empty: sign in the box first.",
}
MESSAGES.update(REFERRAL_MESSAGES)

HANDLING_MESSAGES: dict[str, str] = {
    "contract.objective_required": "Give at least one objective, each with its text.",
    "contract.measure_incomplete": "Each measure needs its kind, its legal frame and the responsible institution.",
    "date.end_before_start": "The end date is before the start date.",
    "contract.signed_frozen": "This contract is signed: it cannot be edited. Make an amendment instead.",
    "contract.not_signed": "Reviews are recorded on a signed contract.",
    "assessment.not_held": "The contract can be signed only once the assessment has been held.",
    "assessment.bad_transition": "This step is not possible from the assessment's current state.",
    "assessment.team_incomplete": "The regional team needs the person and at least one other party before the contract is printed for signature.",
    "review.progress_required": "Give the progress of every objective.",
    "tandem.end_of_rights": "End of rights reached or within three months.",
    "tandem.social_assistance_employable": "Social-assistance recipient with proven employability and no health problem.",
    "tandem.not_in_public": "Neither at the end of rights (or within three months) nor receiving social assistance.",
    "tandem.employability_not_verified": "Employability not verified in the last six months.",
    "tandem.no_grid": "No evaluation grid yet to rule out a health problem.",
    "tandem.health_problem": "The latest grid shows a health problem.",
}
MESSAGES.update(HANDLING_MESSAGES)

ACCESS_MESSAGES: dict[str, str] = {
    "permission.denied": "Your role in the network does not allow this action; nothing was done.",
}
MESSAGES.update(ACCESS_MESSAGES)
