"""Reference tables of the network (institutions, offices, roles, case statuses) as data, FR and DE."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

# Stable namespace: reference rows get the same UUID on every workstation, so they sync as one.
REFERENCE_NAMESPACE = uuid.UUID("3f1d3a52-8f0e-4c55-9d43-6a1c2f0c11a0")


def reference_id(kind: str, code: str) -> str:
    """Deterministic UUID of a reference row (same on every workstation)."""
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{code}"))


@dataclass(frozen=True)
class Label:
    """A term in both languages of the canton."""

    fr: str
    de: str

    def text(self, language: str) -> str:
        return self.de if language == "de" else self.fr


@dataclass(frozen=True)
class Entry:
    """One row of a reference table: a stable code and its bilingual label."""

    code: str
    label: Label
    short: Label | None = None
    prefix: str = ""  # offices: the start of their case references

    def name(self, language: str) -> str:
        return self.label.text(language)

    def abbreviation(self, language: str) -> str:
        return (self.short or self.label).text(language)


INSTITUTIONS: tuple[Entry, ...] = (
    Entry("ORP", Label("Office régional de placement", "Regionales Arbeitsvermittlungszentrum"),
          Label("ORP", "RAV")),
    Entry("CMS", Label("Centre médico-social", "Sozialmedizinisches Zentrum"), Label("CMS", "SMZ")),
    Entry("OAI", Label("Office cantonal AI du Valais", "Kantonale IV-Stelle Wallis"),
          Label("OAI", "IV-Stelle")),
    Entry("SMR", Label("Service médical régional", "Regionaler ärztlicher Dienst"),
          Label("SMR", "RAD")),
    Entry("OSP", Label("Orientation scolaire et professionnelle", "Berufs-, Studien- und Laufbahnberatung"),
          Label("OSP", "BSL")),
    Entry("ADDICTION", Label("Addiction Valais", "Sucht Wallis")),
    Entry("SUVA", Label("Suva", "Suva")),
    Entry("CIO", Label("Centre d'information et d'orientation", "Informations- und Orientierungszentrum"),
          Label("CIO", "CIO")),
    Entry("LMMT", Label("Logistique des mesures du marché du travail",
                        "Logistik arbeitsmarktlicher Massnahmen"), Label("LMMT", "LAM")),
    Entry("BUREAU", Label("Bureau CII", "IIZ-Büro")),
)

OFFICES: tuple[Entry, ...] = (
    Entry("SION", Label("Sion", "Sitten"), prefix="SIO"),
    Entry("MONTHEY", Label("Monthey", "Monthey"), prefix="MON"),
    Entry("UPPER_VALAIS", Label("Haut-Valais (Brigue, Viège)", "Oberwallis (Brig, Visp)"),
          Label("Haut-Valais", "Oberwallis"), prefix="OVS"),
    Entry("MARTIGNY", Label("Martigny", "Martinach"), prefix="MAR"),
    Entry("SIERRE", Label("Sierre", "Siders"), prefix="SIE"),
)

ROLES: tuple[Entry, ...] = (
    Entry("counsellor", Label("Conseiller/ère en personnel", "Personalberater/in")),
    Entry("social_worker", Label("Assistant/e social/e", "Sozialarbeiter/in")),
    Entry("cii_contact_adults", Label("Répondant/e CII adultes", "IIZ-Ansprechperson Erwachsene")),
    Entry("cii_contact_youth", Label("Répondant/e CII jeunes", "IIZ-Ansprechperson Jugendliche")),
    Entry("regional_coordinator", Label("Coordinateur/trice régional/e", "Regionale/r Koordinator/in")),
    Entry("cantonal_officer", Label("Chargé/e cantonal/e de la CII", "Kantonale/r IIZ-Beauftragte/r")),
    Entry("administrative", Label("Collaborateur/trice administratif/ve",
                                  "Administrative/r Mitarbeiter/in")),
    Entry("data_protection_officer", Label("Conseiller/ère à la protection des données",
                                           "Datenschutzberater/in")),
)

# The life of a situation (domain.md, "The flow of a situation"); the order is the usual path.
CASE_STATUSES: tuple[Entry, ...] = (
    Entry("detected", Label("Détectée", "Erkannt")),
    Entry("evaluated", Label("Évaluée (grille)", "Beurteilt (Raster)")),
    Entry("announced", Label("Annoncée au Bureau CII", "Dem IIZ-Büro gemeldet")),
    Entry("in_handling", Label("Prise en charge en cours", "In Bearbeitung")),
    Entry("closed", Label("Clôturée", "Abgeschlossen")),
)
OPEN_STATUSES = tuple(s.code for s in CASE_STATUSES if s.code != "closed")

LANGUAGES: tuple[Entry, ...] = (
    Entry("fr", Label("Français", "Französisch")),
    Entry("de", Label("Allemand", "Deutsch")),
)

CASE_INSTITUTION_ROLES: tuple[Entry, ...] = (
    Entry("lead", Label("Gestion du cas", "Fallführung")),
    Entry("partner", Label("Partenaire", "Partner")),
    Entry("informed", Label("Informé", "Informiert")),
)


def by_code(table: tuple[Entry, ...], code: str) -> Entry:
    """Look a code up in a reference table (KeyError when unknown)."""
    for entry in table:
        if entry.code == code:
            return entry
    raise KeyError(code)


def codes(table: tuple[Entry, ...]) -> tuple[str, ...]:
    """The codes of a reference table, in order."""
    return tuple(entry.code for entry in table)
