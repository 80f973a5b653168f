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
    "text.control": "This text holds invisible control characters (such as NUL, ESC or a "
                    "direction override); remove them.",
    "text.too_long": "This text is too long.",
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
    "store.app_too_old": "This database was written by a newer version of CII Desktop. Update CII Desktop; the database was left untouched.",
}
MESSAGES.update(STORE_MESSAGES)

CLI_MESSAGES: dict[str, str] = {
    "cli.passphrase_file": "The passphrase file cannot be read.",
    "cli.recovery_file": "The recovery key file cannot be read.",
    "cli.passphrase_needed": "A passphrase is needed: --passphrase-file or CII_DESKTOP_PASSPHRASE.",
    "settings.refused": "A setting was ignored: its value is not one CII Desktop knows, or a folder there is not a full path (such as C:\\CII or /home/name/cii). The next source is used (Settings, machine presets, default).",
    "cli.file_error": "A file could not be read or written.",
    "cli.passphrase_mismatch": "The two passphrases differ; nothing was created.",
    "cli.render_arguments": "Give --case, --document and --out (or --list).",
    "cli.unknown_case": "No case with this reference in this data folder.",
    "cli.stats_output": "The report file must end in .pdf or .xlsx.",
    "cli.stats_period": "Give the year (--year YYYY) or the period (--from DD.MM.YYYY --to DD.MM.YYYY).",
    "cli.register_arguments": "Give the register file (FILE.xlsx) or --template FILE.xlsx.",
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
    "audit_stream.problem": "An audit file on the shared folder could not be taken over (damaged, forged or out of order); the others were. Tell the data-protection officer.",
    "network.unknown_role": "Unknown role: see the roles of the permissions table.",
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
    "share.not_network": "The folder given is not this network's shared folder (empty, not connected, or another network's): working offline. Check the path or ask IT to connect the server folder.",
    "share.read_only": "The shared folder can be read but not written: received only, nothing was sent. Your changes are kept; ask IT for write access.",
    "share.outbox_read_only": "This workstation's folder on the shared folder cannot be written: nothing was sent. Your changes are kept; ask IT for write access.",
    "share.peer_unreadable": "A workstation's folder or file on the shared folder cannot be read: its changes wait, the others were received. Ask IT to check the access rights.",
    "share.unknown_folder": "The shared folder holds the folder of a workstation that is not in the network's roster: it is ignored. The CII bureau can remove it.",
    "share.planted": "A file on the shared folder was not written by the workstation whose number it bears (planted or damaged): it was refused and skipped. Tell the CII bureau.",
    "share.own_number_taken": "A file this workstation did not write took its next number on the shared folder: the number was skipped and your changes were sent under the next one. Tell the CII bureau.",
    "sync.busy": "A sync of this data folder is already running: nothing was done. Try again in a moment.",
    "sync.own_batches_taken_back": "Restored from a backup: your own batches published after the backup were taken back from the shared folder (their number in brackets); nothing was lost and your new changes follow them.",
    "sync.own_batches_waiting": "Restored from a backup: some of your own batches on the shared folder were made after colleagues' batches not received yet; they are taken back once those arrive. Your new changes are kept here until then.",
    "sync.own_batches_lost": "Restored from a backup: colleagues have applied your own batches up to the number in brackets, but some of them are no longer readable on the shared folder (deleted or damaged), and their workstations do not say which batch they hold last (an older version of the app). Nothing is sent meanwhile, so that nothing is refused; your changes are kept here and go out by themselves once those colleagues have synchronised with the current version. If this lasts, contact the CII bureau.",
    "sync.own_batches_continued": "Restored from a backup: colleagues had applied your own batches up to the number in brackets, which are no longer readable on the shared folder. This workstation goes on after them and your new changes reach everyone. What those batches carried (changes made here between the backup and their loss) is on your colleagues' workstations but not on this one: check with a colleague the cases you changed in that time and enter again here what is missing.",
    "sync.waiting": "Changes of a workstation wait for one of its batches that is missing or damaged on the shared folder; that workstation sends it again at its next sync. If this lasts, check that it still syncs.",
    "sync.clock_skew": "A workstation's clock is off: its changes were applied, its time was not adopted. Ask for its clock to be set.",
    "sync.revoked_publishing": "A revoked workstation is still publishing: its new batches are refused. Tell the CII bureau.",
    "batch.too_large": "Batch file far larger than any batch the app writes: refused without being read.",
    "sync.update_app": "A workstation of the network uses a newer version of CII Desktop: its batches wait here until you update CII Desktop.",
}
MESSAGES.update(SYNC_MESSAGES)

