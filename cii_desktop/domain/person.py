"""The person followed by the network: input record and its validation rules."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields

from .avs import AvsError, normalize_avs
from .dates import DateError, check_birth_date
from .errors import FieldError
from .text import LINE_MAX, NAME_MAX, check_texts

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class PersonInput:
    """What a case worker enters for a person; ``validate`` returns the cleaned copy or errors."""

    first_name: str = ""
    last_name: str = ""
    birth_date: dt.date | None = None
    avs_number: str = ""
    language: str = "fr"
    commune: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    # Situation (decides the target public, domain.md "The person")
    receives_ij_ac: bool = False
    end_of_rights_on: dt.date | None = None
    waiting_period: bool = False
    sanctioned: bool = False
    job_seeker_without_rights: bool = False
    social_assistance: bool = False
    employability_verified_on: dt.date | None = None
    fit_for_placement: bool = True
    fitness_exam_filed_on: dt.date | None = None
    pqf_started_on: dt.date | None = None
    deregistered_on: dt.date | None = None
    young_adult: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "extra"}


REQUIRED = ("first_name", "last_name", "birth_date", "language")


def validate_person(data: PersonInput, today: dt.date | None = None) -> tuple[PersonInput, list[FieldError]]:
    """Check the rules; return the normalised input and the list of broken rules."""
    errors: list[FieldError] = []
    clean = PersonInput(**{f.name: getattr(data, f.name) for f in fields(data)})
    for name in ("first_name", "last_name", "commune", "address", "phone", "email", "avs_number"):
        setattr(clean, name, " ".join(str(getattr(clean, name) or "").split()))
    for name in REQUIRED:
        if getattr(clean, name) in ("", None):
            errors.append(FieldError(name, "required"))
    errors += check_texts({n: getattr(clean, n) for n in ("first_name", "last_name")}, NAME_MAX)
    errors += check_texts({n: getattr(clean, n) for n in ("commune", "address", "phone", "email")}, LINE_MAX)
    errors += check_texts({f"extra.{k}": v for k, v in clean.extra.items() if isinstance(v, str)},
                          LINE_MAX, multiline=True)
    if clean.avs_number:
        try:
            clean.avs_number = normalize_avs(clean.avs_number)
        except AvsError as exc:
            errors.append(FieldError("avs_number", exc.code))
    if clean.birth_date is not None:
        try:
            check_birth_date(clean.birth_date, today)
        except DateError as exc:
            errors.append(FieldError("birth_date", exc.code))
    if clean.language not in ("fr", "de"):
        errors.append(FieldError("language", "language.invalid"))
    if clean.email and not _EMAIL.match(clean.email):
        errors.append(FieldError("email", "email.invalid"))
    return clean, errors
