"""Sync use cases: one sync run (roster, export, publish, import), its status, conflict review."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..storage.store import Store
from ..sync import config as cfg
from ..sync import schema_compat, share
from ..sync.codec import SHARED_TABLES, now_sql
from ..sync.inbox import Importer, ImportResult
from ..sync.outbox import publish, seal_pending
from ..sync.roster import Notice
from ..sync.run_lock import SyncBusy, sync_lock
from ..sync.state import publish_state, suspects
from . import erasure, network
from .data_folder import check_share_location
from .profile import load_profile

LAST_SYNC = "sync.last_run"
# Notices that tell the administrator what its own workstation did on the share (nothing to do).
ADMIN_INFORMATION = frozenset({"roster.republished", "roster.refused", "keys.refused"})


EXIT_DONE, EXIT_ERROR, EXIT_OFFLINE, EXIT_ATTENTION = 0, 1, 2, 3


@dataclass
class SyncReport:
    """What one sync did; ``offline`` when the share could not be reached (a normal state).

    ``problems`` are what needs attention, each a message code and a detail without personal data
    (a workstation id, a file name): refused and waiting batches, an unreadable peer folder, a
    read-only share, a planted file, roster notices, a sync already running.
    """

    sent_batches: int = 0
    sent_changes: int = 0  # in the batches published by this run
    sealed_changes: int = 0  # newly sealed by this run (sent now, or at the next reachable sync)
    held_back: int = 0  # for want of a consent
    held_outside: int = 0  # this workstation out of the case's scope (not counted in held_back)
    received_batches: int = 0
    received_changes: int = 0
    conflicts: int = 0
    quarantined: int = 0
    repaired: int = 0
    waiting: dict[str, int] = field(default_factory=dict)
    skew: dict[str, int] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)  # codes of the share's roster and key notices
    problems: list[tuple[str, str]] = field(default_factory=list)
    information: list[tuple[str, str]] = field(default_factory=list)  # for the administrator, not exit 3
    offline: bool = False
    offline_reason: str = ""

    def note(self, code: str, detail: str = "") -> None:
        if (code, detail) not in self.problems:
            self.problems.append((code, detail))

    @property
    def exit_code(self) -> int:
        """0 everything exchanged, 2 offline, 3 done but something needs attention."""
        if self.offline:
            return EXIT_OFFLINE
        return EXIT_ATTENTION if self.problems else EXIT_DONE

    def summary(self) -> str:
        """The one line of a scheduled task, in English (the command line prints it in the user's
        language from :meth:`summary_parts`)."""
        from ..domain.errors import MESSAGES
        from ..domain.plurals import counted_params

        return "".join(MESSAGES[code].format(**counted_params(code, dict(params), None))
                       for code, params in self.summary_parts())

    def summary_parts(self) -> list[tuple[str, dict[str, int]]]:
        """The summary as message codes (domain.errors.OUTPUT_MESSAGES) and their numbers."""
        if self.offline:
            reason = "sync.out.not_network" if self.offline_reason == "share.not_network" else "sync.out.offline"
            parts: list[tuple[str, dict[str, int]]] = [(reason, {})]
            if self.sealed_changes:
                parts.append(("sync.out.ready", {"count": self.sealed_changes}))
            return parts
        parts = [("sync.out.exchanged", {
            "sent": self.sent_changes, "sent_batches": self.sent_batches, "received": self.received_changes,
            "received_batches": self.received_batches, "conflicts": self.conflicts,
            "quarantined": self.quarantined})]
        for code, count in (("sync.out.repaired", self.repaired), ("sync.out.held_back", self.held_back),
                            ("sync.out.held_outside", self.held_outside),
                            ("sync.out.waiting", len(self.waiting)), ("sync.out.skew", len(self.skew)),
                            ("sync.out.notices", len(self.problems))):
            if count:  # problems are told in the user's language by whoever shows the report
                parts.append((code, {"count": count}))
        return parts


def author_of(store: Store, config: cfg.NetworkConfig) -> str:
    profile = load_profile(store)
    member = config.roster.member(config.workstation)
    where = f"{member.institution} {member.office}" if member else ""
    who = profile.full_name if profile else config.name
    return f"{who} ({where})" if where else who


def _authors(store: Store, config: cfg.NetworkConfig) -> dict[str, str]:
    names = {m.id: m.name for m in config.roster.members}
    for workstation, author in store.read_connection().execute(
            "SELECT workstation_id, author FROM sync_peer"):
        if author:
            names[str(workstation)] = str(author)
    names[config.workstation] = author_of(store, config)
    return names


def share_of(store: Store, override: Path | None = None) -> Path | None:
    if override is not None:
        return override
    config = cfg.load(store)
    return config.share if config else None


def note_share_notices(report: SyncReport, found: list[Notice]) -> None:
    """The share's roster and key notices, each with its file or workstation; what only informs the
    administrator (a file put back or set aside by this workstation) is not a reason for exit 3."""
    report.notices += [n.code for n in found]
    for notice in found:
        if notice.code in ADMIN_INFORMATION:
            if (notice.code, notice.subject) not in report.information:
                report.information.append((notice.code, notice.subject))
        else:
            report.note(notice.code, notice.subject)


ROSTER_PROBLEMS = frozenset({"roster.rolled_back", "roster.altered", "roster.chain_broken", "roster.invalid"})


def roster_unsettled(config: cfg.NetworkConfig, found: list[Notice]) -> bool:
    """A roster file newer than the pinned version is on the share but not as the administrator
    signed it (rolled back, altered, damaged): it may revoke someone, so the import waits for the
    administrator's next sync, which puts it back (or sets a foreign file aside)."""
    for notice in found:
        digits = notice.subject.removeprefix("roster-").removesuffix(".json")
        if notice.code in ROSTER_PROBLEMS and digits.isdigit() and int(digits) > config.roster.version:
            return True
    return False