ROSTER_MESSAGES: dict[str, str] = {
    "enrolment.invalid_signing_key": "The request's signing key is not a valid Ed25519 public key; nothing was changed.",
    "enrolment.invalid_exchange_key": "The request's exchange key is not a valid X25519 public key (a request made by an older version?); nothing was changed.",
    "network.already_enrolled": "This workstation is already in the roster; nothing was changed. To give it new keys, use network re-enrol.",
    "network.revoked_id": "This workstation was revoked; it can never be enrolled again. Make a new request from a new data folder.",
    "network.valid_until_invalid": "Give the end of validity as YYYY-MM-DD.",
    "network.valid_until_past": "The end of validity is in the past; nothing was changed.",
    "network.revoke_offline": "The shared folder cannot be reached: the revocation needs it to know the workstation's last valid batch. Nothing was changed; try again when it is reachable.",
    "network.revoke_not_network": "This folder is not the network's shared folder (empty, a server folder not connected, or another network's): the revocation needs the network's shared folder to know the workstation's last valid batch. Nothing was changed; check the path or ask IT to connect the server folder, then try again.",
    "network.member_key_invalid": "A workstation of the roster has a damaged exchange key, so the new batch key cannot be sealed for it: nothing was changed. Re-enrol that workstation, then revoke again.",
    "network.not_published": "Done on this workstation, but the shared folder could not be written: run the same command again (or sync) to publish it.",
    "roster.rolled_back": "A roster file on the shared folder holds another version than its name says (rolled back?); it was ignored and the CII bureau's workstation puts it back at its next sync.",
    "roster.altered": "A roster file on the shared folder differs from the version this workstation holds; it was ignored and the CII bureau's workstation puts it back at its next sync.",
    "roster.chain_broken": "A roster version on the shared folder does not follow the one this workstation holds; it was ignored. Contact the CII bureau.",
    "roster.republished": "A roster file on the shared folder was missing or altered; it was put back.",
    "roster.refused": "A roster file on the shared folder was not signed by this workstation; it was moved aside (renamed .refused-…).",
    "keys.refused": "A key file on the shared folder was not signed by this workstation; it was moved aside (renamed .refused-…).",
    "share.data_folder_inside": "The data folder cannot be inside the shared folder (nor the shared folder inside the data folder): the database never lives on the share. Choose other folders.",
}
MESSAGES.update(ROSTER_MESSAGES)

