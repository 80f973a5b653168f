"""The user profile of this workstation (name, role, institution, office), kept in the database."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import reference
from ..domain.errors import FieldError, ValidationFailed
from ..storage.models import Institution, Office, UserProfile
from ..storage.unit_of_work import Store, UnitOfWork, get_setting, set_setting

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
    with store.reading() as session:
        profile_id = get_setting(session, PROFILE_KEY)
        row = session.get(UserProfile, profile_id) if profile_id else None
        if row is None or row.deleted:
            return None
        institution = session.get(Institution, row.institution_id) if row.institution_id else None
        office = session.get(Office, row.office_id) if row.office_id else None
        return Profile(row.full_name, row.role, institution.code if institution else None,
                       office.code if office else None, row.email, row.language)


def save_profile(store: Store, profile: Profile) -> None:
    """Create or update this workstation's profile; raises ValidationFailed when the name is empty."""
    if not profile.full_name.strip():
        raise ValidationFailed([FieldError("full_name", "required")])
    if profile.role not in reference.codes(reference.ROLES):
        raise ValidationFailed([FieldError("role", "reference.unknown")])
    with store.unit_of_work() as uow:
        _save(uow, profile)


def _save(uow: UnitOfWork, profile: Profile) -> None:
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
