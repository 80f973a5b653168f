"""The user profile of this workstation (name, role, institution, office), kept in the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import reference
from ..domain.errors import FieldError, ValidationFailed
from ..domain.text import LINE_MAX, NAME_MAX, ensure_texts
from ..storage.store import Store

if TYPE_CHECKING:
    from ..storage.unit_of_work import UnitOfWork

PROFILE_KEY = "user_profile_id"


@dataclass(frozen=True)
class Profile:
    full_name: str
    role: str
    institution_code: str | None
    office_code: str | None
    email: str = ""
    language: str = "fr"

    @property
    def author(self) -> str:
        """How the user signs journal entries and status changes."""
        return self.full_name


def load_profile(store: Store) -> Profile | None:
    """This workstation's profile (a plain read: the window title needs it at start-up)."""
    row = store.read_connection().execute(
        "SELECT u.full_name, u.role, i.code, o.code, u.email, u.language FROM local_setting s "
        "JOIN user_profile u ON u.id = s.value LEFT JOIN institution i ON i.id = u.institution_id "
        "LEFT JOIN office o ON o.id = u.office_id WHERE s.key = ? AND u.deleted = 0",
        (PROFILE_KEY,)).fetchone()
    return Profile(*row) if row else None


def save_profile(store: Store, profile: Profile) -> None:
    """Create or update this workstation's profile; raises ValidationFailed when the name is empty."""
    if not profile.full_name.strip():
        raise ValidationFailed([FieldError("full_name", "required")])
    if profile.role not in reference.codes(reference.ROLES):
        raise ValidationFailed([FieldError("role", "reference.unknown")])
    ensure_texts({"full_name": profile.full_name}, NAME_MAX, multiline=False)
    ensure_texts({"email": profile.email}, LINE_MAX, multiline=False)
    with store.unit_of_work() as uow:
        _save(uow, profile)


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