def pending_update(store: Store) -> str | None:
    """The schema of batches waiting here for this app's update (the "update CII Desktop" notice)."""
    return schema_compat.pending_update(store)


def run_sync(store: Store, share_dir: Path | None = None,
             check: Callable[[], None] | None = None,
             progress: Callable[[int, int], None] | None = None,
             physical_ms: Callable[[], int] | None = None) -> SyncReport:
    """Exchange changes with the network through the shared folder.

    A shared folder inside the data folder, or the reverse, is refused before anything
    (``ShareLocationError``, code ``share.data_folder_inside``). One sync at a time per data
    folder (a second one reports ``sync.busy`` and does nothing).
    ``check`` raises to cancel between steps (nothing half-done: each batch is its own
    transaction); an unreachable share gives a report marked offline, not an error.
    """
    report = SyncReport()
    check_share_location(store.path.parent, share_of(store, share_dir))  # ShareLocationError
    try:
        with sync_lock(store.path.parent):
            _run(store, share_dir, report, check, progress or (lambda _d, _t: None), physical_ms)
    except SyncBusy:
        report.note("sync.busy")
    return report


def _run(store: Store, share_dir: Path | None, report: SyncReport, check: Callable[[], None] | None,
         step: Callable[[int, int], None], physical_ms: Callable[[], int] | None) -> None:
    config = cfg.require(store)
    share_dir = share_of(store, share_dir)
    step(0, 4)
    state = share.probe(share_dir, config.network, config.roster.admin_key)
    hold = False  # a restored database whose own batches wait on the share: it sends nothing yet
    unsettled = False
    if state not in share.OFFLINE_CODES:
        assert share_dir is not None
        try:  # the newest roster and batch key first: what is sealed now uses the key of the day
            config, found = network.check_share(store, config, share_dir)
        except share.ShareError:
            found = []  # reported below, when the share is used for the exchange
        note_share_notices(report, found)
        unsettled = roster_unsettled(config, found)
        if not unsettled:
            with contextlib.suppress(share.ShareError):  # reported below, when the share is used
                hold = _take_back(store, config, share_dir, report, check, physical_ms)
    sealed = seal_pending(store, config, author_of(store, config), physical_ms or store.physical_ms)
    report.sealed_changes, report.held_back = sealed.changes, sealed.held_back - sealed.held_outside
    report.held_outside = sealed.held_outside
    if state in share.OFFLINE_CODES:
        report.offline, report.offline_reason = True, state
        return
    assert share_dir is not None
    try:
        step(1, 4)
        if check:
            check()
        if not hold:
            _send(store, config, share_dir, report, check, state)
        step(2, 4)
        importer = Importer(store, config, share_dir, _authors(store, config),
                            physical_ms or store.physical_ms, after_apply=erasure.process_pending_in)
        # A newer roster file not as the administrator signed it may revoke a sender: nothing is
        # applied until the administrator puts it back (its next sync).
        result = ImportResult() if unsettled else importer.run(check)
        if state == "ok" and not unsettled:
            with contextlib.suppress(share.ShareError):
                publish_state(config, share_dir, result.applied, result.stuck, result.applied_hash)
    except share.ShareError as exc:
        if exc.code in share.OFFLINE_CODES:
            report.offline, report.offline_reason = True, exc.code
            return
        raise
    step(3, 4)
    report.received_batches, report.received_changes = result.batches, result.changes
    report.conflicts, report.quarantined = result.conflicts, result.quarantined
    report.waiting, report.skew = result.waiting, result.skew
    for code, detail in result.problems:
        report.note(code, detail)
    for where, code in sorted(result.refused.items()):
        report.note(code, where)
    for workstation, seq in sorted(result.waiting.items()):
        if workstation not in result.for_update:  # those have their own notice: update CII Desktop
            report.note("sync.waiting", f"{workstation}/{seq}")
    for workstation in sorted(result.skew):
        report.note("sync.clock_skew", workstation)
    _exchange_audit(store, config, share_dir, report)
    cfg.write_settings(store, {LAST_SYNC: now_sql()})
    step(4, 4)


