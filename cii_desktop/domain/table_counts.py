"""How many records of each kind, said in words (`check`, `restore`, `erase`): "5 cases", "5 dossiers",
"5 Fälle", with the singular and plural of domain.plurals (French singular for 0 and 1).

German says "Fall/Fälle" for a case in these counts; the printed right of access keeps "Dossier" for the paper
file (documents.access_words).
"""

from __future__ import annotations

from .plurals import choose

# table -> (en singular, en plural, fr singular, fr plural, de singular, de plural)
NOUNS: dict[str, tuple[str, str, str, str, str, str]] = {
    "institution": ("institution", "institutions", "institution", "institutions", "Institution", "Institutionen"),
    "office": ("office", "offices", "office", "offices", "Region", "Regionen"),
    "user_profile": ("user profile", "user profiles", "profil d'utilisateur", "profils d'utilisateur",
                     "Benutzerprofil", "Benutzerprofile"),
    "person": ("person", "persons", "personne", "personnes", "Person", "Personen"),
    "case_file": ("case", "cases", "dossier", "dossiers", "Fall", "Fälle"),
    "case_status_change": ("status change", "status changes", "changement de statut", "changements de statut",
                           "Statuswechsel", "Statuswechsel"),
    "case_institution": ("institution of a case", "institutions of cases", "institution d'un dossier",
                         "institutions de dossiers", "beteiligte Institution", "beteiligte Institutionen"),
    "journal_entry": ("journal entry", "journal entries", "entrée du journal", "entrées du journal",
                      "Journaleintrag", "Journaleinträge"),
    "attachment": ("attachment", "attachments", "pièce jointe", "pièces jointes", "Anhang", "Anhänge"),
    "reminder": ("reminder", "reminders", "rappel", "rappels", "Erinnerung", "Erinnerungen"),
    "evaluation_grid": ("evaluation grid", "evaluation grids", "grille d'évaluation", "grilles d'évaluation",
                        "Beurteilungsraster", "Beurteilungsraster"),
    "consent": ("consent", "consents", "consentement", "consentements", "Einwilligung", "Einwilligungen"),
    "collaboration": ("ORP-CMS collaboration", "ORP-CMS collaborations", "collaboration ORP-CMS",
                      "collaborations ORP-CMS", "Zusammenarbeit RAV-SMZ", "Zusammenarbeiten RAV-SMZ"),
    "announcement": ("announcement to the Bureau CII", "announcements to the Bureau CII", "annonce au Bureau CII",
                     "annonces au Bureau CII", "Meldung an das IIZ-Büro", "Meldungen an das IIZ-Büro"),
    "bureau_decision": ("decision of the Bureau CII", "decisions of the Bureau CII", "décision du Bureau CII",
                        "décisions du Bureau CII", "Entscheid des IIZ-Büros", "Entscheide des IIZ-Büros"),
    "handling": ("joint handling", "joint handlings", "prise en charge", "prises en charge",
                 "gemeinsame Begleitung", "gemeinsame Begleitungen"),
    "case_event": ("case event", "case events", "événement de dossier", "événements de dossier",
                   "Ereignis eines Falls", "Ereignisse von Fällen"),
    "document": ("document", "documents", "document", "documents", "Dokument", "Dokumente"),
    "signature": ("signature", "signatures", "signature", "signatures", "Unterschrift", "Unterschriften"),
    "interview": ("interview", "interviews", "entretien", "entretiens", "Gespräch", "Gespräche"),
    "meeting": ("meeting", "meetings", "séance", "séances", "Sitzung", "Sitzungen"),
    "meeting_participant": ("meeting participation", "meeting participations", "participation à une séance",
                            "participations à des séances", "Sitzungsteilnahme", "Sitzungsteilnahmen"),
    "next_step": ("next step", "next steps", "prochaine étape", "prochaines étapes", "nächster Schritt",
                  "nächste Schritte"),
    "team_member": ("team member", "team members", "membre d'équipe", "membres d'équipe", "Teammitglied",
                    "Teammitglieder"),
    "contract": ("objectives contract", "objectives contracts", "contrat d'objectifs", "contrats d'objectifs",
                 "Zielvereinbarung", "Zielvereinbarungen"),
    "contract_review": ("contract review", "contract reviews", "revue de contrat", "revues de contrat",
                        "Vertragsprüfung", "Vertragsprüfungen"),
    "erasure_order": ("erasure order", "erasure orders", "ordre d'effacement", "ordres d'effacement",
                      "Löschauftrag", "Löschaufträge"),
    "change_log": ("logged change", "logged changes", "modification journalisée", "modifications journalisées",
                   "protokollierte Änderung", "protokollierte Änderungen"),
    "audit_entry": ("access log entry", "access log entries", "entrée du journal d'accès",
                    "entrées du journal d'accès", "Eintrag im Zugriffsprotokoll", "Einträge im Zugriffsprotokoll"),
}

_COLUMN = {"fr": 2, "de": 4}


def table_count(table: str, count: int, language: str | None) -> str:
    """'5 Fälle', '1 dossier', '0 cases': ``count`` records of ``table`` in ``language`` (English otherwise);
    a table without words here keeps its internal name after the number."""
    if table not in NOUNS:
        return f"{count} {table.replace('_', ' ')}"
    first = _COLUMN.get(language or "en", 0)
    nouns = NOUNS[table]
    return f"{count} {choose((nouns[first], nouns[first + 1]), count, language)}"


def table_counts(counts: dict[str, int], language: str | None) -> str:
    """Every count of ``counts`` in words, in their order, separated by commas."""
    return ", ".join(table_count(table, count, language) for table, count in counts.items())