REFERRAL_MESSAGES: dict[str, str] = {
    "grid.unknown_rating": "A rating is outside the grid's scale or names an unknown domain.",
    "grid.override_reason": "Give a reason when choosing another level than the one the grid proposes.",
    "date.future": "This date is in the future.",
    "consent.no_institution": "Tick at least one institution that may exchange information.",
    "consent.validity_before_date": "The end of validity is before the date of the procuration.",
    "consent.already_revoked": "This consent was already revoked.",
    "announcement.not_complex": "Only a situation the grid rates CII complexe is announced to the Bureau (CII100.1); give the reason to announce it anyway.",
    "transition.wrong_direction": "This target public's row of the directive does not go in that direction (rows 10 and 11: no announcement to the ORP).",
    "transition.no_consent": "A transition is voluntary unless the person already receives social assistance: record the person's procuration (or the legal basis) first.",
    "announcement.no_grid": "An evaluation grid is needed before announcing the situation.",
    "announcement.no_consent": "A signed procuration CII or a recorded legal basis is needed before announcing: nothing was sent.",
    "announcement.refused_by_person": "The person refused: the situation cannot be announced.",
    "announcement.not_pending": "This announcement was already decided.",
    "decision.tandem_not_eligible": "The person does not meet the tandem's conditions: give the reason to open it all the same.",
    "decision.handling_required": "Choose the handling (assessment, table ronde or tandem).",
    "decision.reason_required": "Give the reason and the suggestions for the announcing professional.",
    "warning.not_lse": "A written warning is only for job seekers without rights (LSE).",
    "closure.outcome_required": "Choose the outcome of the closure.",
    "document.unknown_kind": "Unknown kind of document.",
    "document.nothing_to_print": "This case has no record of that kind to print yet.",
    "document.signed_frozen": "This document is signed: it cannot be changed. Print a new version instead.",
    "document.not_pdf": "The scanned copy must be a PDF or an image (PNG, JPEG).",
    "print.failed": "The printer could not be used; nothing was printed.",
    "document.signed_language": "This version is signed: it prints in the language it was signed in, not the one asked.",
    "document.damaged": "This document's stored content is damaged and cannot be printed; its other versions and the records are unaffected.",
    "tandem.before_start": "The interview is before the start of the tandem (or the tandem has not started).",
    "meeting.no_consent": "A network meeting needs the person's agreement: record the procuration CII first.",
    "meeting.no_participant": "Mark at least one participant as present.",
    "register.not_xlsx": "The file is not an Excel workbook (xlsx) or is damaged. Nothing was imported.",
    "register.no_header": "No header row of the register was found (Nom / Name, Prénom / Vorname, …).",
    "register.missing_column": "A required column is missing.",
    "register.too_many_rows": "The register has too many rows (100,000 at most).",
    "register.duplicate_row": "The same situation (person, announcement date and institution) is already on an earlier row.",
    "register.too_long": "The text is too long.",
    "register.before_announcement": "This date is before the announcement date.",
    "register.needs_handling": "A state or an outcome needs the Bureau's decision to be an assessment, a TRO or a tandem.",
    "register.outcome_not_allowed": "This outcome does not apply to this handling.",
    "register.outcome_not_held": "An outcome needs the handling to have been held (state in progress or closed).",
    "register.outcome_not_closed": "An outcome of an assessment or a tandem needs the state closed.",
    "register.possible_duplicate": "Possible duplicate: a person with this name and birth date is already recorded with another AVS number; a separate person was created.",
    "register.possible_duplicate_no_avs": "Possible duplicate: a person with this name and birth date is already recorded without an AVS number; a separate person was created.",
    "register.ambiguous_person": "Several persons with this name and birth date are recorded and the row has no AVS number to tell which one: this row was not imported (add the AVS number to the row, or record the situation from the person's record).",
    "register.at_row": "Row {row}",
    "register.at_file": "File",
    "register.summary": "{rows}: {valid}, {invalid}; {new}, {matched}; {already}.",
    "register.dry_run": "Dry run: nothing was written.",
    "register.again": "Situations imported before: {updated}, {unchanged}, {refused}.",
    "register.again_refused": "Situations imported before: {updated}, {unchanged}, {refused} (reasons above).",
    "register.decision_changed": "The Bureau's decision differs from the one recorded for this situation: correct it in the situation itself. This row was not applied.",
    "register.written": "{count}.",
    "register.nothing_written": "Nothing was imported: correct the rows listed, or choose to skip them.",
    "register.possible_duplicate_dry_run": "Possible duplicate: a person with this name and birth date is already recorded with another AVS number; a separate person would be created.",
    "register.possible_duplicate_no_avs_dry_run": "Possible duplicate: a person with this name and birth date is already recorded without an AVS number; a separate person would be created.",
    "register.completed_despite_stop": "A stop was asked for after the import was saved: the import is complete (report above).",
    "register.several_sheets": "Several sheets have a register header ({sheets}): only the first one, “{sheet}”, was read.",
    "register.no_header_sheets": "No header row of the register was found (Nom / Name, Prénom / Vorname, …) in the sheets: {sheets}.",
    "register.unknown_value": "Unknown value “{value}”; accepted: {accepted}.",
    "cli.file_missing": "File not found: {file}",
    "meeting.not_held": "Record the minutes first: an outcome is given once the meeting was held.",
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

LIFECYCLE_MESSAGES: dict[str, str] = {
    "store.empty_file": "The database file cii.db is empty (0 bytes): a failed copy, a full disk or a sync tool emptied it. Nothing was created over it. Restore it from a backup (cii-desktop restore).",
    "store.truncated": "The database file cii.db is incomplete (cut off). Nothing was changed. Restore it from a backup (cii-desktop restore).",
    "store.foreign": "The file cii.db is not the database described by cii.keyinfo.json (another file is in its place). Nothing was changed. Put the right file back or restore a backup (cii-desktop restore).",
    "store.damaged_header": "The key is right but the beginning of cii.db is damaged: the database cannot be read. Nothing was changed. Restore it from a backup (cii-desktop restore).",
    "store.read_only": "The data folder or the database file is read-only: CII Desktop must be able to write there. Check the folder's permissions.",
    "store.keystore_locked": "The keystore of this session is locked. Unlock it and retry, or open with the recovery key.",
    "store.keyinfo_damaged": "The key information file cii.keyinfo.json is damaged, and so is its copy. Copy cii.keyinfo.json from a backup folder; the database was left untouched.",
    "store.file_exists": "This file already exists; it was not overwritten (use --force to replace it).",
    "render.out_is_folder": "This is a folder, not a file name: nothing was written:",
    "render.out_no_folder": "The folder of this file does not exist: nothing was written:",
    "render.out_not_writable": "Cannot write here (read-only or no permission): nothing was written:",
    "render.out_disk_full": "The disk is full: nothing was written:",
    "store.not_empty": "The target folder is not empty: a restore goes only into an empty folder. Nothing was changed.",
    "store.not_a_backup": "This folder is not a CII Desktop backup (cii.db with its cii.keyinfo.json).",
    "store.restore_check_failed": "The restored copy did not pass the check; it was removed and nothing else was changed.",
    "store.key_change_pending": "A key change was interrupted; it was completed or undone. Retry the command.",
    "store.same_protection": "The database is already protected this way; nothing was changed.",
    "store.passphrases_differ": "The two passphrases differ; nothing was changed.",
    "store.key_change_cancelled": "The key change was cancelled: the database keeps its key, passphrase and recovery key.",
    "erasure.unknown_person": "No person with this identifier in this data folder.",
    "erasure.not_confirmed": "The erasure was not confirmed; nothing was erased.",
    "store.in_use": "The database is open in another program (the window, a scheduled sync): close it and retry. Nothing was changed.",
}
MESSAGES.update(LIFECYCLE_MESSAGES)

ACCESS_MESSAGES: dict[str, str] = {
    "permission.denied": "Your role in the network does not allow this action; nothing was done.",
    "profile.name_missing": "Your name is not known on this workstation: enter it in Settings (a network workstation takes it from the roster). Nothing was saved.",
    "profile.from_roster": "The network's roster states this (its administrator changes it); it cannot be changed on this workstation.",
    "case.read_only": "Your institution or office is no longer in this case's sharing scope: the case is kept read-only on this workstation (it cannot be changed, printed or sent). Nothing was saved.",
    "case.erased": "This case or person was erased on another workstation (or is no longer shared with this one) while you were working: what you entered could not be saved.",
}
MESSAGES.update(ACCESS_MESSAGES)

LIFECYCLE_OUTPUT: dict[str, str] = {
    "key.recovery_unseen": "A key change was completed when this database was opened after an interruption: its new recovery key was never shown. Run 'cii-desktop key new-recovery-key' now and write the new key down.",
    "key.new_passphrase_needed": "A new passphrase is needed: --new-passphrase-file or CII_DESKTOP_NEW_PASSPHRASE. Nothing was changed.",
    "key.new_passphrase_refused": "This key action keeps the current passphrase: --new-passphrase-file is refused (use 'key change-passphrase'). Nothing was changed.",
    "key.changed": "Key changed in {folder} (protection: {protection}).",
    "key.protection_passphrase": "passphrase",
    "key.protection_keystore": "this computer's keystore",
    "key.new_recovery_key": "New recovery key - write it down or print it, it is shown only once; the old one no longer opens this database (older backups keep their own):",
    "backup.none_due": "No backup due.",
    "backup.made": "Backup {name} made ({removed} by the retention).",
    "backup.running": "A backup of this data folder is already running; wait for it to end. Nothing was done.",
    "backup.restored": "Restored into {folder}; check OK: {counts}",
    "erase.preview": "Person {name}: {counts}; {journal} in the change history.",
    "erase.preview_only": "Preview only: add --confirm to erase (Bureau role).",
    "access.done": "Right of access: {records}, {history} of history.",
}
MESSAGES.update(LIFECYCLE_OUTPUT)
# What the commands print (not errors): their ordinary output, in the user's language; {name}
# are filled by the command (str.format).
OUTPUT_MESSAGES: dict[str, str] = {
    "cli.out.no_keystore": "No usable keystore on this computer: the database will be protected by a passphrase.",
    "cli.out.created": "Database created in {folder} (protection: {protection}).",
    "cli.out.keystore": "keystore",
    "cli.out.passphrase": "passphrase",
    "cli.out.recovery": "Recovery key - write it down or print it, it is shown only once:",
    "cli.out.check_ok": "OK: key valid; {counts}",
    "cli.out.check_damaged": "DAMAGED: key valid; {counts}",
    "cli.out.problem": "problem: {problem}",
    "cli.out.demo": "Demo data folder {folder}: {persons}, {cases} (key: {key}).",
    "cli.out.demo_passphrase": "demo passphrase '{passphrase}'",
    "cli.out.folder_from": "folder: {folder}, from {source}",
    "cli.out.from_settings": "the Settings",
    "cli.out.from_presets": "the machine presets",
    "cli.out.from_default": "the default user data folder",
    "cli.out.presets_unreadable": "The machine presets file could not be read (damaged, not a text file, too large or not allowed); it was ignored.",
    "sync.out.offline": "share unreachable: working offline; nothing was exchanged",
    "sync.out.not_network": "not this network's shared folder (empty, unmounted or another network's): working offline; nothing was exchanged",
    # counts ({count}, {sent}, {removed}...) are filled with their counted phrase (domain.plurals.COUNTED_PARAMS)
    "sync.out.ready": "; {count}, sent at the next sync",
    "sync.out.exchanged": "sent {sent} in {sent_batches}, received {received} in {received_batches}, conflicts {conflicts}, quarantined {quarantined}",
    "sync.out.repaired": ", {count} published again",
    "sync.out.held_back": ", {count} (no consent yet)",
    "sync.out.held_outside": ", {count}: this workstation is outside the consent's scope",
    "sync.out.waiting": ", waiting for {count}",
    "sync.out.skew": ", clock off on {count}",
    "sync.out.notices": "; {count}",
    "cli.out.presets_line": "A line of the machine presets file could not be read (neither UTF-8 nor Windows-1252); it was ignored, the rest of the file is used.",
    "cli.out.prompt_passphrase": "Passphrase: ",
    "cli.out.prompt_new": "New passphrase (12 characters or more): ",
    "cli.out.prompt_again": "Type the passphrase again: ",
    "cli.out.prompt_enrolment": "One-time passphrase of the enrolment file: ",
    "cli.out.interrupted": "interrupted",
    "cli.out.stopped": "stopped",
    "cli.out.no_user": "No user on this workstation yet: --name, --role, --institution, --office.",
    "cli.out.profile": "{name} | {institution} | {office} | roles: {roles} | ({source})",
    "cli.out.written": "{file}: {size}",
    "cli.out.network_created": "Network {network} created; this workstation is its administrator.",
    "cli.out.request_written": "Request written to {file}: hand it to the network's administrator.",
    "cli.out.enrolled": "Workstation {name} ({id}) enrolled; enrolment file {file}.",
    "cli.out.one_time": "One-time passphrase - give it to the new workstation by another way than the file:",
    "cli.out.joined": "Joined network {network} ({count}).",
    "cli.out.network": "Network {network}, roster version {version}",
    "cli.out.revoked_until": "revoked (batches up to {number} valid)",
    "cli.out.revoked": "revoked",
    "cli.out.until": "until {date}",
    "cli.out.active": "active",
    "cli.out.revoke_done": "Workstation {id} revoked (roster version {version}); its batches up to number {number} stay valid, later ones are refused, and batches are now sealed with a new key (epoch {epoch}) that it does not have.",
    "cli.out.re_enrol": "Enrolled before key rotation, re-enrol to receive the new key: {names}",
    "cli.out.recovery_lost": "The recovery key could not be written out (the output is full or closed): make a new one now with cii-desktop key new-recovery-key.",
}
MESSAGES.update(OUTPUT_MESSAGES)
