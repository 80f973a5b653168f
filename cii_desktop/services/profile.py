"""Who uses this workstation (name, role, institution, office).

On a member of a sync network the identity is the administrator's signed roster entry of this
workstation: name, institution and office come from it and cannot be changed locally (only the
e-mail address and the language stay the user's). A stand-alone workstation keeps the profile its
user typed in the first-run wizard or the settings. A demo folder always has a profile, so that no
dialog ever needs a name nobody can give.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain import reference
from ..domain.errors import FieldError, ValidationFailed
from ..domain.text import LINE_MAX, NAME_MAX, ensure_texts
from ..storage.store import Store

if TYPE_CHECKING:
    from ..storage.unit_of_work import UnitOfWork

PROFILE_KEY = "user_profile_id"
ROSTER_SETTING = "sync.roster"  # sync.config.ROSTER: the pinned roster file
DEMO_NAME = "Démo CII"


@dataclass(frozen=True)
class Profile:
    full_name: str
    role: str
    institution_code: str | None
    office_code: str | None
    email: str = ""
    language: str = "fr"
    from_roster: bool = False  # name, institution and office are the roster's (not editable here)
    network_role: str = ""  # the role the roster states (domain/tables/permissions.json), "" if none

    @property
    def author(self) -> str:
        """How the user signs journal entries and status changes."""
        return self.full_name


@dataclass(frozen=True)
class RosterEntry:
    """This workstation's entry in the roster it has pinned (the administrator signed it)."""

    name: str
    institution: str
    office: str
    role: str  # "" when the entry states none


def roster_member(store: Store) -> RosterEntry | None:
    """This workstation's entry in its pinned roster, or None when it holds no roster, the roster
    cannot be read, or it does not list this workstation. The roster was verified when it was
    pinned; it is read here with json alone (the window's title needs it before the first paint,
    where the sync's cryptography is not loaded yet)."""
    return roster_entry(store.read_connection(), store.workstation_id)


def roster_entry(conn: Any, workstation_id: str) -> RosterEntry | None:
    """:func:`roster_member` read through ``conn`` (a DB-API connection: the one of a unit of work
    sees its own writes)."""
    return _roster_members(conn).get(workstation_id)


def roster_members(store: Store) -> dict[str, RosterEntry]:
    """Every workstation of the pinned roster by id ({} without a readable roster)."""
    return _roster_members(store.read_connection())


def _roster_members(conn: Any) -> dict[str, RosterEntry]:
    import base64
    import json

    row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (ROSTER_SETTING,)).fetchone()
    if row is None:
        return {}
    try:
        payload = json.loads(base64.b64decode(json.loads(str(row[0]))["roster"]).decode("utf-8"))
        return {str(m["id"]): RosterEntry(str(m["name"]), str(m["institution"]), str(m["office"]),
                                          str(m.get("role", ""))) for m in payload["members"]}
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        return {}


def _local_profile(store: Store) -> Profile | None:
    row = store.read_connection().execute(
        "SELECT u.full_name, u.role, i.code, o.code, u.email, u.language FROM local_setting s "
        "JOIN user_profile u ON u.id = s.value LEFT JOIN institution i ON i.id = u.institution_id "
        "LEFT JOIN office o ON o.id = u.office_id WHERE s.key = ? AND u.deleted = 0",
        (PROFILE_KEY,)).fetchone()
    return Profile(*row) if row else None


def load_profile(store: Store) -> Profile | None:
    """Who uses this workstation: its roster entry on a network member (with the local e-mail and
    language), else the profile typed here; None when neither exists."""
    local = _local_profile(store)
    member = roster_member(store)
    if member is None:
        return local
    return Profile(member.name, local.role if local else "", member.institution or None, member.office or None,
                   local.email if local else "", local.language if local else "fr",
                   from_roster=True, network_role=member.role)


def save_profile(store: Store, profile: Profile) -> None:
    """Create or update this workstation's profile; raises ValidationFailed when the name is empty,
    or on a network member when the name, institution or office differ from the roster's."""
    member = roster_member(store)
    if member is not None:
        for field, mine, roster in (("full_name", profile.full_name.strip(), member.name),
                                    ("institution", profile.institution_code or "", member.institution),
                                    ("office", profile.office_code or "", member.office)):
            if mine != roster:
                raise ValidationFailed([FieldError(field, "profile.from_roster")])
    if not profile.full_name.strip():
        raise ValidationFailed([FieldError("full_name", "required")])
    if profile.role not in reference.codes(reference.ROLES):
        raise ValidationFailed([FieldError("role", "reference.unknown")])
    ensure_texts({"full_name": profile.full_name}, NAME_MAX, multiline=False)
    ensure_texts({"email": profile.email}, LINE_MAX, multiline=False)
    with store.unit_of_work() as uow:
        _save(uow, profile)


def ensure_demo_profile(store: Store, language: str = "fr") -> None:
    """A demo folder's user: the demo Bureau CII (its fictional cases went through the Bureau),
    unless the folder already has a profile or is a network member (the roster says who it is)."""
    if _local_profile(store) is None and roster_member(store) is None:
        save_profile(store, Profile(DEMO_NAME, "cantonal_officer", "BUREAU", "SION", "", language))


def _save(uow: UnitOfWork, profile: Profile) -> None:
    from ..storage.models import UserProfile
    from ..storage.unit_of_work import get_setting, set_setting

    profile_id = get_setting(uow.session, PROFILE_KEY)
    row = uow.get(UserProfile, profile_id) if profile_id else None
    if row is None:
        row = uow.add(UserProfile(full_name="", role=profile.role))
        uow.flush()
        set_setting(uow.session, PROFILE_KEY, row.id)
    values = {
        "full_name": profile.full_name.strip(), "role": profile.role, "email": profile.email.strip(),
        "language": profile.language,
        "institution_id": reference.reference_id("institution", profile.institution_code)
        if profile.institution_code else None,
        "office_id": reference.reference_id("office", profile.office_code) if profile.office_code else None,
    }
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