def _take_back(store: Store, config: cfg.NetworkConfig, share_dir: Path, report: SyncReport,
               check: Callable[[], None] | None, physical_ms: Callable[[], int] | None) -> bool:
    """A restored database takes back its own batches published after the backup (sync.own_history);
    True when some must wait for colleagues' batches not on the share yet (nothing is sent then)."""
    from ..sync import own_history

    def catch_up() -> None:
        Importer(store, config, share_dir, _authors(store, config), physical_ms or store.physical_ms,
                 after_apply=erasure.process_pending_in).run(check)

    # Erasure orders that come back with the batches (a backup from before the erasure) are carried out again.
    adopted = own_history.take_back(store, config, share_dir, _authors(store, config), catch_up,
                                    after_apply=erasure.process_pending_in)
    if adopted.adopted:
        report.note("sync.own_batches_taken_back", str(adopted.adopted))
    if adopted.waiting:
        report.note("sync.own_batches_waiting")
    elif own_history.is_restored(store):
        lost, held = own_history.readers_ahead(store, config, share_dir)
        if lost and held:  # colleagues say which batch they hold last: go on after it
            if own_history.continue_after(store, config, lost, held):
                report.note("sync.own_batches_continued", str(lost))
        elif lost:
            report.note("sync.own_batches_lost", str(lost))
            return True  # never a number colleagues have applied: nothing is sent meanwhile
    return adopted.waiting


def _exchange_audit(store: Store, config: cfg.NetworkConfig, share_dir: Path, report: SyncReport) -> None:
    """The audit trail's own stream: sent to the data-protection officers the roster names, and, on
    an officer's workstation, received from every member (kept apart from the records)."""
    from ..sync import audit_stream

    today = dt.date.today()
    officers = {m.id: m.kex_key for m in config.roster.members
                if m.role == "dpo" and m.kex_key and m.active(today) and m.id != config.workstation}
    network_dir = config.network_dir(share_dir)
    try:
        audit_stream.export(store.read_connection(), network_dir, config.network, config.workstation,
                            config.signing_key, officers)
        me = config.roster.member(config.workstation)
        if me is not None and me.role == "dpo":
            signers = {m.id: m.public_key for m in config.roster.members}
            got = audit_stream.receive(store.read_connection(), network_dir, config.network, config.workstation,
                                       cfg.pending_kex_key(store), signers)
            for sender, name, code in got.problems:
                report.note("audit_stream.problem", f"{sender}/{name} {code}".strip())
    except share.ShareError as exc:
        report.note(exc.code)


def _send(store: Store, config: cfg.NetworkConfig, share_dir: Path, report: SyncReport,
          check: Callable[[], None] | None, state: str) -> None:
    """Publish and repair this workstation's batches; a share it cannot write to is a notice."""
    if state == "share.read_only":
        report.note("share.read_only")
        return
    try:
        sent = publish(store, config, share_dir, check, suspects(config, share_dir))
    except share.ShareError as exc:
        if exc.code not in ("share.outbox_read_only", "share.full"):
            raise
        report.note(exc.code)
        return
    report.sent_batches, report.sent_changes, report.repaired = sent.batches, sent.changes, sent.repaired
    for number in sent.skipped:
        report.note("share.own_number_taken", f"{config.workstation}/{number:08d}")


@dataclass(frozen=True)
class SyncStatus:
    in_network: bool
    last_sync: dt.datetime | None
    pending: int  # changes waiting to be sent
    held_back: int  # changes of cases without consent or legal basis: they stay here
    conflicts: int
    quarantined: int
    skewed: tuple[str, ...]
    held_outside: int = 0  # changes kept here: this workstation is out of their case's scope


