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
    "announced_institution": ("Institution qui annonce", "Meldende Institution"),
    "institutions_involved": ("Institutions impliquées", "Beteiligte Institutionen"),
    "level_override_reason": ("Motif de la dérogation", "Begründung der Abweichung"),
    "override_reason": ("Motif de la dérogation", "Begründung der Abweichung"),
    "requested_handling": ("Prise en charge demandée", "Beantragte Begleitung"),
    "handling": ("Prise en charge", "Begleitung"), "partner_informed": ("Partenaire informé", "Partner informiert"),
    "resolved_on": ("Réglé le", "Erledigt am"), "contact_email": ("E-mail de contact", "Kontakt-E-Mail"),
    "contact_phone": ("Téléphone de contact", "Kontakttelefon"), "direction": ("Sens", "Richtung"),
    "meeting_on": ("Séance le", "Sitzung am"), "network_meeting_planned": ("Séance de réseau prévue",
                                                                          "Netzwerksitzung geplant"),
    "recorded_on": ("Saisi le", "Erfasst am"), "target_row": ("Public cible", "Zielgruppe"),
    "signature_status": ("Signature", "Unterschrift"), "aim": ("But", "Ziel"),
    "aim_kind": ("Type de but", "Art des Ziels"),
    "institution_commitments": ("Engagements des institutions", "Verpflichtungen der Institutionen"),
    "lemc_conditions_met": ("Conditions LEMC remplies", "LEMC-Bedingungen erfüllt"),
    "person_commitments": ("Engagements de la personne", "Verpflichtungen der Person"),
    "review_dates": ("Dates de bilan", "Bilanztermine"), "printed_at": ("Imprimé le", "Gedruckt am"),
    "signed_at": ("Signé le", "Unterschrieben am"), "assessor_role": ("Fonction de l'évaluateur/trice",
                                                                    "Funktion der beurteilenden Person"),
    "proposed_level": ("Niveau proposé", "Vorgeschlagene Stufe"), "refused": ("Refus", "Ablehnung"),
    "created_on": ("Créé le", "Erstellt am"), "eval_medical": ("Évaluation médicale", "Medizinische Beurteilung"),
    "eval_professional": ("Évaluation professionnelle", "Berufliche Beurteilung"),
    "eval_resources": ("Évaluation des ressources", "Beurteilung der Ressourcen"),
    "eval_social": ("Évaluation sociale", "Soziale Beurteilung"),
    "framework_end_on": ("Fin du cadre", "Ende des Rahmens"), "lead_cms": ("Responsable CMS", "Verantwortlich SMZ"),
    "lead_orp": ("Responsable ORP", "Verantwortlich RAV"), "organised_on": ("Organisé le", "Organisiert am"),
    "started_on": ("Commencé le", "Begonnen am"), "occurred_at": ("Date", "Datum"),
    "coordinator": ("Coordination", "Koordination"), "distribution": ("Diffusion", "Verteiler"),
    "invited": ("Institutions invitées", "Eingeladene Institutionen"), "recommended": ("Recommandation", "Empfehlung"),
    "present": ("Présent/e", "Anwesend"), "deregistered_on": ("Désinscrit/e le", "Abgemeldet am"),
    "employability_verified_on": ("Employabilité vérifiée le", "Vermittelbarkeit geprüft am"),
    "end_of_rights_on": ("Fin du droit le", "Ende des Anspruchs am"),
    "fit_for_placement": ("Apte au placement", "Vermittlungsfähig"),
    "fitness_exam_filed_on": ("Examen d'aptitude déposé le", "Eignungsabklärung eingereicht am"),
    "job_seeker_without_rights": ("Demandeur/se d'emploi sans droit", "Stellensuchend ohne Anspruch"),
    "pqf_started_on": ("PQF commencé le", "PQF begonnen am"),
    "receives_ij_ac": ("Reçoit des indemnités de chômage", "Bezieht Arbeitslosentaggelder"),
    "sanctioned": ("Sanctionné/e", "Sanktioniert"), "social_assistance": ("Aide sociale", "Sozialhilfe"),
    "waiting_period": ("Délai d'attente", "Wartezeit"), "young_adult": ("Jeune adulte", "Junge/r Erwachsene/r"),
    "done": ("Fait", "Erledigt"), "done_at": ("Fait le", "Erledigt am"),
    "signer_name": ("Signataire", "Unterzeichnende Person"), "signer_role": ("Fonction du/de la signataire",
                                                                             "Funktion der unterzeichnenden Person"),
}

TECHNICAL = {"id", "deleted", "created_at", "updated_at", "import_key", "sha256", "table_version", "title_code",
             "title_params", "media_type", "scan_attachment_id", "hlc", "source",
             # raw content, images and internal markers: in the JSON export only
             "content", "image", "ratings", "party", "search_key", "batch_seq"}


def table_word(table: str, language: str) -> str:
    fr, de = TABLES.get(table, (table.replace("_", " "), table.replace("_", " ")))
    return de if language == "de" else fr


def field_word(field: str, language: str) -> str:
    fr, de = FIELDS.get(field, (field.replace("_", " "), field.replace("_", " ")))
    return de if language == "de" else fr


def shown_fields(row: dict[str, object]) -> list[str]:
    """The columns a person reads: no internal identifiers, flags or stamps."""
    return [k for k in row if k not in TECHNICAL and not k.endswith("_id")]
