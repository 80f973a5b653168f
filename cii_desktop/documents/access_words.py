"""The right-of-access PDF's words for the records it lists (FR/DE): what a table and a column mean to
the person, and which columns are technical (kept in the JSON export, left out of the PDF)."""

from __future__ import annotations

TABLES: dict[str, tuple[str, str]] = {
    "person": ("Personne", "Person"), "case_file": ("Dossier", "Dossier"),
    "announcement": ("Annonce au Bureau CII", "Meldung an das IIZ-Büro"),
    "attachment": ("Pièce jointe", "Anhang"), "case_event": ("Événement du dossier", "Ereignis im Dossier"),
    "case_institution": ("Institution du dossier", "Institution im Dossier"),
    "case_status_change": ("Changement de statut", "Statuswechsel"),
    "collaboration": ("Collaboration ORP-CMS", "Zusammenarbeit RAV-SMZ"),
    "consent": ("Consentement", "Einwilligung"), "document": ("Document", "Dokument"),
    "evaluation_grid": ("Grille d'évaluation", "Beurteilungsraster"),
    "handling": ("Prise en charge", "Gemeinsame Begleitung"), "meeting": ("Séance", "Sitzung"),
    "reminder": ("Rappel", "Erinnerung"), "bureau_decision": ("Décision du Bureau CII", "Entscheid des IIZ-Büros"),
    "contract": ("Contrat d'objectifs", "Zielvereinbarung"), "interview": ("Entretien", "Gespräch"),
    "meeting_participant": ("Participant/e à la séance", "Sitzungsteilnehmer/in"),
    "next_step": ("Prochaine étape", "Nächster Schritt"), "team_member": ("Membre de l'équipe", "Teammitglied"),
    "signature": ("Signature", "Unterschrift"),
    "journal_entry": ("Entrée du journal", "Journaleintrag"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "first_name": ("Prénom", "Vorname"), "last_name": ("Nom", "Name"),
    "birth_date": ("Date de naissance", "Geburtsdatum"), "avs_number": ("N° AVS", "AHV-Nr."),
    "address": ("Adresse", "Adresse"), "commune": ("Commune", "Gemeinde"), "email": ("E-mail", "E-Mail"),
    "phone": ("Téléphone", "Telefon"), "language": ("Langue", "Sprache"), "reference": ("Référence", "Referenz"),
    "status": ("Statut", "Status"), "summary": ("Résumé", "Zusammenfassung"), "opened_on": ("Ouvert le", "Eröffnet am"),
    "closed_on": ("Clos le", "Abgeschlossen am"), "sharing_basis": ("Base du partage", "Grundlage der Weitergabe"),
    "text": ("Texte", "Text"), "note": ("Remarque", "Bemerkung"), "kind": ("Type", "Art"), "title": ("Titre", "Titel"),
    "author": ("Auteur/e", "Verfasser/in"), "recorded_by": ("Saisi par", "Erfasst von"),
    "decided_by": ("Décidé par", "Entschieden von"), "announced_by": ("Annoncé par", "Gemeldet von"),
    "changed_by": ("Modifié par", "Geändert von"), "revoked_by": ("Révoqué par", "Widerrufen von"),
    "given_on": ("Donné le", "Erteilt am"), "valid_until": ("Valable jusqu'au", "Gültig bis"),
    "revoked_on": ("Révoqué le", "Widerrufen am"), "institutions": ("Institutions", "Institutionen"),
    "legal_basis": ("Base légale", "Rechtsgrundlage"), "announced_on": ("Annoncé le", "Gemeldet am"),
    "decided_on": ("Décidé le", "Entschieden am"), "occurred_on": ("Date", "Datum"), "outcome": ("Issue", "Ergebnis"),
    "reason": ("Motif", "Begründung"), "suggestions": ("Suggestions", "Vorschläge"),
    "problems": ("Problèmes", "Probleme"), "expected_goal": ("Objectif visé", "Angestrebtes Ziel"),
    "measures_tried": ("Mesures tentées", "Versuchte Massnahmen"),
    "held_on": ("Tenu le", "Abgehalten am"), "scheduled_on": ("Prévu le", "Geplant am"), "place": ("Lieu", "Ort"),
    "due_on": ("Échéance", "Fällig am"), "filename": ("Fichier", "Datei"),
    "size": ("Taille (octets)", "Grösse (Bytes)"), "content": ("Contenu", "Inhalt"), "name": ("Nom", "Name"),
    "role": ("Rôle", "Rolle"), "level": ("Niveau", "Stufe"),
    "assessed_on": ("Évalué le", "Beurteilt am"), "assessor": ("Évaluateur/trice", "Beurteilende Person"),
    "situation": ("Situation", "Situation"), "decisions": ("Décisions", "Entscheide"), "notes": ("Notes", "Notizen"),
    "objectives": ("Objectifs", "Ziele"), "participants": ("Participants", "Teilnehmende"),
    "institution_code": ("Institution", "Institution"), "contact_name": ("Personne de contact", "Kontaktperson"),
    "changed_at": ("Modifié le", "Geändert am"), "signed_on": ("Signé le", "Unterschrieben am"),
    "version": ("Version", "Version"), "state": ("État", "Stand"), "owner": ("Responsable", "Verantwortlich"),
    "deleted": ("Supprimé", "Gelöscht"), "created_at": ("Créé le", "Erstellt am"),
    "updated_at": ("Modifié le", "Geändert am"),
}

TECHNICAL = {"id", "deleted", "created_at", "updated_at", "import_key", "sha256", "table_version", "title_code",
             "title_params", "media_type", "scan_attachment_id", "hlc", "source"}


def table_word(table: str, language: str) -> str:
    fr, de = TABLES.get(table, (table.replace("_", " "), table.replace("_", " ")))
    return de if language == "de" else fr


def field_word(field: str, language: str) -> str:
    fr, de = FIELDS.get(field, (field.replace("_", " "), field.replace("_", " ")))
    return de if language == "de" else fr


def shown_fields(row: dict[str, object]) -> list[str]:
    """The columns a person reads: no internal identifiers, flags or stamps."""
    return [k for k in row if k not in TECHNICAL and not k.endswith("_id")]
