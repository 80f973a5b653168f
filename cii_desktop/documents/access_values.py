"""The right-of-access PDF's values for people (FR/DE): codes through the app's code tables, flags as
Oui/Non – Ja/Nein, dates dd.MM.yyyy and times HH:mm Swiss time, lists and commitments as words.
Identifiers, hashes, images and raw content stay in the JSON export (``None``: left out)."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from typing import Any

from ..domain import reference, rule_tables
from ..domain.dates import format_date, swiss_time

FLAGS = {"partner_informed", "network_meeting_planned", "fit_for_placement", "job_seeker_without_rights",
         "receives_ij_ac", "sanctioned", "social_assistance", "waiting_period", "young_adult", "done",
         "present", "refused", "lemc_conditions_met", "target_row"}
CODED = {"status", "kind", "outcome", "role", "level", "proposed_level", "state", "handling", "recommended",
         "direction", "aim_kind", "signature_status", "legal_basis", "sharing_basis", "language", "note",
         "institution_code", "announced_institution", "requested_handling"}
# Codes the record kinds use that no code table of the app names (local wording of this export).
VALUES: dict[str, tuple[str, str]] = {
    "sent": ("Envoyée", "Gesendet"), "accepted": ("Acceptée", "Angenommen"), "refused": ("Refusée", "Abgelehnt"),
    "printed": ("Imprimé", "Gedruckt"), "signed_pad": ("Signé électroniquement", "Elektronisch unterschrieben"),
    "signed_paper": ("Signé sur papier", "Auf Papier unterschrieben"), "pending": ("En attente", "Ausstehend"),
    "warning": ("Avertissement", "Verwarnung"), "closure": ("Clôture", "Abschluss"),
    "procuration": ("Procuration", "Vollmacht"), "legal_basis": ("Base légale", "Rechtsgrundlage"),
    "refusal": ("Refus", "Ablehnung"), "consent": ("Consentement", "Einwilligung"), "none": ("Aucune", "Keine"),
    "note": ("Note", "Notiz"), "bureau": ("Bureau CII", "IIZ-Büro"),
    "orp_to_cms": ("De l'ORP au CMS", "Vom RAV zum SMZ"),
    "cms_to_orp": ("Du CMS à l'ORP", "Vom SMZ zum RAV"), "draft": ("Projet", "Entwurf"),
    "signed": ("Signé", "Unterschrieben"), "first_market": ("Premier marché du travail", "Erster Arbeitsmarkt"),
    "network": ("Séance de réseau", "Netzwerksitzung"), "round_table": ("Table ronde", "Runder Tisch"),
    "tandem_plan": ("Mesure décloisonnement LIAS-LEMC : plan", "Tandem-Massnahme LIAS-LEMC: Plan"),
    "transition": ("Transition", "Übergang"), "announcement": ("Annonce au Bureau CII", "Meldung an das IIZ-Büro"),
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")
_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[0-9a-f]{32,}$")


def _walk(node: Any, found: dict[str, tuple[str, str]]) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("code"), str) and isinstance(node.get("fr"), str) and isinstance(node.get("de"), str):
            found.setdefault(node["code"], (node["fr"], node["de"]))
            return
        for value in node.values():
            _walk(value, found)
    elif isinstance(node, list):
        for value in node:
            _walk(value, found)


@functools.lru_cache(maxsize=1)
def _codes() -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for table in (reference.CASE_STATUSES, reference.CASE_INSTITUTION_ROLES, reference.LANGUAGES, reference.ROLES):
        for entry in table:
            found.setdefault(entry.code, (entry.label.fr, entry.label.de))
    for entry in reference.INSTITUTIONS:
        found.setdefault(entry.code, (entry.abbreviation("fr"), entry.abbreviation("de")))
    for name in ("evaluation_grid", "referral", "handlings", "outcomes", "target_publics", "sharing"):
        _walk(rule_tables.load(name), found)
    from .labels import TEXTS  # a document kind's printed title ("tro_minutes_title")

    for key, words in TEXTS.items():
        if key.endswith("_title"):
            found.setdefault(key.removesuffix("_title"), words)
    for code, words in VALUES.items():
        found.setdefault(code, words)
    return found


def code_text(code: str, lang: str) -> str:
    fr, de = _codes().get(code, (code, code))
    return de if lang == "de" else fr


def when(text: str) -> str:
    """An ISO date as dd.MM.yyyy, a stored (UTC) time as dd.MM.yyyy HH:mm Swiss time."""
    if _DATE.match(text):
        return format_date(dt.date.fromisoformat(text))
    moment = swiss_time(dt.datetime.fromisoformat(text[:19].replace("T", " ")))
    return f"{format_date(moment.date())} {moment:%H:%M}"


def _listed(items: list[Any], lang: str) -> str | None:
    words = []
    for item in items:
        if isinstance(item, dict):
            text = item.get("text")
            if isinstance(text, str) and text:
                words.append(text)
        elif isinstance(item, str):
            words.append(when(item) if _DATE.match(item) else code_text(item, lang))
    return "; ".join(words) if words else None


def value_text(field: str, value: Any, lang: str) -> str | None:
    """``value`` of ``field`` for the person; None when it belongs to the JSON export only."""
    yes, no = ("Ja", "Nein") if lang == "de" else ("Oui", "Non")
    if isinstance(value, (dict, bytes, memoryview)):
        return None  # a file or image: its size and hash are in the JSON export
    if field in FLAGS:
        return "–" if value is None or value == "" else (yes if str(value).lower() in ("1", "true") else no)
    if value is None or value == "":
        return "–"
    text = str(value)
    if _ID.match(text):
        return None
    if text[:1] in "[{":
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None
        if isinstance(parsed, list):
            return _listed(parsed, lang) or "–"
        if isinstance(parsed, dict):
            if all(isinstance(v, str) for v in parsed.values()):
                return "; ".join(f"{code_text(k, lang)}: {v}" for k, v in parsed.items()) or "–"
            return None
    if _DATE.match(text) or _DATETIME.match(text):
        return when(text)
    if field in CODED and text in _codes():
        return code_text(text, lang)
    return text if len(text) <= 600 else text[:600] + "…"
