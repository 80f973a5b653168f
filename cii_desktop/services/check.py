"""Integrity check of a data folder: key, SQLite and SQLCipher integrity, record counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from ..storage import audit
from ..storage.models import ChangeLog
from ..storage.schema import SYNCED_MODELS
from ..storage.store import Store


@dataclass
class CheckReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def check_store(store: Store) -> CheckReport:
    """Run PRAGMA integrity_check and cipher_integrity_check and count live records."""
    report = CheckReport(ok=True)
    with store.engine.connect() as conn:
        integrity = [r[0] for r in conn.execute(text("PRAGMA integrity_check")).all()]
        if integrity != ["ok"]:
            report.problems.extend(f"integrity_check: {line}" for line in integrity[:20])
        cipher = [r[0] for r in conn.execute(text("PRAGMA cipher_integrity_check")).all()]
        report.problems.extend(f"cipher_integrity_check: {line}" for line in cipher[:20])
        fts = conn.execute(text(
            "SELECT (SELECT count(*) FROM case_fts) = (SELECT count(*) FROM case_file)")).scalar()
        if not fts:
            report.problems.append("search index: case count differs")
    chain = audit.verify(store.read_connection())
    if not chain.ok:
        report.problems.append(f"audit trail: entry {chain.first_bad_seq} "
                               f"{'was changed' if chain.reason == 'hash' else 'is not linked to the one before it'}")
    with store.reading() as session:
        for model in SYNCED_MODELS:
            report.counts[model.__tablename__] = int(session.scalar(
                select(func.count()).select_from(model).where(model.deleted.is_(False))) or 0)
        report.counts["change_log"] = int(session.scalar(
            select(func.count()).select_from(ChangeLog)) or 0)
    report.counts["audit_entry"] = chain.entries
    report.ok = not report.problems
    return report