def status(store: Store) -> SyncStatus:
    conn = store.read_connection()
    in_network = cfg.load(store) is not None
    last = conn.execute("SELECT value FROM local_setting WHERE key = ?", (LAST_SYNC,)).fetchone()
    from ..sync.outbox import HELD_OUTSIDE, SEALED_UPTO

    upto_row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (SEALED_UPTO,)).fetchone()
    upto = int(upto_row[0]) if upto_row else 0
    held = conn.execute("SELECT count(*) FROM change_log WHERE batch_seq IS NULL AND seq <= ?",
                        (upto,)).fetchone()[0]
    pending = conn.execute("SELECT count(*) FROM change_log WHERE batch_seq IS NULL AND seq > ?",
                           (upto,)).fetchone()[0]
    unpublished = conn.execute("SELECT coalesce(sum(changes), 0) FROM sync_outgoing "
                               "WHERE published_at IS NULL").fetchone()[0]
    conflicts = conn.execute("SELECT count(*) FROM sync_conflict WHERE status = 'open'").fetchone()[0]
    quarantined = conn.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0]
    skewed = tuple(str(r[0]) for r in conn.execute("SELECT workstation_id FROM sync_peer WHERE skew_ms != 0"))
    outside_row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (HELD_OUTSIDE,)).fetchone()
    outside = min(int(held), int(outside_row[0])) if outside_row else 0
    return SyncStatus(in_network, dt.datetime.fromisoformat(last[0]) if last else None,
                      int(pending) + int(unpublished), int(held) - outside, int(conflicts), int(quarantined),
                      skewed, outside)


# --- conflict review ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    row_id: str
    field: str
    case_reference: str
    kept_value: Any
    kept_author: str
    kept_at: dt.datetime
    other_value: Any
    other_author: str
    other_at: dt.datetime


def _moment(hlc: str) -> dt.datetime:
    from ..sync.clock import Timestamp

    return dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=Timestamp.decode(hlc).wall_ms)


def _case_reference(store: Store, table: str, row_id: str) -> str:
    conn = store.read_connection()
    if table == "case_file":
        sql = "SELECT reference FROM case_file WHERE id = ?"
    elif table == "person":
        sql = "SELECT group_concat(reference, ', ') FROM case_file WHERE person_id = ?"
    else:
        sql = f"SELECT c.reference FROM {table} x JOIN case_file c ON c.id = x.case_id WHERE x.id = ?"
    row = conn.execute(sql, (row_id,)).fetchone()
    return str(row[0]) if row and row[0] else ""


def open_conflicts(store: Store) -> list[Conflict]:
    rows = store.read_connection().execute(
        "SELECT id, table_name, row_id, field, kept_value, kept_author, kept_hlc, other_value, "
        "other_author, other_hlc FROM sync_conflict WHERE status = 'open' ORDER BY detected_at, id"
    ).fetchall()
    return [Conflict(int(r[0]), str(r[1]), str(r[2]), str(r[3]), _case_reference(store, r[1], r[2]),
                     json.loads(r[4]) if r[4] else None, str(r[5]), _moment(r[6]),
                     json.loads(r[7]) if r[7] else None, str(r[8]), _moment(r[9])) for r in rows]


def resolve_conflict(store: Store, conflict_id: int, keep_other: bool) -> None:
    """Keep one of the two values. The choice is written as a new change, which syncs."""
    from sqlalchemy.orm.attributes import flag_modified

    from ..storage.models import SyncConflict
    from ..storage.schema import SYNCED_MODELS
    from ..sync.codec import to_sql

    models = {m.__tablename__: m for m in SYNCED_MODELS}
    with store.unit_of_work() as uow:
        conflict = uow.session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.status != "open":
            return
        encoded = conflict.other_value if keep_other else conflict.kept_value
        model = models[conflict.table_name]
        row = uow.session.get(model, conflict.row_id)
        if row is not None:
            kind = SHARED_TABLES[conflict.table_name].columns[conflict.field]
            value = to_sql(kind, encoded, {})
            column = model.__table__.columns[conflict.field]
            python = column.type.python_type
            if kind in ("date", "datetime") and value is not None:
                value = (dt.datetime.fromisoformat(value) if kind == "datetime"
                         else dt.date.fromisoformat(value))
            elif value is not None:
                value = python(value)
            setattr(row, conflict.field, value)
            flag_modified(row, conflict.field)
        conflict.status = "resolved"
        conflict.resolved_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def quarantine(store: Store) -> list[tuple[str, str, str, dt.datetime]]:
    """Refused batches: workstation, file, reason code, last seen."""
    return [(str(r[0]), str(r[1]), str(r[2]), dt.datetime.fromisoformat(str(r[3])))
            for r in store.read_connection().execute(
                "SELECT workstation_id, filename, code, last_seen FROM sync_quarantine "
                "ORDER BY last_seen DESC")]


def canonical_dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every shared row, in a stable order, without local columns: equal dumps, equal data."""
    conn = store.read_connection()
    dump: dict[str, list[tuple[Any, ...]]] = {}
    for name, spec in SHARED_TABLES.items():
        columns = sorted(spec.columns)
        dump[name] = [tuple(r) for r in conn.execute(
            f"SELECT {', '.join(columns)} FROM {name} ORDER BY id")]
    return dump
