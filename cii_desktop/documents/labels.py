"""The printed forms' wording in French and German (Swiss spelling); bilingual prints join both."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "network": ("Collaboration interinstitutionnelle CII-Valais", "Interinstitutionelle Zusammenarbeit IIZ-Wallis"),
    "network_short": ("CII-Valais", "IIZ-Wallis"),
    "case_reference": ("Réf. dossier", "Dossier-Ref."),
    "document": ("Document", "Dokument"),
    "page": ("Page", "Seite"),
    "name": ("Nom", "Name"),
    "institution": ("Institution", "Institution"),
    "place_date": ("Lieu, date", "Ort, Datum"),
    "signature": ("Signature", "Unterschrift"),
    "signatures": ("Signatures", "Unterschriften"),
    "signed_on_pad": ("Signé électroniquement le", "Elektronisch unterschrieben am"),
    "signed_on_paper": ("Signé sur papier (copie scannée au dossier)", "Auf Papier unterschrieben (Scan im Dossier)"),
    "version": ("Version", "Version"),
    "continued": ("suite", "Forts."),
    # identity block
    "person_name": ("Nom, prénom", "Name, Vorname"),
    "birth_date": ("Date de naissance", "Geburtsdatum"),
    "avs": ("N° AVS", "AHV-Nr."),
    "address": ("Adresse", "Adresse"),
    "commune": ("Commune", "Gemeinde"),
    "language": ("Langue", "Sprache"),
    "office": ("Région", "Region"),
    "lead": ("Gestion du cas", "Fallführung"),
    # parties
    "the_person": ("La personne", "Die Person"),
    "professional": ("Le/la professionnel/le", "Die Fachperson"),
    "bureau": ("Bureau CII", "IIZ-Büro"),
    "orp_counsellor": ("Conseiller/ère en personnel ORP", "RAV-Personalberater/in"),
    "coordinator": ("Répondant/e CII", "IIZ-Ansprechperson"),
    "regional_coordinator": ("Coordinateur/trice régional/e", "Regionale/r Koordinator/in"),
    # grid
    "grid_title": ("Grille d'évaluation CII", "IIZ-Beurteilungsraster"),
    "grid_domain": ("Domaine", "Bereich"),
    "grid_rating": ("Appréciation", "Einschätzung"),
    "grid_comment": ("Commentaire", "Bemerkung"),
    "grid_assessed": ("Évaluation du", "Beurteilung vom"),
    "grid_assessor": ("Évalué par", "Beurteilt durch"),
    "grid_proposed": ("Niveau proposé par la grille", "Vom Raster vorgeschlagene Stufe"),
    "grid_level": ("Niveau retenu", "Gewählte Stufe"),
    "grid_reason": ("Motif", "Begründung"),
    "grid_override": ("Motif de la dérogation", "Begründung der Abweichung"),
    "grid_refused": ("REFUS – la personne a refusé l'échange d'informations", "ABLEHNUNG – die Person hat den Informationsaustausch abgelehnt"),
    # procuration
    "procuration_title": ("Procuration CII", "IIZ-Vollmacht"),
    "procuration_text": (
        "La personne soussignée autorise les institutions cochées ci-dessus à échanger entre elles les "
        "informations nécessaires à sa prise en charge dans le cadre de la collaboration interinstitutionnelle "
        "(CII). Elle peut révoquer cette procuration en tout temps, par écrit; dès la révocation, plus aucune "
        "information n'est échangée.",
        "Die unterzeichnende Person ermächtigt die oben angekreuzten Institutionen, untereinander die für ihre "
        "Begleitung im Rahmen der interinstitutionellen Zusammenarbeit (IIZ) nötigen Informationen auszutauschen. "
        "Sie kann diese Vollmacht jederzeit schriftlich widerrufen; ab dem Widerruf werden keine Informationen "
        "mehr ausgetauscht."),
    "procuration_institutions": ("Institutions autorisées", "Ermächtigte Institutionen"),
    "procuration_date": ("Date de la procuration", "Datum der Vollmacht"),
    "procuration_valid": ("Valable jusqu'au", "Gültig bis"),
    "procuration_revoked": ("Révoquée le", "Widerrufen am"),
    "legal_basis": ("Base légale", "Gesetzliche Grundlage"),
    "legal_basis_title": ("Transmission d'informations sur base légale (LIAS art. 60 ss)",
                          "Informationsaustausch auf gesetzlicher Grundlage (LIAS / GIS Art. 60 ff.)"),
    "legal_basis_text": (
        "Les informations nécessaires à la prise en charge sont transmises entre les institutions mentionnées "
        "ci-dessous sans l'accord de la personne, en vertu des articles 60 ss de la LIAS (art. 63 al. 2 let. c), "
        "sur décision de la personne signataire.",
        "Die für die Begleitung nötigen Informationen werden zwischen den unten genannten Institutionen ohne "
        "Zustimmung der Person ausgetauscht, gestützt auf Art. 60 ff. LIAS / GIS (Art. 63 Abs. 2 Bst. c), auf "
        "Entscheid der unterzeichnenden Person."),
    "institutions_sharing": ("Institutions concernées", "Beteiligte Institutionen"),
    "all_institutions": ("Toutes les institutions du réseau CII", "Alle Institutionen des IIZ-Netzes"),
    "from_until_revoked": ("dès le {start}, jusqu'à révocation", "ab {start}, bis zum Widerruf"),
    "decider": ("Personne qui a décidé", "Entscheidende Person"),
    "information_kinds": ("Informations échangées", "Ausgetauschte Informationen"),
    "information_kinds_text": (
        "Situation personnelle, familiale, financière, professionnelle et de santé utile à la prise en charge; "
        "grille d'évaluation, mesures, décisions et procès-verbaux de la CII.",
        "Für die Begleitung nützliche persönliche, familiäre, finanzielle, berufliche und gesundheitliche "
        "Situation; Beurteilungsraster, Massnahmen, Entscheide und Protokolle der IIZ."),
    "recipient_cms": ("CMS de la commune de domicile", "SMZ der Wohngemeinde"),
    "recipient_orp_respondent": ("Répondant/e CII de l'ORP concerné", "IIZ-Ansprechperson des betroffenen RAV"),
    "recipient_cms_respondent": ("Répondant/e CII du CMS concerné", "IIZ-Ansprechperson des betroffenen SMZ"),
    "revocation_title": ("Révocation de la procuration CII", "Widerruf der IIZ-Vollmacht"),
    "revocation_text": (
        "La personne a révoqué le {revoked} la procuration CII qu'elle avait donnée le {given}. Dès cette date, "
        "plus aucune information la concernant n'est échangée entre les institutions de la CII.",
        "Die Person hat am {revoked} die IIZ-Vollmacht vom {given} widerrufen. Ab diesem Datum werden keine "
        "Informationen über sie mehr zwischen den IIZ-Institutionen ausgetauscht."),
    "revoked_by": ("Révocation enregistrée par", "Widerruf erfasst durch"),
    "decided_by": ("Décision prise par", "Entschieden durch"),
    # refusal
    "refusal_title": ("Refus de la personne", "Ablehnung durch die Person"),
    "refusal_text": (
        "La personne soussignée refuse que des informations la concernant soient échangées entre les institutions "
        "de la CII. La grille d'évaluation est classée au dossier avec la mention « Refus ». Ce refus ne la prive "
        "d'aucune prestation à laquelle elle a droit.",
        "Die unterzeichnende Person lehnt den Austausch von Informationen über sie zwischen den IIZ-Institutionen "
        "ab. Das Beurteilungsraster wird mit dem Vermerk «Ablehnung» im Dossier abgelegt. Diese Ablehnung nimmt "
        "ihr keine Leistung, auf die sie Anspruch hat."),
    "refusal_date": ("Date du refus", "Datum der Ablehnung"),
    "note": ("Remarque", "Bemerkung"),
    # announcement
    "announcement_title": ("Annonce de situation complexe au Bureau CII", "Meldung einer komplexen Situation an das IIZ-Büro"),
    "announcement_below_title": ("Annonce au Bureau CII d'une situation {level}",
                                 "Meldung einer Situation «{level}» an das IIZ-Büro"),
    "announced_on": ("Annoncée le", "Gemeldet am"),
    "announced_by": ("Annoncée par", "Gemeldet durch"),
    "problems": ("Problématiques", "Problembereiche"),
    "institutions_involved": ("Institutions déjà impliquées", "Bereits beteiligte Institutionen"),
    "measures_tried": ("Mesures déjà essayées", "Bereits versuchte Massnahmen"),
    "expected_goal": ("Objectif attendu", "Erwartetes Ziel"),
    "requested_handling": ("Prise en charge demandée", "Gewünschte Begleitung"),
    "grid_of": ("Grille d'évaluation du", "Beurteilungsraster vom"),
    "announce_override": ("Annoncée malgré le niveau de la grille, car", "Trotz der Stufe des Rasters gemeldet, weil"),
    "consent_of": ("Procuration / base légale", "Vollmacht / gesetzliche Grundlage"),
    # decision
    "decision_title": ("Décision du Bureau CII", "Entscheid des IIZ-Büros"),
    "decided_on": ("Décision du", "Entscheid vom"),
    "addressed_to": ("Adressée à (professionnel/le annonçant/e)", "An (meldende Fachperson)"),
    "outcome": ("Décision", "Entscheid"),
    "accepted": ("Acceptée", "Angenommen"),
    "refused": ("Refusée – retour au/à la professionnel/le annonçant/e", "Abgelehnt – zurück an die meldende Fachperson"),
    "handling": ("Prise en charge", "Begleitung"),
    "reason": ("Motif", "Begründung"),
    "suggestions": ("Suggestions", "Vorschläge"),
    # transition
    "transition_title": ("Avis de transition", "Übergangsmitteilung"),
    "direction": ("Sens", "Richtung"),
    "orp_to_cms": ("ORP vers CMS", "RAV zu SMZ"),
    "cms_to_orp": ("CMS vers ORP", "SMZ zu RAV"),
    "target_row": ("Public cible (annexe directive ORP-CMS)", "Zielgruppe (Anhang Richtlinie RAV-SMZ)"),
    "procedure": ("Procédure", "Verfahren"),
    "status": ("Statut", "Status"),
    "when": ("Moment de la démarche", "Zeitpunkt"),
    "who": ("Qui", "Wer"),
    "remarks": ("Remarques", "Bemerkungen"),
    "recorded_on": ("Date", "Datum"),
    "recorded_by": ("Par", "Durch"),
    "meeting": ("Entretien de réseau prévu", "Netzwerkgespräch geplant"),
    "yes": ("oui", "ja"),
    "no": ("non", "nein"),
    # warning
    "warning_title": ("Avertissement écrit (LSE)", "Schriftliche Verwarnung (AVG)"),
    "warning_text": (
        "En tant que demandeur/euse d'emploi selon la LSE, vous ne pouvez pas être sanctionné/e en vertu de la "
        "LACI. L'ORP vous adresse donc le présent avertissement écrit; l'institution partenaire en est informée. "
        "En cas d'échec persistant, le dossier sera fermé.",
        "Als stellensuchende Person nach AVG können Sie nicht nach AVIG sanktioniert werden. Das RAV erteilt "
        "Ihnen deshalb diese schriftliche Verwarnung; die Partnerinstitution wird informiert. Bei anhaltendem "
        "Fehlverhalten wird das Dossier geschlossen."),
    "warning_reason": ("Manquement constaté", "Festgestelltes Versäumnis"),
    "partner_informed": ("Institution partenaire informée", "Partnerinstitution informiert"),
    # closure
    "closure_title": ("Rapport de clôture", "Abschlussbericht"),
    "closed_on": ("Clôture au", "Abschluss am"),
    "closure_outcome": ("Motif de clôture / suite", "Abschlussgrund / weiteres Vorgehen"),
    "closed_by": ("Clôturé par", "Abgeschlossen durch"),
    # meetings
    "tro_minutes_title": ("Procès-verbal de table ronde (TRO)", "Protokoll des Runden Tisches"),
    "network_minutes_title": ("Procès-verbal d'entretien de réseau", "Protokoll des Netzwerkgesprächs"),
    "meeting_date": ("Date de la séance", "Datum der Sitzung"),
    "place": ("Lieu", "Ort"),
    "coordinator_name": ("Coordination", "Koordination"),
    "participants_present": ("Participant/es présent/es", "Anwesende Teilnehmer/innen"),
    "participants_excused": ("Excusé/es", "Entschuldigt"),
    "situation": ("Situation présentée", "Dargestellte Situation"),
    "problems_clarified": ("Problématiques clarifiées", "Geklärte Problembereiche"),
    "decisions": ("Décisions", "Entscheide"),
    "recommended": ("Prise en charge recommandée", "Empfohlene Begleitung"),
    "next_steps": ("Prochaines étapes", "Nächste Schritte"),
    "step": ("Étape", "Schritt"),
    "owner": ("Responsable", "Verantwortlich"),
    "deadline": ("Échéance", "Termin"),
    "distribution": ("Diffusion", "Verteiler"),
    "without_person": ("Séance entre professionnel/les, sans la personne.", "Sitzung unter Fachpersonen, ohne die Person."),
    "participant": ("Participant/e", "Teilnehmer/in"),
    "representative": ("Représentant/e de l'institution", "Vertreter/in der Institution"),
    "role": ("Rôle", "Rolle"),
    # recovery key
    "recovery_title": ("Clé de récupération de la base de données", "Wiederherstellungsschlüssel der Datenbank"),
    "recovery_text": (
        "Cette clé ouvre la base de données chiffrée de ce poste si le trousseau du système ou la phrase secrète "
        "est perdu. Conservez cette feuille sous clé, séparée de l'ordinateur. Ne la photographiez pas et ne "
        "l'envoyez pas par courriel.",
        "Dieser Schlüssel öffnet die verschlüsselte Datenbank dieses Arbeitsplatzes, wenn der Schlüsselbund des "
        "Systems oder die Passphrase verloren geht. Bewahren Sie dieses Blatt verschlossen und getrennt vom "
        "Computer auf. Nicht fotografieren und nicht per E-Mail versenden."),
    "recovery_needs": (
        "Pour ouvrir la base avec cette clé, il faut le fichier cii.db et l'un de ces fichiers : cii.keyinfo.json "
        "ou sa copie cii.keyinfo.copy.json (dans le dossier de données), ou le cii.keyinfo.json d'une sauvegarde "
        "(chaque sauvegarde en contient un). Après un changement de clé, une nouvelle feuille remplace celle-ci ; "
        "les sauvegardes plus anciennes s'ouvrent encore avec cette clé-ci.",
        "Um die Datenbank mit diesem Schlüssel zu öffnen, braucht es die Datei cii.db und eine dieser Dateien: "
        "cii.keyinfo.json oder ihre Kopie cii.keyinfo.copy.json (im Datenordner) oder die cii.keyinfo.json einer "
        "Sicherung (jede Sicherung enthält eine). Nach einem Schlüsselwechsel ersetzt ein neues Blatt dieses; "
        "ältere Sicherungen öffnen sich weiterhin mit diesem Schlüssel."),
    "data_folder": ("Dossier de données", "Datenordner"),
    "created_on": ("Créée le", "Erstellt am"),
    "workstation": ("Poste", "Arbeitsplatz"),
    # contrat d'objectifs (assessment)
    "contract_title": ("Contrat d'objectifs", "Zielvereinbarung"),
    "tandem_title": ("Mesure décloisonnement LIAS-LEMC : plan et journal des entretiens",
                     "Tandem-Massnahme LIAS-LEMC: Plan und Gesprächsprotokoll"),
    "cms_social_worker": ("Assistant/e social/e CMS", "Sozialarbeiter/in SMZ"),
    "assessment_held_on": ("Assessment tenu le", "Assessment durchgeführt am"),
    "framework_end": ("Fin du délai-cadre d'indemnisation", "Ende der Rahmenfrist für den Leistungsbezug"),
    "regional_team": ("Équipe régionale", "Regionales Team"),
    "evaluation": ("Évaluation", "Beurteilung"),
    "eval_medical": ("Situation médicale", "Medizinische Situation"),
    "eval_professional": ("Situation professionnelle", "Berufliche Situation"),
    "eval_social": ("Situation sociale", "Soziale Situation"),
    "eval_resources": ("Ressources de la personne", "Ressourcen der Person"),
    "overall_aim": ("Objectif général", "Gesamtziel"),
    "objectives": ("Objectifs et mesures", "Ziele und Massnahmen"),
    "objective": ("Objectif", "Ziel"),
    "measure": ("Mesure", "Massnahme"),
    "number": ("N°", "Nr."),
    "legal_frame": ("Cadre légal", "Gesetzlicher Rahmen"),
    "provider": ("Prestataire", "Anbieter"),
    "responsible": ("Responsable", "Verantwortlich"),
    "cost_bearer": ("Financement", "Kostenträger"),
    "period": ("Période", "Zeitraum"),
    "no_measure": ("Aucune mesure pour cet objectif.", "Keine Massnahme für dieses Ziel."),
    "commitments": ("Engagements", "Verpflichtungen"),
    "person_commitments": ("Engagements de la personne", "Verpflichtungen der Person"),
    "institution_commitments": ("Engagements des institutions", "Verpflichtungen der Institutionen"),
    "review_dates": ("Dates de revue", "Überprüfungstermine"),
    "bureau_check": ("Contrôle du Bureau CII (cadre légal)", "Prüfung durch das IIZ-Büro (gesetzlicher Rahmen)"),
    "check_ok": ("Toutes les mesures relèvent du cadre légal de leur institution.",
                 "Alle Massnahmen entsprechen dem gesetzlichen Rahmen ihrer Institution."),
    # décloisonnement tandem
    "plan_start": ("Début du plan", "Planbeginn"),
    "plan_end": ("Fin prévue (six mois)", "Geplantes Ende (sechs Monate)"),
    "tandem_outcome": ("Issue du tandem", "Ergebnis des Tandems"),
    "tandem_objectives": ("Objectifs du plan", "Ziele des Plans"),
    "tandem_to_fill": (
        "Le tandem n'a pas encore commencé : ce plan est rempli à la main par le/la conseiller/ère ORP et "
        "l'assistant/e social/e CMS lors du premier entretien, puis saisi dans le dossier.",
        "Das Tandem hat noch nicht begonnen: Diesen Plan füllen der/die RAV-Personalberater/in und der/die "
        "SMZ-Sozialarbeiter/in beim ersten Gespräch von Hand aus; danach wird er im Dossier erfasst."),
    "interview_plan": ("Entretiens prévus (deux par mois)", "Geplante Gespräche (zwei pro Monat)"),
    "plan_month": ("Mois", "Monat"),
    "interview_date": ("Date de l'entretien", "Datum des Gesprächs"),
    "interview_log": ("Journal des entretiens", "Gesprächsprotokoll"),
    "interview_rule": ("Au moins deux entretiens par mois pendant environ six mois.",
                       "Mindestens zwei Gespräche pro Monat während rund sechs Monaten."),
    "notes": ("Notes", "Notizen"),
    "thin_months": ("Mois avec moins de deux entretiens", "Monate mit weniger als zwei Gesprächen"),
    "none": ("Aucun", "Keine"),
}


def text(key: str, language: str) -> str:
    """The wording of ``key`` in ``fr``, ``de``, or both for ``bilingual`` ("fr / de")."""
    fr, de = TEXTS[key]
    if language == "de":
        return de
    if language == "bilingual":
        if fr == de:
            return fr
        return f"{fr}\n\n{de}" if len(fr) > 80 else f"{fr} / {de}"
    return fr


def pick(fr: str, de: str, language: str) -> str:
    """A pair from a rule table, in the print language."""
    if language == "de":
        return de
    if language == "bilingual":
        return fr if fr == de else f"{fr} / {de}"
    return fr
