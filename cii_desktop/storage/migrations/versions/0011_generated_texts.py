"""Generated text as codes: a reminder the app raised keeps a code and its parameters, not a sentence.

Reminders raised by the app (target publics, assessment, contract reviews, tandem, the Bureau's
refusal, next steps of minutes) were stored as a sentence in the language of whoever caused them.
They become ``title_code`` + ``title_params`` (worded at display time, ``domain.generated``), found
by their ``source``; their ``title`` is emptied. Reminders a person typed keep their title.

An announcement's problem list and institutions were prefilled from the grid and the case's
institutions; when what was stored is exactly that prefill (in French or German) it is emptied,
since the form now prints the grid's problems and the institutions from their codes. Text a person
edited stays as typed. Frozen document content is never rewritten (what was signed stays as signed).

Handlings get two dates/texts of their own: the assessment's framework-period end (``framework_end_on``,
no longer read from the person's end of rights) and the tandem plan's ``objectives``.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""
from __future__ import annotations

import json
import re

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_VERSION = re.compile(r"\(v(\d+)\)\s*$")


def _code(source: str, title: str, step: tuple[str, str] | None) -> tuple[str, dict[str, object]] | None:
    """The code and parameters of a reminder the app raised (None: a person typed it)."""
    if source.startswith("target:") and source[7:].isdigit():
        return "target", {"row": int(source[7:])}
    if source == "bureau:refused":
        return "bureau_refused", {}
    if source.startswith("assessment:") and source.endswith(":organise"):
        return "assessment_organise", {}
    if source.startswith("assessment:") and source.endswith(":review"):
        found = _VERSION.search(title)
        return "contract_review", {"version": int(found.group(1)) if found else 1}
    if source.startswith("tandem:"):
        return ("tandem_end", {}) if source.endswith(":end") else ("tandem_second", {})
    if source.startswith("meeting:") and step is not None:
        return "next_step", {"text": step[0], "owner": step[1]}
    return None


def upgrade() -> None:
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title_code", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("title_params", sa.Text(), nullable=True))
    with op.batch_alter_table("handling", schema=None) as batch_op:
        batch_op.add_column(sa.Column("framework_end_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("objectives", sa.Text(), nullable=True))
    with op.batch_alter_table("announcement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("level_override_reason", sa.Text(), nullable=True))
    bind = op.get_bind()
    steps = {row[0]: (row[1], row[2]) for row in bind.execute(sa.text(
        "SELECT reminder_id, text, owner FROM next_step WHERE reminder_id IS NOT NULL"))}
    for rid, source, title in bind.execute(sa.text("SELECT id, source, title FROM reminder")).fetchall():
        found = _code(source or "", title or "", steps.get(rid))
        if found is not None:
            bind.execute(sa.text("UPDATE reminder SET title_code = :c, title_params = :p, title = '' WHERE id = :i"),
                         {"c": found[0], "p": json.dumps(found[1], ensure_ascii=False, sort_keys=True), "i": rid})
    _announcements(bind)


def _prefill(bind: sa.engine.Connection, grid_id: str | None, case_id: str, language: str) -> tuple[str, str]:
    """What the announcement form prefilled (as bureau.draft wrote it before this revision)."""
    from cii_desktop.domain import grid as grid_rules
    from cii_desktop.domain import reference

    problems = []
    if grid_id:
        ratings = bind.execute(sa.text("SELECT ratings FROM evaluation_grid WHERE id = :g"), {"g": grid_id}).scalar()
        for code, value in json.loads(ratings or "{}").items():
            rating = int(value["rating"])
            if rating >= 2:
                comment = str(value.get("comment", ""))
                problems.append(f"- {grid_rules.domain_label(code).text(language)} "
                                f"({grid_rules.scale_label(rating).text(language)})"
                                + (f": {comment}" if comment else ""))
    involved = []
    for code, contact in bind.execute(sa.text(
            "SELECT institution.code, case_institution.contact_name FROM case_institution "
            "JOIN institution ON institution.id = case_institution.institution_id "
            "WHERE case_institution.case_id = :c AND case_institution.deleted = 0 "
            "ORDER BY case_institution.created_at"), {"c": case_id}):
        try:
            name = reference.by_code(reference.INSTITUTIONS, code).abbreviation(language)
        except KeyError:
            name = code
        involved.append(f"{name}{f' – {contact}' if contact else ''}")
    return "\n".join(problems).strip(), ", ".join(involved).strip()


def _announcements(bind: sa.engine.Connection) -> None:
    rows = bind.execute(sa.text(
        "SELECT id, grid_id, case_id, problems, institutions_involved FROM announcement")).fetchall()
    for aid, grid_id, case_id, problems, involved in rows:
        for language in ("fr", "de"):
            made_problems, made_involved = _prefill(bind, grid_id, case_id, language)
            changes = {}
            if problems and problems.strip() == made_problems:
                changes["problems"] = ""
            if involved and involved.strip() == made_involved:
                changes["institutions_involved"] = ""
            for name, value in changes.items():
                bind.execute(sa.text(f"UPDATE announcement SET {name} = :v WHERE id = :i"), {"v": value, "i": aid})


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite >= 3.35): a batch copy of the table would trip the foreign keys to it.
    op.execute("ALTER TABLE announcement DROP COLUMN level_override_reason")
    op.execute("ALTER TABLE handling DROP COLUMN objectives")
    op.execute("ALTER TABLE handling DROP COLUMN framework_end_on")
    op.execute("ALTER TABLE reminder DROP COLUMN title_params")
    op.execute("ALTER TABLE reminder DROP COLUMN title_code")
